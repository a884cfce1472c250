#include "storage/SqlCondition.h"

#include "domain/TextFolding.h"

#include <algorithm>

namespace vt::sql {

void Condition::add(const QString &clause, const QVariantList &bound)
{
    clauses.append(clause);
    values.append(bound);
}

void Condition::addContains(const char *column, const QString &foldedText)
{
    add(QLatin1StringView("vt_contains(") + QLatin1StringView(column) + QLatin1StringView(", ?)"),
        {foldedText});
}

void Condition::addContainsEveryWord(const char *column, const QString &text)
{
    QStringList words =
        foldForSearch(text).simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    std::stable_sort(words.begin(), words.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QStringList tested;
    for (const QString &word : std::as_const(words)) {
        if (std::none_of(tested.cbegin(), tested.cend(),
                         [&](const QString &longer) { return longer.contains(word); }))
            tested.append(word);
    }
    for (const QString &word : std::as_const(tested))
        addContains(column, word);
}

void Condition::addHost(const char *visit, const QString &text, bool includeSubordinates)
{
    const QString folded = foldForSearch(text).simplified();
    if (folded.isEmpty())
        return;
    const QString alias = QLatin1StringView(visit);
    const QString byName =
        QLatin1StringView("vt_contains(") + alias + QLatin1StringView(".host_fold, ?)");
    if (!includeSubordinates) {
        add(byName, {folded});
        return;
    }
    // The matching organisations and everything under them; the name on the
    // visit still counts, for hosts written before the hierarchy was entered.
    add(QLatin1Char('(') + byName + QLatin1StringView(" OR ") + alias +
            QLatin1StringView(".host_id IN (WITH RECURSIVE units (id) AS ("
                              "SELECT id FROM organisations WHERE vt_contains(name_fold, ?)"
                              " UNION SELECT o.id FROM organisations o JOIN units u"
                              " ON o.parent_id = u.id) SELECT id FROM units))"),
        {folded, folded});
}

QString Condition::sql() const
{
    return clauses.isEmpty()
               ? QString()
               : QLatin1StringView(" WHERE ") + clauses.join(QLatin1StringView(" AND "));
}

} // namespace vt::sql
