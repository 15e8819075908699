-- Law-enforcement requests (subpoenas, warrants, exigent asks…), the cases they concern, their documents
-- (encrypted like evidence) and the police follow-up on what was submitted (arrests, charges, recoveries).
CREATE TABLE le_requests (
    id                  TEXT PRIMARY KEY,
    kind                TEXT NOT NULL CHECK (kind IN ('subpoena', 'court_order', 'warrant', 'exigent', 'informal')),
    agency              TEXT NOT NULL,
    officer             TEXT NOT NULL DEFAULT '',
    reference           TEXT NOT NULL DEFAULT '',
    received_at         TEXT NOT NULL,  -- UTC
    due_at              TEXT,           -- UTC
    asked_json          TEXT NOT NULL DEFAULT '{}',  -- incidents, stores, from, to, text
    legal_basis         TEXT NOT NULL DEFAULT '',
    notes               TEXT NOT NULL DEFAULT '',
    state               TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'closed')),
    closed_at           TEXT,
    closed_by           TEXT,
    close_reason        TEXT,
    signoff_due_at      TEXT,           -- exigent: legal signs after the fact before this
    signed_off_at       TEXT,
    signed_off_by       TEXT,
    signoff_note        TEXT,
    created_at          TEXT NOT NULL,
    created_by          TEXT NOT NULL
);
CREATE INDEX le_requests_state ON le_requests (state, due_at);

CREATE TABLE le_request_cases (
    request_id TEXT NOT NULL REFERENCES le_requests (id),
    case_id    TEXT NOT NULL REFERENCES cases (id),
    linked_at  TEXT NOT NULL,
    linked_by  TEXT NOT NULL,
    PRIMARY KEY (request_id, case_id)
);
CREATE INDEX le_request_cases_case ON le_request_cases (case_id);

CREATE TABLE le_request_documents (
    id          TEXT PRIMARY KEY,
    request_id  TEXT NOT NULL REFERENCES le_requests (id),
    name        TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    size        INTEGER NOT NULL,
    file        TEXT NOT NULL UNIQUE,  -- .lpenc in <db>.media/
    added_at    TEXT NOT NULL,
    added_by    TEXT NOT NULL
);

-- The release that fulfils a request names it.
ALTER TABLE releases ADD COLUMN le_request_id TEXT REFERENCES le_requests (id);

CREATE TABLE followups (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases (id),
    kind        TEXT NOT NULL CHECK (kind IN ('contact', 'arrest', 'charged', 'recovered', 'closed')),
    at          TEXT NOT NULL,  -- UTC, when it happened
    agency_case TEXT NOT NULL DEFAULT '',
    officer     TEXT NOT NULL DEFAULT '',
    amount      REAL,           -- recovered value
    note        TEXT NOT NULL DEFAULT '',
    source      TEXT NOT NULL DEFAULT 'manual',
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL
);
CREATE INDEX followups_case ON followups (case_id, at);
