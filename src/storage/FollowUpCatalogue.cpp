#include "storage/FollowUpCatalogue.h"

#include "storage/Database.h"
#include "storage/FollowUpRows.h"
#include "storage/NativeStatement.h"
#include "storage/SqlValues.h"

#include "domain/Enums.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace vt {
namespace {

using follow_up_rows::overdueClause;

// The terms of ORDER BY for a key, ascending; `bindsAsOf` when one of them
// holds the as-of date's `?`.
QStringList orderTerms(FollowUpSortKey key, bool *bindsAsOf)
{
    *bindsAsOf = false;
    switch (key) {
    case FollowUpSortKey::Urgency:
        *bindsAsOf = true;
        return {QStringLiteral("(CASE WHEN ") + overdueClause() +
                    QStringLiteral(" THEN 0 ELSE 1 END)"),
                QStringLiteral("(r.due IS NULL)"), QStringLiteral("r.due")};
    // Text sorts folded, as Vietnamese readers look words up: "Đảng ủy"
    // among the D's, accents and case aside (the model's SortRole agrees).
    case FollowUpSortKey::Host:
        return {QStringLiteral("v.host_fold")};
    case FollowUpSortKey::Visit:
        return {QStringLiteral("v.date")};
    case FollowUpSortKey::Text:
        return {QStringLiteral("r.text_fold")};
    case FollowUpSortKey::Responsible:
        return {QStringLiteral("vt_fold(r.responsible)")};
    case FollowUpSortKey::Due:
        return {QStringLiteral("(r.due IS NULL)"), QStringLiteral("r.due")};
    case FollowUpSortKey::Status: {
        // Overdue before every stored status, then the statuses in their order.
        *bindsAsOf = true;
        QString rank = QStringLiteral("(CASE WHEN ") + overdueClause() +
                       QStringLiteral(" THEN -1 ELSE (CASE r.status");
        for (int i = 0; i < valueCount<RecommendationStatus>(); ++i)
            rank += QStringLiteral(" WHEN '%1' THEN %2")
                        .arg(toKey(valueAt<RecommendationStatus>(i)))
                        .arg(i);
        return {rank + QStringLiteral(" END) END)")};
    }
    case FollowUpSortKey::LastUpdate:
        // Stored with the updates (MigrationV14.cpp); the date the column shows.
        return {QStringLiteral("coalesce(r.last_update_date, '')")};
    }
    return {};
}

bool needsVisit(FollowUpSortKey key)
{
    return key == FollowUpSortKey::Host || key == FollowUpSortKey::Visit;
}

QString fromClause(bool withVisit)
{
    return withVisit ? QStringLiteral(" FROM recommendations r JOIN visits v ON v.id = r.visit_id")
                     : QStringLiteral(" FROM recommendations r");
}

bool run(QSqlQuery &query, const QString &text, const QVariantList &values, QString *error)
{
    const QString what = sql::Text::tr("Could not read the follow-up list");
    if (!sql::prepare(query, text, what, error))
        return false;
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    return sql::exec(query, what, error);
}

} // namespace

int FollowUpCounts::overdue() const
{
    int sum = 0;
    for (const int n : overdueByAge)
        sum += n;
    return sum;
}

int FollowUpCounts::overdue(OverdueAge age) const
{
    const auto at = std::find(std::begin(kOverdueAges), std::end(kOverdueAges), age);
    return overdueByAge.at(std::size_t(at - std::begin(kOverdueAges)));
}

FollowUpCatalogue::FollowUpCatalogue(Database &database, const QDate &asOf)
    : m_database(database), m_asOf(asOf)
{
}

FollowUpCounts FollowUpCatalogue::count(const FollowUpFilter &filter, QString *error) const
{
    FollowUpCounts counts;
    const sql::Condition condition = follow_up_rows::conditionOf(filter, m_asOf);
    const QString from = fromClause(follow_up_rows::needsVisit(filter));
    // With a filter (a text filter reads every recommendation) the rows are
    // read once for the count and the ages together. Without one, the count
    // comes from the smallest index and the ages from the overdue range of
    // the index on (status, due) alone.
    const bool filtered = !condition.clauses.isEmpty();
    QStringList sums;
    QVariantList values;
    for (const OverdueAge age : kOverdueAges) {
        const OverdueDays days = overdueDays(age);
        QString inAge = days.last > 0 ? QStringLiteral("r.due <= ? AND r.due >= ?")
                                      : QStringLiteral("r.due <= ?");
        if (filtered) {
            inAge = QLatin1Char('(') + overdueClause() + QStringLiteral(") AND ") + inAge;
            values << sql::dateValue(m_asOf);
        }
        sums << QStringLiteral("sum(") + inAge + QLatin1Char(')');
        values << sql::dateValue(m_asOf.addDays(-days.first));
        if (days.last > 0)
            values << sql::dateValue(m_asOf.addDays(-days.last));
    }
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    const auto readAges = [&](int firstColumn) {
        for (std::size_t i = 0; i < counts.overdueByAge.size(); ++i)
            counts.overdueByAge[i] = query.value(firstColumn + int(i)).toInt();
    };
    if (filtered) {
        values += condition.values;
        if (run(query,
                QStringLiteral("SELECT count(*), ") + sums.join(QLatin1Char(',')) + from +
                    condition.sql(),
                values, error) &&
            query.next()) {
            counts.total = query.value(0).toInt();
            readAges(1);
        }
        return counts;
    }
    if (!run(query, QStringLiteral("SELECT count(*)") + from, {}, error) || !query.next())
        return counts;
    counts.total = query.value(0).toInt();
    sql::Condition overdue;
    overdue.add(overdueClause(), {sql::dateValue(m_asOf)});
    values += overdue.values;
    query = QSqlQuery(m_database.connection());
    query.setForwardOnly(true);
    if (run(query, QStringLiteral("SELECT ") + sums.join(QLatin1Char(',')) + from + overdue.sql(),
            values, error) &&
        query.next())
        readAges(0);
    return counts;
}

