#include "storage/MigrationSteps.h"

namespace vt::migration {

bool toVersion3(QSqlQuery &, QString *)
{
    return true; // placeholder until carry-over verdicts land
}

} // namespace vt::migration
