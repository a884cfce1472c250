#include "storage/VisitRepository.h"

#include "storage/CarryOverRecords.h"
#include "storage/Database.h"
#include "storage/SearchIndex.h"
#include "storage/SqlValues.h"
#include "storage/VisitRecords.h"

#include <QDateTime>
#include <QSqlQuery>

namespace vt {

VisitRepository::VisitRepository(Database &database) : m_database(database) {}

VisitRepository::~VisitRepository() = default;

std::optional<Visit> VisitRepository::load(qint64 id, QString *error) const
{
    if (!m_reader)
        m_reader = std::make_unique<records::VisitReadSession>(m_database.connection());
    QString readError;
    auto visit = m_reader->read(id, &readError);
    if (!visit && error)
        *error = readError.isEmpty() ? sql::Text::tr("There is no visit %1.").arg(id) : readError;
    return visit;
}

bool VisitRepository::save(Visit &visit, QString *error)
{
    if (m_database.isReadOnly()) {
        if (error)
            *error =
                sql::Text::tr("Could not save the visit “%1”: the database “%2” is open read-only.")
                    .arg(visit.title, m_database.filePath());
        return false;
    }
    return records::writeVisit(m_database.connection(), visit, error);
}

bool VisitRepository::remove(qint64 id, QString *error)
{
    return search_index::removeVisit(m_database.connection(), id, error) &&
           records::deleteVisitRow(m_database.connection(), id, error);
}

bool VisitRepository::recreate(Visit &visit, QString *error)
{
    if (m_database.isReadOnly() || visit.id == 0)
        return save(visit, error); // says why, or inserts a visit that never had an id
    return records::recreateVisit(m_database.connection(), visit, error);
}

bool VisitRepository::saveVerdicts(qint64 visitId, const QList<CarryOverVerdict> &verdicts,
                                   QString *error)
{
    return records::writeVerdicts(m_database.connection(), visitId, verdicts, error);
}

bool VisitRepository::contains(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM visits WHERE id = ?"));
    query.bindValue(0, id);
    return query.exec() && query.next();
}

qint64 VisitRepository::idForRef(const QString &ref) const
{
    if (ref.isEmpty())
        return 0;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id FROM visits WHERE ref = ?"));
    query.bindValue(0, ref);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

QList<qint64> VisitRepository::idsForRefs(const QStringList &refs) const
{
    QList<qint64> ids(refs.size(), 0);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT id FROM visits WHERE ref = ?")))
        return ids;
    for (qsizetype i = 0; i < refs.size(); ++i) {
        if (refs.at(i).isEmpty())
            continue;
        query.bindValue(0, refs.at(i));
        if (query.exec() && query.next())
            ids[i] = query.value(0).toLongLong();
        query.finish();
    }
    return ids;
}

QList<qint64> VisitRepository::allIds() const
{
    QList<qint64> ids;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT id FROM visits ORDER BY date, id"))) {
        while (query.next())
            ids.append(query.value(0).toLongLong());
    }
    return ids;
}

qint64 VisitRepository::count() const
{
    QSqlQuery query(m_database.connection());
    return query.exec(QStringLiteral("SELECT count(*) FROM visits")) && query.next()
               ? query.value(0).toLongLong()
               : 0;
}

} // namespace vt
