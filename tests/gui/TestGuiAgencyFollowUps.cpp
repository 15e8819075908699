// Police follow-up from the agency in the GUI, offscreen, against the loopback agency (tests/integration/
// agency_server.py: TLS with a pinned CA, API key, signed requests): a release delivered to it, the case window's
// Police tab "Check for police follow-up" runs as a job and says in words what it recorded — the agency's arrest,
// with its case number and officer — which then shows in the tab's list as coming from the agency's response; a
// second check records nothing new and says so. A legal reader can check too; an auditor's button is disabled and
// core refuses the auditor all the same.
#include "QueueTestKit.h"
#include "StoreSimCase.h"
#include "TestSupport.h"

#include "cases/CaseWorkspace.h"
#include "common/JobQueue.h"
#include "common/JobsPanel.h"
#include "program/FollowUpPanel.h"
#include "shell/MainWindow.h"
#include "submit/AgencyStatus.h"

#include <QApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace lpdesk;

class TestGuiAgencyFollowUps : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_case;
    QString m_agencyDir;
    QProcess m_agency;

    test::ProcessRun as(const char* user, const QStringList& args) const
    {
        return test::cliAs(m_db, QLatin1String(user), args);
    }
    std::unique_ptr<CaseDatabase> open(const char* user)
    {
        auto db = CaseDatabase::open(m_db, QString::fromLatin1(user), test::passphraseOf(user));
        return db ? std::move(*db) : nullptr;
    }
    // Clicks "Check for police follow-up" and waits for the job to end (no modal dialog meanwhile).
    static bool check(FollowUpPanel* panel)
    {
        QSignalSpy checked(panel, &FollowUpPanel::agencyChecked);
        QTest::mouseClick(panel->checkAgencies(), Qt::LeftButton);
        if (QApplication::activeModalWidget())
            return false;
        if (!checked.wait(60000) && checked.isEmpty())
            return false;
        return checked.first().first().toBool();
    }
    // The newest check of the panel's queue.
    static QueuedJob* checkJob(FollowUpPanel* panel, CaseDatabase& db)
    {
        QueuedJob* found = nullptr;
        for (QueuedJob* job : JobQueue::of(panel, db)->jobs())
            if (job->objectName() == QLatin1String("followUpJob"))
                found = job;
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = test::createDatabaseWith(m_dir.filePath(QStringLiteral("db")),
                                        {{QStringLiteral("ivy"), Role::Investigator},
                                         {QStringLiteral("lena"), Role::Legal},
                                         {QStringLiteral("otto"), Role::Auditor}});
        QVERIFY(!m_db.isEmpty());
        m_agencyDir = m_dir.filePath(QStringLiteral("agency"));
        m_case = test::caseDeliveredToAgency(m_db, m_dir.path(), m_agencyDir, m_agency);
        QVERIFY(!m_case.isEmpty());

        // The agency's answer: its case, an officer, an arrest.
        const QJsonObject status {
            {QLatin1String("agency_case"), QStringLiteral("CPD-26-004711")},
            {QLatin1String("officer"), QStringLiteral("Det. Rivera")},
            {QLatin1String("updates"),
             QJsonArray {
                 QJsonObject {{QLatin1String("kind"), QStringLiteral("arrest")},
                              {QLatin1String("at"),
                               QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"))},
                              {QLatin1String("note"), QStringLiteral("Suspect arrested at home")}}}}};
        QVERIFY(test::writeFile(m_agencyDir + QStringLiteral("/status.json"), QJsonDocument(status).toJson()));
    }

    void cleanupTestCase()
    {
        m_agency.kill();
        m_agency.waitForFinished();
    }

    void checkInThePoliceTab()
    {
        MainWindow window(open("ivy"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        CaseWorkspace* workspace = window.openCase(m_case);
        QVERIFY(workspace);
        FollowUpPanel* panel = workspace->followUpPanel();
        workspace->sideTabs()->setCurrentWidget(panel);
        QCOMPARE(panel->followUps()->topLevelItemCount(), 0);
        QVERIFY(panel->checkAgencies()->isEnabled());

        QVERIFY(check(panel));
        QVERIFY2(checkJob(panel, window.database()), "the check is not a job of the window's queue");
        QTRY_VERIFY2(
            window.statusBar()->currentMessage().startsWith(QStringLiteral("Checking for police follow-up — 1 new")),
            qPrintable(window.statusBar()->currentMessage()));
        QCOMPARE(panel->followUps()->topLevelItemCount(), 1);
        QCOMPARE(panel->followUps()->topLevelItem(0)->text(1), QStringLiteral("Arrest made"));
        const QString details = panel->followUps()->topLevelItem(0)->text(2);
        QVERIFY2(details.contains(QLatin1String("agency case CPD-26-004711"))
                     && details.contains(QLatin1String("from the agency's response")),
                 qPrintable(details));
        const QString said = panel->checkResult()->text();
        QVERIFY2(said.contains(QLatin1String("1 new police follow-up")) && said.contains(QLatin1String("Arrest made"))
                     && said.contains(QLatin1String("CPD-26-004711")) && said.contains(QLatin1String("Det. Rivera")),
                 qPrintable(said));

        // Again: nothing new, nothing twice.
        QVERIFY(check(panel));
        QCOMPARE(panel->followUps()->topLevelItemCount(), 1);
        QVERIFY2(panel->checkResult()->text().startsWith(QLatin1String("Nothing new")),
                 qPrintable(panel->checkResult()->text()));
        workspace->close();
    }

    // The check is a job of the queue: cancelled in the Jobs panel (here while it waits its turn) it records
    // nothing and says so; one that fails says why, here and in the Jobs panel.
    void cancelAndFailureAreSaid()
    {
        auto lena = open("lena");
        QVERIFY(lena);
        FollowUpPanel panel(*lena, m_case);
        panel.show();
        JobQueue* queue = JobQueue::of(&panel, *lena);
        test::QueueBlocker blocker(*queue); // the check waits its turn
        QTRY_VERIFY(blocker.holding());
        QTest::mouseClick(panel.checkAgencies(), Qt::LeftButton);
        QueuedJob* job = checkJob(&panel, *lena);
        QVERIFY2(job, "the check is not a job of the queue");
        QVERIFY(!QApplication::activeModalWidget());
        JobsPanel jobs(*queue);
        jobs.show();
        QSignalSpy checked(&panel, &FollowUpPanel::agencyChecked);
        QVERIFY(test::cancelInPanel(jobs, job));
        QTRY_VERIFY(!job->isActive());
        QCOMPARE(job->state(), QueuedJob::State::Cancelled);
        QVERIFY(!job->hasStarted());
        QCOMPARE(panel.followUps()->topLevelItemCount(), 1); // nothing new recorded
        QTRY_COMPARE(checked.size(), 1);
        QVERIFY2(panel.checkResult()->text().startsWith(QLatin1String("Cancel")),
                 qPrintable(panel.checkResult()->text()));
        blocker.release();
        QTRY_VERIFY(blocker.ended());

        // A check that fails (here: an auditor's, whose button is disabled, asked for all the same): said in the
        // panel and in the Jobs panel.
        auto otto = open("otto");
        QVERIFY(otto);
        FollowUpPanel auditor(*otto, m_case);
        auditor.show();
        auditor.checkAgencyFollowUp();
        job = checkJob(&auditor, *otto);
        QVERIFY(job);
        QTRY_VERIFY_WITH_TIMEOUT(!job->isActive(), 60000);
        QCOMPARE(job->state(), QueuedJob::State::Failed);
        JobsPanel failed(*JobQueue::of(&auditor, *otto));
        const QString row = test::rowText(failed, job);
        QVERIFY2(row.startsWith(QLatin1String("Failed:")), qPrintable(row));
        QCOMPARE(auditor.checkResult()->text(), job->text());
        QVERIFY(!auditor.checkResult()->text().isEmpty());
    }

    void legalMayAuditorMayNot()
    {
        auto lena = open("lena");
        QVERIFY(lena);
        FollowUpPanel legal(*lena, m_case);
        QVERIFY(legal.checkAgencies()->isEnabled());
        QVERIFY(check(&legal));
        QCOMPARE(legal.followUps()->topLevelItemCount(), 1);

        auto otto = open("otto");
        QVERIFY(otto);
        FollowUpPanel auditor(*otto, m_case);
        QVERIFY(!auditor.checkAgencies()->isEnabled());
        auto refused = AgencyStatus(*otto).collectForCase(m_case);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Permission);
    }
};

QTEST_MAIN(TestGuiAgencyFollowUps)
#include "TestGuiAgencyFollowUps.moc"
