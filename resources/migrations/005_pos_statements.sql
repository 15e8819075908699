-- POS journals as evidence (each import keeps its encrypted original and every record's origin), links to cases,
-- saved CSV column mappings, and witness/staff statements with versions and attachments.
CREATE TABLE pos_imports (
    id               TEXT PRIMARY KEY,
    evidence_file_id TEXT NOT NULL REFERENCES evidence_files (id),
    store_id         TEXT,
    format           TEXT NOT NULL,
    sha256           TEXT NOT NULL,
    transactions     INTEGER NOT NULL,
    line_items       INTEGER NOT NULL,
    rejected         INTEGER NOT NULL,
    rejects_json     TEXT NOT NULL DEFAULT '[]',
    imported_at      TEXT NOT NULL,
    imported_by      TEXT NOT NULL
);

CREATE TABLE pos_transactions (
    id                TEXT PRIMARY KEY,
    import_id         TEXT NOT NULL REFERENCES pos_imports (id),
    record_ref        TEXT NOT NULL,  -- where in the journal: "line 1042" or "Transaction #17"
    store_id          TEXT NOT NULL,
    register_id       TEXT NOT NULL,
    sequence          TEXT NOT NULL,
    business_day      TEXT NOT NULL,
    begin_raw         TEXT NOT NULL,
    end_raw           TEXT,
    begin_utc         TEXT NOT NULL,  -- corrected for the register's clock offset
    operator_id       TEXT,
    type              TEXT NOT NULL,
    control           TEXT,
    currency          TEXT,
    total             INTEGER NOT NULL,
    link_register     TEXT,
    link_sequence     TEXT,
    link_business_day TEXT,
    loyalty_id        TEXT,
    exceptions        TEXT NOT NULL DEFAULT '',
    extensions_json   TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX pos_transactions_time ON pos_transactions (store_id, begin_utc);
CREATE INDEX pos_transactions_ref ON pos_transactions (store_id, register_id, business_day, sequence);

CREATE TABLE pos_lines (
    transaction_id  TEXT NOT NULL REFERENCES pos_transactions (id),
    n               INTEGER NOT NULL,
    kind            TEXT NOT NULL,
    item_id         TEXT,
    description     TEXT,
    quantity        REAL,
    unit_price      INTEGER,
    regular_price   INTEGER,
    amount          INTEGER,
    voided          INTEGER NOT NULL DEFAULT 0,
    tender_type     TEXT,
    card_last4      TEXT,
    entry_method    TEXT,
    reason          TEXT,
    extensions_json TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (transaction_id, n)
);

CREATE TABLE case_pos (
    case_id        TEXT NOT NULL REFERENCES cases (id),
    transaction_id TEXT NOT NULL REFERENCES pos_transactions (id),
    incident_id    TEXT,
    how            TEXT NOT NULL,  -- reference, window, manual
    linked_at      TEXT NOT NULL,
    linked_by      TEXT NOT NULL,
    PRIMARY KEY (case_id, transaction_id)
);

CREATE TABLE pos_csv_mappings (
    store_id     TEXT PRIMARY KEY,
    mapping_json TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL
);

CREATE TABLE statements (
    id            TEXT PRIMARY KEY,
    case_id       TEXT NOT NULL REFERENCES cases (id),
    version       INTEGER NOT NULL,
    previous_id   TEXT REFERENCES statements (id),
    author        TEXT NOT NULL,
    author_role   TEXT NOT NULL,   -- staff, witness, investigator, security, manager
    contact       TEXT,            -- PII
    anonymous     INTEGER NOT NULL DEFAULT 0,
    pseudonym     TEXT,
    taken_at      TEXT NOT NULL,
    text          TEXT NOT NULL,
    attestation   TEXT NOT NULL,
    signed_off_at TEXT,
    signed_off_by TEXT,
    text_sha256   TEXT,
    created_at    TEXT NOT NULL,
    created_by    TEXT NOT NULL
);
CREATE INDEX statements_case ON statements (case_id);

CREATE TABLE statement_attachments (
    id           TEXT PRIMARY KEY,
    statement_id TEXT NOT NULL REFERENCES statements (id),
    name         TEXT NOT NULL,
    media_type   TEXT NOT NULL,
    sha256       TEXT NOT NULL,
    size         INTEGER NOT NULL,
    file         TEXT NOT NULL UNIQUE
);

CREATE VIRTUAL TABLE statements_fts USING fts4 (statement_id, case_id, author, text,
    notindexed=statement_id, notindexed=case_id, tokenize=unicode61 "remove_diacritics=1");

-- A signed-off statement is immutable, with its attachments; corrections are new rows pointing to the old one.
-- The services refuse first; these triggers hold even for a hand-written UPDATE.
CREATE TRIGGER statements_signed_immutable BEFORE UPDATE ON statements
WHEN OLD.signed_off_at IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a signed-off statement cannot be changed');
END;
CREATE TRIGGER statements_signed_undeletable BEFORE DELETE ON statements
WHEN OLD.signed_off_at IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a signed-off statement cannot be deleted');
END;
CREATE TRIGGER statement_attachments_signed_add BEFORE INSERT ON statement_attachments
WHEN (SELECT signed_off_at FROM statements WHERE id = NEW.statement_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a signed-off statement cannot get new attachments');
END;
CREATE TRIGGER statement_attachments_signed_delete BEFORE DELETE ON statement_attachments
WHEN (SELECT signed_off_at FROM statements WHERE id = OLD.statement_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a signed-off statement cannot lose attachments');
END;
