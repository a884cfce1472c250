#include "models/VisitListModel.h"

#include <QLocale>

namespace vt {

VisitListModel::VisitListModel(VisitCatalogue catalogue, QObject *parent)
    : QAbstractTableModel(parent), m_catalogue(catalogue)
{
    readList();
}

void VisitListModel::readList()
{
    m_pages.clear();
    m_listedByIds = VisitCatalogue::readsEveryVisit(m_filter);
    if (m_listedByIds) {
        m_ids = m_catalogue.matchingIds(m_filter, m_sortKey, m_order);
        m_rowCount = int(m_ids.size());
    } else {
        m_ids.clear();
        m_rowCount = m_catalogue.count(m_filter);
    }
}

int VisitListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int VisitListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const VisitRow *VisitListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const int pageIndex = row / kPageSize;
    auto page = m_pages.constFind(pageIndex);
    if (page == m_pages.constEnd()) {
        // A simple bound on memory: drop the cache when it grows large; pages
        // are cheap to read again.
        if (m_pages.size() >= kMaxCachedPages)
            m_pages.clear();
        const int first = pageIndex * kPageSize;
        page = m_pages.insert(
            pageIndex, m_listedByIds
                           ? m_catalogue.rowsOf(m_ids.mid(first, kPageSize))
                           : m_catalogue.page(m_filter, m_sortKey, m_order, first, kPageSize));
    }
    const int offset = row % kPageSize;
    // A visit deleted since the list was read has an empty row (id 0).
    return offset < page->size() && page->at(offset).id != 0 ? &page->at(offset) : nullptr;
}

QVariant VisitListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VisitRow *visit = rowAt(index.row());
    if (!visit)
        return {};
    if (role == VisitIdRole)
        return visit->id;
    if (role == Qt::ToolTipRole && index.column() == TitleColumn)
        return visit->title;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case DateColumn:
        return QLocale().toString(visit->date, QLocale::ShortFormat);
    case TitleColumn:
        return visit->title;
    case HostColumn:
        return visit->host;
    case DelegationColumn:
        return visit->delegation;
    case KindColumn:
        return displayName(visit->kind);
    case StatusColumn:
        return displayName(visit->status);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant VisitListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case DateColumn:
        return tr("Date");
    case TitleColumn:
        return tr("Title");
    case HostColumn:
        return tr("Host organisation");
    case DelegationColumn:
        return tr("Delegation");
    case KindColumn:
        return tr("Kind");
    case StatusColumn:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

void VisitListModel::sort(int column, Qt::SortOrder order)
{
    static constexpr VisitSortKey keys[] = {VisitSortKey::Date, VisitSortKey::Title,
                                            VisitSortKey::Host, VisitSortKey::Delegation,
                                            VisitSortKey::Kind, VisitSortKey::Status};
    if (column < 0 || column >= ColumnCount)
        return;
    if (keys[column] == m_sortKey && order == m_order)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_sortKey = keys[column];
    m_order = order;
    m_pages.clear();
    if (m_listedByIds) {
        m_ids = m_catalogue.matchingIds(m_filter, m_sortKey, m_order);
        // A sort keeps the number of rows; visits added or deleted meanwhile
        // show at the next refresh (visitsChanged), as for a list by pages.
        m_ids.resize(m_rowCount);
    }
    // Persistent indexes cannot follow rows that are not loaded; the view
    // re-selects by visit id where it needs to.
    const QModelIndexList persistent = persistentIndexList();
    changePersistentIndexList(persistent, QModelIndexList(persistent.size()));
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void VisitListModel::setFilter(const VisitFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refresh();
}

void VisitListModel::refresh()
{
    beginResetModel();
    readList();
    endResetModel();
}

qint64 VisitListModel::visitIdAt(int row) const
{
    const VisitRow *visit = rowAt(row);
    return visit ? visit->id : 0;
}

int VisitListModel::rowOfVisit(qint64 visitId) const
{
    if (m_listedByIds)
        return int(m_ids.indexOf(visitId));
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (int i = 0; i < it->size(); ++i) {
            if (it->at(i).id == visitId)
                return it.key() * kPageSize + i;
        }
    }
    return -1;
}

} // namespace vt
