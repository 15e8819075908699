#include "pos/PosJournalReader.h"

#include "pos/PosJournalWriter.h"

#include "common/Time.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QXmlStreamReader>

namespace lpdesk {

namespace {

const QString ArtsNs = QStringLiteral("http://www.nrf-arts.org/IXRetail/namespace/");

QString kindNameForArts(QStringView element)
{
    if (element == u"Sale")
        return QStringLiteral("sale");
    if (element == u"Return")
        return QStringLiteral("return");
    if (element == u"Tax")
        return QStringLiteral("tax");
    if (element == u"Tender")
        return QStringLiteral("tender");
    if (element == u"Discount")
        return QStringLiteral("discount");
    return {};
}

QString tenderFromArts(const QString& t, const QString& cardType)
{
    if (t == QLatin1String("CreditDebit"))
        return cardType == QLatin1String("Debit") ? QStringLiteral("debit") : QStringLiteral("credit");
    if (t == QLatin1String("GiftCard"))
        return QStringLiteral("gift_card");
    if (t == QLatin1String("StoreCredit"))
        return QStringLiteral("store_credit");
    return QStringLiteral("cash");
}

QString entryFromArts(const QString& m)
{
    if (m == QLatin1String("Keyed"))
        return QStringLiteral("keyed");
    if (m == QLatin1String("ICC"))
        return QStringLiteral("chip");
    if (m == QLatin1String("Contactless"))
        return QStringLiteral("contactless");
    return m.isEmpty() ? QString() : QStringLiteral("swiped");
}

QString last4(const QString& pan)
{
    // Only the last four digits are ever kept, whatever the journal holds.
    QString digits;
    for (QChar c : pan)
        if (c.isDigit())
            digits += c;
    return digits.right(4);
}

Status checkTransaction(const PosTransaction& t)
{
    if (t.registerId.isEmpty() || t.sequence.isEmpty() || t.businessDay.isEmpty() || t.begin.isEmpty())
        return failure(PosJournalReader::tr("missing register, sequence, business day or begin time"));
    if (!parseRfc3339(t.begin).isValid())
        return failure(PosJournalReader::tr("begin time \"%1\" is not RFC 3339 with an offset").arg(t.begin.left(40)));
    if (!QDate::fromString(t.businessDay, Qt::ISODate).isValid())
        return failure(PosJournalReader::tr("business day \"%1\" is not a date").arg(t.businessDay.left(20)));
    if (t.lines.size() > PosJournalReader::MaxLinesPerTransaction)
        return failure(PosJournalReader::tr("more than %1 line items").arg(PosJournalReader::MaxLinesPerTransaction));
    return {};
}

} // namespace

Result<qint64> PosJournalReader::parseMoney(QStringView text)
{
    static const QRegularExpression re(QStringLiteral(R"(^(-)?(\d{1,12})(?:\.(\d{1,2}))?$)"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return failure(tr("\"%1\" is not an amount").arg(text.left(30).toString()));
    qint64 cents = m.captured(2).toLongLong() * 100;
    if (!m.captured(3).isEmpty())
        cents += m.captured(3).size() == 1 ? m.captured(3).toLongLong() * 10 : m.captured(3).toLongLong();
    return m.captured(1).isEmpty() ? cents : -cents;
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
        if (l.kind == PosLineItem::Kind::Return)
            returned = true;
    }
    if (voided)
        out << QStringLiteral("void");
    if (t.type == PosTransaction::Type::Control
        && (t.control == QLatin1String("no_sale") || t.control == QLatin1String("drawer_open")))
        out << QStringLiteral("no_sale");
    if (returned && t.linkSequence.isEmpty())
        out << QStringLiteral("refund_without_receipt");
    if (returned && !t.linkSequence.isEmpty() && !t.linkBusinessDay.isEmpty() && t.linkBusinessDay != t.businessDay)
        out << QStringLiteral("return_other_day");
    if (overridden)
        out << QStringLiteral("price_override");
    if (keyed)
        out << QStringLiteral("manual_card_entry");
    if (gross > 0 && discounts * 100 >= gross * 30)
        out << QStringLiteral("large_discount");
    return out;
}

PosCsvMapping PosCsvMapping::standard()
{
    // LP Desk's own CSV (what PosJournalWriter writes) names each column after its field.
    PosCsvMapping m;
    for (const QString& f : PosJournalWriter::csvColumns())
        m.columns.insert(f, f);
    return m;
}

QStringList PosCsvMapping::requiredFields()
{
    return {QStringLiteral("register"), QStringLiteral("sequence"), QStringLiteral("business_day"),
            QStringLiteral("begin")};
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
    for (const QString& f : requiredFields())
        if (!m.columns.contains(f))
            return makeError(ErrorKind::Usage,
                             PosJournalReader::tr("The CSV mapping needs a column for \"%1\".").arg(f));
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
    const QByteArray head = device.peek(4096);
    const QByteArray t = head.trimmed();
    if (t.startsWith("<?xml") || t.startsWith("<POSLog") || t.startsWith('<'))
        return QStringLiteral("poslog");
    if (t.startsWith('{'))
        return QStringLiteral("json");
    if (t.contains(','))
        return QStringLiteral("csv");
    return makeError(ErrorKind::Usage, tr("Cannot tell the journal's format; give it with --format."));
}

Status PosJournalReader::read(const QString& format, QIODevice& device, const PosCsvMapping& mapping, const Sink& sink,
                              QList<PosReject>* rejects, const std::atomic_bool* cancel)
{
    if (format == QLatin1String("poslog"))
        return readPoslog(device, sink, rejects, cancel);
    if (format == QLatin1String("csv"))
        return readCsv(device, mapping, sink, rejects, cancel);
    if (format == QLatin1String("json"))
        return readJson(device, sink, rejects, cancel);
    return makeError(ErrorKind::Usage, tr("Unknown POS journal format %1 (poslog, csv or json).").arg(format));
}

// --- ARTS POSLog -------------------------------------------------------------------------------------------------

Status PosJournalReader::readPoslog(QIODevice& device, const Sink& sink, QList<PosReject>* rejects,
                                    const std::atomic_bool* cancel)
{
    QXmlStreamReader xml(&device);
    xml.setNamespaceProcessing(true);
    xml.setEntityExpansionLimit(0);
    int count = 0;
    auto fatal = [&](const QString& why) {
        return makeError(ErrorKind::Verification,
                         tr("The POSLog journal is not acceptable at line %1: %2").arg(xml.lineNumber()).arg(why));
    };
    bool sawRoot = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::DTD)
            return fatal(
                tr("it contains a DTD; DTDs (and the external or nested entities they can declare) are refused"));
        if (token == QXmlStreamReader::EntityReference)
            return fatal(tr("it uses an undeclared entity"));
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (!sawRoot) {
            if (xml.name() != u"POSLog" || xml.namespaceUri() != ArtsNs)
                return fatal(tr("the root element is not POSLog in the ARTS namespace"));
            sawRoot = true;
            continue;
        }
        if (xml.name() != u"Transaction")
            continue;
        if (cancel && cancel->load())
            return makeError(ErrorKind::Cancelled, tr("Cancelled."));
        ++count;
        const QString ref = tr("Transaction #%1 (line %2)").arg(count).arg(xml.lineNumber());
        PosTransaction t;
        QString recordError;
        PosLineItem* line = nullptr;
        QStringList path;
        QString tenderType, cardType;
        int depth = 1;
        while (depth > 0 && !xml.atEnd()) {
            const auto tk = xml.readNext();
            if (tk == QXmlStreamReader::EntityReference)
                return fatal(tr("it uses an undeclared entity"));
            if (tk == QXmlStreamReader::StartElement) {
                ++depth;
                const QString name = xml.name().toString();
                const bool arts = xml.namespaceUri() == ArtsNs;
                path << name;
                if (arts && name == QLatin1String("LineItem")) {
                    if (t.lines.size() >= MaxLinesPerTransaction) {
                        recordError = tr("more than %1 line items").arg(MaxLinesPerTransaction);
                        xml.skipCurrentElement();
                        --depth;
                        path.removeLast();
                        continue;
                    }
                    t.lines.append(PosLineItem());
                    line = &t.lines.last();
                    line->voided = xml.attributes().value(QLatin1String("VoidFlag")) == u"true";
                } else if (arts && line && !kindNameForArts(name).isEmpty() && path.size() >= 2
                           && path[path.size() - 2] == QLatin1String("LineItem")) {
                    PosTransaction::parseKind(kindNameForArts(name), &line->kind);
                    if (name == QLatin1String("Tender"))
                        tenderType = xml.attributes().value(QLatin1String("TenderType")).toString();
                } else if (arts && name == QLatin1String("CreditDebit")) {
                    cardType = xml.attributes().value(QLatin1String("CardType")).toString();
                } else if (arts && name == QLatin1String("ControlTransaction")) {
                    t.type = PosTransaction::Type::Control;
                } else if (arts && name == QLatin1String("NoSale")) {
                    t.control = QStringLiteral("no_sale");
                }
                continue;
            }
            if (tk == QXmlStreamReader::EndElement) {
                --depth;
                const QString name = xml.name().toString();
                if (name == QLatin1String("LineItem") && line) {
                    if (line->kind == PosLineItem::Kind::Tender) {
                        line->tenderType = tenderFromArts(tenderType, cardType);
                        tenderType.clear();
                        cardType.clear();
                    }
                    line = nullptr;
                }
                if (!path.isEmpty())
                    path.removeLast();
                continue;
            }
            if (tk != QXmlStreamReader::Characters || xml.isWhitespace() || path.isEmpty())
                continue;
            const QString text = xml.text().toString().trimmed();
            const QString leaf = path.last();
            const QString parent = path.size() >= 2 ? path[path.size() - 2] : QString();
            auto money = [&](qint64* target) {
                auto v = parseMoney(text);
                if (!v)
                    recordError = tr("%1: %2").arg(leaf, v.errorMessage());
                else
                    *target = *v;
            };
            if (xml.namespaceUri() != ArtsNs && !xml.namespaceUri().isEmpty()) {
                // Vendor extensions are kept, not dropped.
                if (leaf == QLatin1String("LoyaltyID"))
                    t.loyaltyId = text;
                else
                    t.extensions.insert(leaf, text);
                continue;
            }
            if (parent == QLatin1String("TransactionLink")) {
                if (leaf == QLatin1String("WorkstationID"))
                    t.linkRegister = text;
                else if (leaf == QLatin1String("SequenceNumber"))
                    t.linkSequence = text;
                else if (leaf == QLatin1String("BusinessDayDate"))
                    t.linkBusinessDay = text;
                continue;
            }
            if (line) {
                if (leaf == QLatin1String("ItemID"))
                    line->itemId = text.left(40);
                else if (leaf == QLatin1String("Description"))
                    line->description = text.left(200);
                else if (leaf == QLatin1String("RegularSalesUnitPrice"))
                    money(&line->regularPrice);
                else if (leaf == QLatin1String("ActualSalesUnitPrice"))
                    money(&line->unitPrice);
                else if (leaf == QLatin1String("ExtendedAmount") || leaf == QLatin1String("Amount"))
                    money(&line->amount);
                else if (leaf == QLatin1String("Quantity"))
                    line->quantity = text.toDouble();
                else if (leaf == QLatin1String("ReasonCode"))
                    line->reason = text.left(40);
                else if (leaf == QLatin1String("PrimaryAccountNumber"))
                    line->cardLast4 = last4(text);
                else if (leaf == QLatin1String("EntryMethod"))
                    line->entryMethod = entryFromArts(text);
                else
                    line->extensions.insert(leaf, text.left(200));
                continue;
            }
            if (leaf == QLatin1String("RetailStoreID"))
                t.storeId = text.left(48);
            else if (leaf == QLatin1String("WorkstationID"))
                t.registerId = text.left(20);
            else if (leaf == QLatin1String("SequenceNumber"))
                t.sequence = text.left(20);
            else if (leaf == QLatin1String("BusinessDayDate"))
                t.businessDay = text.left(10);
            else if (leaf == QLatin1String("BeginDateTime"))
                t.begin = text.left(40);
            else if (leaf == QLatin1String("EndDateTime"))
                t.end = text.left(40);
            else if (leaf == QLatin1String("OperatorID"))
                t.operatorId = text.left(40);
            else if (leaf == QLatin1String("CurrencyCode"))
                t.currency = text.left(3);
            else if (leaf == QLatin1String("Total"))
                money(&t.total);
            else if (leaf == QLatin1String("ReasonCode") && t.type == PosTransaction::Type::Control)
                t.control = text.left(40);
            else
                t.extensions.insert(leaf, text.left(200));
        }
        if (xml.hasError())
            break;
        if (recordError.isEmpty())
            if (Status ok = checkTransaction(t); !ok)
                recordError = ok.errorMessage();
        if (!recordError.isEmpty()) {
            rejects->append({ref, recordError});
            continue;
        }
        LP_TRY(sink(t, ref));
    }
    if (xml.hasError())
        return fatal(xml.errorString());
    if (!sawRoot)
        return fatal(tr("there is no POSLog element"));
    return {};
}

