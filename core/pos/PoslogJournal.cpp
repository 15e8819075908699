#include "pos/PoslogJournal.h"

#include <QIODevice>
#include <QXmlStreamReader>

namespace lpdesk {

namespace {

struct Frame
{
    QString name;
    QString qualified;
    bool arts = false;
    QString text;
    QXmlStreamAttributes attributes;
};

bool named(QStringView name, std::initializer_list<const char*> names)
{
    for (const char* n : names)
        if (name == QLatin1String(n))
            return true;
    return false;
}

bool lineKind(QStringView element, PosLineItem::Kind* kind)
{
    static const std::pair<const char*, PosLineItem::Kind> kinds[]
        = {{"Sale", PosLineItem::Kind::Sale},
           {"Return", PosLineItem::Kind::Return},
           {"Tax", PosLineItem::Kind::Tax},
           {"Tender", PosLineItem::Kind::Tender},
           {"Discount", PosLineItem::Kind::Discount},
           {"RetailPriceModifier", PosLineItem::Kind::Discount},
           {"SaleForDelivery", PosLineItem::Kind::Sale},
           {"SaleForPickup", PosLineItem::Kind::Sale}};
    for (const auto& [name, k] : kinds)
        if (element == QLatin1String(name)) {
            *kind = k;
            return true;
        }
    return false;
}

QString tenderFromArts(const QString& type, const QString& cardType)
{
    const QString t = type.toLower();
    const QString c = cardType.toLower();
    if (t.contains(QLatin1String("debit")) || c.contains(QLatin1String("debit")) || t == QLatin1String("ec")
        || t.contains(QLatin1String("girocard")) || c.contains(QLatin1String("girocard")))
        return QStringLiteral("debit");
    if (t.contains(QLatin1String("credit")) || t.contains(QLatin1String("card")) || t.contains(QLatin1String("karte")))
        return t.contains(QLatin1String("gift")) ? QStringLiteral("gift_card") : QStringLiteral("credit");
    if (t.contains(QLatin1String("gift")) || t.contains(QLatin1String("voucher"))
        || t.contains(QLatin1String("gutschein")))
        return QStringLiteral("gift_card");
    if (t.contains(QLatin1String("storecredit")) || t.contains(QLatin1String("store_credit")))
        return QStringLiteral("store_credit");
    if (t.isEmpty() || t == QLatin1String("cash") || t == QLatin1String("bar") || t == QLatin1String("bargeld"))
        return QStringLiteral("cash");
    return t.left(20);
}

QString entryFromArts(const QString& m)
{
    const QString e = m.toLower();
    if (e.contains(QLatin1String("key")) || e.contains(QLatin1String("manual")))
        return QStringLiteral("keyed");
    if (e == QLatin1String("icc") || e.contains(QLatin1String("chip")) || e.contains(QLatin1String("insert")))
        return QStringLiteral("chip");
    if (e.contains(QLatin1String("contactless")) || e.contains(QLatin1String("nfc"))
        || e.contains(QLatin1String("tap")))
        return QStringLiteral("contactless");
    if (e.contains(QLatin1String("scan")))
        return QStringLiteral("scanned");
    return e.isEmpty() ? QString() : QStringLiteral("swiped");
}

// Card numbers are reduced to their last four; expiry dates, track data and security codes are not kept at all.
bool cardNumberField(const QString& name)
{
    const QString n = name.toLower();
    return n.contains(QLatin1String("primaryaccount")) || n.contains(QLatin1String("cardnumber"))
        || n.contains(QLatin1String("accountnumber")) || n == QLatin1String("pan");
}

bool secretCardField(const QString& name)
{
    const QString n = name.toLower();
    return n.contains(QLatin1String("expir")) || n.contains(QLatin1String("track")) || n.contains(QLatin1String("cvv"))
        || n.contains(QLatin1String("cvc")) || n.contains(QLatin1String("pinblock"));
}

bool loyaltyField(const QString& name)
{
    return named(name,
                 {"LoyaltyID", "LoyaltyAccountID", "LoyaltyCardNumber", "LoyaltyCardID", "LoyaltyMemberID",
                  "CustomerCardNumber", "MembershipID"});
}

bool voidedStatus(const QString& status)
{
    const QString s = status.toLower();
    return s.contains(QLatin1String("void")) || s.contains(QLatin1String("cancel"))
        || s.contains(QLatin1String("storno"));
}

// One transaction, element by element.
class TransactionParser
{
public:
    explicit TransactionParser(const QXmlStreamAttributes& attributes)
    {
        t.exponent = PosJournalReader::ReadExponent;
        if (PosJournalReader::isYes(attributes.value(QLatin1String("CancelFlag")).toString())
            || voidedStatus(attributes.value(QLatin1String("TransactionStatus")).toString()))
            t.voided = true;
        if (PosJournalReader::isYes(attributes.value(QLatin1String("TrainingModeFlag")).toString()))
            t.extensions.insert(QStringLiteral("TrainingModeFlag"), true);
    }

