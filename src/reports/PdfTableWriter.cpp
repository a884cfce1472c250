#include "reports/TableWriters.h"

#include <QFile>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextOption>

namespace vt::table_writers {
namespace {

// A vertical piece of one row on one page. Rows taller than a page are cut
// between lines of text, so nothing is clipped.
struct Slice
{
    int row = 0;
    qreal offset = 0; // from the top of the row
    qreal height = 0;
    qreal y = 0; // on the page
};

struct Page
{
    QList<Slice> slices;
};

class PdfTable
{
public:
    PdfTable(const ReportTable &table, QPdfWriter &writer, QPainter &painter)
        : m_table(table), m_painter(painter)
    {
        const QRect area = writer.pageLayout().paintRectPixels(writer.resolution());
        m_width = area.width();
        m_height = area.height();
        // Liberation Serif is metric-compatible with Times New Roman, the font
        // of official documents, and has every Vietnamese letter.
        m_body = QFont(QStringLiteral("Liberation Serif"), 10);
        m_header = m_body;
        m_header.setBold(true);
        m_title = QFont(QStringLiteral("Liberation Serif"), 14, QFont::Bold);
        m_small = QFont(QStringLiteral("Liberation Serif"), 9);
        m_pad = writer.resolution() / 25.4 * 1.2; // 1.2 mm
        m_option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        placeColumns();
    }

    void paint()
    {
        const QList<Page> pages = paginate();
        for (qsizetype p = 0; p < pages.size(); ++p) {
            if (p > 0)
                static_cast<QPdfWriter *>(m_painter.device())->newPage();
            if (p == 0)
                paintTitle();
            const qreal headerTop = p == 0 ? m_titleHeight : 0;
            paintRow(m_table.headers, m_header, headerTop, 0, m_headerHeight, m_headerHeight);
            for (const Slice &slice : pages.at(p).slices)
                paintRow(m_table.rows.at(slice.row), m_body, slice.y, slice.offset, slice.height,
                         m_rowHeights.at(slice.row));
            paintFooter(int(p) + 1, int(pages.size()));
        }
    }

private:
    void placeColumns()
    {
        const qsizetype count = m_table.headers.size();
        qreal total = 0;
        for (qsizetype c = 0; c < count; ++c)
            total += weight(c);
        qreal x = 0;
        for (qsizetype c = 0; c < count; ++c) {
            const qreal w = total > 0 ? m_width * weight(c) / total : 0;
            m_columns.append({x, w});
            x += w;
        }
    }

    qreal weight(qsizetype column) const
    {
        return column < m_table.columnWidths.size() ? qMax(4, m_table.columnWidths.at(column)) : 15;
    }

    qreal textHeight(const QString &text, const QFont &font, qreal width)
    {
        if (text.isEmpty())
            return 0;
        m_painter.setFont(font);
        return m_painter.boundingRect(QRectF(0, 0, width, 1e9), text, m_option).height();
    }

    qreal rowHeight(const QStringList &cells, const QFont &font)
    {
        qreal height = QFontMetricsF(font, m_painter.device()).lineSpacing();
        for (qsizetype c = 0; c < cells.size() && c < m_columns.size(); ++c)
            height =
                qMax(height, textHeight(cells.at(c), font, m_columns.at(c).second - 2 * m_pad));
        return height + 2 * m_pad;
    }

    QList<Page> paginate()
    {
        const qreal line = QFontMetricsF(m_body, m_painter.device()).lineSpacing();
        m_titleHeight = textHeight(m_table.title, m_title, m_width) +
                        textHeight(m_table.subtitle, m_small, m_width) + 3 * m_pad;
        m_headerHeight = rowHeight(m_table.headers, m_header);
        const qreal bottom =
            m_height - 2 * QFontMetricsF(m_small, m_painter.device()).lineSpacing();
        QList<Page> pages(1);
        qreal y = m_titleHeight + m_headerHeight;
        const auto newPage = [&] {
            pages.append(Page());
            y = m_headerHeight;
        };
        for (qsizetype r = 0; r < m_table.rows.size(); ++r) {
            const qreal height = rowHeight(m_table.rows.at(r), m_body);
            m_rowHeights.append(height);
            // A row that fits on a fresh page is never split.
            if (y + height > bottom && height <= bottom - m_headerHeight &&
                !pages.last().slices.isEmpty())
                newPage();
            qreal offset = 0;
            while (offset < height) {
                const qreal rest = height - offset;
                if (y + rest <= bottom) {
                    pages.last().slices.append({int(r), offset, rest, y});
                    y += rest;
                    break;
                }
                const qreal lead = offset == 0 ? m_pad : 0;
                const int lines = int((bottom - y - lead) / line);
                if (lines < 1) {
                    newPage();
                    continue;
                }
                const qreal take = lead + lines * line;
                pages.last().slices.append({int(r), offset, take, y});
                offset += take;
                newPage();
            }
        }
        return pages;
    }

