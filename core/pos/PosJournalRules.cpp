// The rules every POS journal format shares, applied by PosJournalReader::finish() once a record is read, and the
// exceptions an investigator filters on.
#include "pos/PosJournalReader.h"

#include "model/Currency.h"

namespace lpdesk {

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

// The amounts in the currency's own minor unit. A value finer than that unit ("2.785" EUR) is rounded half to even
// and a note says so; the encrypted original keeps the exact text.
void rescaleAmounts(PosTransaction& t)
{
    const int exponent = Currency::exponentOf(t.currency);
    if (t.exponent == exponent)
        return;
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
        t.notes << PosJournalReader::tr("%1 %2 has more decimals than %3 has (%4): rounded to %5")
                       .arg(field, written, t.currency)
                       .arg(exponent)
                       .arg(Currency::plain(*value, exponent));
    };
    convert(&t.total, PosJournalReader::tr("Total"));
    for (qsizetype n = 0; n < t.lines.size(); ++n) {
        PosLineItem& l = t.lines[n];
        convert(&l.unitPrice, PosJournalReader::tr("Line %1 unit price").arg(n + 1));
        convert(&l.regularPrice, PosJournalReader::tr("Line %1 regular price").arg(n + 1));
        convert(&l.amount, PosJournalReader::tr("Line %1 amount").arg(n + 1));
    }
    t.exponent = exponent;
}

// The time: whichever the journal has, in this order; the name of its field, and the time as written.
std::pair<QString, QString> writtenTime(const PosTransaction& t)
{
    const std::pair<QString, QString> candidates[] = {{QStringLiteral("BeginDateTime"), t.begin},
                                                      {QStringLiteral("EndDateTime"), t.end},
                                                      {QStringLiteral("ReceiptDateTime"), t.receiptTime},
                                                      {QStringLiteral("POSLogDateTime"), t.logTime}};
    for (const auto& [name, value] : candidates)
        if (!value.trimmed().isEmpty())
            return {name, value.trimmed()};
    return {};
}

// Reads the transaction's time into begin (and end) with its UTC offset; returns the time read.
Result<QDateTime> applyTime(PosTransaction& t, const PosReadOptions& options)
{
    const auto [source, written] = writtenTime(t);
    if (written.isEmpty())
        return failure(PosJournalReader::tr(
            "no time is given (none of BeginDateTime, EndDateTime, ReceiptDateTime, POSLogDateTime)"));
    const QTimeZone zone = options.zoneFor(t.storeId);
    bool local = false;
    QString why;
    const QDateTime when = PosJournalReader::parseTime(written, zone, &local, options.dateOrder, &why);
    if (!when.isValid() && local && !zone.isValid())
        return failure(PosJournalReader::tr("the time \"%1\" has no UTC offset and no timezone is known for store "
                                            "\"%2\" (give the store's timezone)")
                           .arg(written.left(40), t.storeId.left(48)));
    if (!when.isValid() && !why.isEmpty())
        return failure(PosJournalReader::tr("the time: %1").arg(why));
    if (!when.isValid())
        return failure(PosJournalReader::tr("the time \"%1\" is not a date and time").arg(written.left(40)));
    if (t.timeSource.isEmpty())
        t.timeSource = source;
    t.timeWritten = written.left(40);
    t.zoneApplied = local ? QString::fromUtf8(zone.id()) : QString();
    t.begin = withOffset(when);
    if (!t.end.isEmpty() && source != QLatin1String("EndDateTime")) {
        const QDateTime end = PosJournalReader::parseTime(t.end, zone, nullptr, options.dateOrder);
        t.end = end.isValid() ? withOffset(end) : t.end.left(40);
    } else if (source == QLatin1String("EndDateTime")) {
        t.end = t.begin;
    }
    return when;
}

// The business day as an ISO date: the journal's, or the date of the transaction's time when it gives none.
Status applyBusinessDay(PosTransaction& t, const PosReadOptions& options, const QDateTime& when)
{
    if (t.businessDay.isEmpty()) {
        t.businessDay = when.date().toString(Qt::ISODate);
        t.businessDayDerived = true;
    } else {
        QString why;
        const QDate day = PosJournalReader::parseDate(t.businessDay, options.dateOrder, &why);
        if (!day.isValid())
            return failure(why.isEmpty()
                               ? PosJournalReader::tr("business day \"%1\" is not a date").arg(t.businessDay.left(20))
                               : PosJournalReader::tr("business day: %1").arg(why));
        t.businessDay = day.toString(Qt::ISODate);
    }
    if (t.linkBusinessDay.isEmpty())
        return {};
    if (const QDate d = PosJournalReader::parseDate(t.linkBusinessDay, options.dateOrder); d.isValid())
        t.linkBusinessDay = d.toString(Qt::ISODate);
    return {};
}

// The kind, in the investigator's words.
void classify(PosTransaction& t)
{
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
        const QString k = PosJournalReader::controlKind(t.control);
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
    rescaleAmounts(t);
    const auto when = applyTime(t, options);
    if (!when)
        return when.error();
    LP_TRY(applyBusinessDay(t, options, *when));
    classify(t);
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
