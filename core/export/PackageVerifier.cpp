#include "export/PackageVerifier.h"
#include "export/ReleaseApproval.h"

#include "common/Time.h"
#include "crypto/CmsSignature.h"
#include "crypto/RevocationList.h"
#include "crypto/SigningIdentity.h"
#include "crypto/Timestamp.h"
#include "custody/CustodyRecorder.h"
#include "export/PackageDocuments.h"
#include "zip/ZipArchive.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace lpdesk {

QJsonObject PackageVerification::toJson() const
{
    return QJsonObject {{QLatin1String("path"), path},
                        {QLatin1String("ok"), ok()},
                        {QLatin1String("package_id"), packageId},
                        {QLatin1String("case_reference"), caseReference},
                        {QLatin1String("signer"), signer},
                        {QLatin1String("signer_sha256"), signerFingerprint},
                        {QLatin1String("files"), files},
                        {QLatin1String("bytes"), bytes},
                        {QLatin1String("custody_events"), custodyEvents},
                        {QLatin1String("encrypted"), encrypted},
                        {QLatin1String("timestamp"),
                         timestampedAt.isEmpty()
                             ? QJsonValue()
                             : QJsonValue(QJsonObject {{QLatin1String("time"), timestampedAt},
                                                       {QLatin1String("tsa"), timestampAuthority}})},
                        {QLatin1String("problems"), QJsonArray::fromStringList(problems)},
                        {QLatin1String("notes"), QJsonArray::fromStringList(notes)},
                        {QLatin1String("wanted"), QJsonArray::fromStringList(wanted)}};
}

// What verify() reads from the archive and learns on the way, shared by its steps.
struct PackageVerifier::Reading
{
    Reading(PackageVerification& verification, ZipReader& zip, const QByteArray& trustedTsaCa,
            const QByteArray& newerCrl)
        : v(verification), z(zip), trustedTsaCaPem(trustedTsaCa), newerCrlPem(newerCrl)
    { }
    PackageVerification& v;
    ZipReader& z;
    const QByteArray& trustedTsaCaPem;
    const QByteArray& newerCrlPem;
    QHash<QString, QString> actual; // entry -> SHA-256 of what was read
    QSet<QString> damaged; // entries that could not be read back (CRC, HMAC, truncation): reported once
    QHash<QString, QByteArray> documents; // the package's own small documents
    QByteArray ca; // what the signatures are checked against
    bool manifestSigned = false;
    QByteArray signerPem; // the manifest signer's certificate, when its signature verifies
    QJsonObject manifest;
};

Result<PackageVerification> PackageVerifier::verify(const QString& path, const QByteArray& trustedCaPem,
                                                    const SecureBytes* password, const Progress& progress,
                                                    const std::atomic_bool* cancel, const QByteArray& trustedTsaCaPem,
                                                    const QByteArray& newerCrlPem)
{
    PackageVerification v;
    v.path = path;
    if (!QFileInfo(path).isFile())
        return failure(tr("%1 is not a file.").arg(path));
    auto zip = ZipReader::open(path, password);
    if (!zip) {
        if (zip.error().kind != ErrorKind::Verification)
            return zip.error();
        v.problems << zip.errorMessage();
        return v;
    }
    ZipReader& z = **zip;
    v.encrypted = z.anyEncrypted();
    if (v.encrypted && !password)
        return makeError(ErrorKind::Auth, tr("The package is encrypted: its password is needed."));

    Reading r(v, z, trustedTsaCaPem, newerCrlPem);
    LP_TRY(readEntries(r, progress, cancel));
    if (!verifyManifestSignature(r, trustedCaPem))
        return v;
    verifyApproval(r);
    verifyAnchor(r);
    if (!readManifest(r))
        return v;
    verifyManifestTimeStamp(r);
    verifySignerRevocation(r);
    verifyCoverage(r);
    verifyApprovedFiles(r);
    verifySha256Sums(r);
    verifyCustody(r);
    return v;
}

