#pragma once

// What a meeting document prints: one visit as stored, the verdicts it
// records on recommendations of earlier visits (with their text), the
// remembered fields of the issuing office and the document's date. Built from
// the database by loadMeetingRecord(); tests build it from values.

#include "documents/DocumentTypes.h"
#include "domain/Visit.h"
#include "services/AttachmentService.h"
#include "storage/DocumentProfiles.h"

#include <QDate>
#include <QList>
#include <optional>

namespace vt {
class Database;
}

namespace vt::documents {

// One earlier recommendation this visit verified, and what it found.
struct CarriedOverItem
{
    QDate visitDate; // of the visit that made the recommendation
    QString text;
    QString responsible;
    QDate due;
    Verdict verdict = Verdict::NotImplemented;
    QString note;
};

struct MeetingRecord
{
    Visit visit;
    QList<CarriedOverItem> carriedOver; // in the order the visit lists its verdicts
    DocumentProfile profile;            // completed with defaults (defaultProfile)
    QDate documentDate;                 // the date line; the visit date by default
    // Minutes only: the attached photos marked "print in the minutes", printed
    // after the body with their caption and credit.
    QList<PrintablePhoto> photos;
};

// Sensible fields when the office has remembered nothing: the delegation
// issues the document in its own name, from the visit's location (its
// province when the location names one), signed by the delegation head.
DocumentProfile defaultProfile(const Visit &visit, DocumentKind kind, DocumentStyle style);

// The place of the date line guessed from the visit: "Long An" for a visit
// whose host is "Tỉnh ủy Long An"; else the visit's location.
QString placeOf(const Visit &visit);

// Fills the empty fields of `remembered` from `defaults`.
DocumentProfile completedProfile(const DocumentProfile &remembered,
                                 const DocumentProfile &defaults);

// Loads the visit, its carried-over verdicts and the remembered profile of
// its delegation for `kind`. nullopt with *error when the visit is not there.
std::optional<MeetingRecord> loadMeetingRecord(Database &database, qint64 visitId,
                                               DocumentKind kind, DocumentStyle style,
                                               QString *error);

// The same for a visit as edited (perhaps not saved yet): the carried-over
// verdicts are read from the database by recommendation id.
MeetingRecord meetingRecordFor(Database &database, const Visit &visit, DocumentKind kind,
                               DocumentStyle style);

// The attendee who signs for a role: the chair (else the delegation head) and
// the minute-taker. nullptr when there is none.
const Attendee *chairOf(const Visit &visit);
const Attendee *delegationHeadOf(const Visit &visit);
const Attendee *minuteTakerOf(const Visit &visit);

} // namespace vt::documents
