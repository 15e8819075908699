// PosService's links between POS transactions and cases: found from the case's incidents, made by hand, and read.
#include "pos/PosService.h"

#include "auth/Permissions.h"
#include "cases/MediaLibrary.h"
#include "common/Time.h"
#include "custody/CustodyLog.h"
#include "custody/CustodyRecorder.h"
#include "db/CaseDatabase.h"
#include "db/SqlRow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace lpdesk {

namespace {

LinkedTransaction transactionFrom(const SqlRow& row, bool withLink)
{
    LinkedTransaction t;
    t.id = row.string("id");
    t.storeId = row.string("store_id");
    t.registerId = row.string("register_id");
    t.sequence = row.string("sequence");
    t.businessDay = row.string("business_day");
    t.beginRaw = row.string("begin_raw");
    t.beginUtc = row.string("begin_utc");
    t.operatorId = row.string("operator_id");
    t.type = row.string("type");
    t.control = row.string("control");
    t.currency = row.string("currency");
    t.total = row.int64("total");
    t.exceptions = row.string("exceptions").split(QLatin1Char(','), Qt::SkipEmptyParts);
    t.recordRef = row.string("record_ref");
    t.importId = row.string("import_id");
    t.loyaltyId = row.string("loyalty_id");
    t.kind = row.string("kind");
    t.voided = row.boolean("voided");
    t.timeSource = row.string("time_source");
    t.timeWritten = row.string("time_written");
    t.zoneApplied = row.string("zone_applied");
    for (const QJsonValue& n : QJsonDocument::fromJson(row.string("notes_json").toUtf8()).array())
        t.notes << n.toString();
    t.exponent = row.integer("exponent");
    if (withLink) {
        t.how = row.string("how");
        t.incidentId = row.string("incident_id");
    }
    return t;
}

PosLineItem lineFrom(const SqlRow& row)
{
    PosLineItem li;
    PosTransaction::parseKind(row.string("kind"), &li.kind);
    li.itemId = row.string("item_id");
    li.description = row.string("description");
    li.quantity = row.real("quantity");
    li.unitPrice = row.int64("unit_price");
    li.regularPrice = row.int64("regular_price");
    li.amount = row.int64("amount");
    li.voided = row.boolean("voided");
    li.tenderType = row.string("tender_type");
    li.cardLast4 = row.string("card_last4");
    li.entryMethod = row.string("entry_method");
    li.reason = row.string("reason");
    return li;
}

QList<LinkedTransaction> readTransactions(QSqlDatabase& db, const QString& where, const QVariantList& binds,
                                          bool withLink)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT t.id, t.store_id, t.register_id, t.sequence, t.business_day, t.begin_raw, t.begin_utc, "
                       "t.operator_id, "
                       "t.type, t.control, t.currency, t.total, t.exceptions, t.record_ref, t.import_id, t.loyalty_id, "
                       "t.kind, t.voided, t.time_source, t.time_written, t.zone_applied, t.notes_json, t.exponent%1 "
                       "FROM pos_transactions t %2 ORDER BY t.begin_utc")
            .arg(withLink ? QStringLiteral(", cp.how, cp.incident_id") : QString(), where));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    q.exec();
    QList<LinkedTransaction> out;
    const SqlRow row(q);
    while (q.next())
        out << transactionFrom(row, withLink);
    q.finish();
    QSqlQuery l(db);
    l.prepare(QStringLiteral(
        "SELECT kind, item_id, description, quantity, unit_price, regular_price, amount, voided, tender_type, "
        "card_last4, entry_method, reason FROM pos_lines WHERE transaction_id = ? ORDER BY n"));
    for (LinkedTransaction& t : out) {
        l.addBindValue(t.id);
        l.exec();
        const SqlRow line(l);
        while (l.next())
            t.lines << lineFrom(line);
    }
    return out;
}

struct CaseIncident
{
    QString id, store, reg, detected;
    QJsonArray refs; // what the store said the incident is about
};