// Reads every entry once: hashes it, keeps the small documents.
Status PackageVerifier::readEntries(Reading& r, const Progress& progress, const std::atomic_bool* cancel)
{
    PackageVerification& v = r.v;
    const QSet<QString> keep {
        QStringLiteral("manifest.json"), QStringLiteral("manifest.json.p7s"),    QStringLiteral("manifest.json.tsr"),
        QStringLiteral("tsa-ca.pem"),    QStringLiteral("SHA256SUMS"),           QStringLiteral("custody.json"),
        QStringLiteral("org-ca.pem"),    QStringLiteral("approval.json"),        QStringLiteral("approval.json.p7s"),
        QStringLiteral("anchor.json"),   QStringLiteral("anchor.json.p7s"),      QStringLiteral("anchor.json.tsr"),
        QStringLiteral("crl.pem"),       QStringLiteral("approval.json.p7s.tsr")};
    qint64 total = 0, done = 0;
    for (const ZipEntryInfo& e : r.z.entries())
        total += static_cast<qint64>(e.size);
    for (const ZipEntryInfo& e : r.z.entries()) {
        QByteArray* doc = nullptr;
        if (keep.contains(e.name)) {
            if (e.size > static_cast<quint64>(MaxManifestBytes)) {
                v.problems << tr("%1 is %2 bytes, far larger than any package document").arg(e.name).arg(e.size);
                continue;
            }
            doc = &r.documents[e.name];
        }
        auto hash = r.z.read(
            e,
            [&](QByteArrayView chunk) {
                if (doc)
                    doc->append(chunk.data(), chunk.size());
                done += chunk.size();
                if (progress)
                    progress(done, total);
            },
            cancel);
        if (!hash) {
            if (hash.error().kind == ErrorKind::Auth || hash.error().kind == ErrorKind::Cancelled)
                return hash.error();
            v.problems << hash.errorMessage();
            r.damaged.insert(e.name);
            continue;
        }
        r.actual.insert(e.name, *hash);
        v.bytes += static_cast<qint64>(e.size);
    }
    return {};
}

// The manifest and its signature; false when there is no manifest to go on with.
bool PackageVerifier::verifyManifestSignature(Reading& r, const QByteArray& trustedCaPem)
{
    PackageVerification& v = r.v;
    const QByteArray manifestBytes = r.documents.value(QStringLiteral("manifest.json"));
    if (!r.actual.contains(QStringLiteral("manifest.json"))
        || !r.actual.contains(QStringLiteral("manifest.json.p7s"))) {
        v.problems << tr("the package has no manifest.json or no manifest.json.p7s");
        return false;
    }
    r.ca = trustedCaPem;
    if (r.ca.isEmpty()) {
        r.ca = r.documents.value(QStringLiteral("org-ca.pem"));
        v.notes << tr("No trusted CA certificate was given: the signature was checked against org-ca.pem inside "
                      "the package, which proves the package is intact but not who made it. Compare that "
                      "certificate with the one the sender gave you.");
        v.wanted << QStringLiteral("ca");
    }
    auto signature
        = CmsSignature::verifyDetached(r.documents.value(QStringLiteral("manifest.json.p7s")), manifestBytes, r.ca);
    if (!signature)
        v.problems << tr("manifest.json.p7s: %1").arg(signature.errorMessage());
    else {
        v.signer = signature->signerSubject;
        v.signerFingerprint = signature->signerFingerprint;
        r.signerPem = signature->signerCertificatePem;
    }
    r.manifestSigned = static_cast<bool>(signature);
    return true;
}

