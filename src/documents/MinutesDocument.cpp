#include "documents/MeetingDocuments.h"

#include "documents/VisitParts.h"

#include <QTextImageFormat>
#include <QUrl>

namespace vt::documents {
namespace {

void writeOpening(TextComposer &composer, const VisitWriter &w)
{
    const Visit &visit = w.visit();
    const Wording &say = w.say;
    composer.labelled(say(Text::tr("Time:"), u"Thời gian:"), w.visitDates() + QLatin1Char('.'));
    if (!visit.location.trimmed().isEmpty())
        composer.labelled(say(Text::tr("Place:"), u"Địa điểm:"),
                          visit.location.trimmed() + QLatin1Char('.'));
    const QString topic = visit.topic.trimmed().isEmpty() ? visit.title : visit.topic.trimmed();
    composer.labelled(say(Text::tr("Content:"), u"Nội dung:"), topic + QLatin1Char('.'));
    if (const Attendee *chair = chairOf(visit))
        composer.labelled(say(Text::tr("Chair:"), u"Chủ trì:"),
                          w.person(*chair) + QLatin1Char('.'));
    if (const Attendee *taker = minuteTakerOf(visit))
        composer.labelled(say(Text::tr("Minute-taker:"), u"Người ghi biên bản:"),
                          w.person(*taker) + QLatin1Char('.'));
}

// Present attendees of one side, then the absent ones with their reasons.
void writeAttendance(TextComposer &composer, const VisitWriter &w)
{
    const Visit &visit = w.visit();
    const Wording &say = w.say;
    composer.heading(say(Text::tr("I. ATTENDANCE"), u"I. THÀNH PHẦN THAM DỰ"));
    struct Group
    {
        Side side;
        QString title;
    };
    const QList<Group> groups{
        {Side::Delegation,
         say(Text::tr("The %1 of %2:"), u"%1 %2:").arg(w.delegationWord(), visit.delegation)},
        {Side::Host, QStringLiteral("%1:").arg(visit.host)},
        {Side::Guest, say(Text::tr("Invited guests:"), u"Đại biểu mời:")},
    };
    int number = 0;
    for (const Group &group : groups) {
        QList<const Attendee *> present;
        for (const Attendee &attendee : visit.attendees) {
            if (attendee.side == group.side && attendee.present)
                present.append(&attendee);
        }
        if (present.isEmpty())
            continue;
        composer.labelled(QStringLiteral("%1. %2").arg(++number).arg(group.title), QString());
        for (const Attendee *attendee : present)
            composer.item(w.attendeeLine(*attendee) + QLatin1Char(';'));
    }
    QList<const Attendee *> absent;
    for (const Attendee &attendee : visit.attendees) {
        if (!attendee.present)
            absent.append(&attendee);
    }
    if (!absent.isEmpty()) {
        composer.labelled(
            QStringLiteral("%1. %2").arg(++number).arg(say(Text::tr("Absent:"), u"Vắng mặt:")),
            QString());
        for (const Attendee *attendee : absent)
            composer.item(w.attendeeLine(*attendee) + QLatin1Char(';'));
    }
}

void writeProceedings(TextComposer &composer, const VisitWriter &w)
{
    const Visit &visit = w.visit();
    const Wording &say = w.say;
    composer.heading(say(Text::tr("II. PROCEEDINGS"), u"II. NỘI DUNG BUỔI LÀM VIỆC"));
    int number = 0;
    composer.labelled(QStringLiteral("%1. %2").arg(++number).arg(
                          say(Text::tr("%1 reported."), u"%1 báo cáo.").arg(visit.host)),
                      QString());
    if (!visit.figures.isEmpty()) {
        composer.paragraph(say(Text::tr("Figures of the report:"), u"Số liệu báo cáo:"));
        composer.keepWithNext();
        w.figuresTable(composer);
    }
    if (!visit.indicators.isEmpty()) {
        composer.paragraph(say(Text::tr("Indicators against plan:"),
                               u"Kết quả thực hiện chỉ tiêu so với kế hoạch:"));
        composer.keepWithNext();
        w.indicatorsTable(composer);
    }
    if (!visit.summary.trimmed().isEmpty()) {
        composer.labelled(QStringLiteral("%1. %2").arg(++number).arg(
                              say(Text::tr("Discussion:"), u"Ý kiến trao đổi, thảo luận:")),
                          QString());
        composer.paragraph(visit.summary.trimmed());
    }
}

void writeConclusions(TextComposer &composer, const VisitWriter &w)
{
    const Wording &say = w.say;
    composer.heading(say(Text::tr("III. CONCLUSIONS"), u"III. KẾT LUẬN"));
    struct Part
    {
        FindingCategory category;
        QString title;
    };
    const QList<Part> parts{
        {FindingCategory::Achievement, say(Text::tr("Results achieved:"), u"Kết quả đạt được:")},
        {FindingCategory::GoodModel,
         say(Text::tr("Good models and practices:"), u"Mô hình, cách làm hay:")},
        {FindingCategory::Limitation, say(Text::tr("Limitations:"), u"Hạn chế:")},
        {FindingCategory::Observation, say(Text::tr("Other observations:"), u"Ý kiến khác:")},
    };
    int number = 0;
    for (const Part &part : parts) {
        bool has = false;
        for (const Finding &finding : w.visit().findings)
            has = has || finding.category == part.category;
        if (!has)
            continue;
        composer.labelled(QStringLiteral("%1. %2").arg(++number).arg(part.title), QString());
        w.findingItems(composer, part.category);
    }
    if (!w.visit().recommendations.isEmpty()) {
        composer.labelled(QStringLiteral("%1. %2").arg(++number).arg(
                              say(Text::tr("Recommendations:"), u"Đề nghị:")),
                          QString());
        w.recommendationsTable(composer);
    }
}

// The chosen photos after the signatures, each centred at most 12 cm wide
// and 11 cm high, its caption and credit below in italics. Images travel as
// resources of the document, so PDF, printer and ODT get the pixels.
void writePhotos(TextComposer &composer, QTextDocument &document, const VisitWriter &w)
{
    const QList<PrintablePhoto> &photos = w.record.photos;
    if (photos.isEmpty())
        return;
    const Wording &say = w.say;
    composer.line(say(Text::tr("PHOTOGRAPHS"), u"ẢNH TƯ LIỆU"),
                  composer.font(composer.bodySize(), true), Qt::AlignHCenter, 24, 6);
    composer.keepWithNext();
    constexpr qreal kPxPerCm = 96 / 2.54; // image sizes are in 1/96 inch
    const QSizeF box(12 * kPxPerCm, 11 * kPxPerCm);
    const QTextCharFormat italic = composer.font(composer.bodySize() - 1, false, true);
    for (qsizetype i = 0; i < photos.size(); ++i) {
        const PrintablePhoto &photo = photos.at(i);
        const QUrl name(QStringLiteral("vt-photo:%1").arg(i + 1));
        document.addResource(QTextDocument::ImageResource, name, photo.image);
        const QSizeF size = QSizeF(photo.image.size()).scaled(box, Qt::KeepAspectRatio);
        composer.line(QString(), composer.font(composer.bodySize()), Qt::AlignHCenter, 12, 4);
        QTextImageFormat image;
        image.setName(name.toString());
        image.setWidth(size.width());
        image.setHeight(size.height());
        composer.cursor().insertImage(image);
        composer.keepWithNext(); // a photo never parts from its caption
        const QString caption = photo.caption.trimmed();
        const QString credit = photo.credit.trimmed();
        if (!caption.isEmpty()) {
            composer.line(caption, italic, Qt::AlignHCenter);
            if (!credit.isEmpty())
                composer.keepWithNext();
        }
        if (!credit.isEmpty())
            composer.line(credit, italic, Qt::AlignHCenter);
    }
}

} // namespace

std::unique_ptr<QTextDocument> composeMinutes(const MeetingRecord &record, DocumentStyle style)
{
    auto document = std::make_unique<QTextDocument>();
    const VisitWriter w(record, style);
    const Wording &say = w.say;
    const Visit &visit = record.visit;
    TextComposer composer(*document, style == DocumentStyle::Plain ? 13 : 14);
    writeHeading(
        composer, style,
        w.heading(say(Text::tr("MINUTES"), u"BIÊN BẢN"),
                  say(Text::tr("Meeting of the %1 of %2 with %3"), u"Làm việc của %1 %2 với %3")
                      .arg(w.delegationWord(), visit.delegation, visit.host)));
    writeOpening(composer, w);
    writeAttendance(composer, w);
    writeProceedings(composer, w);
    writeConclusions(composer, w);
    composer.paragraph(
        say(Text::tr("The meeting ended on the same day. The minutes were read to those present, "
                     "who agreed with them."),
            u"Buổi làm việc kết thúc cùng ngày. Biên bản đã được đọc lại cho các thành phần dự "
            u"họp cùng nghe và thống nhất."));
    composer.keepWithNext(); // never signatures alone on a page

    DocumentClosing closing;
    const Attendee *taker = minuteTakerOf(visit);
    const Attendee *chair = chairOf(visit);
    closing.signatures = {
        {{say(Text::tr("MINUTE-TAKER"), u"NGƯỜI GHI BIÊN BẢN")}, taker ? taker->name : QString()},
        {{say(Text::tr("CHAIR"), u"CHỦ TRÌ")}, chair ? chair->name : QString()},
    };
    writeClosing(composer, style, closing);
    writePhotos(composer, *document, w);
    return document;
}

} // namespace vt::documents
