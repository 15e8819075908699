-- Release requests: an investigator asks for a set of items to leave the company, legal approves or rejects, and
-- an approval binds to the exact content (each item's hash and the hash over the list). Exports and submissions
-- record what left and when.
CREATE TABLE releases (
    id                   TEXT PRIMARY KEY,
    case_id              TEXT NOT NULL REFERENCES cases (id),
    state                TEXT NOT NULL,          -- pending, approved, rejected, exported, submitted, void
    purpose              TEXT NOT NULL,          -- usb, agency
    agency_id            TEXT,
    recipient            TEXT NOT NULL DEFAULT '',
    note                 TEXT NOT NULL,
    items_json           TEXT NOT NULL,
    content_sha256       TEXT NOT NULL,
    requested_by         TEXT NOT NULL,
    requested_by_id      TEXT NOT NULL,
    requested_at         TEXT NOT NULL,
    decided_by           TEXT,
    decided_by_id        TEXT,
    decided_at           TEXT,
    decision_note        TEXT,
    include_contacts     INTEGER NOT NULL DEFAULT 0,
    include_anonymous    INTEGER NOT NULL DEFAULT 0,
    include_customer     INTEGER NOT NULL DEFAULT 0,
    void_reason          TEXT,
    exported_at          TEXT,
    package_id           TEXT,
    manifest_sha256      TEXT,
    receipt_json         TEXT
);
CREATE INDEX releases_case ON releases (case_id);
CREATE INDEX releases_state ON releases (state);
