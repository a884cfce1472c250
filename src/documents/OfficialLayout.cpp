#include "documents/OfficialLayout.h"

#include <QTextBlockFormat>
#include <QTextTable>

namespace vt::documents {
namespace {

// Adds one centred (or aligned) line in a cell; the first fills the cell's
// own empty block.
class CellWriter
{
public:
    explicit CellWriter(QTextCursor cursor) : m_cursor(cursor) {}

    void add(const QString &text, const QTextCharFormat &format,
             Qt::Alignment alignment = Qt::AlignCenter, qreal before = 0)
    {
        QTextBlockFormat block;
        block.setAlignment(alignment);
        block.setTopMargin(before);
        if (m_first)
            m_cursor.setBlockFormat(block);
        else
            m_cursor.insertBlock(block, format);
        m_first = false;
        QString line = text;
        line.replace(QLatin1Char('\n'), QChar::LineSeparator);
        m_cursor.insertText(line, format);
    }
    // An empty block whose trailing rule Qt draws centred under the line above.
    void rule(qreal percent)
    {
        QTextCharFormat tiny;
        tiny.setFontPointSize(3);
        add(QString(), tiny);
        QTextBlockFormat block = m_cursor.blockFormat();
        block.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth,
                          QTextLength(QTextLength::PercentageLength, percent));
        m_cursor.setBlockFormat(block);
    }

private:
    QTextCursor m_cursor;
    bool m_first = true;
};

void writeTitle(TextComposer &composer, const DocumentHeading &heading, qreal titleSize,
                bool ruleBelow)
{
    composer.line(heading.typeTitle, composer.font(titleSize, true), Qt::AlignCenter, 18, 0);
    if (!heading.summary.isEmpty())
        composer.line(heading.summary, composer.font(14, true), Qt::AlignCenter, 0, 0);
    if (ruleBelow)
        composer.rule(20);
    composer.line(QString(), composer.font(8), Qt::AlignLeft, 0, 0);
}

// Hướng dẫn 36-HD/VPTW: bodies and number top left, the Party heading and
// the date line top right.
void writePartyHeading(TextComposer &composer, const DocumentHeading &heading)
{
    QTextTable *table = composer.layoutTable(45);
    CellWriter left(composer.cursorIn(table, 0));
    if (!heading.superiorBody.isEmpty())
        left.add(heading.superiorBody, composer.font(14));
    left.add(heading.issuingBody, composer.font(14, true));
    left.add(QStringLiteral("*"), composer.font(14));
    left.add(QStringLiteral("Số %1").arg(heading.number), composer.font(14));

    CellWriter right(composer.cursorIn(table, 1));
    right.add(QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM"), composer.font(15, true));
    right.rule(72);
    right.add(heading.placeAndDate, composer.font(14, false, true), Qt::AlignCenter, 12);
    composer.leaveTable();
    writeTitle(composer, heading, 16, false);
}

// Nghị định 30/2020/NĐ-CP: bodies with a rule and "Số:" left, the national
// heading and motto with its rule right, the date line under them.
void writeStateHeading(TextComposer &composer, const DocumentHeading &heading)
{
    QTextTable *table = composer.layoutTable(40);
    CellWriter left(composer.cursorIn(table, 0));
    if (!heading.superiorBody.isEmpty())
        left.add(heading.superiorBody, composer.font(13));
    left.add(heading.issuingBody, composer.font(13, true));
    left.rule(35);
    left.add(QStringLiteral("Số: %1").arg(heading.number), composer.font(13), Qt::AlignCenter, 4);

    CellWriter right(composer.cursorIn(table, 1));
    right.add(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), composer.font(13, true));
    right.add(QStringLiteral("Độc lập - Tự do - Hạnh phúc"), composer.font(14, true));
    right.rule(58);
    right.add(heading.placeAndDate, composer.font(14, false, true), Qt::AlignCenter, 4);
    composer.leaveTable();
    writeTitle(composer, heading, 14, true);
}

void writePlainHeading(TextComposer &composer, const DocumentHeading &heading)
{
    QTextTable *table = composer.layoutTable(50);
    CellWriter left(composer.cursorIn(table, 0));
    if (!heading.superiorBody.isEmpty())
        left.add(heading.superiorBody, composer.font(13), Qt::AlignLeft);
    left.add(heading.issuingBody, composer.font(13, true), Qt::AlignLeft);
    if (!heading.number.trimmed().isEmpty())
        left.add(Text::tr("No. %1").arg(heading.number.trimmed()), composer.font(13),
                 Qt::AlignLeft);
    CellWriter right(composer.cursorIn(table, 1));
    right.add(heading.placeAndDate, composer.font(13, false, true), Qt::AlignRight);
    composer.leaveTable();
    writeTitle(composer, heading, 15, false);
}

void writeRecipients(TextComposer &composer, DocumentStyle style, QTextCursor cursor,
                     const QStringList &recipients)
{
    CellWriter cell(cursor);
    if (recipients.isEmpty())
        return;
    QTextCharFormat label;
    QTextCharFormat item;
    QString title;
    if (style == DocumentStyle::Party) {
        // Hướng dẫn 36: "Nơi nhận" underlined, the list smaller.
        label = composer.font(14);
        label.setFontUnderline(true);
        item = composer.font(12);
        title = QStringLiteral("Nơi nhận:");
    } else if (style == DocumentStyle::State) {
        // Nghị định 30: "Nơi nhận:" bold italic 12 pt, the list 11 pt.
        label = composer.font(12, true, true);
        item = composer.font(11);
        title = QStringLiteral("Nơi nhận:");
    } else {
        label = composer.font(12, true, true);
        item = composer.font(11);
        title = Text::tr("Recipients:");
    }
    cell.add(title, label, Qt::AlignLeft);
    for (qsizetype i = 0; i < recipients.size(); ++i) {
        const QString end = i + 1 < recipients.size() ? QStringLiteral(",") : QStringLiteral(".");
        QString text = recipients.at(i).trimmed();
        if (!text.endsWith(QLatin1Char(',')) && !text.endsWith(QLatin1Char('.')))
            text += end;
        cell.add(QStringLiteral("- ") + text, item, Qt::AlignLeft);
    }
}

} // namespace

void writeHeading(TextComposer &composer, DocumentStyle style, const DocumentHeading &heading)
{
    switch (style) {
    case DocumentStyle::Party:
        writePartyHeading(composer, heading);
        break;
    case DocumentStyle::State:
        writeStateHeading(composer, heading);
        break;
    case DocumentStyle::Plain:
        writePlainHeading(composer, heading);
        break;
    }
}

void writeClosing(TextComposer &composer, DocumentStyle style, const DocumentClosing &closing)
{
    composer.line(QString(), composer.font(composer.bodySize()), Qt::AlignLeft, 6, 0);
    QTextTable *table = composer.layoutTable(50);
    if (closing.signatures.size() >= 2) {
        writeSignature(composer, composer.cursorIn(table, 0), closing.signatures.at(0));
        writeSignature(composer, composer.cursorIn(table, 1), closing.signatures.at(1));
        composer.leaveTable();
        if (!closing.recipients.isEmpty()) {
            QTextTable *below = composer.layoutTable(50);
            writeRecipients(composer, style, composer.cursorIn(below, 0), closing.recipients);
            composer.leaveTable();
        }
        return;
    }
    writeRecipients(composer, style, composer.cursorIn(table, 0), closing.recipients);
    if (!closing.signatures.isEmpty())
        writeSignature(composer, composer.cursorIn(table, 1), closing.signatures.first());
    composer.leaveTable();
}

} // namespace vt::documents
