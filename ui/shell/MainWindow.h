// The workstation's main window: menus, status bar (who is signed in, which database) and the central area
// (incident inbox, cases). It owns the unlocked CaseDatabase for the session; locking destroys it.
#pragma once

#include "db/CaseDatabase.h"

#include <QMainWindow>

#include <memory>

class QDragEnterEvent;
class QDropEvent;
class QAbstractButton;
class QCloseEvent;
class QLabel;
class QProgressDialog;
class QStackedWidget;

namespace lpdesk {

class AdminHomeView;
class CaseListView;
class CaseWorkspace;
class DashboardPage;
class HoldsDialog;
class IdleLock;
class InboxView;
class JobQueue;
class JobsPanel;
class QueuedJob;
class MyWorkView;
class ReleaseReviewWindow;
class PoliceRequestsDialog;
class ReleasesDialog;
class SearchDialog;
class VerifyPackageDialog;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<CaseDatabase> db, QWidget* parent = nullptr);
    ~MainWindow() override;
    // Closing waits for background jobs to stop (the window stays until then; closed() follows).
    bool isClosing() const { return m_closing; }

    CaseDatabase& database() { return *m_db; }
    QStackedWidget* pages() const { return m_pages; }
    InboxView* inbox() const { return m_inbox; }
    CaseListView* caseList() const { return m_caseList; }
    MyWorkView* myWork() const { return m_myWork; }
    AdminHomeView* adminHome() const { return m_adminHome; } // roles without an inbox, else nullptr
    QAbstractButton* notificationBadge() const { return m_badge; }
    IdleLock* idleLock() const { return m_idleLock; } // locks as Ctrl+L does when no one has used LP Desk for a while
    // Long work of this database (pulls, trims, renders): a few at once, the rest queued (MainWindowJobs.cpp).
    JobQueue* jobQueue() const { return m_jobs; }
    // How long closing (sign-out, lock, quit) waits for background jobs to stop before the window goes anyway and
    // leaves the database to close once they have (ClosingDatabase).
    int jobStopTimeout() const { return m_jobStopTimeoutMs; }
    void setJobStopTimeout(int msecs) { m_jobStopTimeoutMs = msecs; }

Q_SIGNALS:
    void lockRequested();
    void openOtherRequested();
    void newDatabaseRequested();
    // The window has accepted its close (after its background jobs stopped); the database closes with it.
    void closed();

public Q_SLOTS:
    void pullNow(const QStringList& storeIds = {});
    void showStores();
    CaseWorkspace* openCase(const QString& caseId);
    void newCaseFromIncidents(const QStringList& incidentIds);
    void openClip(const QString& incidentId, const QString& mediaId);
    SearchDialog* showSearch();
    ReleasesDialog* showReleases();
    // Delivers what is due as a quiet job of the queue (once a minute); nullptr while a run of the outbox (this one
    // or the outbox's "Send due now") is still running or waiting.
    QueuedJob* runOutbox();
    VerifyPackageDialog* verifyPackage(const QString& path);
    PoliceRequestsDialog* showPoliceRequests();
    HoldsDialog* showHolds();
    void showMyWork();
    // F5 and the periodic check: the inbox and My work read again; news is announced in the status bar.
    void refresh();
    ReleaseReviewWindow* reviewRelease(const QString& releaseId);
    JobsPanel* showJobs(); // View → Jobs (Ctrl+J from every window of LP Desk)
    // File → Quit (Ctrl+Q): while jobs run or wait, asks first as closing the window by hand does.
    void quit();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createFileMenu();
    void createStoresMenu(Role role);
    void createCasesMenu(Role role);
    void createViewMenu();
    void createReleasesMenu(Role role);
    void createToolsMenu(Role role);
    void anchorChains();
    void createHelpMenu();
    void createProgramMenu();
    void createJobs(); // the job queue, View → Jobs and the jobs button of the status bar
    void showJobCounts();
    // "Wait for the jobs, cancel them and close, or keep working?" listing them, not modal: the answer closes
    // again (at once, or once the last job has ended) or keeps everything as it was.
    void askBeforeCancellingJobs();
    void closeAfterJobsQuestion();
    void closeWhenJobsEnd();
    void announceJobEnds(QueuedJob* job); // every job's end in the status bar
    // File → Lock (Ctrl+L, or the idle lock triggering it): asks for the lock; the event that records it is
    // written when the window then closes, while the database is still open.
    void requestLock();
    void recordLock();
    void updateCentralPage();
    void exportRecipientKey();
    void showUsers();
    void showAuditLog();
    void checkDatabase();
    void backupDatabase();
    void configureTimestamping();
    void showAbout();
    QWidget* createEmptyState();
    void createMyWork();
    // Something "My work" and the case list show was changed in a window of this one (a case created or closed, a
    // release requested or decided): both read again, so that nothing stale waits for F5 or a restart.
    void workChanged();

    std::unique_ptr<CaseDatabase> m_db;
    QStackedWidget* m_pages;
    InboxView* m_inbox = nullptr;
    CaseListView* m_caseList = nullptr;
    MyWorkView* m_myWork = nullptr;
    AdminHomeView* m_adminHome = nullptr;
    DashboardPage* m_dashboard = nullptr; // Program → Dashboard (Ctrl+5), made the first time it is shown
    QAbstractButton* m_badge = nullptr;
    JobQueue* m_jobs = nullptr;
    QAbstractButton* m_jobsButton = nullptr;
    bool m_jobsConfirmed = false; // the person chose to cancel the jobs and close
    bool m_quitting = false; // ... asked by File → Quit: every window closes, not this one only
    IdleLock* m_idleLock = nullptr;
    QLabel* m_userLabel;
    QLabel* m_dbLabel;
    bool closeOwnWindows(); // false: one of them refused (an editor's Cancel)
    QProgressDialog* m_stopping = nullptr; // "Stopping background jobs…" while closing waits for them
    bool m_closing = false;
    bool m_stopTimedOut = false;
    bool m_locking = false; // closing because of a lock (not sign-out or quit): audited as session_locked
    bool m_idleLocking = false; // ... which the idle lock asked for
    int m_jobStopTimeoutMs = 15000;
};

} // namespace lpdesk
