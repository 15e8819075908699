#include "auth/Permissions.h"

#include <QCoreApplication>
#include <QStringList>

namespace lpdesk {

namespace {

constexpr Role I = Role::Investigator;
constexpr Role L = Role::Legal;
constexpr Role A = Role::Admin;
constexpr Role U = Role::Auditor;

} // namespace

// The table. Changing a row changes core, GUI, CLI and the permission-matrix test together; README and
// `lpdesk-cli permissions` show it.
const QList<PermissionRule>& Permissions::table()
{
    static const QList<PermissionRule> rules {
        {Action::UseOwnAccount, "use-own-account", {I, L, A, U}},
        {Action::ReadPublicKeys, "read-public-keys", {I, L, A, U}},
        {Action::ReadSettings, "read-settings", {I, L, A, U}},
        {Action::ChangeSettings, "change-settings", {A}},
        {Action::ListUsers, "list-users", {A, U}},
        {Action::ManageUsers, "manage-users", {A}},
        {Action::RotateKeys, "rotate-keys", {A}},
        {Action::BackupDatabase, "back-up-database", {A}},
        {Action::CheckDatabase, "check-database", {A, U}},
        {Action::ReadAudit, "read-audit", {A, U}},
        {Action::SeeStores, "see-stores", {I, L, A, U}},
        {Action::ManageStores, "manage-stores", {A}},
        {Action::PullStores, "pull-stores", {I, A}},
        {Action::ReadQuarantine, "read-quarantine", {I, A, U}},
        {Action::ReadIncidents, "read-incidents", {I, L}},
        {Action::ReadCases, "read-cases", {I, L}},
        {Action::ChangeCases, "change-cases", {I}},
        {Action::ViewEvidence, "view-evidence", {I, L}},
        {Action::WorkOnEvidence, "work-on-evidence", {I}},
        {Action::ReadCustody, "read-custody", {I, L, U}},
        {Action::ReadStatements, "read-statements", {I, L}},
        {Action::RecordStatements, "record-statements", {I}},
        {Action::ReadPos, "read-pos", {I, L}},
        {Action::ImportPos, "import-pos", {I, A}},
        {Action::LinkPos, "link-pos", {I}},
        {Action::SeeReleases, "see-releases", {I, L, U}},
        {Action::RequestRelease, "request-release", {I}},
        {Action::DecideRelease, "decide-release", {L}},
        {Action::ExportPackage, "export-package", {I, L}},
        {Action::SeeAgencies, "see-agencies", {I, L, A, U}},
        {Action::ManageAgencies, "manage-agencies", {A}},
        {Action::UseAgencyCredentials, "use-agency-credentials", {I, L, A}},
        {Action::TestAgencies, "test-agencies", {I, L, A}},
        {Action::SeeOutbox, "see-outbox", {I, L, A, U}},
        {Action::SubmitRelease, "submit-release", {I, L}},
        {Action::ImportEvidence, "import-evidence", {I, A}},
        {Action::FindRedactions, "find-redactions", {I}},
        {Action::ReadPoliceRequests, "read-police-requests", {I, L, U}},
        {Action::RecordPoliceRequests, "record-police-requests", {I, L}},
        {Action::SignExigentDisclosure, "sign-exigent-disclosure", {L}},
        {Action::OpenPoliceDocuments, "open-police-documents", {I, L}},
        {Action::ReadFollowUps, "read-follow-ups", {I, L, U}},
        {Action::RecordFollowUps, "record-follow-ups", {I, L}},
        {Action::ReadKpis, "read-kpis", {I, L, A, U}},
        {Action::ManageChecklists, "manage-checklists", {A}},
        {Action::ManageRegions, "manage-regions", {A}},
        {Action::ReadRetention, "read-retention", {I, L, A, U}},
        {Action::SetRetention, "set-retention", {A}},
        {Action::ReadHolds, "read-holds", {I, L, A, U}},
        {Action::PlaceHold, "place-hold", {I, L, A}},
        {Action::LiftHold, "lift-hold", {L, A}},
        {Action::PurgeEvidence, "purge-evidence", {A}},
        {Action::ReadSops, "read-procedures", {I, L, A, U}},
        {Action::ManageSops, "publish-procedures", {A}},
        {Action::ReadRequestTemplates, "read-request-templates", {I, L, A, U}},
        {Action::ManageRequestTemplates, "publish-request-templates", {A}},
    };
    return rules;
}

const QList<Role>& Permissions::allRoles()
{
    static const QList<Role> roles {Role::Admin, Role::Investigator, Role::Legal, Role::Auditor};
    return roles;
}

namespace {

const PermissionRule* ruleFor(Action action)
{
    for (const PermissionRule& r : Permissions::table())
        if (r.action == action)
            return &r;
    return nullptr;
}

} // namespace

bool Permissions::allows(Role role, Action action)
{
    const PermissionRule* rule = ruleFor(action);
    return rule && rule->roles.contains(role); // an action missing from the table is allowed to no one
}

bool Permissions::allowsEveryone(Action action)
{
    for (Role r : allRoles())
        if (!allows(r, action))
            return false;
    return true;
}

QString Permissions::key(Action action)
{
    const PermissionRule* rule = ruleFor(action);
    return rule ? QString::fromLatin1(rule->key) : QStringLiteral("unknown");
}

QString Permissions::describe(Action action)
{
    switch (action) {
    case Action::UseOwnAccount:
        return QCoreApplication::translate("Permissions", "use their own account");
    case Action::ReadPublicKeys:
        return QCoreApplication::translate("Permissions", "read the public keys");
    case Action::ReadSettings:
        return QCoreApplication::translate("Permissions", "read settings");
    case Action::ChangeSettings:
        return QCoreApplication::translate("Permissions", "change settings");
    case Action::ListUsers:
        return QCoreApplication::translate("Permissions", "list users");
    case Action::ManageUsers:
        return QCoreApplication::translate("Permissions", "add, remove or change users");
    case Action::RotateKeys:
        return QCoreApplication::translate("Permissions", "rotate the master key");
    case Action::BackupDatabase:
        return QCoreApplication::translate("Permissions", "back up the database");
    case Action::CheckDatabase:
        return QCoreApplication::translate("Permissions", "check the database");
    case Action::ReadAudit:
        return QCoreApplication::translate("Permissions", "read the audit log");
    case Action::SeeStores:
        return QCoreApplication::translate("Permissions", "see stores");
    case Action::ManageStores:
        return QCoreApplication::translate("Permissions", "add or remove stores");
    case Action::PullStores:
        return QCoreApplication::translate("Permissions", "pull from stores");
    case Action::ReadQuarantine:
        return QCoreApplication::translate("Permissions", "read the quarantine");
    case Action::ReadIncidents:
        return QCoreApplication::translate("Permissions", "read incidents");
    case Action::ReadCases:
        return QCoreApplication::translate("Permissions", "read cases");
    case Action::ChangeCases:
        return QCoreApplication::translate("Permissions", "change cases");
    case Action::ViewEvidence:
        return QCoreApplication::translate("Permissions", "view evidence");
    case Action::WorkOnEvidence:
        return QCoreApplication::translate("Permissions", "work on evidence (trims, stills, markers, redactions)");
    case Action::ReadCustody:
        return QCoreApplication::translate("Permissions", "read custody");
    case Action::ReadStatements:
        return QCoreApplication::translate("Permissions", "read statements");
    case Action::RecordStatements:
        return QCoreApplication::translate("Permissions", "record statements");
    case Action::ReadPos:
        return QCoreApplication::translate("Permissions", "read POS records");
    case Action::ImportPos:
        return QCoreApplication::translate("Permissions", "import POS journals");
    case Action::LinkPos:
        return QCoreApplication::translate("Permissions", "link POS records");
    case Action::SeeReleases:
        return QCoreApplication::translate("Permissions", "see releases");
    case Action::RequestRelease:
        return QCoreApplication::translate("Permissions", "request a release");
    case Action::DecideRelease:
        return QCoreApplication::translate("Permissions", "approve or reject releases");
    case Action::ExportPackage:
        return QCoreApplication::translate("Permissions", "export packages");
    case Action::SeeAgencies:
        return QCoreApplication::translate("Permissions", "see agencies");
    case Action::ManageAgencies:
        return QCoreApplication::translate("Permissions", "add or remove agencies");
    case Action::UseAgencyCredentials:
        return QCoreApplication::translate("Permissions", "use agency credentials");
    case Action::TestAgencies:
        return QCoreApplication::translate("Permissions", "test agencies");
    case Action::SeeOutbox:
        return QCoreApplication::translate("Permissions", "see the outbox");
    case Action::SubmitRelease:
        return QCoreApplication::translate("Permissions", "submit releases");
    case Action::ImportEvidence:
        return QCoreApplication::translate("Permissions", "import evidence");
    case Action::FindRedactions:
        return QCoreApplication::translate("Permissions", "find faces and people or track regions for redaction");
    case Action::ReadPoliceRequests:
        return QCoreApplication::translate("Permissions", "read police requests");
    case Action::RecordPoliceRequests:
        return QCoreApplication::translate("Permissions", "record police requests");
    case Action::SignExigentDisclosure:
        return QCoreApplication::translate("Permissions", "sign off an exigent disclosure");
    case Action::OpenPoliceDocuments:
        return QCoreApplication::translate("Permissions", "open police documents");
    case Action::ReadFollowUps:
        return QCoreApplication::translate("Permissions", "read police follow-up");
    case Action::RecordFollowUps:
        return QCoreApplication::translate("Permissions", "record police follow-up");
    case Action::ReadKpis:
        return QCoreApplication::translate("Permissions", "read the program KPIs");
    case Action::ManageChecklists:
        return QCoreApplication::translate("Permissions", "change evidence checklists");
    case Action::ManageRegions:
        return QCoreApplication::translate("Permissions", "change store regions");
    case Action::ReadRetention:
        return QCoreApplication::translate("Permissions", "read retention rules");
    case Action::SetRetention:
        return QCoreApplication::translate("Permissions", "set retention periods");
    case Action::ReadHolds:
        return QCoreApplication::translate("Permissions", "read legal holds");
    case Action::PlaceHold:
        return QCoreApplication::translate("Permissions", "place a legal hold");
    case Action::LiftHold:
        return QCoreApplication::translate("Permissions", "lift a legal hold");
    case Action::PurgeEvidence:
        return QCoreApplication::translate("Permissions", "purge expired evidence");
    case Action::ReadSops:
        return QCoreApplication::translate("Permissions", "read the procedures (SOPs)");
    case Action::ManageSops:
        return QCoreApplication::translate("Permissions", "publish procedures (SOPs)");
    case Action::ReadRequestTemplates:
        return QCoreApplication::translate("Permissions", "read police request templates");
    case Action::ManageRequestTemplates:
        return QCoreApplication::translate("Permissions", "publish police request templates");
    }
    return key(action);
}

Status Permissions::require(const Session& session, Action action)
{
    if (allows(session.role, action))
        return {};
    QStringList names;
    if (const PermissionRule* rule = ruleFor(action))
        for (Role r : rule->roles)
            names << roleName(r);
    return makeError(ErrorKind::Permission,
                     QCoreApplication::translate("Permissions", "Permission denied: %1 (%2) may not %3 (allowed: %4).")
                         .arg(session.userName.isEmpty() ? QStringLiteral("?") : session.userName,
                              roleName(session.role), describe(action), names.join(QStringLiteral(", "))));
}

} // namespace lpdesk
