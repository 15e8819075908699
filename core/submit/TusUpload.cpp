#include "submit/TusUpload.h"

#include "submit/AgencyClient.h"
#include "submit/SubmissionService.h"

namespace lpdesk {

namespace {

qint64 tusChunkSize()
{
    // Tests make chunks small to exercise resumption; real uploads use 4 MiB.
    const int env = qEnvironmentVariableIntValue("LPDESK_UPLOAD_CHUNK");
    return env >= 1024 ? env : 4 * 1024 * 1024;
}

} // namespace

TusUpload::TusUpload(AgencyClient& client, const QUrl& uploadUrl, const std::atomic_bool* cancel)
    : m_client(client), m_uploadUrl(uploadUrl), m_cancel(cancel)
{ }

Status TusUpload::upload(TusFile& t)
{
    qint64 offset = 0;
    if (t.location.isEmpty())
        LP_TRY(create(t));
    else
        LP_TRY(askOffset(t, &offset));
    const qint64 chunk = tusChunkSize();
    while (offset < t.size) {
        if (m_cancel && m_cancel->load())
            return makeError(ErrorKind::Cancelled, SubmissionService::tr("Cancelled."));
        LP_TRY(sendChunk(t, &offset, chunk));
    }
    return {};
}

// The creation request: the agency answers where it keeps the upload, which must be on its own origin.
Status TusUpload::create(TusFile& t)
{
    const HttpAnswer h = m_client.exchange(
        [&] {
            QNetworkRequest r = m_client.request(m_uploadUrl);
            r.setRawHeader("Tus-Resumable", "1.0.0");
            r.setRawHeader("Upload-Length", QByteArray::number(t.size));
            r.setRawHeader("Upload-Metadata", t.metadata);
            return r;
        },
        "POST", QByteArray());
    if (h.status != 201 || h.headers.value("location").isEmpty())
        return m_client.stop(AgencyOutcome::fromAnswer(
            h,
            t.name.isEmpty() ? SubmissionService::tr("Starting the upload")
                             : SubmissionService::tr("Starting the upload of %1").arg(t.name)));
    // Checked before the file keeps it: a refused address must not be where the next attempt asks (with the
    // agency's credentials) for the offset.
    const QUrl location = m_uploadUrl.resolved(QUrl(QString::fromLatin1(h.headers.value("location"))));
    if (!m_client.sameOrigin(location))
        return m_client.stop(AgencyOutcome::fail(m_client.foreignOrigin(location)));
    t.location = location.toString();
    return t.saveLocation(t.location);
}

// HEAD on an upload begun before: the offset the agency holds.
Status TusUpload::askOffset(TusFile& t, qint64* offset)
{
    const HttpAnswer h = m_client.exchange(
        [&] {
            QNetworkRequest r = m_client.request(QUrl(t.location));
            r.setRawHeader("Tus-Resumable", "1.0.0");
            return r;
        },
        "HEAD", QByteArray());
    bool ok = false;
    *offset = h.headers.value("upload-offset").toLongLong(&ok);
    if (h.status != 200 && h.status != 204)
        return m_client.stop(AgencyOutcome::fromAnswer(
            h,
            t.name.isEmpty() ? SubmissionService::tr("Asking where the upload stopped")
                             : SubmissionService::tr("Asking where the upload of %1 stopped").arg(t.name)));
    if (!ok || *offset < 0 || *offset > t.size)
        return m_client.stop(
            AgencyOutcome::fail(SubmissionService::tr("The agency reports an impossible upload offset.")));
    return t.saveOffset(*offset);
}

// One PATCH from *offset, moved to what the agency acknowledged.
Status TusUpload::sendChunk(TusFile& t, qint64* offset, qint64 chunk)
{
    const QByteArray data = t.read(*offset, std::min(chunk, t.size - *offset));
    if (data.isEmpty())
        return m_client.stop(AgencyOutcome::fail(SubmissionService::tr("Cannot read the sealed package.")));
    if (t.countSent)
        LP_TRY(t.countSent(data.size())); // counted before it goes: a crash mid-send still counts it
    bool resend = false;
    const HttpAnswer h = m_client.exchange(
        [&] {
            if (resend && t.countSent)
                (void)t.countSent(data.size()); // a resend after a token refresh counts too
            resend = true;
            QNetworkRequest r = m_client.request(QUrl(t.location));
            r.setRawHeader("Tus-Resumable", "1.0.0");
            r.setRawHeader("Upload-Offset", QByteArray::number(*offset));
            r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/offset+octet-stream"));
            return r;
        },
        "PATCH", data);
    if (h.status == 409) // offset mismatch: the next attempt asks with HEAD
        return m_client.stop({AgencyOutcome::Retry,
                              SubmissionService::tr("The agency and the workstation disagree on the upload offset."),
                              0});
    if (h.status != 204)
        return m_client.stop(AgencyOutcome::fromAnswer(
            h,
            t.name.isEmpty() ? SubmissionService::tr("Uploading") : SubmissionService::tr("Uploading %1").arg(t.name)));
    bool ok = false;
    const qint64 acknowledged = h.headers.value("upload-offset").toLongLong(&ok);
    if (!ok || acknowledged <= *offset || acknowledged > t.size)
        return m_client.stop(
            AgencyOutcome::fail(SubmissionService::tr("The agency acknowledged an impossible upload offset.")));
    *offset = acknowledged;
    return t.saveOffset(*offset);
}

} // namespace lpdesk
