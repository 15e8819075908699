// lpdesk-cli: police requests (subpoenas, warrants, exigent asks…) and the police follow-up on submitted cases.
#include "Cli.h"

#include "common/Time.h"
#include "db/CaseDatabase.h"
#include "police/FollowUps.h"
#include "police/PoliceRequests.h"
#include "police/RequestTemplates.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace lpdesk {

namespace {

bool timeOption(Cli& cli, const CommandArgs& a, const QString& flag, QDateTime* out)
{
    if (!a.has(flag))
        return true;
    *out = parseUserTime(a.value(flag));
    if (!out->isValid()) {
        cli.usage(Cli::tr("--%1 takes a date (YYYY-MM-DD) or an RFC 3339 time").arg(flag));
        return false;
    }
    return true;
}

void printRequest(Cli& cli, const PoliceRequest& r, const QDateTime& now)
{
    QStringList flags;
    if (r.overdue(now))
        flags << Cli::tr("OVERDUE");
    if (r.signoffOverdue(now))
        flags << Cli::tr("EXIGENT: legal sign-off overdue");
    else if (r.needsSignoff())
        flags << Cli::tr("EXIGENT: legal sign-off pending");
    else if (r.signedLate())
        flags << Cli::tr("EXIGENT: signed off late");
    if (!r.fulfilledBy.isEmpty())
        flags << Cli::tr("fulfilled");
    cli.out(QStringLiteral("%1  %2  %3  %4  %5  due %6%7")
                .arg(r.id, r.state.leftJustified(6), r.kind.leftJustified(11), r.agency,
                     r.reference.isEmpty() ? QStringLiteral("-") : r.reference,
                     r.dueAt.isEmpty() ? QStringLiteral("-") : r.dueAt,
                     flags.isEmpty() ? QString() : QStringLiteral("  [") + flags.join(QStringLiteral("; ")) + u']'));
}

int cmdLeAdd(Cli& cli, const CommandArgs& a)
{
    PoliceRequestSpec s;
    s.kind = a.value(QStringLiteral("kind"));
    s.agency = a.value(QStringLiteral("agency"));
    s.officer = a.value(QStringLiteral("officer"));
    s.reference = a.value(QStringLiteral("reference"));
    s.incidents = a.values(QStringLiteral("incident"));
    s.stores = a.values(QStringLiteral("store"));
    s.askedText = a.value(QStringLiteral("asks"));
    s.legalBasis = a.value(QStringLiteral("basis"));
    s.notes = a.value(QStringLiteral("notes"));
    s.documents = a.values(QStringLiteral("document"));
    s.templateName = a.value(QStringLiteral("template"));
    if ((s.kind.isEmpty() && s.templateName.isEmpty()) || s.agency.isEmpty())
        return cli.usage(Cli::tr("le-request add needs --kind K (or --template NAME) and --agency A"));
    if (!timeOption(cli, a, QStringLiteral("received"), &s.receivedAt)
        || !timeOption(cli, a, QStringLiteral("due"), &s.dueAt) || !timeOption(cli, a, QStringLiteral("from"), &s.from)
        || !timeOption(cli, a, QStringLiteral("to"), &s.to))
        return ExitUsage;
    LP_CLI_DB(cli, db);
    if (!s.templateName.isEmpty())
        if (auto t = RequestTemplates(db).current(s.templateName); t && t->refusedVersion > 0)
            cli.err(Cli::tr("Version %1 of the template %2 is REFUSED (%3); version %4 is used instead.")
                        .arg(t->refusedVersion)
                        .arg(t->name, t->problem)
                        .arg(t->version));
    auto id = PoliceRequests(db).add(s);
    if (!id) {
        // Core says what is missing in words; here, the option that gives it.
        if (id.error().kind == ErrorKind::Usage && s.legalBasis.trimmed().isEmpty())
            cli.err(Cli::tr("The legal basis is given with --basis."));
        return cli.fail(id.error());
    }
    cli.printCreated(*id);
    return ExitOk;
}

int cmdLeList(Cli& cli, const CommandArgs& a)
{
    LP_CLI_DB(cli, db);
    auto list = PoliceRequests(db).list(a.has(QStringLiteral("overdue")), a.value(QStringLiteral("case")));
    if (!list)
        return cli.fail(list.error());
    const QDateTime now = utcNow();
    return cli.printRows(
        *list, [&](const PoliceRequest& r) { return r.toJson(now); },
        [&](const PoliceRequest& r) { printRequest(cli, r, now); });
}

int cmdLeShow(Cli& cli, const CommandArgs& a)
{
    LP_CLI_DB(cli, db);
    auto r = PoliceRequests(db).show(a.positionals()[0]);
    if (!r)
        return cli.fail(r.error());
    const QDateTime now = utcNow();
    if (cli.json()) {
        cli.printJson(r->toJson(now));
        return ExitOk;
    }
    printRequest(cli, *r, now);
    cli.out(Cli::tr("  officer: %1").arg(r->officer));
    cli.out(Cli::tr("  received: %1").arg(r->receivedAt));
    cli.out(Cli::tr("  legal basis: %1").arg(r->legalBasis));
    for (auto it = r->asked.constBegin(); it != r->asked.constEnd(); ++it)
        cli.out(
            Cli::tr("  asks %1: %2")
                .arg(it.key(),
                     it.value().isArray() ? it.value().toVariant().toStringList().join(u',') : it.value().toString()));
    cli.out(Cli::tr("  cases: %1").arg(r->caseIds.join(QStringLiteral(", "))));
    cli.out(Cli::tr("  releases: %1 (fulfilled by: %2)")
                .arg(r->releaseIds.join(QStringLiteral(", ")), r->fulfilledBy.join(QStringLiteral(", "))));
    for (const PoliceRequestDocument& d : r->documents)
        cli.out(Cli::tr("  document %1  %2  %3 bytes  sha256 %4").arg(d.id, d.name).arg(d.size).arg(d.sha256));
    if (r->kind == QLatin1String("exigent"))
        cli.out(r->signedOffAt.isEmpty()
                    ? Cli::tr("  legal sign-off due by %1").arg(r->signoffDueAt)
                    : Cli::tr("  signed off by %1 at %2%3")
                          .arg(r->signedOffBy, r->signedOffAt,
                               r->signedLate() ? Cli::tr(" (late: due by %1)").arg(r->signoffDueAt) : QString()));
    if (r->state == QLatin1String("closed"))
        cli.out(Cli::tr("  closed by %1 at %2: %3").arg(r->closedBy, r->closedAt, r->closeReason));
    if (!r->templateName.isEmpty())
        cli.out(Cli::tr("  recorded from template %1, version %2").arg(r->templateName).arg(r->templateVersion));
    return ExitOk;
}

void printTemplate(Cli& cli, const RequestTemplate& t)
{
    if (t.refusedVersion > 0)
        cli.out(Cli::tr("Version %1 REFUSED: %2 Shown instead:").arg(t.refusedVersion).arg(t.problem));
    cli.out(t.version == 0 ? Cli::tr("%1 — %2 (%3, built in)").arg(t.name, t.title, t.kind)
                           : Cli::tr("%1 — %2 (%3, version %4, published by %5 at %6)")
                                 .arg(t.name, t.title, t.kind)
                                 .arg(t.version)
                                 .arg(t.createdBy, t.createdAt));
    cli.out(t.dueDays > 0 ? Cli::tr("Due: %n day(s) after it is received", nullptr, t.dueDays)
                          : Cli::tr("Due: no default due date"));
    cli.out(Cli::tr("Legal basis: %1").arg(t.legalBasis));
    cli.out(Cli::tr("What is asked: %1").arg(t.asked));
    cli.out(Cli::tr("Letter:"));
    cli.out(t.letter);
}

int cmdTemplateList(Cli& cli, const CommandArgs& a, bool history)
{
    LP_CLI_DB(cli, db);
    RequestTemplates templates(db);
    auto list = history ? templates.history(a.positionals()[0]) : templates.all();
    if (!list)
        return cli.fail(list.error());
    return cli.printRows(
        *list, [](const RequestTemplate& t) { return t.toJson(); },
        [&](const RequestTemplate& t) {
            const QString name = t.name.leftJustified(16);
            if (!t.problem.isEmpty() && (history || !t.usable()))
                cli.out(Cli::tr("%1  %2  version %3 REFUSED: %4").arg(name, t.title).arg(t.version).arg(t.problem));
            else if (!t.problem.isEmpty())
                cli.out(
                    Cli::tr("%1  %2  %3  %4 stands in; version %5 REFUSED: %6")
                        .arg(name, t.kind.leftJustified(11), t.title,
                             t.version == 0 ? Cli::tr("the built-in template") : Cli::tr("version %1").arg(t.version))
                        .arg(t.refusedVersion)
                        .arg(t.problem));
            else if (t.version == 0)
                cli.out(Cli::tr("%1  %2  %3  built in").arg(name, t.kind.leftJustified(11), t.title));
            else
                cli.out(Cli::tr("%1  %2  %3  version %4 (%5, %6)")
                            .arg(name, t.kind.leftJustified(11), t.title)
                            .arg(t.version)
                            .arg(t.createdBy, t.createdAt));
        });
}

int cmdTemplateShow(Cli& cli, const CommandArgs& a)
{
    return showVersionedEntry<RequestTemplates>(
        cli, a, Cli::tr("--version takes a version number (0: the built-in template)"), printTemplate);
}

int cmdTemplateSet(Cli& cli, const CommandArgs& a)
{
    if (!a.has(QStringLiteral("file")))
        return cli.usage(Cli::tr("le-request template set needs --file F.json with kind, title, due_days, "
                                 "legal_basis, asked and letter"));
    QFile f(a.value(QStringLiteral("file")));
    if (!f.open(QIODevice::ReadOnly))
        return cli.fail(failure(Cli::tr("Cannot read %1: %2").arg(f.fileName(), f.errorString())));
    constexpr qint64 Limit = 3 * RequestTemplates::MaxTextChars * 6 + 4096;
    const QByteArray bytes = f.read(Limit + 1);
    if (bytes.size() > Limit)
        return cli.usage(Cli::tr("%1 is too large for a request template").arg(f.fileName()));
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &perr);
    const QJsonObject o = doc.object();
    const QStringList strings {QStringLiteral("kind"), QStringLiteral("title"), QStringLiteral("legal_basis"),
                               QStringLiteral("asked"), QStringLiteral("letter")};
    bool shaped = perr.error == QJsonParseError::NoError && doc.isObject() && o.contains(QLatin1String("kind"))
        && o.contains(QLatin1String("letter"));
    for (auto it = o.begin(); shaped && it != o.end(); ++it)
        shaped = (strings.contains(it.key()) && it.value().isString())
            || (it.key() == QLatin1String("due_days") && it.value().isDouble()
                && it.value().toDouble() == static_cast<double>(it.value().toInt()));
    if (!shaped)
        return cli.usage(Cli::tr("%1 must be a JSON object with the strings kind, title, legal_basis, asked and "
                                 "letter and the whole number due_days, and nothing else")
                             .arg(f.fileName()));
    RequestTemplate t;
    t.name = a.positionals()[0];
    t.kind = o.value(QLatin1String("kind")).toString();
    t.title = o.value(QLatin1String("title")).toString();
    t.dueDays = o.value(QLatin1String("due_days")).toInt();
    t.legalBasis = o.value(QLatin1String("legal_basis")).toString();
    t.asked = o.value(QLatin1String("asked")).toString();
    t.letter = o.value(QLatin1String("letter")).toString();
    LP_CLI_DB(cli, db);
    auto published = RequestTemplates(db).publish(t);
    if (!published)
        return cli.fail(published.error());
    if (cli.json())
        cli.printJson(published->toJson());
    else
        cli.out(
            Cli::tr("Published version %1 of the request template %2").arg(published->version).arg(published->name));
    return ExitOk;
}

