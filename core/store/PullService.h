// Pulls new incidents, media and POS journals from stores into the case database. Verifies everything (schema,
// sizes, every chunk decrypted, plaintext SHA-256 against the store's claim, decodable media) before it lands;
// quarantines a bad item with its reason and goes on. Resumable: a per-store feed cursor, partial downloads kept
// (HTTP Range), media deduplicated by hash, one transaction per incident. Runs on the calling thread; the GUI
// calls it from a worker. Nothing is decrypted to disk.
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace lpdesk {

class CaseDatabase;

struct PullProgress
{
    QString storeId;
    int storeIndex = 0;
    int storeCount = 0;
    QString stage; // translated, one line
    qint64 done = 0; // bytes or items of the current stage
    qint64 total = 0;
};

struct StorePullResult
{
    QString storeId;
    int newIncidents = 0;
    int newMedia = 0;
    int duplicateMedia = 0;
    int posJournals = 0;
    int quarantined = 0;
    qint64 bytesTransferred = 0; // over the wire (or from the folder) by this pull
    qint64 mediaBytes = 0; // size of media newly stored
    QString error; // the store could not be pulled completely (it resumes next time)
    QStringList differences; // time zone / clock offset the drop says but LP Desk kept (shown and audited)
    bool cancelled = false;
};

struct PullSummary
{
    QList<StorePullResult> stores;
    // POS journals pulled are imported right after the pull; a journal that does not parse stays pending.
    int posImported = 0;
    int posTransactions = 0;
    QStringList posFailures;
    int newIncidents() const;
    int newMedia() const;
    int quarantined() const;
    qint64 bytesTransferred() const;
    qint64 mediaBytes() const;
    bool cancelled() const;
    bool complete() const; // no store error, nothing quarantined, no journal failed, not cancelled
};

class PullService
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::PullService)

public:
    using ProgressFn = std::function<void(const PullProgress&)>;

    explicit PullService(CaseDatabase& db);
    // investigator or admin. Empty storeIds: every registered store.
    Result<PullSummary> pull(const QStringList& storeIds, const ProgressFn& progress = {},
                             const std::atomic_bool* cancel = nullptr);

private:
    CaseDatabase& m_db;
};

} // namespace lpdesk
