-- The program view: stores grouped into regions, evidence checklists per incident type (what "complete" means
-- for the KPI), when a case was closed, retention periods, legal holds and purged evidence (tombstones).
ALTER TABLE stores ADD COLUMN region TEXT NOT NULL DEFAULT '';

CREATE TABLE evidence_checklists (
    type        TEXT PRIMARY KEY,             -- incident type, or '*' for every type without its own
    items_json  TEXT NOT NULL,                -- ["clip", "pos", "statement", "suspect"]
    version     INTEGER NOT NULL DEFAULT 1,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL
);

ALTER TABLE cases ADD COLUMN closed_at TEXT;
CREATE TRIGGER cases_closed_at AFTER UPDATE OF status ON cases
WHEN NEW.status = 'closed' AND OLD.status <> 'closed'
BEGIN
    UPDATE cases SET closed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER cases_reopened AFTER UPDATE OF status ON cases
WHEN NEW.status <> 'closed' AND OLD.status = 'closed'
BEGIN
    UPDATE cases SET closed_at = NULL WHERE id = NEW.id;
END;

CREATE TABLE retention_rules (
    scope        TEXT NOT NULL CHECK (scope IN ('type', 'evidence')),  -- incident type, or evidence kind
    name         TEXT NOT NULL,          -- shoplifting… or original, derivative, still
    days         INTEGER NOT NULL CHECK (days > 0),
    counted_from TEXT NOT NULL CHECK (counted_from IN ('incident', 'closure')),
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    PRIMARY KEY (scope, name)
);

CREATE TABLE legal_holds (
    id          TEXT PRIMARY KEY,
    target_kind TEXT NOT NULL CHECK (target_kind IN ('case', 'incident')),
    target_id   TEXT NOT NULL,
    reason      TEXT NOT NULL,
    held_at     TEXT NOT NULL,
    held_by     TEXT NOT NULL,
    lifted_at   TEXT,
    lifted_by   TEXT,
    lift_reason TEXT
);
CREATE INDEX legal_holds_target ON legal_holds (target_kind, target_id);

-- A purged clip keeps its row (id, hash, size, lineage) as a tombstone; its .lpenc file and key are gone.
ALTER TABLE media ADD COLUMN purged_at TEXT;
ALTER TABLE media ADD COLUMN purged_by TEXT;
ALTER TABLE media ADD COLUMN purge_reason TEXT;
