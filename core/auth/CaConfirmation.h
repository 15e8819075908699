// An administrator's word on the organisation CA, for the unlock dialog: after a login refused because the person's
// key slot is from before CA pinning and no administrator's slot vouches for the certificate (CaPinning), whether a
// confirmation is what is missing and whether this person may give it. The confirmation itself goes through
// CaseDatabase::open(…, confirmCaSha256), as `lpdesk-cli key confirm-ca` does (audited ca_certificate_confirmed).
#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QCoreApplication>

namespace lpdesk {

class CaConfirmation
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::CaConfirmation)

public:
    struct Need
    {
        bool needed = false; // the person's slot is from before pinning: an administrator's confirmation unlocks it
        bool admin = false; // the person is an active administrator (read with their own passphrase)
    };

    // After CaseDatabase::open refused (a verification error): reads user's slot (with their passphrase) and role.
    static Result<Need> afterRefusal(const QString& databasePath, const QString& user, const SecureBytes& passphrase);
    // The SHA-256 (hex, of the DER) of the first certificate in a PEM file such as the org-ca.pem the organisation
    // keeps outside the database.
    static Result<QString> fingerprintOfPemFile(const QString& path);
    // 64 hex digits (spaces and colons, as tools print them, are dropped); empty when it is not one.
    static QString normalizedFingerprint(const QString& text);
};

} // namespace lpdesk
