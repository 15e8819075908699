#include "cases/DerivativeMaker.h"

#include "auth/Permissions.h"
#include "cases/CaseService.h"
#include "cases/MediaLibrary.h"
#include "common/Runtime.h"
#include "crypto/Lpenc.h"
#include "crypto/Random.h"
#include "crypto/Sha256.h"
#include "custody/CustodyLog.h"
#include "custody/CustodyRecorder.h"
#include "db/CaseDatabase.h"
#include "media/VideoDecoder.h"

#include <QBuffer>
#include <QFile>
#include <QImageWriter>
#include <QSaveFile>

#include <openssl/crypto.h>

namespace lpdesk {

DerivativeMaker::DerivativeMaker(CaseDatabase& db) : m_db(db)
{ }

QString DerivativeMaker::toolDescription()
{
    return QStringLiteral("LP Desk %1; %2").arg(Runtime::version(), Runtime::ffmpegVersion());
}

Result<QString> DerivativeMaker::resolveCase(const QString& mediaId, const QString& caseId)
{
    MediaLibrary library(m_db);
    const QStringList cases = library.casesOf(mediaId);
    if (!caseId.isEmpty()) {
        if (!cases.contains(caseId))
            return makeError(ErrorKind::Usage, tr("Media %1 is not part of case %2.").arg(mediaId, caseId));
        return caseId;
    }
    if (cases.size() > 1) {
        // In words for the GUI (a player opened outside a case); lpdesk-cli checks first and names its option.
        QStringList references;
        for (const QString& id : cases)
            if (auto c = CaseService(m_db).show(id))
                references << c->reference;
        return makeError(ErrorKind::Usage,
                         tr("This clip is evidence of several cases (%1); open it from the case the new item is for.")
                             .arg(references.join(QStringLiteral(", "))));
    }
    return cases.isEmpty() ? QString() : cases.first();
}

Result<DerivativeOutcome> DerivativeMaker::store(const QString& parentId, const QString& caseId,
                                                 const QString& operation, const QString& custodyAction,
                                                 const QByteArray& bytes, QJsonObject parameters, bool probe)
{
    MediaLibrary library(m_db);
    auto key = library.key();
    if (!key)
        return key.error();
    const QString id = randomUuid();
    const QString file = id + QStringLiteral(".lpenc");
    const QString path = m_db.mediaDirectory() + QLatin1Char('/') + file;
    auto writer = LpencWriter::create(path, key->publicKey);
    if (!writer)
        return writer.error();
    LP_TRY((*writer)->write(bytes));
    auto written = (*writer)->finish();
    if (!written)
        return written.error();
    NewDerivative d;
    d.parentId = parentId;
    d.caseId = caseId;
    d.operation = operation;
    d.custodyAction = custodyAction;
    d.parameters = parameters;
    d.file = file;
    d.sha256 = written->sha256;
    d.plaintextSize = static_cast<qint64>(written->plaintextLength);
    d.fileSize = static_cast<qint64>(written->fileSize);
    d.tool = toolDescription();
    if (probe) {
        auto info = MediaProbe::probe(path, *key);
        if (!info) {
            QFile::remove(path);
            return info.error();
        }
        d.info = *info;
    }
    auto registered = library.registerDerivative(d);
    if (!registered) {
        QFile::remove(path);
        return registered.error();
    }
    return DerivativeOutcome {*registered, written->sha256, parameters};
}

Result<DerivativeOutcome> DerivativeMaker::trim(const QString& mediaId, const TrimRequest& request,
                                                const QString& caseId, const Progress& progress,
                                                const std::atomic_bool* cancel)
{
    LP_TRY(Permissions::require(m_db.session(), Action::WorkOnEvidence));
    MediaLibrary library(m_db);
    auto media = library.get(mediaId);
    if (!media)
        return media.error();
    if (media->codec == QLatin1String("png"))
        return makeError(ErrorKind::Usage, tr("%1 is a still, not a clip.").arg(mediaId));
    auto chosenCase = resolveCase(mediaId, caseId);
    if (!chosenCase)
        return chosenCase.error();
    auto key = library.key();
    if (!key)
        return key.error();
    CaseDatabase::testHoldPoint("DerivativeMaker::trim"); // tests hold a trim here, before it cuts
    auto result = Trimmer::trim(library.pathOf(*media), *key, request, progress, cancel);
    if (!result)
        return result.error();
    QJsonObject params = result->toJson();
    params.insert(QLatin1String("requested_from"), request.from);
    params.insert(QLatin1String("requested_to"), request.to);
    params.insert(QLatin1String("requested_mode"), TrimRequest::modeName(request.mode));
    auto stored
        = store(mediaId, *chosenCase, QStringLiteral("trim"), QStringLiteral("trimmed"), result->mp4, params, true);
    if (result->mp4.isDetached())
        OPENSSL_cleanse(result->mp4.data(), static_cast<std::size_t>(result->mp4.size()));
    return stored;
}

Result<DerivativeOutcome> DerivativeMaker::frame(const QString& mediaId, double seconds, const QString& caseId,
                                                 const QString& outPng)
{
    LP_TRY(Permissions::require(m_db.session(), Action::WorkOnEvidence));
    MediaLibrary library(m_db);
    auto media = library.get(mediaId);
    if (!media)
        return media.error();
    auto chosenCase = resolveCase(mediaId, caseId);
    if (!chosenCase)
        return chosenCase.error();
    auto key = library.key();
    if (!key)
        return key.error();
    auto decoder = VideoDecoder::open(library.pathOf(*media), *key);
    if (!decoder)
        return decoder.error();
    if (seconds < 0 || seconds >= (*decoder)->duration())
        return makeError(ErrorKind::Usage,
                         tr("%1 s is outside the clip (0–%2 s).").arg(seconds).arg((*decoder)->duration(), 0, 'f', 3));
    const int index = (*decoder)->frameIndexAt(seconds);
    auto image = (*decoder)->frameAt(index);
    if (!image)
        return image.error();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    writer.setText(QStringLiteral("Source"), QStringLiteral("LP Desk still of %1, frame %2").arg(mediaId).arg(index));
    if (!writer.write(*image))
        return failure(tr("Cannot encode the still: %1").arg(writer.errorString()));
    const QDateTime when = library.trueTime(*media, (*decoder)->frames()[index].seconds);
    QJsonObject params {{QLatin1String("at"), seconds},
                        {QLatin1String("frame_index"), index},
                        {QLatin1String("frame_seconds"), (*decoder)->frames()[index].seconds},
                        {QLatin1String("true_time_utc"),
                         when.isValid() ? QJsonValue(when.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue()},
                        {QLatin1String("width"), image->width()},
                        {QLatin1String("height"), image->height()}};
    auto stored
        = store(mediaId, *chosenCase, QStringLiteral("frame"), QStringLiteral("still_made"), png, params, false);
    if (!stored)
        return stored;
    if (!outPng.isEmpty()) {
        QSaveFile out(outPng);
        if (!out.open(QIODevice::WriteOnly) || out.write(png) != png.size() || !out.commit())
            return failure(tr("The still was recorded, but %1 cannot be written: %2").arg(outPng, out.errorString()));
        QSqlDatabase db = m_db.connection();
        Transaction tx(db);
        const QJsonObject details {{QLatin1String("media_id"), stored->mediaId},
                                   {QLatin1String("sha256"), stored->sha256},
                                   {QLatin1String("to"), outPng}};
        LP_TRY(m_db.auditIn(db, QStringLiteral("still_exported"), details));
        // A still of media in no case goes on the chain of its (first) incident.
        auto incidentChain = [&] {
            const QStringList incidents = library.incidentsOf(mediaId);
            return CustodyLog::incidentChain(incidents.isEmpty() ? QString() : incidents.first());
        };
        const QString chain = chosenCase->isEmpty() ? incidentChain() : CustodyLog::caseChain(*chosenCase);
        auto ev = CustodyRecorder(m_db).record(db, chain, QStringLiteral("still_exported"), details);
        if (!ev)
            return ev.error();
        LP_TRY(tx.commit());
    }
    return stored;
}

} // namespace lpdesk
