// How the interface shows times and numbers to a person: in the conventions of the chosen language
// (QLocale(), which LPDESK_LANG or the system sets). Stored values, lpdesk-cli output, packages, reports and the
// custody and audit logs keep RFC 3339 times and C-locale numbers, so that they read the same everywhere.
#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace lpdesk::shown {

// The moment in a time zone with its offset: "14/3/2026 14:02:11 -05:00 (America/Chicago)" in Spanish,
// "2026-03-14 14:02:11 -05:00 (America/Chicago)" in the C locale. Always a four-digit year and a 24-hour clock.
// The language's date order with a four-digit year ("14/3/2026" in Spanish, "3/14/2026" in American English), the
// month in words where the language writes dates with dashes day first ("7 dec. 2026", not "07-12-2026"), ISO in
// the C locale. The pattern suits QDateEdit::setDisplayFormat.
QString datePattern();
QString date(const QDate& day);
QString dateTime(const QDateTime& utc, const QTimeZone& zone, bool zoneName = true, bool milliseconds = false);
// A workstation event (RFC 3339 text) in the workstation's time zone; the text itself if it does not parse.
QString workstationTime(const QString& rfc3339);
QString decimal(double value, int decimals);
QString integer(qint64 value);
// Whole minor units as an amount with the unit's decimals: (123450, 2) is "1.234,50" in Spanish, "1,234.50" in
// English; (1250, 3) is "1.250"; (1000, 0) is "1,000" (exact; no floating point).
QString money(qint64 units, int exponent);

} // namespace lpdesk::shown
