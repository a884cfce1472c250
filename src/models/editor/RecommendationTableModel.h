#pragma once

// Recommendations (đề nghị) of a visit. The follow-up log and the addressed
// limitations have no column; the editor edits them beside the table and puts
// them back with setUpdates / setAddresses.

#include "domain/Visit.h"
#include "models/editor/RecordTableModel.h"

namespace vt {

class RecommendationTableModel final : public RecordTableModel<Recommendation>
{
    Q_OBJECT

public:
    enum Column
    {
        TextColumn,
        ResponsibleColumn,
        DueColumn,
        StatusColumn,
        CompletedColumn,
        LastProgressColumn
    };

    explicit RecommendationTableModel(QObject *parent = nullptr);

    QString fieldTitle(const QString &field) const override;

    void setUpdates(int row, const QList<FollowUpUpdate> &updates);
    void setAddresses(int row, const QStringList &findingKeys);
    // Renames or drops (empty newKey) a finding key in every recommendation.
    void replaceFindingKey(const QString &oldKey, const QString &newKey);
};

} // namespace vt
