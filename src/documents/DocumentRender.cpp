#include "documents/DocumentRender.h"

#include "documents/TextComposer.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextFrame>
#include <QTextTable>
#include <memory>

namespace vt::documents {
namespace {

constexpr qreal kPointsPerInch = 72.0;
// Each laid-out page is the text area plus a gap that is never shown (the
// root frame's bottom margin, which Qt applies on every page). Qt 6.4 draws
// the last line above a page as well, clipped; with the gap it lands above
// the paper, where no reader, search or text extraction sees it.
constexpr qreal kPageGapPx = 96; // 1 inch, in the 1/96 inch of frame margins
constexpr qreal kPageGapPt = kPageGapPx * kPointsPerInch / 96;

QPageLayout pageLayoutFor(DocumentStyle style)
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                       pageSetupFor(style).marginsMm, QPageLayout::Millimeter);
}

// A device of 72 dots per inch: laid out on it, one layout unit is one point
// on paper whatever the resolution of the printer or PDF.
QPaintDevice *pointDevice()
{
    static QImage device = [] {
        QImage image(1, 1, QImage::Format_ARGB32);
        const int dotsPerMeter = qRound(kPointsPerInch / 0.0254);
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        return image;
    }();
    return &device;
}

void drawPageNumber(QPainter &painter, DocumentStyle style, int page, int pageCount,
                    const QSizeF &body)
{
    const PageSetup setup = pageSetupFor(style);
    const qreal mm = kPointsPerInch / 25.4;
    // The painter is scaled to points, and a font's point size is converted
    // with the device's resolution first: divide it back out.
    QFont font(QStringLiteral("Liberation Serif"));
    font.setPointSizeF((style == DocumentStyle::Plain ? 10 : 13) * kPointsPerInch /
                       painter.device()->logicalDpiY());
    painter.setFont(font);
    painter.setPen(Qt::black);
    if (setup.numbers == PageNumbers::TopFromSecondPage) {
        if (page < 2)
            return;
        const qreal top = setup.marginsMm.top() * mm;
        painter.drawText(QRectF(0, -top, body.width(), top * 0.75),
                         Qt::AlignHCenter | Qt::AlignBottom, QString::number(page));
        return;
    }
    const qreal bottom = setup.marginsMm.bottom() * mm;
    painter.drawText(QRectF(0, body.height() + bottom * 0.25, body.width(), bottom * 0.5),
                     Qt::AlignHCenter | Qt::AlignVCenter,
                     Text::tr("Page %1 of %2").arg(page).arg(pageCount));
}

void collectTables(QTextFrame *frame, QList<QTextTable *> &tables)
{
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child))
            tables.append(table);
        collectTables(child, tables);
    }
}

// Qt 6.4's ODF writer starts a new table cell for every paragraph of a cell
// (LibreOffice then shows the heading's right column empty) and writes the
// font as "Sans" unless the pre-6.1 font family property is set. The ODT is
// written from a copy adjusted for both: the paragraphs of a cell become
// lines of one paragraph (space above a paragraph becomes blank lines), and
// every character carries the old family property.
std::unique_ptr<QTextDocument> odfCopy(const QTextDocument &document)
{
    std::unique_ptr<QTextDocument> copy(document.clone());
    QList<QTextTable *> tables;
    collectTables(copy->rootFrame(), tables);
    for (QTextTable *table : tables) {
        for (int row = 0; row < table->rows(); ++row) {
            for (int column = 0; column < table->columns(); ++column) {
                QTextCursor cursor = table->cellAt(row, column).firstCursorPosition();
                for (;;) {
                    cursor.movePosition(QTextCursor::EndOfBlock);
                    const QTextTableCell cell = table->cellAt(row, column);
                    if (cursor.position() >= cell.lastCursorPosition().position())
                        break;
                    const qreal above = cursor.block().next().blockFormat().topMargin();
                    cursor.deleteChar();
                    cursor.insertText(QString(1 + qRound(above / 20), QChar::LineSeparator));
                }
            }
        }
    }
    QTextCursor all(copy.get());
    all.select(QTextCursor::Document);
    QTextCharFormat family;
    constexpr int kOldFontFamily = 0x2000; // QTextFormat::FontFamily before Qt 6.1
    family.setProperty(kOldFontFamily, QStringLiteral("Liberation Serif"));
    all.mergeCharFormat(family);
    return copy;
}

