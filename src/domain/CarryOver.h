#pragma once

// Carry-over (issue 3): when a delegation visits a host again, it verifies the
// recommendations still open from earlier visits to that host and records a
// verdict on each. The verdict belongs to the visit that verifies it; saving
// that visit turns each new or changed verdict into a follow-up update of the
// earlier recommendation (services/FollowUp).

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>

namespace vt {

enum class Verdict
{
    Implemented,
    Partly,
    NotImplemented
};

// Stable keys: "implemented", "partly", "not-implemented" (database column).
QString toKey(Verdict value);
std::optional<Verdict> verdictFromKey(QStringView key);
QList<Verdict> allVerdicts();
// Translated name for the interface ("Implemented" / "Đã thực hiện").
QString displayName(Verdict value);

struct CarryOverVerdict
{
    qint64 recommendationId = 0; // a recommendation of an earlier visit to the same host
    Verdict verdict = Verdict::NotImplemented;
    QString note;

    bool operator==(const CarryOverVerdict &) const = default;
};

} // namespace vt
