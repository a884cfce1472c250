#pragma once

// The follow-up log of one recommendation: dated progress reports. The log is
// append-only in spirit: new reports go at the end; old ones may be corrected.

#include "domain/Visit.h"
#include "models/editor/RecordTableModel.h"

namespace vt {

class FollowUpUpdateTableModel final : public RecordTableModel<FollowUpUpdate>
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        NoteColumn,
        ProgressColumn,
        EvidenceColumn
    };

    explicit FollowUpUpdateTableModel(QObject *parent = nullptr);

    // Adds a report dated `date` at the end; returns its row.
    int appendUpdate(const QDate &date);
};

} // namespace vt