int cmdLeLetter(Cli& cli, const CommandArgs& a)
{
    LP_CLI_DB(cli, db);
    auto letter = RequestTemplates(db).letter(a.positionals()[0], a.value(QStringLiteral("template")));
    if (!letter)
        return cli.fail(letter.error());
    if (a.has(QStringLiteral("out"))) {
        QSaveFile f(a.value(QStringLiteral("out")));
        if (!f.open(QIODevice::WriteOnly) || f.write(letter->text.toUtf8()) < 0 || !f.commit())
            return cli.fail(failure(Cli::tr("Cannot write %1: %2").arg(f.fileName(), f.errorString())));
    }
    if (cli.json()) {
        QJsonObject o {{QLatin1String("id"), letter->requestId},
                       {QLatin1String("template"), letter->templateName},
                       {QLatin1String("template_version"), letter->templateVersion},
                       {QLatin1String("sha256"), letter->sha256}};
        if (!a.has(QStringLiteral("out")))
            o.insert(QLatin1String("text"), letter->text);
        cli.printJson(o);
    } else if (!a.has(QStringLiteral("out"))) {
        cli.out(letter->text);
    }
    return ExitOk;
}

int cmdLeLink(Cli& cli, const CommandArgs& a)
{
    LP_CLI_DB(cli, db);
    const Status st = PoliceRequests(db).link(a.positionals()[0], a.positionals()[1]);
    return st ? ExitOk : cli.fail(st.error());
}

