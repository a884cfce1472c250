#include "domain/CarryOver.h"

#include <QCoreApplication>

namespace vt {
namespace {

struct VerdictText
{
    Q_DECLARE_TR_FUNCTIONS(vt::Enums)
};

} // namespace

QString toKey(Verdict value)
{
    switch (value) {
    case Verdict::Implemented:
        return QStringLiteral("implemented");
    case Verdict::Partly:
        return QStringLiteral("partly");
    case Verdict::NotImplemented:
        return QStringLiteral("not-implemented");
    }
    return {};
}

std::optional<Verdict> verdictFromKey(QStringView key)
{
    for (const Verdict value : allVerdicts()) {
        if (key == toKey(value))
            return value;
    }
    return std::nullopt;
}

QList<Verdict> allVerdicts()
{
    return {Verdict::Implemented, Verdict::Partly, Verdict::NotImplemented};
}

QString displayName(Verdict value)
{
    switch (value) {
    case Verdict::Implemented:
        return VerdictText::tr("Implemented");
    case Verdict::Partly:
        return VerdictText::tr("Partly implemented");
    case Verdict::NotImplemented:
        return VerdictText::tr("Not implemented");
    }
    return {};
}

} // namespace vt
