// lpdesk-cli: the store simulator, store registration, pulling and the incident inbox.
#include "Cli.h"

#include "statements/StatementService.h"

#include "common/Time.h"
#include "db/CaseDatabase.h"
#include "db/SystemTrust.h"
#include "db/WorkstationKeys.h"
#include "inbox/IncidentInbox.h"
#include "police/PoliceRequests.h"
#include "sim/StoreSimulator.h"
#include "store/PullService.h"
#include "store/StoreRegistry.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace lpdesk {

namespace {

int cmdStoreSim(Cli& cli, const CommandArgs& a)
{
    if (!a.has(QStringLiteral("out")) || !a.has(QStringLiteral("recipient")))
        return cli.usage(Cli::tr("store-sim needs --out DIR and --recipient FILE"));
    QFile f(a.value(QStringLiteral("recipient")));
    if (!f.open(QIODevice::ReadOnly))
        return cli.fail(failure(Cli::tr("Cannot read %1: %2").arg(f.fileName(), f.errorString())));
    auto key = WorkstationKeys::parseRecipientFile(f.read(8192));
    if (!key)
        return cli.fail(key.error());
    SimulatorOptions o;
    o.outDir = a.value(QStringLiteral("out"));
    o.recipientPublicKey = *key;
    bool n1 = true, n2 = true, n3 = true, n4 = true;
    o.stores = a.value(QStringLiteral("stores"), QStringLiteral("3")).toInt(&n1);
    o.incidentsPerStore = a.value(QStringLiteral("incidents"), QStringLiteral("10")).toInt(&n2);
    o.clipSeconds = a.value(QStringLiteral("clip-seconds"), QStringLiteral("8")).toDouble(&n3);
    o.seed = a.value(QStringLiteral("seed"), QStringLiteral("1")).toULongLong(&n4);
    if (!n1 || !n2 || !n3 || !n4)
        return cli.usage(Cli::tr("--stores, --incidents, --clip-seconds and --seed take numbers"));
    if (a.has(QStringLiteral("day"))) {
        o.businessDay = QDate::fromString(a.value(QStringLiteral("day")), Qt::ISODate);
        if (!o.businessDay.isValid())
            return cli.usage(Cli::tr("--day takes a date like 2026-03-14"));
    }
    if (a.has(QStringLiteral("size"))) {
        const QStringList wh = a.value(QStringLiteral("size")).split(QLatin1Char('x'));
        if (wh.size() != 2)
            return cli.usage(Cli::tr("--size takes WIDTHxHEIGHT"));
        o.width = wh[0].toInt();
        o.height = wh[1].toInt();
    }
    const QString codec = a.value(QStringLiteral("codec"), QStringLiteral("h264"));
    if (codec != QLatin1String("h264") && codec != QLatin1String("h265"))
        return cli.usage(Cli::tr("--codec takes h264 or h265"));
    o.hevc = codec == QLatin1String("h265");
    bool nb = true;
    o.bFrames = a.value(QStringLiteral("bframes"), QStringLiteral("0")).toInt(&nb);
    if (!nb || o.bFrames < 0 || o.bFrames > 16)
        return cli.usage(Cli::tr("--bframes takes a number from 0 to 16"));
    o.vfr = a.has(QStringLiteral("vfr"));
    bool nh = true;
    o.historyDays = a.value(QStringLiteral("history"), QStringLiteral("0")).toInt(&nh);
    if (!nh || o.historyDays < 0 || o.historyDays > StoreSimulator::MaxHistoryDays)
        return cli.usage(Cli::tr("--history takes a number of days up to %1").arg(StoreSimulator::MaxHistoryDays));
    o.progress = [&cli](const QString& line) { cli.progress(line); };
    auto summary = StoreSimulator::run(o);
    if (!summary)
        return cli.fail(summary.error());
    if (cli.json()) {
        QJsonArray stores;
        for (const QString& id : summary->storeIds)
            stores.append(
                QJsonObject {{QLatin1String("id"), id}, {QLatin1String("path"), o.outDir + QLatin1Char('/') + id}});
        cli.printJson(stores);
    } else {
        for (const QString& id : summary->storeIds)
            cli.out(o.outDir + QLatin1Char('/') + id);
        cli.progress(Cli::tr("%1 stores, %2 incidents, %3 clips (%4 MB encrypted)")
                         .arg(summary->storeIds.size())
                         .arg(summary->incidents)
                         .arg(summary->clips)
                         .arg(static_cast<double>(summary->mediaBytes) / 1e6, 0, 'f', 1));
    }
    return ExitOk;
}

Result<QByteArray> readSmallFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return failure(Cli::tr("Cannot read %1: %2").arg(path, f.errorString()));
    if (f.size() > 1024 * 1024)
        return failure(Cli::tr("%1 is too large for a certificate or key.").arg(path));
    return f.readAll();
}

