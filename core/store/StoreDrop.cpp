#include "store/StoreDrop.h"

#include "common/JsonCheck.h"
#include "common/Time.h"

#include <QJsonDocument>
#include <QSet>
#include <QStringConverter>
#include <QTimeZone>

namespace lpdesk {

namespace {

const QRegularExpression& storeIdPattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9-]{1,47}\\z"));
    return re;
}
const QRegularExpression& cameraIdPattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9-]{0,39}\\z"));
    return re;
}
const QRegularExpression& registerIdPattern()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9-]{1,20}\\z"));
    return re;
}

// Parses a document after the checks every store document shares: size, strict UTF-8, a JSON object.
Result<QJsonObject> parseDocument(const QByteArray& bytes, const QString& what)
{
    if (bytes.size() > StoreDrop::MaxDocumentSize)
        return makeError(ErrorKind::Verification,
                         StoreDrop::tr("%1 is larger than %2 bytes").arg(what).arg(StoreDrop::MaxDocumentSize));
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = utf8.decode(bytes); // decode() is lazy: converting runs it
    Q_UNUSED(decoded);
    if (utf8.hasError())
        return makeError(ErrorKind::Verification, StoreDrop::tr("%1 is not valid UTF-8").arg(what));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError)
        return makeError(
            ErrorKind::Verification,
            StoreDrop::tr("%1 is not valid JSON (%2 at byte %3)").arg(what, pe.errorString()).arg(pe.offset));
    if (!doc.isObject())
        return makeError(ErrorKind::Verification, StoreDrop::tr("%1 is not a JSON object").arg(what));
    return doc.object();
}

Error invalid(const JsonCheck& c)
{
    return makeError(ErrorKind::Verification, c.error());
}

// store.json, step by step: each step reads one part of the manifest into m and reports to c; a step after a failed
// one reads nothing (every JsonCheck call is a no-op once c has failed), so the first problem is the one reported.
void readStoreHeader(JsonCheck& c, const QJsonObject& o)
{
    c.keys(o, {},
           {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("store_id"), QStringLiteral("name"),
            QStringLiteral("timezone"), QStringLiteral("clock_offset_seconds"), QStringLiteral("recipient_key_ids"),
            QStringLiteral("cameras"), QStringLiteral("registers"), QStringLiteral("feed")},
           {QStringLiteral("address"), QStringLiteral("pos_journals")});
    if (c.ok() && o.value(QLatin1String("format")).toString() != QLatin1String("lpdesk-store-drop"))
        c.fail(QStringLiteral("format"), StoreDrop::tr("is not \"lpdesk-store-drop\""));
    if (c.ok() && o.value(QLatin1String("version")) != QJsonValue(1))
        c.fail(QStringLiteral("version"), StoreDrop::tr("is not 1 (a newer drop format?)"));
}

void readStoreIdentity(JsonCheck& c, const QJsonObject& o, StoreManifest& m)
{
    static const QRegularExpression tz(QStringLiteral("^[A-Za-z_]+(/[A-Za-z0-9_+-]+){0,2}\\z"));
    static const QRegularExpression keyId(QStringLiteral("^[0-9a-f]{32}\\z"));
    m.storeId = c.string(o, QStringLiteral("store_id"), {}, &storeIdPattern(), 48);
    m.name = c.string(o, QStringLiteral("name"), {}, nullptr, 200);
    m.address = c.string(o, QStringLiteral("address"), {}, nullptr, 500, false);
    m.timezone = c.string(o, QStringLiteral("timezone"), {}, &tz, 64);
    if (c.ok() && !QTimeZone(m.timezone.toUtf8()).isValid())
        c.fail(QStringLiteral("timezone"), StoreDrop::tr("is not a known IANA time zone"));
    m.clockOffset = c.number(o, QStringLiteral("clock_offset_seconds"), {}, -86400, 86400);
    for (const QJsonValue& v : c.array(o, QStringLiteral("recipient_key_ids"), {}, 16)) {
        if (!v.isString() || !keyId.match(v.toString()).hasMatch())
            c.fail(QStringLiteral("recipient_key_ids"), StoreDrop::tr("has an invalid key id"));
        m.recipientKeyIds << v.toString();
    }
}

