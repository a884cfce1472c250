#pragma once

// Edit ▸ Preferences: the interface language. The choice is stored in
// QSettings and applied at the next start (see the .cpp for why).

#include <QDialog>

class QComboBox;

namespace vt {

class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // "vi", "en", or empty for the system's language.
    QString language() const;
    void setLanguage(const QString &language);

    // Shows the dialog; stores the choice and tells the user it takes effect
    // after a restart. True when the language changed.
    static bool edit(QWidget *parent);

private:
    QComboBox *m_language = nullptr;
};

} // namespace vt
