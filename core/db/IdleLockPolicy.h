// How long a workstation may be left alone before it locks itself: an organisation-wide limit the administrator
// sets (1 to 60 minutes, 15 unless set), which a person at the workstation may shorten for themselves, never
// lengthen.
#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace lpdesk {

class CaseDatabase;

class IdleLockPolicy
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::IdleLockPolicy)

public:
    static constexpr int DefaultMinutes = 15;
    static constexpr int MinMinutes = 1;
    static constexpr int MaxMinutes = 60;

    // The organisation's limit (setting "idle_lock_minutes"); a missing or damaged value reads as the default.
    static int organisationMinutes(CaseDatabase& db);
    // Admin (change-settings): audited as every setting change is. Outside 1–60 is refused.
    static Status setOrganisationMinutes(CaseDatabase& db, int minutes);
    // The limit that applies: the person's own choice when it is shorter, else the organisation's. personal <= 0
    // means they chose nothing.
    static int effectiveMinutes(int organisation, int personal);

    enum class LockReason { Manual, Idle };
    // The audit event of a session locked (File → Lock / Ctrl+L, or the idle lock after `idleMinutes`), written
    // while the database is still open: "session_locked" with reason "manual" or "idle" and, for the idle lock, the
    // limit in minutes. Any role.
    static Status recordLock(CaseDatabase& db, LockReason reason, int idleMinutes);
};

} // namespace lpdesk
