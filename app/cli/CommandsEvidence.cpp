// lpdesk-cli: POS journals (import, column mappings, linking to cases) and statements.
#include "Cli.h"

#include "db/CaseDatabase.h"
#include "model/Currency.h"
#include "pos/PosNearby.h"
#include "pos/PosService.h"
#include "statements/StatementService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace lpdesk {

namespace {

// A show command's output: the object as JSON with --json, indented JSON otherwise.
int printOne(Cli& cli, const QJsonObject& o)
{
    if (cli.json())
        cli.printJson(o);
    else
        cli.out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed());
    return ExitOk;
}

void printImport(Cli& cli, const PosImportSummary& s)
{
    if (cli.json())
        return;
    cli.out(Cli::tr("%1  %2 transactions, %3 line items, %4 rejected")
                .arg(s.id)
                .arg(s.transactions)
                .arg(s.lineItems)
                .arg(s.rejected));
    if (!s.kinds.isEmpty())
        cli.out(Cli::tr("  kinds: %1").arg(s.kindsText()));
    if (s.duplicates > 0)
        cli.out(Cli::tr("  %n already imported from an overlapping journal (skipped)", nullptr, s.duplicates));
    for (const QString& n : s.notes)
        cli.out(Cli::tr("  note: %1").arg(n));
    for (const PosReject& r : s.rejects)
        if (!r.duplicate)
            cli.err(Cli::tr("  rejected %1: %2").arg(r.where, r.reason));
}

// Core asks in words to choose the format, the date order or the store (lpdesk-cli is always English); here, the
// option that does.
void hintOptionFor(Cli& cli, const Error& error, const CommandArgs& a)
{
    if (a.value(QStringLiteral("format"), QStringLiteral("auto")) == QLatin1String("auto")
        && error.message.startsWith(QLatin1String("Cannot tell the journal")))
        cli.err(Cli::tr("The format is given with --format poslog, csv or json."));
    if (!a.has(QStringLiteral("date-order")) && error.message.contains(QLatin1String("month first or day first")))
        cli.err(Cli::tr("The date order is given with --date-order mdy (month first) or --date-order dmy (day "
                        "first)."));
    const auto ids = PosService::unknownStoresOf(error);
    if (!ids || a.has(QStringLiteral("store")))
        return;
    if (ids->isEmpty())
        cli.err(Cli::tr("The store is given with --store STORE."));
    else
        cli.err(Cli::tr("The store is given with --store STORE (--store %1 files the journal under the id it names), "
                        "or an administrator adds the id to a store's POS store ids: lpdesk-cli store pos-id STORE "
                        "--add %1.")
                    .arg(ids->constFirst()));
}

int cmdPosImport(Cli& cli, const CommandArgs& a)
{
    const bool pulled = a.has(QStringLiteral("pulled"));
    if (pulled == (a.positionals().size() == 1))
        return cli.usage(Cli::tr("pos import takes a FILE or --pulled"));
    const QString format = a.value(QStringLiteral("format"), QStringLiteral("auto"));
    if (!QStringList {QStringLiteral("auto"), QStringLiteral("poslog"), QStringLiteral("csv"), QStringLiteral("json")}
             .contains(format))
        return cli.usage(Cli::tr("--format is auto, poslog, csv or json"));
    auto options
        = PosImportOptions::make(format, a.value(QStringLiteral("timezone")), a.value(QStringLiteral("delimiter")),
                                 a.value(QStringLiteral("decimal")), a.value(QStringLiteral("date-order")));
    if (!options)
        return cli.usage(options.errorMessage());
    LP_CLI_DB(cli, db);
    PosService pos(db);
    if (pulled) {
        QStringList failures;
        const QList<PosImportSummary> done = pos.importPending(&failures);
        QJsonArray arr;
        for (const PosImportSummary& s : done) {
            printImport(cli, s);
            arr.append(s.toJson());
        }
        if (cli.json())
            cli.printJson(arr);
        for (const QString& f : failures)
            cli.err(f);
        return failures.isEmpty() ? ExitOk : ExitFailed;
    }
    const QString store = a.value(QStringLiteral("store"));
    if (a.has(QStringLiteral("mapping"))) {
        if (store.isEmpty())
            return cli.usage(Cli::tr("--mapping is saved per store: give --store ID"));
        QFile f(a.value(QStringLiteral("mapping")));
        if (!f.open(QIODevice::ReadOnly) || f.size() > 65536)
            return cli.fail(failure(Cli::tr("Cannot read the mapping %1.").arg(f.fileName())));
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject())
            return cli.fail(
                makeError(ErrorKind::Usage, Cli::tr("The mapping is not a JSON object: %1").arg(pe.errorString())));
        auto mapping = PosCsvMapping::fromJson(doc.object());
        if (!mapping)
            return cli.fail(mapping.error());
        if (Status s = pos.setCsvMapping(store, *mapping); !s)
            return cli.fail(s.error());
    }
    cli.progress(Cli::tr("Importing %1…").arg(a.positionals()[0]));
    auto s = pos.importFile(a.positionals()[0], store, *options);
    if (!s) {
        hintOptionFor(cli, s.error(), a);
        return cli.fail(s.error());
    }
    if (cli.json()) {
        cli.printJson(s->toJson());
        return ExitOk;
    }
    printImport(cli, *s);
    return ExitOk;
}

