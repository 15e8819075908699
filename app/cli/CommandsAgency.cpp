// lpdesk-cli: law-enforcement agency profiles (where submissions go and how the workstation authenticates).
#include "Cli.h"

#include "agencies/AgencyRegistry.h"
#include "db/CaseDatabase.h"
#include "db/SystemTrust.h"
#include "submit/AgencyStatus.h"
#include "submit/SubmissionService.h"

#include <QFile>
#include <QJsonArray>

namespace lpdesk {

namespace {

// A PEM or secret file, at most 64 KiB; the trailing newline of a key file is not part of the key.
Result<QByteArray> readSmall(const QString& path, bool trimNewline)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > 64 * 1024)
        return makeError(ErrorKind::Usage, Cli::tr("Cannot read %1 (or it is over 64 KiB).").arg(path));
    QByteArray bytes = f.readAll();
    while (trimNewline && (bytes.endsWith('\n') || bytes.endsWith('\r')))
        bytes.chop(1);
    return bytes;
}

int cmdAgencyAdd(Cli& cli, const CommandArgs& a)
{
    AgencyProfile p;
    p.id = a.positionals()[0];
    p.baseUrl = a.value(QStringLiteral("url"));
    p.name = a.value(QStringLiteral("name"), p.id);
    p.jurisdiction = a.value(QStringLiteral("jurisdiction"));
    p.ori = a.value(QStringLiteral("ori")).toUpper();
    p.auth = a.value(QStringLiteral("auth"), QStringLiteral("none"));
    p.apiKeyHeader = a.value(QStringLiteral("header"), QStringLiteral("X-Api-Key"));
    p.tokenUrl = a.value(QStringLiteral("token-url"));
    p.clientId = a.value(QStringLiteral("client-id"));
    p.payloadProfile = a.value(QStringLiteral("profile"), QStringLiteral("lpdesk-v1"));
    p.systemTrust = a.has(QStringLiteral("system-trust"));
    if (Status chosen = SystemTrust::checkChoice(Cli::tr("agency add %1").arg(p.id), true, a.has(QStringLiteral("ca")),
                                                 p.systemTrust);
        !chosen)
        return cli.usage(chosen.errorMessage());
    if (a.has(QStringLiteral("max-mb"))) {
        bool ok = false;
        p.maxBytes = a.value(QStringLiteral("max-mb")).toLongLong(&ok) * 1024 * 1024;
        if (!ok)
            return cli.usage(Cli::tr("--max-mb takes a number of MiB"));
    }
    for (const QString& f : a.values(QStringLiteral("allow")))
        p.allowedFields << f.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (a.has(QStringLiteral("ca"))) {
        auto ca = readSmall(a.value(QStringLiteral("ca")), false);
        if (!ca)
            return cli.fail(ca.error());
        p.caPem = *ca;
    }
    // Each secret goes from the file's bytes into wiped memory (AgencySecrets::take wipes what was read).
    AgencySecrets s;
    const struct
    {
        const char* option;
        SecureBytes* target;
        bool trim;
    } files[] = {{"api-key-file", &s.apiKey, true},
                 {"client-secret-file", &s.clientSecret, true},
                 {"client-cert", &s.clientCertPem, false},
                 {"client-key", &s.clientKeyPem, false}};
    for (const auto& f : files)
        if (a.has(QLatin1String(f.option))) {
            auto bytes = readSmall(a.value(QLatin1String(f.option)), false);
            if (!bytes)
                return cli.fail(bytes.error());
            *f.target = AgencySecrets::take(*bytes, f.trim);
        }
    LP_CLI_DB(cli, db);
    const Status added = AgencyRegistry(db).add(p, s);
    if (!added)
        return cli.fail(added.error());
    if (p.systemTrust)
        cli.err(SystemTrust::warning(Cli::tr("agency %1").arg(p.id)));
    return ExitOk;
}