    PosTransaction t;
    QString recordError;
    QString fallbackSequence;

    bool start(QXmlStreamReader& xml)
    {
        Frame f {xml.name().toString(),
                 xml.qualifiedName().toString(),
                 PoslogJournal::isArtsNamespace(xml.namespaceUri()),
                 {},
                 xml.attributes()};
        if (f.arts && !insideVendor()) {
            if (f.name == QLatin1String("LineItem") && m_line < 0) {
                if (t.lines.size() >= PosJournalReader::MaxLinesPerTransaction) {
                    recordError
                        = PoslogJournal::tr("more than %1 line items").arg(PosJournalReader::MaxLinesPerTransaction);
                    return false;
                }
                t.lines.append(PosLineItem());
                m_line = static_cast<int>(t.lines.size() - 1);
                m_lineDepth = static_cast<int>(m_stack.size());
                m_lineKindSet = false;
                m_lineFirstChild.clear();
                m_tenderType.clear();
                m_cardType.clear();
                PosLineItem& l = t.lines.last();
                l.voided = PosJournalReader::isYes(f.attributes.value(QLatin1String("VoidFlag")).toString());
                l.entryMethod = entryFromArts(f.attributes.value(QLatin1String("EntryMethod")).toString());
            } else if (m_line >= 0 && m_stack.size() == m_lineDepth + 1) {
                PosLineItem& l = t.lines[m_line];
                PosLineItem::Kind k;
                if (!m_lineKindSet && lineKind(f.name, &k)) {
                    l.kind = k;
                    m_lineKindSet = true;
                    if (k == PosLineItem::Kind::Tender)
                        m_tenderType = f.attributes.hasAttribute(QLatin1String("TenderType"))
                            ? f.attributes.value(QLatin1String("TenderType")).toString()
                            : f.attributes.value(QLatin1String("TypeCode")).toString();
                } else if (m_lineFirstChild.isEmpty()
                           && !named(f.name, {"SequenceNumber", "BeginDateTime", "EndDateTime"})) {
                    m_lineFirstChild = f.name;
                }
                if (PosJournalReader::isYes(f.attributes.value(QLatin1String("VoidFlag")).toString()))
                    l.voided = true;
            } else if (f.name == QLatin1String("CreditDebit")) {
                m_cardType = f.attributes.value(QLatin1String("CardType")).toString();
            } else if (f.name == QLatin1String("ControlTransaction")
                       || f.name == QLatin1String("TenderControlTransaction")) {
                t.type = PosTransaction::Type::Control;
            }
            if (f.name == QLatin1String("NoSale"))
                t.control = QStringLiteral("no_sale");
            else if (t.type == PosTransaction::Type::Control && t.control.isEmpty() && m_line < 0)
                t.control = PosJournalReader::controlKind(f.name);
            if (voidedStatus(f.attributes.value(QLatin1String("TransactionStatus")).toString())
                || (m_line < 0 && PosJournalReader::isYes(f.attributes.value(QLatin1String("CancelFlag")).toString())))
                t.voided = true;
        }
        if (!m_currencyFromCode && f.attributes.hasAttribute(QLatin1String("Currency")))
            t.currency = f.attributes.value(QLatin1String("Currency")).toString().left(3);
        for (const QXmlStreamAttribute& a : f.attributes)
            if (a.name().toString().contains(QLatin1String("storno"), Qt::CaseInsensitive)
                && PosJournalReader::isYes(a.value().toString()))
                markStorno();
        m_stack.append(f);
        return true;
    }

