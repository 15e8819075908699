#include "sim/PosJournalWriter.h"

#include "model/Currency.h"
#include "pos/PosJournalReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QXmlStreamWriter>

namespace lpdesk {

namespace {

const QString ArtsNs = QStringLiteral("http://www.nrf-arts.org/IXRetail/namespace/");
const QString VendorNs = QStringLiteral("urn:lpdesk-sim:pos-ext:1");

QString money(qint64 units, int exponent)
{
    return Currency::plain(units, exponent);
}

QString csvField(const QString& s)
{
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n'))) {
        QString q = s;
        q.replace(QLatin1Char('"'), QLatin1String("\"\""));
        return QLatin1Char('"') + q + QLatin1Char('"');
    }
    return s;
}

QString tenderTypeArts(const QString& t)
{
    if (t == QLatin1String("credit") || t == QLatin1String("debit"))
        return QStringLiteral("CreditDebit");
    if (t == QLatin1String("gift_card"))
        return QStringLiteral("GiftCard");
    if (t == QLatin1String("store_credit"))
        return QStringLiteral("StoreCredit");
    return QStringLiteral("Cash");
}

QString entryMethodArts(const QString& m)
{
    if (m == QLatin1String("keyed"))
        return QStringLiteral("Keyed");
    if (m == QLatin1String("chip"))
        return QStringLiteral("ICC");
    if (m == QLatin1String("contactless"))
        return QStringLiteral("Contactless");
    return QStringLiteral("MagStripe");
}

// An ARTS POSLog transaction, element by element, as the simulator's stores write it.
void writeArtsSaleOrReturn(QXmlStreamWriter& w, const PosLineItem& l, int exponent)
{
    w.writeStartElement(ArtsNs, l.kind == PosLineItem::Kind::Sale ? QStringLiteral("Sale") : QStringLiteral("Return"));
    w.writeTextElement(ArtsNs, QStringLiteral("ItemID"), l.itemId);
    w.writeTextElement(ArtsNs, QStringLiteral("Description"), l.description);
    w.writeTextElement(ArtsNs, QStringLiteral("RegularSalesUnitPrice"), money(l.regularPrice, exponent));
    w.writeTextElement(ArtsNs, QStringLiteral("ActualSalesUnitPrice"), money(l.unitPrice, exponent));
    w.writeTextElement(ArtsNs, QStringLiteral("ExtendedAmount"), money(l.amount, exponent));
    w.writeTextElement(ArtsNs, QStringLiteral("Quantity"), QString::number(l.quantity));
    if (!l.reason.isEmpty()) {
        w.writeStartElement(ArtsNs, QStringLiteral("RetailPriceModifier"));
        w.writeTextElement(ArtsNs, QStringLiteral("ReasonCode"), l.reason);
        w.writeEndElement();
    }
    w.writeEndElement();
}

void writeArtsTender(QXmlStreamWriter& w, const PosLineItem& l, int exponent)
{
    w.writeStartElement(ArtsNs, QStringLiteral("Tender"));
    w.writeAttribute(QStringLiteral("TenderType"), tenderTypeArts(l.tenderType));
    w.writeTextElement(ArtsNs, QStringLiteral("Amount"), money(l.amount, exponent));
    if (!l.cardLast4.isEmpty()) {
        w.writeStartElement(ArtsNs, QStringLiteral("CreditDebit"));
        w.writeAttribute(QStringLiteral("CardType"),
                         l.tenderType == QLatin1String("debit") ? QStringLiteral("Debit") : QStringLiteral("Visa"));
        w.writeTextElement(ArtsNs, QStringLiteral("PrimaryAccountNumber"),
                           QStringLiteral("XXXXXXXXXXXX") + l.cardLast4);
        w.writeTextElement(ArtsNs, QStringLiteral("EntryMethod"), entryMethodArts(l.entryMethod));
        w.writeEndElement();
    }
    w.writeEndElement();
}

void writeArtsLine(QXmlStreamWriter& w, const PosLineItem& l, int exponent)
{
    w.writeStartElement(ArtsNs, QStringLiteral("LineItem"));
    if (l.voided)
        w.writeAttribute(QStringLiteral("VoidFlag"), QStringLiteral("true"));
    switch (l.kind) {
    case PosLineItem::Kind::Sale:
    case PosLineItem::Kind::Return:
        writeArtsSaleOrReturn(w, l, exponent);
        break;
    case PosLineItem::Kind::Discount:
        w.writeStartElement(ArtsNs, QStringLiteral("Discount"));
        w.writeTextElement(ArtsNs, QStringLiteral("Amount"), money(l.amount, exponent));
        w.writeTextElement(ArtsNs, QStringLiteral("ReasonCode"), l.reason);
        w.writeEndElement();
        break;
    case PosLineItem::Kind::Other:
    case PosLineItem::Kind::Tax:
        w.writeStartElement(ArtsNs, QStringLiteral("Tax"));
        w.writeTextElement(ArtsNs, QStringLiteral("Amount"), money(l.amount, exponent));
        w.writeEndElement();
        break;
    case PosLineItem::Kind::Tender:
        writeArtsTender(w, l, exponent);
        break;
    }
    w.writeEndElement();
}

void writeArtsControl(QXmlStreamWriter& w, const PosTransaction& t)
{
    w.writeStartElement(ArtsNs, QStringLiteral("ControlTransaction"));
    if (t.control == QLatin1String("no_sale"))
        w.writeEmptyElement(ArtsNs, QStringLiteral("NoSale"));
    else
        w.writeTextElement(ArtsNs, QStringLiteral("ReasonCode"), t.control);
    w.writeEndElement();
}

void writeArtsRetail(QXmlStreamWriter& w, const PosTransaction& t)
{
    w.writeStartElement(ArtsNs, QStringLiteral("RetailTransaction"));
    for (const PosLineItem& l : t.lines)
        writeArtsLine(w, l, t.exponent);
    w.writeStartElement(ArtsNs, QStringLiteral("Total"));
    w.writeAttribute(QStringLiteral("TotalType"), QStringLiteral("TransactionGrandAmount"));
    w.writeCharacters(money(t.total, t.exponent));
    w.writeEndElement();
    if (!t.linkSequence.isEmpty()) {
        w.writeStartElement(ArtsNs, QStringLiteral("TransactionLink"));
        w.writeTextElement(ArtsNs, QStringLiteral("RetailStoreID"), t.storeId);
        w.writeTextElement(ArtsNs, QStringLiteral("WorkstationID"), t.linkRegister);
        w.writeTextElement(ArtsNs, QStringLiteral("SequenceNumber"), t.linkSequence);
        w.writeTextElement(ArtsNs, QStringLiteral("BusinessDayDate"), t.linkBusinessDay);
        w.writeEndElement();
    }
    if (!t.loyaltyId.isEmpty())
        w.writeTextElement(VendorNs, QStringLiteral("LoyaltyID"), t.loyaltyId);
    w.writeEndElement();
}

void writeArtsTransaction(QXmlStreamWriter& w, const PosTransaction& t)
{
    w.writeStartElement(ArtsNs, QStringLiteral("Transaction"));
    w.writeTextElement(ArtsNs, QStringLiteral("RetailStoreID"), t.storeId);
    w.writeTextElement(ArtsNs, QStringLiteral("WorkstationID"), t.registerId);
    w.writeTextElement(ArtsNs, QStringLiteral("SequenceNumber"), t.sequence);
    w.writeTextElement(ArtsNs, QStringLiteral("BusinessDayDate"), t.businessDay);
    w.writeTextElement(ArtsNs, QStringLiteral("BeginDateTime"), t.begin);
    w.writeTextElement(ArtsNs, QStringLiteral("EndDateTime"), t.end);
    w.writeTextElement(ArtsNs, QStringLiteral("OperatorID"), t.operatorId);
    w.writeTextElement(ArtsNs, QStringLiteral("CurrencyCode"), t.currency);
    if (t.type == PosTransaction::Type::Control)
        writeArtsControl(w, t);
    else
        writeArtsRetail(w, t);
    for (auto it = t.extensions.constBegin(); it != t.extensions.constEnd(); ++it)
        w.writeTextElement(VendorNs, it.key(), it.value().toVariant().toString());
    w.writeEndElement();
}

} // namespace

