#include "common/Time.h"

#include <QRegularExpression>

#include <cmath>

namespace lpdesk {

QDateTime utcNow()
{
    return QDateTime::currentDateTimeUtc();
}

QString utcNowString()
{
    return toUtcString(utcNow());
}

QString toUtcString(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QDateTime parseRfc3339(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})\z)"));
    if (text.size() > 40 || !re.match(text).hasMatch())
        return {};
    QDateTime t = QDateTime::fromString(text.toUpper().replace(QLatin1Char(' '), QLatin1Char('T')), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QString formatInZone(const QDateTime& utc, const QTimeZone& zone, bool milliseconds)
{
    if (!utc.isValid())
        return {};
    const QTimeZone z = zone.isValid() ? zone : QTimeZone::utc();
    const QDateTime local = utc.toTimeZone(z);
    const int offset = local.offsetFromUtc();
    const int a = std::abs(offset);
    const QString off = QStringLiteral("%1%2:%3")
                            .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                            .arg(a / 3600, 2, 10, QLatin1Char('0'))
                            .arg((a % 3600) / 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1 %2 (%3)")
        .arg(local.toString(milliseconds ? QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")
                                         : QStringLiteral("yyyy-MM-dd HH:mm:ss")),
             off, QString::fromUtf8(z.id()));
}

QString formatClock(double seconds)
{
    if (!std::isfinite(seconds) || seconds < 0)
        seconds = 0;
    const auto ms = static_cast<qint64>(std::llround(seconds * 1000.0));
    return QStringLiteral("%1:%2:%3.%4")
        .arg(ms / 3600000, 2, 10, QLatin1Char('0'))
        .arg((ms / 60000) % 60, 2, 10, QLatin1Char('0'))
        .arg((ms / 1000) % 60, 2, 10, QLatin1Char('0'))
        .arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

bool parseClock(const QString& text, double* seconds)
{
    static const QRegularExpression hms(QStringLiteral(R"(^(?:(\d{1,3}):)?(\d{1,2}):(\d{1,2}(?:\.\d{1,6})?)\z)"));
    static const QRegularExpression plain(QStringLiteral(R"(^\d{1,7}(?:\.\d{1,6})?\z)"));
    const QString t = text.trimmed();
    if (plain.match(t).hasMatch()) {
        *seconds = t.toDouble();
        return true;
    }
    const auto m = hms.match(t);
    if (!m.hasMatch())
        return false;
    const double h = m.captured(1).isEmpty() ? 0 : m.captured(1).toDouble();
    const double mi = m.captured(2).toDouble();
    const double s = m.captured(3).toDouble();
    if (mi >= 60 || s >= 60)
        return false;
    *seconds = h * 3600 + mi * 60 + s;
    return true;
}

} // namespace lpdesk
