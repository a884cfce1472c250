#include "services/JsonTextWriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QVariant>
#include <cmath>
#include <utility>

namespace vt::json {
namespace {

constexpr int kIndent = 2;
// Below this magnitude every whole double is exact and prints as an integer;
// "100000" reads better than the "1e+05" of the shortest %g form.
constexpr double kExactWholeLimit = 1e15;

} // namespace

void TextWriter::newLine()
{
    if (m_compact)
        return;
    m_out.append('\n');
    m_out.append(m_open.size() * kIndent, ' ');
}

void TextWriter::beginValue()
{
    if (m_afterName) {
        m_afterName = false; // the value follows its name on the same line
        return;
    }
    if (m_open.isEmpty())
        return;
    if (m_open.last().count++ > 0)
        m_out.append(',');
    newLine();
}

void TextWriter::open(char bracket, bool isArray)
{
    beginValue();
    m_out.append(bracket);
    m_open.append({isArray, 0});
}

void TextWriter::close(char bracket)
{
    const Container closed = m_open.takeLast();
    if (closed.count > 0) // an empty container stays on one line: [] or {}
        newLine();
    m_out.append(bracket);
}

void TextWriter::beginObject()
{
    open('{', false);
}
void TextWriter::endObject()
{
    close('}');
}
void TextWriter::beginArray()
{
    open('[', true);
}
void TextWriter::endArray()
{
    close(']');
}

void TextWriter::name(QLatin1StringView name)
{
    this->name(QString(name));
}

void TextWriter::name(const QString &name)
{
    beginValue();
    quoted(name);
    m_out.append(m_compact ? ":" : ": ");
    m_afterName = true;
}

void TextWriter::quoted(const QString &text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    m_out.append('"');
    // UTF-8 bytes of non-ASCII characters are all >= 0x80, so escaping works
    // byte by byte.
    for (const char c : text.toUtf8()) {
        const auto byte = static_cast<unsigned char>(c);
        switch (byte) {
        case '"':
            m_out.append("\\\"");
            break;
        case '\\':
            m_out.append("\\\\");
            break;
        case '\b':
            m_out.append("\\b");
            break;
        case '\f':
            m_out.append("\\f");
            break;
        case '\n':
            m_out.append("\\n");
            break;
        case '\r':
            m_out.append("\\r");
            break;
        case '\t':
            m_out.append("\\t");
            break;
        default:
            if (byte < 0x20) {
                m_out.append("\\u00");
                m_out.append(kHex[byte >> 4]);
                m_out.append(kHex[byte & 0xf]);
            } else {
                m_out.append(c);
            }
        }
    }
    m_out.append('"');
}

void TextWriter::string(const QString &value)
{
    beginValue();
    quoted(value);
}

void TextWriter::number(double value)
{
    beginValue();
    if (!std::isfinite(value)) // JSON has no infinities; validation keeps them out
        m_out.append("null");
    else if (value == std::trunc(value) && std::fabs(value) < kExactWholeLimit)
        m_out.append(QByteArray::number(qint64(value)));
    else
        m_out.append(QByteArray::number(value, 'g', QLocale::FloatingPointShortest));
}

void TextWriter::integer(qint64 value)
{
    beginValue();
    m_out.append(QByteArray::number(value));
}

void TextWriter::boolean(bool value)
{
    beginValue();
    m_out.append(value ? "true" : "false");
}

void TextWriter::value(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        beginValue();
        m_out.append("null");
        break;
    case QJsonValue::Bool:
        boolean(value.toBool());
        break;
    case QJsonValue::Double:
        // Integers beyond 2^53 survive parsing as qint64; keep them exact.
        if (value.toVariant().typeId() == QMetaType::LongLong)
            integer(value.toInteger());
        else
            number(value.toDouble());
        break;
    case QJsonValue::String:
        string(value.toString());
        break;
    case QJsonValue::Array:
        beginArray();
        for (const QJsonValue &element : value.toArray())
            this->value(element);
        endArray();
        break;
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        beginObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            name(it.key());
            this->value(it.value());
        }
        endObject();
        break;
    }
    }
}

QByteArray TextWriter::take()
{
    if (!m_compact)
        m_out.append('\n');
    return std::exchange(m_out, {});
}

} // namespace vt::json
