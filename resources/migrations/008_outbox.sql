-- The outbox: submissions of approved releases to agencies. Each row survives crashes and restarts; the upload
-- offset is saved after every acknowledged chunk so that a resumed upload sends only the remainder.
CREATE TABLE submissions (
    id                TEXT PRIMARY KEY,          -- also the Idempotency-Key
    release_id        TEXT NOT NULL REFERENCES releases (id),
    agency_id         TEXT NOT NULL REFERENCES agencies (id),
    state             TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'waiting', 'delivered', 'failed', 'cancelled')),
    attempts          INTEGER NOT NULL DEFAULT 0,
    next_attempt_at   TEXT,
    last_error        TEXT,
    package_file      TEXT NOT NULL,             -- AES-256 (AE-2) package in <db>.media/outbox/
    package_password  TEXT NOT NULL,             -- random; travels only inside the signed submission body
    package_sha256    TEXT NOT NULL,
    package_size      INTEGER NOT NULL,
    extra_files_json  TEXT NOT NULL DEFAULT '[]', -- nibrs-file agencies: small documents uploaded after the package
    payload_json      TEXT NOT NULL,             -- the exact body of the create request
    remote_id         TEXT,
    upload_url        TEXT,
    complete_url      TEXT,
    upload_location   TEXT,
    uploaded          INTEGER NOT NULL DEFAULT 0,
    bytes_sent        INTEGER NOT NULL DEFAULT 0,
    receipt_json      TEXT,
    created_at        TEXT NOT NULL,
    created_by        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE INDEX submissions_state ON submissions (state);