    void paintTitle()
    {
        m_painter.setFont(m_title);
        const qreal titleHeight = textHeight(m_table.title, m_title, m_width);
        QTextOption centered(m_option);
        centered.setAlignment(Qt::AlignHCenter);
        m_painter.setFont(m_title);
        m_painter.drawText(QRectF(0, 0, m_width, titleHeight), m_table.title, centered);
        m_painter.setFont(m_small);
        m_painter.drawText(QRectF(0, titleHeight + m_pad, m_width, m_titleHeight), m_table.subtitle,
                           centered);
    }

    void paintRow(const QStringList &cells, const QFont &font, qreal y, qreal offset, qreal height,
                  qreal fullHeight)
    {
        m_painter.setFont(font);
        m_painter.setPen(QPen(Qt::black, 0));
        if (&font == &m_header)
            m_painter.fillRect(QRectF(0, y, m_width, height), QColor(0xDD, 0xE4, 0xEE));
        for (qsizetype c = 0; c < m_columns.size(); ++c) {
            const auto [x, w] = m_columns.at(c);
            const QRectF cell(x, y, w, height);
            m_painter.drawRect(cell);
            if (c >= cells.size())
                continue;
            m_painter.save();
            m_painter.setClipRect(cell);
            m_painter.drawText(QRectF(x + m_pad, y - offset + m_pad, w - 2 * m_pad, fullHeight),
                               cells.at(c), m_option);
            m_painter.restore();
        }
    }

    void paintFooter(int page, int pageCount)
    {
        m_painter.setFont(m_small);
        const qreal line = QFontMetricsF(m_small, m_painter.device()).lineSpacing();
        m_painter.drawText(QRectF(0, m_height - line, m_width, line), Qt::AlignCenter,
                           table_writers::Text::tr("Page %1/%2").arg(page).arg(pageCount));
    }

    const ReportTable &m_table;
    QPainter &m_painter;
    QFont m_body, m_header, m_title, m_small;
    QTextOption m_option;
    QList<std::pair<qreal, qreal>> m_columns; // x, width
    QList<qreal> m_rowHeights;
    qreal m_width = 0;
    qreal m_height = 0;
    qreal m_pad = 0;
    qreal m_titleHeight = 0;
    qreal m_headerHeight = 0;
};

bool paintPdf(const ReportTable &table, const QString &path)
{
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setTitle(table.title);
    writer.setCreator(QStringLiteral("Visit Tracker"));
    // Wide lists (a text column and several short ones) read better across.
    qreal widths = 0;
    for (int width : table.columnWidths)
        widths += width;
    const auto orientation = widths > 110 ? QPageLayout::Landscape : QPageLayout::Portrait;
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), orientation,
                                     QMarginsF(15, 15, 15, 12), QPageLayout::Millimeter));
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    PdfTable(table, writer, painter).paint();
    return painter.end();
}

} // namespace

bool writePdf(const ReportTable &table, const QString &fileName, QString *error)
{
    // Fonts need the graphics system; a headless command must start one
    // (QGuiApplication on the offscreen platform).
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        if (error)
            *error =
                table_writers::Text::tr("Cannot write %1: PDF output needs the graphics system.")
                    .arg(fileName);
        return false;
    }
    const QString temporary = temporaryPathBeside(fileName, error);
    if (temporary.isEmpty())
        return false;
    if (!paintPdf(table, temporary)) {
        QFile::remove(temporary);
        if (error)
            *error = table_writers::Text::tr("Cannot write %1: the PDF could not be drawn.")
                         .arg(fileName);
        return false;
    }
    return replaceWith(temporary, fileName, error);
}

} // namespace vt::table_writers
