#include "common/Time.h"

#include <QTest>

using namespace lpdesk;

class TestTime : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rfc3339()
    {
        const QDateTime t = parseRfc3339(QStringLiteral("2026-03-14T14:02:11-05:00"));
        QVERIFY(t.isValid());
        QCOMPARE(toUtcString(t), QStringLiteral("2026-03-14T19:02:11.000Z"));
        QVERIFY(!parseRfc3339(QStringLiteral("2026-03-14T14:02:11")).isValid()); // offset is required
        QVERIFY(!parseRfc3339(QStringLiteral("yesterday")).isValid());
        QVERIFY(parseRfc3339(QStringLiteral("2026-03-14T19:02:11.250Z")).isValid());
    }

    void zoneFormatting()
    {
        const QDateTime t = parseRfc3339(QStringLiteral("2026-07-01T12:00:00Z"));
        QCOMPARE(formatInZone(t, QTimeZone("America/Chicago")),
                 QStringLiteral("2026-07-01 07:00:00 -05:00 (America/Chicago)"));
        QCOMPARE(formatInZone(t, QTimeZone("Asia/Kolkata")),
                 QStringLiteral("2026-07-01 17:30:00 +05:30 (Asia/Kolkata)"));
    }

    void clock()
    {
        double s = 0;
        QVERIFY(parseClock(QStringLiteral("00:01:02.500"), &s));
        QCOMPARE(s, 62.5);
        QVERIFY(parseClock(QStringLiteral("10.3"), &s));
        QCOMPARE(s, 10.3);
        QVERIFY(parseClock(QStringLiteral("1:05"), &s));
        QCOMPARE(s, 65.0);
        QVERIFY(!parseClock(QStringLiteral("1:75"), &s));
        QVERIFY(!parseClock(QStringLiteral("-3"), &s));
        QCOMPARE(formatClock(3725.25), QStringLiteral("01:02:05.250"));
    }
};

QTEST_GUILESS_MAIN(TestTime)
#include "TestTime.moc"
