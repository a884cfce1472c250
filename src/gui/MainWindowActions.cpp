// The main window's actions, menus and tool bar (split from MainWindow.cpp):
// what each action does lives in MainWindow.cpp, here only how it is offered.

#include "gui/MainWindow.h"

#include "gui/BackupActions.h"
#include "gui/ChangeHistoryDialog.h"
#include "gui/DatabaseSession.h"
#include "gui/Icons.h"
#include "gui/OrganisationsDialog.h"
#include "gui/PreferencesDialog.h"
#include "gui/RecentDatabases.h"
#include "gui/UserGuideDialog.h"
#include "gui/VisitListView.h"

#include <QAction>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>

namespace vt {

void MainWindow::createActions()
{
    m_newVisitAction =
        new QAction(actionIcon(QStringLiteral("document-new")), tr("&New visit"), this);
    m_newVisitAction->setShortcut(QKeySequence::New);
    m_newVisitAction->setObjectName(QStringLiteral("newVisitAction"));
    connect(m_newVisitAction, &QAction::triggered, this, &MainWindow::newVisit);

    m_openVisitAction =
        new QAction(actionIcon(QStringLiteral("document-edit")), tr("&Open visit"), this);
    m_openVisitAction->setShortcut(Qt::CTRL | Qt::Key_Return);
    connect(m_openVisitAction, &QAction::triggered, this,
            [this] { openVisit(m_visitList->currentVisitId()); });

    m_deleteVisitAction =
        new QAction(actionIcon(QStringLiteral("edit-delete")), tr("&Delete visit…"), this);
    m_deleteVisitAction->setShortcut(QKeySequence::Delete);
    m_deleteVisitAction->setObjectName(QStringLiteral("deleteVisitAction"));
    connect(m_deleteVisitAction, &QAction::triggered, this, &MainWindow::deleteCurrentVisit);

    m_openDatabaseAction =
        new QAction(actionIcon(QStringLiteral("document-open")), tr("Open &database…"), this);
    m_openDatabaseAction->setShortcut(QKeySequence::Open);
    connect(m_openDatabaseAction, &QAction::triggered, this, &MainWindow::chooseDatabase);
    m_newDatabaseAction =
        new QAction(actionIcon(QStringLiteral("database-new")), tr("&New database…"), this);
    connect(m_newDatabaseAction, &QAction::triggered, this, &MainWindow::newDatabase);
    m_saveCopyAction =
        new QAction(actionIcon(QStringLiteral("document-save-as")), tr("Save a &copy…"), this);
    connect(m_saveCopyAction, &QAction::triggered, this, &MainWindow::saveDatabaseCopy);
    m_preferencesAction =
        new QAction(actionIcon(QStringLiteral("preferences-system")), tr("&Preferences…"), this);
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this,
            [this] { PreferencesDialog::edit(this); });
    m_organisationsAction =
        new QAction(actionIcon(QStringLiteral("organisations")), tr("&Organisations…"), this);
    connect(m_organisationsAction, &QAction::triggered, this, [this] {
        OrganisationsDialog dialog(*m_session, this);
        dialog.exec();
    });
    m_historyAction =
        new QAction(actionIcon(QStringLiteral("history")), tr("Change &history…"), this);
    connect(m_historyAction, &QAction::triggered, this, [this] {
        auto *history = new ChangeHistoryDialog(*m_session, 0, this);
        history->setAttribute(Qt::WA_DeleteOnClose);
        history->show();
    });
    m_userGuideAction =
        new QAction(actionIcon(QStringLiteral("help-contents")), tr("&User guide"), this);
    m_userGuideAction->setShortcut(QKeySequence::HelpContents);
    connect(m_userGuideAction, &QAction::triggered, this, [this] {
        auto *guide = new UserGuideDialog(this);
        guide->setAttribute(Qt::WA_DeleteOnClose);
        guide->show();
    });

