// Which entry of the permission table (core/auth/Permissions.h) each lpdesk-cli command needs. Cli::run checks
// it before the command parses its arguments (exit 3), the `permissions` command prints it, `--help` names each
// command's roles from it, and the permission-matrix test runs every command as every role from it. Core services
// check again.
#pragma once

#include "auth/Permissions.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace lpdesk {

struct Command;

class CommandPermissions
{
public:
    static const QHash<QString, Action>& actions(); // command name -> action
    static const QStringList& withoutDatabase(); // commands that open no case database
    // Who may run a command, from the table itself, as help prints it before a command's summary: "(admin,
    // auditor)", "(anyone)", "(no database)"; empty for a command missing from the map.
    static QString whoMayRun(const QString& command);
    static void registerCommand(QList<Command>& commands);
};

} // namespace lpdesk
