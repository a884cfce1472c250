#pragma once

// The names the clerk has typed before (organisations, people, positions,
// areas, places), shared by every field and table cell of one editor.
// Completers built here keep following the lists when they are replaced.

#include "models/editor/EditorTableModel.h"

#include <QHash>
#include <QObject>
#include <QStringList>

class QCompleter;
class QStringListModel;

namespace vt {

class CompletionLists final : public QObject
{
    Q_OBJECT

public:
    explicit CompletionLists(QObject *parent = nullptr);

    void setList(CompletionKind kind, const QStringList &names);
    // A case-insensitive completer matching anywhere in the name, or nullptr
    // for CompletionKind::None.
    QCompleter *createCompleter(CompletionKind kind, QObject *parent) const;

private:
    QHash<CompletionKind, QStringListModel *> m_lists;
};

} // namespace vt
