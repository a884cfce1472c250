#include "gui/BackupSettingsBox.h"

#include "services/BackupRotation.h"

#include <QCheckBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace vt {

BackupSettingsBox::BackupSettingsBox(QWidget *parent) : QGroupBox(tr("Backups"), parent)
{
    setObjectName(QStringLiteral("backupSettings"));
    const BackupPolicy policy = BackupPolicy::fromSettings();

    m_automatic = new QCheckBox(tr("Back up the open database automatically every &day"), this);
    m_automatic->setObjectName(QStringLiteral("automaticBackupCheck"));
    m_automatic->setChecked(policy.automatic);

    m_keep = new QSpinBox(this);
    m_keep->setObjectName(QStringLiteral("keepBackupsSpin"));
    m_keep->setRange(BackupPolicy::kMinKeep, BackupPolicy::kMaxKeep);
    m_keep->setValue(policy.keep);
    m_keep->setAccessibleName(tr("Number of backups kept"));
    m_keep->setEnabled(policy.automatic);
    connect(m_automatic, &QCheckBox::toggled, m_keep, &QWidget::setEnabled);

    auto *where = new QLabel(tr("Backups are verified and kept in %1; the oldest are deleted. "
                                "File ▸ Restore from backup puts one back.")
                                 .arg(QDir::toNativeSeparators(BackupPolicy::defaultFolder())),
                             this);
    where->setWordWrap(true);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout(this);
    form->addRow(m_automatic);
    auto *keepLabel = new QLabel(tr("&Keep the last:"), this);
    keepLabel->setBuddy(m_keep);
    form->addRow(keepLabel, m_keep);
    form->addRow(where);
}

void BackupSettingsBox::store() const
{
    BackupPolicy policy = BackupPolicy::fromSettings();
    policy.automatic = m_automatic->isChecked();
    policy.keep = m_keep->value();
    policy.save();
}

} // namespace vt
