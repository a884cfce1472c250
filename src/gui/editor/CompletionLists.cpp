#include "gui/editor/CompletionLists.h"

#include <QCompleter>
#include <QStringListModel>

namespace vt {

CompletionLists::CompletionLists(QObject *parent) : QObject(parent)
{
    for (CompletionKind kind :
         {CompletionKind::People, CompletionKind::Organisations, CompletionKind::Positions,
          CompletionKind::Areas, CompletionKind::Locations})
        m_lists.insert(kind, new QStringListModel(this));
}

void CompletionLists::setList(CompletionKind kind, const QStringList &names)
{
    if (QStringListModel *list = m_lists.value(kind))
        list->setStringList(names);
}

QCompleter *CompletionLists::createCompleter(CompletionKind kind, QObject *parent) const
{
    QStringListModel *list = m_lists.value(kind);
    if (!list)
        return nullptr;
    auto *completer = new QCompleter(list, parent);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    // Clerks remember "Long An" rather than "Tỉnh ủy Long An".
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    return completer;
}

} // namespace vt