int cmdStoreAdd(Cli& cli, const CommandArgs& a)
{
    if (a.has(QStringLiteral("path")) == a.has(QStringLiteral("url")))
        return cli.usage(Cli::tr("store add needs exactly one of --path DIR or --url URL"));
    if (a.has(QStringLiteral("cert")) != a.has(QStringLiteral("key")))
        return cli.usage(Cli::tr("--cert and --key go together"));
    StoreConnection c;
    if (a.has(QStringLiteral("path"))) {
        c.kind = QStringLiteral("folder");
        c.location = QFileInfo(a.value(QStringLiteral("path"))).absoluteFilePath();
    } else {
        c.kind = QStringLiteral("https");
        c.location = a.value(QStringLiteral("url"));
        c.systemTrust = a.has(QStringLiteral("system-trust"));
    }
    if (Status chosen = SystemTrust::checkChoice(Cli::tr("store add %1").arg(a.positionals().first()),
                                                 c.kind == QLatin1String("https"), a.has(QStringLiteral("ca")),
                                                 a.has(QStringLiteral("system-trust")));
        !chosen)
        return cli.usage(chosen.errorMessage());
    for (const auto& [flag, target] : {std::pair<QString, QByteArray*> {QStringLiteral("ca"), &c.caPem},
                                       {QStringLiteral("cert"), &c.clientCertPem},
                                       {QStringLiteral("key"), &c.clientKeyPem}}) {
        if (!a.has(flag))
            continue;
        auto bytes = readSmallFile(a.value(flag));
        if (!bytes)
            return cli.fail(bytes.error());
        *target = *bytes;
    }
    LP_CLI_DB(cli, db);
    if (auto added = StoreRegistry(db).add(a.positionals().first(), c); !added)
        return cli.fail(added.error());
    if (c.systemTrust)
        cli.err(SystemTrust::warning(Cli::tr("store %1").arg(a.positionals().first())));
    cli.printCreated(a.positionals().first());
    return ExitOk;
}

int cmdStoreList(Cli& cli, const CommandArgs&)
{
    LP_CLI_DB(cli, db);
    auto stores = StoreRegistry(db).list();
    if (!stores)
        return cli.fail(stores.error());
    return cli.printRows(
        *stores,
        [](const StoreInfo& s) {
            return QJsonObject {
                {QLatin1String("id"), s.id},
                {QLatin1String("name"), s.name},
                {QLatin1String("timezone"), s.timezone},
                {QLatin1String("source"), s.connection.kind},
                {QLatin1String("location"), s.connection.location},
                {QLatin1String("pinned_ca"), !s.connection.caPem.isEmpty()},
                {QLatin1String("system_trust"), s.connection.systemTrust},
                {QLatin1String("cursor"),
                 QJsonObject {{QLatin1String("page"), s.cursorPage}, {QLatin1String("index"), s.cursorIndex}}},
                {QLatin1String("last_pull_at"), s.lastPullAt.isEmpty() ? QJsonValue() : QJsonValue(s.lastPullAt)},
                {QLatin1String("last_pull_status"), s.lastPullStatus},
                {QLatin1String("last_error"), s.lastError.isEmpty() ? QJsonValue() : QJsonValue(s.lastError)},
                {QLatin1String("incidents"), s.incidents},
                {QLatin1String("pos_ids"), QJsonArray::fromStringList(s.posIds)}};
        },
        [&cli](const StoreInfo& s) {
            const QString trust = s.connection.kind != QLatin1String("https") ? QString()
                : s.connection.systemTrust                                    ? Cli::tr("  system CAs (not pinned)")
                                                                              : Cli::tr("  pinned CA");
            cli.out(
                QStringLiteral("%1  %2  %3  %4 incidents  last pull %5 %6  cursor %7#%8%9%10%11")
                    .arg(s.id.leftJustified(24), s.connection.kind.leftJustified(5), s.timezone.leftJustified(20))
                    .arg(s.incidents)
                    .arg(s.lastPullAt.isEmpty() ? Cli::tr("never") : s.lastPullAt, s.lastPullStatus,
                         s.cursorPage.isEmpty() ? QStringLiteral("-") : s.cursorPage)
                    .arg(s.cursorIndex)
                    .arg(trust,
                         s.posIds.isEmpty() ? QString() : Cli::tr("  POS ids %1").arg(s.posIds.join(QLatin1Char(','))),
                         s.lastError.isEmpty() ? QString() : QStringLiteral("  error: ") + s.lastError));
        });
}

