// Bookmarks on a clip's timeline with a note ("subject picks up the earbuds"), kept per case and recorded in custody.
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace lpdesk {

class CaseDatabase;

struct Marker
{
    QString id;
    QString caseId;
    QString mediaId;
    double seconds = 0;
    QString note;
    QString createdBy;
    QString createdAt;
};

class MarkerService
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::MarkerService)

public:
    explicit MarkerService(CaseDatabase& db);
    Result<QString> add(const QString& caseId, const QString& mediaId, double seconds, const QString& note);
    Status remove(const QString& markerId);
    Result<QList<Marker>> forMedia(const QString& mediaId, const QString& caseId);

private:
    CaseDatabase& m_db;
};

} // namespace lpdesk
