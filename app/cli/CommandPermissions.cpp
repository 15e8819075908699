// lpdesk-cli: the command -> permission map and the `permissions` command that prints the table.
#include "CommandPermissions.h"

#include "Cli.h"

#include <QJsonArray>
#include <QJsonObject>

namespace lpdesk {

const QHash<QString, Action>& CommandPermissions::actions()
{
    static const QHash<QString, Action> map {
        {QStringLiteral("whoami"), Action::UseOwnAccount},
        {QStringLiteral("passwd"), Action::UseOwnAccount},
        {QStringLiteral("my-work"), Action::UseOwnAccount}, // each section follows the table, in core
        {QStringLiteral("user add"), Action::ManageUsers},
        {QStringLiteral("user remove"), Action::ManageUsers},
        {QStringLiteral("user set-role"), Action::ManageUsers},
        {QStringLiteral("user confirm-role"), Action::ManageUsers}, // not by the administrator who granted it
        {QStringLiteral("user list"), Action::ListUsers},
        {QStringLiteral("user policy"), Action::ReadSettings}, // setting it: ManageUsers, checked in core
        {QStringLiteral("key show"), Action::ReadPublicKeys},
        {QStringLiteral("key export-recipient"), Action::ReadPublicKeys},
        {QStringLiteral("key export-ca"), Action::ReadPublicKeys},
        {QStringLiteral("db check"), Action::CheckDatabase},
        {QStringLiteral("db backup"), Action::BackupDatabase},
        {QStringLiteral("db rekey"), Action::RotateKeys},
        {QStringLiteral("db reencrypt"), Action::RotateKeys},
        {QStringLiteral("key export-crl"), Action::ReadPublicKeys},
        {QStringLiteral("key restore-crl"), Action::ManageUsers},
        {QStringLiteral("key confirm-ca"), Action::ManageUsers},
        {QStringLiteral("db anchor"), Action::UseOwnAccount}, // signed with their own key
        {QStringLiteral("audit show"), Action::ReadAudit},
        {QStringLiteral("audit verify"), Action::ReadAudit},
        {QStringLiteral("audit export"), Action::ReadAudit},
        {QStringLiteral("tsa"), Action::ReadSettings}, // setting it: ChangeSettings, checked in core
        {QStringLiteral("redaction reasons"), Action::ReadSettings}, // --set: ChangeSettings, checked in core
        {QStringLiteral("settings idle-lock"), Action::ReadSettings}, // MINUTES: ChangeSettings, checked in core
        {QStringLiteral("store add"), Action::ManageStores},
        {QStringLiteral("store remove"), Action::ManageStores},
        {QStringLiteral("store list"), Action::SeeStores},
        {QStringLiteral("pull"), Action::PullStores},
        {QStringLiteral("quarantine list"), Action::ReadQuarantine},
        {QStringLiteral("incidents list"), Action::ReadIncidents},
        {QStringLiteral("incidents show"), Action::ReadIncidents},
        {QStringLiteral("search"), Action::ReadIncidents},
        {QStringLiteral("case new"), Action::ChangeCases},
        {QStringLiteral("case add-incident"), Action::ChangeCases},
        {QStringLiteral("case remove-incident"), Action::ChangeCases},
        {QStringLiteral("case status"), Action::ChangeCases},
        {QStringLiteral("case assign"), Action::ChangeCases},
        {QStringLiteral("case tags"), Action::ChangeCases},
        {QStringLiteral("case note"), Action::ChangeCases},
        {QStringLiteral("camera offset"), Action::ChangeCases},
        {QStringLiteral("case list"), Action::ReadCases},
        {QStringLiteral("case show"), Action::ReadCases},
        {QStringLiteral("media list"), Action::ViewEvidence},
        {QStringLiteral("media at"), Action::ViewEvidence},
        {QStringLiteral("media export"),
         Action::ExportPackage}, // a plaintext copy leaves the database, as a package does
        {QStringLiteral("trim"), Action::WorkOnEvidence},
        {QStringLiteral("frame"), Action::WorkOnEvidence},
        {QStringLiteral("redact"), Action::WorkOnEvidence},
        {QStringLiteral("custody show"), Action::ReadCustody},
        {QStringLiteral("custody verify"), Action::ReadCustody},
        {QStringLiteral("pos import"), Action::ImportPos},
        {QStringLiteral("pos link"), Action::LinkPos},
        {QStringLiteral("pos nearby"), Action::ReadPos},
        {QStringLiteral("pos list"), Action::ReadPos},
        {QStringLiteral("pos show"), Action::ReadPos},
        {QStringLiteral("statement add"), Action::RecordStatements},
        {QStringLiteral("statement edit"), Action::RecordStatements},
        {QStringLiteral("statement sign"), Action::RecordStatements},
        {QStringLiteral("statement correct"), Action::RecordStatements},
        {QStringLiteral("statement list"), Action::ReadStatements},
        {QStringLiteral("statement show"), Action::ReadStatements},
        {QStringLiteral("release request"), Action::RequestRelease},
        {QStringLiteral("release list"), Action::SeeReleases},
        {QStringLiteral("release show"), Action::SeeReleases},
        {QStringLiteral("release approve"), Action::DecideRelease},
        {QStringLiteral("release reject"), Action::DecideRelease},
        {QStringLiteral("export"), Action::ExportPackage},
        {QStringLiteral("agency add"), Action::ManageAgencies},
        {QStringLiteral("agency remove"), Action::ManageAgencies},
        {QStringLiteral("agency list"), Action::SeeAgencies},
        {QStringLiteral("agency test"), Action::TestAgencies},
        {QStringLiteral("submit"), Action::SubmitRelease},
        {QStringLiteral("outbox run"), Action::SubmitRelease},
        {QStringLiteral("outbox cancel"), Action::SubmitRelease},
        {QStringLiteral("outbox list"), Action::SeeOutbox},
        {QStringLiteral("shell"), Action::UseOwnAccount}, // each command it runs is checked itself
        {QStringLiteral("media import"), Action::ImportEvidence},
        {QStringLiteral("redact suggest"), Action::FindRedactions},
        {QStringLiteral("redact track"), Action::FindRedactions},
        {QStringLiteral("le-request add"), Action::RecordPoliceRequests},
        {QStringLiteral("le-request link"), Action::RecordPoliceRequests},
        {QStringLiteral("le-request attach"), Action::RecordPoliceRequests},
        {QStringLiteral("le-request close"), Action::RecordPoliceRequests},
        {QStringLiteral("le-request sign"), Action::SignExigentDisclosure},
        {QStringLiteral("le-request list"), Action::ReadPoliceRequests},
        {QStringLiteral("le-request show"), Action::ReadPoliceRequests},
        {QStringLiteral("le-request letter"), Action::RecordPoliceRequests},
        {QStringLiteral("le-request template list"), Action::ReadRequestTemplates},
        {QStringLiteral("le-request template history"), Action::ReadRequestTemplates},
        {QStringLiteral("le-request template show"), Action::ReadRequestTemplates},
        {QStringLiteral("le-request template set"), Action::ManageRequestTemplates},
        {QStringLiteral("followup add"), Action::RecordFollowUps},
        {QStringLiteral("followup list"), Action::ReadFollowUps},
        {QStringLiteral("kpi"), Action::ReadKpis},
        {QStringLiteral("kpi checklist"), Action::ManageChecklists},
        {QStringLiteral("case checklist"), Action::ReadCases},
        {QStringLiteral("sop list"), Action::ReadSops},
        {QStringLiteral("sop show"), Action::ReadSops},
        {QStringLiteral("sop history"), Action::ReadSops},
        {QStringLiteral("sop publish"), Action::ManageSops},
        {QStringLiteral("store region"), Action::ManageRegions},
        {QStringLiteral("case hold"), Action::PlaceHold},
        {QStringLiteral("incidents hold"), Action::PlaceHold},
        {QStringLiteral("case unhold"), Action::LiftHold},
        {QStringLiteral("incidents unhold"), Action::LiftHold},
        {QStringLiteral("hold list"), Action::ReadHolds},
        {QStringLiteral("retention show"), Action::ReadRetention},
        {QStringLiteral("retention set"), Action::SetRetention},
        {QStringLiteral("retention purge"), Action::PurgeEvidence},
    };
    return map;
}

const QStringList& CommandPermissions::withoutDatabase()
{
    static const QStringList names {QStringLiteral("init"), QStringLiteral("store-sim"), QStringLiteral("verify"),
                                    QStringLiteral("permissions")};
    return names;
}

namespace {

QJsonArray roleNames(const QList<Role>& roles)
{
    QJsonArray out;
    for (Role r : roles)
        out.append(roleName(r));
    return out;
}

int cmdPermissions(Cli& cli, const QStringList& args)
{
    CommandArgs a;
    if (!cli.parseArgs(args, {}, {}, 0, 0, &a))
        return ExitUsage;
    QList<Command> registered;
    Cli::registerCommands(registered);
    QHash<QString, QStringList> commandsOf;
    QStringList unlisted;
    for (const Command& c : registered) {
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
