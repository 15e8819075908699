#include "submit/SubmissionAttempt.h"

#include "agencies/AgencyRegistry.h"
#include "common/CanonicalJson.h"
#include "crypto/SecureBytes.h"
#include "db/CaseDatabase.h"
#include "export/ReleaseService.h"
#include "submit/TusUpload.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>

namespace lpdesk {

SubmissionService::Attempt::Attempt(SubmissionService& service, CaseDatabase& db, const QString& id,
                                    const Progress& progress, const std::atomic_bool* cancel)
    : service(service), db(db), id(id), progress(progress), cancel(cancel), client(cancel)
{ }

SubmissionService::Attempt::~Attempt()
{
    wipe(payload);
}

Status SubmissionService::Attempt::run()
{
    LP_TRY(load());
    // Checked at send time, not only when it was queued: legal's approval still holds and the agency's endpoint is
    // the one it names (an agency removed, or added again with another address, CA or authentication, gets nothing).
    auto endpoint = service.stillApproved(releaseId, agencyId);
    if (!endpoint)
        return endpoint.error().kind == ErrorKind::Failed ? Status(endpoint.error()) : blockedBy(endpoint.error());
    // And the sealed package is the one queued (its SHA-256 was recorded then): a file swapped in the outbox goes
    // nowhere.
    qint64 onDisk = 0;
    if (SubmissionService::packageHash(packageFile, &onDisk) != packageSha || onDisk != size)
        return blockedBy(makeError(ErrorKind::Verification,
                                   SubmissionService::tr("the sealed package %1 in the outbox is not the one queued "
                                                         "(missing, or its SHA-256 differs)")
                                       .arg(packageFile)));
    if (Status opened = client.open(db, agencyId, {uploadUrl, completeUrl, location}, *endpoint); !opened)
        return opened.error().kind == ErrorKind::Verification ? blockedBy(opened.error()) : opened;
    LP_TRY(create());
    LP_TRY(uploadPackage());
    LP_TRY(uploadExtras());
    return complete();
}

Status SubmissionService::Attempt::blockedBy(const Error& e)
{
    m_blocked = true;
    return e;
}

Status SubmissionService::Attempt::load()
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT remote_id, upload_url, complete_url, upload_location, package_file, "
                             "package_sha256, package_size, uploaded, bytes_sent, payload_json, release_id, "
                             "agency_id, attempts, extra_files_json FROM submissions WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return failure(SubmissionService::tr("There is no submission %1.").arg(id));
    remoteId = q.value(0).toString();
    uploadUrl = q.value(1).toString();
    completeUrl = q.value(2).toString();
    location = q.value(3).toString();
    packageFile = db.mediaDirectory() + QStringLiteral("/outbox/") + q.value(4).toString();
    packageSha = q.value(5).toString();
    size = q.value(6).toLongLong();
    uploaded = q.value(7).toLongLong();
    bytesSent = q.value(8).toLongLong();
    {
        QString text = q.value(9).toString();
        payload = text.toUtf8();
        wipe(text);
    }
    releaseId = q.value(10).toString();
    agencyId = q.value(11).toString();
    const int attempts = q.value(12).toInt() + 1;
    extras = QJsonDocument::fromJson(q.value(13).toString().toUtf8()).array();
    return service.update(id,
                          {{QLatin1String("state"), QStringLiteral("sending")}, {QLatin1String("attempts"), attempts}});
}

// 1. Create (idempotent: a replay answers 200 with the same submission).
Status SubmissionService::Attempt::create()
{
    if (!remoteId.isEmpty())
        return {};
    if (progress)
        progress(0, size, SubmissionService::tr("Creating the submission"));
    const QUrl createUrl = client.base().resolved(QUrl(QStringLiteral("v1/submissions")));
    const HttpAnswer h
        = client.exchange([&] { return client.signedRequest(createUrl, payload, id.toLatin1()); }, "POST", payload);
    if (h.status != 201 && h.status != 200)
        return client.stop(AgencyOutcome::fromAnswer(h, SubmissionService::tr("Creating the submission")));
    const QJsonObject o = QJsonDocument::fromJson(h.body).object();
    remoteId = o.value(QLatin1String("id")).toString();
    uploadUrl = o.value(QLatin1String("upload_url")).toString();
    completeUrl = o.value(QLatin1String("complete_url")).toString();
    const QUrl up(uploadUrl), done(completeUrl);
    if (remoteId.isEmpty() || up.scheme() != QLatin1String("https") || done.scheme() != QLatin1String("https"))
        return client.stop(AgencyOutcome::fail(SubmissionService::tr(
            "The agency's answer to the submission lacks an id or https upload and completion addresses.")));
    if (!client.sameOrigin(up) || !client.sameOrigin(done))
        return client.stop(AgencyOutcome::fail(client.foreignOrigin(client.sameOrigin(up) ? done : up)));
    return service.update(id,
                          {{QLatin1String("remote_id"), remoteId},
                           {QLatin1String("upload_url"), uploadUrl},
                           {QLatin1String("complete_url"), completeUrl}});
}

