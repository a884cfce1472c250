#pragma once

// The sample visits (the Long An visit of 7 June 2023 and a few more), shipped
// as an interchange document in the resources. Loading is idempotent: the
// sample visits carry refs.

#include "services/ImportExport.h"

namespace vt {

QByteArray demoDocument();
ImportResult loadDemoData(Database &database);

} // namespace vt
