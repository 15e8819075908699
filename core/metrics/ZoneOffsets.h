// Store-local time for the KPIs, fast: the UTC offset of a store's zone at a moment, remembered for the whole span
// between two of the zone's transitions, so a million incidents cost a handful of time-zone look-ups. Spans, not
// whole UTC hours: some zones change at the half hour (Australia/Lord_Howe goes from +10:30 to +11 at 15:30 UTC).
#pragma once

#include <QList>
#include <QTimeZone>

namespace lpdesk {

class ZoneOffsets
{
public:
    int addZone(const QTimeZone& zone); // returns its key
    // The offset in seconds of zone `key` (as addZone gave it) at utcMs.
    int offsetAt(int key, qint64 utcMs);
    int lookups() const { return m_lookups; } // time-zone look-ups made (for the benchmark and the tests)

private:
    struct Span
    {
        qint64 from; // UTC ms, inclusive
        qint64 to; // exclusive
        int offset;
        bool contains(qint64 t) const { return from <= t && t < to; }
    };
    struct Zone
    {
        QTimeZone zone;
        QList<Span> spans;
        qsizetype last = 0;
    };
    QList<Zone> m_zones;
    int m_lookups = 0;
};

} // namespace lpdesk
