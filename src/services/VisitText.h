#pragma once

// Stored text is NFC (DOMAIN.md, "Vietnamese conventions"); some keyboards
// deliver NFD. Import and save both pass every visit through here, so a name
// typed either way is stored, compared and searched the same.

#include "domain/Visit.h"

namespace vt {

// Normalises every text field of the visit and its records to NFC.
// Extensions are left verbatim: they belong to whoever wrote them.
void normalizeVisitText(Visit &visit);

} // namespace vt
