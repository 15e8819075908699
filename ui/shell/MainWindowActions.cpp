// The main window's menus and actions (split from MainWindow.cpp, which holds the window's behaviour).
#include "shell/MainWindow.h"

#include "auth/Permissions.h"
#include "cases/CaseListView.h"
#include "common/Background.h"
#include "common/ResultSheet.h"
#include "common/ShortcutSheet.h"
#include "common/Theme.h"
#include "custody/ChainAnchors.h"
#include "db/IdleLockPolicy.h"
#include "inbox/InboxView.h"
#include "pos/PosImportDialog.h"
#include "program/DashboardPage.h"
#include "program/ProceduresDialog.h"
#include "program/RequestTemplatesDialog.h"
#include "program/RetentionPurge.h"
#include "shell/IdleLock.h"
#include "shell/LockKey.h"
#include "stores/StoresDialog.h"
#include "submit/AgenciesDialog.h"
#include "submit/OutboxDialog.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>

namespace lpdesk {

void MainWindow::createActions()
{
    const Role role = m_db->session().role;
    createFileMenu();
    createStoresMenu(role);
    if (m_inbox)
        createCasesMenu(role);
    createViewMenu();
    createReleasesMenu(role);
    createToolsMenu(role);
    createProgramMenu();
    createHelpMenu();
}

void MainWindow::createFileMenu()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newDb = file->addAction(tr("&New database…"), this, &MainWindow::newDatabaseRequested);
    newDb->setObjectName(QStringLiteral("actionNewDatabase"));
    file->addAction(tr("&Open database…"), QKeySequence::Open, this, &MainWindow::openOtherRequested);
    QAction* lock = file->addAction(tr("&Lock"), QKeySequence(Qt::CTRL | Qt::Key_L), this, &MainWindow::requestLock);
    lock->setObjectName(QStringLiteral("actionLock"));
    // From every window of the application (a case window, the redaction editor, the player), not only this one.
    lock->setShortcutContext(Qt::ApplicationShortcut);
    new LockKey(this, lock); // and from a job's modal dialog, which blocks every shortcut of the windows below it
    m_idleLock = new IdleLock(this, lock, *m_db); // and by itself when no one has used LP Desk for a while
    m_idleLock->addMenu(file);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &MainWindow::quit);
    quit->setObjectName(QStringLiteral("actionQuit"));
}

void MainWindow::createStoresMenu(Role role)
{
    QMenu* stores = menuBar()->addMenu(tr("&Stores"));
    // F5 refreshes the inbox (View); pulling from the stores is Shift+F5: one owner per key.
    QAction* pull
        = stores->addAction(tr("&Pull now"), QKeySequence(Qt::SHIFT | Qt::Key_F5), this, [this] { pullNow(); });
    pull->setObjectName(QStringLiteral("actionPull"));
    pull->setEnabled(Permissions::allows(role, Action::PullStores));
    QAction* manage = stores->addAction(tr("&Stores…"), this, &MainWindow::showStores);
    manage->setObjectName(QStringLiteral("actionStores"));
    QAction* addStore = stores->addAction(tr("&Add store…"), this, [this] {
        StoresDialog dialog(*m_db, this);
        dialog.addStore();
        dialog.exec();
    });
    addStore->setEnabled(Permissions::allows(role, Action::ManageStores));
}

