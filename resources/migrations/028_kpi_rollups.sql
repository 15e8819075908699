-- KPI rollups (issue 15): what the dashboard reads instead of scanning every incident and case of its period.
-- The triggers below only mark what a write touches (kpi_dirty); KpiRollup::flush (core/metrics) turns the marks
-- into rollup rows before the same transaction commits (Transaction's before-commit hook), because the store-local
-- day needs the store's time zone, which SQL here does not have. `db check` recomputes every rollup from the records
-- and names what differs; `kpi rebuild` (admin, audited) recomputes them. The 'all' mark below back-fills the
-- rollups of an existing database in the first transaction after this migration (or the first KPI read).
CREATE TABLE kpi_dirty (
    kind TEXT NOT NULL, -- incident, case, all
    id   TEXT NOT NULL,
    PRIMARY KEY (kind, id)
) WITHOUT ROWID;

-- Per incident, what it is counted by: its store-local day and hour, and whether it repeats an earlier incident of
-- the same type at the same store within 30 (90) days.
CREATE TABLE kpi_incidents (
    incident_id TEXT PRIMARY KEY,
    store_id    TEXT NOT NULL,
    type        TEXT NOT NULL,
    trigger     TEXT NOT NULL,
    at_ms       INTEGER NOT NULL, -- detected, UTC ms
    day         TEXT NOT NULL,    -- store-local date, YYYY-MM-DD
    hour        INTEGER NOT NULL, -- store-local hour
    repeat30    INTEGER NOT NULL,
    repeat90    INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX kpi_incidents_series ON kpi_incidents (store_id, type, at_ms, incident_id);
CREATE INDEX kpi_incidents_day ON kpi_incidents (store_id, day);

-- Per store and store-local day: the incident counts (by_type and by_trigger as "name=count,…", by_hour as 24
-- counts, store-local hours 0-23).
CREATE TABLE kpi_days (
    day        TEXT NOT NULL,
    store_id   TEXT NOT NULL,
    incidents  INTEGER NOT NULL,
    repeats30  INTEGER NOT NULL,
    repeats90  INTEGER NOT NULL,
    by_type    TEXT NOT NULL,
    by_trigger TEXT NOT NULL,
    by_hour    TEXT NOT NULL,
    PRIMARY KEY (day, store_id)
) WITHOUT ROWID;

-- Per case, anchored on its earliest incident (store, store-local day, type): the times the medians sort (UTC ms,
-- -1 for none) and the facts the evidence checklist is judged on (the checklist itself is applied when reading, so
-- changing it rewrites nothing).
CREATE TABLE kpi_cases (
    case_id       TEXT NOT NULL,
    store_id      TEXT NOT NULL,
    day           TEXT NOT NULL,
    type          TEXT NOT NULL,
    detected_ms   INTEGER NOT NULL,
    created_ms    INTEGER NOT NULL,
    decided_ms    INTEGER NOT NULL,
    reported_ms   INTEGER NOT NULL,
    closed_ms     INTEGER NOT NULL,
    closed        INTEGER NOT NULL,
    need_pos      INTEGER NOT NULL,
    has_pos       INTEGER NOT NULL,
    has_statement INTEGER NOT NULL,
    has_suspect   INTEGER NOT NULL,
    has_clip      INTEGER NOT NULL,
    followed      INTEGER NOT NULL, -- police follow-up within 30 days of the report
    recovered     REAL NOT NULL,
    outcomes      TEXT NOT NULL,    -- follow-up kind=count,…
    PRIMARY KEY (day, case_id)      -- a period's cases lie together: a refresh reads them in order, page after page
) WITHOUT ROWID;
CREATE UNIQUE INDEX kpi_cases_case ON kpi_cases (case_id);

-- Per case, the loss each linked POS transaction records, in its currency's minor unit.
CREATE TABLE kpi_case_losses (
    case_id        TEXT NOT NULL,
    transaction_id TEXT NOT NULL,
    currency       TEXT NOT NULL,
    amount         INTEGER NOT NULL,
    PRIMARY KEY (case_id, transaction_id)
) WITHOUT ROWID;

CREATE INDEX incident_media_media ON incident_media (media_id);

-- Incidents: their own facts, and the cases holding them.
CREATE TRIGGER kpi_incident_added AFTER INSERT ON incidents BEGIN
    INSERT OR IGNORE INTO kpi_dirty VALUES ('incident', NEW.id);
END;
CREATE TRIGGER kpi_incident_changed AFTER UPDATE OF id, store_id, type, trigger, detected_at, register_id,
    suspects_json ON incidents BEGIN
    INSERT OR IGNORE INTO kpi_dirty VALUES ('incident', OLD.id), ('incident', NEW.id);
    INSERT OR IGNORE INTO kpi_dirty SELECT 'case', case_id FROM case_incidents WHERE incident_id IN (OLD.id, NEW.id);
END;
CREATE TRIGGER kpi_incident_removed AFTER DELETE ON incidents BEGIN
    INSERT OR IGNORE INTO kpi_dirty VALUES ('incident', OLD.id);
    INSERT OR IGNORE INTO kpi_dirty SELECT 'case', case_id FROM case_incidents WHERE incident_id = OLD.id;
END;

-- A store's zone decides its incidents' local days; its clock offset the clips' true time; a store that appears
-- makes its incidents count.
CREATE TRIGGER kpi_store_added AFTER INSERT ON stores BEGIN
    INSERT OR IGNORE INTO kpi_dirty SELECT 'incident', id FROM incidents WHERE store_id = NEW.id;
    INSERT OR IGNORE INTO kpi_dirty SELECT 'case', ci.case_id FROM case_incidents ci JOIN incidents i
        ON i.id = ci.incident_id WHERE i.store_id = NEW.id;
END;
CREATE TRIGGER kpi_store_changed AFTER UPDATE OF id, timezone, clock_offset ON stores BEGIN
    INSERT OR IGNORE INTO kpi_dirty SELECT 'incident', id FROM incidents WHERE store_id IN (OLD.id, NEW.id);
    INSERT OR IGNORE INTO kpi_dirty SELECT 'case', ci.case_id FROM case_incidents ci JOIN incidents i
        ON i.id = ci.incident_id WHERE i.store_id IN (OLD.id, NEW.id);
    INSERT OR IGNORE INTO kpi_dirty SELECT 'case', ci.case_id FROM media m JOIN incident_media im ON
        im.media_id = m.id JOIN case_incidents ci ON ci.incident_id = im.incident_id WHERE m.store_id IN (OLD.id, NEW.id);
END;
CREATE TRIGGER kpi_store_removed AFTER DELETE ON stores BEGIN
    INSERT OR IGNORE INTO kpi_dirty SELECT 'incident', id FROM incidents WHERE store_id = OLD.id;
    INSERT OR IGNORE INTO kpi_dirty SELECT 'case', ci.case_id FROM case_incidents ci JOIN incidents i
        ON i.id = ci.incident_id WHERE i.store_id = OLD.id;
END;

-- Cases and what they hold.
CREATE TRIGGER kpi_case_added AFTER INSERT ON cases BEGIN
    INSERT OR IGNORE INTO kpi_dirty VALUES ('case', NEW.id);
END;
CREATE TRIGGER kpi_case_changed AFTER UPDATE ON cases BEGIN
    INSERT OR IGNORE INTO kpi_dirty VALUES ('case', OLD.id), ('case', NEW.id);
END;
CREATE TRIGGER kpi_case_removed AFTER DELETE ON cases BEGIN
    INSERT OR IGNORE INTO kpi_dirty VALUES ('case', OLD.id);
END;
CREATE TRIGGER kpi_case_incident_added AFTER INSERT ON case_incidents BEGIN
    INSERT OR IGNORE INTO kpi_dirty VALUES ('case', NEW.case_id);
END;
CREATE TRIGGER kpi_case_incident_changed AFTER UPDATE ON case_incidents BEGIN
    INSERT OR IGNORE INTO kpi_dirty VALUES ('case', OLD.case_id), ('case', NEW.case_id);
END;
CREATE TRIGGER kpi_case_incident_removed AFTER DELETE ON case_incidents BEGIN
    INSERT OR IGNORE INTO kpi_dirty VALUES ('case', OLD.case_id);
END;
CREATE TRIGGER kpi_release_added AFTER INSERT ON releases BEGIN
    INSERT OR IGNORE INTO kpi_dirty VALUES ('case', NEW.case_id);
END;
CREATE TRIGGER kpi_release_changed AFTER UPDATE OF case_id, state, exported_at, decided_at ON releases BEGIN
    INSERT OR IGNORE INTO kpi_dirty VALUES ('case', OLD.case_id), ('case', NEW.case_id);
END;
CREATE TRIGGER kpi_release_removed AFTER DELETE ON releases BEGIN
    INSERT OR IGNORE INTO kpi_dirty VALUES ('case', OLD.case_id);
END;
CREATE TRIGGER kpi_submission_added AFTER INSERT ON submissions BEGIN
    INSERT OR IGNORE INTO kpi_dirty SELECT 'case', case_id FROM releases WHERE id = NEW.release_id;
END;
CREATE TRIGGER kpi_submission_changed AFTER UPDATE OF release_id, state, updated_at ON submissions BEGIN
    INSERT OR IGNORE INTO kpi_dirty SELECT 'case', case_id FROM releases WHERE id IN (OLD.release_id, NEW.release_id);
END;
CREATE TRIGGER kpi_submission_removed AFTER DELETE ON submissions BEGIN
    INSERT OR IGNORE INTO kpi_dirty SELECT 'case', case_id FROM releases WHERE id = OLD.release_id;
END;
CREATE TRIGGER kpi_followup_added AFTER INSERT ON followups BEGIN
    INSERT OR IGNORE INTO kpi_dirty VALUES ('case', NEW.case_id);
END;
CREATE TRIGGER kpi_followup_changed AFTER UPDATE ON followups BEGIN
    INSERT OR IGNORE INTO kpi_dirty VALUES ('case', OLD.case_id), ('case', NEW.case_id);
END;
CREATE TRIGGER kpi_followup_removed AFTER DELETE ON followups BEGIN
    INSERT OR IGNORE INTO kpi_dirty VALUES ('case', OLD.case_id);
END;
CREATE TRIGGER kpi_statement_added AFTER INSERT ON statements BEGIN
    INSERT OR IGNORE INTO kpi_dirty VALUES ('case', NEW.case_id);
END;
CREATE TRIGGER kpi_statement_changed AFTER UPDATE OF case_id, signed_off_at ON statements BEGIN
    INSERT OR IGNORE INTO kpi_dirty VALUES ('case', OLD.case_id), ('case', NEW.case_id);
END;
CREATE TRIGGER kpi_statement_removed AFTER DELETE ON statements BEGIN
    INSERT OR IGNORE INTO kpi_dirty VALUES ('case', OLD.case_id);
END;
CREATE TRIGGER kpi_case_pos_added AFTER INSERT ON case_pos BEGIN
    INSERT OR IGNORE INTO kpi_dirty VALUES ('case', NEW.case_id);
END;
CREATE TRIGGER kpi_case_pos_changed AFTER UPDATE ON case_pos BEGIN
    INSERT OR IGNORE INTO kpi_dirty VALUES ('case', OLD.case_id), ('case', NEW.case_id);
END;
CREATE TRIGGER kpi_case_pos_removed AFTER DELETE ON case_pos BEGIN
    INSERT OR IGNORE INTO kpi_dirty VALUES ('case', OLD.case_id);
END;
CREATE TRIGGER kpi_pos_transaction_changed AFTER UPDATE OF id, currency, total, exponent, kind ON pos_transactions
BEGIN
    INSERT OR IGNORE INTO kpi_dirty SELECT 'case', case_id FROM case_pos WHERE transaction_id IN (OLD.id, NEW.id);
END;

-- Clips: an incident's originals, their times, offsets and purges decide whether a usable clip covers it.
CREATE TRIGGER kpi_incident_media_added AFTER INSERT ON incident_media BEGIN
    INSERT OR IGNORE INTO kpi_dirty SELECT 'case', case_id FROM case_incidents WHERE incident_id = NEW.incident_id;
END;
CREATE TRIGGER kpi_incident_media_changed AFTER UPDATE ON incident_media BEGIN
    INSERT OR IGNORE INTO kpi_dirty SELECT 'case', case_id FROM case_incidents
        WHERE incident_id IN (OLD.incident_id, NEW.incident_id);
END;
CREATE TRIGGER kpi_incident_media_removed AFTER DELETE ON incident_media BEGIN
    INSERT OR IGNORE INTO kpi_dirty SELECT 'case', case_id FROM case_incidents WHERE incident_id = OLD.incident_id;
END;
CREATE TRIGGER kpi_media_changed AFTER UPDATE OF id, purged_at, recorded_start, recorded_end, duration, clock_offset,
    media_type, store_id, camera_id ON media BEGIN
    INSERT OR IGNORE INTO kpi_dirty SELECT 'case', ci.case_id FROM incident_media im JOIN case_incidents ci
        ON ci.incident_id = im.incident_id WHERE im.media_id IN (OLD.id, NEW.id);
END;
CREATE TRIGGER kpi_media_removed AFTER DELETE ON media BEGIN
    INSERT OR IGNORE INTO kpi_dirty SELECT 'case', ci.case_id FROM incident_media im JOIN case_incidents ci
        ON ci.incident_id = im.incident_id WHERE im.media_id = OLD.id;
END;
CREATE TRIGGER kpi_camera_added AFTER INSERT ON cameras BEGIN
    INSERT OR IGNORE INTO kpi_dirty SELECT 'case', ci.case_id FROM media m JOIN incident_media im ON
        im.media_id = m.id JOIN case_incidents ci ON ci.incident_id = im.incident_id
        WHERE m.store_id = NEW.store_id AND m.camera_id = NEW.id;
END;
CREATE TRIGGER kpi_camera_changed AFTER UPDATE OF store_id, id, clock_offset ON cameras BEGIN
    INSERT OR IGNORE INTO kpi_dirty SELECT 'case', ci.case_id FROM media m JOIN incident_media im ON
        im.media_id = m.id JOIN case_incidents ci ON ci.incident_id = im.incident_id
        WHERE (m.store_id = OLD.store_id AND m.camera_id = OLD.id) OR (m.store_id = NEW.store_id AND m.camera_id = NEW.id);
END;
CREATE TRIGGER kpi_camera_removed AFTER DELETE ON cameras BEGIN
    INSERT OR IGNORE INTO kpi_dirty SELECT 'case', ci.case_id FROM media m JOIN incident_media im ON
        im.media_id = m.id JOIN case_incidents ci ON ci.incident_id = im.incident_id
        WHERE m.store_id = OLD.store_id AND m.camera_id = OLD.id;
END;

INSERT INTO kpi_dirty VALUES ('all', '');
