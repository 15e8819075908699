// lpdesk-cli: evidence brought in as files (DVR/VMS exports, phone videos, stills, documents) — `media import` —
// and a plaintext copy of one taken out on purpose — `media export`.
#include "Cli.h"

#include "cases/EvidenceCopy.h"
#include "cases/ExhibitImporter.h"
#include "common/Time.h"
#include "db/CaseDatabase.h"

#include <QJsonArray>

namespace lpdesk {

namespace {

// One imported exhibit for a person reading along: what it is, its hash, its working copy, its start, the notes.
void printExhibit(Cli& cli, const ImportedExhibit& e)
{
    QString copy;
    if (e.workingCopyMethod == QLatin1String("transcode"))
        copy = Cli::tr(", working copy %1 (transcoded to H.264)").arg(e.workingCopyId);
    else if (!e.workingCopyId.isEmpty())
        copy = Cli::tr(", working copy %1 (remuxed)").arg(e.workingCopyId);
    cli.progress(Cli::tr("%1: %2 %3, SHA-256 %4%5").arg(e.name, e.mediaType, e.mediaId, e.sha256, copy));
    if (!e.recordedStart.isEmpty())
        cli.progress(Cli::tr("  recorded from %1 (%2)").arg(e.recordedStart, e.startSource));
    for (const QString& note : e.notes)
        cli.progress(QStringLiteral("  ") + note);
}

int cmdMediaImport(Cli& cli, const CommandArgs& a)
{
    ExhibitRequest request;
    request.incidentId = a.value(QStringLiteral("incident"));
    request.source = a.value(QStringLiteral("source"));
    request.camera = a.value(QStringLiteral("camera"));
    if (a.has(QStringLiteral("case")) == a.has(QStringLiteral("incident")))
        return cli.usage(Cli::tr("media import needs --case CASE or --incident ID (one of them)"));
    if (request.source.trimmed().isEmpty())
        return cli.usage(Cli::tr("media import needs --source TEXT: where the files came from"));
    if (a.has(QStringLiteral("start"))) {
        request.start = parseRfc3339(a.value(QStringLiteral("start")));
        if (!request.start.isValid())
            return cli.usage(Cli::tr("--start takes an RFC 3339 time with an offset, e.g. 2026-03-14T14:02:11-05:00"));
    }
    bool ok = true;
    if (a.has(QStringLiteral("offset"))) {
        request.clockOffset = a.value(QStringLiteral("offset")).toDouble(&ok);
        if (!ok)
            return cli.usage(Cli::tr("--offset takes seconds (the recorder's clock minus true time)"));
    }
    if (a.has(QStringLiteral("fps"))) {
        request.fps = a.value(QStringLiteral("fps")).toDouble(&ok);
        if (!ok || request.fps <= 0)
            return cli.usage(Cli::tr("--fps takes a frame rate, e.g. 25 or 29.97"));
    }
    LP_CLI_DB(cli, db);
    if (a.has(QStringLiteral("case"))) {
        // An admin may import but not read cases: then the id is taken as given and checked by the importer.
        auto caseId = Cli::caseIdOf(db, a.value(QStringLiteral("case")));
        if (!caseId && caseId.error().kind != ErrorKind::Permission)
            return cli.fail(caseId.error());
        request.caseId = caseId ? *caseId : a.value(QStringLiteral("case"));
    }
    ExhibitImporter importer(db);
    if (Status s = importer.check(a.positionals(), request); !s)
        return cli.fail(s.error());
    QJsonArray all;
    int exit = ExitOk;
    for (const QString& file : a.positionals()) {
        int lastTenth = -1;
        auto done = importer.importFile(file, request, [&](const QString& what, qint64 doneBytes, qint64 total) {
            const int tenth = total > 0 ? static_cast<int>(doneBytes * 10 / total) : 10;
            if (tenth != lastTenth) {
                lastTenth = tenth;
                cli.progress(Cli::tr("%1… %2%").arg(what).arg(tenth * 10));
            }
        });
        if (!done) {
            cli.err(Cli::tr("%1: %2").arg(file, done.error().message));
            if (exit == ExitOk)
                exit = Cli::exitCodeFor(done.error().kind);
            continue;
        }
        for (const ImportedExhibit& e : *done) {
            all.append(e.toJson());
            if (!cli.json())
                cli.out(e.mediaId);
            printExhibit(cli, e);
        }
    }
    if (cli.json())
        cli.printJson(all);
    return exit;
}

int cmdMediaExport(Cli& cli, const CommandArgs& a)
{
    if (a.value(QStringLiteral("out")).isEmpty())
        return cli.usage(Cli::tr("media export needs --out FILE: where the copy goes (a new file)"));
    LP_CLI_DB(cli, db);
    QString caseId;
    if (a.has(QStringLiteral("case"))) {
        auto found = Cli::caseIdOf(db, a.value(QStringLiteral("case")));
        if (!found)
            return cli.fail(found.error());
        caseId = *found;
    }
    auto copy = EvidenceCopy(db).write(a.positionals().first(), a.value(QStringLiteral("out")), caseId);
    if (!copy)
        return cli.fail(copy.error());
    if (cli.json())
        cli.printJson(copy->toJson());
    else
        cli.out(Cli::tr("%1  %2").arg(copy->sha256, copy->path));
    return ExitOk;
}

} // namespace

void registerIntakeCommands(QList<Command>& c)
{
    c << Command {
        QStringLiteral("media import"),
        QStringLiteral("FILE... (--case CASE | --incident ID) --source TEXT [--camera NAME] [--start RFC3339] "
                       "[--offset S] [--fps N]"),
        Cli::tr("bring DVR/VMS/phone files in as native master exhibits: each kept bit for bit "
                "(encrypted), hashed, custody \"acquired\"; video FFmpeg reads (MP4/MOV, MKV, AVI, MPEG-PS/TS, raw "
                ".h264/.h265 at --fps, Dahua .dav) gets an MP4 working copy where needed (a remux, or an H.264 "
                "transcode where the codec cannot be remuxed or played); stills with EXIF time; "
                "anything else is kept as a document; a ZIP export is unpacked under the hostile-archive rules. "
                "--start is the recording's start as its clock showed it (default: from the file), --offset how many "
                "seconds that clock was ahead. Prints the new ids; exit 1 if a file could not be imported"),
        cmdMediaImport};
    c << Command {QStringLiteral("media export"), QStringLiteral("MEDIA --out FILE [--case CASE]"),
                  Cli::tr("write a plaintext copy of one item (a document, an original, a "
                          "derivative) to FILE, which must not exist; the copy is read back and its SHA-256 checked "
                          "against the master's, and custody and audit record \"exported a copy to FILE\" with the "
                          "hash. Prints \"SHA256  FILE\" as sha256sum does"),
                  cmdMediaExport};
}

} // namespace lpdesk
