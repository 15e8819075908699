// lpdesk-cli: the command -> permission map and the `permissions` command that prints the table.
#include "CommandPermissions.h"

#include "Cli.h"

#include <QJsonArray>
#include <QJsonObject>

namespace lpdesk {

namespace {

// Each command and the permission it needs, one row per command.
struct CommandAction
{
    const char* command;
    Action action;
};

const CommandAction CommandActions[] = {
    {"whoami", Action::UseOwnAccount},
    {"passwd", Action::UseOwnAccount},
    {"my-work", Action::UseOwnAccount}, // each section follows the table, in core
    {"user add", Action::ManageUsers},
    {"user remove", Action::ManageUsers},
    {"user set-role", Action::ManageUsers},
    {"user confirm-role", Action::ManageUsers}, // not by the administrator who granted it
    {"user list", Action::ListUsers},
    {"user policy", Action::ReadSettings}, // setting it: ManageUsers, checked in core
    {"key show", Action::ReadPublicKeys},
    {"key export-recipient", Action::ReadPublicKeys},
    {"key export-ca", Action::ReadPublicKeys},
    {"db check", Action::CheckDatabase},
    {"db backup", Action::BackupDatabase},
    {"db rekey", Action::RotateKeys},
    {"db reencrypt", Action::RotateKeys},
    {"key export-crl", Action::ReadPublicKeys},
    {"key restore-crl", Action::ManageUsers},
    {"key confirm-ca", Action::ManageUsers},
    {"db anchor", Action::UseOwnAccount}, // signed with their own key
    {"audit show", Action::ReadAudit},
    {"audit verify", Action::ReadAudit},
    {"audit export", Action::ReadAudit},
    {"tsa", Action::ReadSettings}, // setting it: ChangeSettings, checked in core
    {"redaction reasons", Action::ReadSettings}, // --set: ChangeSettings, checked in core
    {"settings idle-lock", Action::ReadSettings}, // MINUTES: ChangeSettings, checked in core
    {"settings followup-check", Action::ReadSettings}, // HOURS: ChangeSettings, checked in core
    {"settings exigent-signoff", Action::ReadSettings}, // HOURS: ChangeSettings, checked in core
    {"store add", Action::ManageStores},
    {"store list", Action::SeeStores},
    {"store pos-id", Action::SeeStores}, // --add, --remove: ManageStores, checked in core
    {"pull", Action::PullStores},
    {"quarantine list", Action::ReadQuarantine},
    {"incidents list", Action::ReadIncidents},
    {"incidents show", Action::ReadIncidents},
    {"search", Action::ReadIncidents},
    {"case new", Action::ChangeCases},
    {"case add-incident", Action::ChangeCases},
    {"case remove-incident", Action::ChangeCases},
    {"case status", Action::ChangeCases},
    {"case assign", Action::ChangeCases},
    {"case tags", Action::ChangeCases},
    {"case note", Action::ChangeCases},
    {"camera offset", Action::ChangeCases},
    {"case list", Action::ReadCases},
    {"case show", Action::ReadCases},
    {"media list", Action::ViewEvidence},
    {"media at", Action::ViewEvidence},
    {"media export", Action::ExportPackage}, // a plaintext copy leaves the database, as a package does
    {"trim", Action::WorkOnEvidence},
    {"frame", Action::WorkOnEvidence},
    {"redact", Action::WorkOnEvidence},
    {"custody show", Action::ReadCustody},
    {"custody verify", Action::ReadCustody},
    {"pos import", Action::ImportPos},
    {"pos link", Action::LinkPos},
    {"pos nearby", Action::ReadPos},
    {"pos list", Action::ReadPos},
    {"pos show", Action::ReadPos},
    {"statement add", Action::RecordStatements},
    {"statement edit", Action::RecordStatements},
    {"statement sign", Action::RecordStatements},
    {"statement correct", Action::RecordStatements},
    {"statement list", Action::ReadStatements},
    {"statement show", Action::ReadStatements},
    {"release request", Action::RequestRelease},
    {"release list", Action::SeeReleases},
    {"release show", Action::SeeReleases},
    {"release approve", Action::DecideRelease},
    {"release reject", Action::DecideRelease},
    {"export", Action::ExportPackage},
    {"agency add", Action::ManageAgencies},
    {"agency remove", Action::ManageAgencies},
    {"agency list", Action::SeeAgencies},
    {"agency test", Action::TestAgencies},
    {"submit", Action::SubmitRelease},
    {"outbox run", Action::SubmitRelease},
    {"outbox cancel", Action::SubmitRelease},
    {"outbox followups", Action::RecordFollowUps},
    {"outbox list", Action::SeeOutbox},
    {"shell", Action::UseOwnAccount}, // each command it runs is checked itself
    {"media import", Action::ImportEvidence},
    {"redact suggest", Action::FindRedactions},
    {"redact track", Action::FindRedactions},
    {"le-request add", Action::RecordPoliceRequests},
    {"le-request link", Action::RecordPoliceRequests},
    {"le-request attach", Action::RecordPoliceRequests},
    {"le-request close", Action::RecordPoliceRequests},
    {"le-request sign", Action::SignExigentDisclosure},
    {"le-request list", Action::ReadPoliceRequests},
    {"le-request show", Action::ReadPoliceRequests},
    {"le-request letter", Action::RecordPoliceRequests},
    {"le-request template list", Action::ReadRequestTemplates},
    {"le-request template history", Action::ReadRequestTemplates},
    {"le-request template show", Action::ReadRequestTemplates},
    {"le-request template set", Action::ManageRequestTemplates},
    {"followup add", Action::RecordFollowUps},
    {"followup list", Action::ReadFollowUps},
    {"kpi", Action::ReadKpis},
    {"kpi cases", Action::ReadKpis},
    {"kpi checklist", Action::ManageChecklists},
    {"kpi rebuild", Action::RebuildKpiRollups},
    {"case checklist", Action::ReadCases},
    {"sop list", Action::ReadSops},
    {"sop show", Action::ReadSops},
    {"sop history", Action::ReadSops},
    {"sop publish", Action::ManageSops},
    {"store region", Action::ManageRegions},
    {"case hold", Action::PlaceHold},
    {"incidents hold", Action::PlaceHold},
    {"case unhold", Action::LiftHold},
    {"incidents unhold", Action::LiftHold},
    {"hold list", Action::ReadHolds},
    {"retention show", Action::ReadRetention},
    {"retention set", Action::SetRetention},
    {"retention purge", Action::PurgeEvidence},
};

} // namespace

const QHash<QString, Action>& CommandPermissions::actions()
{
    static const QHash<QString, Action> map = [] {
        QHash<QString, Action> m;
        for (const CommandAction& c : CommandActions)
            m.insert(QString::fromLatin1(c.command), c.action);
        return m;
    }();
    return map;
}

const QStringList& CommandPermissions::withoutDatabase()
{
    static const QStringList names {QStringLiteral("init"), QStringLiteral("store-sim"), QStringLiteral("verify"),
                                    QStringLiteral("permissions")};
    return names;
}

QString CommandPermissions::whoMayRun(const QString& command)
{
    if (withoutDatabase().contains(command))
        return Cli::tr("(no database)");
    const auto it = actions().constFind(command);
    if (it == actions().cend())
        return {};
    if (Permissions::allowsEveryone(*it))
        return Cli::tr("(anyone)");
    for (const PermissionRule& rule : Permissions::table()) {
        if (rule.action != *it)
            continue;
        QStringList names;
        for (Role r : rule.roles)
            names << roleName(r);
        return QStringLiteral("(%1)").arg(names.join(QStringLiteral(", ")));
    }
    return {};
}

namespace {

QJsonArray roleNames(const QList<Role>& roles)
{
    QJsonArray out;
    for (Role r : roles)
        out.append(roleName(r));
    return out;
}

int cmdPermissions(Cli& cli, const CommandArgs&)
{
    QList<Command> registered;
    Cli::registerCommands(registered);
    QHash<QString, QStringList> commandsOf;
    QStringList unlisted;
    QStringList unregistered = CommandPermissions::actions().keys() + CommandPermissions::withoutDatabase();
    for (const Command& c : registered) {
        unregistered.removeAll(c.name);
        if (CommandPermissions::withoutDatabase().contains(c.name))
            commandsOf[QStringLiteral("no-database")] << c.name;
        else if (auto it = CommandPermissions::actions().constFind(c.name); it != CommandPermissions::actions().cend())
            commandsOf[Permissions::key(*it)] << c.name;
        else
            unlisted << c.name;
    }
    QJsonArray rows;
    for (const PermissionRule& rule : Permissions::table()) {
        const QString key = QString::fromLatin1(rule.key);
        rows.append(QJsonObject {{QLatin1String("id"), key},
                                 {QLatin1String("description"), Permissions::describe(rule.action)},
                                 {QLatin1String("roles"), roleNames(rule.roles)},
                                 {QLatin1String("commands"), QJsonArray::fromStringList(commandsOf.value(key))}});
    }
    rows.append(QJsonObject {
        {QLatin1String("id"), QStringLiteral("no-database")},
        {QLatin1String("description"), Cli::tr("needs no case database")},
        {QLatin1String("roles"), roleNames(Permissions::allRoles())},
        {QLatin1String("commands"), QJsonArray::fromStringList(commandsOf.value(QStringLiteral("no-database")))}});
    // A command missing from the map runs with core's checks only; the permission-matrix test fails on it.
    rows.append(QJsonObject {{QLatin1String("id"), QStringLiteral("unlisted")},
                             {QLatin1String("description"), Cli::tr("commands missing from the permission map")},
                             {QLatin1String("roles"), QJsonArray()},
                             {QLatin1String("commands"), QJsonArray::fromStringList(unlisted)}});
    // An entry of the map that no command registers does nothing; the command-table test fails on it.
    unregistered.sort();
    rows.append(QJsonObject {{QLatin1String("id"), QStringLiteral("unregistered")},
                             {QLatin1String("description"), Cli::tr("permission-map entries that are no command")},
                             {QLatin1String("roles"), QJsonArray()},
                             {QLatin1String("commands"), QJsonArray::fromStringList(unregistered)}});
    if (cli.json()) {
        cli.printJson(rows);
        return ExitOk;
    }
    for (const QJsonValue& v : rows) {
        const QJsonObject o = v.toObject();
        QStringList roles;
        for (const QJsonValue& r : o.value(QLatin1String("roles")).toArray())
            roles << r.toString();
        QStringList commands;
        for (const QJsonValue& c : o.value(QLatin1String("commands")).toArray())
            commands << c.toString();
        cli.out(QStringLiteral("%1  %2  %3")
                    .arg(o.value(QLatin1String("id")).toString().leftJustified(24),
                         roles.join(QLatin1Char(',')).leftJustified(34), commands.join(QStringLiteral(", "))));
    }
    return ExitOk;
}

} // namespace

void CommandPermissions::registerCommand(QList<Command>& commands)
{
    commands << Command {QStringLiteral("permissions"), QString(),
                         Cli::tr("the permission table: each action, the roles that may do it, its commands"),
                         cmdPermissions};
}

} // namespace lpdesk
