#pragma once

// Editors for the cells of the editor's tables, chosen by the column's
// EditorKind (EditorTableModel::EditorKindRole): line edits with completion,
// multi-line text, combo boxes for enums, dates and spin boxes.

#include <QStyledItemDelegate>

namespace vt {

class CompletionLists;

class RecordItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    RecordItemDelegate(const CompletionLists *completions, QObject *parent);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

private:
    const CompletionLists *m_completions;
};

} // namespace vt
