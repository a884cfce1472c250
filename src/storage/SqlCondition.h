#pragma once

// A WHERE clause made only of fixed fragments; every user value is bound.
// Shared by the list queries (visits, findings, recommendations), so that a
// filter such as "this host and its subordinate units" means the same
// everywhere.

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace vt::sql {

struct Condition
{
    QStringList clauses;
    QVariantList values;

    void add(const QString &clause, const QVariantList &bound = {});
    void add(const char *clause, const QVariantList &bound = {})
    {
        add(QString::fromLatin1(clause), bound);
    }
    // vt_contains(column, text): column LIKE %text%, the text already folded
    // (foldForSearch) as the column is.
    void addContains(const char *column, const QString &foldedText);
    // Every word of the text (folded here) somewhere in the column, in any
    // order: "long an han che". The longest words are tested first and a word
    // inside another is dropped: a row most often fails on its rarest word.
    void addContainsEveryWord(const char *column, const QString &text);
    // Visits (alias `visit`) whose host name contains the text; with
    // subordinates also those hosted by an organisation under one whose name
    // contains it, at any depth (organisations.parent_id).
    void addHost(const char *visit, const QString &text, bool includeSubordinates);

    // " WHERE a AND b", or empty without clauses.
    QString sql() const;
};

} // namespace vt::sql