int cmdPosLink(Cli& cli, const CommandArgs& a)
{
    bool ok = true;
    const int window = a.value(QStringLiteral("window"), QStringLiteral("120")).toInt(&ok);
    if (!ok)
        return cli.usage(Cli::tr("--window takes seconds"));
    LP_CLI_DB(cli, db);
    auto caseId = Cli::caseIdOf(db, a.positionals()[0]);
    if (!caseId)
        return cli.fail(caseId.error());
    PosService pos(db);
    if (a.has(QStringLiteral("add")) || a.has(QStringLiteral("remove"))) {
        for (const QString& id : a.values(QStringLiteral("add")))
            if (Status s = pos.linkManually(*caseId, id, true); !s)
                return cli.fail(s.error());
        for (const QString& id : a.values(QStringLiteral("remove")))
            if (Status s = pos.linkManually(*caseId, id, false); !s)
                return cli.fail(s.error());
        return ExitOk;
    }
    auto linked = pos.link(*caseId, window);
    if (!linked)
        return cli.fail(linked.error());
    // Nothing new: why, in the words the GUI's POS tab uses (on stderr with --json, which stays an array).
    QStringList why;
    if (linked->isEmpty())
        if (auto explained = PosNearby(db).explainNoneLinked(*caseId, window))
            why = *explained;
    if (cli.json()) {
        QJsonArray arr;
        for (const LinkedTransaction& t : *linked)
            arr.append(t.toJson());
        cli.printJson(arr);
        for (const QString& line : std::as_const(why))
            cli.err(line);
        return ExitOk;
    }
    cli.out(Cli::tr("%n transaction(s) newly linked", nullptr, static_cast<int>(linked->size())));
    for (const QString& line : std::as_const(why))
        cli.out(QStringLiteral("  ") + line);

    for (const LinkedTransaction& t : *linked)
        cli.out(QStringLiteral("  %1  %2  register %3 #%4  %5  %6  %7")
                    .arg(t.id, PosImportSummary::kindLabel(t.kind), t.registerId, t.sequence, t.beginRaw,
                         Currency::plain(t.total, t.exponent), t.exceptions.join(QLatin1Char(','))));
    return ExitOk;
}

