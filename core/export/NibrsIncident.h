// A machine-readable incident for police records systems, shaped after NIBRS: offenses with their UCR offense
// codes (23C shoplifting, 120 robbery, 26A fraud, ...), when and where in the store's local time with its offset,
// property from the released POS lines (SKU, quantity, value), suspect descriptors, the reporting organisation.
// Written into every package as incident/nibrs.json (JSON Schema: docs/schemas/incident-v1.schema.json) and sent
// in the agency protocol's submission body; the NIBRS XML itself is NibrsReport's. Offense codes come from
// NibrsReport's mapping table (null for a type with no Group A offense). Guardrailed attributes (ethnicity,
// religion, health, ...) never appear.
#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace lpdesk {

struct PackageModel;

class NibrsIncident
{
public:
    static QString offenseCode(const QString& incidentType); // empty: no NIBRS Group A offense
    static QJsonObject build(const PackageModel& m);
    // Removes every guardrailed key at any depth.
    static QJsonObject withoutGuardrailedFields(const QJsonObject& o);
};

} // namespace lpdesk
