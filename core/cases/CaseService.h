// Cases: incidents (from one or several stores) gathered into an investigation with a title, status, assignee,
// tags and notes. Every change lands in the case's custody chain; linking an incident records the head of the
// incident's own chain, which binds the two.
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace lpdesk {

class CaseDatabase;

struct CaseNote
{
    QString text;
    QString createdAt;
    QString createdBy;
};

struct CaseInfo
{
    QString id;
    QString reference; // LPD-2026-0001
    QString title;
    QString status;
    QString assignee;
    QStringList tags;
    QString createdAt;
    QString createdBy;
    QString updatedAt;
    QStringList incidentIds;
    QList<CaseNote> notes;
    QJsonObject toJson() const;
};

class CaseService
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::CaseService)

public:
    static const QStringList& statuses(); // open, ready_for_review, released, closed

    explicit CaseService(CaseDatabase& db);

    Result<QString> create(const QString& title, const QStringList& incidentIds); // investigator
    Result<QList<CaseInfo>> list(); // investigator, legal
    Result<CaseInfo> show(const QString& caseId); // investigator, legal
    Status addIncident(const QString& caseId, const QString& incidentId);
    Status removeIncident(const QString& caseId, const QString& incidentId);
    Status setStatus(const QString& caseId, const QString& status);
    Status setAssignee(const QString& caseId, const QString& userName);
    Status setTags(const QString& caseId, const QStringList& tags);
    Status setTitle(const QString& caseId, const QString& title);
    Status addNote(const QString& caseId, const QString& text);

    // A per-camera (or, with an empty camera, per-store) clock offset correction: how many seconds the recorder's
    // clock is ahead of true time. Audited and recorded in the custody of every case that uses the store.
    Status setClockOffset(const QString& storeId, const QString& cameraId, double seconds, const QString& reason);

    Status requireReader() const;
    Status requireWriter() const;

private:
    Status linkIn(QSqlDatabase& db, const QString& caseId, const QString& incidentId);
    Status touch(QSqlDatabase& db, const QString& caseId);
    CaseDatabase& m_db;
};

} // namespace lpdesk
