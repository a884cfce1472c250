#pragma once

// Help ▸ About: version, licence, and which database file (and schema) is open.

#include <QCoreApplication>

class QWidget;

namespace vt {

class DatabaseSession;

class AboutDialog final
{
    Q_DECLARE_TR_FUNCTIONS(vt::AboutDialog)

public:
    static void show(QWidget *parent, DatabaseSession &session);
};

} // namespace vt
