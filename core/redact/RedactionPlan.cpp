#include "redact/RedactionPlan.h"

#include "common/CanonicalJson.h"
#include "common/JsonCheck.h"
#include "common/Time.h"
#include "crypto/Sha256.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace lpdesk {

bool RedactionRegion::activeAt(double t) const
{
    return !keyframes.isEmpty() && t >= start() - 1e-9 && (holdToEnd || t <= end() + 1e-9);
}

QString RegionEnding::describe() const
{
    const QString name = label.isEmpty() ? regionId : QStringLiteral("%1 (%2)").arg(regionId, label);
    const QString frames = firstFrame == lastFrame ? RedactionPlan::tr("frame %1").arg(firstFrame)
                                                   : RedactionPlan::tr("frames %1–%2").arg(firstFrame).arg(lastFrame);
    return RedactionPlan::tr("Region %1 ends at frame %2 while the clip goes on: %3 (%4–%5) are not covered.")
        .arg(name)
        .arg(firstFrame - 1)
        .arg(frames, formatClock(from), formatClock(to));
}

QJsonObject RegionOrigin::toJson() const
{
    QJsonObject o {{QLatin1String("source"), source}};
    if (!kind.isEmpty())
        o.insert(QLatin1String("kind"), kind);
    if (!model.isEmpty())
        o.insert(QLatin1String("model"), model);
    if (!modelSha256.isEmpty())
        o.insert(QLatin1String("model_sha256"), modelSha256);
    if (confidence >= 0)
        o.insert(QLatin1String("confidence"), confidence);
    if (!acceptedBy.isEmpty())
        o.insert(QLatin1String("accepted_by"), acceptedBy);
    if (!acceptedAt.isEmpty())
        o.insert(QLatin1String("accepted_at"), acceptedAt);
    return o;
}

QString RegionOrigin::describe() const
{
    QString what;
    if (source == QLatin1String("detection"))
        what = RedactionPlan::tr("detection (%1, %2, SHA-256 %3, confidence %4)")
                   .arg(kind, model, modelSha256.left(16))
                   .arg(confidence, 0, 'f', 2);
    else if (source == QLatin1String("person"))
        what = kind == QLatin1String("region") ? RedactionPlan::tr("drawn by a person, followed by the tracker")
                                               : RedactionPlan::tr("drawn by a person");
    else
        return RedactionPlan::tr("origin not recorded");
    if (acceptedBy.isEmpty())
        return RedactionPlan::tr("%1, not accepted by anyone").arg(what);
    return RedactionPlan::tr("%1, accepted by %2 at %3").arg(what, acceptedBy, acceptedAt);
}

QRectF RedactionRegion::boxAt(double t) const
{
    if (!activeAt(t))
        return {};
    if (keyframes.size() == 1)
        return keyframes.first().rect();
    for (qsizetype i = 1; i < keyframes.size(); ++i) {
        const RedactionKeyframe& a = keyframes[i - 1];
        const RedactionKeyframe& b = keyframes[i];
        if (t <= b.t + 1e-9) {
            const double span = b.t - a.t;
            const double u = span <= 0 ? 1.0 : std::clamp((t - a.t) / span, 0.0, 1.0);
            return QRectF(a.x + (b.x - a.x) * u, a.y + (b.y - a.y) * u, a.w + (b.w - a.w) * u, a.h + (b.h - a.h) * u);
        }
    }
    return keyframes.last().rect();
}

QString RedactionRegion::styleName(Style style)
{
    switch (style) {
    case Style::Blur:
        return QStringLiteral("blur");
    case Style::Pixelate:
        return QStringLiteral("pixelate");
    case Style::Fill:
        return QStringLiteral("fill");
    }
    return {};
}

bool RedactionRegion::parseStyle(const QString& text, Style* style)
{
    for (Style s : {Style::Blur, Style::Pixelate, Style::Fill})
        if (styleName(s) == text) {
            *style = s;
            return true;
        }
    return false;
}

QStringList RedactionPlan::defaultReasons()
{
    return {QStringLiteral("bystander"),    QStringLiteral("minor"),           QStringLiteral("staff_not_involved"),
            QStringLiteral("payment_data"), QStringLiteral("screen_contents"), QStringLiteral("other")};
}

