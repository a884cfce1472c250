#pragma once

// A strip above the main window's views, shown while the open database is
// read-only, saying why and that changes cannot be saved.

#include <QLabel>

namespace vt {

class DatabaseSession;

class ReadOnlyBanner final : public QLabel
{
    Q_OBJECT

public:
    explicit ReadOnlyBanner(DatabaseSession &session, QWidget *parent = nullptr);

    // Re-reads the session: visible exactly when its database is read-only.
    void refresh();

private:
    DatabaseSession &m_session;
};

} // namespace vt
