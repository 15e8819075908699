// The incident as police records systems import it: a NIBRS XML IEPD 4.2 `nibrs:Submission` holding one Group A
// incident report (administrative segment, offense with its UCR code and location type, property from the
// released POS lines, offenders from the suspect descriptors, victim), which validates against the FBI's
// nibrs.xsd. The one table that maps LP Desk incident types to NIBRS offenses lives here (docs/nibrs.md).
// A document that would not be a valid Group A report is refused with the field that is missing.
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace lpdesk {

struct PackageModel;

// How one LP Desk incident type is reported.
struct NibrsOffenseMapping
{
    QString incidentType; // shoplifting, robbery, ...
    QString offenseCode; // UCR offense code (nibrscodes:OffenseCodeSimpleType)
    QString crimeAgainst; // property, person
    QString propertyLoss; // cjis:ItemStatusCode for the property segment: STOLEN, DESTROYED_DAMAGED_VANDALIZED; or ""
    QString force; // j:ForceCategoryCode when the offense needs one (95 = unknown); or ""
};

struct NibrsDocument
{
    QString incidentId;
    QString path; // incident/nibrs.xml, incident/nibrs-2.xml, ...
    QByteArray xml; // empty when refused
    QString refusal; // why it was not written: names the missing field
};

class NibrsReport
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::NibrsReport)

public:
    // Every incident type LP Desk reports as a NIBRS Group A offense. Types not listed (trespass — a Group B
    // offense — and other) have no Group A report.
    static const QList<NibrsOffenseMapping>& mappings();
    static const NibrsOffenseMapping* mapping(const QString& incidentType);

    // The Group A incident report for the model's incident at index; refused (error names the field) when a
    // required field is missing. ori: the reporting agency's ORI.
    static Result<QByteArray> groupAIncident(const PackageModel& model, int incident, const QString& ori);
    // One document per incident of the case (refusals carry their reason).
    static QList<NibrsDocument> documents(const PackageModel& model, const QString& ori);
};

} // namespace lpdesk