// Legal's approval: signed by the reviewer's own certificate from the same organisation CA.
void PackageVerifier::verifyApproval(Reading& r)
{
    PackageVerification& v = r.v;
    const auto& documents = r.documents;
    if (!documents.contains(QStringLiteral("approval.json"))
        || !documents.contains(QStringLiteral("approval.json.p7s"))) {
        v.problems << tr("the package carries no signed legal approval (approval.json and approval.json.p7s)");
        return;
    }
    auto approval = CmsSignature::verifyDetached(documents.value(QStringLiteral("approval.json.p7s")),
                                                 documents.value(QStringLiteral("approval.json")), r.ca);
    if (!approval)
        v.problems << tr("approval.json.p7s: %1").arg(approval.errorMessage());
    else if (SigningIdentity::roleOf(approval->signerCertificatePem) != QLatin1String("legal"))
        // Any certificate of the CA verifies the signature: the workstation's, an investigator's. Only one the
        // CA issued for the legal role approves.
        v.problems << tr("approval.json.p7s: signed by %1, whose certificate does not name the legal role")
                          .arg(approval->signerSubject);
    else
        v.notes << tr("Approved by %1 (approval.json, signed).").arg(approval->signerSubject);
    // The organisation CA's revocation list: a reviewer whose certificate was revoked (their account removed)
    // before the approval's time cannot have approved it.
    if (!documents.contains(QStringLiteral("crl.pem"))) {
        v.problems << tr("the package carries no certificate revocation list (crl.pem)");
    } else if (auto revoked = RevocationList::verify(documents.value(QStringLiteral("crl.pem")), r.ca); !revoked) {
        v.problems << tr("crl.pem: %1").arg(revoked.errorMessage());
    } else if (approval) {
        verifyApprovalRevocation(r, approval->signerCertificatePem, *revoked);
    }
}

// The reviewer's certificate against the package's revocation list and a newer one, at the approval's time.
void PackageVerifier::verifyApprovalRevocation(Reading& r, const QByteArray& reviewerPem,
                                               const QList<RevokedCertificate>& revoked)
{
    PackageVerification& v = r.v;
    const ApprovalTime time = approvalTime(r);
    const QString serial = RevocationList::serialOf(reviewerPem);
    // The package's own list was current when it was made, and LP Desk does not export an approval whose
    // reviewer was revoked unless a time-stamp shows it came first: here the signer's clock is no excuse.
    // A revocation after the stamped time leaves the approval standing, and the report says so.
    const auto revokedLater = [&](const QList<RevokedCertificate>& list, const QDateTime& stampedAt) {
        for (const RevokedCertificate& c : list) {
            const QString note = tr("The reviewer's certificate (serial %1) was revoked on %2, after the approval "
                                    "was time-stamped (%3): the approval still holds.")
                                     .arg(serial, toUtcString(c.revokedAt), toUtcString(stampedAt));
            if (c.serial == serial && !v.notes.contains(note))
                v.notes << note; // once when the package's list and a newer one both hold it
        }
    };
    if (const QString problem = ReleaseApproval::revocationProblem(revoked, serial, time); !problem.isEmpty())
        v.problems << tr("approval.json.p7s: %1").arg(problem);
    else if (time.stampedAt.isValid())
        revokedLater(revoked, time.stampedAt);
    int listed = static_cast<int>(revoked.size());
    if (!r.newerCrlPem.isEmpty()) {
        auto newer = RevocationList::verify(r.newerCrlPem, r.ca);
        if (!newer)
            v.problems << tr("the newer revocation list given: %1").arg(newer.errorMessage());
        else {
            listed = static_cast<int>(newer->size());
            // A later revocation of an honest reviewer does not undo what they approved; without a
            // time-stamp only the signer's clock tells when that was.
            ApprovalTime againstNewer = time;
            if (r.trustedTsaCaPem.isEmpty())
                againstNewer.stampedAt = QDateTime();
            if (const QString problem = ReleaseApproval::revocationProblem(*newer, serial, againstNewer, true);
                !problem.isEmpty())
                v.problems << tr("approval.json.p7s: %1").arg(problem);
            else if (againstNewer.stampedAt.isValid())
                revokedLater(*newer, againstNewer.stampedAt);
            else
                for (const RevokedCertificate& c : std::as_const(*newer))
                    if (c.serial == serial)
                        v.notes << tr("The reviewer's certificate was revoked on %1, after the approval's "
                                      "time as the reviewer's own clock gives it (%2): the approval still holds, "
                                      "but only a time-stamp would prove the order.")
                                       .arg(toUtcString(c.revokedAt), toUtcString(time.decidedAt));
        }
    }
    v.notes << tr("Revocation list (crl.pem) signed by the organisation CA: %n revoked certificate(s).", nullptr,
                  listed);
}

