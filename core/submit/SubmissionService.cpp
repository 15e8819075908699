#include "submit/SubmissionService.h"

#include "auth/Permissions.h"
#include "cases/CaseService.h"
#include "common/BlockingHttp.h"
#include "common/CanonicalJson.h"
#include "common/Time.h"
#include "crypto/Random.h"
#include "crypto/SecureBytes.h"
#include "crypto/Sha256.h"
#include "custody/CustodyLog.h"
#include "custody/CustodyRecorder.h"
#include "db/CaseDatabase.h"
#include "db/WorkstationKeys.h"
#include "export/NibrsIncident.h"
#include "export/PackageBuilder.h"
#include "export/ReleaseService.h"
#include "submit/AgencyRegistry.h"
#include "submit/HttpSignature.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslConfiguration>
#include <QSslKey>
#include <QThread>
#include <QUrl>

#include <cmath>
#include <tuple>

namespace lpdesk {

namespace {

constexpr qint64 MaxAnswerBytes = 1024 * 1024;

qint64 chunkSize()
{
    // Tests make chunks small to exercise resumption; real uploads use 4 MiB.
    const int env = qEnvironmentVariableIntValue("LPDESK_UPLOAD_CHUNK");
    return env >= 1024 ? env : 4 * 1024 * 1024;
}

using Http = HttpAnswer;

Http call(QNetworkAccessManager& nam, const QNetworkRequest& request, const QByteArray& verb, const QByteArray& body,
          const std::atomic_bool* cancel)
{
    return blockingHttp(nam, request, verb, body, MaxAnswerBytes, cancel);
}

// What one attempt came to.
struct Outcome
{
    enum Kind { Delivered, Retry, Fail } kind = Retry;
    QString message;
    int retryAfter = -1; // seconds, from the agency
};

} // namespace

// RFC 9110 §10.2.3: delay-seconds or an HTTP-date; -1 when absent or unreadable, at most a day.
int SubmissionService::retryAfterSeconds(const QByteArray& value, const QDateTime& now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const qlonglong seconds = v.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : static_cast<int>(std::min<qlonglong>(seconds, 86400));
    // IMF-fixdate, e.g. "Wed, 25 Nov 2026 17:20:00 GMT"
    QString text = QString::fromLatin1(v);
    if (text.endsWith(QLatin1String(" GMT"))) // Qt's RFC 2822 parser wants a numeric zone
        text = text.chopped(4) + QStringLiteral(" +0000");
    const QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return static_cast<int>(std::clamp<qint64>(now.secsTo(when), 0, 86400));
}

namespace {

Outcome fromAnswer(const Http& h, const QString& step)
{
    Outcome o;
    if (h.transportFailed()) {
        if (!h.sslErrors.isEmpty() || h.error == QNetworkReply::SslHandshakeFailedError) {
            o.kind = Outcome::Fail;
            o.message = SubmissionService::tr("%1: the agency's TLS certificate was refused (%2). Check the CA pinned "
                                              "in the agency profile.")
                            .arg(step, h.sslErrors.isEmpty() ? h.errorText : h.sslErrors.join(QStringLiteral("; ")));
            return o;
        }
        o.message = SubmissionService::tr("%1: %2").arg(step, h.errorText);
        return o;
    }
    QString said = QJsonDocument::fromJson(h.body).object().value(QLatin1String("error")).toString();
    if (said.isEmpty())
        said = QString::fromUtf8(h.body.left(300)).simplified();
    o.message = SubmissionService::tr("%1: the agency answered HTTP %2%3")
                    .arg(step)
                    .arg(h.status)
                    .arg(said.isEmpty() ? QString() : QStringLiteral(": ") + said);
    if (h.status == 408 || h.status == 429 || h.status >= 500) {
        o.retryAfter
            = SubmissionService::retryAfterSeconds(h.headers.value("retry-after"), QDateTime::currentDateTimeUtc());
        return o;
    }
    o.kind = Outcome::Fail;
    return o;
}

QSslConfiguration sslFor(const AgencyProfile& agency, const AgencySecrets& secrets)
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (!agency.caPem.isEmpty())
        ssl.setCaCertificates(QSslCertificate::fromData(agency.caPem)); // pinned: only this CA
    if (agency.auth == QLatin1String("mtls")) {
        ssl.setLocalCertificate(QSslCertificate(secrets.clientCertPem));
        QSslKey key(secrets.clientKeyPem, QSsl::Ec);
        if (key.isNull())
            key = QSslKey(secrets.clientKeyPem, QSsl::Rsa);
        ssl.setPrivateKey(key);
    }
    return ssl;
}

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

QString hashFile(const QString& path, qint64* size)
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
    return QString::fromLatin1(sha.result().toHex());
}

} // namespace

