#include "gui/MainWindow.h"

#include "gui/FileDialogs.h"
#include "gui/ReadOnlyBanner.h"

#include "gui/AboutDialog.h"
#include "gui/ChangeHistoryDialog.h"
#include "gui/DatabaseFileDialogs.h"
#include "gui/DatabaseSession.h"
#include "gui/DatabaseUpgrade.h"
#include "gui/FollowUpView.h"
#include "gui/Icons.h"
#include "gui/LimitationReviewView.h"
#include "gui/OrganisationsDialog.h"
#include "gui/OverdueIndicator.h"
#include "gui/PreferencesDialog.h"
#include "gui/RecentDatabases.h"
#include "gui/SearchView.h"
#include "gui/UserGuideDialog.h"
#include "gui/ViewSettings.h"
#include "gui/VisitEditorWindow.h"
#include "gui/VisitListView.h"
#include "gui/dashboard/DashboardView.h"
#include "gui/editor/VisitEditor.h"
#include "storage/Database.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QShortcut>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace vt {
MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_session(new DatabaseSession(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    createViews();
    {
        // The read-only banner sits above the views (ReadOnlyBanner.h).
        auto *central = new QWidget(this);
        auto *layout = new QVBoxLayout(central);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(0);
        layout->addWidget(new ReadOnlyBanner(*m_session, central));
        layout->addWidget(takeCentralWidget());
        setCentralWidget(central);
    }
    createActions();
    createMenus();

    m_countLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_countLabel);
    // Overdue recommendations are counted in sight at all times; a click lists them.
    auto *overdue = new OverdueIndicator(*m_session, this);
    statusBar()->addPermanentWidget(overdue);
    connect(overdue, &OverdueIndicator::clicked, this, [this] {
        if (auto *followUp = m_views->findChild<FollowUpView *>()) {
            m_views->setCurrentWidget(followUp);
            followUp->showOverdue();
        }
    });

    connect(m_visitList, &VisitListView::visitActivated, this, &MainWindow::openVisit);
    connect(m_visitList, &VisitListView::currentVisitChanged, this, &MainWindow::updateActions);
    connect(m_visitList, &VisitListView::visibleCountChanged, this, &MainWindow::updateStatus);
    // Connected after the views, so their new models exist when headers are restored.
    connect(m_session, &DatabaseSession::databaseOpened, this, [this](const QString &path) {
        restoreHeaderSettings(m_views);
        RecentDatabases::add(path);
        updateStatus();
        updateActions();
    });
    connect(m_session, &DatabaseSession::visitRemoved, this, [this](qint64 visitId) {
        if (auto editor = m_editors.take(visitId))
            editor->deleteLater();
    });

    if (!restoreWindowSettings(this, m_views, m_visitList->filterBar()))
        resize(1280, 800);
    updateActions();
}

MainWindow::~MainWindow()
{
    // The session and its undo stack outlive this part of the window.
    m_session->undoStack()->disconnect(this);
    m_session->disconnect(this);
}

