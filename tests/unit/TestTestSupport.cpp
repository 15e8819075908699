// Tests of the test helpers themselves: a helper that lets a broken child pass makes every test that uses it hollow.
#include "TestSupport.h"

#include <QCoreApplication>
#include <QTest>

using namespace lpdesk;

// Run by TestTestSupport::hungChildFailsTheTest in a child copy of this program (LPDESK_SELFTEST_HANG=1), never on
// its own: a test that runs a child which never finishes within its limit. The helper must fail it (before the fix it
// reported exit 0, and the test passed).
class HangingChild : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void childThatHangs()
    {
        const test::ProcessRun r
            = test::run(QStringLiteral("sleep"), {QStringLiteral("30")}, {}, {}, /*timeoutMs=*/1000);
        QCOMPARE(r.exitCode, 0);
    }
};

class TestTestSupport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hungChildFailsTheTest()
    {
        const test::ProcessRun r
            = test::run(QCoreApplication::applicationFilePath(), {QStringLiteral("childThatHangs")},
                        {{QStringLiteral("LPDESK_SELFTEST_HANG"), QStringLiteral("1")}}, {}, 120000);
        QVERIFY2(!r.timedOut, qPrintable(r.describe()));
        QVERIFY2(r.exitCode != 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("FAIL!  : HangingChild::childThatHangs()"), qPrintable(r.describe()));
        QVERIFY2(r.out.contains("still running after 1000 ms, killed: sleep 30"), qPrintable(r.describe()));
    }

    void finishedChildReportsItsExitCode()
    {
        const test::ProcessRun r = test::run(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("exit 7")});
        QCOMPARE(r.exitCode, 7);
        QVERIFY(!r.timedOut);
        QVERIFY(!r.crashed);
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariable("LPDESK_SELFTEST_HANG") == QLatin1String("1")) {
        HangingChild child;
        return QTest::qExec(&child, argc, argv);
    }
    TestTestSupport tests;
    return QTest::qExec(&tests, argc, argv);
}
#include "TestTestSupport.moc"
