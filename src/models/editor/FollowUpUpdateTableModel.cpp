#include "models/editor/FollowUpUpdateTableModel.h"

namespace vt {

FollowUpUpdateTableModel::FollowUpUpdateTableModel(QObject *parent)
    : RecordTableModel<FollowUpUpdate>(parent)
{
    using namespace columns;
    addColumn(date(QStringLiteral("date"), tr("Date"), &FollowUpUpdate::date));
    addColumn(longText(QStringLiteral("note"), tr("Note"), &FollowUpUpdate::note));
    addColumn(
        optionalNumber(QStringLiteral("progress"), tr("Progress (%)"), &FollowUpUpdate::progress));
    addColumn(text(QStringLiteral("evidence"), tr("Evidence"), &FollowUpUpdate::evidence));
}

int FollowUpUpdateTableModel::appendUpdate(const QDate &date)
{
    const int row = rowCount();
    if (!insertRows(row, 1))
        return -1;
    setData(index(row, DateColumn), date);
    return row;
}

} // namespace vt