void MainWindow::createViews()
{
    m_views = new QTabWidget(this);
    m_views->setObjectName(QStringLiteral("mainViews"));
    m_views->setDocumentMode(true);
    m_visitList = new VisitListView(*m_session, m_views);
    m_views->addTab(m_visitList, tr("Visits"));
    auto *followUp = new FollowUpView(*m_session, m_views);
    m_views->addTab(followUp, tr("Follow-up"));
    connect(followUp, &FollowUpView::visitActivated, this, &MainWindow::openVisit);
    auto *limitations = new LimitationReviewView(*m_session, FindingCategory::Limitation, m_views);
    m_views->addTab(limitations, tr("Limitations"));
    connect(limitations, &LimitationReviewView::findingActivated, this, &MainWindow::openVisitAt);
    auto *goodModels = new LimitationReviewView(*m_session, FindingCategory::GoodModel, m_views);
    m_views->addTab(goodModels, tr("Good models"));
    connect(goodModels, &LimitationReviewView::findingActivated, this, &MainWindow::openVisitAt);
    auto *search = new SearchView(*m_session, m_views);
    m_views->addTab(search, tr("Search"));
    connect(search, &SearchView::recordActivated, this, &MainWindow::openVisitAt);
    auto *dashboard = new DashboardView(*m_session, m_views);
    m_views->addTab(dashboard, tr("Dashboard"));
    connect(dashboard, &DashboardView::visitActivated, this, &MainWindow::openVisit);
    connect(dashboard, &DashboardView::overdueFollowUpRequested, this,
            [this, followUp](const QString &host) {
                m_views->setCurrentWidget(followUp);
                followUp->showOverdue();
                if (auto *edit =
                        followUp->findChild<QLineEdit *>(QStringLiteral("followUpHostEdit")))
                    edit->setText(host);
            });
    // In the tool bar: search from any view.
    auto *quickSearch = new QLineEdit(this);
    m_quickSearch = quickSearch;
    quickSearch->setObjectName(QStringLiteral("quickSearchEdit"));
    quickSearch->setPlaceholderText(tr("Search everything…"));
    quickSearch->setClearButtonEnabled(true);
    quickSearch->setAccessibleName(tr("Search everything"));
    quickSearch->setMaximumWidth(360);
    connect(quickSearch, &QLineEdit::returnPressed, this, [this, search, quickSearch] {
        m_views->setCurrentWidget(search);
        search->search(quickSearch->text());
    });
    auto *searchShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), this);
    connect(searchShortcut, &QShortcut::activated, quickSearch,
            [quickSearch] { quickSearch->setFocus(Qt::ShortcutFocusReason); });
    // Further views are added here, each with its own tab.
    setCentralWidget(m_views);
}

bool MainWindow::openDatabase(const QString &filePath)
{
    const QString path = filePath.isEmpty() ? Database::defaultFilePath() : filePath;
    QString error;
    if (m_session->isOpen())
        saveHeaderSettings(m_views); // the next file's views start as these were left
    if (!upgradeShowingProgress(path, this, &error) || !m_session->open(path, &error)) {
        QMessageBox::critical(this, tr("Cannot open the database"), error);
        return false;
    }
    setWindowTitle(tr("%1 — Visit Tracker").arg(QDir::toNativeSeparators(path)));
    return true;
}

void MainWindow::offerSampleVisitsOnFirstStart()
{
    QSettings settings;
    const QString key = QStringLiteral("firstStart/sampleOffered");
    if (!m_session->isOpen() || m_session->isReadOnly() || m_session->visitCount() > 0 ||
        settings.value(key).toBool())
        return;
    settings.setValue(key, true);
    const auto answer = QMessageBox::question(
        this, tr("Welcome to Visit Tracker"),
        tr("The database is empty. Load the sample visits (the working visit of the Central "
           "Propaganda Department to Long An on 7 June 2023 and a few more) to see how records "
           "look?\n\nYou can delete them later, or load them again from the File menu."));
    if (answer == QMessageBox::Yes)
        loadSampleVisits();
}

void MainWindow::newVisit()
{
    Visit visit;
    visit.date = QDate::currentDate();
    visit.status = VisitStatus::Planned;
    auto *editor = new VisitEditorWindow(*m_session, visit, this);
    m_newVisitEditors.append(editor);
    connect(editor, &VisitEditorWindow::visitIdAssigned, this, [this, editor](qint64 visitId) {
        m_newVisitEditors.removeAll(editor);
        m_editors.insert(visitId, editor);
    });
    editor->show();
}

void MainWindow::openVisit(qint64 visitId)
{
    if (visitId == 0)
        return;
    if (auto existing = m_editors.value(visitId)) {
        existing->show();
        existing->raise();
        existing->activateWindow();
        return;
    }
    QString error;
    const std::optional<Visit> visit = m_session->loadVisit(visitId, &error);
    if (!visit) {
        QMessageBox::critical(this, tr("Cannot open the visit"), error);
        return;
    }
    showEditor(*visit);
}