// When the approval was made: the RFC 3161 token over its signature, if any; else the signer's clock.
ApprovalTime PackageVerifier::approvalTime(Reading& r)
{
    PackageVerification& v = r.v;
    const auto& documents = r.documents;
    ApprovalTime time;
    time.decidedAt = parseRfc3339(QJsonDocument::fromJson(documents.value(QStringLiteral("approval.json")))
                                      .object()
                                      .value(QLatin1String("decided_at"))
                                      .toString());
    if (documents.contains(QStringLiteral("approval.json.p7s.tsr"))) {
        const QByteArray tsaCa
            = r.trustedTsaCaPem.isEmpty() ? documents.value(QStringLiteral("tsa-ca.pem")) : r.trustedTsaCaPem;
        auto stamp = Timestamp::verify(documents.value(QStringLiteral("approval.json.p7s.tsr")),
                                       documents.value(QStringLiteral("approval.json.p7s")), tsaCa);
        if (!stamp)
            v.problems << tr("approval.json.p7s.tsr: %1").arg(stamp.errorMessage());
        else {
            time.stampedAt = parseRfc3339(stamp->genTime);
            v.notes << tr("Legal's approval was time-stamped at %1 by %2.")
                           .arg(toUtcString(time.stampedAt), stamp->tsaName);
            // Whoever can sign a manifest can put any TSA's CA in the package: against a newer revocation
            // list only a TSA certificate the person verifying supplies makes the token's time count.
            if (r.trustedTsaCaPem.isEmpty()) {
                v.notes << tr("Legal's approval carries a time-stamp (%1), checked only against tsa-ca.pem "
                              "inside the package: a trusted time-stamp certificate would let it decide "
                              "against revocations.")
                               .arg(stamp->genTime);
                if (!v.wanted.contains(QStringLiteral("tsa-ca")))
                    v.wanted << QStringLiteral("tsa-ca");
            }
        }
    } else {
        v.notes << tr("Legal's approval carries no time-stamp: its time (%1) is the reviewer's own clock.")
                       .arg(time.decidedAt.isValid() ? toUtcString(time.decidedAt) : tr("none"));
    }
    return time;
}

// The chains' heads anchored as the package left (signed by the person who sent it; packages made before
// anchors were built have none).
void PackageVerifier::verifyAnchor(Reading& r)
{
    PackageVerification& v = r.v;
    const auto& documents = r.documents;
    if (!documents.contains(QStringLiteral("anchor.json")))
        return;
    auto anchor = CmsSignature::verifyDetached(documents.value(QStringLiteral("anchor.json.p7s")),
                                               documents.value(QStringLiteral("anchor.json")), r.ca);
    if (!anchor)
        v.problems << tr("anchor.json.p7s: %1").arg(anchor.errorMessage());
    else
        v.notes << tr("The audit and custody chains' heads are anchored in anchor.json, signed by %1.")
                       .arg(anchor->signerSubject);
    if (documents.contains(QStringLiteral("anchor.json.tsr"))) {
        const QByteArray tsaCa
            = r.trustedTsaCaPem.isEmpty() ? documents.value(QStringLiteral("tsa-ca.pem")) : r.trustedTsaCaPem;
        auto stamp = Timestamp::verify(documents.value(QStringLiteral("anchor.json.tsr")),
                                       documents.value(QStringLiteral("anchor.json")), tsaCa);
        if (!stamp)
            v.problems << tr("anchor.json.tsr: %1").arg(stamp.errorMessage());
    }
}

