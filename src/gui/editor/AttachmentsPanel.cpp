#include "gui/editor/AttachmentsPanel.h"

#include "gui/DatabaseSession.h"
#include "gui/Icons.h"
#include "gui/PendingAttachments.h"
#include "models/AttachmentListModel.h"

#include <QAction>
#include <QComboBox>
#include <QDesktopServices>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace vt {
namespace {

QStringList localFiles(const QMimeData *data)
{
    QStringList files;
    if (!data || !data->hasUrls())
        return files;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    return files;
}

} // namespace

AttachmentsPanel::AttachmentsPanel(DatabaseSession &session, QWidget *parent)
    : QWidget(parent), m_session(session),
      m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("attachmentsPanel"));
    setAcceptDrops(true);
    m_model = new AttachmentListModel(session.database(), this);
    m_model->setDocumentIcon(actionIcon(QStringLiteral("x-office-document")));

    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("attachmentsNote"));

    m_ownerCombo = new QComboBox(this);
    m_ownerCombo->setObjectName(QStringLiteral("attachmentOwnerCombo"));
    m_ownerCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_ownerLabel = new QLabel(tr("Attach new files &to:"), this);
    m_ownerLabel->setBuddy(m_ownerCombo);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("attachmentsView"));
    m_view->setAccessibleName(tr("Attachments"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setIconSize(QSize(kThumbnailSize / 2, kThumbnailSize / 2));
    m_view->verticalHeader()->setDefaultSectionSize(kThumbnailSize / 2 + 8);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(true);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(AttachmentListModel::CaptionColumn, QHeaderView::Stretch);
    // The caption takes what is left; the rest fit a 1100-pixel editor window.
    const std::pair<int, int> widths[] = {
        {AttachmentListModel::NameColumn, 200},  {AttachmentListModel::CreditColumn, 150},
        {AttachmentListModel::PrintColumn, 110}, {AttachmentListModel::OwnerColumn, 150},
        {AttachmentListModel::TypeColumn, 95},   {AttachmentListModel::SizeColumn, 85},
        {AttachmentListModel::AddedColumn, 80}};
    for (const auto &[column, width] : widths)
        m_view->setColumnWidth(column, width);

    m_addButton =
        new QPushButton(actionIcon(QStringLiteral("mail-attachment")), tr("&Attach files…"), this);
    m_addButton->setObjectName(QStringLiteral("attachFilesButton"));
    m_addButton->setToolTip(tr("Attach photos or documents; you can also drop files here"));
    m_openButton = new QPushButton(actionIcon(QStringLiteral("document-open")), tr("&Open"), this);
    m_openButton->setObjectName(QStringLiteral("openAttachmentButton"));
    m_openButton->setToolTip(tr("Open a copy with the desktop's application for this type"));
    m_saveCopyButton =
        new QPushButton(actionIcon(QStringLiteral("document-save-as")), tr("Sa&ve a copy…"), this);
    m_saveCopyButton->setObjectName(QStringLiteral("saveAttachmentCopyButton"));
    m_removeButton =
        new QPushButton(actionIcon(QStringLiteral("edit-delete")), tr("&Remove"), this);
    m_removeButton->setObjectName(QStringLiteral("removeAttachmentButton"));

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("attachmentsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_undoButton = new QPushButton(actionIcon(QStringLiteral("edit-undo")), tr("&Undo"), this);
    m_undoButton->setObjectName(QStringLiteral("undoAttachmentRemovalButton"));
    m_undoButton->hide();

    auto *ownerRow = new QHBoxLayout;
    ownerRow->addWidget(m_ownerLabel);
    ownerRow->addWidget(m_ownerCombo);
    ownerRow->addStretch(1);
    m_buttons = new QWidget(this);
    auto *buttons = new QHBoxLayout(m_buttons);
    buttons->setContentsMargins(0, 0, 0, 0);
    for (QPushButton *button : {m_addButton, m_openButton, m_saveCopyButton, m_removeButton})
        buttons->addWidget(button);
    buttons->addStretch(1);
    m_pending = new PendingAttachments(this);
    m_pending->setAcceptDrops(false); // the panel takes drops and checks the files
    // Here it has the whole tab, not a dialog's few lines.
    if (auto *list = m_pending->findChild<QWidget *>(QStringLiteral("pendingAttachmentsList")))
        list->setMaximumHeight(QWIDGETSIZE_MAX);
    auto *messageRow = new QHBoxLayout;
    messageRow->addWidget(m_message, 1);
    messageRow->addWidget(m_undoButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addLayout(ownerRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_pending, 1);
    layout->addWidget(m_buttons);
    layout->addLayout(messageRow);

    connect(m_addButton, &QPushButton::clicked, this, &AttachmentsPanel::chooseFiles);
    connect(m_openButton, &QPushButton::clicked, this, &AttachmentsPanel::openSelected);
    connect(m_saveCopyButton, &QPushButton::clicked, this, &AttachmentsPanel::saveSelectedCopy);
    connect(m_removeButton, &QPushButton::clicked, this, &AttachmentsPanel::removeSelected);
    connect(m_undoButton, &QPushButton::clicked, this, &AttachmentsPanel::undoRemoval);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (!(index.flags() & Qt::ItemIsEditable))
            openSelected();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AttachmentsPanel::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AttachmentsPanel::updateState);
    connect(m_model, &AttachmentListModel::errorOccurred, this,
            [this](const QString &error) { showMessage(error, true); });
    connect(m_model, &AttachmentListModel::described, &m_session,
            &DatabaseSession::recordAttachmentChange);
    // Undo and redo (here or in another window) change what is listed.
    connect(&m_session, &DatabaseSession::attachmentsChanged, this, [this](qint64 visitId) {
        if (visitId != 0 && visitId == m_visit.id) {
            m_model->refresh();
            updateState();
        }
    });
    // QUndoStack moves its index after the step ran: the Undo button below
    // the list goes once its removal is no longer the last step.
    connect(m_session.undoStack(), &QUndoStack::indexChanged, this, [this](int index) {
        if (m_lastRemoved && index != m_removalStep) {
            m_lastRemoved.reset();
            m_message->clear();
        }
        updateState();
    });
    createUndoActions();
    updateState();
}

void AttachmentsPanel::createUndoActions()
{
    // The editor is a window of its own, without the main window's Edit
    // menu: Ctrl+Z here undoes the last step of the same stack (a caption
    // being typed keeps its own undo).
    QUndoStack *stack = m_session.undoStack();
    m_undoAction = new QAction(tr("&Undo"), this);
    m_undoAction->setObjectName(QStringLiteral("attachmentsUndoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_undoAction, &QAction::triggered, stack, &QUndoStack::undo);
    m_redoAction = new QAction(tr("&Redo"), this);
    m_redoAction->setObjectName(QStringLiteral("attachmentsRedoAction"));
    m_redoAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_redoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_redoAction, &QAction::triggered, stack, &QUndoStack::redo);
    addAction(m_undoAction);
    addAction(m_redoAction);
}

void AttachmentsPanel::setVisit(const Visit &visit)
{
    m_visit = visit;
    m_model->setReadOnly(m_session.isReadOnly());
    m_model->setVisit(visit, m_fixedOwner);
    fillOwners();
    updateState();
}

void AttachmentsPanel::setFixedOwner(const AttachmentOwner &owner)
{
    m_fixedOwner = owner;
    m_fixedOwner->visitId = m_visit.id;
    setVisit(m_visit);
}

AttachmentOwner AttachmentsPanel::targetOwner() const
{
    AttachmentOwner owner =
        m_fixedOwner ? *m_fixedOwner : m_owners.value(m_ownerCombo->currentIndex());
    owner.visitId = m_visit.id;
    return owner;
}

void AttachmentsPanel::fillOwners()
{
    const AttachmentOwner previous = targetOwner();
    m_owners = {AttachmentOwner{}};
    for (const Finding &finding : std::as_const(m_visit.findings)) {
        if (!finding.key.isEmpty())
            m_owners.append(AttachmentOwner{0, finding.key, -1, -1});
    }
    for (qsizetype r = 0; r < m_visit.recommendations.size(); ++r) {
        for (qsizetype u = 0; u < m_visit.recommendations.at(r).updates.size(); ++u)
            m_owners.append(AttachmentOwner{0, {}, int(r), int(u)});
    }
    const QSignalBlocker blocker(m_ownerCombo);
    m_ownerCombo->clear();
    for (AttachmentOwner &owner : m_owners) {
        m_ownerCombo->addItem(m_model->ownerLabel(owner));
        owner.visitId = m_visit.id;
        if (owner == previous)
            m_ownerCombo->setCurrentIndex(m_ownerCombo->count() - 1);
    }
}

bool AttachmentsPanel::canTakeFiles() const
{
    // A visit not saved yet takes files as pending; a finding's dialog only
    // opens for a saved visit.
    return !m_session.isReadOnly() && (m_visit.id != 0 || !m_fixedOwner);
}

void AttachmentsPanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (canTakeFiles() && !localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void AttachmentsPanel::dragMoveEvent(QDragMoveEvent *event)
{
    if (canTakeFiles() && !localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void AttachmentsPanel::dropEvent(QDropEvent *event)
{
    const QStringList files = localFiles(event->mimeData());
    if (files.isEmpty() || !canTakeFiles())
        return;
    event->acceptProposedAction();
    addFiles(files);
}

void AttachmentsPanel::updateState()
{
    const bool saved = m_visit.id != 0;
    const bool writable = saved && !m_session.isReadOnly();
    const bool hasSelection = selected() != nullptr;
    if (!saved)
        m_note->setText(tr("This visit is not saved yet: the files below are attached to it when "
                           "you save it. Drop files here or choose them."));
    else
        m_note->setText(tr("Photos and documents kept in the database with the visit (limit "
                           "%1 per file). Drop files here to attach them.")
                            .arg(QLocale().formattedDataSize(attachmentSizeLimit(), 0,
                                                             QLocale::DataSizeTraditionalFormat)));
    m_ownerLabel->setVisible(!m_fixedOwner && saved);
    m_ownerCombo->setVisible(!m_fixedOwner && saved);
    m_view->setVisible(saved);
    m_buttons->setVisible(saved);
    m_pending->setVisible(!saved);
    m_pending->setEnabled(canTakeFiles());
    m_undoAction->setEnabled(!m_session.isReadOnly());
    m_redoAction->setEnabled(!m_session.isReadOnly());
    m_ownerCombo->setEnabled(writable);
    m_addButton->setEnabled(writable);
    m_openButton->setEnabled(hasSelection);
    m_saveCopyButton->setEnabled(hasSelection);
    m_removeButton->setEnabled(writable && hasSelection);
    m_undoButton->setVisible(m_lastRemoved.has_value() && writable &&
                             m_session.undoStack()->index() == m_removalStep);
}

void AttachmentsPanel::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setForegroundRole(problem ? QPalette::BrightText : QPalette::WindowText);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b3261e;") : QString());
    if (problem)
        m_undoButton->hide();
}

const AttachmentRecord *AttachmentsPanel::selected() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->recordAt(rows.first().row());
}

} // namespace vt
