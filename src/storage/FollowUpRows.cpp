#include "storage/FollowUpRows.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"

#include "domain/FollowUpRules.h"
#include "domain/TextFolding.h"

#include <QSqlQuery>

namespace vt::follow_up_rows {
namespace {

// The latest update is the one with the highest seq (the log is append-only);
// the latest progress may come from an earlier update.
constexpr char kSelect[] =
    "SELECT r.id, r.visit_id, v.date, v.title, v.host_name, r.text, r.responsible, r.due,"
    " r.status, r.completed, u.date, u.note,"
    " (SELECT count(*) FROM follow_up_updates c WHERE c.recommendation_id = r.id),"
    " (SELECT p.progress FROM follow_up_updates p WHERE p.recommendation_id = r.id"
    "  AND p.progress IS NOT NULL ORDER BY p.seq DESC LIMIT 1)"
    " FROM recommendations r JOIN visits v ON v.id = r.visit_id"
    " LEFT JOIN follow_up_updates u ON u.recommendation_id = r.id"
    "  AND u.seq = (SELECT max(m.seq) FROM follow_up_updates m WHERE m.recommendation_id = r.id)";

FollowUpRow rowFrom(const QSqlQuery &q, const QDate &asOf)
{
    FollowUpRow row;
    row.id = q.value(0).toLongLong();
    row.visitId = q.value(1).toLongLong();
    row.visitDate = sql::dateFrom(q.value(2));
    row.visitTitle = q.value(3).toString();
    row.host = q.value(4).toString();
    row.text = q.value(5).toString();
    row.responsible = q.value(6).toString();
    row.due = sql::dateFrom(q.value(7));
    row.status =
        fromKey<RecommendationStatus>(q.value(8).toString()).value_or(RecommendationStatus::Open);
    row.completed = sql::dateFrom(q.value(9));
    row.lastUpdateDate = sql::dateFrom(q.value(10));
    row.lastUpdateNote = q.value(11).toString();
    row.updateCount = q.value(12).toInt();
    if (!q.isNull(13))
        row.lastProgress = q.value(13).toInt();
    // The domain rule decides, so the list, the CLI and reports agree.
    Recommendation rec;
    rec.status = row.status;
    rec.due = row.due;
    row.daysOverdue = vt::daysOverdue(rec, asOf);
    return row;
}

} // namespace

QString overdueClause()
{
    return QLatin1StringView(kOpenStatuses) +
           QLatin1StringView(" AND r.due IS NOT NULL AND r.due < ?");
}

QString urgencyOrder()
{
    return QLatin1StringView("(CASE WHEN ") + overdueClause() +
           QLatin1StringView(" THEN 0 ELSE 1 END), (r.due IS NULL), r.due");
}

bool needsVisit(const FollowUpFilter &filter)
{
    return !foldForSearch(filter.host).simplified().isEmpty();
}

sql::Condition conditionOf(const FollowUpFilter &filter, const QDate &asOf)
{
    sql::Condition condition;
    condition.addHost("v", filter.host, filter.includeSubordinates);
    condition.addContainsEveryWord("r.text_fold", filter.text);
    // Responsible units have no folded column: vt_fold (SqlFunctions.h).
    const QString responsible = foldForSearch(filter.responsible).simplified();
    if (!responsible.isEmpty())
        condition.addContains("vt_fold(r.responsible)", responsible);
    if (filter.status)
        condition.add(QStringLiteral("r.status = ?"), {toKey(*filter.status)});
    if (filter.overdueOnly || filter.overdueAge)
        condition.add(overdueClause(), {sql::dateValue(asOf)});
    if (filter.overdueAge) {
        // Days overdue = due.daysTo(asOf): a bucket is a range of due dates.
        const OverdueDays days = overdueDays(*filter.overdueAge);
        condition.add(QStringLiteral("r.due <= ?"), {sql::dateValue(asOf.addDays(-days.first))});
        if (days.last > 0)
            condition.add(QStringLiteral("r.due >= ?"), {sql::dateValue(asOf.addDays(-days.last))});
    }
    return condition;
}

bool readRows(Database &database, const QDate &asOf, const sql::Condition &condition,
              const QString &order, QList<FollowUpRow> *rows, QString *error)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    const QString what = sql::Text::tr("Could not read the follow-up list");
    if (!sql::prepare(query, QLatin1StringView(kSelect) + condition.sql() + order, what, error))
        return false;
    QVariantList values = condition.values;
    if (order.contains(QLatin1Char('?'))) // the overdue rank of urgencyOrder()
        values.append(sql::dateValue(asOf));
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!sql::exec(query, what, error))
        return false;
    while (query.next())
        rows->append(rowFrom(query, asOf));
    return true;
}

} // namespace vt::follow_up_rows
