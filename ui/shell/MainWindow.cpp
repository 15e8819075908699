#include "shell/MainWindow.h"

#include "auth/Permissions.h"
#include "common/CloseKeys.h"
#include "common/MediaWords.h"
#include "common/ResultSheet.h"
#include "common/ScreenshotMode.h"
#include "common/ShortcutSheet.h"
#include "common/Theme.h"
#include "common/WindowSize.h"
#include "common/WindowWatcher.h"
#include "inbox/SearchDialog.h"
#include "pos/PosImportDialog.h"
#include "program/DashboardDialog.h"
#include "program/HoldsDialog.h"
#include "program/PoliceRequestsDialog.h"
#include "program/ProceduresDialog.h"
#include "program/RetentionPurge.h"
#include "releases/ReleaseReviewWindow.h"
#include "releases/ReleasesDialog.h"
#include "releases/VerifyPackageDialog.h"
#include "shell/LockKey.h"
#include "statements/StatementPanel.h"
#include "submit/AgenciesDialog.h"
#include "submit/OutboxDialog.h"
#include "submit/SubmissionService.h"

#include "admin/AdminHomeView.h"
#include "admin/AuditLogDialog.h"
#include "admin/UserManagementDialog.h"
#include "cases/CaseListView.h"
#include "cases/CaseService.h"
#include "cases/CaseWorkspace.h"
#include "cases/MediaLibrary.h"
#include "common/Background.h"
#include "common/ClosingDatabase.h"
#include "common/JobDialog.h"
#include "common/Runtime.h"
#include "custody/ChainAnchors.h"
#include "db/TimestampSettings.h"
#include "db/WorkstationKeys.h"
#include "inbox/InboxView.h"
#include "inbox/IncidentTableModel.h"
#include "inbox/MyWorkView.h"
#include "player/PlayerWidget.h"
#include "stores/PullDialog.h"
#include "stores/StoresDialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QProgressDialog>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
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
    // Every window of this one (case windows, editors, the player) closes first, as if closed by hand, so that
    // nothing of a case stays on the screen behind the unlock dialog: an editor with unsaved changes asks, and its
    // Cancel keeps everything open and signed in.
    if (!m_closing && !closeOwnWindows()) {
        event->ignore();
        return;
    }
    // Sign-out, lock and quit all close this window, and the database with it. Jobs that use the database are
    // cancelled and no new one starts; the window stays, saying why, until they have ended (the event loop runs
    // meanwhile), for at most jobStopTimeout().
    m_db->stopWork();
    const int running = m_db->runningWork();
    if (running == 0 || m_stopTimedOut) {
        QMainWindow::closeEvent(event);
        if (event->isAccepted()) {
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
    if (m_pages->currentWidget() != m_myWork)
        updateCentralPage();
}

void MainWindow::workChanged()
{
    m_myWork->reload();
    if (m_caseList)
        m_caseList->reload();
}

ReleaseReviewWindow* MainWindow::reviewRelease(const QString& releaseId)
{
    auto* window = new ReleaseReviewWindow(*m_db, releaseId, this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(window, &ReleaseReviewWindow::decided, this, &MainWindow::workChanged);
    window->show();
    window->raise();
    return window;
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

CaseWorkspace* MainWindow::openCase(const QString& caseId)
{
    auto* workspace = new CaseWorkspace(*m_db, caseId, this);
    workspace->setAttribute(Qt::WA_DeleteOnClose);
    workspace->show();
    connect(workspace, &CaseWorkspace::derivativeCreated, this, &MainWindow::workChanged);
    // The case window itself says the release was requested; here My work lists it as waiting for legal.
    connect(workspace, &CaseWorkspace::releaseRequested, this, &MainWindow::workChanged);
    connect(workspace, &CaseWorkspace::caseChanged, this, &MainWindow::workChanged);
    return workspace;
}

void MainWindow::newCaseFromIncidents(const QStringList& incidentIds)
{
    if (incidentIds.isEmpty()) {
        statusBar()->showMessage(tr("Select the incidents for the new case in the inbox first."), 10000);
        return;
    }
    // An incident already in a case: a second case is possible (a series of thefts) but never by accident.
    QStringList holding;
    if (auto cases = CaseService(*m_db).list())
        for (const CaseInfo& c : *cases)
            for (const QString& incident : incidentIds)
                if (c.incidentIds.contains(incident) && !holding.contains(c.reference))
                    holding << c.reference;
    if (!holding.isEmpty()
        && QMessageBox::question(this, tr("New case"),
                                 tr("The selected incidents are already in case %1. Open a second case for them "
                                    "anyway?")
                                     .arg(holding.join(QStringLiteral(", "))),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
        return;
    bool ok = false;
    const QString title = QInputDialog::getText(
        this, tr("New case"),
        tr("Title for a case with %n incident(s):", nullptr, static_cast<int>(incidentIds.size())), QLineEdit::Normal,
        QString(), &ok);
    if (!ok)
        return;
    if (title.trimmed().isEmpty()) {
        QMessageBox::information(this, tr("New case"), tr("A case needs a title: no case was created."));
        return;
    }
    auto id = CaseService(*m_db).create(title, incidentIds);
    if (!id) {
        QMessageBox::warning(this, tr("New case"), id.errorMessage());
        return;
    }
    workChanged();
    m_inbox->model()->refresh(); // its incidents now say "in case …"
    openCase(*id);
}

SearchDialog* MainWindow::showSearch()
{
    auto* dialog = new SearchDialog(*m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SearchDialog::statementRequested, this, [this](const QString& caseId, const QString& statementId) {
        CaseWorkspace* workspace = openCase(caseId);
        workspace->sideTabs()->setCurrentWidget(workspace->statementPanel());
        workspace->statementPanel()->select(statementId);
    });
    dialog->show();
    return dialog;
}

void MainWindow::openClip(const QString& incidentId, const QString& mediaId)
{
    // A clip opened from the inbox is viewed in the context of its case when it has exactly one.
    const QStringList cases = MediaLibrary(*m_db).casesOf(mediaId);
    // A window of its own, owned by this one: it goes when the main window goes (sign-out, lock), never holding the
    // database open behind it.
    auto* player = new PlayerWidget(*m_db, this);
    player->setAttribute(Qt::WA_DeleteOnClose);
    player->setWindowFlag(Qt::Window);
    if (auto m = MediaLibrary(*m_db).get(mediaId))
        player->setWindowTitle(MediaWords::title(*m));
    Q_UNUSED(incidentId);
    resizeToFit(player, QSize(1100, 760));
    // A window of its own: Esc and Ctrl+W close it, as they close the case window and the redaction editor.
    installCloseKeys(player, tr("Close the player"));
    if (!player->open(mediaId, cases.size() == 1 ? cases.first() : QString())) {
        QMessageBox::warning(this, tr("Open clip"), player->errorText());
        delete player;
        return;
    }
    if (auto d = IncidentInbox(*m_db).show(incidentId))
        player->setTrigger(QDateTime::fromString(d->row.detectedAt, Qt::ISODateWithMs));
    player->show();
}

void MainWindow::pullNow(const QStringList& storeIds)
{
    auto* dialog = new PullDialog(*m_db, storeIds, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PullDialog::finished, this, [this](bool) {
        if (m_inbox)
            m_inbox->refresh();
        updateCentralPage();
    });
    dialog->open();
    dialog->start();
}

void MainWindow::showStores()
{
    StoresDialog dialog(*m_db, this);
    connect(&dialog, &StoresDialog::pullRequested, this, [this, &dialog](const QStringList& ids) {
        dialog.accept();
        pullNow(ids);
    });
    dialog.exec();
    if (m_inbox)
        m_inbox->reloadStores();
}

void MainWindow::exportRecipientKey()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the recipient key for stores"),
                                                      QStringLiteral("lpdesk-recipient.txt"), tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    QSqlDatabase conn = m_db->connection();
    auto pub = WorkstationKeys::recipientPublicKey(conn);
    QSaveFile f(path);
    const QByteArray bytes = pub ? WorkstationKeys::recipientFileContents(*pub) : QByteArray();
    if (!pub || !f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        QMessageBox::warning(this, tr("Export recipient key"), pub ? f.errorString() : pub.errorMessage());
        return;
    }
    (void)m_db->audit(QStringLiteral("recipient_key_exported"), QJsonObject {{QLatin1String("to"), path}});
    statusBar()->showMessage(tr("Recipient key written to %1").arg(path), 10000);
}

void MainWindow::runOutbox()
{
    if (m_outboxRunning)
        return;
    m_outboxRunning = true;
    CaseDatabase* db = m_db.get();
    const bool started = runOnDatabase<std::shared_ptr<QList<Submission>>>(
        *m_db, this,
        [db](const std::atomic_bool& cancel) {
            auto done = SubmissionService(*db).runDue(0, {}, &cancel);
            return std::make_shared<QList<Submission>>(done ? *done : QList<Submission>());
        },
        [this](std::shared_ptr<QList<Submission>> done) {
            m_outboxRunning = false;
            for (const Submission& s : *done)
                statusBar()->showMessage(
                    s.state == QLatin1String("delivered")
                        ? tr("Delivered to %1: report %2")
                              .arg(s.agencyId, s.receipt.value(QLatin1String("report_number")).toString())
                        : tr("Submission to %1: %2 (%3)").arg(s.agencyId, s.state, s.lastError),
                    15000);
        });
    if (!started)
        m_outboxRunning = false;
}

ReleasesDialog* MainWindow::showReleases()
{
    auto* dialog = new ReleasesDialog(*m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReleasesDialog::releaseChanged, this, &MainWindow::workChanged);
    dialog->show(); // not modal: legal opens the case while deciding
    return dialog;
}

PoliceRequestsDialog* MainWindow::showPoliceRequests()
{
    auto* dialog = new PoliceRequestsDialog(*m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this] {
        if (m_inbox)
            m_inbox->refresh(); // the overdue banner follows what was closed or fulfilled
    });
    dialog->show(); // not modal: the case window stays usable beside it
    return dialog;
}

HoldsDialog* MainWindow::showHolds()
{
    auto* dialog = new HoldsDialog(*m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

VerifyPackageDialog* MainWindow::verifyPackage(const QString& path)
{
    // Verification needs no database and no role: anyone at the desk may check a package they were handed.
    auto* dialog = new VerifyPackageDialog(path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    dialog->verify();
    return dialog;
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

void MainWindow::configureTimestamping()
{
    // An RFC 3161 authority stamps every exported package's manifest; its CA pins which TSA is trusted.
    bool ok = false;
    const QString url = QInputDialog::getText(
        this, tr("Time-stamp authority"),
        tr("Address of the RFC 3161 time-stamp authority (empty: packages, approvals and anchors carry no "
           "time-stamp):"),
        QLineEdit::Normal, m_db->setting(QStringLiteral("tsa_url")), &ok);
    if (!ok)
        return;
    QString pem;
    if (!url.trimmed().isEmpty()) {
        const QUrl parsed(url.trimmed());
        if (!parsed.isValid()
            || (parsed.scheme() != QLatin1String("http") && parsed.scheme() != QLatin1String("https"))) {
            QMessageBox::warning(this, tr("Time-stamp authority"),
                                 tr("The address must be an http:// or https:// URL."));
            return;
        }
        const QString caFile = QFileDialog::getOpenFileName(this, tr("The CA certificate of the time-stamp authority"),
                                                            QString(), tr("Certificates (*.pem *.crt)"));
        if (caFile.isEmpty())
            return;
        QFile f(caFile);
        pem = f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.read(1 << 20)) : QString();
    }
    // Core checks the address and the certificate and signs the settings with the administrator's own key.
    if (Status s = TimestampSettings::configure(*m_db, QUrl(url.trimmed()), pem.toUtf8()); !s) {
        QMessageBox::warning(this, tr("Time-stamp authority"), s.errorMessage());
        return;
    }
    statusBar()->showMessage(url.trimmed().isEmpty()
                                 ? tr("Packages will carry no time-stamp.")
                                 : tr("Packages, approvals and anchors will be time-stamped by %1.").arg(url.trimmed()),
                             10000);
}

void MainWindow::showUsers()
{
    UserManagementDialog dialog(*m_db, this);
    dialog.exec();
}

void MainWindow::showAuditLog()
{
    AuditLogDialog dialog(*m_db, this);
    dialog.exec();
}

void MainWindow::checkDatabase()
{
    statusBar()->showMessage(tr("Checking the database and every hash chain…"));
    CaseDatabase* db = m_db.get();
    runOnDatabase<std::shared_ptr<Result<DatabaseCheck>>>(
        *m_db, this, [db](const std::atomic_bool&) { return std::make_shared<Result<DatabaseCheck>>(db->check()); },
        [this](std::shared_ptr<Result<DatabaseCheck>> report) {
            statusBar()->clearMessage();
            if (!report->ok()) {
                QMessageBox::warning(this, tr("Check database"), report->errorMessage());
                return;
            }
            const DatabaseCheck& r = report->value();
            QStringList lines;
            for (const ChainReport& c : r.chains)
                lines << c.summary();
            lines << r.problems << r.notes;
            // Dozens of chains: a scrollable sheet, not a message box taller than the screen.
            auto* sheet = new ResultSheet(tr("Check database"),
                                          r.ok() ? tr("The database is intact.") : tr("Problems were found."),
                                          lines.join(QLatin1Char('\n')), r.ok(), this);
            sheet->setObjectName(QStringLiteral("checkDatabaseResult"));
            sheet->setAttribute(Qt::WA_DeleteOnClose);
            sheet->show();
        });
}

void MainWindow::backupDatabase()
{
    const QString out = QFileDialog::getSaveFileName(this, tr("Back up the case database"), QString(),
                                                     tr("LP Desk databases (*.lpdb)"));
    if (out.isEmpty())
        return;
    statusBar()->showMessage(tr("Backing up…"));
    CaseDatabase* db = m_db.get();
    runOnDatabase<Status>(
        *m_db, this, [db, out](const std::atomic_bool&) { return db->backup(out); },
        [this, out](Status done) {
            statusBar()->clearMessage();
            if (!done)
                QMessageBox::warning(this, tr("Back up"), done.errorMessage());
            else
                statusBar()->showMessage(tr("Backed up to %1").arg(out), 10000);
        });
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About LP Desk"),
                       tr("<b>LP Desk %1</b><br>Loss-prevention investigation workstation.<br>%2<br>Database id %3")
                           .arg(Runtime::version(), Runtime::ffmpegVersion(), m_db->databaseId()));
}

} // namespace lpdesk
