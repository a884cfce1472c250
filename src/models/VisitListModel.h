#pragma once

// The visit list of the main window. Rows are read from the catalogue one page
// at a time and cached, so a database of 100,000 visits opens at once and the
// scroll bar still shows the whole list.

#include "storage/VisitCatalogue.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace vt {

class VisitListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        TitleColumn,
        HostColumn,
        DelegationColumn,
        KindColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        VisitIdRole = Qt::UserRole + 1
    };

    explicit VisitListModel(VisitCatalogue catalogue, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    VisitFilter filter() const { return m_filter; }
    void setFilter(const VisitFilter &filter);
    // Re-reads the list after visits changed, keeping filter and sort.
    void refresh();

    qint64 visitIdAt(int row) const;
    // Row of a visit among the rows read so far (any row of a list read by
    // ids); -1 when not found there.
    int rowOfVisit(qint64 visitId) const;

private:
    static constexpr int kPageSize = 256;
    static constexpr int kMaxCachedPages = 64;

    const VisitRow *rowAt(int row) const;
    // Counts the rows, or reads the ids of a list that reads every visit
    // (VisitCatalogue::readsEveryVisit) in the current order.
    void readList();

    VisitCatalogue m_catalogue;
    VisitFilter m_filter;
    VisitSortKey m_sortKey = VisitSortKey::Date;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    int m_rowCount = 0;
    bool m_listedByIds = false;
    QList<qint64> m_ids; // in row order, when listed by ids
    mutable QHash<int, QList<VisitRow>> m_pages;
};

} // namespace vt
