// The recipient keys a rotation retired (`db rekey`, `user remove --rekey`) and the files still encrypted to them.
// Those files stay readable through the key history (sealed under the current master key) until they are
// re-encrypted to the current recipient key; then the retired keys are forgotten.
#pragma once

#include <QCoreApplication>

#include "common/Result.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace lpdesk {

class CaseDatabase;

struct StaleFile
{
    QString path; // relative to the media folder (<db>.media)
    QString keyId; // the retired recipient key it is encrypted to (hex)
    qint64 size = 0;
};

struct ReencryptionSummary
{
    int files = 0;
    qint64 bytes = 0;
    QStringList forgottenKeyIds; // retired keys dropped because no file needs them any more
};

class RecipientKeyHistory
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::RecipientKeyHistory)

public:
    explicit RecipientKeyHistory(CaseDatabase& db);

    // Writes the current recipient public key for the stores (file, or "<db>.recipient-<key id>.txt" beside the
    // database when empty), audited; returns the path.
    Result<QString> exportCurrent(const QString& file = {});

    // Every .lpenc file under the media folder that is not encrypted to the current recipient key (admin).
    Result<QList<StaleFile>> staleFiles();
    // Re-encrypts each of them to the current key (in place, atomically; plaintext only in memory), then drops the
    // retired keys no file needs (admin; audited).
    Result<ReencryptionSummary> reencrypt(const std::function<void(int done, int total)>& progress = {},
                                          const std::atomic_bool* cancel = nullptr);

private:
    CaseDatabase& m_db;
};

} // namespace lpdesk
