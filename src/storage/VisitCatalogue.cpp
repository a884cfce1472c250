#include "storage/VisitCatalogue.h"

#include "storage/Database.h"
#include "storage/NativeStatement.h"
#include "storage/SqlCondition.h"
#include "storage/SqlValues.h"
#include "storage/VisitOrder.h"

#include "domain/TextFolding.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

namespace vt {
namespace {

using sql::Condition;

Condition conditionOf(const VisitFilter &filter)
{
    Condition condition;
    condition.addContainsEveryWord("search_fold", filter.text);
    condition.addHost("visits", filter.host, filter.includeSubordinates);
    if (const QString delegation = foldForSearch(filter.delegation).trimmed();
        !delegation.isEmpty())
        condition.addContains("delegation_fold", delegation);
    if (filter.from.isValid())
        condition.add("date >= ?", {sql::dateValue(filter.from)});
    if (filter.to.isValid())
        condition.add("date <= ?", {sql::dateValue(filter.to)});
    if (filter.kind)
        condition.add("kind = ?", {toKey(*filter.kind)});
    if (filter.status)
        condition.add("status = ?", {toKey(*filter.status)});
    return condition;
}

QString orderByOf(VisitSortKey sortKey, Qt::SortOrder order)
{
    // Each key matches an index (the date: visits_date_text of schema 7, which
    // also holds the folded texts the filters test); kinds and statuses are
    // ranked in declared order and listed by date within a rank.
    QStringList columns;
    switch (sortKey) {
    case VisitSortKey::Date:
        columns = {QStringLiteral("date")};
        break;
    case VisitSortKey::Title:
        columns = {QStringLiteral("title_fold")};
        break;
    case VisitSortKey::Host:
        columns = {QStringLiteral("host_fold")};
        break;
    case VisitSortKey::Delegation:
        columns = {QStringLiteral("delegation_fold")};
        break;
    case VisitSortKey::Kind:
        columns = {QLatin1StringView(visit_order::kKindRank), QStringLiteral("date")};
        break;
    case VisitSortKey::Status:
        columns = {QLatin1StringView(visit_order::kStatusRank), QStringLiteral("date")};
        break;
    }
    // One direction for every term and the id tie-break, so the index (whose
    // last column is implicitly the id) is read forwards or backwards, never sorted.
    columns.append(QStringLiteral("id"));
    const QString direction = QLatin1StringView(order == Qt::AscendingOrder ? " ASC" : " DESC");
    return QLatin1StringView(" ORDER BY ") + columns.join(direction + QLatin1StringView(", ")) +
           direction;
}

constexpr char kRowColumns[] = "id, date, title, host_name, delegation_name, kind, status";

VisitRow rowFrom(const QSqlQuery &query)
{
    VisitRow row;
    row.id = query.value(0).toLongLong();
    row.date = sql::dateFrom(query.value(1));
    row.title = query.value(2).toString();
    row.host = query.value(3).toString();
    row.delegation = query.value(4).toString();
    row.kind = fromKey<VisitKind>(query.value(5).toString()).value_or(VisitKind::Working);
    row.status = fromKey<VisitStatus>(query.value(6).toString()).value_or(VisitStatus::Held);
    return row;
}

void bindAll(QSqlQuery &query, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
}

} // namespace

VisitCatalogue::VisitCatalogue(Database &database) : m_database(database) {}

int VisitCatalogue::count(const VisitFilter &filter) const
{
    const Condition condition = conditionOf(filter);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QLatin1StringView("SELECT count(*) FROM visits") + condition.sql());
    bindAll(query, condition.values);
    if (!query.exec() || !query.next()) {
        qWarning("VisitCatalogue::count: %s", qPrintable(query.lastError().text()));
        return 0;
    }
    return query.value(0).toInt();
}

QList<VisitRow> VisitCatalogue::page(const VisitFilter &filter, VisitSortKey sortKey,
                                     Qt::SortOrder order, int offset, int limit) const
{
    QList<VisitRow> rows;
    if (limit <= 0)
        return rows;
    const Condition condition = conditionOf(filter);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QLatin1StringView("SELECT ") + QLatin1StringView(kRowColumns) +
                  QLatin1StringView(" FROM visits") + condition.sql() + orderByOf(sortKey, order) +
                  QLatin1StringView(" LIMIT ? OFFSET ?"));
    bindAll(query, condition.values);
    query.bindValue(int(condition.values.size()), limit);
    query.bindValue(int(condition.values.size()) + 1, qMax(0, offset));
    if (!query.exec()) {
        qWarning("VisitCatalogue::page: %s", qPrintable(query.lastError().text()));
        return rows;
    }
    rows.reserve(limit);
    while (query.next())
        rows.append(rowFrom(query));
    return rows;
}

bool VisitCatalogue::readsEveryVisit(const VisitFilter &filter)
{
    return !foldForSearch(filter.text).trimmed().isEmpty() ||
           !foldForSearch(filter.host).trimmed().isEmpty() ||
           !foldForSearch(filter.delegation).trimmed().isEmpty();
}

QList<qint64> VisitCatalogue::matchingIds(const VisitFilter &filter, VisitSortKey sortKey,
                                          Qt::SortOrder order) const
{
    // Through SQLite's API: a common word matches a third of 100,000 visits,
    // and QSqlQuery would copy each id into its cache as a QVariant first.
    QList<qint64> ids;
    const Condition condition = conditionOf(filter);
    sql::NativeStatement query;
    QString error;
    if (!query.prepare(m_database.connection(),
                       QLatin1StringView("SELECT id FROM visits") + condition.sql() +
                           orderByOf(sortKey, order),
                       QString(), &error) ||
        !query.startRows(condition.values, QString(), &error)) {
        qWarning("VisitCatalogue::matchingIds: %s", qPrintable(error));
        return ids;
    }
    while (query.nextRow())
        ids.append(query.integerAt(0));
    if (!query.endRows(QString(), &error)) {
        qWarning("VisitCatalogue::matchingIds: %s", qPrintable(error));
        ids.clear();
    }
    return ids;
}

QList<VisitRow> VisitCatalogue::rowsOf(const QList<qint64> &ids) const
{
    QList<VisitRow> rows(ids.size());
    if (ids.isEmpty())
        return rows;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    QString placeholders = QStringLiteral("?");
    placeholders += QStringLiteral(", ?").repeated(ids.size() - 1);
    query.prepare(QLatin1StringView("SELECT ") + QLatin1StringView(kRowColumns) +
                  QLatin1StringView(" FROM visits WHERE id IN (") + placeholders + u')');
    for (int i = 0; i < ids.size(); ++i)
        query.bindValue(i, ids.at(i));
    if (!query.exec()) {
        qWarning("VisitCatalogue::rowsOf: %s", qPrintable(query.lastError().text()));
        return rows;
    }
    QHash<qint64, qsizetype> at;
    at.reserve(ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i)
        at.insert(ids.at(i), i);
    while (query.next()) {
        VisitRow row = rowFrom(query);
        if (const auto found = at.constFind(row.id); found != at.cend())
            rows[*found] = std::move(row);
    }
    return rows;
}

} // namespace vt
