#include "export/NibrsReport.h"

#include "agencies/AgencyRegistry.h"
#include "export/PackageContents.h"
#include "model/Currency.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QXmlStreamWriter>

#include <cmath>

namespace lpdesk {

namespace {

const QString kNibrs = QStringLiteral("http://fbi.gov/cjis/nibrs/4.2");
const QString kCjis = QStringLiteral("http://fbi.gov/cjis/1.0");
const QString kJ = QStringLiteral("http://release.niem.gov/niem/domains/jxdm/5.2/");
const QString kNc = QStringLiteral("http://release.niem.gov/niem/niem-core/3.0/");
const QString kS = QStringLiteral("http://release.niem.gov/niem/structures/3.0/");

// NIBRS property description (ucr:PropertyCategoryCodeType) for a POS line, from words in its description.
QString propertyCategory(const QString& description)
{
    static const QList<QPair<QRegularExpression, QString>> rules {
        {QRegularExpression(QStringLiteral("\\b(jacket|coat|shirt|sweatshirt|jeans|trousers|dress|shoes|sneakers|"
                                           "hoodie|parka|clothing|apparel)\\b"),
                            QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("06")},
        {QRegularExpression(QStringLiteral("\\b(beer|wine|vodka|whisky|whiskey|gin|rum|spirits|liquor)\\b"),
                            QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("02")},
        {QRegularExpression(QStringLiteral("\\b(phone|smartphone|earbuds|headphones|tablet)\\b"),
                            QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("75")},
        {QRegularExpression(QStringLiteral("\\b(laptop|computer|software|console)\\b"),
                            QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("07")},
        {QRegularExpression(QStringLiteral("\\b(tv|television|radio|speaker)\\b"),
                            QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("26")},
        {QRegularExpression(QStringLiteral("\\b(ring|necklace|bracelet|watch|jewelry|jewellery|gold)\\b"),
                            QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("17")},
        {QRegularExpression(QStringLiteral("\\b(gift card|cash)\\b"), QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("20")},
        {QRegularExpression(QStringLiteral("\\b(tool|drill|saw)\\b"), QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("36")},
        {QRegularExpression(QStringLiteral("\\b(chocolate|cola|formula|food|snack|candy|coffee|tablets|toothpaste|"
                                           "detergent|razor|cosmetics|strips)\\b"),
                            QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("08")}};
    for (const auto& [re, code] : rules)
        if (re.match(description).hasMatch())
            return code;
    return QStringLiteral("19"); // merchandise
}

// NIBRS location type for where in the store it happened.
QString locationCategory(const QString& zone)
{
    if (zone.contains(QLatin1String("parking"), Qt::CaseInsensitive))
        return QStringLiteral("18"); // parking/drop lot/garage
    return QStringLiteral("08"); // department/discount store
}

QString sexCode(const QString& sex)
{
    if (sex == QLatin1String("male"))
        return QStringLiteral("M");
    if (sex == QLatin1String("female"))
        return QStringLiteral("F");
    return QStringLiteral("U");
}

struct Property
{
    QString category;
    qint64 dollars = 0;
    int quantity = 0;
};

class Writer
{
public:
    explicit Writer(QByteArray* out) : w(out) { w.setAutoFormatting(true); }
    void start(const QString& ns, const QString& name) { w.writeStartElement(ns, name); }
    void end() { w.writeEndElement(); }
    void text(const QString& ns, const QString& name, const QString& value) { w.writeTextElement(ns, name, value); }
    void id(const QString& ns, const QString& name, const QString& value)
    {
        start(ns, name);
        text(kNc, QStringLiteral("IdentificationID"), value);
        end();
    }
    void ori(const QString& ns, const QString& name, const QString& value)
    {
        start(ns, name);
        start(kJ, QStringLiteral("OrganizationAugmentation"));
        id(kJ, QStringLiteral("OrganizationORIIdentification"), value);
        end();
        end();
    }
    void ref(const QString& ns, const QString& name, const QString& target)
    {
        start(ns, name);
        w.writeAttribute(kS, QStringLiteral("ref"), target);
        end();
    }
    QXmlStreamWriter w;
};

} // namespace

const QList<NibrsOffenseMapping>& NibrsReport::mappings()
{
    // The one mapping table (documented in docs/nibrs.md). Organized retail crime is reported as the theft it is
    // (NIBRS has no separate code); LP Desk does not judge aggravation, so assault is simple assault (13B).
    static const QList<NibrsOffenseMapping> table {
        {QStringLiteral("shoplifting"),
         QStringLiteral("23C"),
         QStringLiteral("property"),
         QStringLiteral("STOLEN"),
         {}},
        {QStringLiteral("organized_retail_crime"),
         QStringLiteral("23C"),
         QStringLiteral("property"),
         QStringLiteral("STOLEN"),
         {}},
        {QStringLiteral("robbery"), QStringLiteral("120"), QStringLiteral("property"), QStringLiteral("STOLEN"),
         QStringLiteral("95")},
        {QStringLiteral("burglary"), QStringLiteral("220"), QStringLiteral("property"), QStringLiteral("STOLEN"), {}},
        {QStringLiteral("assault"), QStringLiteral("13B"), QStringLiteral("person"), {}, QStringLiteral("95")},
        {QStringLiteral("threat"), QStringLiteral("13C"), QStringLiteral("person"), {}, {}},
        {QStringLiteral("fraud"), QStringLiteral("26A"), QStringLiteral("property"), QStringLiteral("STOLEN"), {}},
        {QStringLiteral("return_fraud"),
         QStringLiteral("26A"),
         QStringLiteral("property"),
         QStringLiteral("STOLEN"),
         {}},
        {QStringLiteral("vandalism"),
         QStringLiteral("290"),
         QStringLiteral("property"),
         QStringLiteral("DESTROYED_DAMAGED_VANDALIZED"),
         {}}};
    return table;
}

const NibrsOffenseMapping* NibrsReport::mapping(const QString& incidentType)
{
    for (const NibrsOffenseMapping& m : mappings())
        if (m.incidentType == incidentType)
            return &m;
    return nullptr;
}

namespace {

// The message metadata and the report header of a Group A submission (the document and its two open elements).
void nibrsHeader(Writer& x, const PackageModel& m, const QString& ori, const QString& reportMonth)
{
    QXmlStreamWriter& w = x.w;
    w.writeStartDocument();
    w.writeNamespace(kNibrs, QStringLiteral("nibrs"));
    w.writeNamespace(kCjis, QStringLiteral("cjis"));
    w.writeNamespace(kJ, QStringLiteral("j"));
    w.writeNamespace(kNc, QStringLiteral("nc"));
    w.writeNamespace(kS, QStringLiteral("s"));
    x.start(kNibrs, QStringLiteral("Submission"));
    x.start(kCjis, QStringLiteral("MessageMetadata"));
    x.text(kCjis, QStringLiteral("MessageDateTime"), m.createdAt.left(19));
    x.id(kCjis, QStringLiteral("MessageIdentification"), m.packageId);
    x.text(kCjis, QStringLiteral("MessageImplementationVersion"), QStringLiteral("4.2"));
    x.ori(kCjis, QStringLiteral("MessageSubmittingOrganization"), ori);
    x.end();

    x.start(kNibrs, QStringLiteral("Report"));
    x.start(kNibrs, QStringLiteral("ReportHeader"));
    x.text(kNibrs, QStringLiteral("NIBRSReportCategoryCode"), QStringLiteral("GROUP A INCIDENT REPORT"));
    x.text(kNibrs, QStringLiteral("ReportActionCategoryCode"), QStringLiteral("I"));
    x.start(kNibrs, QStringLiteral("ReportDate"));
    x.text(kNc, QStringLiteral("YearMonthDate"), reportMonth);
    x.end();
    x.ori(kNibrs, QStringLiteral("ReportingAgency"), ori);
    x.end();
}

// Administrative segment: incident number (12 characters), date and hour in the store's local time.
void nibrsIncidentSegment(Writer& x, const IncidentDetail& d, const QString& when)
{
    x.start(kNc, QStringLiteral("Incident"));
    x.id(kNc, QStringLiteral("ActivityIdentification"), QString(d.row.id).remove(QLatin1Char('-')).left(12).toUpper());
    x.start(kNc, QStringLiteral("ActivityDate"));
    x.text(kNc, QStringLiteral("DateTime"), when);
    x.end();
    x.start(kCjis, QStringLiteral("IncidentAugmentation"));
    x.text(kCjis, QStringLiteral("IncidentReportDateIndicator"), QStringLiteral("false"));
    x.end();
    x.start(kJ, QStringLiteral("IncidentAugmentation"));
    x.text(kJ, QStringLiteral("IncidentExceptionalClearanceCode"), QStringLiteral("N"));
    x.end();
    x.end();
}

// The offense segment and its location.
void nibrsOffenseSegment(Writer& x, const IncidentDetail& d, const NibrsOffenseMapping& map)
{
    QXmlStreamWriter& w = x.w;
    w.writeStartElement(kJ, QStringLiteral("Offense"));
    w.writeAttribute(kS, QStringLiteral("id"), QStringLiteral("Offense1"));
    x.text(kNibrs, QStringLiteral("OffenseUCRCode"), map.offenseCode);
    x.text(kJ, QStringLiteral("OffenseFactorBiasMotivationCode"), QStringLiteral("NONE"));
    if (map.offenseCode == QLatin1String("220"))
        x.text(kJ, QStringLiteral("OffenseStructuresEnteredQuantity"), QStringLiteral("1"));
    x.start(kJ, QStringLiteral("OffenseFactor"));
    x.text(kJ, QStringLiteral("OffenseFactorCode"), QStringLiteral("N"));
    x.end();
    if (!map.force.isEmpty()) {
        x.start(kJ, QStringLiteral("OffenseForce"));
        x.text(kJ, QStringLiteral("ForceCategoryCode"), map.force);
        x.end();
    }
    x.text(kJ, QStringLiteral("OffenseAttemptedIndicator"), QStringLiteral("false"));
    x.end();
    w.writeStartElement(kNc, QStringLiteral("Location"));
    w.writeAttribute(kS, QStringLiteral("id"), QStringLiteral("Location1"));
    x.text(kNibrs, QStringLiteral("LocationCategoryCode"), locationCategory(d.row.zone));
    x.end();
}

// The property segment of a crime against property: each released POS line, or one item of unknown status.
void nibrsPropertySegment(Writer& x, const NibrsOffenseMapping& map, const QList<Property>& property)
{
    if (map.crimeAgainst != QLatin1String("property"))
        return;
    if (property.isEmpty()) {
        x.start(kNc, QStringLiteral("Item"));
        x.start(kNc, QStringLiteral("ItemStatus"));
        x.text(kCjis, QStringLiteral("ItemStatusCode"), QStringLiteral("UNKNOWN"));
        x.end();
        x.end();
    }
    for (const Property& p : std::as_const(property)) {
        x.start(kNc, QStringLiteral("Item"));
        x.start(kNc, QStringLiteral("ItemStatus"));
        x.text(kCjis, QStringLiteral("ItemStatusCode"), map.propertyLoss);
        x.end();
        x.start(kNc, QStringLiteral("ItemValue"));
        x.start(kNc, QStringLiteral("ItemValueAmount"));
        x.text(kNc, QStringLiteral("Amount"), QString::number(p.dollars));
        x.end();
        x.end();
        x.text(kJ, QStringLiteral("ItemCategoryNIBRSPropertyCategoryCode"), p.category);
        x.text(kNc, QStringLiteral("ItemQuantity"), QString::number(p.quantity));
        x.end();
    }
}

// A person LP Desk holds no details of (a victim, or a suspect by their descriptor): age range, sex, and race and
// ethnicity always unknown.
void nibrsPerson(Writer& x, const QString& id, const QJsonObject& descriptor)
{
    QXmlStreamWriter& w = x.w;
    w.writeStartElement(kNc, QStringLiteral("Person"));
    w.writeAttribute(kS, QStringLiteral("id"), id);
    static const QRegularExpression range(QStringLiteral("^(\\d{1,2})\\s*-\\s*(\\d{1,2})\\z"));
    const auto age = range.match(descriptor.value(QLatin1String("age_range")).toString());
    x.start(kNc, QStringLiteral("PersonAgeMeasure"));
    if (age.hasMatch()) {
        x.start(kNc, QStringLiteral("MeasureIntegerRange"));
        x.text(kNc, QStringLiteral("RangeMaximumIntegerValue"), age.captured(2));
        x.text(kNc, QStringLiteral("RangeMinimumIntegerValue"), age.captured(1));
        x.end();
    } else {
        x.text(kNc, QStringLiteral("MeasureValueText"), QStringLiteral("UNKNOWN"));
    }
    x.end();
    x.text(kJ, QStringLiteral("PersonEthnicityCode"), QStringLiteral("U"));
    x.text(kJ, QStringLiteral("PersonRaceNDExCode"), QStringLiteral("U"));
    if (id.startsWith(QLatin1String("PersonVictim")))
        x.text(kJ, QStringLiteral("PersonResidentCode"), QStringLiteral("U"));
    x.text(kJ, QStringLiteral("PersonSexCode"), sexCode(descriptor.value(QLatin1String("sex")).toString()));
    x.end();
}

// Persons: the victim (for crimes against persons, an individual whose details LP Desk does not hold) and
// one per suspect descriptor. LP Desk never records race or ethnicity: the offender segment says unknown.
void nibrsPersons(Writer& x, const NibrsOffenseMapping& map, const QJsonArray& suspects)
{
    QXmlStreamWriter& w = x.w;
    const bool againstPerson = map.crimeAgainst == QLatin1String("person");
    if (againstPerson)
        nibrsPerson(x, QStringLiteral("PersonVictim1"), {});
    for (int i = 0; i < suspects.size() && i < 99; ++i)
        nibrsPerson(x, QStringLiteral("PersonSubject%1").arg(i + 1), suspects.at(i).toObject());

    w.writeStartElement(kJ, QStringLiteral("Victim"));
    w.writeAttribute(kS, QStringLiteral("id"), QStringLiteral("Victim1"));
    if (againstPerson)
        x.ref(kNc, QStringLiteral("RoleOfPerson"), QStringLiteral("PersonVictim1"));
    x.text(kJ, QStringLiteral("VictimSequenceNumberText"), QStringLiteral("1"));
    if (map.offenseCode == QLatin1String("13B")) {
        x.start(kJ, QStringLiteral("VictimInjury"));
        x.text(kJ, QStringLiteral("InjuryCategoryCode"), QStringLiteral("N"));
        x.end();
    }
    // Crimes against property in a store: the victim is the business.
    x.text(kJ, QStringLiteral("VictimCategoryCode"), againstPerson ? QStringLiteral("I") : QStringLiteral("B"));
    x.end();
    if (suspects.isEmpty()) {
        // Nothing known about the offender: sequence number 00.
        w.writeStartElement(kJ, QStringLiteral("Subject"));
        w.writeAttribute(kS, QStringLiteral("id"), QStringLiteral("Subject1"));
        x.text(kJ, QStringLiteral("SubjectSequenceNumberText"), QStringLiteral("00"));
        x.end();
    }
    for (int i = 0; i < suspects.size() && i < 99; ++i) {
        w.writeStartElement(kJ, QStringLiteral("Subject"));
        w.writeAttribute(kS, QStringLiteral("id"), QStringLiteral("Subject%1").arg(i + 1));
        x.ref(kNc, QStringLiteral("RoleOfPerson"), QStringLiteral("PersonSubject%1").arg(i + 1));
        x.text(kJ, QStringLiteral("SubjectSequenceNumberText"), QString::number(i + 1));
        x.end();
    }
}

// What ties the offense to its location and victim, and each subject to the victim of a crime against a person.
void nibrsAssociations(Writer& x, const NibrsOffenseMapping& map, const QJsonArray& suspects)
{
    const bool againstPerson = map.crimeAgainst == QLatin1String("person");
    x.start(kJ, QStringLiteral("OffenseLocationAssociation"));
    x.ref(kJ, QStringLiteral("Offense"), QStringLiteral("Offense1"));
    x.ref(kNc, QStringLiteral("Location"), QStringLiteral("Location1"));
    x.end();
    x.start(kJ, QStringLiteral("OffenseVictimAssociation"));
    x.ref(kJ, QStringLiteral("Offense"), QStringLiteral("Offense1"));
    x.ref(kJ, QStringLiteral("Victim"), QStringLiteral("Victim1"));
    x.end();
    if (againstPerson)
        for (int i = 0; i < suspects.size() && i < 10; ++i) {
            x.start(kJ, QStringLiteral("SubjectVictimAssociation"));
            x.ref(kJ, QStringLiteral("Subject"), QStringLiteral("Subject%1").arg(i + 1));
            x.ref(kJ, QStringLiteral("Victim"), QStringLiteral("Victim1"));
            x.text(kNibrs, QStringLiteral("VictimToSubjectRelationshipCode"), QStringLiteral("Stranger"));
            x.end();
        }
}

} // namespace

Result<QByteArray> NibrsReport::groupAIncident(const PackageModel& m, int index, const QString& ori)
{
    if (index < 0 || index >= m.incidents.size())
        return makeError(ErrorKind::Usage, tr("NIBRS: there is no incident %1 in the case.").arg(index + 1));
    const IncidentDetail& d = m.incidents.at(index);
    auto missing = [&](const QString& field, const QString& why) -> Error {
        return makeError(
            ErrorKind::Usage,
            tr("NIBRS Group A report for incident %1 not written: %2 is missing (%3).").arg(d.row.id, field, why));
    };
    if (ori.isEmpty())
        return missing(QStringLiteral("ReportingAgency ORI"),
                       tr("the release names no agency with an ORI; give the agency its ORI in Agencies (or 'agency "
                          "add … --ori')"));
    if (!AgencyRegistry::isValidOri(ori))
        return missing(QStringLiteral("ReportingAgency ORI"),
                       tr("'%1' is not an ORI: two letters for the state and seven letters or digits").arg(ori));
    const NibrsOffenseMapping* map = mapping(d.row.type);
    if (!map)
        return missing(QStringLiteral("OffenseUCRCode"),
                       tr("incident type '%1' is not a NIBRS Group A offense").arg(d.row.type));
    static const QRegularExpression localTime(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}"));
    const QString when = d.row.detectedAtLocal.left(19);
    if (!localTime.match(when).hasMatch())
        return missing(QStringLiteral("ActivityDate"), tr("the incident has no local detection time"));
    const QString reportMonth = m.createdAt.left(7);
    if (!QRegularExpression(QStringLiteral("^\\d{4}-\\d{2}\\z")).match(reportMonth).hasMatch())
        return missing(QStringLiteral("ReportDate"), tr("the package has no creation date"));

    // Property: released POS lines of this incident (sales at their value; refunds as the money paid out).
    QList<Property> property;
    if (map->crimeAgainst == QLatin1String("property")) {
        for (const LinkedTransaction& t : m.pos) {
            if (!t.incidentId.isEmpty() && t.incidentId != d.row.id)
                continue;
            for (const PosLineItem& l : t.lines) {
                if (l.voided || (l.kind != PosLineItem::Kind::Sale && l.kind != PosLineItem::Kind::Return))
                    continue;
                if (!t.currency.isEmpty() && t.currency != QLatin1String("USD"))
                    return missing(
                        QStringLiteral("ItemValueAmount"),
                        tr("NIBRS values are US dollars; transaction %1 is in %2").arg(t.sequence, t.currency));
                Property p;
                p.category
                    = l.kind == PosLineItem::Kind::Return ? QStringLiteral("20") : propertyCategory(l.description);
                // Whole dollars (NIBRS has no cents), half up, in integers whatever the transaction's exponent.
                const qint64 unit = Currency::power10(t.exponent);
                p.dollars = std::max<qint64>(1, (std::abs(l.amount) + unit / 2) / unit);
                p.quantity = std::max(1, static_cast<int>(std::lround(std::abs(l.quantity))));
                property << p;
            }
        }
    }

    QByteArray out;
    Writer x(&out);
    nibrsHeader(x, m, ori, reportMonth);
    nibrsIncidentSegment(x, d, when);
    nibrsOffenseSegment(x, d, *map);
    nibrsPropertySegment(x, *map, property);
    nibrsPersons(x, *map, d.suspects);
    nibrsAssociations(x, *map, d.suspects);
    x.end(); // Report
    x.end(); // Submission
    x.w.writeEndDocument();
    return out;
}

QList<NibrsDocument> NibrsReport::documents(const PackageModel& m, const QString& ori)
{
    QList<NibrsDocument> out;
    for (int i = 0; i < m.incidents.size(); ++i) {
        NibrsDocument doc;
        doc.incidentId = m.incidents.at(i).row.id;
        doc.path = i == 0 ? QStringLiteral("incident/nibrs.xml") : QStringLiteral("incident/nibrs-%1.xml").arg(i + 1);
        auto xml = groupAIncident(m, i, ori);
        if (xml)
            doc.xml = *xml;
        else
            doc.refusal = xml.errorMessage();
        out << doc;
    }
    return out;
}

} // namespace lpdesk
