#pragma once

// What a user can read in a window: every visible widget's texts, titles,
// tool tips, placeholders, combo items, tab titles, item view headers and
// cells, and the texts of menus and their actions. Each text carries where it
// was found, so a failure names the widget.

#include <QList>
#include <QString>

class QMenu;
class QWidget;

namespace vt::test {

struct SeenText
{
    QString text;          // as shown, mnemonic ampersands included
    QString where;         // "window title of visitEditor", "QPushButton saveButton"…
    bool mnemonic = false; // a label whose '&' makes a keyboard shortcut
};

// The texts of `window` and its visible descendants (hidden pages excluded;
// walk them by making them current first).
QList<SeenText> visibleTexts(QWidget *window);
// The texts of a menu, its actions and submenus.
QList<SeenText> menuTexts(QMenu *menu, const QString &where);

// "&Save" -> "Save", "&&" -> "&", "Lưu (&S)" -> "Lưu".
QString withoutMnemonic(QString text);
// The mnemonic letter, lower case, or a null QChar.
QChar mnemonicOf(const QString &text);

} // namespace vt::test
