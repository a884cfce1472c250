#pragma once

// The change history (schema 5): one entry per inserted, updated or deleted
// record, appended in the transaction that made the change. The table is
// append-only (triggers refuse UPDATE and DELETE), so nothing in the program
// can edit it.

#include <QDateTime>
#include <QList>
#include <QSqlQuery>
#include <QString>

namespace vt {

class Database;

enum class ChangeAction
{
    Insert,
    Update,
    Delete
};

struct ChangeEntry
{
    qint64 id = 0;
    QDateTime at;       // UTC
    QString user;       // the operating-system user
    qint64 visitId = 0; // 0: not a visit's record (an organisation)
    QString visitTitle; // or the organisation's name when visitId is 0
    QString record;     // interchange path: "visit", "findings[2]", "recommendations[0].updates[1]"
    ChangeAction action = ChangeAction::Update;
    QString oldValue; // compact JSON; empty for an insert
    QString newValue; // compact JSON; empty for a delete

    bool operator==(const ChangeEntry &) const = default;
};

QString toKey(ChangeAction action);

class ChangeLog final
{
public:
    explicit ChangeLog(Database &database);

    // Appends in order, inside the caller's transaction. The statement is
    // prepared once per ChangeLog, so keep one for a batch (an import).
    bool append(const QList<ChangeEntry> &entries, QString *error);
    // Newest first; visitId 0 for every entry. At most `limit` entries.
    QList<ChangeEntry> entries(qint64 visitId, int limit, QString *error) const;

private:
    Database &m_database;
    QSqlQuery m_insert;
    bool m_prepared = false;
};

} // namespace vt
