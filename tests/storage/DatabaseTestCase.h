#pragma once

// The base of test classes that open databases: a fresh temporary folder for
// every test function, and the check after each one that every Database
// closed its connection (a leaked connection keeps the file open and hides
// lifetime bugs).

#include <QObject>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace vt::test {

class DatabaseTestCase : public QObject
{
    Q_OBJECT

protected:
    // A file in this test function's own folder.
    QString path(const char *name) const;
    QString folder() const;

private slots:
    // Qt Test calls these by name; a test class that needs more set-up
    // declares its own and calls these first.
    void initTestCase();
    void init();
    void cleanup();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

} // namespace vt::test
