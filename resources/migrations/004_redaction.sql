-- Redaction plans, kept with the case (drafts from the editor, and what each rendered derivative used).
CREATE TABLE redaction_plans (
    id                TEXT PRIMARY KEY,
    case_id           TEXT REFERENCES cases (id),
    media_id          TEXT NOT NULL REFERENCES media (id),
    plan_json         TEXT NOT NULL,
    sha256            TEXT NOT NULL,
    rendered_media_id TEXT REFERENCES media (id),
    created_at        TEXT NOT NULL,
    created_by        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE INDEX redaction_plans_media ON redaction_plans (media_id);
