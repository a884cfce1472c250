#include "models/RecommendationListModel.h"

#include "domain/FollowUpRules.h"
#include "domain/TextFolding.h"

#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <algorithm>
#include <limits>

namespace vt {
namespace {

constexpr int kTextLength = 160;

QString shortDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QString oneLine(const QString &text)
{
    const QString line = text.simplified();
    return line.size() <= kTextLength ? line : line.left(kTextLength - 1) + QChar(0x2026);
}

bool darkPalette()
{
    const QPalette palette = QGuiApplication::palette();
    return palette.color(QPalette::Base).lightness() < 128;
}

Recommendation asRecommendation(const FollowUpRow &row)
{
    Recommendation rec;
    rec.status = row.status;
    rec.due = row.due;
    rec.completed = row.completed;
    return rec;
}

} // namespace

QString followUpStatusText(const FollowUpRow &row)
{
    if (row.isOverdue())
        return RecommendationListModel::tr("%1 — overdue").arg(displayName(row.status));
    switch (completionTiming(asRecommendation(row))) {
    case CompletionTiming::OnTime:
        return row.due.isValid() && row.completed.isValid()
                   ? RecommendationListModel::tr("Done on time")
                   : displayName(row.status);
    case CompletionTiming::Late:
        return RecommendationListModel::tr("Done late");
    case CompletionTiming::NotDone:
        break;
    }
    return displayName(row.status);
}

RecommendationListModel::RecommendationListModel(QObject *parent) : QAbstractTableModel(parent) {}

int RecommendationListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_catalogue ? m_counts.total : int(m_rows.size());
}

int RecommendationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecommendationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FollowUpRow *read = rowAt(index.row());
    if (!read)
        return {};
    const FollowUpRow &row = *read;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case RecommendationIdRole:
        return row.id;
    case VisitIdRole:
        return row.visitId;
    case OverdueRole:
        return row.isOverdue();
    case SortRole:
        return sortValue(row, column);
    case Qt::BackgroundRole:
        return background(row, column);
    case Qt::ForegroundRole:
        return foreground(row, column);
    case Qt::FontRole:
        if (row.isOverdue() && (column == DaysOverdueColumn || column == StatusColumn)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::DecorationRole:
        if (row.isOverdue() && column == StatusColumn && !m_overdueIcon.isNull())
            return m_overdueIcon;
        return {};
    case Qt::TextAlignmentRole:
        if (column == DaysOverdueColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (column == TextColumn)
            return row.text;
        if (column == VisitColumn)
            return row.visitTitle;
        if (column == LastUpdateColumn && row.updateCount > 0)
            return row.lastUpdateNote;
        if (column == DaysOverdueColumn && row.isOverdue())
            return displayName(overdueAgeOf(row.daysOverdue));
        if (column == StatusColumn && row.isOverdue())
            return tr("Overdue by %n day(s): the deadline was %1", nullptr, row.daysOverdue)
                .arg(shortDate(row.due));
        return {};
    default:
        return {};
    }
}

