#include "app/Language.h"

#include "gui/LanguageSettings.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace vt::app {

void applyLanguage(const QString &requested)
{
    // --lang wins over Preferences, which win over the system locale.
    QString language = requested.isEmpty() ? vt::storedLanguage() : requested;
    if (language.isEmpty())
        language = QLocale::system().language() == QLocale::Vietnamese ? QStringLiteral("vi")
                                                                       : QStringLiteral("en");
    const QLocale locale = language == QLatin1String("vi")
                               ? QLocale(QLocale::Vietnamese, QLocale::Vietnam)
                               : QLocale(QLocale::English, QLocale::UnitedKingdom);
    QLocale::setDefault(locale);

    // The translator lives as long as the application object.
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, QStringLiteral("visit-tracker"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
    vt::installQtTranslations(language);
}

} // namespace vt::app