QList<FollowUpRow> FollowUpCatalogue::page(const FollowUpFilter &filter, FollowUpSortKey key,
                                           Qt::SortOrder order, int offset, int limit,
                                           QString *error) const
{
    // The ids of the page first, from as little as the order needs (at best
    // an index alone); then their rows, with every column and subquery.
    QString idError;
    const QList<qint64> ids = idsInOrder(filter, key, order, offset, limit, &idError);
    if (!idError.isEmpty()) {
        if (error)
            *error = idError;
        return {};
    }
    return rowsOf(ids, error);
}

QList<qint64> FollowUpCatalogue::orderedIds(const FollowUpFilter &filter, FollowUpSortKey key,
                                            Qt::SortOrder order, QString *error) const
{
    return idsInOrder(filter, key, order, 0, -1, error);
}

QList<qint64> FollowUpCatalogue::idsInOrder(const FollowUpFilter &filter, FollowUpSortKey key,
                                            Qt::SortOrder order, int offset, int limit,
                                            QString *error) const
{
    const sql::Condition condition = follow_up_rows::conditionOf(filter, m_asOf);
    bool bindsAsOf = false;
    QStringList terms = orderTerms(key, &bindsAsOf);
    terms << QStringLiteral("r.id");
    const QString direction =
        order == Qt::DescendingOrder ? QStringLiteral(" DESC") : QStringLiteral("");
    for (QString &term : terms)
        term += direction;
    QVariantList values = condition.values;
    if (bindsAsOf)
        values << sql::dateValue(m_asOf);
    QString text = QStringLiteral("SELECT r.id") +
                   fromClause(follow_up_rows::needsVisit(filter) || needsVisit(key)) +
                   condition.sql() + QStringLiteral(" ORDER BY ") +
                   terms.join(QStringLiteral(", "));
    if (limit >= 0) {
        text += QStringLiteral(" LIMIT ? OFFSET ?");
        values << limit << offset;
    }
    // Through SQLite's API: the whole order is half a million ids, which
    // QSqlQuery would copy into its cache as QVariants first.
    const QString what = sql::Text::tr("Could not read the follow-up list");
    sql::NativeStatement query;
    QList<qint64> ids;
    if (!query.prepare(m_database.connection(), text, what, error) ||
        !query.startRows(values, what, error))
        return ids;
    while (query.nextRow())
        ids.append(query.integerAt(0));
    if (!query.endRows(what, error))
        ids.clear();
    return ids;
}

QList<FollowUpRow> FollowUpCatalogue::rowsOf(const QList<qint64> &ids, QString *error) const
{
    // A statement binds at most 32,766 values: ids go a page's worth at a time.
    constexpr qsizetype kIdsPerStatement = 512;
    QList<FollowUpRow> read;
    for (qsizetype first = 0; first < ids.size(); first += kIdsPerStatement) {
        QStringList marks;
        QVariantList idValues;
        for (const qint64 id : ids.mid(first, kIdsPerStatement)) {
            marks << QStringLiteral("?");
            idValues << id;
        }
        sql::Condition byId;
        byId.add(QStringLiteral("r.id IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')'),
                 idValues);
        if (!follow_up_rows::readRows(m_database, m_asOf, byId, QString(), &read, error))
            return {};
    }
    QHash<qint64, qsizetype> position;
    for (qsizetype i = 0; i < ids.size(); ++i)
        position.insert(ids.at(i), i);
    std::sort(read.begin(), read.end(), [&](const FollowUpRow &a, const FollowUpRow &b) {
        return position.value(a.id) < position.value(b.id);
    });
    return read;
}

} // namespace vt
