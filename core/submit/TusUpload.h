// One file sent to the agency with tus (resumable uploads 1.0.0): the creation request, or HEAD to learn the offset
// of an upload begun earlier, then PATCH chunk by chunk. What the upload learns (its location, the offset the
// agency acknowledged, the bytes sent) is saved through the file's callbacks before the next step, so that an
// upload interrupted anywhere resumes where it stopped.
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <atomic>
#include <functional>

namespace lpdesk {

class AgencyClient;

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

class TusUpload
{
public:
    // uploadUrl: the agency's tus creation address for this submission. Failures go through client.stop().
    TusUpload(AgencyClient& client, const QUrl& uploadUrl, const std::atomic_bool* cancel);

    // Uploads t, resumed from the agency's offset when it was begun before.
    Status upload(TusFile& t);

private:
    Status create(TusFile& t);
    Status askOffset(TusFile& t, qint64* offset);
    Status sendChunk(TusFile& t, qint64* offset, qint64 chunk);

    AgencyClient& m_client;
    const QUrl m_uploadUrl;
    const std::atomic_bool* m_cancel;
};

} // namespace lpdesk
