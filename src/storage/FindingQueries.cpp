#include "storage/FindingQueries.h"

#include "storage/Database.h"
#include "storage/SearchTerms.h"
#include "storage/SqlCondition.h"
#include "storage/SqlValues.h"

#include "domain/TextFolding.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>
#include <algorithm>

namespace vt {
namespace {

using sql::Condition;

// The recommendations that address f, joined in an EXISTS test.
constexpr char kLinkedExists[] =
    "EXISTS (SELECT 1 FROM recommendation_findings l JOIN recommendations r"
    " ON r.id = l.recommendation_id WHERE l.finding_id = f.id";

void addStatus(Condition &condition, const FindingFilter &filter)
{
    const QString linked = QLatin1StringView(kLinkedExists);
    const auto storedStatus = [&](RecommendationStatus status) {
        condition.clauses.append(linked + QLatin1StringView(" AND r.status = ?)"));
        condition.values.append(toKey(status));
    };
    switch (filter.status) {
    case LinkedStatus::Any:
        break;
    case LinkedStatus::Open:
        storedStatus(RecommendationStatus::Open);
        break;
    case LinkedStatus::InProgress:
        storedStatus(RecommendationStatus::InProgress);
        break;
    case LinkedStatus::Done:
        storedStatus(RecommendationStatus::Done);
        break;
    case LinkedStatus::Cancelled:
        storedStatus(RecommendationStatus::Cancelled);
        break;
    case LinkedStatus::Overdue:
        // isOverdue() of FollowUpRules: not done or cancelled, due before today.
        condition.clauses.append(linked +
                                 QLatin1StringView(" AND r.status NOT IN (?, ?) AND r.due < ?)"));
        condition.values.append(
            {toKey(RecommendationStatus::Done), toKey(RecommendationStatus::Cancelled),
             sql::dateValue(filter.asOf.isValid() ? filter.asOf : QDate::currentDate())});
        break;
    case LinkedStatus::Unaddressed:
        condition.clauses.append(QLatin1StringView("NOT ") + linked + QLatin1Char(')'));
        break;
    }
}

Condition conditionOf(Database &database, const FindingFilter &filter)
{
    Condition condition;
    condition.add("f.category = ?", {toKey(filter.category)});
    // Each word matches the start of a word, written as the indexed words it
    // starts (search_terms, schema 8) as the Search tab does: FTS5's own
    // prefix query merges the doclists of every such word before it can skip.
    QStringList words;
    for (const QString &word : search_terms::wordsOf(foldForSearch(filter.text)))
        words.append(search_terms::startOfWordExpression(database.connection(), word));
    if (const QString match = words.join(QStringLiteral(" AND ")); !match.isEmpty())
        condition.add("f.id IN (SELECT rowid / 4 FROM search_index"
                      " WHERE search_index MATCH ? AND rowid % 4 = 1)",
                      {match});
    condition.addHost("v", filter.host, filter.includeSubordinates);
    if (const QString delegation = foldForSearch(filter.delegation).trimmed();
        !delegation.isEmpty())
        condition.addContains("v.delegation_fold", delegation);
    if (!filter.area.isEmpty())
        condition.add("f.area = ?", {filter.area});
    if (filter.from.isValid())
        condition.add("v.date >= ?", {sql::dateValue(filter.from)});
    if (filter.to.isValid())
        condition.add("v.date <= ?", {sql::dateValue(filter.to)});
    addStatus(condition, filter);
    return condition;
}

// The column a grouping groups by; an absent area is the empty group.
const char *groupColumn(FindingGrouping grouping)
{
    return grouping == FindingGrouping::Host ? "v.host_name" : "coalesce(f.area, '')";
}

void bindAll(QSqlQuery &query, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
}

constexpr char kFrom[] = " FROM findings f JOIN visits v ON v.id = f.visit_id";

// Whether the filter asks anything of the visit (alias v). Every finding has
// its visit, so without such a test a count needs no join: the index on
// (category, visit_id) alone counts the category's 212,569 good models of the
// 100,000-visit set in 8 ms, where joining each to its visit took 0.35 s.
bool needsVisit(const FindingFilter &filter)
{
    return !foldForSearch(filter.host).trimmed().isEmpty() ||
           !foldForSearch(filter.delegation).trimmed().isEmpty() || filter.from.isValid() ||
           filter.to.isValid();
}

QLatin1StringView fromClause(const FindingFilter &filter)
{
    return needsVisit(filter) ? QLatin1StringView(kFrom) : QLatin1StringView(" FROM findings f");
}

} // namespace

FindingQueries::FindingQueries(Database &database) : m_database(database) {}

int FindingQueries::count(const FindingFilter &filter) const
{
    const Condition condition = conditionOf(m_database, filter);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QLatin1StringView("SELECT count(*)") + fromClause(filter) + condition.sql());
    bindAll(query, condition.values);
    if (!query.exec() || !query.next()) {
        qWarning("FindingQueries::count: %s", qPrintable(query.lastError().text()));
        return 0;
    }
    return query.value(0).toInt();
}

QList<FindingRow> FindingQueries::page(const FindingFilter &filter, int offset, int limit) const
{
    return read(filter, std::nullopt, {}, offset, limit);
}

QList<FindingRow> FindingQueries::pageInGroup(const FindingFilter &filter, FindingGrouping grouping,
                                              const QString &key, int offset, int limit) const
{
    if (grouping == FindingGrouping::None)
        return page(filter, offset, limit);
    return read(filter, grouping, key, offset, limit);
}