int cmdPosNearby(Cli& cli, const CommandArgs& a)
{
    bool ok = true;
    const int window = a.value(QStringLiteral("window"), QStringLiteral("1800")).toInt(&ok);
    if (!ok || window < 1 || window > 86400)
        return cli.usage(Cli::tr("--window takes 1–86400 seconds"));
    LP_CLI_DB(cli, db);
    auto caseId = Cli::caseIdOf(db, a.positionals()[0]);
    if (!caseId)
        return cli.fail(caseId.error());
    auto near = PosNearby(db).around(*caseId, window);
    if (!near)
        return cli.fail(near.error());
    return cli.printRows(
        *near,
        [](const PosCandidate& c) {
            QJsonObject o = c.transaction.toJson();
            o.insert(QLatin1String("incident_id"), c.incidentId);
            o.insert(QLatin1String("seconds_from_incident"), c.secondsFromIncident);
            o.insert(QLatin1String("linked"), c.linked);
            return o;
        },
        [&cli](const PosCandidate& c) {
            const LinkedTransaction& t = c.transaction;
            cli.out(QStringLiteral("%1  %2  register %3 #%4  %5  %6 %7  %8  %9 s%10")
                        .arg(t.id, PosImportSummary::kindLabel(t.kind), t.registerId, t.sequence, t.beginRaw,
                             t.currency, Currency::plain(t.total, t.exponent), t.exceptions.join(QLatin1Char(',')))
                        .arg(c.secondsFromIncident, 0, 'f', 0)
                        .arg(c.linked ? Cli::tr("  (linked)") : QString()));
        });
}

int cmdPosList(Cli& cli, const CommandArgs& a)
{
    LP_CLI_DB(cli, db);
    auto caseId = Cli::caseIdOf(db, a.positionals()[0]);
    if (!caseId)
        return cli.fail(caseId.error());
    PosService pos(db);
    auto linked = pos.linked(*caseId);
    if (!linked)
        return cli.fail(linked.error());
    QJsonArray arr;
    for (const LinkedTransaction& t : *linked) {
        QJsonObject o = t.toJson(a.has(QStringLiteral("mask")));
        QJsonArray seeks;
        for (const PosSeek& s : pos.seeks(*caseId, t))
            seeks.append(QJsonObject {{QLatin1String("media_id"), s.mediaId},
                                      {QLatin1String("camera"), s.camera},
                                      {QLatin1String("seconds"), s.seconds}});
        o.insert(QLatin1String("media_positions"), seeks);
        arr.append(o);
        if (!cli.json()) {
            cli.out(QStringLiteral("%1  %2  store %3 register %4 #%5  %6 (true %7)  %8 %9  %10  [%11]")
                        .arg(t.id, PosImportSummary::kindLabel(t.kind), t.storeId, t.registerId, t.sequence, t.beginRaw,
                             t.beginUtc, t.currency, Currency::plain(t.total, t.exponent))
                        .arg(t.exceptions.join(QLatin1Char(',')), t.how));
            for (const QJsonValue& v : seeks)
                cli.out(Cli::tr("    in clip %1 at %2 s")
                            .arg(v[QLatin1String("media_id")].toString())
                            .arg(v[QLatin1String("seconds")].toDouble(), 0, 'f', 3));
        }
    }
    if (cli.json())
        cli.printJson(arr);
    return ExitOk;
}

int cmdPosShow(Cli& cli, const CommandArgs& a)
{
    LP_CLI_DB(cli, db);
    auto t = PosService(db).transaction(a.positionals()[0]);
    if (!t)
        return cli.fail(t.error());
    return printOne(cli, t->toJson(a.has(QStringLiteral("mask"))));
}

Result<StatementDraft> draftFrom(const CommandArgs& a, const StatementDraft& base)
{
    StatementDraft d = base;
    if (a.has(QStringLiteral("author")))
        d.author = a.value(QStringLiteral("author"));
    if (a.has(QStringLiteral("role")))
        d.role = a.value(QStringLiteral("role"));
    if (a.has(QStringLiteral("contact")))
        d.contact = a.value(QStringLiteral("contact"));
    if (a.has(QStringLiteral("taken")))
        d.takenAt = a.value(QStringLiteral("taken"));
    if (a.has(QStringLiteral("attestation")))
        d.attestation = a.value(QStringLiteral("attestation"));
    if (a.has(QStringLiteral("anonymous")))
        d.anonymous = true;
    if (a.has(QStringLiteral("text-file"))) {
        QFile f(a.value(QStringLiteral("text-file")));
        if (!f.open(QIODevice::ReadOnly))
            return failure(Cli::tr("Cannot read %1: %2").arg(f.fileName(), f.errorString()));
        if (f.size() > StatementService::MaxTextChars * 4)
            return makeError(ErrorKind::Usage, Cli::tr("%1 is too long for a statement.").arg(f.fileName()));
        const QByteArray bytes = f.readAll();
        const QString text = QString::fromUtf8(bytes);
        if (text.toUtf8() != bytes)
            return makeError(ErrorKind::Usage, Cli::tr("%1 is not UTF-8 text.").arg(f.fileName()));
        d.text = text;
    }
    d.attachFiles = a.values(QStringLiteral("attach"));
    return d;
}