    void characters(QStringView text)
    {
        if (!m_stack.isEmpty() && m_stack.last().text.size() < 65536)
            m_stack.last().text += text;
    }

    void end(QChar decimal)
    {
        if (m_stack.isEmpty())
            return;
        const Frame f = m_stack.takeLast();
        const QString text = f.text.trimmed();
        PosLineItem* line = m_line >= 0 ? &t.lines[m_line] : nullptr;
        if (line && f.arts && f.name == QLatin1String("LineItem") && m_stack.size() == m_lineDepth) {
            endLine(*line);
            return;
        }
        if (f.name.contains(QLatin1String("storno"), Qt::CaseInsensitive)
            && (text.isEmpty() || PosJournalReader::isYes(text))) {
            markStorno();
            return;
        }
        if (!f.arts || insideVendor()) {
            if (loyaltyField(f.name) && !text.isEmpty())
                t.loyaltyId = text.left(40);
            else if (!text.isEmpty())
                extension(line, f.qualified, text);
            return;
        }
        if (text.isEmpty())
            return;
        if (inside(QStringLiteral("TransactionLink")))
            link(f, text);
        else if (line)
            lineField(*line, f, text, decimal);
        else
            transactionField(f, text, decimal);
    }

private:
    // A LineItem closes: its kind is settled (a line of no known kind is kept, named, never a sale).
    void endLine(PosLineItem& line)
    {
        if (line.kind == PosLineItem::Kind::Tender && m_lineKindSet)
            line.tenderType = tenderFromArts(m_tenderType, m_cardType);
        if (!m_lineKindSet) {
            // Loyalty memberships and rewards, customer accounts, vendor lines: kept, named, never a sale.
            line.kind = PosLineItem::Kind::Other;
            if (line.description.isEmpty())
                line.description = m_lineFirstChild.left(200);
        }
        m_line = -1;
    }

    void money(const Frame& f, const QString& text, QChar decimal, qint64* target)
    {
        // Counted in millionths until finish() knows the currency (a Currency attribute may come later).
        auto v = PosJournalReader::parseAmount(text, PosJournalReader::ReadExponent, decimal);
        if (!v) {
            recordError = PoslogJournal::tr("%1: %2").arg(f.name, v.errorMessage());
            return;
        }
        *target = *v;
        const QString currency = f.attributes.value(QLatin1String("Currency")).toString();
        if (!currency.isEmpty() && !m_currencyFromCode)
            t.currency = currency.left(3);
    }

