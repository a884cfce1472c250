#include "storage/DatabaseCheck.h"

#include "storage/Database.h"
#include "storage/ReadOnlyFiles.h"
#include "storage/SqlValues.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <optional>

namespace vt {
namespace {

// Runs a check pragma whose rows are "ok" or one problem each.
QStringList checkRows(QSqlDatabase connection, const QString &pragma)
{
    QSqlQuery query(connection);
    query.setForwardOnly(true);
    if (!query.exec(pragma))
        return {sql::Text::tr("the check could not run: %1").arg(query.lastError().text())};
    QStringList problems;
    while (query.next()) {
        const QString row = query.value(0).toString();
        if (row != QLatin1StringView("ok"))
            problems << row;
    }
    if (query.lastError().isValid())
        problems << sql::Text::tr("the check stopped: %1").arg(query.lastError().text());
    return problems;
}

QStringList checkConnection(QSqlDatabase connection);

// The tables every file has from the schema version given on; an older file
// lacks the later ones until it is upgraded (its version is reported).
struct ExpectedTable
{
    const char *name;
    int since;
};
constexpr ExpectedTable kExpectedTables[] = {
    {"organisations", 1},     {"people", 1},          {"visits", 1},
    {"attendees", 1},         {"report_figures", 1},  {"findings", 1},
    {"indicators", 1},        {"recommendations", 1}, {"recommendation_findings", 1},
    {"follow_up_updates", 1}, {"positions", 12},
};

// The integers of the one row a counting check reads; nullopt, with the
// problem told, when it cannot run. `cannotRun` holds %1 for SQLite's words.
std::optional<QList<qint64>> countsOf(QSqlDatabase connection, const QString &statement,
                                      const QString &cannotRun, QStringList *problems)
{
    QSqlQuery query(connection);
    query.setForwardOnly(true);
    if (!query.exec(statement) || !query.next()) {
        *problems << cannotRun.arg(query.lastError().text());
        return std::nullopt;
    }
    QList<qint64> counts;
    for (int column = 0; column < query.record().count(); ++column)
        counts << query.value(column).toLongLong();
    return counts;
}

// The search index against the records it indexes (rowid = id * 4 + type,
// SearchIndex.h): an entry whose record is gone, and a record without an
// entry. The index keeps no text (schema 12), so the words themselves cannot
// be compared; a count that differs means it is no longer kept in step.
void checkSearchIndex(QSqlDatabase connection, QStringList *problems)
{
    const std::optional<QList<qint64>> counts = countsOf(
        connection,
        QStringLiteral(
            "SELECT (SELECT count(*) FROM search_index),"
            " (SELECT count(*) FROM visits) + (SELECT count(*) FROM findings)"
            "  + (SELECT count(*) FROM recommendations),"
            " (SELECT count(*) FROM search_index s WHERE NOT ("
            "  (s.rowid % 4 = 0 AND EXISTS (SELECT 1 FROM visits WHERE id = s.rowid / 4))"
            "  OR (s.rowid % 4 = 1 AND EXISTS (SELECT 1 FROM findings WHERE id = s.rowid / 4))"
            "  OR (s.rowid % 4 = 2"
            "   AND EXISTS (SELECT 1 FROM recommendations WHERE id = s.rowid / 4))))"),
        sql::Text::tr("search index: the check could not run: %1"), problems);
    if (!counts)
        return;
    const qint64 entries = counts->at(0);
    const qint64 records = counts->at(1);
    const qint64 strays = counts->at(2);
    if (strays > 0)
        *problems << sql::Text::tr("search index: %1 entries index no record").arg(strays);
    if (const qint64 unindexed = records - (entries - strays); unindexed != 0)
        *problems << sql::Text::tr("search index: %1 records are not indexed").arg(unindexed);
}

// Each recommendation's stored latest update date (schema 14) against its
// updates: the follow-up list sorts by it, so a stale one misplaces a row.
void checkLatestUpdateDates(QSqlDatabase connection, QStringList *problems)
{
    const std::optional<QList<qint64>> counts =
        countsOf(connection,
                 QStringLiteral("SELECT count(*) FROM recommendations r WHERE r.last_update_date"
                                " IS NOT (SELECT u.date FROM follow_up_updates u"
                                "  WHERE u.recommendation_id = r.id ORDER BY u.seq DESC LIMIT 1)"),
                 sql::Text::tr("follow-up: the check could not run: %1"), problems);
    if (counts && counts->at(0) > 0)
        *problems << sql::Text::tr("follow-up: %1 recommendations show a latest update date "
                                   "their updates do not have")
                         .arg(counts->at(0));
}

} // namespace

QStringList quickCheck(QSqlDatabase connection)
{
    return checkRows(connection, QStringLiteral("PRAGMA quick_check"));
}

QStringList checkDatabase(const Database &database)
{
    const QSqlDatabase connection = database.connection();
    if (!connection.isOpen())
        return {sql::Text::tr("The database is not open.")};
    return checkConnection(connection);
}

bool checkDatabaseFile(const QString &filePath, QStringList *problems, QString *error)
{
    const QFileInfo info(filePath);
    const QString path = info.absoluteFilePath();
    if (!info.exists()) {
        *error = sql::Text::tr("The database file “%1” does not exist.").arg(path);
        return false;
    }
    if (!info.isFile()) {
        *error = sql::Text::tr("“%1” is a folder, not a database file.").arg(path);
        return false;
    }
    QString openProblem;
    const bool opened = files::withReadOnlyConnection(path, &openProblem, [&](QSqlDatabase c) {
        *problems = checkConnection(c);
        return true;
    });
    if (!opened)
        *error = sql::Text::tr("Could not open the database file “%1”: %2").arg(path, openProblem);
    return opened;
}

namespace {

QStringList checkConnection(QSqlDatabase connection)
{
    QStringList problems;
    for (const QString &row : checkRows(connection, QStringLiteral("PRAGMA integrity_check")))
        problems << sql::Text::tr("integrity: %1").arg(row);

    QSqlQuery query(connection);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        problems << sql::Text::tr("the foreign key check could not run: %1")
                        .arg(query.lastError().text());
    } else {
        while (query.next()) {
            // table, rowid, parent table, foreign key index
            problems << sql::Text::tr("foreign key: row %1 of table %2 refers to a missing row of "
                                      "table %3")
                            .arg(query.value(1).toString(), query.value(0).toString(),
                                 query.value(2).toString());
        }
    }
    query.finish();

