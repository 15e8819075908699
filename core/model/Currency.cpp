#include "model/Currency.h"

#include <QHash>

#include <cstdlib>

namespace lpdesk {

namespace {

// ISO 4217 (list one, active codes). Everything not listed below as 0, 3 or 4 has two decimals.
const QHash<QString, int>& table()
{
    static const QHash<QString, int> units = [] {
        QHash<QString, int> h;
        for (const char* code :
             {"AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BMD",
              "BND", "BOB", "BOV", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHE", "CHF", "CHW", "CNY",
              "COP", "COU", "CRC", "CUC", "CUP", "CVE", "CZK", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD",
              "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS", "INR",
              "IRR", "JMD", "KES", "KGS", "KHR", "KPW", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "MAD", "MDL",
              "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR", "MWK", "MXN", "MXV", "MYR", "MZN", "NAD", "NGN",
              "NIO", "NOK", "NPR", "NZD", "PAB", "PEN", "PGK", "PHP", "PKR", "PLN", "QAR", "RON", "RSD", "RUB", "SAR",
              "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SLL", "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL",
              "THB", "TJS", "TMT", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "USD", "USN", "UYU", "UZS", "VED", "VES",
              "WST", "XCD", "XCG", "YER", "ZAR", "ZMW", "ZWG", "ZWL"})
            h.insert(QString::fromLatin1(code), 2);
        for (const char* code : {"BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI",
                                 "VND", "VUV", "XAF", "XOF", "XPF"})
            h.insert(QString::fromLatin1(code), 0);
        for (const char* code : {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"})
            h.insert(QString::fromLatin1(code), 3);
        for (const char* code : {"CLF", "UYW"})
            h.insert(QString::fromLatin1(code), 4);
        return h;
    }();
    return units;
}

} // namespace

std::optional<int> Currency::minorUnit(QStringView code)
{
    const auto it = table().constFind(code.trimmed().toString().toUpper());
    if (it == table().constEnd())
        return std::nullopt;
    return *it;
}

int Currency::exponentOf(QStringView code)
{
    return minorUnit(code).value_or(DefaultExponent);
}

qint64 Currency::power10(int exponent)
{
    qint64 p = 1;
    for (int i = 0; i < exponent; ++i)
        p *= 10;
    return p;
}

qint64 Currency::rescale(qint64 units, int from, int to, bool* inexact)
{
    if (inexact)
        *inexact = false;
    if (to >= from)
        return units * power10(to - from);
    const qint64 divisor = power10(from - to);
    const qint64 magnitude = units < 0 ? -units : units;
    qint64 whole = magnitude / divisor;
    const qint64 rest = magnitude % divisor;
    if (rest != 0) {
        // Half to even: compare twice the rest with the divisor (no overflow: rest < divisor <= 10^18 / 2 here).
        const qint64 twice = rest * 2;
        if (twice > divisor || (twice == divisor && whole % 2 == 1))
            ++whole;
        if (inexact)
            *inexact = true;
    }
    return units < 0 ? -whole : whole;
}

QString Currency::plain(qint64 units, int exponent)
{
    const qint64 a = units < 0 ? -units : units;
    const QString sign = units < 0 ? QStringLiteral("-") : QString();
    if (exponent <= 0)
        return sign + QString::number(a);
    const qint64 p = power10(exponent);
    return QStringLiteral("%1%2.%3").arg(sign).arg(a / p).arg(a % p, exponent, 10, QLatin1Char('0'));
}

double Currency::toDouble(qint64 units, int exponent)
{
    // Through the decimal text, so 1250 at 3 is the double nearest 1.25, not 1250 * 0.001.
    return plain(units, exponent).toDouble();
}

} // namespace lpdesk
