#include "storage/MigrationSteps.h"

#include "storage/SqlValues.h"

#include <QSqlQuery>

namespace vt::migration {
namespace {

// Schema 5: the change history. Every insert, update and delete of a record
// is appended with when, who and the record's values before and after
// (interchange JSON). visit_id is not a foreign key: the history of a deleted
// visit must outlive it. Triggers make the table append-only for every
// program, not only this one.
const char *const kSchema5[] = {
    R"(CREATE TABLE change_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        user TEXT NOT NULL,
        visit_id INTEGER,
        visit_title TEXT,
        record TEXT NOT NULL,
        action TEXT NOT NULL,
        old_value TEXT,
        new_value TEXT))",
    R"(CREATE INDEX change_log_visit ON change_log (visit_id, id))",
    R"(CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log
        BEGIN SELECT RAISE(ABORT, 'the change history cannot be changed'); END)",
    R"(CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log
        BEGIN SELECT RAISE(ABORT, 'the change history cannot be changed'); END)",
};

} // namespace

bool toVersion5(QSqlQuery &query, QString *error)
{
    for (const char *statement : kSchema5) {
        if (!sql::exec(query, QString::fromLatin1(statement),
                       sql::Text::tr("Could not create schema version %1").arg(5), error))
            return false;
    }
    return true;
}

} // namespace vt::migration