QJsonObject Submission::toJson() const
{
    return QJsonObject {
        {QLatin1String("id"), id},
        {QLatin1String("release_id"), releaseId},
        {QLatin1String("agency_id"), agencyId},
        {QLatin1String("state"), state},
        {QLatin1String("attempts"), attempts},
        {QLatin1String("next_attempt_at"), nextAttemptAt.isEmpty() ? QJsonValue() : QJsonValue(nextAttemptAt)},
        {QLatin1String("last_error"), lastError.isEmpty() ? QJsonValue() : QJsonValue(lastError)},
        {QLatin1String("package_size"), packageSize},
        {QLatin1String("uploaded"), uploaded},
        {QLatin1String("bytes_sent"), bytesSent},
        {QLatin1String("receipt"), receipt.isEmpty() ? QJsonValue() : QJsonValue(receipt)},
        {QLatin1String("created_at"), createdAt}};
}

SubmissionService::SubmissionService(CaseDatabase& db) : m_db(db)
{ }

QJsonObject SubmissionService::withoutGuardrailedFields(const QJsonObject& o)
{
    return NibrsIncident::withoutGuardrailedFields(o);
}

Result<QString> SubmissionService::queue(const QString& releaseId, const QString& agencyId, const Progress& progress,
                                         const std::atomic_bool* cancel)
{
    LP_TRY(Permissions::require(m_db.session(), Action::SubmitRelease));
    auto release = ReleaseService(m_db).approvedAndUnchanged(releaseId);
    if (!release)
        return release.error();
    if (release->purpose != QLatin1String("agency") || release->agencyId != agencyId)
        return makeError(ErrorKind::Permission,
                         tr("Release %1 was approved for %2, not for agency %3: request a release for that agency.")
                             .arg(releaseId,
                                  release->purpose == QLatin1String("agency") ? tr("agency %1").arg(release->agencyId)
                                                                              : release->purpose,
                                  agencyId));
    auto agency = AgencyRegistry(m_db).get(agencyId);
    if (!agency)
        return agency.error();
    auto info = CaseService(m_db).show(release->caseId);
    if (!info)
        return info.error();

    // Seal the package into the outbox, encrypted at rest with a random password.
    const QString id = randomUuid();
    const QString dir = m_db.mediaDirectory() + QStringLiteral("/outbox");
    if (!QDir().mkpath(dir))
        return failure(tr("Cannot create the outbox folder %1.").arg(dir));
    const QString name = id + QStringLiteral(".zip");
    const QString passwordText = QString::fromLatin1(randomBytes(32).toHex());
    QByteArray passwordBytes = passwordText.toLatin1();
    const SecureBytes password = SecureBytes::takeFrom(passwordBytes);
    ExportOptions options;
    options.outPath = dir + QLatin1Char('/') + name;
    options.password = &password;
    options.progress = progress;
    options.cancel = cancel;
    options.recordExport = false;
    auto built = PackageBuilder(m_db).exportRelease(releaseId, options);
    if (!built)
        return built.error();
    qint64 size = 0;
    const QString sha = hashFile(options.outPath, &size);
    auto discard = [&](const Error& e) -> Result<QString> {
        QFile::remove(options.outPath);
        return e;
    };
    if (sha.isEmpty())
        return discard(failure(tr("Cannot read the sealed package back.")));
    if (size > agency->maxBytes)
        return discard(makeError(
            ErrorKind::Usage,
            tr("The package is %1 bytes; agency %2 takes at most %3.").arg(size).arg(agencyId).arg(agency->maxBytes)));

    // The create request's body (lpdesk-agency-v1 with the package's NIBRS-shaped incident, which honours legal's
    // personal-data decision); guardrails applied again over the whole body.
    QSqlDatabase db = m_db.connection();
    QString organisation;
    {
        QSqlQuery o(db);
        if (o.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'organisation'")) && o.next())
            organisation = o.value(0).toString();
    }
    // Agencies that take files (payload profile nibrs-file) also get the incident as two documents of their own.
    const QJsonObject incident = minimised(built->incident, agency->allowedFields);
    QJsonArray files {QJsonObject {{QLatin1String("name"), QStringLiteral("package.zip")},
                                   {QLatin1String("size"), size},
                                   {QLatin1String("sha256"), sha},
                                   {QLatin1String("media_type"), QStringLiteral("application/zip")},
                                   {QLatin1String("encryption"), QStringLiteral("winzip-aes-256")}}};
    QJsonArray extras;
    if (agency->payloadProfile == QLatin1String("nibrs-file")) {
        // The XML is the NIBRS IEPD 4.2 Group A report; one that cannot be valid stops the submission here.
        QList<std::tuple<QString, QString, QByteArray>> documents {
            {QStringLiteral("incident.json"), QStringLiteral("application/json"),
             QJsonDocument(incident).toJson(QJsonDocument::Indented)}};
        for (int i = 0; i < built->nibrs.size(); ++i) {
            const NibrsDocument& doc = built->nibrs.at(i);
            if (doc.xml.isEmpty())
                return discard(makeError(ErrorKind::Usage, doc.refusal));
            documents.append({i == 0 ? QStringLiteral("incident.xml") : QStringLiteral("incident-%1.xml").arg(i + 1),
                              QStringLiteral("application/xml"), doc.xml});
        }
        for (const auto& [fileName, type, bytes] : documents) {
            const QString hash = Sha256::hashHex(bytes);
            files.append(QJsonObject {{QLatin1String("name"), fileName},
                                      {QLatin1String("size"), static_cast<qint64>(bytes.size())},
                                      {QLatin1String("sha256"), hash},
                                      {QLatin1String("media_type"), type}});
            extras.append(QJsonObject {{QLatin1String("name"), fileName},
                                       {QLatin1String("sha256"), hash},
                                       {QLatin1String("content"), QString::fromLatin1(bytes.toBase64())},
                                       {QLatin1String("location"), QString()},
                                       {QLatin1String("uploaded"), false}});
        }
    }
    const QJsonObject payload = withoutGuardrailedFields(QJsonObject {
        {QLatin1String("protocol"), QStringLiteral("lpdesk-agency-v1")},
        {QLatin1String("submission_id"), id},
        {QLatin1String("organisation"), organisation},
        {QLatin1String("case"),
         QJsonObject {{QLatin1String("reference"), info->reference}, {QLatin1String("title"), info->title}}},
        {QLatin1String("release"),
         QJsonObject {{QLatin1String("id"), release->id},
                      {QLatin1String("approved_by"), release->decidedBy},
                      {QLatin1String("approved_at"), release->decidedAt},
                      {QLatin1String("content_sha256"), release->contentSha256}}},
        {QLatin1String("incident"), incident},
        {QLatin1String("files"), files},
        {QLatin1String("package_sha256"), sha},
        {QLatin1String("package_password"), passwordText}});

    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO submissions (id, release_id, agency_id, state, package_file, package_password, package_sha256, "
        "package_size, extra_files_json, payload_json, created_at, created_by, updated_at) "
        "VALUES (?, ?, ?, 'queued', ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString now = utcNowString();
    for (const QVariant& v :
         {QVariant(id), QVariant(releaseId), QVariant(agencyId), QVariant(name), QVariant(passwordText), QVariant(sha),
          QVariant(size), QVariant(QString::fromUtf8(QJsonDocument(extras).toJson(QJsonDocument::Compact))),
          QVariant(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))), QVariant(now),
          QVariant(m_db.session().userName), QVariant(now)})
        q.addBindValue(v);
    if (!q.exec())
        return discard(failure(q.lastError().text()));
    const QJsonObject details {{QLatin1String("submission_id"), id},
                               {QLatin1String("release_id"), releaseId},
                               {QLatin1String("agency_id"), agencyId},
                               {QLatin1String("package_sha256"), sha}};
    auto ev = CustodyRecorder(m_db).record(db, CustodyLog::caseChain(release->caseId),
                                           QStringLiteral("submission_queued"), details);
    if (!ev)
        return discard(ev.error());
    if (Status s = m_db.auditIn(db, QStringLiteral("submission_queued"), details); !s)
        return discard(s.error());
    if (Status s = tx.commit(); !s)
        return discard(s.error());
    return id;
}

