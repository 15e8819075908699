#include "common/LocaleText.h"

#include "common/Time.h"
#include "model/Currency.h"

#include <QLocale>
#include <QRegularExpression>

namespace lpdesk::shown {

QString datePattern()
{
    const QLocale locale;
    if (locale.language() == QLocale::C)
        return QStringLiteral("yyyy-MM-dd");
    // Short formats abbreviate the year ("d/M/yy"); evidence dates keep all four digits.
    QString pattern = locale.dateFormat(QLocale::ShortFormat);
    static const QRegularExpression years(QStringLiteral("y+"));
    pattern.replace(years, QStringLiteral("yyyy"));
    // A dashed day-month-year ("07-12-2026", Dutch, Chilean Spanish) looks like an ISO date read backwards and is
    // easily taken for month-day: the month in words ("7 dic 2026") cannot be misread. ISO (year first) stays.
    if (pattern.contains(QLatin1Char('-')) && !pattern.startsWith(QLatin1Char('y')))
        return pattern.indexOf(QLatin1Char('d')) < pattern.indexOf(QLatin1Char('M')) ? QStringLiteral("d MMM yyyy")
                                                                                     : QStringLiteral("MMM d, yyyy");
    return pattern;
}

QString date(const QDate& day)
{
    return QLocale().toString(day, datePattern());
}

QString dateTime(const QDateTime& utc, const QTimeZone& zone, bool zoneName, bool milliseconds)
{
    // formatInZone writes "2026-03-14 14:02:11 -05:00 (America/Chicago)"; only the date changes with the language.
    QString text = formatInZone(utc, zone, milliseconds);
    if (text.isEmpty())
        return text;
    text.replace(0, 10, date(QDate::fromString(text.left(10), Qt::ISODate)));
    if (!zoneName)
        text.truncate(text.lastIndexOf(QStringLiteral(" (")));
    return text;
}

QString workstationTime(const QString& rfc3339)
{
    const QDateTime t = parseRfc3339(rfc3339);
    return t.isValid() ? dateTime(t, QTimeZone::systemTimeZone()) : rfc3339;
}

QString decimal(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString integer(qint64 value)
{
    return QLocale().toString(value);
}

QString money(qint64 units, int exponent)
{
    const QLocale locale;
    const qint64 a = units < 0 ? -units : units;
    const qint64 unit = Currency::power10(exponent);
    QString out = (units < 0 ? locale.negativeSign() : QString()) + locale.toString(a / unit);
    if (exponent > 0)
        out += locale.decimalPoint() + QStringLiteral("%1").arg(a % unit, exponent, 10, QLatin1Char('0'));
    return out;
}

} // namespace lpdesk::shown
