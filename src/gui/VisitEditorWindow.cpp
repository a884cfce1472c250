#include "gui/VisitEditorWindow.h"

#include "gui/ChangeHistoryDialog.h"
#include "gui/ViewSettings.h"

#include "gui/DatabaseSession.h"
#include "gui/editor/AttachmentHooks.h"
#include "gui/editor/AttachmentsPanel.h"
#include "gui/editor/VisitEditor.h"
#include "gui/print/PrintDocumentDialog.h"
#include "services/FollowUp.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace vt {

VisitEditorWindow::VisitEditorWindow(DatabaseSession &session, const Visit &visit, QWidget *parent)
    : QWidget(parent, Qt::Window), m_session(session), m_visitId(visit.id),
      m_visitTitle(visit.title), m_loaded(visit)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("visitEditorWindow"));
    resize(1100, 760);

    m_editor = new VisitEditor(this);
    const Completions completions = m_session.completions();
    m_editor->setCompletions(completions.organisations, completions.people, completions.positions,
                             completions.areas, completions.locations);
    m_editor->setPersonDetailsLookup(
        [this](const QString &name) { return m_session.personDetails(name); });
    m_editor->setCarryOverLookup([this](const Visit &edited) {
        return FollowUp(m_session.database()).carryOverCandidates(edited, nullptr);
    });
    m_editor->setVisit(visit);
    m_attachments = installAttachments(*this, *m_editor, m_session, [this] {
        Visit edited = m_editor->visit();
        edited.id = m_visitId;
        return edited;
    });

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("editorStatusLabel"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveVisitButton"));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));

    m_printButton = new QPushButton(tr("Pri&nt"), this);
    m_printButton->setObjectName(QStringLiteral("printVisitButton"));
    auto *printMenu = new QMenu(m_printButton);
    printMenu->setObjectName(QStringLiteral("printVisitMenu"));
    const auto addPrintAction = [&](const QString &text, OutputAction action, const char *name) {
        QAction *item = printMenu->addAction(text);
        if (action == OutputAction::Preview) {
            item->setShortcut(QKeySequence::Print); // Ctrl+P: the preview, then print from it
            addAction(item); // the menu is a hidden popup: the window carries the shortcut
        }
        item->setObjectName(QLatin1String(name));
        connect(item, &QAction::triggered, this, [this, action] {
            Visit edited = m_editor->visit();
            edited.id = m_visitId;
            PrintDocumentDialog dialog(m_session, edited, action, this);
            dialog.exec();
        });
    };
    addPrintAction(tr("Print pre&view…"), OutputAction::Preview, "printPreviewAction");
    addPrintAction(tr("&Print…"), OutputAction::Print, "printAction");
    printMenu->addSeparator();
    addPrintAction(tr("Export P&DF…"), OutputAction::ExportPdf, "exportPdfAction");
    addPrintAction(tr("Export &ODT…"), OutputAction::ExportOdt, "exportOdtAction");
    addPrintAction(tr("Export &HTML…"), OutputAction::ExportHtml, "exportHtmlAction");
    m_printButton->setMenu(printMenu);

    // The change history of this visit (read-only; nothing to show before the first save).
    m_historyButton = new QPushButton(tr("Histor&y…"), this);
    m_historyButton->setObjectName(QStringLiteral("visitHistoryButton"));
    connect(m_historyButton, &QPushButton::clicked, this, [this] {
        auto *history = new ChangeHistoryDialog(m_session, m_visitId, this);
        history->setAttribute(Qt::WA_DeleteOnClose);
        history->show();
    });

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_printButton);
    bottom->addWidget(m_historyButton);
    bottom->addWidget(m_statusLabel, 1);
    bottom->addWidget(m_buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_editor, 1);
    layout->addLayout(bottom);

    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &VisitEditorWindow::save);
    connect(m_buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this,
            &VisitEditorWindow::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QWidget::close);
    connect(m_editor, &VisitEditor::saveRequested, this, &VisitEditorWindow::save);
    connect(m_editor, &VisitEditor::modifiedChanged, this,
            &VisitEditorWindow::updateTitleAndActions);
    connect(m_editor, &VisitEditor::validityChanged, this,
            &VisitEditorWindow::updateTitleAndActions);
    connect(&m_session, &DatabaseSession::visitsChanged, this,
            &VisitEditorWindow::reloadIfUnchanged);
    updateTitleAndActions();
    restoreWindowLayout(this, QStringLiteral("visitEditor"));
}

