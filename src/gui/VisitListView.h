#pragma once

// The list of visits with its filters: the main window's central view.

#include <QWidget>

class QTableView;

namespace vt {

class DatabaseSession;
class VisitFilterBar;
class VisitListModel;

class VisitListView final : public QWidget
{
    Q_OBJECT

public:
    explicit VisitListView(DatabaseSession &session, QWidget *parent = nullptr);

    qint64 currentVisitId() const;
    int visibleCount() const;
    void focusSearch();
    QTableView *table() const { return m_table; }
    VisitFilterBar *filterBar() const { return m_filterBar; }

signals:
    void visitActivated(qint64 visitId);
    void currentVisitChanged(qint64 visitId);
    void visibleCountChanged(int count);

private:
    void rebuildModel();
    void refresh();

    DatabaseSession &m_session;
    VisitFilterBar *m_filterBar = nullptr;
    QTableView *m_table = nullptr;
    VisitListModel *m_model = nullptr;
};

} // namespace vt
