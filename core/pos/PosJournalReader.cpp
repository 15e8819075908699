#include "pos/PosJournalReader.h"

#include "pos/Currency.h"
#include "pos/PosCsvJournal.h"
#include "pos/PosJournalWriter.h"
#include "pos/PosJsonJournal.h"
#include "pos/PoslogJournal.h"

#include "common/Time.h"

#include <QIODevice>
#include <QRegularExpression>

namespace lpdesk {

QTimeZone PosReadOptions::zoneFor(const QString& storeId) const
{
    if (zone.isValid())
        return zone;
    return storeZone ? storeZone(storeId) : QTimeZone();
}

PosCsvMapping PosCsvMapping::standard()
{
    // LP Desk's own CSV (what PosJournalWriter writes) names each column after its field.
    PosCsvMapping m;
    for (const QString& f : PosJournalWriter::csvColumns())
        m.columns.insert(f, f);
    // Fields vendors' CSVs have that LP Desk's own does not write.
    for (const char* f : {"transaction_void", "currency", "card_number", "date", "time"})
        m.columns.insert(QString::fromLatin1(f), QString::fromLatin1(f));
    return m;
}

QStringList PosCsvMapping::requiredFields()
{
    // The business day is derived from the time when a journal does not give it.
    return {QStringLiteral("register"), QStringLiteral("sequence"), QStringLiteral("begin")};
}

QString PosCsvMapping::missingField(const QStringList& fields)
{
    for (const QString& f : requiredFields()) {
        if (fields.contains(f))
            continue;
        if (f == QLatin1String("begin") && fields.contains(QStringLiteral("date"))
            && fields.contains(QStringLiteral("time")))
            continue;
        return f;
    }
    return {};
}

Result<PosCsvMapping> PosCsvMapping::fromJson(const QJsonObject& json)
{
    PosCsvMapping m;
    const QStringList known = standard().columns.keys();
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (!known.contains(it.key()) || !it.value().isString() || it.value().toString().size() > 100)
            return makeError(
                ErrorKind::Usage,
                PosJournalReader::tr("Unknown field or bad column name in the CSV mapping: %1").arg(it.key().left(40)));
        m.columns.insert(it.key(), it.value().toString());
    }
    if (const QString missing = missingField(m.columns.keys()); missing == QLatin1String("begin"))
        return makeError(ErrorKind::Usage,
                         PosJournalReader::tr("The CSV mapping needs a column for \"begin\", or columns for \"date\" "
                                              "and \"time\"."));
    else if (!missing.isEmpty())
        return makeError(ErrorKind::Usage,
                         PosJournalReader::tr("The CSV mapping needs a column for \"%1\".").arg(missing));
    return m;
}

