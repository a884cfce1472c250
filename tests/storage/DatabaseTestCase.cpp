#include "DatabaseTestCase.h"

#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTest>

namespace vt::test {

QString DatabaseTestCase::path(const char *name) const
{
    return m_dir->filePath(QLatin1StringView(name));
}

QString DatabaseTestCase::folder() const
{
    return m_dir->path();
}

void DatabaseTestCase::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void DatabaseTestCase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void DatabaseTestCase::cleanup()
{
    m_dir.reset();
    QCOMPARE(QSqlDatabase::connectionNames(), QStringList());
}

} // namespace vt::test
