#include "pos/PosNearby.h"

#include "auth/Permissions.h"
#include "common/Time.h"
#include "db/CaseDatabase.h"
#include "db/SqlRow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace lpdesk {

namespace {

struct NearbyIncident
{
    QString id, type, store, storeName, reg;
    QDateTime detected;
    QTimeZone zone;
    QJsonArray refs;
};

Result<QList<NearbyIncident>> nearbyIncidents(QSqlDatabase& db, const QString& caseId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT i.id, i.type, i.store_id, COALESCE(s.name, '') AS store_name, COALESCE(i.register_id, '') AS "
        "register_id, i.detected_at, COALESCE(s.timezone, 'UTC') AS timezone, i.pos_refs_json FROM incidents i JOIN "
        "case_incidents ci ON ci.incident_id = i.id LEFT JOIN stores s ON s.id = i.store_id WHERE ci.case_id = ? "
        "ORDER BY i.detected_at"));
    q.addBindValue(caseId);
    if (!q.exec())
        return failure(q.lastError().text());
    QList<NearbyIncident> out;
    const SqlRow row(q);
    while (q.next())
        out << NearbyIncident {row.string("id"),
                               row.string("type"),
                               row.string("store_id"),
                               row.string("store_name"),
                               row.string("register_id"),
                               parseRfc3339(row.string("detected_at")),
                               QTimeZone(row.string("timezone").toUtf8()),
                               QJsonDocument::fromJson(row.string("pos_refs_json").toUtf8()).array()};
    return out;
}

// The one value of a one-row, one-column query; its column is named "found" (SELECT COUNT(*) AS found …).
QVariant foundIn(QSqlDatabase& db, const QString& sql, const QVariantList& binds)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    return q.exec() && q.next() ? SqlRow(q).value("found") : QVariant();
}

qint64 countIn(QSqlDatabase& db, const QString& sql, const QVariantList& binds)
{
    return foundIn(db, sql, binds).toLongLong();
}

QString firstIn(QSqlDatabase& db, const QString& sql, const QVariantList& binds)
{
    return foundIn(db, sql, binds).toString();
}

// Why no POS record got linked to one incident, step by step: the words that name it and its window first.
struct IncidentWords
{
    QString which; // "The theft of 2026-03-14 14:02 -05:00"
    QString store; // the store's name, or its id
    QString from, to; // the window around the incident, UTC
};

IncidentWords wordsFor(const NearbyIncident& inc, int windowSeconds)
{
    return {
        PosNearby::tr("The %1 of %2")
            .arg(QString(inc.type).replace(QLatin1Char('_'), QLatin1Char(' ')), formatInZone(inc.detected, inc.zone)),
        inc.storeName.isEmpty() ? inc.store : inc.storeName, toUtcString(inc.detected.addSecs(-windowSeconds)),
        toUtcString(inc.detected.addSecs(windowSeconds))};
}

// What the store itself said the incident is about, and whether an imported journal holds it: the count of the
// references one does; a line in out for each that none does.
int referencesHeld(QSqlDatabase& db, const NearbyIncident& inc, const QString& which, QStringList& out)
{
    int referenced = 0;
    for (const QJsonValue& v : inc.refs) {
        const QJsonObject r = v.toObject();
        const QVariantList key {inc.store, r.value(QLatin1String("register")).toString(),
                                r.value(QLatin1String("sequence")).toString(),
                                r.value(QLatin1String("business_day")).toString()};
        if (countIn(db,
                    QStringLiteral("SELECT COUNT(*) AS found FROM pos_transactions WHERE store_id = ? AND "
                                   "register_id = ? AND sequence = ? AND business_day = ?"),
                    key)
            > 0)
            ++referenced;
        else
            out << PosNearby::tr("%1 names register %2, transaction %3 of %4, which no imported journal holds.")
                       .arg(which, key[1].toString(), key[2].toString(), key[3].toString());
    }
    return referenced;
}

