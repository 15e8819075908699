// StoreDrop's strict readers for store.json and incident files: a valid document parses to the values it holds;
// a missing field, a field of the wrong type or out of range, an unknown field, an oversize or non-UTF-8 document
// and every name that could lead outside the drop folder are refused, each for the field that is wrong.
#include "TestSupport.h"

#include "store/StoreDrop.h"

#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace lpdesk;

namespace {

const QString incidentId = QStringLiteral("2f1d6c1e-6a59-4c0e-9a53-0b5b6f0e7a11");
const QString mediaId = QStringLiteral("8c7e4a2b-1d3f-4e5a-9b6c-7d8e9f0a1b2c");
const QString otherId = QStringLiteral("00000000-0000-4000-8000-000000000000");

using Edit = std::function<void(QJsonObject&)>;
struct Case
{
    const char* name;
    Edit edit;
    QString field; // the field the error must name
};

QJsonObject validStore()
{
    return QJsonObject {
        {QLatin1String("format"), QStringLiteral("lpdesk-store-drop")},
        {QLatin1String("version"), 1},
        {QLatin1String("store_id"), QStringLiteral("store-0042")},
        {QLatin1String("name"), QStringLiteral("Main Street")},
        {QLatin1String("address"), QStringLiteral("1 Main Street")},
        {QLatin1String("timezone"), QStringLiteral("America/Chicago")},
        {QLatin1String("clock_offset_seconds"), 1.5},
        {QLatin1String("recipient_key_ids"), QJsonArray {QStringLiteral("0123456789abcdef0123456789abcdef")}},
        {QLatin1String("cameras"),
         QJsonArray {QJsonObject {{QLatin1String("id"), QStringLiteral("cam-1")},
                                  {QLatin1String("name"), QStringLiteral("Entrance")},
                                  {QLatin1String("zone"), QStringLiteral("front")},
                                  {QLatin1String("clock_offset_seconds"), -2}}}},
        {QLatin1String("registers"),
         QJsonArray {QJsonObject {{QLatin1String("id"), QStringLiteral("R1")},
                                  {QLatin1String("camera"), QStringLiteral("cam-1")},
                                  {QLatin1String("clock_offset_seconds"), 0}}}},
        {QLatin1String("pos_journals"),
         QJsonArray {QJsonObject {{QLatin1String("file"), QStringLiteral("pos/2026-03-14.xml")},
                                  {QLatin1String("format"), QStringLiteral("poslog")},
                                  {QLatin1String("business_day"), QStringLiteral("2026-03-14")},
                                  {QLatin1String("size"), 1234},
                                  {QLatin1String("sha256"), QString(64, QLatin1Char('a'))}}}},
        {QLatin1String("feed"), QJsonObject {{QLatin1String("first_page"), QStringLiteral("feed/000001.json")}}}};
}

QJsonObject validIncident()
{
    return QJsonObject {
        {QLatin1String("id"), incidentId},
        {QLatin1String("store_id"), QStringLiteral("store-0042")},
        {QLatin1String("type"), QStringLiteral("shoplifting")},
        {QLatin1String("severity"), 3},
        {QLatin1String("detected_at"), QStringLiteral("2026-03-14T14:02:11-05:00")},
        {QLatin1String("trigger"), QStringLiteral("staff_report")},
        {QLatin1String("location"),
         QJsonObject {{QLatin1String("zone"), QStringLiteral("front")},
                      {QLatin1String("camera"), QStringLiteral("cam-1")}}},
        {QLatin1String("narrative"), QStringLiteral("Left without paying.")},
        {QLatin1String("suspects"), QJsonArray {QJsonObject {{QLatin1String("label"), QStringLiteral("A")}}}},
        {QLatin1String("media"),
         QJsonArray {QJsonObject {{QLatin1String("id"), mediaId},
                                  {QLatin1String("file"), QStringLiteral("media/%1.lpenc").arg(mediaId)},
                                  {QLatin1String("size"), 4096},
                                  {QLatin1String("plaintext_size"), 4000},
                                  {QLatin1String("sha256"), QString(64, QLatin1Char('b'))},
                                  {QLatin1String("codec"), QStringLiteral("h264")},
                                  {QLatin1String("camera"), QStringLiteral("cam-1")},
                                  {QLatin1String("start"), QStringLiteral("2026-03-14T14:01:00-05:00")},
                                  {QLatin1String("end"), QStringLiteral("2026-03-14T14:03:00-05:00")}}}},
        {QLatin1String("pos_refs"), QJsonArray {}},
        {QLatin1String("statements"), QJsonArray {}}};
}

QByteArray bytes(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Edits one field of the first element of an array of objects.
Edit inFirst(const QString& array, const QString& key, const QJsonValue& value)
{
    return [array, key, value](QJsonObject& o) {
        QJsonArray a = o.value(array).toArray();
        QJsonObject first = a.first().toObject();
        if (value.isUndefined())
            first.remove(key);
        else
            first.insert(key, value);
        a.replace(0, first);
        o.insert(array, a);
    };
}

Edit set(const QString& key, const QJsonValue& value)
{
    return [key, value](QJsonObject& o) {
        if (value.isUndefined())
            o.remove(key);
        else
            o.insert(key, value);
    };
}

template<typename Parse> void expectRefused(const QList<Case>& cases, const QJsonObject& valid, const Parse& parse)
{
    for (const Case& c : cases) {
        QJsonObject o = valid;
        c.edit(o);
        auto r = parse(bytes(o));
        QVERIFY2(!r, c.name);
        QVERIFY2(r.error().kind == ErrorKind::Verification, c.name);
        QVERIFY2(r.errorMessage().contains(QLatin1Char('"') + c.field + QLatin1Char('"')),
                 qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(c.name), r.errorMessage())));
    }
}

