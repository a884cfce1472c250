#pragma once

// Edit ▸ Preferences ▸ Appearance: the program's palette follows the desktop
// (System), or is always Light or Dark. Qt 6.4 cannot ask the desktop for its
// colour scheme (QStyleHints::colorScheme came in 6.5), so "System" looks at
// what a Debian desktop does tell (see desktopPrefersDark()).

#include <QPalette>
#include <QString>
#include <functional>

class QLabel;
class QWidget;

namespace vt {

enum class Appearance
{
    System,
    Light,
    Dark
};

Appearance storedAppearance();
void storeAppearance(Appearance appearance);
// "system", "light", "dark": the values kept in QSettings.
QString appearanceKey(Appearance appearance);

// True when the desktop asks for dark colours, from the first of:
// GTK_THEME naming a dark theme; the XDG desktop portal's colour scheme
// (org.freedesktop.appearance color-scheme, read over the session bus when
// there is one); gtk-3.0/settings.ini preferring a dark theme or naming one;
// the palette Qt's platform theme started with having a dark window colour.
bool desktopPrefersDark();

// Fusion palettes, with disabled colours and links readable on each.
QPalette lightPalette();
QPalette darkPalette();

// Sets the style and palette of the running program; open windows follow at
// once. The first call remembers the platform's own palette for "System".
void applyAppearance(Appearance appearance);

// Calls `apply` now and again whenever the application palette changes, for
// widgets whose colours are chosen in code.
void followPalette(QWidget *widget, std::function<void()> apply);
// Shows a label's text in the colour of problems (validation messages),
// readable in both palettes.
void markAsProblemText(QLabel *label);

} // namespace vt
