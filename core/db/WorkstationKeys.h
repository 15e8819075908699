// The workstation's identity, kept inside the encrypted database: the X25519 recipient key pair that stores
// encrypt media to, and the organisation's signing identity (ECDSA P-256 key + certificate, issued by an
// organisation CA created at init and replaceable by an imported certificate chain).
#pragma once

#include <QCoreApplication>

#include "common/Result.h"
#include "crypto/SigningIdentity.h"
#include "crypto/X25519.h"

#include <QSqlDatabase>

namespace lpdesk {

class WorkstationKeys
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::WorkstationKeys)

public:
    // Generates and stores all keys; returns the recipient key id (hex). Runs inside the caller's transaction.
    static Result<QString> createIn(QSqlDatabase& db, const QString& organisation, const QString& workstation);

    static Result<QByteArray> recipientPublicKey(QSqlDatabase& db);
    static Result<X25519KeyPair> recipientKeyPair(QSqlDatabase& db);
    static Result<SigningIdentity> signingIdentity(QSqlDatabase& db);
    static Result<QByteArray> caCertificatePem(QSqlDatabase& db);
    // The organisation CA's key and certificate (issues personal certificates).
    static Result<SigningIdentity> caIdentity(QSqlDatabase& db);
    static Result<QByteArray> signingCertificatePem(QSqlDatabase& db);

    // The recipient public key file a store is given: a one-line text "lpdesk-recipient-v1 <base64>".
    static QByteArray recipientFileContents(const QByteArray& publicKey);
    static Result<QByteArray> parseRecipientFile(const QByteArray& contents);
};

} // namespace lpdesk
