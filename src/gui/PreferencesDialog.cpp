#include "gui/PreferencesDialog.h"

#include "gui/BackupSettingsBox.h"
#include "gui/LanguageSettings.h"
#include "services/AttachmentService.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace vt {
namespace {

// --lang on the command line would override the new choice after a restart.
QStringList argumentsWithoutLanguage(QStringList arguments)
{
    for (qsizetype i = 0; i < arguments.size();) {
        if (arguments.at(i) == QLatin1String("--lang"))
            arguments.remove(i, qMin<qsizetype>(2, arguments.size() - i));
        else if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            arguments.remove(i);
        else
            ++i;
    }
    return arguments;
}

} // namespace

// Retranslating live would need every window, model and delegate to rebuild its
// texts on QEvent::LanguageChange, and open editors hold half-typed records;
// a restart (offered at once, after the editors' own unsaved-changes questions)
// is simpler and loses nothing.
PreferencesDialog::PreferencesDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Interface language"));
    m_language->addItem(tr("System language"), QString());
    // Each language is named in itself, so it can be found whatever the current one.
    m_language->addItem(QStringLiteral("Tiếng Việt"), QStringLiteral("vi"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));

    m_appearance = new QComboBox(this);
    m_appearance->setObjectName(QStringLiteral("appearanceCombo"));
    m_appearance->setAccessibleName(tr("Appearance"));
    m_appearance->addItem(tr("Follow the system"), int(Appearance::System));
    m_appearance->addItem(tr("Light"), int(Appearance::Light));
    m_appearance->addItem(tr("Dark"), int(Appearance::Dark));
    m_appearance->setToolTip(tr("Colours of the windows. \"Follow the system\" uses dark colours "
                                "when the desktop's theme is dark."));

    auto *note =
        new QLabel(tr("A new language takes effect after Visit Tracker is restarted."), this);
    note->setWordWrap(true);

    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("&Language:"), this);
    label->setBuddy(m_language);
    form->addRow(label, m_language);
    form->addRow(note);
    auto *appearanceLabel = new QLabel(tr("&Appearance:"), this);
    appearanceLabel->setBuddy(m_appearance);
    form->addRow(appearanceLabel, m_appearance);
    m_attachmentLimit = new QSpinBox(this);
    m_attachmentLimit->setObjectName(QStringLiteral("attachmentLimitSpin"));
    m_attachmentLimit->setRange(1, 2000);
    m_attachmentLimit->setSuffix(tr(" MB"));
    m_attachmentLimit->setValue(attachmentSizeLimitMB());
    m_attachmentLimit->setToolTip(tr("Larger files are refused when attached to a visit: the "
                                     "database holds every attachment."));
    auto *limitLabel = new QLabel(tr("Attachment si&ze limit per file:"), this);
    limitLabel->setBuddy(m_attachmentLimit);
    form->addRow(limitLabel, m_attachmentLimit);

    // Created before the buttons: Tab follows the order of creation.
    auto *backups = new BackupSettingsBox(this);
    connect(this, &QDialog::accepted, backups, &BackupSettingsBox::store);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(backups);
    layout->addStretch();
    layout->addWidget(buttons);
    setLanguage(storedLanguage());
    setAppearance(storedAppearance());
    resize(480, sizeHint().height());
}

QString PreferencesDialog::language() const
{
    return m_language->currentData().toString();
}

void PreferencesDialog::setLanguage(const QString &language)
{
    const int index = m_language->findData(language);
    m_language->setCurrentIndex(index < 0 ? 0 : index);
}

Appearance PreferencesDialog::appearance() const
{
    return Appearance(m_appearance->currentData().toInt());
}

void PreferencesDialog::setAppearance(Appearance appearance)
{
    const int index = m_appearance->findData(int(appearance));
    m_appearance->setCurrentIndex(index < 0 ? 0 : index);
}

bool PreferencesDialog::edit(QWidget *parent)
{
    PreferencesDialog dialog(parent);
    const QString before = storedLanguage();
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (dialog.m_attachmentLimit->value() != attachmentSizeLimitMB())
        setAttachmentSizeLimitMB(dialog.m_attachmentLimit->value());
    if (dialog.appearance() != storedAppearance()) {
        storeAppearance(dialog.appearance());
        applyAppearance(dialog.appearance());
    }
    if (dialog.language() == before)
        return false;
    storeLanguage(dialog.language());
    QMessageBox box(QMessageBox::Question, tr("Language changed"),
                    tr("The new language will be used the next time Visit Tracker starts. "
                       "Restart now?"),
                    QMessageBox::NoButton, parent);
    QPushButton *restart = box.addButton(tr("&Restart now"), QMessageBox::AcceptRole);
    box.addButton(tr("&Later"), QMessageBox::RejectRole);
    box.exec();
    // Closing the main window lets each editor ask about unsaved changes; a
    // "Cancel" there cancels the restart too.
    if (box.clickedButton() == restart && parent && parent->window()->close())
        QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                argumentsWithoutLanguage(QCoreApplication::arguments().mid(1)));
    return true;
}

} // namespace vt
