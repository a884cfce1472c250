#pragma once

// The interface language the user chose in Preferences, and the translations
// of Qt's own strings (dialog buttons, context menus, file dialogs) that Debian
// does not ship for Vietnamese.

#include <QString>

namespace vt {

// "vi", "en", or empty for the system's language.
QString storedLanguage();
void storeLanguage(const QString &language);

// Installs the built-in translation of Qt's strings for `language` ("vi");
// false when there is none (English needs none).
bool installQtTranslations(const QString &language);

} // namespace vt
