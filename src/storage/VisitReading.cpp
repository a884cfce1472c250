#include "storage/NativeStatement.h"
#include "storage/SqlValues.h"
#include "storage/VisitRecords.h"

#include "domain/CarryOver.h"

#include <QHash>
#include <memory>
#include <unordered_map>

namespace vt::records {
namespace {

using sql::dateFrom;

// The statements of a read, keyed by their text (each a literal of this file),
// run through SQLite's C API (NativeStatement.h): through QSqlQuery, reading
// a visit cost about twice SQLite's own work.
using PreparedReads = std::unordered_map<const char *, std::unique_ptr<sql::NativeStatement>>;
using Row = sql::NativeStatement;

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
        QString problem;
        auto found = m_prepared.find(text);
        if (found == m_prepared.end()) {
            auto statement = std::make_unique<sql::NativeStatement>();
            if (!statement->prepare(m_connection, QString::fromLatin1(text), QString(), &problem))
                return fail(problem);
            found = m_prepared.emplace(text, std::move(statement)).first;
        }
        Row &row = *found->second;
        if (!row.startRows(values, QString(), &problem))
            return fail(problem);
        bool read = true;
        while (read && row.nextRow())
            read = rowRead(row);
        // Reset however the rows end, so no read stays open between visits.
        const bool stepped = row.endRows(QString(), &problem);
        return read && (stepped || fail(problem));
    }

    template <typename Enum> bool enumFrom(const QString &key, Enum *result)
    {
        const auto parsed = fromKey<Enum>(key);
        if (!parsed)
            return fail(sql::Text::tr("unknown value “%1” in the database").arg(key));
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
            {m_id}, [&](const Row &q) {
                *found = true;
                visit.id = q.integerAt(0);
                visit.ref = q.textAt(1);
                visit.title = q.textAt(2);
                visit.date = dateFrom(q.valueAt(5));
                visit.endDate = dateFrom(q.valueAt(6));
                visit.location = q.textAt(7);
                visit.delegation = q.textAt(8);
                visit.host = q.textAt(9);
                visit.topic = q.textAt(10);
                visit.summary = q.textAt(11);
                return enumFrom(q.textAt(3), &visit.kind) && enumFrom(q.textAt(4), &visit.status) &&
                       extensionsFrom(q.valueAt(12), &visit.extensions);
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
        return forEachRow(
            "SELECT recommendation_id, verdict, note FROM carry_over_verdicts"
            " WHERE visit_id = ? ORDER BY seq",
            {m_id}, [&](const Row &q) {
                const std::optional<Verdict> verdict = verdictFromKey(q.textAt(1));
                if (!verdict)
                    return fail(
                        sql::Text::tr("unknown value “%1” in the database").arg(q.textAt(1)));
                visit.carriedOver.append({q.integerAt(0), *verdict, q.textAt(2)});
                return true;
            });
    }

    bool readAttendees(Visit &visit)
    {
        return forEachRow(
            "SELECT name, position, organisation, side, role, present, note, extensions"
            " FROM attendees WHERE visit_id = ? ORDER BY seq",
            {m_id}, [&](const Row &q) {
                Attendee a;
                a.name = q.textAt(0);
                a.position = q.textAt(1);
                a.organisation = q.textAt(2);
                a.present = int(q.integerAt(5)) != 0;
                a.note = q.textAt(6);
                if (!enumFrom(q.textAt(3), &a.side) || !enumFrom(q.textAt(4), &a.role) ||
                    !extensionsFrom(q.valueAt(7), &a.extensions))
                    return false;
                visit.attendees.append(a);
                return true;
            });
    }

    bool readFigures(Visit &visit)
    {
        return forEachRow("SELECT label, value, unit, as_of, extensions FROM report_figures"
                          " WHERE visit_id = ? ORDER BY seq",
                          {m_id}, [&](const Row &q) {
                              ReportFigure f;
                              f.label = q.textAt(0);
                              f.value = q.valueAt(1).toDouble();
                              f.unit = q.textAt(2);
                              f.asOf = dateFrom(q.valueAt(3));
                              if (!extensionsFrom(q.valueAt(4), &f.extensions))
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
            {m_id}, [&](const Row &q) {
                Finding f;
                f.key = q.textAt(1);
                f.area = q.textAt(3);
                f.text = q.textAt(4);
                f.organisation = q.textAt(5);
                if (!enumFrom(q.textAt(2), &f.category) ||
                    !extensionsFrom(q.valueAt(6), &f.extensions))
                    return false;
                m_findingKeys.insert(q.integerAt(0), f.key);
                visit.findings.append(f);
                return true;
            });
    }

    bool readIndicators(Visit &visit)
    {
        return forEachRow(
            "SELECT name, unit, period, target, actual, as_of, extensions FROM indicators"
            " WHERE visit_id = ? ORDER BY seq",
            {m_id}, [&](const Row &q) {
                Indicator i;
                i.name = q.textAt(0);
                i.unit = q.textAt(1);
                i.period = q.textAt(2);
                if (!q.isNullAt(3))
                    i.target = q.valueAt(3).toDouble();
                i.actual = q.valueAt(4).toDouble();
                i.asOf = dateFrom(q.valueAt(5));
                if (!extensionsFrom(q.valueAt(6), &i.extensions))
                    return false;
                visit.indicators.append(i);
                return true;
            });
    }

    bool readRecommendations(Visit &visit)
    {
        QHash<qint64, qsizetype> indexOfId;
        const bool ok =
            forEachRow("SELECT id, text, responsible, due, status, completed, extensions"
                       " FROM recommendations WHERE visit_id = ? ORDER BY seq",
                       {m_id}, [&](const Row &q) {
                           Recommendation r;
                           r.text = q.textAt(1);
                           r.responsible = q.textAt(2);
                           r.due = dateFrom(q.valueAt(3));
                           r.completed = dateFrom(q.valueAt(5));
                           if (!enumFrom(q.textAt(4), &r.status) ||
                               !extensionsFrom(q.valueAt(6), &r.extensions))
                               return false;
                           indexOfId.insert(q.integerAt(0), visit.recommendations.size());
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
                          [&](const Row &q) {
                              auto &r = visit.recommendations[indexOfId.value(q.integerAt(0))];
                              r.addresses.append(m_findingKeys.value(q.integerAt(1)));
                              return true;
                          }) &&
               forEachRow(
                   "SELECT u.recommendation_id, u.date, u.note, u.progress, u.evidence, "
                   "u.extensions"
                   " FROM follow_up_updates u JOIN recommendations r ON r.id = u.recommendation_id"
                   " WHERE r.visit_id = ? ORDER BY u.recommendation_id, u.seq",
                   {m_id}, [&](const Row &q) {
                       FollowUpUpdate u;
                       u.date = dateFrom(q.valueAt(1));
                       u.note = q.textAt(2);
                       if (!q.isNullAt(3))
                           u.progress = int(q.integerAt(3));
                       u.evidence = q.textAt(4);
                       if (!extensionsFrom(q.valueAt(5), &u.extensions))
                           return false;
                       visit.recommendations[indexOfId.value(q.integerAt(0))].updates.append(u);
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
