#pragma once

// A cursor over JSON text that follows only its structure (services/
// JsonDocumentSplit, JsonDocumentStream): strings (with their escapes) are
// skipped whole, brackets counted; what is inside a value is left to
// QJsonDocument. A value that runs past the end of the bytes is reported like
// a malformed one (an empty view): a reader of a stream then reads more and
// scans it again.

#include <QByteArrayView>

namespace vt::json {

class Scanner
{
public:
    // From `at` (a byte offset) to the end of `bytes`, which must outlive it.
    explicit Scanner(QByteArrayView bytes, qsizetype at = 0)
        : m_data(bytes.data()), m_size(bytes.size()), m_at(at)
    {
    }

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
    qsizetype m_at;
};

} // namespace vt::json
