-- Standard operating procedures per incident type ('*': the default for types without their own): what to do at
-- once, how to report, what evidence to preserve. Versioned and append-only: publishing a change adds a version;
-- a version never changes or disappears (the triggers refuse), so a case can always show the procedure in force when
-- it was worked. sha256 is over the canonical JSON of type, version and the four texts (SopLibrary::hash).
CREATE TABLE sops (
    type       TEXT    NOT NULL,
    version    INTEGER NOT NULL CHECK (version >= 1),
    title      TEXT    NOT NULL,
    immediate  TEXT    NOT NULL,
    reporting  TEXT    NOT NULL,
    preserve   TEXT    NOT NULL,
    sha256     TEXT    NOT NULL,
    created_at TEXT    NOT NULL,
    created_by TEXT    NOT NULL,
    PRIMARY KEY (type, version)
);
CREATE TRIGGER sops_append_only_update BEFORE UPDATE ON sops
BEGIN
    SELECT RAISE(ABORT, 'a published procedure version cannot change');
END;
CREATE TRIGGER sops_append_only_delete BEFORE DELETE ON sops
BEGIN
    SELECT RAISE(ABORT, 'a published procedure version cannot be deleted');
END;
