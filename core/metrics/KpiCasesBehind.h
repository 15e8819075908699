// The cases behind one KPI figure (the dashboard's drill-down, `lpdesk-cli kpi cases`): for a filter, a KPI and
// optionally one group of the filter's grouping, the cases the figure is computed over (for the repeat rate, the
// repeat incidents), each with what it brings to the figure — its time to report, the checklist items it misses,
// whether it was followed up or closed. Read from the rollups KpiReporter::compute reads, with the same checklist,
// so a list and the figure it explains always agree.
#pragma once

#include "common/Result.h"
#include "metrics/KpiReport.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace lpdesk {

class CaseDatabase;

struct KpiCaseLine
{
    QString caseId; // repeat: the (lowest) case holding the incident, empty when none does
    QString incidentId; // the case's earliest incident; repeat: the incident that repeats an earlier one
    QString store;
    QDate day; // store-local date of that incident
    QString type;
    QString group; // its group under the filter's grouping (empty without one)
    // In the figure's numerator: at or above the p90 (mttr_p90), complete, followed up within 30 days, closed, a
    // repeat; every line for `cases` and `mttr`.
    bool counted = false;
    std::optional<double> seconds; // mttr, mttr_p90: detected → reported
    QStringList missing; // completeness: the checklist items the case lacks (clip, pos, statement, suspect)
    QJsonObject toJson() const;
};

struct KpiCaseList
{
    QString kpi;
    QString group;
    qint64 counted = 0; // lines counted
    qint64 population = 0; // what the rate is over: cases, reported cases, or incidents (repeat)
    std::optional<double> value; // the figure: a rate (0..1) or seconds (mttr median, mttr_p90); none when empty
    QList<KpiCaseLine> lines; // in order of detection (then id)
    QJsonObject toJson() const;
};

class KpiCasesBehind
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::KpiCasesBehind)

public:
    // cases, mttr, mttr_p90, completeness, followup, closure, repeat
    static QStringList kpis();

    // The store-local dates of a period key as KpiReporter::periodKey writes it (2026-03-14, 2026-W11, 2026-03,
    // 2026-Q1); false for anything else.
    static bool periodDates(const QString& key, QDate* from, QDate* to);

    explicit KpiCasesBehind(CaseDatabase& db);

    // Those who may read the KPIs. `group` is a key of filter.by's rows ("2026-03", "store-001"…); empty: the whole
    // filter. A group no case falls in gives an empty list.
    Result<KpiCaseList> list(const KpiFilter& filter, const QString& kpi, const QString& group = {});

private:
    CaseDatabase& m_db;
};

} // namespace lpdesk
