#include "services/JsonDocumentSplit.h"

#include "services/JsonScanner.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace vt::json {
namespace {

// The elements of an array value ("[ a, b ]"), or std::nullopt.
std::optional<QList<QByteArrayView>> splitArray(QByteArrayView array)
{
    Scanner scanner(array);
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
