#pragma once

// The findings of one category across all visits (limitation review, good-model
// library): a flat list, or a tree of groups (host or area, with counts) whose
// findings are their children. Rows are read a page at a time, so a national
// database of a million findings opens at once.

#include "storage/FindingQueries.h"

#include <QAbstractItemModel>
#include <QHash>

namespace vt {

class FindingListModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        HostColumn,
        AreaColumn,
        UnitColumn,
        TextColumn,
        RecommendationsColumn,
        ColumnCount
    };
    enum Role
    {
        VisitIdRole = Qt::UserRole + 1,
        FindingSeqRole, // position in its visit, for "findings[seq]"
        IsGroupRole,
        OverdueRole // true when a linked recommendation is overdue
    };

    explicit FindingListModel(FindingQueries queries, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    FindingFilter filter() const { return m_filter; }
    void setFilter(const FindingFilter &filter);
    FindingGrouping grouping() const { return m_grouping; }
    void setGrouping(FindingGrouping grouping);
    // Re-reads after visits changed, keeping filter and grouping.
    void refresh();

    // Findings that pass the filter (all groups together).
    int findingCount() const { return m_findingCount; }
    // The finding at an index; nullptr for a group row.
    const FindingRow *findingAt(const QModelIndex &index) const;
    QDate asOf() const;

private:
    static constexpr int kPageSize = 256;
    static constexpr int kMaxCachedPages = 64;
    static constexpr quintptr kTopLevel = 0; // internal id of top-level rows

    bool isGrouped() const { return m_grouping != FindingGrouping::None; }
    // Group of a child index (internal id - 1), or -1 for a top-level row.
    int groupOf(const QModelIndex &index) const;
    const FindingRow *rowAt(int group, int row) const;
    QVariant groupData(int group, int column, int role) const;
    QVariant findingData(const FindingRow &row, int column, int role) const;

    FindingQueries m_queries;
    FindingFilter m_filter;
    FindingGrouping m_grouping = FindingGrouping::None;
    QList<FindingGroup> m_groups;
    int m_findingCount = 0;
    mutable QHash<quint64, QList<FindingRow>> m_pages; // by (group + 1) << 32 | page
};

} // namespace vt
