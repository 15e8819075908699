// lpdesk-cli: organisation settings — the idle lock's limit (also in the GUI) and how often `outbox run` asks the
// agencies for police follow-up.
#include "Cli.h"

#include "db/CaseDatabase.h"
#include "db/IdleLockPolicy.h"
#include "submit/AgencyStatus.h"

#include <QJsonObject>

namespace lpdesk {

namespace {

// `settings idle-lock [MINUTES]`: shows the organisation's limit, or sets it (admin, 1–60, audited by core).
int cmdSettingsIdleLock(Cli& cli, const CommandArgs& a)
{
    int minutes = 0;
    if (!a.positionals().isEmpty()) {
        bool ok = false;
        minutes = a.positionals().first().toInt(&ok);
        if (!ok)
            return cli.usage(Cli::tr("settings idle-lock takes a whole number of minutes (%1 to %2)")
                                 .arg(IdleLockPolicy::MinMinutes)
                                 .arg(IdleLockPolicy::MaxMinutes));
    }
    LP_CLI_DB(cli, db);
    if (!a.positionals().isEmpty())
        if (Status set = IdleLockPolicy::setOrganisationMinutes(db, minutes); !set)
            return cli.fail(set.error());
    const int limit = IdleLockPolicy::organisationMinutes(db);
    if (cli.json())
        cli.printJson(
            QJsonObject {{QLatin1String("id"), QStringLiteral("idle-lock")}, {QLatin1String("minutes"), limit}});
    else
        cli.out(Cli::tr("Workstations lock after %n minute(s) without input", nullptr, limit));
    return ExitOk;
}

// `settings followup-check [HOURS]`: shows or sets (admin, 0–720, audited by core) how long a delivered submission's
// agency status stays fresh before `outbox run` asks again.
int cmdSettingsFollowUpCheck(Cli& cli, const CommandArgs& a)
{
    int hours = 0;
    if (!a.positionals().isEmpty()) {
        bool ok = false;
        hours = a.positionals().first().toInt(&ok);
        if (!ok)
            return cli.usage(Cli::tr("settings followup-check takes a whole number of hours (0 to %1)")
                                 .arg(AgencyStatus::MaxCheckHours));
    }
    LP_CLI_DB(cli, db);
    if (!a.positionals().isEmpty())
        if (Status set = AgencyStatus::setCheckIntervalHours(db, hours); !set)
            return cli.fail(set.error());
    const int interval = AgencyStatus::checkIntervalHours(db);
    if (cli.json())
        cli.printJson(
            QJsonObject {{QLatin1String("id"), QStringLiteral("followup-check")}, {QLatin1String("hours"), interval}});
    else if (interval == 0)
        cli.out(Cli::tr("outbox run asks the agencies for follow-up every time"));
    else
        cli.out(Cli::tr("outbox run asks the agencies for follow-up when the last answer is over %n hour(s) old",
                        nullptr, interval));
    return ExitOk;
}

} // namespace

void registerSettingsCommands(QList<Command>& c)
{
    c << Command {QStringLiteral("settings idle-lock"), QStringLiteral("[MINUTES]"),
                  Cli::tr("how long a workstation may be left without input before it locks itself (admin: MINUTES "
                          "sets the organisation's limit, %1 to %2; a person may only choose shorter)")
                      .arg(IdleLockPolicy::MinMinutes)
                      .arg(IdleLockPolicy::MaxMinutes),
                  cmdSettingsIdleLock};
    c << Command {QStringLiteral("settings followup-check"), QStringLiteral("[HOURS]"),
                  Cli::tr("how long the agency's status of a delivered submission stays fresh before outbox run asks "
                          "again for police follow-up (admin: HOURS sets it, 0 to %1; 0 asks every run; default %2)")
                      .arg(AgencyStatus::MaxCheckHours)
                      .arg(AgencyStatus::DefaultCheckHours),
                  cmdSettingsFollowUpCheck};
}

} // namespace lpdesk
