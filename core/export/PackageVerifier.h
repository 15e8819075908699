// Offline verification of a sealed package, with no case database: the archive's structure (hostile archives are
// refused without writing anything), the manifest's CMS signature against a trusted CA, every file's size and
// SHA-256 against the manifest and SHA256SUMS, manifest coverage (nothing missing, nothing extra), the files legal
// approved (approval.json lists them: each there with its SHA-256, nothing else but documents made at export), and the
// custody chain (hashes and signed checkpoints) up to the head the manifest names. Every problem is listed.
#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <atomic>
#include <functional>

namespace lpdesk {

struct ApprovalTime;
struct RevokedCertificate;

struct PackageVerification
{
    QString path;
    QString packageId;
    QString caseReference;
    QString signer;
    QString signerFingerprint;
    int files = 0;
    qint64 bytes = 0;
    int custodyEvents = 0;
    bool encrypted = false;
    QString timestampedAt; // RFC 3161 genTime, when the package carries a verified token
    QString timestampAuthority;
    QStringList problems;
    QStringList notes; // in words, naming no program's options
    // What the person verifying could bring for a stronger verdict: "ca" (the CA certificate the sender gave),
    // "tsa-ca" (the time-stamp authority's certificate). Each program says how (an option, a field).
    QStringList wanted;
    bool ok() const { return problems.isEmpty(); }
    QJsonObject toJson() const;
};

class PackageVerifier
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::PackageVerifier)

public:
    static constexpr qint64 MaxManifestBytes = 32 * 1024 * 1024;
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // newerCrlPem: a revocation list the organisation published after the package (checked with the package's own
    // crl.pem; both must be signed by the CA).
    // trustedCaPem empty: the CA inside the package is used, and a note says that this proves integrity only.
    // Errors are returned only when the file cannot be read at all or a password is needed / wrong; everything
    // else ends up in problems.
    static Result<PackageVerification> verify(const QString& path, const QByteArray& trustedCaPem,
                                              const SecureBytes* password = nullptr, const Progress& progress = {},
                                              const std::atomic_bool* cancel = nullptr,
                                              const QByteArray& trustedTsaCaPem = {},
                                              const QByteArray& newerCrlPem = {});

private:
    struct Reading;
    // The steps of verify(), in order: read the entries, the manifest's signature, legal's approval (and the
    // reviewer's certificate against the revocation lists at the approval's time), the anchor, the manifest, its
    // time-stamp, its signer against the revocation lists, its coverage, SHA256SUMS and the custody chain.
    static Status readEntries(Reading& r, const Progress& progress, const std::atomic_bool* cancel);
    static bool verifyManifestSignature(Reading& r, const QByteArray& trustedCaPem);
    static void verifyApproval(Reading& r);
    static void verifyApprovalRevocation(Reading& r, const QByteArray& reviewerPem,
                                         const QList<RevokedCertificate>& revoked);
    static ApprovalTime approvalTime(Reading& r);
    static void verifyAnchor(Reading& r);
    static bool readManifest(Reading& r);
    static void verifyManifestTimeStamp(Reading& r);
    static void verifySignerRevocation(Reading& r);
    static void verifyCoverage(Reading& r);
    static void verifyApprovedFiles(Reading& r);
    static void verifySha256Sums(Reading& r);
    static void verifyCustody(Reading& r);
};

} // namespace lpdesk