QByteArray PosJournalWriter::poslog(const QList<PosTransaction>& transactions)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeNamespace(VendorNs, QStringLiteral("sim"));
    w.writeDefaultNamespace(ArtsNs);
    w.writeStartElement(ArtsNs, QStringLiteral("POSLog"));
    for (const PosTransaction& t : transactions)
        writeArtsTransaction(w, t);
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

QByteArray PosJournalWriter::csv(const QList<PosTransaction>& transactions)
{
    QStringList lines;
    // LP Desk's own columns and the currency (which the standard mapping reads): without it the journal of a store
    // that does not count in US dollars would be read as dollars.
    lines << (PosCsvMapping::lpDeskColumns() << QStringLiteral("currency")).join(QLatin1Char(','));
    for (const PosTransaction& t : transactions) {
        auto row = [&](const PosLineItem* l) {
            QStringList f {
                t.storeId,
                t.registerId,
                t.sequence,
                t.businessDay,
                t.begin,
                t.end,
                t.operatorId,
                t.type == PosTransaction::Type::Control ? QStringLiteral("control") : QStringLiteral("retail"),
                t.control};
            if (l)
                f << PosTransaction::kindName(l->kind) << l->itemId << l->description << QString::number(l->quantity)
                  << money(l->unitPrice, t.exponent) << money(l->regularPrice, t.exponent)
                  << money(l->amount, t.exponent) << (l->voided ? QStringLiteral("1") : QStringLiteral("0"))
                  << l->tenderType << l->cardLast4 << l->entryMethod << l->reason;
            else
                f << QString() << QString() << QString() << QString() << QString() << QString() << QString()
                  << QString() << QString() << QString() << QString() << QString();
            f << money(t.total, t.exponent) << t.linkRegister << t.linkSequence << t.linkBusinessDay << t.loyaltyId
              << t.currency;
            QStringList escaped;
            for (const QString& s : f)
                escaped << csvField(s);
            lines << escaped.join(QLatin1Char(','));
        };
        if (t.lines.isEmpty())
            row(nullptr);
        for (const PosLineItem& l : t.lines)
            row(&l);
    }
    return lines.join(QLatin1Char('\n')).toUtf8() + '\n';
}

