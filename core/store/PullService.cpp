#include "store/PullService.h"

#include "auth/Permissions.h"
#include "pos/PosService.h"

#include "common/Runtime.h"
#include "common/Time.h"
#include "crypto/Lpenc.h"
#include "crypto/Random.h"
#include "crypto/Sha256.h"
#include "crypto/X25519.h"
#include "custody/CustodyLog.h"
#include "db/CaseDatabase.h"
#include "db/WorkstationKeys.h"
#include "inbox/TriageRules.h"
#include "media/MediaProbe.h"
#include "store/StoreDrop.h"
#include "store/StoreRegistry.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace lpdesk {

int PullSummary::newIncidents() const
{
    int n = 0;
    for (const auto& s : stores)
        n += s.newIncidents;
    return n;
}
int PullSummary::newMedia() const
{
    int n = 0;
    for (const auto& s : stores)
        n += s.newMedia;
    return n;
}
int PullSummary::quarantined() const
{
    int n = 0;
    for (const auto& s : stores)
        n += s.quarantined;
    return n;
}
qint64 PullSummary::bytesTransferred() const
{
    qint64 n = 0;
    for (const auto& s : stores)
        n += s.bytesTransferred;
    return n;
}
qint64 PullSummary::mediaBytes() const
{
    qint64 n = 0;
    for (const auto& s : stores)
        n += s.mediaBytes;
    return n;
}
bool PullSummary::cancelled() const
{
    for (const auto& s : stores)
        if (s.cancelled)
            return true;
    return false;
}
bool PullSummary::complete() const
{
    if (!posFailures.isEmpty())
        return false;
    for (const auto& s : stores)
        if (!s.error.isEmpty() || s.quarantined || s.cancelled)
            return false;
    return true;
}

namespace {

// One store's pull, with the state its steps share.
class StorePull
{
public:
    StorePull(CaseDatabase& db, const StoreInfo& store, const X25519KeyPair& key, const TriageRules& rules,
              const QString& pullId, const PullService::ProgressFn& progress, int index, int count,
              const std::atomic_bool* cancel)
        : m_db(db),
          m_store(store),
          m_key(key),
          m_rules(rules),
          m_pullId(pullId),
          m_progress(progress),
          m_index(index),
          m_count(count),
          m_cancel(cancel)
    {
        m_result.storeId = store.id;
    }

    StorePullResult run();

private:
    enum class MediaOutcome { New, Duplicate, Quarantined };
    struct FetchedMedia
    {
        MediaOutcome outcome = MediaOutcome::Quarantined;
        QString mediaId; // for New and Duplicate
        QString reason;
        MediaInfo info;
        quint64 fileSize = 0;
        QString retiredKeyId; // hex: the file is sealed to a recipient key retired by a rotation
    };

    void say(const QString& stage, qint64 done = 0, qint64 total = 0)
    {
        if (m_progress)
            m_progress(PullProgress {m_store.id, m_index, m_count, stage, done, total});
    }
    bool cancelled() const { return m_cancel && m_cancel->load(); }
    void quarantine(const QString& item, const QString& kind, const QString& reason);
    Status pullPosJournals(const StoreManifest& manifest);
    // Returns an error only for conditions that must stop this store's pull (network, disk, cancel).
    Status ingestIncident(const QString& id, const QString& page, int nextIndex, const StoreManifest& manifest);
    Result<FetchedMedia> fetchMedia(const IncidentMedia& m);
    static bool isItemFault(const Error& e)
    {
        return e.kind == ErrorKind::Verification || e.kind == ErrorKind::NotFound;
    }

    CaseDatabase& m_db;
    const StoreInfo& m_store;
    const X25519KeyPair& m_key;
    const TriageRules& m_rules;
    QString m_pullId;
    const PullService::ProgressFn& m_progress;
    int m_index;
    int m_count;
    const std::atomic_bool* m_cancel;
    std::unique_ptr<DropSource> m_source;
    StorePullResult m_result;
    QMap<QString, int> m_retiredKeyMedia; // retired recipient key id (hex) -> clips sealed to it in this pull
};

void StorePull::quarantine(const QString& item, const QString& kind, const QString& reason)
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO quarantine (store_id, item, kind, reason, at, pull_id) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(m_store.id);
    q.addBindValue(item.left(300));
    q.addBindValue(kind);
    q.addBindValue(reason.left(2000));
    q.addBindValue(utcNowString());
    q.addBindValue(m_pullId);
    q.exec();
    ++m_result.quarantined;
    say(PullService::tr("quarantined %1: %2").arg(item, reason));
}

