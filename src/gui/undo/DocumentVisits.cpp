#include "gui/undo/DocumentVisits.h"

#include "services/AttachmentInterchange.h"
#include "services/EditHistory.h"
#include "services/JsonDocumentSplit.h"
#include "services/JsonDocumentStream.h"
#include "storage/VisitRepository.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>

namespace vt {
namespace {

// Whether the record lists attachments; their hashes go to `hashes`.
bool listsAttachments(const QJsonObject &record, QSet<QString> &hashes)
{
    if (!record.contains(kAttachmentsField))
        return false;
    for (const QJsonValue &entry : record.value(kAttachmentsField).toArray())
        hashes.insert(entry.toObject().value(QLatin1String("sha256")).toString());
    return true;
}

// Attachments are listed by a visit, its findings and its follow-up updates.
DocumentOutline::VisitOutline outlineOfVisit(const QJsonObject &visit, QSet<QString> &hashes)
{
    bool lists = listsAttachments(visit, hashes);
    for (const QJsonValue &finding : visit.value(QLatin1String("findings")).toArray())
        lists = listsAttachments(finding.toObject(), hashes) || lists;
    for (const QJsonValue &recommendation :
         visit.value(QLatin1String("recommendations")).toArray()) {
        for (const QJsonValue &update :
             recommendation.toObject().value(QLatin1String("updates")).toArray())
            lists = listsAttachments(update.toObject(), hashes) || lists;
    }
    return {visit.value(QLatin1String("ref")).toString().normalized(QString::NormalizationForm_C),
            lists};
}

} // namespace

DocumentOutline outlineOf(QIODevice &device)
{
    // Visit by visit, as the import streams it; a document shaped unlike
    // ours is parsed whole (a document that is no JSON names nothing: its
    // import fails).
    DocumentOutline outline;
    const qint64 start = device.pos();
    json::DocumentStream stream(device);
    if (stream.start()) {
        while (const std::optional<QByteArray> element = stream.next()) {
            const std::optional<QJsonValue> visit = json::parseElement(*element);
            if (!visit)
                break;
            outline.visits.append(outlineOfVisit(visit->toObject(), outline.listedContents));
        }
    }
    if (stream.state() == json::DocumentStream::State::Ended)
        return outline;
    outline = {};
    if (device.isSequential() || !device.seek(start))
        return outline;
    const QJsonArray visits =
        QJsonDocument::fromJson(device.readAll()).object().value(QLatin1String("visits")).toArray();
    for (const QJsonValue &visit : visits)
        outline.visits.append(outlineOfVisit(visit.toObject(), outline.listedContents));
    return outline;
}

DocumentOutline outlineOf(const QByteArray &json)
{
    QBuffer device;
    device.setData(json);
    device.open(QIODevice::ReadOnly);
    return outlineOf(device);
}

NamedVisits visitsNamedBy(Database &database, const DocumentOutline &outline)
{
    NamedVisits named;
    named.listedContents = outline.listedContents;
    const VisitRepository repository(database);
    const EditHistory history(database);
    QSet<qint64> reached; // a national import names 100,000 visits
    for (const DocumentOutline::VisitOutline &visit : outline.visits) {
        const qint64 stored = repository.idForRef(visit.ref);
        if (stored != 0)
            named.stored.append(stored);
        if (visit.listsAttachments && stored != 0)
            named.listingAttachments.append(stored);
        for (const qint64 id : history.reach(stored)) {
            if (!reached.contains(id)) {
                reached.insert(id);
                named.reach.append(id);
            }
        }
    }
    return named;
}

NamedVisits visitsNamedIn(Database &database, const QByteArray &json)
{
    return visitsNamedBy(database, outlineOf(json));
}

} // namespace vt
