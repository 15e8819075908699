#include "store/FolderDropSource.h"

#include "store/HttpsDropSource.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace lpdesk {

DropSource::~DropSource() = default;

bool DropSource::safeRelativePath(const QString& path)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*){0,3}\z)"));
    return path.size() <= 200 && re.match(path).hasMatch() && !path.contains(QLatin1String(".."));
}

Result<std::unique_ptr<DropSource>> DropSource::open(const StoreConnection& c)
{
    if (c.kind == QLatin1String("folder")) {
        if (!QFileInfo(c.location).isDir())
            return failure(tr("The store folder %1 does not exist or is not a folder (is the USB stick mounted?).")
                               .arg(c.location));
        return std::unique_ptr<DropSource>(new FolderDropSource(c.location));
    }
    if (c.kind == QLatin1String("https"))
        return HttpsDropSource::create(c);
    return failure(tr("Unknown store source kind %1.").arg(c.kind));
}

FolderDropSource::FolderDropSource(QString root) : m_root(QFileInfo(root).canonicalFilePath())
{ }

QString FolderDropSource::describe() const
{
    return QStringLiteral("folder:") + m_root;
}

Result<QString> FolderDropSource::resolve(const QString& relativePath) const
{
    if (!safeRelativePath(relativePath))
        return makeError(ErrorKind::Verification, tr("Refused the unsafe path %1.").arg(relativePath.left(100)));
    const QString path = m_root + QLatin1Char('/') + relativePath;
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorKind::NotFound, tr("%1 is missing from the store folder.").arg(relativePath));
    // A symbolic link (or a link further up) must not lead outside the drop.
    const QString canonical = info.canonicalFilePath();
    if (!canonical.startsWith(m_root + QLatin1Char('/')))
        return makeError(ErrorKind::Verification, tr("%1 points outside the store folder.").arg(relativePath));
    if (!info.isFile())
        return makeError(ErrorKind::Verification, tr("%1 is not a regular file.").arg(relativePath));
    return canonical;
}

Result<QByteArray> FolderDropSource::fetch(const QString& relativePath, qint64 maxBytes)
{
    auto path = resolve(relativePath);
    if (!path)
        return path.error();
    QFile f(*path);
    if (f.size() > maxBytes)
        return makeError(ErrorKind::Verification,
                         tr("%1 is %2 bytes, more than the %3 allowed.").arg(relativePath).arg(f.size()).arg(maxBytes));
    if (!f.open(QIODevice::ReadOnly))
        return failure(tr("Cannot read %1: %2").arg(relativePath, f.errorString()));
    QByteArray data = f.read(maxBytes + 1);
    if (data.size() > maxBytes)
        return makeError(ErrorKind::Verification, tr("%1 grew past the size allowed.").arg(relativePath));
    return data;
}

Result<qint64> FolderDropSource::download(const QString& relativePath, const QString& localPath, qint64 expectedSize,
                                          const Progress& progress, const std::atomic_bool* cancel)
{
    auto path = resolve(relativePath);
    if (!path)
        return path.error();
    QFile in(*path);
    if (in.size() != expectedSize)
        return makeError(
            ErrorKind::Verification,
            tr("%1 is %2 bytes but the incident says %3.").arg(relativePath).arg(in.size()).arg(expectedSize));
    if (!in.open(QIODevice::ReadOnly))
        return failure(tr("Cannot read %1: %2").arg(relativePath, in.errorString()));
    QFile out(localPath);
    if (!out.open(QIODevice::ReadWrite))
        return failure(tr("Cannot write %1: %2").arg(localPath, out.errorString()));
    qint64 have = out.size();
    if (have > expectedSize) {
        out.resize(0);
        have = 0;
    }
    out.seek(have);
    in.seek(have);
    qint64 transferred = 0;
    QByteArray buffer(4 * 1024 * 1024, Qt::Uninitialized);
    while (have < expectedSize) {
        if (cancel && cancel->load())
            return makeError(ErrorKind::Cancelled, tr("Cancelled."));
        const qint64 n = in.read(buffer.data(), std::min<qint64>(buffer.size(), expectedSize - have));
        if (n <= 0)
            return failure(tr("Reading %1 failed: %2").arg(relativePath, in.errorString()));
        if (out.write(buffer.constData(), n) != n)
            return failure(tr("Writing %1 failed: %2").arg(localPath, out.errorString()));
        have += n;
        transferred += n;
        if (progress)
            progress(have, expectedSize);
    }
    if (!out.flush())
        return failure(tr("Writing %1 failed: %2").arg(localPath, out.errorString()));
    return transferred;
}

Status FolderDropSource::stream(const QString& relativePath, qint64 maxBytes,
                                const std::function<Status(const QByteArray&)>& sink, const std::atomic_bool* cancel)
{
    auto path = resolve(relativePath);
    if (!path)
        return path.error();
    QFile in(*path);
    if (in.size() > maxBytes)
        return makeError(ErrorKind::Verification, tr("%1 is larger than allowed.").arg(relativePath));
    if (!in.open(QIODevice::ReadOnly))
        return failure(tr("Cannot read %1: %2").arg(relativePath, in.errorString()));
    qint64 total = 0;
    while (!in.atEnd()) {
        if (cancel && cancel->load())
            return makeError(ErrorKind::Cancelled, tr("Cancelled."));
        const QByteArray chunk = in.read(1024 * 1024);
        if (chunk.isEmpty() && in.error() != QFile::NoError)
            return failure(tr("Reading %1 failed: %2").arg(relativePath, in.errorString()));
        total += chunk.size();
        if (total > maxBytes)
            return makeError(ErrorKind::Verification, tr("%1 is larger than allowed.").arg(relativePath));
        LP_TRY(sink(chunk));
    }
    return {};
}

} // namespace lpdesk
