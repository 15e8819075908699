// Writes the sealed package of an approved, unchanged release: evidence decrypted straight from the encrypted
// store into a ZIP64 (optionally WinZip AES-256 with a password that is never stored), the documents, the signed
// manifest and SHA256SUMS. The package is written to FILE.part, flushed to the device, dropped from the page cache
// and read back completely through the offline verifier before it is renamed into place — a bad USB stick does
// not pass silently. Refuses to start when the target lacks space or exists.
#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"
#include "export/NibrsReport.h"
#include "export/PackageVerifier.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

namespace lpdesk {

class CaseDatabase;
struct Release;
struct VerifiedApproval;

struct ExportOptions
{
    QString outPath;
    const SecureBytes* password = nullptr; // WinZip AES-256 entries when set
    // The password was typed, not generated: only the legal reviewer who approved the release may choose it (the
    // role table's DecideRelease and the approval's signer); anyone else's export gets a generated one.
    bool passwordChosen = false;
    std::function<void(qint64 done, qint64 total, const QString& stage)> progress;
    const std::atomic_bool* cancel = nullptr;
    bool recordExport = true; // false for a submission's package: the release becomes "submitted" on delivery
};

struct ExportResult
{
    QString path;
    QString packageId;
    QString manifestSha256;
    qint64 size = 0;
    int files = 0;
    PackageVerification verification;
    QJsonObject incident; // the NIBRS-shaped incident written as incident/nibrs.json
    QList<NibrsDocument> nibrs; // the NIBRS Group A reports (incident/nibrs.xml …) or why each was not written
};

class PackageBuilder
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::PackageBuilder)

public:
    explicit PackageBuilder(CaseDatabase& db);
    Result<ExportResult> exportRelease(const QString& releaseId, const ExportOptions& options);
    // What the package will need on disk (evidence plus a margin for the documents).
    Result<qint64> estimateSize(const QString& releaseId);

private:
    struct Writing;
    // The steps of exportRelease(), in the order the package is written.
    Status checkExport(const QString& releaseId, const Release& release, const VerifiedApproval& approval,
                       const ExportOptions& options);
    Status writeEvidence(Writing& wr);
    Status addDocument(Writing& wr, const QString& path, const QString& role, const QString& type,
                       const QString& description, const QByteArray& bytes, const QString& exhibit = {});
    Status writeReleasedDocuments(Writing& wr, ExportResult& result);
    Status writeCustodyAndApproval(Writing& wr, const VerifiedApproval& approval);
    Status writeAnchor(Writing& wr);
    Status writeReport(Writing& wr);
    Result<QByteArray> seal(Writing& wr);
    Result<PackageVerification> verifyWritten(const Writing& wr, const QString& partPath, qint64 size);
    CaseDatabase& m_db;
};

} // namespace lpdesk
