// One evidence item as the database records it: a clip pulled from a store, an imported exhibit or a derivative
// (trim, redaction, still), with its lineage, hashes and what the probe found. A plain value, read by the inbox,
// the evidence library, POS linking and the package.
#pragma once

#include <QJsonObject>
#include <QString>

namespace lpdesk {

struct MediaRow
{
    QString id;
    QString kind;
    QString parentId;
    QString operation;
    QString sha256;
    qint64 plaintextSize = 0;
    QString file;
    QString camera;
    QString codec;
    double duration = 0;
    int width = 0;
    int height = 0;
    double fps = 0;
    QString recordedStart;
    QString createdAt;
    QString createdBy;
    QJsonObject operationParams;
    QString mediaType; // imported exhibits: video, audio, image, document (empty for pulled clips, derivatives)
    QString originalName; // imported exhibits: the file's name as received
};

} // namespace lpdesk
