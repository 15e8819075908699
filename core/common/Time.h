// Time helpers: everything is stored in UTC (RFC 3339 with milliseconds and 'Z') and shown in the store's
// timezone with its offset.
#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace lpdesk {

QDateTime utcNow();
QString utcNowString();
QString toUtcString(const QDateTime& t);
// Strict RFC 3339 (offset or Z required); invalid QDateTime on failure.
QDateTime parseRfc3339(const QString& text);
// "2026-03-14 14:02:11 -05:00 (America/Chicago)", or with milliseconds "14:02:11.400"
QString formatInZone(const QDateTime& utc, const QTimeZone& zone, bool milliseconds = false);
// Seconds as "HH:MM:SS.mmm"; and the reverse, which also accepts plain seconds ("12.5").
QString formatClock(double seconds);
bool parseClock(const QString& text, double* seconds);

} // namespace lpdesk
