-- When LP Desk last asked the agency for the status of a delivered submission (agency protocol v1, "4. Status"):
-- `outbox run` and the GUI's send job ask again for every delivered submission whose last check is older than the
-- organisation's interval (setting "followup_check_hours", 24 unless set), so police follow-ups arrive without
-- anyone remembering to ask. NULL: never asked.
ALTER TABLE submissions ADD COLUMN status_checked_at TEXT;
