#include "crypto/EncryptedDocument.h"

#include "crypto/Lpenc.h"
#include "crypto/Sha256.h"
#include "db/WorkstationKeys.h"

#include <QFile>

namespace lpdesk {

Result<StoredDocument> EncryptedDocument::store(QSqlDatabase& db, const QString& source, const QString& path,
                                                qint64 maxBytes)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return failure(tr("Cannot read %1: %2").arg(source, in.errorString()));
    if (in.size() > maxBytes)
        return makeError(ErrorKind::Usage, tr("%1 is larger than %2 MiB.").arg(source).arg(maxBytes >> 20));
    auto key = WorkstationKeys::recipientPublicKey(db);
    if (!key)
        return key.error();
    auto writer = LpencWriter::create(path, *key);
    if (!writer)
        return writer.error();
    StoredDocument out;
    out.path = path;
    out.head = in.peek(16);
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        if (chunk.isEmpty() && in.error() != QFileDevice::NoError)
            return failure(tr("Cannot read %1: %2").arg(source, in.errorString()));
        LP_TRY((*writer)->write(chunk));
    }
    auto done = (*writer)->finish();
    if (!done)
        return done.error();
    out.sha256 = done->sha256;
    out.size = static_cast<qint64>(done->plaintextLength);
    return out;
}

Result<QByteArray> EncryptedDocument::read(QSqlDatabase& db, const QString& path, const QString& sha256,
                                           const QString& name)
{
    auto key = WorkstationKeys::recipientKeyPair(db);
    if (!key)
        return key.error();
    auto reader = LpencReader::open(path, *key);
    if (!reader)
        return reader.error();
    QByteArray data(static_cast<qsizetype>((*reader)->size()), Qt::Uninitialized);
    if ((*reader)->read(0, data.data(), data.size()) != data.size())
        return makeError(ErrorKind::Verification, tr("%1 cannot be decrypted: %2").arg(name, (*reader)->errorString()));
    if (Sha256::hashHex(data) != sha256)
        return makeError(ErrorKind::Verification, tr("%1 does not match its recorded SHA-256.").arg(name));
    return data;
}

} // namespace lpdesk