bool VisitEditorWindow::isModified() const
{
    return m_editor->isModified();
}

bool VisitEditorWindow::save()
{
    if (m_session.isReadOnly())
        return false;
    if (!m_editor->isValid()) {
        m_statusLabel->setText(tr("Correct the marked fields before saving."));
        return false;
    }
    if (!confirmOverwriteOfOtherChanges())
        return false;
    Visit visit = m_editor->visit();
    visit.id = m_visitId;
    QList<PreparedAttachment> pending;
    QString pendingError;
    const bool filesRead = m_attachments->preparePending(&pending, &pendingError);
    m_saving = true;
    SaveResult result;
    if (filesRead)
        result = m_session.saveVisit(visit, pending);
    else
        result.error = pendingError; // a file to attach is gone or changed: nothing is saved
    m_saving = false;
    if (!result.ok) {
        QString details = result.error;
        for (const ValidationIssue &issue : result.issues)
            details += issue.path + QStringLiteral(": ") + issue.message + QLatin1Char('\n');
        QMessageBox::critical(this, tr("Visit not saved"),
                              tr("The visit could not be saved. Your changes are still in the "
                                 "editor: you can correct them and save again.\n\n%1")
                                  .arg(details.trimmed()));
        return false;
    }
    const bool wasNew = m_visitId == 0;
    m_visitId = visit.id;
    m_visitTitle = visit.title;
    // Keep what the database now holds, so later comparisons see only changes
    // made elsewhere.
    QString error;
    m_loaded = m_session.loadVisit(m_visitId, &error).value_or(visit);
    m_editor->setVisit(m_loaded);
    m_attachments->clearPending();
    m_statusLabel->setText(tr("Saved."));
    updateTitleAndActions();
    if (wasNew)
        emit visitIdAssigned(m_visitId);
    return true;
}

void VisitEditorWindow::reloadIfUnchanged()
{
    if (m_saving || m_visitId == 0 || m_editor->isModified())
        return;
    QString error;
    const std::optional<Visit> stored = m_session.loadVisit(m_visitId, &error);
    if (!stored || *stored == m_loaded)
        return; // deleted (the main window closes us) or nothing new
    m_loaded = *stored;
    m_visitTitle = stored->title;
    m_editor->setVisit(*stored);
    updateTitleAndActions();
}

bool VisitEditorWindow::confirmOverwriteOfOtherChanges()
{
    if (m_visitId == 0)
        return true;
    QString error;
    const std::optional<Visit> stored = m_session.loadVisit(m_visitId, &error);
    if (!stored || *stored == m_loaded)
        return true;
    // Saving writes the whole visit: what changed elsewhere meanwhile (for
    // example a follow-up update) would be replaced by this editor's copy.
    const auto answer = QMessageBox::warning(
        this, tr("Visit changed elsewhere"),
        tr("The visit \"%1\" was changed elsewhere after you opened it (for example a follow-up "
           "update was added). Saving replaces those changes with the content of this editor.\n\n"
           "Save anyway?")
            .arg(m_visitTitle),
        QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Save;
}

void VisitEditorWindow::closeEvent(QCloseEvent *event)
{
    if (!m_editor->isModified()) {
        saveWindowLayout(this, QStringLiteral("visitEditor"));
        event->accept();
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"),
        tr("The visit \"%1\" has changes that are not saved. Save them before closing?")
            .arg(m_editor->visit().title),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save())) {
        event->ignore();
        return;
    }
    saveWindowLayout(this, QStringLiteral("visitEditor"));
    event->accept();
}

void VisitEditorWindow::updateTitleAndActions()
{
    const QString title = m_visitId == 0 ? tr("New visit") : m_visitTitle;
    setWindowTitle(tr("%1[*] — Visit Tracker").arg(title));
    setWindowModified(m_editor->isModified());
    m_buttons->button(QDialogButtonBox::Save)
        ->setEnabled(m_editor->isValid() && !m_session.isReadOnly() &&
                     (m_editor->isModified() || m_visitId == 0));
    m_historyButton->setEnabled(m_visitId != 0);
    if (m_editor->isModified())
        m_statusLabel->clear();
}

} // namespace vt
