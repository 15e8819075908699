// A store's incidents as they land: each incident's media fetched (deduplicated, downloaded with resume, verified
// chunk by chunk and probed) and then the incident, its media and custody events committed together.
#include "store/StorePull.h"

#include "common/Runtime.h"
#include "common/Time.h"
#include "crypto/Lpenc.h"
#include "crypto/Sha256.h"
#include "custody/CustodyLog.h"
#include "db/CaseDatabase.h"
#include "db/SqlRow.h"
#include "inbox/TriageRules.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace lpdesk {

// The same content already stored (a duplicate), or its id taken by other content (quarantined): true when decided.
bool StorePull::findExisting(const IncidentMedia& m, FetchedMedia& out)
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM media WHERE kind = 'original' AND sha256 = ? AND plaintext_size = ?"));
    q.addBindValue(m.sha256);
    q.addBindValue(m.plaintextSize);
    if (q.exec() && q.next()) {
        out.outcome = MediaOutcome::Duplicate;
        out.mediaId = SqlRow(q).string("id");
        return true;
    }
    q.prepare(QStringLiteral("SELECT 1 FROM media WHERE id = ?"));
    q.addBindValue(m.id);
    if (q.exec() && q.next()) {
        out.reason = PullService::tr("media id %1 is already used for different content").arg(m.id);
        return true;
    }
    return false;
}

Result<StorePull::FetchedMedia> StorePull::fetchMedia(const IncidentMedia& m)
{
    FetchedMedia out;
    if (findExisting(m, out))
        return out;
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
    auto verified = verifyStored(m, candidate, out);
    if (!verified)
        return verified.error();
    if (!*verified)
        return out;
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

// Verify what was stored, not what was sent: every chunk authenticated, plaintext hash and size as claimed.
// False (with out.reason, the file removed) when the clip fails; an error only when cancelled.
Result<bool> StorePull::verifyStored(const IncidentMedia& m, const QString& candidate, FetchedMedia& out)
{
    say(PullService::tr("verifying %1").arg(m.file));
    auto reader = LpencReader::open(candidate, m_key);
    if (!reader) {
        QFile::remove(candidate);
        out.reason = reader.errorMessage();
        return false;
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
        return false;
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
        return false;
    }
    return true;
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
    int missing = 0;
    for (const auto& [m, f] : media)
        if (f.outcome == MediaOutcome::Quarantined)
            ++missing;
    LP_TRY(insertIncident(id, item, *incident, manifest, missing, now));
    for (const auto& [m, f] : media)
        LP_TRY(recordMedia(id, now, m, f));
    LP_TRY(StoreRegistry::setCursor(db, m_store.id, page, nextIndex));
    LP_TRY(tx.commit());
    ++m_result.newIncidents;
    countLanded(media);
    return {};
}

// The incident's row, its full-text entry and its "received" custody event.
Status StorePull::insertIncident(const QString& id, const QString& item, const IncidentRecord& incident,
                                 const StoreManifest& manifest, int missing, const QString& now)
{
    QSqlDatabase db = m_db.connection();
    const QString actor = m_db.session().userName;
    const QString chain = CustodyLog::incidentChain(id);
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO incidents (id, store_id, type, severity, trigger, detected_at, detected_at_local, zone, "
        "register_id, "
        "camera_id, narrative, suspects_json, pos_refs_json, statements_json, raw_json, raw_sha256, "
        "media_expected, "
        "media_missing, priority, received_at, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, "
        "?, ?, ?)"));
    const QString rawSha = Sha256::hashHex(incident.raw);
    for (const QVariant& v :
         {QVariant(id),
          QVariant(m_store.id),
          QVariant(incident.type),
          QVariant(incident.severity),
          QVariant(incident.trigger),
          QVariant(toUtcString(incident.detectedAtUtc)),
          QVariant(incident.detectedAt),
          QVariant(incident.zone),
          incident.registerId.isEmpty() ? QVariant() : QVariant(incident.registerId),
          incident.camera.isEmpty() ? QVariant() : QVariant(incident.camera),
          QVariant(incident.narrative),
          QVariant(QString::fromUtf8(QJsonDocument(incident.suspects).toJson(QJsonDocument::Compact))),
          QVariant(QString::fromUtf8(QJsonDocument(incident.posRefs).toJson(QJsonDocument::Compact))),
          QVariant(QString::fromUtf8(QJsonDocument(incident.statements).toJson(QJsonDocument::Compact))),
          QVariant(QString::fromUtf8(incident.raw)),
          QVariant(rawSha),
          QVariant(static_cast<int>(incident.media.size())),
          QVariant(missing),
          QVariant(m_rules.priority(incident.type, incident.severity)),
          QVariant(now),
          QVariant(m_source->describe())})
        q.addBindValue(v);
    if (!q.exec())
        return failure(PullService::tr("Cannot store incident %1: %2").arg(id, q.lastError().text()));
    QStringList suspectText, statementText;
    for (const QJsonValue& s : incident.suspects) {
        const QJsonObject o = s.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            suspectText << it.value().toString();
    }
    for (const QJsonValue& s : incident.statements)
        statementText << s.toObject().value(QLatin1String("text")).toString();
    q.prepare(QStringLiteral("INSERT INTO incidents_fts (incident_id, store, type, narrative, suspects, statements) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(m_store.id + QLatin1Char(' ') + manifest.name);
    q.addBindValue(incident.type);
    q.addBindValue(incident.narrative);
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
                                                    {QLatin1String("detected_at"), incident.detectedAt}});
    if (!received)
        return received.error();
    return {};
}

// One media item of the incident: refused (custody event only), or linked (stored first when new).
Status StorePull::recordMedia(const QString& id, const QString& now, const IncidentMedia& m, const FetchedMedia& f)
{
    QSqlDatabase db = m_db.connection();
    const QString actor = m_db.session().userName;
    const QString chain = CustodyLog::incidentChain(id);
    QSqlQuery q(db);
    if (f.outcome == MediaOutcome::Quarantined) {
        auto refused = CustodyLog::append(db, chain, actor, QStringLiteral("media_refused"),
                                          QJsonObject {{QLatin1String("media_id"), m.id},
                                                       {QLatin1String("item"), m.file},
                                                       {QLatin1String("claimed_sha256"), m.sha256},
                                                       {QLatin1String("reason"), f.reason}});
        if (!refused)
            return refused.error();
        return {};
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
    return {};
}

void StorePull::countLanded(const FetchedList& media)
{
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
}

} // namespace lpdesk