    // An ARTS element with text inside a line item.
    void lineField(PosLineItem& line, const Frame& f, const QString& text, QChar decimal)
    {
        const QString parent = m_stack.isEmpty() ? QString() : m_stack.last().name;
        // Amounts count only as direct children of the line's kind (Sale/ExtendedAmount, Tender/Amount):
        // a modifier's or the change's amount is not the line's.
        const bool direct = m_stack.size() == m_lineDepth + 2;
        if (named(f.name, {"ItemID", "POSItemID"}) && line.itemId.isEmpty())
            line.itemId = text.left(40);
        else if (f.name == QLatin1String("Description") && line.description.isEmpty())
            line.description = text.left(200);
        else if (direct && f.name == QLatin1String("RegularSalesUnitPrice"))
            money(f, text, decimal, &line.regularPrice);
        else if (direct && f.name == QLatin1String("ActualSalesUnitPrice"))
            money(f, text, decimal, &line.unitPrice);
        else if (direct && named(f.name, {"ExtendedAmount", "Amount", "ExtendedRewardAmount"}))
            money(f, text, decimal, &line.amount);
        else if (direct && f.name == QLatin1String("Quantity")) {
            auto q = PosJournalReader::parseQuantity(text, decimal);
            if (!q)
                recordError = PoslogJournal::tr("Quantity: %1").arg(q.errorMessage());
            else
                line.quantity = *q;
        } else if (f.name == QLatin1String("ReasonCode"))
            line.reason = text.left(40);
        else if (cardNumberField(f.name))
            line.cardLast4 = PosJournalReader::last4(text);
        else if (secretCardField(f.name))
            return;
        else if (f.name == QLatin1String("EntryMethod"))
            line.entryMethod = entryFromArts(text);
        else if (loyaltyField(f.name))
            t.loyaltyId = text.left(40);
        else
            extension(&line, direct ? f.qualified : parent + QLatin1Char('/') + f.qualified, text);
    }

    // An ARTS element with text outside any line item: the transaction's own fields.
    void transactionField(const Frame& f, const QString& text, QChar decimal)
    {
        const QString parent = m_stack.isEmpty() ? QString() : m_stack.last().name;
        if (f.name == QLatin1String("RetailStoreID")
            || (f.name == QLatin1String("UnitID") && parent == QLatin1String("BusinessUnit")))
            t.storeId = text.left(48);
        else if (f.name == QLatin1String("WorkstationID"))
            t.registerId = text.left(20);
        else if (f.name == QLatin1String("SequenceNumber"))
            t.sequence = text.left(20);
        else if (named(f.name, {"ReceiptNumber", "TransactionID"}) && fallbackSequence.isEmpty())
            fallbackSequence = text.left(20);
        else if (f.name == QLatin1String("BusinessDayDate"))
            t.businessDay = text.left(10);
        else if (f.name == QLatin1String("BeginDateTime"))
            t.begin = text.left(40);
        else if (f.name == QLatin1String("EndDateTime"))
            t.end = text.left(40);
        else if (f.name == QLatin1String("ReceiptDateTime"))
            t.receiptTime = text.left(40);
        else if (f.name == QLatin1String("POSLogDateTime"))
            t.logTime = text.left(40);
        else if (f.name == QLatin1String("OperatorID"))
            t.operatorId = text.left(40);
        else if (f.name == QLatin1String("CurrencyCode")) {
            t.currency = text.left(3);
            m_currencyFromCode = true;
        } else if (f.name == QLatin1String("Total"))
            total(f, text, decimal);
        else if (f.name == QLatin1String("ReasonCode") && t.type == PosTransaction::Type::Control) {
            if (t.control.isEmpty())
                t.control = PosJournalReader::controlKind(text).isEmpty() ? text.left(40)
                                                                          : PosJournalReader::controlKind(text);
        } else if (f.name == QLatin1String("TransactionStatus")) {
            t.voided = t.voided || voidedStatus(text);
            extension(nullptr, f.qualified, text);
        } else if (loyaltyField(f.name))
            t.loyaltyId = text.left(40);
        else
            extension(nullptr, f.qualified, text);
    }