StorePullResult StorePull::run()
{
    say(PullService::tr("connecting to %1").arg(m_store.connection.location));
    auto source = DropSource::open(m_store.connection);
    QSqlDatabase db = m_db.connection();
    auto finish = [&](const QString& status, const QString& error) {
        m_result.error = error;
        // A store still sealing to a key retired by a rotation (`user remove --rekey`, `db rekey`): the files are
        // accepted (nothing is lost), but the person removed may hold that key, so say so and audit it.
        for (auto it = m_retiredKeyMedia.cbegin(); it != m_retiredKeyMedia.cend(); ++it) {
            m_result.differences << PullService::tr(
                                        "store %1: %n clip(s) arrived sealed to the retired recipient key %2, which "
                                        "a removed person may hold; give the store the current key (key "
                                        "export-recipient) and re-encrypt (db reencrypt)",
                                        nullptr, it.value())
                                        .arg(m_store.id, it.key().left(16));
            (void)m_db.auditIn(db, QStringLiteral("store_uses_retired_key"),
                               QJsonObject {{QLatin1String("store"), m_store.id},
                                            {QLatin1String("key_id"), it.key()},
                                            {QLatin1String("clips"), it.value()}});
        }
        (void)StoreRegistry::recordPull(db, m_store.id, status, error);
        return m_result;
    };
    if (!source)
        return finish(QStringLiteral("failed"), source.errorMessage());
    m_source = std::move(*source);
    auto storeBytes = m_source->fetch(QStringLiteral("store.json"), StoreDrop::MaxDocumentSize);
    if (!storeBytes) {
        if (isItemFault(storeBytes.error()))
            quarantine(QStringLiteral("store.json"), QStringLiteral("store"), storeBytes.errorMessage());
        return finish(QStringLiteral("failed"), storeBytes.errorMessage());
    }
    auto manifest = StoreDrop::parseStore(*storeBytes);
    if (!manifest) {
        quarantine(QStringLiteral("store.json"), QStringLiteral("store"), manifest.errorMessage());
        return finish(QStringLiteral("failed"), manifest.errorMessage());
    }
    if (manifest->storeId != m_store.id) {
        const QString why = PullService::tr("the drop is for store %1, not %2").arg(manifest->storeId, m_store.id);
        quarantine(QStringLiteral("store.json"), QStringLiteral("store"), why);
        return finish(QStringLiteral("failed"), why);
    }
    {
        Transaction tx(db);
        Status applied = StoreRegistry::applyManifest(db, *manifest, &m_result.differences);
        if (applied && !m_result.differences.isEmpty())
            applied = m_db.auditIn(
                db, QStringLiteral("store_settings_differ"),
                QJsonObject {{QLatin1String("store"), m_store.id},
                             {QLatin1String("drop_timezone"), manifest->timezone},
                             {QLatin1String("drop_clock_offset"), manifest->clockOffset},
                             {QLatin1String("differences"), QJsonArray::fromStringList(m_result.differences)}});
        if (applied)
            applied = tx.commit();
        if (!applied)
            return finish(QStringLiteral("failed"), applied.errorMessage());
    }
    if (Status pos = pullPosJournals(*manifest); !pos)
        return finish(pos.error().kind == ErrorKind::Cancelled ? QStringLiteral("cancelled") : QStringLiteral("failed"),
                      pos.errorMessage());

    // Walk the feed from the cursor.
    QString page = m_store.cursorPage.isEmpty() ? manifest->firstPage : m_store.cursorPage;
    int index = m_store.cursorPage.isEmpty() ? 0 : m_store.cursorIndex;
    QSet<QString> visited;
    for (int pages = 0; !page.isEmpty(); ++pages) {
        if (cancelled()) {
            m_result.cancelled = true;
            return finish(QStringLiteral("cancelled"), QString());
        }
        if (visited.contains(page) || pages >= StoreDrop::MaxFeedPages) {
            quarantine(page, QStringLiteral("feed"),
                       PullService::tr("the feed loops back to %1; stopped following it").arg(page));
            break;
        }
        visited.insert(page);
        auto bytes = m_source->fetch(page, StoreDrop::MaxDocumentSize);
        if (!bytes) {
            if (isItemFault(bytes.error())) {
                quarantine(page, QStringLiteral("feed"), bytes.errorMessage());
                break;
            }
            return finish(QStringLiteral("failed"), bytes.errorMessage());
        }
        auto feed = StoreDrop::parseFeedPage(*bytes);
        if (!feed) {
            quarantine(page, QStringLiteral("feed"), feed.errorMessage());
            break;
        }
        for (int i = index; i < feed->incidents.size(); ++i) {
            if (cancelled()) {
                m_result.cancelled = true;
                return finish(QStringLiteral("cancelled"), QString());
            }
            say(PullService::tr("incident %1 of page %2").arg(i + 1).arg(feed->page), i, feed->incidents.size());
            Status s = ingestIncident(feed->incidents[i], page, i + 1, *manifest);
            if (!s) {
                if (s.error().kind == ErrorKind::Cancelled)
                    m_result.cancelled = true;
                return finish(m_result.cancelled ? QStringLiteral("cancelled") : QStringLiteral("failed"),
                              m_result.cancelled ? QString() : s.errorMessage());
            }
        }
        if (feed->next.isEmpty())
            break;
        page = feed->next;
        index = 0;
        Transaction tx(db);
        if (!StoreRegistry::setCursor(db, m_store.id, page, 0) || !tx.commit())
            return finish(QStringLiteral("failed"), PullService::tr("cannot save the feed position"));
    }
    return finish(m_result.quarantined ? QStringLiteral("partial") : QStringLiteral("ok"), QString());
}

