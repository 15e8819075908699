#include "pos/PosJsonJournal.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QStringDecoder>

namespace lpdesk {

namespace {

// A JSON number is read from its shortest decimal form (12.34 stays 12.34), never multiplied as a double.
Result<qint64> jsonAmount(const QJsonValue& v, QChar decimal)
{
    const QString text
        = v.isDouble() ? QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest) : v.toString();
    return PosJournalReader::parseAmount(text, PosJournalReader::ReadExponent,
                                         v.isDouble() ? QLatin1Char('.') : decimal);
}

Result<PosLineItem> lineFromJson(const QJsonObject& lo, QChar decimal)
{
    PosLineItem l;
    if (!PosTransaction::parseKind(lo.value(QLatin1String("kind")).toString(), &l.kind))
        return failure(
            PosJsonJournal::tr("unknown line kind \"%1\"").arg(lo.value(QLatin1String("kind")).toString().left(20)));
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
        auto m = jsonAmount(lo.value(QLatin1String(key)), decimal);
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
    return l;
}

// The transaction's time, its kind and whether it was voided.
Status readTimeAndType(const QJsonObject& o, PosTransaction& t)
{
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
    return {};
}

Result<PosTransaction> transactionFromJson(const QJsonObject& o, const QString& storeId, const PosReadOptions& options)
{
    const QChar decimal = options.decimal.isNull() ? QLatin1Char('.') : options.decimal;
    PosTransaction t;
    t.exponent = PosJournalReader::ReadExponent; // until finish() knows the currency
    t.storeId = storeId;
    t.registerId = o.value(QLatin1String("register")).toString().left(20);
    t.sequence = o.value(QLatin1String("sequence")).toVariant().toString().left(20);
    t.businessDay = o.value(QLatin1String("business_day")).toString().left(10);
    LP_TRY(readTimeAndType(o, t));
    if (o.contains(QLatin1String("total"))) {
        auto total = jsonAmount(o.value(QLatin1String("total")), decimal);
        if (!total)
            return total.error();
        t.total = *total;
    }
    const QJsonArray lines = o.value(QLatin1String("lines")).toArray();
    if (lines.size() > PosJournalReader::MaxLinesPerTransaction)
        return failure(PosJsonJournal::tr("more than %1 line items").arg(PosJournalReader::MaxLinesPerTransaction));
    for (const QJsonValue& lv : lines) {
        auto l = lineFromJson(lv.toObject(), decimal);
        if (!l)
            return l.error();
        t.lines << *l;
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

// A small streaming splitter: finds the "transactions" array at depth 1 and parses its elements one by one, fed a
// byte at a time; the top-level scalars it reads on the way are store_id and format.
class JsonTransactionSplitter
{
public:
    JsonTransactionSplitter(const PosReadOptions& options, const PosJournalFormat::Sink& sink,
                            QList<PosReject>* rejects)
        : m_options(options), m_sink(sink), m_rejects(rejects)
    { }

    Status feed(char c)
    {
        if (c == '\n')
            ++m_line;
        if (m_inTransactions && m_depth == 2 && !m_inString)
            strayByte(c);
        const bool collecting = m_inTransactions && m_depth >= 3; // the array is depth 2, its objects 3
        if (collecting) {
            m_element.append(c);
            if (m_element.size() > PosJournalReader::MaxRecordBytes)
                return fatal(
                    PosJsonJournal::tr("a transaction larger than %1 bytes").arg(PosJournalReader::MaxRecordBytes));
        } else if (m_depth == 1 && m_expectValueFor && !m_inString && !QByteArrayView(":,{}[] \n\r\t").contains(c)) {
            m_scalar.append(c);
        }
        if (m_inString) {
            stringByte(c, collecting);
            return {};
        }
        LP_TRY(structural(c));
        if (m_depth < 0)
            return fatal(PosJsonJournal::tr("unbalanced brackets"));
        return {};
    }

    // The end of the document.
    Status end() const
    {
        if (m_depth != 0 || m_inString)
            return fatal(PosJsonJournal::tr("the document ends early (truncated?)"));
        return {};
    }

    Status fatal(const QString& why) const
    {
        return makeError(ErrorKind::Verification,
                         PosJsonJournal::tr("The JSON journal is not acceptable at line %1: %2").arg(m_line).arg(why));
    }

private:
    // Between the array's elements: anything but an object (a number, a string, a transaction wrapped in an array)
    // is one element the import cannot take, rejected where it starts rather than skipped without a word.
    void strayByte(char c)
    {
        if (c == ',' || c == ']') {
            if (!m_stray)
                return;
            m_stray = false;
            m_element.clear();
            m_rejects->append({PosJsonJournal::tr("transaction #%1 (line %2)").arg(++m_count).arg(m_elementLine),
                               PosJsonJournal::tr("not a JSON object")});
        } else if (!m_stray && !QByteArrayView("{ \n\r\t").contains(c)) {
            m_stray = true;
            m_elementLine = m_line;
        }
    }

    void stringByte(char c, bool collecting)
    {
        if (m_escape)
            m_escape = false;
        else if (c == '\\')
            m_escape = true;
        else if (c == '"')
            closeString();
        else if (m_readingKey)
            m_key.append(c);
        if (!collecting && m_depth == 1 && m_expectValueFor && !m_readingKey)
            m_scalar.append(c);
    }

    void closeString()
    {
        m_inString = false;
        if (!m_readingKey)
            return;
        m_readingKey = false;
        m_lastKey = m_key;
    }

    Status structural(char c)
    {
        switch (c) {
        case '"':
            m_inString = true;
            if (m_depth == 1 && !m_expectValueFor) {
                m_readingKey = true;
                m_key.clear();
            }
            return {};
        case ':':
            if (m_depth == 1) {
                m_expectValueFor = true;
                m_scalar.clear();
            }
            return {};
        case ',':
            return endScalar();
        case '}':
            LP_TRY(endScalar());
            --m_depth;
            return m_inTransactions && m_depth == 2 && !m_element.isEmpty() ? takeElement() : Status();
        case '{':
            ++m_depth;
            if (m_inTransactions && m_depth == 3) {
                m_element = "{";
                m_elementLine = m_line;
            }
            return {};
        case '[':
            ++m_depth;
            if (m_depth == 2 && m_lastKey == "transactions" && m_expectValueFor) {
                m_inTransactions = true;
                m_expectValueFor = false;
            }
            return {};
        case ']':
            --m_depth;
            if (m_inTransactions && m_depth == 1) {
                m_inTransactions = false;
                m_expectValueFor = false;
            }
            return {};
        default:
            return {};
        }
    }

    // A top-level value ends: store_id is kept, format checked.
    Status endScalar()
    {
        if (m_depth != 1 || !m_expectValueFor)
            return {};
        const QByteArray value = m_scalar.trimmed();
        if (m_lastKey == "store_id")
            m_storeId = QString::fromUtf8(value).remove(QLatin1Char('"')).left(48);
        if (m_lastKey == "format" && value != "\"lpdesk-pos-json\"")
            return fatal(PosJsonJournal::tr("format is not lpdesk-pos-json"));
        m_expectValueFor = false;
        return {};
    }

    // One element of the transactions array, complete: handed over, or rejected with the reason.
    Status takeElement()
    {
        ++m_count;
        const QString ref = PosJsonJournal::tr("transaction #%1 (line %2)").arg(m_count).arg(m_elementLine);
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(m_element, &pe);
        m_element.clear();
        if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
            m_rejects->append({ref, PosJsonJournal::tr("not a JSON object")});
            return {};
        }
        auto t = transactionFromJson(doc.object(), m_storeId, m_options);
        if (!t) {
            m_rejects->append({ref, t.errorMessage()});
            return {};
        }
        return m_sink(*t, ref);
    }

    const PosReadOptions& m_options;
    const PosJournalFormat::Sink& m_sink;
    QList<PosReject>* m_rejects;
    int m_depth = 0;
    bool m_inString = false;
    bool m_escape = false;
    bool m_readingKey = false;
    bool m_expectValueFor = false;
    bool m_inTransactions = false;
    bool m_stray = false; // an element of the transactions array that is not an object
    qint64 m_line = 1;
    qint64 m_elementLine = 0;
    int m_count = 0;
    QByteArray m_key;
    QByteArray m_lastKey;
    QByteArray m_element;
    QByteArray m_scalar; // top-level scalar values (store_id, format)
    QString m_storeId;
};

} // namespace

Status PosJsonJournal::read(QIODevice& device, const PosReadOptions& options, const Sink& sink,
                            QList<PosReject>* rejects, const std::atomic_bool* cancel)
{
    JsonTransactionSplitter splitter(options, sink, rejects);
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
            return splitter.fatal(tr("not valid UTF-8"));
        for (char c : chunk)
            LP_TRY(splitter.feed(c));
    }
    return splitter.end();
}

} // namespace lpdesk
