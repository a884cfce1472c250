#include "storage/MigrationSteps.h"

#include "storage/SqlValues.h"

#include <QSqlQuery>

namespace vt::migration {
namespace {

// Schema 6. What an office enters when it prints a meeting document (number,
// issuing and superior body, signer, place, recipients) is remembered per
// issuing organisation and document kind, so the next document of the same
// office starts from it. The organisation is the name as printed (the
// delegation name of the visit), not a row of organisations: a profile must
// survive renames of the organisation records and outlive deleted visits.
const char *const kSchema6[] = {
    R"(CREATE TABLE document_profiles (
        organisation TEXT NOT NULL,
        document TEXT NOT NULL,
        superior_body TEXT,
        issuing_body TEXT,
        number TEXT,
        place TEXT,
        signer_name TEXT,
        signer_position TEXT,
        signing_capacity TEXT,
        on_behalf_of TEXT,
        recipients TEXT,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (organisation, document)))",
};

} // namespace

bool toVersion6(QSqlQuery &query, QString *error)
{
    for (const char *statement : kSchema6) {
        if (!sql::exec(query, QString::fromLatin1(statement),
                       sql::Text::tr("Could not create schema version %1").arg(6), error))
            return false;
    }
    return true;
}

} // namespace vt::migration
