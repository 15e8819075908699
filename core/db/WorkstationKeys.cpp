#include "db/WorkstationKeys.h"

#include "common/Time.h"
#include "crypto/Sha256.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace lpdesk {

namespace {

bool store(QSqlDatabase& db, const QString& name, const QByteArray& pub, const SecureBytes& priv,
           const QByteArray& cert)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO identity (name, public_key, private_key, certificate, created_at) "
                             "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(name);
    q.addBindValue(pub.isEmpty() ? QVariant() : QVariant(pub));
    // The QByteArray copy handed to SQLite is wiped right after the insert.
    QByteArray privCopy = priv.isEmpty() ? QByteArray() : QByteArray(priv.constChar(), priv.isize());
    q.addBindValue(privCopy.isEmpty() ? QVariant() : QVariant(privCopy));
    q.addBindValue(cert.isEmpty() ? QVariant() : QVariant(QString::fromLatin1(cert)));
    q.addBindValue(utcNowString());
    const bool ok = q.exec();
    q.finish();
    q.clear();
    wipe(privCopy);
    return ok;
}

struct Row
{
    QByteArray pub;
    SecureBytes priv;
    QByteArray cert;
};

Result<Row> load(QSqlDatabase& db, const QString& name)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT public_key, private_key, certificate FROM identity WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return failure(WorkstationKeys::tr("The workstation key \"%1\" is missing from the database.").arg(name));
    Row r;
    r.pub = q.value(0).toByteArray();
    QByteArray priv = q.value(1).toByteArray();
    r.cert = q.value(2).toString().toLatin1();
    q.finish();
    q.clear(); // drop the result's copy so that priv is the only owner and can be wiped
    r.priv = SecureBytes::takeFrom(priv);
    return r;
}

} // namespace

Result<QString> WorkstationKeys::createIn(QSqlDatabase& db, const QString& organisation, const QString& workstation)
{
    X25519KeyPair recipient = X25519::generate();
    auto ident = SigningIdentity::generate(organisation, workstation);
    if (!ident)
        return ident.error();
    if (!store(db, QStringLiteral("recipient"), recipient.publicKey, recipient.privateKey, {})
        || !store(db, QStringLiteral("org_ca"), {}, ident->caPrivateKeyDer, ident->caCertificatePem)
        || !store(db, QStringLiteral("signing"), {}, ident->signingPrivateKeyDer,
                  ident->signingCertificatePem + ident->caCertificatePem))
        return failure(tr("Could not store the workstation keys: %1").arg(db.lastError().text()));
    return toHex(X25519::keyId(recipient.publicKey));
}

Result<SigningIdentity> WorkstationKeys::caIdentity(QSqlDatabase& db)
{
    auto row = load(db, QStringLiteral("org_ca"));
    if (!row)
        return row.error();
    return SigningIdentity::load(row->priv, row->cert);
}

Result<QByteArray> WorkstationKeys::recipientPublicKey(QSqlDatabase& db)
{
    auto row = load(db, QStringLiteral("recipient"));
    if (!row)
        return row.error();
    return row->pub;
}

Result<X25519KeyPair> WorkstationKeys::recipientKeyPair(QSqlDatabase& db)
{
    auto row = load(db, QStringLiteral("recipient"));
    if (!row)
        return row.error();
    X25519KeyPair pair;
    pair.publicKey = row->pub;
    pair.privateKey = std::move(row->priv);
    if (pair.publicKey.size() != 32 || pair.privateKey.size() != 32)
        return failure(tr("The workstation recipient key is damaged."));
    return pair;
}

Result<SigningIdentity> WorkstationKeys::signingIdentity(QSqlDatabase& db)
{
    auto row = load(db, QStringLiteral("signing"));
    if (!row)
        return row.error();
    return SigningIdentity::load(row->priv, row->cert);
}

Result<QByteArray> WorkstationKeys::caCertificatePem(QSqlDatabase& db)
{
    auto row = load(db, QStringLiteral("org_ca"));
    if (!row)
        return row.error();
    return row->cert;
}

Result<QByteArray> WorkstationKeys::signingCertificatePem(QSqlDatabase& db)
{
    auto id = signingIdentity(db);
    if (!id)
        return id.error();
    return id->certificatePem();
}

QByteArray WorkstationKeys::recipientFileContents(const QByteArray& publicKey)
{
    return QByteArray("lpdesk-recipient-v1 ") + publicKey.toBase64() + '\n';
}

Result<QByteArray> WorkstationKeys::parseRecipientFile(const QByteArray& contents)
{
    const QByteArray line = contents.trimmed();
    if (contents.size() > 4096 || !line.startsWith("lpdesk-recipient-v1 "))
        return failure(tr("Not an LP Desk recipient key file."));
    const QByteArray key = QByteArray::fromBase64(line.mid(20), QByteArray::AbortOnBase64DecodingErrors);
    if (key.size() != 32)
        return failure(tr("The recipient key file is damaged."));
    return key;
}

} // namespace lpdesk
