#include "export/NibrsIncident.h"

#include "export/PackageContents.h"
#include "submit/AgencyRegistry.h"

#include <QJsonArray>
#include <QXmlStreamWriter>

namespace lpdesk {

namespace {

QJsonValue cleaned(const QJsonValue& v)
{
    if (v.isObject())
        return NibrsIncident::withoutGuardrailedFields(v.toObject());
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue& x : v.toArray())
            out.append(cleaned(x));
        return out;
    }
    return v;
}

QString describe(const QJsonValue& v)
{
    if (v.isObject()) {
        QStringList parts;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            parts << it.key() + QStringLiteral(": ") + describe(*it);
        return parts.join(QStringLiteral("; "));
    }
    if (v.isArray()) {
        QStringList parts;
        for (const QJsonValue& x : v.toArray())
            parts << describe(x);
        return parts.join(QStringLiteral(", "));
    }
    return v.isDouble() ? QString::number(v.toDouble()) : v.toString();
}

} // namespace

QString NibrsIncident::offenseCode(const QString& type)
{
    static const QHash<QString, QString> codes {{QStringLiteral("shoplifting"), QStringLiteral("23C")},
                                                {QStringLiteral("organized_retail_crime"), QStringLiteral("23C")},
                                                {QStringLiteral("theft"), QStringLiteral("23H")},
                                                {QStringLiteral("employee_theft"), QStringLiteral("23H")},
                                                {QStringLiteral("robbery"), QStringLiteral("120")},
                                                {QStringLiteral("burglary"), QStringLiteral("220")},
                                                {QStringLiteral("assault"), QStringLiteral("13B")},
                                                {QStringLiteral("fraud"), QStringLiteral("26A")},
                                                {QStringLiteral("return_fraud"), QStringLiteral("26A")},
                                                {QStringLiteral("vandalism"), QStringLiteral("290")}};
    return codes.value(type, QStringLiteral("90Z"));
}

QJsonObject NibrsIncident::withoutGuardrailedFields(const QJsonObject& o)
{
    const QStringList banned = AgencyRegistry::guardrailedFields();
    QJsonObject out;
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!banned.contains(it.key().toLower()))
            out.insert(it.key(), cleaned(*it));
    return out;
}

QJsonObject NibrsIncident::build(const PackageModel& m)
{
    QJsonArray offenses;
    for (const IncidentDetail& d : m.incidents)
        offenses.append(QJsonObject {{QLatin1String("offense_code"), offenseCode(d.row.type)},
                                     {QLatin1String("incident_type"), d.row.type},
                                     {QLatin1String("occurred_at"), d.row.detectedAtLocal},
                                     {QLatin1String("occurred_at_utc"), d.row.detectedAt},
                                     {QLatin1String("location"),
                                      QJsonObject {{QLatin1String("store_id"), d.row.storeId},
                                                   {QLatin1String("store_name"), d.row.storeName},
                                                   {QLatin1String("zone"), d.row.zone},
                                                   {QLatin1String("timezone"), d.row.timezone}}},
                                     {QLatin1String("narrative"), d.narrative},
                                     {QLatin1String("suspects"), d.suspects}});
    QJsonArray property;
    for (const LinkedTransaction& t : m.pos)
        for (const PosLineItem& l : t.lines)
            if (l.kind == PosLineItem::Kind::Sale || l.kind == PosLineItem::Kind::Return)
                property.append(
                    QJsonObject {{QLatin1String("sku"), l.itemId},
                                 {QLatin1String("description"), l.description},
                                 {QLatin1String("quantity"), l.quantity},
                                 {QLatin1String("value"), static_cast<double>(l.amount) / 100.0},
                                 {QLatin1String("currency"), t.currency},
                                 {QLatin1String("transaction"),
                                  QStringLiteral("%1 register %2 #%3").arg(t.storeId, t.registerId, t.sequence)}});
    return withoutGuardrailedFields(QJsonObject {
        {QLatin1String("format"), QStringLiteral("lpdesk-nibrs-incident")},
        {QLatin1String("version"), 1},
        {QLatin1String("reporting_organisation"), m.organisation},
        {QLatin1String("case"),
         QJsonObject {{QLatin1String("reference"), m.caseReference}, {QLatin1String("title"), m.caseTitle}}},
        {QLatin1String("offenses"), offenses},
        {QLatin1String("property"), property}});
}