namespace {

// A redaction plan, step by step: each step reads one part into the plan and reports to c; a step after a failed one
// reads nothing (every JsonCheck call is a no-op once c has failed), so the first problem is the one reported.
void readRegionFields(JsonCheck& c, const QJsonObject& r, const QString& path, const QStringList& reasons,
                      QSet<QString>& ids, RedactionRegion& region)
{
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9_-]{1,40}\\z"));
    region.id = c.string(r, QStringLiteral("id"), path, &idPattern, 40);
    if (c.ok() && ids.contains(region.id))
        c.fail(path + QStringLiteral(".id"), RedactionPlan::tr("repeats region id %1").arg(region.id));
    ids.insert(region.id);
    const QString style = c.string(r, QStringLiteral("style"), path, nullptr, 20);
    if (c.ok() && !RedactionRegion::parseStyle(style, &region.style))
        c.fail(path + QStringLiteral(".style"),
               RedactionPlan::tr("must be blur, pixelate or fill (got \"%1\")").arg(style.left(20)));
    region.reason = c.string(r, QStringLiteral("reason"), path, nullptr, 40);
    if (c.ok() && !reasons.contains(region.reason))
        c.fail(path + QStringLiteral(".reason"),
               RedactionPlan::tr("must be one of: %1").arg(reasons.join(QStringLiteral(", "))));
    region.reasonText = c.string(r, QStringLiteral("reason_text"), path, nullptr, 500, false);
    if (c.ok() && region.reason == QLatin1String("other") && region.reasonText.trimmed().isEmpty())
        c.fail(path + QStringLiteral(".reason_text"), RedactionPlan::tr("is required when the reason is \"other\""));
    region.label = c.string(r, QStringLiteral("label"), path, nullptr, 200, false);
    if (r.contains(QLatin1String("until_end"))) {
        if (!r.value(QLatin1String("until_end")).isBool())
            c.fail(path + QStringLiteral(".until_end"), RedactionPlan::tr("must be true or false"));
        region.holdToEnd = r.value(QLatin1String("until_end")).toBool();
    }
}

// Who drew the region (a person, or a detection someone accepted); optional.
void readRegionOrigin(JsonCheck& c, const QJsonObject& r, const QString& path, RegionOrigin& origin)
{
    if (!r.contains(QLatin1String("origin")) || !c.ok())
        return;
    const QString opath = path + QStringLiteral(".origin");
    const QJsonObject o = r.value(QLatin1String("origin")).toObject();
    if (!r.value(QLatin1String("origin")).isObject())
        c.fail(opath, RedactionPlan::tr("must be an object"));
    c.keys(o, opath, {QStringLiteral("source")},
           {QStringLiteral("kind"), QStringLiteral("model"), QStringLiteral("model_sha256"),
            QStringLiteral("confidence"), QStringLiteral("accepted_by"), QStringLiteral("accepted_at")});
    origin.source = c.string(o, QStringLiteral("source"), opath, nullptr, 20);
    if (c.ok() && origin.source != QLatin1String("person") && origin.source != QLatin1String("detection"))
        c.fail(opath + QStringLiteral(".source"), RedactionPlan::tr("must be person or detection"));
    origin.kind = c.string(o, QStringLiteral("kind"), opath, nullptr, 20, false);
    origin.model = c.string(o, QStringLiteral("model"), opath, nullptr, 200, false);
    origin.modelSha256 = c.string(o, QStringLiteral("model_sha256"), opath, nullptr, 64, false);
    if (o.contains(QLatin1String("confidence")))
        origin.confidence = c.number(o, QStringLiteral("confidence"), opath, 0, 1);
    origin.acceptedBy = c.string(o, QStringLiteral("accepted_by"), opath, nullptr, 200, false);
    origin.acceptedAt = c.string(o, QStringLiteral("accepted_at"), opath, nullptr, 40, false);
}