// The ids a store's own POS system writes for it in its journals: listed, or added and removed (admin, in core).
int cmdStorePosId(Cli& cli, const CommandArgs& a)
{
    const QString store = a.positionals().first();
    LP_CLI_DB(cli, db);
    StoreRegistry stores(db);
    for (const QString& id : a.values(QStringLiteral("remove")))
        if (Status removed = stores.removePosId(store, id); !removed)
            return cli.fail(removed.error());
    for (const QString& id : a.values(QStringLiteral("add")))
        if (Status added = stores.addPosId(store, id); !added)
            return cli.fail(added.error());
    auto info = stores.get(store);
    if (!info)
        return cli.fail(info.error());
    if (cli.json())
        cli.printJson(QJsonObject {{QLatin1String("id"), info->id},
                                   {QLatin1String("pos_ids"), QJsonArray::fromStringList(info->posIds)}});
    else
        for (const QString& id : info->posIds)
            cli.out(id);
    return ExitOk;
}

int cmdPull(Cli& cli, const CommandArgs& a)
{
    LP_CLI_DB(cli, db);
    // Progress to stderr: each new stage once, byte progress of a stage in quarters.
    QString lastStage;
    qint64 lastQuarter = -1;
    auto summary = PullService(db).pull(a.positionals(), [&](const PullProgress& p) {
        const qint64 quarter = p.total > 0 ? p.done * 4 / p.total : -1;
        if (p.stage == lastStage && quarter == lastQuarter)
            return;
        const bool newStage = p.stage != lastStage;
        lastStage = p.stage;
        lastQuarter = quarter;
        if (!newStage && quarter < 0)
            return;
        QString line = QStringLiteral("[%1/%2 %3] %4").arg(p.storeIndex + 1).arg(p.storeCount).arg(p.storeId, p.stage);
        if (p.total > 0 && p.stage.contains(QLatin1Char('/')) == false)
            line += QStringLiteral(" %1%").arg(p.done * 100 / p.total);
        cli.progress(line);
    });
    if (!summary)
        return cli.fail(summary.error());
    QJsonArray stores;
    for (const StorePullResult& r : summary->stores) {
        stores.append(QJsonObject {{QLatin1String("id"), r.storeId},
                                   {QLatin1String("new_incidents"), r.newIncidents},
                                   {QLatin1String("new_media"), r.newMedia},
                                   {QLatin1String("duplicate_media"), r.duplicateMedia},
                                   {QLatin1String("pos_journals"), r.posJournals},
                                   {QLatin1String("quarantined"), r.quarantined},
                                   {QLatin1String("bytes_transferred"), r.bytesTransferred},
                                   {QLatin1String("media_bytes"), r.mediaBytes},
                                   {QLatin1String("error"), r.error.isEmpty() ? QJsonValue() : QJsonValue(r.error)},
                                   {QLatin1String("cancelled"), r.cancelled},
                                   {QLatin1String("differences"), QJsonArray::fromStringList(r.differences)}});
        if (!cli.json())
            for (const QString& d : r.differences)
                cli.out(Cli::tr("warning: %1").arg(d));
        if (!cli.json())
            cli.out(
                Cli::tr("%1: %2 new incidents, %3 new clips (%4 MB), %5 duplicates, %6 POS journals, %7 quarantined%8")
                    .arg(r.storeId)
                    .arg(r.newIncidents)
                    .arg(r.newMedia)
                    .arg(static_cast<double>(r.mediaBytes) / 1e6, 0, 'f', 1)
                    .arg(r.duplicateMedia)
                    .arg(r.posJournals)
                    .arg(r.quarantined)
                    .arg(r.error.isEmpty() ? QString() : Cli::tr("; stopped: %1").arg(r.error)));
    }
    if (cli.json())
        cli.printJson(stores);
    else if (summary->posImported > 0)
        cli.out(Cli::tr("POS: %1 journals imported, %2 transactions")
                    .arg(summary->posImported)
                    .arg(summary->posTransactions));
    for (const QString& f : summary->posFailures)
        cli.err(Cli::tr("lpdesk-cli: POS journal not imported: %1").arg(f));
    for (const StorePullResult& r : summary->stores)
        if (!r.error.isEmpty())
            cli.err(QStringLiteral("lpdesk-cli: %1: %2").arg(r.storeId, r.error));
    if (summary->quarantined() > 0)
        cli.err(Cli::tr("lpdesk-cli: %1 items were quarantined; see 'lpdesk-cli quarantine list'.")
                    .arg(summary->quarantined()));
    return summary->complete() ? ExitOk : ExitFailed;
}