// Cases and View (the inbox's): for the roles that have an inbox.
void MainWindow::createCasesMenu(Role role)
{
    QMenu* cases = menuBar()->addMenu(tr("&Cases"));
    QAction* newCase = cases->addAction(tr("&New case from selected incidents…"), QKeySequence::New, this,
                                        [this] { newCaseFromIncidents(m_inbox->selectedIncidentIds()); });
    newCase->setObjectName(QStringLiteral("actionNewCase"));
    newCase->setEnabled(Permissions::allows(role, Action::ChangeCases));
    cases->addAction(tr("&Inbox"), QKeySequence(Qt::CTRL | Qt::Key_1), this,
                     [this] { m_pages->setCurrentWidget(m_inbox); });
    cases->addAction(tr("&Cases"), QKeySequence(Qt::CTRL | Qt::Key_2), this, [this] {
        m_caseList->reload();
        m_pages->setCurrentWidget(m_caseList);
    });
    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    QAction* refresh = view->addAction(tr("&Refresh inbox"), QKeySequence(Qt::Key_F5), this, &MainWindow::refresh);
    refresh->setObjectName(QStringLiteral("actionRefresh"));
    QAction* find = view->addAction(tr("&Find…"), QKeySequence::Find, this, [this] {
        m_pages->setCurrentWidget(m_inbox);
        m_inbox->focusSearch();
    });
    find->setObjectName(QStringLiteral("actionFind"));
    QAction* searchAll = view->addAction(tr("&Search incidents and statements…"),
                                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), this, &MainWindow::showSearch);
    searchAll->setObjectName(QStringLiteral("actionSearchAll"));
    cases->addSeparator();
    QAction* posImport = cases->addAction(tr("Import &POS journal…"), this, [this] {
        auto* dialog = new PosImportDialog(*m_db, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    posImport->setEnabled(Permissions::allows(role, Action::ImportPos));
}

void MainWindow::createViewMenu()
{
    // Light or dark for every role: in the View menu, which roles without an inbox get for this alone.
    auto* viewMenu = menuBar()->findChild<QMenu*>(QStringLiteral("viewMenu"));
    if (!viewMenu) {
        viewMenu = menuBar()->addMenu(tr("&View"));
        viewMenu->setObjectName(QStringLiteral("viewMenu"));
        QAction* refresh = viewMenu->addAction(tr("&Refresh"), QKeySequence(Qt::Key_F5), this, &MainWindow::refresh);
        refresh->setObjectName(QStringLiteral("actionRefresh"));
    }
    QAction* myWork
        = viewMenu->addAction(tr("&My work"), QKeySequence(Qt::CTRL | Qt::Key_0), this, &MainWindow::showMyWork);
    myWork->setObjectName(QStringLiteral("actionMyWork"));
    viewMenu->addSeparator();
    Theme::addMenu(viewMenu);
}

void MainWindow::createReleasesMenu(Role role)
{
    QMenu* releases = menuBar()->addMenu(tr("&Releases"));
    QAction* review = releases->addAction(tr("&Releases and legal review…"), QKeySequence(Qt::CTRL | Qt::Key_3), this,
                                          &MainWindow::showReleases);
    review->setObjectName(QStringLiteral("actionReleases"));
    review->setEnabled(Permissions::allows(role, Action::ViewEvidence)); // the review shows the evidence
    QAction* verify
        = releases->addAction(tr("&Verify a package…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), this, [this] {
              const QString f
                  = QFileDialog::getOpenFileName(this, tr("Verify a package"), QString(), tr("Packages (*.zip)"));
              if (!f.isEmpty())
                  verifyPackage(f);
          });
    verify->setObjectName(QStringLiteral("actionVerifyPackage"));
    QAction* outbox = releases->addAction(tr("&Outbox…"), QKeySequence(Qt::CTRL | Qt::Key_4), this, [this] {
        auto* dialog = new OutboxDialog(*m_db, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show(); // not modal: its sending is a job of the queue, and the windows go on meanwhile
    });
    outbox->setObjectName(QStringLiteral("actionOutbox"));
}

void MainWindow::createToolsMenu(Role role)
{
    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(tr("Export &recipient key…"), this, &MainWindow::exportRecipientKey);
    tools->setObjectName(QStringLiteral("toolsMenu"));
    tools->addSeparator();
    QAction* users = tools->addAction(tr("&Users and roles…"), this, &MainWindow::showUsers);
    users->setObjectName(QStringLiteral("actionUsers"));
    users->setEnabled(Permissions::allows(role, Action::ListUsers));
    QAction* audit = tools->addAction(tr("&Audit log…"), this, &MainWindow::showAuditLog);
    audit->setObjectName(QStringLiteral("actionAuditLog"));
    audit->setEnabled(Permissions::allows(role, Action::ReadAudit));
    QAction* check = tools->addAction(tr("&Check database"), this, &MainWindow::checkDatabase);
    check->setObjectName(QStringLiteral("actionCheckDatabase"));
    check->setEnabled(Permissions::allows(role, Action::CheckDatabase));
    QAction* anchor = tools->addAction(tr("A&nchor the chains now"), this, &MainWindow::anchorChains);
    anchor->setObjectName(QStringLiteral("actionAnchorChains"));
    anchor->setEnabled(Permissions::allows(role, Action::UseOwnAccount));
    QAction* agencies = tools->addAction(tr("A&gencies…"), this, [this] {
        auto* dialog = new AgenciesDialog(*m_db, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    agencies->setObjectName(QStringLiteral("actionAgencies"));
    QAction* tsa = tools->addAction(tr("&Time-stamp authority…"), this, &MainWindow::configureTimestamping);
    tsa->setObjectName(QStringLiteral("actionTimestampAuthority"));
    tsa->setEnabled(Permissions::allows(role, Action::ChangeSettings));
    QAction* backup = tools->addAction(tr("&Back up database…"), this, &MainWindow::backupDatabase);
    backup->setEnabled(Permissions::allows(role, Action::BackupDatabase));
}

// Tools → Anchor the chains now: the heads of every chain into <db>.anchors, signed with the person's own key (and
// time-stamped), as `lpdesk-cli db anchor` does.
void MainWindow::anchorChains()
{
    statusBar()->showMessage(tr("Anchoring the audit and custody chains…"));
    CaseDatabase* db = m_db.get();
    runOnDatabase<std::shared_ptr<Result<Anchor>>>(
        *m_db, this,
        [db](const std::atomic_bool&) {
            return std::make_shared<Result<Anchor>>(ChainAnchors(*db).write(QStringLiteral("manual")));
        },
        [this](std::shared_ptr<Result<Anchor>> written) {
            statusBar()->clearMessage();
            if (!written->ok()) {
                QMessageBox::warning(this, tr("Anchor the chains"), written->errorMessage());
                return;
            }
            const Anchor& a = written->value();
            auto* sheet = new ResultSheet(
                tr("Anchor the chains"), tr("Anchor %1 written.").arg(a.number),
                tr("The audit chain at event %1 and %2 custody chains, signed by %3, in %4.\n%5")
                    .arg(a.auditSeq)
                    .arg(a.custodyChains)
                    .arg(m_db->session().userName, ChainAnchors::pathFor(m_db->path()),
                         a.token.isEmpty() ? tr("Not time-stamped: %1").arg(a.note)
                                           : tr("Time-stamped by the configured time-stamp authority.")),
                true, this);
            sheet->setObjectName(QStringLiteral("anchorResult"));
            sheet->setAttribute(Qt::WA_DeleteOnClose);
            sheet->show();
        });
}

void MainWindow::createHelpMenu()
{
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* keys = help->addAction(tr("&Keyboard shortcuts"), QKeySequence(QKeySequence::HelpContents), this, [this] {
        auto* sheet = new ShortcutSheet(this);
        sheet->setAttribute(Qt::WA_DeleteOnClose);
        sheet->show();
    });
    keys->setObjectName(QStringLiteral("actionShortcuts"));
    help->addAction(tr("&About LP Desk"), this, &MainWindow::showAbout);
}

// The Program menu: the dashboard, retention, police requests and their templates, procedures, holds.
void MainWindow::createProgramMenu()
{
    QMenu* program = menuBar()->addMenu(tr("&Program"));
    program->setObjectName(QStringLiteral("programMenu"));
    // A page of the window, as the inbox and the cases are; its Close goes back to the usual page.
    QAction* dashboard = program->addAction(tr("&Dashboard"), QKeySequence(Qt::CTRL | Qt::Key_5), this, [this] {
        if (!m_dashboard) {
            m_dashboard = new DashboardPage(*m_db, m_pages);
            m_pages->addWidget(m_dashboard);
            connect(m_dashboard, &DashboardPage::closeRequested, this, &MainWindow::updateCentralPage);
            // A case behind a figure opens in its workspace, as from the inbox.
            connect(m_dashboard, &DashboardPage::openCaseRequested, this, &MainWindow::openCase);
        }
        m_pages->setCurrentWidget(m_dashboard);
    });
    dashboard->setObjectName(QStringLiteral("actionDashboard"));
    QAction* purge
        = program->addAction(tr("&Purge expired evidence…"), this, [this] { RetentionPurge::start(*m_db, this); });
    purge->setObjectName(QStringLiteral("actionPurge"));
    purge->setEnabled(Permissions::allows(m_db->session().role, Action::PurgeEvidence));
    program->addSeparator();
    QAction* police = program->addAction(tr("Police &requests…"), QKeySequence(Qt::CTRL | Qt::Key_6), this,
                                         &MainWindow::showPoliceRequests);
    police->setObjectName(QStringLiteral("actionPoliceRequests"));
    police->setEnabled(Permissions::allows(m_db->session().role, Action::ReadPoliceRequests));
    QAction* templates = program->addAction(tr("Request &templates…"), this,
                                            [this] { RequestTemplatesDialog::openOver(*m_db, this); });
    templates->setObjectName(QStringLiteral("actionRequestTemplates"));
    templates->setEnabled(Permissions::allows(m_db->session().role, Action::ReadPoliceRequests));
    QAction* procedures = program->addAction(tr("Proc&edures (SOPs)…"), this, [this] {
        auto* dialog = new ProceduresDialog(*m_db, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    procedures->setObjectName(QStringLiteral("actionProcedures"));
    procedures->setEnabled(Permissions::allows(m_db->session().role, Action::ReadSops));
    QAction* holds = program->addAction(tr("Legal &holds and retention…"), this, &MainWindow::showHolds);
    holds->setObjectName(QStringLiteral("actionHolds"));
    holds->setEnabled(Permissions::allows(m_db->session().role, Action::ReadHolds)
                      || Permissions::allows(m_db->session().role, Action::ReadRetention));
}

void MainWindow::requestLock()
{
    m_idleLocking = m_idleLock && m_idleLock->takeTrigger();
    m_locking = true;
    Q_EMIT lockRequested(); // the controller closes this window: the event is written then (recordLock)
    // Still here and not waiting for jobs: an editor's Cancel kept everything open, nothing was locked.
    if (!m_closing)
        m_locking = m_idleLocking = false;
}

void MainWindow::recordLock()
{
    if (!m_locking)
        return;
    m_locking = false;
    const auto reason = m_idleLocking ? IdleLockPolicy::LockReason::Idle : IdleLockPolicy::LockReason::Manual;
    // The lock goes ahead whatever happens: an audit log that cannot be written must not keep evidence on screen.
    if (Status s = IdleLockPolicy::recordLock(*m_db, reason, IdleLock::minutesFor(*m_db)); !s)
        qWarning("The lock could not be recorded in the audit log: %s", qPrintable(s.errorMessage()));
}

} // namespace lpdesk
