// lpdesk-cli: the program view — KPIs, evidence checklists, store regions, retention rules, legal holds and purge.
#include "Cli.h"

#include "db/CaseDatabase.h"
#include "metrics/KpiReport.h"
#include "metrics/KpiRollup.h"
#include "metrics/SopLibrary.h"
#include "model/Currency.h"
#include "retention/RetentionService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace lpdesk {

namespace {

QString seconds(const std::optional<double>& s)
{
    if (!s)
        return QStringLiteral("-");
    const qint64 v = qRound64(*s);
    return QStringLiteral("%1h%2m").arg(v / 3600).arg((v % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString percent(const std::optional<double>& r)
{
    return r ? QStringLiteral("%1%").arg(*r * 100.0, 0, 'f', 1) : QStringLiteral("-");
}

void printFigures(Cli& cli, const KpiFigures& f, const QString& label)
{
    cli.out(Cli::tr("%1  incidents %2  cases %3  MTTR median %4 p90 %5  complete %6  follow-up %7  closed %8  "
                    "repeat %9")
                .arg(label.leftJustified(10))
                .arg(f.incidents)
                .arg(f.cases)
                .arg(seconds(f.mttrMedian), seconds(f.mttrP90), percent(f.evidenceCompleteness),
                     percent(f.followupRate), percent(f.closureRate), percent(f.repeatRate)));
}

// "name count, name count…", or "-" when empty.
QString counts(const QList<QPair<QString, qint64>>& list)
{
    QStringList parts;
    for (const auto& [name, n] : list)
        parts << QStringLiteral("%1 %2").arg(name).arg(n);
    return parts.isEmpty() ? QStringLiteral("-") : parts.join(QStringLiteral(", "));
}

QList<QPair<QString, qint64>> pairs(const QMap<QString, qint64>& map)
{
    QList<QPair<QString, qint64>> out;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it)
        out << qMakePair(it.key(), it.value());
    return out;
}

// What `kpi --json` has beyond the figures' line: incidents by type and trigger, the medians of the case's steps
// and the stores with the most repeat incidents.
void printBreakdowns(Cli& cli, const KpiFigures& f)
{
    cli.out(Cli::tr("incidents by type: %1").arg(counts(pairs(f.byType))));
    cli.out(Cli::tr("incidents by trigger: %1").arg(counts(pairs(f.byTrigger))));
    cli.out(Cli::tr("medians from detection: to case %1, to legal's decision %2, to close %3")
                .arg(seconds(f.toCaseMedian), seconds(f.toDecisionMedian), seconds(f.toCloseMedian)));
    cli.out(Cli::tr("top repeat stores (repeat incidents within 30 days): %1").arg(counts(f.topRepeatStores())));
}

// "USD 49.99 total, median 49.99, cases 1; EUR …" — one figure per currency, never added together — or "-".
QString lossText(const QList<KpiLoss>& loss)
{
    QStringList parts;
    for (const KpiLoss& l : loss)
        parts << Cli::tr("%1 %2 total, median %3, cases %4")
                     .arg(l.currency.isEmpty() ? Cli::tr("(no currency)") : l.currency,
                          Currency::plain(l.total, l.exponent), Currency::plain(l.median, l.exponent))
                     .arg(l.cases);
    return parts.isEmpty() ? QStringLiteral("-") : parts.join(QStringLiteral("; "));
}

void printLoss(Cli& cli, const KpiReport& report)
{
    cli.out(Cli::tr("loss from linked POS: %1").arg(lossText(report.overall.loss)));
    for (const KpiFigures& row : report.rows)
        cli.out(Cli::tr("loss from linked POS, %1: %2").arg(row.key, lossText(row.loss)));
}

int cmdKpi(Cli& cli, const CommandArgs& a)
{
    KpiFilter f;
    if (const QString wrong = readKpiFilter(a, &f); !wrong.isEmpty())
        return cli.usage(wrong);
    LP_CLI_DB(cli, db);
    auto report = KpiReporter(db).compute(f);
    if (!report)
        return cli.fail(report.error());
    if (cli.json()) {
        cli.printJson(report->toJson());
        return ExitOk;
    }
    printFigures(cli, report->overall, Cli::tr("all"));
    for (const KpiFigures& row : report->rows)
        printFigures(cli, row, row.key);
    const auto& o = report->overall.outcomes;
    cli.out(Cli::tr("outcomes: %1 arrests, %2 charged, %3 recoveries (%4), %5 closed by police")
                .arg(o.value(QStringLiteral("arrest")))
                .arg(o.value(QStringLiteral("charged")))
                .arg(o.value(QStringLiteral("recovered")))
                .arg(QLocale().toString(report->overall.recoveredValue, 'f', 2))
                .arg(o.value(QStringLiteral("closed"))));
    printLoss(cli, *report);
    printBreakdowns(cli, report->overall);
    return ExitOk;
}

int cmdChecklistSet(Cli& cli, const CommandArgs& a)
{
    LP_CLI_DB(cli, db);
    const Status st = KpiReporter(db).setChecklist(a.positionals()[0], a.positionals().mid(1));
    return st ? ExitOk : cli.fail(st.error());
}

// The KPI rollups recomputed from the records (after `db check` named a difference); audited.
int cmdKpiRebuild(Cli& cli, const CommandArgs&)
{
    LP_CLI_DB(cli, db);
    auto found = KpiRollup::rebuild(db);
    if (!found)
        return cli.fail(found.error());
    if (cli.json()) {
        cli.printJson(QJsonObject {{QLatin1String("differences"), QJsonArray::fromStringList(*found)}});
        return ExitOk;
    }
    for (const QString& d : *found)
        cli.out(d);
    cli.out(Cli::tr("KPI rollups recomputed from the records; %n difference(s) put right.", nullptr,
                    static_cast<int>(found->size())));
    return ExitOk;
}

int cmdCaseChecklist(Cli& cli, const CommandArgs& a)
{
    LP_CLI_DB(cli, db);
    auto list = KpiReporter(db).caseChecklist(a.positionals()[0]);
    if (!list)
        return cli.fail(list.error());
    if (cli.json()) {
        cli.printJson(list->toJson());
        return ExitOk;
    }
    cli.out(list->complete ? Cli::tr("Complete (checklist for %1)").arg(list->type)
                           : Cli::tr("Not complete yet (checklist for %1)").arg(list->type));
    for (const CaseChecklist::Item& i : list->items)
        cli.out(QStringLiteral("  [%1] %2%3")
                    .arg(!i.needed    ? QStringLiteral("-")
                             : i.done ? QStringLiteral("x")
                                      : QStringLiteral(" "),
                         i.item, i.needed ? QString() : Cli::tr(" (not needed: no incident names a register)")));
    if (list->procedure) {
        const Sop& p = *list->procedure;
        cli.out(p.version == 0 ? Cli::tr("Procedure in force when the case was opened (%1): %2 (built in)")
                                     .arg(list->openedAt, p.title)
                               : Cli::tr("Procedure in force when the case was opened (%1): %2 (%3 version %4)")
                                     .arg(list->openedAt, p.title, p.type)
                                     .arg(p.version));
    }
    if (!list->procedureProblem.isEmpty())
        cli.out(Cli::tr("Procedure refused: %1").arg(list->procedureProblem));
    if (list->newerProcedure) {
        const Sop& n = *list->newerProcedure;
        cli.out(n.version == 0 ? Cli::tr("A newer procedure is in force now: %1 (built in)").arg(n.title)
                               : Cli::tr("A newer procedure is in force now: %1 (%2 version %3, published by %4 at %5)")
                                     .arg(n.title, n.type)
                                     .arg(n.version)
                                     .arg(n.createdBy, n.createdAt));
    }
    return ExitOk;
}

void printSop(Cli& cli, const Sop& s)
{
    if (s.refusedVersion > 0)
        cli.out(Cli::tr("Version %1 REFUSED: %2 Shown instead:").arg(s.refusedVersion).arg(s.problem));
    cli.out(s.version == 0 ? Cli::tr("%1 — %2 (built in)").arg(s.type, s.title)
                           : Cli::tr("%1 — %2 (version %3, published by %4 at %5)")
                                 .arg(s.type, s.title)
                                 .arg(s.version)
                                 .arg(s.createdBy, s.createdAt));
    cli.out(Cli::tr("Immediate actions: %1").arg(s.immediate));
    cli.out(Cli::tr("Reporting: %1").arg(s.reporting));
    cli.out(Cli::tr("Evidence to preserve: %1").arg(s.preserve));
}

int cmdSopShow(Cli& cli, const CommandArgs& a)
{
    return showVersionedEntry<SopLibrary>(
        cli, a, Cli::tr("--version takes a version number (0: the built-in procedure)"), printSop);
}

int cmdSopList(Cli& cli, const CommandArgs& a, bool history)
{
    LP_CLI_DB(cli, db);
    SopLibrary sops(db);
    auto list = history ? sops.history(a.positionals()[0]) : sops.all();
    if (!list)
        return cli.fail(list.error());
    if (cli.json()) {
        QJsonArray arr;
        for (const Sop& s : *list)
            arr.append(s.toJson());
        cli.printJson(arr);
        return ExitOk;
    }
    for (const Sop& s : *list) {
        const QString name = (s.appliesTo.isEmpty() ? s.type : s.appliesTo).leftJustified(24);
        if (!s.problem.isEmpty() && (history || !s.usable()))
            cli.out(Cli::tr("%1  %2  version %3 REFUSED: %4")
                        .arg(name, s.usable() ? s.title : Cli::tr("(no procedure)"))
                        .arg(s.version)
                        .arg(s.problem));
        else if (!s.problem.isEmpty())
            cli.out(Cli::tr("%1  %2  version %3 stands in; version %4 REFUSED: %5")
                        .arg(name, s.title)
                        .arg(s.version)
                        .arg(s.refusedVersion)
                        .arg(s.problem));
        else if (s.version == 0)
            cli.out(Cli::tr("%1  %2  built in").arg(name, s.title));
        else
            cli.out(
                Cli::tr("%1  %2  version %3 (%4, %5)").arg(name, s.title).arg(s.version).arg(s.createdBy, s.createdAt));
    }
    return ExitOk;
}

int cmdSopPublish(Cli& cli, const CommandArgs& a)
{
    if (!a.has(QStringLiteral("file")))
        return cli.usage(Cli::tr("sop publish needs --file F.json with title, immediate, reporting and preserve"));
    QFile f(a.value(QStringLiteral("file")));
    if (!f.open(QIODevice::ReadOnly))
        return cli.fail(failure(Cli::tr("Cannot read %1: %2").arg(f.fileName(), f.errorString())));
    // Four parts of MaxTextChars characters, each written as \uXXXX at worst, and the JSON around them. Read with
    // a limit, not by the size the file claims (a pipe or a device says 0).
    constexpr qint64 Limit = 4 * SopLibrary::MaxTextChars * 6 + 4096;
    const QByteArray bytes = f.read(Limit + 1);
    if (bytes.size() > Limit)
        return cli.usage(Cli::tr("%1 is too large for a procedure").arg(f.fileName()));
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &perr);
    const QJsonObject o = doc.object();
    const QStringList keys {QStringLiteral("title"), QStringLiteral("immediate"), QStringLiteral("reporting"),
                            QStringLiteral("preserve")};
    bool shaped = perr.error == QJsonParseError::NoError && doc.isObject();
    for (auto it = o.begin(); shaped && it != o.end(); ++it)
        shaped = keys.contains(it.key()) && it.value().isString();
    if (!shaped)
        return cli.usage(Cli::tr("%1 must be a JSON object with the strings title, immediate, reporting and "
                                 "preserve, and nothing else")
                             .arg(f.fileName()));
    LP_CLI_DB(cli, db);
    SopLibrary sops(db);
    // A first general procedure takes the place of the built-in procedures of the types without their own: say
    // which, and go on only when asked to (the dialog asks the same question).
    auto replaced = sops.builtInsReplacedBy(a.positionals()[0]);
    if (!replaced)
        return cli.fail(replaced.error());
    if (!replaced->isEmpty() && !a.has(QStringLiteral("replace-built-ins")))
        return cli.usage(Cli::tr("a general procedure would replace the built-in procedures of %1 (they have none of "
                                 "their own); publish theirs first, or give --replace-built-ins")
                             .arg(replaced->join(QStringLiteral(", "))));
    auto s = sops.publish(a.positionals()[0], o.value(keys[0]).toString(), o.value(keys[1]).toString(),
                          o.value(keys[2]).toString(), o.value(keys[3]).toString());
    if (!s)
        return cli.fail(s.error());
    if (!replaced->isEmpty())
        cli.err(Cli::tr("warning: the general procedure now replaces the built-in procedures of %1")
                    .arg(replaced->join(QStringLiteral(", "))));
    if (cli.json()) {
        QJsonObject shown = s->toJson();
        shown.insert(QLatin1String("replaced_built_ins"), QJsonArray::fromStringList(*replaced));
        cli.printJson(shown);
    } else
        cli.out(Cli::tr("Published version %1 of the procedure for %2").arg(s->version).arg(s->type));
    return ExitOk;
}

int cmdStoreRegion(Cli& cli, const CommandArgs& a)
{
    LP_CLI_DB(cli, db);
    const Status st = KpiReporter(db).setRegion(a.positionals()[0], a.positionals()[1]);
    return st ? ExitOk : cli.fail(st.error());
}

int cmdHold(Cli& cli, const CommandArgs& a, const QString& kind, bool place)
{
    if (!a.has(QStringLiteral("reason")))
        return cli.usage(Cli::tr("a legal hold and its lifting need --reason T"));
    LP_CLI_DB(cli, db);
    RetentionService retention(db);
    if (place) {
        auto id = retention.hold(kind, a.positionals()[0], a.value(QStringLiteral("reason")));
        if (!id)
            return cli.fail(id.error());
        cli.printCreated(*id);
        return ExitOk;
    }
    const Status st = retention.unhold(kind, a.positionals()[0], a.value(QStringLiteral("reason")));
    return st ? ExitOk : cli.fail(st.error());
}

int cmdHoldList(Cli& cli, const CommandArgs& a)
{
    LP_CLI_DB(cli, db);
    auto list = RetentionService(db).holds(!a.has(QStringLiteral("all")));
    if (!list)
        return cli.fail(list.error());
    return cli.printRows(
        *list, [](const LegalHold& h) { return h.toJson(); },
        [&](const LegalHold& h) {
            cli.out(QStringLiteral("%1  %2 %3  held by %4 at %5: %6%7")
                        .arg(h.id, h.targetKind, h.targetId, h.heldBy, h.heldAt, h.reason,
                             h.active()
                                 ? QString()
                                 : Cli::tr("  (lifted by %1 at %2: %3)").arg(h.liftedBy, h.liftedAt, h.liftReason)));
        });
}

int cmdRetentionSet(Cli& cli, const CommandArgs& a)
{
    bool ok = false;
    const int days = a.positionals()[1].toInt(&ok);
    if (!ok)
        return cli.usage(Cli::tr("DAYS is a whole number of days"));
    LP_CLI_DB(cli, db);
    const Status st = RetentionService(db).setRule(
        a.has(QStringLiteral("evidence")) ? QStringLiteral("evidence") : QStringLiteral("type"), a.positionals()[0],
        days, a.value(QStringLiteral("from"), QStringLiteral("incident")));
    return st ? ExitOk : cli.fail(st.error());
}

int cmdRetentionShow(Cli& cli, const CommandArgs&)
{
    LP_CLI_DB(cli, db);
    auto list = RetentionService(db).rules();
    if (!list)
        return cli.fail(list.error());
    if (cli.json()) {
        QJsonArray arr;
        for (const RetentionRule& r : *list) {
            QJsonObject o = r.toJson();
            o.insert(QLatin1String("id"), r.scope + u':' + r.name);
            arr.append(o);
        }
        cli.printJson(arr);
        return ExitOk;
    }
    if (list->isEmpty())
        cli.out(Cli::tr("No retention rules: nothing is ever purged."));
    for (const RetentionRule& r : *list)
        cli.out(Cli::tr("%1 %2: %3 days from the %4 (set by %5 at %6)")
                    .arg(r.scope, r.name)
                    .arg(r.days)
                    .arg(r.countedFrom == QLatin1String("closure") ? Cli::tr("case's closure") : Cli::tr("incident"),
                         r.updatedBy, r.updatedAt));
    return ExitOk;
}

int cmdRetentionPurge(Cli& cli, const CommandArgs& a)
{
    LP_CLI_DB(cli, db);
    RetentionService retention(db);
    auto plan = retention.plan();
    if (!plan)
        return cli.fail(plan.error());
    const bool dry = a.has(QStringLiteral("dry-run"));
    QList<PurgeItem> purged;
    if (!dry) {
        auto done = retention.purge([&](int n, int total) {
            cli.progress(Cli::tr("purged %1 of %2").arg(n).arg(total));
            return true;
        });
        if (!done)
            return cli.fail(done.error());
        purged = *done;
    }
    if (cli.json()) {
        QJsonArray arr;
        for (const PurgeItem& i : plan->items) {
            QJsonObject o = i.toJson();
            bool wasPurged = false;
            for (const PurgeItem& p : purged)
                wasPurged = wasPurged || p.mediaId == i.mediaId;
            o.insert(QLatin1String("purged"), wasPurged);
            arr.append(o);
        }
        cli.printJson(arr);
        return ExitOk;
    }
    for (const PurgeItem& i : plan->items)
        cli.out(QStringLiteral("%1  %2  %3 bytes  expired %4  %5")
                    .arg(i.mediaId, i.kind.leftJustified(10))
                    .arg(i.size)
                    .arg(i.expiredAt,
                         i.blocked.isEmpty() ? (dry ? Cli::tr("would be purged") : Cli::tr("purged"))
                                             : Cli::tr("kept: %1").arg(i.blocked)));
    cli.out(dry ? Cli::tr("%1 items (%2 bytes) would be purged; %3 expired items are kept.")
                      .arg(plan->purgeable())
                      .arg(plan->purgeableBytes())
                      .arg(plan->items.size() - plan->purgeable())
                : Cli::tr("%1 items purged; %2 expired items are kept.")
                      .arg(purged.size())
                      .arg(plan->items.size() - plan->purgeable()));
    return ExitOk;
}

} // namespace

void registerProgramCommands(QList<Command>& c)
{
    c << Command {
        QStringLiteral("kpi"),
        QStringLiteral("[--from D --to D] [--store S | --region R] [--by day|week|month|quarter|store|region]"),
        Cli::tr("program KPIs: MTTR (median, p90), evidence completeness, follow-up, closure and repeat "
                "rates, outcomes (store-local dates)"),
        cmdKpi};
    registerKpiCaseCommands(c);
    c << Command {QStringLiteral("kpi checklist"), QStringLiteral("TYPE|* [clip] [pos] [statement] [suspect]"),
                  Cli::tr("what a complete case holds for an incident type"), cmdChecklistSet};
    c << Command {QStringLiteral("kpi rebuild"), QString(),
                  Cli::tr("recompute the KPI rollups from the records (when `db check` names a difference)"),
                  cmdKpiRebuild};
    c << Command {QStringLiteral("case checklist"), QStringLiteral("CASE"),
                  Cli::tr("the case's evidence checklist: what is there and what is missing"), cmdCaseChecklist};
    c << Command {QStringLiteral("sop list"), QString(), Cli::tr("the procedure (SOP) in force for each incident type"),
                  [](Cli& cli, const CommandArgs& a) { return cmdSopList(cli, a, false); }};
    c << Command {QStringLiteral("sop show"), QStringLiteral("TYPE|* [--version N]"),
                  Cli::tr("a procedure: immediate actions, reporting steps, evidence to preserve"), cmdSopShow};
    c << Command {QStringLiteral("sop history"), QStringLiteral("TYPE|*"),
                  Cli::tr("every published version of a procedure, newest first"),
                  [](Cli& cli, const CommandArgs& a) { return cmdSopList(cli, a, true); }};
    c << Command {QStringLiteral("sop publish"), QStringLiteral("TYPE|* --file F.json [--replace-built-ins]"),
                  Cli::tr("publish a new version of a procedure (title, immediate, reporting, preserve); the first "
                          "general one, which replaces the built-in procedures of the types without their own, needs "
                          "--replace-built-ins"),
                  cmdSopPublish};
    c << Command {QStringLiteral("store region"), QStringLiteral("STORE REGION"), Cli::tr("put a store in a region"),
                  cmdStoreRegion};
    c << Command {QStringLiteral("case hold"), QStringLiteral("CASE --reason T"),
                  Cli::tr("put a case on legal hold: nothing of it is purged"),
                  [](Cli& cli, const CommandArgs& a) { return cmdHold(cli, a, QStringLiteral("case"), true); }};
    c << Command {QStringLiteral("case unhold"), QStringLiteral("CASE --reason T"), Cli::tr("lift a case's legal hold"),
                  [](Cli& cli, const CommandArgs& a) { return cmdHold(cli, a, QStringLiteral("case"), false); }};
    c << Command {QStringLiteral("incidents hold"), QStringLiteral("ID --reason T"),
                  Cli::tr("put an incident on legal hold"),
                  [](Cli& cli, const CommandArgs& a) { return cmdHold(cli, a, QStringLiteral("incident"), true); }};
    c << Command {QStringLiteral("incidents unhold"), QStringLiteral("ID --reason T"),
                  Cli::tr("lift an incident's legal hold"),
                  [](Cli& cli, const CommandArgs& a) { return cmdHold(cli, a, QStringLiteral("incident"), false); }};
    c << Command {QStringLiteral("hold list"), QStringLiteral("[--all]"),
                  Cli::tr("legal holds in force (--all: lifted ones too)"), cmdHoldList};
    c << Command {QStringLiteral("retention set"),
                  QStringLiteral("TYPE DAYS [--from incident|closure] | KIND DAYS --evidence [--from ...]"),
                  Cli::tr("keep evidence of an incident type (or an evidence kind: original, derivative, "
                          "still, pos_journal) DAYS days"),
                  cmdRetentionSet};
    c << Command {QStringLiteral("retention show"), QString(), Cli::tr("retention rules"), cmdRetentionShow};
    c << Command {QStringLiteral("retention purge"), QStringLiteral("[--dry-run]"),
                  Cli::tr("delete expired evidence files, keeping tombstones, custody and audit records; "
                          "never anything held, open or pending release"),
                  cmdRetentionPurge};
}

} // namespace lpdesk