// No transaction in the window: where the nearest one is, so that the window can be widened on purpose.
QString nearestOutside(QSqlDatabase& db, const NearbyIncident& inc, const IncidentWords& words, int windowSeconds)
{
    const QString at = toUtcString(inc.detected);
    const QString before = firstIn(db,
                                   QStringLiteral("SELECT MAX(begin_utc) AS found FROM pos_transactions WHERE "
                                                  "store_id = ? AND begin_utc < ?"),
                                   {inc.store, at});
    const QString after = firstIn(db,
                                  QStringLiteral("SELECT MIN(begin_utc) AS found FROM pos_transactions WHERE "
                                                 "store_id = ? AND begin_utc > ?"),
                                  {inc.store, at});
    const QDateTime b = parseRfc3339(before), a = parseRfc3339(after);
    const qint64 gapBefore = b.isValid() ? b.secsTo(inc.detected) : -1;
    const qint64 gapAfter = a.isValid() ? inc.detected.secsTo(a) : -1;
    const bool useBefore = gapBefore >= 0 && (gapAfter < 0 || gapBefore <= gapAfter);
    const QDateTime nearest = useBefore ? b : a;
    const qint64 gap = useBefore ? gapBefore : gapAfter;
    return (useBefore ? PosNearby::tr("%1: store %2 has no transaction within ±%3 s. The nearest one is at %4, %5 s "
                                      "before the incident.")
                      : PosNearby::tr("%1: store %2 has no transaction within ±%3 s. The nearest one is at %4, %5 s "
                                      "after the incident."))
        .arg(words.which, words.store)
        .arg(windowSeconds)
        .arg(formatInZone(nearest, inc.zone))
        .arg(gap);
}

// Transactions in the window, but none an exception (at the incident's register, when it names one).
QString noException(QSqlDatabase& db, const NearbyIncident& inc, const IncidentWords& words, int windowSeconds,
                    qint64 inWindow)
{
    if (inc.reg.isEmpty())
        return PosNearby::tr("%1: %n transaction(s) of the store within ±%2 s, but none is an exception (void, no "
                             "sale, refund without receipt, override…). If one belongs to the incident, link it by "
                             "hand.",
                             nullptr, static_cast<int>(inWindow))
            .arg(words.which)
            .arg(windowSeconds);
    const qint64 elsewhere
        = countIn(db,
                  QStringLiteral("SELECT COUNT(*) AS found FROM pos_transactions WHERE store_id = ? AND begin_utc >= "
                                 "? AND begin_utc <= ? AND exceptions != '' AND register_id != ?"),
                  {inc.store, words.from, words.to, inc.reg});
    return PosNearby::tr("%1: %n transaction(s) of the store within ±%2 s, but none is an exception at register %3 "
                         "(%4 at other registers). If one belongs to the incident, link it by hand.",
                         nullptr, static_cast<int>(inWindow))
        .arg(words.which)
        .arg(windowSeconds)
        .arg(inc.reg)
        .arg(elsewhere);
}

void explainIncident(QSqlDatabase& db, const NearbyIncident& inc, int windowSeconds, QStringList& out)
{
    const IncidentWords words = wordsFor(inc, windowSeconds);
    if (countIn(db, QStringLiteral("SELECT COUNT(*) AS found FROM pos_transactions WHERE store_id = ?"), {inc.store})
        == 0) {
        out << PosNearby::tr("%1: no POS journal of store %2 has been imported, so there is nothing to link. Pulls "
                             "import the journals a store sends; import its journal by hand if it came another way.")
                   .arg(words.which, words.store);
        return;
    }
    const int referenced = referencesHeld(db, inc, words.which, out);
    const qint64 inWindow
        = countIn(db,
                  QStringLiteral("SELECT COUNT(*) AS found FROM pos_transactions WHERE store_id = ? AND begin_utc >= "
                                 "? AND begin_utc <= ?"),
                  {inc.store, words.from, words.to});
    const qint64 atRegister = countIn(
        db,
        QStringLiteral("SELECT COUNT(*) AS found FROM pos_transactions WHERE store_id = ? AND begin_utc >= ? AND "
                       "begin_utc <= ? AND exceptions != '' AND (? = '' OR register_id = ?)"),
        {inc.store, words.from, words.to, inc.reg, inc.reg});
    if (atRegister + referenced > 0)
        out << PosNearby::tr("%1: the %n matching transaction(s) are linked to this case already.", nullptr,
                             static_cast<int>(atRegister + referenced))
                   .arg(words.which);
    else if (inWindow == 0)
        out << nearestOutside(db, inc, words, windowSeconds);
    else
        out << noException(db, inc, words, windowSeconds, inWindow);
}

} // namespace

