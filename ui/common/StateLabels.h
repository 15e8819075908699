// What the interface calls the stored enumerations (case status, release and submission states, incident types
// and triggers). The values stay English in the database, the CLI, JSON and packages; people read these labels.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace lpdesk {

class StateLabels
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::StateLabels)
public:
    static QString caseStatus(const QString& value);
    static QString releaseState(const QString& value);
    static QString submissionState(const QString& value);
    static QString incidentType(const QString& value);
    static QString trigger(const QString& value);
};

} // namespace lpdesk
