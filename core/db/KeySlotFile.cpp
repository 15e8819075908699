#include "db/KeySlotFile.h"

#include "common/Time.h"
#include "crypto/AesGcm.h"
#include "crypto/Random.h"
#include "crypto/X25519.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <openssl/crypto.h>

#include <functional>
#include <optional>

namespace lpdesk {

namespace {

QByteArray b64(const QJsonObject& o, const char* key)
{
    return QByteArray::fromBase64(o.value(QLatin1String(key)).toString().toLatin1(),
                                  QByteArray::AbortOnBase64DecodingErrors);
}

QString enc(const QByteArray& b)
{
    return QString::fromLatin1(b.toBase64());
}

Result<SecureBytes> slotKey(const SecureBytes& passphrase, const ScryptParams& params)
{
    return Scrypt::derive(passphrase, params, AesGcm::KeySize);
}

// The passphrase in Unicode NFC. The same word reaches LP Desk as "é" (one code point) from one keyboard or input
// method and as "e" + a combining accent from another (or pasted from a macOS file name); a slot is made from the
// NFC form, and unlocking tries it when the bytes as typed do not open the slot. Empty when the text is already
// NFC or is not valid UTF-8 (bytes from a passphrase file in another encoding are used as they are).
SecureBytes nfcVariant(const SecureBytes& passphrase)
{
    QString text = QString::fromUtf8(passphrase.constChar(), passphrase.isize());
    QByteArray roundTrip = text.toUtf8();
    const bool validUtf8 = roundTrip.size() == passphrase.isize()
        && CRYPTO_memcmp(roundTrip.constData(), passphrase.constChar(), passphrase.size()) == 0;
    wipe(roundTrip);
    SecureBytes out;
    if (validUtf8) {
        QString nfc = text.normalized(QString::NormalizationForm_C);
        if (nfc != text)
            out = SecureBytes::fromPassphrase(nfc);
        wipe(nfc);
    }
    wipe(text);
    return out;
}

// The key of a slot made from the NFC form (makeSlot) or, before, from the bytes as typed: the form that opens it.
// otherwise, when given, tries each key on the slot as its file should have said (KeySlotFile::unlock: a pin changed
// behind the owner's back) before giving up.
using OtherwiseOpens = std::function<bool(const SecureBytes& kek, SecureBytes& privateKey)>;
Result<SecureBytes> openingKey(const SecureBytes& passphrase, const ScryptParams& params, const QByteArray& context,
                               const QByteArray& wrapped, SecureBytes& privateKey, const OtherwiseOpens& otherwise = {})
{
    auto kek = slotKey(passphrase, params);
    if (!kek)
        return kek.error();
    if (AesGcm::openCombined(*kek, context, wrapped, privateKey) || (otherwise && otherwise(*kek, privateKey)))
        return std::move(*kek);
    const SecureBytes nfc = nfcVariant(passphrase);
    if (nfc.isEmpty())
        return makeError(ErrorKind::Auth, KeySlotFile::authFailedMessage());
    auto nfcKek = slotKey(nfc, params);
    if (!nfcKek)
        return nfcKek.error();
    if (AesGcm::openCombined(*nfcKek, context, wrapped, privateKey) || (otherwise && otherwise(*nfcKek, privateKey)))
        return std::move(*nfcKek);
    return makeError(ErrorKind::Auth, KeySlotFile::authFailedMessage());
}

// The slot's box: "pin|audit seq|audit hash", sealed under the slot's key-encryption key.
struct SlotBox
{
    QString caSha256;
    qint64 auditSeq = 0;
    QString auditHash;
};

QByteArray sealBox(const SecureBytes& kek, const QString& databaseId, const QString& user, const SlotBox& box)
{
    const QString text = QStringLiteral("%1|%2|%3").arg(box.caSha256).arg(box.auditSeq).arg(box.auditHash);
    return AesGcm::sealWithRandomNonce(kek, KeySlotFile::pinBoxContext(databaseId, user), text.toLatin1());
}

std::optional<SlotBox> openBox(const SecureBytes& kek, const QString& databaseId, const KeySlot& slot)
{
    SecureBytes plain;
    if (slot.caPinBox.isEmpty()
        || !AesGcm::openCombined(kek, KeySlotFile::pinBoxContext(databaseId, slot.user), slot.caPinBox, plain))
        return std::nullopt;
    const QStringList parts = QString::fromLatin1(plain.constChar(), plain.isize()).split(QLatin1Char('|'));
    if (parts.size() != 3 || parts.at(0).size() != 64)
        return std::nullopt;
    return SlotBox {parts.at(0), parts.at(1).toLongLong(), parts.at(2)};
}

} // namespace

QString KeySlotFile::authFailedMessage()
{
    return tr("Unknown user or wrong passphrase.");
}

QByteArray KeySlotFile::sealContext(const QString& databaseId, int generation)
{
    return QStringLiteral("lpdesk-master-v1|%1|%2").arg(databaseId).arg(generation).toUtf8();
}

QByteArray KeySlotFile::wrapContext(const QString& databaseId, const QString& user, const QString& caSha256, bool boxed)
{
    if (boxed)
        return QStringLiteral("lpdesk-slot-v3|%1|%2|ca=%3|box").arg(databaseId, user, caSha256).toUtf8();
    if (caSha256.isEmpty())
        return QStringLiteral("lpdesk-slot-v1|%1|%2").arg(databaseId, user).toUtf8();
    return QStringLiteral("lpdesk-slot-v2|%1|%2|ca=%3").arg(databaseId, user, caSha256).toUtf8();
}

QByteArray KeySlotFile::signingContext(const QString& databaseId, const QString& user)
{
    return QStringLiteral("lpdesk-signing-key-v1|%1|%2").arg(databaseId, user).toUtf8();
}

QByteArray KeySlotFile::caContext(const QString& databaseId, const QString& user)
{
    return QStringLiteral("lpdesk-ca-key-v1|%1|%2").arg(databaseId, user).toUtf8();
}

QByteArray KeySlotFile::wrapContextOf(const QString& databaseId, const KeySlot& slot)
{
    return wrapContext(databaseId, slot.user, slot.caSha256, !slot.caPinBox.isEmpty());
}

QByteArray KeySlotFile::pinBoxContext(const QString& databaseId, const QString& user)
{
    return QStringLiteral("lpdesk-ca-pin-box-v1|%1|%2").arg(databaseId, user).toUtf8();
}

QString KeySlotFile::pinRewrittenMessage(const QString& user, const QString& sealedPin, const QString& statedPin)
{
    return tr("The key slot of %1 was pinned to the organisation CA certificate with SHA-256 %2, but the key-slot "
              "file now says %3: someone who can write the slot file changed the pin behind its owner's back (a "
              "pin moves only at its owner's login, or when an administrator confirms the certificate). Login "
              "refused; restore the key-slot file from a backup.")
        .arg(user, sealedPin.left(16), statedPin.isEmpty() ? tr("no pin") : statedPin.left(16));
}

Result<KeySlotFile> KeySlotFile::load(const QString& path)
{
    QFile f(path);
    if (!f.exists())
        return failure(tr("The key-slot file %1 is missing; the database cannot be unlocked without it.").arg(path));
    if (!f.open(QIODevice::ReadOnly))
        return failure(tr("Cannot read the key-slot file %1: %2").arg(path, f.errorString()));
    if (f.size() > MaxFileSize)
        return failure(tr("The key-slot file %1 is too large to be genuine.").arg(path));
    return parse(f.readAll());
}

Result<KeySlotFile> KeySlotFile::parse(const QByteArray& bytes)
{
    const auto corrupt = [](const QString& why) {
        return makeError(ErrorKind::Failed, tr("The key-slot file is corrupt (%1).").arg(why));
    };
    if (bytes.size() > MaxFileSize)
        return corrupt(QStringLiteral("too large"));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return corrupt(QStringLiteral("not JSON"));
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("lpdesk-keyslots"))
        return corrupt(QStringLiteral("not an LP Desk key-slot file"));
    if (root.value(QLatin1String("version")).toInt() != 1)
        return corrupt(QStringLiteral("unsupported version"));
    KeySlotFile file;
    file.databaseId = root.value(QLatin1String("database_id")).toString();
    file.generation = root.value(QLatin1String("generation")).toInt();
    file.nextGeneration = root.value(QLatin1String("next_generation")).toInt(0);
    if (file.databaseId.size() != 36 || file.generation < 1 || file.nextGeneration < 0)
        return corrupt(QStringLiteral("bad header"));
    const QJsonArray slots = root.value(QLatin1String("slots")).toArray();
    if (slots.size() > 10000)
        return corrupt(QStringLiteral("too many slots"));
    for (const QJsonValue& v : slots) {
        const QJsonObject o = v.toObject();
        KeySlot s;
        s.user = o.value(QLatin1String("user")).toString();
        const QJsonObject kdf = o.value(QLatin1String("kdf")).toObject();
        if (kdf.value(QLatin1String("alg")).toString() != QLatin1String("scrypt"))
            return corrupt(QStringLiteral("unknown KDF"));
        s.kdf.logN = kdf.value(QLatin1String("log_n")).toInt();
        s.kdf.r = kdf.value(QLatin1String("r")).toInt();
        s.kdf.p = kdf.value(QLatin1String("p")).toInt();
        s.kdf.salt = b64(kdf, "salt");
        s.publicKey = b64(o, "public_key");
        s.wrappedPrivateKey = b64(o, "wrapped_private_key");
        s.sealedMasterKey = b64(o, "sealed_master_key");
        s.sealedNextMasterKey = b64(o, "sealed_next_master_key");
        s.sealedSigningKey = b64(o, "sealed_signing_key");
        s.sealedCaKey = b64(o, "sealed_ca_key");
        s.certificatePem = o.value(QLatin1String("certificate")).toString().toLatin1();
        s.caSha256 = o.value(QLatin1String("ca_sha256")).toString().left(64);
        s.caPinBox = b64(o, "ca_pin_box");
        const QJsonObject proofs = o.value(QLatin1String("ca_pin_proofs")).toObject();
        if (proofs.size() > 10000)
            return corrupt(QStringLiteral("too many pin proofs"));
        for (auto p = proofs.begin(); p != proofs.end(); ++p) {
            const QByteArray mac
                = QByteArray::fromBase64(p.value().toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (mac.size() != 32 || p.key().isEmpty() || p.key().size() > 100)
                return corrupt(QStringLiteral("slot for \"%1\" has a malformed pin proof").arg(s.user.left(64)));
            s.caPinProofs.insert(p.key(), mac);
        }
        const QJsonObject head = o.value(QLatin1String("audit_head")).toObject();
        s.auditHeadSeq = head.value(QLatin1String("seq")).toInteger();
        s.auditHeadHash = head.value(QLatin1String("hash")).toString().left(64);
        const QJsonObject headProofs = head.value(QLatin1String("proofs")).toObject();
        for (auto p = headProofs.begin(); p != headProofs.end() && s.auditHeadProofs.size() < 10000; ++p)
            s.auditHeadProofs.insert(p.key().left(100),
                                     QByteArray::fromBase64(p.value().toString().toLatin1()).left(32));
        s.createdAt = o.value(QLatin1String("created_at")).toString();
        if (s.user.isEmpty() || s.user.size() > 64 || !Scrypt::validParams(s.kdf) || s.publicKey.size() != 32
            || s.wrappedPrivateKey.size() != 12 + 32 + 16 || s.sealedMasterKey.size() != 32 + 12 + 32 + 16
            || s.sealedSigningKey.size() > 1024 || s.sealedCaKey.size() > 1024 || s.certificatePem.size() > 8192
            || s.caPinBox.size() > 12 + 160 + 16)
            return corrupt(QStringLiteral("slot for \"%1\" is malformed").arg(s.user.left(64)));
        if (file.find(s.user))
            return corrupt(QStringLiteral("duplicate slot"));
        file.slots.append(s);
    }
    for (const QJsonValue& v : root.value(QLatin1String("failed_logins")).toArray()) {
        const QJsonObject o = v.toObject();
        file.failedLogins.append(
            {o.value(QLatin1String("user")).toString().left(64), o.value(QLatin1String("at")).toString().left(40)});
        if (file.failedLogins.size() >= MaxFailedLogins)
            break;
    }
    const QJsonObject anchor = root.value(QLatin1String("anchor")).toObject();
    file.anchorSeq = anchor.value(QLatin1String("audit_seq")).toInteger();
    file.anchorHash = anchor.value(QLatin1String("audit_hash")).toString();
    file.anchorMac = anchor.value(QLatin1String("mac")).toString();
    return file;
}

QByteArray KeySlotFile::serialize() const
{
    QJsonObject root;
    root.insert(QLatin1String("format"), QStringLiteral("lpdesk-keyslots"));
    root.insert(QLatin1String("version"), 1);
    root.insert(QLatin1String("database_id"), databaseId);
    root.insert(QLatin1String("generation"), generation);
    if (nextGeneration)
        root.insert(QLatin1String("next_generation"), nextGeneration);
    QJsonArray arr;
    for (const KeySlot& s : slots) {
        QJsonObject o;
        o.insert(QLatin1String("user"), s.user);
        o.insert(QLatin1String("kdf"),
                 QJsonObject {{QLatin1String("alg"), QStringLiteral("scrypt")},
                              {QLatin1String("log_n"), s.kdf.logN},
                              {QLatin1String("r"), s.kdf.r},
                              {QLatin1String("p"), s.kdf.p},
                              {QLatin1String("salt"), enc(s.kdf.salt)}});
        o.insert(QLatin1String("public_key"), enc(s.publicKey));
        o.insert(QLatin1String("wrapped_private_key"), enc(s.wrappedPrivateKey));
        o.insert(QLatin1String("sealed_master_key"), enc(s.sealedMasterKey));
        if (!s.sealedNextMasterKey.isEmpty())
            o.insert(QLatin1String("sealed_next_master_key"), enc(s.sealedNextMasterKey));
        if (!s.sealedSigningKey.isEmpty()) {
            o.insert(QLatin1String("sealed_signing_key"), enc(s.sealedSigningKey));
            o.insert(QLatin1String("certificate"), QString::fromLatin1(s.certificatePem));
        }
        if (!s.sealedCaKey.isEmpty())
            o.insert(QLatin1String("sealed_ca_key"), enc(s.sealedCaKey));
        if (!s.caSha256.isEmpty())
            o.insert(QLatin1String("ca_sha256"), s.caSha256);
        if (!s.caPinBox.isEmpty())
            o.insert(QLatin1String("ca_pin_box"), enc(s.caPinBox));
        if (!s.caPinProofs.isEmpty()) {
            QJsonObject proofs;
            for (auto p = s.caPinProofs.cbegin(); p != s.caPinProofs.cend(); ++p)
                proofs.insert(p.key(), enc(p.value()));
            o.insert(QLatin1String("ca_pin_proofs"), proofs);
        }
        if (s.auditHeadSeq > 0) {
            QJsonObject proofs;
            for (auto p = s.auditHeadProofs.cbegin(); p != s.auditHeadProofs.cend(); ++p)
                proofs.insert(p.key(), enc(p.value()));
            o.insert(QLatin1String("audit_head"),
                     QJsonObject {{QLatin1String("seq"), s.auditHeadSeq},
                                  {QLatin1String("hash"), s.auditHeadHash},
                                  {QLatin1String("proofs"), proofs}});
        }
        o.insert(QLatin1String("created_at"), s.createdAt);
        arr.append(o);
    }
    root.insert(QLatin1String("slots"), arr);
    QJsonArray failed;
    for (const FailedLogin& f : failedLogins)
        failed.append(QJsonObject {{QLatin1String("user"), f.user}, {QLatin1String("at"), f.at}});
    if (!failed.isEmpty())
        root.insert(QLatin1String("failed_logins"), failed);
    if (anchorSeq > 0)
        root.insert(QLatin1String("anchor"),
                    QJsonObject {{QLatin1String("audit_seq"), anchorSeq},
                                 {QLatin1String("audit_hash"), anchorHash},
                                 {QLatin1String("mac"), anchorMac}});
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status KeySlotFile::save(const QString& path) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return failure(tr("Cannot write the key-slot file %1: %2").arg(path, f.errorString()));
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray bytes = serialize();
    if (f.write(bytes) != bytes.size() || !f.commit())
        return failure(tr("Cannot write the key-slot file %1: %2").arg(path, f.errorString()));
    return {};
}

const KeySlot* KeySlotFile::find(const QString& user) const
{
    for (const KeySlot& s : slots)
        if (s.user == user)
            return &s;
    return nullptr;
}

KeySlot* KeySlotFile::find(const QString& user)
{
    for (KeySlot& s : slots)
        if (s.user == user)
            return &s;
    return nullptr;
}

bool KeySlotFile::remove(const QString& user)
{
    for (qsizetype i = 0; i < slots.size(); ++i) {
        if (slots[i].user == user) {
            slots.removeAt(i);
            return true;
        }
    }
    return false;
}

Result<KeySlot> KeySlotFile::makeSlot(const QString& user, const SecureBytes& passphrase, const SecureBytes& masterKey,
                                      const QString& databaseId, int generation, int kdfTargetMs,
                                      const QString& caSha256, SecureBytes* wrapKeyOut)
{
    if (passphrase.isEmpty())
        return makeError(ErrorKind::Usage, tr("The passphrase must not be empty."));
    KeySlot slot;
    slot.user = user;
    slot.kdf = Scrypt::tune(kdfTargetMs);
    slot.createdAt = utcNowString();
    const SecureBytes nfc = nfcVariant(passphrase);
    auto kek = slotKey(nfc.isEmpty() ? passphrase : nfc, slot.kdf);
    if (!kek)
        return kek.error();
    X25519KeyPair pair = X25519::generate();
    slot.publicKey = pair.publicKey;
    slot.caSha256 = caSha256;
    if (!caSha256.isEmpty())
        slot.caPinBox = sealBox(*kek, databaseId, user, {caSha256, 0, {}});
    slot.wrappedPrivateKey = AesGcm::sealWithRandomNonce(*kek, wrapContextOf(databaseId, slot), pair.privateKey.view());
    slot.sealedMasterKey = X25519::seal(pair.publicKey, sealContext(databaseId, generation), masterKey);
    if (slot.wrappedPrivateKey.isEmpty() || slot.sealedMasterKey.isEmpty())
        return failure(tr("Could not create the key slot."));
    if (wrapKeyOut)
        *wrapKeyOut = std::move(*kek);
    return slot;
}

Result<UnlockedKeys> KeySlotFile::unlock(const QString& user, const SecureBytes& passphrase) const
{
    const Error refused = makeError(ErrorKind::Auth, authFailedMessage());
    const KeySlot* slot = find(user);
    if (!slot || passphrase.isEmpty()) {
        // Spend the same effort as a real attempt so that timing does not reveal which users exist.
        ScryptParams decoy = slots.isEmpty() ? ScryptParams {} : slots.first().kdf;
        if (decoy.salt.isEmpty())
            decoy.salt = QByteArray(32, '\0');
        (void)slotKey(passphrase.isEmpty() ? SecureBytes("x", 1) : passphrase.clone(), decoy);
        // A real slot tries the NFC form as well when the bytes as typed fail (openingKey): so does the decoy.
        if (const SecureBytes nfc = nfcVariant(passphrase); !nfc.isEmpty())
            (void)slotKey(nfc, decoy);
        return refused;
    }
    X25519KeyPair pair;
    // The pin the owner sealed (caPinBox): if the slot opens under it but not under the pin its file states, the
    // clear field was edited (or removed to make the slot look older than pinning).
    QString sealedPin;
    const auto pinAsSealed = [&](const SecureBytes& kek, SecureBytes& privateKey) {
        const auto box = openBox(kek, databaseId, *slot);
        if (!box || box->caSha256 == slot->caSha256
            || !AesGcm::openCombined(kek, wrapContext(databaseId, user, box->caSha256, true), slot->wrappedPrivateKey,
                                     privateKey))
            return false;
        sealedPin = box->caSha256;
        return true;
    };
    auto kek = openingKey(passphrase, slot->kdf, wrapContextOf(databaseId, *slot), slot->wrappedPrivateKey,
                          pair.privateKey, pinAsSealed);
    if (!kek)
        return kek.error().kind == ErrorKind::Auth ? refused : kek.error();
    if (!sealedPin.isEmpty())
        return makeError(ErrorKind::Verification, pinRewrittenMessage(user, sealedPin, slot->caSha256));
    pair.publicKey = slot->publicKey;
    UnlockedKeys keys;
    if (!slot->caPinBox.isEmpty()) {
        const auto box = openBox(*kek, databaseId, *slot);
        if (!box || box->caSha256 != slot->caSha256)
            return makeError(ErrorKind::Verification, tr("The key slot for %1 is damaged (its sealed pin).").arg(user));
        keys.sealedAuditSeq = box->auditSeq;
        keys.sealedAuditHash = box->auditHash;
    }
    keys.wrapKey = std::move(*kek);
    keys.slotPrivateKey = pair.privateKey.clone();
    auto current = X25519::unseal(pair, sealContext(databaseId, generation), slot->sealedMasterKey);
    if (!current)
        return failure(tr("The key slot for this user is damaged: %1").arg(current.errorMessage()));
    keys.current = std::move(*current);
    if (!slot->sealedSigningKey.isEmpty()) {
        auto signing = X25519::unseal(pair, signingContext(databaseId, user), slot->sealedSigningKey);
        if (!signing)
            return failure(
                tr("The signing key in the key slot for this user is damaged: %1").arg(signing.errorMessage()));
        keys.signingKey = std::move(*signing);
    }
    if (!slot->sealedCaKey.isEmpty()) {
        auto ca = X25519::unseal(pair, caContext(databaseId, user), slot->sealedCaKey);
        if (!ca)
            return failure(tr("The CA key in the key slot for this user is damaged: %1").arg(ca.errorMessage()));
        keys.caKey = std::move(*ca);
    }
    if (nextGeneration && !slot->sealedNextMasterKey.isEmpty()) {
        auto next = X25519::unseal(pair, sealContext(databaseId, nextGeneration), slot->sealedNextMasterKey);
        if (next)
            keys.next = std::move(*next);
    }
    return keys;
}

Status KeySlotFile::changePassphrase(const QString& user, const SecureBytes& oldPassphrase,
                                     const SecureBytes& newPassphrase, int kdfTargetMs)
{
    KeySlot* slot = find(user);
    if (!slot)
        return makeError(ErrorKind::Auth, authFailedMessage());
    if (newPassphrase.isEmpty())
        return makeError(ErrorKind::Usage, tr("The passphrase must not be empty."));
    SecureBytes privateKey;
    auto oldKek
        = openingKey(oldPassphrase, slot->kdf, wrapContextOf(databaseId, *slot), slot->wrappedPrivateKey, privateKey);
    if (!oldKek)
        return oldKek.error();
    ScryptParams params = Scrypt::tune(kdfTargetMs);
    const SecureBytes nfc = nfcVariant(newPassphrase);
    auto newKek = slotKey(nfc.isEmpty() ? newPassphrase : nfc, params);
    if (!newKek)
        return newKek.error();
    const auto box = openBox(*oldKek, databaseId, *slot);
    slot->kdf = params;
    if (box)
        slot->caPinBox = sealBox(*newKek, databaseId, user, *box);
    slot->wrappedPrivateKey = AesGcm::sealWithRandomNonce(*newKek, wrapContextOf(databaseId, *slot), privateKey.view());
    return {};
}

Status KeySlotFile::pinCa(const QString& user, const SecureBytes& wrapKey, const QString& caSha256)
{
    if (caSha256.isEmpty())
        return failure(tr("There is no key slot for %1.").arg(user));
    return sealPinBox(user, wrapKey, caSha256);
}

Status KeySlotFile::sealPinBox(const QString& user, const SecureBytes& wrapKey, const QString& caSha256,
                               qint64 auditSeq, const QString& auditHash)
{
    KeySlot* slot = find(user);
    if (!slot)
        return failure(tr("There is no key slot for %1.").arg(user));
    SecureBytes privateKey;
    if (!AesGcm::openCombined(wrapKey, wrapContextOf(databaseId, *slot), slot->wrappedPrivateKey, privateKey))
        return makeError(ErrorKind::Auth, authFailedMessage());
    SlotBox box = openBox(wrapKey, databaseId, *slot).value_or(SlotBox {});
    box.caSha256 = caSha256.isEmpty() ? slot->caSha256 : caSha256;
    if (box.caSha256.isEmpty())
        return failure(tr("The key slot for %1 is not pinned.").arg(user));
    if (auditSeq > 0) {
        box.auditSeq = auditSeq;
        box.auditHash = auditHash;
    }
    KeySlot updated = *slot;
    updated.caSha256 = box.caSha256;
    updated.caPinBox = sealBox(wrapKey, databaseId, user, box);
    updated.wrappedPrivateKey
        = AesGcm::sealWithRandomNonce(wrapKey, wrapContextOf(databaseId, updated), privateKey.view());
    if (updated.caPinBox.isEmpty() || updated.wrappedPrivateKey.isEmpty())
        return failure(tr("Could not create the key slot."));
    *slot = updated;
    return {};
}

Status KeySlotFile::prepareRekey(const SecureBytes& newMasterKey)
{
    nextGeneration = generation + 1;
    for (KeySlot& s : slots) {
        s.sealedNextMasterKey = X25519::seal(s.publicKey, sealContext(databaseId, nextGeneration), newMasterKey);
        if (s.sealedNextMasterKey.isEmpty())
            return failure(tr("Could not seal the new master key."));
    }
    return {};
}

void KeySlotFile::commitRekey()
{
    if (!nextGeneration)
        return;
    generation = nextGeneration;
    nextGeneration = 0;
    for (KeySlot& s : slots) {
        s.sealedMasterKey = s.sealedNextMasterKey;
        s.sealedNextMasterKey.clear();
    }
}

void KeySlotFile::abandonRekey()
{
    nextGeneration = 0;
    for (KeySlot& s : slots)
        s.sealedNextMasterKey.clear();
}

} // namespace lpdesk
