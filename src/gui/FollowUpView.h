#pragma once

// The "Follow-up" tab: every recommendation of every visit with its status,
// deadline, days overdue and last update; filters by host, status (overdue
// included), responsible unit and text; adding a follow-up update without
// opening the visit editor. Overdue rows come first and stand out.

#include "services/AttachmentService.h"

#include <QWidget>

#include <optional>
#include <utility>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QShowEvent;
class QTimer;

namespace vt {

class DatabaseSession;
class RecommendationListModel;

class FollowUpView final : public QWidget
{
    Q_OBJECT

public:
    explicit FollowUpView(DatabaseSession &session, QWidget *parent = nullptr);

    // Shows only overdue recommendations, other filters cleared.
    void showOverdue();
    // Re-reads the list with the current filters (on every change of data).
    void refresh();

    QTableView *table() const { return m_table; }
    RecommendationListModel *model() const { return m_model; }
    qint64 currentRecommendationId() const;
    // Asks for an update of the current recommendation (the dialog is modal).
    void addUpdateToCurrent();

signals:
    void visitActivated(qint64 visitId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // Reads the list now when shown, else when next shown: with hundreds of
    // thousands of recommendations a hidden tab must not slow down start-up.
    void refreshWhenVisible();
    // The print preview of the list as shown (gui/print).
    void previewReport();

    // The list set by refresh() is in place (at once, or once counted on
    // another thread): the current recommendation, the summary, the actions.
    void listed();
    void updateActions();
    void updateSummary();
    // When a page has been read on another thread: once the row that was
    // current before a refresh is read, the same recommendation is made
    // current again if it is still in that row.
    void restoreCurrent();

    static constexpr int kMaxPrintedRows = 5000;

    DatabaseSession &m_session;
    QLineEdit *m_host = nullptr;
    QCheckBox *m_subordinates = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_responsible = nullptr;
    QLineEdit *m_text = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_addUpdate = nullptr;
    QPushButton *m_openVisit = nullptr;
    QPushButton *m_printPreview = nullptr;
    RecommendationListModel *m_model = nullptr;
    QTimer *m_typingTimer = nullptr;
    bool m_stale = true; // the list is out of date and read when next shown
    // The row and recommendation current when refresh() was called.
    std::pair<int, qint64> m_currentBeforeListing{-1, 0};
    // The row and recommendation current before a refresh, while the row's
    // page is read on another thread.
    std::optional<std::pair<int, qint64>> m_currentToRestore;
};

} // namespace vt
