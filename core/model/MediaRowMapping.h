// The one mapping from a row of the media table to a MediaRow, by column name: the evidence library and the inbox
// both read media rows through it, so a column added to MediaRow is read everywhere or nowhere.
#pragma once

#include "model/MediaRow.h"

#include <QJsonDocument>

namespace lpdesk {

// The columns readMediaRow() takes, for a query on the media table named "m": "SELECT %1 FROM media m ...".
inline constexpr char MediaRowColumns[]
    = "m.id, m.kind, m.parent_id, m.operation, m.sha256, m.plaintext_size, m.file, m.camera_id, m.codec, m.duration, "
      "m.width, m.height, m.fps, m.recorded_start, m.created_at, m.created_by, m.operation_json, m.media_type, "
      "m.original_name";

// The media row a query is on: row is a db/SqlRow over a query that selected MediaRowColumns. A template only so
// that model/, the room of plain values at the bottom, needs nothing from db/.
template<typename Row> MediaRow readMediaRow(const Row& row)
{
    MediaRow r;
    r.id = row.string("id");
    r.kind = row.string("kind");
    r.parentId = row.string("parent_id");
    r.operation = row.string("operation");
    r.sha256 = row.string("sha256");
    r.plaintextSize = row.int64("plaintext_size");
    r.file = row.string("file");
    r.camera = row.string("camera_id");
    r.codec = row.string("codec");
    r.duration = row.real("duration");
    r.width = row.integer("width");
    r.height = row.integer("height");
    r.fps = row.real("fps");
    r.recordedStart = row.string("recorded_start");
    r.createdAt = row.string("created_at");
    r.createdBy = row.string("created_by");
    r.operationParams = QJsonDocument::fromJson(row.string("operation_json").toUtf8()).object();
    r.mediaType = row.string("media_type");
    r.originalName = row.string("original_name");
    return r;
}

} // namespace lpdesk
