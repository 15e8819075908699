#include "store/StoreSimulator.h"

#include "crypto/Lpenc.h"
#include "crypto/Sha256.h"
#include "crypto/X25519.h"
#include "media/ClipSynthesizer.h"
#include "pos/PosJournalWriter.h"
#include "store/SimulatorHistory.h"
#include "store/StoreDrop.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace lpdesk {

namespace {

struct StoreTemplate
{
    const char* id;
    const char* name;
    const char* address;
    const char* zone;
    const char* posFormat;
    const char* currency;
};

constexpr StoreTemplate Templates[] = {
    {"chicago-lakeview-017", "Lakeview Market #017", "3101 N Clark St, Chicago, IL 60657", "America/Chicago", "poslog",
     "USD"},
    {"london-camden-204", "Camden High Street #204", "212 Camden High St, London NW1 8QR", "Europe/London", "csv",
     "GBP"},
    {"tokyo-shibuya-031", "Shibuya Dogenzaka #031", "2-6 Dogenzaka, Shibuya-ku, Tokyo", "Asia/Tokyo", "json", "JPY"},
    {"denver-union-112", "Union Station #112", "1701 Wynkoop St, Denver, CO 80202", "America/Denver", "csv", "USD"},
    {"sydney-pitt-008", "Pitt Street Mall #008", "188 Pitt St, Sydney NSW 2000", "Australia/Sydney", "poslog", "AUD"},
    {"kolkata-park-055", "Park Street #055", "21 Park St, Kolkata 700016", "Asia/Kolkata", "json", "INR"},
};

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

struct SimIncident
{
    QString id;
    QString type;
    QString trigger;
    int severity = 1;
    QDateTime detectedUtc;
    QString cameraId;
    QString registerId;
    QString zone;
    QList<QString> mediaCameras;
    int posTransaction = -1; // index into the store's transactions
    QString posKind;
};

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

} // namespace