// manifest.json itself: an LP Desk package manifest of version 1, naming the certificate that signed it; false when
// it is not one at all.
bool PackageVerifier::readManifest(Reading& r)
{
    PackageVerification& v = r.v;
    QJsonParseError pe;
    r.manifest = QJsonDocument::fromJson(r.documents.value(QStringLiteral("manifest.json")), &pe).object();
    const QJsonObject& manifest = r.manifest;
    if (pe.error != QJsonParseError::NoError
        || manifest.value(QLatin1String("format")).toString() != QLatin1String("lpdesk-package")) {
        v.problems << tr("manifest.json is not an LP Desk package manifest");
        return false;
    }
    if (manifest.value(QLatin1String("version")).toInt() != 1)
        v.problems << tr("manifest.json is version %1; this verifier reads version 1")
                          .arg(manifest.value(QLatin1String("version")).toInt());
    v.packageId = manifest.value(QLatin1String("package_id")).toString();
    v.caseReference = manifest.value(QLatin1String("case")).toObject().value(QLatin1String("reference")).toString();
    if (!v.signerFingerprint.isEmpty()
        && manifest.value(QLatin1String("signing_certificate_sha256")).toString() != v.signerFingerprint)
        v.problems << tr("manifest.json names signing certificate %1 but was signed by %2")
                          .arg(manifest.value(QLatin1String("signing_certificate_sha256")).toString().left(16),
                               v.signerFingerprint.left(16));
    return true;
}

// The RFC 3161 time-stamp over manifest.json, when the manifest says there is one (or a token is there anyway).
void PackageVerifier::verifyManifestTimeStamp(Reading& r)
{
    PackageVerification& v = r.v;
    const QJsonObject stamp = r.manifest.value(QLatin1String("timestamp")).toObject();
    const bool hasToken = r.z.find(QStringLiteral("manifest.json.tsr")) != nullptr;
    if (!stamp.isEmpty() && !hasToken)
        v.problems << tr("manifest.json names a time-stamp, but manifest.json.tsr is missing (removed)");
    else if (stamp.isEmpty() && hasToken)
        v.problems << tr("manifest.json.tsr is in the package but manifest.json names no time-stamp (added)");
    else if (hasToken && !r.damaged.contains(QStringLiteral("manifest.json.tsr"))) {
        QByteArray tsaCa = r.trustedTsaCaPem;
        if (tsaCa.isEmpty()) {
            tsaCa = r.documents.value(QStringLiteral("tsa-ca.pem"));
            v.notes << tr("No trusted time-stamp certificate was given: the time-stamp was checked against "
                          "tsa-ca.pem inside the package, which the organisation's signature covers.");
            if (!v.wanted.contains(QStringLiteral("tsa-ca")))
                v.wanted << QStringLiteral("tsa-ca");
        }
        auto info = Timestamp::verify(r.documents.value(QStringLiteral("manifest.json.tsr")),
                                      r.documents.value(QStringLiteral("manifest.json")), tsaCa);
        if (!info)
            v.problems << tr("manifest.json.tsr: %1").arg(info.errorMessage());
        else {
            v.timestampedAt = info->genTime;
            v.timestampAuthority = info->tsaName;
        }
    }
}

// The manifest's signer against the revocation lists: a workstation key retired by a rotation (`db rekey`,
// `user remove --rekey`) and copied before signs nothing that verifies. The package's own list was current
// when it was made, so its signer is never on it; a newer list (--crl) decides by the package's time-stamp, or
// by its created_at (the signer's clock) when it has none, and says so.
void PackageVerifier::verifySignerRevocation(Reading& r)
{
    PackageVerification& v = r.v;
    if (!r.manifestSigned || !r.documents.contains(QStringLiteral("crl.pem")))
        return;
    const QString serial = RevocationList::serialOf(r.signerPem);
    const QDateTime stamped = r.trustedTsaCaPem.isEmpty() ? QDateTime() : parseRfc3339(v.timestampedAt);
    const QDateTime created = parseRfc3339(r.manifest.value(QLatin1String("created_at")).toString());
    auto check = [&](const QByteArray& crlPem, bool newer) {
        auto revoked = RevocationList::verify(crlPem, r.ca);
        if (!revoked)
            return; // reported above
        for (const RevokedCertificate& c : std::as_const(*revoked)) {
            if (c.serial != serial)
                continue;
            const QDateTime when = stamped.isValid() ? stamped : created;
            if (!newer || !when.isValid() || c.revokedAt <= when)
                v.problems << tr("manifest.json.p7s: signed with certificate %1, which was revoked on %2 (a "
                                 "retired workstation key)")
                                  .arg(serial, toUtcString(c.revokedAt));
            else if (!stamped.isValid())
                v.notes << tr("The package's signing certificate was revoked on %1, after the package was made "
                              "as its own clock says (%2); only a time-stamp would prove the order.")
                               .arg(toUtcString(c.revokedAt), toUtcString(created));
        }
    };
    check(r.documents.value(QStringLiteral("crl.pem")), false);
    if (!r.newerCrlPem.isEmpty())
        check(r.newerCrlPem, true);
}