int cmdLeAttach(Cli& cli, const CommandArgs& a)
{
    LP_CLI_DB(cli, db);
    const Status st = PoliceRequests(db).attach(a.positionals()[0], a.positionals().mid(1));
    return st ? ExitOk : cli.fail(st.error());
}

int cmdLeClose(Cli& cli, const CommandArgs& a)
{
    LP_CLI_DB(cli, db);
    const Status st = PoliceRequests(db).close(a.positionals()[0], a.value(QStringLiteral("reason")));
    return st ? ExitOk : cli.fail(st.error());
}

int cmdLeSign(Cli& cli, const CommandArgs& a)
{
    LP_CLI_DB(cli, db);
    const Status st = PoliceRequests(db).signOff(a.positionals()[0], a.value(QStringLiteral("note")));
    return st ? ExitOk : cli.fail(st.error());
}

int cmdFollowupAdd(Cli& cli, const CommandArgs& a)
{
    FollowUpSpec s;
    s.caseId = a.positionals()[0];
    s.kind = a.value(QStringLiteral("kind"));
    s.note = a.value(QStringLiteral("note"));
    s.agencyCase = a.value(QStringLiteral("agency-case"));
    s.officer = a.value(QStringLiteral("officer"));
    s.source = a.value(QStringLiteral("source"), QStringLiteral("manual"));
    if (s.kind.isEmpty() || !a.has(QStringLiteral("at")))
        return cli.usage(Cli::tr("followup add needs --kind K and --at T"));
    if (!timeOption(cli, a, QStringLiteral("at"), &s.at))
        return ExitUsage;
    if (a.has(QStringLiteral("amount"))) {
        bool ok = false;
        s.amount = a.value(QStringLiteral("amount")).toDouble(&ok);
        if (!ok)
            return cli.usage(Cli::tr("--amount takes a number"));
    }
    LP_CLI_DB(cli, db);
    auto id = FollowUps(db).add(s);
    if (!id)
        return cli.fail(id.error());
    cli.printCreated(*id);
    return ExitOk;
}

