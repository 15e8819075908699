// NibrsReport: every incident type LP Desk maps gives a NIBRS IEPD 4.2 Group A incident report that the FBI's own
// schema accepts (xmllint --schema nibrs.xsd, the same command that accepts the FBI's sample), with the offense
// code, location type, property from the POS lines and one offender per suspect descriptor; a report that would
// not be valid is refused with the field that is missing.
#include "TestSupport.h"

#include "agencies/AgencyRegistry.h"
#include "export/NibrsIncident.h"
#include "export/NibrsReport.h"
#include "export/PackageContents.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace lpdesk;

namespace {

QString schema()
{
    return test::sourceDir() + QStringLiteral("/tests/data/standards/nibrs-4.2/base-xsd/nibrs/4.2/nibrs.xsd");
}

PackageModel model(const QString& type, const QString& currency = QStringLiteral("USD"))
{
    PackageModel m;
    m.packageId = QStringLiteral("8d0f6a4e-2b1c-4e47-9a35-0c6f1d2e3b4a");
    m.createdAt = QStringLiteral("2026-12-05T07:30:00.000Z");
    m.organisation = QStringLiteral("Demo Retail Group");
    m.agencyOri = QStringLiteral("IL0160000");
    IncidentDetail d;
    d.row.id = QStringLiteral("5b7e2c1a-9f3d-4a6b-8c2e-1d0f9e8a7b6c");
    d.row.type = type;
    d.row.storeId = QStringLiteral("chicago-lakeview-017");
    d.row.detectedAt = QStringLiteral("2026-12-04T20:15:07Z");
    d.row.detectedAtLocal = QStringLiteral("2026-12-04T14:15:07-06:00");
    d.row.zone = QStringLiteral("register 2");
    d.suspects = QJsonArray {QJsonObject {{QStringLiteral("label"), QStringLiteral("Subject A")},
                                          {QStringLiteral("sex"), QStringLiteral("male")},
                                          {QStringLiteral("age_range"), QStringLiteral("20-30")}},
                             QJsonObject {{QStringLiteral("label"), QStringLiteral("Subject B")},
                                          {QStringLiteral("sex"), QStringLiteral("unknown")}}};
    m.incidents << d;
    LinkedTransaction t;
    t.id = QStringLiteral("t1");
    t.incidentId = d.row.id;
    t.storeId = d.row.storeId;
    t.registerId = QStringLiteral("2");
    t.sequence = QStringLiteral("1042");
    t.currency = currency;
    PosLineItem jacket;
    jacket.description = QStringLiteral("Men's winter jacket");
    jacket.itemId = QStringLiteral("0123456789012");
    jacket.amount = 12999;
    PosLineItem earbuds;
    earbuds.description = QStringLiteral("Wireless earbuds");
    earbuds.quantity = 2;
    earbuds.amount = 15998;
    PosLineItem refund;
    refund.kind = PosLineItem::Kind::Return;
    refund.description = QStringLiteral("Refund, no receipt");
    refund.amount = -8999;
    PosLineItem voided;
    voided.description = QStringLiteral("Voided line");
    voided.amount = 100000;
    voided.voided = true;
    t.lines = {jacket, earbuds, refund, voided};
    m.pos << t;
    return m;
}

} // namespace

class TestNibrsReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    test::ProcessRun xmllint(const QByteArray& xml, const QString& name)
    {
        const QString file = m_dir.filePath(name);
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly) || f.write(xml) != xml.size())
            return {};
        f.close();
        return test::run(QStringLiteral("xmllint"),
                         {QStringLiteral("--noout"), QStringLiteral("--schema"), schema(), file});
    }

