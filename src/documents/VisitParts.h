#pragma once

// Pieces the minutes and the conclusion notice share: the fixed official
// wording or its translation, how attendees, figures, indicators and
// recommendations are written, the heading fields and the signer's block.

#include "documents/DocumentTypes.h"
#include "documents/MeetingRecord.h"
#include "documents/OfficialLayout.h"
#include "documents/VietnameseText.h"

namespace vt::documents {

// The official layouts print their fixed Vietnamese wording as the format
// requires, in any interface language; the plain layout translates.
class Wording final
{
public:
    explicit Wording(DocumentStyle style) : m_official(style != DocumentStyle::Plain) {}

    bool official() const { return m_official; }
    QString operator()(const QString &translated, const char16_t *official) const
    {
        return m_official ? QString::fromUtf16(official) : translated;
    }

private:
    bool m_official;
};

struct VisitWriter
{
    const MeetingRecord &record;
    DocumentStyle style;
    Wording say;
    Figures figures;

    VisitWriter(const MeetingRecord &meeting, DocumentStyle layout)
        : record(meeting), style(layout), say(layout), figures(layout != DocumentStyle::Plain)
    {
    }

    const Visit &visit() const { return record.visit; }
    // "Đoàn công tác" / "Đoàn kiểm tra"... by the visit's kind.
    QString delegationWord() const;
    QString roleWord(AttendeeRole role) const;
    QString verdictWord(Verdict verdict) const;
    // "Phan Xuân Thủy, Phó Trưởng ban Tuyên giáo Trung ương"
    QString person(const Attendee &attendee) const;
    // "Phan Xuân Thủy, Phó Trưởng ban ..., Trưởng đoàn" (role where it says something).
    QString attendeeLine(const Attendee &attendee) const;
    // "ngày 07/6/2023" or "từ ngày 07/6/2023 đến ngày 08/6/2023".
    QString visitDates() const;

    DocumentHeading heading(const QString &typeTitle, const QString &summary) const;
    Signature profileSignature() const;

    void figuresTable(TextComposer &composer) const;
    void indicatorsTable(TextComposer &composer) const;
    void recommendationsTable(TextComposer &composer) const;
    void carriedOverTable(TextComposer &composer) const;
    // Findings of one category as dash items, each with its unit when it
    // differs from the host; false when there are none.
    bool findingItems(TextComposer &composer, FindingCategory category) const;
};

} // namespace vt::documents
