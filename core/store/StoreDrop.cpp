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
    static const QRegularExpression tz(QStringLiteral("^[A-Za-z_]+(/[A-Za-z0-9_+-]+){0,2}\\z"));
    static const QRegularExpression keyId(QStringLiteral("^[0-9a-f]{32}\\z"));
    static const QRegularExpression page(QStringLiteral(R"(^feed/[0-9]{6}\.json\z)"));
    static const QRegularExpression posFile(QStringLiteral(R"(^pos/[0-9]{4}-[0-9]{2}-[0-9]{2}\.(xml|csv|json)\z)"));
    c.keys(o, {},
           {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("store_id"), QStringLiteral("name"),
            QStringLiteral("timezone"), QStringLiteral("clock_offset_seconds"), QStringLiteral("recipient_key_ids"),
            QStringLiteral("cameras"), QStringLiteral("registers"), QStringLiteral("feed")},
           {QStringLiteral("address"), QStringLiteral("pos_journals")});
    if (c.ok() && o.value(QLatin1String("format")).toString() != QLatin1String("lpdesk-store-drop"))
        c.fail(QStringLiteral("format"), tr("is not \"lpdesk-store-drop\""));
    if (c.ok() && o.value(QLatin1String("version")) != QJsonValue(1))
        c.fail(QStringLiteral("version"), tr("is not 1 (a newer drop format?)"));
    StoreManifest m;
    m.storeId = c.string(o, QStringLiteral("store_id"), {}, &storeIdPattern(), 48);
    m.name = c.string(o, QStringLiteral("name"), {}, nullptr, 200);
    m.address = c.string(o, QStringLiteral("address"), {}, nullptr, 500, false);
    m.timezone = c.string(o, QStringLiteral("timezone"), {}, &tz, 64);
    if (c.ok() && !QTimeZone(m.timezone.toUtf8()).isValid())
        c.fail(QStringLiteral("timezone"), tr("is not a known IANA time zone"));
    m.clockOffset = c.number(o, QStringLiteral("clock_offset_seconds"), {}, -86400, 86400);
    for (const QJsonValue& v : c.array(o, QStringLiteral("recipient_key_ids"), {}, 16)) {
        if (!v.isString() || !keyId.match(v.toString()).hasMatch())
            c.fail(QStringLiteral("recipient_key_ids"), tr("has an invalid key id"));
        m.recipientKeyIds << v.toString();
    }
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
            c.fail(path, tr("repeats camera id %1").arg(dc.id));
        cameraIds.insert(dc.id);
        m.cameras << dc;
    }
    const QJsonArray registers = c.array(o, QStringLiteral("registers"), {}, 512);
    for (qsizetype i = 0; i < registers.size() && c.ok(); ++i) {
        const QJsonObject r = registers[i].toObject();
        const QString path = QStringLiteral("registers[%1]").arg(i);
        c.keys(r, path, {QStringLiteral("id"), QStringLiteral("camera"), QStringLiteral("clock_offset_seconds")}, {});
        DropRegister dr {c.string(r, QStringLiteral("id"), path, &registerIdPattern(), 20),
                         c.string(r, QStringLiteral("camera"), path, &cameraIdPattern(), 40),
                         c.number(r, QStringLiteral("clock_offset_seconds"), path, -86400, 86400)};
        if (c.ok() && !cameraIds.contains(dr.camera))
            c.fail(path + QStringLiteral(".camera"), tr("names a camera that is not listed"));
        m.registers << dr;
    }
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
        dj.size = c.integer(j, QStringLiteral("size"), path, 0, MaxPosJournalSize);
        dj.sha256 = c.string(j, QStringLiteral("sha256"), path, &JsonCheck::hex64Pattern(), 64);
        m.posJournals << dj;
    }
    const QJsonObject feed = c.object(o, QStringLiteral("feed"), {});
    if (c.ok()) {
        c.keys(feed, QStringLiteral("feed"), {QStringLiteral("first_page")}, {});
        m.firstPage = c.string(feed, QStringLiteral("first_page"), QStringLiteral("feed"), &page, 20);
    }
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
    static const QRegularExpression page(QStringLiteral(R"(^feed/[0-9]{6}\.json\z)"));
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
        p.next = c.string(o, QStringLiteral("next"), {}, &page, 20);
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
    c.keys(o, {},
           {QStringLiteral("id"), QStringLiteral("store_id"), QStringLiteral("type"), QStringLiteral("severity"),
            QStringLiteral("detected_at"), QStringLiteral("trigger"), QStringLiteral("location"),
            QStringLiteral("narrative"), QStringLiteral("suspects"), QStringLiteral("media"),
            QStringLiteral("pos_refs"), QStringLiteral("statements")},
           {});
    IncidentRecord r;
    r.id = c.string(o, QStringLiteral("id"), {}, &JsonCheck::uuidPattern(), 36);
    if (c.ok() && r.id != expectedId)
        c.fail(QStringLiteral("id"), tr("does not match the id the feed listed"));
    r.storeId = c.string(o, QStringLiteral("store_id"), {}, &storeIdPattern(), 48);
    if (c.ok() && r.storeId != store.storeId)
        c.fail(QStringLiteral("store_id"), tr("names another store"));
    r.type = c.oneOf(o, QStringLiteral("type"), {}, incidentTypes());
    r.severity = static_cast<int>(c.integer(o, QStringLiteral("severity"), {}, 1, 5));
    r.detectedAt = c.string(o, QStringLiteral("detected_at"), {}, &JsonCheck::rfc3339Pattern(), 40);
    r.detectedAtUtc = parseRfc3339(r.detectedAt);
    if (c.ok() && !r.detectedAtUtc.isValid())
        c.fail(QStringLiteral("detected_at"), tr("is not a valid time"));
    r.trigger = c.oneOf(o, QStringLiteral("trigger"), {}, triggers());
    const QJsonObject loc = c.object(o, QStringLiteral("location"), {});
    if (c.ok()) {
        c.keys(loc, QStringLiteral("location"), {QStringLiteral("zone")},
               {QStringLiteral("register"), QStringLiteral("camera")});
        r.zone = c.string(loc, QStringLiteral("zone"), QStringLiteral("location"), nullptr, 100);
        r.registerId
            = c.string(loc, QStringLiteral("register"), QStringLiteral("location"), &registerIdPattern(), 20, false);
        r.camera = c.string(loc, QStringLiteral("camera"), QStringLiteral("location"), &cameraIdPattern(), 40, false);
    }
    r.narrative = c.string(o, QStringLiteral("narrative"), {}, nullptr, 20000);
    r.suspects = c.array(o, QStringLiteral("suspects"), {}, 50);
    for (qsizetype i = 0; i < r.suspects.size() && c.ok(); ++i) {
        const QJsonObject s = r.suspects[i].toObject();
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
    static const QRegularExpression mediaFile(
        QStringLiteral(R"(^media/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.lpenc\z)"));
    const QJsonArray media = c.array(o, QStringLiteral("media"), {}, 64);
    QSet<QString> mediaIds;
    for (qsizetype i = 0; i < media.size() && c.ok(); ++i) {
        const QJsonObject m = media[i].toObject();
        const QString path = QStringLiteral("media[%1]").arg(i);
        c.keys(m, path,
               {QStringLiteral("id"), QStringLiteral("file"), QStringLiteral("size"), QStringLiteral("plaintext_size"),
                QStringLiteral("sha256"), QStringLiteral("codec"), QStringLiteral("camera"), QStringLiteral("start"),
                QStringLiteral("end")},
               {});
        IncidentMedia im;
        im.id = c.string(m, QStringLiteral("id"), path, &JsonCheck::uuidPattern(), 36);
        im.file = c.string(m, QStringLiteral("file"), path, &mediaFile, 60);
        // The file name must be derived from the id: no path of the store's choosing is ever opened.
        if (c.ok() && im.file != mediaPath(im.id))
            c.fail(path + QStringLiteral(".file"), tr("does not match the media id"));
        if (c.ok() && mediaIds.contains(im.id))
            c.fail(path + QStringLiteral(".id"), tr("is listed twice"));
        mediaIds.insert(im.id);
        im.size = c.integer(m, QStringLiteral("size"), path, 160, MaxMediaSize);
        im.plaintextSize = c.integer(m, QStringLiteral("plaintext_size"), path, 0, MaxMediaSize);
        im.sha256 = c.string(m, QStringLiteral("sha256"), path, &JsonCheck::hex64Pattern(), 64);
        im.codec = c.string(m, QStringLiteral("codec"), path, nullptr, 40);
        im.camera = c.string(m, QStringLiteral("camera"), path, &cameraIdPattern(), 40);
        im.start = c.string(m, QStringLiteral("start"), path, &JsonCheck::rfc3339Pattern(), 40);
        im.end = c.string(m, QStringLiteral("end"), path, &JsonCheck::rfc3339Pattern(), 40);
        if (c.ok() && parseRfc3339(im.end) < parseRfc3339(im.start))
            c.fail(path + QStringLiteral(".end"), tr("is before its start"));
        r.media << im;
    }
    r.posRefs = c.array(o, QStringLiteral("pos_refs"), {}, 100);
    static const QRegularExpression seq(QStringLiteral("^[0-9A-Za-z-]{1,20}\\z"));
    for (qsizetype i = 0; i < r.posRefs.size() && c.ok(); ++i) {
        const QJsonObject p = r.posRefs[i].toObject();
        const QString path = QStringLiteral("pos_refs[%1]").arg(i);
        c.keys(p, path, {QStringLiteral("register"), QStringLiteral("sequence"), QStringLiteral("business_day")}, {});
        c.string(p, QStringLiteral("register"), path, &registerIdPattern(), 20);
        c.string(p, QStringLiteral("sequence"), path, &seq, 20);
        c.string(p, QStringLiteral("business_day"), path, &JsonCheck::datePattern(), 10);
    }
    r.statements = c.array(o, QStringLiteral("statements"), {}, 50);
    for (qsizetype i = 0; i < r.statements.size() && c.ok(); ++i) {
        const QJsonObject s = r.statements[i].toObject();
        const QString path = QStringLiteral("statements[%1]").arg(i);
        c.keys(s, path, {QStringLiteral("author_role"), QStringLiteral("text")}, {});
        c.oneOf(s, QStringLiteral("author_role"), path,
                {QStringLiteral("staff"), QStringLiteral("witness"), QStringLiteral("security"),
                 QStringLiteral("manager")});
        c.string(s, QStringLiteral("text"), path, nullptr, 20000);
    }
    if (!c.ok())
        return invalid(c);
    r.raw = bytes;
    return r;
}

} // namespace lpdesk
