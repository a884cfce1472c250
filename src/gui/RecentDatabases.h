#pragma once

// File ▸ Open Recent: the last databases opened, newest first, kept in
// QSettings. Files that no longer exist stay listed but disabled, so a file on
// an unplugged drive is not forgotten.

#include <QObject>
#include <QStringList>

class QMenu;

namespace vt {

class RecentDatabases final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaximum = 8;

    // Fills `menu` each time it is about to show.
    explicit RecentDatabases(QMenu *menu, QObject *parent = nullptr);

    static QStringList paths();
    // Moves `path` to the top of the list.
    static void add(const QString &path);
    static void clear();

signals:
    void openRequested(const QString &path);

private:
    void rebuildMenu();

    QMenu *m_menu;
};

} // namespace vt