const QStringList statementFlags
    = {QStringLiteral("author"),      QStringLiteral("role"),      QStringLiteral("contact"), QStringLiteral("taken"),
       QStringLiteral("attestation"), QStringLiteral("text-file"), QStringLiteral("attach")};

int cmdStatementAdd(Cli& cli, const CommandArgs& a)
{
    if (!a.has(QStringLiteral("author")) || !a.has(QStringLiteral("text-file")))
        return cli.usage(Cli::tr("statement add needs --author NAME and --text-file F"));
    auto draft = draftFrom(a, StatementDraft());
    if (!draft)
        return cli.fail(draft.error());
    LP_CLI_DB(cli, db);
    auto caseId = Cli::caseIdOf(db, a.positionals()[0]);
    if (!caseId)
        return cli.fail(caseId.error());
    StatementService statements(db);
    auto id = statements.add(*caseId, *draft);
    if (!id)
        return cli.fail(id.error());
    if (a.has(QStringLiteral("sign")))
        if (Status s = statements.signOff(*id); !s)
            return cli.fail(s.error());
    cli.printCreated(*id);
    return ExitOk;
}

int cmdStatementEdit(Cli& cli, const CommandArgs& a, bool correction)
{
    LP_CLI_DB(cli, db);
    StatementService statements(db);
    auto current = statements.get(a.positionals()[0]);
    if (!current)
        return cli.fail(current.error());
    StatementDraft base;
    base.author = current->author;
    base.role = current->role;
    base.contact = current->contact;
    base.anonymous = current->anonymous;
    base.takenAt = current->takenAt;
    base.text = current->text;
    base.attestation = current->attestation;
    auto draft = draftFrom(a, base);
    if (!draft)
        return cli.fail(draft.error());
    QString id = current->id;
    if (correction) {
        auto created = statements.correct(current->id, *draft);
        if (!created)
            return cli.fail(created.error());
        id = *created;
    } else if (Status s = statements.update(current->id, *draft); !s) {
        return cli.fail(s.error());
    }
    if (a.has(QStringLiteral("sign")))
        if (Status s = statements.signOff(id); !s)
            return cli.fail(s.error());
    if (correction)
        cli.printCreated(id);
    return ExitOk;
}

int cmdStatementSign(Cli& cli, const CommandArgs& a)
{
    LP_CLI_DB(cli, db);
    if (Status s = StatementService(db).signOff(a.positionals()[0]); !s)
        return cli.fail(s.error());
    return ExitOk;
}

int cmdStatementList(Cli& cli, const CommandArgs& a)
{
    LP_CLI_DB(cli, db);
    auto caseId = Cli::caseIdOf(db, a.positionals()[0]);
    if (!caseId)
        return cli.fail(caseId.error());
    auto rows = StatementService(db).list(*caseId, a.has(QStringLiteral("current")));
    if (!rows)
        return cli.fail(rows.error());
    const bool mask = a.has(QStringLiteral("mask"));
    return cli.printRows(
        *rows, [mask](const Statement& s) { return s.toJson(mask); },
        [&cli, mask](const Statement& s) {
            cli.out(QStringLiteral("%1  v%2  %3 (%4)  %5  %6%7")
                        .arg(s.id)
                        .arg(s.version)
                        .arg(mask && s.anonymous ? s.pseudonym : s.author, s.role, s.takenAt,
                             s.signedOff() ? Cli::tr("signed off %1").arg(s.signedOffAt) : Cli::tr("draft"),
                             s.supersededBy.isEmpty() ? QString() : Cli::tr(", corrected by %1").arg(s.supersededBy)));
        });
}

