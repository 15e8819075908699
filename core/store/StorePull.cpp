// A store's pull: connect, read and apply store.json, pull its POS journals, walk the feed from the cursor.
#include "store/StorePull.h"

#include "common/Time.h"
#include "crypto/Lpenc.h"
#include "crypto/Random.h"
#include "custody/CustodyLog.h"
#include "custody/CustodyRecorder.h"
#include "db/CaseDatabase.h"
#include "db/SqlRow.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace lpdesk {

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

StorePullResult StorePull::finish(const QString& status, const QString& error)
{
    QSqlDatabase db = m_db.connection();
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
}

Status StorePull::applyManifest(const StoreManifest& manifest)
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    // What the store's previous drop said (kept from the last pull), to tell a new claim from a repeated one.
    std::optional<StoreManifest> previous;
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT COALESCE(manifest_json, '') AS manifest_json FROM stores WHERE id = ?"));
        q.addBindValue(m_store.id);
        if (!q.exec() || !q.next())
            return failure(PullService::tr("Cannot read store %1: %2").arg(m_store.id, q.lastError().text()));
        if (const QByteArray raw = SqlRow(q).string("manifest_json").toUtf8(); !raw.isEmpty())
            if (auto parsed = StoreDrop::parseStore(raw))
                previous = *parsed;
    }
    LP_TRY(StoreRegistry::applyManifest(db, manifest, &m_result.differences));
    if (!m_result.differences.isEmpty()) {
        const QJsonObject details {{QLatin1String("store"), m_store.id},
                                   {QLatin1String("drop_timezone"), manifest.timezone},
                                   {QLatin1String("drop_clock_offset"), manifest.clockOffset},
                                   {QLatin1String("differences"), QJsonArray::fromStringList(m_result.differences)}};
        LP_TRY(m_db.auditIn(db, QStringLiteral("store_settings_differ"), details));
        // In the custody of every case with an incident from this store, once per new claim of the drop (a pull
        // that repeats the same claim is audited, not written into each case again): the case's times are read in
        // the zone and offset LP Desk kept, and an examiner sees that the store said otherwise.
        const bool newClaim = !previous || previous->timezone != manifest.timezone
            || !qFuzzyCompare(1.0 + previous->clockOffset, 1.0 + manifest.clockOffset);
        if (newClaim) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT DISTINCT ci.case_id FROM case_incidents ci JOIN incidents i ON i.id = "
                                     "ci.incident_id WHERE i.store_id = ? ORDER BY ci.case_id"));
            q.addBindValue(m_store.id);
            if (!q.exec())
                return failure(q.lastError().text());
            QStringList cases;
            const SqlRow row(q);
            while (q.next())
                cases << row.string("case_id");
            CustodyRecorder custody(m_db);
            for (const QString& c : cases)
                LP_TRY(custody.record(db, CustodyLog::caseChain(c), QStringLiteral("store_settings_differ"), details));
        }
    }
    return tx.commit();
}

StorePullResult StorePull::run()
{
    say(PullService::tr("connecting to %1").arg(m_store.connection.location));
    auto source = DropSource::open(m_store.connection);
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
    if (Status applied = applyManifest(*manifest); !applied)
        return finish(QStringLiteral("failed"), applied.errorMessage());
    if (Status pos = pullPosJournals(*manifest); !pos)
        return finish(pos.error().kind == ErrorKind::Cancelled ? QStringLiteral("cancelled") : QStringLiteral("failed"),
                      pos.errorMessage());
    return walkFeed(*manifest);
}

// Walk the feed from the cursor.
StorePullResult StorePull::walkFeed(const StoreManifest& manifest)
{
    QSqlDatabase db = m_db.connection();
    QString page = m_store.cursorPage.isEmpty() ? manifest.firstPage : m_store.cursorPage;
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
            Status s = ingestIncident(feed->incidents[i], page, i + 1, manifest);
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
        LP_TRY(recordPosJournal(j, id, file, size));
        ++m_result.posJournals;
    }
    return {};
}

// The journal's file, row and custody event, in one transaction.
Status StorePull::recordPosJournal(const DropPosJournal& j, const QString& id, const QString& file, qint64 size)
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO evidence_files (id, kind, store_id, name, format, business_day, sha256, size, "
                       "file, received_at, source) VALUES (?, 'pos_journal', ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v :
         {QVariant(id), QVariant(m_store.id), QVariant(j.file), QVariant(j.format), QVariant(j.businessDay),
          QVariant(j.sha256), QVariant(size), QVariant(file), QVariant(utcNowString()), QVariant(m_source->describe())})
        q.addBindValue(v);
    if (!q.exec())
        return failure(q.lastError().text());
    auto ev
        = CustodyLog::append(db, QStringLiteral("evidence:") + id, m_db.session().userName, QStringLiteral("received"),
                             QJsonObject {{QLatin1String("evidence_id"), id},
                                          {QLatin1String("kind"), QStringLiteral("pos_journal")},
                                          {QLatin1String("store"), m_store.id},
                                          {QLatin1String("item"), j.file},
                                          {QLatin1String("source"), m_source->describe()},
                                          {QLatin1String("sha256"), j.sha256},
                                          {QLatin1String("size"), size}});
    if (!ev)
        return ev.error();
    return tx.commit();
}

} // namespace lpdesk
