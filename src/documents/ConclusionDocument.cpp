#include "documents/MeetingDocuments.h"

#include "documents/VisitParts.h"

namespace vt::documents {
namespace {

// "Ngày 07/6/2023, tại ..., Đoàn công tác của ... do đồng chí ... làm Trưởng
// đoàn đã làm việc với ... về .... Tham dự có: ..."
void writeOpening(TextComposer &composer, const VisitWriter &w)
{
    const Visit &visit = w.visit();
    const Wording &say = w.say;
    QString when = w.visitDates();
    when[0] = when.at(0).toUpper();
    QString opening = when;
    if (!visit.location.trimmed().isEmpty())
        opening += say(Text::tr(", at %1"), u", tại %1").arg(visit.location.trimmed());
    opening +=
        say(Text::tr(", the %1 of %2"), u", %1 %2").arg(w.delegationWord(), visit.delegation);
    if (const Attendee *head = delegationHeadOf(visit)) {
        QString who = w.person(*head);
        if (who != head->name)
            who += QLatin1Char(','); // "Phan Xuân Thủy, Phó Trưởng ban ..., làm Trưởng đoàn"
        opening += say(Text::tr(" led by %1"), u" do đồng chí %1 làm Trưởng đoàn").arg(who);
    }
    opening += say(Text::tr(" worked with %1"), u" đã làm việc với %1").arg(visit.host);
    const QString topic = visit.topic.trimmed();
    if (!topic.isEmpty())
        opening += say(Text::tr(" on %1"), u" về %1").arg(topic.at(0).toLower() + topic.mid(1));
    opening += QLatin1Char('.');
    composer.paragraph(opening);

    QStringList hosts;
    for (const Attendee &attendee : visit.attendees) {
        if (attendee.present && attendee.side != Side::Delegation &&
            attendee.role != AttendeeRole::Press)
            hosts << w.person(attendee);
    }
    if (!hosts.isEmpty())
        composer.paragraph(say(Text::tr("Attending for the host and as guests: %1."),
                               u"Tham dự buổi làm việc có đồng chí %1.")
                               .arg(hosts.join(say(Text::tr("; "), u"; đồng chí "))));
    composer.paragraph(say(Text::tr("Having heard the report of %1 and the views of those "
                                    "present, the head of the delegation concluded as follows:"),
                           u"Sau khi nghe báo cáo của %1 và ý kiến của các đại biểu dự buổi làm "
                           u"việc, đồng chí Trưởng đoàn kết luận như sau:")
                           .arg(visit.host));
}

} // namespace

std::unique_ptr<QTextDocument> composeConclusion(const MeetingRecord &record, DocumentStyle style)
{
    auto document = std::make_unique<QTextDocument>();
    const VisitWriter w(record, style);
    const Wording &say = w.say;
    const Visit &visit = record.visit;
    TextComposer composer(*document, style == DocumentStyle::Plain ? 13 : 14);
    writeHeading(
        composer, style,
        w.heading(say(Text::tr("CONCLUSION NOTICE"), u"THÔNG BÁO"),
                  say(Text::tr("Conclusions of the head of the %1 of %2 at the meeting with %3"),
                      u"Kết luận của Trưởng %1 %2 tại buổi làm việc với %3")
                      .arg(say.official() ? w.delegationWord().toLower() : w.delegationWord(),
                           visit.delegation, visit.host)));
    writeOpening(composer, w);

    int number = 0;
    const auto section = [&](const QString &title) {
        composer.heading(QStringLiteral("%1. %2").arg(++number).arg(title));
    };
    bool hasAchievements = false;
    bool hasModels = false;
    bool hasLimitations = false;
    bool hasObservations = false;
    for (const Finding &finding : visit.findings) {
        hasAchievements |= finding.category == FindingCategory::Achievement;
        hasModels |= finding.category == FindingCategory::GoodModel;
        hasLimitations |= finding.category == FindingCategory::Limitation;
        hasObservations |= finding.category == FindingCategory::Observation;
    }
    if (hasAchievements || hasModels) {
        section(say(Text::tr("Results achieved"), u"Kết quả đạt được"));
        w.findingItems(composer, FindingCategory::Achievement);
        if (hasModels) {
            composer.labelled(
                say(Text::tr("Good models and practices:"), u"Mô hình, cách làm hay:"), QString());
            w.findingItems(composer, FindingCategory::GoodModel);
        }
    }
    if (hasLimitations || hasObservations) {
        section(say(Text::tr("Limitations"), u"Hạn chế"));
        w.findingItems(composer, FindingCategory::Limitation);
        w.findingItems(composer, FindingCategory::Observation);
    }
    if (!visit.recommendations.isEmpty()) {
        section(
            say(Text::tr("Tasks for the coming period"), u"Nhiệm vụ, đề nghị trong thời gian tới"));
        composer.paragraph(say(Text::tr("The delegation asks %1 to carry out:"),
                               u"Đề nghị %1 tập trung thực hiện:")
                               .arg(visit.host));
        composer.keepWithNext();
        w.recommendationsTable(composer);
    }
    if (!record.carriedOver.isEmpty()) {
        section(say(Text::tr("Recommendations of earlier visits"),
                    u"Kết quả thực hiện các đề nghị tại buổi làm việc trước"));
        w.carriedOverTable(composer);
    }
    composer.paragraph(say(Text::tr("The %2 sends this notice to %1 and the units concerned "
                                    "for their information and action."),
                           u"%2 thông báo để %1 và các đơn vị liên quan biết, thực hiện.")
                           .arg(visit.host, w.delegationWord()));
    composer.keepWithNext(); // never signatures alone on a page

    DocumentClosing closing;
    closing.signatures = {w.profileSignature()};
    closing.recipients = record.profile.recipients;
    writeClosing(composer, style, closing);
    return document;
}

std::unique_ptr<QTextDocument> composeMeetingDocument(const MeetingRecord &record,
                                                      DocumentKind kind, DocumentStyle style)
{
    return kind == DocumentKind::Minutes ? composeMinutes(record, style)
                                         : composeConclusion(record, style);
}

std::unique_ptr<QTextDocument> composeList(const ReportTable &table, DocumentStyle style,
                                           const ListHeading &heading)
{
    auto document = std::make_unique<QTextDocument>();
    const Figures figures(style != DocumentStyle::Plain);
    TextComposer composer(*document, style == DocumentStyle::Plain ? 13 : 14);
    DocumentHeading top;
    top.issuingBody = style == DocumentStyle::Plain
                          ? heading.issuingBody
                          : QLocale(QLocale::Vietnamese).toUpper(heading.issuingBody);
    top.placeAndDate = figures.placeAndDate(heading.place, heading.date);
    top.typeTitle = QLocale().toUpper(table.title);
    top.summary = table.subtitle;
    writeHeading(composer, DocumentStyle::Plain, top);
    QList<TableColumn> columns;
    int total = 0;
    for (int width : table.columnWidths)
        total += qMax(4, width);
    for (qsizetype c = 0; c < table.headers.size(); ++c) {
        const int width = c < table.columnWidths.size() ? qMax(4, table.columnWidths.at(c)) : 10;
        columns.append(
            {table.headers.at(c), total > 0 ? qMax(1, 100 * width / total) : 10, Qt::AlignLeft});
    }
    composer.table(columns, table.rows);
    return document;
}

} // namespace vt::documents
