#pragma once

// Every file dialog of the program. Qt's own file dialog (used wherever the
// desktop offers no native one) formats dates and sizes in the system locale
// and sizes its columns for English; these dialogs show them in the language
// the user chose (--lang, Preferences) and leave room for the Vietnamese
// headers. Native dialogs are left alone: they follow the desktop.

#include <QString>
#include <QStringList>

class QWidget;

namespace vt::FileDialogs {

// An existing file to read; empty when cancelled. `path` is a folder or a file
// to preselect; `filter` as in QFileDialog ("Name (*.x);;All files (*)").
QString openFileName(QWidget *parent, const QString &caption, const QString &path,
                     const QString &filter);

// Existing files to read (several may be chosen); empty when cancelled.
QStringList openFileNames(QWidget *parent, const QString &caption, const QString &path,
                          const QString &filter);

// A file to write; the dialog asks before replacing an existing one. Empty when
// cancelled. `selectedFilter`, if given, receives the file type the user chose.
QString saveFileName(QWidget *parent, const QString &caption, const QString &path,
                     const QString &filter, QString *selectedFilter = nullptr);

} // namespace vt::FileDialogs
