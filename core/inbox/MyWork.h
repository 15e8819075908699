// "My work": what waits for the person who is signed in, in one query for the GUI's home page and
// `lpdesk-cli my-work` — an investigator's open cases, their release requests waiting for legal or rejected
// for rework, legal's requests to decide and exigent disclosures to sign, overdue police requests for whoever may
// read them — and the notifications of what changed (a release decided, a police request overdue), marked seen per
// user in the case database. Each section follows the permission table: a role gets only what it may see.
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace lpdesk {

class CaseDatabase;

struct WorkItem
{
    // case, release_rejected, release_waiting, release_to_decide, exigent_signoff, police_overdue
    QString kind;
    QString id; // the case, the release or the police request
    QString caseId; // empty for police requests
    QString caseReference; // LPD-2026-0001
    QString title; // case title; police requests: agency and reference
    QString status; // case status, release state or police request kind
    QString since; // UTC: when the age starts (case opened, release requested, police request due…)
    qint64 ageSeconds = 0;
    QString note; // rejected: legal's note; waiting: the requester's note
    QString by; // who requested, who decided, who recorded
    QString timezone; // the store's zone when exactly one store is involved, else empty (workstation zone)
    QJsonObject toJson() const;
};

struct WorkEvent
{
    QString kind; // release_approved, release_rejected, police_overdue
    QString id; // the release or the police request
    QString caseId;
    QString caseReference;
    QString at; // UTC
    QString by; // who decided; empty for an overdue request
    QString note; // legal's note; for police: agency and reference
    QString to; // a release's destination: the agency id, or the USB package's recipient (may be empty)
    bool seen = false;
    QJsonObject toJson() const;
};

struct WorkOverview
{
    QString userId;
    QString userName;
    QString role;
    QList<WorkItem> items;
    QList<WorkEvent> events; // newest first
    QString seenUpTo; // UTC, empty when the person never marked anything seen
    int unseen() const;
    QJsonObject toJson() const;
};

class MyWork
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::MyWork)

public:
    static constexpr int MaxEvents = 100;

    explicit MyWork(CaseDatabase& db);

    // Everyone: what waits for the signed-in person, and their notifications.
    Result<WorkOverview> load(const QDateTime& now = QDateTime());
    // Marks the person's notifications seen up to `upTo` (UTC; invalid: the newest event now). Never moves back.
    Status markSeen(const QDateTime& upTo = QDateTime());
    Result<QString> seenUpTo();

    // Words for people (translated): "3 d 4 h", "the section a kind of item is listed under", "what happened".
    static QString ageText(qint64 seconds);
    static QString sectionTitle(const QString& itemKind);
    static QString eventText(const WorkEvent& event);

private:
    Status addCases(WorkOverview& out, const QDateTime& now);
    Status addMyReleases(WorkOverview& out, const QDateTime& now);
    Status addReleasesToDecide(WorkOverview& out, const QDateTime& now);
    Status addPoliceRequests(WorkOverview& out, const QDateTime& now);
    CaseDatabase& m_db;
};

} // namespace lpdesk