QJsonObject PosCsvMapping::toJson() const
{
    QJsonObject o;
    for (auto it = columns.constBegin(); it != columns.constEnd(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

Result<QString> PosJournalReader::detectFormat(QIODevice& device)
{
    QByteArray t = device.peek(4096).trimmed();
    if (t.startsWith("\xef\xbb\xbf"))
        t = t.mid(3).trimmed();
    if (t.startsWith('<'))
        return QStringLiteral("poslog");
    if (t.startsWith('{'))
        return QStringLiteral("json");
    const QByteArray firstLine = t.left(t.indexOf('\n'));
    for (char c : {',', ';', '\t', '|'})
        if (firstLine.contains(c))
            return QStringLiteral("csv");
    return makeError(ErrorKind::Usage, tr("Cannot tell the journal's format; give it with --format."));
}

std::unique_ptr<PosJournalFormat> PosJournalReader::format(const QString& name)
{
    if (name == QLatin1String("poslog"))
        return std::make_unique<PoslogJournal>();
    if (name == QLatin1String("csv"))
        return std::make_unique<PosCsvJournal>();
    if (name == QLatin1String("json"))
        return std::make_unique<PosJsonJournal>();
    return nullptr;
}

namespace {

// Whether the journal could hold a slash date at all: a digit, "/" (or JSON's "\/"), a digit anywhere in its bytes.
// Cheap, so that journals with ISO dates are read once; the device is left where it was.
Result<bool> mayHoldSlashDates(QIODevice& device, const std::atomic_bool* cancel)
{
    const qint64 start = device.pos();
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    QByteArray tail;
    bool found = false;
    while (!found && !device.atEnd()) {
        if (cancel && cancel->load())
            return makeError(ErrorKind::Cancelled, PosJournalReader::tr("Cancelled."));
        const QByteArray bytes = device.read(1 << 20);
        if (bytes.isEmpty())
            break;
        const QByteArray chunk = tail + bytes;
        for (qsizetype i = chunk.indexOf('/'); i >= 0 && !found; i = chunk.indexOf('/', i + 1)) {
            qsizetype before = i - 1;
            if (before >= 0 && chunk[before] == '\\')
                --before;
            found = before >= 0 && digit(chunk[before]) && i + 1 < chunk.size() && digit(chunk[i + 1]);
        }
        tail = chunk.right(3); // a pattern cut by the chunk's end is seen in the next one
    }
    if (!device.seek(start))
        return failure(PosJournalReader::tr("Cannot read the journal again from its start."));
    return found;
}

} // namespace

Status PosJournalReader::read(const QString& formatName, QIODevice& device, const PosReadOptions& options,
                              const Sink& sink, QList<PosReject>* rejects, const std::atomic_bool* cancel,
                              PosSlashDates* slashDates, PosDateOrder* order)
{
    auto reader = format(formatName);
    if (!reader)
        return makeError(ErrorKind::Usage, tr("Unknown POS journal format %1 (poslog, csv or json).").arg(formatName));
    PosReadOptions decided = options;
    // Slash dates: the order is the journal's, decided from all of its dates before any record is handed over —
    // never row by row, where "3/4/2026" would be March in one row and April in the next.
    if (decided.dateOrder == PosDateOrder::Undecided && !device.isSequential()) {
        auto maybe = mayHoldSlashDates(device, cancel);
        if (!maybe)
            return maybe.error();
        if (*maybe) {
            const qint64 start = device.pos();
            PosSlashDates seen;
            PosReadOptions scan = options;
            scan.slashDates = &seen;
            QList<PosReject> ignored;
            LP_TRY(reader->read(
                device, scan, [](const PosTransaction&, const QString&) -> Status { return {}; }, &ignored, cancel));
            auto told = seen.decide();
            if (!told)
                return told.error();
            decided.dateOrder = *told;
            if (!device.seek(start))
                return failure(tr("Cannot read the journal again from its start."));
            reader = format(formatName);
        }
    }
    PosSlashDates seen;
    decided.slashDates = &seen;
    LP_TRY(reader->read(device, decided, sink, rejects, cancel));
    if (slashDates)
        *slashDates = seen;
    if (order)
        *order = decided.dateOrder;
    return {};
}

// --- values ------------------------------------------------------------------------------------------------------

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

// --- the shared rules --------------------------------------------------------------------------------------------

namespace {

QString withOffset(const QDateTime& t)
{
    const int offset = t.offsetFromUtc();
    const int a = std::abs(offset);
    return t.toString(t.time().msec() ? QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")
                                      : QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
        + QStringLiteral("%1%2:%3")
              .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
              .arg(a / 3600, 2, 10, QLatin1Char('0'))
              .arg((a % 3600) / 60, 2, 10, QLatin1Char('0'));
}

} // namespace

Status PosJournalReader::finish(PosTransaction& t, const PosReadOptions& options)
{
    if (options.slashDates)
        for (const QString* date : {&t.begin, &t.end, &t.receiptTime, &t.logTime, &t.businessDay, &t.linkBusinessDay})
            options.slashDates->observe(*date);
    if (t.registerId.isEmpty())
        return failure(tr("no register (WorkstationID) is given"));
    if (t.sequence.isEmpty())
        return failure(tr("no transaction number (SequenceNumber) is given"));
    if (t.lines.size() > MaxLinesPerTransaction)
        return failure(tr("more than %1 line items").arg(MaxLinesPerTransaction));
    // The amounts in the currency's own minor unit. A value finer than that unit ("2.785" EUR) is rounded half to
    // even and the note says so; the encrypted original keeps the exact text.
    const int exponent = Currency::exponentOf(t.currency);
    if (t.exponent != exponent) {
        const int from = t.exponent;
        auto convert = [&](qint64* value, const QString& field) {
            bool inexact = false;
            const qint64 before = *value;
            *value = Currency::rescale(before, from, exponent, &inexact);
            if (!inexact)
                return;
            QString written = Currency::plain(before, from);
            while (written.contains(QLatin1Char('.')) && written.endsWith(QLatin1Char('0')))
                written.chop(1);
            t.notes << tr("%1 %2 has more decimals than %3 has (%4): rounded to %5")
                           .arg(field, written, t.currency)
                           .arg(exponent)
                           .arg(Currency::plain(*value, exponent));
        };
        convert(&t.total, tr("Total"));
        for (qsizetype n = 0; n < t.lines.size(); ++n) {
            PosLineItem& l = t.lines[n];
            convert(&l.unitPrice, tr("Line %1 unit price").arg(n + 1));
            convert(&l.regularPrice, tr("Line %1 regular price").arg(n + 1));
            convert(&l.amount, tr("Line %1 amount").arg(n + 1));
        }
        t.exponent = exponent;
    }
    // The time: whichever the journal has, in this order.
    const std::pair<QString, QString> candidates[] = {{QStringLiteral("BeginDateTime"), t.begin},
                                                      {QStringLiteral("EndDateTime"), t.end},
                                                      {QStringLiteral("ReceiptDateTime"), t.receiptTime},
                                                      {QStringLiteral("POSLogDateTime"), t.logTime}};
    QString written, source;
    for (const auto& [name, value] : candidates)
        if (!value.trimmed().isEmpty()) {
            written = value.trimmed();
            source = name;
            break;
        }
    if (written.isEmpty())
        return failure(tr("no time is given (none of BeginDateTime, EndDateTime, ReceiptDateTime, POSLogDateTime)"));
    const QTimeZone zone = options.zoneFor(t.storeId);
    bool local = false;
    QString why;
    const QDateTime when = parseTime(written, zone, &local, options.dateOrder, &why);
    if (!when.isValid()) {
        if (local && !zone.isValid())
            return failure(tr("the time \"%1\" has no UTC offset and no timezone is known for store \"%2\" (give the "
                              "store's timezone)")
                               .arg(written.left(40), t.storeId.left(48)));
        if (!why.isEmpty())
            return failure(tr("the time: %1").arg(why));
        return failure(tr("the time \"%1\" is not a date and time").arg(written.left(40)));
    }
    if (t.timeSource.isEmpty())
        t.timeSource = source;
    t.timeWritten = written.left(40);
    t.zoneApplied = local ? QString::fromUtf8(zone.id()) : QString();
    t.begin = withOffset(when);
    if (!t.end.isEmpty() && source != QLatin1String("EndDateTime")) {
        const QDateTime end = parseTime(t.end, zone, nullptr, options.dateOrder);
        t.end = end.isValid() ? withOffset(end) : t.end.left(40);
    } else if (source == QLatin1String("EndDateTime")) {
        t.end = t.begin;
    }
    if (t.businessDay.isEmpty()) {
        t.businessDay = when.date().toString(Qt::ISODate);
        t.businessDayDerived = true;
    } else {
        const QDate day = parseDate(t.businessDay, options.dateOrder, &why);
        if (!day.isValid())
            return failure(why.isEmpty() ? tr("business day \"%1\" is not a date").arg(t.businessDay.left(20))
                                         : tr("business day: %1").arg(why));
        t.businessDay = day.toString(Qt::ISODate);
    }
    if (!t.linkBusinessDay.isEmpty())
        if (const QDate d = parseDate(t.linkBusinessDay, options.dateOrder); d.isValid())
            t.linkBusinessDay = d.toString(Qt::ISODate);
    // The kind, in the investigator's words.
    bool sale = false, returned = false;
    for (const PosLineItem& l : t.lines) {
        if (l.voided)
            continue;
        sale = sale || l.kind == PosLineItem::Kind::Sale;
        returned = returned || l.kind == PosLineItem::Kind::Return;
    }
    if (t.voided)
        t.kind = QStringLiteral("void");
    else if (t.type == PosTransaction::Type::Control) {
        const QString k = controlKind(t.control);
        t.kind = k.isEmpty() ? QStringLiteral("control") : k;
        if (!k.isEmpty())
            t.control = k;
    } else if (t.control == QLatin1String("no_sale") && !sale && !returned)
        t.kind = QStringLiteral("no_sale");
    else if (returned)
        t.kind = sale ? QStringLiteral("exchange") : QStringLiteral("return");
    else
        t.kind = QStringLiteral("sale");
    if (t.kind == QLatin1String("no_sale") && t.type != PosTransaction::Type::Control) {
        t.type = PosTransaction::Type::Control;
        t.control = QStringLiteral("no_sale");
    }
    return {};
}

QStringList PosJournalReader::exceptionsOf(const PosTransaction& t)
{
    QStringList out;
    qint64 gross = 0, discounts = 0;
    bool voided = false, overridden = false, keyed = false, returned = false;
    for (const PosLineItem& l : t.lines) {
        voided = voided || l.voided;
        if (l.kind == PosLineItem::Kind::Sale && !l.voided) {
            gross += l.regularPrice > 0 ? l.regularPrice : l.amount;
            if (l.regularPrice > 0 && l.unitPrice < l.regularPrice)
                overridden = true;
        }
        if (l.kind == PosLineItem::Kind::Discount)
            discounts += std::abs(l.amount);
        if (l.kind == PosLineItem::Kind::Tender && l.entryMethod == QLatin1String("keyed"))
            keyed = true;
        if (l.kind == PosLineItem::Kind::Return && !l.voided)
            returned = true;
    }
    if (voided)
        out << QStringLiteral("void");
    if (t.voided)
        out << QStringLiteral("voided_transaction");
    if (t.type == PosTransaction::Type::Control
        && (t.control == QLatin1String("no_sale") || t.control == QLatin1String("drawer_open")))
        out << QStringLiteral("no_sale");
    if (returned && t.linkSequence.isEmpty())
        out << QStringLiteral("refund_without_receipt");
    if (returned && !t.linkSequence.isEmpty() && !t.linkBusinessDay.isEmpty() && t.linkBusinessDay != t.businessDay)
        out << QStringLiteral("return_other_day");
    if (overridden || t.control == QLatin1String("price_override"))
        out << QStringLiteral("price_override");
    if (keyed)
        out << QStringLiteral("manual_card_entry");
    if (gross > 0 && discounts * 100 >= gross * 30)
        out << QStringLiteral("large_discount");
    return out;
}

} // namespace lpdesk
