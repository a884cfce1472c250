#include "documents/TextComposer.h"

#include <QTextBlockFormat>
#include <QTextDocument>
#include <QTextTable>
#include <QTextTableFormat>

namespace vt::documents {
namespace {

// Times New Roman metrics (DOMAIN.md); Liberation Serif is metric-compatible
// and has every Vietnamese letter.
const QString kFamily = QStringLiteral("Liberation Serif");
constexpr qreal kIndent = 37.8; // 1 cm first-line indent (in 1/96 inch), as offices set it

QTextBlockFormat blockFormat(Qt::Alignment alignment, qreal before, qreal after)
{
    QTextBlockFormat format;
    format.setAlignment(alignment);
    format.setTopMargin(before);
    format.setBottomMargin(after);
    return format;
}

} // namespace

TextComposer::TextComposer(QTextDocument &document, qreal bodySize)
    : m_document(document), m_cursor(&document), m_bodySize(bodySize)
{
    QFont font(kFamily);
    font.setPointSizeF(bodySize);
    m_document.setDefaultFont(font);
    m_document.setDocumentMargin(0);
    m_document.setUseDesignMetrics(true);
}

QTextCharFormat TextComposer::font(qreal size, bool bold, bool italic) const
{
    QTextCharFormat format;
    format.setFontFamilies({kFamily});
    format.setFontPointSize(size);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    format.setFontItalic(italic);
    return format;
}

void TextComposer::insertLines(const QString &text, const QTextCharFormat &format)
{
    // Line breaks the user typed are kept as line breaks within the block, so
    // they print where they were typed; carriage returns are dropped.
    QString normalised = text;
    normalised.remove(QLatin1Char('\r'));
    normalised.replace(QLatin1Char('\n'), QChar::LineSeparator);
    m_cursor.insertText(normalised, format);
}

void TextComposer::line(const QString &text, const QTextCharFormat &format, Qt::Alignment alignment,
                        qreal spaceBefore, qreal spaceAfter)
{
    const QTextBlockFormat block = blockFormat(alignment, spaceBefore, spaceAfter);
    if (m_empty && m_cursor.atStart() && m_cursor.block().length() == 1 &&
        !m_cursor.currentTable()) {
        m_cursor.setBlockFormat(block);
        m_cursor.setBlockCharFormat(format);
    } else {
        m_cursor.insertBlock(block, format);
    }
    m_empty = false;
    insertLines(text, format);
}

void TextComposer::paragraph(const QString &text)
{
    line(QString(), font(m_bodySize), Qt::AlignJustify, 0, 6);
    QTextBlockFormat block = m_cursor.blockFormat();
    block.setTextIndent(kIndent);
    m_cursor.setBlockFormat(block);
    insertLines(text, font(m_bodySize));
}

void TextComposer::labelled(const QString &label, const QString &text)
{
    line(label, font(m_bodySize, true), Qt::AlignJustify, 0, 6);
    QTextBlockFormat block = m_cursor.blockFormat();
    block.setTextIndent(kIndent);
    m_cursor.setBlockFormat(block);
    if (!text.isEmpty())
        insertLines(QStringLiteral(" ") + text, font(m_bodySize));
    else
        keepWithNext(); // a list title: "1. Đoàn công tác ...:"
}

void TextComposer::heading(const QString &text)
{
    line(text, font(m_bodySize, true), Qt::AlignLeft, 6, 6);
    QTextBlockFormat block = m_cursor.blockFormat();
    block.setTextIndent(kIndent);
    block.setProperty(kKeepWithNext, true);
    m_cursor.setBlockFormat(block);
}

void TextComposer::item(const QString &text)
{
    line(QString(), font(m_bodySize), Qt::AlignJustify, 0, 4);
    QTextBlockFormat block = m_cursor.blockFormat();
    block.setTextIndent(kIndent);
    m_cursor.setBlockFormat(block);
    insertLines(QStringLiteral("- ") + text, font(m_bodySize));
}

void TextComposer::keepWithNext()
{
    QTextBlockFormat block = m_cursor.blockFormat();
    block.setProperty(kKeepWithNext, true);
    m_cursor.setBlockFormat(block);
}

void TextComposer::table(const QList<TableColumn> &columns, const QList<QStringList> &rows)
{
    line(QString(), font(m_bodySize / 2), Qt::AlignLeft, 0, 0);
    QTextTableFormat format;
    format.setBorder(1); // 0.75 pt: Qt scales lengths by dpi / 96, and rounds 0.5 to nothing
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderBrush(Qt::black);
    format.setBorderCollapse(true);
    format.setCellPadding(3);
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setHeaderRowCount(1); // repeated at the top of every page
    QList<QTextLength> widths;
    for (const TableColumn &column : columns)
        widths.append(QTextLength(QTextLength::PercentageLength, column.percent));
    format.setColumnWidthConstraints(widths);
    format.setBottomMargin(6);

    const int columnCount = int(columns.size());
    QTextTable *table = m_cursor.insertTable(int(rows.size()) + 1, columnCount, format);
    const qreal size = m_bodySize - 1;
    for (int c = 0; c < columnCount; ++c) {
        QTextCursor cell = table->cellAt(0, c).firstCursorPosition();
        cell.setBlockFormat(blockFormat(Qt::AlignCenter, 0, 0));
        cell.insertText(columns.at(c).header, font(size, true));
    }
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < columnCount; ++c) {
            QTextCursor cell = table->cellAt(r + 1, c).firstCursorPosition();
            cell.setBlockFormat(blockFormat(columns.at(c).alignment, 0, 0));
            QString text = rows.at(r).value(c);
            text.remove(QLatin1Char('\r'));
            text.replace(QLatin1Char('\n'), QChar::LineSeparator);
            cell.insertText(text, font(size));
        }
    }
    leaveTable();
}

