-- Templates for police requests: per kind a default due period, the legal basis and what is usually asked (they
-- pre-fill a new request), and the response letter rendered from a request's fields. Versioned and append-only like
-- the SOPs (the triggers refuse changes), hashed (RequestTemplates::hash) and audited (le_template_published).
-- A request remembers the template version it was recorded from.
CREATE TABLE le_request_templates (
    name        TEXT    NOT NULL,
    version     INTEGER NOT NULL CHECK (version >= 1),
    kind        TEXT    NOT NULL,
    title       TEXT    NOT NULL,
    due_days    INTEGER NOT NULL DEFAULT 0,
    legal_basis TEXT    NOT NULL,
    asked       TEXT    NOT NULL,
    letter      TEXT    NOT NULL,
    sha256      TEXT    NOT NULL,
    created_at  TEXT    NOT NULL,
    created_by  TEXT    NOT NULL,
    PRIMARY KEY (name, version)
);
CREATE TRIGGER le_request_templates_append_only_update BEFORE UPDATE ON le_request_templates
BEGIN
    SELECT RAISE(ABORT, 'a published request template version cannot change');
END;
CREATE TRIGGER le_request_templates_append_only_delete BEFORE DELETE ON le_request_templates
BEGIN
    SELECT RAISE(ABORT, 'a published request template version cannot be deleted');
END;
ALTER TABLE le_requests ADD COLUMN template TEXT;
ALTER TABLE le_requests ADD COLUMN template_version INTEGER;
