#include "export/PackageBuilder.h"
#include "custody/ChainAnchors.h"

#include "auth/Permissions.h"
#include "cases/MediaLibrary.h"
#include "crypto/CmsSignature.h"
#include "crypto/Lpenc.h"
#include "crypto/Sha256.h"
#include "crypto/Timestamp.h"
#include "db/CaseDatabase.h"
#include "db/TimestampSettings.h"
#include "db/WorkstationKeys.h"
#include "export/CaseReportRenderer.h"
#include "export/NibrsIncident.h"
#include "export/PackageContents.h"
#include "export/PackageDocuments.h"
#include "export/PackagePassword.h"
#include "export/ReleaseApproval.h"
#include "export/ReleaseOutings.h"
#include "export/ReleaseService.h"
#include "zip/ZipArchive.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStorageInfo>
#include <QUrl>

#include <fcntl.h>
#include <unistd.h>

namespace lpdesk {

namespace {

// Flushes a file to its device and drops it from the page cache, so reading it back reads the device.
bool syncAndDrop(QFile& f)
{
    if (!f.flush())
        return false;
    const int fd = f.handle();
    if (fd < 0 || ::fsync(fd) != 0)
        return false;
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
    return true;
}

void syncDirectory(const QString& dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

PackageBuilder::PackageBuilder(CaseDatabase& db) : m_db(db)
{ }

Result<qint64> PackageBuilder::estimateSize(const QString& releaseId)
{
    auto release = ReleaseService(m_db).show(releaseId);
    if (!release)
        return release.error();
    qint64 total = 16 * 1024 * 1024; // documents, report with stills, headers
    MediaLibrary library(m_db);
    for (const ReleaseItem& item : release->items) {
        if (item.kind == QLatin1String("media")) {
            if (auto m = library.get(item.id))
                total += m->plaintextSize;
        } else if (item.kind == QLatin1String("statement")) {
            if (auto s = StatementService(m_db).get(item.id))
                for (const StatementAttachment& a : s->attachments)
                    total += a.size;
        }
    }
    return total;
}

// What exportRelease() writes into, shared by its steps.
struct PackageBuilder::Writing
{
    ZipWriter& w;
    PackageModel& m;
    const ExportOptions& options;
    QMap<QString, QString> hashes; // every entry written -> its SHA-256 (SHA256SUMS)
    qint64 done; // evidence bytes written
    qint64 total; // evidence bytes to write
    void progress(qint64 d, qint64 t, const QString& stage) const
    {
        if (options.progress)
            options.progress(d, t, stage);
    }
};

Result<ExportResult> PackageBuilder::exportRelease(const QString& releaseId, const ExportOptions& options)
{
    LP_TRY(Permissions::require(m_db.session(), Action::ExportPackage));
    auto release = ReleaseService(m_db).approvedAndUnchanged(releaseId);
    if (!release)
        return release.error();
    // Legal's signature, not the state column, says what may go out, where and how often.
    auto approval = ReleaseApproval(m_db).verify(*release);
    if (!approval)
        return approval.error();
    LP_TRY(checkExport(releaseId, *release, *approval, options));
    const QFileInfo target(options.outPath);
    if (options.progress)
        options.progress(0, 0, tr("Collecting the release"));
    auto model = PackageContents(m_db).collect(*release);
    if (!model)
        return model.error();
    PackageModel& m = *model;

    const QString partPath = target.absoluteFilePath() + QStringLiteral(".part");
    QFile::remove(partPath);
    QFile out(partPath);
    // Owner-only: the package holds evidence in the clear (unless encrypted) until it is handed over.
    if (!out.open(QIODevice::ReadWrite | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return failure(tr("Cannot create %1: %2").arg(partPath, out.errorString()));
    auto abandon = [&](const Error& e) -> Result<ExportResult> {
        out.close();
        QFile::remove(partPath);
        return e;
    };
    auto zip = ZipWriter::create(&out, options.password);
    if (!zip)
        return abandon(zip.error());
    Writing writing {**zip, m, options, {}, 0, 0};
    ExportResult result;
    if (Status s = writeEvidence(writing); !s)
        return abandon(s.error());
    if (Status s = writeReleasedDocuments(writing, result); !s)
        return abandon(s.error());
    if (Status s = writeCustodyAndApproval(writing, *approval); !s)
        return abandon(s.error());
    if (Status s = writeAnchor(writing); !s)
        return abandon(s.error());
    if (Status s = writeReport(writing); !s)
        return abandon(s.error());
    auto manifest = seal(writing);
    if (!manifest)
        return abandon(manifest.error());
    if (!syncAndDrop(out))
        return abandon(failure(tr("Cannot flush %1 to the device: %2").arg(partPath, out.errorString())));
    const qint64 size = out.size();
    out.close();

    // Read it all back from the device, through the same verifier the police will use.
    auto check = verifyWritten(writing, partPath, size);
    if (!check)
        return abandon(check.error());
    if (!QFile::rename(partPath, target.absoluteFilePath()))
        return abandon(failure(tr("Cannot rename %1 to %2.").arg(partPath, target.absoluteFilePath())));
    syncDirectory(target.absolutePath());

    result.path = target.absoluteFilePath();
    result.packageId = m.packageId;
    result.manifestSha256 = Sha256::hashHex(*manifest);
    result.size = size;
    result.files = static_cast<int>(m.files.size());
    result.verification = *check;
    if (options.recordExport)
        LP_TRY(ReleaseService(m_db).markExported(releaseId, m.packageId, result.manifestSha256, result.path,
                                                 options.password != nullptr));
    return result;
}

// Before anything is written: a release approved for this kind of export and not exported yet, a new file in a
// folder that exists, a chosen password long enough, and room on the device.
Status PackageBuilder::checkExport(const QString& releaseId, const Release& release, const VerifiedApproval& approval,
                                   const ExportOptions& options)
{
    if (options.recordExport) {
        if (release.purpose == QLatin1String("agency"))
            return makeError(ErrorKind::Permission,
                             tr("Release %1 was approved for submission to agency %2, not for a USB export; submit "
                                "it, or request a USB release.")
                                 .arg(releaseId, release.agencyId));
        if (approval.exportCount > 0 || release.state != QLatin1String("approved"))
            return makeError(ErrorKind::Permission,
                             tr("Release %1 was exported already; a release goes out once. Request a new release "
                                "for another copy.")
                                 .arg(releaseId));
        // The columns above can be reset with the database key; the audit chain's record of the export cannot be
        // removed unnoticed.
        QSqlDatabase db = m_db.connection();
        auto outings = ReleaseOutings::of(db, releaseId);
        if (!outings)
            return failure(
                tr("Cannot tell whether release %1 was exported already: %2").arg(releaseId, outings.errorMessage()));
        if (outings->exportedSeq > 0)
            return makeError(ErrorKind::Permission,
                             tr("Release %1 was exported already (audit event %2), though the release's row says "
                                "otherwise; a release goes out once. Request a new release for another copy.")
                                 .arg(releaseId)
                                 .arg(outings->exportedSeq));
    }
    const QFileInfo target(options.outPath);
    if (options.outPath.isEmpty() || target.exists())
        return makeError(ErrorKind::Usage, tr("%1 exists already; choose a new file name.").arg(options.outPath));
    if (!target.absoluteDir().exists())
        return makeError(ErrorKind::Usage, tr("The folder %1 does not exist.").arg(target.absolutePath()));
    if (options.password && options.passwordChosen) {
        const Session& session = m_db.session();
        if (!PackagePassword::mayChoose(session, release.decidedBy) || session.userName != approval.signer)
            return makeError(ErrorKind::Permission,
                             tr("Only the legal reviewer who approved release %1 (%2) may choose its package "
                                "password; leave it out to have one generated (shown once).")
                                 .arg(releaseId, release.decidedBy));
    }
    // WinZip AE-2 uses only 1,000 PBKDF2 iterations: a chosen password must be long (generated ones have 130 bits).
    if (options.password && options.password->size() < static_cast<std::size_t>(PackagePassword::MinChosenLength))
        return makeError(ErrorKind::Usage,
                         tr("A package password you choose needs at least %1 characters; leave it "
                            "out to have one generated.")
                             .arg(PackagePassword::MinChosenLength));
    auto needed = estimateSize(releaseId);
    if (!needed)
        return needed.error();
    const QStorageInfo storage(target.absolutePath());
    if (storage.isValid() && storage.bytesAvailable() < *needed)
        return failure(tr("%1 has %2 MB free; the package needs about %3 MB. Nothing was written.")
                           .arg(storage.rootPath())
                           .arg(storage.bytesAvailable() / 1000000)
                           .arg(*needed / 1000000));
    return {};
}

// Evidence, straight from the encrypted store, each file checked against its recorded SHA-256 as it is written.
Status PackageBuilder::writeEvidence(Writing& wr)
{
    CaseDatabase::testHoldPoint("PackageBuilder::writeEvidence"); // tests hold an export here, its .part begun
    ZipWriter& w = wr.w;
    const ExportOptions& options = wr.options;
    MediaLibrary library(m_db);
    auto key = library.key();
    if (!key)
        return key.error();
    for (const PackageFile& f : std::as_const(wr.m.files))
        wr.total += f.size;
    for (PackageFile& f : wr.m.files) {
        if (options.cancel && options.cancel->load())
            return makeError(ErrorKind::Cancelled, tr("Cancelled; nothing was written."));
        LP_TRY(w.beginEntry(f.path));
        if (f.role == QLatin1String("statement_attachment")) {
            auto bytes = StatementService(m_db).attachment(f.sourceId);
            if (!bytes)
                return bytes.error();
            LP_TRY(w.write(*bytes));
            wr.done += bytes->size();
        } else {
            auto row = library.get(f.sourceId);
            if (!row)
                return row.error();
            auto reader = LpencReader::open(library.pathOf(*row), *key);
            if (!reader)
                return reader.error();
            QByteArray buf(4 << 20, Qt::Uninitialized);
            for (quint64 pos = 0; pos < (*reader)->size();) {
                if (options.cancel && options.cancel->load())
                    return makeError(ErrorKind::Cancelled, tr("Cancelled; nothing was written."));
                const qint64 n = (*reader)->read(pos, buf.data(), buf.size());
                if (n <= 0)
                    return makeError(ErrorKind::Verification,
                                     tr("%1 cannot be decrypted: %2").arg(f.sourceId, (*reader)->errorString()));
                LP_TRY(w.write(QByteArrayView(buf.constData(), n)));
                pos += static_cast<quint64>(n);
                wr.done += n;
                wr.progress(wr.done, wr.total, tr("Writing %1").arg(f.path));
            }
        }
        auto written = w.endEntry();
        if (!written)
            return written.error();
        if (written->sha256 != f.sha256 || static_cast<qint64>(written->size) != f.size)
            return makeError(
                ErrorKind::Verification,
                tr("%1 no longer matches its recorded SHA-256; the stored evidence is damaged.").arg(f.path));
        wr.hashes.insert(f.path, f.sha256);
    }
    return {};
}

// One document of the package's own, written and listed among its files.
Status PackageBuilder::addDocument(Writing& wr, const QString& path, const QString& role, const QString& type,
                                   const QString& description, const QByteArray& bytes, const QString& exhibit)
{
    auto written = wr.w.addEntry(path, bytes);
    if (!written)
        return written.error();
    wr.hashes.insert(path, written->sha256);
    wr.m.files << PackageFile::document(path, role, type, description, bytes, exhibit);
    return {};
}

// Statements and POS extract as released, and the incident for police records systems: NIBRS IEPD 4.2 XML where it
// can be a valid Group A report (the reason it is not is kept in the JSON), and the NIBRS-shaped JSON
// (docs/schemas/incident-v1.schema.json).
Status PackageBuilder::writeReleasedDocuments(Writing& wr, ExportResult& result)
{
    const PackageModel& m = wr.m;
    for (const ReleasedDocument& d : PackageContents::releasedDocuments(m))
        LP_TRY(
            addDocument(wr, d.file.path, d.file.role, d.file.mediaType, d.file.description, d.bytes, d.file.exhibit));
    result.nibrs = NibrsReport::documents(m, m.agencyOri);
    result.incident = NibrsIncident::build(m);
    QJsonArray nibrsXml;
    for (const NibrsDocument& doc : std::as_const(result.nibrs))
        nibrsXml.append(doc.xml.isEmpty() ? QJsonObject {{QLatin1String("incident_id"), doc.incidentId},
                                                         {QLatin1String("written"), false},
                                                         {QLatin1String("reason"), doc.refusal}}
                                          : QJsonObject {{QLatin1String("incident_id"), doc.incidentId},
                                                         {QLatin1String("written"), true},
                                                         {QLatin1String("path"), doc.path}});
    result.incident.insert(QLatin1String("nibrs_xml"), nibrsXml);
    LP_TRY(addDocument(wr, QStringLiteral("incident/nibrs.json"), QStringLiteral("incident"),
                       QStringLiteral("application/json"), tr("The incident for police records systems (NIBRS-shaped)"),
                       QJsonDocument(result.incident).toJson(QJsonDocument::Indented)));
    for (const NibrsDocument& doc : std::as_const(result.nibrs))
        if (!doc.xml.isEmpty())
            LP_TRY(addDocument(wr, doc.path, QStringLiteral("incident"), QStringLiteral("application/xml"),
                               tr("NIBRS XML IEPD 4.2 Group A incident report"), doc.xml));
    return {};
}

// The chain of custody, legal's signed (and perhaps time-stamped) approval, and the organisation CA's certificate
// and revocation list that check them.
Status PackageBuilder::writeCustodyAndApproval(Writing& wr, const VerifiedApproval& approval)
{
    const PackageModel& m = wr.m;
    wr.progress(wr.done, wr.total, tr("Writing the report"));
    LP_TRY(addDocument(wr, QStringLiteral("custody.json"), QStringLiteral("custody"),
                       QStringLiteral("application/json"), tr("The case's chain of custody, verifiable offline"),
                       PackageDocuments::custody(m)));
    LP_TRY(addDocument(wr, QStringLiteral("approval.json"), QStringLiteral("approval"),
                       QStringLiteral("application/json"),
                       tr("Legal's approval: everything %1 approved, signed in approval.json.p7s").arg(approval.signer),
                       approval.json));
    LP_TRY(addDocument(wr, QStringLiteral("approval.json.p7s"), QStringLiteral("approval"),
                       QStringLiteral("application/pkcs7-signature"),
                       tr("CMS signature of approval.json by %1 (organisation CA)").arg(approval.signer),
                       approval.signature));
    if (!approval.token.isEmpty())
        LP_TRY(addDocument(wr, QStringLiteral("approval.json.p7s.tsr"), QStringLiteral("approval"),
                           QStringLiteral("application/timestamp-reply"),
                           tr("RFC 3161 time-stamp of %1's approval signature (approval.json.p7s), made "
                              "as legal approved")
                               .arg(approval.signer),
                           approval.token));
    LP_TRY(addDocument(wr, QStringLiteral("org-ca.pem"), QStringLiteral("certificate"),
                       QStringLiteral("application/x-pem-file"),
                       tr("The organisation CA certificate that issued the signing certificate"), m.caCertificatePem));
    LP_TRY(addDocument(wr, QStringLiteral("crl.pem"), QStringLiteral("certificate"),
                       QStringLiteral("application/x-pem-file"),
                       tr("The organisation CA's certificate revocation list (removed people's "
                          "certificates): openssl crl -in crl.pem -CAfile org-ca.pem -verify"),
                       m.crlPem));
    return {};
}

// The heads of the audit and custody chains as this package leaves, anchored outside the database (and
// time-stamped when a TSA is configured): whoever receives the package can later hold the chains to it.
Status PackageBuilder::writeAnchor(Writing& wr)
{
    wr.progress(wr.done, wr.total, tr("Anchoring the audit and custody chains"));
    auto anchor = ChainAnchors(m_db).write(
        wr.options.recordExport ? QStringLiteral("release") : QStringLiteral("submission"), false, wr.options.cancel);
    if (!anchor)
        return anchor.error();
    QList<std::pair<QString, QByteArray>> anchorFiles {{QStringLiteral("anchor.json"), anchor->body},
                                                       {QStringLiteral("anchor.json.p7s"), anchor->signature}};
    if (!anchor->token.isEmpty())
        anchorFiles.append({QStringLiteral("anchor.json.tsr"), anchor->token});
    for (const auto& [name, bytes] : std::as_const(anchorFiles))
        LP_TRY(addDocument(
            wr, name, QStringLiteral("anchor"),
            name.endsWith(QLatin1String(".json"))      ? QStringLiteral("application/json")
                : name.endsWith(QLatin1String(".p7s")) ? QStringLiteral("application/pkcs7-signature")
                                                       : QStringLiteral("application/timestamp-reply"),
            tr("Anchor %1 of the audit and custody chains' heads (signed by %2%3)")
                .arg(anchor->number)
                .arg(m_db.session().userName, anchor->token.isEmpty() ? QString() : tr("; RFC 3161 time-stamp")),
            bytes));
    return {};
}

// The time-stamp authority's certificate, then the report, the index and the provenance: they describe every file
// above, are added after it, and describe themselves in text.
Status PackageBuilder::writeReport(Writing& wr)
{
    PackageModel& m = wr.m;
    // The TSA whose settings an administrator signed (a database key alone cannot swap in another authority).
    auto tsa = TimestampSettings::trusted(m_db);
    if (!tsa)
        return tsa.error();
    m.tsaUrl = tsa->url.toString();
    m.tsaCaPem = tsa->caPem;
    if (!m.tsaUrl.isEmpty())
        LP_TRY(addDocument(wr, QStringLiteral("tsa-ca.pem"), QStringLiteral("certificate"),
                           QStringLiteral("application/x-pem-file"),
                           tr("The CA certificate of the time-stamp authority (RFC 3161)"), m.tsaCaPem));
    auto pdf = CaseReportRenderer::pdf(m);
    if (!pdf)
        return pdf.error();
    const QByteArray index = PackageDocuments::index(m);
    LP_TRY(addDocument(wr, QStringLiteral("report.pdf"), QStringLiteral("report"), QStringLiteral("application/pdf"),
                       tr("Case report"), *pdf));
    LP_TRY(addDocument(wr, QStringLiteral("index.html"), QStringLiteral("index"), QStringLiteral("text/html"),
                       tr("Offline index of the package"), index));
    LP_TRY(addDocument(wr, QStringLiteral("provenance.jsonld"), QStringLiteral("provenance"),
                       QStringLiteral("application/ld+json"), tr("CASE/UCO provenance of every file"),
                       PackageDocuments::provenance(m)));
    return {};
}

// The signed (and, with a TSA configured, time-stamped) manifest, then SHA256SUMS over everything else; the
// archive is finished. Returns the manifest.
Result<QByteArray> PackageBuilder::seal(Writing& wr)
{
    const PackageModel& m = wr.m;
    const QByteArray manifest = PackageDocuments::manifest(m);
    QSqlDatabase db = m_db.connection();
    auto identity = WorkstationKeys::signingIdentity(db);
    if (!identity)
        return identity.error();
    auto signature = CmsSignature::signDetached(*identity, manifest);
    if (!signature)
        return signature.error();
    QList<std::pair<QString, QByteArray>> sealed {{QStringLiteral("manifest.json"), manifest},
                                                  {QStringLiteral("manifest.json.p7s"), *signature}};
    if (!m.tsaUrl.isEmpty()) {
        // Configured means required: a package is never silently left without its time-stamp.
        wr.progress(wr.done, wr.total, tr("Asking the time-stamp authority"));
        auto token = Timestamp::request(QUrl(m.tsaUrl), manifest, m.tsaCaPem, wr.options.cancel);
        if (!token)
            return token.error();
        sealed.append({QStringLiteral("manifest.json.tsr"), *token});
    }
    for (const auto& [name, bytes] : std::as_const(sealed)) {
        auto written = wr.w.addEntry(name, bytes);
        if (!written)
            return written.error();
        wr.hashes.insert(name, written->sha256);
    }
    if (auto sums = wr.w.addEntry(QStringLiteral("SHA256SUMS"), PackageDocuments::sha256sums(wr.hashes)); !sums)
        return sums.error();
    LP_TRY(wr.w.finish());
    return manifest;
}

// The written package read back from the device through the same verifier the police will use.
Result<PackageVerification> PackageBuilder::verifyWritten(const Writing& wr, const QString& partPath, qint64 size)
{
    wr.progress(0, size, tr("Reading the package back to verify it"));
    QSqlDatabase db = m_db.connection();
    auto caPem = WorkstationKeys::caCertificatePem(db);
    if (!caPem)
        return caPem.error();
    auto check = PackageVerifier::verify(
        partPath, *caPem, wr.options.password,
        [&](qint64 d, qint64 t) { wr.progress(d, t, tr("Verifying the written package")); }, wr.options.cancel,
        wr.m.tsaCaPem);
    if (!check)
        return check.error();
    if (!check->ok())
        return makeError(ErrorKind::Verification,
                         tr("The written package does not verify (is the medium failing?): %1")
                             .arg(check->problems.join(QStringLiteral("; "))));
    return check;
}

} // namespace lpdesk
