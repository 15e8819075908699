// A plaintext copy of one evidence item (a document kept by an import, an original, a derivative) written on
// purpose to a path a person chose: decrypted straight into that file (never a temp file), read back and checked
// against the master's SHA-256, and recorded in the custody chain and the audit log with the hash and who.
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <atomic>
#include <memory>

namespace lpdesk {

class CaseDatabase;
class LpencReader;
struct MediaRow;

struct ExportedCopy
{
    QString mediaId;
    QString caseId; // empty: recorded on the item's incident chains
    QString path; // absolute
    QString sha256; // of the written file, equal to the master's
    qint64 size = 0;
    QJsonObject toJson() const;
};

class EvidenceCopy
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::EvidenceCopy)

public:
    explicit EvidenceCopy(CaseDatabase& db);

    // Investigator or legal (export-package). Refuses an existing outPath and leaves it untouched; on any failure
    // (a bad chunk, a full disk, a hash that differs, cancel) the partly written file is removed.
    Result<ExportedCopy> write(const QString& mediaId, const QString& outPath, const QString& caseId = {},
                               const std::atomic_bool* cancel = nullptr);

    // Investigator or legal (view-evidence): the plaintext in memory for an in-app view of a document (text, a
    // picture), recorded as viewed like a clip opened in the player. Refused past maxBytes.
    Result<QByteArray> readForViewing(const QString& mediaId, const QString& caseId, qint64 maxBytes);

private:
    // The item's row and a reader of its encrypted bytes.
    Result<std::unique_ptr<LpencReader>> openMaster(const QString& mediaId, MediaRow* media);

    CaseDatabase& m_db;
};

} // namespace lpdesk
