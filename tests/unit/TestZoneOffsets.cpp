// The KPI's store-local time (ZoneOffsets): offsets remembered per span between a zone's transitions, right for
// zones that change at the half hour (Australia/Lord_Howe: +10:30 → +11 at 15:30 UTC on 3 October 2026) whatever the
// order the incidents come in, and for whole-hour zones; a handful of look-ups for many incidents.
#include "common/Time.h"
#include "metrics/ZoneOffsets.h"

#include <QTest>

using namespace lpdesk;

class TestZoneOffsets : public QObject
{
    Q_OBJECT

    static qint64 ms(const char* utc) { return parseRfc3339(QString::fromLatin1(utc)).toMSecsSinceEpoch(); }

private Q_SLOTS:
    void halfHourTransition_data()
    {
        QTest::addColumn<QStringList>("order"); // UTC times, in the order they are asked for
        const QStringList times {QStringLiteral("2026-10-03T15:20:00Z"), QStringLiteral("2026-10-03T15:45:00Z"),
                                 QStringLiteral("2026-10-03T15:29:59Z"), QStringLiteral("2026-10-03T15:30:00Z")};
        QTest::newRow("earlier first") << times;
        QTest::newRow("later first") << QStringList {times[1], times[3], times[0], times[2]};
    }

    void halfHourTransition()
    {
        QFETCH(QStringList, order);
        const QTimeZone zone("Australia/Lord_Howe");
        QVERIFY(zone.isValid());
        ZoneOffsets offsets;
        const int key = offsets.addZone(zone);
        for (const QString& t : order) {
            const qint64 at = parseRfc3339(t).toMSecsSinceEpoch();
            const int expected = t < QStringLiteral("2026-10-03T15:30:00Z") ? 37800 : 39600; // +10:30, then +11
            QCOMPARE(offsets.offsetAt(key, at), expected);
            QCOMPARE(offsets.offsetAt(key, at),
                     zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc())));
        }
    }

    void manyIncidentsFewLookups()
    {
        ZoneOffsets offsets;
        const QTimeZone chicago("America/Chicago");
        const int c = offsets.addZone(chicago);
        const int u = offsets.addZone(QTimeZone::utc());
        const int h = offsets.addZone(QTimeZone("Australia/Lord_Howe"));
        // A year in 7-minute steps, every zone: every offset as Qt gives it, few look-ups.
        const qint64 start = ms("2026-01-01T00:00:00Z");
        int checked = 0;
        for (qint64 t = start; t < start + 365LL * 86400000; t += 7 * 60000) {
            const QDateTime utc = QDateTime::fromMSecsSinceEpoch(t, QTimeZone::utc());
            if (checked++ % 97 == 0) { // Qt's own look-up is what is slow: compare a sample
                QCOMPARE(offsets.offsetAt(c, t), chicago.offsetFromUtc(utc));
                QCOMPARE(offsets.offsetAt(h, t), QTimeZone("Australia/Lord_Howe").offsetFromUtc(utc));
            } else {
                offsets.offsetAt(c, t);
                offsets.offsetAt(h, t);
            }
            QCOMPARE(offsets.offsetAt(u, t), 0);
        }
        QVERIFY2(offsets.lookups() < 50, qPrintable(QString::number(offsets.lookups())));
        // Before 1970 too (negative times).
        const qint64 old = ms("1960-07-01T12:00:00Z");
        QCOMPARE(offsets.offsetAt(c, old),
                 chicago.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(old, QTimeZone::utc())));
    }
};

QTEST_GUILESS_MAIN(TestZoneOffsets)
#include "TestZoneOffsets.moc"