// --- CSV ---------------------------------------------------------------------------------------------------------

namespace {

// One line of at most `limit` bytes (more means the line is too long). QIODevice::readLine(maxSize) allocates
// maxSize up front, which for a 1 MiB limit costs a megabyte per line; this grows with the line instead.
QByteArray readBoundedLine(QIODevice& d, qint64 limit)
{
    QByteArray line;
    char chunk[4096];
    while (line.size() <= limit) {
        const qint64 n = d.readLine(chunk, sizeof chunk);
        if (n <= 0)
            break;
        line.append(chunk, static_cast<qsizetype>(n));
        if (chunk[n - 1] == '\n')
            break;
    }
    return line;
}

// Reads one CSV record (RFC 4180: quotes, doubled quotes, line breaks inside quotes). False at the end.
bool readCsvRecord(QIODevice& d, QStringDecoder& utf8, QStringList* fields, qint64* line, QString* error)
{
    fields->clear();
    QByteArray raw;
    bool inQuotes = false;
    while (true) {
        QByteArray l = readBoundedLine(d, PosJournalReader::MaxRecordBytes);
        if (l.isEmpty())
            return !raw.isEmpty() ? true : false;
        ++*line;
        if (l.size() > PosJournalReader::MaxRecordBytes) {
            *error = PosJournalReader::tr("line too long");
            return true;
        }
        raw += l;
        for (char c : l)
            if (c == '"')
                inQuotes = !inQuotes;
        if (!inQuotes)
            break;
        if (raw.size() > PosJournalReader::MaxRecordBytes) {
            *error = PosJournalReader::tr("an unterminated quoted field");
            return true;
        }
    }
    const QString text = utf8.decode(raw);
    if (utf8.hasError()) {
        *error = PosJournalReader::tr("not valid UTF-8");
        return true;
    }
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            *fields << field;
            field.clear();
        } else if (c != QLatin1Char('\r') && c != QLatin1Char('\n')) {
            field += c;
        }
    }
    *fields << field;
    return true;
}

} // namespace

