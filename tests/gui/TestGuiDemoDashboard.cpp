// The dashboard on the demo's database, not on a fixture: the simulated quarter that `packaging/demo.sh` builds and
// opens (tests/integration/check_kpi_history.py with a work folder: `store-sim --history 90` at three stores, the
// desk's work replayed through lpdesk-cli at its own times, kpi checked against the simulator's own figures). The
// page opens on it as the demo opens it (Program → Dashboard), widens to the whole quarter, and shows what
// `lpdesk-cli kpi --json` prints for the same dates: the figures, the monthly rows, the MTTR trend line (the median
// of each month, in hours), and each row drills down to the cases the CLI names for it.
#include "TestSupport.h"

#include "program/DashboardDrillDown.h"
#include "program/DashboardPage.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineSeries>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace lpdesk;

namespace {
// The quarter's investigator, as check_kpi_history.py and the demo name them.
const char* const kUser = "ivy";
const char* const kPassphrase = "Ivy-Kpi-History-Pass-2";
} // namespace

class TestGuiDemoDashboard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    QJsonObject kpi(const QStringList& args) const
    {
        const test::ProcessRun r = test::cli(QStringList {QStringLiteral("--json"), QStringLiteral("kpi")} + args,
                                             {{QStringLiteral("LPDESK_DB"), m_db},
                                              {QStringLiteral("LPDESK_USER"), QLatin1String(kUser)},
                                              {QStringLiteral("LPDESK_PASSPHRASE"), QLatin1String(kPassphrase)}});
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.describe()));
        return QJsonDocument::fromJson(r.out).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The demo's quarter, built the way packaging/demo.sh builds it.
        const test::ProcessRun quarter
            = test::run(QStringLiteral("/usr/bin/python3"),
                        {test::sourceDir() + QStringLiteral("/tests/integration/check_kpi_history.py"), test::cliPath(),
                         m_dir.path()});
        QVERIFY2(quarter.exitCode == 0, qPrintable(quarter.describe()));
        m_db = m_dir.filePath(QStringLiteral("cases.lpdb"));
    }

    void dashboardEqualsTheCli()
    {
        auto db = CaseDatabase::open(m_db, QLatin1String(kUser), test::secret(kPassphrase));
        QVERIFY2(db, qPrintable(db.errorMessage()));
        MainWindow window(std::move(*db));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QAction*>(QStringLiteral("actionDashboard"))->trigger();
        DashboardPage* dashboard = nullptr;
        QTRY_VERIFY((dashboard = window.findChild<DashboardPage*>(QStringLiteral("dashboard"))));
        QCOMPARE(window.pages()->currentWidget(), dashboard);
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard->isRefreshing(), 60000);
        // The quarter lies before the default 90 days (today's): one click shows all of it.
        if (dashboard->showAllButton()->isVisible()) {
            QTest::mouseClick(dashboard->showAllButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!dashboard->isRefreshing(), 60000);
        }
        dashboard->setGrouping(QStringLiteral("month"));
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard->isRefreshing(), 60000);
        const KpiReport& report = dashboard->report();
        QVERIFY(report.overall.incidents > 0);
        const QDate from = dashboard->findChild<QDateEdit*>(QStringLiteral("dashboardFrom"))->date();
        const QDate to = dashboard->findChild<QDateEdit*>(QStringLiteral("dashboardTo"))->date();

        const QJsonObject cli = kpi({QStringLiteral("--from"), from.toString(Qt::ISODate), QStringLiteral("--to"),
                                     to.toString(Qt::ISODate), QStringLiteral("--by"), QStringLiteral("month")});
        QVERIFY(!cli.isEmpty());
        // Every incident of the quarter is in the range shown: the same count as kpi over all time.
        QCOMPARE(cli[QLatin1String("incidents")], kpi({})[QLatin1String("incidents")]);
        const QJsonObject gui = report.toJson();
        for (const char* key : {"incidents", "cases", "reported", "mttr_median_s", "mttr_p90_s",
                                "evidence_completeness", "followup_rate", "closure_rate", "repeat_incident_rate",
                                "time_to_case_median_s", "time_to_close_median_s", "by_type", "by_trigger", "loss"})
            QVERIFY2(gui[QLatin1String(key)] == cli[QLatin1String(key)], key);
        const QJsonArray rows = cli[QLatin1String("rows")].toArray();
        QCOMPARE(gui[QLatin1String("rows")].toArray(), rows);
        QVERIFY2(rows.size() >= 3, "a quarter spans at least three months");

        // The MTTR trend: one point per month with a reported case, at its median in hours.
        auto* mttr = dashboard->chartView()->chart()->findChild<QLineSeries*>(QStringLiteral("trendMttr"));
        if (!mttr)
            for (QAbstractSeries* s : dashboard->chartView()->chart()->series())
                if (s->objectName() == QLatin1String("trendMttr"))
                    mttr = qobject_cast<QLineSeries*>(s);
        QVERIFY(mttr);
        QList<QPointF> want;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QJsonValue median = rows[i].toObject()[QLatin1String("mttr_median_s")];
            if (!median.isNull())
                want << QPointF(static_cast<double>(i), median.toDouble() / 3600.0);
        }
        QVERIFY(!want.isEmpty());
        QCOMPARE(mttr->points(), want);

        // Each month drills down to the cases the CLI names for that month (kpi --from its first day --to its last).
        auto* table = dashboard->findChild<QTableWidget*>(QStringLiteral("dashboardRows"));
        auto* cases = dashboard->findChild<QListWidget*>(QStringLiteral("dashboardCases"));
        QCOMPARE(table->rowCount(), rows.size());
        int listed = 0;
        for (int r = 0; r < table->rowCount(); ++r) {
            const QString month = rows[r].toObject()[QLatin1String("key")].toString();
            QCOMPARE(table->item(r, 0)->text(), month);
            const QDate first = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
            QVERIFY2(first.isValid(), qPrintable(month));
            const QJsonObject ofMonth
                = kpi({QStringLiteral("--from"), std::max(first, from).toString(Qt::ISODate), QStringLiteral("--to"),
                       std::min(first.addMonths(1).addDays(-1), to).toString(Qt::ISODate)});
            table->setCurrentCell(r, 0);
            QTRY_VERIFY_WITH_TIMEOUT(!dashboard->drillDown()->isListing(), 60000); // read on a pool thread
            QStringList shown;
            for (int i = 0; i < cases->count(); ++i)
                shown << cases->item(i)->text();
            QCOMPARE(shown, ofMonth[QLatin1String("case_ids")].toVariant().toStringList());
            listed += static_cast<int>(shown.size());
        }
        QVERIFY(listed > 0);
        qInfo("demo quarter %s..%s: %d incidents, %d cases, %d reported, %d months, MTTR median %s s",
              qPrintable(from.toString(Qt::ISODate)), qPrintable(to.toString(Qt::ISODate)),
              cli[QLatin1String("incidents")].toInt(), cli[QLatin1String("cases")].toInt(),
              cli[QLatin1String("reported")].toInt(), static_cast<int>(rows.size()),
              qPrintable(cli[QLatin1String("mttr_median_s")].toVariant().toString()));
    }
};

QTEST_MAIN(TestGuiDemoDashboard)
#include "TestGuiDemoDashboard.moc"