Result<QList<CaseIncident>> caseIncidents(QSqlDatabase& db, const QString& caseId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT i.id, i.store_id, i.register_id, i.detected_at, i.pos_refs_json FROM incidents i "
                             "JOIN case_incidents ci ON ci.incident_id = i.id WHERE ci.case_id = ?"));
    q.addBindValue(caseId);
    if (!q.exec())
        return failure(q.lastError().text());
    QList<CaseIncident> incidents;
    const SqlRow row(q);
    while (q.next())
        incidents << CaseIncident {row.string("id"), row.string("store_id"), row.string("register_id"),
                                   row.string("detected_at"),
                                   QJsonDocument::fromJson(row.string("pos_refs_json").toUtf8()).array()};
    return incidents;
}

struct PosLinkCandidate
{
    QString transactionId, incidentId, how;
};

// The transactions an incident points at: 1. what the store said the incident is about; 2. exception transactions
// at the incident's register (or anywhere in the store) within the window, compared in true time (register clock
// offsets are already applied on import).
QList<PosLinkCandidate> linkCandidates(QSqlDatabase& db, const CaseIncident& inc, int windowSeconds)
{
    QList<PosLinkCandidate> found;
    QSqlQuery q(db);
    for (const QJsonValue& v : inc.refs) {
        const QJsonObject r = v.toObject();
        q.prepare(QStringLiteral("SELECT id FROM pos_transactions WHERE store_id = ? AND register_id = ? AND "
                                 "sequence = ? AND business_day = ?"));
        q.addBindValue(inc.store);
        q.addBindValue(r.value(QLatin1String("register")).toString());
        q.addBindValue(r.value(QLatin1String("sequence")).toString());
        q.addBindValue(r.value(QLatin1String("business_day")).toString());
        q.exec();
        const SqlRow row(q);
        while (q.next())
            found.append({row.string("id"), inc.id, QStringLiteral("reference")});
    }
    const QDateTime t = parseRfc3339(inc.detected);
    q.prepare(QStringLiteral("SELECT id FROM pos_transactions WHERE store_id = ? AND begin_utc >= ? AND begin_utc <= ? "
                             "AND exceptions != '' AND (? = '' OR register_id = ?)"));
    q.addBindValue(inc.store);
    q.addBindValue(toUtcString(t.addSecs(-windowSeconds)));
    q.addBindValue(toUtcString(t.addSecs(windowSeconds)));
    q.addBindValue(inc.reg);
    q.addBindValue(inc.reg);
    q.exec();
    const SqlRow row(q);
    while (q.next())
        found.append({row.string("id"), inc.id, QStringLiteral("window")});
    return found;
}

} // namespace

Result<QList<LinkedTransaction>> PosService::link(const QString& caseId, int windowSeconds)
{
    LP_TRY(Permissions::require(m_db.session(), Action::LinkPos));
    if (windowSeconds < 1 || windowSeconds > 86400)
        return makeError(ErrorKind::Usage, tr("The window is 1–86400 seconds."));
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    auto incidents = caseIncidents(db, caseId);
    if (!incidents)
        return incidents.error();
    if (incidents->isEmpty())
        return makeError(ErrorKind::NotFound, tr("Case %1 has no incidents to link POS records to.").arg(caseId));
    QList<PosLinkCandidate> found;
    for (const CaseIncident& inc : std::as_const(*incidents))
        found << linkCandidates(db, inc, windowSeconds);
    QStringList newlyLinked;
    CustodyRecorder custody(m_db);
    QSqlQuery q(db);
    for (const PosLinkCandidate& c : std::as_const(found)) {
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO case_pos (case_id, transaction_id, incident_id, how, "
                                 "linked_at, linked_by) VALUES (?, ?, ?, ?, ?, ?)"));
        for (const QVariant& v : {QVariant(caseId), QVariant(c.transactionId), QVariant(c.incidentId), QVariant(c.how),
                                  QVariant(utcNowString()), QVariant(m_db.session().userName)})
            q.addBindValue(v);
        if (!q.exec())
            return failure(q.lastError().text());
        if (q.numRowsAffected() == 0)
            continue;
        newlyLinked << c.transactionId;
        auto ev = custody.record(db, CustodyLog::caseChain(caseId), QStringLiteral("pos_linked"),
                                 QJsonObject {{QLatin1String("transaction_id"), c.transactionId},
                                              {QLatin1String("incident_id"), c.incidentId},
                                              {QLatin1String("how"), c.how},
                                              {QLatin1String("window_seconds"), windowSeconds}});
        if (!ev)
            return ev.error();
    }
    LP_TRY(tx.commit());
    QList<LinkedTransaction> out;
    if (auto all = linked(caseId))
        for (const LinkedTransaction& t : *all)
            if (newlyLinked.contains(t.id))
                out << t;
    return out;
}

