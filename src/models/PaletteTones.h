#pragma once

// Colours the models give to rows and cells must stay readable in a light and
// in a dark palette (Preferences ▸ Appearance): each is chosen from the
// application palette at the moment the view asks.

#include <QColor>
#include <QGuiApplication>
#include <QPalette>

namespace vt {

inline bool paletteIsDark()
{
    // Models also serve headless code (a QCoreApplication has no palette).
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return false;
    return QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
}

// Text that reports a problem (validation, overdue follow-up).
inline QColor problemTextColour()
{
    return paletteIsDark() ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}

// The background of a cell with a problem; the palette's text stays readable on it.
inline QColor problemCellColour()
{
    return paletteIsDark() ? QColor(0x6a, 0x1f, 0x1f) : QColor(0xff, 0xd6, 0xd6);
}

// Progress of an indicator against its target: reached, nearly, far.
inline QColor progressColour(double percent)
{
    const bool dark = paletteIsDark();
    if (percent >= 100)
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x00, 0x80, 0x00);
    if (percent >= 90)
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0x8a, 0x58, 0x00);
    return dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc0, 0x00, 0x00);
}

} // namespace vt
