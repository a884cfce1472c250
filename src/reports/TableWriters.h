#pragma once

// The writers behind writeTable(), one per format (private to reports/). Each
// writes the whole file or leaves the target untouched.

#include "reports/TableExport.h"

#include <QCoreApplication>

namespace vt::table_writers {

// lupdate and the translator share this context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(vt::TableExport)
};

bool writeCsv(const ReportTable &table, const QString &fileName, QString *error);
bool writeXlsx(const ReportTable &table, const QString &fileName, QString *error);
bool writePdf(const ReportTable &table, const QString &fileName, QString *error);

// CSV text of the table (header and rows), without BOM: one record a line,
// fields quoted where they hold a comma, quote or line break (RFC 4180).
QByteArray csvText(const ReportTable &table);

// A unique file beside `target` for writers that cannot use QSaveFile; the
// caller renames it over the target when done, or removes it.
QString temporaryPathBeside(const QString &target, QString *error);
bool replaceWith(const QString &temporary, const QString &target, QString *error);

} // namespace vt::table_writers
