#pragma once

// Writes a document into a QTextDocument through QTextCursor, never through
// HTML: whatever users typed (<script>, &, quotes, tabs, line breaks, emoji)
// is inserted as text and prints literally. Font sizes are in points; other
// lengths (margins, indents, padding) are CSS pixels of 1/96 inch, which Qt
// scales to the device the document is laid out on (DocumentRender.h).

#include <QList>
#include <QString>
#include <QStringList>
#include <QTextCharFormat>
#include <QTextCursor>

class QTextDocument;
class QTextTable;

namespace vt::documents {

struct TableColumn
{
    QString header;
    int percent = 10; // of the text width
    Qt::Alignment alignment = Qt::AlignLeft;
};

// A signature block: "T/M ĐOÀN CÔNG TÁC" / "TRƯỞNG ĐOÀN" / (space) / name.
struct Signature
{
    QStringList titleLines; // in capitals, bold
    QString name;
};

class TextComposer final
{
public:
    // bodySize: 14 (official) or 13 pt.
    TextComposer(QTextDocument &document, qreal bodySize);

    QTextCharFormat font(qreal size, bool bold = false, bool italic = false) const;
    qreal bodySize() const { return m_bodySize; }

    // A block of one format; `text` may hold line breaks (they become blocks).
    void line(const QString &text, const QTextCharFormat &format, Qt::Alignment alignment,
              qreal spaceBefore = 0, qreal spaceAfter = 0);
    // A justified body paragraph with its first line indented.
    void paragraph(const QString &text);
    // "Label: text" with the label bold, justified, indented.
    void labelled(const QString &label, const QString &text);
    // A section heading ("I. THÀNH PHẦN THAM DỰ"), bold, left, space before.
    void heading(const QString &text);
    // A dash item ("- text"), justified with a hanging indent.
    void item(const QString &text);
    // A bordered table with a header row repeated on every page.
    void table(const QList<TableColumn> &columns, const QList<QStringList> &rows);
    // A centred rule of the given width (percent of its frame), as under
    // "ĐẢNG CỘNG SẢN VIỆT NAM" and the national motto.
    void rule(qreal percent);
    // A borderless two-column table for headings and signature blocks; returns
    // it so the caller fills its cells with cursorIn().
    QTextTable *layoutTable(int leftPercent);
    QTextCursor cursorIn(QTextTable *table, int column);
    // Back to the end of the document after filling a layout table.
    void leaveTable();

    // Keeps the current block on the page of what follows it (a heading with
    // its first item, a caption with its table, the closing sentence with the
    // signatures); paginate() moves it to the next page when they part.
    void keepWithNext();

    QTextCursor &cursor() { return m_cursor; }

private:
    void insertLines(const QString &text, const QTextCharFormat &format);

    QTextDocument &m_document;
    QTextCursor m_cursor;
    qreal m_bodySize;
    bool m_empty = true; // the first block is the document's own, not inserted
};

// The block property keepWithNext() sets.
constexpr int kKeepWithNext = QTextFormat::UserProperty + 1;

// The signature cell: bold title lines, room to sign, the name in bold.
void writeSignature(TextComposer &composer, QTextCursor cursor, const Signature &signature);

} // namespace vt::documents