int cmdAgencyList(Cli& cli, const CommandArgs&)
{
    LP_CLI_DB(cli, db);
    auto agencies = AgencyRegistry(db).list();
    if (!agencies)
        return cli.fail(agencies.error());
    return cli.printRows(
        *agencies, [](const AgencyProfile& p) { return p.toJson(); },
        [&cli](const AgencyProfile& p) {
            cli.out(QStringLiteral("%1  %2  %3  auth %4%5  %6%7")
                        .arg(p.id, p.name, p.baseUrl, p.auth, p.hasSecret ? Cli::tr(" (secret set)") : QString(),
                             p.payloadProfile,
                             !p.caPem.isEmpty()  ? Cli::tr("  pinned CA")
                                 : p.systemTrust ? Cli::tr("  system CAs (not pinned)")
                                                 : Cli::tr("  no CA (refused)")));
        });
}

int cmdAgencyRemove(Cli& cli, const CommandArgs& a)
{
    LP_CLI_DB(cli, db);
    if (Status s = AgencyRegistry(db).remove(a.positionals()[0]); !s)
        return cli.fail(s.error());
    return ExitOk;
}

int cmdAgencyTest(Cli& cli, const CommandArgs& a)
{
    LP_CLI_DB(cli, db);
    auto said = SubmissionService(db).testConnection(a.positionals()[0]);
    if (!said)
        return cli.fail(said.error());
    cli.out(*said);
    return ExitOk;
}

void printSubmission(Cli& cli, const Submission& s)
{
    QString line = QStringLiteral("%1  %2  agency %3  release %4  attempts %5  uploaded %6/%7")
                       .arg(s.id, s.state.leftJustified(9), s.agencyId, s.releaseId.left(8))
                       .arg(s.attempts)
                       .arg(s.uploaded)
                       .arg(s.packageSize);
    if (!s.receipt.isEmpty())
        line += Cli::tr("  report %1").arg(s.receipt.value(QLatin1String("report_number")).toString());
    if (s.state == QLatin1String("waiting"))
        line += Cli::tr("  next attempt %1").arg(s.nextAttemptAt);
    cli.out(line);
    if (!s.lastError.isEmpty() && s.state != QLatin1String("delivered"))
        cli.out(QStringLiteral("    ") + s.lastError);
}

int printSubmissions(Cli& cli, const QList<Submission>& list)
{
    cli.printRows(
        list, [](const Submission& s) { return s.toJson(); }, [&cli](const Submission& s) { printSubmission(cli, s); });
    for (const Submission& s : list)
        if (s.state == QLatin1String("failed"))
            return ExitFailed;
    return ExitOk;
}

SubmissionService::Progress stderrProgress(Cli& cli)
{
    return [&cli, last = QString()](qint64 done, qint64 total, const QString& stage) mutable {
        const QString text = total > 0 ? QStringLiteral("%1… %2%").arg(stage).arg(done * 100 / total) : stage;
        if (text != last)
            cli.err(text);
        last = text;
    };
}

int waitOption(const CommandArgs& a, bool* ok)
{
    *ok = true;
    return a.has(QStringLiteral("wait")) ? a.value(QStringLiteral("wait")).toInt(ok) : 60;
}

int cmdSubmit(Cli& cli, const CommandArgs& a)
{
    bool ok = false;
    const int wait = waitOption(a, &ok);
    if (!a.has(QStringLiteral("agency")) || !ok)
        return cli.usage(Cli::tr("submit needs --agency ID (and --wait takes seconds)"));
    LP_CLI_DB(cli, db);
    SubmissionService service(db);
    auto id = service.queue(a.positionals()[0], a.value(QStringLiteral("agency")), stderrProgress(cli));
    if (!id)
        return cli.fail(id.error());
    auto s = service.deliver(*id, wait, stderrProgress(cli));
    if (!s)
        return cli.fail(s.error());
    if (s->state == QLatin1String("waiting"))
        cli.err(Cli::tr("Not delivered yet; it stays in the outbox (outbox run retries it)."));
    return printSubmissions(cli, {*s});
}

int cmdOutboxList(Cli& cli, const CommandArgs&)
{
    LP_CLI_DB(cli, db);
    auto list = SubmissionService(db).list();
    if (!list)
        return cli.fail(list.error());
    printSubmissions(cli, *list);
    return ExitOk;
}