// Coverage and hashes against the manifest: every file it lists is there with its size and SHA-256, and nothing
// else is.
void PackageVerifier::verifyCoverage(Reading& r)
{
    PackageVerification& v = r.v;
    QSet<QString> listed;
    for (const QJsonValue& fv : r.manifest.value(QLatin1String("files")).toArray()) {
        const QJsonObject f = fv.toObject();
        const QString p = f.value(QLatin1String("path")).toString();
        if (listed.contains(p)) {
            v.problems << tr("manifest.json lists %1 twice").arg(p);
            continue;
        }
        listed.insert(p);
        ++v.files;
        const ZipEntryInfo* e = r.z.find(p);
        if (!e) {
            v.problems << tr("%1 is listed in manifest.json but missing from the package").arg(p);
            continue;
        }
        if (static_cast<qint64>(e->size) != f.value(QLatin1String("size")).toInteger(-1))
            v.problems << tr("%1 is %2 bytes; manifest.json says %3")
                              .arg(p)
                              .arg(e->size)
                              .arg(f.value(QLatin1String("size")).toInteger(-1));
        if (r.actual.contains(p) && r.actual.value(p) != f.value(QLatin1String("sha256")).toString())
            v.problems << tr("%1 does not match its SHA-256 in manifest.json (changed)").arg(p);
    }
    for (const ZipEntryInfo& e : r.z.entries())
        if (!listed.contains(e.name) && !PackageDocuments::metaFiles().contains(e.name))
            v.problems << tr("%1 is in the package but not in manifest.json (added)").arg(e.name);
}

// The files legal approved (approval.json, signed): each in the package with the SHA-256 it approved, and nothing
// else but the documents made as the package was written. The manifest's signer alone cannot add or swap evidence.
void PackageVerifier::verifyApprovedFiles(Reading& r)
{
    PackageVerification& v = r.v;
    const QJsonObject approval = QJsonDocument::fromJson(r.documents.value(QStringLiteral("approval.json"))).object();
    if (approval.isEmpty())
        return; // reported with the approval
    if (!approval.contains(QLatin1String("package_files"))) {
        v.notes << tr("Legal's approval predates lists of the package's files: the files were checked against "
                      "manifest.json only.");
        return;
    }
    QHash<QString, QString> approved;
    for (const QJsonValue& f : approval.value(QLatin1String("package_files")).toArray())
        approved.insert(f.toObject().value(QLatin1String("path")).toString(),
                        f.toObject().value(QLatin1String("sha256")).toString());
    for (auto it = approved.cbegin(); it != approved.cend(); ++it) {
        if (r.damaged.contains(it.key()))
            continue; // reported as unreadable
        if (!r.actual.contains(it.key()))
            v.problems << tr("%1 was approved by legal but is not in the package").arg(it.key());
        else if (r.actual.value(it.key()) != it.value())
            v.problems << tr("%1 is not the file legal approved (its SHA-256 differs)").arg(it.key());
    }
    for (const ZipEntryInfo& e : r.z.entries())
        if (!approved.contains(e.name) && !PackageContents::madeAtExport(e.name)
            && !PackageDocuments::metaFiles().contains(e.name))
            v.problems << tr("%1 is in the package but not among the files legal approved").arg(e.name);
}

