// Program → Purge expired evidence, driven from the main window: the confirmation states what
// `lpdesk-cli retention purge --dry-run --json` lists — how many items of each evidence kind go and their size, and
// how many expired items stay and why — and Cancel there leaves every file; confirmed, the purge runs as a job of the
// window's queue (issue 18) with its progress and Cancel in the Jobs panel, and cancelled before its first item it
// leaves every file too; a file it cannot remove fails it, in words; run to the end it takes exactly the purgeable
// items — imported POS journals among them, counted as such.
#include "HoldPoint.h"
#include "KpiHistory.h"
#include "QueueTestKit.h"
#include "TestSupport.h"

#include "common/JobQueue.h"
#include "common/JobsPanel.h"
#include "db/UserDirectory.h"
#include "shell/MainWindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace lpdesk;

class TestGuiRetentionPurge : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QString m_media;

    QJsonArray dryRun() const
    {
        const test::ProcessRun r = test::cliAs(m_path, QStringLiteral("admin"),
                                               {QStringLiteral("--json"), QStringLiteral("retention"),
                                                QStringLiteral("purge"), QStringLiteral("--dry-run")});
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.describe()));
        return QJsonDocument::fromJson(r.out).array();
    }
    bool allFilesThere() const
    {
        for (const char* m : {"m1", "m2", "m3", "m4", "jold"})
            if (!QFile::exists(m_media + QStringLiteral("/%1.lpenc").arg(QLatin1String(m))))
                return false;
        return true;
    }
    // The newest purge of the window's queue.
    static QueuedJob* purgeJob(MainWindow& window)
    {
        QueuedJob* found = nullptr;
        for (QueuedJob* job : window.jobQueue()->jobs())
            if (job->objectName() == QLatin1String("purgeJob"))
                found = job;
        return found;
    }
    // Triggers Program → Purge expired evidence…; the confirmation's text, answered with button.
    static QString purgeAnswering(MainWindow& window, QMessageBox::StandardButton button)
    {
        QString text;
        QTimer::singleShot(0, &window, [&text, button] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            if (box->objectName() != QLatin1String("purgeConfirmation")) {
                box->reject(); // not the confirmation: the test fails on the empty text, without hanging
                return;
            }
            text = box->text();
            box->button(button)->click();
        });
        window.findChild<QAction*>(QStringLiteral("actionPurge"))->trigger();
        return text;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto admin = test::createDatabase(m_dir.path());
        QVERIFY(admin);
        m_path = admin->path();
        m_media = admin->mediaDirectory();
        QVERIFY(UserDirectory(*admin).add(QStringLiteral("ivy"), Role::Investigator, test::secret("ivy-pass")));
        QVERIFY(test::buildKpiHistory(*admin));
        // c1's clip m1 waits in a pending release; robbery's m2 is in the open case c2.
        QSqlQuery q(admin->connection());
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO releases (id, case_id, state, purpose, note, items_json, content_sha256, requested_by, "
            "requested_by_id, requested_at) VALUES ('r5', 'c1', 'pending', 'usb', 'n', '[\"m1\"]', '', 'ivy', 'ivy', "
            "'2026-02-01T00:00:00.000Z')")));
        // An imported POS journal of June 2025, linked to no case; the history's own journal is linked to open c4.
        QFile journal(m_media + QStringLiteral("/jold.lpenc"));
        QVERIFY(journal.open(QIODevice::WriteOnly) && journal.write("encrypted journal") == 17);
        journal.close();
        QVERIFY(q.exec(QStringLiteral("INSERT INTO evidence_files (id, kind, name, sha256, size, file, received_at) "
                                      "VALUES ('jold', 'pos_journal', 'j.csv', '11', 17, 'jold.lpenc', "
                                      "'2025-06-01T12:00:00.000Z')")));
        for (const QStringList& rule :
             {QStringList {QStringLiteral("shoplifting"), QStringLiteral("30")},
              QStringList {QStringLiteral("robbery"), QStringLiteral("30")},
              QStringList {QStringLiteral("pos_journal"), QStringLiteral("90"), QStringLiteral("--evidence")}})
            QCOMPARE(test::cliAs(m_path, QStringLiteral("admin"),
                                 QStringList {QStringLiteral("retention"), QStringLiteral("set")} + rule)
                         .exitCode,
                     0);
    }

    void confirmationStatesTheCliCounts()
    {
        const QJsonArray plan = dryRun();
        QMap<QString, int> count;
        QMap<QString, qint64> bytes;
        QMap<QString, int> kept;
        int purgeable = 0;
        qint64 total = 0;
        for (const QJsonValue& v : plan) {
            const QJsonObject o = v.toObject();
            if (o[QLatin1String("refusal")].isNull()) {
                ++purgeable;
                ++count[o[QLatin1String("kind")].toString()];
                bytes[o[QLatin1String("kind")].toString()] += o[QLatin1String("size")].toInteger();
                total += o[QLatin1String("size")].toInteger();
            } else {
                ++kept[o[QLatin1String("refusal")].toString()];
            }
        }
        // m3 (c1's trim), m4 (b3's clip) and the journal jold go; m1 (pending release), m2 and the history's journal
        // (open cases) stay.
        QCOMPARE(purgeable, 3);
        QCOMPARE(count.value(QStringLiteral("pos_journal")), 1);
        QCOMPARE(kept, (QMap<QString, int> {{QStringLiteral("case_open"), 2}, {QStringLiteral("pending_release"), 1}}));

        auto db = CaseDatabase::open(m_path, QStringLiteral("admin"), test::secret("admin-pass"));
        QVERIFY(db);
        MainWindow window(std::move(*db));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString text = purgeAnswering(window, QMessageBox::Cancel);
        QVERIFY2(text.startsWith(QStringLiteral("Delete %1 expired item(s) (%2) for good?")
                                     .arg(purgeable)
                                     .arg(QLocale().formattedDataSize(total))),
                 qPrintable(text));
        const QStringList lines = text.split(u'\n');
        QVERIFY2(lines.contains(QStringLiteral("• %1 original(s), %2")
                                    .arg(count.value(QStringLiteral("original")))
                                    .arg(QLocale().formattedDataSize(bytes.value(QStringLiteral("original"))))),
                 qPrintable(text));
        QVERIFY2(lines.contains(QStringLiteral("• %1 derivative(s), %2")
                                    .arg(count.value(QStringLiteral("derivative")))
                                    .arg(QLocale().formattedDataSize(bytes.value(QStringLiteral("derivative"))))),
                 qPrintable(text));
        QVERIFY2(lines.contains(QStringLiteral("• 1 POS journal(s), %1")
                                    .arg(QLocale().formattedDataSize(bytes.value(QStringLiteral("pos_journal"))))),
                 qPrintable(text));
        QVERIFY2(lines.contains(QStringLiteral("• %1 kept: case still open").arg(kept[QStringLiteral("case_open")])),
                 qPrintable(text));
        QVERIFY2(lines.contains(
                     QStringLiteral("• %1 kept: in a pending release").arg(kept[QStringLiteral("pending_release")])),
                 qPrintable(text));
        // Cancelled at the confirmation: no job, every file there, the same plan.
        QVERIFY(!window.findChild<QDialog*>(QStringLiteral("purgeJob")));
        QVERIFY(allFilesThere());
        QCOMPARE(dryRun(), plan);
    }

    // Confirmed, the purge is a job of the window's queue (no modal dialog): cancelled in the Jobs panel before its
    // first item it leaves every file and the same plan, and says so in the status bar.
    void cancelledJobLeavesEverything()
    {
        const QJsonArray plan = dryRun();
        auto db = CaseDatabase::open(m_path, QStringLiteral("admin"), test::secret("admin-pass"));
        QVERIFY(db);
        MainWindow window(std::move(*db));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        test::HoldPoint hold("retention_purge");
        QVERIFY(!purgeAnswering(window, QMessageBox::Yes).isEmpty());
        QueuedJob* job = purgeJob(window);
        QVERIFY2(job, "the purge is not a job of the queue");
        QVERIFY(!window.findChild<QDialog*>(QStringLiteral("purgeJob")));
        QTRY_VERIFY_WITH_TIMEOUT(hold.reached(), 30000);
        QVERIFY(QApplication::activeModalWidget() == nullptr);
        QVERIFY(test::cancelInPanel(*window.showJobs(), job));
        hold.release();
        QTRY_VERIFY_WITH_TIMEOUT(!job->isActive(), 30000);
        QCOMPARE(job->state(), QueuedJob::State::Cancelled);
        QTRY_VERIFY2(
            window.statusBar()->currentMessage().startsWith(QStringLiteral("Purging expired evidence — Cancel")),
            qPrintable(window.statusBar()->currentMessage()));
        QVERIFY(allFilesThere());
        QCOMPARE(dryRun(), plan);
    }

    // A file that cannot be removed (a folder in the place of m3's) fails the purge: said in the Jobs panel, the
    // status bar and the jobs button. Run again, it takes what the listing called purgeable, and nothing else, and
    // says how many it purged.
    void failureAndSuccessAreTold()
    {
        auto db = CaseDatabase::open(m_path, QStringLiteral("admin"), test::secret("admin-pass"));
        QVERIFY(db);
        MainWindow window(std::move(*db));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString m3 = m_media + QStringLiteral("/m3.lpenc");
        QVERIFY(QFile::rename(m3, m3 + QStringLiteral(".away")));
        QVERIFY(QDir().mkpath(m3 + QStringLiteral("/inside")));
        QVERIFY(!purgeAnswering(window, QMessageBox::Yes).isEmpty());
        QueuedJob* job = purgeJob(window);
        QVERIFY2(job, "the purge is not a job of the queue");
        QTRY_VERIFY_WITH_TIMEOUT(!job->isActive(), 30000);
        QCOMPARE(job->state(), QueuedJob::State::Failed);
        QVERIFY2(job->text().contains(QLatin1String("m3")), qPrintable(job->text()));
        QTRY_VERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("failed")),
                     qPrintable(window.statusBar()->currentMessage()));
        auto* jobs = window.findChild<QAbstractButton*>(QStringLiteral("jobsButton"));
        QVERIFY2(jobs->text().contains(QLatin1String("1 failed")), qPrintable(jobs->text()));
        const QString said = test::rowText(*window.showJobs(), job);
        QVERIFY2(said.startsWith(QLatin1String("Failed:")), qPrintable(said));
        QVERIFY(QDir(m3).removeRecursively());

        QVERIFY(!purgeAnswering(window, QMessageBox::Yes).isEmpty());
        job = purgeJob(window);
        QVERIFY(job);
        QTRY_VERIFY_WITH_TIMEOUT(!job->isActive(), 30000);
        QCOMPARE(job->state(), QueuedJob::State::Done);
        QVERIFY2(job->text().endsWith(QLatin1String("purged.")), qPrintable(job->text()));
        QTRY_VERIFY2(window.statusBar()->currentMessage().startsWith(QStringLiteral("Purging expired evidence — ")),
                     qPrintable(window.statusBar()->currentMessage()));
        QVERIFY(QFile::exists(m_media + QStringLiteral("/m1.lpenc")));
        QVERIFY(QFile::exists(m_media + QStringLiteral("/m2.lpenc")));
        QVERIFY(!QFile::exists(m3));
        QVERIFY(!QFile::exists(m_media + QStringLiteral("/m4.lpenc")));
        QVERIFY(!QFile::exists(m_media + QStringLiteral("/jold.lpenc")));
        QVERIFY(dryRun().size() > 0);
        for (const QJsonValue& v : dryRun())
            QVERIFY2(!v.toObject()[QLatin1String("refusal")].isNull(), "something purgeable is left");
    }
};

QTEST_MAIN(TestGuiRetentionPurge)
#include "TestGuiRetentionPurge.moc"
