// lpdesk-cli: the global audit log (show, export as PDF, verify). Registered by registerDatabaseCommands, after the
// database, user and key commands (CommandsDatabase.cpp).
#include "Cli.h"

#include "common/Time.h"
#include "custody/ChainReader.h"
#include "db/CaseDatabase.h"
#include "report/AuditLogReport.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lpdesk {

namespace {

QJsonObject eventJson(const ChainEvent& e)
{
    return QJsonObject {{QLatin1String("id"), QString::number(e.seq)},
                        {QLatin1String("seq"), e.seq},
                        {QLatin1String("at"), e.at},
                        {QLatin1String("actor"), e.actor},
                        {QLatin1String("action"), e.action},
                        {QLatin1String("details"), e.details},
                        {QLatin1String("hash"), e.hash}};
}

int cmdAuditShow(Cli& cli, const CommandArgs& a)
{
    QDateTime since;
    if (a.has(QStringLiteral("since"))) {
        since = parseRfc3339(a.value(QStringLiteral("since")));
        if (!since.isValid()) {
            const QDate d = QDate::fromString(a.value(QStringLiteral("since")), Qt::ISODate);
            if (!d.isValid())
                return cli.usage(Cli::tr("--since takes a date (2026-03-14) or an RFC 3339 time"));
            since = QDateTime(d, QTime(0, 0), QTimeZone::utc());
        }
    }
    LP_CLI_DB(cli, db);
    auto events = ChainReader(db).auditEvents();
    if (!events)
        return cli.fail(events.error());
    const int limit = a.value(QStringLiteral("limit"), QStringLiteral("0")).toInt();
    QList<ChainEvent> shown;
    for (const ChainEvent& e : *events)
        if (!since.isValid() || parseRfc3339(e.at) >= since)
            shown << e;
    if (limit > 0 && shown.size() > limit)
        shown = shown.mid(shown.size() - limit);
    return cli.printRows(shown, eventJson, [&cli](const ChainEvent& e) {
        cli.out(QStringLiteral("%1  %2  %3  %4  %5")
                    .arg(e.seq, 6)
                    .arg(e.at, e.actor.leftJustified(14), e.action.leftJustified(22),
                         QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact))));
    });
}

QDateTime parseWhen(const QString& text)
{
    QDateTime t = parseRfc3339(text);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (d.isValid())
            t = QDateTime(d, QTime(0, 0), QTimeZone::utc());
    }
    return t;
}

int cmdAuditExport(Cli& cli, const CommandArgs& a)
{
    if (a.value(QStringLiteral("format"), QStringLiteral("pdf")) != QLatin1String("pdf"))
        return cli.usage(Cli::tr("--format must be pdf"));
    AuditFilter filter;
    filter.user = a.value(QStringLiteral("actor"));
    filter.action = a.value(QStringLiteral("action"));
    filter.text = a.value(QStringLiteral("text"));
    for (const char* flag : {"since", "until"}) {
        const QString name = QString::fromLatin1(flag);
        if (!a.has(name))
            continue;
        const QDateTime t = parseWhen(a.value(name));
        if (!t.isValid())
            return cli.usage(Cli::tr("--%1 takes a date (2026-03-14) or an RFC 3339 time").arg(name));
        (name == QLatin1String("since") ? filter.since : filter.until) = t;
    }
    LP_CLI_DB(cli, db);
    auto written = AuditLogReport::writePdf(db, filter, a.positionals().first());
    if (!written)
        return cli.fail(written.error());
    cli.progress(Cli::tr("%1 audit event(s) written to %2").arg(*written).arg(a.positionals().first()));
    return ExitOk;
}

int cmdAuditVerify(Cli& cli, const CommandArgs&)
{
    LP_CLI_DB(cli, db);
    auto report = ChainReader(db).verifyAudit();
    if (!report)
        return cli.fail(report.error());
    QStringList problems;
    for (const ChainProblem& p : report->chain.problems)
        problems << Cli::tr("audit event %1: %2").arg(p.seq).arg(p.what);
    problems << report->anchorProblems;
    if (cli.json())
        cli.printJson(QJsonObject {{QLatin1String("id"), QStringLiteral("audit")},
                                   {QLatin1String("ok"), problems.isEmpty()},
                                   {QLatin1String("events"), report->chain.events},
                                   {QLatin1String("head"), report->chain.headHash},
                                   {QLatin1String("problems"), QJsonArray::fromStringList(problems)}});
    else if (problems.isEmpty())
        cli.out(report->chain.summary());
    for (const QString& p : problems)
        cli.err(QStringLiteral("lpdesk-cli: ") + p);
    return problems.isEmpty() ? ExitOk : ExitVerify;
}

} // namespace

void registerDatabaseAuditCommands(QList<Command>& c)
{
    c << Command {QStringLiteral("audit show"), QStringLiteral("[--since T] [--limit N]"),
                  Cli::tr("the global audit log"), cmdAuditShow};
    c << Command {
        QStringLiteral("audit export"),
        QStringLiteral("FILE.pdf [--format pdf] [--actor NAME] [--action A] [--since T] [--until T] [--text S]"),
        Cli::tr("the audit log (filtered) as a PDF in words, with the chain's status and "
                "head hash"),
        cmdAuditExport, true};
    c << Command {QStringLiteral("audit verify"), QString(), Cli::tr("verify the audit chain; exit 4 on any break"),
                  cmdAuditVerify};
}

} // namespace lpdesk
