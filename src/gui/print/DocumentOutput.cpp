#include "gui/print/DocumentOutput.h"

#include "documents/MeetingDocuments.h"
#include "domain/Clock.h"
#include "gui/FileDialogs.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QTextDocument>

namespace vt {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(vt::DocumentOutput)
};

// A file name without characters that file systems refuse.
QString safeName(const QString &name)
{
    QString safe = name;
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|\t\n\r");
    for (QChar &c : safe) {
        if (forbidden.contains(c))
            c = QLatin1Char('_');
    }
    return safe.simplified().left(100);
}

} // namespace

void previewDocument(QWidget *parent, QTextDocument &document, documents::DocumentStyle style,
                     const QString &title)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(title);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setObjectName(QStringLiteral("documentPrintPreview"));
    preview.setWindowTitle(Text::tr("Print preview — %1").arg(title));
    preview.resize(900, 1000);
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                     [&](QPrinter *target) { documents::paintPages(document, style, *target); });
    preview.exec();
}

bool printDocument(QWidget *parent, QTextDocument &document, documents::DocumentStyle style)
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(Text::tr("Print"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (!documents::paintPages(document, style, printer)) {
        QMessageBox::critical(parent, Text::tr("Printing failed"),
                              Text::tr("The document could not be sent to the printer."));
        return false;
    }
    return true;
}

bool exportDocument(QWidget *parent, QTextDocument &document, documents::DocumentStyle style,
                    documents::FileFormat format, const QString &baseName)
{
    QString suffix;
    QString filter;
    switch (format) {
    case documents::FileFormat::Pdf:
        suffix = QStringLiteral(".pdf");
        filter = Text::tr("PDF documents (*.pdf)");
        break;
    case documents::FileFormat::Odt:
        suffix = QStringLiteral(".odt");
        filter = Text::tr("OpenDocument text (*.odt)");
        break;
    case documents::FileFormat::Html:
        suffix = QStringLiteral(".html");
        filter = Text::tr("Web pages (*.html *.htm)");
        break;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString fileName =
        FileDialogs::saveFileName(parent, Text::tr("Export the document"),
                                  folder + QLatin1Char('/') + safeName(baseName) + suffix, filter);
    if (fileName.isEmpty())
        return false;
    if (documents::fileFormatFor(fileName) != format)
        fileName += suffix;
    QString error;
    if (!documents::writeDocument(document, style, fileName, format, &error)) {
        QMessageBox::critical(parent, Text::tr("Export failed"), error);
        return false;
    }
    return true;
}

void previewList(QWidget *parent, const ReportTable &table)
{
    documents::ListHeading heading;
    heading.date = Clock::today();
    const auto document = documents::composeList(table, documents::DocumentStyle::Plain, heading);
    previewDocument(parent, *document, documents::DocumentStyle::Plain, table.title);
}

bool runOutput(QWidget *parent, OutputAction action, QTextDocument &document,
               documents::DocumentStyle style, const QString &title)
{
    switch (action) {
    case OutputAction::Preview:
        previewDocument(parent, document, style, title);
        return true;
    case OutputAction::Print:
        return printDocument(parent, document, style);
    case OutputAction::ExportPdf:
        return exportDocument(parent, document, style, documents::FileFormat::Pdf, title);
    case OutputAction::ExportOdt:
        return exportDocument(parent, document, style, documents::FileFormat::Odt, title);
    case OutputAction::ExportHtml:
        return exportDocument(parent, document, style, documents::FileFormat::Html, title);
    }
    return false;
}

} // namespace vt
