// The dashboard, driven through the real main window (whose inbox flags an overdue police request): Ctrl+5 shows it as
// a page of the window, its figures for January 2026 equal what `lpdesk-cli kpi --json` prints for the same history
// (with the breakdowns, medians, top repeat stores and the loss from linked POS per currency), grouping by store lists
// both stores, and selecting a row drills down to exactly the cases behind it. The CSV export carries the same numbers.
#include "KpiHistory.h"
#include "TestSupport.h"

#include "common/JobQueue.h"
#include "common/Theme.h"
#include "db/UserDirectory.h"
#include "inbox/InboxView.h"
#include "inbox/MyWorkView.h"
#include "police/PoliceRequests.h"
#include "program/DashboardBreakdowns.h"
#include "program/DashboardDrillDown.h"
#include "program/DashboardPage.h"
#include "program/RetentionPurge.h"
#include "program/StartPage.h"
#include "retention/RetentionService.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace lpdesk;

class TestGuiDashboard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

private Q_SLOTS:
    void initTestCase()
    {
        auto admin = test::createDatabase(m_dir.path());
        QVERIFY(admin);
        m_path = admin->path();
        QVERIFY(UserDirectory(*admin).add(QStringLiteral("ivy"), Role::Investigator, test::secret("ivy-pass")));
        QVERIFY(test::buildKpiHistory(*admin));
    }

    void dashboardMatchesCli()
    {
        const test::ProcessRun run = test::cliAs(
            m_path, QStringLiteral("ivy"),
            {QStringLiteral("--json"), QStringLiteral("kpi"), QStringLiteral("--from"), QStringLiteral("2026-01-01"),
             QStringLiteral("--to"), QStringLiteral("2026-01-31"), QStringLiteral("--by"), QStringLiteral("store")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonObject cli = QJsonDocument::fromJson(run.out).object();

        auto db = CaseDatabase::open(m_path, QStringLiteral("ivy"), test::secret("ivy-pass"));
        QVERIFY(db);
        // An overdue police request shows in the inbox.
        PoliceRequestSpec overdue;
        overdue.kind = QStringLiteral("informal");
        overdue.agency = QStringLiteral("Lakeview Police");
        overdue.receivedAt = QDateTime(QDate(2026, 1, 2), QTime(9, 0), QTimeZone::utc());
        overdue.dueAt = QDateTime(QDate(2026, 1, 9), QTime(9, 0), QTimeZone::utc());
        QVERIFY(PoliceRequests(**db).add(overdue));
        MainWindow window(std::move(*db));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* banner = window.findChild<QLabel*>(QStringLiteral("policeRequestBanner"));
        QVERIFY(banner);
        // The first page is My work, which lists the overdue request; the inbox (Ctrl+1) has the banner.
        QCOMPARE(window.pages()->currentWidget(), window.myWork());
        QCOMPARE(window.myWork()->overview().items.last().kind, QStringLiteral("police_overdue"));
        window.pages()->setCurrentWidget(window.inbox());
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QLatin1String("Lakeview Police")), qPrintable(banner->text()));
        QAction* action = window.findChild<QAction*>(QStringLiteral("actionDashboard"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_5));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
        DashboardPage* dashboard = nullptr;
        QTRY_VERIFY((dashboard = window.findChild<DashboardPage*>(QStringLiteral("dashboard"))));
        // A page of the main window, not a window of its own.
        QCOMPARE(window.pages()->currentWidget(), dashboard);
        QVERIFY(!dashboard->isWindow());
        dashboard->setRange(QDate(2026, 1, 1), QDate(2026, 1, 31));
        dashboard->setGrouping(QStringLiteral("store"));
        // The KPIs compute on a pool thread with a busy bar; the window stays responsive meanwhile.
        QVERIFY(dashboard->isRefreshing());
        QVERIFY(dashboard->findChild<QWidget*>(QStringLiteral("dashboardBusy"))->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard->isRefreshing(), 30000);
        QVERIFY(!dashboard->findChild<QWidget*>(QStringLiteral("dashboardBusy"))->isVisible());

        // The same figures as the CLI (one core computation), and shown: 50.0 % complete, 66.7 % closed.
        const QJsonObject gui = dashboard->report().toJson();
        for (const char* key : {"incidents", "cases", "mttr_median_s", "mttr_p90_s", "evidence_completeness",
                                "followup_rate", "closure_rate", "repeat_incident_rate"})
            QCOMPARE(gui[QLatin1String(key)], cli[QLatin1String(key)]);
        QCOMPARE(dashboard->findChild<QLabel*>(QStringLiteral("kpiCompleteness"))->text(), QStringLiteral("50.0 %"));
        QVERIFY(
            dashboard->findChild<QLabel*>(QStringLiteral("kpiClosure"))->text().startsWith(QLatin1String("66.7 %")));
        QVERIFY(
            dashboard->findChild<QLabel*>(QStringLiteral("kpiMttr"))->text().startsWith(QLatin1String("30 h 0 min")));

        // What `kpi` prints beyond the figures, from the same computation: the medians from detection, incidents by
        // type and trigger, the top repeat stores, and the loss from linked POS per currency (USD at store-a, EUR at
        // store-b, never added together), overall and per store.
        for (const char* key : {"time_to_case_median_s", "time_to_decision_median_s", "time_to_close_median_s",
                                "by_type", "by_trigger", "top_repeat_stores", "loss"})
            QCOMPARE(gui[QLatin1String(key)], cli[QLatin1String(key)]);
        QCOMPARE(gui[QLatin1String("rows")], cli[QLatin1String("rows")]);
        QCOMPARE(dashboard->findChild<QLabel*>(QStringLiteral("kpiMedians"))->text(),
                 QStringLiteral("to report 30 h 0 min (p90 36 h 0 min), to case 2 h 0 min, to legal's decision 9 h 0 "
                                "min, to close 264 h 0 min"));
        QCOMPARE(dashboard->findChild<QLabel*>(QStringLiteral("kpiByType"))->text(),
                 QStringLiteral("robbery 1, shoplifting 3"));
        QCOMPARE(dashboard->findChild<QLabel*>(QStringLiteral("kpiByTrigger"))->text(),
                 QStringLiteral("analytics 1, panic_button 1, pos_exception 1, staff_report 1"));
        auto cells = [](QTableWidget* t) {
            QStringList out;
            for (int r = 0; r < t->rowCount(); ++r) {
                QStringList row;
                for (int c = 0; c < t->columnCount(); ++c)
                    row << (t->item(r, c) ? t->item(r, c)->text() : QString());
                out << row.join(u'|');
            }
            return out;
        };
        const QJsonArray cliRepeats = cli[QLatin1String("top_repeat_stores")].toArray();
        QCOMPARE(cliRepeats.size(), 1);
        QCOMPARE(cells(dashboard->findChild<QTableWidget*>(QStringLiteral("dashboardRepeatStores"))),
                 QStringList {QStringLiteral("store-a|2")});
        QCOMPARE(cliRepeats[0].toObject()[QLatin1String("repeats")].toInt(), 2);
        const QJsonArray cliLoss = cli[QLatin1String("loss")].toArray();
        QCOMPARE(cliLoss.size(), 2);
        QCOMPARE(cliLoss[1].toObject()[QLatin1String("total_minor")].toInteger(), qint64(7499));
        QCOMPARE(cliLoss[1].toObject()[QLatin1String("median_minor")].toInteger(), qint64(5000));
        QCOMPARE(cells(dashboard->findChild<QTableWidget*>(QStringLiteral("dashboardLoss"))),
                 (QStringList {QStringLiteral("EUR|30.50|30.50|1|1"), QStringLiteral("USD|74.99|50.00|2|2")}));

        // Drill-down: store-a's row lists c1 and c2, store-b's c3.
        auto* rows = dashboard->findChild<QTableWidget*>(QStringLiteral("dashboardRows"));
        auto* cases = dashboard->findChild<QListWidget*>(QStringLiteral("dashboardCases"));
        QCOMPARE(rows->rowCount(), 2);
        QCOMPARE(rows->item(0, 0)->text(), QStringLiteral("store-a"));
        // Each group's loss in its own currency.
        QCOMPARE(rows->horizontalHeaderItem(9)->text(), QStringLiteral("Loss from linked POS"));
        QCOMPARE(rows->item(0, 9)->text(), QStringLiteral("USD 74.99 (median 50.00)"));
        QCOMPARE(rows->item(1, 9)->text(), QStringLiteral("EUR 30.50 (median 30.50)"));
        rows->setCurrentCell(0, 0);
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard->drillDown()->isListing(), 30000); // read on a pool thread
        QCOMPARE(cases->count(), 2);
        QCOMPARE(cases->item(0)->text(), QStringLiteral("c1"));
        QCOMPARE(cases->item(1)->text(), QStringLiteral("c2"));
        rows->setCurrentCell(1, 0);
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard->drillDown()->isListing(), 30000);
        QCOMPARE(cases->count(), 1);
        QCOMPARE(cases->item(0)->text(), QStringLiteral("c3"));

        // Store-local heat map: a1 at 10:00 on Monday in Chicago.
        auto* heat = dashboard->findChild<QTableWidget*>(QStringLiteral("dashboardHeat"));
        QCOMPARE(heat->item(0, 10)->text(), QStringLiteral("1"));

        const QString csv = m_dir.filePath(QStringLiteral("kpi.csv"));
        QString error;
        QVERIFY2(dashboard->exportCsv(csv, &error), qPrintable(error));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY2(text.contains("\nall,4,3,2,108000,129600,0.5,0,0.666666666667,0.5,30.50,30.50,74.99,50.00\n"),
                 text.constData());
        QVERIFY2(text.contains("\nstore-b,1,1,0,,,,,1,0,30.50,30.50,,\n"), text.constData());
        const QString pdf = m_dir.filePath(QStringLiteral("dashboard.pdf"));
        QVERIFY2(dashboard->exportPdf(pdf, &error), qPrintable(error));
        QFile p(pdf);
        QVERIFY(p.open(QIODevice::ReadOnly));
        QVERIFY(p.read(5) == "%PDF-");

        // Close goes back to the window's usual page; Ctrl+5 brings the same page back, its figures kept.
        window.pages()->setCurrentWidget(dashboard);
        QTest::mouseClick(dashboard->findChild<QPushButton*>(QStringLiteral("dashboardClose")), Qt::LeftButton);
        QVERIFY(window.pages()->currentWidget() != dashboard);
        QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(window.pages()->currentWidget(), dashboard);
        QCOMPARE(window.findChildren<DashboardPage*>().size(), 1);
        QCOMPARE(dashboard->report().overall.incidents, 4);
        // F5 on the dashboard computes its figures again and stays there.
        QTest::keyClick(&window, Qt::Key_F5);
        QCOMPARE(window.pages()->currentWidget(), dashboard);
        QVERIFY(dashboard->isRefreshing());
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard->isRefreshing(), 30000);
        QCOMPARE(dashboard->report().overall.incidents, 4);
    }

    void purgeRunsAsAJob()
    {
        auto db = CaseDatabase::open(m_path, QStringLiteral("admin"), test::secret("admin-pass"));
        QVERIFY(db);
        QVERIFY(RetentionService(**db).setRule(QStringLiteral("type"), QStringLiteral("shoplifting"), 30,
                                               QStringLiteral("incident")));
        // Held: nothing of case c2 (robbery, no rule) anyway; c1's clips and b3's clip are expired and purgeable.
        QWidget owner; // whose window's queue runs the purge
        QueuedJob* job = RetentionPurge::start(**db, &owner, false);
        QVERIFY(job);
        QSignalSpy finished(job, &QueuedJob::finished);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY(finished.first().first().toBool());
        for (const char* gone : {"m1", "m3", "m4"})
            QVERIFY(!QFile::exists((*db)->mediaDirectory() + QStringLiteral("/%1.lpenc").arg(QLatin1String(gone))));
        QVERIFY(QFile::exists((*db)->mediaDirectory() + QStringLiteral("/m2.lpenc")));
    }

    // A range without incidents (the default 90 days, on a history that ended earlier) says so, names the newest
    // incident's day, and one click moves the range to the data.
    void emptyRangeSaysWhereTheIncidentsAre()
    {
        auto db = CaseDatabase::open(m_path, QStringLiteral("ivy"), test::secret("ivy-pass"));
        QVERIFY(db);
        DashboardPage dashboard(**db);
        dashboard.show();
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard.isRefreshing(), 30000);
        dashboard.setRange(QDate(2026, 6, 1), QDate(2026, 8, 29));
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard.isRefreshing(), 30000);
        QCOMPARE(dashboard.report().overall.incidents, 0);
        QVERIFY(dashboard.emptyHint()->isVisible());
        // b1, the newest, is 2026-01-31 23:30 UTC: 1 February in Madrid, its store's day.
        QCOMPARE(dashboard.emptyHint()->text(),
                 QStringLiteral("No incidents between 2026-06-01 and 2026-08-29. The newest incident is on "
                                "2026-02-01."));
        QVERIFY(dashboard.showNewestButton()->isVisible());
        QVERIFY(dashboard.showAllButton()->isVisible());
        dashboard.showAllButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard.isRefreshing(), 30000);
        // b3, the oldest, is 1 November 2025 in Madrid.
        QCOMPARE(dashboard.findChild<QDateEdit*>(QStringLiteral("dashboardFrom"))->date(), QDate(2025, 11, 1));
        QCOMPARE(dashboard.findChild<QDateEdit*>(QStringLiteral("dashboardTo"))->date(), QDate(2026, 2, 1));
        QVERIFY(dashboard.report().overall.incidents > 0);
        QVERIFY(!dashboard.emptyHint()->isVisible());
        dashboard.setRange(QDate(2026, 6, 1), QDate(2026, 8, 29));
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard.isRefreshing(), 30000);
        dashboard.showNewestButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard.isRefreshing(), 30000);
        QCOMPARE(dashboard.findChild<QDateEdit*>(QStringLiteral("dashboardFrom"))->date(), QDate(2025, 11, 4));
        QVERIFY(dashboard.report().overall.incidents > 0);
    }

    // `lpdesk --page dashboard` (what the demo opens on its simulated quarter): the main window's dashboard opens by
    // itself and, as the 90 days up to today hold no incident of this history, shows all of it at once, with the
    // figures `lpdesk-cli kpi --json` gives for the same dates. An unknown page opens nothing.
    void startPageShowsTheDashboardOverTheData()
    {
        const test::ProcessRun run
            = test::cliAs(m_path, QStringLiteral("ivy"),
                          {QStringLiteral("--json"), QStringLiteral("kpi"), QStringLiteral("--from"),
                           QStringLiteral("2025-11-01"), QStringLiteral("--to"), QStringLiteral("2026-02-01")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonObject cli = QJsonDocument::fromJson(run.out).object();
        QVERIFY(cli[QLatin1String("incidents")].toInt() > 0);

        auto db = CaseDatabase::open(m_path, QStringLiteral("ivy"), test::secret("ivy-pass"));
        QVERIFY(db);
        MainWindow window(std::move(*db));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!StartPage::open(window, QStringLiteral("nosuch")));
        QVERIFY(!StartPage::dashboard(window));
        QVERIFY(StartPage::names().contains(QStringLiteral("dashboard")));
        QVERIFY(StartPage::open(window, QStringLiteral("dashboard")));
        DashboardPage* dashboard = StartPage::dashboard(window);
        QVERIFY(dashboard);
        QVERIFY(dashboard->isVisible());
        QCOMPARE(window.pages()->currentWidget(), dashboard);
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard->isRefreshing() && dashboard->report().overall.incidents > 0, 30000);
        QCOMPARE(dashboard->findChild<QDateEdit*>(QStringLiteral("dashboardFrom"))->date(), QDate(2025, 11, 1));
        QCOMPARE(dashboard->findChild<QDateEdit*>(QStringLiteral("dashboardTo"))->date(), QDate(2026, 2, 1));
        QVERIFY(!dashboard->emptyHint()->isVisible());
        const QJsonObject gui = dashboard->report().toJson();
        for (const char* key : {"incidents", "cases", "mttr_median_s", "mttr_p90_s", "evidence_completeness",
                                "followup_rate", "closure_rate", "repeat_incident_rate"})
            QCOMPARE(gui[QLatin1String(key)], cli[QLatin1String(key)]);
        // Shown as figures, not only computed.
        const QJsonValue complete = cli[QLatin1String("evidence_completeness")];
        QVERIFY(!complete.isNull());
        QCOMPARE(dashboard->findChild<QLabel*>(QStringLiteral("kpiCompleteness"))->text(),
                 QStringLiteral("%1 %").arg(complete.toDouble() * 100, 0, 'f', 1));
        // The dates stay the person's afterwards: no second jump once figures are shown.
        dashboard->setRange(QDate(2026, 6, 1), QDate(2026, 8, 29));
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard->isRefreshing(), 30000);
        QCOMPARE(dashboard->report().overall.incidents, 0);
        QCOMPARE(dashboard->findChild<QDateEdit*>(QStringLiteral("dashboardFrom"))->date(), QDate(2026, 6, 1));
    }

    // The chart follows the dark theme: a dark background and light text, not Qt Charts' white.
    void chartFollowsTheTheme()
    {
        auto db = CaseDatabase::open(m_path, QStringLiteral("ivy"), test::secret("ivy-pass"));
        QVERIFY(db);
        Theme::apply(Theme::Choice::Dark);
        {
            DashboardPage dashboard(**db);
            dashboard.show();
            dashboard.setRange(QDate(2026, 1, 1), QDate(2026, 1, 31));
            QTRY_VERIFY_WITH_TIMEOUT(!dashboard.isRefreshing(), 30000);
            QChart* chart = dashboard.chartView()->chart();
            QVERIFY(chart);
            const QColor background = chart->backgroundBrush().color();
            QVERIFY2(background.lightness() < 100, qPrintable(background.name()));
            QVERIFY2(chart->titleBrush().color().lightness() > 150, qPrintable(chart->titleBrush().color().name()));
            QVERIFY(Theme::contrast(chart->titleBrush().color(), background) >= 4.5);
            // Switched back to light while open: it follows.
            Theme::apply(Theme::Choice::Light);
            QTRY_VERIFY(chart->backgroundBrush().color().lightness() > 200);
        }
        Theme::apply(Theme::Choice::Light);
    }
};

QTEST_MAIN(TestGuiDashboard)
#include "TestGuiDashboard.moc"
