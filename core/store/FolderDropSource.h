// A store drop on a mounted folder (USB stick, network share). Refuses paths that leave the drop's root,
// including through symbolic links.
#pragma once

#include "store/DropSource.h"

namespace lpdesk {

class FolderDropSource : public DropSource
{
public:
    explicit FolderDropSource(QString root);

    Result<QByteArray> fetch(const QString& relativePath, qint64 maxBytes) override;
    Result<qint64> download(const QString& relativePath, const QString& localPath, qint64 expectedSize,
                            const Progress& progress, const std::atomic_bool* cancel) override;
    Status stream(const QString& relativePath, qint64 maxBytes, const std::function<Status(const QByteArray&)>& sink,
                  const std::atomic_bool* cancel) override;
    QString describe() const override;

private:
    Result<QString> resolve(const QString& relativePath) const;
    QString m_root;
};

} // namespace lpdesk