Status StorePull::pullPosJournals(const StoreManifest& manifest)
{
    QSqlDatabase db = m_db.connection();
    for (const DropPosJournal& j : manifest.posJournals) {
        if (cancelled())
            return makeError(ErrorKind::Cancelled, PullService::tr("Cancelled."));
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT 1 FROM evidence_files WHERE store_id = ? AND name = ? AND sha256 = ?"));
        q.addBindValue(m_store.id);
        q.addBindValue(j.file);
        q.addBindValue(j.sha256);
        if (q.exec() && q.next())
            continue;
        q.finish();
        say(PullService::tr("POS journal %1").arg(j.file));
        // Streamed straight into an encrypted file: the journal's plaintext never touches the disk.
        const QString id = randomUuid();
        const QString file = id + QStringLiteral(".lpenc");
        auto writer = LpencWriter::create(m_db.mediaDirectory() + QLatin1Char('/') + file, m_key.publicKey);
        if (!writer)
            return writer.error();
        qint64 size = 0;
        Status streamed = m_source->stream(
            j.file, StoreDrop::MaxPosJournalSize,
            [&](const QByteArray& chunk) {
                size += chunk.size();
                m_result.bytesTransferred += chunk.size();
                return (*writer)->write(chunk);
            },
            m_cancel);
        if (!streamed) {
            (*writer)->cancel();
            if (isItemFault(streamed.error())) {
                quarantine(j.file, QStringLiteral("pos_journal"), streamed.errorMessage());
                continue;
            }
            return streamed;
        }
        auto done = (*writer)->finish();
        if (!done)
            return done.error();
        if (done->sha256 != j.sha256 || size != j.size) {
            QFile::remove(m_db.mediaDirectory() + QLatin1Char('/') + file);
            quarantine(j.file, QStringLiteral("pos_journal"),
                       PullService::tr("SHA-256 or size differs from store.json (got %1, %2 bytes)")
                           .arg(done->sha256)
                           .arg(size));
            continue;
        }
        Transaction tx(db);
        q.prepare(
            QStringLiteral("INSERT INTO evidence_files (id, kind, store_id, name, format, business_day, sha256, size, "
                           "file, received_at, source) VALUES (?, 'pos_journal', ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant& v : {QVariant(id), QVariant(m_store.id), QVariant(j.file), QVariant(j.format),
                                  QVariant(j.businessDay), QVariant(j.sha256), QVariant(size), QVariant(file),
                                  QVariant(utcNowString()), QVariant(m_source->describe())})
            q.addBindValue(v);
        if (!q.exec())
            return failure(q.lastError().text());
        auto ev = CustodyLog::append(db, QStringLiteral("evidence:") + id, m_db.session().userName,
                                     QStringLiteral("received"),
                                     QJsonObject {{QLatin1String("evidence_id"), id},
                                                  {QLatin1String("kind"), QStringLiteral("pos_journal")},
                                                  {QLatin1String("store"), m_store.id},
                                                  {QLatin1String("item"), j.file},
                                                  {QLatin1String("source"), m_source->describe()},
                                                  {QLatin1String("sha256"), j.sha256},
                                                  {QLatin1String("size"), size}});
        if (!ev)
            return ev.error();
        LP_TRY(tx.commit());
        ++m_result.posJournals;
    }
    return {};
}

