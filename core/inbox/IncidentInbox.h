// The triage inbox: incidents across stores, filtered, sorted and searched in the database (paged, so that
// 100,000 incidents stay smooth), read/unread per user, and the detail of one incident. Reading an incident's
// detail is recorded in the audit log and in the incident's custody chain.
#pragma once

#include "common/Result.h"
#include "model/MediaRow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace lpdesk {

class CaseDatabase;

struct IncidentFilter
{
    QString storeId;
    QString type;
    int minSeverity = 0; // 0: any
    int exactSeverity = 0;
    QString trigger;
    QDateTime since;
    QDateTime until;
    int hasMedia = -1; // -1 any, 0 without, 1 with
    int unread = -1; // -1 any, 0 read, 1 unread (for the current user)
    QString text; // full-text query
};

enum class IncidentSort { Priority, Newest, Oldest, Severity, Store, Type };

struct IncidentRow
{
    QString id;
    QString storeId;
    QString storeName;
    QString timezone;
    QString type;
    int severity = 0;
    QString trigger;
    QString detectedAt; // UTC
    QString detectedAtLocal; // as written by the store
    QString zone;
    int priority = 0;
    int mediaCount = 0;
    int mediaMissing = 0;
    bool read = false;
    QJsonObject toJson() const;
};

struct IncidentDetail
{
    IncidentRow row;
    QString narrative;
    QString registerId;
    QString camera;
    QJsonArray suspects;
    QJsonArray posRefs;
    QJsonArray statements;
    QString receivedAt;
    QString source;
    QList<MediaRow> media;
    QJsonObject toJson() const;
};

class IncidentInbox
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::IncidentInbox)

public:
    explicit IncidentInbox(CaseDatabase& db);

    // investigator, legal. A page of rows; count() for the total.
    Result<QList<IncidentRow>> list(const IncidentFilter& filter, IncidentSort sort, int offset, int limit);
    Result<int> count(const IncidentFilter& filter);
    // Records the read (audit + custody "viewed") and marks it read for this user.
    Result<IncidentDetail> show(const QString& id);
    Status markRead(const QString& id, bool read);
    Result<QList<MediaRow>> mediaOf(const QString& incidentId);

    static Result<QString> ftsQuery(const QString& userText);

private:
    Status allowed() const;
    CaseDatabase& m_db;
};

} // namespace lpdesk
