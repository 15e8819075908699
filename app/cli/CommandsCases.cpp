// lpdesk-cli: cases, media, trims, stills, clock offsets and the chains of custody.
#include "Cli.h"

#include "cases/CaseService.h"
#include "cases/DerivativeMaker.h"
#include "cases/MediaLibrary.h"
#include "common/Time.h"
#include "custody/ChainReader.h"
#include "custody/CustodyLog.h"
#include "db/CaseDatabase.h"

#include <QFile>
#include <QSaveFile>

#include <QJsonArray>
#include <QJsonDocument>

namespace lpdesk {

namespace {

int cmdCaseNew(Cli& cli, const CommandArgs& a)
{
    if (a.value(QStringLiteral("title")).isEmpty())
        return cli.usage(Cli::tr("case new needs --title T"));
    LP_CLI_DB(cli, db);
    auto id = CaseService(db).create(a.value(QStringLiteral("title")), a.values(QStringLiteral("incident")));
    if (!id)
        return cli.fail(id.error());
    cli.printCreated(*id);
    return ExitOk;
}

int cmdCaseList(Cli& cli, const CommandArgs&)
{
    LP_CLI_DB(cli, db);
    auto cases = CaseService(db).list();
    if (!cases)
        return cli.fail(cases.error());
    return cli.printRows(
        *cases, [](const CaseInfo& c) { return c.toJson(); },
        [&cli](const CaseInfo& c) {
            cli.out(QStringLiteral("%1  %2  %3  %4 incidents  %5")
                        .arg(c.reference, c.id, c.status.leftJustified(16))
                        .arg(c.incidentIds.size())
                        .arg(c.title));
        });
}

int cmdCaseShow(Cli& cli, const CommandArgs& a)
{
    LP_CLI_DB(cli, db);
    auto c = CaseService(db).show(a.positionals().first());
    if (!c)
        return cli.fail(c.error());
    auto media = MediaLibrary(db).forCase(c->id);
    if (cli.json()) {
        QJsonObject o = c->toJson();
        o.insert(QLatin1String("media"), static_cast<int>(media ? media->size() : 0));
        cli.printJson(o);
        return ExitOk;
    }
    cli.out(QStringLiteral("%1  %2").arg(c->reference, c->title));
    cli.out(Cli::tr("  id        %1").arg(c->id));
    cli.out(Cli::tr("  status    %1, assigned to %2")
                .arg(c->status, c->assignee.isEmpty() ? Cli::tr("nobody") : c->assignee));
    cli.out(Cli::tr("  created   %1 by %2").arg(c->createdAt, c->createdBy));
    if (!c->tags.isEmpty())
        cli.out(Cli::tr("  tags      %1").arg(c->tags.join(QStringLiteral(", "))));
    for (const QString& i : c->incidentIds)
        cli.out(Cli::tr("  incident  %1").arg(i));
    if (media)
        cli.out(Cli::tr("  media     %n item(s) (see 'media list')", nullptr, static_cast<int>(media->size())));
    for (const CaseNote& n : c->notes)
        cli.out(Cli::tr("  note      %1 (%2, %3)").arg(n.text, n.createdBy, n.createdAt));
    return ExitOk;
}

int cmdCaseIncident(Cli& cli, const CommandArgs& a, bool add)
{
    LP_CLI_DB(cli, db);
    auto id = Cli::caseIdOf(db, a.positionals()[0]);
    if (!id)
        return cli.fail(id.error());
    CaseService s(db);
    Status done = add ? s.addIncident(*id, a.positionals()[1]) : s.removeIncident(*id, a.positionals()[1]);
    return done ? ExitOk : cli.fail(done.error());
}

int cmdCaseSet(Cli& cli, const CommandArgs& a, const QString& what)
{
    LP_CLI_DB(cli, db);
    auto id = Cli::caseIdOf(db, a.positionals()[0]);
    if (!id)
        return cli.fail(id.error());
    CaseService s(db);
    const QString v = a.positionals()[1];
    Status done = what == QLatin1String("status") ? s.setStatus(*id, v)
        : what == QLatin1String("assign")         ? s.setAssignee(*id, v)
        : what == QLatin1String("tags")           ? s.setTags(*id, v.split(QLatin1Char(',')))
        : what == QLatin1String("note")           ? s.addNote(*id, v)
                                                  : s.setTitle(*id, v);
    return done ? ExitOk : cli.fail(done.error());
}

QJsonObject mediaJson(const MediaRow& m, const QString& caseId)
{
    return QJsonObject {
        {QLatin1String("id"), m.id},
        {QLatin1String("case_id"), caseId},
        {QLatin1String("kind"), m.kind},
        {QLatin1String("parent"), m.parentId.isEmpty() ? QJsonValue() : QJsonValue(m.parentId)},
        {QLatin1String("operation"), m.operation.isEmpty() ? QJsonValue() : QJsonValue(m.operation)},
        {QLatin1String("parameters"), m.operationParams},
        {QLatin1String("sha256"), m.sha256},
        {QLatin1String("size"), m.plaintextSize},
        {QLatin1String("duration"), m.codec == QLatin1String("png") ? QJsonValue() : QJsonValue(m.duration)},
        {QLatin1String("camera"), m.camera},
        {QLatin1String("recorded_start"), m.recordedStart.isEmpty() ? QJsonValue() : QJsonValue(m.recordedStart)},
        {QLatin1String("codec"), m.codec},
        {QLatin1String("width"), m.width},
        {QLatin1String("height"), m.height},
        {QLatin1String("created_at"), m.createdAt},
        {QLatin1String("created_by"), m.createdBy},
        {QLatin1String("media_type"), m.mediaType.isEmpty() ? QJsonValue() : QJsonValue(m.mediaType)},
        {QLatin1String("original_name"), m.originalName.isEmpty() ? QJsonValue() : QJsonValue(m.originalName)}};
}

int cmdMediaList(Cli& cli, const CommandArgs& a)
{
    LP_CLI_DB(cli, db);
    auto id = Cli::caseIdOf(db, a.positionals()[0]);
    if (!id)
        return cli.fail(id.error());
    auto media = MediaLibrary(db).forCase(*id);
    if (!media)
        return cli.fail(media.error());
    return cli.printRows(
        *media, [&id](const MediaRow& m) { return mediaJson(m, *id); },
        [&cli](const MediaRow& m) {
            QString line = QStringLiteral("%1  %2  %3  %4 s  sha256 %5")
                               .arg(m.id, m.kind.leftJustified(10), m.camera.leftJustified(12))
                               .arg(m.duration, 7, 'f', 2)
                               .arg(m.sha256);
            if (!m.parentId.isEmpty())
                line += Cli::tr("\n      %1 of %2 %3")
                            .arg(m.operation, m.parentId,
                                 QString::fromUtf8(QJsonDocument(m.operationParams).toJson(QJsonDocument::Compact))
                                     .left(200));
            cli.out(line);
        });
}

int cmdMediaAt(Cli& cli, const CommandArgs& a)
{
    const QDateTime when = parseRfc3339(a.positionals()[1]);
    if (!when.isValid())
        return cli.usage(Cli::tr("TIME is RFC 3339 with an offset, e.g. 2026-03-14T14:02:11-05:00"));
    LP_CLI_DB(cli, db);
    auto id = Cli::caseIdOf(db, a.positionals()[0]);
    if (!id)
        return cli.fail(id.error());
    MediaLibrary library(db);
    auto moments = library.at(*id, when);
    if (!moments)
        return cli.fail(moments.error());
    return cli.printRows(
        *moments, [](const ClipMoment& m) { return m.toJson(); },
        [&](const ClipMoment& m) {
            const QString what = m.media.operation.isEmpty() ? m.media.kind : m.media.operation;
            QString where;
            if (m.covered)
                where = Cli::tr("at %1 (%2 s)").arg(formatClock(m.seconds)).arg(m.seconds, 0, 'f', 3);
            else if (m.seconds < 0)
                where = Cli::tr("no footage: the clip starts %1 s later").arg(-m.seconds, 0, 'f', 3);
            else
                where = Cli::tr("no footage: the clip ended %1 s earlier").arg(m.seconds - m.media.duration, 0, 'f', 3);
            cli.out(QStringLiteral("%1  %2  %3  %4  %5")
                        .arg(m.media.id, m.media.camera.leftJustified(12), what.leftJustified(10),
                             formatInZone(when, library.zoneOf(m.media), true), where));
        });
}

Result<double> timeArg(const CommandArgs& a, const QString& flag)
{
    double s = 0;
    if (!parseClock(a.value(flag), &s))
        return makeError(ErrorKind::Usage, Cli::tr("--%1 takes seconds (12.5) or HH:MM:SS.mmm").arg(flag));
    return s;
}

// A derivative of an item that is evidence of several cases needs --case (core says it in words for the GUI).
bool caseIsClear(Cli& cli, CaseDatabase& db, const QString& mediaId, const QString& caseId)
{
    if (!caseId.isEmpty() || MediaLibrary(db).casesOf(mediaId).size() < 2)
        return true;
    cli.err(Cli::tr("%1 is evidence of several cases; say which with --case.").arg(mediaId));
    return false;
}

int cmdTrim(Cli& cli, const CommandArgs& a)
{
    auto from = timeArg(a, QStringLiteral("from"));
    auto to = timeArg(a, QStringLiteral("to"));
    if (!from || !to)
        return cli.fail(!from ? from.error() : to.error());
    TrimRequest r;
    r.from = *from;
    r.to = *to;
    if (!TrimRequest::parseMode(a.value(QStringLiteral("mode"), QStringLiteral("smart")), &r.mode))
        return cli.usage(Cli::tr("--mode is copy, smart or reencode"));
    LP_CLI_DB(cli, db);
    QString caseId = a.value(QStringLiteral("case"));
    if (!caseId.isEmpty()) {
        auto id = Cli::caseIdOf(db, caseId);
        if (!id)
            return cli.fail(id.error());
        caseId = *id;
    }
    if (!caseIsClear(cli, db, a.positionals().first(), caseId))
        return ExitUsage;
    int lastPercent = -1;
    auto done = DerivativeMaker(db).trim(a.positionals().first(), r, caseId, [&](int d, int t) {
        const int p = t > 0 ? d * 100 / t : 0;
        if (p / 10 != lastPercent / 10) {
            cli.progress(Cli::tr("trimming… %1%").arg(p));
            lastPercent = p;
        }
    });
    if (!done) {
        // Core names the trim modes in words (the GUI's list); here, the option that chooses one.
        if (done.error().kind == ErrorKind::Usage)
            cli.err(Cli::tr("The trim modes: --mode smart (frame-accurate), --mode copy (at keyframes) or --mode "
                            "reencode."));
        return cli.fail(done.error());
    }
    cli.progress(Cli::tr("%1 trim: frames %2–%3, %4 s to %5 s%6")
                     .arg(done->details.value(QLatin1String("mode")).toString())
                     .arg(done->details.value(QLatin1String("first_frame")).toInt())
                     .arg(done->details.value(QLatin1String("last_frame")).toInt())
                     .arg(done->details.value(QLatin1String("actual_from")).toDouble(), 0, 'f', 3)
                     .arg(done->details.value(QLatin1String("actual_to")).toDouble(), 0, 'f', 3)
                     .arg(done->details.value(QLatin1String("mode")).toString() == QLatin1String("copy")
                              ? Cli::tr(" (copy trims start at the keyframe before the requested in-point)")
                              : QString()));
    if (cli.json()) {
        QJsonObject o = done->details;
        o.insert(QLatin1String("id"), done->mediaId);
        o.insert(QLatin1String("sha256"), done->sha256);
        cli.printJson(o);
    } else {
        cli.out(done->mediaId);
    }
    return ExitOk;
}

int cmdFrame(Cli& cli, const CommandArgs& a)
{
    auto at = timeArg(a, QStringLiteral("at"));
    if (!at)
        return cli.fail(at.error());
    if (a.value(QStringLiteral("out")).isEmpty())
        return cli.usage(Cli::tr("frame needs --out FILE.png"));
    LP_CLI_DB(cli, db);
    QString caseId = a.value(QStringLiteral("case"));
    if (!caseId.isEmpty()) {
        auto id = Cli::caseIdOf(db, caseId);
        if (!id)
            return cli.fail(id.error());
        caseId = *id;
    }
    if (!caseIsClear(cli, db, a.positionals().first(), caseId))
        return ExitUsage;
    auto done = DerivativeMaker(db).frame(a.positionals().first(), *at, caseId, a.value(QStringLiteral("out")));
    if (!done)
        return cli.fail(done.error());
    cli.printCreated(done->mediaId);
    return ExitOk;
}

Result<QString> chainOf(CaseDatabase& db, const QString& text)
{
    if (text.startsWith(QLatin1String("incident:")) || text.startsWith(QLatin1String("evidence:"))
        || text.startsWith(QLatin1String("case:")))
        return text;
    // An auditor may read custody but not cases: then the id is taken as given and ChainReader checks the read.
    auto id = Cli::caseIdOf(db, text);
    if (!id && id.error().kind != ErrorKind::Permission)
        return id.error();
    return CustodyLog::caseChain(id ? *id : text);
}

int cmdCustodyShow(Cli& cli, const CommandArgs& a)
{
    LP_CLI_DB(cli, db);
    auto chain = chainOf(db, a.positionals().first());
    if (!chain)
        return cli.fail(chain.error());
    auto events = ChainReader(db).custodyEvents(*chain);
    if (!events)
        return cli.fail(events.error());
    if (cli.json()) {
        QJsonArray arr;
        for (const ChainEvent& e : *events)
            arr.append(QJsonObject {{QLatin1String("id"), QString::number(e.seq)},
                                    {QLatin1String("seq"), e.seq},
                                    {QLatin1String("chain"), e.chain},
                                    {QLatin1String("at"), e.at},
                                    {QLatin1String("actor"), e.actor},
                                    {QLatin1String("action"), e.action},
                                    {QLatin1String("details"), e.details},
                                    {QLatin1String("prev_hash"), e.prevHash},
                                    {QLatin1String("hash"), e.hash}});
        cli.printJson(arr);
        return ExitOk;
    }
    for (const ChainEvent& e : *events)
        cli.out(QStringLiteral("%1  %2  %3  %4  %5  %6")
                    .arg(e.seq, 4)
                    .arg(e.at, e.actor.leftJustified(10), e.action.leftJustified(20), e.hash.left(16),
                         QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact)).left(160)));
    return ExitOk;
}