void readStoreCameras(JsonCheck& c, const QJsonObject& o, StoreManifest& m)
{
    QSet<QString> cameraIds;
    const QJsonArray cameras = c.array(o, QStringLiteral("cameras"), {}, 512);
    for (qsizetype i = 0; i < cameras.size() && c.ok(); ++i) {
        const QJsonObject cam = cameras[i].toObject();
        const QString path = QStringLiteral("cameras[%1]").arg(i);
        c.keys(cam, path,
               {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("zone"),
                QStringLiteral("clock_offset_seconds")},
               {});
        DropCamera dc {c.string(cam, QStringLiteral("id"), path, &cameraIdPattern(), 40),
                       c.string(cam, QStringLiteral("name"), path, nullptr, 100),
                       c.string(cam, QStringLiteral("zone"), path, nullptr, 100),
                       c.number(cam, QStringLiteral("clock_offset_seconds"), path, -86400, 86400)};
        if (cameraIds.contains(dc.id))
            c.fail(path, StoreDrop::tr("repeats camera id %1").arg(dc.id));
        cameraIds.insert(dc.id);
        m.cameras << dc;
    }
}

// Runs after readStoreCameras: a register names one of the cameras already read.
void readStoreRegisters(JsonCheck& c, const QJsonObject& o, StoreManifest& m)
{
    const QJsonArray registers = c.array(o, QStringLiteral("registers"), {}, 512);
    for (qsizetype i = 0; i < registers.size() && c.ok(); ++i) {
        const QJsonObject r = registers[i].toObject();
        const QString path = QStringLiteral("registers[%1]").arg(i);
        c.keys(r, path, {QStringLiteral("id"), QStringLiteral("camera"), QStringLiteral("clock_offset_seconds")}, {});
        DropRegister dr {c.string(r, QStringLiteral("id"), path, &registerIdPattern(), 20),
                         c.string(r, QStringLiteral("camera"), path, &cameraIdPattern(), 40),
                         c.number(r, QStringLiteral("clock_offset_seconds"), path, -86400, 86400)};
        if (c.ok() && !m.camera(dr.camera))
            c.fail(path + QStringLiteral(".camera"), StoreDrop::tr("names a camera that is not listed"));
        m.registers << dr;
    }
}

void readStorePosJournals(JsonCheck& c, const QJsonObject& o, StoreManifest& m)
{
    static const QRegularExpression posFile(QStringLiteral(R"(^pos/[0-9]{4}-[0-9]{2}-[0-9]{2}\.(xml|csv|json)\z)"));
    const QJsonArray journals = c.array(o, QStringLiteral("pos_journals"), {}, 3660, false);
    for (qsizetype i = 0; i < journals.size() && c.ok(); ++i) {
        const QJsonObject j = journals[i].toObject();
        const QString path = QStringLiteral("pos_journals[%1]").arg(i);
        c.keys(j, path,
               {QStringLiteral("file"), QStringLiteral("format"), QStringLiteral("business_day"),
                QStringLiteral("size"), QStringLiteral("sha256")},
               {});
        DropPosJournal dj;
        dj.file = c.string(j, QStringLiteral("file"), path, &posFile, 40);
        dj.format = c.oneOf(j, QStringLiteral("format"), path,
                            {QStringLiteral("poslog"), QStringLiteral("csv"), QStringLiteral("json")});
        dj.businessDay = c.string(j, QStringLiteral("business_day"), path, &JsonCheck::datePattern(), 10);
        dj.size = c.integer(j, QStringLiteral("size"), path, 0, StoreDrop::MaxPosJournalSize);
        dj.sha256 = c.string(j, QStringLiteral("sha256"), path, &JsonCheck::hex64Pattern(), 64);
        m.posJournals << dj;
    }
}

const QRegularExpression& feedPagePattern()
{
    static const QRegularExpression re(QStringLiteral(R"(^feed/[0-9]{6}\.json\z)"));
    return re;
}

