// The rule for HTTPS stores and agencies: the server is checked against a CA pinned in the profile; the system's
// certificate authorities are used only where an administrator chose so explicitly (recorded in the profile, audited
// and shown in every listing), so nobody can redirect pulls or submissions through any publicly trusted certificate.
#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace lpdesk {

class CaseDatabase;

class SystemTrust
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::SystemTrust)

public:
    // Adding a profile: an https one needs a pinned CA or the explicit system-trust choice (a usage error otherwise);
    // both at once is refused too. what names the profile ("store store-017", "agency cpd-19").
    static Status checkChoice(const QString& what, bool https, bool hasPinnedCa, bool systemTrust);
    // Connecting (pull, test, submit, outbox): a profile with neither is refused, whatever the database says.
    static Status checkConnect(const QString& what, bool hasPinnedCa, bool systemTrust);
    // The warning shown whenever the system's CAs are chosen.
    static QString warning(const QString& what);
    // Migration 023 marked https profiles that had no CA as system trust (value 2, "not yet audited") so they keep
    // working; the first login afterwards writes one audit event per profile and sets them to 1.
    static Status auditMigrated(CaseDatabase& db);
};

} // namespace lpdesk
