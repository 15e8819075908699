// PosJournalReader's value parsers: amounts, quantities, times, dates, card numbers and the words journals use
// for control transactions and "yes". Shared by every format's reader.
#include "pos/PosJournalReader.h"

#include "pos/PosSlashDates.h"

#include "common/Time.h"

#include <QRegularExpression>

namespace lpdesk {

namespace {

// "1.234,56" / "1,234.56" / "1 234,56" / "1'234.56" / "-2.780" / "12.50-" / "(3.00)" as sign, integer digits and
// fraction digits; empty integer digits on failure.
struct Decimal
{
    bool negative = false;
    QString integer;
    QString fraction;
};

Decimal splitDecimal(QStringView raw, QChar decimal)
{
    Decimal d;
    QString text;
    for (QChar c : raw) {
        // Spaces (also no-break and narrow no-break) and apostrophes only ever group thousands; currency signs go.
        if (c.isSpace() || c == QChar(0x00a0) || c == QChar(0x202f) || c == QLatin1Char('\'') || c == QChar(0x2019)
            || c == QChar(0x20ac) || c == QLatin1Char('$') || c == QChar(0x00a3) || c == QChar(0x00a5))
            continue;
        text += c;
    }
    if (text.startsWith(QLatin1Char('(')) && text.endsWith(QLatin1Char(')'))) {
        d.negative = true;
        text = text.mid(1, text.size() - 2);
    }
    if (text.startsWith(QLatin1Char('-')) || text.startsWith(QChar(0x2212))) {
        d.negative = !d.negative;
        text.remove(0, 1);
    } else if (text.startsWith(QLatin1Char('+'))) {
        text.remove(0, 1);
    } else if (text.endsWith(QLatin1Char('-'))) {
        d.negative = true;
        text.chop(1);
    }
    const QChar group = decimal == QLatin1Char(',') ? QLatin1Char('.') : QLatin1Char(',');
    const qsizetype point = text.lastIndexOf(decimal);
    QString integer = point >= 0 ? text.left(point) : text;
    const QString fraction = point >= 0 ? text.mid(point + 1) : QString();
    if (integer.contains(group)) {
        // Thousands separators must group by three: "1.234,5" yes, "12.34,5" no.
        static const QRegularExpression dot(QStringLiteral(R"(^\d{1,3}(\.\d{3})+\z)"));
        static const QRegularExpression comma(QStringLiteral(R"(^\d{1,3}(,\d{3})+\z)"));
        if (!(group == QLatin1Char('.') ? dot : comma).match(integer).hasMatch())
            return {};
        integer.remove(group);
    }
    static const QRegularExpression digits(QStringLiteral(R"(^\d{0,15}\z)"));
    static const QRegularExpression fractionDigits(QStringLiteral(R"(^\d{0,12}\z)"));
    if (!digits.match(integer).hasMatch() || !fractionDigits.match(fraction).hasMatch()
        || (integer.isEmpty() && fraction.isEmpty()) || (point >= 0 && fraction.isEmpty() && integer.isEmpty()))
        return {};
    d.integer = integer.isEmpty() ? QStringLiteral("0") : integer;
    d.fraction = fraction;
    return d;
}

} // namespace

Result<qint64> PosJournalReader::parseAmount(QStringView text, int exponent, QChar decimal, bool* rounded)
{
    const Decimal d = splitDecimal(text.trimmed(), decimal.isNull() ? QLatin1Char('.') : decimal);
    if (d.integer.isEmpty() || exponent < 0 || exponent > ReadExponent)
        return failure(tr("\"%1\" is not an amount").arg(text.left(30).toString()));
    QString integer = d.integer;
    while (integer.size() > 1 && integer.startsWith(QLatin1Char('0')))
        integer.remove(0, 1);
    // 18 digits in all fit a qint64.
    if (integer.size() + exponent > 18)
        return failure(tr("\"%1\" is too large an amount").arg(text.left(30).toString()));
    const QString kept = d.fraction.left(exponent).leftJustified(exponent, QLatin1Char('0'));
    qint64 units = (integer + kept).toLongLong();
    const QString rest = d.fraction.mid(exponent);
    bool wasRounded = false;
    if (!rest.isEmpty() && rest.count(QLatin1Char('0')) != rest.size()) {
        if (exponent == ReadExponent) {
            // Round to odd: the dropped digits are not lost to the later half-to-even rounding in finish().
            units |= 1;
        } else {
            // Half to even on the exact digits: compare the rest with "5000…".
            const QString half = QStringLiteral("5").leftJustified(rest.size(), QLatin1Char('0'));
            const int cmp = rest.compare(half);
            if (cmp > 0 || (cmp == 0 && units % 2 == 1))
                ++units;
        }
        wasRounded = true;
    }
    if (rounded)
        *rounded = wasRounded;
    return d.negative ? -units : units;
}

Result<qint64> PosJournalReader::parseMoney(QStringView text, QChar decimal, bool* rounded)
{
    return parseAmount(text, 2, decimal, rounded);
}

Result<double> PosJournalReader::parseQuantity(QStringView text, QChar decimal)
{
    const Decimal d = splitDecimal(text.trimmed(), decimal.isNull() ? QLatin1Char('.') : decimal);
    if (d.integer.isEmpty())
        return failure(tr("\"%1\" is not a quantity").arg(text.left(30).toString()));
    const double v
        = (d.integer + QLatin1Char('.') + (d.fraction.isEmpty() ? QStringLiteral("0") : d.fraction)).toDouble();
    return d.negative ? -v : v;
}

QDateTime PosJournalReader::parseTime(const QString& raw, const QTimeZone& zone, bool* local, PosDateOrder order,
                                      QString* why)
{
    const QString text = raw.trimmed();
    if (local)
        *local = false;
    if (PosSlashDates::looksLikeSlashDate(text)) {
        // US and UK tills write local times with slashes, in the journal's order (or the one the import gives).
        auto slash = PosSlashDates::read(text, order);
        if (slash && !slash->hasTime)
            slash = failure(tr("\"%1\" is a date without a time").arg(text.left(40)));
        if (!slash) {
            if (why)
                *why = slash.errorMessage();
            return {};
        }
        if (local)
            *local = true;
        return zone.isValid() ? QDateTime(slash->date, slash->time, zone) : QDateTime();
    }
    if (parseRfc3339(text).isValid()) {
        // Keep the offset as written (the business day is the register's local date).
        return QDateTime::fromString(text.toUpper().replace(QLatin1Char(' '), QLatin1Char('T')), Qt::ISODateWithMs);
    }
    static const QRegularExpression iso(
        QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\z)"));
    static const QRegularExpression german(
        QStringLiteral(R"(^(\d{1,2})\.(\d{1,2})\.(\d{4})[ T,]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\z)"));
    QDate date;
    QTime time;
    if (const auto m = iso.match(text); m.hasMatch()) {
        date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        time = QTime(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(),
                     m.captured(7).left(3).leftJustified(3, QLatin1Char('0')).toInt());
    } else if (const auto g = german.match(text); g.hasMatch()) {
        date = QDate(g.captured(3).toInt(), g.captured(2).toInt(), g.captured(1).toInt());
        time = QTime(g.captured(4).toInt(), g.captured(5).toInt(), g.captured(6).toInt(),
                     g.captured(7).left(3).leftJustified(3, QLatin1Char('0')).toInt());
    } else {
        return {};
    }
    if (local)
        *local = true;
    if (!date.isValid() || !time.isValid() || !zone.isValid())
        return {};
    return QDateTime(date, time, zone);
}

Result<QString> PosJournalReader::joinDateAndTime(const QString& rawDate, const QString& rawTime)
{
    QString date = rawDate.trimmed();
    QString time = rawTime.trimmed();
    if (date.isEmpty())
        return failure(tr("the date is empty (the time is \"%1\")").arg(time.left(20)));
    if (time.isEmpty())
        return failure(tr("the time is empty (the date is \"%1\")").arg(date.left(20)));
    // The date as written, without a time after it ("12/07/2026 12:00:00 AM", "2026-12-07T00:00:00"): slash and
    // dotted dates stay as they are, so that the journal's order decides slash dates as it does in one column.
    static const QRegularExpression isoDate(QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?\z)"));
    static const QRegularExpression compact(QStringLiteral(R"(^(\d{4})(\d{2})(\d{2})\z)"));
    static const QRegularExpression dateEnd(QStringLiteral(R"([\s,]+)"));
    if (const auto m = isoDate.match(date); m.hasMatch())
        date = m.captured(1) + QLatin1Char('-') + m.captured(2) + QLatin1Char('-') + m.captured(3);
    else if (const auto c = compact.match(date); c.hasMatch())
        date = c.captured(1) + QLatin1Char('-') + c.captured(2) + QLatin1Char('-') + c.captured(3);
    else
        date = date.section(dateEnd, 0, 0);
    // The time: a date before it goes (database exports write a time column as "30.12.1899 14:03:27"), "140327"
    // and "1403" gain their colons, AM/PM becomes 24 hours.
    static const QRegularExpression datedTime(QStringLiteral(R"(^\S*[-./]\S*[ T]+(\d{1,2}:.*)\z)"));
    if (const auto m = datedTime.match(time); m.hasMatch())
        time = m.captured(1).trimmed();
    static const QRegularExpression digitsOnly(QStringLiteral(R"(^(\d{2})(\d{2})(\d{2})?\z)"));
    if (const auto m = digitsOnly.match(time); m.hasMatch())
        time = m.captured(1) + QLatin1Char(':') + m.captured(2)
            + (m.hasCaptured(3) ? QLatin1Char(':') + m.captured(3) : QString());
    static const QRegularExpression clock(
        QStringLiteral(R"(^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(?:([AaPp])\.?[Mm]\.?)?\z)"));
    const auto m = clock.match(time);
    if (!m.hasMatch())
        return failure(tr("\"%1\" is not a time of day").arg(rawTime.trimmed().left(30)));
    int hour = m.captured(1).toInt();
    if (m.hasCaptured(5)) {
        // 12:xx AM is just after midnight, 12:xx PM just after noon; there is no hour 0 or 13 on a 12-hour clock.
        if (hour < 1 || hour > 12)
            return failure(
                tr("\"%1\" is not a 12-hour time: with AM or PM the hour is 1 to 12").arg(rawTime.trimmed().left(30)));
        hour = hour % 12 + (m.captured(5).compare(QLatin1String("p"), Qt::CaseInsensitive) == 0 ? 12 : 0);
    }
    const QTime t(hour, m.captured(2).toInt(), m.captured(3).toInt(),
                  m.captured(4).left(3).leftJustified(3, QLatin1Char('0')).toInt());
    if (!t.isValid())
        return failure(tr("\"%1\" is not a time of day").arg(rawTime.trimmed().left(30)));
    return date + QLatin1Char(' ') + t.toString(t.msec() ? QStringLiteral("HH:mm:ss.zzz") : QStringLiteral("HH:mm:ss"));
}

QDate PosJournalReader::parseDate(const QString& raw, PosDateOrder order, QString* why)
{
    const QString text = raw.trimmed();
    if (PosSlashDates::looksLikeSlashDate(text)) {
        // Some exports write the business day as a date and a time of midnight ("3/14/2026 12:00:00 AM").
        auto slash = PosSlashDates::read(text, order);
        if (!slash && why)
            *why = slash.errorMessage();
        return slash ? slash->date : QDate();
    }
    QDate d = QDate::fromString(text.left(10), Qt::ISODate);
    if (!d.isValid())
        d = QDate::fromString(text, QStringLiteral("d.M.yyyy"));
    return d;
}

QString PosJournalReader::last4(const QString& pan)
{
    QString digits;
    for (QChar c : pan)
        if (c.isDigit())
            digits += c;
    return digits.right(4);
}

QString PosJournalReader::maskCardNumbers(const QString& text)
{
    static const QRegularExpression pan(QStringLiteral(R"(\d(?:[ -]?\d){11,18})"));
    QString out = text;
    auto it = pan.globalMatch(text);
    QList<QRegularExpressionMatch> matches;
    while (it.hasNext())
        matches.prepend(it.next());
    for (const auto& m : matches)
        out.replace(m.capturedStart(), m.capturedLength(), QStringLiteral("••••") + last4(m.captured()));
    return out;
}

QString PosJournalReader::controlKind(const QString& word)
{
    const QString w = word.toLower().remove(QLatin1Char('_')).remove(QLatin1Char('-')).remove(QLatin1Char(' '));
    if (w.isEmpty())
        return {};
    if (w.contains(QLatin1String("nosale")) || w == QLatin1String("draweropen") || w == QLatin1String("opendrawer")
        || w.contains(QLatin1String("schublade")))
        return QStringLiteral("no_sale");
    if (w.contains(QLatin1String("signon")) || w.contains(QLatin1String("logon")) || w.contains(QLatin1String("login"))
        || w.contains(QLatin1String("anmeld")))
        return QStringLiteral("sign_on");
    if (w.contains(QLatin1String("signoff")) || w.contains(QLatin1String("logoff"))
        || w.contains(QLatin1String("logout")) || w.contains(QLatin1String("abmeld")))
        return QStringLiteral("sign_off");
    if (w.contains(QLatin1String("override")) || w.contains(QLatin1String("pricechange"))
        || w.contains(u"preisänderung"))
        return QStringLiteral("price_override");
    if (w.contains(QLatin1String("tillopen")) || w.contains(QLatin1String("opentill"))
        || w.contains(QLatin1String("loan")) || w.contains(QLatin1String("startofday"))
        || w.contains(QLatin1String("storeopen")) || w.contains(u"kassenöffnung"))
        return QStringLiteral("till_open");
    if (w.contains(QLatin1String("tillclose")) || w.contains(QLatin1String("closetill"))
        || w.contains(QLatin1String("settle")) || w.contains(QLatin1String("eod"))
        || w.contains(QLatin1String("endofday")) || w.contains(QLatin1String("storeclose"))
        || w.contains(QLatin1String("kassenabschluss")))
        return QStringLiteral("till_close");
    if (w.contains(QLatin1String("paidin")) || w.contains(QLatin1String("einlage")))
        return QStringLiteral("paid_in");
    if (w.contains(QLatin1String("paidout")) || w.contains(QLatin1String("pickup"))
        || w.contains(QLatin1String("entnahme")))
        return QStringLiteral("paid_out");
    return {};
}

bool PosJournalReader::isYes(const QString& word)
{
    const QString w = word.trimmed().toLower();
    return w == QLatin1String("true") || w == QLatin1String("1") || w == QLatin1String("yes") || w == QLatin1String("y")
        || w == QLatin1String("ja") || w == QLatin1String("j") || w == QLatin1String("x")
        || w == QLatin1String("voided") || w == QLatin1String("void") || w == QLatin1String("storno");
}

} // namespace lpdesk
