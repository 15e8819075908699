// Redaction plans as case records: saved (and re-saved) by investigators, rendered into encrypted derivatives (smart:
// the source's codec with only the GOPs that hold a region re-encoded; full: H.264) whose lineage carries the plan,
// its hash, the encoder settings, how it was rendered and the redaction log (every region, reason, time range and
// number of frames affected), recorded in custody. The list of reasons is an admin setting.
#pragma once

#include "cases/DerivativeMaker.h"
#include "common/Result.h"
#include "redact/RedactionPlan.h"
#include "redact/Redactor.h"

#include <QCoreApplication>

namespace lpdesk {

class CaseDatabase;

struct StoredPlan
{
    QString id;
    QString caseId;
    QString mediaId;
    RedactionPlan plan;
    QString sha256;
    QString renderedMediaId;
    QString updatedAt;
};

class RedactionService
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::RedactionService)

public:
    using Progress = std::function<void(int done, int total)>;
    explicit RedactionService(CaseDatabase& db);

    QStringList reasons();
    Status setReasons(const QStringList& reasons); // admin
    Result<RedactionPlan> parse(const QByteArray& json);

    // Saves a new plan, or replaces the draft planId (rendered plans are never changed: saving makes a new one).
    Result<QString> save(const QString& mediaId, const QString& caseId, const RedactionPlan& plan,
                         const QString& planId = {});
    Result<StoredPlan> load(const QString& planId);
    Result<QList<StoredPlan>> plansFor(const QString& mediaId);
    // Where the plan's regions end while the clip goes on (shown before rendering; see RedactionPlan::earlyEndings).
    Result<QList<RegionEnding>> earlyEndings(const QString& mediaId, const RedactionPlan& plan);
    // endingsConfirmed: the investigator saw earlyEndings() and rendered anyway (recorded in the redaction log).
    // mode: smart (only GOPs with a region re-encoded) when the source allows it, or full; the details' "render"
    // says which was used, how many GOPs and frames were re-encoded and copied, and its "summary" one sentence.
    // uncoveredConfirmed: frames where a detector found a face no region covers, shown to the investigator who
    // rendered anyway (recorded with the derivative as "uncovered_detections").
    Result<DerivativeOutcome> render(const QString& planId, const Progress& progress = {},
                                     const std::atomic_bool* cancel = nullptr, bool endingsConfirmed = false,
                                     const QList<int>& uncoveredConfirmed = {},
                                     RedactionMode mode = RedactionMode::Auto);

private:
    CaseDatabase& m_db;
};

} // namespace lpdesk
