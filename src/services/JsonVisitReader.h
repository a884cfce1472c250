#pragma once

// Reads one VISIT object of the interchange format with all its records.

#include "services/JsonObjectReader.h"

#include "domain/Visit.h"

namespace vt::json {

// Fields are read as written; text is not yet normalised and the visit not yet
// validated (readInterchange does both).
Visit readVisit(ObjectReader &reader);

} // namespace vt::json
