#pragma once

// The documents of one visit and the printed lists, composed into a
// QTextDocument that every writer (PDF, printer, ODT, HTML) shares.

#include "documents/DocumentTypes.h"
#include "documents/MeetingRecord.h"
#include "reports/TableExport.h"

#include <QTextDocument>
#include <memory>

namespace vt::documents {

// Biên bản làm việc: opening, attendance by side, the host's report with its
// figures, proceedings, conclusions, closing, chair and minute-taker sign.
std::unique_ptr<QTextDocument> composeMinutes(const MeetingRecord &record, DocumentStyle style);
// Thông báo kết luận: opening paragraph, results and good models,
// limitations, recommendations, verdicts on earlier recommendations,
// signature and recipients.
std::unique_ptr<QTextDocument> composeConclusion(const MeetingRecord &record, DocumentStyle style);
// Either of the two, by kind (LimitationList and FollowUpReport are lists:
// see composeList).
std::unique_ptr<QTextDocument> composeMeetingDocument(const MeetingRecord &record,
                                                      DocumentKind kind, DocumentStyle style);

// A list (limitation list, follow-up report) in the same layout: heading of
// the issuing body (may be empty), title and filter line, the table.
struct ListHeading
{
    QString issuingBody;
    QString place;
    QDate date;
};
std::unique_ptr<QTextDocument> composeList(const ReportTable &table, DocumentStyle style,
                                           const ListHeading &heading);

} // namespace vt::documents
