// The program KPIs loss-prevention leadership reports on, computed from the case database per store, region and
// period (the incident's store-local date): time to report (MTTR), evidence completeness, police follow-up rate,
// case closure, repeat incidents and outcomes. One definition serves the CLI (`kpi --json`), the dashboard and the
// known-answer tests; the definitions are written out in docs/ARCHITECTURE.md ("Program KPIs").
#pragma once

#include "common/Result.h"
#include "metrics/SopLibrary.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QStringList>

#include <array>
#include <optional>

namespace lpdesk {

class CaseDatabase;

struct KpiFilter
{
    QDate from; // store-local dates, inclusive; invalid: open
    QDate to;
    QString store;
    QString region;
    QString by; // empty, day, week, month, quarter, store, region
};

// The loss the cases' linked POS transactions record, in one currency: amounts in different currencies are never
// added together. A transaction's loss is the money or goods it let go (see docs/ARCHITECTURE.md, "Program KPIs").
struct KpiLoss
{
    QString currency; // ISO 4217 code as the journal gave it; empty when it named none
    int exponent = 2; // the currency's minor unit (Currency::exponentOf): total and median are in 10^-exponent
    qint64 total = 0; // every linked transaction counted once, however many cases it is linked to
    qint64 median = 0; // per case with a loss in this currency: the middle one (mean of the middle two, half to even)
    qint64 cases = 0;
    qint64 transactions = 0;
    QJsonObject toJson() const;
};

struct KpiFigures
{
    QString key; // the group ("2026-03", "store-001"…), empty for the whole
    qint64 incidents = 0;
    qint64 cases = 0;
    qint64 reported = 0; // cases with a package exported or a submission delivered
    qint64 closed = 0;
    qint64 complete = 0; // reported cases whose evidence checklist is complete
    qint64 followedUp = 0; // reported cases with police follow-up within 30 days of the report
    qint64 repeats30 = 0;
    qint64 repeats90 = 0;
    std::optional<double> mttrMedian, mttrP90; // seconds, detected → reported
    std::optional<double> toCaseMedian, toDecisionMedian, toCloseMedian;
    std::optional<double> evidenceCompleteness, followupRate, closureRate, repeatRate, repeatRate90;
    QMap<QString, qint64> outcomes; // follow-up kind → count
    double recoveredValue = 0;
    QList<KpiLoss> loss; // per currency, by code
    QMap<QString, qint64> byType, byTrigger;
    // Store id → the period's incidents that repeat one of the same type at that store within 30 days (repeats30).
    QMap<QString, qint64> repeatsByStore;
    // The stores with repeat incidents, most repeats first (ties by store id); at most `limit`.
    QList<QPair<QString, qint64>> topRepeatStores(int limit = 10) const;
    std::array<std::array<qint64, 24>, 7> heat {}; // [weekday 0 = Monday][local hour]
    QStringList caseIds; // the cases behind the figures, for drill-down
    QJsonObject toJson(bool withDetail = true) const;
};

struct KpiReport
{
    KpiFigures overall;
    QList<KpiFigures> rows; // with KpiFilter::by
    QString by;
    QJsonObject toJson() const;
};

// What a complete case holds, ticked off as evidence arrives (the same definitions as the KPI's completeness).
struct CaseChecklist
{
    struct Item
    {
        QString item; // clip, pos, statement, suspect
        bool needed = true; // pos: only when an incident names a register
        bool done = false;
    };
    QString type; // the incident type whose checklist applies (the case's earliest incident)
    QList<Item> items;
    bool complete = false;
    // The procedure (SOP) for the type that was in force when the case was opened, and the one in force now when
    // that is another version; a procedure that fails its checks is not shown, procedureProblem says why.
    QString openedAt;
    std::optional<Sop> procedure;
    std::optional<Sop> newerProcedure;
    QString procedureProblem;
    QJsonObject toJson() const;
};

class KpiReporter
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::KpiReporter)

public:
    static constexpr qint64 FollowUpWindowDays = 30;
    static QStringList groupings();
    static QStringList checklistItems(); // clip, pos, statement, suspect
    static QString periodKey(const QDate& localDate, const QString& by);

    explicit KpiReporter(CaseDatabase& db);

    // From the rollups (migration 028, KpiRollup): investigator, legal, admin, auditor (figures only). Marks left by
    // writes outside a Transaction (the sqlcipher tool, a plain statement) are turned into rollups first.
    Result<KpiReport> compute(const KpiFilter& filter);
    // The same figures by reading every incident and case of the period: the definition the rollups must equal
    // (the property test, the benchmark's comparison).
    Result<KpiReport> computeByScan(const KpiFilter& filter);
    Status setChecklist(const QString& type, const QStringList& items); // admin
    Result<QMap<QString, QStringList>> checklists();
    Status setRegion(const QString& storeId, const QString& region); // admin
    Result<QStringList> regions(); // the regions stores are in, sorted (those who may read the figures)
    Result<CaseChecklist> caseChecklist(const QString& caseId); // investigator, legal

private:
    CaseDatabase& m_db;
};

} // namespace lpdesk
