// `lpdesk-cli kpi cases`: the cases behind one KPI figure, with the same filters as `kpi` (--from/--to or --period,
// --store/--region, --by with --group). Checked against the cases worked out from the records (KpiCasesOracle, no
// KPI code) on the hand-built history plus store-c's ten cases, and against `kpi --json`'s own figures.
#include "KpiCasesOracle.h"
#include "KpiHistory.h"
#include "TestSupport.h"

#include "db/UserDirectory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace lpdesk;

class TestKpiCases : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CaseDatabase> m_admin;

    test::ProcessRun as(const QString& user, const QStringList& args) const
    {
        return test::cli(args, test::envAs(m_admin->path(), user));
    }
    QJsonObject json(const QStringList& args) const
    {
        const test::ProcessRun r = as(QStringLiteral("ivy"), QStringList {QStringLiteral("--json")} + args);
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.describe()));
        return QJsonDocument::fromJson(r.out).object();
    }
    static QStringList caseIds(const QJsonObject& list)
    {
        QStringList out;
        for (const QJsonValue& v : list[QLatin1String("cases")].toArray())
            out << v.toObject()[QLatin1String("case")].toString();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_admin = test::createDatabase(m_dir.path());
        QVERIFY(m_admin);
        QVERIFY(UserDirectory(*m_admin).add(QStringLiteral("ivy"), Role::Investigator, test::secret("ivy-pass")));
        QVERIFY(UserDirectory(*m_admin).add(QStringLiteral("aud"), Role::Auditor, test::secret("aud-pass")));
        QVERIFY(test::buildKpiHistory(*m_admin));
        QVERIFY(test::seedStoreC(*m_admin));
    }

    // The MTTR p90 of store-c in January: its ten reported cases, the tail at or above the records' p90 (27 h).
    void mttrP90OfAStoreInAMonth()
    {
        const QJsonObject list = json({QStringLiteral("kpi"), QStringLiteral("cases"), QStringLiteral("--kpi"),
                                       QStringLiteral("mttr_p90"), QStringLiteral("--store"), QStringLiteral("store-c"),
                                       QStringLiteral("--period"), QStringLiteral("2026-01")});
        const auto expected
            = test::expectedCases(*m_admin, QStringLiteral("store-c"), QDate(2026, 1, 1), QDate(2026, 1, 31));
        QStringList ids, tail;
        QList<double> times;
        for (const test::ExpectedCase& c : expected) {
            ids << c.caseId;
            times << *c.seconds;
        }
        const double p90 = test::nearestRankP90(times);
        for (const test::ExpectedCase& c : expected)
            if (*c.seconds >= p90)
                tail << c.caseId;
        QCOMPARE(caseIds(list), ids);
        QCOMPARE(list[QLatin1String("value")].toDouble(), p90);
        QStringList counted;
        for (const QJsonValue& v : list[QLatin1String("cases")].toArray())
            if (v.toObject()[QLatin1String("counted")].toBool())
                counted << v.toObject()[QLatin1String("case")].toString();
        QCOMPARE(counted, tail);
        QCOMPARE(tail, (QStringList {QStringLiteral("k09"), QStringLiteral("k10")}));
        // The figure `kpi` prints for the same filter.
        const QJsonObject kpi = json({QStringLiteral("kpi"), QStringLiteral("--store"), QStringLiteral("store-c"),
                                      QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"),
                                      QStringLiteral("2026-01-31")});
        QCOMPARE(list[QLatin1String("value")], kpi[QLatin1String("mttr_p90_s")]);
    }

    // Completeness of one --by group: each case with the checklist items it misses, as the records say.
    void completenessOfOneGroup()
    {
        const QJsonObject list
            = json({QStringLiteral("kpi"), QStringLiteral("cases"), QStringLiteral("--kpi"),
                    QStringLiteral("completeness"), QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                    QStringLiteral("--to"), QStringLiteral("2026-01-31"), QStringLiteral("--by"),
                    QStringLiteral("store"), QStringLiteral("--group"), QStringLiteral("store-a")});
        const auto expected
            = test::expectedCases(*m_admin, QStringLiteral("store-a"), QDate(2026, 1, 1), QDate(2026, 1, 31));
        const QJsonArray cases = list[QLatin1String("cases")].toArray();
        QCOMPARE(cases.size(), expected.size());
        for (int i = 0; i < cases.size(); ++i) {
            const QJsonObject c = cases[i].toObject();
            QCOMPARE(c[QLatin1String("case")].toString(), expected[i].caseId);
            QStringList missing;
            for (const QJsonValue& m : c[QLatin1String("missing")].toArray())
                missing << m.toString();
            QCOMPARE(missing, expected[i].missing);
            QCOMPARE(c[QLatin1String("group")].toString(), QStringLiteral("store-a"));
        }
        QCOMPARE(caseIds(list), (QStringList {QStringLiteral("c1"), QStringLiteral("c2")}));
        // Text: a line per case, what it misses.
        const test::ProcessRun text = as(QStringLiteral("ivy"),
                                         {QStringLiteral("kpi"), QStringLiteral("cases"), QStringLiteral("--kpi"),
                                          QStringLiteral("completeness"), QStringLiteral("--period"),
                                          QStringLiteral("2026-01"), QStringLiteral("--by"), QStringLiteral("store"),
                                          QStringLiteral("--group"), QStringLiteral("store-a")});
        QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
        QVERIFY2(text.out.startsWith("completeness store-a: 50.0% (1 of 2 counted)\n"), text.out.constData());
        QVERIFY2(text.out.contains("missing: clip, statement, suspect"), text.out.constData());
    }

    // Closure over every store and week 2 of 2026 (5–11 January, store-local): the records' cases.
    void closureOfAWeek()
    {
        const QJsonObject list
            = json({QStringLiteral("kpi"), QStringLiteral("cases"), QStringLiteral("--kpi"), QStringLiteral("closure"),
                    QStringLiteral("--period"), QStringLiteral("2026-W02")});
        QStringList ids, closed;
        for (const test::ExpectedCase& c : test::expectedCases(*m_admin, {}, QDate(2026, 1, 5), QDate(2026, 1, 11))) {
            ids << c.caseId;
            if (c.closed)
                closed << c.caseId;
        }
        QCOMPARE(caseIds(list), ids);
        QCOMPARE(list[QLatin1String("counted")].toInt(), closed.size());
        QCOMPARE(list[QLatin1String("population")].toInt(), ids.size());
    }

    // Each mistake named in words, exit 2 (a command `kpi` does not have would also exit 2, so the words count).
    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown kpi") << QStringList {QStringLiteral("--kpi"), QStringLiteral("speed")}
                                     << QStringLiteral("The KPI is one of: cases, mttr, mttr_p90");
        QTest::newRow("group without grouping") << QStringList {QStringLiteral("--kpi"), QStringLiteral("mttr"),
                                                                QStringLiteral("--group"), QStringLiteral("store-a")}
                                                << QStringLiteral("A group needs a grouping");
        QTest::newRow("bad period") << QStringList {QStringLiteral("--kpi"), QStringLiteral("mttr"),
                                                    QStringLiteral("--period"), QStringLiteral("March")}
                                    << QStringLiteral("--period takes a day, week, month or quarter");
        QTest::newRow("period and dates")
            << QStringList {QStringLiteral("--kpi"),   QStringLiteral("mttr"),   QStringLiteral("--period"),
                            QStringLiteral("2026-01"), QStringLiteral("--from"), QStringLiteral("2026-01-01")}
            << QStringLiteral("give --period or --from/--to, not both");
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const test::ProcessRun r
            = as(QStringLiteral("ivy"), QStringList {QStringLiteral("kpi"), QStringLiteral("cases")} + args);
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY2(QString::fromUtf8(r.err).contains(says), qPrintable(r.describe()));
    }
};

QTEST_MAIN(TestKpiCases)
#include "TestKpiCases.moc"
