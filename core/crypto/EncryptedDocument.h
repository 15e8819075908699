// Documents kept encrypted to the workstation like evidence (statement attachments, papers the police send): a file
// is encrypted into the media folder as `.lpenc` with its plaintext SHA-256 and size; reading one decrypts it whole
// and checks the hash. The caller records the row, the custody and the audit.
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace lpdesk {

struct StoredDocument
{
    QString path; // where the .lpenc was written (remove it if the caller's transaction fails)
    QString sha256; // of the plaintext
    qint64 size = 0;
    QByteArray head; // the first bytes, for sniffing the media type
};

class EncryptedDocument
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::EncryptedDocument)

public:
    // Encrypts source into path; a source larger than maxBytes is a usage error.
    static Result<StoredDocument> store(QSqlDatabase& db, const QString& source, const QString& path, qint64 maxBytes);
    // Decrypts path whole and checks it against sha256; name is how errors call it.
    static Result<QByteArray> read(QSqlDatabase& db, const QString& path, const QString& sha256, const QString& name);
};

} // namespace lpdesk
