#pragma once

// The "Backups" part of Edit ▸ Preferences: automatic daily backups on or
// off and how many to keep (services/BackupRotation.h, stored in QSettings).

#include <QGroupBox>

class QCheckBox;
class QSpinBox;

namespace vt {

class BackupSettingsBox final : public QGroupBox
{
    Q_OBJECT

public:
    explicit BackupSettingsBox(QWidget *parent = nullptr);

    // Writes the choices to QSettings (called when the dialog is accepted).
    void store() const;

private:
    QCheckBox *m_automatic = nullptr;
    QSpinBox *m_keep = nullptr;
};

} // namespace vt