int cmdCustodyVerify(Cli& cli, const CommandArgs& a)
{
    LP_CLI_DB(cli, db);
    auto chain = chainOf(db, a.positionals().first());
    if (!chain)
        return cli.fail(chain.error());
    auto report = ChainReader(db).verifyCustody(*chain);
    if (!report)
        return cli.fail(report.error());
    QStringList problems;
    for (const ChainProblem& p : report->chain.problems)
        problems << Cli::tr("event %1: %2").arg(p.seq).arg(p.what);
    problems << report->checkpointProblems;
    if (cli.json())
        cli.printJson(QJsonObject {{QLatin1String("id"), *chain},
                                   {QLatin1String("ok"), report->ok()},
                                   {QLatin1String("events"), report->chain.events},
                                   {QLatin1String("checkpoints"), report->checkpoints},
                                   {QLatin1String("head"), report->chain.headHash},
                                   {QLatin1String("problems"), QJsonArray::fromStringList(problems)}});
    else if (report->ok())
        cli.out(report->summary());
    for (const QString& p : problems)
        cli.err(QStringLiteral("lpdesk-cli: %1: %2").arg(*chain, p));
    return report->ok() ? ExitOk : ExitVerify;
}

int cmdCameraOffset(Cli& cli, const CommandArgs& a)
{
    bool ok = false;
    const double seconds = a.positionals()[2].toDouble(&ok);
    if (!ok)
        return cli.usage(Cli::tr("the offset is a number of seconds (positive: the recorder's clock is ahead)"));
    LP_CLI_DB(cli, db);
    const QString camera = a.positionals()[1] == QLatin1String("-") ? QString() : a.positionals()[1];
    Status done
        = CaseService(db).setClockOffset(a.positionals()[0], camera, seconds, a.value(QStringLiteral("reason")));
    return done ? ExitOk : cli.fail(done.error());
}

} // namespace

