#include "sim/StoreSimulator.h"

#include "crypto/Lpenc.h"
#include "crypto/Sha256.h"
#include "crypto/X25519.h"
#include "model/Currency.h"
#include "sim/ClipSynthesizer.h"
#include "sim/PosJournalWriter.h"
#include "sim/SimulatorHistory.h"
#include "sim/StoreSimulatorParts.h"
#include "store/StoreDrop.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace lpdesk {

namespace {

using simgen::SimIncident;
using simgen::StoreTemplate;

void simSay(const SimulatorOptions& o, const QString& s)
{
    if (o.progress)
        o.progress(s);
}

struct SimCam
{
    QString id, name, zone;
    double offset;
};

// One store of the drop as it is generated; every step draws from the store's own random generator, in the order
// the original single pass did, so that a seed keeps giving the same drop.
struct SimStore
{
    SimStore(const SimulatorOptions& options, int index, quint32 seed)
        : o(options),
          s(index),
          tpl(simgen::Templates[index % std::size(simgen::Templates)]),
          storeId(index < static_cast<int>(std::size(simgen::Templates))
                      ? QString::fromLatin1(tpl.id)
                      : QStringLiteral("%1-%2").arg(QString::fromLatin1(tpl.id)).arg(index)),
          rng(seed),
          zone(tpl.zone),
          root(o.outDir + QLatin1Char('/') + storeId),
          history(o.historyDays > 0)
    { }

    const SimulatorOptions& o;
    int s;
    const StoreTemplate& tpl;
    QString storeId;
    QRandomGenerator rng;
    QTimeZone zone;
    QString root;
    bool history;
    QList<SimCam> cams;
    const QList<QPair<QString, QString>> regs {{QStringLiteral("1"), QStringLiteral("cam-reg1")},
                                               {QStringLiteral("2"), QStringLiteral("cam-reg2")}};
    const QList<double> regOffsets {0, 2};
    QList<SimIncident> incidents;
    QMap<int, QPair<QString, QString>> incidentTx; // incident index -> register, sequence
    QMap<int, qint64> incidentLoss; // incident index -> |total| of its transaction, minor units
    QString format, day, posFile;
    QByteArray posBytes;
    QStringList ids;

