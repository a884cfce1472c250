#include "models/editor/ReportFigureTableModel.h"

namespace vt {

ReportFigureTableModel::ReportFigureTableModel(QObject *parent)
    : RecordTableModel<ReportFigure>(parent)
{
    using namespace columns;
    addColumn(text(QStringLiteral("label"), tr("Label"), &ReportFigure::label));
    addColumn(decimal(QStringLiteral("value"), tr("Value"), &ReportFigure::value));
    addColumn(text(QStringLiteral("unit"), tr("Unit"), &ReportFigure::unit));
    addColumn(date(QStringLiteral("as_of"), tr("As of"), &ReportFigure::asOf));
}

} // namespace vt
