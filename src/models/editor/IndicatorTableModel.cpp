#include "models/editor/IndicatorTableModel.h"

#include "models/PaletteTones.h"

#include <QBrush>
#include <QColor>
#include <cmath>

namespace vt {
namespace {

// Default colours of DOMAIN.md: >= 100% green, >= 90% amber, else red.
QVariant progressBrush(const Indicator &indicator, int role)
{
    if (role != Qt::ForegroundRole)
        return {};
    const std::optional<double> percent = IndicatorTableModel::progressPercent(indicator);
    if (!percent)
        return {};
    return QBrush(progressColour(*percent));
}

} // namespace

IndicatorTableModel::IndicatorTableModel(QObject *parent) : RecordTableModel<Indicator>(parent)
{
    using namespace columns;
    addColumn(text(QStringLiteral("name"), tr("Indicator"), &Indicator::name));
    addColumn(text(QStringLiteral("unit"), tr("Unit"), &Indicator::unit));
    addColumn(text(QStringLiteral("period"), tr("Period"), &Indicator::period));
    addColumn(optionalNumber(QStringLiteral("target"), tr("Target"), &Indicator::target));
    addColumn(decimal(QStringLiteral("actual"), tr("Actual"), &Indicator::actual));
    addColumn(date(QStringLiteral("as_of"), tr("As of"), &Indicator::asOf));
    RecordColumn<Indicator> progress = computed<Indicator>(
        QStringLiteral("progress"), tr("% of plan"), [](const Indicator &indicator) {
            const std::optional<double> percent = progressPercent(indicator);
            if (!percent)
                return QVariant();
            return QVariant(tr("%1%").arg(QLocale().toString(*percent, 'f', 1)));
        });
    progress.extraRole = progressBrush;
    addColumn(std::move(progress));
}

std::optional<double> IndicatorTableModel::progressPercent(const Indicator &indicator)
{
    if (!indicator.target || *indicator.target == 0 || !std::isfinite(*indicator.target))
        return std::nullopt;
    return indicator.actual / *indicator.target * 100.0;
}

} // namespace vt
