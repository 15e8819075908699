#include "export/PackageContents.h"

#include "agencies/AgencyRegistry.h"
#include "cases/CaseService.h"
#include "cases/MediaLibrary.h"
#include "common/Time.h"
#include "crypto/Lpenc.h"
#include "crypto/Random.h"
#include "crypto/Sha256.h"
#include "crypto/SigningIdentity.h"
#include "custody/CustodyLog.h"
#include "custody/CustodyRecorder.h"
#include "db/CaseDatabase.h"
#include "db/SqlRow.h"
#include "db/WorkstationKeys.h"
#include "export/PackageDocuments.h"
#include "store/StoreRegistry.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>

namespace lpdesk {

QJsonObject PackageFile::toJson() const
{
    QJsonObject o {{QLatin1String("path"), path},
                   {QLatin1String("size"), size},
                   {QLatin1String("sha256"), sha256},
                   {QLatin1String("role"), role},
                   {QLatin1String("media_type"), mediaType},
                   {QLatin1String("description"), description}};
    auto opt = [&o](const char* key, const QString& v) {
        if (!v.isEmpty())
            o.insert(QLatin1String(key), v);
    };
    opt("exhibit", exhibit);
    opt("source_id", sourceId);
    opt("parent", parentPath);
    opt("parent_sha256", parentSha256);
    opt("operation", operation);
    opt("created_at", createdAt);
    opt("created_by", createdBy);
    opt("camera", camera);
    opt("store_id", storeId);
    if (!parameters.isEmpty())
        o.insert(QLatin1String("parameters"), parameters);
    if (duration > 0)
        o.insert(QLatin1String("duration"), duration);
    return o;
}

PackageFile PackageFile::document(const QString& path, const QString& role, const QString& type,
                                  const QString& description, const QByteArray& bytes, const QString& exhibit)
{
    PackageFile f;
    f.path = path;
    f.role = role;
    f.mediaType = type;
    f.description = description;
    f.size = bytes.size();
    f.sha256 = Sha256::hashHex(bytes);
    f.exhibit = exhibit;
    return f;
}

QTimeZone PackageModel::zoneOf(const QString& storeId) const
{
    return storeZones.value(storeId, QTimeZone::utc());
}

const PackageFile* PackageModel::file(const QString& path) const
{
    for (const PackageFile& f : files)
        if (f.path == path)
            return &f;
    return nullptr;
}

PackageContents::PackageContents(CaseDatabase& db) : m_db(db)
{ }

QString PackageContents::safeName(const QString& text)
{
    static const QRegularExpression bad(QStringLiteral("[^A-Za-z0-9._-]+"));
    QString s = text.normalized(QString::NormalizationForm_KD);
    s.replace(bad, QStringLiteral("-"));
    while (s.startsWith(QLatin1Char('-')) || s.startsWith(QLatin1Char('.')))
        s.remove(0, 1);
    while (s.endsWith(QLatin1Char('-')) || s.endsWith(QLatin1Char('.')))
        s.chop(1);
    return s.isEmpty() ? QStringLiteral("item") : s.left(60);
}

namespace {

QString extensionFor(const QByteArray& head, const MediaRow& m)
{
    if (head.startsWith("\x89PNG"))
        return QStringLiteral("png");
    if (head.mid(4, 4) == "ftyp")
        return QStringLiteral("mp4");
    if (head.startsWith("\x1a\x45\xdf\xa3"))
        return QStringLiteral("mkv");
    if (head.startsWith('G') && head.size() > 188 && head[188] == 'G')
        return QStringLiteral("ts");
    // Imported exhibits keep the extension they arrived with (a .zip, .pdf, .jpg stays one in the package).
    const QString suffix = QFileInfo(m.originalName.section(QLatin1Char('!'), -1)).suffix().toLower();
    static const QRegularExpression plain(QStringLiteral("^[a-z0-9]{1,8}\\z"));
    if (plain.match(suffix).hasMatch())
        return suffix;
    return m.codec == QLatin1String("png") ? QStringLiteral("png") : QStringLiteral("bin");
}

QString mediaTypeFor(const QString& ext)
{
    if (ext == QLatin1String("png"))
        return QStringLiteral("image/png");
    if (ext == QLatin1String("mp4"))
        return QStringLiteral("video/mp4");
    if (ext == QLatin1String("mkv"))
        return QStringLiteral("video/x-matroska");
    if (ext == QLatin1String("ts"))
        return QStringLiteral("video/mp2t");
    return QStringLiteral("application/octet-stream");
}

} // namespace

Result<PackageModel> PackageContents::collect(const Release& release)
{
    PackageModel m;
    m.packageId = randomUuid();
    m.createdAt = utcNowString();
    m.createdBy = m_db.session().userName;
    m.toolVersion = QStringLiteral(LPDESK_VERSION);
    m.release = release;
    LP_TRY(collectSigning(m));
    LP_TRY(collectCase(m, release));
    LP_TRY(collectEvidence(m, release));
    LP_TRY(collectStatements(m, release));
    LP_TRY(collectPos(m, release));
    LP_TRY(sealCustody(m));
    return m;
}

Result<QList<PackageFile>> PackageContents::approvedFiles(const Release& release, const PiiDecision& pii)
{
    PackageModel m;
    m.release = release;
    m.release.pii = pii;
    LP_TRY(collectCase(m, m.release));
    LP_TRY(collectEvidence(m, m.release));
    LP_TRY(collectStatements(m, m.release));
    LP_TRY(collectPos(m, m.release));
    QList<PackageFile> files = m.files;
    for (const ReleasedDocument& d : releasedDocuments(m))
        files << d.file;
    return files;
}

QList<ReleasedDocument> PackageContents::releasedDocuments(const PackageModel& m)
{
    QList<ReleasedDocument> out;
    auto add = [&out](const QString& path, const QString& role, const QString& type, const QString& description,
                      const QByteArray& bytes, const QString& exhibit) {
        out << ReleasedDocument {PackageFile::document(path, role, type, description, bytes, exhibit), bytes};
    };
    int n = 0;
    for (const Statement& s : m.statements) {
        const QString ex = QStringLiteral("S%1").arg(++n, 2, 10, QLatin1Char('0'));
        add(QStringLiteral("statements/%1-%2.txt").arg(ex, safeName(s.author)), QStringLiteral("statement"),
            QStringLiteral("text/plain; charset=utf-8"),
            tr("Statement %1 by %2 (%3), version %4").arg(ex, s.author, s.role).arg(s.version),
            PackageDocuments::statementText(s, ex), ex);
    }
    if (!m.statements.isEmpty())
        add(QStringLiteral("statements/statements.json"), QStringLiteral("statements"),
            QStringLiteral("application/json"), tr("The released statements as data"),
            PackageDocuments::statementsJson(m), QString());
    if (!m.pos.isEmpty()) {
        add(QStringLiteral("pos/transactions.json"), QStringLiteral("pos"), QStringLiteral("application/json"),
            tr("POS extract: %n transaction(s) with line items", nullptr, static_cast<int>(m.pos.size())),
            PackageDocuments::posJson(m), QStringLiteral("P01"));
        add(QStringLiteral("pos/transactions.csv"), QStringLiteral("pos"), QStringLiteral("text/csv"),
            tr("POS extract, one row per line item"), PackageDocuments::posCsv(m), QStringLiteral("P01"));
    }
    return out;
}

bool PackageContents::madeAtExport(const QString& path)
{
    static const QStringList made {QStringLiteral("custody.json"),      QStringLiteral("approval.json"),
                                   QStringLiteral("approval.json.p7s"), QStringLiteral("approval.json.p7s.tsr"),
                                   QStringLiteral("org-ca.pem"),        QStringLiteral("crl.pem"),
                                   QStringLiteral("anchor.json"),       QStringLiteral("anchor.json.p7s"),
                                   QStringLiteral("anchor.json.tsr"),   QStringLiteral("tsa-ca.pem"),
                                   QStringLiteral("report.pdf"),        QStringLiteral("index.html"),
                                   QStringLiteral("provenance.jsonld"), QStringLiteral("incident/nibrs.json")};
    static const QRegularExpression nibrsXml(QStringLiteral("^incident/nibrs(-[0-9]{1,4})?\\.xml\\z"));
    return made.contains(path) || nibrsXml.match(path).hasMatch();
}

// Who signs: the workstation's certificate, the organisation CA and its revocation list (required).
Status PackageContents::collectSigning(PackageModel& m)
{
    QSqlDatabase db = m_db.connection();
    auto identity = WorkstationKeys::signingIdentity(db);
    if (!identity)
        return identity.error();
    m.signingCertificateSha256 = identity->certificateFingerprint();
    m.organisation = identity->subject();
    auto ca = WorkstationKeys::caCertificatePem(db);
    if (!ca)
        return ca.error();
    m.caCertificatePem = *ca;
    auto crl = WorkstationKeys::crlPem(db);
    if (!crl)
        return crl.error();
    if (crl->isEmpty())
        return makeError(ErrorKind::Verification,
                         tr("The organisation has no certificate revocation list yet; an administrator signs in once "
                            "to create it."));
    m.crlPem = *crl;
    return {};
}

// The case, its incidents and their stores, and the ORI of the agency the release is for.
Status PackageContents::collectCase(PackageModel& m, const Release& release)
{
    if (!release.agencyId.isEmpty())
        if (auto agency = AgencyRegistry(m_db).get(release.agencyId))
            m.agencyOri = agency->ori;
    auto info = CaseService(m_db).show(release.caseId);
    if (!info)
        return info.error();
    m.caseId = info->id;
    m.caseReference = info->reference;
    m.caseTitle = info->title;
    m.caseStatus = info->status;
    for (const QString& id : info->incidentIds) {
        auto d = IncidentInbox(m_db).show(id);
        if (!d)
            return d.error();
        m.incidents << *d;
        if (!m.storeNames.contains(d->row.storeId)) {
            auto store = StoreRegistry(m_db).get(d->row.storeId);
            m.storeNames.insert(d->row.storeId, store ? store->name : d->row.storeId);
            m.storeZones.insert(d->row.storeId, store ? QTimeZone(store->timezone.toUtf8()) : QTimeZone::utc());
        }
    }
    return {};
}

// The released media in exhibit order: originals, then derivatives after their parents.
Result<QList<MediaRow>> PackageContents::releasedMedia(const Release& release)
{
    MediaLibrary library(m_db);
    QList<MediaRow> media;
    for (const ReleaseItem& item : release.items)
        if (item.kind == QLatin1String("media")) {
            auto row = library.get(item.id);
            if (!row)
                return row.error();
            media << *row;
        }
    std::stable_sort(media.begin(), media.end(), [](const MediaRow& a, const MediaRow& b) {
        if ((a.kind == QLatin1String("original")) != (b.kind == QLatin1String("original")))
            return a.kind == QLatin1String("original");
        return a.createdAt < b.createdAt;
    });
    return media;
}

// Evidence files: originals, then derivatives after their parents; exhibit numbers in that order. A still's picture
// is kept for the report.
Status PackageContents::collectEvidence(PackageModel& m, const Release& release)
{
    MediaLibrary library(m_db);
    auto key = library.key();
    if (!key)
        return key.error();
    auto media = releasedMedia(release);
    if (!media)
        return media.error();
    QSqlDatabase db = m_db.connection();
    QHash<QString, QString> pathOfMedia, exhibitOfMedia;
    int exhibit = 0;
    for (const MediaRow& row : std::as_const(*media)) {
        auto reader = LpencReader::open(library.pathOf(row), *key);
        if (!reader)
            return reader.error();
        QByteArray head(static_cast<qsizetype>(std::min<quint64>((*reader)->size(), 512)), Qt::Uninitialized);
        (*reader)->read(0, head.data(), head.size());
        const QString ext = extensionFor(head, row);
        PackageFile f;
        f.exhibit = QStringLiteral("E%1").arg(++exhibit, 2, 10, QLatin1Char('0'));
        f.sourceId = row.id;
        f.size = row.plaintextSize;
        f.sha256 = row.sha256;
        f.mediaType = mediaTypeFor(ext);
        f.createdAt = row.createdAt;
        f.createdBy = row.createdBy;
        f.camera = row.camera;
        f.duration = row.duration;
        f.operation = row.operation;
        f.parameters = row.operationParams;
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT store_id, tool FROM media WHERE id = ?"));
        q.addBindValue(row.id);
        if (q.exec() && q.next()) {
            const SqlRow media(q);
            f.storeId = media.string("store_id");
            f.tool = media.string("tool");
        }
        if (row.kind == QLatin1String("original")) {
            f.role = QStringLiteral("original");
            f.path = QStringLiteral("evidence/%1-original-%2.%3")
                         .arg(f.exhibit, PackageContents::safeName(row.camera), ext);
            f.description = tr("Original recording, camera %1, recorder start %2").arg(row.camera, row.recordedStart);
        } else {
            f.role = row.operation == QLatin1String("frame") ? QStringLiteral("still") : QStringLiteral("derivative");
            const QString parentExhibit = exhibitOfMedia.value(row.parentId);
            f.parentPath = pathOfMedia.value(row.parentId);
            if (auto parent = library.get(row.parentId))
                f.parentSha256 = parent->sha256;
            f.path = QStringLiteral("evidence/%1-%2-of-%3.%4")
                         .arg(f.exhibit, PackageContents::safeName(row.operation),
                              parentExhibit.isEmpty() ? f.parentSha256.left(12) : parentExhibit, ext);
            f.description
                = tr("%1 of %2 (camera %3)")
                      .arg(row.operation, parentExhibit.isEmpty() ? tr("an item not in this package") : parentExhibit,
                           row.camera);
            if (f.role == QLatin1String("still") && row.plaintextSize < 64 * 1024 * 1024) {
                QByteArray png(static_cast<qsizetype>(row.plaintextSize), Qt::Uninitialized);
                if ((*reader)->read(0, png.data(), png.size()) == png.size()) {
                    QImage image = QImage::fromData(png, "PNG");
                    if (!image.isNull())
                        m.stills.insert(
                            f.path, image.width() > 640 ? image.scaledToWidth(640, Qt::SmoothTransformation) : image);
                }
            }
        }
        pathOfMedia.insert(row.id, f.path);
        exhibitOfMedia.insert(row.id, f.exhibit);
        m.files << f;
    }
    return {};
}

// Statements as released: masked as legal decided; anonymous authors keep their pseudonym unless included.
Status PackageContents::collectStatements(PackageModel& m, const Release& release)
{
    int s = 0;
    for (const ReleaseItem& item : release.items) {
        if (item.kind != QLatin1String("statement"))
            continue;
        auto st = StatementService(m_db).get(item.id);
        if (!st)
            return st.error();
        Statement out = *st;
        if (!release.pii.contacts)
            out.contact.clear();
        if (out.anonymous && !release.pii.anonymousNames)
            out.author = out.pseudonym;
        m.statements << out;
        ++s;
        const QString ex = QStringLiteral("S%1").arg(s, 2, 10, QLatin1Char('0'));
        for (const StatementAttachment& a : st->attachments) {
            PackageFile f;
            f.role = QStringLiteral("statement_attachment");
            f.exhibit = ex;
            f.sourceId = a.id;
            f.path = QStringLiteral("statements/%1-attachments/%2").arg(ex, PackageContents::safeName(a.name));
            f.mediaType = a.mediaType;
            f.size = a.size;
            f.sha256 = a.sha256;
            f.description = tr("Attachment %1 to statement %2").arg(a.name, ex);
            m.files << f;
        }
    }
    return {};
}

// POS records as released: customer data withheld unless included. The journals they were imported from are named.
Status PackageContents::collectPos(PackageModel& m, const Release& release)
{
    QSqlDatabase db = m_db.connection();
    for (const ReleaseItem& item : release.items) {
        if (item.kind != QLatin1String("pos"))
            continue;
        auto linked = PosService(m_db).linked(release.caseId);
        if (!linked)
            return linked.error();
        for (const LinkedTransaction& t : *linked)
            if (t.id == item.id)
                m.pos << t;
    }
    for (const LinkedTransaction& t : std::as_const(m.pos)) {
        if (m.posJournals.contains(t.importId))
            continue;
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT e.name, e.sha256, e.size FROM pos_imports i "
                                 "JOIN evidence_files e ON e.id = i.evidence_file_id WHERE i.id = ?"));
        q.addBindValue(t.importId);
        if (q.exec() && q.next()) {
            const SqlRow journal(q);
            m.posJournals.insert(t.importId, {journal.string("name"), journal.string("sha256"), journal.int64("size")});
        }
    }
    return {};
}

// The custody chain, sealed now so that the copy in the package ends with a signed checkpoint.
Status PackageContents::sealCustody(PackageModel& m)
{
    QSqlDatabase db = m_db.connection();
    m.custodyChain = CustodyLog::caseChain(m.caseId);
    {
        Transaction tx(db);
        LP_TRY(CustodyRecorder(m_db).checkpoint(db, m.custodyChain));
        LP_TRY(tx.commit());
    }
    auto events = CustodyLog::events(db, m.custodyChain);
    if (!events)
        return events.error();
    m.custody = *events;
    return {};
}

} // namespace lpdesk