Result<IncidentFilter> filterFrom(const CommandArgs& a)
{
    IncidentFilter f;
    f.storeId = a.value(QStringLiteral("store"));
    f.type = a.value(QStringLiteral("type"));
    if (a.has(QStringLiteral("severity"))) {
        bool ok = false;
        f.exactSeverity = a.value(QStringLiteral("severity")).toInt(&ok);
        if (!ok || f.exactSeverity < 1 || f.exactSeverity > 5)
            return makeError(ErrorKind::Usage, Cli::tr("--severity takes 1 to 5"));
    }
    if (a.has(QStringLiteral("min-severity")))
        f.minSeverity = a.value(QStringLiteral("min-severity")).toInt();
    f.trigger = a.value(QStringLiteral("trigger"));
    for (const auto& [flag, target] :
         {std::pair<QString, QDateTime*> {QStringLiteral("since"), &f.since}, {QStringLiteral("until"), &f.until}}) {
        if (!a.has(flag))
            continue;
        QDateTime t = parseRfc3339(a.value(flag));
        if (!t.isValid()) {
            const QDate d = QDate::fromString(a.value(flag), Qt::ISODate);
            if (!d.isValid())
                return makeError(ErrorKind::Usage,
                                 Cli::tr("--%1 takes a date (2026-03-14) or an RFC 3339 time").arg(flag));
            t = QDateTime(d, QTime(0, 0), QTimeZone::utc());
        }
        *target = t;
    }
    if (a.has(QStringLiteral("has-media")))
        f.hasMedia = 1;
    if (a.has(QStringLiteral("unread")))
        f.unread = 1;
    f.text = a.value(QStringLiteral("text"));
    return f;
}

void printIncidents(Cli& cli, const QList<IncidentRow>& rows)
{
    cli.printRows(
        rows, [](const IncidentRow& r) { return r.toJson(); },
        [&cli](const IncidentRow& r) {
            cli.out(QStringLiteral("%1 %2  %3  %4  sev %5  %6  %7  %8%9")
                        .arg(r.priority >= 100 ? QStringLiteral("!") : QStringLiteral(" "), r.id,
                             r.storeId.leftJustified(22), r.detectedAtLocal, QString::number(r.severity),
                             r.type.leftJustified(22), r.trigger.leftJustified(13),
                             Cli::tr("%n clip(s)", nullptr, r.mediaCount))
                        .arg(r.read ? QString() : Cli::tr("  (unread)")));
        });
}

