// lpdesk-cli: redaction — render a plan, suggest regions from detection, track one box, the reasons a region may give.
#include "Cli.h"

#include "cases/CaseService.h"
#include "cases/MediaLibrary.h"
#include "db/CaseDatabase.h"
#include "detect/SuggestionService.h"
#include "redact/RedactionService.h"

#include <QFile>
#include <QSaveFile>

#include <QJsonArray>
#include <QJsonDocument>

namespace lpdesk {

namespace {

int cmdRedact(Cli& cli, const CommandArgs& a)
{
    if (a.value(QStringLiteral("plan")).isEmpty())
        return cli.usage(Cli::tr("redact needs --plan FILE.json"));
    RedactionMode mode = RedactionMode::Auto;
    if (a.has(QStringLiteral("mode"))
        && (!Redactor::parseMode(a.value(QStringLiteral("mode")), &mode) || mode == RedactionMode::Auto))
        return cli.usage(Cli::tr("--mode is smart or full"));
    QFile f(a.value(QStringLiteral("plan")));
    if (!f.open(QIODevice::ReadOnly))
        return cli.fail(failure(Cli::tr("Cannot read %1: %2").arg(f.fileName(), f.errorString())));
    if (f.size() > RedactionPlan::MaxJsonSize)
        return cli.fail(
            makeError(ErrorKind::Usage, Cli::tr("%1 is larger than a redaction plan may be.").arg(f.fileName())));
    const QByteArray json = f.readAll();
    LP_CLI_DB(cli, db);
    RedactionService service(db);
    auto plan = service.parse(json);
    if (!plan)
        return cli.fail(plan.error());
    QString caseId = a.value(QStringLiteral("case"));
    if (!caseId.isEmpty()) {
        auto id = Cli::caseIdOf(db, caseId);
        if (!id)
            return cli.fail(id.error());
        caseId = *id;
    }
    auto planId = service.save(a.positionals().first(), caseId, *plan);
    if (!planId)
        return cli.fail(planId.error());
    // The same check the editor's render dialog shows: a region that ends while the clip goes on leaks.
    if (auto endings = service.earlyEndings(a.positionals().first(), *plan); endings && !endings->isEmpty()) {
        for (const RegionEnding& e : *endings)
            cli.err(Cli::tr("warning: %1").arg(e.describe()));
        cli.err(Cli::tr("warning: add \"until_end\": true to a region that must stay to the end of the clip; "
                        "this warning is kept in the redaction log."));
    }
    int lastTenth = -1;
    auto done = service.render(
        *planId,
        [&](int d, int t) {
            const int tenth = t > 0 ? d * 10 / t : 0;
            if (tenth != lastTenth) {
                cli.progress(Cli::tr("rendering… %1%").arg(tenth * 10));
                lastTenth = tenth;
            }
        },
        nullptr, false, {}, mode);
    if (!done)
        return cli.fail(done.error());
    if (cli.json()) {
        QJsonObject o = done->details;
        o.insert(QLatin1String("id"), done->mediaId);
        o.insert(QLatin1String("sha256"), done->sha256);
        cli.printJson(o);
    } else {
        for (const QJsonValue& v : done->details.value(QLatin1String("redaction_log")).toArray()) {
            const QJsonObject e = v.toObject();
            cli.progress(Cli::tr("  region %1 (%2, %3): %4–%5 s, %6 frames")
                             .arg(e.value(QLatin1String("region")).toString(),
                                  e.value(QLatin1String("style")).toString(),
                                  e.value(QLatin1String("reason")).toString())
                             .arg(e.value(QLatin1String("from")).toDouble(), 0, 'f', 2)
                             .arg(e.value(QLatin1String("to")).toDouble(), 0, 'f', 2)
                             .arg(e.value(QLatin1String("frames")).toInt()));
        }
        cli.progress(
            done->details.value(QLatin1String("render")).toObject().value(QLatin1String("summary")).toString());
        cli.out(done->mediaId);
    }
    return ExitOk;
}

// Options shared by `redact suggest` and `redact track`.
bool detectionOptions(Cli& cli, const CommandArgs& a, detect::Options* o, SuggestionStyle* style)
{
    bool ok = true;
    const auto number = [&](const char* flag, double fallback) {
        if (!a.has(QLatin1String(flag)))
            return fallback;
        bool good = false;
        const double v = a.value(QLatin1String(flag)).toDouble(&good);
        ok = ok && good;
        return v;
    };
    o->minConfidence = number("min-confidence", o->minConfidence);
    o->minPlateConfidence = number("min-plate-confidence", o->minPlateConfidence);
    o->detectEvery = static_cast<int>(number("every", o->detectEvery));
    o->holdFrames = static_cast<int>(number("hold", o->holdFrames));
    o->rescanEvery = static_cast<int>(number("rescan", o->rescanEvery));
    o->tileEvery = static_cast<int>(number("tile-every", o->tileEvery));
    o->padding = number("padding", o->padding);
    o->haarFaces = o->haarBodies = a.has(QStringLiteral("haar"));
    if (!ok) {
        cli.usage(Cli::tr("--min-confidence, --min-plate-confidence, --every, --hold, --rescan, --tile-every and "
                          "--padding take numbers"));
        return false;
    }
    style->reason = a.value(QStringLiteral("reason"), style->reason);
    style->reasonText = a.value(QStringLiteral("reason-text"));
    if (a.has(QStringLiteral("style"))
        && !RedactionRegion::parseStyle(a.value(QStringLiteral("style")), &style->style)) {
        cli.usage(Cli::tr("--style is blur, pixelate or fill"));
        return false;
    }
    return true;
}

int writeSuggestion(Cli& cli, const Suggestion& s, const QString& out)
{
    QSaveFile f(out);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(s.plan.toJson()).toJson(QJsonDocument::Indented)) < 0
        || !f.commit())
        return cli.fail(failure(Cli::tr("Cannot write %1: %2").arg(out, f.errorString())));
    if (cli.json()) {
        QJsonObject o = s.summary;
        o.insert(QLatin1String("id"), out);
        o.insert(QLatin1String("plan"), out);
        cli.printJson(o);
    } else {
        for (const RedactionRegion& r : s.plan.regions)
            cli.out(Cli::tr("%1: %2, %3–%4 s, %5 keyframes")
                        .arg(r.id, r.label)
                        .arg(r.start(), 0, 'f', 2)
                        .arg(r.end(), 0, 'f', 2)
                        .arg(r.keyframes.size()));
        cli.progress(Cli::tr("%n suggested region(s) written to %1; review them, then render with "
                             "'lpdesk-cli redact MEDIA --plan %1'.",
                             nullptr, static_cast<int>(s.plan.regions.size()))
                         .arg(out));
    }
    return ExitOk;
}