QList<FindingGroup> FindingQueries::groups(const FindingFilter &filter,
                                           FindingGrouping grouping) const
{
    QList<FindingGroup> groups;
    if (grouping == FindingGrouping::None)
        return groups;
    const Condition condition = conditionOf(m_database, filter);
    const QLatin1StringView column(groupColumn(grouping));
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    const QLatin1StringView from =
        grouping == FindingGrouping::Host ? QLatin1StringView(kFrom) : fromClause(filter);
    query.prepare(QLatin1StringView("SELECT ") + column + QLatin1StringView(", count(*)") + from +
                  condition.sql() + QLatin1StringView(" GROUP BY 1"));
    bindAll(query, condition.values);
    if (!query.exec()) {
        qWarning("FindingQueries::groups: %s", qPrintable(query.lastError().text()));
        return groups;
    }
    while (query.next())
        groups.append({query.value(0).toString(), query.value(1).toInt()});
    // Vietnamese names in folded order (Đ beside D); the few groups sort fast.
    std::stable_sort(groups.begin(), groups.end(),
                     [](const FindingGroup &a, const FindingGroup &b) {
                         return foldForSearch(a.key) < foldForSearch(b.key);
                     });
    return groups;
}

QStringList FindingQueries::areas(FindingCategory category) const
{
    QStringList areas;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT DISTINCT area FROM findings"
                                 " WHERE category = ? AND area IS NOT NULL"));
    query.bindValue(0, toKey(category));
    if (query.exec()) {
        while (query.next())
            areas.append(query.value(0).toString());
    }
    std::sort(areas.begin(), areas.end(), [](const QString &a, const QString &b) {
        return foldForSearch(a) < foldForSearch(b);
    });
    return areas;
}

QList<FindingRow> FindingQueries::read(const FindingFilter &filter,
                                       std::optional<FindingGrouping> grouping, const QString &key,
                                       int offset, int limit) const
{
    QList<FindingRow> rows;
    if (limit <= 0)
        return rows;
    Condition condition = conditionOf(m_database, filter);
    if (grouping) {
        condition.clauses.append(QLatin1StringView(groupColumn(*grouping)) +
                                 QLatin1StringView(" = ?"));
        condition.values.append(sql::requiredText(key)); // "" for the no-area group, never NULL
    }
    // SQLite reads the findings of the category by index and sorts them by
    // visit date: measured 7 ms a page at 19,000 limitations. Avoiding the sort
    // at a million needs the visit date copied into findings (a schema step).
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QLatin1StringView("SELECT f.id, f.visit_id, f.seq, v.date, v.host_name,"
                                    " v.delegation_name, f.area, f.organisation, f.text") +
                  QLatin1StringView(kFrom) + condition.sql() +
                  QLatin1StringView(" ORDER BY v.date DESC, v.id DESC, f.id LIMIT ? OFFSET ?"));
    bindAll(query, condition.values);
    query.bindValue(int(condition.values.size()), limit);
    query.bindValue(int(condition.values.size()) + 1, qMax(0, offset));
    if (!query.exec()) {
        qWarning("FindingQueries::read: %s", qPrintable(query.lastError().text()));
        return rows;
    }
    while (query.next()) {
        FindingRow row;
        row.id = query.value(0).toLongLong();
        row.visitId = query.value(1).toLongLong();
        row.seq = query.value(2).toInt();
        row.date = sql::dateFrom(query.value(3));
        row.host = query.value(4).toString();
        row.delegation = query.value(5).toString();
        row.area = query.value(6).toString();
        row.organisation = query.value(7).toString();
        row.text = query.value(8).toString();
        rows.append(row);
    }
    attachRecommendations(rows);
    return rows;
}

void FindingQueries::attachRecommendations(QList<FindingRow> &rows) const
{
    if (rows.isEmpty())
        return;
    QHash<qint64, qsizetype> rowOfFinding;
    QStringList placeholders;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        rowOfFinding.insert(rows.at(i).id, i);
        placeholders.append(QStringLiteral("?"));
    }
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QLatin1StringView("SELECT l.finding_id, r.id, r.text, r.responsible, r.due,"
                                    " r.status, r.completed FROM recommendation_findings l"
                                    " JOIN recommendations r ON r.id = l.recommendation_id"
                                    " WHERE l.finding_id IN (") +
                  placeholders.join(QLatin1Char(',')) +
                  QLatin1StringView(") ORDER BY r.visit_id, r.seq"));
    for (qsizetype i = 0; i < rows.size(); ++i)
        query.bindValue(int(i), rows.at(i).id);
    if (!query.exec()) {
        qWarning("FindingQueries::attachRecommendations: %s", qPrintable(query.lastError().text()));
        return;
    }
    while (query.next()) {
        LinkedRecommendation link;
        link.id = query.value(1).toLongLong();
        link.text = query.value(2).toString();
        link.responsible = query.value(3).toString();
        link.due = sql::dateFrom(query.value(4));
        link.status = fromKey<RecommendationStatus>(query.value(5).toString())
                          .value_or(RecommendationStatus::Open);
        link.completed = sql::dateFrom(query.value(6));
        rows[rowOfFinding.value(query.value(0).toLongLong())].recommendations.append(link);
    }
}

} // namespace vt
