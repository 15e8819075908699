// Makes derivatives from evidence — trims and stills — and records each one: encrypted at rest, with its
// parent's hash, the exact operation and parameters, the tool and versions, who and when, in the media table,
// the custody chain and the audit log. Originals are never touched.
#pragma once

#include "common/Result.h"
#include "media/Trimmer.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

namespace lpdesk {

class CaseDatabase;

struct DerivativeOutcome
{
    QString mediaId;
    QString sha256;
    QJsonObject details;
};

class DerivativeMaker
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::DerivativeMaker)

public:
    using Progress = std::function<void(int done, int total)>;
    explicit DerivativeMaker(CaseDatabase& db);

    // caseId may be empty: then the item's only case is used, or none if it is in no case.
    Result<DerivativeOutcome> trim(const QString& mediaId, const TrimRequest& request, const QString& caseId,
                                   const Progress& progress = {}, const std::atomic_bool* cancel = nullptr);
    // A still of the frame shown at `seconds`, kept encrypted as a derivative; when outPng is given the PNG is also
    // exported there (on purpose, recorded as an export in custody).
    Result<DerivativeOutcome> frame(const QString& mediaId, double seconds, const QString& caseId,
                                    const QString& outPng);

    // Stores bytes as an encrypted derivative and records it (used by trims, stills and redactions).
    Result<DerivativeOutcome> store(const QString& parentId, const QString& caseId, const QString& operation,
                                    const QString& custodyAction, const QByteArray& bytes, QJsonObject parameters,
                                    bool probe);
    Result<QString> resolveCase(const QString& mediaId, const QString& caseId);
    static QString toolDescription();

private:
    CaseDatabase& m_db;
};

} // namespace lpdesk