    // Journals list several totals; the grand amount is the transaction's total.
    void total(const Frame& f, const QString& text, QChar decimal)
    {
        const QString type = f.attributes.value(QLatin1String("TotalType")).toString();
        const int rank = type == QLatin1String("TransactionGrandAmount") ? 3
            : type.isEmpty()                                             ? 2
            : type == QLatin1String("TransactionNetAmount")              ? 1
                                                                         : 0;
        if (rank > m_totalRank || (rank == 0 && m_totalRank == 0 && !m_totalSeen))
            money(f, text, decimal, &t.total);
        m_totalRank = std::max(m_totalRank, rank);
        m_totalSeen = true;
        extension(nullptr, QStringLiteral("Total:") + (type.isEmpty() ? QStringLiteral("-") : type), text);
    }

    bool inside(const QString& name) const
    {
        for (const Frame& f : m_stack)
            if (f.name == name && f.arts)
                return true;
        return false;
    }
    bool insideVendor() const
    {
        for (const Frame& f : m_stack)
            if (!f.arts)
                return true;
        return false;
    }
    void markStorno()
    {
        if (m_line >= 0)
            t.lines[m_line].voided = true;
        else
            t.voided = true;
    }
    void link(const Frame& f, const QString& text)
    {
        if (f.name == QLatin1String("WorkstationID"))
            t.linkRegister = text.left(20);
        else if (named(f.name, {"SequenceNumber", "ReceiptNumber", "TransactionID"}) && t.linkSequence.isEmpty())
            t.linkSequence = text.left(20);
        else if (f.name == QLatin1String("BusinessDayDate"))
            t.linkBusinessDay = text.left(10);
        else if (named(f.name, {"ReceiptDateTime", "BeginDateTime", "EndDateTime"}) && t.linkBusinessDay.isEmpty())
            t.linkBusinessDay = text.left(10);
        else if (named(f.name, {"RetailStoreID", "UnitID"}))
            t.extensions.insert(QStringLiteral("link_store"), text.left(48));
    }
    void extension(PosLineItem* line, const QString& key, const QString& raw)
    {
        if (m_extensions >= 500 || secretCardField(key))
            return;
        ++m_extensions;
        QString value = raw.left(200);
        if (cardNumberField(key))
            value = QStringLiteral("••••") + PosJournalReader::last4(value);
        else if (line && line->kind == PosLineItem::Kind::Tender)
            value = PosJournalReader::maskCardNumbers(value);
        QJsonObject& target = line ? line->extensions : t.extensions;
        target.insert(key.left(60), value);
    }

    QList<Frame> m_stack;
    int m_line = -1;
    qsizetype m_lineDepth = -1;
    bool m_lineKindSet = false;
    QString m_lineFirstChild;
    QString m_tenderType, m_cardType;
    int m_totalRank = 0;
    bool m_totalSeen = false;
    bool m_currencyFromCode = false;
    int m_extensions = 0;
};

Error poslogError(const QXmlStreamReader& xml, const QString& why)
{
    return makeError(
        ErrorKind::Verification,
        PoslogJournal::tr("The POSLog journal is not acceptable at line %1: %2").arg(xml.lineNumber()).arg(why));
}

// Journal-level values (NCR writes RetailStoreID and BusinessDayDate once, above the transactions).
struct PoslogOuter
{
    QStringList path;
    QString text;
    QString store;
    QString day;

    void characters(QStringView more)
    {
        if (text.size() < 4096)
            text += more;
    }