Result<Submission> SubmissionService::get(const QString& id)
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT id, release_id, agency_id, state, attempts, next_attempt_at, last_error, "
                       "package_size, uploaded, bytes_sent, receipt_json, created_at FROM submissions WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return failure(q.lastError().text());
    if (!q.next())
        return makeError(ErrorKind::NotFound, tr("There is no submission %1.").arg(id));
    Submission s;
    s.id = q.value(0).toString();
    s.releaseId = q.value(1).toString();
    s.agencyId = q.value(2).toString();
    s.state = q.value(3).toString();
    s.attempts = q.value(4).toInt();
    s.nextAttemptAt = q.value(5).toString();
    s.lastError = q.value(6).toString();
    s.packageSize = q.value(7).toLongLong();
    s.uploaded = q.value(8).toLongLong();
    s.bytesSent = q.value(9).toLongLong();
    s.receipt = QJsonDocument::fromJson(q.value(10).toString().toUtf8()).object();
    s.createdAt = q.value(11).toString();
    return s;
}

Result<QList<Submission>> SubmissionService::list()
{
    LP_TRY(Permissions::require(m_db.session(), Action::SeeOutbox));
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id FROM submissions ORDER BY created_at DESC")))
        return failure(q.lastError().text());
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    QList<Submission> out;
    for (const QString& id : ids) {
        auto s = get(id);
        if (!s)
            return s.error();
        out << *s;
    }
    return out;
}

