#pragma once

// A visit's state as bytes, for undo steps that keep their states on disk
// (VisitStates). Every field is kept exactly: texts as UTF-8, dates as
// Julian days, numbers as IEEE doubles, extensions as CBOR (which keeps an
// integer apart from a double). Not an exchange format: the bytes live only
// as long as the program's undo stack, so there is no version to keep.

#include "domain/Visit.h"
#include "storage/RecommendationPlaces.h"

#include <QByteArray>
#include <optional>

namespace vt {

// One visit as it stood: absent, or its value with the recommendations its
// verdicts judge named by place (their ids change whenever a visit is saved).
struct VisitState
{
    qint64 visitId = 0;
    std::optional<Visit> visit;        // carriedOver[i].recommendationId is 0:
    QList<RecommendationPlace> judged; // judged[i] names it

    bool operator==(const VisitState &) const = default;
};

namespace state_codec {

QByteArray encode(const VisitState &state);
// nullopt when the bytes are not an encoded state.
std::optional<VisitState> decode(const QByteArray &bytes);
// Equal for equal states (the same encoding); 20 bytes.
QByteArray fingerprint(const QByteArray &encoded);

} // namespace state_codec
} // namespace vt
