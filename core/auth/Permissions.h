// The one permission table (role × action). Core services call Permissions::require(session, Action::…) before
// they act or read; the GUI asks Permissions::allows() to enable its actions; lpdesk-cli prints the table
// (`permissions`) and checks a command's action before it runs. Nothing else decides who may do what.
#pragma once

#include "auth/Session.h"

#include <QList>
#include <QString>

namespace lpdesk {

enum class Action {
    UseOwnAccount, // whoami, passwd
    ReadPublicKeys, // recipient key, CA and signing certificates
    ReadSettings,
    ChangeSettings,
    ListUsers,
    ManageUsers,
    RotateKeys,
    BackupDatabase,
    CheckDatabase,
    ReadAudit,
    SeeStores,
    ManageStores,
    PullStores,
    ReadQuarantine,
    ReadIncidents,
    ReadCases,
    ChangeCases,
    ViewEvidence,
    WorkOnEvidence, // trims, stills, markers, redactions
    ReadCustody,
    ReadStatements,
    RecordStatements,
    ReadPos,
    ImportPos,
    LinkPos,
    SeeReleases,
    RequestRelease,
    DecideRelease,
    ExportPackage,
    SeeAgencies,
    ManageAgencies,
    UseAgencyCredentials,
    TestAgencies,
    SeeOutbox,
    SubmitRelease,
    ImportEvidence,
    FindRedactions,
    ReadPoliceRequests,
    RecordPoliceRequests,
    SignExigentDisclosure,
    OpenPoliceDocuments,
    ReadFollowUps,
    RecordFollowUps,
    ReadKpis,
    ManageChecklists,
    ManageRegions,
    ReadRetention,
    SetRetention,
    ReadHolds,
    PlaceHold,
    LiftHold,
    PurgeEvidence,
    ReadSops,
    ManageSops,
    ReadRequestTemplates,
    ManageRequestTemplates,
    RebuildKpiRollups, // maintenance: recompute the KPI rollups from the records (`kpi rebuild`)
};

struct PermissionRule
{
    Action action;
    const char* key; // stable name: "read-custody"
    QList<Role> roles;
};

class Permissions
{
public:
    static const QList<PermissionRule>& table();
    static const QList<Role>& allRoles();
    static bool allows(Role role, Action action);
    static bool allowsEveryone(Action action);
    static QString key(Action action);
    static QString describe(Action action); // translated, for messages: "read custody"
    // Permission error naming the user, the action and the roles that may do it.
    static Status require(const Session& session, Action action);
};

} // namespace lpdesk
