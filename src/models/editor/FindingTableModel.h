#pragma once

// Findings of a visit: achievements, good models, limitations, observations.
// Recommendations refer to findings by key, so the model also hands out keys.

#include "domain/Visit.h"
#include "models/editor/RecordTableModel.h"

namespace vt {

class FindingTableModel final : public RecordTableModel<Finding>
{
    Q_OBJECT

public:
    enum Column
    {
        CategoryColumn,
        AreaColumn,
        TextColumn,
        OrganisationColumn,
        KeyColumn
    };

    explicit FindingTableModel(QObject *parent = nullptr);

    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // The key of a finding, assigning the first free "f1", "f2"... when it has
    // none yet: a finding only needs a key once something refers to it.
    QString ensureKey(int row);
    // Row of the finding with a key, or -1.
    int rowOfKey(const QString &key) const;

Q_SIGNALS:
    // A key was edited; references to the old key should follow.
    void keyRenamed(const QString &oldKey, const QString &newKey);
};

} // namespace vt