QVariant RecommendationListModel::display(const FollowUpRow &row, int column) const
{
    switch (Column(column)) {
    case HostColumn:
        return row.host;
    case VisitColumn:
        return shortDate(row.visitDate); // the title is in the tool tip
    case TextColumn:
        return oneLine(row.text);
    case ResponsibleColumn:
        return row.responsible;
    case DueColumn:
        return shortDate(row.due);
    case StatusColumn:
        return followUpStatusText(row);
    case DaysOverdueColumn:
        return row.isOverdue() ? QVariant(QLocale().toString(row.daysOverdue)) : QVariant();
    case LastUpdateColumn: {
        if (row.updateCount == 0)
            return tr("No update yet");
        const QString progress = row.lastProgress ? tr(" (%1%)").arg(*row.lastProgress) : QString();
        return tr("%1: %2%3")
            .arg(shortDate(row.lastUpdateDate), oneLine(row.lastUpdateNote), progress);
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RecommendationListModel::sortValue(const FollowUpRow &row, int column) const
{
    // Undated entries sort after dated ones.
    const auto day = [](const QDate &date) {
        return date.isValid() ? date.toJulianDay() : std::numeric_limits<qint64>::max();
    };
    switch (Column(column)) {
    // Folded as FollowUpCatalogue sorts: accents and case aside.
    case HostColumn:
        return foldForSearch(row.host);
    case VisitColumn:
        return day(row.visitDate);
    case TextColumn:
        return foldForSearch(row.text);
    case ResponsibleColumn:
        return foldForSearch(row.responsible);
    case DueColumn:
        return day(row.due);
    case StatusColumn:
        return row.isOverdue() ? -1 : int(row.status);
    case DaysOverdueColumn:
        return row.daysOverdue;
    case LastUpdateColumn:
        return row.updateCount == 0 ? qint64(-1) : row.lastUpdateDate.toJulianDay();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RecommendationListModel::background(const FollowUpRow &row, int column) const
{
    if (!row.isOverdue())
        return {};
    // The days cell is solid red with white text in any palette; the rest of
    // the row is tinted so the eye follows it across.
    if (column == DaysOverdueColumn)
        return QColor(0xc6, 0x28, 0x28);
    return darkPalette() ? QColor(0x5c, 0x1a, 0x1a) : QColor(0xff, 0xdd, 0xdd);
}

QVariant RecommendationListModel::foreground(const FollowUpRow &row, int column) const
{
    if (!row.isOverdue())
        return {};
    if (column == DaysOverdueColumn)
        return QColor(Qt::white);
    return darkPalette() ? QColor(0xff, 0xe8, 0xe8) : QColor(0x3a, 0x00, 0x00);
}

QVariant RecommendationListModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case HostColumn:
        return tr("Host organisation");
    case VisitColumn:
        return tr("Visit");
    case TextColumn:
        return tr("Recommendation");
    case ResponsibleColumn:
        return tr("Responsible unit");
    case DueColumn:
        return tr("Deadline");
    case StatusColumn:
        return tr("Status");
    case DaysOverdueColumn:
        return tr("Days overdue");
    case LastUpdateColumn:
        return tr("Last update");
    case ColumnCount:
        break;
    }
    return {};
}

void RecommendationListModel::setRows(const QList<FollowUpRow> &rows)
{
    beginResetModel();
    m_catalogue.reset();
    m_pages.clear();
    m_rows = rows;
    endResetModel();
}

void RecommendationListModel::setCatalogue(const FollowUpCatalogue &catalogue,
                                           const FollowUpFilter &filter)
{
    beginResetModel();
    m_rows.clear();
    m_pages.clear();
    m_catalogue.emplace(catalogue);
    m_filter = filter;
    QString error;
    m_counts = m_catalogue->count(filter, &error);
    if (!error.isEmpty())
        qWarning("RecommendationListModel: %s", qPrintable(error));
    endResetModel();
}

void RecommendationListModel::sort(int column, Qt::SortOrder order)
{
    static constexpr FollowUpSortKey kKeys[] = {
        FollowUpSortKey::Host,        FollowUpSortKey::Visit,     FollowUpSortKey::Text,
        FollowUpSortKey::Responsible, FollowUpSortKey::Due,       FollowUpSortKey::Status,
        FollowUpSortKey::Urgency,     FollowUpSortKey::LastUpdate};
    static_assert(std::size(kKeys) == ColumnCount);
    if (column < 0 || column >= ColumnCount)
        return;
    FollowUpSortKey key = kKeys[column];
    // Most days overdue first is the urgency order itself.
    if (key == FollowUpSortKey::Urgency)
        order = order == Qt::DescendingOrder ? Qt::AscendingOrder : Qt::DescendingOrder;
    if (key == m_sortKey && order == m_sortOrder)
        return;
    beginResetModel();
    m_sortKey = key;
    m_sortOrder = order;
    m_pages.clear();
    endResetModel();
}

const FollowUpRow *RecommendationListModel::rowAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    if (!m_catalogue)
        return &m_rows.at(row);
    const int pageIndex = row / kPageSize;
    auto page = m_pages.constFind(pageIndex);
    if (page == m_pages.constEnd()) {
        // A simple bound on memory, as the visit list: pages are cheap to read again.
        if (m_pages.size() >= kMaxCachedPages)
            m_pages.clear();
        QString error;
        page =
            m_pages.insert(pageIndex, m_catalogue->page(m_filter, m_sortKey, m_sortOrder,
                                                        pageIndex * kPageSize, kPageSize, &error));
        if (!error.isEmpty())
            qWarning("RecommendationListModel: %s", qPrintable(error));
    }
    const int offset = row % kPageSize;
    return offset < page->size() ? &page->at(offset) : nullptr;
}

QList<FollowUpRow> RecommendationListModel::allRows(QString *error) const
{
    if (!m_catalogue)
        return m_rows;
    return m_catalogue->page(m_filter, m_sortKey, m_sortOrder, 0, m_counts.total, error);
}

int RecommendationListModel::rowOfRecommendation(qint64 id) const
{
    const auto find = [id](const QList<FollowUpRow> &rows) -> qsizetype {
        for (qsizetype row = 0; row < rows.size(); ++row) {
            if (rows.at(row).id == id)
                return row;
        }
        return -1;
    };
    if (!m_catalogue)
        return int(find(m_rows));
    for (auto page = m_pages.cbegin(); page != m_pages.cend(); ++page) {
        if (const qsizetype row = find(page.value()); row >= 0)
            return page.key() * kPageSize + int(row);
    }
    return -1;
}

int RecommendationListModel::overdueCount() const
{
    if (m_catalogue)
        return m_counts.overdue();
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const FollowUpRow &row) { return row.isOverdue(); }));
}

int RecommendationListModel::overdueCount(OverdueAge age) const
{
    if (m_catalogue)
        return m_counts.overdue(age);
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [age](const FollowUpRow &row) {
        return overdueAgeOf(row.daysOverdue) == age;
    }));
}

} // namespace vt
