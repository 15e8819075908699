// A recipient key rotation is an administrator's act: `db rekey` signs (CMS, with the administrator's personal
// certificate) the database, the retired key id and the new key id, and the recipient_key_rotated audit event carries
// the signature. The audit chain is hashed, not signed per event, so without it an insider with the database key
// could append a rotation naming a key pair of their own and have stores seal footage to them.
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>

namespace lpdesk {

class CaseDatabase;
class SigningIdentity;

class RecipientRotation
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::RecipientRotation)

public:
    static QByteArray message(const QString& databaseId, const QString& retiredKeyId, const QString& keyId);
    // The recipient_key_rotated details, signed by identity (an administrator's personal key).
    static Result<QJsonObject> signedDetails(const SigningIdentity& identity, const QString& databaseId,
                                             const QString& retiredKeyId, const QString& keyId);

    struct Audited
    {
        QString keyId; // empty: a database from before the key id was audited
        qint64 seq = 0;
    };
    // The recipient key id the audit chain records: database_created (the chain's first event), then every
    // recipient_key_rotated, each of which must retire the key before it and carry the signature of an administrator
    // (a certificate of the organisation CA naming the admin role and the event's actor, not revoked at the event's
    // time). Databases created before rotations were signed (database_created without signed_recipient_rotations)
    // accept unsigned rotations only before their recipient_rotations_signed event (recordSigningStart) and their
    // first signed one. ErrorKind::Verification naming the first rotation that fails.
    static Result<Audited> audited(QSqlDatabase& db);
    // Databases created before rotations were signed: records once, at the first login after the upgrade (audit
    // recipient_rotations_signed, with the key then current), that every later rotation must be signed, so that an
    // unsigned rotation appended since is refused. Nothing is recorded over a rotation that is refused already.
    static Status recordSigningStart(CaseDatabase& db);
};

} // namespace lpdesk
