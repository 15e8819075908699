// Retention and legal hold: how long evidence is kept (per incident type and per evidence kind, counted from the
// incident or from the case's closure), holds on cases and incidents that nothing may purge, and the purge itself:
// expired clips, derivatives, stills and imported POS journals lose their encrypted file (and with it their per-file
// key) and keep a tombstone row (id, hash, size, when and why) with a custody and an audit event.
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <functional>

namespace lpdesk {

class CaseDatabase;

struct RetentionRule
{
    QString scope; // type or evidence
    QString name; // incident type, or original / derivative / still / pos_journal
    int days = 0;
    QString countedFrom; // incident or closure
    QString updatedAt;
    QString updatedBy;
    QJsonObject toJson() const;
};

struct LegalHold
{
    QString id;
    QString targetKind; // case or incident
    QString targetId;
    QString reason;
    QString heldAt;
    QString heldBy;
    QString liftedAt;
    QString liftedBy;
    QString liftReason;
    bool active() const { return liftedAt.isEmpty(); }
    QJsonObject toJson() const;
};

struct PurgeItem
{
    QString mediaId; // a media id, or for a POS journal its evidence file id
    QString kind; // original, derivative, still, pos_journal
    QString sha256;
    qint64 size = 0; // bytes on disk
    QStringList caseIds;
    QStringList incidentIds;
    QString expiredAt; // when the retention period ended (UTC); empty when no rule applies
    QString blocked; // why it is kept although expired, in words (held, open case, pending release…); empty: purgeable
    // The same as a stable name: case_held, incident_held, case_open, pending_submission or pending_release.
    QString refusal;
    QJsonObject toJson() const;
};

struct PurgePlan
{
    QList<PurgeItem> items; // expired ones, purgeable or blocked
    int purgeable() const;
    qint64 purgeableBytes() const;
    // The purgeable items and their bytes of one evidence kind (original, derivative, still, pos_journal).
    int purgeable(const QString& kind, qint64* bytes) const;
    // How many expired items each refusal keeps (refusal name -> count).
    QMap<QString, int> refusals() const;
};

class RetentionService
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::RetentionService)

public:
    static QStringList evidenceKinds(); // original, derivative, still, pos_journal

    explicit RetentionService(CaseDatabase& db);

    Status setRule(const QString& scope, const QString& name, int days, const QString& countedFrom); // admin
    Status removeRule(const QString& scope, const QString& name); // admin
    Result<QList<RetentionRule>> rules();

    // target: a case (id or LPD reference) or an incident id.
    Result<QString> hold(const QString& targetKind, const QString& target, const QString& reason); // inv., legal, admin
    Status unhold(const QString& targetKind, const QString& target, const QString& reason); // legal, admin
    Result<QList<LegalHold>> holds(bool activeOnly = true);

    // What a purge would do now (admin).
    Result<PurgePlan> plan();
    // Purges the purgeable items of a fresh plan; progress(done, total) returns false to stop after the current item.
    // Returns the items purged.
    Result<QList<PurgeItem>> purge(const std::function<bool(int, int)>& progress = {});

private:
    struct PlanMedia;
    struct PlanInputs;
    // The steps of plan(): read what it needs, then for each item what it belongs to, whether its time is up, and
    // what blocks its purge.
    Status readHoldsAndLinks(PlanInputs& in);
    Status readMedia(PlanInputs& in);
    static bool linkItem(const PlanInputs& in, const PlanMedia& m, PurgeItem& item);
    static bool expired(const PlanInputs& in, PurgeItem& item, const QDateTime& now);
    // ids: the item's own id and, for a journal, its transactions' (what a release or submission names).
    static void markBlocked(const PlanInputs& in, const QStringList& ids, PurgeItem& item);
    // The imported POS journals under the pos_journal rule, dated by their newest transaction.
    Status planJournals(const PlanInputs& in, const QDateTime& now, PurgePlan& plan);
    Result<QString> resolveTarget(const QString& kind, const QString& target);
    Status purgeOne(const PurgeItem& item);
    CaseDatabase& m_db;
};

} // namespace lpdesk
