// The golden-file view of a document (outlineText in DocumentRender.h):
// what each line says, how it is aligned and weighted, tables as rows of
// cells, so a test's diff reads like the page.

#include "documents/DocumentRender.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace vt::documents {
namespace {

QString prefixOf(const QTextBlock &block)
{
    const Qt::Alignment alignment = block.blockFormat().alignment();
    QString align = QStringLiteral("L");
    if (alignment & Qt::AlignHCenter)
        align = QStringLiteral("C");
    else if (alignment & Qt::AlignRight)
        align = QStringLiteral("R");
    else if (alignment & Qt::AlignJustify)
        align = QStringLiteral("J");
    QString weight;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextCharFormat format = it.fragment().charFormat();
        if (format.fontWeight() >= QFont::Bold && !weight.contains(QLatin1Char('B')))
            weight += QLatin1Char('B');
        if (format.fontItalic() && !weight.contains(QLatin1Char('I')))
            weight += QLatin1Char('I');
    }
    return QStringLiteral("[%1%2] ").arg(align,
                                         weight.isEmpty() ? QString() : QLatin1Char(' ') + weight);
}

void outlineFrame(const QTextFrame *frame, QStringList &lines);

QString cellText(const QTextTableCell &cell)
{
    QStringList parts;
    for (auto it = cell.begin(); !it.atEnd(); ++it) {
        if (it.currentBlock().isValid() && !it.currentBlock().text().isEmpty())
            parts << it.currentBlock().text();
    }
    return parts.join(QStringLiteral(" / ")).replace(QChar::LineSeparator, QStringLiteral(" / "));
}

void outlineTable(const QTextTable *table, QStringList &lines)
{
    // Layout tables (no border) are read column by column, as a reader does;
    // data tables row by row.
    if (table->format().border() <= 0) {
        for (int c = 0; c < table->columns(); ++c) {
            for (int r = 0; r < table->rows(); ++r) {
                const QTextTableCell cell = table->cellAt(r, c);
                for (auto it = cell.begin(); !it.atEnd(); ++it) {
                    const QTextBlock block = it.currentBlock();
                    if (block.isValid() && !block.text().isEmpty())
                        lines << prefixOf(block) + block.text().replace(QChar::LineSeparator,
                                                                        QStringLiteral("\\n"));
                }
            }
        }
        return;
    }
    for (int r = 0; r < table->rows(); ++r) {
        QStringList cells;
        for (int c = 0; c < table->columns(); ++c)
            cells << cellText(table->cellAt(r, c));
        lines << QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |");
    }
}

void outlineFrame(const QTextFrame *frame, QStringList &lines)
{
    for (auto it = frame->begin(); !it.atEnd(); ++it) {
        if (const QTextFrame *child = it.currentFrame()) {
            if (const auto *table = qobject_cast<const QTextTable *>(child))
                outlineTable(table, lines);
            else
                outlineFrame(child, lines);
        } else {
            const QTextBlock block = it.currentBlock();
            if (block.isValid() && !block.text().isEmpty())
                lines << prefixOf(block) +
                             block.text().replace(QChar::LineSeparator, QStringLiteral("\\n"));
        }
    }
}

} // namespace

QString outlineText(const QTextDocument &document)
{
    QStringList lines;
    outlineFrame(document.rootFrame(), lines);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace vt::documents