int cmdOutboxRun(Cli& cli, const CommandArgs& a)
{
    bool ok = false;
    const int wait = waitOption(a, &ok);
    if (!ok)
        return cli.usage(Cli::tr("--wait takes seconds"));
    LP_CLI_DB(cli, db);
    int followUps = 0;
    QStringList problems;
    auto done = SubmissionService(db).runDue(wait, stderrProgress(cli), nullptr, &followUps, &problems);
    if (!done)
        return cli.fail(done.error());
    for (const QString& p : problems)
        cli.err(Cli::tr("Could not read the agency's status of %1").arg(p));
    if (followUps > 0)
        cli.err(Cli::tr("%n police follow-up(s) recorded from the agencies' status.", nullptr, followUps));
    return printSubmissions(cli, *done);
}

int cmdOutboxCancel(Cli& cli, const CommandArgs& a)
{
    LP_CLI_DB(cli, db);
    if (Status s = SubmissionService(db).cancel(a.positionals()[0]); !s)
        return cli.fail(s.error());
    return ExitOk;
}

int cmdOutboxFollowUps(Cli& cli, const CommandArgs& a)
{
    LP_CLI_DB(cli, db);
    auto got = AgencyStatus(db).collect(a.positionals().value(0));
    if (!got)
        return cli.fail(got.error());
    for (const QString& p : got->problems)
        cli.err(Cli::tr("Could not read the agency's status of %1").arg(p));
    if (cli.json())
        cli.printJson(QJsonObject {{QLatin1String("asked"), got->asked},
                                   {QLatin1String("recorded"), got->recorded},
                                   {QLatin1String("problems"), QJsonArray::fromStringList(got->problems)}});
    else
        cli.out(Cli::tr("%1 agency status(es) read; %2 follow-up(s) recorded.").arg(got->asked).arg(got->recorded));
    return got->problems.isEmpty() ? ExitOk : ExitFailed;
}

} // namespace

void registerAgencyCommands(QList<Command>& c)
{
    c << Command {QStringLiteral("agency add"),
                  QStringLiteral("ID --url https://... (--ca PEM | --system-trust) [--name N] [--jurisdiction J] "
                                 "[--auth none|apikey|oauth2|mtls] [--header H --api-key-file F] "
                                 "[--token-url URL --client-id ID --client-secret-file F] "
                                 "[--client-cert PEM --client-key PEM] [--profile lpdesk-v1|nibrs-file] [--max-mb N] "
                                 "[--allow FIELD,...] [--ori ORI]"),
                  Cli::tr("an agency profile: pinned CA (or, explicitly and not recommended, the system's "
                          "CAs), authentication (secrets kept in the encrypted "
                          "database), payload profile, size limit"),
                  cmdAgencyAdd};
    c << Command {QStringLiteral("agency list"), QString(), Cli::tr("agency profiles (never their secrets)"),
                  cmdAgencyList};
    c << Command {QStringLiteral("agency remove"), QStringLiteral("ID"), Cli::tr("remove an agency profile"),
                  cmdAgencyRemove};
    c << Command {QStringLiteral("agency test"), QStringLiteral("ID"),
                  Cli::tr("connect to the agency: TLS with the pinned CA (and client certificate), an HTTP answer"),
                  cmdAgencyTest};
    c << Command {QStringLiteral("submit"), QStringLiteral("REQ --agency ID [--wait S]"),
                  Cli::tr("seal an approved release for the agency, put it in the outbox and "
                          "deliver it (retrying while the wait is at most S seconds, default 60); prints the receipt"),
                  cmdSubmit, true};
    c << Command {QStringLiteral("outbox list"), QString(), Cli::tr("submissions, their state, attempts and receipts"),
                  cmdOutboxList};
    c << Command {QStringLiteral("outbox run"), QStringLiteral("[--wait S]"),
                  Cli::tr("deliver every submission that is due, resuming interrupted uploads; "
                          "then ask the agencies for the status of delivered submissions not asked within the "
                          "follow-up check interval (settings followup-check) and record their follow-ups"),
                  cmdOutboxRun};
    c << Command {QStringLiteral("outbox followups"), QStringLiteral("[SUBMISSION]"),
                  Cli::tr("ask the agencies for the status of delivered submissions and record "
                          "what they report (case number, officer, arrest, charges, recovery, closure) as follow-ups "
                          "of the case, each once"),
                  cmdOutboxFollowUps};
    c << Command {QStringLiteral("outbox cancel"), QStringLiteral("ID"), Cli::tr("cancel a submission"),
                  cmdOutboxCancel};
}

} // namespace lpdesk