Status SubmissionService::update(const QString& id, const QJsonObject& fields)
{
    QSqlDatabase db = m_db.connection();
    QStringList sets;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        sets << it.key() + QStringLiteral(" = ?");
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("UPDATE submissions SET %1, updated_at = ? WHERE id = ?").arg(sets.join(QStringLiteral(", "))));
    for (auto it = fields.begin(); it != fields.end(); ++it)
        q.addBindValue(it->isNull() ? QVariant() : it->toVariant());
    q.addBindValue(utcNowString());
    q.addBindValue(id);
    if (!q.exec())
        return failure(q.lastError().text());
    return {};
}

Status SubmissionService::cancel(const QString& id)
{
    LP_TRY(Permissions::require(m_db.session(), Action::SubmitRelease));
    auto s = get(id);
    if (!s)
        return s.error();
    if (s->state == QLatin1String("delivered"))
        return makeError(ErrorKind::Usage, tr("Submission %1 was delivered; it cannot be cancelled.").arg(id));
    LP_TRY(update(
        id, {{QLatin1String("state"), QStringLiteral("cancelled")}, {QLatin1String("next_attempt_at"), QJsonValue()}}));
    return m_db.audit(QStringLiteral("submission_cancelled"), QJsonObject {{QLatin1String("submission_id"), id}});
}

// One attempt at delivering a submission, step by step: authenticate, create, upload the package and the small
// documents with tus, complete. Every step saves what it learnt before the next, so that an attempt interrupted
// anywhere resumes where it stopped. A step that cannot go on returns an error: ErrorKind::Failed for a transient
// problem (retried with backoff, or after the agency's Retry-After, kept in retryAfter), Usage for a final one,
// Cancelled when the person cancelled.
struct SubmissionService::Attempt
{
    Attempt(SubmissionService& service, CaseDatabase& db, const QString& id, const Progress& progress,
            const std::atomic_bool* cancel)
        : service(service), db(db), id(id), progress(progress), cancel(cancel)
    { }

    Status run()
    {
        LP_TRY(load());
        LP_TRY(connect());
        LP_TRY(create());
        LP_TRY(uploadPackage());
        LP_TRY(uploadExtras());
        return complete();
    }

    int retryAfter = -1; // seconds, from the agency's answer that stopped the attempt

private:
    // A file to send with tus (resumable uploads 1.0.0): the creation request, HEAD to learn the offset of an
    // upload begun earlier, then PATCH chunk by chunk.
    struct TusFile
    {
        QString name; // empty: the package (the step names in messages say so)
        qint64 size = 0;
        QByteArray metadata; // Upload-Metadata
        QString location; // where the agency keeps the upload; empty until it is created
        std::function<QByteArray(qint64 offset, qint64 max)> read; // empty bytes: cannot be read
        std::function<Status(const QString& location)> saveLocation;
        std::function<Status(qint64 offset)> saveOffset;
        std::function<Status(qint64 bytes)> countSent; // every byte sent, resends included (the package only)
    };

    Status stop(const Outcome& o)
    {
        retryAfter = o.retryAfter;
        return makeError(o.kind == Outcome::Fail ? ErrorKind::Usage : ErrorKind::Failed, o.message);
    }

