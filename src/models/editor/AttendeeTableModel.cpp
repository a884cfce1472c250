#include "models/editor/AttendeeTableModel.h"

namespace vt {

AttendeeTableModel::AttendeeTableModel(QObject *parent) : RecordTableModel<Attendee>(parent)
{
    using namespace columns;
    addColumn(text(QStringLiteral("name"), tr("Name"), &Attendee::name, CompletionKind::People));
    addColumn(text(QStringLiteral("position"), tr("Position"), &Attendee::position,
                   CompletionKind::Positions));
    addColumn(text(QStringLiteral("organisation"), tr("Organisation"), &Attendee::organisation,
                   CompletionKind::Organisations));
    addColumn(choice(QStringLiteral("side"), tr("Side"), &Attendee::side));
    addColumn(choice(QStringLiteral("role"), tr("Role"), &Attendee::role));
    addColumn(check(QStringLiteral("present"), tr("Present"), &Attendee::present));
    addColumn(text(QStringLiteral("note"), tr("Note / reason for absence"), &Attendee::note));
}

bool AttendeeTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!RecordTableModel<Attendee>::setData(index, value, role))
        return false;
    if (index.column() == NameColumn)
        Q_EMIT nameEdited(index.row());
    return true;
}

} // namespace vt
