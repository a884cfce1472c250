#include "services/JsonDocumentSplit.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace vt::json {
namespace {

// A cursor over the document's bytes. Only the structure is followed:
// strings (with their escapes) are skipped whole, brackets counted; what is
// inside a value is left to QJsonDocument.
class Scanner
{
public:
    explicit Scanner(const QByteArray &json) : m_data(json.constData()), m_size(json.size()) {}

    qsizetype position() const { return m_at; }
    bool atEnd() const { return m_at >= m_size; }

    void skipSpace()
    {
        while (m_at < m_size && (m_data[m_at] == ' ' || m_data[m_at] == '\n' ||
                                 m_data[m_at] == '\r' || m_data[m_at] == '\t'))
            ++m_at;
    }

    bool take(char c)
    {
        skipSpace();
        if (m_at < m_size && m_data[m_at] == c) {
            ++m_at;
            return true;
        }
        return false;
    }

    bool peek(char c)
    {
        skipSpace();
        return m_at < m_size && m_data[m_at] == c;
    }

    // The bytes of the value that starts here (after spaces), or an empty
    // view when there is none.
    QByteArrayView value()
    {
        skipSpace();
        const qsizetype start = m_at;
        if (m_at >= m_size)
            return {};
        const char first = m_data[m_at];
        if (first == '"') {
            if (!skipString())
                return {};
        } else if (first == '{' || first == '[') {
            if (!skipNested())
                return {};
        } else {
            // A number, true, false or null: up to the next delimiter.
            while (m_at < m_size && !isDelimiter(m_data[m_at]))
                ++m_at;
        }
        return m_at > start ? QByteArrayView(m_data + start, m_at - start) : QByteArrayView();
    }

private:
    static bool isDelimiter(char c)
    {
        return c == ',' || c == ']' || c == '}' || c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }

    bool skipString()
    {
        for (++m_at; m_at < m_size; ++m_at) {
            if (m_data[m_at] == '\\')
                ++m_at;
            else if (m_data[m_at] == '"') {
                ++m_at;
                return true;
            }
        }
        return false;
    }

    bool skipNested()
    {
        int depth = 0;
        while (m_at < m_size) {
            const char c = m_data[m_at];
            if (c == '"') {
                if (!skipString())
                    return false;
                continue;
            }
            if (c == '{' || c == '[')
                ++depth;
            else if ((c == '}' || c == ']') && --depth == 0) {
                ++m_at;
                return true;
            }
            ++m_at;
        }
        return false;
    }

    const char *m_data;
    qsizetype m_size;
    qsizetype m_at = 0;
};

// The elements of an array value ("[ a, b ]"), or std::nullopt.
std::optional<QList<QByteArrayView>> splitArray(QByteArrayView array)
{
    const QByteArray bytes = QByteArray::fromRawData(array.data(), array.size());
    Scanner scanner(bytes);
    QList<QByteArrayView> elements;
    if (!scanner.take('['))
        return std::nullopt;
    if (!scanner.take(']')) {
        do {
            const QByteArrayView element = scanner.value();
            if (element.isEmpty())
                return std::nullopt;
            elements.append(element);
        } while (scanner.take(','));
        if (!scanner.take(']'))
            return std::nullopt;
    }
    scanner.skipSpace();
    if (!scanner.atEnd())
        return std::nullopt;
    return elements;
}

} // namespace

std::optional<QJsonValue> parseElement(QByteArrayView bytes)
{
    // Wrapped in an array: QJsonDocument reads only objects and arrays.
    QByteArray wrapped;
    wrapped.reserve(bytes.size() + 2);
    wrapped.append('[').append(bytes).append(']');
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(wrapped, &error);
    if (error.error != QJsonParseError::NoError || document.array().size() != 1)
        return std::nullopt;
    return document.array().at(0);
}

std::optional<DocumentPieces> splitDocument(const QByteArray &json)
{
    Scanner scanner(json);
    DocumentPieces pieces;
    if (!scanner.take('{'))
        return std::nullopt;
    if (!scanner.take('}')) {
        do {
            if (!scanner.peek('"'))
                return std::nullopt;
            const std::optional<QJsonValue> key = parseElement(scanner.value());
            if (!key || !key->isString() || !scanner.take(':'))
                return std::nullopt;
            const QByteArrayView value = scanner.value();
            if (value.isEmpty())
                return std::nullopt;
            if (key->toString() == QLatin1StringView("visits") && value.front() == '[') {
                std::optional<QList<QByteArrayView>> elements = splitArray(value);
                if (!elements)
                    return std::nullopt;
                pieces.visits = std::move(*elements); // a repeated key: the last one counts
                pieces.envelope.insert(key->toString(), QJsonArray());
                continue;
            }
            const std::optional<QJsonValue> parsed = parseElement(value);
            if (!parsed)
                return std::nullopt;
            if (key->toString() == QLatin1StringView("visits"))
                pieces.visits.clear();
            pieces.envelope.insert(key->toString(), *parsed);
        } while (scanner.take(','));
        if (!scanner.take('}'))
            return std::nullopt;
    }
    scanner.skipSpace();
    if (!scanner.atEnd())
        return std::nullopt;
    return pieces;
}

} // namespace vt::json
