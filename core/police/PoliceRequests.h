// Requests that arrive from law enforcement (subpoena, court order, warrant, exigent ask, informal ask): who asks,
// their reference, what they ask for and on what legal basis, when it is due, the documents they sent (encrypted
// like evidence), the cases it concerns and the releases that fulfil it. Exigent disclosures need legal's sign-off
// after the fact and stay flagged until they have it. Roles are checked here, not in the UI.
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

class QSqlDatabase;

namespace lpdesk {

class CaseDatabase;

struct PoliceRequestDocument
{
    QString id;
    QString name;
    QString sha256;
    qint64 size = 0;
    QString addedAt;
    QString addedBy;
    QJsonObject toJson() const;
};

struct PoliceRequest
{
    QString id;
    QString kind; // subpoena, court_order, warrant, exigent, informal
    QString agency;
    QString officer;
    QString reference;
    QString receivedAt; // UTC
    QString dueAt; // UTC or empty
    QJsonObject asked; // incidents, stores, from, to, text
    QString legalBasis;
    QString notes;
    QString state; // open, closed
    QString closedAt;
    QString closedBy;
    QString closeReason;
    QString signoffDueAt; // exigent only
    QString signedOffAt;
    QString signedOffBy;
    QString signoffNote;
    QString createdAt;
    QString createdBy;
    QString templateName; // the template the request was recorded from, if any
    int templateVersion = 0;
    QStringList caseIds;
    QStringList releaseIds; // releases naming this request
    QStringList fulfilledBy; // of those, the ones exported or submitted
    QList<PoliceRequestDocument> documents;

    bool overdue(const QDateTime& now) const; // open, past due and not fulfilled
    bool needsSignoff() const; // exigent without legal's after-the-fact sign-off
    bool signoffOverdue(const QDateTime& now) const; // needs the sign-off and its deadline has passed
    bool signedLate() const; // signed off after the deadline
    QJsonObject toJson(const QDateTime& now) const;
};

struct PoliceRequestSpec
{
    QString kind;
    QString agency;
    QString officer;
    QString reference;
    QDateTime receivedAt; // invalid: now
    QDateTime dueAt; // optional
    QStringList incidents;
    QStringList stores;
    QDateTime from;
    QDateTime to;
    QString askedText;
    QString legalBasis;
    QString notes;
    QStringList documents; // file paths, encrypted into the media folder
    // A request template (RequestTemplates): its kind, due period, legal basis and what is asked fill what the
    // fields above leave empty; the request remembers the template's name and version.
    QString templateName;
};

class PoliceRequests
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::PoliceRequests)

public:
    static QStringList kinds();
    static constexpr qint64 MaxDocumentBytes = 64LL * 1024 * 1024;
    // Legal signs an exigent disclosure within this time of receiving the request, unless the organisation set
    // another (setting "exigent_signoff_hours", 1 to MaxSignoffHours; a request keeps the deadline it got).
    static constexpr int ExigentSignoffHours = 48;
    static constexpr int MaxSignoffHours = 720;
    static int signoffHours(CaseDatabase& db);
    static Status setSignoffHours(CaseDatabase& db, int hours); // admin (change-settings), audited

    explicit PoliceRequests(CaseDatabase& db);

    Result<QString> add(const PoliceRequestSpec& spec); // investigator, legal
    Status link(const QString& requestId, const QString& caseId); // investigator, legal
    Status attach(const QString& requestId, const QStringList& files); // investigator, legal
    Status close(const QString& requestId, const QString& reason); // investigator, legal
    Status signOff(const QString& requestId, const QString& note); // legal: exigent disclosure after the fact
    // overdueOnly: open requests past their due date without a fulfilling release.
    Result<QList<PoliceRequest>> list(bool overdueOnly = false, const QString& caseId = {});
    Result<PoliceRequest> show(const QString& requestId);
    // Decrypted bytes of one document (audited as an evidence read).
    Result<QByteArray> document(const QString& documentId);

    // For ReleaseService: a release may name a request that is open and linked to the release's case.
    static Status checkFulfillable(QSqlDatabase& db, const QString& requestId, const QString& caseId);

private:
    Status requireWriter() const;
    Status requireReader() const;
    Status attachIn(QSqlDatabase& db, const QString& requestId, const QString& path, QStringList* written,
                    QJsonArray* custody);
    CaseDatabase& m_db;
};

// Parses "2026-03-14", "2026-03-14T10:00:00Z" or any RFC 3339 time; invalid on failure.
QDateTime parseUserTime(const QString& text);

} // namespace lpdesk
