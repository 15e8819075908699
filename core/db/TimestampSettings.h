// The organisation's RFC 3161 time-stamp authority (TSA): its address and the CA certificate that pins it. The
// settings are signed by the administrator who set them, with their personal certificate (OU "LP Desk role:
// admin"), so that a person who only holds the database key cannot point LP Desk at a TSA of their own and mint
// back-dated tokens: `trusted()` accepts the settings only when that signature verifies against the organisation
// CA, names the admin role, covers this database, this address and this CA certificate, and its signer is not on
// the revocation list. Approvals (release decisions) take their trusted time from this TSA.
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

namespace lpdesk {

class CaseDatabase;

struct TimestampAuthority
{
    QUrl url; // empty: none configured
    QByteArray caPem;
    QString signedBy; // the administrator whose signature holds the settings (trusted() only)
};

class TimestampSettings
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::TimestampSettings)

public:
    // Administrators only (ChangeSettings): checks the address and the CA certificate, stores both and the
    // administrator's signature over them (with a version above every earlier signed change); an empty URL clears the
    // settings, signed the same way. Audited as settings_changed.
    static Status configure(CaseDatabase& db, const QUrl& url, const QByteArray& caPem);
    // What is configured, unchecked (an empty url when nothing is).
    static TimestampAuthority configured(CaseDatabase& db);
    // The configured TSA whose settings an administrator signed (empty url: none configured); fails with
    // ErrorKind::Verification when settings exist but their signature does not hold.
    static Result<TimestampAuthority> trusted(CaseDatabase& db);
    // For `db check`: every TSA settings_changed event after the last signed change that no administrator's signature
    // holds (appended with the database key, or a replayed earlier signature).
    static QStringList auditProblems(CaseDatabase& db);
};

} // namespace lpdesk
