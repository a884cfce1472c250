#include "storage/MigrationSteps.h"

namespace vt::migration {

bool toVersion2(QSqlQuery &, QString *)
{
    return true; // placeholder until the search index lands
}

} // namespace vt::migration
