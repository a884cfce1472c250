#include "gui/undo/DocumentVisits.h"

#include "services/AttachmentInterchange.h"
#include "services/EditHistory.h"
#include "services/JsonInterchange.h"
#include "storage/VisitRepository.h"

#include <QJsonArray>

namespace vt {
namespace {

// Whether the record lists attachments; their hashes go to `hashes`.
bool listsAttachments(const QJsonObject &extensions, QSet<QString> &hashes)
{
    if (!extensions.contains(kAttachmentsField))
        return false;
    for (const QJsonValue &entry : extensions.value(kAttachmentsField).toArray())
        hashes.insert(entry.toObject().value(QLatin1String("sha256")).toString());
    return true;
}

bool listsAttachments(const Visit &visit, QSet<QString> &hashes)
{
    bool lists = listsAttachments(visit.extensions, hashes);
    for (const Finding &finding : visit.findings)
        lists = listsAttachments(finding.extensions, hashes) || lists;
    for (const Recommendation &recommendation : visit.recommendations) {
        for (const FollowUpUpdate &update : recommendation.updates)
            lists = listsAttachments(update.extensions, hashes) || lists;
    }
    return lists;
}

} // namespace

NamedVisits visitsNamedIn(Database &database, const QByteArray &json)
{
    NamedVisits named;
    const VisitRepository repository(database);
    const EditHistory history(database);
    for (const Visit &visit : readInterchange(json).visits) {
        const qint64 stored = repository.idForRef(visit.ref);
        if (stored != 0)
            named.stored.append(stored);
        if (listsAttachments(visit, named.listedContents) && stored != 0)
            named.listingAttachments.append(stored);
        for (const qint64 id : history.reach(stored)) {
            if (!named.reach.contains(id))
                named.reach.append(id);
        }
    }
    return named;
}

} // namespace vt
