// The store simulator's building blocks (internal to StoreSimulator; not a public header): the store templates, the
// simulated incident and the generators of incident details and POS transactions, all driven by the caller's random
// generator so that a seed gives the same drop.
#pragma once

#include "common/Result.h"
#include "pos/PosTransaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QTimeZone>

namespace lpdesk::simgen {

struct StoreTemplate
{
    const char* id;
    const char* name;
    const char* address;
    const char* zone;
    const char* posFormat;
    const char* currency;
};

inline constexpr StoreTemplate Templates[] = {
    {"chicago-lakeview-017", "Lakeview Market #017", "3101 N Clark St, Chicago, IL 60657", "America/Chicago", "poslog",
     "USD"},
    {"london-camden-204", "Camden High Street #204", "212 Camden High St, London NW1 8QR", "Europe/London", "csv",
     "GBP"},
    {"tokyo-shibuya-031", "Shibuya Dogenzaka #031", "2-6 Dogenzaka, Shibuya-ku, Tokyo", "Asia/Tokyo", "json", "JPY"},
    {"denver-union-112", "Union Station #112", "1701 Wynkoop St, Denver, CO 80202", "America/Denver", "csv", "USD"},
    {"sydney-pitt-008", "Pitt Street Mall #008", "188 Pitt St, Sydney NSW 2000", "Australia/Sydney", "poslog", "AUD"},
    {"kolkata-park-055", "Park Street #055", "21 Park St, Kolkata 700016", "Asia/Kolkata", "json", "INR"},
};

struct SimIncident
{
    QString id;
    QString type;
    QString trigger;
    int severity = 1;
    QDateTime detectedUtc;
    QString cameraId;
    QString registerId;
    QString zone;
    QList<QString> mediaCameras;
    int posTransaction = -1; // index into the store's transactions
    QString posKind;
};

QString uuid(QRandomGenerator& rng);
QString rfc3339(const QDateTime& utc, const QTimeZone& zone);
QString pickType(QRandomGenerator& rng, int globalIndex);
QString triggerFor(const QString& type, QRandomGenerator& rng);
int baseSeverity(const QString& type);
QJsonArray suspectsFor(const SimIncident& inc, QRandomGenerator& rng);
QString narrativeFor(const SimIncident& inc, const QString& localTime, const QString& cameraName,
                     QRandomGenerator& rng);
Status writeFile(const QString& path, const QByteArray& bytes);
PosTransaction normalSale(const QString& storeId, const QString& reg, QRandomGenerator& rng);
PosTransaction exceptionFor(const SimIncident& inc, const QString& storeId, QRandomGenerator& rng, const QDate& day);

} // namespace lpdesk::simgen
