// The windows and dialogs the main window opens: a case, a clip, a release to review, search, pull, stores,
// releases, police requests, holds, a package to verify (split from MainWindow.cpp, which holds the window's own
// behaviour: its pages, closing and locking).
#include "shell/MainWindow.h"

#include "cases/CaseService.h"
#include "cases/CaseWorkspace.h"
#include "cases/MediaLibrary.h"
#include "common/CloseKeys.h"
#include "common/JobQueue.h"
#include "common/MediaWords.h"
#include "common/WindowSize.h"
#include "inbox/InboxView.h"
#include "inbox/IncidentInbox.h"
#include "inbox/IncidentTableModel.h"
#include "inbox/SearchDialog.h"
#include "player/PlayerWidget.h"
#include "program/HoldsDialog.h"
#include "program/PoliceRequestsDialog.h"
#include "releases/ReleaseReviewWindow.h"
#include "releases/ReleasesDialog.h"
#include "releases/VerifyPackageDialog.h"
#include "statements/StatementPanel.h"
#include "stores/PullDialog.h"
#include "stores/StoresDialog.h"

#include <QDateTime>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>

namespace lpdesk {

ReleaseReviewWindow* MainWindow::reviewRelease(const QString& releaseId)
{
    auto* window = new ReleaseReviewWindow(*m_db, releaseId, this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(window, &ReleaseReviewWindow::decided, this, &MainWindow::workChanged);
    window->show();
    window->raise();
    return window;
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
    // Not modal: the pull is a job of the queue, and a trim or a render goes on beside it.
    auto* dialog = new PullDialog(*m_db, storeIds, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->start();
    // The inbox follows the pull even when its dialog was closed meanwhile.
    connect(dialog->job(), &QueuedJob::finished, this, [this] {
        if (m_inbox)
            m_inbox->refresh();
        updateCentralPage();
    });
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

} // namespace lpdesk