    Status load()
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
        payload = q.value(9).toString().toUtf8();
        releaseId = q.value(10).toString();
        agencyId = q.value(11).toString();
        const int attempts = q.value(12).toInt() + 1;
        extras = QJsonDocument::fromJson(q.value(13).toString().toUtf8()).array();
        return service.update(
            id, {{QLatin1String("state"), QStringLiteral("sending")}, {QLatin1String("attempts"), attempts}});
    }

    // The agency's profile, secrets and origin, the workstation's signing identity, and (OAuth 2) a token.
    Status connect()
    {
        auto profile = AgencyRegistry(db).get(agencyId);
        if (!profile)
            return profile.error();
        agency = *profile;
        auto stored = AgencyRegistry(db).secrets(agencyId);
        if (!stored)
            return stored.error();
        secrets = *stored;
        QSqlDatabase connection = db.connection();
        auto signer = WorkstationKeys::signingIdentity(connection);
        if (!signer)
            return signer.error();
        identity = std::move(*signer);
        ssl = sslFor(agency, secrets);
        base = QUrl(agency.baseUrl.endsWith(QLatin1Char('/')) ? agency.baseUrl : agency.baseUrl + QLatin1Char('/'));
        for (const QString& known : {uploadUrl, completeUrl, location})
            if (!known.isEmpty() && !sameOrigin(QUrl(known)))
                return stop({Outcome::Fail, foreignOrigin(QUrl(known)), -1});
        if (agency.auth == QLatin1String("oauth2")) {
            const Http h = fetchToken();
            if (h.status != 200)
                return stop(fromAnswer(h, SubmissionService::tr("Getting an access token")));
        }
        return {};
    }

    // 1. Create (idempotent: a replay answers 200 with the same submission).
    Status create()
    {
        if (!remoteId.isEmpty())
            return {};
        if (progress)
            progress(0, size, SubmissionService::tr("Creating the submission"));
        const QUrl createUrl = base.resolved(QUrl(QStringLiteral("v1/submissions")));
        const Http h = exchange([&] { return signedRequest(createUrl, payload); }, "POST", payload);
        if (h.status != 201 && h.status != 200)
            return stop(fromAnswer(h, SubmissionService::tr("Creating the submission")));
        const QJsonObject o = QJsonDocument::fromJson(h.body).object();
        remoteId = o.value(QLatin1String("id")).toString();
        uploadUrl = o.value(QLatin1String("upload_url")).toString();
        completeUrl = o.value(QLatin1String("complete_url")).toString();
        const QUrl up(uploadUrl), done(completeUrl);
        if (remoteId.isEmpty() || up.scheme() != QLatin1String("https") || done.scheme() != QLatin1String("https"))
            return stop({Outcome::Fail,
                         SubmissionService::tr("The agency's answer to the submission lacks an id or https upload and "
                                               "completion addresses."),
                         -1});
        if (!sameOrigin(up) || !sameOrigin(done))
            return stop({Outcome::Fail, foreignOrigin(sameOrigin(up) ? done : up), -1});
        return service.update(id,
                              {{QLatin1String("remote_id"), remoteId},
                               {QLatin1String("upload_url"), uploadUrl},
                               {QLatin1String("complete_url"), completeUrl}});
    }

    // 2. The package, from the agency's offset, in chunks.
    Status uploadPackage()
    {
        QFile file(packageFile);
        if (!file.open(QIODevice::ReadOnly))
            return stop({Outcome::Fail,
                         SubmissionService::tr("The sealed package %1 is missing from the outbox.").arg(packageFile),
                         -1});
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
        return tus(t);
    }

    // 2b. The small documents of a file-taking agency (state saved after every step).
    Status uploadExtras()
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
            LP_TRY(tus(t));
            LP_TRY(saveExtra(i, QLatin1String("uploaded"), true));
        }
        return {};
    }

    // 3. Complete: the receipt must name the package hash we sent (and every other file's).
    Status complete()
    {
        const QByteArray body = "{}";
        const Http h = exchange([&] { return signedRequest(QUrl(completeUrl), body); }, "POST", body);
        if (h.status != 200)
            return stop(fromAnswer(h, SubmissionService::tr("Completing the submission")));
        const QJsonObject receipt = QJsonDocument::fromJson(h.body).object().value(QLatin1String("receipt")).toObject();
        if (receipt.value(QLatin1String("report_number")).toString().isEmpty())
            return stop({Outcome::Fail, SubmissionService::tr("The agency's receipt has no report number."), -1});
        const QJsonObject hashes = receipt.value(QLatin1String("sha256")).toObject();
        if (hashes.value(QLatin1String("package.zip")).toString() != packageSha)
            return stop(
                {Outcome::Fail,
                 SubmissionService::tr("The agency's receipt names a different package hash than the one sent."), -1});
        for (const QJsonValue& v : std::as_const(extras))
            if (hashes.value(v.toObject().value(QLatin1String("name")).toString()).toString()
                != v.toObject().value(QLatin1String("sha256")).toString())
                return stop({Outcome::Fail,
                             SubmissionService::tr("The agency's receipt names a different hash for %1.")
                                 .arg(v.toObject().value(QLatin1String("name")).toString()),
                             -1});
        Transaction tx(db.connection());
        LP_TRY(service.update(id,
                              {{QLatin1String("state"), QStringLiteral("delivered")},
                               {QLatin1String("receipt_json"), QString::fromUtf8(canonicalJson(receipt))},
                               {QLatin1String("next_attempt_at"), QJsonValue()},
                               {QLatin1String("last_error"), QJsonValue()}}));
        LP_TRY(tx.commit());
        LP_TRY(ReleaseService(db).markSubmitted(releaseId,
                                                QJsonObject {{QLatin1String("submission_id"), id},
                                                             {QLatin1String("agency_id"), agencyId},
                                                             {QLatin1String("receipt"), receipt}}));
        QFile::remove(packageFile); // delivered: the agency holds it, the case keeps the evidence
        return {};
    }

    // One tus upload, resumed from the agency's offset when it was begun before.
    Status tus(TusFile& t)
    {
        const QString& file = t.name;
        qint64 offset = 0;
        if (t.location.isEmpty()) {
            const Http h = exchange(
                [&] {
                    QNetworkRequest r = request(QUrl(uploadUrl));
                    r.setRawHeader("Tus-Resumable", "1.0.0");
                    r.setRawHeader("Upload-Length", QByteArray::number(t.size));
                    r.setRawHeader("Upload-Metadata", t.metadata);
                    return r;
                },
                "POST", QByteArray());
            if (h.status != 201 || h.headers.value("location").isEmpty())
                return stop(fromAnswer(h,
                                       file.isEmpty() ? SubmissionService::tr("Starting the upload")
                                                      : SubmissionService::tr("Starting the upload of %1").arg(file)));
            t.location = QUrl(uploadUrl).resolved(QUrl(QString::fromLatin1(h.headers.value("location")))).toString();
            if (!sameOrigin(QUrl(t.location)))
                return stop({Outcome::Fail, foreignOrigin(QUrl(t.location)), -1});
            LP_TRY(t.saveLocation(t.location));
        } else {
            const Http h = exchange(
                [&] {
                    QNetworkRequest r = request(QUrl(t.location));
                    r.setRawHeader("Tus-Resumable", "1.0.0");
                    return r;
                },
                "HEAD", QByteArray());
            bool ok = false;
            offset = h.headers.value("upload-offset").toLongLong(&ok);
            if (h.status != 200 && h.status != 204)
                return stop(fromAnswer(h,
                                       file.isEmpty()
                                           ? SubmissionService::tr("Asking where the upload stopped")
                                           : SubmissionService::tr("Asking where the upload of %1 stopped").arg(file)));
            if (!ok || offset < 0 || offset > t.size)
                return stop(
                    {Outcome::Fail, SubmissionService::tr("The agency reports an impossible upload offset."), -1});
            LP_TRY(t.saveOffset(offset));
        }
        const qint64 chunk = chunkSize();
        while (offset < t.size) {
            if (cancel && cancel->load())
                return makeError(ErrorKind::Cancelled, SubmissionService::tr("Cancelled."));
            const QByteArray data = t.read(offset, std::min(chunk, t.size - offset));
            if (data.isEmpty())
                return stop({Outcome::Fail, SubmissionService::tr("Cannot read the sealed package."), -1});
            if (t.countSent)
                LP_TRY(t.countSent(data.size())); // counted before it goes: a crash mid-send still counts it
            bool resend = false;
            const Http h = exchange(
                [&] {
                    if (resend && t.countSent)
                        (void)t.countSent(data.size()); // a resend after a token refresh counts too
                    resend = true;
                    QNetworkRequest r = request(QUrl(t.location));
                    r.setRawHeader("Tus-Resumable", "1.0.0");
                    r.setRawHeader("Upload-Offset", QByteArray::number(offset));
                    r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/offset+octet-stream"));
                    return r;
                },
                "PATCH", data);
            if (h.status == 409) // offset mismatch: the next attempt asks with HEAD
                return stop({Outcome::Retry,
                             SubmissionService::tr("The agency and the workstation disagree on the upload offset."),
                             0});
            if (h.status != 204)
                return stop(fromAnswer(h,
                                       file.isEmpty() ? SubmissionService::tr("Uploading")
                                                      : SubmissionService::tr("Uploading %1").arg(file)));
            bool ok = false;
            const qint64 acknowledged = h.headers.value("upload-offset").toLongLong(&ok);
            if (!ok || acknowledged <= offset || acknowledged > t.size)
                return stop(
                    {Outcome::Fail, SubmissionService::tr("The agency acknowledged an impossible upload offset."), -1});
            offset = acknowledged;
            LP_TRY(t.saveOffset(offset));
        }
        return {};
    }

    Status saveExtra(qsizetype i, QLatin1String field, const QJsonValue& value)
    {
        QJsonObject e = extras[i].toObject();
        e.insert(field, value);
        extras[i] = e;
        return service.update(id,
                              {{QLatin1String("extra_files_json"),
                                QString::fromUtf8(QJsonDocument(extras).toJson(QJsonDocument::Compact))}});
    }

    QNetworkRequest request(const QUrl& url) const
    {
        QNetworkRequest r(url);
        r.setSslConfiguration(ssl);
        r.setTransferTimeout(60000);
        r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        if (agency.auth == QLatin1String("apikey"))
            r.setRawHeader(agency.apiKeyHeader.toLatin1(), secrets.apiKey);
        if (!bearer.isEmpty())
            r.setRawHeader("Authorization", "Bearer " + bearer);
        return r;
    }

    // RFC 6749 §4.4: client credentials with HTTP Basic client authentication; fetched per attempt and again
    // once when the agency refuses a token that has expired meanwhile.
    Http fetchToken()
    {
        QNetworkRequest r = request(QUrl(agency.tokenUrl));
        r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
        r.setRawHeader("Authorization",
                       "Basic "
                           + (QUrl::toPercentEncoding(agency.clientId) + ':'
                              + QUrl::toPercentEncoding(QString::fromUtf8(secrets.clientSecret)))
                                 .toBase64());
        Http h = call(nam, r, "POST", "grant_type=client_credentials", cancel);
        bearer = QJsonDocument::fromJson(h.body).object().value(QLatin1String("access_token")).toString().toLatin1();
        if (h.status == 200 && bearer.isEmpty())
            h.status = 502; // an answer without a token is the agency's fault: retry later
        return h;
    }

    Http exchange(const std::function<QNetworkRequest()>& make, const QByteArray& verb, const QByteArray& body)
    {
        Http h = call(nam, make(), verb, body, cancel);
        if (h.status == 401 && agency.auth == QLatin1String("oauth2") && fetchToken().status == 200)
            h = call(nam, make(), verb, body, cancel);
        return h;
    }

    // RFC 9421 message signature over the method, the address, the body's digest and the idempotency key.
    QNetworkRequest signedRequest(const QUrl& url, const QByteArray& body) const
    {
        QNetworkRequest r = request(url);
        r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        const QByteArray digest = HttpSignature::contentDigest(body);
        r.setRawHeader("Content-Digest", digest);
        r.setRawHeader("Idempotency-Key", id.toLatin1());
        auto sig = HttpSignature::sign(identity, identity.certificateFingerprint(), QDateTime::currentSecsSinceEpoch(),
                                       {{"@method", "POST"},
                                        {"@target-uri", url.toString(QUrl::FullyEncoded).toLatin1()},
                                        {"content-digest", digest},
                                        {"idempotency-key", id.toLatin1()}});
        if (sig) {
            r.setRawHeader("Signature-Input", sig->signatureInput);
            r.setRawHeader("Signature", sig->signature);
        }
        return r;
    }

    // Every address the agency hands back must be on its own origin: credentials never go to another host.
    bool sameOrigin(const QUrl& u) const
    {
        return u.isValid() && u.scheme() == base.scheme() && u.host().compare(base.host(), Qt::CaseInsensitive) == 0
            && u.port(443) == base.port(443) && u.userInfo().isEmpty();
    }
    QString foreignOrigin(const QUrl& u) const
    {
        return SubmissionService::tr(
                   "The agency named %1, which is not on its own origin %2; nothing (no credentials) was sent there.")
            .arg(u.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery), base.toString(QUrl::RemovePath));
    }

    SubmissionService& service;
    CaseDatabase& db;
    const QString id;
    const Progress& progress;
    const std::atomic_bool* cancel;

    QString remoteId, uploadUrl, completeUrl, location, packageFile, packageSha, releaseId, agencyId;
    qint64 size = 0, uploaded = 0, bytesSent = 0;
    QByteArray payload;
    QJsonArray extras; // small documents after the package: name, sha256, content (base64), location, uploaded

    AgencyProfile agency;
    AgencySecrets secrets;
    SigningIdentity identity;
    QSslConfiguration ssl;
    QUrl base;
    QNetworkAccessManager nam;
    QByteArray bearer;
};

