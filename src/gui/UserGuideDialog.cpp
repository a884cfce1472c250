#include "gui/UserGuideDialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace vt {

UserGuideDialog::UserGuideDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("userGuideDialog"));
    setWindowTitle(tr("Visit Tracker User Guide"));
    auto *browser = new QTextBrowser(this);
    browser->setObjectName(QStringLiteral("userGuideBrowser"));
    browser->setAccessibleName(tr("User guide"));
    browser->setOpenExternalLinks(true);
    browser->setMarkdown(guideMarkdown());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    resize(760, 640);
}

QString UserGuideDialog::guideMarkdown()
{
    // applyLanguage() has set the default locale to the interface language.
    const bool vietnamese = QLocale().language() == QLocale::Vietnamese;
    QFile file(vietnamese ? QStringLiteral(":/docs/user-guide.vi.md")
                          : QStringLiteral(":/docs/user-guide.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace vt