private Q_SLOTS:
    void theFbiSampleValidatesWithTheSameCommand()
    {
        const auto r = test::run(
            QStringLiteral("xmllint"),
            {QStringLiteral("--noout"), QStringLiteral("--schema"), schema(),
             test::sourceDir()
                 + QStringLiteral("/tests/data/standards/nibrs-4.2/iep-sample/nibrs_GroupAIncident_Sample.xml")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    }

    void validatesAgainstTheFbiSchema_data()
    {
        QTest::addColumn<QString>("type");
        for (const NibrsOffenseMapping& m : NibrsReport::mappings())
            QTest::newRow(qPrintable(m.incidentType)) << m.incidentType;
    }

    void validatesAgainstTheFbiSchema()
    {
        QFETCH(QString, type);
        const PackageModel m = model(type);
        auto xml = NibrsReport::groupAIncident(m, 0, m.agencyOri);
        QVERIFY2(xml, qPrintable(xml.errorMessage()));
        const auto r = xmllint(*xml, type + QStringLiteral(".xml"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe() + QString::fromUtf8(*xml)));
        const NibrsOffenseMapping* map = NibrsReport::mapping(type);
        QVERIFY(map);
        QVERIFY(
            xml->contains("<nibrs:NIBRSReportCategoryCode>GROUP A INCIDENT REPORT</nibrs:NIBRSReportCategoryCode>"));
        QVERIFY(xml->contains("<nibrs:OffenseUCRCode>" + map->offenseCode.toLatin1() + "</nibrs:OffenseUCRCode>"));
        QCOMPARE(xml->count("<nc:IdentificationID>IL0160000</nc:IdentificationID>"), 2); // submitter, reporter
        QVERIFY(xml->contains("<nc:DateTime>2026-12-04T14:15:07</nc:DateTime>")); // local time of the store
        QVERIFY(xml->contains("<nc:YearMonthDate>2026-12</nc:YearMonthDate>"));
        QVERIFY(xml->contains("<nibrs:LocationCategoryCode>08</nibrs:LocationCategoryCode>"));
        // One offender per suspect descriptor; race and ethnicity are never recorded, so they say unknown.
        QCOMPARE(xml->count("<j:SubjectSequenceNumberText>"), 2);
        QVERIFY(xml->contains("<nc:RangeMinimumIntegerValue>20</nc:RangeMinimumIntegerValue>"));
        QVERIFY(!xml->contains("<j:PersonRaceNDExCode>W") && !xml->contains("<j:PersonRaceNDExCode>B"));
        QCOMPARE(NibrsIncident::offenseCode(type), map->offenseCode);
        if (map->crimeAgainst == QLatin1String("property")) {
            // Jacket (clothes, $130), earbuds (portable electronics, 2 × $80 = $160), the refund (money, $90); the
            // voided line is not property.
            QCOMPARE(xml->count("<nc:Item>"), 3);
            QVERIFY(
                xml->contains("<j:ItemCategoryNIBRSPropertyCategoryCode>06</j:ItemCategoryNIBRSPropertyCategoryCode>"));
            QVERIFY(
                xml->contains("<j:ItemCategoryNIBRSPropertyCategoryCode>75</j:ItemCategoryNIBRSPropertyCategoryCode>"));
            QVERIFY(
                xml->contains("<j:ItemCategoryNIBRSPropertyCategoryCode>20</j:ItemCategoryNIBRSPropertyCategoryCode>"));
            QVERIFY(xml->contains("<nc:Amount>130</nc:Amount>") && xml->contains("<nc:Amount>160</nc:Amount>")
                    && xml->contains("<nc:Amount>90</nc:Amount>"));
            QVERIFY(!xml->contains("<nc:Amount>1000</nc:Amount>"));
            QVERIFY(xml->contains("<cjis:ItemStatusCode>" + map->propertyLoss.toLatin1() + "</cjis:ItemStatusCode>"));
            QVERIFY(xml->contains("<j:VictimCategoryCode>B</j:VictimCategoryCode>"));
        } else {
            QCOMPARE(xml->count("<nc:Item>"), 0);
            QVERIFY(xml->contains("<j:VictimCategoryCode>I</j:VictimCategoryCode>"));
            QCOMPARE(xml->count("<j:SubjectVictimAssociation>"), 2);
        }

        // Without POS lines or suspects it is still a valid report: property of unknown loss, offender 00.
        PackageModel bare = model(type);
        bare.pos.clear();
        bare.incidents[0].suspects = QJsonArray();
        bare.incidents[0].row.zone = QStringLiteral("parking lot");
        auto minimal = NibrsReport::groupAIncident(bare, 0, bare.agencyOri);
        QVERIFY2(minimal, qPrintable(minimal.errorMessage()));
        const auto r2 = xmllint(*minimal, type + QStringLiteral("-bare.xml"));
        QVERIFY2(r2.exitCode == 0, qPrintable(r2.describe() + QString::fromUtf8(*minimal)));
        QVERIFY(minimal->contains("<j:SubjectSequenceNumberText>00</j:SubjectSequenceNumberText>"));
        QVERIFY(minimal->contains("<nibrs:LocationCategoryCode>18</nibrs:LocationCategoryCode>"));
    }

    void refusesWhatWouldNotBeAValidReport()
    {
        PackageModel m = model(QStringLiteral("shoplifting"));
        auto noOri = NibrsReport::groupAIncident(m, 0, QString());
        QVERIFY(!noOri);
        QVERIFY2(noOri.errorMessage().contains(QLatin1String("ReportingAgency ORI")), qPrintable(noOri.errorMessage()));
        auto badOri = NibrsReport::groupAIncident(m, 0, QStringLiteral("IL01<x>"));
        QVERIFY(!badOri);
        QVERIFY(badOri.errorMessage().contains(QLatin1String("ORI")));
        QVERIFY(!AgencyRegistry::isValidOri(QStringLiteral("il0160000")));
        QVERIFY(AgencyRegistry::isValidOri(QStringLiteral("IL0160000")));

        for (const QString& type : {QStringLiteral("trespass"), QStringLiteral("other")}) {
            auto unmapped = NibrsReport::groupAIncident(model(type), 0, m.agencyOri);
            QVERIFY(!unmapped);
            QVERIFY2(unmapped.errorMessage().contains(QLatin1String("OffenseUCRCode")),
                     qPrintable(unmapped.errorMessage()));
            QVERIFY(NibrsIncident::offenseCode(type).isEmpty());
        }
        auto pounds
            = NibrsReport::groupAIncident(model(QStringLiteral("shoplifting"), QStringLiteral("GBP")), 0, m.agencyOri);
        QVERIFY(!pounds);
        QVERIFY2(pounds.errorMessage().contains(QLatin1String("ItemValueAmount"))
                     && pounds.errorMessage().contains(QLatin1String("GBP")),
                 qPrintable(pounds.errorMessage()));
        PackageModel noTime = model(QStringLiteral("robbery"));
        noTime.incidents[0].row.detectedAtLocal.clear();
        auto undated = NibrsReport::groupAIncident(noTime, 0, m.agencyOri);
        QVERIFY(!undated);
        QVERIFY(undated.errorMessage().contains(QLatin1String("ActivityDate")));

        // documents(): one per incident; a refused one keeps its reason and has no bytes.
        m.incidents << model(QStringLiteral("trespass")).incidents.first();
        const QList<NibrsDocument> docs = NibrsReport::documents(m, m.agencyOri);
        QCOMPARE(docs.size(), 2);
        QCOMPARE(docs[0].path, QStringLiteral("incident/nibrs.xml"));
        QVERIFY(!docs[0].xml.isEmpty() && docs[0].refusal.isEmpty());
        QCOMPARE(docs[1].path, QStringLiteral("incident/nibrs-2.xml"));
        QVERIFY(docs[1].xml.isEmpty() && docs[1].refusal.contains(QLatin1String("OffenseUCRCode")));
    }
};

QTEST_GUILESS_MAIN(TestNibrsReport)
#include "TestNibrsReport.moc"
