// The dashboard's drill-down and store comparison, through the real main window: a click on a number (a cell of the
// groups table, a figure above it) lists exactly the cases the core query (KpiCasesBehind) gives, and those are the
// cases worked out a second way from the records (KpiCasesOracle: QDateTime and QTimeZone over the tables, no KPI
// code) — with the checklist items each case misses and the p90's tail; a case of the list opens in its workspace;
// the comparison chart holds one bar per store with that store's figure, ranked, and the program-wide reference.
// The list is read off the UI thread and fills when ready (each check waits for it); a list asked for before another,
// or before the figures refreshed, never shows; the figures above the table are reached by Tab and listed by Enter or
// Space, each with an accessible name.
#include "KpiCasesOracle.h"
#include "KpiHistory.h"
#include "TestSupport.h"

#include "cases/CaseWorkspace.h"
#include "db/UserDirectory.h"
#include "metrics/KpiCasesBehind.h"
#include "program/DashboardComparison.h"
#include "program/DashboardDrillDown.h"
#include "program/DashboardPage.h"
#include "shell/MainWindow.h"

#include <QAccessible>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace lpdesk;

namespace {

const QDate kFrom(2026, 1, 1);
const QDate kTo(2026, 1, 31);

// What the drill-down lists: each item's case id and text.
QStringList listedIds(DashboardDrillDown* drill)
{
    QStringList ids;
    for (int i = 0; i < drill->listView()->count(); ++i)
        ids << drill->listView()->item(i)->data(Qt::UserRole).toString();
    return ids;
}

QStringList ids(const QList<KpiCaseLine>& lines)
{
    QStringList out;
    for (const KpiCaseLine& l : lines)
        out << l.caseId;
    return out;
}

// The expected cases behind a KPI: the reported ones for the MTTR, completeness and follow-up, all for the rest.
QList<test::ExpectedCase> population(const QList<test::ExpectedCase>& cases, const QString& kpi)
{
    const bool reportedOnly = kpi == QLatin1String("mttr") || kpi == QLatin1String("mttr_p90")
        || kpi == QLatin1String("completeness") || kpi == QLatin1String("followup");
    QList<test::ExpectedCase> out;
    for (const test::ExpectedCase& c : cases)
        if (!reportedOnly || c.seconds)
            out << c;
    return out;
}

} // namespace