Status PosService::linkManually(const QString& caseId, const QString& transactionId, bool add)
{
    LP_TRY(Permissions::require(m_db.session(), Action::LinkPos));
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    QSqlQuery q(db);
    if (add) {
        q.prepare(QStringLiteral("SELECT 1 FROM pos_transactions WHERE id = ?"));
        q.addBindValue(transactionId);
        if (!q.exec() || !q.next())
            return makeError(ErrorKind::NotFound, tr("There is no POS transaction %1.").arg(transactionId));
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO case_pos (case_id, transaction_id, how, linked_at, linked_by) "
                                 "VALUES (?, ?, 'manual', ?, ?)"));
        q.addBindValue(caseId);
        q.addBindValue(transactionId);
        q.addBindValue(utcNowString());
        q.addBindValue(m_db.session().userName);
    } else {
        q.prepare(QStringLiteral("DELETE FROM case_pos WHERE case_id = ? AND transaction_id = ?"));
        q.addBindValue(caseId);
        q.addBindValue(transactionId);
    }
    if (!q.exec())
        return failure(q.lastError().text());
    auto ev = CustodyRecorder(m_db).record(db, CustodyLog::caseChain(caseId),
                                           add ? QStringLiteral("pos_linked") : QStringLiteral("pos_unlinked"),
                                           QJsonObject {{QLatin1String("transaction_id"), transactionId},
                                                        {QLatin1String("how"), QStringLiteral("manual")}});
    if (!ev)
        return ev.error();
    return tx.commit();
}

Result<QList<LinkedTransaction>> PosService::linked(const QString& caseId)
{
    LP_TRY(Permissions::require(m_db.session(), Action::ReadPos));
    QSqlDatabase db = m_db.connection();
    return readTransactions(db, QStringLiteral("JOIN case_pos cp ON cp.transaction_id = t.id WHERE cp.case_id = ?"),
                            {caseId}, true);
}

Result<LinkedTransaction> PosService::transaction(const QString& id)
{
    LP_TRY(Permissions::require(m_db.session(), Action::ReadPos));
    QSqlDatabase db = m_db.connection();
    auto rows = readTransactions(db, QStringLiteral("WHERE t.id = ?"), {id}, false);
    if (rows.isEmpty())
        return makeError(ErrorKind::NotFound, tr("There is no POS transaction %1.").arg(id));
    return rows.first();
}

QList<PosSeek> PosService::seeks(const QString& caseId, const LinkedTransaction& t)
{
    QList<PosSeek> out;
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT camera_id FROM registers WHERE store_id = ? AND id = ?"));
    q.addBindValue(t.storeId);
    q.addBindValue(t.registerId);
    if (!q.exec() || !q.next() || SqlRow(q).string("camera_id").isEmpty())
        return out;
    const QString camera = SqlRow(q).string("camera_id");
    q.finish();
    MediaLibrary media(m_db);
    auto rows = media.forCase(caseId);
    if (!rows)
        return out;
    const QDateTime begin = parseRfc3339(t.beginUtc);
    for (const MediaRow& m : *rows) {
        if (m.camera != camera || m.duration <= 0)
            continue;
        q.prepare(QStringLiteral("SELECT store_id FROM media WHERE id = ?"));
        q.addBindValue(m.id);
        if (!q.exec() || !q.next() || SqlRow(q).string("store_id") != t.storeId)
            continue;
        const double seconds = media.trueTime(m, 0).msecsTo(begin) / 1000.0;
        if (seconds >= 0 && seconds <= m.duration)
            out << PosSeek {m.id, camera, seconds};
    }
    return out;
}

} // namespace lpdesk
