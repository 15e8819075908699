// A point-of-sale transaction as LP Desk understands it, whatever journal format it came from (ARTS POSLog XML,
// CSV, JSON). Money is in whole minor units of the transaction's currency (cents for EUR, fils for KWD, yen for JPY;
// `exponent` says how many decimals that is), never a double; times are as the register's clock wrote them.
// Every journal record is a transaction of some kind (sale, return, voided, no-sale, control): none is refused for
// being unusual, only for being broken.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace lpdesk {

struct PosLineItem
{
    enum class Kind { Sale, Return, Tax, Tender, Discount, Other };
    Kind kind = Kind::Sale;
    QString itemId;
    QString description;
    double quantity = 1; // may be fractional (weighed goods) or negative (returns written as negative sales)
    qint64 unitPrice = 0; // actual price charged, in the transaction's minor unit
    qint64 regularPrice = 0; // list price (a lower unit price is a price override)
    qint64 amount = 0; // extended amount (negative for returns)
    bool voided = false;
    QString tenderType; // cash, credit, debit, gift_card, store_credit
    QString cardLast4; // only the last four digits are ever kept
    QString entryMethod; // swiped, chip, contactless, keyed
    QString reason; // discount / override reason code
    QJsonObject extensions; // vendor fields kept as they came (card numbers masked)
};

struct PosTransaction
{
    enum class Type { Retail, Control };
    QString storeId;
    QString registerId;
    QString sequence;
    QString businessDay; // yyyy-MM-dd
    QString begin; // RFC 3339 as written by the register (its clock, its offset), or the store's offset applied
    QString end;
    // Other times a journal may carry instead of BeginDateTime; the first present is used (see timeSource).
    QString receiptTime;
    QString logTime;
    QString timeSource; // BeginDateTime, EndDateTime, ReceiptDateTime or POSLogDateTime (or the CSV/JSON field)
    QString timeWritten; // the time exactly as the journal wrote it
    QString zoneApplied; // IANA zone taken for a local time written without an offset; empty otherwise
    bool businessDayDerived = false;
    // sale, return, exchange, void, no_sale, sign_on, sign_off, till_open, till_close, price_override, paid_in,
    // paid_out, control: set by PosJournalReader::finish from what the journal says.
    QString kind;
    bool voided = false; // the whole transaction was voided (post-void, cancel, storno)
    QString operatorId;
    QString currency = QStringLiteral("USD");
    // Decimals of the minor unit every amount below is counted in (ISO 4217: USD 2, JPY 0, KWD 3). Readers count
    // in PosJournalReader::ReadExponent until finish() sets the currency's own.
    int exponent = 2;
    Type type = Type::Retail;
    QString control; // for control transactions: no_sale, drawer_open, sign_on, sign_off
    qint64 total = 0;
    QList<PosLineItem> lines;
    QString linkRegister;
    QString linkSequence;
    QString linkBusinessDay;
    QString loyaltyId;
    QJsonObject extensions;
    QStringList notes; // what the import did to a value (rounded, derived), kept with the record

    static QString kindName(PosLineItem::Kind kind);
    static bool parseKind(const QString& name, PosLineItem::Kind* kind);
};

} // namespace lpdesk
