#pragma once

// The "Recommendations" page: the recommendations of the visit and, for the
// selected one, the limitations it addresses and its follow-up log.

#include "domain/Validation.h"

#include <QDate>
#include <QWidget>

class QGroupBox;
class QListWidget;
class QListWidgetItem;

namespace vt {

class CompletionLists;
class FindingTableModel;
class FollowUpUpdateTableModel;
class RecommendationTableModel;
class RecordTablePage;

class RecommendationsPage final : public QWidget
{
    Q_OBJECT

public:
    RecommendationsPage(RecommendationTableModel *recommendations, FindingTableModel *findings,
                        const CompletionLists *completions, QWidget *parent = nullptr);

    // The date a new follow-up update gets; invalid means the current date.
    void setToday(const QDate &today) { m_today = today; }

    // Issues with paths "recommendations..." (others are ignored); returns
    // how many lines the page lists.
    int showIssues(const QList<ValidationIssue> &issues);

    RecordTablePage *recommendationTable() const { return m_recommendationsPage; }
    RecordTablePage *updateTable() const { return m_updatesPage; }

private:
    int currentRecommendation() const;
    void loadSelected();
    void refreshAddresses();
    void addressToggled(QListWidgetItem *item);
    void storeUpdates();
    void applyIssues();

    RecommendationTableModel *m_recommendations;
    FindingTableModel *m_findings;
    FollowUpUpdateTableModel *m_updates = nullptr;
    RecordTablePage *m_recommendationsPage = nullptr;
    RecordTablePage *m_updatesPage = nullptr;
    QGroupBox *m_addressesBox = nullptr;
    QGroupBox *m_updatesBox = nullptr;
    QListWidget *m_addresses = nullptr;
    QList<ValidationIssue> m_issues;
    QDate m_today;
    int m_shownRow = -1; // the recommendation whose log the update table shows
    bool m_loading = false;
};

} // namespace vt
