#include "reports/TableWriters.h"

#include <QDate>
#include <QFile>
#include <QRegularExpression>

#include <xlsxwriter.h>

namespace vt::table_writers {
namespace {

// Excel refuses longer cell text and these characters in sheet names.
constexpr int kMaxCellLength = 32767;
constexpr int kMaxSheetName = 31;

QByteArray cellText(const QString &text)
{
    if (text.size() <= kMaxCellLength)
        return text.toUtf8();
    return (text.left(kMaxCellLength - 1) + QChar(0x2026)).toUtf8();
}

// The tables write dates as dd/MM/yyyy; in a workbook they become real dates
// (shown the same way) so that Excel sorts and filters them as dates.
QDate cellDate(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{2}/\\d{2}/\\d{4}$"));
    return shape.match(text).hasMatch() ? QDate::fromString(text, QStringLiteral("dd/MM/yyyy"))
                                        : QDate();
}

QByteArray sheetName(const QString &title)
{
    QString name = title;
    name.remove(QRegularExpression(QStringLiteral("[\\[\\]:*?/\\\\']")));
    name = name.simplified().left(kMaxSheetName);
    return (name.isEmpty() ? QStringLiteral("Sheet1") : name).toUtf8();
}

// Writes the workbook to `path`; the caller moves it into place.
bool writeWorkbook(const ReportTable &table, const QString &path, QString *problem)
{
    lxw_workbook *workbook = workbook_new(QFile::encodeName(path).constData());
    if (!workbook) {
        *problem = table_writers::Text::tr("the spreadsheet could not be created");
        return false;
    }
    // The C API takes char * but copies the text.
    QByteArray title = table.title.toUtf8();
    QByteArray subject = table.subtitle.toUtf8();
    lxw_doc_properties properties = {};
    properties.title = title.data();
    properties.subject = subject.data();
    workbook_set_properties(workbook, &properties);

    lxw_worksheet *sheet = workbook_add_worksheet(workbook, sheetName(table.title).constData());
    lxw_format *header = workbook_add_format(workbook);
    format_set_bold(header);
    format_set_bg_color(header, 0xDDE4EE);
    format_set_border(header, LXW_BORDER_THIN);
    format_set_text_wrap(header);
    format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *cell = workbook_add_format(workbook);
    format_set_text_wrap(cell);
    format_set_align(cell, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *dateCell = workbook_add_format(workbook);
    format_set_num_format(dateCell, "dd/mm/yyyy");
    format_set_align(dateCell, LXW_ALIGN_VERTICAL_TOP);

    const auto columns = lxw_col_t(table.headers.size());
    for (lxw_col_t c = 0; c < columns; ++c) {
        const int width = c < table.columnWidths.size() ? table.columnWidths.at(c) : 15;
        worksheet_set_column(sheet, c, c, qBound(6, width, 120), cell);
        worksheet_write_string(sheet, 0, c, cellText(table.headers.at(c)).constData(), header);
    }
    lxw_row_t row = 1;
    for (const QStringList &values : table.rows) {
        for (lxw_col_t c = 0; c < columns && c < lxw_col_t(values.size()); ++c) {
            if (values.at(c).isEmpty())
                continue;
            if (const QDate date = cellDate(values.at(c)); date.isValid()) {
                lxw_datetime when = {date.year(), date.month(), date.day(), 0, 0, 0};
                worksheet_write_datetime(sheet, row, c, &when, dateCell);
            } else {
                worksheet_write_string(sheet, row, c, cellText(values.at(c)).constData(), cell);
            }
        }
        ++row;
    }
    // A header that stays in view, filters on it, and the same on paper.
    worksheet_freeze_panes(sheet, 1, 0);
    if (columns > 0)
        worksheet_autofilter(sheet, 0, 0, row - 1, columns - 1);
    worksheet_repeat_rows(sheet, 0, 0);
    worksheet_set_paper(sheet, 9); // A4
    worksheet_set_landscape(sheet);
    const QByteArray pageHeader = (QStringLiteral("&C") + table.title).toUtf8();
    worksheet_set_header(sheet, pageHeader.constData());
    worksheet_set_footer(sheet, "&C&P/&N");

    const lxw_error result = workbook_close(workbook);
    if (result != LXW_NO_ERROR) {
        *problem = QString::fromUtf8(lxw_strerror(result));
        return false;
    }
    return true;
}

} // namespace

bool writeXlsx(const ReportTable &table, const QString &fileName, QString *error)
{
    const QString temporary = temporaryPathBeside(fileName, error);
    if (temporary.isEmpty())
        return false;
    QString problem;
    if (!writeWorkbook(table, temporary, &problem)) {
        QFile::remove(temporary);
        if (error)
            *error = table_writers::Text::tr("Cannot write %1: %2").arg(fileName, problem);
        return false;
    }
    return replaceWith(temporary, fileName, error);
}

} // namespace vt::table_writers
