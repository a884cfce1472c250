#pragma once

// The follow-up list: every recommendation with its host, visit, due date,
// status, days overdue and last update. Two ways to fill it:
// - setCatalogue (the Follow-up tab): counted, then read a page at a time in
//   the order sort() sets, through SQL; half a million rows open at once.
// - setRows (short lists, e.g. the editor's earlier recommendations): given
//   whole; sorting is then left to a QSortFilterProxyModel on SortRole.
// Overdue rows carry a strong colour, an icon and bold days so that they
// cannot be missed, in light and dark palettes.

#include "storage/FollowUpCatalogue.h"
#include "storage/FollowUpOrderReading.h"
#include "storage/RecommendationQueries.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

namespace vt {

class RecommendationListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        HostColumn,
        VisitColumn,
        TextColumn,
        ResponsibleColumn,
        DueColumn,
        StatusColumn,
        DaysOverdueColumn,
        LastUpdateColumn,
        ColumnCount
    };
    enum Role
    {
        RecommendationIdRole = Qt::UserRole + 1,
        VisitIdRole,
        OverdueRole, // bool
        SortRole     // a value that sorts the column sensibly (dates, ranks, numbers)
    };

    explicit RecommendationListModel(QObject *parent = nullptr);
    ~RecommendationListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setRows(const QList<FollowUpRow> &rows);
    // Lists what the filter selects from the catalogue, in the current order.
    void setCatalogue(const FollowUpCatalogue &catalogue, const FollowUpFilter &filter);
    // With a catalogue: the order of a column, read through SQL. The days
    // overdue column descending is the list's own order (most urgent first).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // nullptr outside the list (or when its page cannot be read).
    const FollowUpRow *rowAt(int row) const;
    // Every row in the order shown; with a catalogue, read now.
    QList<FollowUpRow> allRows(QString *error) const;
    // Row of a recommendation among the rows read so far; -1 when not there.
    int rowOfRecommendation(qint64 id) const;
    int overdueCount() const;
    // Overdue rows in one age bucket (1–30, 31–60, 61–90, over 90 days).
    int overdueCount(OverdueAge age) const;

    // Widgets know the style's icons; this model (Qt Gui) does not.
    void setOverdueIcon(const QIcon &icon) { m_overdueIcon = icon; }

private:
    // After the rows, their order or the filter changed (inside a reset).
    void forgetOrder();
    // The whole order is read ahead on another thread once it has stayed the
    // same for a moment (clicking through the columns starts no reading) and
    // no dropped reading is still running: on two cores the window keeps one.
    void startOrderReading();
    // Cancels the reading ahead, if any, without waiting for it.
    void dropOrderReading() const;
    QVariant display(const FollowUpRow &row, int column) const;
    QVariant sortValue(const FollowUpRow &row, int column) const;
    QVariant background(const FollowUpRow &row, int column) const;
    QVariant foreground(const FollowUpRow &row, int column) const;

    static constexpr int kPageSize = 256;
    static constexpr int kMaxCachedPages = 64;
    // Pages up to here are read by OFFSET (SQLite keeps the rows before them
    // in a bounded sort: cheap near the top); any page further down is read
    // by id from the whole order, read once (FollowUpCatalogue::orderedIds).
    static constexpr int kPagesByOffset = 8;

    QList<FollowUpRow> m_rows; // given whole (setRows)
    // Or read from the catalogue, a page at a time:
    std::optional<FollowUpCatalogue> m_catalogue;
    FollowUpFilter m_filter;
    FollowUpCounts m_counts;
    FollowUpSortKey m_sortKey = FollowUpSortKey::Urgency;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    mutable QHash<int, QList<FollowUpRow>> m_pages;
    // Every id in the order shown, once a page beyond kPagesByOffset was read,
    // or read ahead on another thread (m_orderReading).
    mutable std::optional<QList<qint64>> m_order;
    static constexpr int kOrderReadingDelayMs = 400;
    QTimer m_orderReadingDelay;
    mutable std::unique_ptr<FollowUpOrderReading> m_orderReading;
    // Cancelled readings still running; waited for by the destructor.
    mutable std::vector<std::unique_ptr<FollowUpOrderReading>> m_droppedReadings;
    QIcon m_overdueIcon;
};

// Status as users read it: the stored status, with the derived "overdue",
// "done on time" or "done late" where they apply.
QString followUpStatusText(const FollowUpRow &row);

} // namespace vt
