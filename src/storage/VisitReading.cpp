#include "storage/SqlValues.h"
#include "storage/VisitRecords.h"

#include "domain/CarryOver.h"

#include <QHash>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <unordered_map>

namespace vt::records {
namespace {

using sql::dateFrom;

// The statements of a read, keyed by their text (each a literal of this file).
// (QSqlQuery can be moved, not copied, which QHash would need.)
using PreparedReads = std::unordered_map<const char *, QSqlQuery>;

// Reads one visit's rows; the first problem (a failed query, an unknown enum
// key, damaged extension JSON) is kept and ends the read.
class VisitReader
{
public:
    VisitReader(QSqlDatabase connection, PreparedReads &prepared, qint64 id)
        : m_connection(connection), m_prepared(prepared), m_id(id)
    {
    }

    std::optional<Visit> read(QString *error)
    {
        Visit visit;
        bool found = false;
        if (!readVisitRow(visit, &found) || (found && !readChildren(visit))) {
            if (error)
                *error = m_error;
            return std::nullopt;
        }
        if (!found && error)
            error->clear();
        return found ? std::optional<Visit>(std::move(visit)) : std::nullopt;
    }

private:
    bool fail(const QString &message)
    {
        m_error = sql::Text::tr("Could not read visit %1: %2").arg(m_id).arg(message);
        return false;
    }

    // Runs a statement with the given bound values and calls rowRead for each
    // row. The statement is prepared on its first use and kept, and reset
    // (finish) however the rows end, so no read stays open between visits.
    template <typename RowRead>
    bool forEachRow(const char *text, const QVariantList &values, RowRead rowRead)
    {
        auto found = m_prepared.find(text);
        if (found == m_prepared.end()) {
            QSqlQuery query(m_connection);
            query.setForwardOnly(true);
            if (!query.prepare(QString::fromLatin1(text)))
                return fail(query.lastError().text());
            found = m_prepared.emplace(text, std::move(query)).first;
        }
        QSqlQuery &query = found->second;
        const auto reset = qScopeGuard([&query] { query.finish(); });
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values.at(i));
        if (!query.exec())
            return fail(query.lastError().text());
        while (query.next()) {
            if (!rowRead(query))
                return false;
        }
        return !query.lastError().isValid() || fail(query.lastError().text());
    }

    template <typename Enum> bool enumFrom(const QVariant &value, Enum *result)
    {
        const auto parsed = fromKey<Enum>(value.toString());
        if (!parsed)
            return fail(sql::Text::tr("unknown value “%1” in the database").arg(value.toString()));
        *result = *parsed;
        return true;
    }

    bool extensionsFrom(const QVariant &value, QJsonObject *result)
    {
        const auto parsed = sql::extensionsFrom(value);
        if (!parsed)
            return fail(sql::Text::tr("damaged extension fields"));
        *result = *parsed;
        return true;
    }

    bool readVisitRow(Visit &visit, bool *found)
    {
        return forEachRow(
            "SELECT id, ref, title, kind, status, date, end_date, location, delegation_name,"
            " host_name, topic, summary, extensions FROM visits WHERE id = ?",
            {m_id}, [&](const QSqlQuery &q) {
                *found = true;
                visit.id = q.value(0).toLongLong();
                visit.ref = q.value(1).toString();
                visit.title = q.value(2).toString();
                visit.date = dateFrom(q.value(5));
                visit.endDate = dateFrom(q.value(6));
                visit.location = q.value(7).toString();
                visit.delegation = q.value(8).toString();
                visit.host = q.value(9).toString();
                visit.topic = q.value(10).toString();
                visit.summary = q.value(11).toString();
                return enumFrom(q.value(3), &visit.kind) && enumFrom(q.value(4), &visit.status) &&
                       extensionsFrom(q.value(12), &visit.extensions);
            });
    }

    bool readChildren(Visit &visit)
    {
        return readAttendees(visit) && readFigures(visit) && readFindings(visit) &&
               readIndicators(visit) && readRecommendations(visit) && readCarriedOver(visit);
    }

    // As records::readVerdicts, with the statement kept.
    bool readCarriedOver(Visit &visit)
    {
        return forEachRow("SELECT recommendation_id, verdict, note FROM carry_over_verdicts"
                          " WHERE visit_id = ? ORDER BY seq",
                          {m_id}, [&](const QSqlQuery &q) {
                              const std::optional<Verdict> verdict =
                                  verdictFromKey(q.value(1).toString());
                              if (!verdict)
                                  return fail(sql::Text::tr("unknown value “%1” in the database")
                                                  .arg(q.value(1).toString()));
                              visit.carriedOver.append(
                                  {q.value(0).toLongLong(), *verdict, q.value(2).toString()});
                              return true;
                          });
    }

    bool readAttendees(Visit &visit)
    {
        return forEachRow(
            "SELECT name, position, organisation, side, role, present, note, extensions"
            " FROM attendees WHERE visit_id = ? ORDER BY seq",
            {m_id}, [&](const QSqlQuery &q) {
                Attendee a;
                a.name = q.value(0).toString();
                a.position = q.value(1).toString();
                a.organisation = q.value(2).toString();
                a.present = q.value(5).toInt() != 0;
                a.note = q.value(6).toString();
                if (!enumFrom(q.value(3), &a.side) || !enumFrom(q.value(4), &a.role) ||
                    !extensionsFrom(q.value(7), &a.extensions))
                    return false;
                visit.attendees.append(a);
                return true;
            });
    }

