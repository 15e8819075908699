// One store's pull, with the state its steps share (internal to PullService; not a public header). The feed walk and
// POS journals are in StorePull.cpp, the incidents and their media in StorePullIncident.cpp.
#pragma once

#include "common/Result.h"
#include "crypto/X25519.h"
#include "media/MediaProbe.h"
#include "store/DropSource.h"
#include "store/PullService.h"
#include "store/StoreDrop.h"
#include "store/StoreRegistry.h"

#include <QList>
#include <QMap>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <memory>

namespace lpdesk {

class CaseDatabase;
class TriageRules;

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
    using FetchedList = QList<QPair<IncidentMedia, FetchedMedia>>;

    void say(const QString& stage, qint64 done = 0, qint64 total = 0)
    {
        if (m_progress)
            m_progress(PullProgress {m_store.id, m_index, m_count, stage, done, total});
    }
    bool cancelled() const { return m_cancel && m_cancel->load(); }
    void quarantine(const QString& item, const QString& kind, const QString& reason);
    // Records the pull's end (status, error, retired keys seen) and returns the result.
    StorePullResult finish(const QString& status, const QString& error);
    Status applyManifest(const StoreManifest& manifest);
    StorePullResult walkFeed(const StoreManifest& manifest);
    Status pullPosJournals(const StoreManifest& manifest);
    Status recordPosJournal(const DropPosJournal& j, const QString& id, const QString& file, qint64 size);
    // Returns an error only for conditions that must stop this store's pull (network, disk, cancel).
    Status ingestIncident(const QString& id, const QString& page, int nextIndex, const StoreManifest& manifest);
    Status insertIncident(const QString& id, const QString& item, const IncidentRecord& incident,
                          const StoreManifest& manifest, int missing, const QString& now);
    Status recordMedia(const QString& id, const QString& now, const IncidentMedia& m, const FetchedMedia& f);
    void countLanded(const FetchedList& media);
    Result<FetchedMedia> fetchMedia(const IncidentMedia& m);
    bool findExisting(const IncidentMedia& m, FetchedMedia& out);
    Result<bool> verifyStored(const IncidentMedia& m, const QString& candidate, FetchedMedia& out);
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

} // namespace lpdesk
