#include "inbox/IncidentInbox.h"

#include "auth/Permissions.h"
#include "common/Time.h"
#include "custody/CustodyLog.h"
#include "db/CaseDatabase.h"
#include "db/SqlRow.h"
#include "inbox/TriageRules.h"
#include "model/MediaRowMapping.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace lpdesk {

QJsonObject IncidentRow::toJson() const
{
    return QJsonObject {{QLatin1String("id"), id},
                        {QLatin1String("store_id"), storeId},
                        {QLatin1String("store_name"), storeName},
                        {QLatin1String("type"), type},
                        {QLatin1String("severity"), severity},
                        {QLatin1String("trigger"), trigger},
                        {QLatin1String("detected_at"), detectedAt},
                        {QLatin1String("detected_at_local"), detectedAtLocal},
                        {QLatin1String("timezone"), timezone},
                        {QLatin1String("zone"), zone},
                        {QLatin1String("priority"), priority},
                        {QLatin1String("urgent"), priority >= TriageRules::UrgentThreshold},
                        {QLatin1String("media"), mediaCount},
                        {QLatin1String("media_missing"), mediaMissing},
                        {QLatin1String("read"), read}};
}

QJsonObject IncidentDetail::toJson() const
{
    QJsonObject o = row.toJson();
    o.insert(QLatin1String("narrative"), narrative);
    o.insert(QLatin1String("register"), registerId.isEmpty() ? QJsonValue() : QJsonValue(registerId));
    o.insert(QLatin1String("camera"), camera.isEmpty() ? QJsonValue() : QJsonValue(camera));
    o.insert(QLatin1String("suspects"), suspects);
    o.insert(QLatin1String("pos_refs"), posRefs);
    o.insert(QLatin1String("statements"), statements);
    o.insert(QLatin1String("received_at"), receivedAt);
    o.insert(QLatin1String("source"), source);
    QJsonArray m;
    for (const MediaRow& r : media)
        m.append(QJsonObject {{QLatin1String("id"), r.id},
                              {QLatin1String("camera"), r.camera},
                              {QLatin1String("sha256"), r.sha256},
                              {QLatin1String("size"), r.plaintextSize},
                              {QLatin1String("codec"), r.codec},
                              {QLatin1String("duration"), r.duration},
                              {QLatin1String("recorded_start"), r.recordedStart}});
    o.insert(QLatin1String("media_items"), m);
    return o;
}

IncidentInbox::IncidentInbox(CaseDatabase& db) : m_db(db)
{ }

Status IncidentInbox::allowed() const
{
    return Permissions::require(m_db.session(), Action::ReadIncidents);
}

Result<QString> IncidentInbox::ftsQuery(const QString& userText)
{
    // Words become prefix terms ANDed together; FTS syntax from the user is not passed through.
    static const QRegularExpression word(QStringLiteral(R"([\p{L}\p{N}]+)"));
    QStringList terms;
    auto it = word.globalMatch(userText.left(500));
    while (it.hasNext() && terms.size() < 20)
        terms << it.next().captured(0) + QLatin1Char('*');
    if (terms.isEmpty())
        return makeError(ErrorKind::Usage, tr("Search for at least one word."));
    return terms.join(QLatin1Char(' '));
}

