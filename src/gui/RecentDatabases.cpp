#include "gui/RecentDatabases.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace vt {
namespace {

const QString kKey = QStringLiteral("files/recentDatabases");

} // namespace

RecentDatabases::RecentDatabases(QMenu *menu, QObject *parent) : QObject(parent), m_menu(menu)
{
    connect(m_menu, &QMenu::aboutToShow, this, &RecentDatabases::rebuildMenu);
    rebuildMenu();
}

QStringList RecentDatabases::paths()
{
    return QSettings().value(kKey).toStringList();
}

void RecentDatabases::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = paths();
    list.removeAll(absolute);
    list.prepend(absolute);
    QSettings().setValue(kKey, list.mid(0, kMaximum));
}

void RecentDatabases::clear()
{
    QSettings().remove(kKey);
}

void RecentDatabases::rebuildMenu()
{
    m_menu->clear();
    const QStringList list = paths();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString &path = list.at(i);
        // "&1 …" gives each entry a mnemonic in every language.
        auto *action = m_menu->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path)));
        action->setEnabled(QFileInfo::exists(path));
        if (!action->isEnabled())
            action->setToolTip(tr("The file no longer exists."));
        connect(action, &QAction::triggered, this, [this, path] { emit openRequested(path); });
    }
    if (list.isEmpty())
        m_menu->addAction(tr("No recent databases"))->setEnabled(false);
    m_menu->addSeparator();
    QAction *clearAction = m_menu->addAction(tr("&Clear list"));
    clearAction->setEnabled(!list.isEmpty());
    connect(clearAction, &QAction::triggered, this, [this] {
        clear();
        rebuildMenu();
    });
}

} // namespace vt