int cmdRedactSuggest(Cli& cli, const CommandArgs& a)
{
    if (a.value(QStringLiteral("out")).isEmpty())
        return cli.usage(Cli::tr("redact suggest needs --out PLAN.json"));
    detect::Options options;
    options.kinds.clear();
    for (const QString& k :
         a.value(QStringLiteral("detect"), QStringLiteral("faces")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        detect::Kind kind;
        if (!detect::parseKind(k, &kind))
            return cli.usage(Cli::tr("--detect takes faces, people and plates (comma-separated), not '%1'").arg(k));
        options.kinds << kind;
    }
    SuggestionStyle style;
    if (!detectionOptions(cli, a, &options, &style))
        return ExitUsage;
    LP_CLI_DB(cli, db);
    QString caseId = a.value(QStringLiteral("case"));
    if (!caseId.isEmpty()) {
        auto id = Cli::caseIdOf(db, caseId);
        if (!id)
            return cli.fail(id.error());
        caseId = *id;
    }
    int lastTenth = -1;
    auto s = SuggestionService(db).suggest(a.positionals().first(), caseId, options, style, [&](int d, int t) {
        const int tenth = t > 0 ? d * 10 / t : 0;
        if (tenth != lastTenth) {
            cli.progress(Cli::tr("detecting… %1%").arg(tenth * 10));
            lastTenth = tenth;
        }
    });
    if (!s)
        return cli.fail(s.error());
    return writeSuggestion(cli, *s, a.value(QStringLiteral("out")));
}

int cmdRedactTrack(Cli& cli, const CommandArgs& a)
{
    const QStringList box = a.value(QStringLiteral("box")).split(QLatin1Char(','));
    QList<double> v;
    for (const QString& part : box) {
        bool ok = false;
        v << part.trimmed().toDouble(&ok);
        if (!ok)
            v.clear();
    }
    if (v.size() != 5 || v[3] <= 0 || v[4] <= 0)
        return cli.usage(Cli::tr("--box takes SECONDS,X,Y,WIDTH,HEIGHT (pixels of the frame shown at SECONDS)"));
    if (a.value(QStringLiteral("out")).isEmpty())
        return cli.usage(Cli::tr("redact track needs --out PLAN.json"));
    detect::Options options;
    options.holdFrames = 0;
    options.padding = 0;
    SuggestionStyle style;
    if (!detectionOptions(cli, a, &options, &style))
        return ExitUsage;
    LP_CLI_DB(cli, db);
    QString caseId = a.value(QStringLiteral("case"));
    if (!caseId.isEmpty()) {
        auto id = Cli::caseIdOf(db, caseId);
        if (!id)
            return cli.fail(id.error());
        caseId = *id;
    }
    auto s = SuggestionService(db).follow(a.positionals().first(), caseId, v[0], QRectF(v[1], v[2], v[3], v[4]),
                                          options, style);
    if (!s)
        return cli.fail(s.error());
    return writeSuggestion(cli, *s, a.value(QStringLiteral("out")));
}

int cmdRedactionReasons(Cli& cli, const CommandArgs& a)
{
    LP_CLI_DB(cli, db);
    RedactionService service(db);
    if (a.has(QStringLiteral("set")))
        if (auto done = service.setReasons(a.value(QStringLiteral("set")).split(QLatin1Char(','), Qt::SkipEmptyParts));
            !done)
            return cli.fail(done.error());
    if (cli.json()) {
        QJsonArray arr;
        for (const QString& r : service.reasons())
            arr.append(QJsonObject {{QLatin1String("id"), r}});
        cli.printJson(arr);
    } else {
        cli.out(service.reasons().join(QLatin1Char('\n')));
    }
    return ExitOk;
}

} // namespace

