#include "common/MediaWords.h"

#include "cases/MediaLibrary.h"
#include "common/Time.h"

#include <QJsonArray>
#include <QSet>
#include <QTimeZone>

namespace lpdesk {

bool MediaWords::isRedacted(const MediaRow& m)
{
    return m.operation == QLatin1String("redact");
}

bool MediaWords::isStill(const MediaRow& m)
{
    return m.operation == QLatin1String("frame") || m.codec == QLatin1String("png");
}

QString MediaWords::title(const MediaRow& m)
{
    // A document (a README, a player program, the archive as received) is not a clip and has no camera.
    if (m.mediaType == QLatin1String("document"))
        return m.originalName.isEmpty() ? tr("Document") : tr("Document %1").arg(m.originalName);
    if (m.kind == QLatin1String("original"))
        return tr("Original clip, camera %1").arg(m.camera);
    if (isStill(m))
        return tr("Still, camera %1").arg(m.camera);
    if (isRedacted(m))
        return tr("Redacted copy, camera %1").arg(m.camera);
    if (m.operation == QLatin1String("trim"))
        return tr("Trimmed copy, camera %1").arg(m.camera);
    return tr("Copy (%1), camera %2").arg(m.operation, m.camera);
}

namespace {
QString byWhom(const MediaRow& m)
{
    const QDateTime t = parseRfc3339(m.createdAt);
    const QString when = t.isValid() ? formatInZone(t, QTimeZone::systemTimeZone()) : m.createdAt;
    return m.createdBy.isEmpty() ? QString() : MediaWords::tr(" by %1 at %2").arg(m.createdBy, when);
}
} // namespace

QString MediaWords::lineage(CaseDatabase& db, const MediaRow& m)
{
    if (m.mediaType == QLatin1String("document"))
        return tr("A document, kept bit for bit as it was received (%1).").arg(m.originalName);
    if (m.kind == QLatin1String("original"))
        return tr("Original recording from camera %1, as received from the store.").arg(m.camera);
    const QJsonObject& p = m.operationParams;
    QString step;
    if (isStill(m)) {
        step = tr("Still of frame %1 (%2)")
                   .arg(p.value(QLatin1String("frame_index")).toInt())
                   .arg(formatClock(p.value(QLatin1String("frame_seconds")).toDouble()));
    } else if (m.operation == QLatin1String("trim")) {
        step = tr("Trimmed %1–%2 (%3)")
                   .arg(formatClock(p.value(QLatin1String("actual_from")).toDouble()),
                        formatClock(p.value(QLatin1String("actual_to")).toDouble()),
                        p.value(QLatin1String("mode")).toString());
    } else if (isRedacted(m)) {
        const QJsonArray regions = p.value(QLatin1String("plan")).toObject().value(QLatin1String("regions")).toArray();
        QStringList reasons;
        for (const QJsonValue& r : regions) {
            const QString reason
                = r.toObject().value(QLatin1String("reason")).toString().replace(QLatin1Char('_'), QLatin1Char(' '));
            if (!reasons.contains(reason))
                reasons << reason;
        }
        step = tr("Redacted (%n region(s): %1)", nullptr, static_cast<int>(regions.size()))
                   .arg(reasons.join(QStringLiteral(", ")));
    } else {
        step = tr("Made by %1").arg(m.operation);
    }
    QString from = tr("an item that is no longer in the library");
    if (auto parent = MediaLibrary(db).get(m.parentId)) {
        if (parent->kind == QLatin1String("original"))
            from = tr("the original clip from camera %1").arg(parent->camera);
        else if (isRedacted(*parent))
            from = tr("the redacted copy from camera %1").arg(parent->camera);
        else if (parent->operation == QLatin1String("trim"))
            from = tr("the trimmed copy from camera %1").arg(parent->camera);
        else
            from = tr("a copy (%1) from camera %2").arg(parent->operation, parent->camera);
    }
    return tr("%1 from %2%3.").arg(step, from, byWhom(m));
}

} // namespace lpdesk
