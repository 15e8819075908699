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

QString MediaWords::regionStyle(const QString& style)
{
    if (style == QLatin1String("blur"))
        return tr("blurred");
    if (style == QLatin1String("pixelate"))
        return tr("pixelated");
    if (style == QLatin1String("fill"))
        return tr("filled");
    return style;
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

// How a trim was cut, as the trim dialog offers it (the stored mode is an identifier: copy, smart, reencode).
QString trimMode(const QString& mode)
{
    if (mode == QLatin1String("copy"))
        return MediaWords::tr("lossless");
    if (mode == QLatin1String("smart"))
        return MediaWords::tr("smart (frame-accurate)");
    if (mode == QLatin1String("reencode"))
        return MediaWords::tr("re-encoded (frame-accurate)");
    return mode;
}

// "Blurred 2 regions, filled 1 region (bystander, card terminal)": the regions by style, then their reasons.
QString redactionStep(const QJsonArray& regions)
{
    QStringList reasons;
    int blurred = 0, pixelated = 0, filled = 0, other = 0;
    for (const QJsonValue& v : regions) {
        const QJsonObject r = v.toObject();
        const QString style = r.value(QLatin1String("style")).toString();
        ++(style == QLatin1String("blur")           ? blurred
               : style == QLatin1String("pixelate") ? pixelated
               : style == QLatin1String("fill")     ? filled
                                                    : other);
        const QString reason = r.value(QLatin1String("reason")).toString().replace(QLatin1Char('_'), QLatin1Char(' '));
        if (!reason.isEmpty() && !reasons.contains(reason))
            reasons << reason;
    }
    QStringList parts;
    if (blurred)
        parts << MediaWords::tr("blurred %n region(s)", nullptr, blurred);
    if (pixelated)
        parts << MediaWords::tr("pixelated %n region(s)", nullptr, pixelated);
    if (filled)
        parts << MediaWords::tr("filled %n region(s)", nullptr, filled);
    if (other)
        parts << MediaWords::tr("hid %n region(s)", nullptr, other);
    if (parts.isEmpty())
        return MediaWords::tr("Redacted (no region)");
    QString step = parts.join(QStringLiteral(", "));
    step[0] = step[0].toUpper();
    return reasons.isEmpty() ? step : MediaWords::tr("%1 (%2)").arg(step, reasons.join(QStringLiteral(", ")));
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
        step = tr("Trimmed %1–%2, %3")
                   .arg(formatClock(p.value(QLatin1String("actual_from")).toDouble()),
                        formatClock(p.value(QLatin1String("actual_to")).toDouble()),
                        trimMode(p.value(QLatin1String("mode")).toString()));
    } else if (isRedacted(m)) {
        step = redactionStep(p.value(QLatin1String("plan")).toObject().value(QLatin1String("regions")).toArray());
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