// The photos of the minutes are resources of the document ("vt-photo:1"),
// which no browser can read: the HTML carries them as data URIs (JPEG), so
// the file stands alone and can be mailed or moved without a folder beside it.
QString htmlWithEmbeddedImages(const QTextDocument &document)
{
    const QString html = document.toHtml();
    static const QRegularExpression source(QStringLiteral(R"re(src="([^"]+)")re"));
    QString out;
    qsizetype done = 0;
    for (const QRegularExpressionMatch &match : source.globalMatch(html)) {
        const QString name = match.captured(1);
        if (name.startsWith(QLatin1String("data:")))
            continue;
        const QImage image =
            document.resource(QTextDocument::ImageResource, QUrl(name)).value<QImage>();
        if (image.isNull())
            continue;
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        image.convertToFormat(QImage::Format_RGB32).save(&buffer, "JPEG", 85);
        out += QStringView(html).mid(done, match.capturedStart(1) - done);
        out += QLatin1String("data:image/jpeg;base64,") + QString::fromLatin1(jpeg.toBase64());
        done = match.capturedEnd(1);
    }
    out += QStringView(html).mid(done);
    return out;
}

bool writeOdtOrHtml(QTextDocument &document, const QString &fileName, FileFormat format,
                    QString *error)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = Text::tr("Could not write “%1”: %2").arg(fileName, file.errorString());
        return false;
    }
    QByteArray bytes;
    bool ok = true;
    if (format == FileFormat::Odt) {
        // The ODF writer closes its device when done, which QSaveFile
        // forbids: it writes to memory first.
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QTextDocumentWriter writer(&buffer, "odf");
        ok = writer.write(odfCopy(document).get());
    } else {
        bytes = htmlWithEmbeddedImages(document).toUtf8();
    }
    ok = ok && file.write(bytes) == bytes.size();
    if (!ok || !file.commit()) {
        if (error)
            *error = Text::tr("Could not write “%1”: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

// The same as the ODT/HTML path but through a temporary file, because
// QPdfWriter writes to a device it must finish before the rename.
bool writePdf(QTextDocument &document, DocumentStyle style, const QString &fileName, QString *error)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = Text::tr("Could not write “%1”: %2").arg(fileName, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(1200);
        writer.setCreator(QStringLiteral("Visit Tracker"));
        writer.setTitle(document.metaInformation(QTextDocument::DocumentTitle));
        if (!paintPages(document, style, writer)) {
            file.cancelWriting();
            if (error)
                *error = Text::tr("Could not write “%1”: the PDF could not be drawn").arg(fileName);
            return false;
        }
    }
    if (!file.commit()) {
        if (error)
            *error = Text::tr("Could not write “%1”: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

} // namespace

std::optional<FileFormat> fileFormatFor(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return FileFormat::Pdf;
    if (suffix == QLatin1String("odt"))
        return FileFormat::Odt;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return FileFormat::Html;
    return std::nullopt;
}

namespace {

// The first block after `block` that prints something (spacers are empty).
QTextBlock nextPrinted(QTextBlock block)
{
    for (block = block.next(); block.isValid(); block = block.next()) {
        if (!block.text().isEmpty())
            return block;
    }
    return {};
}

// Set on the blocks keepBlocksWithNext() moved, so a later move of the
// block before them can take the page break back.
constexpr int kMovedToNextPage = QTextFormat::UserProperty + 2;

void setMoved(const QTextBlock &block, bool moved)
{
    QTextBlockFormat format = block.blockFormat();
    format.setPageBreakPolicy(moved ? QTextFormat::PageBreak_AlwaysBefore
                                    : QTextFormat::PageBreak_Auto);
    format.setProperty(kMovedToNextPage, moved);
    QTextCursor(block).setBlockFormat(format);
}

// Moves a block marked keep-with-next (TextComposer::keepWithNext) that ends
// up at the foot of a page apart from what follows it to the top of the next
// page. A chain (heading, list title, caption, table) moves as one: the
// break goes before its first block only. Relayouts after each move; false
// when nothing moved.
bool keepBlocksWithNext(QTextDocument &document, qreal pageHeight)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    const auto pageOf = [&](const QTextBlock &block) {
        return int(layout->blockBoundingRect(block).top() / pageHeight);
    };
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat format = block.blockFormat();
        if (!format.boolProperty(kKeepWithNext) ||
            (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore))
            continue;
        const QTextBlock next = nextPrinted(block);
        if (!next.isValid() || pageOf(next) <= pageOf(block))
            continue;
        for (QTextBlock chained = next; chained.isValid(); chained = nextPrinted(chained)) {
            if (chained.blockFormat().boolProperty(kMovedToNextPage))
                setMoved(chained, false);
            if (!chained.blockFormat().boolProperty(kKeepWithNext))
                break;
        }
        setMoved(block, true);
        return true;
    }
    return false;
}

} // namespace

int paginate(QTextDocument &document, DocumentStyle style)
{
    document.documentLayout()->setPaintDevice(pointDevice());
    const QRectF body = pageLayoutFor(style).paintRect(QPageLayout::Point);
    QTextFrameFormat root = document.rootFrame()->frameFormat();
    root.setBottomMargin(kPageGapPx);
    document.rootFrame()->setFrameFormat(root);
    document.setPageSize(QSizeF(body.width(), body.height() + kPageGapPt));
    // Bounded: each pass moves one block forward, never back.
    bool moved = false;
    for (int pass = 0; pass < 200 && keepBlocksWithNext(document, document.pageSize().height());
         ++pass)
        moved = true;
    // Qt relayouts from a changed block on; tables after it can keep stale
    // positions (a signature table over the sentence before it). Once more,
    // all of it.
    if (moved)
        document.markContentsDirty(0, document.characterCount());
    return document.pageCount();
}

bool paintPages(QTextDocument &document, DocumentStyle style, QPagedPaintDevice &device)
{
    // Full-page mode: the origin is the corner of the paper, so the page
    // numbers in the margin are inside what the device paints (engines clip
    // to the paint rect), and the margins are placed by us.
    QPageLayout layout = pageLayoutFor(style);
    layout.setMode(QPageLayout::FullPageMode);
    if (!device.setPageLayout(layout))
        return false;
    const int pageCount = paginate(document, style);
    const qreal pageHeight = document.pageSize().height();
    const QSizeF body(document.pageSize().width(), pageHeight - kPageGapPt);
    const QMarginsF margins = pageSetupFor(style).marginsMm * (kPointsPerInch / 25.4);
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    // Scale points to the device's dots.
    const qreal scale = device.logicalDpiY() / kPointsPerInch;
    painter.scale(scale, scale);
    painter.translate(margins.left(), margins.top());
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black);
    context.palette.setColor(QPalette::Dark, Qt::black); // the heading rules
    for (int page = 0; page < pageCount; ++page) {
        if (page > 0 && !device.newPage())
            return false;
        painter.save();
        const QRectF area(0, page * pageHeight, body.width(), body.height());
        painter.translate(0, -area.top());
        painter.setClipRect(area);
        // Qt draws, clipped, the lines of a paragraph that crosses the page
        // break on both pages. A line pushed to the next page starts exactly
        // at the break: a clip ending just before it keeps it off this page.
        // (The last line above the page is still drawn, invisible in the
        // margin: Qt 6.4 culls lines one too late at the top.)
        context.clip = area.adjusted(0, 0, 0, -0.01);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        drawPageNumber(painter, style, page + 1, pageCount, body);
    }
    return painter.end();
}

bool writeDocument(QTextDocument &document, DocumentStyle style, const QString &fileName,
                   FileFormat format, QString *error)
{
    if (format == FileFormat::Pdf)
        return writePdf(document, style, fileName, error);
    return writeOdtOrHtml(document, fileName, format, error);
}

} // namespace vt::documents