StoreManifest manifest()
{
    auto m = StoreDrop::parseStore(bytes(validStore()));
    return m ? *m : StoreManifest {};
}

} // namespace

class TestStoreDrop : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validStoreParses()
    {
        auto m = StoreDrop::parseStore(bytes(validStore()));
        QVERIFY2(m, qPrintable(m.errorMessage()));
        QCOMPARE(m->storeId, QStringLiteral("store-0042"));
        QCOMPARE(m->timezone, QStringLiteral("America/Chicago"));
        QCOMPARE(m->clockOffset, 1.5);
        QCOMPARE(m->cameras.size(), 1);
        QCOMPARE(m->cameras[0].clockOffset, -2.0);
        QVERIFY(m->camera(QStringLiteral("cam-1")) && !m->camera(QStringLiteral("cam-2")));
        QCOMPARE(m->registers[0].camera, QStringLiteral("cam-1"));
        QCOMPARE(m->posJournals[0].file, QStringLiteral("pos/2026-03-14.xml"));
        QCOMPARE(m->posJournals[0].size, 1234);
        QCOMPARE(m->firstPage, QStringLiteral("feed/000001.json"));
        QCOMPARE(m->raw, bytes(validStore()));
        // The optional fields may be left out.
        QJsonObject lean = validStore();
        lean.remove(QLatin1String("address"));
        lean.remove(QLatin1String("pos_journals"));
        QVERIFY(StoreDrop::parseStore(bytes(lean)));
    }

    void storeMissingFieldsAreRefused()
    {
        QList<Case> cases;
        for (const char* k : {"format", "version", "store_id", "name", "timezone", "clock_offset_seconds",
                              "recipient_key_ids", "cameras", "registers", "feed"})
            cases << Case {k, set(QString::fromLatin1(k), QJsonValue::Undefined), QString::fromLatin1(k)};
        cases << Case {"camera id", inFirst(QStringLiteral("cameras"), QStringLiteral("id"), QJsonValue::Undefined),
                       QStringLiteral("cameras[0].id")}
              << Case {"feed.first_page", set(QStringLiteral("feed"), QJsonObject {}),
                       QStringLiteral("feed.first_page")};
        expectRefused(cases, validStore(), &StoreDrop::parseStore);
    }

    void storeWrongTypesAndValuesAreRefused()
    {
        const QList<Case> cases {
            {"version as string", set(QStringLiteral("version"), QStringLiteral("1")), QStringLiteral("version")},
            {"version 2", set(QStringLiteral("version"), 2), QStringLiteral("version")},
            {"other format", set(QStringLiteral("format"), QStringLiteral("zip")), QStringLiteral("format")},
            {"store_id number", set(QStringLiteral("store_id"), 42), QStringLiteral("store_id")},
            {"offset as string", set(QStringLiteral("clock_offset_seconds"), QStringLiteral("0")),
             QStringLiteral("clock_offset_seconds")},
            {"offset over a day", set(QStringLiteral("clock_offset_seconds"), 86401),
             QStringLiteral("clock_offset_seconds")},
            {"cameras an object", set(QStringLiteral("cameras"), QJsonObject {}), QStringLiteral("cameras")},
            {"key id number", set(QStringLiteral("recipient_key_ids"), QJsonArray {5}),
             QStringLiteral("recipient_key_ids")},
            {"feed a string", set(QStringLiteral("feed"), QStringLiteral("feed/000001.json")), QStringLiteral("feed")},
            {"unknown field", set(QStringLiteral("extra"), true), QStringLiteral("extra")},
            {"unknown time zone", set(QStringLiteral("timezone"), QStringLiteral("Mars/Olympus_Mons")),
             QStringLiteral("timezone")},
            {"register's camera not listed",
             inFirst(QStringLiteral("registers"), QStringLiteral("camera"), QStringLiteral("cam-9")),
             QStringLiteral("registers[0].camera")},
            {"journal size negative", inFirst(QStringLiteral("pos_journals"), QStringLiteral("size"), -1),
             QStringLiteral("pos_journals[0].size")},
            {"journal format", inFirst(QStringLiteral("pos_journals"), QStringLiteral("format"), QStringLiteral("exe")),
             QStringLiteral("pos_journals[0].format")},
            {"name too long", set(QStringLiteral("name"), QString(201, QLatin1Char('n'))), QStringLiteral("name")},
        };
        expectRefused(cases, validStore(), &StoreDrop::parseStore);
    }

    // Names the reader turns into paths, or that it hands on, never lead outside the drop folder.
    void storePathTraversalIsRefused()
    {
        QList<Case> cases;
        for (const QString& page : {QStringLiteral("../../etc/passwd"), QStringLiteral("feed/../000001.json"),
                                    QStringLiteral("/etc/passwd"), QStringLiteral("feed/000001.json/.."),
                                    QStringLiteral("feed\\000001.json"), QStringLiteral("feed/000001.json\n")})
            cases << Case {"feed page", set(QStringLiteral("feed"), QJsonObject {{QLatin1String("first_page"), page}}),
                           QStringLiteral("feed.first_page")};
        for (const QString& file : {QStringLiteral("pos/../../2026-03-14.xml"), QStringLiteral("../pos/2026-03-14.xml"),
                                    QStringLiteral("/pos/2026-03-14.xml"), QStringLiteral("pos/2026-03-14.xml/..")})
            cases << Case {"journal file", inFirst(QStringLiteral("pos_journals"), QStringLiteral("file"), file),
                           QStringLiteral("pos_journals[0].file")};
        for (const QString& id :
             {QStringLiteral("../store"), QStringLiteral("a/b"), QStringLiteral(".."), QStringLiteral("Store-1")})
            cases << Case {"store id", set(QStringLiteral("store_id"), id), QStringLiteral("store_id")};
        cases << Case {"camera id", inFirst(QStringLiteral("cameras"), QStringLiteral("id"), QStringLiteral("../cam")),
                       QStringLiteral("cameras[0].id")}
              << Case {"time zone path", set(QStringLiteral("timezone"), QStringLiteral("../../etc/localtime")),
                       QStringLiteral("timezone")};
        expectRefused(cases, validStore(), &StoreDrop::parseStore);
    }

    // Size (1 MiB exactly is read, one byte more is not), strict UTF-8, JSON, an object.
    void storeDocumentLimits()
    {
        QByteArray atLimit = bytes(validStore());
        atLimit += QByteArray(StoreDrop::MaxDocumentSize - atLimit.size(), ' ');
        QVERIFY(StoreDrop::parseStore(atLimit));
        auto over = StoreDrop::parseStore(atLimit + ' ');
        QVERIFY(!over);
        QVERIFY2(over.errorMessage().contains(QStringLiteral("larger than")), qPrintable(over.errorMessage()));
        QByteArray badUtf8 = bytes(validStore());
        badUtf8.replace("Main Street\"", "Main Stre\xc3\x28\"");
        auto notUtf8 = StoreDrop::parseStore(badUtf8);
        QVERIFY(!notUtf8);
        QVERIFY2(notUtf8.errorMessage().contains(QStringLiteral("UTF-8")), qPrintable(notUtf8.errorMessage()));
        QVERIFY(!StoreDrop::parseStore(bytes(validStore()).chopped(1)));
        QVERIFY(!StoreDrop::parseStore("[1,2]"));
        QVERIFY(!StoreDrop::parseStore(""));
    }

    void validIncidentParses()
    {
        const StoreManifest m = manifest();
        QVERIFY(!m.storeId.isEmpty());
        auto r = StoreDrop::parseIncident(bytes(validIncident()), incidentId, m);
        QVERIFY2(r, qPrintable(r.errorMessage()));
        QCOMPARE(r->id, incidentId);
        QCOMPARE(r->severity, 3);
        QCOMPARE(r->detectedAtUtc, QDateTime(QDate(2026, 3, 14), QTime(19, 2, 11), Qt::UTC));
        QCOMPARE(r->camera, QStringLiteral("cam-1"));
        QCOMPARE(r->media.size(), 1);
        QCOMPARE(r->media[0].file, StoreDrop::mediaPath(mediaId));
        QCOMPARE(r->media[0].plaintextSize, 4000);
        QCOMPARE(StoreDrop::incidentPath(incidentId), QStringLiteral("incidents/%1.json").arg(incidentId));
    }

    void incidentMissingWrongAndOversizeAreRefused()
    {
        QList<Case> cases;
        for (const char* k : {"id", "store_id", "type", "severity", "detected_at", "trigger", "location", "narrative",
                              "suspects", "media", "pos_refs", "statements"})
            cases << Case {k, set(QString::fromLatin1(k), QJsonValue::Undefined), QString::fromLatin1(k)};
        cases << Case {"media sha256",
                       inFirst(QStringLiteral("media"), QStringLiteral("sha256"), QJsonValue::Undefined),
                       QStringLiteral("media[0].sha256")}
              << Case {"severity string", set(QStringLiteral("severity"), QStringLiteral("3")),
                       QStringLiteral("severity")}
              << Case {"severity 6", set(QStringLiteral("severity"), 6), QStringLiteral("severity")}
              << Case {"severity 2.5", set(QStringLiteral("severity"), 2.5), QStringLiteral("severity")}
              << Case {"type unknown", set(QStringLiteral("type"), QStringLiteral("arson")), QStringLiteral("type")}
              << Case {"media an object", set(QStringLiteral("media"), QJsonObject {}), QStringLiteral("media")}
              << Case {"suspects a string", set(QStringLiteral("suspects"), QStringLiteral("A")),
                       QStringLiteral("suspects")}
              << Case {"media size a string",
                       inFirst(QStringLiteral("media"), QStringLiteral("size"), QStringLiteral("4096")),
                       QStringLiteral("media[0].size")}
              << Case {"media size over 16 GiB",
                       inFirst(QStringLiteral("media"), QStringLiteral("size"),
                               static_cast<double>(StoreDrop::MaxMediaSize + 1)),
                       QStringLiteral("media[0].size")}
              << Case {"time without offset", set(QStringLiteral("detected_at"), QStringLiteral("2026-03-14T14:02:11")),
                       QStringLiteral("detected_at")}
              << Case {"media ends before it starts",
                       inFirst(QStringLiteral("media"), QStringLiteral("end"),
                               QStringLiteral("2026-03-14T14:00:00-05:00")),
                       QStringLiteral("media[0].end")}
              << Case {"narrative too long", set(QStringLiteral("narrative"), QString(20001, QLatin1Char('x'))),
                       QStringLiteral("narrative")}
              << Case {"other store", set(QStringLiteral("store_id"), QStringLiteral("store-0043")),
                       QStringLiteral("store_id")}
              << Case {"not the id the feed listed", set(QStringLiteral("id"), otherId), QStringLiteral("id")}
              << Case {"unknown field", set(QStringLiteral("ssn"), QStringLiteral("x")), QStringLiteral("ssn")};
        const StoreManifest m = manifest();
        expectRefused(cases, validIncident(),
                      [&m](const QByteArray& b) { return StoreDrop::parseIncident(b, incidentId, m); });
        QByteArray big = bytes(validIncident());
        big += QByteArray(StoreDrop::MaxDocumentSize + 1 - big.size(), ' ');
        QVERIFY(!StoreDrop::parseIncident(big, incidentId, m));
    }

    // Every part of an incident is read: a full incident (every optional field, two suspects, POS references and
    // statements) parses, and a bad value deep in the location, a suspect, a POS reference or a statement is refused
    // for that field, the second item of a list as much as the first.
    void incidentPartsAreRefused()
    {
        QJsonObject full = validIncident();
        const QJsonObject suspect {{QLatin1String("label"), QStringLiteral("B")},
                                   {QLatin1String("sex"), QStringLiteral("female")},
                                   {QLatin1String("age_range"), QStringLiteral("20-30")},
                                   {QLatin1String("height"), QStringLiteral("5'6\"")},
                                   {QLatin1String("build"), QStringLiteral("slim")},
                                   {QLatin1String("clothing"), QStringLiteral("red hoodie")},
                                   {QLatin1String("distinguishing"), QStringLiteral("limps")}};
        full.insert(QLatin1String("suspects"),
                    QJsonArray {QJsonObject {{QLatin1String("label"), QStringLiteral("A")}}, suspect});
        full.insert(QLatin1String("location"),
                    QJsonObject {{QLatin1String("zone"), QStringLiteral("front")},
                                 {QLatin1String("register"), QStringLiteral("R1")},
                                 {QLatin1String("camera"), QStringLiteral("cam-1")}});
        full.insert(QLatin1String("pos_refs"),
                    QJsonArray {QJsonObject {{QLatin1String("register"), QStringLiteral("R1")},
                                             {QLatin1String("sequence"), QStringLiteral("1042")},
                                             {QLatin1String("business_day"), QStringLiteral("2026-03-14")}}});
        full.insert(QLatin1String("statements"),
                    QJsonArray {QJsonObject {{QLatin1String("author_role"), QStringLiteral("staff")},
                                             {QLatin1String("text"), QStringLiteral("I saw it.")}},
                                QJsonObject {{QLatin1String("author_role"), QStringLiteral("witness")},
                                             {QLatin1String("text"), QStringLiteral("So did I.")}}});
        const StoreManifest m = manifest();
        auto r = StoreDrop::parseIncident(bytes(full), incidentId, m);
        QVERIFY2(r, qPrintable(r.errorMessage()));
        QCOMPARE(r->zone, QStringLiteral("front"));
        QCOMPARE(r->registerId, QStringLiteral("R1"));
        QCOMPARE(r->suspects.size(), 2);
        QCOMPARE(r->posRefs.size(), 1);
        QCOMPARE(r->statements.size(), 2);

        auto inItem = [](const char* array, int index, const char* key, const QJsonValue& value) -> Edit {
            return [=](QJsonObject& o) {
                QJsonArray a = o.value(QLatin1String(array)).toArray();
                QJsonObject item = a.at(index).toObject();
                item.insert(QLatin1String(key), value);
                a.replace(index, item);
                o.insert(QLatin1String(array), a);
            };
        };
        auto inLocation = [](const char* key, const QJsonValue& value) -> Edit {
            return [=](QJsonObject& o) {
                QJsonObject loc = o.value(QLatin1String("location")).toObject();
                if (value.isUndefined())
                    loc.remove(QLatin1String(key));
                else
                    loc.insert(QLatin1String(key), value);
                o.insert(QLatin1String("location"), loc);
            };
        };
        const QList<Case> cases {
            {"location without zone", inLocation("zone", QJsonValue::Undefined), QStringLiteral("location.zone")},
            {"location register path", inLocation("register", QStringLiteral("../R1")),
             QStringLiteral("location.register")},
            {"location camera path", inLocation("camera", QStringLiteral("cam/../x")),
             QStringLiteral("location.camera")},
            {"location unknown field", inLocation("gps", QStringLiteral("1,2")), QStringLiteral("location.gps")},
            {"location a string", set(QStringLiteral("location"), QStringLiteral("front")), QStringLiteral("location")},
            {"second suspect's sex", inItem("suspects", 1, "sex", QStringLiteral("robot")),
             QStringLiteral("suspects[1].sex")},
            {"second suspect's clothing too long", inItem("suspects", 1, "clothing", QString(2001, QLatin1Char('c'))),
             QStringLiteral("suspects[1].clothing")},
            {"second suspect's height a number", inItem("suspects", 1, "height", 170),
             QStringLiteral("suspects[1].height")},
            {"suspect with an unknown field", inItem("suspects", 0, "ssn", QStringLiteral("123-45-6789")),
             QStringLiteral("suspects[0].ssn")},
            {"POS reference sequence", inItem("pos_refs", 0, "sequence", QStringLiteral("1042; DROP")),
             QStringLiteral("pos_refs[0].sequence")},
            {"POS reference register path", inItem("pos_refs", 0, "register", QStringLiteral("../R1")),
             QStringLiteral("pos_refs[0].register")},
            {"POS reference day", inItem("pos_refs", 0, "business_day", QStringLiteral("14/03/2026")),
             QStringLiteral("pos_refs[0].business_day")},
            {"second statement's role", inItem("statements", 1, "author_role", QStringLiteral("boss")),
             QStringLiteral("statements[1].author_role")},
            {"second statement too long", inItem("statements", 1, "text", QString(20001, QLatin1Char('t'))),
             QStringLiteral("statements[1].text")},
        };
        expectRefused(cases, full, [&m](const QByteArray& b) { return StoreDrop::parseIncident(b, incidentId, m); });
    }

    // A media file is opened by a name derived from its id, never by a path the store chose.
    void incidentPathTraversalIsRefused()
    {
        QList<Case> cases;
        for (const QString& file :
             {QStringLiteral("media/../../../etc/passwd"), QStringLiteral("../media/%1.lpenc").arg(mediaId),
              QStringLiteral("/media/%1.lpenc").arg(mediaId), QStringLiteral("media/%1.lpenc/..").arg(mediaId),
              QStringLiteral("media/../media/%1.lpenc").arg(mediaId), QStringLiteral("media/%1.lpenc").arg(otherId),
              QStringLiteral("media/%1.mp4").arg(mediaId)})
            cases << Case {"media file", inFirst(QStringLiteral("media"), QStringLiteral("file"), file),
                           QStringLiteral("media[0].file")};
        cases << Case {"media id", inFirst(QStringLiteral("media"), QStringLiteral("id"), QStringLiteral("../x")),
                       QStringLiteral("media[0].id")}
              << Case {"media id upper case", inFirst(QStringLiteral("media"), QStringLiteral("id"), mediaId.toUpper()),
                       QStringLiteral("media[0].id")}
              << Case {"camera", inFirst(QStringLiteral("media"), QStringLiteral("camera"), QStringLiteral("../cam")),
                       QStringLiteral("media[0].camera")};
        const StoreManifest m = manifest();
        expectRefused(cases, validIncident(),
                      [&m](const QByteArray& b) { return StoreDrop::parseIncident(b, incidentId, m); });
        // The same media twice (one file written by two entries).
        QJsonObject twice = validIncident();
        QJsonArray media = twice.value(QLatin1String("media")).toArray();
        media.append(media.first());
        twice.insert(QLatin1String("media"), media);
        auto r = StoreDrop::parseIncident(bytes(twice), incidentId, m);
        QVERIFY(!r);
        QVERIFY2(r.errorMessage().contains(QStringLiteral("\"media[1].id\"")), qPrintable(r.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestStoreDrop)
#include "TestStoreDrop.moc"
