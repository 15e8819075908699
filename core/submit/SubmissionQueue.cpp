// SubmissionService::queue: an approved release sealed into the outbox with the agency's create request, in steps.
#include "submit/SubmissionService.h"

#include "agencies/AgencyRegistry.h"
#include "auth/Permissions.h"
#include "cases/CaseService.h"
#include "common/Time.h"
#include "crypto/Random.h"
#include "crypto/SecureBytes.h"
#include "crypto/Sha256.h"
#include "custody/CustodyLog.h"
#include "custody/CustodyRecorder.h"
#include "db/CaseDatabase.h"
#include "db/SqlRow.h"
#include "export/NibrsIncident.h"
#include "export/PackageBuilder.h"
#include "export/ReleaseOutings.h"
#include "export/ReleaseService.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

#include <tuple>

namespace lpdesk {

namespace {

// The incident with only the optional fields the agency profile allows.
QJsonObject minimised(QJsonObject incident, const QStringList& allowed)
{
    QJsonArray offenses;
    for (const QJsonValue& v : incident.value(QLatin1String("offenses")).toArray()) {
        QJsonObject o = v.toObject();
        for (const QString& f : AgencyRegistry::optionalFields())
            if (!allowed.contains(f))
                o.remove(f);
        offenses.append(o);
    }
    incident.insert(QLatin1String("offenses"), offenses);
    return incident;
}

// What queueing learns, step by step, and the package it sealed into the outbox (removed again when a later step
// fails).
struct Queued
{
    QString releaseId, agencyId; // as asked
    QString id, name, path, sha;
    SecureBytes password; // random; the agency receives it inside the signed create request
    qint64 size = 0;
    Release release;
    AgencyProfile agency;
    CaseInfo caseInfo;
    ExportResult built;
    QJsonArray files; // the files the create request announces
    QJsonArray extras; // the small documents uploaded after the package (file-taking agencies)