QByteArray PosJournalWriter::json(const QString& storeId, const QString& businessDay,
                                  const QList<PosTransaction>& transactions)
{
    QJsonArray arr;
    for (const PosTransaction& t : transactions) {
        QJsonObject o {{QLatin1String("register"), t.registerId},
                       {QLatin1String("sequence"), t.sequence},
                       {QLatin1String("business_day"), t.businessDay},
                       {QLatin1String("begin"), t.begin},
                       {QLatin1String("end"), t.end},
                       {QLatin1String("operator"), t.operatorId},
                       {QLatin1String("currency"), t.currency},
                       {QLatin1String("type"),
                        t.type == PosTransaction::Type::Control ? QStringLiteral("control") : QStringLiteral("retail")},
                       {QLatin1String("total"), money(t.total, t.exponent)}};
        if (!t.control.isEmpty())
            o.insert(QLatin1String("control"), t.control);
        QJsonArray lines;
        for (const PosLineItem& l : t.lines) {
            QJsonObject lo {{QLatin1String("kind"), PosTransaction::kindName(l.kind)},
                            {QLatin1String("amount"), money(l.amount, t.exponent)}};
            if (!l.itemId.isEmpty()) {
                lo.insert(QLatin1String("item_id"), l.itemId);
                lo.insert(QLatin1String("description"), l.description);
                lo.insert(QLatin1String("quantity"), l.quantity);
                lo.insert(QLatin1String("unit_price"), money(l.unitPrice, t.exponent));
                lo.insert(QLatin1String("regular_price"), money(l.regularPrice, t.exponent));
            }
            if (l.voided)
                lo.insert(QLatin1String("void"), true);
            if (!l.tenderType.isEmpty())
                lo.insert(QLatin1String("tender_type"), l.tenderType);
            if (!l.cardLast4.isEmpty())
                lo.insert(QLatin1String("card_last4"), l.cardLast4);
            if (!l.entryMethod.isEmpty())
                lo.insert(QLatin1String("entry_method"), l.entryMethod);
            if (!l.reason.isEmpty())
                lo.insert(QLatin1String("reason"), l.reason);
            lines.append(lo);
        }
        o.insert(QLatin1String("lines"), lines);
        if (!t.linkSequence.isEmpty())
            o.insert(QLatin1String("link"),
                     QJsonObject {{QLatin1String("register"), t.linkRegister},
                                  {QLatin1String("sequence"), t.linkSequence},
                                  {QLatin1String("business_day"), t.linkBusinessDay}});
        if (!t.loyaltyId.isEmpty())
            o.insert(QLatin1String("loyalty_id"), t.loyaltyId);
        if (!t.extensions.isEmpty())
            o.insert(QLatin1String("ext"), t.extensions);
        arr.append(o);
    }
    QJsonObject root {{QLatin1String("format"), QStringLiteral("lpdesk-pos-json")},
                      {QLatin1String("version"), 1},
                      {QLatin1String("store_id"), storeId},
                      {QLatin1String("business_day"), businessDay},
                      {QLatin1String("transactions"), arr}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace lpdesk