    bool readFigures(Visit &visit)
    {
        return forEachRow("SELECT label, value, unit, as_of, extensions FROM report_figures"
                          " WHERE visit_id = ? ORDER BY seq",
                          {m_id}, [&](const QSqlQuery &q) {
                              ReportFigure f;
                              f.label = q.value(0).toString();
                              f.value = q.value(1).toDouble();
                              f.unit = q.value(2).toString();
                              f.asOf = dateFrom(q.value(3));
                              if (!extensionsFrom(q.value(4), &f.extensions))
                                  return false;
                              visit.figures.append(f);
                              return true;
                          });
    }

    bool readFindings(Visit &visit)
    {
        return forEachRow(
            "SELECT id, key, category, area, text, organisation, extensions FROM findings"
            " WHERE visit_id = ? ORDER BY seq",
            {m_id}, [&](const QSqlQuery &q) {
                Finding f;
                f.key = q.value(1).toString();
                f.area = q.value(3).toString();
                f.text = q.value(4).toString();
                f.organisation = q.value(5).toString();
                if (!enumFrom(q.value(2), &f.category) ||
                    !extensionsFrom(q.value(6), &f.extensions))
                    return false;
                m_findingKeys.insert(q.value(0).toLongLong(), f.key);
                visit.findings.append(f);
                return true;
            });
    }

    bool readIndicators(Visit &visit)
    {
        return forEachRow(
            "SELECT name, unit, period, target, actual, as_of, extensions FROM indicators"
            " WHERE visit_id = ? ORDER BY seq",
            {m_id}, [&](const QSqlQuery &q) {
                Indicator i;
                i.name = q.value(0).toString();
                i.unit = q.value(1).toString();
                i.period = q.value(2).toString();
                if (!q.isNull(3))
                    i.target = q.value(3).toDouble();
                i.actual = q.value(4).toDouble();
                i.asOf = dateFrom(q.value(5));
                if (!extensionsFrom(q.value(6), &i.extensions))
                    return false;
                visit.indicators.append(i);
                return true;
            });
    }

    bool readRecommendations(Visit &visit)
    {
        QHash<qint64, qsizetype> indexOfId;
        const bool ok = forEachRow(
            "SELECT id, text, responsible, due, status, completed, extensions"
            " FROM recommendations WHERE visit_id = ? ORDER BY seq",
            {m_id}, [&](const QSqlQuery &q) {
                Recommendation r;
                r.text = q.value(1).toString();
                r.responsible = q.value(2).toString();
                r.due = dateFrom(q.value(3));
                r.completed = dateFrom(q.value(5));
                if (!enumFrom(q.value(4), &r.status) || !extensionsFrom(q.value(6), &r.extensions))
                    return false;
                indexOfId.insert(q.value(0).toLongLong(), visit.recommendations.size());
                visit.recommendations.append(r);
                return true;
            });
        if (!ok || indexOfId.isEmpty())
            return ok;
        return forEachRow("SELECT rf.recommendation_id, rf.finding_id"
                          " FROM recommendation_findings rf"
                          " JOIN recommendations r ON r.id = rf.recommendation_id"
                          " WHERE r.visit_id = ? ORDER BY rf.recommendation_id, rf.seq",
                          {m_id},
                          [&](const QSqlQuery &q) {
                              auto &r =
                                  visit.recommendations[indexOfId.value(q.value(0).toLongLong())];
                              r.addresses.append(m_findingKeys.value(q.value(1).toLongLong()));
                              return true;
                          }) &&
               forEachRow(
                   "SELECT u.recommendation_id, u.date, u.note, u.progress, u.evidence, "
                   "u.extensions"
                   " FROM follow_up_updates u JOIN recommendations r ON r.id = u.recommendation_id"
                   " WHERE r.visit_id = ? ORDER BY u.recommendation_id, u.seq",
                   {m_id}, [&](const QSqlQuery &q) {
                       FollowUpUpdate u;
                       u.date = dateFrom(q.value(1));
                       u.note = q.value(2).toString();
                       if (!q.isNull(3))
                           u.progress = q.value(3).toInt();
                       u.evidence = q.value(4).toString();
                       if (!extensionsFrom(q.value(5), &u.extensions))
                           return false;
                       visit.recommendations[indexOfId.value(q.value(0).toLongLong())]
                           .updates.append(u);
                       return true;
                   });
    }

    QSqlDatabase m_connection;
    PreparedReads &m_prepared;
    qint64 m_id = 0;
    QString m_error;
    QHash<qint64, QString> m_findingKeys; // finding id -> key, for the addresses
};

} // namespace

class VisitReadSession::Statements final
{
public:
    PreparedReads prepared;
};

VisitReadSession::VisitReadSession(QSqlDatabase connection)
    : m_connection(connection), m_statements(std::make_unique<Statements>())
{
}

VisitReadSession::~VisitReadSession() = default;

std::optional<Visit> VisitReadSession::read(qint64 id, QString *error)
{
    return VisitReader(m_connection, m_statements->prepared, id).read(error);
}

std::optional<Visit> readVisit(QSqlDatabase connection, qint64 id, QString *error)
{
    return VisitReadSession(connection).read(id, error);
}

} // namespace vt::records
