#include "shell/MainWindow.h"

#include "admin/AdminHomeView.h"
#include "auth/Permissions.h"
#include "auth/Session.h"
#include "cases/CaseListView.h"
#include "common/ClosingDatabase.h"
#include "common/JobDialog.h"
#include "common/JobQueue.h"
#include "common/ScreenshotMode.h"
#include "common/WindowSize.h"
#include "common/WindowWatcher.h"
#include "export/ReleaseApproval.h"
#include "inbox/InboxView.h"
#include "inbox/IncidentTableModel.h"
#include "inbox/MyWork.h"
#include "inbox/MyWorkView.h"
#include "metrics/KpiRollup.h"
#include "metrics/SopLibrary.h"
#include "police/RequestTemplates.h"
#include "program/DashboardPage.h"
#include "program/PoliceRequestsDialog.h"
#include "releases/ReleasesDialog.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QMimeData>
#include <QPointer>
#include <QProgressDialog>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace lpdesk {

MainWindow::MainWindow(std::unique_ptr<CaseDatabase> db, QWidget* parent)
    : QMainWindow(parent),
      m_db(std::move(db)),
      m_pages(new QStackedWidget(this)),
      m_userLabel(new QLabel(this)),
      m_dbLabel(new QLabel(this))
{
    WindowWatcher::install();
    RequestTemplates::addCheckTo(*m_db);
    SopLibrary::addCheckTo(*m_db);
    ReleaseApproval::addCheckTo(*m_db);
    KpiRollup::addCheckTo(*m_db);
    KpiRollup::install();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("LP Desk"));
    resizeToFit(this, QSize(1280, 800));
    setCentralWidget(m_pages);
    setAcceptDrops(true); // drop a package here to verify it
    m_pages->addWidget(createEmptyState());
    const Role role = m_db->session().role;
    if (Permissions::allows(role, Action::ReadIncidents)) {
        m_inbox = new InboxView(*m_db, this);
        m_pages->addWidget(m_inbox);
        m_caseList = new CaseListView(*m_db, this);
        m_pages->addWidget(m_caseList);
        connect(m_inbox, &InboxView::newCaseRequested, this, &MainWindow::newCaseFromIncidents);
        connect(m_inbox, &InboxView::openMediaRequested, this, &MainWindow::openClip);
        connect(m_inbox, &InboxView::openCaseRequested, this, &MainWindow::openCase);
        connect(m_caseList, &CaseListView::openCase, this, &MainWindow::openCase);
        connect(m_caseList, &CaseListView::newCaseRequested, this,
                [this] { newCaseFromIncidents(m_inbox->selectedIncidentIds()); });
    } else {
        // No inbox for this role (administrator, auditor): its home is what it looks after, never "no incidents".
        m_adminHome = new AdminHomeView(*m_db, this);
        m_pages->addWidget(m_adminHome);
        connect(m_adminHome, &AdminHomeView::usersRequested, this, &MainWindow::showUsers);
        connect(m_adminHome, &AdminHomeView::storesRequested, this, &MainWindow::showStores);
        connect(m_adminHome, &AdminHomeView::auditLogRequested, this, &MainWindow::showAuditLog);
    }
    createMyWork();
    createActions();
    createJobs();
    if (Permissions::allows(role, Action::SubmitRelease)) {
        // The outbox keeps delivering while the workstation is open: what is due goes out once a minute.
        auto* outboxTimer = new QTimer(this);
        connect(outboxTimer, &QTimer::timeout, this, &MainWindow::runOutbox);
        outboxTimer->start(60000);
    }
    updateCentralPage();
    // Posted from the worker thread as the last background job ends: a close that waited for it goes on.
    m_db->setWorkEndedHandler([this] {
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_closing)
                    close();
            },
            Qt::QueuedConnection);
    });
    // The first thing a person sees after unlocking is what waits for them, when anything does.
    if (m_myWork->itemCount() > 0 || m_myWork->unseen() > 0)
        m_pages->setCurrentWidget(m_myWork);
    const Session& s = m_db->session();
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_userLabel->setText(tr("Signed in as %1 (%2)").arg(s.userName, roleDisplayName(s.role)));
    m_dbLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_dbLabel->setText(ScreenshotMode::shownPath(m_db->path()));
    statusBar()->addWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_jobsButton);
    statusBar()->addPermanentWidget(m_badge);
    statusBar()->addPermanentWidget(m_dbLabel);
    for (const QString& warning : m_db->openWarnings())
        statusBar()->showMessage(warning);
}

