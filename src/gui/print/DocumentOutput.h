#pragma once

// Sends a composed document to the user's choice of output: the print
// preview (QPrintPreviewDialog), a printer (QPrintDialog) or a file (PDF, ODT,
// HTML). The same pages as the command line's PDF: paintPages() lays them out.

#include "documents/DocumentRender.h"
#include "reports/TableExport.h"

#include <QString>

class QTextDocument;
class QWidget;

namespace vt {

enum class OutputAction
{
    Preview,
    Print,
    ExportPdf,
    ExportOdt,
    ExportHtml
};

// Opens the preview; returns when the user closes it.
void previewDocument(QWidget *parent, QTextDocument &document, documents::DocumentStyle style,
                     const QString &title);
// Asks for a printer and prints; false when cancelled or failed.
bool printDocument(QWidget *parent, QTextDocument &document, documents::DocumentStyle style);
// Asks for a file name (suggested from `baseName`) and writes the file; false
// when cancelled or failed (the user has been told why).
bool exportDocument(QWidget *parent, QTextDocument &document, documents::DocumentStyle style,
                    documents::FileFormat format, const QString &baseName);

// The print preview of a list (limitation list, follow-up report) in the
// plain layout, dated today.
void previewList(QWidget *parent, const ReportTable &table);

// Runs one action; the file name for exports is asked for.
bool runOutput(QWidget *parent, OutputAction action, QTextDocument &document,
               documents::DocumentStyle style, const QString &title);

} // namespace vt
