// ExhibitImporter's own: a master (and perhaps its working copy) written to the media folder, waiting to be
// recorded. Shared by ExhibitImporter.cpp (intake and recording) and ExhibitImporterAnalysis.cpp (what a file is).
#pragma once

#include "cases/ExhibitImporter.h"
#include "common/Time.h"
#include "crypto/Lpenc.h"
#include "media/MediaProbe.h"
#include "media/NativeMedia.h"

#include <QFileInfo>

namespace lpdesk {

struct ExhibitImporter::Pending
{
    QString id;
    QString path; // the .lpenc master
    QString name;
    QString sha256;
    qint64 size = 0;
    qint64 fileSize = 0;
    QDateTime modified; // the file's (an archive entry: the archive's) last modification, UTC
    bool archive = false;
    QString archiveId;
    QString archiveSha256;
    NativeProbe probe;
    QString mediaType;
    QDateTime start;
    QString startSource;
    QStringList notes;
    // Working copy.
    QString copyPath;
    LpencWriter::Summary copy;
    MediaInfo copyInfo;
    QJsonObject copyParams;
    ImportedExhibit outcome() const
    {
        ImportedExhibit e;
        e.mediaId = id;
        e.name = name;
        e.mediaType = mediaType;
        e.sha256 = sha256;
        e.size = size;
        e.workingCopyId = copyPath.isEmpty() ? QString() : QFileInfo(copyPath).completeBaseName();
        if (!copyPath.isEmpty())
            e.workingCopyMethod = copyParams.contains(QLatin1String("transcode")) ? QStringLiteral("transcode")
                                                                                  : QStringLiteral("remux");
        e.recordedStart = start.isValid() ? toUtcString(start) : QString();
        e.startSource = startSource;
        e.archiveId = archiveId;
        e.notes = notes;
        return e;
    }
};

} // namespace lpdesk