int cmdFollowupList(Cli& cli, const CommandArgs& a)
{
    LP_CLI_DB(cli, db);
    auto list = FollowUps(db).list(a.positionals()[0]);
    if (!list)
        return cli.fail(list.error());
    return cli.printRows(
        *list, [](const FollowUp& f) { return f.toJson(); },
        [&](const FollowUp& f) {
            cli.out(QStringLiteral("%1  %2  %3  %4%5  %6")
                        .arg(f.id, f.at, f.kind.leftJustified(9), f.agencyCase,
                             f.amount ? QStringLiteral("  %1").arg(*f.amount, 0, 'f', 2) : QString(), f.note));
        });
}

} // namespace

void registerPoliceCommands(QList<Command>& c)
{
    c << Command {
        QStringLiteral("le-request add"),
        QStringLiteral("--kind subpoena|court_order|warrant|exigent|informal --agency A [--officer O] "
                       "[--reference R] [--received T] [--due T] [--incident ID...] [--store S...] "
                       "[--from T] [--to T] [--asks TEXT] [--basis TEXT] [--notes TEXT] [--document FILE...] "
                       "[--template NAME]"),
        Cli::tr("record a request from law enforcement; documents are encrypted "
                "like evidence; a template fills the kind, due date, legal basis and what is asked where not given; "
                "prints its id"),
        cmdLeAdd};
    c << Command {QStringLiteral("le-request letter"), QStringLiteral("ID [--template NAME] [--out FILE]"),
                  Cli::tr("the response letter of a request, from its template, with the "
                          "request's fields and the releases that fulfil it (audited)"),
                  cmdLeLetter};
    c << Command {QStringLiteral("le-request template list"), QString(),
                  Cli::tr("request templates: per kind a due period, legal basis, what is asked and a letter"),
                  [](Cli& cli, const CommandArgs& a) { return cmdTemplateList(cli, a, false); }};
    c << Command {QStringLiteral("le-request template history"), QStringLiteral("NAME"),
                  Cli::tr("every published version of a request template"),
                  [](Cli& cli, const CommandArgs& a) { return cmdTemplateList(cli, a, true); }};
    c << Command {QStringLiteral("le-request template show"), QStringLiteral("NAME [--version N]"),
                  Cli::tr("one request template with its letter"), cmdTemplateShow};
    c << Command {QStringLiteral("le-request template set"), QStringLiteral("NAME --file F.json"),
                  Cli::tr("publish a new version of a request template (kind, title, due_days, "
                          "legal_basis, asked, letter with {placeholders})"),
                  cmdTemplateSet};
    c << Command {QStringLiteral("le-request list"), QStringLiteral("[--overdue] [--case CASE]"),
                  Cli::tr("police requests, overdue and unsigned exigent ones flagged"), cmdLeList};
    c << Command {QStringLiteral("le-request show"), QStringLiteral("ID"),
                  Cli::tr("one police request with its cases, releases and documents"), cmdLeShow};
    c << Command {QStringLiteral("le-request link"), QStringLiteral("ID CASE"),
                  Cli::tr("link a police request to a case (recorded in custody)"), cmdLeLink};
    c << Command {QStringLiteral("le-request attach"), QStringLiteral("ID FILE..."),
                  Cli::tr("add documents the police sent (encrypted)"), cmdLeAttach};
    c << Command {QStringLiteral("le-request close"), QStringLiteral("ID --reason T"),
                  Cli::tr("close a police request"), cmdLeClose};
    c << Command {QStringLiteral("le-request sign"), QStringLiteral("ID --note T"),
                  Cli::tr("sign off an exigent disclosure after the fact"), cmdLeSign};
    c << Command {QStringLiteral("followup add"),
                  QStringLiteral("CASE --kind arrest|charged|recovered|closed|contact --at T [--note T] "
                                 "[--agency-case N] [--officer O] [--amount X] [--source manual|agency]"),
                  Cli::tr("record what the police did (in custody); prints its id"), cmdFollowupAdd};
    c << Command {QStringLiteral("followup list"), QStringLiteral("CASE"), Cli::tr("police follow-up of a case"),
                  cmdFollowupList};
}

} // namespace lpdesk