Result<SimulatorSummary> StoreSimulator::run(const SimulatorOptions& o)
{
    if (o.stores < 1 || o.stores > MaxStores || o.incidentsPerStore < 0 || o.incidentsPerStore > MaxIncidentsPerStore
        || o.clipSeconds <= 0 || o.clipSeconds > 600 || o.historyDays < 0 || o.historyDays > MaxHistoryDays)
        return makeError(ErrorKind::Usage,
                         tr("Simulator options out of range (1–%1 stores, 0–%2 incidents per store, "
                            "clips up to 600 s, a history of up to %3 days).")
                             .arg(MaxStores)
                             .arg(MaxIncidentsPerStore)
                             .arg(MaxHistoryDays));
    if (o.recipientPublicKey.size() != X25519::KeySize)
        return makeError(ErrorKind::Usage, tr("The recipient key is not an X25519 public key."));
    auto say = [&o](const QString& s) {
        if (o.progress)
            o.progress(s);
    };
    SimulatorSummary summary;
    const QString recipientId = toHex(X25519::keyId(o.recipientPublicKey));
    QRandomGenerator master(static_cast<quint32>(o.seed * 2654435761u + 17));
    const bool history = o.historyDays > 0;
    QList<sim::HistoryIncident> historyIncidents;

    for (int s = 0; s < o.stores; ++s) {
        const StoreTemplate& tpl = Templates[s % std::size(Templates)];
        const QString storeId = s < static_cast<int>(std::size(Templates))
            ? QString::fromLatin1(tpl.id)
            : QStringLiteral("%1-%2").arg(QString::fromLatin1(tpl.id)).arg(s);
        QRandomGenerator rng(master.generate());
        const QTimeZone zone(tpl.zone);
        const QString root = o.outDir + QLatin1Char('/') + storeId;
        QDir().mkpath(root);
        say(tr("Store %1 (%2)").arg(storeId, QString::fromLatin1(tpl.zone)));

        // Cameras and registers, with clock offsets (the first store's register-2 camera runs 73 s fast).
        struct Cam
        {
            QString id, name, zone;
            double offset;
        };
        QList<Cam> cams {{QStringLiteral("cam-entrance"), QStringLiteral("ENTRANCE"), QStringLiteral("entrance"), 0},
                         {QStringLiteral("cam-reg1"), QStringLiteral("REGISTER 1"), QStringLiteral("checkout"), 0},
                         {QStringLiteral("cam-reg2"), QStringLiteral("REGISTER 2"), QStringLiteral("checkout"), 0},
                         {QStringLiteral("cam-aisle4"), QStringLiteral("AISLE 4"), QStringLiteral("sales floor"), 0}};
        for (Cam& c : cams)
            c.offset = static_cast<int>(rng.bounded(7)) - 3;
        if (s == 0)
            cams[2].offset = 73;
        const QList<QPair<QString, QString>> regs {{QStringLiteral("1"), QStringLiteral("cam-reg1")},
                                                   {QStringLiteral("2"), QStringLiteral("cam-reg2")}};
        const QList<double> regOffsets {0, 2};
        auto camOffset = [&cams](const QString& id) {
            for (const Cam& c : cams)
                if (c.id == id)
                    return c.offset;
            return 0.0;
        };
        auto camName = [&cams](const QString& id) {
            for (const Cam& c : cams)
                if (c.id == id)
                    return c.name;
            return id;
        };

        // Incidents.
        QList<SimIncident> incidents;
        const QDateTime open(o.businessDay, QTime(9, 30), zone);
        for (int i = 0; i < o.incidentsPerStore; ++i) {
            SimIncident inc;
            inc.id = uuid(rng);
            inc.type = pickType(rng, s * o.incidentsPerStore + i);
            inc.trigger = triggerFor(inc.type, rng);
            inc.severity = std::clamp(baseSeverity(inc.type) + static_cast<int>(rng.bounded(3)) - 1, 1, 5);
            const qint64 span = 11 * 3600;
            inc.detectedUtc = open.addSecs(span * i / std::max(1, o.incidentsPerStore) + rng.bounded(900)).toUTC();
            if (history) {
                // Spread over the period, oldest first, at a random time of the opening hours.
                const QDate day = o.businessDay.addDays(
                    static_cast<qint64>(i) * o.historyDays / std::max(1, o.incidentsPerStore) - o.historyDays + 1);
                inc.detectedUtc = QDateTime(day, QTime(9, 30), zone).addSecs(rng.bounded(span)).toUTC();
            }
            const bool pos = inc.type == QLatin1String("fraud") || inc.type == QLatin1String("return_fraud");
            const bool counter = pos || inc.type == QLatin1String("robbery") || inc.type == QLatin1String("threat");
            if (counter) {
                // The first store's POS incidents happen at register 2, whose camera runs 73 s fast.
                const int pick = static_cast<int>(rng.bounded(2));
                const auto& r = regs[pos && s == 0 ? 1 : pick];
                inc.registerId = r.first;
                inc.cameraId = r.second;
                inc.zone = QStringLiteral("checkout");
            } else {
                inc.cameraId = rng.bounded(2) ? QStringLiteral("cam-entrance") : QStringLiteral("cam-aisle4");
                inc.zone = inc.cameraId == QLatin1String("cam-entrance") ? QStringLiteral("entrance")
                                                                         : QStringLiteral("aisle 4");
            }
            inc.mediaCameras << inc.cameraId;
            if ((inc.type == QLatin1String("robbery") || inc.type == QLatin1String("assault"))
                && inc.cameraId != QLatin1String("cam-entrance"))
                inc.mediaCameras << QStringLiteral("cam-entrance");
            if (pos && !history) {
                static const char* kinds[] = {"refund_no_receipt", "refund_other_day"};
                inc.posKind = inc.type == QLatin1String("return_fraud") ? QString::fromLatin1(kinds[rng.bounded(2)])
                                                                        : QStringLiteral("override_keyed");
            }
            incidents << inc;
        }

        // The day's POS journal: normal traffic, a few voids and no-sales, and the incidents' exceptions, kept
        // at least 6 minutes away from any other transaction on the same register.
        struct Timed
        {
            QDateTime trueUtc;
            PosTransaction t;
            int incident;
        };
        QList<Timed> journal;
        for (int k = 0; k < incidents.size(); ++k) {
            SimIncident& inc = incidents[k];
            if (inc.posKind.isEmpty())
                continue;
            journal.append({inc.detectedUtc.addSecs(-2), exceptionFor(inc, storeId, rng, o.businessDay), k});
        }
        for (const auto& r : history ? QList<QPair<QString, QString>> {} : regs) {
            QDateTime t(o.businessDay, QTime(9, 0), zone);
            const QDateTime close(o.businessDay, QTime(21, 0), zone);
            while (t < close) {
                t = t.addSecs(120 + rng.bounded(300));
                bool clash = false;
                for (const Timed& x : journal)
                    if (x.incident >= 0 && x.t.registerId == r.first && std::abs(x.trueUtc.secsTo(t)) < 360)
                        clash = true;
                if (clash)
                    continue;
                PosTransaction pt = normalSale(storeId, r.first, rng);
                if (rng.bounded(50) == 0) {
                    pt.type = PosTransaction::Type::Control;
                    pt.control = QStringLiteral("no_sale");
                    pt.lines.clear();
                    pt.total = 0;
                    pt.loyaltyId.clear();
                }
                journal.append({t.toUTC(), pt, -1});
            }
        }
        std::sort(journal.begin(), journal.end(), [](const Timed& a, const Timed& b) {
            return a.t.registerId != b.t.registerId ? a.t.registerId < b.t.registerId : a.trueUtc < b.trueUtc;
        });
        QMap<QString, int> nextSeq;
        QList<PosTransaction> transactions;
        for (Timed& x : journal) {
            const int regIndex = x.t.registerId == QLatin1String("2") ? 1 : 0;
            const int seq = nextSeq.value(x.t.registerId, 1000 + 4000 * regIndex) + 1;
            nextSeq[x.t.registerId] = seq;
            x.t.sequence = QString::number(seq);
            x.t.businessDay = o.businessDay.toString(Qt::ISODate);
            x.t.currency = QString::fromLatin1(tpl.currency);
            // Times as the register's clock shows them.
            const QDateTime regClock = x.trueUtc.addMSecs(static_cast<qint64>(regOffsets[regIndex] * 1000));
            x.t.begin = rfc3339(regClock, zone);
            x.t.end = rfc3339(regClock.addSecs(25 + rng.bounded(60)), zone);
            if (x.incident >= 0)
                incidents[x.incident].posTransaction = static_cast<int>(transactions.size());
            transactions << x.t;
        }
        std::stable_sort(transactions.begin(), transactions.end(),
                         [](const PosTransaction& a, const PosTransaction& b) { return a.begin < b.begin; });
        // Positions moved by the sort: find incidents' transactions again by register and sequence.
        QMap<int, QPair<QString, QString>> incidentTx;
        for (const Timed& x : journal)
            if (x.incident >= 0)
                incidentTx.insert(x.incident, {x.t.registerId, x.t.sequence});

        const QString format = QString::fromLatin1(tpl.posFormat);
        const QString day = o.businessDay.toString(Qt::ISODate);
        QByteArray posBytes;
        QString posFile;
        if (format == QLatin1String("poslog")) {
            posBytes = PosJournalWriter::poslog(transactions);
            posFile = QStringLiteral("pos/%1.xml").arg(day);
        } else if (format == QLatin1String("csv")) {
            posBytes = PosJournalWriter::csv(transactions);
            posFile = QStringLiteral("pos/%1.csv").arg(day);
        } else {
            posBytes = PosJournalWriter::json(storeId, day, transactions);
            posFile = QStringLiteral("pos/%1.json").arg(day);
        }
        if (!history)
            LP_TRY(writeFile(root + QLatin1Char('/') + posFile, posBytes));

        // Media and incident documents.
        QStringList ids;
        for (int k = 0; k < incidents.size(); ++k) {
            if (o.cancel && o.cancel->load())
                return makeError(ErrorKind::Cancelled, tr("Cancelled."));
            const SimIncident& inc = incidents[k];
            const QString localTime = inc.detectedUtc.toTimeZone(zone).toString(QStringLiteral("HH:mm:ss"));
            QJsonArray media;
            for (const QString& camId : inc.mediaCameras) {
                const QString mediaId = uuid(rng);
                const double offset = camOffset(camId);
                // The recorder stamps its own clock: true time plus the camera's offset.
                const QDateTime trueStart = inc.detectedUtc.addMSecs(static_cast<qint64>(-o.clipSeconds * 500));
                const QDateTime camStart = trueStart.addMSecs(static_cast<qint64>(offset * 1000));
                ClipSpec spec;
                spec.width = o.width;
                spec.height = o.height;
                spec.fps = o.fps;
                spec.hevc = o.hevc;
                spec.bFrames = o.bFrames;
                spec.vfr = o.vfr;
                spec.seconds = o.clipSeconds;
                spec.camera = camName(camId);
                spec.startUtc = camStart;
                spec.zone = zone;
                spec.seed = rng.generate64();
                spec.people = 1 + static_cast<int>(rng.bounded(3));
                auto clip = ClipSynthesizer::make(spec);
                if (!clip)
                    return clip.error();
                const QString rel = StoreDrop::mediaPath(mediaId);
                QDir().mkpath(root + QStringLiteral("/media"));
                auto writer = LpencWriter::create(root + QLatin1Char('/') + rel, o.recipientPublicKey);
                if (!writer)
                    return writer.error();
                LP_TRY((*writer)->write(clip->mp4));
                auto done = (*writer)->finish();
                if (!done)
                    return done.error();
                media.append(
                    QJsonObject {{QLatin1String("id"), mediaId},
                                 {QLatin1String("file"), rel},
                                 {QLatin1String("size"), static_cast<qint64>(done->fileSize)},
                                 {QLatin1String("plaintext_size"), static_cast<qint64>(done->plaintextLength)},
                                 {QLatin1String("sha256"), done->sha256},
                                 {QLatin1String("codec"), QStringLiteral("h264")},
                                 {QLatin1String("camera"), camId},
                                 {QLatin1String("start"), rfc3339(camStart, zone)},
                                 {QLatin1String("end"),
                                  rfc3339(camStart.addMSecs(static_cast<qint64>(o.clipSeconds * 1000)), zone)}});
                ++summary.clips;
                summary.mediaBytes += static_cast<qint64>(done->fileSize);
            }
            QJsonArray posRefs;
            if (incidentTx.contains(k))
                posRefs.append(QJsonObject {{QLatin1String("register"), incidentTx[k].first},
                                            {QLatin1String("sequence"), incidentTx[k].second},
                                            {QLatin1String("business_day"), day}});
            QJsonArray statements;
            if (rng.bounded(2) == 0)
                statements.append(
                    QJsonObject {{QLatin1String("author_role"), QStringLiteral("staff")},
                                 {QLatin1String("text"),
                                  QStringLiteral("I was on shift in %1 at about %2 and saw what is described "
                                                 "above. I reported it to the manager straight away.")
                                      .arg(inc.zone, localTime)}});
            // In this order: the random generator's sequence makes the same drop for a seed as before.
            const QString narrative = narrativeFor(inc, localTime, camName(inc.cameraId), rng);
            const QJsonArray suspects = suspectsFor(inc, rng);
            if (history)
                historyIncidents.append(
                    {inc.id, storeId, zone, inc.type, inc.trigger, inc.detectedUtc, !suspects.isEmpty()});
            QJsonObject location {{QLatin1String("zone"), inc.zone}, {QLatin1String("camera"), inc.cameraId}};
            if (!inc.registerId.isEmpty())
                location.insert(QLatin1String("register"), inc.registerId);
            const QJsonObject doc {{QLatin1String("id"), inc.id},
                                   {QLatin1String("store_id"), storeId},
                                   {QLatin1String("type"), inc.type},
                                   {QLatin1String("severity"), inc.severity},
                                   {QLatin1String("detected_at"), rfc3339(inc.detectedUtc, zone)},
                                   {QLatin1String("trigger"), inc.trigger},
                                   {QLatin1String("location"), location},
                                   {QLatin1String("narrative"), narrative},
                                   {QLatin1String("suspects"), suspects},
                                   {QLatin1String("media"), media},
                                   {QLatin1String("pos_refs"), posRefs},
                                   {QLatin1String("statements"), statements}};
            LP_TRY(writeFile(root + QLatin1Char('/') + StoreDrop::incidentPath(inc.id),
                             QJsonDocument(doc).toJson(QJsonDocument::Indented)));
            ids << inc.id;
            ++summary.incidents;
            say(tr("  incident %1/%2 %3").arg(k + 1).arg(incidents.size()).arg(inc.type));
        }

        // Feed pages of 25.
        const int pageSize = 25;
        const int pages = std::max(1, static_cast<int>((ids.size() + pageSize - 1) / pageSize));
        for (int p = 0; p < pages; ++p) {
            const QJsonObject page {
                {QLatin1String("page"), p + 1},
                {QLatin1String("incidents"), QJsonArray::fromStringList(ids.mid(p * pageSize, pageSize))},
                {QLatin1String("next"),
                 p + 1 < pages ? QJsonValue(QStringLiteral("feed/%1.json").arg(p + 2, 6, 10, QLatin1Char('0')))
                               : QJsonValue(QJsonValue::Null)}};
            LP_TRY(writeFile(root + QStringLiteral("/feed/%1.json").arg(p + 1, 6, 10, QLatin1Char('0')),
                             QJsonDocument(page).toJson(QJsonDocument::Indented)));
        }
        QJsonArray cameraArr;
        for (const Cam& c : cams)
            cameraArr.append(QJsonObject {{QLatin1String("id"), c.id},
                                          {QLatin1String("name"), c.name},
                                          {QLatin1String("zone"), c.zone},
                                          {QLatin1String("clock_offset_seconds"), c.offset}});
        QJsonArray registerArr;
        for (int r = 0; r < regs.size(); ++r)
            registerArr.append(QJsonObject {{QLatin1String("id"), regs[r].first},
                                            {QLatin1String("camera"), regs[r].second},
                                            {QLatin1String("clock_offset_seconds"), regOffsets[r]}});
        const QJsonObject store {
            {QLatin1String("format"), QStringLiteral("lpdesk-store-drop")},
            {QLatin1String("version"), 1},
            {QLatin1String("store_id"), storeId},
            {QLatin1String("name"), QString::fromLatin1(tpl.name)},
            {QLatin1String("address"), QString::fromLatin1(tpl.address)},
            {QLatin1String("timezone"), QString::fromLatin1(tpl.zone)},
            {QLatin1String("clock_offset_seconds"), 0},
            {QLatin1String("recipient_key_ids"), QJsonArray {recipientId}},
            {QLatin1String("cameras"), cameraArr},
            {QLatin1String("registers"), registerArr},
            {QLatin1String("pos_journals"),
             history ? QJsonArray {}
                     : QJsonArray {QJsonObject {{QLatin1String("file"), posFile},
                                                {QLatin1String("format"), format},
                                                {QLatin1String("business_day"), day},
                                                {QLatin1String("size"), static_cast<qint64>(posBytes.size())},
                                                {QLatin1String("sha256"), Sha256::hashHex(posBytes)}}}},
            {QLatin1String("feed"), QJsonObject {{QLatin1String("first_page"), QStringLiteral("feed/000001.json")}}}};
        LP_TRY(writeFile(root + QStringLiteral("/store.json"), QJsonDocument(store).toJson(QJsonDocument::Indented)));
        summary.storeIds << storeId;
    }
    if (history) {
        // The investigator starts on the backlog at noon UTC the day after the last business day.
        const sim::HistoryPlan plan
            = sim::planHistory(historyIncidents, QDateTime(o.businessDay.addDays(1), QTime(12, 0), QTimeZone::utc()));
        LP_TRY(writeFile(o.outDir + QStringLiteral("/history-script.json"),
                         QJsonDocument(plan.script).toJson(QJsonDocument::Indented)));
        LP_TRY(writeFile(o.outDir + QStringLiteral("/expected-kpis.json"),
                         QJsonDocument(plan.expected).toJson(QJsonDocument::Indented)));
    }
    return summary;
}

} // namespace lpdesk
