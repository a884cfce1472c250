#pragma once

// The attendees of a visit: who took part, on which side, in what role.

#include "domain/Visit.h"
#include "models/editor/RecordTableModel.h"

namespace vt {

class AttendeeTableModel final : public RecordTableModel<Attendee>
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        PositionColumn,
        OrganisationColumn,
        SideColumn,
        RoleColumn,
        PresentColumn,
        NoteColumn
    };

    explicit AttendeeTableModel(QObject *parent = nullptr);

    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    // The name of an attendee was edited: the editor may fill in position and
    // organisation from what is known about that person.
    void nameEdited(int row);
};

} // namespace vt