void readStoreFeed(JsonCheck& c, const QJsonObject& o, StoreManifest& m)
{
    const QJsonObject feed = c.object(o, QStringLiteral("feed"), {});
    if (!c.ok())
        return;
    c.keys(feed, QStringLiteral("feed"), {QStringLiteral("first_page")}, {});
    m.firstPage = c.string(feed, QStringLiteral("first_page"), QStringLiteral("feed"), &feedPagePattern(), 20);
}

// An incident, step by step, in the same manner as store.json above.
void readIncidentHeader(JsonCheck& c, const QJsonObject& o, const QString& expectedId, const StoreManifest& store,
                        IncidentRecord& r)
{
    c.keys(o, {},
           {QStringLiteral("id"), QStringLiteral("store_id"), QStringLiteral("type"), QStringLiteral("severity"),
            QStringLiteral("detected_at"), QStringLiteral("trigger"), QStringLiteral("location"),
            QStringLiteral("narrative"), QStringLiteral("suspects"), QStringLiteral("media"),
            QStringLiteral("pos_refs"), QStringLiteral("statements")},
           {});
    r.id = c.string(o, QStringLiteral("id"), {}, &JsonCheck::uuidPattern(), 36);
    if (c.ok() && r.id != expectedId)
        c.fail(QStringLiteral("id"), StoreDrop::tr("does not match the id the feed listed"));
    r.storeId = c.string(o, QStringLiteral("store_id"), {}, &storeIdPattern(), 48);
    if (c.ok() && r.storeId != store.storeId)
        c.fail(QStringLiteral("store_id"), StoreDrop::tr("names another store"));
    r.type = c.oneOf(o, QStringLiteral("type"), {}, StoreDrop::incidentTypes());
    r.severity = static_cast<int>(c.integer(o, QStringLiteral("severity"), {}, 1, 5));
    r.detectedAt = c.string(o, QStringLiteral("detected_at"), {}, &JsonCheck::rfc3339Pattern(), 40);
    r.detectedAtUtc = parseRfc3339(r.detectedAt);
    if (c.ok() && !r.detectedAtUtc.isValid())
        c.fail(QStringLiteral("detected_at"), StoreDrop::tr("is not a valid time"));
    r.trigger = c.oneOf(o, QStringLiteral("trigger"), {}, StoreDrop::triggers());
}

void readIncidentLocation(JsonCheck& c, const QJsonObject& o, IncidentRecord& r)
{
    const QJsonObject loc = c.object(o, QStringLiteral("location"), {});
    if (!c.ok())
        return;
    c.keys(loc, QStringLiteral("location"), {QStringLiteral("zone")},
           {QStringLiteral("register"), QStringLiteral("camera")});
    r.zone = c.string(loc, QStringLiteral("zone"), QStringLiteral("location"), nullptr, 100);
    r.registerId
        = c.string(loc, QStringLiteral("register"), QStringLiteral("location"), &registerIdPattern(), 20, false);
    r.camera = c.string(loc, QStringLiteral("camera"), QStringLiteral("location"), &cameraIdPattern(), 40, false);
}

// Suspects, POS references and statements are kept as the store wrote them (IncidentRecord holds the arrays), so
// these steps only check them.
void checkIncidentSuspects(JsonCheck& c, const QJsonArray& suspects)
{
    for (qsizetype i = 0; i < suspects.size() && c.ok(); ++i) {
        const QJsonObject s = suspects[i].toObject();
        const QString path = QStringLiteral("suspects[%1]").arg(i);
        c.keys(s, path, {QStringLiteral("label")},
               {QStringLiteral("sex"), QStringLiteral("age_range"), QStringLiteral("height"), QStringLiteral("build"),
                QStringLiteral("clothing"), QStringLiteral("distinguishing")});
        c.string(s, QStringLiteral("label"), path, nullptr, 40);
        c.oneOf(s, QStringLiteral("sex"), path,
                {QStringLiteral("male"), QStringLiteral("female"), QStringLiteral("unknown")}, false);
        for (const char* k : {"age_range", "height", "build"})
            c.string(s, QString::fromLatin1(k), path, nullptr, 40, false);
        for (const char* k : {"clothing", "distinguishing"})
            c.string(s, QString::fromLatin1(k), path, nullptr, 2000, false);
    }
}