int cmdIncidentsList(Cli& cli, const CommandArgs& a)
{
    auto filter = filterFrom(a);
    if (!filter)
        return cli.fail(filter.error());
    static const QMap<QString, IncidentSort> sorts {
        {QStringLiteral("priority"), IncidentSort::Priority}, {QStringLiteral("newest"), IncidentSort::Newest},
        {QStringLiteral("oldest"), IncidentSort::Oldest},     {QStringLiteral("severity"), IncidentSort::Severity},
        {QStringLiteral("store"), IncidentSort::Store},       {QStringLiteral("type"), IncidentSort::Type}};
    const QString sortName = a.value(QStringLiteral("sort"), QStringLiteral("priority"));
    if (!sorts.contains(sortName))
        return cli.usage(Cli::tr("--sort is one of priority, newest, oldest, severity, store, type"));
    LP_CLI_DB(cli, db);
    auto rows = IncidentInbox(db).list(*filter, sorts.value(sortName),
                                       a.value(QStringLiteral("offset"), QStringLiteral("0")).toInt(),
                                       a.value(QStringLiteral("limit"), QStringLiteral("1000")).toInt());
    if (!rows)
        return cli.fail(rows.error());
    printIncidents(cli, *rows);
    // The inbox also flags police requests past their due date (on stderr: stdout stays the list).
    if (auto overdue = PoliceRequests(db).list(true); overdue && !overdue->isEmpty())
        for (const PoliceRequest& r : *overdue)
            cli.err(Cli::tr("warning: police request %1 (%2, %3 %4) was due %5")
                        .arg(r.id, r.agency, r.kind, r.reference, r.dueAt));
    return ExitOk;
}

int cmdIncidentsShow(Cli& cli, const CommandArgs& a)
{
    LP_CLI_DB(cli, db);
    auto d = IncidentInbox(db).show(a.positionals().first());
    if (!d)
        return cli.fail(d.error());
    if (cli.json()) {
        cli.printJson(d->toJson());
        return ExitOk;
    }
    const QTimeZone zone(d->row.timezone.toUtf8());
    cli.out(Cli::tr("Incident %1").arg(d->row.id));
    cli.out(Cli::tr("  store     %1 (%2)").arg(d->row.storeName, d->row.storeId));
    cli.out(
        Cli::tr("  type      %1, severity %2, trigger %3").arg(d->row.type).arg(d->row.severity).arg(d->row.trigger));
    cli.out(Cli::tr("  detected  %1").arg(formatInZone(parseRfc3339(d->row.detectedAt), zone)));
    cli.out(Cli::tr("            %1 UTC").arg(d->row.detectedAt));
    cli.out(Cli::tr("  location  %1%2%3")
                .arg(d->row.zone, d->registerId.isEmpty() ? QString() : Cli::tr(", register %1").arg(d->registerId),
                     d->camera.isEmpty() ? QString() : Cli::tr(", camera %1").arg(d->camera)));
    cli.out(Cli::tr("  narrative %1").arg(d->narrative));
    for (const QJsonValue& s : d->suspects) {
        const QJsonObject o = s.toObject();
        cli.out(Cli::tr("  suspect   %1: %2, %3, %4, %5; %6; %7")
                    .arg(o.value(QLatin1String("label")).toString(), o.value(QLatin1String("sex")).toString(),
                         o.value(QLatin1String("age_range")).toString(), o.value(QLatin1String("height")).toString(),
                         o.value(QLatin1String("build")).toString(), o.value(QLatin1String("clothing")).toString(),
                         o.value(QLatin1String("distinguishing")).toString()));
    }
    for (const MediaRow& m : d->media)
        cli.out(Cli::tr("  clip      %1  %2  %3 s  %4x%5  sha256 %6")
                    .arg(m.id, m.camera)
                    .arg(m.duration, 0, 'f', 1)
                    .arg(m.width)
                    .arg(m.height)
                    .arg(m.sha256));
    if (d->row.mediaMissing)
        cli.out(Cli::tr("  missing   %1 clip(s) were quarantined").arg(d->row.mediaMissing));
    for (const QJsonValue& p : d->posRefs) {
        const QJsonObject o = p.toObject();
        cli.out(Cli::tr("  POS       register %1, transaction %2, %3")
                    .arg(o.value(QLatin1String("register")).toString(), o.value(QLatin1String("sequence")).toString(),
                         o.value(QLatin1String("business_day")).toString()));
    }
    return ExitOk;
}

int cmdQuarantineList(Cli& cli, const CommandArgs&)
{
    LP_CLI_DB(cli, db);
    auto entries = StoreRegistry(db).quarantine();
    if (!entries)
        return cli.fail(entries.error());
    return cli.printRows(
        *entries,
        [](const QuarantineEntry& e) {
            return QJsonObject {{QLatin1String("id"), e.id},         {QLatin1String("store_id"), e.storeId},
                                {QLatin1String("item"), e.item},     {QLatin1String("kind"), e.kind},
                                {QLatin1String("reason"), e.reason}, {QLatin1String("at"), e.at}};
        },
        [&cli](const QuarantineEntry& e) {
            cli.out(QStringLiteral("%1  %2  %3  %4: %5").arg(e.at, e.storeId, e.kind, e.item, e.reason));
        });
}

