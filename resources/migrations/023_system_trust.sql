-- A pinned CA is required for https stores and agencies; the system's certificate authorities only on an
-- administrator's explicit choice, recorded here: 0 = no (a pinned CA, or a folder store), 1 = yes, 2 = yes, set by
-- this migration for a profile that had no CA so it keeps working; the first login afterwards audits each of those
-- (system_trust_kept) and sets it to 1 (SystemTrust::auditMigrated).
ALTER TABLE stores ADD COLUMN system_trust INTEGER NOT NULL DEFAULT 0 CHECK (system_trust IN (0, 1, 2));
ALTER TABLE agencies ADD COLUMN system_trust INTEGER NOT NULL DEFAULT 0 CHECK (system_trust IN (0, 1, 2));
UPDATE stores SET system_trust = 2 WHERE source_kind = 'https' AND COALESCE(ca_pem, '') = '';
UPDATE agencies SET system_trust = 2 WHERE ca_pem = '';
