#include "store/StoreRegistry.h"

#include "auth/Permissions.h"
#include "common/Time.h"
#include "db/CaseDatabase.h"
#include "db/SqlRow.h"
#include "db/SystemTrust.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace lpdesk {

StoreRegistry::StoreRegistry(CaseDatabase& db) : m_db(db)
{ }

Status StoreRegistry::add(const QString& id, const StoreConnection& c)
{
    LP_TRY(Permissions::require(m_db.session(), Action::ManageStores));
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]{1,47}\\z"));
    if (!idPattern.match(id).hasMatch())
        return makeError(ErrorKind::Usage, tr("Store ids are 2–48 lowercase letters, digits and '-'."));
    if (c.kind != QLatin1String("folder") && c.kind != QLatin1String("https"))
        return makeError(ErrorKind::Usage, tr("A store is reached through a folder or an https:// URL."));
    LP_TRY(SystemTrust::checkChoice(tr("Store %1").arg(id), c.kind == QLatin1String("https"), !c.caPem.isEmpty(),
                                    c.systemTrust));
    if (c.kind == QLatin1String("https")) {
        // Validate the TLS material now rather than at the first pull.
        auto source = DropSource::open(c);
        if (!source)
            return makeError(ErrorKind::Usage, source.errorMessage());
    }
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM stores WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return failure(tr("There is already a store %1.").arg(id));
    q.prepare(QStringLiteral("SELECT store_id FROM store_pos_ids WHERE pos_id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return failure(tr("%1 is a POS store id of store %2; give the new store another id.")
                           .arg(id, SqlRow(q).string("store_id")));
    q.prepare(QStringLiteral("INSERT INTO stores (id, source_kind, location, ca_pem, client_cert_pem, client_key_pem, "
                             "created_at, created_by, system_trust) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(c.kind);
    q.addBindValue(c.location);
    q.addBindValue(c.caPem.isEmpty() ? QVariant() : QVariant(QString::fromLatin1(c.caPem)));
    q.addBindValue(c.clientCertPem.isEmpty() ? QVariant() : QVariant(QString::fromLatin1(c.clientCertPem)));
    q.addBindValue(c.clientKeyPem.isEmpty() ? QVariant() : QVariant(c.clientKeyPem));
    q.addBindValue(utcNowString());
    q.addBindValue(m_db.session().userName);
    q.addBindValue(c.systemTrust ? 1 : 0);
    if (!q.exec())
        return failure(q.lastError().text());
    LP_TRY(m_db.auditIn(db, QStringLiteral("store_added"),
                        QJsonObject {{QLatin1String("store"), id},
                                     {QLatin1String("kind"), c.kind},
                                     {QLatin1String("location"), c.location},
                                     {QLatin1String("pinned_ca"), !c.caPem.isEmpty()},
                                     {QLatin1String("system_trust"), c.systemTrust},
                                     {QLatin1String("client_certificate"), !c.clientCertPem.isEmpty()}}));
    return tx.commit();
}

Status StoreRegistry::remove(const QString& id)
{
    LP_TRY(Permissions::require(m_db.session(), Action::ManageStores));
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) AS n FROM incidents WHERE store_id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next() && SqlRow(q).integer("n") > 0)
        return failure(tr("Store %1 has incidents; it cannot be removed (evidence is kept).").arg(id));
    for (const char* sql : {"DELETE FROM cameras WHERE store_id = ?", "DELETE FROM registers WHERE store_id = ?",
                            "DELETE FROM store_pos_ids WHERE store_id = ?", "DELETE FROM stores WHERE id = ?"}) {
        q.prepare(QString::fromLatin1(sql));
        q.addBindValue(id);
        if (!q.exec())
            return failure(q.lastError().text());
    }
    LP_TRY(m_db.auditIn(db, QStringLiteral("store_removed"), QJsonObject {{QLatin1String("store"), id}}));
    return tx.commit();
}

Result<QList<QuarantineEntry>> StoreRegistry::quarantine()
{
    LP_TRY(Permissions::require(m_db.session(), Action::ReadQuarantine));
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id, store_id, item, kind, reason, at FROM quarantine ORDER BY id")))
        return failure(tr("Cannot read the quarantine: %1").arg(q.lastError().text()));
    QList<QuarantineEntry> out;
    const SqlRow row(q);
    while (q.next())
        out << QuarantineEntry {row.string("id"),   row.string("store_id"), row.string("item"),
                                row.string("kind"), row.string("reason"),   row.string("at")};
    return out;
}

