// The main window's Tools and Help work on the database as a whole: the recipient key, the outbox run, the
// time-stamp authority, users, the audit log, check and back-up, About (split from MainWindow.cpp).
#include "shell/MainWindow.h"

#include "admin/AuditLogDialog.h"
#include "admin/UserManagementDialog.h"
#include "common/Background.h"
#include "common/JobQueue.h"
#include "common/ResultSheet.h"
#include "common/Runtime.h"
#include "custody/HashChain.h"
#include "db/TimestampSettings.h"
#include "db/WorkstationKeys.h"
#include "submit/SubmissionService.h"

#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QStatusBar>
#include <QUrl>

namespace lpdesk {

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

QueuedJob* MainWindow::runOutbox()
{
    if (m_closing)
        return nullptr;
    // Never two runs of the outbox at once: not while the last background run or a manual "Send due now" (the
    // outbox's sendOutboxJob) is still running or waiting.
    for (QueuedJob* job : m_jobs->jobs())
        if (job->isActive()
            && (job->objectName() == QLatin1String("outboxBackgroundJob")
                || job->objectName() == QLatin1String("sendOutboxJob")))
            return nullptr;
    CaseDatabase* db = m_db.get();
    auto done = std::make_shared<QList<Submission>>(); // filled by the job (its thread), read when it has finished
    // A quiet job of the queue: nothing pops up; it is listed in the Jobs panel, and a failure stays counted there
    // and on the jobs button until it is cleared.
    QueuedJob* job
        = m_jobs->add(tr("Delivering what is due in the outbox"),
                      [db, done](const QueuedJob::ProgressFn&, const std::atomic_bool* cancel) -> Status {
                          auto sent = SubmissionService(*db).runDue(0, {}, cancel);
                          if (!sent)
                              return sent.error();
                          *done = *sent;
                          for (const Submission& s : *done)
                              if (s.state == QLatin1String("failed"))
                                  return failure(tr("Submission to %1 failed: %2").arg(s.agencyId, s.lastError));
                          return {};
                      });
    job->setObjectName(QStringLiteral("outboxBackgroundJob"));
    // Said when the job ends (MainWindow::announceJobEnds): each delivery with its report number; a run that
    // delivered nothing says nothing.
    connect(job, &QueuedJob::finished, this, [job, done](bool ok) {
        QStringList delivered;
        for (const Submission& s : *done)
            if (s.state == QLatin1String("delivered"))
                delivered << tr("Delivered to %1: report %2")
                                 .arg(s.agencyId, s.receipt.value(QLatin1String("report_number")).toString());
        if (ok)
            job->setDoneText(delivered.isEmpty() ? tr("Nothing was due.") : delivered.join(QStringLiteral("; ")));
        job->setProperty("quiet", ok && delivered.isEmpty());
    });
    return job;
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
