#pragma once

// Puts a composed document on paper and into files. The document is laid out
// in points on A4 with the style's margins (pageSetupFor), so the preview,
// the printer and the PDF show the same pages; page numbers are drawn in the
// margin by the style's rule (official: from page 2, centred at the top).

#include "documents/DocumentTypes.h"

#include <QString>
#include <optional>

class QPagedPaintDevice;
class QTextDocument;

namespace vt::documents {

enum class FileFormat
{
    Pdf,
    Odt,
    Html
};

// By extension: .pdf .odt .html (.htm); nullopt for anything else.
std::optional<FileFormat> fileFormatFor(const QString &fileName);

// Sets the document's page size to the text area of A4 with the style's
// margins (in points) and returns the page count.
int paginate(QTextDocument &document, DocumentStyle style);

// Paints every page on a paged device (QPdfWriter, QPrinter) whose page
// layout it sets to A4 with the style's margins. False when the device cannot
// be painted on.
bool paintPages(QTextDocument &document, DocumentStyle style, QPagedPaintDevice &device);

// Writes the document; the target is complete or untouched (a temporary file
// beside it is renamed over it). False with a message naming the file.
bool writeDocument(QTextDocument &document, DocumentStyle style, const QString &fileName,
                   FileFormat format, QString *error);

// The document as reviewable text, for golden files: one line per block,
// table rows as cells joined by " | ", layout tables flattened, with the
// alignment and weight of each line as a prefix ("[C B] BIÊN BẢN").
QString outlineText(const QTextDocument &document);

} // namespace vt::documents
