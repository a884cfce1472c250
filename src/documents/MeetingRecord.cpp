#include "documents/MeetingRecord.h"

#include "services/VisitService.h"
#include "storage/RecommendationQueries.h"

#include <QHash>

namespace vt::documents {
namespace {

const Attendee *firstWith(const Visit &visit, AttendeeRole role, std::optional<Side> side = {})
{
    for (const Attendee &attendee : visit.attendees) {
        if (attendee.role == role && attendee.present && (!side || attendee.side == *side))
            return &attendee;
    }
    return nullptr;
}

// Units whose name starts with the kind of body: what follows is the place.
const QStringList kPlacePrefixes = {
    QStringLiteral("Tỉnh ủy "),
    QStringLiteral("Thành ủy "),
    QStringLiteral("Huyện ủy "),
    QStringLiteral("Thị ủy "),
    QStringLiteral("Quận ủy "),
    QStringLiteral("UBND tỉnh "),
    QStringLiteral("Ủy ban nhân dân tỉnh "),
    QStringLiteral("Ủy ban nhân dân thành phố "),
};

} // namespace

const Attendee *delegationHeadOf(const Visit &visit)
{
    if (const Attendee *head = firstWith(visit, AttendeeRole::Head))
        return head;
    return firstWith(visit, AttendeeRole::DeputyHead, Side::Delegation);
}

const Attendee *chairOf(const Visit &visit)
{
    if (const Attendee *chair = firstWith(visit, AttendeeRole::Chair))
        return chair;
    return delegationHeadOf(visit);
}

const Attendee *minuteTakerOf(const Visit &visit)
{
    return firstWith(visit, AttendeeRole::MinuteTaker);
}

QString placeOf(const Visit &visit)
{
    for (const QString &prefix : kPlacePrefixes) {
        if (visit.host.startsWith(prefix, Qt::CaseInsensitive))
            return visit.host.mid(prefix.size()).trimmed();
    }
    return visit.location.trimmed();
}

DocumentProfile defaultProfile(const Visit &visit, DocumentKind kind, DocumentStyle style)
{
    DocumentProfile profile;
    profile.organisation = visit.delegation;
    profile.document = toKey(kind);
    profile.issuingBody = visit.delegation; // in capitals when printed officially
    profile.place = placeOf(visit);
    const bool conclusion = kind == DocumentKind::Conclusion;
    // Left blank after the sign so the office writes the number on the signed copy.
    if (style == DocumentStyle::Plain)
        profile.number.clear();
    else if (style == DocumentStyle::State)
        profile.number =
            conclusion ? QStringLiteral("     /TB-ĐCT") : QStringLiteral("     /BB-ĐCT");
    else
        profile.number =
            conclusion ? QStringLiteral("     -TB/ĐCT") : QStringLiteral("     -BB/ĐCT");
    if (const Attendee *head = delegationHeadOf(visit)) {
        profile.signerName = head->name;
        profile.signerPosition = head->role == AttendeeRole::Head
                                     ? QStringLiteral("TRƯỞNG ĐOÀN")
                                     : QStringLiteral("PHÓ TRƯỞNG ĐOÀN");
    }
    profile.signingCapacity = QStringLiteral("T/M");
    profile.onBehalfOf = QStringLiteral("ĐOÀN CÔNG TÁC");
    profile.recipients = {visit.host, QStringLiteral("Lưu: %1").arg(visit.delegation)};
    if (style == DocumentStyle::Plain) {
        // The plain layout speaks the interface language.
        profile.signingCapacity.clear();
        profile.onBehalfOf.clear();
        const Attendee *head = delegationHeadOf(visit);
        profile.signerPosition = head && head->role == AttendeeRole::DeputyHead
                                     ? Text::tr("Deputy head of the delegation")
                                     : Text::tr("Head of the delegation");
        profile.recipients = {visit.host, Text::tr("File copy: %1").arg(visit.delegation)};
    }
    return profile;
}

DocumentProfile completedProfile(const DocumentProfile &remembered, const DocumentProfile &defaults)
{
    DocumentProfile profile = remembered;
    const auto fill = [](QString &field, const QString &fallback) {
        if (field.trimmed().isEmpty())
            field = fallback;
    };
    fill(profile.organisation, defaults.organisation);
    fill(profile.document, defaults.document);
    fill(profile.issuingBody, defaults.issuingBody);
    fill(profile.number, defaults.number);
    fill(profile.place, defaults.place);
    // The signer is one person: take name and position together.
    if (profile.signerName.trimmed().isEmpty()) {
        profile.signerName = defaults.signerName;
        fill(profile.signerPosition, defaults.signerPosition);
    }
    if (profile.recipients.isEmpty())
        profile.recipients = defaults.recipients;
    // superiorBody, signingCapacity and onBehalfOf may be empty on purpose.
    return profile;
}

MeetingRecord meetingRecordFor(Database &database, const Visit &visit, DocumentKind kind,
                               DocumentStyle style)
{
    MeetingRecord record;
    record.visit = visit;
    record.documentDate = visit.date;

    QList<qint64> ids;
    for (const CarryOverVerdict &verdict : visit.carriedOver)
        ids.append(verdict.recommendationId);
    // A read error leaves the section out rather than refusing to print.
    QString readError;
    QHash<qint64, FollowUpRow> byId;
    if (!ids.isEmpty()) {
        for (const FollowUpRow &row :
             RecommendationQueries(database).rows(ids, visit.date, &readError))
            byId.insert(row.id, row);
    }
    for (const CarryOverVerdict &verdict : visit.carriedOver) {
        const auto it = byId.constFind(verdict.recommendationId);
        if (it == byId.constEnd())
            continue;
        record.carriedOver.append(
            {it->visitDate, it->text, it->responsible, it->due, verdict.verdict, verdict.note});
    }

    const DocumentProfile defaults = defaultProfile(visit, kind, style);
    const std::optional<DocumentProfile> remembered =
        DocumentProfiles(database).find(visit.delegation, toKey(kind), &readError);
    record.profile = remembered ? completedProfile(*remembered, defaults) : defaults;
    if (kind == DocumentKind::Minutes && visit.id != 0)
        record.photos = AttachmentService(database).photosForMinutes(visit.id, &readError);
    return record;
}

std::optional<MeetingRecord> loadMeetingRecord(Database &database, qint64 visitId,
                                               DocumentKind kind, DocumentStyle style,
                                               QString *error)
{
    const std::optional<Visit> visit = VisitService(database).load(visitId, error);
    if (!visit)
        return std::nullopt;
    return meetingRecordFor(database, *visit, kind, style);
}

} // namespace vt::documents