PosNearby::PosNearby(CaseDatabase& db) : m_db(db)
{ }

Result<QStringList> PosNearby::explainNoneLinked(const QString& caseId, int windowSeconds)
{
    LP_TRY(Permissions::require(m_db.session(), Action::ReadPos));
    QSqlDatabase db = m_db.connection();
    auto incidents = nearbyIncidents(db, caseId);
    if (!incidents)
        return incidents.error();
    if (incidents->isEmpty())
        return QStringList {tr("The case has no incidents to link POS records to.")};
    QStringList out;
    for (const NearbyIncident& inc : *incidents)
        explainIncident(db, inc, windowSeconds, out);
    return out;
}

Result<QList<PosCandidate>> PosNearby::around(const QString& caseId, int windowSeconds, int limit)
{
    LP_TRY(Permissions::require(m_db.session(), Action::ReadPos));
    QSqlDatabase db = m_db.connection();
    auto incidents = nearbyIncidents(db, caseId);
    if (!incidents)
        return incidents.error();
    QHash<QString, PosCandidate> nearest; // transaction → the nearest incident
    QSqlQuery q(db);
    for (const NearbyIncident& inc : *incidents) {
        q.prepare(QStringLiteral("SELECT id, begin_utc FROM pos_transactions WHERE store_id = ? AND begin_utc >= ? "
                                 "AND begin_utc <= ? ORDER BY begin_utc LIMIT ?"));
        q.addBindValue(inc.store);
        q.addBindValue(toUtcString(inc.detected.addSecs(-windowSeconds)));
        q.addBindValue(toUtcString(inc.detected.addSecs(windowSeconds)));
        q.addBindValue(limit);
        if (!q.exec())
            return failure(q.lastError().text());
        const SqlRow row(q);
        while (q.next()) {
            const double seconds = inc.detected.msecsTo(parseRfc3339(row.string("begin_utc"))) / 1000.0;
            const QString id = row.string("id");
            auto it = nearest.find(id);
            if (it == nearest.end() || std::abs(seconds) < std::abs(it->secondsFromIncident))
                nearest.insert(id, PosCandidate {{}, inc.id, seconds, false});
        }
    }
    QSet<QString> linked;
    q.prepare(QStringLiteral("SELECT transaction_id FROM case_pos WHERE case_id = ?"));
    q.addBindValue(caseId);
    if (q.exec()) {
        const SqlRow row(q);
        while (q.next())
            linked.insert(row.string("transaction_id"));
    }
    q.finish();
    QList<PosCandidate> out;
    PosService pos(m_db);
    for (auto it = nearest.begin(); it != nearest.end(); ++it) {
        auto t = pos.transaction(it.key());
        if (!t)
            return t.error();
        it->transaction = *t;
        it->linked = linked.contains(it.key());
        out << *it;
    }
    std::sort(out.begin(), out.end(), [](const PosCandidate& a, const PosCandidate& b) {
        return a.transaction.beginUtc < b.transaction.beginUtc;
    });
    return out.mid(0, limit);
}

} // namespace lpdesk