    double camOffset(const QString& id) const
    {
        for (const SimCam& c : cams)
            if (c.id == id)
                return c.offset;
        return 0.0;
    }
    QString camName(const QString& id) const
    {
        for (const SimCam& c : cams)
            if (c.id == id)
                return c.name;
        return id;
    }
};

// Cameras and registers, with clock offsets (the first store's register-2 camera runs 73 s fast).
void makeCameras(SimStore& st)
{
    st.cams = {{QStringLiteral("cam-entrance"), QStringLiteral("ENTRANCE"), QStringLiteral("entrance"), 0},
               {QStringLiteral("cam-reg1"), QStringLiteral("REGISTER 1"), QStringLiteral("checkout"), 0},
               {QStringLiteral("cam-reg2"), QStringLiteral("REGISTER 2"), QStringLiteral("checkout"), 0},
               {QStringLiteral("cam-aisle4"), QStringLiteral("AISLE 4"), QStringLiteral("sales floor"), 0}};
    for (SimCam& c : st.cams)
        c.offset = static_cast<int>(st.rng.bounded(7)) - 3;
    if (st.s == 0)
        st.cams[2].offset = 73;
}

// Where an incident happened: at a register (POS incidents, robberies, threats) or elsewhere, and its cameras.
void placeIncident(SimStore& st, SimIncident& inc, bool pos)
{
    const bool counter = pos || inc.type == QLatin1String("robbery") || inc.type == QLatin1String("threat");
    if (counter) {
        // The first store's POS incidents happen at register 2, whose camera runs 73 s fast.
        const int pick = static_cast<int>(st.rng.bounded(2));
        const auto& r = st.regs[pos && st.s == 0 ? 1 : pick];
        inc.registerId = r.first;
        inc.cameraId = r.second;
        inc.zone = QStringLiteral("checkout");
    } else {
        inc.cameraId = st.rng.bounded(2) ? QStringLiteral("cam-entrance") : QStringLiteral("cam-aisle4");
        inc.zone
            = inc.cameraId == QLatin1String("cam-entrance") ? QStringLiteral("entrance") : QStringLiteral("aisle 4");
    }
    inc.mediaCameras << inc.cameraId;
    if ((inc.type == QLatin1String("robbery") || inc.type == QLatin1String("assault"))
        && inc.cameraId != QLatin1String("cam-entrance"))
        inc.mediaCameras << QStringLiteral("cam-entrance");
}

void makeIncidents(SimStore& st)
{
    const SimulatorOptions& o = st.o;
    QRandomGenerator& rng = st.rng;
    const QDateTime open(o.businessDay, QTime(9, 30), st.zone);
    for (int i = 0; i < o.incidentsPerStore; ++i) {
        SimIncident inc;
        inc.id = simgen::uuid(rng);
        inc.type = simgen::pickType(rng, st.s * o.incidentsPerStore + i);
        inc.trigger = simgen::triggerFor(inc.type, rng);
        inc.severity = std::clamp(simgen::baseSeverity(inc.type) + static_cast<int>(rng.bounded(3)) - 1, 1, 5);
        const qint64 span = 11 * 3600;
        inc.detectedUtc = open.addSecs(span * i / std::max(1, o.incidentsPerStore) + rng.bounded(900)).toUTC();
        if (st.history) {
            // Spread over the period, oldest first, at a random time of the opening hours.
            const QDate day = o.businessDay.addDays(
                static_cast<qint64>(i) * o.historyDays / std::max(1, o.incidentsPerStore) - o.historyDays + 1);
            inc.detectedUtc = QDateTime(day, QTime(9, 30), st.zone).addSecs(rng.bounded(span)).toUTC();
        }
        const bool pos = inc.type == QLatin1String("fraud") || inc.type == QLatin1String("return_fraud");
        placeIncident(st, inc, pos);
        if (pos && !st.history) {
            static const char* kinds[] = {"refund_no_receipt", "refund_other_day"};
            inc.posKind = inc.type == QLatin1String("return_fraud") ? QString::fromLatin1(kinds[rng.bounded(2)])
                                                                    : QStringLiteral("override_keyed");
        } else if (pos) {
            // A history's journal holds only the incidents' own transactions (the loss the KPI counts).
            inc.posKind = inc.type == QLatin1String("return_fraud") ? QStringLiteral("refund_no_receipt")
                                                                    : QStringLiteral("override_keyed");
        }
        st.incidents << inc;
    }
}

struct Timed
{
    QDateTime trueUtc;
    PosTransaction t;
    int incident;
};

// The day's POS traffic: the incidents' exceptions, then normal sales and a few no-sales on each register, kept
// at least 6 minutes away from any incident's transaction on the same register.
QList<Timed> journalTraffic(SimStore& st)
{
    const SimulatorOptions& o = st.o;
    QRandomGenerator& rng = st.rng;
    QList<Timed> journal;
    for (int k = 0; k < st.incidents.size(); ++k) {
        SimIncident& inc = st.incidents[k];
        if (inc.posKind.isEmpty())
            continue;
        journal.append({inc.detectedUtc.addSecs(-2), simgen::exceptionFor(inc, st.storeId, rng, o.businessDay), k});
    }
    for (const auto& r : st.history ? QList<QPair<QString, QString>> {} : st.regs) {
        QDateTime t(o.businessDay, QTime(9, 0), st.zone);
        const QDateTime close(o.businessDay, QTime(21, 0), st.zone);
        while (t < close) {
            t = t.addSecs(120 + rng.bounded(300));
            bool clash = false;
            for (const Timed& x : journal)
                if (x.incident >= 0 && x.t.registerId == r.first && std::abs(x.trueUtc.secsTo(t)) < 360)
                    clash = true;
            if (clash)
                continue;
            PosTransaction pt = simgen::normalSale(st.storeId, r.first, rng);
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
    return journal;
}

// The journal numbered per register and timed by the registers' clocks, in the order the store's export lists it.
QList<PosTransaction> numberJournal(SimStore& st, QList<Timed>& journal)
{
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
        x.t.businessDay = st.o.businessDay.toString(Qt::ISODate);
        x.t.currency = QString::fromLatin1(st.tpl.currency);
        if (st.history) // amounts in the currency's own minor unit (yen have none)
            x.t.exponent = Currency::exponentOf(x.t.currency);
        // Times as the register's clock shows them.
        const QDateTime regClock = x.trueUtc.addMSecs(static_cast<qint64>(st.regOffsets[regIndex] * 1000));
        x.t.begin = simgen::rfc3339(regClock, st.zone);
        x.t.end = simgen::rfc3339(regClock.addSecs(25 + st.rng.bounded(60)), st.zone);
        if (x.incident >= 0) {
            st.incidents[x.incident].posTransaction = static_cast<int>(transactions.size());
            st.incidentLoss.insert(x.incident, x.t.total < 0 ? -x.t.total : x.t.total);
        }
        transactions << x.t;
    }
    std::stable_sort(transactions.begin(), transactions.end(),
                     [](const PosTransaction& a, const PosTransaction& b) { return a.begin < b.begin; });
    // Positions moved by the sort: find incidents' transactions again by register and sequence.
    for (const Timed& x : journal)
        if (x.incident >= 0)
            st.incidentTx.insert(x.incident, {x.t.registerId, x.t.sequence});
    return transactions;
}

// The day's POS journal in the store's format; for a history, the incidents' own transactions over the whole
// period (written only when there are some).
Status writePosJournal(SimStore& st)
{
    QList<Timed> journal = journalTraffic(st);
    const QList<PosTransaction> transactions = numberJournal(st, journal);
    st.format = QString::fromLatin1(st.tpl.posFormat);
    st.day = st.o.businessDay.toString(Qt::ISODate);
    if (st.format == QLatin1String("poslog")) {
        st.posBytes = PosJournalWriter::poslog(transactions);
        st.posFile = QStringLiteral("pos/%1.xml").arg(st.day);
    } else if (st.format == QLatin1String("csv")) {
        st.posBytes = PosJournalWriter::csv(transactions);
        st.posFile = QStringLiteral("pos/%1.csv").arg(st.day);
    } else {
        st.posBytes = PosJournalWriter::json(st.storeId, st.day, transactions);
        st.posFile = QStringLiteral("pos/%1.json").arg(st.day);
    }
    if (st.history && transactions.isEmpty())
        st.posFile.clear();
    else
        LP_TRY(simgen::writeFile(st.root + QLatin1Char('/') + st.posFile, st.posBytes));
    return {};
}

// One clip of an incident, encrypted to the recipient: its entry in the incident document.
Result<QJsonObject> writeClip(SimStore& st, const SimIncident& inc, const QString& camId, SimulatorSummary& summary)
{
    const SimulatorOptions& o = st.o;
    const QString mediaId = simgen::uuid(st.rng);
    const double offset = st.camOffset(camId);
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
    spec.camera = st.camName(camId);
    spec.startUtc = camStart;
    spec.zone = st.zone;
    spec.seed = st.rng.generate64();
    spec.people = 1 + static_cast<int>(st.rng.bounded(3));
    auto clip = ClipSynthesizer::make(spec);
    if (!clip)
        return clip.error();
    const QString rel = StoreDrop::mediaPath(mediaId);
    QDir().mkpath(st.root + QStringLiteral("/media"));
    auto writer = LpencWriter::create(st.root + QLatin1Char('/') + rel, o.recipientPublicKey);
    if (!writer)
        return writer.error();
    LP_TRY((*writer)->write(clip->mp4));
    auto done = (*writer)->finish();
    if (!done)
        return done.error();
    ++summary.clips;
    summary.mediaBytes += static_cast<qint64>(done->fileSize);
    return QJsonObject {
        {QLatin1String("id"), mediaId},
        {QLatin1String("file"), rel},
        {QLatin1String("size"), static_cast<qint64>(done->fileSize)},
        {QLatin1String("plaintext_size"), static_cast<qint64>(done->plaintextLength)},
        {QLatin1String("sha256"), done->sha256},
        {QLatin1String("codec"), QStringLiteral("h264")},
        {QLatin1String("camera"), camId},
        {QLatin1String("start"), simgen::rfc3339(camStart, st.zone)},
        {QLatin1String("end"), simgen::rfc3339(camStart.addMSecs(static_cast<qint64>(o.clipSeconds * 1000)), st.zone)}};
}

// Incident k's media and document (and, for a history, what the KPI plan needs to know of it).
Status writeIncident(SimStore& st, int k, SimulatorSummary& summary, QList<sim::HistoryIncident>& historyIncidents)
{
    QRandomGenerator& rng = st.rng;
    const SimIncident& inc = st.incidents[k];
    const QString localTime = inc.detectedUtc.toTimeZone(st.zone).toString(QStringLiteral("HH:mm:ss"));
    QJsonArray media;
    for (const QString& camId : inc.mediaCameras) {
        auto entry = writeClip(st, inc, camId, summary);
        if (!entry)
            return entry.error();
        media.append(*entry);
    }
    QJsonArray posRefs;
    if (st.incidentTx.contains(k))
        posRefs.append(QJsonObject {{QLatin1String("register"), st.incidentTx[k].first},
                                    {QLatin1String("sequence"), st.incidentTx[k].second},
                                    {QLatin1String("business_day"), st.day}});
    QJsonArray statements;
    if (rng.bounded(2) == 0)
        statements.append(QJsonObject {{QLatin1String("author_role"), QStringLiteral("staff")},
                                       {QLatin1String("text"),
                                        QStringLiteral("I was on shift in %1 at about %2 and saw what is described "
                                                       "above. I reported it to the manager straight away.")
                                            .arg(inc.zone, localTime)}});
    // In this order: the random generator's sequence makes the same drop for a seed as before.
    const QString narrative = simgen::narrativeFor(inc, localTime, st.camName(inc.cameraId), rng);
    const QJsonArray suspects = simgen::suspectsFor(inc, rng);
    if (st.history)
        historyIncidents.append({inc.id, st.storeId, st.zone, inc.type, inc.trigger, inc.detectedUtc,
                                 !suspects.isEmpty(), QString::fromLatin1(st.tpl.currency),
                                 Currency::exponentOf(QString::fromLatin1(st.tpl.currency)),
                                 st.incidentLoss.value(k, -1)});
    QJsonObject location {{QLatin1String("zone"), inc.zone}, {QLatin1String("camera"), inc.cameraId}};
    if (!inc.registerId.isEmpty())
        location.insert(QLatin1String("register"), inc.registerId);
    const QJsonObject doc {{QLatin1String("id"), inc.id},
                           {QLatin1String("store_id"), st.storeId},
                           {QLatin1String("type"), inc.type},
                           {QLatin1String("severity"), inc.severity},
                           {QLatin1String("detected_at"), simgen::rfc3339(inc.detectedUtc, st.zone)},
                           {QLatin1String("trigger"), inc.trigger},
                           {QLatin1String("location"), location},
                           {QLatin1String("narrative"), narrative},
                           {QLatin1String("suspects"), suspects},
                           {QLatin1String("media"), media},
                           {QLatin1String("pos_refs"), posRefs},
                           {QLatin1String("statements"), statements}};
    return simgen::writeFile(st.root + QLatin1Char('/') + StoreDrop::incidentPath(inc.id),
                             QJsonDocument(doc).toJson(QJsonDocument::Indented));
}

Status writeIncidents(SimStore& st, SimulatorSummary& summary, QList<sim::HistoryIncident>& historyIncidents)
{
    for (int k = 0; k < st.incidents.size(); ++k) {
        if (st.o.cancel && st.o.cancel->load())
            return makeError(ErrorKind::Cancelled, StoreSimulator::tr("Cancelled."));
        LP_TRY(writeIncident(st, k, summary, historyIncidents));
        st.ids << st.incidents[k].id;
        ++summary.incidents;
        simSay(st.o,
               StoreSimulator::tr("  incident %1/%2 %3").arg(k + 1).arg(st.incidents.size()).arg(st.incidents[k].type));
    }
    return {};
}

// Feed pages of 25.
Status writeFeed(const SimStore& st)
{
    const int pageSize = 25;
    const int pages = std::max(1, static_cast<int>((st.ids.size() + pageSize - 1) / pageSize));
    for (int p = 0; p < pages; ++p) {
        const QJsonObject page {
            {QLatin1String("page"), p + 1},
            {QLatin1String("incidents"), QJsonArray::fromStringList(st.ids.mid(p * pageSize, pageSize))},
            {QLatin1String("next"),
             p + 1 < pages ? QJsonValue(QStringLiteral("feed/%1.json").arg(p + 2, 6, 10, QLatin1Char('0')))
                           : QJsonValue(QJsonValue::Null)}};
        LP_TRY(simgen::writeFile(st.root + QStringLiteral("/feed/%1.json").arg(p + 1, 6, 10, QLatin1Char('0')),
                                 QJsonDocument(page).toJson(QJsonDocument::Indented)));
    }
    return {};
}

Status writeStoreJson(const SimStore& st, const QString& recipientId)
{
    QJsonArray cameraArr;
    for (const SimCam& c : st.cams)
        cameraArr.append(QJsonObject {{QLatin1String("id"), c.id},
                                      {QLatin1String("name"), c.name},
                                      {QLatin1String("zone"), c.zone},
                                      {QLatin1String("clock_offset_seconds"), c.offset}});
    QJsonArray registerArr;
    for (int r = 0; r < st.regs.size(); ++r)
        registerArr.append(QJsonObject {{QLatin1String("id"), st.regs[r].first},
                                        {QLatin1String("camera"), st.regs[r].second},
                                        {QLatin1String("clock_offset_seconds"), st.regOffsets[r]}});
    const QJsonObject store {
        {QLatin1String("format"), QStringLiteral("lpdesk-store-drop")},
        {QLatin1String("version"), 1},
        {QLatin1String("store_id"), st.storeId},
        {QLatin1String("name"), QString::fromLatin1(st.tpl.name)},
        {QLatin1String("address"), QString::fromLatin1(st.tpl.address)},
        {QLatin1String("timezone"), QString::fromLatin1(st.tpl.zone)},
        {QLatin1String("clock_offset_seconds"), 0},
        {QLatin1String("recipient_key_ids"), QJsonArray {recipientId}},
        {QLatin1String("cameras"), cameraArr},
        {QLatin1String("registers"), registerArr},
        {QLatin1String("pos_journals"),
         st.posFile.isEmpty()
             ? QJsonArray {}
             : QJsonArray {QJsonObject {{QLatin1String("file"), st.posFile},
                                        {QLatin1String("format"), st.format},
                                        {QLatin1String("business_day"), st.day},
                                        {QLatin1String("size"), static_cast<qint64>(st.posBytes.size())},
                                        {QLatin1String("sha256"), Sha256::hashHex(st.posBytes)}}}},
        {QLatin1String("feed"), QJsonObject {{QLatin1String("first_page"), QStringLiteral("feed/000001.json")}}}};
    return simgen::writeFile(st.root + QStringLiteral("/store.json"),
                             QJsonDocument(store).toJson(QJsonDocument::Indented));
}

// The KPI plan of a history: the investigator starts on the backlog at noon UTC the day after the last business day.
Status writeHistoryPlan(const SimulatorOptions& o, const QList<sim::HistoryIncident>& historyIncidents)
{
    const sim::HistoryPlan plan
        = sim::planHistory(historyIncidents, QDateTime(o.businessDay.addDays(1), QTime(12, 0), QTimeZone::utc()));
    LP_TRY(simgen::writeFile(o.outDir + QStringLiteral("/history-script.json"),
                             QJsonDocument(plan.script).toJson(QJsonDocument::Indented)));
    return simgen::writeFile(o.outDir + QStringLiteral("/expected-kpis.json"),
                             QJsonDocument(plan.expected).toJson(QJsonDocument::Indented));
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
    SimulatorSummary summary;
    const QString recipientId = toHex(X25519::keyId(o.recipientPublicKey));
    QRandomGenerator master(static_cast<quint32>(o.seed * 2654435761u + 17));
    QList<sim::HistoryIncident> historyIncidents;
    for (int s = 0; s < o.stores; ++s) {
        SimStore st(o, s, master.generate());
        QDir().mkpath(st.root);
        simSay(o, tr("Store %1 (%2)").arg(st.storeId, QString::fromLatin1(st.tpl.zone)));
        makeCameras(st);
        makeIncidents(st);
        LP_TRY(writePosJournal(st));
        LP_TRY(writeIncidents(st, summary, historyIncidents));
        LP_TRY(writeFeed(st));
        LP_TRY(writeStoreJson(st, recipientId));
        summary.storeIds << st.storeId;
    }
    if (o.historyDays > 0)
        LP_TRY(writeHistoryPlan(o, historyIncidents));
    return summary;
}

} // namespace lpdesk
