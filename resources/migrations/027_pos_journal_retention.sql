-- Imported POS journals under retention (evidence kind pos_journal): a purged journal loses its encrypted original
-- and keeps its evidence_files row as the tombstone (hash, size, when, by whom and why); the transactions read from it
-- stay.
ALTER TABLE evidence_files ADD COLUMN purged_at TEXT;
ALTER TABLE evidence_files ADD COLUMN purged_by TEXT;
ALTER TABLE evidence_files ADD COLUMN purge_reason TEXT;