    auto pragmaInt = [&](const QString &pragma, bool *ok) {
        QSqlQuery q(connection);
        *ok = q.exec(pragma) && q.next();
        return *ok ? q.value(0).toLongLong() : 0;
    };
    bool ok = false;
    const qint64 applicationId = pragmaInt(QStringLiteral("PRAGMA application_id"), &ok);
    if (!ok || applicationId != Database::kApplicationId)
        problems << sql::Text::tr(
                        "identity: application_id is %1, expected %2 (not a Visit Tracker "
                        "database)")
                        .arg(applicationId)
                        .arg(Database::kApplicationId);
    const qint64 userVersion = pragmaInt(QStringLiteral("PRAGMA user_version"), &ok);
    if (!ok || userVersion != Database::kSchemaVersion)
        problems << sql::Text::tr("schema: version %1, expected %2")
                        .arg(userVersion)
                        .arg(Database::kSchemaVersion);

    QSqlQuery tables(connection);
    if (!sql::prepare(tables,
                      QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                                     "name = ?"),
                      QString(), nullptr)) {
        problems << sql::Text::tr("schema: the table list cannot be read: %1")
                        .arg(tables.lastError().text());
        return problems;
    }
    for (const ExpectedTable &table : kExpectedTables) {
        if (userVersion < table.since)
            continue;
        tables.bindValue(0, QString::fromLatin1(table.name));
        if (!tables.exec() || !tables.next() || tables.value(0).toInt() != 1)
            problems
                << sql::Text::tr("schema: table %1 is missing").arg(QLatin1StringView(table.name));
        tables.finish();
    }
    // Only a sound file of this version: its index is the one this build keeps.
    if (problems.isEmpty()) {
        checkSearchIndex(connection, &problems);
        checkLatestUpdateDates(connection, &problems);
    }
    return problems;
}

} // namespace
} // namespace vt
