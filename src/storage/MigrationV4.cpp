#include "storage/MigrationSteps.h"

#include "storage/SqlValues.h"

#include <QSqlQuery>

namespace vt::migration {
namespace {

// Schema 4: how organisations are nested and what kind of body each is, so
// that the lists can answer for a host and its subordinate units. A parent
// that is removed leaves its units without a parent rather than removing them.
const char *const kSchema4[] = {
    R"(ALTER TABLE organisations
        ADD COLUMN parent_id INTEGER REFERENCES organisations (id) ON DELETE SET NULL)",
    R"(ALTER TABLE organisations ADD COLUMN kind TEXT)",
    // Walking down the tree: the units directly under an organisation.
    R"(CREATE INDEX organisations_parent ON organisations (parent_id))",
};

} // namespace

bool toVersion4(QSqlQuery &query, QString *error)
{
    for (const char *statement : kSchema4) {
        if (!sql::exec(query, QString::fromLatin1(statement),
                       sql::Text::tr("Could not create schema version %1").arg(4), error))
            return false;
    }
    return true;
}

} // namespace vt::migration
