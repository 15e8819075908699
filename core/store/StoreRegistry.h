// The stores this workstation pulls from: how to reach each (folder or HTTPS with its CA and client
// certificate, kept inside the encrypted database), its cameras and registers with clock offsets, the feed
// cursor and the outcome of the last pull.
#pragma once

#include "auth/Session.h"
#include "common/Result.h"
#include "store/DropSource.h"
#include "store/StoreDrop.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace lpdesk {

class CaseDatabase;

struct StoreInfo
{
    QString id;
    QString name;
    QString address;
    QString timezone;
    double clockOffset = 0;
    StoreConnection connection;
    QString cursorPage;
    int cursorIndex = 0;
    QString lastPullAt;
    QString lastPullStatus;
    QString lastError;
    int incidents = 0;
    QStringList posIds; // the ids the store's own POS system writes for it in its journals
};

struct CameraInfo
{
    QString storeId;
    QString id;
    QString name;
    QString zone;
    double clockOffset = 0;
};

// What a pull refused, and why.
struct QuarantineEntry
{
    QString id;
    QString storeId;
    QString item;
    QString kind;
    QString reason;
    QString at;
};

class StoreRegistry
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::StoreRegistry)

public:
    explicit StoreRegistry(CaseDatabase& db);

    // admin: register a store (certificate and key files' contents are stored encrypted in the database).
    Status add(const QString& id, const StoreConnection& connection);
    Status remove(const QString& id);
    Result<QList<StoreInfo>> list();
    Result<StoreInfo> get(const QString& id);
    Result<QList<CameraInfo>> cameras(const QString& storeId);
    // admin: an id the store's own POS system writes for it in its journals (NCR's RetailStoreID 2301, Futura's
    // BusinessUnit/UnitID) when it is not LP Desk's store id; journals naming it import as the store's. One POS id
    // belongs to one store. Audited.
    Status addPosId(const QString& storeId, const QString& posId);
    Status removePosId(const QString& storeId, const QString& posId);
    Result<QList<QuarantineEntry>> quarantine(); // investigators, admins, auditors
    // Tries the connection: fetches and validates store.json. Changes nothing.
    Result<StoreManifest> testConnection(const QString& id);

    // Used by the pull (inside its transactions).
    // The first pull sets the store's time zone and clock offset; later pulls never change them: a drop that says
    // otherwise is returned in differences (one sentence each) for the caller to show and audit.
    static Status applyManifest(QSqlDatabase& db, const StoreManifest& manifest, QStringList* differences = nullptr);
    static Status setCursor(QSqlDatabase& db, const QString& storeId, const QString& page, int index);
    static Status recordPull(QSqlDatabase& db, const QString& storeId, const QString& status, const QString& error);

private:
    CaseDatabase& m_db;
};

} // namespace lpdesk