IncidentMedia readIncidentMediaItem(JsonCheck& c, const QJsonObject& m, const QString& path)
{
    static const QRegularExpression mediaFile(
        QStringLiteral(R"(^media/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.lpenc\z)"));
    c.keys(m, path,
           {QStringLiteral("id"), QStringLiteral("file"), QStringLiteral("size"), QStringLiteral("plaintext_size"),
            QStringLiteral("sha256"), QStringLiteral("codec"), QStringLiteral("camera"), QStringLiteral("start"),
            QStringLiteral("end")},
           {});
    IncidentMedia im;
    im.id = c.string(m, QStringLiteral("id"), path, &JsonCheck::uuidPattern(), 36);
    im.file = c.string(m, QStringLiteral("file"), path, &mediaFile, 60);
    // The file name must be derived from the id: no path of the store's choosing is ever opened.
    if (c.ok() && im.file != StoreDrop::mediaPath(im.id))
        c.fail(path + QStringLiteral(".file"), StoreDrop::tr("does not match the media id"));
    return im;
}

// Reads the rest of a media item once its id is known not to repeat.
void readIncidentMediaDetails(JsonCheck& c, const QJsonObject& m, const QString& path, IncidentMedia& im)
{
    im.size = c.integer(m, QStringLiteral("size"), path, 160, StoreDrop::MaxMediaSize);
    im.plaintextSize = c.integer(m, QStringLiteral("plaintext_size"), path, 0, StoreDrop::MaxMediaSize);
    im.sha256 = c.string(m, QStringLiteral("sha256"), path, &JsonCheck::hex64Pattern(), 64);
    im.codec = c.string(m, QStringLiteral("codec"), path, nullptr, 40);
    im.camera = c.string(m, QStringLiteral("camera"), path, &cameraIdPattern(), 40);
    im.start = c.string(m, QStringLiteral("start"), path, &JsonCheck::rfc3339Pattern(), 40);
    im.end = c.string(m, QStringLiteral("end"), path, &JsonCheck::rfc3339Pattern(), 40);
    if (c.ok() && parseRfc3339(im.end) < parseRfc3339(im.start))
        c.fail(path + QStringLiteral(".end"), StoreDrop::tr("is before its start"));
}

void readIncidentMedia(JsonCheck& c, const QJsonObject& o, IncidentRecord& r)
{
    const QJsonArray media = c.array(o, QStringLiteral("media"), {}, 64);
    QSet<QString> mediaIds;
    for (qsizetype i = 0; i < media.size() && c.ok(); ++i) {
        const QJsonObject m = media[i].toObject();
        const QString path = QStringLiteral("media[%1]").arg(i);
        IncidentMedia im = readIncidentMediaItem(c, m, path);
        if (c.ok() && mediaIds.contains(im.id))
            c.fail(path + QStringLiteral(".id"), StoreDrop::tr("is listed twice"));
        mediaIds.insert(im.id);
        readIncidentMediaDetails(c, m, path, im);
        r.media << im;
    }
}

void checkIncidentPosRefs(JsonCheck& c, const QJsonArray& posRefs)
{
    static const QRegularExpression seq(QStringLiteral("^[0-9A-Za-z-]{1,20}\\z"));
    for (qsizetype i = 0; i < posRefs.size() && c.ok(); ++i) {
        const QJsonObject p = posRefs[i].toObject();
        const QString path = QStringLiteral("pos_refs[%1]").arg(i);
        c.keys(p, path, {QStringLiteral("register"), QStringLiteral("sequence"), QStringLiteral("business_day")}, {});
        c.string(p, QStringLiteral("register"), path, &registerIdPattern(), 20);
        c.string(p, QStringLiteral("sequence"), path, &seq, 20);
        c.string(p, QStringLiteral("business_day"), path, &JsonCheck::datePattern(), 10);
    }
}