Status SubmissionService::attempt(const QString& id, const Progress& progress, const std::atomic_bool* cancel,
                                  int* retryAfter)
{
    Attempt a(*this, m_db, id, progress, cancel);
    const Status done = a.run();
    *retryAfter = a.retryAfter;
    return done;
}

Result<Submission> SubmissionService::deliver(const QString& id, int maxWaitSeconds, const Progress& progress,
                                              const std::atomic_bool* cancel)
{
    LP_TRY(Permissions::require(m_db.session(), Action::SubmitRelease));
    while (true) {
        auto s = get(id);
        if (!s)
            return s.error();
        if (s->state == QLatin1String("delivered") || s->state == QLatin1String("failed")
            || s->state == QLatin1String("cancelled"))
            return s;
        int retryAfter = -1;
        const Status done = attempt(id, progress, cancel, &retryAfter);
        if (done)
            return get(id);
        const QString message = done.errorMessage();
        if (done.error().kind == ErrorKind::Cancelled) {
            LP_TRY(update(id,
                          {{QLatin1String("state"), QStringLiteral("waiting")},
                           {QLatin1String("next_attempt_at"), utcNowString()},
                           {QLatin1String("last_error"), tr("Interrupted.")}}));
            return get(id);
        }
        if (done.error().kind != ErrorKind::Failed) {
            LP_TRY(update(id,
                          {{QLatin1String("state"), QStringLiteral("failed")},
                           {QLatin1String("next_attempt_at"), QJsonValue()},
                           {QLatin1String("last_error"), message}}));
            (void)m_db.audit(QStringLiteral("submission_failed"),
                             QJsonObject {{QLatin1String("submission_id"), id}, {QLatin1String("reason"), message}});
            return get(id);
        }
        // Exponential backoff with ±20 % jitter, unless the agency said when.
        auto now = get(id);
        const int attempts = now ? now->attempts : 1;
        double delay = retryAfter >= 0 ? retryAfter
                                       : std::min(3600.0, 2.0 * std::pow(2.0, std::max(0, attempts - 1)))
                * (0.8 + 0.4 * (static_cast<quint8>(randomBytes(1)[0]) / 255.0));
        const QString next = toUtcString(QDateTime::currentDateTimeUtc().addMSecs(static_cast<qint64>(delay * 1000)));
        LP_TRY(update(id,
                      {{QLatin1String("state"), QStringLiteral("waiting")},
                       {QLatin1String("next_attempt_at"), next},
                       {QLatin1String("last_error"), message}}));
        if (delay > maxWaitSeconds)
            return get(id);
        if (progress)
            progress(0, 0, tr("Waiting %1 s before trying again: %2").arg(delay, 0, 'f', 1).arg(message));
        for (qint64 waited = 0; waited < static_cast<qint64>(delay * 1000); waited += 100) {
            if (cancel && cancel->load())
                return get(id);
            QThread::msleep(100);
        }
    }
}