int cmdSearch(Cli& cli, const CommandArgs& a)
{
    IncidentFilter f;
    f.text = a.positionals().join(QLatin1Char(' '));
    const int limit = a.value(QStringLiteral("limit"), QStringLiteral("200")).toInt();
    LP_CLI_DB(cli, db);
    auto rows = IncidentInbox(db).list(f, IncidentSort::Newest, 0, limit);
    if (!rows)
        return cli.fail(rows.error());
    auto statements = StatementService(db).search(f.text, limit);
    if (!statements)
        return cli.fail(statements.error());
    if (cli.json()) {
        QJsonArray arr;
        for (const IncidentRow& r : *rows) {
            QJsonObject o = r.toJson();
            o.insert(QLatin1String("kind"), QStringLiteral("incident"));
            arr.append(o);
        }
        for (const StatementHit& h : *statements)
            arr.append(QJsonObject {{QLatin1String("id"), h.statementId},
                                    {QLatin1String("kind"), QStringLiteral("statement")},
                                    {QLatin1String("case_id"), h.caseId},
                                    {QLatin1String("author"), h.author},
                                    {QLatin1String("snippet"), h.snippet}});
        cli.printJson(arr);
        return ExitOk;
    }
    printIncidents(cli, *rows);
    for (const StatementHit& h : *statements)
        cli.out(Cli::tr("  statement %1  case %2  %3: %4").arg(h.statementId, h.caseId, h.author, h.snippet));
    return ExitOk;
}

} // namespace

void registerStoreCommands(QList<Command>& c)
{
    c << Command {QStringLiteral("store add"),
                  QStringLiteral("ID (--path DIR | --url URL (--ca PEM | --system-trust)) [--cert PEM --key PEM]"),
                  Cli::tr("register a store drop: a folder/USB or HTTPS with pinned CA (or, explicitly and not "
                          "recommended, the system's CAs) and client certificate"),
                  cmdStoreAdd};
    c << Command {QStringLiteral("store list"), QString(), Cli::tr("stores with last pull, cursor and last error"),
                  cmdStoreList};
    c << Command {QStringLiteral("store pos-id"), QStringLiteral("STORE [--add POS_ID]... [--remove POS_ID]..."),
                  Cli::tr("the ids the store's own POS system writes for it in its journals (NCR RetailStoreID, "
                          "Futura BusinessUnit/UnitID): journals naming one import as the store's; adding and "
                          "removing: admin"),
                  cmdStorePosId};
    c << Command {QStringLiteral("pull"), QStringLiteral("[STORE_ID...]"),
                  Cli::tr("fetch new incidents, media and POS journals; verify every hash; "
                          "quarantine bad items (exit 1 if any)"),
                  cmdPull};
    c << Command {
        QStringLiteral("incidents list"),
        QStringLiteral("[--store ID] [--type T] [--severity N] [--min-severity N] [--trigger T] [--since T] "
                       "[--until T] [--has-media] [--unread] [--text WORDS] [--sort S] [--limit N] [--offset N]"),
        Cli::tr("the triage inbox, most urgent first"), cmdIncidentsList};
    c << Command {QStringLiteral("incidents show"), QStringLiteral("ID"), Cli::tr("one incident (the read is audited)"),
                  cmdIncidentsShow};
    c << Command {QStringLiteral("quarantine list"), QString(), Cli::tr("what pulls refused, and why"),
                  cmdQuarantineList};
    c << Command {QStringLiteral("search"), QStringLiteral("TEXT... [--limit N]"),
                  Cli::tr("full-text search over incidents, narratives and statements"), cmdSearch};
    c << Command {
        QStringLiteral("store-sim"),
        QStringLiteral("--out DIR --recipient FILE [--stores N] [--incidents N] [--clip-seconds S] [--seed S] "
                       "[--day YYYY-MM-DD] [--size WxH] [--codec h264|h265] [--bframes N] [--vfr] [--history DAYS]"),
        Cli::tr("write one realistic store drop per store under DIR/<store-id>/ (no database needed)"), cmdStoreSim};
}

} // namespace lpdesk