MainWindow::~MainWindow()
{
    // The database closes with this window's members, before its child widgets go. The close event has stopped the
    // background jobs and waited for them; a window deleted without one, or whose wait ran out, leaves the database
    // to close as soon as its last job ends, never under it.
    m_db->setWorkEndedHandler({});
    m_db->stopWork();
    if (m_db->runningWork() > 0)
        ClosingDatabase::closeWhenIdle(std::move(m_db));
}

bool MainWindow::closeOwnWindows()
{
    QList<QPointer<QWidget>> ours;
    for (QWidget* w : QApplication::topLevelWidgets()) {
        // A job's window closes when its job ends: stopping jobs is the next step's.
        if (w == this || !w->isVisible() || qobject_cast<JobDialog*>(w) || w == m_stopping)
            continue;
        for (QWidget* p = w->parentWidget(); p; p = p->parentWidget())
            if (p == this) {
                ours << w;
                break;
            }
    }
    // Closing one (a case window) may take others with it (its editor): each is asked while it is still there.
    for (const QPointer<QWidget>& w : std::as_const(ours))
        if (w && w->isVisible() && !w->close())
            return false;
    return true;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Closed by hand (its title bar) while jobs run or wait: asked first (MainWindowJobs.cpp). Sign-out, lock and
    // quit do not ask: a lock must act at once, and the idle lock has no one to answer.
    if (!m_closing && event->spontaneous() && !m_jobsConfirmed && m_jobs->running() + m_jobs->waiting() > 0) {
        event->ignore();
        askBeforeCancellingJobs();
        return;
    }
    // Every window of this one (case windows, editors, the player) closes first, as if closed by hand, so that
    // nothing of a case stays on the screen behind the unlock dialog: an editor with unsaved changes asks, and its
    // Cancel keeps everything open and signed in.
    if (!m_closing && !closeOwnWindows()) {
        m_jobsConfirmed = m_quitting = false;
        event->ignore();
        return;
    }
    // Sign-out, lock and quit all close this window, and the database with it. Jobs that use the database are
    // cancelled and no new one starts (a queued job never runs); the window stays, saying why, until they have
    // ended (the event loop runs meanwhile), for at most jobStopTimeout(). What a cancelled job wrote goes with it:
    // a trim or render registers its item only once it is whole, a pull keeps its partial downloads to resume.
    m_jobs->cancelAll();
    m_db->stopWork();
    const int running = m_db->runningWork();
    if (running == 0 || m_stopTimedOut) {
        QMainWindow::closeEvent(event);
        if (event->isAccepted()) {
            recordLock();
            if (m_stopping)
                m_stopping->hide();
            Q_EMIT closed();
        }
        return;
    }
    event->ignore();
    if (!m_closing) {
        m_closing = true;
        m_stopping = new QProgressDialog(this);
        m_stopping->setObjectName(QStringLiteral("stoppingJobs"));
        m_stopping->setWindowTitle(tr("Closing the database"));
        m_stopping->setCancelButton(nullptr);
        m_stopping->setRange(0, 0);
        m_stopping->setMinimumDuration(0);
        m_stopping->setAutoClose(false);
        m_stopping->setAutoReset(false);
        m_stopping->setWindowModality(Qt::WindowModal);
        QTimer::singleShot(m_jobStopTimeoutMs, this, [this] {
            m_stopTimedOut = true;
            close();
        });
    }
    m_stopping->setLabelText(tr("Stopping %n background job(s) before the database closes…", nullptr, running));
    m_stopping->show();
}

