// lpdesk-cli: organisation settings an administrator also sets in the GUI — the idle lock's limit.
#include "Cli.h"

#include "db/CaseDatabase.h"
#include "db/IdleLockPolicy.h"

#include <QJsonObject>

namespace lpdesk {

namespace {

// `settings idle-lock [MINUTES]`: shows the organisation's limit, or sets it (admin, 1–60, audited by core).
int cmdSettingsIdleLock(Cli& cli, const QStringList& args)
{
    CommandArgs a;
    if (!cli.parseArgs(args, {}, {}, 0, 1, &a))
        return ExitUsage;
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

} // namespace

void registerSettingsCommands(QList<Command>& c)
{
    c << Command {QStringLiteral("settings idle-lock"), QStringLiteral("[MINUTES]"),
                  Cli::tr("how long a workstation may be left without input before it locks itself (admin: MINUTES "
                          "sets the organisation's limit, %1 to %2; a person may only choose shorter)")
                      .arg(IdleLockPolicy::MinMinutes)
                      .arg(IdleLockPolicy::MaxMinutes),
                  cmdSettingsIdleLock};
}

} // namespace lpdesk
