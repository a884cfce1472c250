#include "storage/VisitBatch.h"

#include "storage/Database.h"
#include "storage/DeferredWrites.h"
#include "storage/SqlValues.h"
#include "storage/VisitRecords.h"

namespace vt {
namespace {

// Negative: in KiB (SQLite's convention). 64 MiB holds the hot index pages of
// a national data set; the default is 2 MiB.
constexpr int kBatchCacheKib = 64 * 1024;

} // namespace

VisitBatch::VisitBatch(Database &database)
    : m_database(database),
      m_session(std::make_unique<records::VisitWriteSession>(database.connection())),
      m_findRef(database.connection())
{
    m_findRef.setForwardOnly(true);
    m_findRef.prepare(QStringLiteral("SELECT id FROM visits WHERE ref = ?"));
    // PRAGMA values cannot be bound; these are our own integers.
    QSqlQuery pragma(database.connection());
    if (pragma.exec(QStringLiteral("PRAGMA cache_size")) && pragma.next())
        m_cacheSize = pragma.value(0);
    pragma.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kBatchCacheKib));
    const QString connectionName = database.connection().connectionName();
    if (!deferred_writes::of(connectionName)) {
        m_session->deferIndex();
        deferred_writes::attach(connectionName, this);
        m_deferring = true;
    }
}

VisitBatch::~VisitBatch()
{
    if (m_deferring) {
        deferred_writes::attach(m_database.connection().connectionName(), nullptr);
        // A caller that commits after dropping the batch still gets every
        // entry (a rolled-back transaction has discarded them already).
        QString error;
        if (!m_session->flushIndex(&error))
            qWarning("VisitBatch: %s", qPrintable(error));
    }
    if (m_cacheSize.isValid() && m_database.isOpen()) {
        QSqlQuery pragma(m_database.connection());
        pragma.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize.toLongLong()));
    }
}

qint64 VisitBatch::idForRef(const QString &ref)
{
    if (ref.isEmpty())
        return 0;
    m_findRef.bindValue(0, ref);
    const qint64 id = m_findRef.exec() && m_findRef.next() ? m_findRef.value(0).toLongLong() : 0;
    m_findRef.finish(); // an open read would keep the WAL from being checkpointed
    return id;
}

bool VisitBatch::writeBeforeCommit(QString *error)
{
    return m_session->flushIndex(error);
}

void VisitBatch::discard()
{
    m_session->discardIndex();
}

bool VisitBatch::save(Visit &visit, QString *error)
{
    if (m_database.isReadOnly()) {
        if (error)
            *error =
                sql::Text::tr("Could not save the visit “%1”: the database “%2” is open read-only.")
                    .arg(visit.title, m_database.filePath());
        return false;
    }
    return m_session->write(visit, error);
}

bool VisitBatch::recreate(Visit &visit, QString *error)
{
    if (m_database.isReadOnly() || visit.id == 0)
        return save(visit, error); // says why, or inserts a visit that never had an id
    return m_session->recreate(visit, error);
}

bool VisitBatch::remove(qint64 id, QString *error)
{
    return m_session->remove(id, error);
}

} // namespace vt
