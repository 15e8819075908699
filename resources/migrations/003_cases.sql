-- Cases: incidents turned into an investigation, its markers and notes. Derivatives carry media.case_id.
CREATE TABLE cases (
    id          TEXT PRIMARY KEY,
    number      INTEGER NOT NULL UNIQUE,  -- human case number, LPD-<year>-<number>
    title       TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'ready_for_review', 'released', 'closed')),
    assignee    TEXT,
    tags        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE case_incidents (
    case_id     TEXT NOT NULL REFERENCES cases (id),
    incident_id TEXT NOT NULL REFERENCES incidents (id),
    added_at    TEXT NOT NULL,
    added_by    TEXT NOT NULL,
    PRIMARY KEY (case_id, incident_id)
);
CREATE INDEX case_incidents_incident ON case_incidents (incident_id);

CREATE TABLE case_notes (
    id         INTEGER PRIMARY KEY,
    case_id    TEXT NOT NULL REFERENCES cases (id),
    text       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);

-- Bookmarks on a clip's timeline, with a note.
CREATE TABLE markers (
    id         TEXT PRIMARY KEY,
    case_id    TEXT REFERENCES cases (id),
    media_id   TEXT NOT NULL REFERENCES media (id),
    at_seconds REAL NOT NULL,
    note       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);
CREATE INDEX markers_media ON markers (media_id);
CREATE INDEX media_case ON media (case_id);