namespace {

struct Where
{
    QStringList clauses;
    QVariantList binds;
};

Result<Where> buildWhere(const IncidentFilter& f, const QString& userId)
{
    Where w;
    if (!f.storeId.isEmpty()) {
        w.clauses << QStringLiteral("i.store_id = ?");
        w.binds << f.storeId;
    }
    if (!f.type.isEmpty()) {
        w.clauses << QStringLiteral("i.type = ?");
        w.binds << f.type;
    }
    if (f.minSeverity > 0) {
        w.clauses << QStringLiteral("i.severity >= ?");
        w.binds << f.minSeverity;
    }
    if (f.exactSeverity > 0) {
        w.clauses << QStringLiteral("i.severity = ?");
        w.binds << f.exactSeverity;
    }
    if (!f.trigger.isEmpty()) {
        w.clauses << QStringLiteral("i.trigger = ?");
        w.binds << f.trigger;
    }
    if (f.since.isValid()) {
        w.clauses << QStringLiteral("i.detected_at >= ?");
        w.binds << toUtcString(f.since);
    }
    if (f.until.isValid()) {
        w.clauses << QStringLiteral("i.detected_at < ?");
        w.binds << toUtcString(f.until);
    }
    if (f.hasMedia == 1)
        w.clauses << QStringLiteral("EXISTS (SELECT 1 FROM incident_media m WHERE m.incident_id = i.id)");
    else if (f.hasMedia == 0)
        w.clauses << QStringLiteral("NOT EXISTS (SELECT 1 FROM incident_media m WHERE m.incident_id = i.id)");
    if (f.unread >= 0) {
        w.clauses
            << (f.unread ? QStringLiteral(
                    "NOT EXISTS (SELECT 1 FROM incident_reads r WHERE r.incident_id = i.id AND r.user_id = ?)")
                         : QStringLiteral(
                             "EXISTS (SELECT 1 FROM incident_reads r WHERE r.incident_id = i.id AND r.user_id = ?)"));
        w.binds << userId;
    }
    if (!f.text.trimmed().isEmpty()) {
        auto q = IncidentInbox::ftsQuery(f.text);
        if (!q)
            return q.error();
        w.clauses << QStringLiteral("i.id IN (SELECT incident_id FROM incidents_fts WHERE incidents_fts MATCH ?)");
        w.binds << *q;
    }
    return w;
}

QString orderBy(IncidentSort sort)
{
    switch (sort) {
    case IncidentSort::Priority:
        return QStringLiteral("i.priority DESC, i.detected_at DESC");
    case IncidentSort::Newest:
        return QStringLiteral("i.detected_at DESC");
    case IncidentSort::Oldest:
        return QStringLiteral("i.detected_at ASC");
    case IncidentSort::Severity:
        return QStringLiteral("i.severity DESC, i.detected_at DESC");
    case IncidentSort::Store:
        return QStringLiteral("i.store_id ASC, i.detected_at DESC");
    case IncidentSort::Type:
        return QStringLiteral("i.type ASC, i.detected_at DESC");
    }
    return QStringLiteral("i.detected_at DESC");
}

// The columns of an incident that list() and show() both select, by the same names.
IncidentRow incidentRow(const SqlRow& row)
{
    IncidentRow r;
    r.id = row.string("id");
    r.storeId = row.string("store_id");
    r.storeName = row.string("store_name");
    r.timezone = row.string("timezone");
    r.type = row.string("type");
    r.severity = row.integer("severity");
    r.trigger = row.string("trigger");
    r.detectedAt = row.string("detected_at");
    r.detectedAtLocal = row.string("detected_at_local");
    r.zone = row.string("zone");
    r.priority = row.integer("priority");
    r.mediaMissing = row.integer("media_missing");
    return r;
}

} // namespace

Result<QList<IncidentRow>> IncidentInbox::list(const IncidentFilter& filter, IncidentSort sort, int offset, int limit)
{
    LP_TRY(allowed());
    auto where = buildWhere(filter, m_db.session().userId);
    if (!where)
        return where.error();
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT i.id, i.store_id, s.name AS store_name, s.timezone, i.type, i.severity, i.trigger, "
                  "i.detected_at, i.detected_at_local, i.zone, i.priority, "
                  "(SELECT count(*) FROM incident_media m WHERE m.incident_id = i.id) AS media_count, "
                  "i.media_missing, "
                  "EXISTS (SELECT 1 FROM incident_reads r WHERE r.incident_id = i.id AND r.user_id = ?) AS is_read "
                  "FROM incidents i JOIN stores s ON s.id = i.store_id %1 ORDER BY %2 LIMIT ? OFFSET ?")
                  .arg(where->clauses.isEmpty()
                           ? QString()
                           : QStringLiteral("WHERE ") + where->clauses.join(QStringLiteral(" AND ")),
                       orderBy(sort)));
    q.addBindValue(m_db.session().userId);
    for (const QVariant& v : where->binds)
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return failure(q.lastError().text());
    QList<IncidentRow> out;
    const SqlRow row(q);
    while (q.next()) {
        IncidentRow r = incidentRow(row);
        r.mediaCount = row.integer("media_count");
        r.read = row.boolean("is_read");
        out << r;
    }
    return out;
}

