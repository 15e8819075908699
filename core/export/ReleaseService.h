// The legal gate. An investigator requests a release of chosen items of a case (clips, derivatives, stills,
// statements, POS transactions) for a purpose (USB to a named recipient, or an agency); legal — never the
// requester — approves or rejects with a written reason and decides which personal data may go. An approval binds
// to the exact content: every item's hash and the hash over the whole list. If any item changes afterwards (a
// statement corrected, a POS link removed, an item gone), the release is void. Every step is in the case's
// custody chain and the audit log.
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <atomic>

class QSqlDatabase;

namespace lpdesk {

class CaseDatabase;

struct ReleaseItem
{
    QString kind; // media, statement, pos
    QString id;
    QString sha256; // media: plaintext SHA-256; statement: content hash at sign-off; pos: hash of the record
    QJsonObject toJson() const;
};

// What personal data legal allows out (all withheld by default).
struct PiiDecision
{
    bool contacts = false; // statement contact details
    bool anonymousNames = false; // real names of authors who asked to stay anonymous
    bool customerData = false; // card digits and loyalty ids in POS records
};

struct ReleaseRequestSpec
{
    QString caseId;
    bool all = false;
    QStringList mediaIds;
    QStringList statementIds;
    QStringList posIds;
    QString purpose = QStringLiteral("usb"); // usb or agency
    QString agencyId;
    QString recipient; // e.g. "Officer J. Ruiz, Chicago PD 19th District"
    QString note;
    QString leRequestId; // the police request this release fulfils (open, linked to the case), or empty
};

struct Release
{
    QString id;
    QString caseId;
    QString state;
    QString purpose;
    QString agencyId;
    QString recipient;
    QString note;
    QList<ReleaseItem> items;
    QString contentSha256;
    QString requestedBy;
    QString requestedAt;
    QString decidedBy;
    QString decidedAt;
    QString decisionNote;
    PiiDecision pii;
    QString voidReason;
    QString exportedAt;
    QString packageId;
    QString manifestSha256;
    QJsonObject receipt;
    QString leRequestId;
    QJsonObject toJson() const;
};

class ReleaseService
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::ReleaseService)

public:
    explicit ReleaseService(CaseDatabase& db);

    Result<QString> request(const ReleaseRequestSpec& spec); // investigator
    Result<QList<Release>> list(bool pendingOnly = false, const QString& caseId = {});
    // Re-checks an approved release against the current content first (and voids it if it changed).
    Result<Release> show(const QString& id);
    // Legal, not the requester. With a TSA configured this waits for its time-stamp: call it off the UI thread.
    // *cancel set while it waits (or before the decision is written) ends it with ErrorKind::Cancelled and writes
    // nothing: the release stays pending.
    Status approve(const QString& id, const QString& note, const PiiDecision& pii,
                   const std::atomic_bool* cancel = nullptr);
    Status reject(const QString& id, const QString& note); // legal, not the requester
    // An approved release whose content is unchanged, or an error saying why not (exit 3 / 4 / 1).
    Result<Release> approvedAndUnchanged(const QString& id);
    Status markExported(const QString& id, const QString& packageId, const QString& manifestSha256,
                        const QString& target, bool encrypted);
    // Delivered to an agency: the release becomes "submitted" and its case "released", as an export does.
    Status markSubmitted(const QString& id, const QJsonObject& receipt);

    // The current hash of one item (empty with a reason when it no longer qualifies).
    Result<QString> currentHash(const QString& caseId, const ReleaseItem& item);
    static QString contentHash(const QList<ReleaseItem>& items);

private:
    Result<Release> load(const QString& id);
    Status decide(const QString& id, bool approve, const QString& note, const PiiDecision& pii,
                  const std::atomic_bool* cancel = nullptr);
    // Compares an approved release with the current content; voids it (custody + audit) when it changed.
    Result<Release> refresh(Release release);
    // Inside the caller's transaction: an open or ready-for-review case becomes "released" (custody + audit).
    Status markCaseReleased(QSqlDatabase& db, const QString& caseId, const QString& releaseId);
    CaseDatabase& m_db;
};

} // namespace lpdesk
