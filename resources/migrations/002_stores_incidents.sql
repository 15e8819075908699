-- Stores, what was pulled from them (incidents, media, POS journals), quarantine, and the custody chains.
CREATE TABLE stores (
    id               TEXT PRIMARY KEY,
    name             TEXT NOT NULL DEFAULT '',
    address          TEXT NOT NULL DEFAULT '',
    timezone         TEXT NOT NULL DEFAULT 'UTC',
    clock_offset     REAL NOT NULL DEFAULT 0,
    source_kind      TEXT NOT NULL CHECK (source_kind IN ('folder', 'https')),
    location         TEXT NOT NULL,
    ca_pem           TEXT,
    client_cert_pem  TEXT,
    client_key_pem   BLOB,
    manifest_json    TEXT,
    cursor_page      TEXT,
    cursor_index     INTEGER NOT NULL DEFAULT 0,
    last_pull_at     TEXT,
    last_pull_status TEXT,
    last_error       TEXT,
    created_at       TEXT NOT NULL,
    created_by       TEXT
);

CREATE TABLE cameras (
    store_id     TEXT NOT NULL REFERENCES stores (id),
    id           TEXT NOT NULL,
    name         TEXT NOT NULL,
    zone         TEXT NOT NULL DEFAULT '',
    clock_offset REAL NOT NULL DEFAULT 0,  -- seconds ahead of true time; editable, changes are in custody
    PRIMARY KEY (store_id, id)
);

CREATE TABLE registers (
    store_id     TEXT NOT NULL REFERENCES stores (id),
    id           TEXT NOT NULL,
    camera_id    TEXT,
    clock_offset REAL NOT NULL DEFAULT 0,
    PRIMARY KEY (store_id, id)
);

CREATE TABLE incidents (
    id                TEXT PRIMARY KEY,
    store_id          TEXT NOT NULL REFERENCES stores (id),
    type              TEXT NOT NULL,
    severity          INTEGER NOT NULL,
    trigger           TEXT NOT NULL,
    detected_at       TEXT NOT NULL,  -- UTC
    detected_at_local TEXT NOT NULL,  -- as the store wrote it, with its offset
    zone              TEXT NOT NULL DEFAULT '',
    register_id       TEXT,
    camera_id         TEXT,
    narrative         TEXT NOT NULL DEFAULT '',
    suspects_json     TEXT NOT NULL DEFAULT '[]',
    pos_refs_json     TEXT NOT NULL DEFAULT '[]',
    statements_json   TEXT NOT NULL DEFAULT '[]',
    raw_json          TEXT NOT NULL,
    raw_sha256        TEXT NOT NULL,
    media_expected    INTEGER NOT NULL DEFAULT 0,
    media_missing     INTEGER NOT NULL DEFAULT 0,
    priority          INTEGER NOT NULL DEFAULT 0,
    received_at       TEXT NOT NULL,
    source            TEXT NOT NULL
);
CREATE INDEX incidents_detected ON incidents (detected_at);
CREATE INDEX incidents_store ON incidents (store_id, detected_at);
CREATE INDEX incidents_priority ON incidents (priority, detected_at);
CREATE INDEX incidents_type ON incidents (type);

CREATE VIRTUAL TABLE incidents_fts USING fts4 (incident_id, store, type, narrative, suspects, statements,
    notindexed=incident_id, tokenize=unicode61 "remove_diacritics=1");

-- Originals and derivatives. Bytes live in <database>.media/<file>, encrypted (.lpenc) to the workstation key.
CREATE TABLE media (
    id              TEXT PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('original', 'derivative')),
    parent_id       TEXT REFERENCES media (id),
    operation       TEXT,
    operation_json  TEXT,
    store_id        TEXT,
    camera_id       TEXT,
    case_id         TEXT,
    sha256          TEXT NOT NULL,
    plaintext_size  INTEGER NOT NULL,
    file            TEXT NOT NULL UNIQUE,
    file_size       INTEGER NOT NULL,
    container       TEXT,
    codec           TEXT,
    duration        REAL,
    width           INTEGER,
    height          INTEGER,
    fps             REAL,
    info_json       TEXT,
    recorded_start  TEXT,  -- as stamped by the recorder (its clock)
    recorded_end    TEXT,
    created_at      TEXT NOT NULL,
    created_by      TEXT,
    tool            TEXT
);
CREATE INDEX media_sha256 ON media (sha256);
CREATE INDEX media_parent ON media (parent_id);

CREATE TABLE incident_media (
    incident_id TEXT NOT NULL REFERENCES incidents (id),
    media_id    TEXT NOT NULL REFERENCES media (id),
    PRIMARY KEY (incident_id, media_id)
);

-- POS journals and other evidence files received from stores (kept encrypted, with their hash).
CREATE TABLE evidence_files (
    id            TEXT PRIMARY KEY,
    kind          TEXT NOT NULL,
    store_id      TEXT,
    name          TEXT NOT NULL,
    format        TEXT,
    business_day  TEXT,
    sha256        TEXT NOT NULL,
    size          INTEGER NOT NULL,
    file          TEXT NOT NULL UNIQUE,
    received_at   TEXT NOT NULL,
    source        TEXT,
    imported_at   TEXT
);
CREATE UNIQUE INDEX evidence_files_origin ON evidence_files (store_id, name, sha256);

CREATE TABLE quarantine (
    id        INTEGER PRIMARY KEY,
    store_id  TEXT,
    item      TEXT NOT NULL,
    kind      TEXT NOT NULL,
    reason    TEXT NOT NULL,
    at        TEXT NOT NULL,
    pull_id   TEXT
);
CREATE INDEX quarantine_at ON quarantine (at);

CREATE TABLE incident_reads (
    user_id     TEXT NOT NULL,
    incident_id TEXT NOT NULL,
    read_at     TEXT NOT NULL,
    PRIMARY KEY (user_id, incident_id)
);

-- Hash-chained custody: one chain per incident ('incident:<id>') and per case ('case:<id>').
CREATE TABLE custody_events (
    chain     TEXT NOT NULL,
    seq       INTEGER NOT NULL,
    event     TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    PRIMARY KEY (chain, seq)
);
