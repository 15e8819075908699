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
        {Action::RebuildKpiRollups, "rebuild-kpi-rollups", {A}},
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

// What each action is called in messages ("… may not read custody"), one row per action. TestPermissionMatrix checks
// that every action of the table has its words here (no switch to warn about a missing one).
struct ActionDescription
{
    Action action;
    const char* text;
};

const ActionDescription ActionDescriptions[] = {
    {Action::UseOwnAccount, QT_TRANSLATE_NOOP("Permissions", "use their own account")},
    {Action::ReadPublicKeys, QT_TRANSLATE_NOOP("Permissions", "read the public keys")},
    {Action::ReadSettings, QT_TRANSLATE_NOOP("Permissions", "read settings")},
    {Action::ChangeSettings, QT_TRANSLATE_NOOP("Permissions", "change settings")},
    {Action::ListUsers, QT_TRANSLATE_NOOP("Permissions", "list users")},
    {Action::ManageUsers, QT_TRANSLATE_NOOP("Permissions", "add, remove or change users")},
    {Action::RotateKeys, QT_TRANSLATE_NOOP("Permissions", "rotate the master key")},
    {Action::BackupDatabase, QT_TRANSLATE_NOOP("Permissions", "back up the database")},
    {Action::CheckDatabase, QT_TRANSLATE_NOOP("Permissions", "check the database")},
    {Action::ReadAudit, QT_TRANSLATE_NOOP("Permissions", "read the audit log")},
    {Action::SeeStores, QT_TRANSLATE_NOOP("Permissions", "see stores")},
    {Action::ManageStores, QT_TRANSLATE_NOOP("Permissions", "add or remove stores")},
    {Action::PullStores, QT_TRANSLATE_NOOP("Permissions", "pull from stores")},
    {Action::ReadQuarantine, QT_TRANSLATE_NOOP("Permissions", "read the quarantine")},
    {Action::ReadIncidents, QT_TRANSLATE_NOOP("Permissions", "read incidents")},
    {Action::ReadCases, QT_TRANSLATE_NOOP("Permissions", "read cases")},
    {Action::ChangeCases, QT_TRANSLATE_NOOP("Permissions", "change cases")},
    {Action::ViewEvidence, QT_TRANSLATE_NOOP("Permissions", "view evidence")},
    {Action::WorkOnEvidence, QT_TRANSLATE_NOOP("Permissions", "work on evidence (trims, stills, markers, redactions)")},
    {Action::ReadCustody, QT_TRANSLATE_NOOP("Permissions", "read custody")},
    {Action::ReadStatements, QT_TRANSLATE_NOOP("Permissions", "read statements")},
    {Action::RecordStatements, QT_TRANSLATE_NOOP("Permissions", "record statements")},
    {Action::ReadPos, QT_TRANSLATE_NOOP("Permissions", "read POS records")},
    {Action::ImportPos, QT_TRANSLATE_NOOP("Permissions", "import POS journals")},
    {Action::LinkPos, QT_TRANSLATE_NOOP("Permissions", "link POS records")},
    {Action::SeeReleases, QT_TRANSLATE_NOOP("Permissions", "see releases")},
    {Action::RequestRelease, QT_TRANSLATE_NOOP("Permissions", "request a release")},
    {Action::DecideRelease, QT_TRANSLATE_NOOP("Permissions", "approve or reject releases")},
    {Action::ExportPackage, QT_TRANSLATE_NOOP("Permissions", "export packages")},
    {Action::SeeAgencies, QT_TRANSLATE_NOOP("Permissions", "see agencies")},
    {Action::ManageAgencies, QT_TRANSLATE_NOOP("Permissions", "add or remove agencies")},
    {Action::UseAgencyCredentials, QT_TRANSLATE_NOOP("Permissions", "use agency credentials")},
    {Action::TestAgencies, QT_TRANSLATE_NOOP("Permissions", "test agencies")},
    {Action::SeeOutbox, QT_TRANSLATE_NOOP("Permissions", "see the outbox")},
    {Action::SubmitRelease, QT_TRANSLATE_NOOP("Permissions", "submit releases")},
    {Action::ImportEvidence, QT_TRANSLATE_NOOP("Permissions", "import evidence")},
    {Action::FindRedactions, QT_TRANSLATE_NOOP("Permissions", "find faces and people or track regions for redaction")},
    {Action::ReadPoliceRequests, QT_TRANSLATE_NOOP("Permissions", "read police requests")},
    {Action::RecordPoliceRequests, QT_TRANSLATE_NOOP("Permissions", "record police requests")},
    {Action::SignExigentDisclosure, QT_TRANSLATE_NOOP("Permissions", "sign off an exigent disclosure")},
    {Action::OpenPoliceDocuments, QT_TRANSLATE_NOOP("Permissions", "open police documents")},
    {Action::ReadFollowUps, QT_TRANSLATE_NOOP("Permissions", "read police follow-up")},
    {Action::RecordFollowUps, QT_TRANSLATE_NOOP("Permissions", "record police follow-up")},
    {Action::ReadKpis, QT_TRANSLATE_NOOP("Permissions", "read the program KPIs")},
    {Action::ManageChecklists, QT_TRANSLATE_NOOP("Permissions", "change evidence checklists")},
    {Action::ManageRegions, QT_TRANSLATE_NOOP("Permissions", "change store regions")},
    {Action::ReadRetention, QT_TRANSLATE_NOOP("Permissions", "read retention rules")},
    {Action::SetRetention, QT_TRANSLATE_NOOP("Permissions", "set retention periods")},
    {Action::ReadHolds, QT_TRANSLATE_NOOP("Permissions", "read legal holds")},
    {Action::PlaceHold, QT_TRANSLATE_NOOP("Permissions", "place a legal hold")},
    {Action::LiftHold, QT_TRANSLATE_NOOP("Permissions", "lift a legal hold")},
    {Action::PurgeEvidence, QT_TRANSLATE_NOOP("Permissions", "purge expired evidence")},
    {Action::ReadSops, QT_TRANSLATE_NOOP("Permissions", "read the procedures (SOPs)")},
    {Action::ManageSops, QT_TRANSLATE_NOOP("Permissions", "publish procedures (SOPs)")},
    {Action::ReadRequestTemplates, QT_TRANSLATE_NOOP("Permissions", "read police request templates")},
    {Action::ManageRequestTemplates, QT_TRANSLATE_NOOP("Permissions", "publish police request templates")},
    {Action::RebuildKpiRollups, QT_TRANSLATE_NOOP("Permissions", "rebuild the KPI rollups")},
};

const char* descriptionOf(Action action)
{
    for (const ActionDescription& d : ActionDescriptions)
        if (d.action == action)
            return d.text;
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
    if (const char* text = descriptionOf(action))
        return QCoreApplication::translate("Permissions", text);
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
