#include "common/LocaleText.h"

#include "common/Time.h"

#include <QLocale>
#include <QRegularExpression>

#include <cstdlib>

namespace lpdesk::shown {

namespace {

QString datePattern(const QLocale& locale)
{
    if (locale.language() == QLocale::C)
        return QStringLiteral("yyyy-MM-dd");
    // Short formats abbreviate the year ("d/M/yy"); evidence dates keep all four digits.
    QString pattern = locale.dateFormat(QLocale::ShortFormat);
    static const QRegularExpression years(QStringLiteral("y+"));
    return pattern.replace(years, QStringLiteral("yyyy"));
}

} // namespace

QString dateTime(const QDateTime& utc, const QTimeZone& zone, bool zoneName, bool milliseconds)
{
    if (!utc.isValid())
        return {};
    const QLocale locale;
    const QTimeZone z = zone.isValid() ? zone : QTimeZone::utc();
    const QDateTime local = utc.toTimeZone(z);
    const int offset = local.offsetFromUtc();
    const int a = std::abs(offset);
    const QString off = QStringLiteral("%1%2:%3")
                            .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                            .arg(a / 3600, 2, 10, QLatin1Char('0'))
                            .arg((a % 3600) / 60, 2, 10, QLatin1Char('0'));
    QString text
        = QStringLiteral("%1 %2 %3")
              .arg(locale.toString(local.date(), datePattern(locale)),
                   local.time().toString(milliseconds ? QStringLiteral("HH:mm:ss.zzz") : QStringLiteral("HH:mm:ss")),
                   off);
    if (zoneName)
        text += QStringLiteral(" (%1)").arg(QString::fromUtf8(z.id()));
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

QString money(qint64 cents)
{
    const QLocale locale;
    const qint64 a = cents < 0 ? -cents : cents;
    return QStringLiteral("%1%2%3%4")
        .arg(cents < 0 ? locale.negativeSign() : QString(), locale.toString(a / 100), locale.decimalPoint())
        .arg(a % 100, 2, 10, QLatin1Char('0'));
}

} // namespace lpdesk::shown
