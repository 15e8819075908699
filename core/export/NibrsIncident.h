// A machine-readable incident for police records systems, shaped after NIBRS: offenses with their UCR offense
// codes (23C shoplifting, 120 robbery, 26A fraud, ...), when and where in the store's local time with its offset,
// property from the released POS lines (SKU, quantity, value), suspect descriptors, the reporting organisation.
// Written into every package as incident/nibrs.json and as NIEM-style XML (incident/niem.xml), and sent in the
// agency protocol's submission body. Guardrailed attributes (ethnicity, religion, health, ...) never appear.
#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace lpdesk {

struct PackageModel;

class NibrsIncident
{
public:
    static QString offenseCode(const QString& incidentType);
    static QJsonObject build(const PackageModel& m);
    static QByteArray toXml(const QJsonObject& incident);
    // Removes every guardrailed key at any depth.
    static QJsonObject withoutGuardrailedFields(const QJsonObject& o);
};

} // namespace lpdesk
