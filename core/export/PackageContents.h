// Everything a sealed package will hold, gathered from the case database for one approved release: the case and
// its incidents, each evidence file with its exhibit number, path in the package, lineage and parameters, the
// statements and POS records as released (personal data masked as legal decided), still images for the report,
// and the case's custody chain up to a fresh signed checkpoint. The package documents (manifest, report, index,
// provenance) are all written from this one model, so they cannot disagree with each other.
#pragma once

#include "common/Result.h"
#include "custody/HashChain.h"
#include "export/ReleaseService.h"
#include "inbox/IncidentInbox.h"
#include "pos/PosService.h"
#include "statements/StatementService.h"

#include <QCoreApplication>
#include <QImage>
#include <QJsonObject>
#include <QTimeZone>

namespace lpdesk {

class CaseDatabase;

struct PackageFile
{
    QString path; // inside the package
    QString role; // original, derivative, still, statement, statement_attachment, pos, report, index, custody, ...
    QString exhibit; // E01, S01, P01 … (empty for package documents)
    QString mediaType;
    qint64 size = 0;
    QString sha256;
    QString description;
    QString sourceId; // media / statement / attachment id in the case database
    QString parentPath;
    QString parentSha256;
    QString operation;
    QJsonObject parameters;
    QString createdAt;
    QString createdBy;
    QString camera;
    QString storeId;
    QString tool; // what made a derivative ("LP Desk 0.1.0; FFmpeg …")
    double duration = 0;
    QJsonObject toJson() const;
    // One of the package's own documents, listed with its size and SHA-256.
    static PackageFile document(const QString& path, const QString& role, const QString& type,
                                const QString& description, const QByteArray& bytes, const QString& exhibit = {});
};

// A POS journal the released transactions were imported from (for provenance).
struct PosJournalRef
{
    QString name;
    QString sha256;
    qint64 size = 0;
};

struct PackageModel
{
    QString packageId;
    QString createdAt;
    QString createdBy;
    QString organisation;
    QString toolVersion;
    QString signingCertificateSha256;
    QByteArray caCertificatePem;
    QByteArray crlPem; // the organisation CA's revocation list (crl.pem)
    QString tsaUrl; // RFC 3161 time-stamp authority, when configured
    QByteArray tsaCaPem;
    QString caseId;
    QString caseReference;
    QString caseTitle;
    QString caseStatus;
    QList<IncidentDetail> incidents;
    QHash<QString, QString> storeNames;
    QHash<QString, QTimeZone> storeZones;
    Release release;
    QString agencyOri; // the ORI of the agency the release is for (NIBRS reporting agency); may be empty
    QList<PackageFile> files; // evidence first, package documents appended as they are written
    QHash<QString, QImage> stills; // path -> image (scaled) for the report
    QList<Statement> statements; // as released (masked)
    QList<LinkedTransaction> pos; // as released (masked)
    QHash<QString, PosJournalRef> posJournals; // import id -> the journal file
    QString custodyChain;
    QList<ChainEvent> custody;

    QTimeZone zoneOf(const QString& storeId) const;
    const PackageFile* file(const QString& path) const;
};

// A document of the package made from the released statements and POS records (bytes and listing).
struct ReleasedDocument
{
    PackageFile file;
    QByteArray bytes;
};

class PackageContents
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::PackageContents)

public:
    explicit PackageContents(CaseDatabase& db);
    // Seals the custody chain with a checkpoint first, so the package's copy ends in a signature.
    Result<PackageModel> collect(const Release& release);
    // Every file the package will hold whose bytes are known before it is built (evidence, statement attachments,
    // the released statements and POS extract, personal data as pii says): path, size and SHA-256, for legal's
    // approval. Writes nothing (no checkpoint, no custody event).
    Result<QList<PackageFile>> approvedFiles(const Release& release, const PiiDecision& pii);
    // The released statements and POS extract as documents, in the order the package holds them.
    static QList<ReleasedDocument> releasedDocuments(const PackageModel& m);
    // Files a package holds that are made as it is written (custody, approval, anchor, certificates, report,
    // index, provenance, the NIBRS incident), so no approval can list their bytes.
    static bool madeAtExport(const QString& path);

    static QString safeName(const QString& text);

private:
    // The steps of collect(), in order.
    Status collectSigning(PackageModel& m);
    Status collectCase(PackageModel& m, const Release& release);
    Result<QList<MediaRow>> releasedMedia(const Release& release);
    Status collectEvidence(PackageModel& m, const Release& release);
    Status collectStatements(PackageModel& m, const Release& release);
    Status collectPos(PackageModel& m, const Release& release);
    Status sealCustody(PackageModel& m);
    CaseDatabase& m_db;
};

} // namespace lpdesk
