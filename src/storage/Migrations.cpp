#include "storage/Migrations.h"

#include "storage/MigrationSteps.h"

#include "storage/Database.h"
#include "storage/ReadOnlyFiles.h"
#include "storage/SqlValues.h"
#include "storage/VisitOrder.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QStringList>

#include <array>

namespace vt {
namespace {

// Schema 1. Frozen once released: later changes are new steps, never edits.
// Names of organisations are also copied into each visit (delegation_name,
// host_name) because a visit keeps the names as they were on its date. The
// *_fold columns hold foldForSearch() of the text for diacritic-insensitive
// filtering and for sorting Vietnamese names sensibly (Đ next to D).
const char *const kSchema1[] = {
    R"(CREATE TABLE organisations (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        name_fold TEXT NOT NULL))",
    R"(CREATE INDEX organisations_name_fold ON organisations (name_fold))",

    R"(CREATE TABLE people (
        id INTEGER PRIMARY KEY,
        full_name TEXT NOT NULL UNIQUE,
        name_fold TEXT NOT NULL))",
    R"(CREATE INDEX people_name_fold ON people (name_fold))",

    R"(CREATE TABLE visits (
        id INTEGER PRIMARY KEY,
        ref TEXT UNIQUE,
        title TEXT NOT NULL,
        title_fold TEXT NOT NULL,
        kind TEXT NOT NULL,
        status TEXT NOT NULL,
        date TEXT NOT NULL,
        end_date TEXT,
        location TEXT,
        delegation_id INTEGER REFERENCES organisations (id),
        delegation_name TEXT NOT NULL,
        delegation_fold TEXT NOT NULL,
        host_id INTEGER REFERENCES organisations (id),
        host_name TEXT NOT NULL,
        host_fold TEXT NOT NULL,
        topic TEXT,
        summary TEXT,
        search_fold TEXT NOT NULL,
        extensions TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL))",
    // Each list sort is "column, id" in one direction, which these indexes serve
    // (the rowid is implicitly the last column of every index).
    R"(CREATE INDEX visits_date ON visits (date))",
    R"(CREATE INDEX visits_title_fold ON visits (title_fold))",
    R"(CREATE INDEX visits_host_fold ON visits (host_fold))",
    R"(CREATE INDEX visits_delegation_fold ON visits (delegation_fold))",
    // Filter by kind or status, listed by date.
    R"(CREATE INDEX visits_kind_date ON visits (kind, date))",
    R"(CREATE INDEX visits_status_date ON visits (status, date))",
    R"(CREATE INDEX visits_host_id_date ON visits (host_id, date))",
    R"(CREATE INDEX visits_delegation_id_date ON visits (delegation_id, date))",

    R"(CREATE TABLE attendees (
        id INTEGER PRIMARY KEY,
        visit_id INTEGER NOT NULL REFERENCES visits (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        person_id INTEGER REFERENCES people (id),
        name TEXT NOT NULL,
        position TEXT,
        organisation TEXT,
        side TEXT NOT NULL,
        role TEXT NOT NULL,
        present INTEGER NOT NULL,
        note TEXT,
        extensions TEXT,
        UNIQUE (visit_id, seq)))",
    R"(CREATE INDEX attendees_person ON attendees (person_id))",
    R"(CREATE INDEX attendees_position ON attendees (position))",

    R"(CREATE TABLE report_figures (
        visit_id INTEGER NOT NULL REFERENCES visits (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        label TEXT NOT NULL,
        value REAL NOT NULL,
        unit TEXT,
        as_of TEXT,
        extensions TEXT,
        PRIMARY KEY (visit_id, seq)))",

    R"(CREATE TABLE findings (
        id INTEGER PRIMARY KEY,
        visit_id INTEGER NOT NULL REFERENCES visits (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        key TEXT,
        category TEXT NOT NULL,
        area TEXT,
        text TEXT NOT NULL,
        organisation TEXT,
        text_fold TEXT NOT NULL,
        extensions TEXT,
        UNIQUE (visit_id, seq),
        UNIQUE (visit_id, key)))",
    R"(CREATE INDEX findings_category ON findings (category, visit_id))",
    R"(CREATE INDEX findings_area ON findings (area))",

    R"(CREATE TABLE indicators (
        visit_id INTEGER NOT NULL REFERENCES visits (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        name TEXT NOT NULL,
        unit TEXT,
        period TEXT,
        target REAL,
        actual REAL NOT NULL,
        as_of TEXT,
        extensions TEXT,
        PRIMARY KEY (visit_id, seq)))",
    // An indicator is identified by (host, name, period): its history is read by name.
    R"(CREATE INDEX indicators_name_period ON indicators (name, period))",

    R"(CREATE TABLE recommendations (
        id INTEGER PRIMARY KEY,
        visit_id INTEGER NOT NULL REFERENCES visits (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        text TEXT NOT NULL,
        responsible TEXT,
        due TEXT,
        status TEXT NOT NULL,
        completed TEXT,
        text_fold TEXT NOT NULL,
        extensions TEXT,
        UNIQUE (visit_id, seq)))",
    // Follow-up lists filter by status and sort by due date.
    R"(CREATE INDEX recommendations_status_due ON recommendations (status, due))",

    // seq keeps the order in which a recommendation lists the findings it addresses.
    R"(CREATE TABLE recommendation_findings (
        recommendation_id INTEGER NOT NULL REFERENCES recommendations (id) ON DELETE CASCADE,
        finding_id INTEGER NOT NULL REFERENCES findings (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        PRIMARY KEY (recommendation_id, finding_id)))",
    R"(CREATE INDEX recommendation_findings_finding ON recommendation_findings (finding_id))",

    R"(CREATE TABLE follow_up_updates (
        id INTEGER PRIMARY KEY,
        recommendation_id INTEGER NOT NULL REFERENCES recommendations (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        date TEXT,
        note TEXT,
        progress INTEGER,
        evidence TEXT,
        extensions TEXT,
        UNIQUE (recommendation_id, seq)))",
};

