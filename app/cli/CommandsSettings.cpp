// lpdesk-cli: organisation settings — the idle lock's limit (also in the GUI), how often `outbox run` asks the
// agencies for police follow-up, and how long legal has to sign off an exigent disclosure.
#include "Cli.h"

#include "db/CaseDatabase.h"
#include "db/IdleLockPolicy.h"
#include "police/PoliceRequests.h"
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

// An organisation setting counted in hours: `settings NAME [HOURS]` shows it or sets it (admin, in range and audited
// by core's setter).
struct HoursSetting
{
    QString id; // the command's last word and the JSON id
    QString usage; // what to say when HOURS is not a whole number
    int (*get)(CaseDatabase&);
    Status (*set)(CaseDatabase&, int);
    QString (*text)(int hours);
};

int cmdHoursSetting(Cli& cli, const CommandArgs& a, const HoursSetting& setting)
{
    int hours = 0;
    if (!a.positionals().isEmpty()) {
        bool ok = false;
        hours = a.positionals().first().toInt(&ok);
        if (!ok)
            return cli.usage(setting.usage);
    }
    LP_CLI_DB(cli, db);
    if (!a.positionals().isEmpty())
        if (Status set = setting.set(db, hours); !set)
            return cli.fail(set.error());
    const int value = setting.get(db);
    if (cli.json())
        cli.printJson(QJsonObject {{QLatin1String("id"), setting.id}, {QLatin1String("hours"), value}});
    else
        cli.out(setting.text(value));
    return ExitOk;
}

// `settings followup-check [HOURS]`: how long a delivered submission's agency status stays fresh before `outbox run`
// asks again (0–720).
int cmdSettingsFollowUpCheck(Cli& cli, const CommandArgs& a)
{
    return cmdHoursSetting(
        cli, a,
        {QStringLiteral("followup-check"),
         Cli::tr("settings followup-check takes a whole number of hours (0 to %1)").arg(AgencyStatus::MaxCheckHours),
         AgencyStatus::checkIntervalHours, AgencyStatus::setCheckIntervalHours, [](int interval) {
             return interval == 0
                 ? Cli::tr("outbox run asks the agencies for follow-up every time")
                 : Cli::tr("outbox run asks the agencies for follow-up when the last answer is over %n hour(s) old",
                           nullptr, interval);
         }});
}

// `settings exigent-signoff [HOURS]`: how long after an exigent request is received legal's after-the-fact sign-off
// is due (1–720); requests recorded before a change keep their deadline.
int cmdSettingsExigentSignoff(Cli& cli, const CommandArgs& a)
{
    return cmdHoursSetting(cli, a,
                           {QStringLiteral("exigent-signoff"),
                            Cli::tr("settings exigent-signoff takes a whole number of hours (1 to %1)")
                                .arg(PoliceRequests::MaxSignoffHours),
                            PoliceRequests::signoffHours, PoliceRequests::setSignoffHours, [](int hours) {
                                return Cli::tr("Legal signs off an exigent disclosure within %n hour(s) of receiving "
                                               "the request",
                                               nullptr, hours);
                            }});
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
    c << Command {QStringLiteral("settings exigent-signoff"), QStringLiteral("[HOURS]"),
                  Cli::tr("how long after an exigent request is received legal's after-the-fact sign-off is due "
                          "(admin: HOURS sets it for requests recorded from now on, 1 to %1; default %2)")
                      .arg(PoliceRequests::MaxSignoffHours)
                      .arg(PoliceRequests::ExigentSignoffHours),
                  cmdSettingsExigentSignoff};
}

} // namespace lpdesk
