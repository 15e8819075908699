// Legal's approval, the package export, the outbox's "Send due now" and quitting, driven through the main window
// (issue 18: "a job queue so a pull can run while a trim renders"). Each of these jobs once ran in a modal dialog,
// one at a time; now each is a job of the window's queue: started from its button, listed in the Jobs panel (Ctrl+J)
// with Cancel, no modal dialog meanwhile, and its end told in words (in its own window, the Jobs panel and the status
// bar: what happened and where the output is). A failure is never silent. Quitting while jobs run asks first, lists
// them, and waits for them or cancels them; a cancelled export leaves no file (not even its .part) and the database
// checks clean. Jobs are held at core hold points (CaseDatabase::testHoldPoint) while the test acts.
#include "HoldPoint.h"
#include "StoreSimCase.h"
#include "TestServers.h"
#include "TestSupport.h"

#include "agencies/AgencyRegistry.h"

#include "cases/CaseService.h"
#include "common/JobQueue.h"
#include "common/JobsPanel.h"
#include "db/CaseDatabase.h"
#include "db/WorkstationKeys.h"
#include "export/ReleaseService.h"
#include "inbox/IncidentInbox.h"
#include "releases/ExportPackageDialog.h"
#include "releases/ReleaseDecisionBox.h"
#include "releases/ReleasesDialog.h"
#include "shell/MainWindow.h"
#include "submit/OutboxDialog.h"
#include "submit/SubmissionService.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace lpdesk;

namespace {

// The newest job of the window's queue with this object name.
QueuedJob* jobNamed(MainWindow* window, const char* name)
{
    QueuedJob* found = nullptr;
    for (QueuedJob* job : window->jobQueue()->jobs())
        if (job->objectName() == QLatin1String(name))
            found = job;
    return found;
}

// Cancel, as the person does it: in the Jobs panel (View → Jobs), on the job's row.
bool cancelInPanel(MainWindow* window, QueuedJob* job)
{
    window->findChild<QAction*>(QStringLiteral("actionJobs"))->trigger();
    JobsPanel* panel = window->findChild<JobsPanel*>();
    QWidget* row = panel ? panel->rowOf(job) : nullptr;
    auto* cancel = row ? row->findChild<QPushButton*>(QStringLiteral("cancelJob")) : nullptr;
    if (!cancel || !cancel->isVisible())
        return false;
    QTest::mouseClick(cancel, Qt::LeftButton);
    return true;
}

QString panelText(MainWindow* window, QueuedJob* job)
{
    JobsPanel* panel = window->showJobs();
    QWidget* row = panel->rowOf(job);
    return row ? row->findChild<QLabel*>(QStringLiteral("jobText"))->text() : QString();
}

QString statusText(MainWindow* window)
{
    return window->statusBar()->currentMessage();
}

// No modal dialog stands in front of the windows while the job runs.
bool nothingModal()
{
    return QApplication::activeModalWidget() == nullptr;
}

// File → Quit, found by its words (the platform's Quit key may be none offscreen).
QAction* quitAction(MainWindow* window)
{
    for (QAction* a : window->findChildren<QAction*>())
        if (a->text() == QLatin1String("&Quit"))
            return a;
    return nullptr;
}

QMessageBox* question(MainWindow* window)
{
    // The one on screen: one answered a moment ago may still be there, hidden, until it is deleted.
    for (QMessageBox* box : window->findChildren<QMessageBox*>(QStringLiteral("cancelJobsQuestion")))
        if (box->isVisible())
            return box;
    return nullptr;
}

} // namespace

