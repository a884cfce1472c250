#pragma once

// The host's own figures (564 grassroots Party organisations as of 31/12/2022).

#include "domain/Visit.h"
#include "models/editor/RecordTableModel.h"

namespace vt {

class ReportFigureTableModel final : public RecordTableModel<ReportFigure>
{
    Q_OBJECT

public:
    enum Column
    {
        LabelColumn,
        ValueColumn,
        UnitColumn,
        AsOfColumn
    };

    explicit ReportFigureTableModel(QObject *parent = nullptr);
};

} // namespace vt
