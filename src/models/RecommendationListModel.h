#pragma once

// The follow-up list: every recommendation with its host, visit, due date,
// status, days overdue and last update. Rows are given whole (the follow-up
// view reads them with its filters); sorting is left to a
// QSortFilterProxyModel on SortRole. Overdue rows carry a strong colour, an
// icon and bold days so that they cannot be missed, in light and dark palettes.

#include "storage/RecommendationQueries.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>

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

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setRows(const QList<FollowUpRow> &rows);
    const FollowUpRow &rowAt(int row) const { return m_rows.at(row); }
    int rowOfRecommendation(qint64 id) const;
    int overdueCount() const;
    // Overdue rows in one age bucket (1–30, 31–60, 61–90, over 90 days).
    int overdueCount(OverdueAge age) const;

    // Widgets know the style's icons; this model (Qt Gui) does not.
    void setOverdueIcon(const QIcon &icon) { m_overdueIcon = icon; }

private:
    QVariant display(const FollowUpRow &row, int column) const;
    QVariant sortValue(const FollowUpRow &row, int column) const;
    QVariant background(const FollowUpRow &row, int column) const;
    QVariant foreground(const FollowUpRow &row, int column) const;

    QList<FollowUpRow> m_rows;
    QIcon m_overdueIcon;
};

// Status as users read it: the stored status, with the derived "overdue",
// "done on time" or "done late" where they apply.
QString followUpStatusText(const FollowUpRow &row);

} // namespace vt
