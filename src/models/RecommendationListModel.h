#pragma once

// The follow-up list: every recommendation with its host, visit, due date,
// status, days overdue and last update. Two ways to fill it:
// - setCatalogue (the Follow-up tab): counted, then read a page at a time in
//   the order sort() sets, through SQL; half a million rows open at once.
// - setRows (short lists, e.g. the editor's earlier recommendations): given
//   whole; sorting is then left to a QSortFilterProxyModel on SortRole.
// Overdue rows carry a strong colour, an icon and bold days so that they
// cannot be missed, in light and dark palettes.
//
// A long list reads the pages it shows on another thread (ReadingApart):
// sorting half a million rows takes a few hundred milliseconds, which the
// window does not wait for. Until a page arrives its rows show "Reading…";
// then dataChanged() repaints them, and the view asks for any other page it
// still lacks.

#include "storage/FollowUpCatalogue.h"
#include "storage/ReadingApart.h"
#include "storage/RecommendationQueries.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QTimer>

#include <functional>
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

    // Also lets go of the catalogue's file: a reading of it on another
    // thread is stopped and waited for.
    void setRows(const QList<FollowUpRow> &rows);
    // Lists what the filter selects from the catalogue, in the current order.
    // A list that was long (kRowsReadApart) is counted on another thread: the
    // rows shown stay until the counts arrive, then the model is reset. So is
    // the first list of a large file (kReadApartFromBytes), whose length
    // is not known yet: no rows until then. Either way listed() tells when the
    // new list is in place.
    void setCatalogue(const FollowUpCatalogue &catalogue, const FollowUpFilter &filter);
    // A new list is being counted on another thread.
    bool isCounting() const { return bool(m_counting); }
    // With a catalogue: the order of a column, read through SQL. The days
    // overdue column descending is the list's own order (most urgent first).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // nullptr outside the list (or when its page cannot be read).
    const FollowUpRow *rowAt(int row) const;
    // The row as data() shows it: read now in a short list; in a long one
    // nullptr while its page is read on another thread (`*reading` true),
    // which this starts; dataChanged() tells when the page has arrived.
    const FollowUpRow *shownRowAt(int row, bool *reading) const;
    // Every row in the order shown; with a catalogue, read now.
    QList<FollowUpRow> allRows(QString *error) const;
    // Row of a recommendation among the rows read so far; -1 when not there.
    int rowOfRecommendation(qint64 id) const;
    int overdueCount() const;
    // Overdue rows in one age bucket (1–30, 31–60, 61–90, over 90 days).
    int overdueCount(OverdueAge age) const;

    // Widgets know the style's icons; this model (Qt Gui) does not.
    void setOverdueIcon(const QIcon &icon) { m_overdueIcon = icon; }

    // From this many rows on, the pages shown are read on another thread (at
    // 20,000 recommendations the slowest order takes about 15 ms to read).
    static constexpr int kRowsReadApart = 20000;
    // Tests read short lists apart too.
    void setRowsReadApart(int rows) { m_rowsReadApart = rows; }
    // The first list of a file this large (kReadApartFromBytes) is counted on
    // another thread (at 100,000 visits, 2 GB, the counts take 0.1 s); tests set 0.
    void setFirstCountApartFromBytes(qint64 bytes) { m_firstCountApartFromBytes = bytes; }
    // A page shown is being read on another thread.
    bool isReading() const { return m_pageReading || m_deepPageWaits; }

signals:
    // The list set by setRows() or setCatalogue() is in place.
    void listed();

private:
    struct PageRead; // what a reading of a page brings back

    void list(const FollowUpCatalogue &catalogue, const FollowUpFilter &filter,
              const FollowUpCounts &counts);
    void countedApart(quint64 generation);
    // Cancels the counting of a list not yet in place, if any.
    void dropCounting();

    bool readsApart() const;
    // One page at a time: a page asked for meanwhile is asked for again when
    // the view repaints after the page being read arrives.
    void readPageApart(int pageIndex) const;
    // On the window's thread, when a reading apart is over; a reading of an
    // earlier order or filter (another generation) is ignored.
    void pageReadApart(quint64 generation);
    void orderReadApart(quint64 generation);
    // Posts `slot` to the window's thread, for a reading to call when it is over.
    std::function<void()> onWindowThread(void (RecommendationListModel::*slot)(quint64),
                                         quint64 generation) const;
    // Cancels a reading apart, if any, without waiting for it.
    void dropReading(std::unique_ptr<ReadingApart> &reading) const;

    // After the rows, their order or the filter changed (inside a reset).
    void forgetOrder();
    // The whole order is read ahead on another thread once it has stayed the
    // same for a moment (clicking through the columns starts no reading) and
    // no dropped reading is still running: on two cores the window keeps one.
    void startOrderReading();
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
    mutable std::unique_ptr<ReadingApart> m_orderReading;
    mutable std::shared_ptr<QList<qint64>> m_orderRead;
    // Pages read apart (kRowsReadApart):
    int m_rowsReadApart = kRowsReadApart;
    qint64 m_firstCountApartFromBytes = kReadApartFromBytes;
    quint64 m_generation = 0; // counts forgetOrder()
    mutable std::unique_ptr<ReadingApart> m_pageReading;
    mutable std::shared_ptr<PageRead> m_pageRead;
    // A page deep in the list waits for the order being read ahead.
    mutable bool m_deepPageWaits = false;
    // The file could not be read apart: pages are read when shown.
    mutable bool m_readApartFailed = false;
    // A list being counted apart (setCatalogue), put in place when counted.
    std::unique_ptr<ReadingApart> m_counting;
    std::shared_ptr<FollowUpCounts> m_countRead;
    std::optional<FollowUpCatalogue> m_countedCatalogue;
    FollowUpFilter m_countedFilter;
    quint64 m_countGeneration = 0;
    // Cancelled readings still running; waited for by the destructor.
    mutable std::vector<std::unique_ptr<ReadingApart>> m_droppedReadings;
    QIcon m_overdueIcon;
};

// Status as users read it: the stored status, with the derived "overdue",
// "done on time" or "done late" where they apply.
QString followUpStatusText(const FollowUpRow &row);

} // namespace vt