    void endElement()
    {
        if (path.isEmpty()) {
            text.clear();
            return;
        }
        const QString leaf = path.takeLast();
        const QString value = text.trimmed();
        if (leaf == QLatin1String("RetailStoreID")
            || (leaf == QLatin1String("UnitID") && !path.isEmpty() && path.last() == QLatin1String("BusinessUnit")))
            store = value.left(48);
        else if (leaf == QLatin1String("BusinessDayDate"))
            day = value.left(10);
        text.clear();
    }
};

// The elements of one Transaction, up to its end tag, fed to the parser.
Status parseTransaction(QXmlStreamReader& xml, TransactionParser& p)
{
    // POSLog is XML: amounts always use a decimal point, whatever the CSV options say.
    const QChar decimal = QLatin1Char('.');
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        const auto tk = xml.readNext();
        if (tk == QXmlStreamReader::EntityReference)
            return poslogError(xml, PoslogJournal::tr("it uses an undeclared entity"));
        if (tk == QXmlStreamReader::StartElement) {
            if (!p.start(xml)) {
                xml.skipCurrentElement();
                continue;
            }
            ++depth;
        } else if (tk == QXmlStreamReader::EndElement) {
            --depth;
            if (depth > 0)
                p.end(decimal);
        } else if (tk == QXmlStreamReader::Characters) {
            p.characters(xml.text());
        }
    }
    return {};
}

// The record's reject reason, or empty; the journal-level values fill in what the transaction does not say.
QString finishTransaction(TransactionParser& p, const PoslogOuter& outer, const PosReadOptions& options)
{
    PosTransaction& t = p.t;
    if (t.storeId.isEmpty())
        t.storeId = outer.store;
    if (t.businessDay.isEmpty())
        t.businessDay = outer.day;
    if (t.sequence.isEmpty())
        t.sequence = p.fallbackSequence;
    if (!p.recordError.isEmpty())
        return p.recordError;
    if (Status ok = PosJournalReader::finish(t, options); !ok)
        return ok.errorMessage();
    return {};
}

} // namespace

bool PoslogJournal::isArtsNamespace(QStringView uri)
{
    return uri.isEmpty() || uri == QLatin1String("http://www.nrf-arts.org/IXRetail/namespace/")
        || uri == QLatin1String("http://www.nrf-arts.org/IXRetail/namespace")
        || uri == QLatin1String("http://www.nrf-arts.org/IXRetail/v6.0.0/poslog");
}

Status PoslogJournal::read(QIODevice& device, const PosReadOptions& options, const Sink& sink,
                           QList<PosReject>* rejects, const std::atomic_bool* cancel)
{
    QXmlStreamReader xml(&device);
    xml.setNamespaceProcessing(true);
    xml.setEntityExpansionLimit(0);
    bool sawRoot = false;
    int count = 0;
    PoslogOuter outer;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::DTD)
            return poslogError(
                xml, tr("it contains a DTD; DTDs (and the external or nested entities they can declare) are refused"));
        if (token == QXmlStreamReader::EntityReference)
            return poslogError(xml, tr("it uses an undeclared entity"));
        if (token == QXmlStreamReader::Characters) {
            outer.characters(xml.text());
            continue;
        }
        if (token == QXmlStreamReader::EndElement) {
            outer.endElement();
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        outer.text.clear();
        if (!sawRoot) {
            if (xml.name() != u"POSLog" || !isArtsNamespace(xml.namespaceUri()))
                return poslogError(xml,
                                   tr("the root element is not POSLog in an ARTS namespace (it is %1 in \"%2\")")
                                       .arg(xml.name().toString().left(40), xml.namespaceUri().toString().left(100)));
            sawRoot = true;
            continue;
        }
        if (xml.name() != u"Transaction" || !isArtsNamespace(xml.namespaceUri())) {
            outer.path << xml.name().toString();
            continue;
        }
        if (cancel && cancel->load())
            return makeError(ErrorKind::Cancelled, tr("Cancelled."));
        ++count;
        const QString ref = tr("Transaction #%1 (line %2)").arg(count).arg(xml.lineNumber());
        TransactionParser p(xml.attributes());
        LP_TRY(parseTransaction(xml, p));
        if (xml.hasError())
            break;
        if (const QString error = finishTransaction(p, outer, options); !error.isEmpty()) {
            rejects->append({ref, error});
            continue;
        }
        LP_TRY(sink(p.t, ref));
    }
    if (xml.hasError())
        return poslogError(xml, xml.errorString());
    if (!sawRoot)
        return poslogError(xml, tr("there is no POSLog element"));
    return {};
}

} // namespace lpdesk
