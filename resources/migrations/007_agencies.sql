-- Law-enforcement agency profiles for submissions. Secrets (API keys, OAuth2 client secrets, client keys) live
-- here only, inside the encrypted database; listings and the audit log never show them.
CREATE TABLE agencies (
    id               TEXT PRIMARY KEY,
    name             TEXT NOT NULL,
    jurisdiction     TEXT NOT NULL DEFAULT '',
    base_url         TEXT NOT NULL,
    ca_pem           TEXT NOT NULL DEFAULT '',   -- pinned CA; empty: the system's CAs
    auth             TEXT NOT NULL CHECK (auth IN ('none', 'apikey', 'oauth2', 'mtls')),
    api_key_header   TEXT NOT NULL DEFAULT '',
    token_url        TEXT NOT NULL DEFAULT '',
    client_id        TEXT NOT NULL DEFAULT '',
    secrets_json     TEXT NOT NULL DEFAULT '{}', -- api_key, client_secret, client_cert_pem, client_key_pem
    payload_profile  TEXT NOT NULL CHECK (payload_profile IN ('lpdesk-v1', 'nibrs-file')),
    max_bytes        INTEGER NOT NULL,
    allowed_fields   TEXT NOT NULL DEFAULT '[]',
    created_at       TEXT NOT NULL,
    created_by       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