    Error discard(const Error& e) const
    {
        QFile::remove(path);
        return e;
    }
};

// A release goes out once: delivered (submitted) is final, and a submission still in the outbox is the one copy.
// Failed and cancelled ones may be queued again. The audit chain decides, not the release's state or the outbox
// rows, which the database key can reset (ReleaseOutings). A query that fails refuses (fail closed).
Status notSentAlready(CaseDatabase& db, const Release& release)
{
    QSqlDatabase conn = db.connection();
    auto outings = ReleaseOutings::of(conn, release.id);
    if (!outings)
        return failure(SubmissionService::tr("Cannot tell whether release %1 was submitted already: %2")
                           .arg(release.id, outings.errorMessage()));
    if (release.state == QLatin1String("submitted") || outings->submittedSeq > 0)
        return makeError(ErrorKind::Permission,
                         SubmissionService::tr("Release %1 was submitted to agency %2 already; a release goes out "
                                               "once. Request a new release for another submission.")
                             .arg(release.id, release.agencyId));
    if (outings->exportedSeq > 0)
        return makeError(ErrorKind::Permission,
                         SubmissionService::tr("Release %1 was exported already (audit event %2); a release goes out "
                                               "once. Request a new release for a submission.")
                             .arg(release.id)
                             .arg(outings->exportedSeq));
    QSqlQuery q(conn);
    q.prepare(QStringLiteral("SELECT id, state FROM submissions WHERE release_id = ? AND state NOT IN ('failed', "
                             "'cancelled') ORDER BY created_at LIMIT 1"));
    q.addBindValue(release.id);
    if (!q.exec())
        return failure(SubmissionService::tr("Cannot tell whether release %1 was submitted already: %2")
                           .arg(release.id, q.lastError().text()));
    const bool inOutbox = q.next();
    const QString id = inOutbox ? SqlRow(q).string("id") : outings->liveSubmission;
    if (!inOutbox && id.isEmpty())
        return {};
    const QString state = inOutbox ? SqlRow(q).string("state")
                                   : SubmissionService::tr("queued in audit event %1").arg(outings->liveSeq);
    return makeError(ErrorKind::Permission,
                     SubmissionService::tr("Release %1 is in the outbox already (submission %2, %3); a release goes "
                                           "out once. Cancel that submission first, or request a new release.")
                         .arg(release.id, id, state));
}

// The release must be approved, unchanged and approved for this agency, and not sent already.
Status checkRelease(CaseDatabase& db, const QString& releaseId, const QString& agencyId, Queued* q)
{
    auto release = ReleaseService(db).approvedAndUnchanged(releaseId);
    if (!release)
        return release.error();
    if (release->purpose != QLatin1String("agency") || release->agencyId != agencyId)
        return makeError(ErrorKind::Permission,
                         SubmissionService::tr(
                             "Release %1 was approved for %2, not for agency %3: request a release for that agency.")
                             .arg(releaseId,
                                  release->purpose == QLatin1String("agency")
                                      ? SubmissionService::tr("agency %1").arg(release->agencyId)
                                      : release->purpose,
                                  agencyId));
    LP_TRY(notSentAlready(db, *release));
    auto agency = AgencyRegistry(db).get(agencyId);
    if (!agency)
        return agency.error();
    LP_TRY(AgencyRegistry::checkTrust(*agency));
    auto info = CaseService(db).show(release->caseId);
    if (!info)
        return info.error();
    q->releaseId = releaseId;
    q->agencyId = agencyId;
    q->release = *release;
    q->agency = *agency;
    q->caseInfo = *info;
    return {};
}

// The package sealed into the outbox, encrypted at rest with a random password, and hashed.
Status sealPackage(CaseDatabase& db, const QString& releaseId, const SubmissionService::Progress& progress,
                   const std::atomic_bool* cancel, Queued* q)
{
    q->id = randomUuid();
    const QString dir = db.mediaDirectory() + QStringLiteral("/outbox");
    if (!QDir().mkpath(dir))
        return failure(SubmissionService::tr("Cannot create the outbox folder %1.").arg(dir));
    q->name = q->id + QStringLiteral(".zip");
    QByteArray raw = randomBytes(32);
    QByteArray hex = raw.toHex();
    wipe(raw);
    q->password = SecureBytes::takeFrom(hex);
    ExportOptions options;
    options.outPath = dir + QLatin1Char('/') + q->name;
    options.password = &q->password;
    options.progress = progress;
    options.cancel = cancel;
    options.recordExport = false;
    auto built = PackageBuilder(db).exportRelease(releaseId, options);
    if (!built)
        return built.error();
    q->built = *built;
    q->path = options.outPath;
    q->sha = SubmissionService::packageHash(q->path, &q->size);
    if (q->sha.isEmpty())
        return q->discard(failure(SubmissionService::tr("Cannot read the sealed package back.")));
    if (q->size > q->agency.maxBytes)
        return q->discard(makeError(ErrorKind::Usage,
                                    SubmissionService::tr("The package is %1 bytes; agency %2 takes "
                                                          "at most %3.")
                                        .arg(q->size)
                                        .arg(q->agencyId)
                                        .arg(q->agency.maxBytes)));
    return {};
}

// The files the create request announces: the package and, for agencies that take files (payload profile
// nibrs-file), the incident as documents of their own. The XML is the NIBRS IEPD 4.2 Group A report; one that
// cannot be valid stops the submission here.
Status announceFiles(const QJsonObject& incident, Queued* q)
{
    q->files = QJsonArray {QJsonObject {{QLatin1String("name"), QStringLiteral("package.zip")},
                                        {QLatin1String("size"), q->size},
                                        {QLatin1String("sha256"), q->sha},
                                        {QLatin1String("media_type"), QStringLiteral("application/zip")},
                                        {QLatin1String("encryption"), QStringLiteral("winzip-aes-256")}}};
    if (q->agency.payloadProfile != QLatin1String("nibrs-file"))
        return {};
    QList<std::tuple<QString, QString, QByteArray>> documents {
        {QStringLiteral("incident.json"), QStringLiteral("application/json"),
         QJsonDocument(incident).toJson(QJsonDocument::Indented)}};
    for (int i = 0; i < q->built.nibrs.size(); ++i) {
        const NibrsDocument& doc = q->built.nibrs.at(i);
        if (doc.xml.isEmpty())
            return q->discard(makeError(ErrorKind::Usage, doc.refusal));
        documents.append({i == 0 ? QStringLiteral("incident.xml") : QStringLiteral("incident-%1.xml").arg(i + 1),
                          QStringLiteral("application/xml"), doc.xml});
    }
    for (const auto& [fileName, type, bytes] : documents) {
        const QString hash = Sha256::hashHex(bytes);
        q->files.append(QJsonObject {{QLatin1String("name"), fileName},
                                     {QLatin1String("size"), static_cast<qint64>(bytes.size())},
                                     {QLatin1String("sha256"), hash},
                                     {QLatin1String("media_type"), type}});
        q->extras.append(QJsonObject {{QLatin1String("name"), fileName},
                                      {QLatin1String("sha256"), hash},
                                      {QLatin1String("content"), QString::fromLatin1(bytes.toBase64())},
                                      {QLatin1String("location"), QString()},
                                      {QLatin1String("uploaded"), false}});
    }
    return {};
}

// The create request's body (lpdesk-agency-v1 with the package's NIBRS-shaped incident, which honours legal's
// personal-data decision); guardrails applied again over the whole body.
QJsonObject createBody(const QString& organisation, const QJsonObject& incident, const Queued& q)
{
    return SubmissionService::withoutGuardrailedFields(QJsonObject {
        {QLatin1String("protocol"), QStringLiteral("lpdesk-agency-v1")},
        {QLatin1String("submission_id"), q.id},
        {QLatin1String("organisation"), organisation},
        {QLatin1String("case"),
         QJsonObject {{QLatin1String("reference"), q.caseInfo.reference}, {QLatin1String("title"), q.caseInfo.title}}},
        {QLatin1String("release"),
         QJsonObject {{QLatin1String("id"), q.release.id},
                      {QLatin1String("approved_by"), q.release.decidedBy},
                      {QLatin1String("approved_at"), q.release.decidedAt},
                      {QLatin1String("content_sha256"), q.release.contentSha256}}},
        {QLatin1String("incident"), incident},
        {QLatin1String("files"), q.files},
        {QLatin1String("package_sha256"), q.sha},
        {QLatin1String("package_password"), QString::fromLatin1(q.password.view())}});
}

QString organisationOf(QSqlDatabase& db)
{
    QSqlQuery o(db);
    if (o.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'organisation'")) && o.next())
        return o.value(0).toString();
    return {};
}

// The submission row, its custody event and its audit entry, in one transaction.
Status recordQueued(CaseDatabase& cases, QSqlDatabase& db, const QJsonObject& payload, const Queued& q)
{
    // The password's text forms, wiped once the statement no longer holds them (declared before it).
    QString password = QString::fromLatin1(q.password.view());
    QByteArray body = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    QString bodyText = QString::fromUtf8(body);
    const auto wipeTexts = qScopeGuard([&] {
        wipe(password);
        wipe(body);
        wipe(bodyText);
    });
    Transaction tx(db);
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO submissions (id, release_id, agency_id, state, package_file, package_password, package_sha256, "
        "package_size, extra_files_json, payload_json, created_at, created_by, updated_at) "
        "VALUES (?, ?, ?, 'queued', ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString now = utcNowString();
    for (const QVariant& v : {QVariant(q.id), QVariant(q.releaseId), QVariant(q.agencyId), QVariant(q.name),
                              QVariant(password), QVariant(q.sha), QVariant(q.size),
                              QVariant(QString::fromUtf8(QJsonDocument(q.extras).toJson(QJsonDocument::Compact))),
                              QVariant(bodyText), QVariant(now), QVariant(cases.session().userName), QVariant(now)})
        insert.addBindValue(v);
    if (!insert.exec())
        return failure(insert.lastError().text());
    const QJsonObject details {{QLatin1String("submission_id"), q.id},
                               {QLatin1String("release_id"), q.releaseId},
                               {QLatin1String("agency_id"), q.agencyId},
                               {QLatin1String("package_sha256"), q.sha}};
    auto ev = CustodyRecorder(cases).record(db, CustodyLog::caseChain(q.release.caseId),
                                            QStringLiteral("submission_queued"), details);
    if (!ev)
        return ev.error();
    LP_TRY(cases.auditIn(db, QStringLiteral("submission_queued"), details));
    return tx.commit();
}

} // namespace

QString SubmissionService::packageHash(const QString& path, qint64* size)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    Sha256 sha;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 n = 0;
    *size = 0;
    while ((n = f.read(buffer.data(), buffer.size())) > 0) {
        sha.addData(buffer.constData(), static_cast<std::size_t>(n));
        *size += n;
    }
    return n < 0 ? QString() : QString::fromLatin1(sha.result().toHex());
}

Result<QString> SubmissionService::queue(const QString& releaseId, const QString& agencyId, const Progress& progress,
                                         const std::atomic_bool* cancel)
{
    LP_TRY(Permissions::require(m_db.session(), Action::SubmitRelease));
    Queued q;
    LP_TRY(checkRelease(m_db, releaseId, agencyId, &q));
    LP_TRY(sealPackage(m_db, releaseId, progress, cancel, &q));
    const QJsonObject incident = minimised(q.built.incident, q.agency.allowedFields);
    LP_TRY(announceFiles(incident, &q));
    QSqlDatabase db = m_db.connection();
    const QJsonObject payload = createBody(organisationOf(db), incident, q);
    if (Status s = recordQueued(m_db, db, payload, q); !s)
        return q.discard(s.error());
    return q.id;
}

} // namespace lpdesk