QWidget* MainWindow::createEmptyState()
{
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("emptyState"));
    auto* layout = new QVBoxLayout(page);
    layout->addStretch();
    auto* title = new QLabel(tr("<h2>No incidents yet</h2>"));
    title->setAlignment(Qt::AlignCenter);
    auto* text = new QLabel(tr("To get started, add a store under <b>Stores → Add store…</b> (a USB folder or the "
                               "store's HTTPS drop), then choose <b>Stores → Pull now</b>. New incidents appear "
                               "here; open one to review its footage and start a case.<br><br>"
                               "Stores encrypt footage to this workstation's recipient key: give them the file from "
                               "<b>Tools → Export recipient key…</b>."));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setFixedWidth(640);
    layout->addWidget(title);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addStretch();
    return page;
}

void MainWindow::createMyWork()
{
    m_myWork = new MyWorkView(*m_db, this);
    m_pages->addWidget(m_myWork);
    connect(m_myWork, &MyWorkView::openCaseRequested, this, &MainWindow::openCase);
    connect(m_myWork, &MyWorkView::reviewReleaseRequested, this, &MainWindow::reviewRelease);
    connect(m_myWork, &MyWorkView::openReleaseRequested, this, [this](const QString& id) {
        ReleasesDialog* dialog = showReleases();
        dialog->select(id);
    });
    connect(m_myWork, &MyWorkView::openPoliceRequestRequested, this, [this](const QString& id) {
        PoliceRequestsDialog* dialog = showPoliceRequests();
        if (!dialog->select(id)) { // a signed-off or closed request is under "All"
            dialog->stateFilter()->setCurrentIndex(dialog->stateFilter()->findData(QStringLiteral("all")));
            dialog->select(id);
        }
    });
    // The badge in the status bar: unseen notifications, one click from the list.
    auto* badge = new QToolButton(this);
    badge->setObjectName(QStringLiteral("notificationBadge"));
    badge->setAutoRaise(true);
    connect(badge, &QToolButton::clicked, this, &MainWindow::showMyWork);
    m_badge = badge;
    auto showCount = [this](int unseen) {
        m_badge->setText(tr("%n new notification(s)", nullptr, unseen));
        m_badge->setAccessibleName(m_badge->text());
        m_badge->setVisible(unseen > 0);
    };
    showCount(m_myWork->unseen());
    connect(m_myWork, &MyWorkView::unseenChanged, this, showCount);
    connect(m_myWork, &MyWorkView::newEvents, this, [this](const QList<WorkEvent>& events) {
        statusBar()->showMessage(events.size() == 1 ? MyWork::eventText(events.first())
                                                    : tr("%n new notifications: see My work (Ctrl+0).", nullptr,
                                                         static_cast<int>(events.size())),
                                 30000);
    });
    // News arrives from other workstations and from lpdesk-cli: look again every minute (and on F5).
    auto* timer = new QTimer(this);
    timer->setObjectName(QStringLiteral("myWorkTimer"));
    connect(timer, &QTimer::timeout, m_myWork, &MyWorkView::reload);
    timer->start(60000);
}

void MainWindow::showMyWork()
{
    m_myWork->reload();
    m_pages->setCurrentWidget(m_myWork);
    m_myWork->items()->setFocus();
}

void MainWindow::refresh()
{
    m_myWork->reload();
    if (m_adminHome)
        m_adminHome->reload();
    if (!m_inbox)
        return;
    m_inbox->refresh();
    m_caseList->reload();
    if (m_dashboard && m_pages->currentWidget() == m_dashboard)
        m_dashboard->refresh(); // F5 on the dashboard computes its figures again and stays there
    else if (m_pages->currentWidget() != m_myWork)
        updateCentralPage();
}

void MainWindow::workChanged()
{
    m_myWork->reload();
    if (m_caseList)
        m_caseList->reload();
}

void MainWindow::updateCentralPage()
{
    // The inbox once there is something in it; otherwise the page that says how to get started. A role without an
    // inbox has its own home.
    if (m_adminHome)
        m_pages->setCurrentWidget(m_adminHome);
    else if (m_inbox && (m_inbox->model()->rowCount() > 0 || m_inbox->model()->filter().text.size() > 0))
        m_pages->setCurrentWidget(m_inbox);
    else
        m_pages->setCurrentIndex(0);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()
        && urls.first().toLocalFile().endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    verifyPackage(urls.first().toLocalFile());
}

} // namespace lpdesk
