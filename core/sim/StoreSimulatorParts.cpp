// Incident details (type, trigger, severity, suspects, narrative) and POS transactions for the store simulator.
#include "sim/StoreSimulatorParts.h"

#include "sim/StoreSimulator.h"
#include "store/StoreDrop.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace lpdesk::simgen {

namespace {

struct Product
{
    const char* upc;
    const char* description;
    int cents;
};

constexpr Product Catalogue[] = {
    {"012345678905", "Razor blades 8-pack", 2899},  {"036000291452", "Infant formula 900g", 3649},
    {"041220576463", "Laundry detergent 3L", 1599}, {"072785112233", "Wireless earbuds", 7999},
    {"085239111028", "Whitening strips", 4499},     {"004900000044", "Cola 12-pack", 899},
    {"030772004542", "Allergy tablets 70ct", 2199}, {"040000495796", "Chocolate bar", 249},
    {"037000127116", "Toothpaste 2-pack", 799},     {"088796152213", "Cosmetics palette", 3400},
    {"071249211430", "Protein powder 2lb", 4299},   {"050000450023", "Coffee beans 1kg", 1899},
};

const char* const Operators[] = {"E1047", "E2210", "E3318", "E4102"};

} // namespace

QString uuid(QRandomGenerator& rng)
{
    QByteArray b(16, '\0');
    for (int i = 0; i < 16; ++i)
        b[i] = static_cast<char>(rng.bounded(256));
    b[6] = static_cast<char>((b[6] & 0x0f) | 0x40);
    b[8] = static_cast<char>((b[8] & 0x3f) | 0x80);
    return QUuid::fromRfc4122(b).toString(QUuid::WithoutBraces);
}

