#include "export/NibrsIncident.h"

#include "agencies/AgencyRegistry.h"
#include "export/NibrsReport.h"
#include "export/PackageContents.h"
#include "model/Currency.h"

#include <QJsonArray>

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

} // namespace

QString NibrsIncident::offenseCode(const QString& type)
{
    const NibrsOffenseMapping* m = NibrsReport::mapping(type);
    return m ? m->offenseCode : QString();
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
        offenses.append(
            QJsonObject {{QLatin1String("offense_code"),
                          offenseCode(d.row.type).isEmpty() ? QJsonValue() : QJsonValue(offenseCode(d.row.type))},
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
                                 {QLatin1String("value"), Currency::toDouble(l.amount, t.exponent)},
                                 {QLatin1String("currency"), t.currency},
                                 {QLatin1String("transaction"),
                                  QStringLiteral("%1 register %2 #%3").arg(t.storeId, t.registerId, t.sequence)}});
    return withoutGuardrailedFields(QJsonObject {
        {QLatin1String("format"), QStringLiteral("lpdesk-nibrs-incident")},
        {QLatin1String("version"), 1},
        {QLatin1String("reporting_organisation"), m.organisation},
        {QLatin1String("reporting_agency_ori"), m.agencyOri.isEmpty() ? QJsonValue() : QJsonValue(m.agencyOri)},
        {QLatin1String("report_date"), m.createdAt.left(10)},
        {QLatin1String("case"),
         QJsonObject {{QLatin1String("reference"), m.caseReference}, {QLatin1String("title"), m.caseTitle}}},
        {QLatin1String("offenses"), offenses},
        {QLatin1String("property"), property}});
}

} // namespace lpdesk