Result<QList<StoreInfo>> StoreRegistry::list()
{
    LP_TRY(Permissions::require(m_db.session(), Action::SeeStores));
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT s.id, s.name, s.address, s.timezone, s.clock_offset, s.source_kind, s.location, "
                               "s.ca_pem, s.client_cert_pem, s.client_key_pem, s.cursor_page, s.cursor_index, "
                               "s.last_pull_at, s.last_pull_status, s.last_error, "
                               "(SELECT count(*) FROM incidents i WHERE i.store_id = s.id) AS incident_count, "
                               "s.system_trust FROM stores s ORDER BY s.id")))
        return failure(q.lastError().text());
    QList<StoreInfo> out;
    const SqlRow row(q);
    while (q.next()) {
        StoreInfo s;
        s.id = row.string("id");
        s.name = row.string("name");
        s.address = row.string("address");
        s.timezone = row.string("timezone");
        s.clockOffset = row.real("clock_offset");
        s.connection.kind = row.string("source_kind");
        s.connection.location = row.string("location");
        s.connection.caPem = row.string("ca_pem").toLatin1();
        s.connection.clientCertPem = row.string("client_cert_pem").toLatin1();
        s.connection.clientKeyPem = row.value("client_key_pem").toByteArray();
        s.cursorPage = row.string("cursor_page");
        s.cursorIndex = row.integer("cursor_index");
        s.lastPullAt = row.string("last_pull_at");
        s.lastPullStatus = row.string("last_pull_status");
        s.lastError = row.string("last_error");
        s.incidents = row.integer("incident_count");
        s.connection.systemTrust = row.integer("system_trust") != 0;
        out << s;
    }
    if (!q.exec(QStringLiteral("SELECT store_id, pos_id FROM store_pos_ids ORDER BY pos_id")))
        return failure(q.lastError().text());
    const SqlRow posRow(q);
    while (q.next())
        for (StoreInfo& s : out)
            if (s.id == posRow.string("store_id"))
                s.posIds << posRow.string("pos_id");
    return out;
}

