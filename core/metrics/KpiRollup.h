// The KPI rollups (migration 028): per incident, per store and store-local day, and per case, what the dashboard
// counts, so that a refresh reads a few thousand rows instead of every incident and case of its period. Triggers
// mark what a write touches (kpi_dirty); flush() turns the marks into rollup rows inside the same transaction
// (Transaction's before-commit hook, installed here). `db check` recomputes every rollup and names what differs.
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace lpdesk {

class CaseDatabase;

class KpiRollup
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::KpiRollup)

public:
    // Makes every Transaction::commit() flush first (idempotent; KpiReporter's constructor and the front-ends call it).
    static void install();
    // The marked incidents and cases into the rollups, in the caller's transaction. A database without the rollup
    // tables (older than migration 028, opened by a migration test) has nothing to do.
    static Status flush(QSqlDatabase& db);
    // Whether writes left marks not yet turned into rollups.
    static Result<bool> pending(QSqlDatabase& db);
    // Marks left by writes outside a Transaction (a plain statement, the sqlcipher tool) turned into rollups in a
    // transaction of their own, before a KPI read.
    static Status flushPending(QSqlDatabase& db);
    // Every rollup recomputed from the records, in the caller's transaction.
    static Status rebuildIn(QSqlDatabase& db);
    // The same as an administrator's act (`kpi rebuild`): own transaction, audited `kpi_rollups_rebuilt` with the
    // differences it put right. Returns those differences.
    static Result<QStringList> rebuild(CaseDatabase& db);
    // Each rollup that differs from a recomputation from the records, by table and row (for `db check`): someone
    // wrote a rollup with the database key. Marks are flushed first in a savepoint that is rolled back.
    static QStringList differences(QSqlDatabase& db);
    // Makes `db`'s own check() name the differences (CaseDatabase::addCheck), as SopLibrary::addCheckTo does.
    static void addCheckTo(CaseDatabase& db);
};

} // namespace lpdesk