// Sorting the list by kind or status ranks them in declared order (VisitOrder.h).
QStringList visitOrderIndexes()
{
    return {QStringLiteral("CREATE INDEX visits_kind_rank ON visits (%1, date)")
                .arg(QLatin1StringView(visit_order::kKindRank)),
            QStringLiteral("CREATE INDEX visits_status_rank ON visits (%1, date)")
                .arg(QLatin1StringView(visit_order::kStatusRank))};
}

template <std::size_t N>
bool runAll(QSqlQuery &query, const char *const (&statements)[N], int version, QString *error)
{
    for (const char *statement : statements) {
        if (!sql::exec(query, QString::fromLatin1(statement),
                       sql::Text::tr("Could not create schema version %1").arg(version), error))
            return false;
    }
    return true;
}

} // namespace

// Beside the steps it asks about: whether open() would run them.
bool Database::needsUpgrade(const QString &filePath)
{
    if (!QFileInfo(filePath).isFile())
        return false;
    QString problem;
    return files::withReadOnlyConnection(filePath, &problem, [](QSqlDatabase connection) {
        QSqlQuery query(connection);
        if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next() ||
            query.value(0).toInt() != kApplicationId)
            return false;
        if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
            return false;
        const int version = query.value(0).toInt();
        return version >= 1 && version < kSchemaVersion;
    });
}

bool migrateSchema(Database &database, int fromVersion, QString *error)
{
    Transaction transaction(database);
    if (!transaction.isActive()) {
        if (error)
            *error = sql::Text::tr("Could not start the schema upgrade of “%1”: %2")
                         .arg(database.filePath(), transaction.errorText());
        return false;
    }
    QSqlQuery query(database.connection());

    if (fromVersion < 1) {
        if (!runAll(query, kSchema1, 1, error))
            return false;
        for (const QString &statement : visitOrderIndexes()) {
            if (!sql::exec(query, statement,
                           sql::Text::tr("Could not create schema version %1").arg(1), error))
                return false;
        }
    }

    // Step n makes version n + 2 from version n + 1.
    using Step = bool (*)(QSqlQuery &, QString *);
    constexpr std::array<Step, 13> kSteps{
        migration::toVersion2,  migration::toVersion3,  migration::toVersion4,
        migration::toVersion5,  migration::toVersion6,  migration::toVersion7,
        migration::toVersion8,  migration::toVersion9,  migration::toVersion10,
        migration::toVersion11, migration::toVersion12, migration::toVersion13,
        migration::toVersion14};
    static_assert(kSteps.size() + 1 == Database::kSchemaVersion,
                  "one step for each version after the first");
    for (int version = qMax(fromVersion, 1) + 1; version <= Database::kSchemaVersion; ++version) {
        if (!kSteps[std::size_t(version - 2)](query, error))
            return false;
    }

    // PRAGMA values cannot be bound; these are our own integer constants.
    const QString setVersion =
        QStringLiteral("PRAGMA user_version = %1").arg(Database::kSchemaVersion);
    const QString setApplication =
        QStringLiteral("PRAGMA application_id = %1").arg(Database::kApplicationId);
    if (!sql::exec(query, setVersion, sql::Text::tr("Could not record the schema version"),
                   error) ||
        !sql::exec(query, setApplication, sql::Text::tr("Could not record the file identity"),
                   error))
        return false;
    query.finish();
    return transaction.commit(error);
}

} // namespace vt
