#pragma once

// Indicators (chỉ tiêu) measured at the visit: target, actual, and the
// progress against plan derived from them.

#include "domain/Visit.h"
#include "models/editor/RecordTableModel.h"

namespace vt {

class IndicatorTableModel final : public RecordTableModel<Indicator>
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        UnitColumn,
        PeriodColumn,
        TargetColumn,
        ActualColumn,
        AsOfColumn,
        ProgressColumn
    };

    explicit IndicatorTableModel(QObject *parent = nullptr);

    // actual ÷ target in percent; none without a non-zero target.
    static std::optional<double> progressPercent(const Indicator &indicator);
};

} // namespace vt
