#include "gui/LanguageSettings.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTranslator>

namespace vt {
namespace {

// Not "general/…": QSettings writes a group named "general" as [%General] and
// reads it back as "General/language", so the choice was lost at the next
// start. Files written that way are still read (kOldLanguageKey).
const QString kLanguageKey = QStringLiteral("interface/language");
const QString kOldLanguageKey = QStringLiteral("General/language");

} // namespace

QString storedLanguage()
{
    const QSettings settings;
    const QString language =
        settings.value(kLanguageKey, settings.value(kOldLanguageKey)).toString();
    // An edited or stale settings file must not select a language we lack.
    return language == QLatin1String("vi") || language == QLatin1String("en") ? language
                                                                              : QString();
}

void storeLanguage(const QString &language)
{
    QSettings().setValue(kLanguageKey, language);
}

bool installQtTranslations(const QString &language)
{
    if (language != QLatin1String("vi"))
        return false;
    // Parented to the application so it lives exactly as long.
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(QStringLiteral(":/i18n/qt_vi.qm"))) {
        delete translator;
        return false;
    }
    return QCoreApplication::installTranslator(translator);
}

} // namespace vt
