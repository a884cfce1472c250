#pragma once

// The common, non-template part of the editor's table models: signals (a
// template cannot declare them), the roles through which the GUI's delegate
// learns what editor a cell needs, and the validation marks shown on cells.

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

namespace vt {

// The kind of editor a column wants. Models have no widget code, so the
// delegate reads this through EditorTableModel::EditorKindRole.
enum class EditorKind
{
    Text,
    LongText,
    Choice,
    Date,
    Integer,
    Decimal,
    Check,
    ReadOnly
};

// The completion list that feeds a text column (VisitEditor::setCompletions).
enum class CompletionKind
{
    None,
    People,
    Organisations,
    Positions,
    Areas,
    Locations
};

// A validation message attached to one field of one row.
struct CellIssue
{
    int row = -1;
    QString field; // the interchange name of the field ("name", "as_of")
    QString message;
};

class EditorTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        EditorKindRole = Qt::UserRole + 1, // int(EditorKind)
        ChoicesRole,                       // QStringList of display names for Choice
        CompletionRole,                    // int(CompletionKind)
        ClearableRole,                     // bool: Delete may empty the cell
        IssueRole,                         // QString: validation message, empty if none
    };
    Q_ENUM(Role)

    using QAbstractTableModel::QAbstractTableModel;

    // Interchange name of the field shown in a column (as in validation paths).
    virtual QString fieldAt(int column) const = 0;
    // Column showing a field, or -1 when the field has no column.
    int columnOfField(const QString &field) const;
    // Human name of a field for messages; by default the column's header.
    virtual QString fieldTitle(const QString &field) const;

    // Replaces the validation marks. Issues on fields without a column are
    // kept for the row only (see rowIssues) and do not colour any cell.
    void setCellIssues(const QList<CellIssue> &issues);
    QString cellIssue(int row, int column) const;

    // Moves one row up or down by one; false at the edges.
    bool moveRowUp(int row);
    bool moveRowDown(int row);

Q_SIGNALS:
    // Any edit by the user or through the API: insert, remove, move, setData.
    void changed();

protected:
    // Roles shared by every model: issue colour and tooltip.
    QVariant issueData(const QModelIndex &index, int role) const;

private:
    QHash<QPair<int, int>, QString> m_issues;
};

} // namespace vt
