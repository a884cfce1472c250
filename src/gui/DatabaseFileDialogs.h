#pragma once

// File ▸ New database and File ▸ Save a copy: the questions and messages
// around them, kept out of MainWindow.

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace vt {

class DatabaseSession;

class DatabaseFileDialogs final
{
    Q_DECLARE_TR_FUNCTIONS(vt::DatabaseFileDialogs)

public:
    // Asks where to create a new database. A file the user agreed to replace is
    // removed first, so that opening the path creates an empty database. Empty
    // when cancelled or refused.
    static QString askNewDatabasePath(QWidget *parent, const QString &currentPath);
    // Asks for a file name and writes a consistent copy of the open database;
    // returns the copy's path, or empty.
    static QString saveCopy(QWidget *parent, DatabaseSession &session);
};

} // namespace vt
