// Legal's approval as a signed document: the canonical approval.json binds everything the reviewer saw — item
// hashes, the case's incidents and their documents, purpose and recipient, the agency and a fingerprint of its
// endpoint (base URL, pinned CA, auth kind), the personal-data choices, the reason and the package's files whose
// bytes are known before it is built (path, size, SHA-256) — and a CMS signature by the
// reviewer's own key (certificate from the organisation CA) seals it. Export and submission check the signature
// and that it still describes the release, never a state column alone; packages carry both files so that
// `openssl cms -verify -CAfile org-ca.pem` names the reviewer.
#pragma once

#include "common/Result.h"
#include "export/ReleaseService.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace lpdesk {

class CaseDatabase;
struct RevokedCertificate;

// When an approval was made, as far as anyone can tell: what the signer wrote (their own clock) and, when the
// approval carries an RFC 3161 token over approval.json.p7s, the time-stamp authority's time.
struct ApprovalTime
{
    QDateTime decidedAt; // approval.json's decided_at: the signer's word
    QDateTime stampedAt; // the token's genTime; invalid without a token
};

struct VerifiedApproval
{
    QByteArray json; // approval.json as signed
    QByteArray signature; // approval.json.p7s (DER)
    QJsonObject approval;
    QString signer; // the reviewer's user name (certificate CN)
    QByteArray token; // RFC 3161 TimeStampResp over signature (approval.json.p7s.tsr); empty without a TSA
    ApprovalTime time;
    int exportCount = 0;
};

class ReleaseApproval
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::ReleaseApproval)

public:
    explicit ReleaseApproval(CaseDatabase& db);

    // The canonical approval.json for this release as it stands now.
    Result<QByteArray> document(const Release& release, const PiiDecision& pii, const QString& decidedBy,
                                const QString& decidedAt, const QString& note);
    // SHA-256 over the agency's base URL, pinned CA and auth kind (what decides where a package and its
    // credentials go).
    Result<QString> agencyFingerprint(const QString& agencyId);
    // The stored approval, its signature checked against the organisation CA, signed by a legal reviewer who is
    // not the requester, and still describing this release (exit 4 with the reason otherwise).
    Result<VerifiedApproval> verify(const Release& release);
    // Why the reviewer with this certificate serial cannot have made the approval, given the revoked certificates
    // (empty when nothing stands against it). With a time-stamp, a revocation at or before the stamped time refuses.
    // Without one, any revocation refuses — the signer's own clock proves nothing — unless signerClockAccepted,
    // which only a verifier checking a revocation list newer than the package may set (decided_at then decides, and
    // the caller says so).
    static QString revocationProblem(const QList<RevokedCertificate>& revoked, const QString& serial,
                                     const ApprovalTime& time, bool signerClockAccepted = false);

    // Approved agency releases, not yet submitted, whose approval binds the agency's endpoint as it was fingerprinted
    // before system trust became part of it (AgencyRegistry::endpointFingerprint): submission refuses them, and legal
    // approves them again. One sentence each, naming the release, its case, the agency and the reviewer.
    static Result<QStringList> awaitingNewApproval(CaseDatabase& db);
    // Makes db's own check() list them as notes (CaseDatabase::addCheck), so `db check` and the GUI's Check database
    // name them.
    static void addCheckTo(CaseDatabase& db);

private:
    Result<QJsonObject> facts(const Release& release, const PiiDecision& pii);
    // Why the approval a no longer describes the release (empty when it still does).
    QString whatChanged(const Release& release, const QJsonObject& a);
    CaseDatabase& m_db;
};

} // namespace lpdesk