class TestGuiMovedJobs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QString m_case;
    QString m_release; // approved here, then exported
    QString m_doomed; // rejected while its approval runs: the approval fails
    QString m_toAgency; // approved for an agency where nothing listens
    test::ClosedPort m_closed; // bound, not listening: connections are refused

    MainWindow* openWindow(const QString& user)
    {
        auto* window = new MainWindow(test::openAs(m_path, user));
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
        return window;
    }

    QString releaseState(const QString& id)
    {
        auto db = test::openAs(m_path, QStringLiteral("ivy"));
        auto r = ReleaseService(*db).show(id);
        return r ? r->state : r.errorMessage();
    }

    void verifyDatabaseClean()
    {
        auto admin = test::openAs(m_path, QStringLiteral("admin"));
        QVERIFY(admin);
        auto report = admin->check();
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QVERIFY2(report->ok(), qPrintable((report->problems + report->notes).join(u'\n')));
    }

    // Releases → Export for ivy: the dialog asks where, then closes as the export starts.
    ExportPackageDialog* openExport(MainWindow* window, const QString& target)
    {
        ReleasesDialog* releases = window->showReleases();
        if (!releases->select(m_release) || !releases->exportButton()->isEnabled())
            return nullptr;
        QTest::mouseClick(releases->exportButton(), Qt::LeftButton);
        auto* dialog = releases->findChild<ExportPackageDialog*>();
        if (dialog) {
            dialog->target()->setText(target);
            dialog->encrypt()->setChecked(false);
        }
        return dialog;
    }

    static void pressExport(ExportPackageDialog* dialog)
    {
        auto* buttons = dialog->findChild<QDialogButtonBox*>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

    // A failed job says so in words: its row in the Jobs panel, the status bar, and the jobs button's count.
    static void verifyFailureShown(MainWindow* window, QueuedJob* job)
    {
        QVERIFY2(panelText(window, job).startsWith(QLatin1String("Failed:")), qPrintable(panelText(window, job)));
        QTRY_VERIFY2(statusText(window).contains(QLatin1String("failed")), qPrintable(statusText(window)));
        auto* jobs = window->findChild<QAbstractButton*>(QStringLiteral("jobsButton"));
        QVERIFY2(jobs->text().contains(QLatin1String("1 failed")), qPrintable(jobs->text()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto ivy = test::simulateAndPull(
            m_dir.path(), {{QStringLiteral("ivy"), Role::Investigator}, {QStringLiteral("lena"), Role::Legal}},
            test::smallDrop(1, 2, 2, 160, 96));
        QVERIFY(ivy);
        m_path = ivy->path();
        auto rows = IncidentInbox(*ivy).list({}, IncidentSort::Newest, 0, 1);
        QVERIFY(rows && rows->size() == 1);
        auto id = CaseService(*ivy).create(QStringLiteral("Shoplifting at the entrance"), {rows->first().id});
        QVERIFY(id);
        m_case = *id;
        ReleaseRequestSpec spec;
        spec.caseId = m_case;
        spec.all = true;
        spec.recipient = QStringLiteral("Officer J. Ruiz");
        spec.note = QStringLiteral("For the police report");
        auto release = ReleaseService(*ivy).request(spec);
        QVERIFY2(release, qPrintable(release.errorMessage()));
        m_release = *release;
        spec.note = QStringLiteral("A second request, to be rejected");
        auto doomed = ReleaseService(*ivy).request(spec);
        QVERIFY2(doomed, qPrintable(doomed.errorMessage()));
        m_doomed = *doomed;
        QDir().mkpath(m_dir.filePath(QStringLiteral("out")));

        // An agency where nothing listens, and a release to it that legal approved.
        auto admin = test::openAs(m_path, QStringLiteral("admin"));
        QSqlDatabase c = admin->connection();
        AgencyProfile agency;
        agency.id = QStringLiteral("cpd");
        agency.name = QStringLiteral("Test Police");
        agency.baseUrl = QStringLiteral("https://127.0.0.1:%1/api").arg(m_closed.port());
        agency.caPem = *WorkstationKeys::caCertificatePem(c);
        const Status added = AgencyRegistry(*admin).add(agency, {});
        QVERIFY2(added, qPrintable(added.errorMessage()));
        spec.purpose = QStringLiteral("agency");
        spec.agencyId = agency.id;
        spec.note = QStringLiteral("Report to the police");
        auto toAgency = ReleaseService(*ivy).request(spec);
        QVERIFY2(toAgency, qPrintable(toAgency.errorMessage()));
        m_toAgency = *toAgency;
        auto lena = test::openAs(m_path, QStringLiteral("lena"));
        const Status approved = ReleaseService(*lena).approve(m_toAgency, QStringLiteral("ok"), {});
        QVERIFY2(approved, qPrintable(approved.errorMessage()));
    }

    // Approve in Releases: a job of the queue (no modal dialog); cancelled from the Jobs panel it writes nothing; a
    // release rejected meanwhile makes it fail, said in the decision box, the panel and the status bar; then it
    // approves, and says so.
    void approvalIsAQueuedJob()
    {
        QPointer<MainWindow> window = openWindow(QStringLiteral("lena"));
        ReleasesDialog* releases = window->showReleases();
        QVERIFY(releases->select(m_release));
        {
            test::HoldPoint hold("ReleaseService::approve");
            releases->decisionNote()->setPlainText(QStringLiteral("Bystanders are not identifiable."));
            QTest::mouseClick(releases->approveButton(), Qt::LeftButton);
            QueuedJob* job = jobNamed(window, "approvalJob");
            QVERIFY2(job, "the approval is not a job of the queue");
            QVERIFY(nothingModal());
            QTRY_VERIFY2(hold.reached(), qPrintable(job->text()));
            QCOMPARE(job->state(), QueuedJob::State::Running);
            QVERIFY(!releases->approveButton()->isEnabled());
            QVERIFY(cancelInPanel(window, job));
            hold.release();
            QTRY_VERIFY_WITH_TIMEOUT(!job->isActive(), 30000);
            QCOMPARE(job->state(), QueuedJob::State::Cancelled);
            const QString outcome = releases->decision()->outcome()->text();
            QVERIFY2(outcome.startsWith(QLatin1String("Cancelled")), qPrintable(outcome));
            QTRY_VERIFY2(statusText(window).startsWith(QLatin1String("Approving the release")),
                         qPrintable(statusText(window)));
            QCOMPARE(releaseState(m_release), QStringLiteral("pending"));
        }
        {
            // Rejected by someone else while this approval is held: it fails, in words, everywhere.
            QVERIFY(releases->select(m_doomed));
            test::HoldPoint hold("ReleaseService::approve");
            releases->decisionNote()->setPlainText(QStringLiteral("Approve the second one."));
            QTest::mouseClick(releases->approveButton(), Qt::LeftButton);
            QueuedJob* job = jobNamed(window, "approvalJob");
            QVERIFY(job && job->isActive());
            QTRY_VERIFY2(hold.reached(), qPrintable(job->text()));
            auto other = test::openAs(m_path, QStringLiteral("lena"));
            QVERIFY(ReleaseService(*other).reject(m_doomed, QStringLiteral("Not this one.")));
            hold.release();
            QTRY_VERIFY_WITH_TIMEOUT(!job->isActive(), 30000);
            QCOMPARE(job->state(), QueuedJob::State::Failed);
            QVERIFY2(releases->decision()->outcome()->text().contains(QLatin1String("not pending")),
                     qPrintable(releases->decision()->outcome()->text()));
            verifyFailureShown(window, job);
            if (QTest::currentTestFailed())
                return;
        }
        QVERIFY(releases->select(m_release));
        releases->decisionNote()->setPlainText(QStringLiteral("Bystanders are not identifiable."));
        QTest::mouseClick(releases->approveButton(), Qt::LeftButton);
        QueuedJob* job = jobNamed(window, "approvalJob");
        QVERIFY(job);
        QTRY_VERIFY_WITH_TIMEOUT(!job->isActive(), 30000);
        QCOMPARE(job->state(), QueuedJob::State::Done);
        QVERIFY2(releases->decision()->outcome()->text().startsWith(QLatin1String("Approved")),
                 qPrintable(releases->decision()->outcome()->text()));
        QTRY_VERIFY2(statusText(window).contains(QLatin1String("Approved")), qPrintable(statusText(window)));
        QCOMPARE(releaseState(m_release), QStringLiteral("approved"));
        window->close();
        QTRY_VERIFY(!window);
    }

    // File → Quit while an export runs: asked first, with the job named; "Keep working" changes nothing; "Cancel
    // the jobs and close" stops it: the window goes, no package and no .part is left, the release is still approved
    // and the database checks clean.
    void quitAsksAndCancelsAnExport()
    {
        QPointer<MainWindow> window = openWindow(QStringLiteral("ivy"));
        const QString target = m_dir.filePath(QStringLiteral("out/quit.zip"));
        test::HoldPoint hold("PackageBuilder::writeEvidence");
        ExportPackageDialog* dialog = openExport(window, target);
        QVERIFY(dialog);
        pressExport(dialog);
        QueuedJob* job = jobNamed(window, "exportPackageJob");
        QVERIFY2(job, "the export is not a job of the queue");
        QTRY_VERIFY2(hold.reached(), qPrintable(job->text()));
        QVERIFY(QFile::exists(target + QStringLiteral(".part")));
        QAction* quit = quitAction(window);
        QVERIFY(quit);
        quit->trigger();
        QMessageBox* box = question(window);
        QVERIFY2(box, "quitting with a job running did not ask");
        QVERIFY2(box->text().contains(QLatin1String("Exporting quit.zip")), qPrintable(box->text()));
        QTest::mouseClick(box->escapeButton(), Qt::LeftButton); // Keep working
        QTRY_VERIFY(!question(window));
        QVERIFY(window && window->isVisible() && job->isActive());

        quit->trigger();
        box = question(window);
        QVERIFY(box);
        QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("cancelJobsAndClose")), Qt::LeftButton);
        QTRY_VERIFY(!window || window->isClosing());
        hold.release();
        QTRY_VERIFY_WITH_TIMEOUT(!window, 60000);
        QVERIFY(!QFile::exists(target));
        QVERIFY2(!QFile::exists(target + QStringLiteral(".part")), "the cancelled export left its partial file");
        QCOMPARE(releaseState(m_release), QStringLiteral("approved"));
        verifyDatabaseClean();
    }

    // Releases → Export: the dialog takes the inputs and closes; the export is a job of the queue. Cancelled, it
    // leaves nothing; to a folder that does not exist it fails, said in the panel, the status bar and the jobs
    // button; then it writes the package and says where.
    void exportIsAQueuedJob()
    {
        QPointer<MainWindow> window = openWindow(QStringLiteral("ivy"));
        const QString target = m_dir.filePath(QStringLiteral("out/package.zip"));
        {
            test::HoldPoint hold("PackageBuilder::writeEvidence");
            QPointer<ExportPackageDialog> dialog = openExport(window, target);
            QVERIFY(dialog);
            pressExport(dialog);
            QueuedJob* job = jobNamed(window, "exportPackageJob");
            QVERIFY2(job, "the export is not a job of the queue");
            QTRY_VERIFY(!dialog || !dialog->isVisible());
            QVERIFY(nothingModal());
            QTRY_VERIFY2(hold.reached(), qPrintable(job->text()));
            QVERIFY(cancelInPanel(window, job));
            hold.release();
            QTRY_VERIFY_WITH_TIMEOUT(!job->isActive(), 60000);
            QCOMPARE(job->state(), QueuedJob::State::Cancelled);
            QVERIFY(!QFile::exists(target) && !QFile::exists(target + QStringLiteral(".part")));
            QTRY_VERIFY2(statusText(window).startsWith(QLatin1String("Exporting package.zip")),
                         qPrintable(statusText(window)));
            QCOMPARE(releaseState(m_release), QStringLiteral("approved"));
        }
        {
            ExportPackageDialog* dialog = openExport(window, m_dir.filePath(QStringLiteral("missing/package.zip")));
            QVERIFY(dialog);
            pressExport(dialog);
            QueuedJob* job = jobNamed(window, "exportPackageJob");
            QVERIFY(job);
            QTRY_VERIFY_WITH_TIMEOUT(!job->isActive(), 60000);
            QCOMPARE(job->state(), QueuedJob::State::Failed);
            verifyFailureShown(window, job);
            if (QTest::currentTestFailed())
                return;
        }
        ExportPackageDialog* dialog = openExport(window, target);
        QVERIFY(dialog);
        pressExport(dialog);
        QueuedJob* job = jobNamed(window, "exportPackageJob");
        QVERIFY(job);
        QTRY_VERIFY_WITH_TIMEOUT(!job->isActive(), 120000);
        QVERIFY2(job->state() == QueuedJob::State::Done, qPrintable(job->text()));
        QVERIFY(QFile::exists(target));
        // Where the output is: in the panel and in the status bar.
        QVERIFY2(panelText(window, job).contains(QDir::toNativeSeparators(target)), qPrintable(panelText(window, job)));
        QTRY_VERIFY2(statusText(window).contains(QDir::toNativeSeparators(target)), qPrintable(statusText(window)));
        QCOMPARE(releaseState(m_release), QStringLiteral("exported"));
        window->close();
        QTRY_VERIFY(!window);
    }

    // Outbox → Send due now: a job of the queue; cancelled from the panel, and said so in the outbox; then it
    // sends (nothing is due) and says how many it sent. File → Quit while it runs, answered "Wait for them": the
    // jobs stay in sight and LP Desk closes once the last one has ended.
    void outboxSendIsAQueuedJobAndQuitWaits()
    {
        QPointer<MainWindow> window = openWindow(QStringLiteral("ivy"));
        window->findChild<QAction*>(QStringLiteral("actionOutbox"))->trigger();
        auto* outbox = window->findChild<OutboxDialog*>();
        QVERIFY(outbox);
        QPushButton* send = nullptr;
        for (QPushButton* b : outbox->findChildren<QPushButton*>())
            if (b->text() == QLatin1String("&Send due now"))
                send = b;
        QVERIFY(send);
        {
            test::HoldPoint hold("SubmissionService::runDue");
            QTest::mouseClick(send, Qt::LeftButton);
            QueuedJob* job = jobNamed(window, "sendOutboxJob");
            QVERIFY2(job, "sending is not a job of the queue");
            QVERIFY(nothingModal());
            QTRY_VERIFY2(hold.reached(), qPrintable(job->text()));
            QVERIFY(cancelInPanel(window, job));
            hold.release();
            QTRY_VERIFY_WITH_TIMEOUT(!job->isActive(), 30000);
            QCOMPARE(job->state(), QueuedJob::State::Cancelled);
            QTRY_VERIFY2(statusText(window).startsWith(QLatin1String("Sending the outbox")),
                         qPrintable(statusText(window)));
        }
        {
            QTest::mouseClick(send, Qt::LeftButton);
            QueuedJob* job = jobNamed(window, "sendOutboxJob");
            QVERIFY(job);
            QTRY_VERIFY_WITH_TIMEOUT(!job->isActive(), 30000);
            QCOMPARE(job->state(), QueuedJob::State::Done);
            const QString said = outbox->resultLabel()->text();
            QVERIFY2(said.startsWith(QLatin1String("0 submission")), qPrintable(said));
            QTRY_VERIFY2(statusText(window).contains(QLatin1String("0 submission")), qPrintable(statusText(window)));
        }
        test::HoldPoint hold("SubmissionService::runDue");
        QTest::mouseClick(send, Qt::LeftButton);
        QPointer<QueuedJob> job = jobNamed(window, "sendOutboxJob");
        QVERIFY(job && job->isActive());
        QTRY_VERIFY2(hold.reached(), qPrintable(job->text()));
        QSignalSpy ended(job.data(), &QueuedJob::finished);
        QVERIFY(quitAction(window));
        quitAction(window)->trigger();
        QMessageBox* box = question(window);
        QVERIFY2(box, "quitting with a job running did not ask");
        QVERIFY2(box->text().contains(QLatin1String("Sending the outbox")), qPrintable(box->text()));
        QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("waitForJobs")), Qt::LeftButton);
        QTRY_VERIFY(!question(window));
        QVERIFY(window && window->isVisible() && !window->isClosing());
        QVERIFY(window->findChild<JobsPanel*>() && window->findChild<JobsPanel*>()->isVisible());
        hold.release();
        QTRY_VERIFY_WITH_TIMEOUT(!window, 60000);
        QCOMPARE(ended.size(), 1);
        QCOMPARE(ended.first().first().toBool(), true); // it ran to its end, not cancelled
        verifyDatabaseClean();
    }

    // File → Quit while a pull runs (a job of the queue already): asked first, the pull named; "Keep working" keeps
    // it; "Wait for them, then close" keeps it running, in sight, and LP Desk closes once it has ended, not before.
    void quitAsksWhileAPullRuns()
    {
        QPointer<MainWindow> window = openWindow(QStringLiteral("ivy"));
        test::HoldPoint hold("PullService::pull");
        window->findChild<QAction*>(QStringLiteral("actionPull"))->trigger();
        QTRY_VERIFY(hold.reached());
        QPointer<QueuedJob> pull;
        for (QueuedJob* job : window->jobQueue()->jobs())
            if (job->isActive())
                pull = job;
        QVERIFY(pull);
        QSignalSpy ended(pull.data(), &QueuedJob::finished);
        QVERIFY(quitAction(window));
        quitAction(window)->trigger();
        QMessageBox* box = window ? question(window) : nullptr;
        QVERIFY2(box, "quitting with a job running did not ask");
        QVERIFY2(box->text().contains(pull->title()), qPrintable(box->text()));
        QTest::mouseClick(box->escapeButton(), Qt::LeftButton); // Keep working
        QTRY_VERIFY(!question(window));
        QVERIFY(window->isVisible() && !window->isClosing() && pull->isActive());
        quitAction(window)->trigger();
        box = question(window);
        QVERIFY(box);
        QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("waitForJobs")), Qt::LeftButton);
        QTRY_VERIFY(!question(window));
        QVERIFY(window->isVisible() && !window->isClosing() && pull->isActive());
        hold.release();
        QTRY_VERIFY_WITH_TIMEOUT(!window, 60000);
        QCOMPARE(ended.size(), 1);
        QCOMPARE(ended.first().first().toBool(), true); // ran to its end: waited for, not cancelled
        verifyDatabaseClean();
    }

    // Releases → Submit to agency: a job of the queue. The agency refuses every connection: cancelled while it
    // waits to try again, the submission stays in the outbox; left alone, the job fails in words (panel, status bar,
    // jobs button).
    void submissionIsAQueuedJob()
    {
        QPointer<MainWindow> window = openWindow(QStringLiteral("ivy"));
        ReleasesDialog* releases = window->showReleases();
        QVERIFY(releases->select(m_toAgency));
        QVERIFY(releases->submitButton()->isEnabled());
        QTest::mouseClick(releases->submitButton(), Qt::LeftButton);
        QueuedJob* job = jobNamed(window, "submitJob");
        QVERIFY2(job, "submitting is not a job of the queue");
        QVERIFY(nothingModal());
        QTRY_VERIFY_WITH_TIMEOUT(job->text().startsWith(QLatin1String("Waiting")), 30000);
        QVERIFY(cancelInPanel(window, job));
        QTRY_VERIFY_WITH_TIMEOUT(!job->isActive(), 30000);
        QCOMPARE(job->state(), QueuedJob::State::Cancelled);
        QTRY_VERIFY2(statusText(window).startsWith(QLatin1String("Submitting to cpd")), qPrintable(statusText(window)));
        // The cancelled submission stays in the outbox, waiting for its next try, as the quit question says.
        auto outbox = SubmissionService(window->database()).list();
        QVERIFY(outbox && outbox->size() == 1);
        QCOMPARE(outbox->first().releaseId, m_toAgency);
        QCOMPARE(outbox->first().state, QStringLiteral("waiting"));

        QTest::mouseClick(releases->submitButton(), Qt::LeftButton);
        job = jobNamed(window, "submitJob");
        QVERIFY(job);
        QTRY_VERIFY_WITH_TIMEOUT(!job->isActive(), 120000);
        QCOMPARE(job->state(), QueuedJob::State::Failed);
        verifyFailureShown(window, job);
        if (QTest::currentTestFailed())
            return;
        window->close();
        QTRY_VERIFY(!window);
    }
};

QTEST_MAIN(TestGuiMovedJobs)
#include "TestGuiMovedJobs.moc"