Result<StorePull::FetchedMedia> StorePull::fetchMedia(const IncidentMedia& m)
{
    FetchedMedia out;
    QSqlDatabase db = m_db.connection();
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT id FROM media WHERE kind = 'original' AND sha256 = ? AND plaintext_size = ?"));
        q.addBindValue(m.sha256);
        q.addBindValue(m.plaintextSize);
        if (q.exec() && q.next()) {
            out.outcome = MediaOutcome::Duplicate;
            out.mediaId = q.value(0).toString();
            return out;
        }
        q.prepare(QStringLiteral("SELECT 1 FROM media WHERE id = ?"));
        q.addBindValue(m.id);
        if (q.exec() && q.next()) {
            out.reason = PullService::tr("media id %1 is already used for different content").arg(m.id);
            return out;
        }
    }
    const QString mediaDir = m_db.mediaDirectory();
    const QString finalPath = mediaDir + QLatin1Char('/') + m.id + QStringLiteral(".lpenc");
    const QString partialDir = mediaDir + QStringLiteral("/partial");
    QDir().mkpath(partialDir);
    const QString partial
        = partialDir + QLatin1Char('/') + m_store.id + QLatin1Char('-') + m.id + QStringLiteral(".part");
    QString candidate = finalPath;
    if (!QFile::exists(finalPath)) {
        say(PullService::tr("downloading %1").arg(m.file), QFileInfo(partial).size(), m.size);
        auto got = m_source->download(
            m.file, partial, m.size,
            [&](qint64 done, qint64 total) { say(PullService::tr("downloading %1").arg(m.file), done, total); },
            m_cancel);
        if (!got) {
            if (isItemFault(got.error())) {
                QFile::remove(partial);
                out.reason = got.errorMessage();
                return out;
            }
            return got.error(); // transient: keep the partial file for the next pull
        }
        m_result.bytesTransferred += *got;
        candidate = partial;
    }
    // Verify what was stored, not what was sent: every chunk authenticated, plaintext hash and size as claimed.
    say(PullService::tr("verifying %1").arg(m.file));
    auto reader = LpencReader::open(candidate, m_key);
    if (!reader) {
        QFile::remove(candidate);
        out.reason = reader.errorMessage();
        return out;
    }
    if (const QByteArray sealedTo = (*reader)->header().recipientKeyId; sealedTo != X25519::keyId(m_key.publicKey))
        out.retiredKeyId = toHex(sealedTo);
    Sha256 hash;
    quint64 plain = 0;
    Status verified = (*reader)->verifyAll(
        [&](const char* p, qsizetype n) {
            hash.addData(p, static_cast<std::size_t>(n));
            plain += static_cast<quint64>(n);
        },
        [&](quint64 done, quint64 total) {
            say(PullService::tr("verifying %1").arg(m.file), static_cast<qint64>(done), static_cast<qint64>(total));
        },
        m_cancel);
    reader->reset();
    if (!verified) {
        if (verified.error().kind == ErrorKind::Cancelled)
            return verified.error();
        QFile::remove(candidate);
        out.reason = verified.errorMessage();
        return out;
    }
    const QString digest = toHex(hash.result());
    if (digest != m.sha256 || plain != static_cast<quint64>(m.plaintextSize)) {
        QFile::remove(candidate);
        out.reason = PullService::tr("decrypted content does not match the store's claim (SHA-256 %1, %2 bytes; "
                                     "expected %3, %4 bytes)")
                         .arg(digest)
                         .arg(plain)
                         .arg(m.sha256)
                         .arg(m.plaintextSize);
        return out;
    }
    auto info = MediaProbe::probe(candidate, m_key);
    if (!info || !info->hasVideo()) {
        QFile::remove(candidate);
        out.reason = info ? PullService::tr("no video stream in the clip") : info.errorMessage();
        return out;
    }
    if (candidate != finalPath && !QFile::rename(candidate, finalPath))
        return failure(PullService::tr("Cannot move the verified clip into the media folder."));
    out.outcome = MediaOutcome::New;
    out.mediaId = m.id;
    out.info = *info;
    out.fileSize = static_cast<quint64>(QFileInfo(finalPath).size());
    return out;
}