QByteArray NibrsIncident::toXml(const QJsonObject& incident)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    const QString lpd = QStringLiteral("urn:lpdesk:incident:1");
    const QString nc = QStringLiteral("http://release.niem.gov/niem/niem-core/5.0/");
    const QString j = QStringLiteral("http://release.niem.gov/niem/domains/jxdm/7.0/");
    w.writeStartDocument();
    w.writeNamespace(lpd, QStringLiteral("lpd"));
    w.writeNamespace(nc, QStringLiteral("nc"));
    w.writeNamespace(j, QStringLiteral("j"));
    w.writeStartElement(lpd, QStringLiteral("IncidentReport"));
    const QJsonObject c = incident.value(QLatin1String("case")).toObject();
    w.writeStartElement(nc, QStringLiteral("DocumentIdentification"));
    w.writeTextElement(nc, QStringLiteral("IdentificationID"), c.value(QLatin1String("reference")).toString());
    w.writeEndElement();
    w.writeTextElement(nc, QStringLiteral("DocumentDescriptionText"), c.value(QLatin1String("title")).toString());
    w.writeStartElement(nc, QStringLiteral("Organization"));
    w.writeTextElement(nc, QStringLiteral("OrganizationName"),
                       incident.value(QLatin1String("reporting_organisation")).toString());
    w.writeEndElement();
    for (const QJsonValue& ov : incident.value(QLatin1String("offenses")).toArray()) {
        const QJsonObject o = ov.toObject();
        const QJsonObject loc = o.value(QLatin1String("location")).toObject();
        w.writeStartElement(j, QStringLiteral("Offense"));
        w.writeTextElement(j, QStringLiteral("OffenseUCRCode"), o.value(QLatin1String("offense_code")).toString());
        w.writeTextElement(nc, QStringLiteral("ActivityCategoryText"),
                           o.value(QLatin1String("incident_type")).toString());
        w.writeStartElement(nc, QStringLiteral("ActivityDate"));
        w.writeTextElement(nc, QStringLiteral("DateTime"), o.value(QLatin1String("occurred_at")).toString());
        w.writeEndElement();
        w.writeStartElement(nc, QStringLiteral("Location"));
        w.writeTextElement(nc, QStringLiteral("LocationName"), loc.value(QLatin1String("store_name")).toString());
        w.writeTextElement(nc, QStringLiteral("LocationDescriptionText"), loc.value(QLatin1String("zone")).toString());
        w.writeEndElement();
        w.writeTextElement(nc, QStringLiteral("ActivityDescriptionText"),
                           o.value(QLatin1String("narrative")).toString());
        for (const QJsonValue& s : o.value(QLatin1String("suspects")).toArray()) {
            w.writeStartElement(j, QStringLiteral("Subject"));
            w.writeStartElement(nc, QStringLiteral("RoleOfPerson"));
            w.writeTextElement(nc, QStringLiteral("PersonDescriptionText"), describe(s));
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    for (const QJsonValue& pv : incident.value(QLatin1String("property")).toArray()) {
        const QJsonObject p = pv.toObject();
        w.writeStartElement(nc, QStringLiteral("Item"));
        w.writeStartElement(nc, QStringLiteral("ItemIdentification"));
        w.writeTextElement(nc, QStringLiteral("IdentificationID"), p.value(QLatin1String("sku")).toString());
        w.writeEndElement();
        w.writeTextElement(nc, QStringLiteral("ItemDescriptionText"), p.value(QLatin1String("description")).toString());
        w.writeTextElement(nc, QStringLiteral("ItemQuantity"),
                           QString::number(p.value(QLatin1String("quantity")).toDouble()));
        w.writeStartElement(nc, QStringLiteral("ItemValue"));
        w.writeStartElement(nc, QStringLiteral("ItemValueAmount"));
        w.writeTextElement(nc, QStringLiteral("Amount"),
                           QString::number(p.value(QLatin1String("value")).toDouble(), 'f', 2));
        w.writeTextElement(nc, QStringLiteral("CurrencyCode"), p.value(QLatin1String("currency")).toString());
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

} // namespace lpdesk
