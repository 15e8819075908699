// LPDESK_KDF_MS (a cheap key derivation for tests) counts only in builds with LPDESK_TEST_HOOKS: the code that reads
// it (core/db/TestHooks.h, used by CaseDatabase) is compiled here twice — TestKdfHooks with the definition, as
// CaseDatabase.cpp gets it in a test build, and TestKdfHooksRelease without it, as the Debian package builds it —
// so a release build that honoured the variable fails here without a second full build.
#include "db/TestHooks.h"

#include <QTest>

using namespace lpdesk;

class TestKdfHooks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void environmentCountsOnlyInTestBuilds()
    {
#ifdef LPDESK_TEST_HOOKS
        const int seven = 7, capped = 5000;
#else
        const int seven = 500, capped = 500; // whatever the environment says
#endif
        qputenv("LPDESK_KDF_MS", "7");
        QCOMPARE(testHooks::kdfTargetMs(), seven);
        qputenv("LPDESK_KDF_MS", "999999");
        QCOMPARE(testHooks::kdfTargetMs(), capped);
        qputenv("LPDESK_KDF_MS", "not a number");
        QCOMPARE(testHooks::kdfTargetMs(), 500);
        qunsetenv("LPDESK_KDF_MS");
        QCOMPARE(testHooks::kdfTargetMs(), 500);
    }
};

QTEST_GUILESS_MAIN(TestKdfHooks)
#include "TestKdfHooks.moc"
