#include "gui/editor/RecordTablePage.h"

#include "gui/Appearance.h"

#include "gui/editor/RecordItemDelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace vt {
namespace {

constexpr int kMaxSummaryLines = 6;
constexpr int kMaxColumnWidth = 320;
// Wide enough for a spin box or a date editor to open in the cell.
constexpr int kMinColumnWidth = 80;

QPushButton *makeButton(const QString &text, const QString &toolTip, QStyle::StandardPixmap icon,
                        const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(parent->style()->standardIcon(icon), text, parent);
    button->setToolTip(toolTip);
    button->setAccessibleName(toolTip);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    return button;
}

} // namespace

RecordTablePage::RecordTablePage(EditorTableModel *model, const CompletionLists *completions,
                                 const RecordTablePageTexts &texts, QWidget *parent)
    : QWidget(parent), m_model(model), m_texts(texts)
{
    m_issuesLabel = new QLabel(this);
    m_issuesLabel->setObjectName(texts.viewName + QStringLiteral("Issues"));
    markAsProblemText(m_issuesLabel);
    m_issuesLabel->setWordWrap(true);
    m_issuesLabel->setTextFormat(Qt::PlainText);
    m_issuesLabel->hide();

    m_view = new QTableView(this);
    m_view->setObjectName(texts.viewName);
    m_view->setAccessibleName(texts.sectionName);
    m_view->setModel(model);
    m_view->setItemDelegate(new RecordItemDelegate(completions, m_view));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(texts.stretchColumn < 0);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->installEventFilter(this);

    m_addButton = makeButton(texts.addText, texts.addToolTip, QStyle::SP_FileIcon,
                             QStringLiteral("add%1Button").arg(texts.stem), this);
    m_removeButton = makeButton(texts.removeText, texts.removeToolTip, QStyle::SP_TrashIcon,
                                QStringLiteral("remove%1Button").arg(texts.stem), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    if (texts.reorderable) {
        m_upButton = makeButton(tr("Move &up"), texts.upToolTip, QStyle::SP_ArrowUp,
                                QStringLiteral("move%1UpButton").arg(texts.stem), this);
        m_downButton = makeButton(tr("Move do&wn"), texts.downToolTip, QStyle::SP_ArrowDown,
                                  QStringLiteral("move%1DownButton").arg(texts.stem), this);
        buttons->addWidget(m_upButton);
        buttons->addWidget(m_downButton);
        connect(m_upButton, &QPushButton::clicked, this, [this] { moveRecord(-1); });
        connect(m_downButton, &QPushButton::clicked, this, [this] { moveRecord(+1); });
    }
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_issuesLabel);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_addButton, &QPushButton::clicked, this, &RecordTablePage::addRecord);
    connect(m_removeButton, &QPushButton::clicked, this, &RecordTablePage::removeRecord);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RecordTablePage::updateButtons);
    connect(model, &QAbstractItemModel::rowsMoved, this, &RecordTablePage::updateButtons);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &RecordTablePage::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        fitColumns();
        updateButtons();
    });
    fitColumns();
    updateButtons();
}

int RecordTablePage::currentRow() const
{
    return m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
}

void RecordTablePage::showIssues(const QList<CellIssue> &issues, const QStringList &extraLines)
{
    QList<CellIssue> cells;
    QStringList lines;
    for (const CellIssue &issue : issues) {
        if (issue.row < 0) {
            lines << tr("%1 %2").arg(m_texts.sectionName, issue.message);
            continue;
        }
        const QString text = tr("%1 %2").arg(m_model->fieldTitle(issue.field), issue.message);
        cells.append({issue.row, issue.field, text});
        lines << tr("Row %1: %2").arg(issue.row + 1).arg(text);
    }
    lines += extraLines;
    m_model->setCellIssues(cells);
    m_issueCount = int(lines.size());

    if (lines.size() > kMaxSummaryLines) {
        const qsizetype hidden = lines.size() - (kMaxSummaryLines - 1);
        lines = lines.mid(0, kMaxSummaryLines - 1);
        lines << tr("… and %n more", nullptr, int(hidden));
    }
    m_issuesLabel->setText(lines.join(QLatin1Char('\n')));
    m_issuesLabel->setVisible(!lines.isEmpty());
}

void RecordTablePage::fitColumns()
{
    QHeaderView *header = m_view->horizontalHeader();
    m_view->resizeColumnsToContents();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        header->resizeSection(
            column, std::clamp(header->sectionSize(column), kMinColumnWidth, kMaxColumnWidth));
    }
    if (m_texts.stretchColumn >= 0)
        header->setSectionResizeMode(m_texts.stretchColumn, QHeaderView::Stretch);
}

bool RecordTablePage::eventFilter(QObject *watched, QEvent *event)
{
    // Delete empties an optional cell (a date, a target): the one way to go
    // back to "no value" from the keyboard.
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QModelIndex index = m_view->currentIndex();
        if (!m_view->indexWidget(index) &&
            (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) && index.isValid() &&
            index.data(EditorTableModel::ClearableRole).toBool()) {
            m_model->setData(index, QVariant());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RecordTablePage::addRecord()
{
    int row = -1;
    if (m_addHandler) {
        row = m_addHandler();
    } else {
        row = m_model->rowCount();
        if (!m_model->insertRows(row, 1))
            row = -1;
    }
    if (row < 0)
        return;
    const QModelIndex target = m_model->index(row, m_texts.startColumn);
    m_view->setFocus();
    m_view->setCurrentIndex(target);
    m_view->scrollTo(target);
    m_view->edit(target);
}

void RecordTablePage::removeRecord()
{
    const int row = currentRow();
    if (row < 0)
        return;
    m_model->removeRows(row, 1);
    if (m_model->rowCount() > 0) {
        const int column = std::max(0, m_view->currentIndex().column());
        m_view->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1), column));
    }
    updateButtons();
}

void RecordTablePage::moveRecord(int delta)
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const bool moved =
        delta < 0 ? m_model->moveRowUp(current.row()) : m_model->moveRowDown(current.row());
    if (moved)
        m_view->setCurrentIndex(m_model->index(current.row() + delta, current.column()));
    updateButtons();
}

void RecordTablePage::updateButtons()
{
    const int row = currentRow();
    m_removeButton->setEnabled(row >= 0);
    if (m_upButton) {
        m_upButton->setEnabled(row > 0);
        m_downButton->setEnabled(row >= 0 && row + 1 < m_model->rowCount());
    }
}

} // namespace vt