Status PosJournalReader::readCsv(QIODevice& device, const PosCsvMapping& mapping, const Sink& sink,
                                 QList<PosReject>* rejects, const std::atomic_bool* cancel)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    qint64 line = 0;
    QStringList header;
    QString error;
    if (!readCsvRecord(device, utf8, &header, &line, &error) || !error.isEmpty())
        return makeError(ErrorKind::Verification,
                         tr("The CSV journal has no readable header line%1.")
                             .arg(error.isEmpty() ? QString() : QStringLiteral(" (") + error + QLatin1Char(')')));
    if (!header.isEmpty() && header.first().startsWith(QChar(0xfeff)))
        header.first().remove(0, 1);
    QHash<QString, int> col;
    for (auto it = mapping.columns.constBegin(); it != mapping.columns.constEnd(); ++it) {
        const int i = static_cast<int>(header.indexOf(it.value()));
        if (i >= 0)
            col.insert(it.key(), i);
    }
    for (const QString& f : PosCsvMapping::requiredFields())
        if (!col.contains(f))
            return makeError(
                ErrorKind::Verification,
                tr("The CSV journal has no column \"%1\" for %2 (its columns: %3). Set up the column mapping for this "
                   "store.")
                    .arg(mapping.columns.value(f), f, header.mid(0, 30).join(QStringLiteral(", ")).left(400)));
    PosTransaction current;
    QString currentRef;
    QString currentError;
    QString currentKey;
    auto flush = [&]() -> Status {
        if (currentKey.isEmpty())
            return {};
        if (currentError.isEmpty())
            if (Status ok = checkTransaction(current); !ok)
                currentError = ok.errorMessage();
        Status out;
        if (!currentError.isEmpty())
            rejects->append({currentRef, currentError});
        else
            out = sink(current, currentRef);
        current = PosTransaction();
        currentKey.clear();
        currentError.clear();
        return out;
    };
    QStringList f;
    while (true) {
        if (cancel && cancel->load())
            return makeError(ErrorKind::Cancelled, tr("Cancelled."));
        error.clear();
        const qint64 startLine = line + 1;
        if (!readCsvRecord(device, utf8, &f, &line, &error))
            break;
        if (f.size() == 1 && f.first().trimmed().isEmpty() && error.isEmpty())
            continue;
        auto v = [&](const char* field) {
            const int i = col.value(QString::fromLatin1(field), -1);
            return i >= 0 && i < f.size() ? f[i].trimmed() : QString();
        };
        if (error.isEmpty() && f.size() != header.size())
            error = tr("%1 fields where the header has %2").arg(f.size()).arg(header.size());
        const QString key = error.isEmpty()
            ? v("register") + QLatin1Char('|') + v("sequence") + QLatin1Char('|') + v("business_day")
            : QString();
        if (key != currentKey || !error.isEmpty())
            LP_TRY(flush());
        if (!error.isEmpty()) {
            rejects->append({tr("line %1").arg(startLine), error});
            continue;
        }
        if (currentKey.isEmpty()) {
            currentKey = key;
            currentRef = tr("line %1").arg(startLine);
            current.storeId = v("store_id").left(48);
            current.registerId = v("register").left(20);
            current.sequence = v("sequence").left(20);
            current.businessDay = v("business_day").left(10);
            current.begin = v("begin").left(40);
            current.end = v("end").left(40);
            current.operatorId = v("operator").left(40);
            current.type = v("transaction_type") == QLatin1String("control") ? PosTransaction::Type::Control
                                                                             : PosTransaction::Type::Retail;
            current.control = v("control").left(40);
            current.linkRegister = v("link_register").left(20);
            current.linkSequence = v("link_sequence").left(20);
            current.linkBusinessDay = v("link_business_day").left(10);
            current.loyaltyId = v("loyalty_id").left(40);
            if (!v("total").isEmpty()) {
                auto total = parseMoney(v("total"));
                if (!total)
                    currentError = tr("line %1: total: %2").arg(startLine).arg(total.errorMessage());
                else
                    current.total = *total;
            }
            // Columns the mapping does not know are vendor extensions: kept.
            for (int i = 0; i < header.size() && i < f.size(); ++i)
                if (!col.values().contains(i) && !f[i].isEmpty())
                    current.extensions.insert(header[i].left(60), f[i].left(200));
        }
        if (v("line_kind").isEmpty())
            continue;
        if (current.lines.size() >= MaxLinesPerTransaction) {
            currentError = tr("more than %1 line items").arg(MaxLinesPerTransaction);
            continue;
        }
        PosLineItem l;
        if (!PosTransaction::parseKind(v("line_kind"), &l.kind)) {
            currentError = tr("line %1: unknown line kind \"%2\"").arg(startLine).arg(v("line_kind").left(20));
            continue;
        }
        l.itemId = v("item_id").left(40);
        l.description = v("description").left(200);
        l.quantity = v("quantity").isEmpty() ? 1 : v("quantity").toDouble();
        for (const auto& [field, target] : {std::pair<const char*, qint64*> {"unit_price", &l.unitPrice},
                                            {"regular_price", &l.regularPrice},
                                            {"amount", &l.amount}}) {
            if (v(field).isEmpty())
                continue;
            auto m = parseMoney(v(field));
            if (!m)
                currentError = tr("line %1: %2: %3").arg(startLine).arg(QString::fromLatin1(field), m.errorMessage());
            else
                *target = *m;
        }
        l.voided
            = v("void") == QLatin1String("1") || v("void").compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
        l.tenderType = v("tender_type").left(20);
        l.cardLast4 = last4(v("card_last4"));
        l.entryMethod = v("entry_method").left(20);
        l.reason = v("reason").left(40);
        current.lines << l;
    }
    return flush();
}

