#include "store/PullService.h"

#include "auth/Permissions.h"
#include "pos/PosService.h"

#include "crypto/Random.h"
#include "db/CaseDatabase.h"
#include "db/WorkstationKeys.h"
#include "inbox/TriageRules.h"
#include "store/StorePull.h"
#include "store/StoreRegistry.h"

#include <QJsonArray>

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
        CaseDatabase::testHoldPoint("PullService::pull"); // tests hold a pull here, before each store
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