// 2. The package, from the agency's offset, in chunks.
Status SubmissionService::Attempt::uploadPackage()
{
    QFile file(packageFile);
    if (!file.open(QIODevice::ReadOnly))
        return client.stop(AgencyOutcome::fail(
            SubmissionService::tr("The sealed package %1 is missing from the outbox.").arg(packageFile)));
    TusFile t;
    t.size = size;
    t.metadata = "filename " + QByteArray("package.zip").toBase64() + ",sha256 " + packageSha.toLatin1().toBase64()
        + ",submission " + remoteId.toLatin1().toBase64();
    t.location = location;
    t.read = [&file](qint64 offset, qint64 max) { return file.seek(offset) ? file.read(max) : QByteArray(); };
    t.saveLocation = [this](const QString& where) {
        location = where;
        return service.update(id, {{QLatin1String("upload_location"), where}, {QLatin1String("uploaded"), 0}});
    };
    t.saveOffset = [this](qint64 offset) {
        uploaded = offset;
        if (progress && offset > 0)
            progress(offset, size, SubmissionService::tr("Uploading the package"));
        return service.update(id, {{QLatin1String("uploaded"), offset}});
    };
    t.countSent = [this](qint64 bytes) {
        bytesSent += bytes;
        return service.update(id, {{QLatin1String("bytes_sent"), bytesSent}});
    };
    return TusUpload(client, QUrl(uploadUrl), cancel).upload(t);
}

// 2b. The small documents of a file-taking agency (state saved after every step).
Status SubmissionService::Attempt::uploadExtras()
{
    for (qsizetype i = 0; i < extras.size(); ++i) {
        if (extras[i].toObject().value(QLatin1String("uploaded")).toBool())
            continue;
        const QJsonObject e = extras[i].toObject();
        const QByteArray bytes = QByteArray::fromBase64(e.value(QLatin1String("content")).toString().toLatin1());
        TusFile t;
        t.name = e.value(QLatin1String("name")).toString();
        t.size = bytes.size();
        t.metadata = "filename " + t.name.toUtf8().toBase64() + ",sha256 "
            + e.value(QLatin1String("sha256")).toString().toLatin1().toBase64() + ",submission "
            + remoteId.toLatin1().toBase64();
        t.location = e.value(QLatin1String("location")).toString();
        t.read = [&bytes](qint64 offset, qint64 max) { return bytes.mid(offset, max); };
        t.saveLocation = [this, i](const QString& where) { return saveExtra(i, QLatin1String("location"), where); };
        t.saveOffset = [](qint64) { return Status(); }; // a document is asked for its offset again
        LP_TRY(TusUpload(client, QUrl(uploadUrl), cancel).upload(t));
        LP_TRY(saveExtra(i, QLatin1String("uploaded"), true));
    }
    return {};
}

// 3. Complete: the receipt must name the package hash we sent (and every other file's).
Status SubmissionService::Attempt::complete()
{
    const QByteArray body = "{}";
    const HttpAnswer h
        = client.exchange([&] { return client.signedRequest(QUrl(completeUrl), body, id.toLatin1()); }, "POST", body);
    if (h.status != 200)
        return client.stop(AgencyOutcome::fromAnswer(h, SubmissionService::tr("Completing the submission")));
    const QJsonObject receipt = QJsonDocument::fromJson(h.body).object().value(QLatin1String("receipt")).toObject();
    LP_TRY(checkReceipt(receipt));
    return keepReceipt(receipt);
}

Status SubmissionService::Attempt::checkReceipt(const QJsonObject& receipt)
{
    if (receipt.value(QLatin1String("report_number")).toString().isEmpty())
        return client.stop(AgencyOutcome::fail(SubmissionService::tr("The agency's receipt has no report number.")));
    const QJsonObject hashes = receipt.value(QLatin1String("sha256")).toObject();
    if (hashes.value(QLatin1String("package.zip")).toString() != packageSha)
        return client.stop(AgencyOutcome::fail(
            SubmissionService::tr("The agency's receipt names a different package hash than the one sent.")));
    for (const QJsonValue& v : std::as_const(extras))
        if (hashes.value(v.toObject().value(QLatin1String("name")).toString()).toString()
            != v.toObject().value(QLatin1String("sha256")).toString())
            return client.stop(
                AgencyOutcome::fail(SubmissionService::tr("The agency's receipt names a different hash for %1.")
                                        .arg(v.toObject().value(QLatin1String("name")).toString())));
    return {};
}

// Delivered: the receipt on the submission and the release; the agency holds the package, the case the evidence.
Status SubmissionService::Attempt::keepReceipt(const QJsonObject& receipt)
{
    Transaction tx(db.connection());
    LP_TRY(service.update(id,
                          {{QLatin1String("state"), QStringLiteral("delivered")},
                           {QLatin1String("receipt_json"), QString::fromUtf8(canonicalJson(receipt))},
                           {QLatin1String("next_attempt_at"), QJsonValue()},
                           {QLatin1String("last_error"), QJsonValue()}}));
    LP_TRY(tx.commit());
    LP_TRY(ReleaseService(db).markSubmitted(
        releaseId,
        QJsonObject {{QLatin1String("submission_id"), id},
                     {QLatin1String("agency_id"), agencyId},
                     {QLatin1String("receipt"), receipt},
                     // which trust accepted the agency's TLS chain
                     {QLatin1String("tls_trust"), AgencyRegistry::tlsTrust(client.agency())}}));
    QFile::remove(packageFile);
    return {};
}

Status SubmissionService::Attempt::saveExtra(qsizetype i, QLatin1String field, const QJsonValue& value)
{
    QJsonObject e = extras[i].toObject();
    e.insert(field, value);
    extras[i] = e;
    return service.update(
        id,
        {{QLatin1String("extra_files_json"), QString::fromUtf8(QJsonDocument(extras).toJson(QJsonDocument::Compact))}});
}

} // namespace lpdesk