Status StorePull::ingestIncident(const QString& id, const QString& page, int nextIndex, const StoreManifest& manifest)
{
    QSqlDatabase db = m_db.connection();
    const QString item = StoreDrop::incidentPath(id);
    auto advance = [&]() -> Status {
        Transaction tx(db);
        LP_TRY(StoreRegistry::setCursor(db, m_store.id, page, nextIndex));
        return tx.commit();
    };
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT 1 FROM incidents WHERE id = ?"));
        q.addBindValue(id);
        if (q.exec() && q.next())
            return advance(); // already here (an earlier pull, or listed twice)
    }
    auto bytes = m_source->fetch(item, StoreDrop::MaxDocumentSize);
    if (!bytes) {
        if (!isItemFault(bytes.error()))
            return bytes.error();
        quarantine(item, QStringLiteral("incident"), bytes.errorMessage());
        return advance();
    }
    auto incident = StoreDrop::parseIncident(*bytes, id, manifest);
    if (!incident) {
        quarantine(item, QStringLiteral("incident"), incident.errorMessage());
        return advance();
    }
    QList<QPair<IncidentMedia, FetchedMedia>> media;
    for (const IncidentMedia& m : incident->media) {
        auto fetched = fetchMedia(m);
        if (!fetched)
            return fetched.error();
        if (fetched->outcome == MediaOutcome::Quarantined)
            quarantine(m.file, QStringLiteral("media"), fetched->reason);
        media.append({m, *fetched});
    }

    // Everything about this incident commits together, with its custody events and the feed position.
    Transaction tx(db);
    const QString now = utcNowString();
    const QString actor = m_db.session().userName;
    const QString chain = CustodyLog::incidentChain(id);
    int missing = 0;
    for (const auto& [m, f] : media)
        if (f.outcome == MediaOutcome::Quarantined)
            ++missing;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO incidents (id, store_id, type, severity, trigger, detected_at, detected_at_local, zone, "
        "register_id, "
        "camera_id, narrative, suspects_json, pos_refs_json, statements_json, raw_json, raw_sha256, media_expected, "
        "media_missing, priority, received_at, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?)"));
    const QString rawSha = Sha256::hashHex(incident->raw);
    for (const QVariant& v :
         {QVariant(id),
          QVariant(m_store.id),
          QVariant(incident->type),
          QVariant(incident->severity),
          QVariant(incident->trigger),
          QVariant(toUtcString(incident->detectedAtUtc)),
          QVariant(incident->detectedAt),
          QVariant(incident->zone),
          incident->registerId.isEmpty() ? QVariant() : QVariant(incident->registerId),
          incident->camera.isEmpty() ? QVariant() : QVariant(incident->camera),
          QVariant(incident->narrative),
          QVariant(QString::fromUtf8(QJsonDocument(incident->suspects).toJson(QJsonDocument::Compact))),
          QVariant(QString::fromUtf8(QJsonDocument(incident->posRefs).toJson(QJsonDocument::Compact))),
          QVariant(QString::fromUtf8(QJsonDocument(incident->statements).toJson(QJsonDocument::Compact))),
          QVariant(QString::fromUtf8(incident->raw)),
          QVariant(rawSha),
          QVariant(static_cast<int>(incident->media.size())),
          QVariant(missing),
          QVariant(m_rules.priority(incident->type, incident->severity)),
          QVariant(now),
          QVariant(m_source->describe())})
        q.addBindValue(v);
    if (!q.exec())
        return failure(PullService::tr("Cannot store incident %1: %2").arg(id, q.lastError().text()));
    QStringList suspectText, statementText;
    for (const QJsonValue& s : incident->suspects) {
        const QJsonObject o = s.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            suspectText << it.value().toString();
    }
    for (const QJsonValue& s : incident->statements)
        statementText << s.toObject().value(QLatin1String("text")).toString();
    q.prepare(QStringLiteral("INSERT INTO incidents_fts (incident_id, store, type, narrative, suspects, statements) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(m_store.id + QLatin1Char(' ') + manifest.name);
    q.addBindValue(incident->type);
    q.addBindValue(incident->narrative);
    q.addBindValue(suspectText.join(QLatin1Char(' ')));
    q.addBindValue(statementText.join(QLatin1Char(' ')));
    if (!q.exec())
        return failure(q.lastError().text());
    auto received = CustodyLog::append(db, chain, actor, QStringLiteral("received"),
                                       QJsonObject {{QLatin1String("incident_id"), id},
                                                    {QLatin1String("store"), m_store.id},
                                                    {QLatin1String("source"), m_source->describe()},
                                                    {QLatin1String("item"), item},
                                                    {QLatin1String("sha256"), rawSha},
                                                    {QLatin1String("detected_at"), incident->detectedAt}});
    if (!received)
        return received.error();
    for (const auto& [m, f] : media) {
        if (f.outcome == MediaOutcome::Quarantined) {
            auto refused = CustodyLog::append(db, chain, actor, QStringLiteral("media_refused"),
                                              QJsonObject {{QLatin1String("media_id"), m.id},
                                                           {QLatin1String("item"), m.file},
                                                           {QLatin1String("claimed_sha256"), m.sha256},
                                                           {QLatin1String("reason"), f.reason}});
            if (!refused)
                return refused.error();
            continue;
        }
        if (f.outcome == MediaOutcome::New) {
            q.prepare(QStringLiteral(
                "INSERT INTO media (id, kind, store_id, camera_id, sha256, plaintext_size, file, file_size, container, "
                "codec, duration, width, height, fps, info_json, recorded_start, recorded_end, created_at, created_by, "
                "tool) "
                "VALUES (?, 'original', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            for (const QVariant& v :
                 {QVariant(f.mediaId), QVariant(m_store.id), QVariant(m.camera), QVariant(m.sha256),
                  QVariant(m.plaintextSize), QVariant(f.mediaId + QStringLiteral(".lpenc")),
                  QVariant(static_cast<qint64>(f.fileSize)), QVariant(f.info.container), QVariant(f.info.videoCodec),
                  QVariant(f.info.duration), QVariant(f.info.width), QVariant(f.info.height), QVariant(f.info.fps),
                  QVariant(QString::fromUtf8(QJsonDocument(f.info.toJson()).toJson(QJsonDocument::Compact))),
                  QVariant(m.start), QVariant(m.end), QVariant(now), QVariant(actor),
                  QVariant(QStringLiteral("LP Desk %1 pull").arg(Runtime::version()))})
                q.addBindValue(v);
            if (!q.exec())
                return failure(PullService::tr("Cannot store media %1: %2").arg(f.mediaId, q.lastError().text()));
        }
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO incident_media (incident_id, media_id) VALUES (?, ?)"));
        q.addBindValue(id);
        q.addBindValue(f.mediaId);
        if (!q.exec())
            return failure(q.lastError().text());
        auto ev = CustodyLog::append(
            db, chain, actor, QStringLiteral("received"),
            QJsonObject {
                {QLatin1String("media_id"), f.mediaId},
                {QLatin1String("item"), m.file},
                {QLatin1String("sha256"), m.sha256},
                {QLatin1String("plaintext_size"), m.plaintextSize},
                {QLatin1String("camera"), m.camera},
                {QLatin1String("recorded_start"), m.start},
                {QLatin1String("verified"), QStringLiteral("every chunk authenticated; SHA-256 of plaintext matches")},
                {QLatin1String("duplicate_of_existing"), f.outcome == MediaOutcome::Duplicate},
                {QLatin1String("sealed_to_retired_key"),
                 f.retiredKeyId.isEmpty() ? QJsonValue() : QJsonValue(f.retiredKeyId)}});
        if (!ev)
            return ev.error();
    }
    LP_TRY(StoreRegistry::setCursor(db, m_store.id, page, nextIndex));
    LP_TRY(tx.commit());
    ++m_result.newIncidents;
    for (const auto& [m, f] : media) {
        if (f.outcome == MediaOutcome::New) {
            ++m_result.newMedia;
            m_result.mediaBytes += static_cast<qint64>(f.fileSize);
            if (!f.retiredKeyId.isEmpty())
                ++m_retiredKeyMedia[f.retiredKeyId];
        } else if (f.outcome == MediaOutcome::Duplicate) {
            ++m_result.duplicateMedia;
        }
    }
    return {};
}

} // namespace

PullService::PullService(CaseDatabase& db) : m_db(db)
{ }

Result<PullSummary> PullService::pull(const QStringList& storeIds, const ProgressFn& progress,
                                      const std::atomic_bool* cancel)
{
    LP_TRY(Permissions::require(m_db.session(), Action::PullStores));
    StoreRegistry registry(m_db);
    auto all = registry.list();
    if (!all)
        return all.error();
    QList<StoreInfo> stores;
    for (const StoreInfo& s : *all)
        if (storeIds.isEmpty() || storeIds.contains(s.id))
            stores << s;
    for (const QString& id : storeIds) {
        bool known = false;
        for (const StoreInfo& s : stores)
            known = known || s.id == id;
        if (!known)
            return makeError(ErrorKind::NotFound, tr("There is no store %1.").arg(id));
    }
    QSqlDatabase db = m_db.connection();
    auto key = WorkstationKeys::recipientKeyPair(db);
    if (!key)
        return key.error();
    const TriageRules rules = TriageRules::load(m_db);
    const QString pullId = randomUuid();
    PullSummary summary;
    for (int i = 0; i < stores.size(); ++i) {
        if (cancel && cancel->load())
            break;
        StorePull one(m_db, stores[i], *key, rules, pullId, progress, i, static_cast<int>(stores.size()), cancel);
        summary.stores << one.run();
    }
    if (!(cancel && cancel->load())) {
        if (progress)
            progress(PullProgress {QString(), std::max(0, static_cast<int>(stores.size()) - 1),
                                   static_cast<int>(stores.size()), tr("importing POS journals"), 0, 0});
        for (const PosImportSummary& p : PosService(m_db).importPending(&summary.posFailures)) {
            ++summary.posImported;
            summary.posTransactions += p.transactions;
        }
    }
    QJsonArray perStore;
    for (const StorePullResult& r : summary.stores)
        perStore.append(QJsonObject {{QLatin1String("store"), r.storeId},
                                     {QLatin1String("new_incidents"), r.newIncidents},
                                     {QLatin1String("new_media"), r.newMedia},
                                     {QLatin1String("quarantined"), r.quarantined},
                                     {QLatin1String("bytes"), r.bytesTransferred},
                                     {QLatin1String("error"), r.error},
                                     {QLatin1String("cancelled"), r.cancelled}});
    (void)m_db.audit(QStringLiteral("pull"),
                     QJsonObject {{QLatin1String("pull_id"), pullId}, {QLatin1String("stores"), perStore}});
    return summary;
}

} // namespace lpdesk