// At least one keyframe, each a box inside the frame, sorted by time.
void readRegionKeyframes(JsonCheck& c, const QJsonObject& r, const QString& path, RedactionRegion& region)
{
    const QJsonArray kfs = c.array(r, QStringLiteral("keyframes"), path, RedactionPlan::MaxKeyframes);
    if (c.ok() && kfs.isEmpty())
        c.fail(path + QStringLiteral(".keyframes"), RedactionPlan::tr("needs at least one keyframe"));
    for (qsizetype k = 0; k < kfs.size() && c.ok(); ++k) {
        const QJsonObject kf = kfs[k].toObject();
        const QString kpath = QStringLiteral("%1.keyframes[%2]").arg(path).arg(k);
        c.keys(
            kf, kpath,
            {QStringLiteral("t"), QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("w"), QStringLiteral("h")},
            {});
        RedactionKeyframe f;
        f.t = c.number(kf, QStringLiteral("t"), kpath, 0, 1e7);
        f.x = c.number(kf, QStringLiteral("x"), kpath, 0, 1);
        f.y = c.number(kf, QStringLiteral("y"), kpath, 0, 1);
        f.w = c.number(kf, QStringLiteral("w"), kpath, 0, 1);
        f.h = c.number(kf, QStringLiteral("h"), kpath, 0, 1);
        if (c.ok() && (f.w <= 0 || f.h <= 0))
            c.fail(kpath, RedactionPlan::tr("has an empty or negative size"));
        if (c.ok() && (f.x + f.w > 1.0 + 1e-9 || f.y + f.h > 1.0 + 1e-9))
            c.fail(kpath, RedactionPlan::tr("reaches outside the frame"));
        if (c.ok() && !region.keyframes.isEmpty() && f.t <= region.keyframes.last().t)
            c.fail(kpath + QStringLiteral(".t"),
                   RedactionPlan::tr("is not after the previous keyframe (keyframes must be sorted by time)"));
        region.keyframes << f;
    }
}

void readRegions(JsonCheck& c, const QJsonObject& o, const QStringList& reasons, RedactionPlan& plan)
{
    const QJsonArray regions = c.array(o, QStringLiteral("regions"), {}, RedactionPlan::MaxRegions);
    QSet<QString> ids;
    for (qsizetype i = 0; i < regions.size() && c.ok(); ++i) {
        const QJsonObject r = regions[i].toObject();
        const QString path = QStringLiteral("regions[%1]").arg(i);
        if (!regions[i].isObject()) {
            c.fail(path, RedactionPlan::tr("must be an object"));
            break;
        }
        c.keys(r, path,
               {QStringLiteral("id"), QStringLiteral("style"), QStringLiteral("reason"), QStringLiteral("keyframes")},
               {QStringLiteral("reason_text"), QStringLiteral("label"), QStringLiteral("until_end"),
                QStringLiteral("origin")});
        RedactionRegion region;
        readRegionFields(c, r, path, reasons, ids, region);
        readRegionOrigin(c, r, path, region.origin);
        readRegionKeyframes(c, r, path, region);
        plan.regions << region;
    }
}

void readAudioMutes(JsonCheck& c, const QJsonObject& o, RedactionPlan& plan)
{
    const QJsonArray mutes = c.array(o, QStringLiteral("audio_mutes"), {}, RedactionPlan::MaxMutes, false);
    for (qsizetype i = 0; i < mutes.size() && c.ok(); ++i) {
        const QJsonObject m = mutes[i].toObject();
        const QString path = QStringLiteral("audio_mutes[%1]").arg(i);
        c.keys(m, path, {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("reason")}, {});
        AudioMute mute {c.number(m, QStringLiteral("from"), path, 0, 1e7),
                        c.number(m, QStringLiteral("to"), path, 0, 1e7),
                        c.string(m, QStringLiteral("reason"), path, nullptr, 500)};
        if (c.ok() && mute.to <= mute.from)
            c.fail(path, RedactionPlan::tr("ends before it starts"));
        if (c.ok() && mute.reason.trimmed().isEmpty())
            c.fail(path + QStringLiteral(".reason"), RedactionPlan::tr("is empty"));
        plan.mutes << mute;
    }
}

} // namespace