void checkIncidentStatements(JsonCheck& c, const QJsonArray& statements)
{
    for (qsizetype i = 0; i < statements.size() && c.ok(); ++i) {
        const QJsonObject s = statements[i].toObject();
        const QString path = QStringLiteral("statements[%1]").arg(i);
        c.keys(s, path, {QStringLiteral("author_role"), QStringLiteral("text")}, {});
        c.oneOf(s, QStringLiteral("author_role"), path,
                {QStringLiteral("staff"), QStringLiteral("witness"), QStringLiteral("security"),
                 QStringLiteral("manager")});
        c.string(s, QStringLiteral("text"), path, nullptr, 20000);
    }
}

} // namespace

const DropCamera* StoreManifest::camera(const QString& id) const
{
    for (const DropCamera& c : cameras)
        if (c.id == id)
            return &c;
    return nullptr;
}

Result<StoreManifest> StoreDrop::parseStore(const QByteArray& bytes)
{
    auto doc = parseDocument(bytes, QStringLiteral("store.json"));
    if (!doc)
        return doc.error();
    const QJsonObject& o = *doc;
    JsonCheck c(QStringLiteral("store.json"));
    readStoreHeader(c, o);
    StoreManifest m;
    readStoreIdentity(c, o, m);
    readStoreCameras(c, o, m);
    readStoreRegisters(c, o, m);
    readStorePosJournals(c, o, m);
    readStoreFeed(c, o, m);
    if (!c.ok())
        return invalid(c);
    m.raw = bytes;
    return m;
}

Result<FeedPage> StoreDrop::parseFeedPage(const QByteArray& bytes)
{
    auto doc = parseDocument(bytes, QStringLiteral("feed page"));
    if (!doc)
        return doc.error();
    const QJsonObject& o = *doc;
    JsonCheck c(QStringLiteral("feed page"));
    c.keys(o, {}, {QStringLiteral("page"), QStringLiteral("incidents"), QStringLiteral("next")}, {});
    FeedPage p;
    p.page = static_cast<int>(c.integer(o, QStringLiteral("page"), {}, 1, 999999));
    const QJsonArray ids = c.array(o, QStringLiteral("incidents"), {}, 1000);
    for (qsizetype i = 0; i < ids.size() && c.ok(); ++i) {
        const QString id = ids[i].toString();
        if (!ids[i].isString() || !JsonCheck::uuidPattern().match(id).hasMatch())
            c.fail(QStringLiteral("incidents[%1]").arg(i), tr("is not an incident id (UUID)"));
        p.incidents << id;
    }
    if (c.ok() && !o.value(QLatin1String("next")).isNull())
        p.next = c.string(o, QStringLiteral("next"), {}, &feedPagePattern(), 20);
    if (!c.ok())
        return invalid(c);
    return p;
}

Result<IncidentRecord> StoreDrop::parseIncident(const QByteArray& bytes, const QString& expectedId,
                                                const StoreManifest& store)
{
    auto doc = parseDocument(bytes, QStringLiteral("incident %1").arg(expectedId));
    if (!doc)
        return doc.error();
    const QJsonObject& o = *doc;
    JsonCheck c(QStringLiteral("incident %1").arg(expectedId));
    IncidentRecord r;
    readIncidentHeader(c, o, expectedId, store, r);
    readIncidentLocation(c, o, r);
    r.narrative = c.string(o, QStringLiteral("narrative"), {}, nullptr, 20000);
    r.suspects = c.array(o, QStringLiteral("suspects"), {}, 50);
    checkIncidentSuspects(c, r.suspects);
    readIncidentMedia(c, o, r);
    r.posRefs = c.array(o, QStringLiteral("pos_refs"), {}, 100);
    checkIncidentPosRefs(c, r.posRefs);
    r.statements = c.array(o, QStringLiteral("statements"), {}, 50);
    checkIncidentStatements(c, r.statements);
    if (!c.ok())
        return invalid(c);
    r.raw = bytes;
    return r;
}

} // namespace lpdesk
