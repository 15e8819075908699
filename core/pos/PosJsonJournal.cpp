#include "pos/PosJsonJournal.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QStringDecoder>

namespace lpdesk {

namespace {

Result<PosTransaction> transactionFromJson(const QJsonObject& o, const QString& storeId, const PosReadOptions& options)
{
    const QChar decimal = options.decimal.isNull() ? QLatin1Char('.') : options.decimal;
    PosTransaction t;
    t.exponent = PosJournalReader::ReadExponent; // until finish() knows the currency
    t.storeId = storeId;
    t.registerId = o.value(QLatin1String("register")).toString().left(20);
    t.sequence = o.value(QLatin1String("sequence")).toVariant().toString().left(20);
    t.businessDay = o.value(QLatin1String("business_day")).toString().left(10);
    t.begin = o.value(QLatin1String("begin")).toString().left(40);
    if (t.begin.isEmpty() && (o.contains(QLatin1String("date")) || o.contains(QLatin1String("time")))) {
        // The date and the time in two fields, as some tills' JSON exports write them.
        auto joined = PosJournalReader::joinDateAndTime(o.value(QLatin1String("date")).toString().left(40),
                                                        o.value(QLatin1String("time")).toString().left(40));
        if (!joined)
            return joined.error();
        t.begin = *joined;
        t.timeSource = QStringLiteral("date+time");
    }
    t.end = o.value(QLatin1String("end")).toString().left(40);
    t.operatorId = o.value(QLatin1String("operator")).toString().left(40);
    t.receiptTime = o.value(QLatin1String("receipt_time")).toString().left(40);
    if (o.contains(QLatin1String("currency")))
        t.currency = o.value(QLatin1String("currency")).toString().left(3);
    const QString type = o.value(QLatin1String("type")).toString();
    const QString control = o.value(QLatin1String("control")).toString().left(40);
    if (type == QLatin1String("control") || !PosJournalReader::controlKind(type).isEmpty()) {
        t.type = PosTransaction::Type::Control;
        t.control = control.isEmpty() ? PosJournalReader::controlKind(type) : control;
    } else {
        t.control = control;
    }
    t.voided = o.value(QLatin1String("void")).toBool()
        || o.value(QLatin1String("status")).toString().contains(QLatin1String("void"), Qt::CaseInsensitive);
    auto money = [&](const QJsonValue& v) -> Result<qint64> {
        // A JSON number is read from its shortest decimal form (12.34 stays 12.34), never multiplied as a double.
        const QString text
            = v.isDouble() ? QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest) : v.toString();
        return PosJournalReader::parseAmount(text, PosJournalReader::ReadExponent,
                                             v.isDouble() ? QLatin1Char('.') : decimal);
    };
    if (o.contains(QLatin1String("total"))) {
        auto total = money(o.value(QLatin1String("total")));
        if (!total)
            return total.error();
        t.total = *total;
    }
    const QJsonArray lines = o.value(QLatin1String("lines")).toArray();
    if (lines.size() > PosJournalReader::MaxLinesPerTransaction)
        return failure(PosJsonJournal::tr("more than %1 line items").arg(PosJournalReader::MaxLinesPerTransaction));
    for (const QJsonValue& lv : lines) {
        const QJsonObject lo = lv.toObject();
        PosLineItem l;
        if (!PosTransaction::parseKind(lo.value(QLatin1String("kind")).toString(), &l.kind))
            return failure(PosJsonJournal::tr("unknown line kind \"%1\"")
                               .arg(lo.value(QLatin1String("kind")).toString().left(20)));
        l.itemId = lo.value(QLatin1String("item_id")).toString().left(40);
        l.description = lo.value(QLatin1String("description")).toString().left(200);
        const QJsonValue qv = lo.value(QLatin1String("quantity"));
        if (qv.isString()) {
            auto q = PosJournalReader::parseQuantity(qv.toString(), decimal);
            if (!q)
                return q.error();
            l.quantity = *q;
        } else {
            l.quantity = qv.toDouble(1);
        }
        for (const auto& [key, target] : {std::pair<const char*, qint64*> {"unit_price", &l.unitPrice},
                                          {"regular_price", &l.regularPrice},
                                          {"amount", &l.amount}}) {
            if (!lo.contains(QLatin1String(key)))
                continue;
            auto m = money(lo.value(QLatin1String(key)));
            if (!m)
                return m.error();
            *target = *m;
        }
        l.voided = lo.value(QLatin1String("void")).toBool();
        l.tenderType = lo.value(QLatin1String("tender_type")).toString().left(20);
        l.cardLast4 = PosJournalReader::last4(lo.value(QLatin1String("card_last4")).toString());
        l.entryMethod = lo.value(QLatin1String("entry_method")).toString().left(20);
        l.reason = lo.value(QLatin1String("reason")).toString().left(40);
        static const QStringList knownLine {
            QStringLiteral("kind"),       QStringLiteral("item_id"),      QStringLiteral("description"),
            QStringLiteral("quantity"),   QStringLiteral("unit_price"),   QStringLiteral("regular_price"),
            QStringLiteral("amount"),     QStringLiteral("void"),         QStringLiteral("tender_type"),
            QStringLiteral("card_last4"), QStringLiteral("entry_method"), QStringLiteral("reason")};
        for (auto it = lo.constBegin(); it != lo.constEnd(); ++it)
            if (!knownLine.contains(it.key()))
                l.extensions.insert(it.key().left(60), it.value());
        t.lines << l;
    }
    const QJsonObject link = o.value(QLatin1String("link")).toObject();
    t.linkRegister = link.value(QLatin1String("register")).toString().left(20);
    t.linkSequence = link.value(QLatin1String("sequence")).toVariant().toString().left(20);
    t.linkBusinessDay = link.value(QLatin1String("business_day")).toString().left(10);
    t.loyaltyId = o.value(QLatin1String("loyalty_id")).toString().left(40);
    t.extensions = o.value(QLatin1String("ext")).toObject();
    LP_TRY(PosJournalReader::finish(t, options));
    return t;
}

} // namespace
Status PosJsonJournal::read(QIODevice& device, const PosReadOptions& options, const Sink& sink,
                            QList<PosReject>* rejects, const std::atomic_bool* cancel)
{
    // A small streaming splitter: finds the "transactions" array at depth 1 and parses its elements one by one.
    int depth = 0;
    bool inString = false, escape = false;
    qint64 line = 1;
    QByteArray key, lastKey, element, storeIdRaw, formatRaw;
    bool readingKey = false, expectValueFor = false;
    bool inTransactions = false;
    qint64 elementLine = 0;
    int count = 0;
    QString storeId;
    QByteArray scalar; // top-level scalar values (store_id, format)
    auto fatal = [&](const QString& why) {
        return makeError(ErrorKind::Verification,
                         tr("The JSON journal is not acceptable at line %1: %2").arg(line).arg(why));
    };
    QStringDecoder utf8(QStringDecoder::Utf8); // stateful: a character may straddle two chunks
    while (!device.atEnd()) {
        if (cancel && cancel->load())
            return makeError(ErrorKind::Cancelled, tr("Cancelled."));
        const QByteArray chunk = device.read(1 << 20);
        if (chunk.isEmpty())
            break;
        const QString decoded = utf8.decode(chunk); // decode() is lazy: converting runs it
        Q_UNUSED(decoded);
        if (utf8.hasError())
            return fatal(tr("not valid UTF-8"));
        for (char c : chunk) {
            if (c == '\n')
                ++line;
            const bool collecting = inTransactions && depth >= 3; // the array is depth 2, its objects 3
            if (collecting) {
                element.append(c);
                if (element.size() > PosJournalReader::MaxRecordBytes)
                    return fatal(tr("a transaction larger than %1 bytes").arg(PosJournalReader::MaxRecordBytes));
            } else if (depth == 1 && expectValueFor && !inString && !QByteArrayView(":,{}[] \n\r\t").contains(c)) {
                scalar.append(c);
            }
            if (inString) {
                if (escape)
                    escape = false;
                else if (c == '\\')
                    escape = true;
                else if (c == '"') {
                    inString = false;
                    if (readingKey) {
                        readingKey = false;
                        lastKey = key;
                    }
                } else if (readingKey) {
                    key.append(c);
                }
                if (!collecting && depth == 1 && expectValueFor && !readingKey)
                    scalar.append(c);
                continue;
            }
            switch (c) {
            case '"':
                inString = true;
                if (depth == 1 && !expectValueFor) {
                    readingKey = true;
                    key.clear();
                }
                break;
            case ':':
                if (depth == 1) {
                    expectValueFor = true;
                    scalar.clear();
                }
                break;
            case ',':
            case '}':
                if (depth == 1 && expectValueFor && c != ']') {
                    const QByteArray value = scalar.trimmed();
                    if (lastKey == "store_id")
                        storeId = QString::fromUtf8(value).remove(QLatin1Char('"')).left(48);
                    if (lastKey == "format" && value != "\"lpdesk-pos-json\"")
                        return fatal(tr("format is not lpdesk-pos-json"));
                    expectValueFor = false;
                }
                if (c == '}') {
                    --depth;
                    if (inTransactions && depth == 2 && !element.isEmpty()) {
                        ++count;
                        const QString ref = tr("transaction #%1 (line %2)").arg(count).arg(elementLine);
                        QJsonParseError pe;
                        const QJsonDocument doc = QJsonDocument::fromJson(element, &pe);
                        element.clear();
                        if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
                            rejects->append({ref, tr("not a JSON object")});
                            break;
                        }
                        auto t = transactionFromJson(doc.object(), storeId, options);
                        if (!t)
                            rejects->append({ref, t.errorMessage()});
                        else
                            LP_TRY(sink(*t, ref));
                    }
                }
                break;
            case '{':
                ++depth;
                if (inTransactions && depth == 3) {
                    element = "{";
                    elementLine = line;
                }
                break;
            case '[':
                ++depth;
                if (depth == 2 && lastKey == "transactions" && expectValueFor) {
                    inTransactions = true;
                    expectValueFor = false;
                }
                break;
            case ']':
                --depth;
                if (inTransactions && depth == 1) {
                    inTransactions = false;
                    expectValueFor = false;
                }
                break;
            default:
                break;
            }
            if (depth < 0)
                return fatal(tr("unbalanced brackets"));
        }
    }
    if (depth != 0 || inString)
        return fatal(tr("the document ends early (truncated?)"));
    return {};
}

} // namespace lpdesk