void registerCaseCommands(QList<Command>& c)
{
    c << Command {QStringLiteral("case new"), QStringLiteral("--title T [--incident ID...]"),
                  Cli::tr("open a case from incidents (also across stores); prints its id"), cmdCaseNew};
    c << Command {QStringLiteral("case list"), QString(), Cli::tr("cases"), cmdCaseList};
    c << Command {QStringLiteral("case show"), QStringLiteral("CASE"), Cli::tr("one case"), cmdCaseShow};
    c << Command {QStringLiteral("case add-incident"), QStringLiteral("CASE ID"), Cli::tr("link an incident"),
                  [](Cli& cli, const CommandArgs& a) { return cmdCaseIncident(cli, a, true); }};
    c << Command {QStringLiteral("case remove-incident"), QStringLiteral("CASE ID"), Cli::tr("unlink an incident"),
                  [](Cli& cli, const CommandArgs& a) { return cmdCaseIncident(cli, a, false); }};
    c << Command {QStringLiteral("case status"), QStringLiteral("CASE open|ready_for_review|released|closed"),
                  Cli::tr("change the status"),
                  [](Cli& cli, const CommandArgs& a) { return cmdCaseSet(cli, a, QStringLiteral("status")); }};
    c << Command {QStringLiteral("case assign"), QStringLiteral("CASE USER"), Cli::tr("assign the case"),
                  [](Cli& cli, const CommandArgs& a) { return cmdCaseSet(cli, a, QStringLiteral("assign")); }};
    c << Command {QStringLiteral("case tags"), QStringLiteral("CASE TAG,TAG,..."), Cli::tr("set tags"),
                  [](Cli& cli, const CommandArgs& a) { return cmdCaseSet(cli, a, QStringLiteral("tags")); }};
    c << Command {QStringLiteral("case note"), QStringLiteral("CASE TEXT"), Cli::tr("add a note"),
                  [](Cli& cli, const CommandArgs& a) { return cmdCaseSet(cli, a, QStringLiteral("note")); }};
    c << Command {QStringLiteral("media list"), QStringLiteral("CASE"),
                  Cli::tr("originals and derivatives with hashes and lineage"), cmdMediaList};
    c << Command {QStringLiteral("media at"), QStringLiteral("CASE TIME"),
                  Cli::tr("where the true time TIME (RFC 3339) falls in each clip of the case, "
                          "corrected for camera clock offsets"),
                  cmdMediaAt};
    c << Command {QStringLiteral("trim"),
                  QStringLiteral("MEDIA --from T --to T [--mode copy|smart|reencode] [--case CASE]"),
                  Cli::tr("derivative clip (default smart: frame-accurate); prints its id"), cmdTrim};
    c << Command {QStringLiteral("frame"), QStringLiteral("MEDIA --at T --out FILE.png [--case CASE]"),
                  Cli::tr("a still, recorded as a derivative and exported to FILE"), cmdFrame};
    c << Command {QStringLiteral("camera offset"), QStringLiteral("STORE CAMERA|- SECONDS [--reason T]"),
                  Cli::tr("record how far a recorder's clock is ahead of true time (audited, in custody)"),
                  cmdCameraOffset};
    c << Command {QStringLiteral("custody show"), QStringLiteral("CASE|incident:ID"), Cli::tr("a chain of custody"),
                  cmdCustodyShow};
    c << Command {QStringLiteral("custody verify"), QStringLiteral("CASE|incident:ID"),
                  Cli::tr("verify a chain and its signed checkpoints; exit 4 naming each break"), cmdCustodyVerify};
}

} // namespace lpdesk