Result<int> IncidentInbox::count(const IncidentFilter& filter)
{
    LP_TRY(allowed());
    auto where = buildWhere(filter, m_db.session().userId);
    if (!where)
        return where.error();
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) AS n FROM incidents i %1")
                  .arg(where->clauses.isEmpty()
                           ? QString()
                           : QStringLiteral("WHERE ") + where->clauses.join(QStringLiteral(" AND "))));
    for (const QVariant& v : where->binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return failure(q.lastError().text());
    return SqlRow(q).integer("n");
}

Result<QList<MediaRow>> IncidentInbox::mediaOf(const QString& incidentId)
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM incident_media im JOIN media m ON m.id = im.media_id "
                             "WHERE im.incident_id = ? ORDER BY m.recorded_start")
                  .arg(QLatin1String(MediaRowColumns)));
    q.addBindValue(incidentId);
    if (!q.exec())
        return failure(q.lastError().text());
    QList<MediaRow> out;
    const SqlRow row(q);
    while (q.next())
        out << readMediaRow(row);
    return out;
}

Result<IncidentDetail> IncidentInbox::show(const QString& id)
{
    LP_TRY(allowed());
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT i.id, i.store_id, s.name AS store_name, s.timezone, i.type, i.severity, i.trigger, "
                       "i.detected_at, i.detected_at_local, i.zone, i.priority, i.media_missing, i.narrative, "
                       "i.register_id, "
                       "i.camera_id, i.suspects_json, i.pos_refs_json, i.statements_json, i.received_at, i.source "
                       "FROM incidents i JOIN stores s ON s.id = i.store_id WHERE i.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return failure(q.lastError().text());
    if (!q.next())
        return makeError(ErrorKind::NotFound, tr("There is no incident %1.").arg(id));
    IncidentDetail d;
    {
        const SqlRow row(q);
        d.row = incidentRow(row);
        d.narrative = row.string("narrative");
        d.registerId = row.string("register_id");
        d.camera = row.string("camera_id");
        d.suspects = QJsonDocument::fromJson(row.string("suspects_json").toUtf8()).array();
        d.posRefs = QJsonDocument::fromJson(row.string("pos_refs_json").toUtf8()).array();
        d.statements = QJsonDocument::fromJson(row.string("statements_json").toUtf8()).array();
        d.receivedAt = row.string("received_at");
        d.source = row.string("source");
    }
    q.finish();
    auto media = mediaOf(id);
    if (!media)
        return media.error();
    d.media = *media;
    d.row.mediaCount = static_cast<int>(d.media.size());
    d.row.read = true;
    Transaction tx(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO incident_reads (user_id, incident_id, read_at) VALUES (?, ?, ?)"));
    q.addBindValue(m_db.session().userId);
    q.addBindValue(id);
    q.addBindValue(utcNowString());
    if (!q.exec())
        return failure(q.lastError().text());
    LP_TRY(m_db.auditIn(
        db, QStringLiteral("evidence_read"),
        QJsonObject {{QLatin1String("incident"), id}, {QLatin1String("what"), QStringLiteral("incident detail")}}));
    auto viewed
        = CustodyLog::append(db, CustodyLog::incidentChain(id), m_db.session().userName, QStringLiteral("viewed"),
                             QJsonObject {{QLatin1String("what"), QStringLiteral("incident detail")}});
    if (!viewed)
        return viewed.error();
    LP_TRY(tx.commit());
    return d;
}

Status IncidentInbox::markRead(const QString& id, bool read)
{
    LP_TRY(allowed());
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    if (read) {
        q.prepare(
            QStringLiteral("INSERT OR REPLACE INTO incident_reads (user_id, incident_id, read_at) VALUES (?, ?, ?)"));
        q.addBindValue(m_db.session().userId);
        q.addBindValue(id);
        q.addBindValue(utcNowString());
    } else {
        q.prepare(QStringLiteral("DELETE FROM incident_reads WHERE user_id = ? AND incident_id = ?"));
        q.addBindValue(m_db.session().userId);
        q.addBindValue(id);
    }
    return q.exec() ? Status() : failure(q.lastError().text());
}

} // namespace lpdesk