Result<QString> SubmissionService::testConnection(const QString& agencyId)
{
    LP_TRY(Permissions::require(m_db.session(), Action::TestAgencies));
    auto agency = AgencyRegistry(m_db).get(agencyId);
    if (!agency)
        return agency.error();
    auto secrets = AgencyRegistry(m_db).secrets(agencyId);
    if (!secrets)
        return secrets.error();
    QNetworkAccessManager nam;
    const QUrl base(agency->baseUrl.endsWith(QLatin1Char('/')) ? agency->baseUrl : agency->baseUrl + QLatin1Char('/'));
    QNetworkRequest r(base.resolved(QUrl(QStringLiteral("v1/submissions"))));
    r.setSslConfiguration(sslFor(*agency, *secrets));
    r.setTransferTimeout(15000);
    const Http h = call(nam, r, "HEAD", QByteArray(), nullptr);
    if (h.transportFailed()) {
        const Outcome o = fromAnswer(h, tr("Connecting to %1").arg(agency->baseUrl));
        return failure(o.message);
    }
    return tr("%1 answered (HTTP %2) over TLS with a certificate from the pinned CA.")
        .arg(agency->baseUrl)
        .arg(h.status);
}

Result<QList<Submission>> SubmissionService::runDue(int maxWaitSeconds, const Progress& progress,
                                                    const std::atomic_bool* cancel)
{
    LP_TRY(Permissions::require(m_db.session(), Action::SubmitRelease));
    QSqlDatabase db = m_db.connection();
    CaseDatabase::testHoldPoint("SubmissionService::runDue");
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT id FROM submissions WHERE state IN ('queued', 'sending') OR "
        "(state = 'waiting' AND (next_attempt_at IS NULL OR next_attempt_at <= ?)) ORDER BY created_at"));
    q.addBindValue(utcNowString());
    if (!q.exec())
        return failure(q.lastError().text());
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    QList<Submission> out;
    for (const QString& id : ids) {
        auto s = deliver(id, maxWaitSeconds, progress, cancel);
        if (!s)
            return s.error();
        out << *s;
    }
    return out;
}

} // namespace lpdesk
