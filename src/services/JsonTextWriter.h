#pragma once

// Writes JSON text with members in the order they are given. QJsonDocument
// sorts object members by name; the interchange format wants its documented
// order (ref, title, kind, ...), stable to the byte so that export -> import
// -> export gives identical files.
//
// Layout: 2-space indentation, "name": value, UTF-8 without \u escapes for
// non-ASCII text, numbers in their shortest round-trip form, a final newline.

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QStringView>

#include <utility>

namespace vt::json {

class TextWriter final
{
public:
    enum class Layout
    {
        Indented, // the layout above
        Compact   // no line breaks, no spaces, no final newline (the change history)
    };
    explicit TextWriter(Layout layout = Layout::Indented) : m_compact(layout == Layout::Compact) {}

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();

    // The name of the next member of the current object.
    void name(QLatin1StringView name);
    void name(const QString &name);

    void string(const QString &value);
    void number(double value);
    void integer(qint64 value);
    void boolean(bool value);
    // Any JSON value, e.g. an extension; object members in name order.
    void value(const QJsonValue &value);

    // The finished text, ending with a newline.
    QByteArray take();
    // The text written so far, handed out before the rest is written (a
    // document written out in pieces); the writer goes on where it was.
    QByteArray takeWritten() { return std::exchange(m_out, {}); }
    qsizetype writtenSize() const { return m_out.size(); }

private:
    struct Container
    {
        bool isArray = false;
        int count = 0;
    };

    void beginValue();
    void open(char bracket, bool isArray);
    void close(char bracket);
    void newLine();
    void quoted(const QString &text);

    QByteArray m_out;
    QList<Container> m_open;
    bool m_afterName = false;
    bool m_compact = false;
};

} // namespace vt::json
