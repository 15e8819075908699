// Store drop v1: the layout stores publish (store.json, feed pages, incidents, encrypted media, POS journals)
// and a strict reader for each document. Everything from a store is hostile until these checks pass:
// size limits, exact fields, types, patterns, strict UTF-8 and safe relative paths derived from validated ids.
// The same rules are written as JSON Schemas in resources/schemas/.
#pragma once

#include "common/Result.h"
#include "model/IncidentTaxonomy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace lpdesk {

struct DropCamera
{
    QString id;
    QString name;
    QString zone;
    double clockOffset = 0; // seconds the camera's clock is ahead of true time
};

struct DropRegister
{
    QString id;
    QString camera;
    double clockOffset = 0;
};

struct DropPosJournal
{
    QString file;
    QString format; // poslog | csv | json
    QString businessDay;
    qint64 size = 0;
    QString sha256;
};

struct StoreManifest
{
    QString storeId;
    QString name;
    QString address;
    QString timezone;
    double clockOffset = 0;
    QStringList recipientKeyIds;
    QList<DropCamera> cameras;
    QList<DropRegister> registers;
    QList<DropPosJournal> posJournals;
    QString firstPage;
    QByteArray raw;

    const DropCamera* camera(const QString& id) const;
};

struct FeedPage
{
    int page = 0;
    QStringList incidents;
    QString next; // empty at the end of the feed
};

struct IncidentMedia
{
    QString id;
    QString file;
    qint64 size = 0;
    qint64 plaintextSize = 0;
    QString sha256;
    QString codec;
    QString camera;
    QString start;
    QString end;
};

struct IncidentRecord
{
    QString id;
    QString storeId;
    QString type;
    int severity = 0;
    QString detectedAt; // as the store wrote it (with its offset)
    QDateTime detectedAtUtc;
    QString trigger;
    QString zone;
    QString registerId;
    QString camera;
    QString narrative;
    QJsonArray suspects;
    QList<IncidentMedia> media;
    QJsonArray posRefs;
    QJsonArray statements;
    QByteArray raw;
};

class StoreDrop
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::StoreDrop)

public:
    static constexpr qint64 MaxDocumentSize = 1024 * 1024;
    static constexpr qint64 MaxMediaSize = 16ll * 1024 * 1024 * 1024;
    static constexpr qint64 MaxPosJournalSize = 1024ll * 1024 * 1024;
    static constexpr int MaxFeedPages = 100000;

    static const QStringList& incidentTypes() { return IncidentTaxonomy::types(); }
    static const QStringList& triggers() { return IncidentTaxonomy::triggers(); }

    static Result<StoreManifest> parseStore(const QByteArray& bytes);
    static Result<FeedPage> parseFeedPage(const QByteArray& bytes);
    // expectedId: the id the feed promised (an incident file must describe itself).
    static Result<IncidentRecord> parseIncident(const QByteArray& bytes, const QString& expectedId,
                                                const StoreManifest& store);

    static QString incidentPath(const QString& id) { return QStringLiteral("incidents/%1.json").arg(id); }
    static QString mediaPath(const QString& id) { return QStringLiteral("media/%1.lpenc").arg(id); }
};

} // namespace lpdesk
