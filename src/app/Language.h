#pragma once

#include <QString>

namespace vt::app {

// Chooses the interface language ("vi", "en", or empty for the system's),
// sets the default locale for dates and numbers and installs the translations
// that are built in.
void applyLanguage(const QString &requested);

} // namespace vt::app