void MainWindow::openVisitAt(qint64 visitId, const QString &path)
{
    openVisit(visitId);
    if (auto editor = m_editors.value(visitId); editor && !path.isEmpty())
        editor->editor()->showRecord(path);
}

void MainWindow::showEditor(const Visit &visit)
{
    auto *editor = new VisitEditorWindow(*m_session, visit, this);
    m_editors.insert(visit.id, editor);
    editor->show();
}

void MainWindow::deleteCurrentVisit()
{
    const qint64 visitId = m_visitList->currentVisitId();
    if (visitId == 0 || m_session->isReadOnly())
        return;
    QString error;
    const std::optional<Visit> visit = m_session->loadVisit(visitId, &error);
    if (!visit)
        return;
    const auto answer = QMessageBox::warning(
        this, tr("Delete visit"),
        tr("Delete the visit \"%1\" of %2 with all its attendees, figures, findings, indicators "
           "and recommendations?")
            .arg(visit->title, QLocale().toString(visit->date, QLocale::ShortFormat)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (!m_session->removeVisit(visitId, &error))
        QMessageBox::critical(this, tr("Visit not deleted"), error);
}

void MainWindow::chooseDatabase()
{
    const QString path = FileDialogs::openFileName(
        this, tr("Open database"), QFileInfo(m_session->filePath()).absolutePath(),
        tr("Visit Tracker databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        switchDatabase(path);
}

void MainWindow::newDatabase()
{
    // Editors close first: the user may cancel there before any file is touched.
    if (!closeEditors())
        return;
    const QString path = DatabaseFileDialogs::askNewDatabasePath(this, m_session->filePath());
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::saveDatabaseCopy()
{
    const QString path = DatabaseFileDialogs::saveCopy(this, *m_session);
    if (!path.isEmpty())
        statusBar()->showMessage(tr("Copy saved to %1.").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::switchDatabase(const QString &path)
{
    if (closeEditors())
        openDatabase(path);
}

bool MainWindow::closeEditors()
{
    QList<QPointer<VisitEditorWindow>> editors = m_editors.values();
    editors += m_newVisitEditors;
    for (const auto &editor : std::as_const(editors)) {
        if (editor && !editor->close())
            return false; // the user kept unsaved changes
    }
    return true;
}

void MainWindow::showAbout()
{
    AboutDialog::show(this, *m_session);
}

void MainWindow::updateActions()
{
    const bool writable = m_session->isOpen() && !m_session->isReadOnly();
    const bool hasCurrent = m_visitList->currentVisitId() != 0;
    m_newVisitAction->setEnabled(writable);
    m_importAction->setEnabled(writable);
    m_sampleAction->setEnabled(writable);
    m_exportAction->setEnabled(m_session->isOpen());
    m_organisationsAction->setEnabled(m_session->isOpen());
    m_historyAction->setEnabled(m_session->isOpen());
    m_saveCopyAction->setEnabled(m_session->isOpen());
    m_openVisitAction->setEnabled(hasCurrent);
    m_deleteVisitAction->setEnabled(writable && hasCurrent);
    updateUndoActions();
}

void MainWindow::updateStatus()
{
    const qint64 total = m_session->visitCount();
    const int shown = m_visitList->visibleCount();
    m_countLabel->setText(
        shown == total
            ? tr("%Ln visit(s)", nullptr, int(total))
            : tr("%1 of %2 visits").arg(QLocale().toString(shown), QLocale().toString(total)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Each editor asks about its own unsaved changes; any "Cancel" keeps the
    // program open.
    if (!closeEditors()) {
        event->ignore();
        return;
    }
    saveWindowSettings(this, m_views, m_visitList->filterBar());
    event->accept();
}

} // namespace vt