    m_importAction = new QAction(actionIcon(QStringLiteral("document-import")),
                                 tr("&Import visits from JSON…"), this);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importJson);
    m_exportAction = new QAction(actionIcon(QStringLiteral("document-export")),
                                 tr("&Export all visits to JSON…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportJson);
    m_sampleAction = new QAction(actionIcon(QStringLiteral("x-office-document")),
                                 tr("Load &sample visits"), this);
    connect(m_sampleAction, &QAction::triggered, this, &MainWindow::loadSampleVisits);

    m_findAction = new QAction(actionIcon(QStringLiteral("edit-find")), tr("&Find visits"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, m_visitList, &VisitListView::focusSearch);

    m_quitAction = new QAction(actionIcon(QStringLiteral("application-exit")), tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction =
        new QAction(actionIcon(QStringLiteral("help-about")), tr("&About Visit Tracker"), this);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    createUndoActions();
}

void MainWindow::createUndoActions()
{
    // Our own actions rather than QUndoStack::createUndoAction: they carry
    // our icons and the translated "Undo: <step>" text.
    QUndoStack *stack = m_session->undoStack();
    m_undoAction = new QAction(actionIcon(QStringLiteral("edit-undo")), tr("&Undo"), this);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    connect(m_undoAction, &QAction::triggered, stack, &QUndoStack::undo);
    m_redoAction = new QAction(actionIcon(QStringLiteral("edit-redo")), tr("&Redo"), this);
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    // The platform's Redo keys, and both that desktops use (Ctrl+Shift+Z, Ctrl+Y).
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &key :
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)}) {
        if (!redoKeys.contains(key))
            redoKeys.append(key);
    }
    m_redoAction->setShortcuts(redoKeys);
    connect(m_redoAction, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::indexChanged, this, &MainWindow::updateUndoActions);
    connect(stack, &QUndoStack::undoTextChanged, this, &MainWindow::updateUndoActions);
    connect(stack, &QUndoStack::redoTextChanged, this, &MainWindow::updateUndoActions);
    connect(m_session, &DatabaseSession::stepRefused, this, [this](const QString &message) {
        statusBar()->showMessage(message, 10000);
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot undo or redo"), message,
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("stepRefusedBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open(); // not exec(): the step is already out of the stack
    });
}

void MainWindow::updateUndoActions()
{
    const QUndoStack *stack = m_session->undoStack();
    const bool writable = m_session->isOpen() && !m_session->isReadOnly();
    m_undoAction->setEnabled(writable && stack->canUndo());
    m_redoAction->setEnabled(writable && stack->canRedo());
    m_undoAction->setText(stack->canUndo() ? tr("&Undo: %1").arg(stack->undoText()) : tr("&Undo"));
    m_redoAction->setText(stack->canRedo() ? tr("&Redo: %1").arg(stack->redoText()) : tr("&Redo"));
    // The tool bar keeps its short label; the step is named in the tooltip.
    m_undoAction->setIconText(tr("&Undo").remove(QLatin1Char('&')));
    m_redoAction->setIconText(tr("&Redo").remove(QLatin1Char('&')));
    m_undoAction->setToolTip(m_undoAction->text().remove(QLatin1Char('&')));
    m_redoAction->setToolTip(m_redoAction->text().remove(QLatin1Char('&')));
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newDatabaseAction);
    file->addAction(m_openDatabaseAction);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentDatabasesMenu"));
    m_recent = new RecentDatabases(m_recentMenu, this);
    connect(m_recent, &RecentDatabases::openRequested, this, &MainWindow::switchDatabase);
    file->addAction(m_saveCopyAction);
    installBackupActions(this, file, *m_session);
    file->addSeparator();
    file->addAction(m_importAction);
    file->addAction(m_exportAction);
    file->addAction(m_sampleAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_organisationsAction);
    edit->addAction(m_historyAction);
    edit->addSeparator();
    edit->addAction(m_preferencesAction);

    QMenu *visit = menuBar()->addMenu(tr("&Visit"));
    visit->addAction(m_newVisitAction);
    visit->addAction(m_openVisitAction);
    visit->addAction(m_deleteVisitAction);
    visit->addSeparator();
    visit->addAction(m_findAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_userGuideAction);
    help->addAction(m_aboutAction);

    QToolBar *toolBar = addToolBar(tr("Visits"));
    toolBar->setObjectName(QStringLiteral("visitToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_newVisitAction);
    toolBar->addAction(m_openVisitAction);
    toolBar->addAction(m_deleteVisitAction);
    toolBar->addSeparator();
    toolBar->addAction(m_undoAction);
    toolBar->addAction(m_redoAction);
    auto *spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    toolBar->addWidget(m_quickSearch);
}

} // namespace vt
