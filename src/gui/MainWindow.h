#pragma once

// The main window: the visit list in the middle, menus and a tool bar for the
// daily actions, and one editor window per open visit.

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QMenu;
class QTabWidget;

namespace vt {

class DatabaseSession;
class RecentDatabases;
class VisitEditorWindow;
class VisitListView;
struct Visit;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the database (the per-user default when empty); tells the user
    // what is wrong when it cannot be opened.
    bool openDatabase(const QString &filePath);
    // On the first start with an empty database, offers the sample visits.
    void offerSampleVisitsOnFirstStart();

    DatabaseSession &session() { return *m_session; }
    VisitListView *visitList() const { return m_visitList; }

public slots:
    void newVisit();
    void openVisit(qint64 visitId);
    // Opens the visit and shows the record at `path` ("findings[3]"; empty: the visit).
    void openVisitAt(qint64 visitId, const QString &path);
    void deleteCurrentVisit();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createViews();
    // MainWindowActions.cpp
    void createActions();
    void createUndoActions();
    void createMenus();
    void updateUndoActions();
    void updateActions();
    void updateStatus();
    void showEditor(const Visit &visit);
    void chooseDatabase();
    void newDatabase();
    void saveDatabaseCopy();
    // Closes every editor (each asks about unsaved changes) and opens `path`.
    void switchDatabase(const QString &path);
    bool closeEditors();
    void importJson();
    void exportJson();
    void loadSampleVisits();
    void showAbout();

    DatabaseSession *m_session = nullptr;
    QTabWidget *m_views = nullptr;
    VisitListView *m_visitList = nullptr;
    QLabel *m_countLabel = nullptr;
    QWidget *m_quickSearch = nullptr;
    QHash<qint64, QPointer<VisitEditorWindow>> m_editors; // open editors by visit id
    QList<QPointer<VisitEditorWindow>> m_newVisitEditors;

    QAction *m_newVisitAction = nullptr;
    QAction *m_openVisitAction = nullptr;
    QAction *m_deleteVisitAction = nullptr;
    QAction *m_openDatabaseAction = nullptr;
    QAction *m_newDatabaseAction = nullptr;
    QAction *m_saveCopyAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_organisationsAction = nullptr;
    QAction *m_historyAction = nullptr;
    QAction *m_userGuideAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    RecentDatabases *m_recent = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_sampleAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
};

} // namespace vt
