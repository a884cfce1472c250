#pragma once

// Edit ▸ Preferences: the interface language and the appearance (System,
// Light, Dark). Both are stored in QSettings; the appearance applies at once,
// the language at the next start (see the .cpp for why).

#include "gui/Appearance.h"

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace vt {

class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // "vi", "en", or empty for the system's language.
    QString language() const;
    void setLanguage(const QString &language);
    Appearance appearance() const;
    void setAppearance(Appearance appearance);

    // Shows the dialog; stores the choices, applies the appearance and tells
    // the user a new language takes effect after a restart. True when the
    // language changed.
    static bool edit(QWidget *parent);

private:
    QComboBox *m_language = nullptr;
    QComboBox *m_appearance = nullptr;
    QSpinBox *m_attachmentLimit = nullptr; // MB per attached file
};

} // namespace vt
