#include "storage/SqlCondition.h"

#include "domain/TextFolding.h"
#include "storage/SqlValues.h"

namespace vt::sql {
namespace {

QString containsPattern(const QString &foldedText)
{
    return QLatin1Char('%') + escapedForLike(foldedText) + QLatin1Char('%');
}

} // namespace

void Condition::add(const QString &clause, const QVariantList &bound)
{
    clauses.append(clause);
    values.append(bound);
}

void Condition::addContains(const char *column, const QString &foldedText)
{
    add(QLatin1StringView(column) + QLatin1StringView(" LIKE ? ESCAPE '\\'"),
        {containsPattern(foldedText)});
}

void Condition::addHost(const char *visit, const QString &text, bool includeSubordinates)
{
    const QString folded = foldForSearch(text).simplified();
    if (folded.isEmpty())
        return;
    const QString alias = QLatin1StringView(visit);
    const QString byName = alias + QLatin1StringView(".host_fold LIKE ? ESCAPE '\\'");
    if (!includeSubordinates) {
        add(byName, {containsPattern(folded)});
        return;
    }
    // The matching organisations and everything under them; the name on the
    // visit still counts, for hosts written before the hierarchy was entered.
    add(QLatin1Char('(') + byName + QLatin1StringView(" OR ") + alias +
            QLatin1StringView(".host_id IN (WITH RECURSIVE units (id) AS ("
                              "SELECT id FROM organisations WHERE name_fold LIKE ? ESCAPE '\\'"
                              " UNION SELECT o.id FROM organisations o JOIN units u"
                              " ON o.parent_id = u.id) SELECT id FROM units))"),
        {containsPattern(folded), containsPattern(folded)});
}

QString Condition::sql() const
{
    return clauses.isEmpty()
               ? QString()
               : QLatin1StringView(" WHERE ") + clauses.join(QLatin1StringView(" AND "));
}

} // namespace vt::sql