Status StoreRegistry::addPosId(const QString& storeId, const QString& posId)
{
    LP_TRY(Permissions::require(m_db.session(), Action::ManageStores));
    const QString id = posId.trimmed();
    static const QRegularExpression control(QStringLiteral("[\\x{0}-\\x{1f}\\x{7f}]"));
    if (id.isEmpty() || id.size() > 64 || id.contains(control))
        return makeError(ErrorKind::Usage,
                         tr("A POS store id is 1 to 64 characters, as the journals write it "
                            "(RetailStoreID, BusinessUnit/UnitID)."));
    if (id == storeId)
        return makeError(
            ErrorKind::Usage,
            tr("%1 is the store's own id: journals that name it are imported as the store's already.").arg(id));
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM stores WHERE id IN (?, ?)"));
    q.addBindValue(storeId);
    q.addBindValue(id);
    if (!q.exec())
        return failure(q.lastError().text());
    bool storeFound = false;
    const SqlRow stores(q);
    while (q.next()) {
        if (stores.string("id") == id)
            return failure(tr("%1 is the id of another store in LP Desk, so it cannot also be a POS store id of %2.")
                               .arg(id, storeId));
        storeFound = true;
    }
    if (!storeFound)
        return makeError(ErrorKind::NotFound, tr("There is no store %1.").arg(storeId));
    q.prepare(QStringLiteral("SELECT store_id FROM store_pos_ids WHERE pos_id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next()) {
        const QString owner = SqlRow(q).string("store_id");
        return failure(owner == storeId
                           ? tr("Store %1 has the POS store id %2 already.").arg(storeId, id)
                           : tr("%1 is a POS store id of store %2; remove it there first.").arg(id, owner));
    }
    q.prepare(QStringLiteral("INSERT INTO store_pos_ids (pos_id, store_id, added_at, added_by) VALUES (?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(storeId);
    q.addBindValue(utcNowString());
    q.addBindValue(m_db.session().userName);
    if (!q.exec())
        return failure(q.lastError().text());
    LP_TRY(m_db.auditIn(db, QStringLiteral("store_pos_id_added"),
                        QJsonObject {{QLatin1String("store"), storeId}, {QLatin1String("pos_id"), id}}));
    return tx.commit();
}

Status StoreRegistry::removePosId(const QString& storeId, const QString& posId)
{
    LP_TRY(Permissions::require(m_db.session(), Action::ManageStores));
    const QString id = posId.trimmed();
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM store_pos_ids WHERE pos_id = ? AND store_id = ?"));
    q.addBindValue(id);
    q.addBindValue(storeId);
    if (!q.exec())
        return failure(q.lastError().text());
    if (q.numRowsAffected() != 1)
        return makeError(ErrorKind::NotFound, tr("Store %1 has no POS store id %2.").arg(storeId, id));
    LP_TRY(m_db.auditIn(db, QStringLiteral("store_pos_id_removed"),
                        QJsonObject {{QLatin1String("store"), storeId}, {QLatin1String("pos_id"), id}}));
    return tx.commit();
}

Result<StoreInfo> StoreRegistry::get(const QString& id)
{
    auto all = list();
    if (!all)
        return all.error();
    for (const StoreInfo& s : *all)
        if (s.id == id)
            return s;
    return makeError(ErrorKind::NotFound, tr("There is no store %1.").arg(id));
}

Result<QList<CameraInfo>> StoreRegistry::cameras(const QString& storeId)
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, name, zone, clock_offset FROM cameras WHERE store_id = ? ORDER BY id"));
    q.addBindValue(storeId);
    if (!q.exec())
        return failure(q.lastError().text());
    QList<CameraInfo> out;
    const SqlRow row(q);
    while (q.next())
        out << CameraInfo {storeId, row.string("id"), row.string("name"), row.string("zone"), row.real("clock_offset")};
    return out;
}

Result<StoreManifest> StoreRegistry::testConnection(const QString& id)
{
    auto store = get(id);
    if (!store)
        return store.error();
    auto source = DropSource::open(store->connection);
    if (!source)
        return source.error();
    auto bytes = (*source)->fetch(QStringLiteral("store.json"), StoreDrop::MaxDocumentSize);
    if (!bytes)
        return bytes.error();
    auto manifest = StoreDrop::parseStore(*bytes);
    if (manifest && manifest->storeId != id)
        return makeError(
            ErrorKind::Verification,
            tr("The drop at %1 is for store %2, not %3.").arg(store->connection.location, manifest->storeId, id));
    return manifest;
}

Status StoreRegistry::applyManifest(QSqlDatabase& db, const StoreManifest& m, QStringList* differences)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT timezone, clock_offset, COALESCE(manifest_json, '') AS known_manifest FROM stores WHERE id = ?"));
    q.addBindValue(m.storeId);
    if (!q.exec() || !q.next())
        return failure(tr("Cannot read store %1: %2").arg(m.storeId, q.lastError().text()));
    const SqlRow row(q);
    const bool firstPull = row.string("known_manifest").isEmpty();
    QString timezone = m.timezone;
    double clockOffset = m.clockOffset;
    if (!firstPull) {
        // Never silently: the time zone and clock offset in use stay; the caller shows and audits the difference.
        timezone = row.string("timezone");
        clockOffset = row.real("clock_offset");
        if (differences && timezone != m.timezone)
            *differences << tr("store %1: the drop says time zone %2, LP Desk keeps %3 (not changed by a pull)")
                                .arg(m.storeId, m.timezone, timezone);
        if (differences && !qFuzzyCompare(1.0 + clockOffset, 1.0 + m.clockOffset))
            *differences << tr("store %1: the drop says a clock offset of %2 s, LP Desk keeps %3 s (not changed by "
                               "a pull)")
                                .arg(m.storeId)
                                .arg(m.clockOffset)
                                .arg(clockOffset);
    }
    q.finish();
    q.prepare(
        QStringLiteral("UPDATE stores SET name = ?, address = ?, timezone = ?, clock_offset = ?, manifest_json = ? "
                       "WHERE id = ?"));
    q.addBindValue(m.name);
    q.addBindValue(m.address);
    q.addBindValue(timezone);
    q.addBindValue(clockOffset);
    q.addBindValue(QString::fromUtf8(m.raw));
    q.addBindValue(m.storeId);
    if (!q.exec())
        return failure(q.lastError().text());
    // New cameras and registers are added; offsets an investigator corrected are kept (they are in custody).
    for (const DropCamera& c : m.cameras) {
        q.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO cameras (store_id, id, name, zone, clock_offset) VALUES (?, ?, ?, ?, ?)"));
        q.addBindValue(m.storeId);
        q.addBindValue(c.id);
        q.addBindValue(c.name);
        q.addBindValue(c.zone);
        q.addBindValue(c.clockOffset);
        if (!q.exec())
            return failure(q.lastError().text());
    }
    for (const DropRegister& r : m.registers) {
        q.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO registers (store_id, id, camera_id, clock_offset) VALUES (?, ?, ?, ?)"));
        q.addBindValue(m.storeId);
        q.addBindValue(r.id);
        q.addBindValue(r.camera);
        q.addBindValue(r.clockOffset);
        if (!q.exec())
            return failure(q.lastError().text());
    }
    return {};
}

Status StoreRegistry::setCursor(QSqlDatabase& db, const QString& storeId, const QString& page, int index)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE stores SET cursor_page = ?, cursor_index = ? WHERE id = ?"));
    q.addBindValue(page);
    q.addBindValue(index);
    q.addBindValue(storeId);
    return q.exec() ? Status() : failure(q.lastError().text());
}

Status StoreRegistry::recordPull(QSqlDatabase& db, const QString& storeId, const QString& status, const QString& error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE stores SET last_pull_at = ?, last_pull_status = ?, last_error = ? WHERE id = ?"));
    q.addBindValue(utcNowString());
    q.addBindValue(status);
    q.addBindValue(error.isEmpty() ? QVariant() : QVariant(error));
    q.addBindValue(storeId);
    return q.exec() ? Status() : failure(q.lastError().text());
}

} // namespace lpdesk
