#pragma once

// The sample visits (the Long An visit of 7 June 2023 and a few more), shipped
// as an interchange document in the resources. Loading is idempotent: the
// sample visits carry refs.

#include "services/ImportExport.h"
#include "services/OrganisationService.h"

namespace vt {

QByteArray demoDocument();
// Where the sample organisations sit (Huyện ủy Châu Thành under Tỉnh ủy Long An, ...).
QList<OrganisationPlacement> demoHierarchy();
// The sample visits and the hierarchy of their organisations.
ImportResult loadDemoData(Database &database);

} // namespace vt
