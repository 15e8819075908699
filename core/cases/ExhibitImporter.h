// Evidence that does not come through a store drop — a DVR export on a USB stick, a VMS export, a phone video, a
// still, a document — taken into a case or an incident. Each file is hashed as it is read and kept bit for bit as
// the native master exhibit (encrypted at rest like everything else), custody "acquired" records who, when, where
// from and the hash; where the native file cannot be played or trimmed directly a working copy (an MP4 remux, or an
// H.264 transcode where a remux cannot serve) is made as a derivative of the master. ZIP exports are unpacked under the
// package verifier's hostile-archive rules. Anything FFmpeg cannot read is still kept, as a document, with the reason.
// One file (or one archive) is all or nothing.
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

class QSqlDatabase;
class QTimeZone;

namespace lpdesk {

class CaseDatabase;
class LpencWriter;
struct NativeHints;
struct NewDerivative;
struct Remuxed;
struct X25519KeyPair;

struct ExhibitRequest
{
    QString caseId; // exactly one of caseId and incidentId
    QString incidentId;
    QString source; // where it came from, in the investigator's words (required)
    QString camera;
    QDateTime start; // the recording's start as its recorder's clock showed it; invalid: what the file says
    std::optional<double> clockOffset; // seconds the recorder's clock was ahead of true time
    double fps = 0; // raw H.264/H.265 elementary streams; 0: what the stream says
};

struct ImportedExhibit
{
    QString mediaId;
    QString name; // as received; "export.zip!ch01.ts" for unpacked files
    QString mediaType; // video, audio, image, document
    QString sha256;
    qint64 size = 0;
    QString workingCopyId;
    QString workingCopyMethod; // "remux" or "transcode"
    QString recordedStart;
    QString startSource;
    QString archiveId; // the archive it was unpacked from
    QStringList notes;
    QJsonObject toJson() const;
};

class ExhibitImporter
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::ExhibitImporter)

public:
    static constexpr qint64 MaxFileBytes = qint64(64) * 1024 * 1024 * 1024;
    static constexpr qint64 MaxArchiveBytes = qint64(64) * 1024 * 1024 * 1024; // all entries together
    static constexpr int MaxArchiveEntries = 5000;
    static constexpr int MaxSourceLength = 500;

    // what: the file being read or converted; done/total in bytes.
    using Progress = std::function<void(const QString& what, qint64 done, qint64 total)>;

    explicit ExhibitImporter(CaseDatabase& db);

    // The role (investigator or admin), the request and the files, before anything is written.
    Status check(const QStringList& files, const ExhibitRequest& request);
    // One file, or one archive with everything in it: all recorded in one transaction, or nothing.
    Result<QList<ImportedExhibit>> importFile(const QString& path, const ExhibitRequest& request,
                                              const Progress& progress = {}, const std::atomic_bool* cancel = nullptr);

    static bool isArchive(const QString& path);

private:
    // The recipient key the exhibits are encrypted to, for an importer (the table's ImportEvidence: an
    // administrator may import though not view evidence, so not MediaLibrary::key()).
    Result<X25519KeyPair> importKey();
    struct Pending;
    Status requireImporter() const;
    Result<QString> storeOf(const ExhibitRequest& request);
    // modified: the file's last modification time (an archive's for its entries), for a timecode's date.
    Status analyse(Pending& p, const ExhibitRequest& request, const QString& storeId, const QDateTime& modified,
                   const Progress& progress, const std::atomic_bool* cancel);
    // The steps of analyse(): what the file is, the zone of a local time in it, when it started, its working copy.
    Status identify(Pending& p, const X25519KeyPair& key, const QString& suffix, const NativeHints& hints);
    QTimeZone storeZone(const QString& storeId, const QString& caseId);
    void readStart(Pending& p, const ExhibitRequest& request, const X25519KeyPair& key, const QByteArray& head,
                   bool heif, bool heifFile, const QTimeZone& zone);
    Status makeWorkingCopy(Pending& p, const X25519KeyPair& key, const NativeHints& hints, const Progress& progress,
                           const std::atomic_bool* cancel);
    Status keepWorkingCopy(Pending& p, const X25519KeyPair& key, const NativeHints& hints, Remuxed& made);
    // The steps of importFile(): a new encrypted master for a file (feed streams its plaintext into the writer), and
    // one for each entry of an archive.
    using MasterFeed = std::function<Status(LpencWriter&)>;
    Status writeMaster(QList<Pending>& pending, const X25519KeyPair& key, const QString& name, const MasterFeed& feed);
    Status unpackArchive(QList<Pending>& pending, const QString& path, const X25519KeyPair& key,
                         const Progress& progress, const std::atomic_bool* cancel);
    Status record(QList<Pending>& pending, const ExhibitRequest& request, const QString& storeId);
    // The steps of record(): the media row, custody's "acquired", the working copy as a derivative.
    Status insertMedia(QSqlDatabase& db, const Pending& p, const ExhibitRequest& request, const QString& storeId,
                       const QString& now, const QString& tool);
    QJsonObject acquiredDetails(const Pending& p, const ExhibitRequest& request, const QString& now) const;
    static QJsonObject archiveOrigin(const Pending& p);
    static NewDerivative workingCopy(const Pending& p, const ExhibitRequest& request, const QString& tool);
    CaseDatabase& m_db;
};

} // namespace lpdesk