void TextComposer::rule(qreal percent)
{
    // An empty block carrying a trailing rule: Qt draws it centred, at the
    // block's middle, in the palette's Dark colour (set to black when painting).
    line(QString(), font(4), Qt::AlignCenter, 0, 0);
    QTextBlockFormat block = m_cursor.blockFormat();
    block.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth,
                      QTextLength(QTextLength::PercentageLength, percent));
    m_cursor.setBlockFormat(block);
}

QTextTable *TextComposer::layoutTable(int leftPercent)
{
    line(QString(), font(2), Qt::AlignLeft, 0, 0);
    QTextTableFormat format;
    format.setBorder(0);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    format.setCellPadding(0);
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setColumnWidthConstraints(
        {QTextLength(QTextLength::PercentageLength, leftPercent),
         QTextLength(QTextLength::PercentageLength, 100 - leftPercent)});
    return m_cursor.insertTable(1, 2, format);
}

QTextCursor TextComposer::cursorIn(QTextTable *table, int column)
{
    return table->cellAt(0, column).firstCursorPosition();
}

void TextComposer::leaveTable()
{
    m_cursor.movePosition(QTextCursor::End);
}

void writeSignature(TextComposer &composer, QTextCursor cursor, const Signature &signature)
{
    const QTextCharFormat bold = composer.font(composer.bodySize(), true);
    QTextBlockFormat centred;
    centred.setAlignment(Qt::AlignCenter);
    bool first = true;
    auto add = [&](const QString &text, const QTextCharFormat &format, qreal before) {
        QTextBlockFormat block = centred;
        block.setTopMargin(before);
        if (first)
            cursor.setBlockFormat(block);
        else
            cursor.insertBlock(block, format);
        first = false;
        cursor.insertText(text, format);
    };
    for (const QString &title : signature.titleLines)
        add(title, bold, 0);
    // Room for the signature and the seal: about four lines.
    add(signature.name, bold, composer.bodySize() * 5);
}

} // namespace vt::documents
