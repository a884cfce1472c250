#pragma once

// One list section of the visit editor: a table of records with Add, Remove,
// Move up and Move down, and a summary of the section's validation issues
// above the table. Used for attendees, figures, findings, indicators,
// recommendations and follow-up updates.

#include "models/editor/EditorTableModel.h"

#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace vt {

class CompletionLists;

// What differs between sections: names and texts. Object names are built from
// `stem` ("Attendee" -> "addAttendeeButton") and `viewName` ("attendeesView").
struct RecordTablePageTexts
{
    QString stem;
    QString viewName;
    QString sectionName; // accessible name of the table and subject of section issues
    QString addText, addToolTip;
    QString removeText, removeToolTip;
    QString upToolTip, downToolTip;
    bool reorderable = true;
    int stretchColumn = -1; // the column that takes the spare width
    int startColumn = 0;    // where typing starts in a new row
};

class RecordTablePage final : public QWidget
{
    Q_OBJECT

public:
    RecordTablePage(EditorTableModel *model, const CompletionLists *completions,
                    const RecordTablePageTexts &texts, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    int currentRow() const;
    // Replaces what Add does; the handler returns the new row (-1: none).
    void setAddHandler(std::function<int()> handler) { m_addHandler = std::move(handler); }

    // Marks cells and lists the issues above the table. Messages are the
    // fragments of vt::validateVisit ("is required"); rows of -1 concern the
    // whole section. `extraLines` are shown as they are (nested records).
    void showIssues(const QList<CellIssue> &issues, const QStringList &extraLines = {});
    int issueCount() const { return m_issueCount; }

    // Fits the columns to their contents, within limits.
    void fitColumns();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addRecord();
    void removeRecord();
    void moveRecord(int delta);
    void updateButtons();

    EditorTableModel *m_model;
    RecordTablePageTexts m_texts;
    QTableView *m_view = nullptr;
    QLabel *m_issuesLabel = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_upButton = nullptr;
    QPushButton *m_downButton = nullptr;
    std::function<int()> m_addHandler;
    int m_issueCount = 0;
};

} // namespace vt
