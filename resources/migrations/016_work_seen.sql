-- "My work" notifications: how far each person has looked. Events (a release decided, a police request overdue)
-- at or before seen_up_to are seen; the marker lives here, with the data it points at, not in the workstation's
-- settings, so that every workstation and lpdesk-cli agree.
CREATE TABLE work_seen (
    user_id    TEXT PRIMARY KEY,
    seen_up_to TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
