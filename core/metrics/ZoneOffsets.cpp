#include "metrics/ZoneOffsets.h"

#include <QDateTime>

#include <limits>

namespace lpdesk {

int ZoneOffsets::addZone(const QTimeZone& zone)
{
    m_zones << Zone {zone.isValid() ? zone : QTimeZone::utc(), {}, 0};
    return static_cast<int>(m_zones.size() - 1);
}

int ZoneOffsets::offsetAt(int key, qint64 utcMs)
{
    Zone& z = m_zones[key];
    // The span that answered last time first (incidents come in clusters), then the others.
    if (z.last < z.spans.size() && z.spans[z.last].contains(utcMs))
        return z.spans[z.last].offset;
    for (qsizetype i = 0; i < z.spans.size(); ++i)
        if (z.spans[i].contains(utcMs)) {
            z.last = i;
            return z.spans[i].offset;
        }
    ++m_lookups;
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc());
    Span span {std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(), z.zone.offsetFromUtc(at)};
    if (z.zone.hasTransitions()) {
        // The transition at or before the moment, and the next one after it.
        const QTimeZone::OffsetData before = z.zone.previousTransition(at.addMSecs(1));
        const QTimeZone::OffsetData after = z.zone.nextTransition(at);
        if (before.atUtc.isValid() && before.atUtc.toMSecsSinceEpoch() <= utcMs)
            span.from = before.atUtc.toMSecsSinceEpoch();
        else
            span.from = utcMs; // no transition known before: remember from this moment only
        if (after.atUtc.isValid() && after.atUtc.toMSecsSinceEpoch() > utcMs)
            span.to = after.atUtc.toMSecsSinceEpoch();
        else
            span.to = utcMs + 1;
    }
    z.spans << span;
    z.last = z.spans.size() - 1;
    return span.offset;
}

} // namespace lpdesk
