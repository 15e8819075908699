// Program → Purge expired evidence, driven from the main window: the confirmation states what
// `lpdesk-cli retention purge --dry-run --json` lists — how many items of each evidence kind go and their size, and
// how many expired items stay and why — and Cancel there leaves every file; confirmed, the purge runs as a job with a
// progress bar and a Cancel button, and cancelled before its first item it leaves every file too; run to the end it
// takes exactly the purgeable items — imported POS journals among them, counted as such.
#include "HoldPoint.h"
#include "KpiHistory.h"
#include "TestSupport.h"

#include "db/UserDirectory.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
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

    void cancelledJobLeavesEverything()
    {
        const QJsonArray plan = dryRun();
        auto db = CaseDatabase::open(m_path, QStringLiteral("admin"), test::secret("admin-pass"));
        QVERIFY(db);
        MainWindow window(std::move(*db));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        {
            test::HoldPoint hold("retention_purge");
            QVERIFY(!purgeAnswering(window, QMessageBox::Yes).isEmpty());
            QDialog* job = nullptr;
            QTRY_VERIFY((job = window.findChild<QDialog*>(QStringLiteral("purgeJob"))));
            QVERIFY(job->isVisible());
            QVERIFY(job->findChild<QProgressBar*>());
            QSignalSpy finished(job, SIGNAL(finished(bool)));
            QTRY_VERIFY_WITH_TIMEOUT(hold.reached(), 30000);
            QPushButton* cancel = nullptr;
            for (QPushButton* b : job->findChildren<QPushButton*>())
                if (b->text().remove(u'&') == QLatin1String("Cancel"))
                    cancel = b;
            QVERIFY(cancel && cancel->isEnabled());
            QTest::mouseClick(cancel, Qt::LeftButton);
            hold.release();
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
            QPointer<QDialog> closed(job);
            job->close();
            QTRY_VERIFY(!closed); // deleted on close
        }
        QVERIFY(allFilesThere());
        QCOMPARE(dryRun(), plan);

        // Run to its end, the job takes what the listing called purgeable, and nothing else.
        QVERIFY(!purgeAnswering(window, QMessageBox::Yes).isEmpty());
        QDialog* job = nullptr;
        QTRY_VERIFY((job = window.findChild<QDialog*>(QStringLiteral("purgeJob"))));
        QSignalSpy finished(job, SIGNAL(finished(bool)));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY(finished.first().first().toBool());
        QVERIFY(QFile::exists(m_media + QStringLiteral("/m1.lpenc")));
        QVERIFY(QFile::exists(m_media + QStringLiteral("/m2.lpenc")));
        QVERIFY(!QFile::exists(m_media + QStringLiteral("/m3.lpenc")));
        QVERIFY(!QFile::exists(m_media + QStringLiteral("/m4.lpenc")));
        QVERIFY(!QFile::exists(m_media + QStringLiteral("/jold.lpenc")));
        job->close();
    }
};

QTEST_MAIN(TestGuiRetentionPurge)
#include "TestGuiRetentionPurge.moc"
