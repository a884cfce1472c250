#include "storage/CarryOverRecords.h"

#include "storage/SqlValues.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace vt::records {

bool writeVerdicts(QSqlDatabase connection, qint64 visitId, const QList<CarryOverVerdict> &verdicts,
                   QString *error)
{
    const QString what =
        sql::Text::tr("Could not save the carry-over verdicts of visit %1").arg(visitId);
    QSqlQuery query(connection);
    if (!sql::prepare(query, QStringLiteral("DELETE FROM carry_over_verdicts WHERE visit_id = ?"),
                      what, error))
        return false;
    query.bindValue(0, visitId);
    if (!sql::exec(query, what, error))
        return false;
    if (verdicts.isEmpty())
        return true;
    if (!sql::prepare(query,
                      QStringLiteral("INSERT INTO carry_over_verdicts (visit_id, recommendation_id,"
                                     " seq, verdict, note) VALUES (?, ?, ?, ?, ?)"),
                      what, error))
        return false;
    for (qsizetype seq = 0; seq < verdicts.size(); ++seq) {
        const CarryOverVerdict &v = verdicts.at(seq);
        query.bindValue(0, visitId);
        query.bindValue(1, v.recommendationId);
        query.bindValue(2, qint64(seq));
        query.bindValue(3, toKey(v.verdict));
        query.bindValue(4, sql::optionalText(v.note));
        if (!sql::exec(query, what, error))
            return false;
    }
    return true;
}

bool readVerdicts(QSqlDatabase connection, qint64 visitId, QList<CarryOverVerdict> *verdicts,
                  QString *error)
{
    const QString what =
        sql::Text::tr("Could not read the carry-over verdicts of visit %1").arg(visitId);
    QSqlQuery query(connection);
    query.setForwardOnly(true);
    if (!sql::prepare(
            query,
            QStringLiteral("SELECT recommendation_id, verdict, note FROM carry_over_verdicts"
                           " WHERE visit_id = ? ORDER BY seq"),
            what, error))
        return false;
    query.bindValue(0, visitId);
    if (!sql::exec(query, what, error))
        return false;
    while (query.next()) {
        const auto verdict = verdictFromKey(query.value(1).toString());
        if (!verdict) {
            if (error)
                *error = sql::Text::tr("%1: unknown value “%2” in the database")
                             .arg(what, query.value(1).toString());
            return false;
        }
        verdicts->append({query.value(0).toLongLong(), *verdict, query.value(2).toString()});
    }
    return true;
}

bool HeldVerdicts::hold(QSqlDatabase connection, qint64 visitId, QString *error)
{
    m_held.clear();
    const QString what =
        sql::Text::tr("Could not keep the carry-over verdicts on visit %1").arg(visitId);
    QSqlQuery query(connection);
    query.setForwardOnly(true);
    if (!sql::prepare(query,
                      QStringLiteral("SELECT c.visit_id, c.seq, c.verdict, c.note, r.seq, r.text"
                                     " FROM carry_over_verdicts c"
                                     " JOIN recommendations r ON r.id = c.recommendation_id"
                                     " WHERE r.visit_id = ? ORDER BY c.visit_id, c.seq"),
                      what, error))
        return false;
    query.bindValue(0, visitId);
    if (!sql::exec(query, what, error))
        return false;
    while (query.next()) {
        m_held.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                       query.value(2).toString(), query.value(3), query.value(4).toLongLong(),
                       query.value(5).toString()});
    }
    return true;
}

bool HeldVerdicts::restore(QSqlDatabase connection, qint64 visitId, QString *error)
{
    if (m_held.isEmpty())
        return true;
    const QString what =
        sql::Text::tr("Could not keep the carry-over verdicts on visit %1").arg(visitId);
    QSqlQuery query(connection);
    query.setForwardOnly(true);
    if (!sql::prepare(
            query, QStringLiteral("SELECT id, seq, text FROM recommendations WHERE visit_id = ?"),
            what, error))
        return false;
    query.bindValue(0, visitId);
    if (!sql::exec(query, what, error))
        return false;
    QHash<qint64, qint64> idOfSeq;
    QMultiHash<QString, std::pair<qint64, qint64>> byText; // text -> (seq, id)
    while (query.next()) {
        idOfSeq.insert(query.value(1).toLongLong(), query.value(0).toLongLong());
        byText.insert(query.value(2).toString(),
                      {query.value(1).toLongLong(), query.value(0).toLongLong()});
    }
    query.finish();

    if (!sql::prepare(query,
                      QStringLiteral("INSERT INTO carry_over_verdicts (visit_id, recommendation_id,"
                                     " seq, verdict, note) VALUES (?, ?, ?, ?, ?)"),
                      what, error))
        return false;
    QSet<std::pair<qint64, qint64>> attached; // (later visit, recommendation): one verdict each
    for (const Held &held : std::as_const(m_held)) {
        qint64 id = 0;
        const auto sameText = byText.values(held.recommendationText);
        for (const auto &[seq, candidate] : sameText) {
            if (id == 0 || seq == held.recommendationSeq)
                id = candidate;
        }
        if (id == 0)
            id = idOfSeq.value(held.recommendationSeq);
        if (id == 0 || attached.contains({held.visitId, id}))
            continue;
        attached.insert({held.visitId, id});
        query.bindValue(0, held.visitId);
        query.bindValue(1, id);
        query.bindValue(2, held.seq);
        query.bindValue(3, held.verdict);
        query.bindValue(4, held.note);
        if (!sql::exec(query, what, error))
            return false;
    }
    m_held.clear();
    return true;
}

} // namespace vt::records
