#pragma once

// The change history, read-only: every insert, update and delete of a record
// with when, who, and the values before and after. Opened from Edit ▸ Change
// history (every visit, deleted ones included) and from a visit's editor (that
// visit only). Nothing here can change the history.

#include <QDialog>

class QLabel;
class QStandardItemModel;
class QTableView;

namespace vt {

class DatabaseSession;

class ChangeHistoryDialog final : public QDialog
{
    Q_OBJECT

public:
    // visitId 0: the history of every visit.
    ChangeHistoryDialog(DatabaseSession &session, qint64 visitId, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    void reload();

private:
    DatabaseSession &m_session;
    qint64 m_visitId = 0;
    QTableView *m_table = nullptr;
    QStandardItemModel *m_model = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace vt