class TestGuiDashboardDrillDown : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    DashboardPage* m_dashboard = nullptr;
    CaseDatabase* m_db = nullptr;

    // The groups table's cell of `store` for the column headed `header`, clicked as a person does.
    void clickCell(const QString& store, const QString& header)
    {
        auto* rows = m_dashboard->findChild<QTableWidget*>(QStringLiteral("dashboardRows"));
        int row = -1, column = -1;
        for (int r = 0; r < rows->rowCount(); ++r)
            if (rows->item(r, 0)->text() == store)
                row = r;
        for (int c = 0; c < rows->columnCount(); ++c)
            if (rows->horizontalHeaderItem(c)->text() == header)
                column = c;
        QVERIFY2(row >= 0 && column >= 0, qPrintable(store + u' ' + header));
        rows->scrollToItem(rows->item(row, column));
        const QRect cell = rows->visualItemRect(rows->item(row, column));
        QTest::mouseClick(rows->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(rows->currentRow(), row);
        QCOMPARE(rows->currentColumn(), column);
        waitForList();
    }

    // The drill-down reads its list on a pool thread: until every list asked for has been read.
    void waitForList() { QTRY_VERIFY_WITH_TIMEOUT(!m_dashboard->drillDown()->isListing(), 30000); }

    // Tab from where the focus is until it reaches `target` (at most the page's widgets' worth of presses).
    bool tabTo(QWidget* target)
    {
        for (int i = 0; i < 60 && QApplication::focusWidget() != target; ++i)
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get(), Qt::Key_Tab);
        return QApplication::focusWidget() == target;
    }

    // The list on screen equals the core query's, and both equal the oracle's; returns the core query's list.
    KpiCaseList checkList(const QString& kpi, const QString& store)
    {
        DashboardDrillDown* drill = m_dashboard->drillDown();
        KpiFilter f;
        f.from = kFrom;
        f.to = kTo;
        f.by = QStringLiteral("store");
        auto core = KpiCasesBehind(*m_db).list(f, kpi, store);
        if (!core)
            qWarning("%s", qPrintable(core.errorMessage()));
        const QList<test::ExpectedCase> expected = population(test::expectedCases(*m_db, store, kFrom, kTo), kpi);
        QStringList expectedIds;
        for (const test::ExpectedCase& c : expected)
            expectedIds << c.caseId;
        [&] {
            QVERIFY(core);
            QCOMPARE(listedIds(drill), ids(core->lines));
            QCOMPARE(ids(core->lines), expectedIds);
            QCOMPARE(drill->cases().kpi, kpi);
        }();
        return core ? *core : KpiCaseList();
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto admin = test::createDatabase(m_dir.path());
        QVERIFY(admin);
        m_path = admin->path();
        QVERIFY(UserDirectory(*admin).add(QStringLiteral("ivy"), Role::Investigator, test::secret("ivy-pass")));
        QVERIFY(test::buildKpiHistory(*admin));
        QVERIFY(test::seedStoreC(*admin));
        admin.reset();
        auto db = CaseDatabase::open(m_path, QStringLiteral("ivy"), test::secret("ivy-pass"));
        QVERIFY(db);
        m_window = std::make_unique<MainWindow>(std::move(*db));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_5, Qt::ControlModifier);
        QTRY_VERIFY((m_dashboard = m_window->findChild<DashboardPage*>(QStringLiteral("dashboard"))));
        m_dashboard->setRange(kFrom, kTo);
        m_dashboard->setGrouping(QStringLiteral("store"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_dashboard->isRefreshing(), 30000);
        m_db = &m_window->database();
    }

    void cleanupTestCase() { m_window.reset(); }

    // Every figure of every store's row: the cases listed are the core query's and the records'.
    void eachCellListsItsCases_data()
    {
        QTest::addColumn<QString>("store");
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("kpi");
        for (const char* store : {"store-a", "store-b", "store-c"})
            for (const auto& [header, kpi] : {std::pair<const char*, const char*> {"Cases", "cases"},
                                              {"MTTR median", "mttr"},
                                              {"MTTR p90", "mttr_p90"},
                                              {"Complete", "completeness"},
                                              {"Follow-up", "followup"},
                                              {"Closed", "closure"}})
                QTest::addRow("%s %s", store, kpi)
                    << QString::fromLatin1(store) << QString::fromLatin1(header) << QString::fromLatin1(kpi);
    }

    void eachCellListsItsCases()
    {
        QFETCH(QString, store);
        QFETCH(QString, header);
        QFETCH(QString, kpi);
        clickCell(store, header);
        if (QTest::currentTestFailed())
            return;
        const KpiCaseList list = checkList(kpi, store);
        if (QTest::currentTestFailed())
            return;
        // The same figure as the row shows, counted from the same cases.
        for (const KpiFigures& row : m_dashboard->report().rows)
            if (row.key == store) {
                if (kpi == QLatin1String("mttr"))
                    QCOMPARE(list.value, row.mttrMedian);
                else if (kpi == QLatin1String("mttr_p90"))
                    QCOMPARE(list.value, row.mttrP90);
                else if (kpi == QLatin1String("completeness"))
                    QCOMPARE(list.value, row.evidenceCompleteness);
                else if (kpi == QLatin1String("followup"))
                    QCOMPARE(list.value, row.followupRate);
                else if (kpi == QLatin1String("closure"))
                    QCOMPARE(list.value, row.closureRate);
                else
                    QCOMPARE(list.population, row.cases);
            }
        // What each case brings, as the records say.
        const auto expected = population(test::expectedCases(*m_db, store, kFrom, kTo), kpi);
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const KpiCaseLine& line = list.lines[i];
            if (kpi == QLatin1String("completeness"))
                QCOMPARE(line.missing, expected[i].missing);
            if (kpi == QLatin1String("closure"))
                QCOMPARE(line.counted, expected[i].closed);
            if (kpi == QLatin1String("followup"))
                QCOMPARE(line.counted, expected[i].followed);
            if (kpi.startsWith(QLatin1String("mttr")))
                QCOMPARE(line.seconds, expected[i].seconds);
        }
    }

    // The p90 of store-c: its tail is the cases at or above the nearest-rank p90 of the records' times (27 h: k09,
    // k10), and the list says so; completeness names what each case misses.
    void listsSayWhatEachCaseBrings()
    {
        clickCell(QStringLiteral("store-c"), QStringLiteral("MTTR p90"));
        const QList<test::ExpectedCase> c = test::expectedCases(*m_db, QStringLiteral("store-c"), kFrom, kTo);
        QList<double> times;
        for (const test::ExpectedCase& e : c)
            times << *e.seconds;
        const double p90 = test::nearestRankP90(times);
        QCOMPARE(p90, 27.0 * 3600);
        QStringList tail;
        for (const test::ExpectedCase& e : c)
            if (*e.seconds >= p90)
                tail << e.caseId;
        QCOMPARE(tail, (QStringList {QStringLiteral("k09"), QStringLiteral("k10")}));
        QListWidget* view = m_dashboard->drillDown()->listView();
        QStringList marked;
        for (int i = 0; i < view->count(); ++i)
            if (view->item(i)->text().endsWith(QLatin1String("at or above the p90")))
                marked << view->item(i)->data(Qt::UserRole).toString();
        QCOMPARE(marked, tail);
        QCOMPARE(view->item(9)->text(), QStringLiteral("k10 — 30 h 0 min, at or above the p90"));

        clickCell(QStringLiteral("store-a"), QStringLiteral("Complete"));
        QCOMPARE(view->count(), 2);
        QCOMPARE(view->item(0)->text(), QStringLiteral("c1 — complete"));
        QCOMPARE(view->item(1)->text(), QStringLiteral("c2 — missing: clip, statement, suspect"));
        clickCell(QStringLiteral("store-c"), QStringLiteral("Complete"));
        QCOMPARE(view->item(3)->text(), QStringLiteral("k04 — missing: clip"));
    }

    // A click on a figure above the table lists the cases behind it over the whole period; the repeat figure lists
    // the repeat incidents.
    void clickingAFigureListsItsCases()
    {
        auto* completeness = m_dashboard->findChild<QLabel*>(QStringLiteral("kpiCompleteness"));
        QTest::mouseClick(completeness, Qt::LeftButton);
        waitForList();
        const QList<test::ExpectedCase> all
            = population(test::expectedCases(*m_db, {}, kFrom, kTo), QStringLiteral("completeness"));
        QStringList expected;
        qint64 complete = 0;
        for (const test::ExpectedCase& c : all) {
            expected << c.caseId;
            complete += c.missing.isEmpty() ? 1 : 0;
        }
        QCOMPARE(listedIds(m_dashboard->drillDown()), expected);
        QCOMPARE(m_dashboard->drillDown()->cases().counted, complete);
        QCOMPARE(m_dashboard->drillDown()->cases().value, m_dashboard->report().overall.evidenceCompleteness);
        QCOMPARE(complete, qint64(1)); // c1 alone
        // Every repeat of the period (store-c's daily shoplifting makes nine), over every incident.
        QTest::mouseClick(m_dashboard->findChild<QLabel*>(QStringLiteral("kpiRepeat")), Qt::LeftButton);
        waitForList();
        const KpiCaseList& repeats = m_dashboard->drillDown()->cases();
        QCOMPARE(repeats.kpi, QStringLiteral("repeat"));
        QCOMPARE(repeats.counted, m_dashboard->report().overall.repeats30);
        QCOMPARE(repeats.population, m_dashboard->report().overall.incidents);
        QCOMPARE(repeats.counted, qint64(11));
        // At store-a: a4 repeats a3 (31 December in Chicago), a2 repeats a1; in order of detection.
        clickCell(QStringLiteral("store-a"), QStringLiteral("Repeat (30 d)"));
        QCOMPARE(listedIds(m_dashboard->drillDown()), (QStringList {QStringLiteral("c2"), QStringLiteral("c1")}));
        QCOMPARE(m_dashboard->drillDown()->cases().lines[0].incidentId, QStringLiteral("a4"));
        QCOMPARE(m_dashboard->drillDown()->cases().lines[1].incidentId, QStringLiteral("a2"));
        QCOMPARE(m_dashboard->drillDown()->listView()->item(0)->text(),
                 QStringLiteral("c2 — incident a4 repeats one within 30 days"));
    }

    // The list is read off the UI thread: empty while it is read, then filled; of two lists asked for, the second
    // shows; a list asked for before the figures refreshed (clear) never shows.
    void aStaleListIsNeverShown()
    {
        DashboardDrillDown* drill = m_dashboard->drillDown();
        KpiFilter f;
        f.from = kFrom;
        f.to = kTo;
        f.by = QStringLiteral("store");
        drill->showCases(*m_db, f, QStringLiteral("completeness"), {});
        QVERIFY(drill->isListing());
        QCOMPARE(drill->listView()->count(), 0);
        drill->showCases(*m_db, f, QStringLiteral("repeat"), QStringLiteral("store-a"));
        waitForList();
        QCOMPARE(drill->cases().kpi, QStringLiteral("repeat"));
        QCOMPARE(listedIds(drill), (QStringList {QStringLiteral("c2"), QStringLiteral("c1")}));
        QVERIFY2(drill->findChild<QLabel*>(QStringLiteral("dashboardDrillTitle"))
                     ->text()
                     .startsWith(QLatin1String("Repeat incidents (30 days), store-a")),
                 qPrintable(drill->findChild<QLabel*>(QStringLiteral("dashboardDrillTitle"))->text()));
        drill->showCases(*m_db, f, QStringLiteral("completeness"), {});
        drill->clear();
        waitForList();
        QCOMPARE(drill->listView()->count(), 0);
        QVERIFY(drill->cases().kpi.isEmpty());
    }

    // Tab reaches each figure above the table, which has an accessible name; Enter or Space lists its cases.
    void figuresAreReachedAndListedByKeyboard()
    {
        const std::pair<const char*, const char*> figures[] = {{"kpiMttr", "Time to report"},
                                                               {"kpiCompleteness", "Evidence completeness"},
                                                               {"kpiFollowup", "Police follow-up within 30 days"},
                                                               {"kpiClosure", "Cases closed"},
                                                               {"kpiRepeat", "Repeat incidents (30 days)"}};
        for (const auto& [name, accessible] : figures) {
            auto* label = m_dashboard->findChild<QLabel*>(QLatin1String(name));
            QVERIFY2(label->focusPolicy() & Qt::TabFocus, name);
            QAccessibleInterface* a = QAccessible::queryAccessibleInterface(label);
            QVERIFY(a);
            QCOMPARE(a->text(QAccessible::Name), QLatin1String(accessible));
        }
        auto* by = m_dashboard->findChild<QWidget*>(QStringLiteral("dashboardBy"));
        by->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), by);
        auto* completeness = m_dashboard->findChild<QLabel*>(QStringLiteral("kpiCompleteness"));
        QVERIFY(tabTo(completeness));
        QTest::keyClick(completeness, Qt::Key_Return);
        waitForList();
        QCOMPARE(m_dashboard->drillDown()->cases().kpi, QStringLiteral("completeness"));
        QCOMPARE(m_dashboard->drillDown()->cases().value, m_dashboard->report().overall.evidenceCompleteness);
        // The next figure in the Tab order, listed by Space.
        auto* followup = m_dashboard->findChild<QLabel*>(QStringLiteral("kpiFollowup"));
        QTest::keyClick(completeness, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), followup);
        QTest::keyClick(followup, Qt::Key_Space);
        waitForList();
        QCOMPARE(m_dashboard->drillDown()->cases().kpi, QStringLiteral("followup"));
        QCOMPARE(m_dashboard->drillDown()->cases().value, m_dashboard->report().overall.followupRate);
        QVERIFY(m_dashboard->drillDown()->listView()->count() > 0);
    }

    // Enter on a case of the list (and the Open case button) opens it in its workspace.
    void openingACaseFromTheListOpensIt()
    {
        clickCell(QStringLiteral("store-c"), QStringLiteral("MTTR p90"));
        QListWidget* view = m_dashboard->drillDown()->listView();
        QCOMPARE(m_window->findChildren<CaseWorkspace*>().size(), 0);
        view->setFocus();
        view->setCurrentRow(8);
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_COMPARE(m_window->findChildren<CaseWorkspace*>().size(), 1);
        CaseWorkspace* workspace = m_window->findChildren<CaseWorkspace*>().first();
        QCOMPARE(workspace->caseId(), QStringLiteral("k09"));
        QVERIFY(workspace->isVisible());
        workspace->close();
        QTRY_COMPARE(m_window->findChildren<CaseWorkspace*>().size(), 0);
        view->setCurrentRow(0);
        QTest::mouseClick(m_dashboard->findChild<QPushButton*>(QStringLiteral("dashboardOpenCase")), Qt::LeftButton);
        QTRY_COMPARE(m_window->findChildren<CaseWorkspace*>().size(), 1);
        QCOMPARE(m_window->findChildren<CaseWorkspace*>().first()->caseId(), QStringLiteral("k01"));
        m_window->findChildren<CaseWorkspace*>().first()->close();
    }

    // The store comparison: one bar per store with its own figure, ranked, and the whole program's as reference —
    // each worked out from the records. A store with nothing counted (store-b has no reported case) has no bar.
    void comparisonHasOneBarPerStore_data()
    {
        QTest::addColumn<QString>("kpi");
        QTest::newRow("closure") << QStringLiteral("closure");
        QTest::newRow("completeness") << QStringLiteral("completeness");
        QTest::newRow("mttr_p90") << QStringLiteral("mttr_p90");
    }

    void comparisonHasOneBarPerStore()
    {
        QFETCH(QString, kpi);
        auto* tabs = m_dashboard->findChild<QTabWidget*>(QStringLiteral("dashboardCharts"));
        tabs->setCurrentWidget(m_dashboard->comparison());
        m_dashboard->comparison()->setKpi(kpi);
        // Expected, from the records: per store and over all stores.
        auto figure = [&](const QString& store) -> std::optional<double> {
            const auto cases = population(test::expectedCases(*m_db, store, kFrom, kTo), kpi);
            if (cases.isEmpty())
                return std::nullopt;
            QList<double> times;
            qint64 counted = 0;
            for (const test::ExpectedCase& c : cases) {
                counted += (kpi == QLatin1String("closure") ? c.closed : c.missing.isEmpty()) ? 1 : 0;
                if (c.seconds)
                    times << *c.seconds / 3600.0;
            }
            if (kpi == QLatin1String("mttr_p90"))
                return test::nearestRankP90(times);
            return 100.0 * static_cast<double>(counted) / static_cast<double>(cases.size());
        };
        QList<QPair<QString, double>> expected;
        for (const char* store : {"store-a", "store-b", "store-c"})
            if (const auto v = figure(QLatin1String(store)))
                expected << qMakePair(QString::fromLatin1(store), *v);
        std::stable_sort(expected.begin(), expected.end(),
                         [](const auto& a, const auto& b) { return a.second > b.second; });

        QChart* chart = m_dashboard->comparison()->chartView()->chart();
        QBarSeries* bars = chart->findChild<QBarSeries*>(QStringLiteral("comparisonBars"));
        if (!bars)
            for (QAbstractSeries* s : chart->series())
                if (s->objectName() == QLatin1String("comparisonBars"))
                    bars = qobject_cast<QBarSeries*>(s);
        QVERIFY(bars);
        QCOMPARE(bars->barSets().size(), 1);
        QBarSet* set = bars->barSets().first();
        auto* axis = qobject_cast<QBarCategoryAxis*>(chart->axes(Qt::Horizontal).first());
        QVERIFY(axis);
        QCOMPARE(set->count(), expected.size());
        QCOMPARE(axis->categories().size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(axis->categories()[i], expected[i].first);
            QVERIFY2(
                qAbs(set->at(i) - expected[i].second) < 1e-9,
                qPrintable(
                    QStringLiteral("%1: %2 vs %3").arg(expected[i].first).arg(set->at(i)).arg(expected[i].second)));
        }
        // The reference line: the program-wide figure.
        QLineSeries* reference = nullptr;
        for (QAbstractSeries* s : chart->series())
            if (s->objectName() == QLatin1String("comparisonReference"))
                reference = qobject_cast<QLineSeries*>(s);
        QVERIFY(reference);
        QCOMPARE(reference->count(), 2);
        QVERIFY(qAbs(reference->at(0).y() - *figure(QString())) < 1e-9);
        if (kpi != QLatin1String("closure")) {
            QCOMPARE(set->count(), 2); // store-b reported nothing: no completeness, no time to report
            QVERIFY(m_dashboard->findChild<QLabel*>(QStringLiteral("comparisonMissing"))
                        ->text()
                        .contains(QLatin1String("store-b")));
        } else {
            QCOMPARE(set->count(), 3);
        }
    }
};

QTEST_MAIN(TestGuiDashboardDrillDown)
#include "TestGuiDashboardDrillDown.moc"
