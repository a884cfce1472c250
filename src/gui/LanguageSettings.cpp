#include "gui/LanguageSettings.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTranslator>

namespace vt {
namespace {

const QString kLanguageKey = QStringLiteral("general/language");

} // namespace

QString storedLanguage()
{
    const QString language = QSettings().value(kLanguageKey).toString();
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