int cmdStatementShow(Cli& cli, const CommandArgs& a)
{
    LP_CLI_DB(cli, db);
    auto s = StatementService(db).get(a.positionals()[0]);
    if (!s)
        return cli.fail(s.error());
    return printOne(cli, s->toJson(a.has(QStringLiteral("mask"))));
}

} // namespace

void registerEvidenceCommands(QList<Command>& c)
{
    c << Command {
        QStringLiteral("pos import"),
        QStringLiteral("(FILE [--store ID] [--format auto|poslog|csv|json] [--mapping MAP.json] [--timezone ZONE] "
                       "[--delimiter auto|,|;|tab] [--decimal .|,] [--date-order auto|mdy|dmy] | --pulled)"),
        Cli::tr("import a POS journal as evidence (kept encrypted with its hash): ARTS POSLog "
                "(IXRetail or 6.0 namespace, vendor extensions kept), CSV or JSON; every record is a sale, return, "
                "void, no-sale or control transaction, every reject is named; a journal with more than half of its "
                "transactions rejected fails (exit 1) and keeps nothing. Times without an offset take --timezone or "
                "the store's timezone; --date-order for dates written with slashes (mdy: 3/14/2026, dmy: 14/3/2026; "
                "default: what the journal's dates show, refused when they show both or neither); --delimiter and "
                "--decimal for CSV (default: detected, decimal comma with ';'); --mapping saves the store's CSV "
                "column mapping; --pulled imports journals pulled from stores"),
        cmdPosImport};
    c << Command {
        QStringLiteral("pos link"), QStringLiteral("CASE [--window S] [--add TX...] [--remove TX...]"),
        Cli::tr("link the transactions the case's incidents reference and the exceptions at "
                "their registers within ±S seconds (default 120), clock offsets applied, and say why when none is "
                "new; or link/unlink by hand"),
        cmdPosLink};
    c << Command {QStringLiteral("pos nearby"), QStringLiteral("CASE [--window S]"),
                  Cli::tr("every transaction of the incidents' stores within ±S seconds (default 1800) of an "
                          "incident of the case, linked or not: what to link by hand"),
                  cmdPosNearby};
    c << Command {QStringLiteral("pos list"), QStringLiteral("CASE [--mask]"),
                  Cli::tr("the case's transactions with line items and where each happens in "
                          "the case's clips; --mask withholds card digits and loyalty ids"),
                  cmdPosList};
    c << Command {QStringLiteral("pos show"), QStringLiteral("TX [--mask]"), Cli::tr("one transaction (the receipt)"),
                  cmdPosShow};
    c << Command {QStringLiteral("statement add"),
                  QStringLiteral("CASE --author NAME --text-file F [--role R] [--contact C] [--taken T] "
                                 "[--attestation A] [--attach FILE...] [--anonymous] [--sign]"),
                  Cli::tr("record a statement (a draft until signed off); prints its id"), cmdStatementAdd};
    c << Command {QStringLiteral("statement edit"),
                  QStringLiteral("ID [--author NAME] [--text-file F] [--role R] [--contact C] [--taken T] "
                                 "[--attestation A] [--attach FILE...] [--sign]"),
                  Cli::tr("change a draft statement"),
                  [](Cli& cli, const CommandArgs& a) { return cmdStatementEdit(cli, a, false); }};
    c << Command {QStringLiteral("statement sign"), QStringLiteral("ID"),
                  Cli::tr("sign off a statement: from then on it cannot change"), cmdStatementSign};
    c << Command {QStringLiteral("statement correct"),
                  QStringLiteral("ID [--author NAME] [--text-file F] [--role R] [--contact C] [--taken T] "
                                 "[--attestation A] [--attach FILE...] [--sign]"),
                  Cli::tr("a new version of a signed-off statement; prints its id"),
                  [](Cli& cli, const CommandArgs& a) { return cmdStatementEdit(cli, a, true); }};
    c << Command {QStringLiteral("statement list"), QStringLiteral("CASE [--current] [--mask]"),
                  Cli::tr("the case's statements, every version"), cmdStatementList};
    c << Command {QStringLiteral("statement show"), QStringLiteral("ID [--mask]"),
                  Cli::tr("one statement with its attachments' hashes"), cmdStatementShow};
}

} // namespace lpdesk
