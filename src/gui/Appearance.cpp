#include "gui/Appearance.h"

#include "models/PaletteTones.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QDir>
#include <QEvent>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>

namespace vt {
namespace {

// Not "general/…": QSettings writes a group named "general" as [%General] and
// reads it back as "General", so such keys are lost at the next start.
const QString kAppearanceKey = QStringLiteral("interface/appearance");

struct PlatformLook
{
    QString styleName;
    QPalette palette;
};

// The style and palette Qt chose before this program changed anything.
const PlatformLook &platformLook()
{
    static const PlatformLook look{
        QApplication::style() ? QApplication::style()->name() : QString(), QApplication::palette()};
    return look;
}

bool namesDarkTheme(const QString &name)
{
    return name.contains(QLatin1String("dark"), Qt::CaseInsensitive);
}

// 1 = prefer dark, 2 = prefer light, 0 = no preference, -1 = no answer.
int portalColourScheme()
{
    // Without a session bus, connecting would try to start one.
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return -1;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return -1;
    QDBusMessage message = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.portal.Desktop"),
        QStringLiteral("/org/freedesktop/portal/desktop"),
        QStringLiteral("org.freedesktop.portal.Settings"), QStringLiteral("Read"));
    message << QStringLiteral("org.freedesktop.appearance") << QStringLiteral("color-scheme");
    const QDBusMessage reply = bus.call(message, QDBus::Block, 500);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return -1;
    QVariant value = reply.arguments().constFirst();
    while (value.canConvert<QDBusVariant>()) // the portal wraps the value twice
        value = value.value<QDBusVariant>().variant();
    bool ok = false;
    const uint scheme = value.toUInt(&ok);
    return ok ? int(scheme) : -1;
}

bool gtkSettingsPreferDark()
{
    const QString path = QStandardPaths::locate(QStandardPaths::GenericConfigLocation,
                                                QStringLiteral("gtk-3.0/settings.ini"));
    if (path.isEmpty())
        return false;
    QSettings gtk(path, QSettings::IniFormat);
    gtk.beginGroup(QStringLiteral("Settings"));
    const QString prefer =
        gtk.value(QStringLiteral("gtk-application-prefer-dark-theme")).toString();
    return prefer == QLatin1String("1") ||
           prefer.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 ||
           namesDarkTheme(gtk.value(QStringLiteral("gtk-theme-name")).toString());
}

class PaletteFollower;
// Every follower, told directly by applyAppearance(): widgets hear of a new
// application palette only while the event loop runs, and not in all cases.
QList<PaletteFollower *> &followers()
{
    static QList<PaletteFollower *> list;
    return list;
}

class PaletteFollower final : public QObject
{
public:
    PaletteFollower(QWidget *widget, std::function<void()> apply)
        : QObject(widget), m_apply(std::move(apply))
    {
        widget->installEventFilter(this);
        followers().append(this);
        m_apply();
    }
    ~PaletteFollower() override { followers().removeOne(this); }

    void apply()
    {
        if (m_applying)
            return;
        m_applying = true;
        m_apply();
        m_applying = false;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // Child widgets hear of a new application palette; windows see their
        // own palette change. Setting colours inside sends one more event.
        const auto type = event->type();
        if (type == QEvent::ApplicationPaletteChange || type == QEvent::PaletteChange)
            apply();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_apply;
    bool m_applying = false;
};

void setLook(const QString &styleName, const QPalette &palette)
{
    if (!styleName.isEmpty() &&
        QApplication::style()->name().compare(styleName, Qt::CaseInsensitive))
        QApplication::setStyle(QStyleFactory::create(styleName));
    QApplication::setPalette(palette);
    const QList<PaletteFollower *> all = followers();
    for (PaletteFollower *follower : all)
        follower->apply();
}

} // namespace

QString appearanceKey(Appearance appearance)
{
    switch (appearance) {
    case Appearance::Light:
        return QStringLiteral("light");
    case Appearance::Dark:
        return QStringLiteral("dark");
    case Appearance::System:
        break;
    }
    return QStringLiteral("system");
}

Appearance storedAppearance()
{
    const QString value = QSettings().value(kAppearanceKey).toString();
    if (value == appearanceKey(Appearance::Light))
        return Appearance::Light;
    if (value == appearanceKey(Appearance::Dark))
        return Appearance::Dark;
    return Appearance::System; // also for a missing or edited value
}

void storeAppearance(Appearance appearance)
{
    QSettings().setValue(kAppearanceKey, appearanceKey(appearance));
}

bool desktopPrefersDark()
{
    const QString gtkTheme = qEnvironmentVariable("GTK_THEME");
    if (!gtkTheme.isEmpty())
        return namesDarkTheme(gtkTheme);
    const int scheme = portalColourScheme();
    if (scheme == 1 || scheme == 2)
        return scheme == 1;
    if (gtkSettingsPreferDark())
        return true;
    return platformLook().palette.color(QPalette::Window).lightness() < 128;
}

QPalette lightPalette()
{
    QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    const QPalette palette = fusion ? fusion->standardPalette() : QPalette();
    delete fusion;
    return palette;
}

QPalette darkPalette()
{
    const QColor window(0x2d, 0x2d, 0x30);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor disabledText(0x80, 0x80, 0x80);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2a, 0x2d));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3c, 0x40));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3e));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6e, 0x6e));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4f));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x44));
    p.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x33));
    p.setColor(QPalette::Dark, QColor(0x20, 0x20, 0x22));
    p.setColor(QPalette::Shadow, QColor(0x10, 0x10, 0x10));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb5));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xdb));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x55));
    return p;
}

void applyAppearance(Appearance appearance)
{
    const PlatformLook &platform = platformLook(); // remembered before the first change
    const QString fusion = QStringLiteral("Fusion");
    switch (appearance) {
    case Appearance::Dark:
        setLook(fusion, darkPalette());
        return;
    case Appearance::Light:
        setLook(fusion, lightPalette());
        return;
    case Appearance::System:
        break;
    }
    if (!desktopPrefersDark())
        setLook(platform.styleName, platform.palette);
    else if (platform.palette.color(QPalette::Window).lightness() < 128)
        setLook(platform.styleName, platform.palette); // the platform theme is dark already
    else
        setLook(fusion, darkPalette());
}

void followPalette(QWidget *widget, std::function<void()> apply)
{
    new PaletteFollower(widget, std::move(apply));
}

void markAsProblemText(QLabel *label)
{
    followPalette(label, [label] {
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, problemTextColour());
        label->setPalette(palette);
    });
}

} // namespace vt
