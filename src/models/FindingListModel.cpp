#include "models/FindingListModel.h"

#include "models/PaletteTones.h"

#include "services/FindingReview.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace vt {

FindingListModel::FindingListModel(FindingQueries queries, QObject *parent)
    : QAbstractItemModel(parent), m_queries(queries)
{
    refresh();
}

QDate FindingListModel::asOf() const
{
    return m_filter.asOf.isValid() ? m_filter.asOf : QDate::currentDate();
}

int FindingListModel::groupOf(const QModelIndex &index) const
{
    return index.isValid() && index.internalId() != kTopLevel ? int(index.internalId()) - 1 : -1;
}

QModelIndex FindingListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kTopLevel);
    // Children exist only under group rows (top level of a grouped list).
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex FindingListModel::parent(const QModelIndex &child) const
{
    const int group = groupOf(child);
    return group < 0 ? QModelIndex() : createIndex(group, 0, kTopLevel);
}

int FindingListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return isGrouped() ? int(m_groups.size()) : m_findingCount;
    if (!isGrouped() || groupOf(parent) >= 0 || parent.column() != 0)
        return 0;
    return parent.row() < m_groups.size() ? m_groups.at(parent.row()).count : 0;
}

int FindingListModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const FindingRow *FindingListModel::rowAt(int group, int row) const
{
    if (row < 0)
        return nullptr;
    const int page = row / kPageSize;
    const quint64 key = (quint64(group + 1) << 32) | quint64(page);
    auto cached = m_pages.constFind(key);
    if (cached == m_pages.constEnd()) {
        // A simple bound on memory: pages are cheap to read again.
        if (m_pages.size() >= kMaxCachedPages)
            m_pages.clear();
        const QList<FindingRow> rows =
            group < 0 ? m_queries.page(m_filter, page * kPageSize, kPageSize)
                      : m_queries.pageInGroup(m_filter, m_grouping, m_groups.at(group).key,
                                              page * kPageSize, kPageSize);
        cached = m_pages.insert(key, rows);
    }
    const int offset = row % kPageSize;
    return offset < cached->size() ? &cached->at(offset) : nullptr;
}

const FindingRow *FindingListModel::findingAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    if (!isGrouped())
        return rowAt(-1, index.row());
    const int group = groupOf(index);
    return group >= 0 && group < m_groups.size() ? rowAt(group, index.row()) : nullptr;
}

QVariant FindingListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (isGrouped() && groupOf(index) < 0)
        return groupData(index.row(), index.column(), role);
    const FindingRow *row = findingAt(index);
    if (!row)
        return {};
    return findingData(*row, index.column(), role);
}

QVariant FindingListModel::groupData(int group, int column, int role) const
{
    if (group >= m_groups.size())
        return {};
    if (role == IsGroupRole)
        return true;
    if (role == Qt::FontRole) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role != Qt::DisplayRole || column != 0)
        return {};
    const FindingGroup &g = m_groups.at(group);
    const QString name = g.key.isEmpty() ? tr("(no area)") : g.key;
    return tr("%1 (%2)").arg(name, QLocale().toString(g.count));
}

QVariant FindingListModel::findingData(const FindingRow &row, int column, int role) const
{
    switch (role) {
    case VisitIdRole:
        return row.visitId;
    case FindingSeqRole:
        return row.seq;
    case IsGroupRole:
        return false;
    case OverdueRole:
        for (const LinkedRecommendation &link : row.recommendations) {
            if (isOverdue(link, asOf()))
                return true;
        }
        return false;
    case Qt::ForegroundRole:
        // Overdue follow-up must be impossible to miss.
        if (column == RecommendationsColumn && findingData(row, column, OverdueRole).toBool())
            return QBrush(problemTextColour());
        return {};
    case Qt::ToolTipRole:
        if (column == TextColumn)
            return row.text;
        if (column == RecommendationsColumn)
            return recommendationsText(row, asOf());
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(column)) {
    case DateColumn:
        return QLocale().toString(row.date, QLocale::ShortFormat);
    case HostColumn:
        return row.host;
    case AreaColumn:
        return row.area;
    case UnitColumn:
        return row.organisation;
    case TextColumn:
        return row.text;
    case RecommendationsColumn:
        return recommendationsText(row, asOf());
    case ColumnCount:
        break;
    }
    return {};
}

QVariant FindingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case DateColumn:
        return tr("Date");
    case HostColumn:
        return tr("Host organisation");
    case AreaColumn:
        return tr("Area");
    case UnitColumn:
        return tr("Unit concerned");
    case TextColumn:
        return m_filter.category == FindingCategory::GoodModel ? tr("Good model")
                                                               : tr("Limitation");
    case RecommendationsColumn:
        return tr("Recommendations and their status");
    case ColumnCount:
        break;
    }
    return {};
}

void FindingListModel::setFilter(const FindingFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refresh();
}

void FindingListModel::setGrouping(FindingGrouping grouping)
{
    if (grouping == m_grouping)
        return;
    m_grouping = grouping;
    refresh();
}

void FindingListModel::refresh()
{
    beginResetModel();
    m_pages.clear();
    m_groups = m_queries.groups(m_filter, m_grouping);
    if (isGrouped()) {
        m_findingCount = 0;
        for (const FindingGroup &group : std::as_const(m_groups))
            m_findingCount += group.count;
    } else {
        m_findingCount = m_queries.count(m_filter);
    }
    endResetModel();
}

} // namespace vt