// SHA256SUMS: every entry but itself, each hash right.
void PackageVerifier::verifySha256Sums(Reading& r)
{
    PackageVerification& v = r.v;
    if (!r.documents.contains(QStringLiteral("SHA256SUMS"))) {
        v.problems << tr("the package has no SHA256SUMS");
        return;
    }
    QSet<QString> summed;
    const QList<QByteArray> lines = r.documents.value(QStringLiteral("SHA256SUMS")).split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray& line = lines[i];
        if (line.isEmpty())
            continue;
        const qsizetype sep = line.indexOf("  ");
        if (sep != 64) {
            v.problems << tr("SHA256SUMS line %1 is malformed").arg(i + 1);
            continue;
        }
        const QString p = QString::fromUtf8(line.mid(66));
        summed.insert(p);
        if (r.damaged.contains(p))
            continue; // already reported as unreadable
        if (!r.actual.contains(p))
            v.problems << tr("SHA256SUMS lists %1, which the package does not hold").arg(p);
        else if (r.actual.value(p) != QString::fromLatin1(line.left(64)))
            v.problems << tr("%1 does not match its SHA-256 in SHA256SUMS (changed)").arg(p);
    }
    for (const ZipEntryInfo& e : r.z.entries())
        if (e.name != QLatin1String("SHA256SUMS") && !summed.contains(e.name))
            v.problems << tr("%1 is not covered by SHA256SUMS").arg(e.name);
}

// The custody chain, offline: its hashes and signed checkpoints, up to the head the manifest names.
void PackageVerifier::verifyCustody(Reading& r)
{
    PackageVerification& v = r.v;
    const QByteArray& signerPem = r.signerPem;
    const QJsonObject custodyRef = r.manifest.value(QLatin1String("custody")).toObject();
    auto parsed = PackageDocuments::parseCustody(r.documents.value(QStringLiteral("custody.json")));
    if (!parsed) {
        v.problems << parsed.errorMessage();
        return;
    }
    const auto& [chain, events] = *parsed;
    v.custodyEvents = static_cast<int>(events.size());
    if (chain != custodyRef.value(QLatin1String("chain")).toString())
        v.problems << tr("custody.json holds chain %1, manifest.json names %2")
                          .arg(chain, custodyRef.value(QLatin1String("chain")).toString());
    if (signerPem.isEmpty())
        v.problems << tr("custody checkpoints cannot be checked without a valid manifest signature");
    // Checkpoints are signed by the person who acted (a certificate of the trusted CA naming them); older ones by
    // the workstation, which also signed the manifest.
    CheckpointTrust trust;
    trust.caPem = r.ca;
    trust.workstationPem = signerPem.isEmpty() ? QByteArray("-") : signerPem;
    // A person's checkpoint made after their certificate was revoked (the package's list, and a newer one given) is
    // forged; lists that do not verify are reported above.
    for (const QByteArray& crl : {r.documents.value(QStringLiteral("crl.pem")), r.newerCrlPem})
        if (!crl.isEmpty())
            if (auto revoked = RevocationList::verify(crl, r.ca))
                trust.revoked << *revoked;
    const CustodyReport report = CustodyRecorder::verifyEvents(chain, events, trust);
    for (const ChainProblem& p : report.chain.problems)
        v.problems << tr("custody event %1: %2").arg(p.seq).arg(p.what);
    if (!signerPem.isEmpty()) {
        for (const QString& p : report.checkpointProblems)
            v.problems << tr("custody %1").arg(p);
        for (const QString& n : report.checkpointNotes)
            if (const QString note = tr("Custody %1.").arg(n); !v.notes.contains(note))
                v.notes << note; // named once when both lists hold the revocation
    }
    if (report.checkpoints == 0)
        v.problems << tr("custody.json has no signed checkpoint");
    if (events.isEmpty() || events.last().hash != custodyRef.value(QLatin1String("head_hash")).toString()
        || events.last().seq != custodyRef.value(QLatin1String("head_seq")).toInteger())
        v.problems << tr("custody.json does not end at the head manifest.json names (events removed or added)");
    else if (events.last().action != QLatin1String("checkpoint"))
        v.problems << tr("custody.json does not end with a signed checkpoint");
}

} // namespace lpdesk
