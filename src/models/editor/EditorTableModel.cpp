#include "models/editor/EditorTableModel.h"

#include "models/PaletteTones.h"

#include <QBrush>
#include <QColor>

namespace vt {

int EditorTableModel::columnOfField(const QString &field) const
{
    for (int column = 0; column < columnCount(); ++column) {
        if (fieldAt(column) == field)
            return column;
    }
    return -1;
}

QString EditorTableModel::fieldTitle(const QString &field) const
{
    const int column = columnOfField(field);
    return column < 0 ? field : headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
}

void EditorTableModel::setCellIssues(const QList<CellIssue> &issues)
{
    QHash<QPair<int, int>, QString> marks;
    for (const CellIssue &issue : issues) {
        const int column = columnOfField(issue.field);
        if (issue.row < 0 || issue.row >= rowCount() || column < 0)
            continue;
        QString &text = marks[{issue.row, column}];
        // Several rules may fail on one cell; show them all in the tooltip.
        text = text.isEmpty() ? issue.message : text + QLatin1Char('\n') + issue.message;
    }
    if (marks == m_issues)
        return;

    QList<QPair<int, int>> touched = m_issues.keys();
    touched += marks.keys();
    m_issues = std::move(marks);
    for (const auto &[row, column] : std::as_const(touched)) {
        if (row < rowCount() && column < columnCount()) {
            const QModelIndex cell = index(row, column);
            Q_EMIT dataChanged(cell, cell, {Qt::BackgroundRole, Qt::ToolTipRole, IssueRole});
        }
    }
}

QString EditorTableModel::cellIssue(int row, int column) const
{
    return m_issues.value({row, column});
}

bool EditorTableModel::moveRowUp(int row)
{
    if (row <= 0 || row >= rowCount())
        return false;
    return moveRows({}, row, 1, {}, row - 1);
}

bool EditorTableModel::moveRowDown(int row)
{
    if (row < 0 || row + 1 >= rowCount())
        return false;
    // The destination is the row before which the moved row lands.
    return moveRows({}, row, 1, {}, row + 2);
}

QVariant EditorTableModel::issueData(const QModelIndex &index, int role) const
{
    const QString issue = cellIssue(index.row(), index.column());
    switch (role) {
    case IssueRole:
        return issue;
    case Qt::BackgroundRole:
        if (!issue.isEmpty())
            return QBrush(problemCellColour());
        break;
    case Qt::ToolTipRole:
        if (!issue.isEmpty())
            return issue;
        break;
    default:
        break;
    }
    return {};
}

} // namespace vt