Result<RedactionPlan> RedactionPlan::parse(const QByteArray& json, const QStringList& configuredReasons)
{
    auto bad
        = [](const QString& why) { return makeError(ErrorKind::Usage, tr("Invalid redaction plan: %1").arg(why)); };
    if (json.size() > MaxJsonSize)
        return bad(tr("larger than %1 bytes").arg(MaxJsonSize));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return bad(tr("not a JSON object (%1)").arg(pe.errorString()));
    const QJsonObject o = doc.object();
    const QStringList reasons = configuredReasons.isEmpty() ? defaultReasons() : configuredReasons;
    JsonCheck c(tr("redaction plan"));
    c.keys(o, {}, {QStringLiteral("version"), QStringLiteral("regions")}, {QStringLiteral("audio_mutes")});
    if (c.ok() && o.value(QLatin1String("version")).toInt(-1) != 1)
        return bad(tr("version %1 is not supported (this LP Desk reads version 1)")
                       .arg(o.value(QLatin1String("version")).toVariant().toString()));
    RedactionPlan plan;
    readRegions(c, o, reasons, plan);
    readAudioMutes(c, o, plan);
    if (!c.ok())
        return bad(c.error());
    return plan;
}

QJsonObject RedactionPlan::toJson() const
{
    QJsonArray regionArray;
    for (const RedactionRegion& r : regions) {
        QJsonArray kfs;
        for (const RedactionKeyframe& k : r.keyframes)
            kfs.append(QJsonObject {{QLatin1String("t"), k.t},
                                    {QLatin1String("x"), k.x},
                                    {QLatin1String("y"), k.y},
                                    {QLatin1String("w"), k.w},
                                    {QLatin1String("h"), k.h}});
        QJsonObject ro {{QLatin1String("id"), r.id},
                        {QLatin1String("style"), RedactionRegion::styleName(r.style)},
                        {QLatin1String("reason"), r.reason},
                        {QLatin1String("keyframes"), kfs}};
        if (!r.reasonText.isEmpty())
            ro.insert(QLatin1String("reason_text"), r.reasonText);
        if (!r.label.isEmpty())
            ro.insert(QLatin1String("label"), r.label);
        if (r.holdToEnd)
            ro.insert(QLatin1String("until_end"), true);
        if (!r.origin.isEmpty())
            ro.insert(QLatin1String("origin"), r.origin.toJson());
        regionArray.append(ro);
    }
    QJsonArray muteArray;
    for (const AudioMute& m : mutes)
        muteArray.append(QJsonObject {
            {QLatin1String("from"), m.from}, {QLatin1String("to"), m.to}, {QLatin1String("reason"), m.reason}});
    QJsonObject o {{QLatin1String("version"), 1}, {QLatin1String("regions"), regionArray}};
    if (!muteArray.isEmpty())
        o.insert(QLatin1String("audio_mutes"), muteArray);
    return o;
}

QByteArray RedactionPlan::canonical() const
{
    return canonicalJson(toJson());
}

QString RedactionPlan::sha256() const
{
    return Sha256::hashHex(canonical());
}

Status RedactionPlan::checkAgainst(double duration) const
{
    for (const RedactionRegion& r : regions)
        if (r.start() > duration + 1e-6)
            return makeError(ErrorKind::Usage,
                             tr("Region %1 starts at %2 s, after the end of the clip (%3 s).")
                                 .arg(r.id)
                                 .arg(r.start())
                                 .arg(duration, 0, 'f', 3));
    for (const AudioMute& m : mutes)
        if (m.from > duration + 1e-6)
            return makeError(ErrorKind::Usage,
                             tr("An audio mute starts at %1 s, after the end of the clip.").arg(m.from));
    return {};
}

QList<RegionEnding> RedactionPlan::earlyEndings(const QList<double>& frameSeconds) const
{
    QList<RegionEnding> out;
    for (const RedactionRegion& r : regions) {
        if (r.holdToEnd || r.keyframes.isEmpty())
            continue;
        qsizetype first = -1;
        for (qsizetype i = 0; i < frameSeconds.size(); ++i)
            if (frameSeconds[i] > r.end() + 1e-9) {
                first = i;
                break;
            }
        if (first < 0)
            continue;
        const qsizetype last = frameSeconds.size() - 1;
        out << RegionEnding {
            r.id, r.label, static_cast<int>(first), static_cast<int>(last), frameSeconds[first], frameSeconds[last]};
    }
    return out;
}

QString RedactionPlan::describe(const QList<RegionEnding>& endings)
{
    QStringList lines;
    for (const RegionEnding& e : endings)
        lines << e.describe();
    return lines.join(QLatin1Char('\n'));
}

} // namespace lpdesk
