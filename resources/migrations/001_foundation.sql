-- Foundation: database identity, users and roles, workstation keys, settings, the global audit log.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE users (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    role       TEXT NOT NULL CHECK (role IN ('investigator', 'legal', 'admin', 'auditor')),
    created_at TEXT NOT NULL,
    created_by TEXT,
    removed_at TEXT
);

-- Private keys live only here, inside the encrypted database.
CREATE TABLE identity (
    name        TEXT PRIMARY KEY,  -- 'recipient', 'signing', 'org_ca'
    public_key  BLOB,
    private_key BLOB,
    certificate TEXT,
    created_at  TEXT NOT NULL
);

CREATE TABLE settings (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT
);

-- Hash-chained; see core/custody/HashChain. chain is '' for the single global chain.
CREATE TABLE audit_log (
    chain     TEXT NOT NULL DEFAULT '',
    seq       INTEGER NOT NULL,
    event     TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    PRIMARY KEY (chain, seq)
);
CREATE INDEX audit_log_at ON audit_log (at);