QString rfc3339(const QDateTime& utc, const QTimeZone& zone)
{
    const QDateTime local = utc.toTimeZone(zone);
    const int off = local.offsetFromUtc();
    return local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
        + QStringLiteral("%1%2:%3")
              .arg(off < 0 ? QLatin1Char('-') : QLatin1Char('+'))
              .arg(std::abs(off) / 3600, 2, 10, QLatin1Char('0'))
              .arg((std::abs(off) % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString pickType(QRandomGenerator& rng, int globalIndex)
{
    const QStringList& types = StoreDrop::incidentTypes();
    if (globalIndex < types.size())
        return types[globalIndex]; // every type appears in any run with at least 11 incidents
    static const int weights[] = {35, 8, 3, 3, 4, 5, 10, 12, 6, 6, 8};
    int total = 0;
    for (int w : weights)
        total += w;
    int r = static_cast<int>(rng.bounded(total));
    for (int i = 0; i < 11; ++i) {
        if (r < weights[i])
            return types[i];
        r -= weights[i];
    }
    return types.last();
}

QString triggerFor(const QString& type, QRandomGenerator& rng)
{
    const bool alt = rng.bounded(3) == 0;
    if (type == QLatin1String("shoplifting"))
        return alt ? QStringLiteral("staff_report") : QStringLiteral("door_sensor");
    if (type == QLatin1String("organized_retail_crime"))
        return alt ? QStringLiteral("staff_report") : QStringLiteral("analytics");
    if (type == QLatin1String("robbery") || type == QLatin1String("assault"))
        return alt ? QStringLiteral("staff_report") : QStringLiteral("panic_button");
    if (type == QLatin1String("burglary"))
        return QStringLiteral("door_sensor");
    if (type == QLatin1String("threat"))
        return QStringLiteral("staff_report");
    if (type == QLatin1String("fraud") || type == QLatin1String("return_fraud"))
        return QStringLiteral("pos_exception");
    if (type == QLatin1String("vandalism"))
        return QStringLiteral("analytics");
    if (type == QLatin1String("trespass"))
        return alt ? QStringLiteral("analytics") : QStringLiteral("door_sensor");
    return QStringLiteral("other");
}

int baseSeverity(const QString& type)
{
    if (type == QLatin1String("robbery") || type == QLatin1String("assault"))
        return 5;
    if (type == QLatin1String("threat") || type == QLatin1String("burglary")
        || type == QLatin1String("organized_retail_crime"))
        return 4;
    if (type == QLatin1String("fraud") || type == QLatin1String("return_fraud"))
        return 3;
    if (type == QLatin1String("shoplifting") || type == QLatin1String("vandalism"))
        return 2;
    return 1;
}

QJsonArray suspectsFor(const SimIncident& inc, QRandomGenerator& rng)
{
    static const char* sexes[] = {"male", "female", "unknown"};
    static const char* ages[] = {"16-20", "20-30", "30-40", "40-50", "50-60"};
    static const char* heights[] = {"about 160 cm", "about 170 cm", "about 180 cm", "about 190 cm"};
    static const char* builds[] = {"slim", "medium", "heavy", "athletic"};
    static const char* tops[] = {"grey hooded sweatshirt", "black puffer jacket", "red windbreaker", "navy blazer",
                                 "white t-shirt",          "green parka"};
    static const char* bottoms[] = {"dark jeans", "black track pants", "khaki trousers", "denim shorts"};
    static const char* extras[]
        = {"baseball cap", "surgical mask", "large tote bag", "backpack", "sunglasses", "tattoo on left forearm"};
    int n = 1 + static_cast<int>(rng.bounded(inc.type == QLatin1String("organized_retail_crime") ? 3 : 2));
    if (inc.type == QLatin1String("other") || inc.type == QLatin1String("vandalism"))
        n = static_cast<int>(rng.bounded(2));
    QJsonArray out;
    for (int i = 0; i < n; ++i) {
        out.append(QJsonObject {{QLatin1String("label"), QStringLiteral("Subject %1").arg(QChar(u'A' + i))},
                                {QLatin1String("sex"), QString::fromLatin1(sexes[rng.bounded(3)])},
                                {QLatin1String("age_range"), QString::fromLatin1(ages[rng.bounded(5)])},
                                {QLatin1String("height"), QString::fromLatin1(heights[rng.bounded(4)])},
                                {QLatin1String("build"), QString::fromLatin1(builds[rng.bounded(4)])},
                                {QLatin1String("clothing"),
                                 QStringLiteral("%1, %2").arg(QString::fromLatin1(tops[rng.bounded(6)]),
                                                              QString::fromLatin1(bottoms[rng.bounded(4)]))},
                                {QLatin1String("distinguishing"), QString::fromLatin1(extras[rng.bounded(6)])}});
    }
    return out;
}

QString narrativeFor(const SimIncident& inc, const QString& localTime, const QString& cameraName, QRandomGenerator& rng)
{
    const QString item
        = QString::fromLatin1(Catalogue[rng.bounded(static_cast<quint32>(std::size(Catalogue)))].description);
    const QString t = inc.type;
    if (t == QLatin1String("shoplifting"))
        return QStringLiteral("Subject selected several units of %1 in %2, concealed them in a bag and walked past the "
                              "last point of sale. The EAS gate alarmed at %3; the subject did not stop. Seen on %4.")
            .arg(item.toLower(), inc.zone, localTime, cameraName);
    if (t == QLatin1String("organized_retail_crime"))
        return QStringLiteral("Group of subjects working together: one distracted staff at the service desk while the "
                              "others swept %1 from the shelf into lined bags. Same method as recent incidents at "
                              "other stores. Detected by shelf analytics at %2.")
            .arg(item.toLower(), localTime);
    if (t == QLatin1String("robbery"))
        return QStringLiteral("Subject approached register %1, implied a weapon and demanded the cash drawer. Cashier "
                              "complied and pressed the panic button at %2. Subject left on foot.")
            .arg(inc.registerId.isEmpty() ? QStringLiteral("1") : inc.registerId, localTime);
    if (t == QLatin1String("burglary"))
        return QStringLiteral("Rear door contact opened outside trading hours pattern at %1; stock room shelves of %2 "
                              "found disturbed.")
            .arg(localTime, item.toLower());
    if (t == QLatin1String("assault"))
        return QStringLiteral("Staff member was pushed when asking a subject to return %1 at %2. Staff member "
                              "uninjured; manager called police.")
            .arg(item.toLower(), localTime);
    if (t == QLatin1String("threat"))
        return QStringLiteral("Customer became verbally aggressive at the service desk at %1 and threatened staff "
                              "after a refund was refused.")
            .arg(localTime);
    if (t == QLatin1String("fraud"))
        return QStringLiteral("POS exception at register %1 at %2: card number keyed in manually and %3 sold far below "
                              "its shelf price with an override.")
            .arg(inc.registerId, localTime, item.toLower());
    if (t == QLatin1String("return_fraud"))
        return QStringLiteral("Refund processed at register %1 at %2 for %3. Review the receipt and the video of the "
                              "counter: the item may not have been brought to the desk.")
            .arg(inc.registerId, localTime, item.toLower());
    if (t == QLatin1String("vandalism"))
        return QStringLiteral("Analytics flagged loitering in %1; display of %2 damaged at %3.")
            .arg(inc.zone, item.toLower(), localTime);
    if (t == QLatin1String("trespass"))
        return QStringLiteral("Previously banned person entered the store at %1 and was asked to leave.")
            .arg(localTime);
    return QStringLiteral("Unusual activity reported by staff at %1 in %2.").arg(localTime, inc.zone);
}

Status writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return failure(StoreSimulator::tr("Cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

PosTransaction normalSale(const QString& storeId, const QString& reg, QRandomGenerator& rng)
{
    PosTransaction t;
    t.storeId = storeId;
    t.registerId = reg;
    t.operatorId = QString::fromLatin1(Operators[rng.bounded(4)]);
    const int items = 1 + static_cast<int>(rng.bounded(4));
    qint64 subtotal = 0;
    for (int i = 0; i < items; ++i) {
        const Product& p = Catalogue[rng.bounded(static_cast<quint32>(std::size(Catalogue)))];
        PosLineItem l;
        l.itemId = QString::fromLatin1(p.upc);
        l.description = QString::fromLatin1(p.description);
        l.quantity = 1;
        l.unitPrice = l.regularPrice = l.amount = p.cents;
        l.voided = rng.bounded(40) == 0;
        if (!l.voided)
            subtotal += l.amount;
        t.lines << l;
    }
    PosLineItem tax;
    tax.kind = PosLineItem::Kind::Tax;
    tax.amount = subtotal * 8 / 100;
    t.lines << tax;
    t.total = subtotal + tax.amount;
    PosLineItem tender;
    tender.kind = PosLineItem::Kind::Tender;
    tender.amount = t.total;
    const int how = static_cast<int>(rng.bounded(3));
    tender.tenderType = how == 0 ? QStringLiteral("cash") : QStringLiteral("credit");
    if (how != 0) {
        tender.cardLast4 = QStringLiteral("%1").arg(rng.bounded(10000), 4, 10, QLatin1Char('0'));
        tender.entryMethod = how == 1 ? QStringLiteral("chip") : QStringLiteral("contactless");
    }
    t.lines << tender;
    if (rng.bounded(10) < 3)
        t.loyaltyId = QStringLiteral("LOY%1").arg(rng.bounded(100000000), 8, 10, QLatin1Char('0'));
    if (rng.bounded(5) == 0)
        t.extensions.insert(QStringLiteral("LaneMode"), QStringLiteral("self-checkout-assist"));
    return t;
}

PosTransaction exceptionFor(const SimIncident& inc, const QString& storeId, QRandomGenerator& rng, const QDate& day)
{
    PosTransaction t = normalSale(storeId, inc.registerId, rng);
    t.loyaltyId.clear();
    const Product& p = Catalogue[rng.bounded(static_cast<quint32>(std::size(Catalogue)))];
    if (inc.posKind == QLatin1String("refund_no_receipt") || inc.posKind == QLatin1String("refund_other_day")) {
        PosLineItem l;
        l.kind = PosLineItem::Kind::Return;
        l.itemId = QString::fromLatin1(p.upc);
        l.description = QString::fromLatin1(p.description);
        l.quantity = 2;
        l.unitPrice = l.regularPrice = p.cents;
        l.amount = -2 * p.cents;
        l.reason = QStringLiteral("NO_RECEIPT");
        PosLineItem tender;
        tender.kind = PosLineItem::Kind::Tender;
        tender.tenderType = QStringLiteral("cash");
        tender.amount = l.amount;
        t.lines = {l, tender};
        t.total = l.amount;
        if (inc.posKind == QLatin1String("refund_other_day")) {
            t.lines[0].reason = QStringLiteral("RECEIPT");
            t.linkRegister = inc.registerId;
            t.linkSequence = QString::number(100 + rng.bounded(800));
            t.linkBusinessDay = day.addDays(-2).toString(Qt::ISODate);
        }
    } else {
        // Sweethearting / card fraud: a keyed card and a heavy override on an expensive item.
        PosLineItem l;
        l.itemId = QString::fromLatin1(p.upc);
        l.description = QString::fromLatin1(p.description);
        l.regularPrice = p.cents;
        l.unitPrice = l.amount = p.cents / 10;
        l.reason = QStringLiteral("PRICE_OVERRIDE");
        PosLineItem tender;
        tender.kind = PosLineItem::Kind::Tender;
        tender.tenderType = QStringLiteral("credit");
        tender.cardLast4 = QStringLiteral("0119");
        tender.entryMethod = QStringLiteral("keyed");
        tender.amount = l.amount;
        t.lines = {l, tender};
        t.total = l.amount;
    }
    return t;
}

} // namespace lpdesk::simgen
