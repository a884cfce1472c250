#pragma once

// A list as users export it: a title, a header row and text cells. One table
// is written as CSV (UTF-8 with BOM, for Excel), XLSX (real cells, widths, a
// header row) or an A4 PDF (repeated header row, page numbers).

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace vt {

struct ReportTable
{
    QString title;       // printed above the table, and the XLSX sheet name
    QString subtitle;    // filters and as-of date, printed under the title
    QStringList headers; // one per column
    QList<QStringList> rows;
    QList<int> columnWidths; // in characters, one per column (guides XLSX and PDF)
};

enum class TableFormat
{
    Csv,
    Xlsx,
    Pdf
};

// The format for a file name by its extension (.csv .xlsx .pdf); nullopt if none fits.
std::optional<TableFormat> tableFormatFor(const QString &fileName);

// Writes the table; false with a message naming the file when it cannot. The
// target is written completely or not at all.
bool writeTable(const ReportTable &table, const QString &fileName, TableFormat format,
                QString *error);

} // namespace vt
