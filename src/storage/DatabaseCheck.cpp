#include "storage/DatabaseCheck.h"

#include "storage/Database.h"
#include "storage/ReadOnlyFiles.h"
#include "storage/SqlValues.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

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

const char *const kExpectedTables[] = {
    "organisations",     "people",          "visits",
    "attendees",         "report_figures",  "findings",
    "indicators",        "recommendations", "recommendation_findings",
    "follow_up_updates",
};

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
    for (const char *table : kExpectedTables) {
        tables.bindValue(0, QString::fromLatin1(table));
        if (!tables.exec() || !tables.next() || tables.value(0).toInt() != 1)
            problems << sql::Text::tr("schema: table %1 is missing").arg(QLatin1StringView(table));
        tables.finish();
    }
    return problems;
}

} // namespace
} // namespace vt
