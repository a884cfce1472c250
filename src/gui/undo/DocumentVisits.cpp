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

// The outline of a visit that lists no attachments, from its bytes: the
// string value of its top-level "ref" (none: the empty ref, as a parsed
// visit without one). nullopt, and the visit is parsed, for anything less
// plain: an element that is not an object, an escape (\uXXXX could spell any
// key), a key or ref with a backslash, a ref that is not a string, a second
// ref, an "x-attachments" key at any depth. Parsing each of 10,000 visits
// whole only for its ref took 1.3 s of a window's import (session 11); the
// import itself then parses and checks every visit.
std::optional<DocumentOutline::VisitOutline> plainOutlineOf(QByteArrayView element)
{
    const char *bytes = element.data();
    const qsizetype size = element.size();
    const auto isSpace = [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; };
    qsizetype at = 0;
    while (at < size && isSpace(bytes[at]))
        ++at;
    if (at == size || bytes[at] != '{')
        return std::nullopt;
    std::optional<QString> ref;
    int depth = 0;
    while (at < size) {
        const char c = bytes[at];
        if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            --depth;
        } else if (c == '"') {
            const qsizetype start = ++at;
            bool escaped = false;
            while (at < size && bytes[at] != '"') {
                if (bytes[at] == '\\') {
                    if (at + 1 < size && bytes[at + 1] == 'u')
                        return std::nullopt;
                    escaped = true;
                    ++at;
                }
                ++at;
            }
            if (at == size)
                return std::nullopt;
            const QByteArrayView text(bytes + start, at - start);
            qsizetype next = at + 1;
            while (next < size && isSpace(bytes[next]))
                ++next;
            if (next < size && bytes[next] == ':') { // a key
                if (text == QByteArrayView(kAttachmentsField.data(), kAttachmentsField.size()))
                    return std::nullopt;
                if (depth == 1 && (escaped || text == "ref")) {
                    if (escaped || ref)
                        return std::nullopt;
                    ++next;
                    while (next < size && isSpace(bytes[next]))
                        ++next;
                    if (next == size || bytes[next] != '"')
                        return std::nullopt;
                    const qsizetype valueStart = next + 1;
                    qsizetype valueEnd = valueStart;
                    while (valueEnd < size && bytes[valueEnd] != '"' && bytes[valueEnd] != '\\')
                        ++valueEnd;
                    if (valueEnd == size || bytes[valueEnd] != '"')
                        return std::nullopt;
                    ref = QString::fromUtf8(bytes + valueStart, valueEnd - valueStart);
                    at = valueEnd;
                }
            }
        }
        ++at;
    }
    return DocumentOutline::VisitOutline{
        ref.value_or(QString()).normalized(QString::NormalizationForm_C), false};
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
            if (auto plain = plainOutlineOf(*element)) {
                outline.visits.append(std::move(*plain));
                continue;
            }
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
    // A national import names 100,000 visits: each question is one statement
    // asked of every visit, not prepared again for each.
    QStringList refs;
    refs.reserve(outline.visits.size());
    for (const DocumentOutline::VisitOutline &visit : outline.visits)
        refs.append(visit.ref);
    const QList<qint64> ids = VisitRepository(database).idsForRefs(refs);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (ids.at(i) == 0)
            continue;
        named.stored.append(ids.at(i));
        if (outline.visits.at(i).listsAttachments)
            named.listingAttachments.append(ids.at(i));
    }
    named.reach = EditHistory(database).reach(ids);
    return named;
}

NamedVisits visitsNamedIn(Database &database, const QByteArray &json)
{
    return visitsNamedBy(database, outlineOf(json));
}

} // namespace vt
