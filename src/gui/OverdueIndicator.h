#pragma once

// The count of overdue recommendations, always visible in the main window's
// status bar: red when there are any; a click shows them in the follow-up view.

#include <QToolButton>

class QTimer;

namespace vt {

class DatabaseSession;

class OverdueIndicator final : public QToolButton
{
    Q_OBJECT

public:
    explicit OverdueIndicator(DatabaseSession &session, QWidget *parent = nullptr);

    int count() const { return m_count; }
    void refresh();

private:
    DatabaseSession &m_session;
    QTimer *m_dayTimer = nullptr;
    int m_count = -1;
};

} // namespace vt
