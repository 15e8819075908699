<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Permissions</name>
    <message>
        <source>Permission denied: %1 may not %2 (allowed: %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>LP Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LP Desk cannot start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LP Desk investigation workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case database to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LP Desk databases (*.lpdb)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Investigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scrypt</name>
    <message>
        <source>Key derivation parameters are out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key derivation failed (not enough memory?).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>X25519</name>
    <message>
        <source>Sealed key does not open (corrupt or not ours).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit chain is intact: %1 events.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::CaseDatabase</name>
    <message>
        <source>User names are 1–64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;@&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; LP Desk will not overwrite a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a database in %1: the folder is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LP Desk organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LP Desk workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the new database into place at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not writable (read-only folder or file); LP Desk needs to write its journal there. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 is damaged, truncated or does not belong to this key-slot file (%2). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an LP Desk case database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key-slot file does not belong to this database (database id differs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key-slot file is locked by another LP Desk process; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit anchor in the key-slot file does not verify (edited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log ends before event %1, which was recorded earlier: events were deleted from its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit event %1 differs from what was recorded earlier: the log was rewritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rotate the master key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rekey failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rekey failed; the database still uses the old key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose a new name for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the backup into %1: the folder is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed: cannot move it into place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup of %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite integrity check could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit event %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1 has no key slot and cannot log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key slot for %1 has no active user and is refused at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transaction to commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::Cli</name>
    <message>
        <source>No passphrase: set LPDESK_PASSPHRASE, use --passphrase-file, or run in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;lpdesk-cli --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which user? Give --user NAME or set LPDESK_USER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: lpdesk-cli [--db FILE] [--user NAME] [--json] [--passphrase-file FILE] COMMAND ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LP Desk command line: the same core services as the lpdesk workstation, headless.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case database (default: LPDESK_DB or the per-user data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who unlocks it (default: LPDESK_USER, or the only user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>machine-readable output for list and show commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the passphrase from FILE (else LPDESK_PASSPHRASE, else asked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 failed, 2 usage error, 3 authentication or permission refused, 4 verification failed (tampering or corruption).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;lpdesk-cli help COMMAND&apos; or &apos;lpdesk-cli COMMAND --help&apos; shows one command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--passphrase-file needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong number of arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init needs --admin NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating %1 (tuning the key-derivation cost to this machine)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role must be investigator, legal, admin or auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for the new user %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (no key slot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotating the master key so the removed user&apos;s knowledge of it is worthless...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient key (X25519) id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation CA certificate (give this to police as org-ca.pem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite integrity: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite integrity: FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since takes a date (2026-03-14) or an RFC 3339 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit event %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a new encrypted case database (never overwrites)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlock and print your name and role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(admin) add a user with its own key slot (passphrase: LPDESK_NEW_PASSPHRASE or asked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(admin, auditor) users and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(admin) remove a user&apos;s key slot; --rekey also rotates the master key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(admin) change a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change your passphrase (new one: LPDESK_NEW_PASSPHRASE or asked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipient key (what stores encrypt to) and signing certificates (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the recipient public key for a store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the organisation CA certificate (org-ca.pem for police)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity check and every hash chain; exit 4 on any break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(admin) consistent encrypted copy (OUT, OUT.keys, OUT.media)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(admin) rotate the database master key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(admin, auditor) the global audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(admin, auditor) verify the audit chain; exit 4 on any break</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::FirstRunWizard</name>
    <message>
        <source>Set up LP Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to LP Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LP Desk keeps every case — incidents, footage, POS records, statements and the chain of custody — in one encrypted case database on this computer.

Each person who uses it gets their own passphrase and role (investigator, legal, administrator, auditor). You are about to create the database and its first administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where and for whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workstation name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation name appears on the certificate that signs packages for police.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LP Desk databases (*.lpdb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no way to recover a forgotten passphrase. Add a second administrator later so that the database can still be opened if one passphrase is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names are letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;@&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the same passphrase twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuning the passphrase protection to this computer and generating keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. The database is ready at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::HashChain</name>
    <message>
        <source>chain %1: %2 events, intact (head %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chain %1, event %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the event: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events up to %2 are missing (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate or out-of-order sequence number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event text is not valid JSON (edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event says it is number %1: events were reordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indexed columns differ from the hashed event (edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event belongs to another chain (moved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link to the previous event is broken (an earlier event was deleted, edited or reordered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contents were edited (hash mismatch)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::KeySlotFile</name>
    <message>
        <source>Unknown user or wrong passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key-slot file %1 is missing; the database cannot be unlocked without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the key-slot file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key-slot file %1 is too large to be genuine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key-slot file is corrupt (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the key-slot file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the key slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key slot for this user is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not seal the new master key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::MainWindow</name>
    <message>
        <source>LP Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;No incidents yet&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To get started, add a store under &lt;b&gt;Stores → Add store…&lt;/b&gt; (a USB folder or the store&apos;s HTTPS drop), then choose &lt;b&gt;Stores → Pull now&lt;/b&gt;. New incidents appear here; open one to review its footage and start a case.&lt;br&gt;&lt;br&gt;Stores encrypt footage to this workstation&apos;s recipient key: give them the file from &lt;b&gt;Tools → Export recipient key…&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users and roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About LP Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the database and every hash chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is intact.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems were found:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the case database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LP Desk databases (*.lpdb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About LP Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;LP Desk %1&lt;/b&gt;&lt;br&gt;Loss-prevention investigation workstation.&lt;br&gt;%2&lt;br&gt;Database id %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::Migrations</name>
    <message>
        <source>Cannot read the schema version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database uses schema version %1, but this LP Desk only knows up to version %2. Use a newer LP Desk; the database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start migration %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed and was rolled back: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::PassphraseFields</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a long passphrase: several unrelated words are easy to type and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passphrase is short; 12 characters or more is recommended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrases match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::UnlockDialog</name>
    <message>
        <source>Unlock LP Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open another…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name and passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::UserDirectory</name>
    <message>
        <source>list users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User names are 1–64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;@&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a user called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A master-key rotation is unfinished; reopen the database first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot remove yourself; ask another administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot take away your own administrator role.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::UserManagementDialog</name>
    <message>
        <source>Users and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the new user their passphrase in person; they can change it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating a key slot for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1? Their key slot is deleted and they can no longer unlock this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New role for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::WorkstationKeys</name>
    <message>
        <source>The workstation key &quot;%1&quot; is missing from the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the workstation keys: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workstation recipient key is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an LP Desk recipient key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient key file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
