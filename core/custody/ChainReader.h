// Reading and verifying the chains of custody and the audit log on behalf of the signed-in user: the
// permission table decides who may (custody: investigators, legal, auditors; audit: admins, auditors).
// CustodyLog and HashChain below it work on a connection and check nothing.
#pragma once

#include "common/Result.h"
#include "custody/CustodyRecorder.h"
#include "custody/HashChain.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace lpdesk {

class CaseDatabase;

struct AuditReport
{
    ChainReport chain;
    QStringList anchorProblems; // the log ends before the last anchored position, ...
    bool ok() const { return chain.ok() && anchorProblems.isEmpty(); }
};

// What the ids in audit events stand for, so the log can name them for a person: cases by number and title,
// evidence by what it is, releases by case and recipient, users by name, incidents by store and time. Read with
// the audit log's permission (admins, auditors), who may not otherwise open cases.
struct AuditNames
{
    struct Case
    {
        QString reference; // LPD-2026-0001
        QString title;
    };
    struct Media
    {
        QString kind; // original, derivative
        QString operation; // trim, redact, frame, ...
        QString camera;
        QString codec;
        QString originalName; // imported exhibits: the file's name as received
        QString caseId; // its case (a derivative's, or the case of an incident it came with); may be empty
    };
    struct Release
    {
        QString caseId;
        QString recipient;
        QString purpose; // usb, agency
    };
    struct Incident
    {
        QString store; // the store's name (its id when it has none)
        QString type;
        QString detectedAt; // UTC, RFC 3339
        QString zone; // the store's time zone
    };
    QHash<QString, Case> cases;
    QHash<QString, Media> media;
    QHash<QString, Release> releases;
    QHash<QString, QString> users; // id -> user name
    QHash<QString, Incident> incidents;
};

class ChainReader
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::ChainReader)

public:
    explicit ChainReader(CaseDatabase& db);

    Result<QList<ChainEvent>> custodyEvents(const QString& chain);
    Result<CustodyReport> verifyCustody(const QString& chain);
    Result<QList<ChainEvent>> auditEvents();
    Result<AuditReport> verifyAudit();
    Result<AuditNames> auditNames(); // admins, auditors

private:
    CaseDatabase& m_db;
};

} // namespace lpdesk
