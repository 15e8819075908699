-- Issue 12, trust against an insider. Each person's certificate (their signing key lives only in their key
-- slot); a legal approval as the canonical approval.json and legal's CMS signature over it; how many times a
-- release went out (a release is exported once).
ALTER TABLE users ADD COLUMN certificate_pem TEXT;
ALTER TABLE users ADD COLUMN slot_public_key TEXT;
ALTER TABLE releases ADD COLUMN approval_json TEXT;
ALTER TABLE releases ADD COLUMN approval_p7s BLOB;
ALTER TABLE releases ADD COLUMN export_count INTEGER NOT NULL DEFAULT 0;