void registerRedactCommands(QList<Command>& c)
{
    c << Command {
        QStringLiteral("redact"), QStringLiteral("MEDIA --plan FILE.json [--case CASE] [--mode smart|full]"),
        Cli::tr("render a redaction plan (regions with keyframes, blur/pixelate/fill, audio mutes) "
                "to a derivative, re-encoding only the GOPs that hold a region when it can (smart) or every frame "
                "as H.264 (full); prints its id"),
        cmdRedact};
    c << Command {
        QStringLiteral("redact suggest"),
        QStringLiteral(
            "MEDIA --out PLAN.json [--detect faces,people,plates] [--case CASE] "
            "[--min-confidence X] [--min-plate-confidence X] [--every N] [--hold N] [--rescan N] [--tile-every N] "
            "[--padding X] [--reason R [--reason-text T]] [--style S] [--haar]"),
        Cli::tr("find faces, people or plates, track them and write a plan of suggested "
                "regions to review"),
        cmdRedactSuggest};
    c << Command {QStringLiteral("redact track"),
                  QStringLiteral("MEDIA --box SECONDS,X,Y,W,H --out PLAN.json [--case CASE] [--padding X] "
                                 "[--reason R [--reason-text T]] [--style S]"),
                  Cli::tr("follow one box (pixels) forwards and backwards through the clip into a "
                          "plan region"),
                  cmdRedactTrack};
    c << Command {QStringLiteral("redaction reasons"), QStringLiteral("[--set A,B,...]"),
                  Cli::tr("the reasons a redaction may give (admin: --set replaces the list; 'other' always stays)"),
                  cmdRedactionReasons};
}

} // namespace lpdesk