// --- JSON --------------------------------------------------------------------------------------------------------

namespace {

Result<PosTransaction> transactionFromJson(const QJsonObject& o, const QString& storeId)
{
    PosTransaction t;
    t.storeId = storeId;
    t.registerId = o.value(QLatin1String("register")).toString().left(20);
    t.sequence = o.value(QLatin1String("sequence")).toVariant().toString().left(20);
    t.businessDay = o.value(QLatin1String("business_day")).toString().left(10);
    t.begin = o.value(QLatin1String("begin")).toString().left(40);
    t.end = o.value(QLatin1String("end")).toString().left(40);
    t.operatorId = o.value(QLatin1String("operator")).toString().left(40);
    t.currency = o.value(QLatin1String("currency")).toString().left(3);
    t.type = o.value(QLatin1String("type")).toString() == QLatin1String("control") ? PosTransaction::Type::Control
                                                                                   : PosTransaction::Type::Retail;
    t.control = o.value(QLatin1String("control")).toString().left(40);
    auto money = [](const QJsonValue& v) -> Result<qint64> {
        if (v.isDouble())
            return static_cast<qint64>(std::llround(v.toDouble() * 100));
        return PosJournalReader::parseMoney(v.toString());
    };
    if (o.contains(QLatin1String("total"))) {
        auto total = money(o.value(QLatin1String("total")));
        if (!total)
            return total.error();
        t.total = *total;
    }
    const QJsonArray lines = o.value(QLatin1String("lines")).toArray();
    if (lines.size() > PosJournalReader::MaxLinesPerTransaction)
        return failure(PosJournalReader::tr("more than %1 line items").arg(PosJournalReader::MaxLinesPerTransaction));
    for (const QJsonValue& lv : lines) {
        const QJsonObject lo = lv.toObject();
        PosLineItem l;
        if (!PosTransaction::parseKind(lo.value(QLatin1String("kind")).toString(), &l.kind))
            return failure(PosJournalReader::tr("unknown line kind \"%1\"")
                               .arg(lo.value(QLatin1String("kind")).toString().left(20)));
        l.itemId = lo.value(QLatin1String("item_id")).toString().left(40);
        l.description = lo.value(QLatin1String("description")).toString().left(200);
        l.quantity = lo.value(QLatin1String("quantity")).toDouble(1);
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
        l.cardLast4 = last4(lo.value(QLatin1String("card_last4")).toString());
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
    LP_TRY(checkTransaction(t));
    return t;
}

} // namespace

Status PosJournalReader::readJson(QIODevice& device, const Sink& sink, QList<PosReject>* rejects,
                                  const std::atomic_bool* cancel)
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
                if (element.size() > MaxRecordBytes)
                    return fatal(tr("a transaction larger than %1 bytes").arg(MaxRecordBytes));
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
                        auto t = transactionFromJson(doc.object(), storeId);
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
