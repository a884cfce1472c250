#pragma once

// The top level of an interchange document, cut into pieces without parsing
// the visits. A document of 10,000 visits is 170 MB of JSON; parsed whole it
// is a tree of millions of small allocations that lives through the import
// and fragments the heap, so every later allocation (SQLite's included) gets
// slower. Cut first, each visit is parsed on its own when it is needed and
// freed before the next.

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace vt::json {

struct DocumentPieces
{
    // Every top-level member, parsed; "visits", when it is an array, as an
    // empty array whose elements are in `visits` below.
    QJsonObject envelope;
    // Each element of "visits" as the bytes of the document it spans.
    QList<QByteArrayView> visits;
};

// std::nullopt when the document is not an object of well-formed members
// (the caller then parses it whole, for Qt's own error message). Elements are
// only delimited here, not checked: `parseElement` reports a malformed one.
std::optional<DocumentPieces> splitDocument(const QByteArray &json);

// One element parsed; std::nullopt when it is not well-formed JSON.
std::optional<QJsonValue> parseElement(QByteArrayView bytes);

} // namespace vt::json
