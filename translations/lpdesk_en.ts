<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>H264PcmPictures</name>
    <message>
        <source>not an H.264 sequence parameter set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separate colour planes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sequence parameter set this coder cannot read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>use their own account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the public keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, remove or change users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rotate the master key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add or remove stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pull from stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work on evidence (trims, stills, markers, redactions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read POS records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import POS journals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link POS records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request a release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve or reject releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add or remove agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use agency credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submit releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find faces and people or track regions for redaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read police requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record police requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign off an exigent disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open police documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read police follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record police follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the program KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change evidence checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change store regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read retention rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set retention periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read legal holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place a legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lift a legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purge expired evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied: %1 (%2) may not %3 (allowed: %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the procedures (SOPs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish procedures (SOPs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read police request templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish police request templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebuild the KPI rollups</source>
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
    <message>
        <source>Save the README and AppStream screenshots of the database into DIR and quit (user and passphrase from LPDESK_USER and LPDESK_PASSPHRASE; file paths are not shown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open PAGE once the database is unlocked (one of: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lpdesk: --page takes one of: %1</source>
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
    <name>Theme</name>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System (follow the desktop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
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
    <name>lpdesk::AddEvidenceDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. DVR export on USB stick from the store manager, 4 Dec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. ch01 or phone of J. Doe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the file, or e.g. 2026-12-04T14:02:11-05:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many seconds the recorder&apos;s clock was ahead of true time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame rate of raw .h264/.h265 streams, which carry no timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock &amp;offset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each file is kept bit for bit as a native master exhibit (encrypted), with its SHA-256 and who, when and where from in the chain of custody. Video the player cannot use directly gets an MP4 working copy; ZIP exports are unpacked; anything unreadable is kept as a document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start time is not an RFC 3339 time with an offset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)</source>
        <translation>
            <numerusform>Importing %n file</numerusform>
            <numerusform>Importing %n files</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n file(s) before it were imported)</source>
        <translation>
            <numerusform>%1: %2 (%n file before it was imported)</numerusform>
            <numerusform>%1: %2 (%n files before it were imported)</numerusform>
        </translation>
    </message>
    <message>
        <source>Recording s&amp;tart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fra&amp;me rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported.</source>
        <translation>
            <numerusform>%n file imported.</numerusform>
            <numerusform>%n files imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lpdesk::AdminHomeView</name>
    <message>
        <source>&lt;h2&gt;Administration&lt;/h2&gt;</source>
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
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users and their roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
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
        <source>Added by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores and their last pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last pulled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No store is registered yet. Add one under Stores → Add store…; investigators then pull its incidents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Incidents in this database: %1, from %n store(s). Investigators and legal work on them; below is what you look after.</source>
        <translation>
            <numerusform>Incidents in this database: %1, from %n store. Investigators and legal work on them; below is what you look after.</numerusform>
            <numerusform>Incidents in this database: %1, from %n stores. Investigators and legal work on them; below is what you look after.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quarantine: %n item(s) refused by pulls</source>
        <translation>
            <numerusform>Quarantine: %n item refused by pulls</numerusform>
            <numerusform>Quarantine: %n items refused by pulls</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying the audit log&apos;s chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit log&apos;s chain verifies (%n event(s)).</source>
        <translation>
            <numerusform>The audit log&apos;s chain verifies (%n event).</numerusform>
            <numerusform>The audit log&apos;s chain verifies (%n events).</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log&apos;s chain does NOT verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failed sign-ins recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-in(s) recorded; the latest:</source>
        <translation>
            <numerusform>%n failed sign-in recorded; the latest:</numerusform>
            <numerusform>%n failed sign-ins recorded; the latest:</numerusform>
        </translation>
    </message>
    <message>
        <source>a failed sign-in as %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;ores…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::AgenciesDialog</name>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short id, e.g. cpd-19</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency&apos;s CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned &amp;CA:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the CA certificate %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency %1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth2 client credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutual TLS (client certificate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client certificate (PEM file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its private key (PEM file, unencrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certi&amp;ficate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client private ke&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for NIBRS reports, e.g. IL0160000 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Cook County, IL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LP Desk package (lpdesk-v1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIBRS incident file (nibrs-file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional fields it may receive, e.g. narrative,suspects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ORI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jurisdiction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;ze limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allo&amp;wed fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key &amp;header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust the system&apos;s certificate authorities (not recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a pinned CA, anyone who gets a certificate for the agency&apos;s host from any authority this system trusts can receive its submissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system (not pinned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the agency&apos;s CA certificate (Pinned CA), or tick &quot;Trust the system&apos;s certificate authorities&quot; if it has none you can pin (not recommended).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency %1 added. It trusts the system&apos;s certificate authorities, not a pinned CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For&amp;mat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth&amp;entication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lient id:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::AgencyRegistry</name>
    <message>
        <source>An agency id is 2–40 lowercase letters, digits or &apos;-&apos; (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the agency&apos;s name (at most 200 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency&apos;s address must be an https:// URL without user name or fragment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pinned CA file holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication is one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key authentication needs a header name and the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth2 client credentials need an https:// token URL, a client id and its secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutual TLS needs a client certificate and its matching private key (PEM, unencrypted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload profile is one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size limit must lie between 1 MiB and 1 TiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field name is 1–40 lowercase letters or &apos;_&apos; (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is never sent to an agency, whatever the profile says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There already is an agency %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no agency %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an optional field; they are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ORI is two letters for the state and seven letters or digits (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Agency %1 has %n submission(s) in the outbox (%2); cancel them first (outbox cancel).</source>
        <translation>
            <numerusform>Agency %1 has %n submission in the outbox (%2); cancel them first (outbox cancel).</numerusform>
            <numerusform>Agency %1 has %n submissions in the outbox (%2); cancel them first (outbox cancel).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agency %1 has %n submission(s) on record; its profile stays as the record of where they went.</source>
        <translation>
            <numerusform>Agency %1 has %n submission on record; its profile stays as the record of where they went.</numerusform>
            <numerusform>Agency %1 has %n submissions on record; its profile stays as the record of where they went.</numerusform>
        </translation>
    </message>
    <message>
        <source>agency %1&apos;s endpoint (base URL, pinned CA, authentication) is not the one legal approved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::AgencyStatus</name>
    <message>
        <source>The agency assigned its case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no delivered submission %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking for the status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up check interval takes 0 to %1 hours (got %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::AudioDecoder</name>
    <message>
        <source>The clip has no audio track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decoder for the audio track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the audio decoder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set up audio conversion.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::AudioEncoder</name>
    <message>
        <source>The AAC encoder is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the AAC encoder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio encoding failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::AuditEventCache</name>
    <message>
        <source>Cannot read the audit log: %1</source>
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
        <source>The audit chain is intact: %1 events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s) shown.</source>
        <translation>
            <numerusform>%1 of %n event shown.</numerusform>
            <numerusform>%1 of %n events shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1.</source>
        <translation>
            <numerusform>%n event written to %1.</numerusform>
            <numerusform>%n events written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, case %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the release of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the release of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the incident at %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::AuditLogReport</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>details containing &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a failed sign-in as %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created the case database with %1 as administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added the user %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed the user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed the role of %1 from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed the passphrase of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the minimum passphrase length to %1 characters (it was %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued a personal certificate to %1 (serial %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked the certificate of %1 (serial %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed the setting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported %1 audit event(s) to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backed up the database to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looked at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looked at evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added the store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed the store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pulled incidents from the stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started a rotation of the database keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rotated the database keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>verified: all %n event(s) intact</source>
        <translation>
            <numerusform>verified: all %n event intact</numerusform>
            <numerusform>verified: all %n events intact</numerusform>
        </translation>
    </message>
    <message>
        <source>NOT INTACT: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s)</source>
        <translation>
            <numerusform>%1 of %n event</numerusform>
            <numerusform>%1 of %n events</numerusform>
        </translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
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
        <source>LP Desk audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LP Desk audit log · %1 · head %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log · page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote anchor %1 to the anchor file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pinned the key slot of %1 to the organisation CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed the organisation&apos;s CA certificate (SHA-256 %1) for the key slot of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pinned the key slot of %1 to the organisation&apos;s CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>granted %1 the legal role, to be confirmed by a second administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed the legal role %1 granted %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required a second administrator for grants of the legal role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped requiring a second administrator for grants of the legal role</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>left the workstation idle: it locked itself after %n minute(s) without input</source>
        <translation>
            <numerusform>left the workstation idle: it locked itself after %n minute without input</numerusform>
            <numerusform>left the workstation idle: it locked itself after %n minutes without input</numerusform>
        </translation>
    </message>
    <message>
        <source>locked the workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gave the store %1 the POS store id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took the POS store id %2 from the store %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::CaConfirmation</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the users of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1 (or it is over 1 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::CaPinning</name>
    <message>
        <source>no pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the users: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation CA certificate in the database (SHA-256 %1) is not the one the key slots of %2 were sealed with: the certificate row was replaced. Nothing it signs is trusted; restore the database from a backup (the organisation&apos;s certificate is also org-ca.pem in every package).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as their key slot proves to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sealed in their key slot, which only their passphrase opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log no longer holds event %1, which %2&apos;s last session saw (%3): it was cut or rewritten. Restore the database from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit event %1 is not the one %2&apos;s last session saw (hash %3, now %4; %5): the audit log was rewritten. Restore the database from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation CA certificate in the database is unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator confirms the organisation CA certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation CA certificate in the database (SHA-256 %1) is not the one you confirmed (%2): the certificate row was replaced. Nothing was pinned; restore the database from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key slots of %1 are pinned to another CA certificate than the one you confirmed: they cannot sign in until they are removed and added again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key slots of %1 are pinned to another organisation CA certificate than the one in the database (SHA-256 %2): they cannot sign in; an administrator removes and adds them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA pin stated in the key slots of %1 is not the one their owners proved to you: someone who can write the key-slot file changed it. Login refused; restore the key-slot file from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the slots of %1 are from before pinning too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pinned it without an administrator&apos;s proof to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key slot of %1 is from before the organisation CA certificate was pinned, and no administrator&apos;s key slot vouches for the certificate now in the database (SHA-256 %2)%3. It is not pinned on the database&apos;s word (the row may have been replaced): an administrator must confirm it with lpdesk-cli key confirm-ca SHA256, the fingerprint of the org-ca.pem the organisation keeps (openssl x509 -in org-ca.pem -outform DER | sha256sum).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no key slot for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key slot for %1 is from before CA pinning (pinned at its owner&apos;s next login, to the certificate an administrator&apos;s slot proves to it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key slot for %1: its CA pin (%2) is not the one its owner proved to you; it was changed in the slot file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key slot for %1: the audit head it states is not the one its owner proved to you; it was changed in the slot file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::CaseChecklistPanel</name>
    <message>
        <source>A clip that covers the moment of the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The POS transactions at the incident&apos;s register, linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signed statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description of the suspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — not needed: no incident names a register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence complete for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) missing for %1.</source>
        <translation>
            <numerusform>%n item missing for %1.</numerusform>
            <numerusform>%n items missing for %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>the built-in one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1, published by %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A newer procedure is in force now: %1 (%2). Below is the one in force when this case was opened.</source>
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
        <source>Rekey failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rekey failed; the database still uses the old key: %1</source>
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
    <message>
        <source>custody %1, event %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custody %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the user %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key slot for %1 is not the one recorded for that user (it was replaced or planted); login refused. An administrator must restore the key-slot file or re-add the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key slot of %1 is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not seal the signing key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no personal signing key yet; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the users: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key slot for %1: there is no such user; the slot was planted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No daily anchor was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No administrator&apos;s key slot could receive the CA key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no personal signing key; an administrator issues one (the organisation CA key is sealed to administrators only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit anchor in the key-slot file is missing (deleted): the audit log&apos;s length cannot be checked against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed: cannot copy the anchor file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n audit row(s) stand outside the audit chain; they were planted</source>
        <translation>
            <numerusform>%n audit row stand outside the audit chain; they were planted</numerusform>
            <numerusform>%n audit rows stand outside the audit chain; they were planted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n background job(s) still use the database; rotate the keys when they have finished.</source>
        <translation>
            <numerusform>%n background job still use the database; rotate the keys when they have finished.</numerusform>
            <numerusform>%n background jobs still use the database; rotate the keys when they have finished.</numerusform>
        </translation>
    </message>
    <message>
        <source>audit event %1 (%2): %3: forged with the database key, it is not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit event %1 (%2) records revocation list number %3, but %4: forged with the database key, its number is not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the revocation list lacks certificate %1 of %2, which the audit log records as revoked %3: an earlier list was put back (an administrator restores it in Users and roles, or with &quot;lpdesk-cli key restore-crl&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the revocation list is number %1, but the audit log records that list number %2 was issued: an earlier list was put back (an administrator restores it in Users and roles, or with &quot;lpdesk-cli key restore-crl&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your certificate does not name the administrator role; an administrator whose certificate does rotates the keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key slot for %1 is not the one recorded for that user: %2. Login refused; an administrator must restore the key-slot file or re-add the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key slot for %1 is not the one recorded for that user: %2, though audit event %3 records a certificate issued to %1. Login refused; an administrator must restore the key-slot file or re-add the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds no personal signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its signing key does not sign as a certificate of the organisation CA (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its signing key is %1&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key slot for %1 is not recorded yet (a database from before slot keys were recorded; recorded at its next login)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::CaseListView</name>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::CaseReport</name>
    <message>
        <source>Case report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected (store time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrative and suspects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident detected: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POS register %1 #%2, %3 %4 %5 (register clock %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement taken from %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POS extract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store %1, register %2, transaction %3, %4 (true %5), operator %6, flags: %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tender / note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card •••• %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card number withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VOIDED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact: %1. Version %2, signed off by %3 on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redaction log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (plan SHA-256 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From–to (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No redacted derivatives in this package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files and their SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package&apos;s own documents are listed with their hashes in SHA256SUMS and in the signed manifest.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
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
        <source>Hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved for release by %1 (legal) on %2. Reason: %3. The approval covers the content with SHA-256 %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case report %1 — package %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LP Desk package %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package %1 · page %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>origin not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendered although a detector found a face no region covers in frames %1 (confirmed by %2 at %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::CaseReportRenderer</name>
    <message>
        <source>This program cannot write the case report (it has no report renderer), so it cannot write a package.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::CaseService</name>
    <message>
        <source>There is no case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no incident %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case needs a title of 1–200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 is not in this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status must be one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note needs 1–20000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clock offset is between -86400 and 86400 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no camera %1 at store %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::CaseWorkspace</name>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart (frame-accurate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy (keyframes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encode (H.264)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trim in→out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a derivative clip from the in point to the out point (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current frame as a PNG, recorded as a derivative (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence (derivatives under their source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (original)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a clip first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set an in point (I) and an out point (O) after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trimming %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export still</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide bystanders, screens and card terminals in this clip (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;POS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request re&amp;lease…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask legal to release evidence of this case to the police (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side &amp;by side…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review several clips of this case in sync by wall-clock time (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in a DVR/VMS export, a phone video, a still or a document as a native master exhibit (or drop files on the case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redact the clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trim to the in/out points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request a release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the case window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a still</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (native master, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;olice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release requested: legal reviews it under Releases (Ctrl+3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;klist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (untitled case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An incident that can no longer be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This clip cannot be cut exactly at the in and out points without re-encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encode the range from %1 to %2 to a new H.264 clip instead? The original is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or choose &quot;Copy (keyframes)&quot; to cut losslessly at the nearest keyframes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-encode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Don&apos;t trim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport still…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: see Jobs (Ctrl+J) for its progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::ChainAnchors</name>
    <message>
        <source>Cannot read the custody chains: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the anchor file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The anchor file %1 is locked by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the anchor file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The anchor file %1 is missing: it was deleted. Restore it from a backup; db check names what is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last line of the anchor file %1 is incomplete; run db check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no time-stamp authority is configured: signed only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time-stamp authority did not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the anchor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the anchor file %1 is missing (deleted): the chains cannot be proven against their anchored heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the anchor file %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the last line is incomplete (cut or damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no anchor (emptied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2 is not an anchor (damaged or edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2 is anchor %3 where anchor %4 belongs: anchors are missing (a gap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2 (anchor %3) does not link to the line before it: a line was removed or changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 anchor %2 belongs to another database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 anchor %2: the signature does not verify: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 anchor %2: the time-stamp does not verify: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 anchor %2 says %3 but was time-stamped at %4 (back- or forward-dated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 anchor %2 was time-stamped before the anchor ahead of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 anchor %2 has no time-stamp: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the signatures cannot be checked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ends at anchor %2, but anchor %3 was written: its last lines were cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 anchor %2 differs from the one written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custody chain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read event %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: event %2, anchored in anchor %3, is gone: the chain was truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: event %2 differs from the one anchored in anchor %3: the chain was rewritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 anchors; every anchored head is checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The anchor file %1 no longer holds anchor %2 as it was written (cut, emptied or replaced): no anchor is added. Restore it from a backup; db check names what is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 anchor %2 anchors event %3 of the %4 with another hash than anchor %5: the chain was rewritten and anchored again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 anchor %2 carries a time-stamp that was not checked: no time-stamp authority an administrator signed for is configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The anchor file %1 is missing, but the audit log records that anchors were written: it was deleted. Restore it from a backup; db check names what is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The anchor file %1 no longer holds anchor %2 as the audit log records it (event %3): no anchor is added. Restore it from a backup; db check names what is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The anchor file %1 no longer holds the anchor written when the database was created (emptied): no anchor is added. Restore it from a backup; db check names what is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit log records anchor %1 written (event %2), but there is no anchor file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ends at anchor %2, but the audit log records anchor %3 written (event %4): its lines were cut or the file was started again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 anchor %2 differs from the one the audit log records (event %3): the file was replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 anchor %2 says %3 wrote it, but it was signed with the key of %4: forged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read its events&apos; times: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: event %2 says it was made at %3, but it follows event %4, which %5 anchor %6 anchored and the time-stamp authority dated %7: it was written later and back-dated</source>
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
        <source>Passphrase for the new user %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (no key slot)</source>
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
        <source>store-sim needs --out DIR and --recipient FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--stores, --incidents, --clip-seconds and --seed take numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--day takes a date like 2026-03-14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stores, %2 incidents, %3 clips (%4 MB encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a certificate or key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store add needs exactly one of --path DIR or --url URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cert and --key go together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 new incidents, %3 new clips (%4 MB), %5 duplicates, %6 POS journals, %7 quarantined%8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lpdesk-cli: %1 items were quarantined; see &apos;lpdesk-cli quarantine list&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--severity takes 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a date (2026-03-14) or an RFC 3339 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (unread)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sort is one of priority, newest, oldest, severity, store, type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  store     %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  type      %1, severity %2, trigger %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  detected  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>            %1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  location  %1%2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, register %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, camera %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  narrative %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  suspect   %1: %2, %3, %4, %5; %6; %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  clip      %1  %2  %3 s  %4x%5  sha256 %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  missing   %1 clip(s) were quarantined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  POS       register %1, transaction %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stores with last pull, cursor and last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what pulls refused, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write one realistic store drop per store under DIR/&lt;store-id&gt;/ (no database needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case new needs --title T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  id        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  status    %1, assigned to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  created   %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  tags      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  incident  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  media     %n item(s) (see &apos;media list&apos;)</source>
        <translation>
            <numerusform>  media     %n item (see &apos;media list&apos;)</numerusform>
            <numerusform>  media     %n items (see &apos;media list&apos;)</numerusform>
        </translation>
    </message>
    <message>
        <source>  note      %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
      %1 of %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes seconds (12.5) or HH:MM:SS.mmm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mode is copy, smart or reencode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trimming… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 trim: frames %2–%3, %4 s to %5 s%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (copy trims start at the keyframe before the requested in-point)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame needs --out FILE.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the offset is a number of seconds (positive: the recorder&apos;s clock is ahead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chain of custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify a chain and its signed checkpoints; exit 4 naming each break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redact needs --plan FILE.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than a redaction plan may be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rendering… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  region %1 (%2, %3): %4–%5 s, %6 frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reasons a redaction may give (admin: --set replaces the list; &apos;other&apos; always stays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 transactions, %3 line items, %4 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  rejected %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pos import takes a FILE or --pulled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is auto, poslog, csv or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mapping is saved per store: give --store ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the mapping %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--window takes seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) newly linked</source>
        <translation>
            <numerusform>%n transaction newly linked</numerusform>
            <numerusform>%n transactions newly linked</numerusform>
        </translation>
    </message>
    <message>
        <source>    in clip %1 at %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long for a statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement add needs --author NAME and --text-file F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed off %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, corrected by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POS: %1 journals imported, %2 transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lpdesk-cli: POS journal not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  statement %1  case %2  %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package password (hand it over separately): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An encrypted package needs a password: give --password-file F, set LPDESK_PACKAGE_PASSWORD, or run in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is encrypted: give --password-file F, set LPDESK_PACKAGE_PASSWORD, or run in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    void: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--purpose is usb or agency:ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release request needs --note T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    content SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decision needs --note T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: package %1 (%2), %3 files, %4 bytes, %5 custody events, signed by %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>FAILED: %n problem(s) in %1</source>
        <translation>
            <numerusform>FAILED: %n problem in %1</numerusform>
            <numerusform>FAILED: %n problems in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>export needs --out FILE.zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: package %2, %3 files, %4 bytes, written and read back: it verifies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-stamped %1 by %2 (RFC 3161)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the certificate file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-stamp authority: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TSA address must be an http:// or https:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tsa URL needs --ca PEM: the CA that issues the TSA&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1 (or it is over 64 KiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-mb takes a number of MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (secret set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  pinned CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency profiles (never their secrets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  next attempt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submit needs --agency ID (and --wait takes seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not delivered yet; it stays in the outbox (outbox run retries it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--wait takes seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submissions, their state, attempts and receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect to the agency: TLS with the pinned CA (and client certificate), an HTTP answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME is RFC 3339 with an offset, e.g. 2026-03-14T14:02:11-05:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1 (%2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no footage: the clip starts %1 s later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no footage: the clip ended %1 s earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlock once, then run one command per line of standard input (with --json: one JSON result per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated single quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated double quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a shell cannot start another shell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--idle-timeout takes seconds from 0 (never) to 86400</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the script %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the commands: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command for %1 s: the database is locked and the shell ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 is longer than %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: --db, --user and --passphrase-file are set once, when the shell starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: add &quot;until_end&quot;: true to a region that must stay to the end of the clip; this warning is kept in the redaction log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--style is blur, pixelate or fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3–%4 s, %5 keyframes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n suggested region(s) written to %1; review them, then render with &apos;lpdesk-cli redact MEDIA --plan %1&apos;.</source>
        <translation>
            <numerusform>%n suggested region written to %1; review them, then render with &apos;lpdesk-cli redact MEDIA --plan %1&apos;.</numerusform>
            <numerusform>%n suggested regions written to %1; review them, then render with &apos;lpdesk-cli redact MEDIA --plan %1&apos;.</numerusform>
        </translation>
    </message>
    <message>
        <source>redact suggest needs --out PLAN.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--detect takes faces, people and plates (comma-separated), not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detecting… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--box takes SECONDS,X,Y,WIDTH,HEIGHT (pixels of the frame shown at SECONDS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redact track needs --out PLAN.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  kinds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  %n already imported from an overlapping journal (skipped)</source>
        <translation>
            <numerusform>  %n already imported from an overlapping journal (skipped)</numerusform>
            <numerusform>  %n already imported from an overlapping journal (skipped)</numerusform>
        </translation>
    </message>
    <message>
        <source>  note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media import needs --case CASE or --incident ID (one of them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media import needs --source TEXT: where the files came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--start takes an RFC 3339 time with an offset, e.g. 2026-03-14T14:02:11-05:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--offset takes seconds (the recorder&apos;s clock minus true time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fps takes a frame rate, e.g. 25 or 29.97</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1… %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3, SHA-256 %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a date (YYYY-MM-DD) or an RFC 3339 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXIGENT: legal sign-off pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fulfilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  officer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  received: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  legal basis: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  asks %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  cases: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  releases: %1 (fulfilled by: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  document %1  %2  %3 bytes  sha256 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  legal sign-off due by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  closed by %1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>followup add needs --kind K and --at T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--amount takes a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>police requests, overdue and unsigned exigent ones flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one police request with its cases, releases and documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>police follow-up of a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  incidents %2  cases %3  MTTR median %4 p90 %5  complete %6  follow-up %7  closed %8  repeat %9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a date, YYYY-MM-DD (the store&apos;s local date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --store or --region, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcomes: %1 arrests, %2 charged, %3 recoveries (%4), %5 closed by police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a legal hold and its lifting need --reason T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (lifted by %1 at %2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAYS is a whole number of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No retention rules: nothing is ever purged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3 days from the %4 (set by %5 at %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case&apos;s closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purged %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would be purged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items (%2 bytes) would be purged; %3 expired items are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items purged; %2 expired items are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>program KPIs: MTTR (median, p90), evidence completeness, follow-up, closure and repeat rates, outcomes (store-local dates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal holds in force (--all: lifted ones too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--codec takes h264 or h265</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bframes takes a number from 0 to 16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: police request %1 (%2, %3 %4) was due %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs no case database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commands missing from the permission map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the permission table: each action, the roles that may do it, its commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recipient key %1 written to %2. Give this file to every store (its edge box or `store-sim --recipient`): until a store has it, what it sends stays readable with the retired key. Files already here are encrypted to a retired key until `lpdesk-cli db reencrypt` has run (`db reencrypt --list` names them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--recipient-out goes with --rekey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s certificate is revoked (the revocation list goes into every package as crl.pem).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotating the master key and the recipient key so that nothing the removed user held opens the database or what is pulled from now on...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-encrypting %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) re-encrypted to the current recipient key; %1 retired key(s) forgotten.</source>
        <translation>
            <numerusform>%n file re-encrypted to the current recipient key; %1 retired key(s) forgotten.</numerusform>
            <numerusform>%n files re-encrypted to the current recipient key; %1 retired key(s) forgotten.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no revocation list yet; an administrator signs in once to make it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anchor %1 written to %2: the audit chain at event %3 and %4 custody chains, signed by %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not time-stamped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-stamped by the configured time-stamp authority (RFC 3161).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anchor the heads of the audit and custody chains in &lt;db&gt;.anchors (signed by you, time-stamped by the TSA); --export writes anchor.json, .p7s and .tsr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the organisation CA&apos;s certificate revocation list (crl.pem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package password (shown once; hand it over separately, never with the package): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No time-stamp authority: packages, anchors and approvals carry no RFC 3161 token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-stamp authority: %1 (settings signed by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waits for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications: %1 unseen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what waits for you (open cases, release requests, decisions to make, exigent sign-offs, overdue police requests) and your notifications; --mark-seen marks them seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--min-length takes a number of characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 audit event(s) written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--window takes 1–86400 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (linked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every transaction of the incidents&apos; stores within ±S seconds (default 1800) of an incident of the case, linked or not: what to link by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n revocation(s) the audit log records were missing from the revocation list; it is issued again with them.</source>
        <translation>
            <numerusform>%n revocation the audit log records was missing from the revocation list; it is issued again with them.</numerusform>
            <numerusform>%n revocations the audit log records were missing from the revocation list; it is issued again with them.</numerusform>
        </translation>
    </message>
    <message>
        <source>hint: give --ca FILE (the CA certificate the sender gave you) to check who made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hint: give --tsa-ca FILE (the time-stamp authority&apos;s certificate) to let the time-stamp decide against revocations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revocation list already holds every revocation the audit log records, and its number (%1) is the highest issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revocation list is now number %1 (the one in the database was number %2; the highest the audit log records, %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete (checklist for %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not complete yet (checklist for %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not needed: no incident names a register)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (built in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (version %3, published by %4 at %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immediate actions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence to preserve: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--version takes a version number (0: the built-in procedure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  built in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  version %3 (%4, %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sop publish needs --file F.json with title, immediate, reporting and preserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a JSON object with the strings title, immediate, reporting and preserve, and nothing else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published version %1 of the procedure for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the procedure (SOP) in force for each incident type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a procedure: immediate actions, reporting steps, evidence to preserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every published version of a procedure, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--history takes a number of days up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  version %3 REFUSED: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le-request add needs --kind K (or --template NAME) and --agency A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  recorded from template %1, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3, built in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3, version %4, published by %5 at %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Due: %n day(s) after it is received</source>
        <translation>
            <numerusform>Due: %n day after it is received</numerusform>
            <numerusform>Due: %n days after it is received</numerusform>
        </translation>
    </message>
    <message>
        <source>Due: no default due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is asked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  %3  built in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  %3  version %4 (%5, %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--version takes a version number (0: the built-in template)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le-request template set needs --file F.json with kind, title, due_days, legal_basis, asked and letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a request template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a JSON object with the strings kind, title, legal_basis, asked and letter and the whole number due_days, and nothing else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published version %1 of the request template %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request templates: per kind a due period, legal basis, what is asked and a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every published version of a request template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one request template with its letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure in force when the case was opened (%1): %2 (built in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure in force when the case was opened (%1): %2 (%3 version %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A newer procedure is in force now: %1 (built in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A newer procedure is in force now: %1 (%2 version %3, published by %4 at %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a general procedure would replace the built-in procedures of %1 (they have none of their own); publish theirs first, or give --replace-built-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the general procedure now replaces the built-in procedures of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n clip(s)</source>
        <translation>
            <numerusform>%n clip</numerusform>
            <numerusform>%n clips</numerusform>
        </translation>
    </message>
    <message>
        <source>give the SHA-256 of the organisation CA certificate (64 hex digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation CA certificate %1 confirmed; your key slot is pinned to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key confirm-ca runs on its own, not in a shell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  system CAs (not pinned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  no CA (refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media export needs --out FILE: where the copy goes (a new file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of the template %2 is REFUSED (%3); version %4 is used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 REFUSED: %2 Shown instead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  %3  %4 stands in; version %5 REFUSED: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the built-in template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mode is smart or full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s legal role waits for another administrator: lpdesk-cli user confirm-role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (legal grant by %1 awaits a second administrator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s legal role is confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--legal-needs-second-admin takes on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granting the legal role needs a second administrator to confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granting the legal role needs no second administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase policy; --min-length (admin) raises the minimum length (8 to 64); --legal-needs-second-admin (admin) makes a grant of legal wait for a second administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incidents by type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incidents by trigger: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medians from detection: to case %1, to legal&apos;s decision %2, to close %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top repeat stores (repeat incidents within 30 days): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no procedure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  version %3 stands in; version %4 REFUSED: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings idle-lock takes a whole number of minutes (%1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Workstations lock after %n minute(s) without input</source>
        <translation>
            <numerusform>Workstations lock after %n minute without input</numerusform>
            <numerusform>Workstations lock after %n minutes without input</numerusform>
        </translation>
    </message>
    <message>
        <source>how long a workstation may be left without input before it locks itself (admin: MINUTES sets the organisation&apos;s limit, %1 to %2; a person may only choose shorter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation locks an idle session after %1 s: this shell locks then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is evidence of several cases; say which with --case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trim modes: --mode smart (frame-accurate), --mode copy (at keyframes) or --mode reencode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format is given with --format poslog, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date order is given with --date-order mdy (month first) or --date-order dmy (day first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, working copy %1 (transcoded to H.264)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, working copy %1 (remuxed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  recorded from %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legal basis is given with --basis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 total, median %3, cases %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no currency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss from linked POS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss from linked POS, %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the agency&apos;s status of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agency status(es) read; %2 follow-up(s) recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  POS ids %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ids the store&apos;s own POS system writes for it in its journals (NCR RetailStoreID, Futura BusinessUnit/UnitID): journals naming one import as the store&apos;s; adding and removing: admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n police follow-up(s) recorded from the agencies&apos; status.</source>
        <translation>
            <numerusform>%n police follow-up recorded from the agencies&apos; status.</numerusform>
            <numerusform>%n police follow-ups recorded from the agencies&apos; status.</numerusform>
        </translation>
    </message>
    <message>
        <source>settings followup-check takes a whole number of hours (0 to %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox run asks the agencies for follow-up every time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>outbox run asks the agencies for follow-up when the last answer is over %n hour(s) old</source>
        <translation>
            <numerusform>outbox run asks the agencies for follow-up when the last answer is over %n hour old</numerusform>
            <numerusform>outbox run asks the agencies for follow-up when the last answer is over %n hours old</numerusform>
        </translation>
    </message>
    <message>
        <source>how long the agency&apos;s status of a delivered submission stays fresh before outbox run asks again for police follow-up (admin: HOURS sets it, 0 to %1; 0 asks every run; default %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing value for --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option --%1 takes no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is given with --store STORE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is given with --store STORE (--store %1 files the journal under the id it names), or an administrator adds the id to a store&apos;s POS store ids: lpdesk-cli store pos-id STORE --add %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>KPI rollups recomputed from the records; %n difference(s) put right.</source>
        <translation>
            <numerusform>KPI rollups recomputed from the records; %n difference put right.</numerusform>
            <numerusform>KPI rollups recomputed from the records; %n differences put right.</numerusform>
        </translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at or above p90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>followed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no follow-up within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident %1 repeats within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --period or --from/--to, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--period takes a day, week, month or quarter: 2026-03-14, 2026-W11, 2026-03 or 2026-Q1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2: %3 (%4 of %5 counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cases behind one KPI figure (of the whole filter, or of one --by group): times to report, missing checklist items, follow-up, closure; repeat: the repeat incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--min-confidence, --min-plate-confidence, --every, --hold, --rescan, --tile-every and --padding take numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXIGENT: legal sign-off overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXIGENT: signed off late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  signed off by %1 at %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (late: due by %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings exigent-signoff takes a whole number of hours (1 to %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Legal signs off an exigent disclosure within %n hour(s) of receiving the request</source>
        <translation>
            <numerusform>Legal signs off an exigent disclosure within %n hour of receiving the request</numerusform>
            <numerusform>Legal signs off an exigent disclosure within %n hours of receiving the request</numerusform>
        </translation>
    </message>
    <message>
        <source>how long after an exigent request is received legal&apos;s after-the-fact sign-off is due (admin: HOURS sets it for requests recorded from now on, 1 to %1; default %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(anyone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission-map entries that are no command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an agency profile: pinned CA (or, explicitly and not recommended, the system&apos;s CAs), authentication (secrets kept in the encrypted database), payload profile, size limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove an agency profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seal an approved release for the agency, put it in the outbox and deliver it (retrying while the wait is at most S seconds, default 60); prints the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deliver every submission that is due, resuming interrupted uploads; then ask the agencies for the status of delivered submissions not asked within the follow-up check interval (settings followup-check) and record their follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask the agencies for the status of delivered submissions and record what they report (case number, officer, arrest, charges, recovery, closure) as follow-ups of the case, each once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel a submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open a case from incidents (also across stores); prints its id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlink an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>originals and derivatives with hashes and lineage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where the true time TIME (RFC 3339) falls in each clip of the case, corrected for camera clock offsets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>derivative clip (default smart: frame-accurate); prints its id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a still, recorded as a derivative and exported to FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record how far a recorder&apos;s clock is ahead of true time (audited, in custody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a user with its own key slot (passphrase: LPDESK_NEW_PASSPHRASE or asked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove a user&apos;s key slot and revoke their certificate; --rekey also rotates the master key and the recipient key (prints the new recipient key file for the stores)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirm a legal grant another administrator made, when the organisation requires a second administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consistent encrypted copy (OUT, OUT.keys, OUT.media)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rotate the database master key and the recipient key (prints the new recipient key file for the stores)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-encrypt files still encrypted to a retired recipient key, then forget that key; --list only names them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue the revocation list again with every revocation the audit log records (after an earlier list was put back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the global audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit log (filtered) as a PDF in words, with the chain&apos;s status and head hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify the audit chain; exit 4 on any break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import a POS journal as evidence (kept encrypted with its hash): ARTS POSLog (IXRetail or 6.0 namespace, vendor extensions kept), CSV or JSON; every record is a sale, return, void, no-sale or control transaction, every reject is named; a journal with more than half of its transactions rejected fails (exit 1) and keeps nothing. Times without an offset take --timezone or the store&apos;s timezone; --date-order for dates written with slashes (mdy: 3/14/2026, dmy: 14/3/2026; default: what the journal&apos;s dates show, refused when they show both or neither); --delimiter and --decimal for CSV (default: detected, decimal comma with &apos;;&apos;); --mapping saves the store&apos;s CSV column mapping; --pulled imports journals pulled from stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link the transactions the case&apos;s incidents reference and the exceptions at their registers within ±S seconds (default 120), clock offsets applied, and say why when none is new; or link/unlink by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case&apos;s transactions with line items and where each happens in the case&apos;s clips; --mask withholds card digits and loyalty ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one transaction (the receipt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a statement (a draft until signed off); prints its id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a draft statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign off a statement: from then on it cannot change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new version of a signed-off statement; prints its id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case&apos;s statements, every version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one statement with its attachments&apos; hashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bring DVR/VMS/phone files in as native master exhibits: each kept bit for bit (encrypted), hashed, custody &quot;acquired&quot;; video FFmpeg reads (MP4/MOV, MKV, AVI, MPEG-PS/TS, raw .h264/.h265 at --fps, Dahua .dav) gets an MP4 working copy where needed (a remux, or an H.264 transcode where the codec cannot be remuxed or played); stills with EXIF time; anything else is kept as a document; a ZIP export is unpacked under the hostile-archive rules. --start is the recording&apos;s start as its clock showed it (default: from the file), --offset how many seconds that clock was ahead. Prints the new ids; exit 1 if a file could not be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a plaintext copy of one item (a document, an original, a derivative) to FILE, which must not exist; the copy is read back and its SHA-256 checked against the master&apos;s, and custody and audit record &quot;exported a copy to FILE&quot; with the hash. Prints &quot;SHA256  FILE&quot; as sha256sum does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a request from law enforcement; documents are encrypted like evidence; a template fills the kind, due date, legal basis and what is asked where not given; prints its id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response letter of a request, from its template, with the request&apos;s fields and the releases that fulfil it (audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish a new version of a request template (kind, title, due_days, legal_basis, asked, letter with {placeholders})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link a police request to a case (recorded in custody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add documents the police sent (encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close a police request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign off an exigent disclosure after the fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record what the police did (in custody); prints its id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what a complete case holds for an incident type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recompute the KPI rollups from the records (when `db check` names a difference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case&apos;s evidence checklist: what is there and what is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish a new version of a procedure (title, immediate, reporting, preserve); the first general one, which replaces the built-in procedures of the types without their own, needs --replace-built-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put a store in a region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put a case on legal hold: nothing of it is purged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lift a case&apos;s legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put an incident on legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lift an incident&apos;s legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep evidence of an incident type (or an evidence kind: original, derivative, still, pos_journal) DAYS days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete expired evidence files, keeping tombstones, custody and audit records; never anything held, open or pending release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>render a redaction plan (regions with keyframes, blur/pixelate/fill, audio mutes) to a derivative, re-encoding only the GOPs that hold a region when it can (smart) or every frame as H.264 (full); prints its id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find faces, people or plates, track them and write a plan of suggested regions to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow one box (pixels) forwards and backwards through the clip into a plan region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask legal to release items of a case; prints the request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release requests and their state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one request with every item&apos;s hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve (never one&apos;s own request): binds to the exact content; personal data stays masked unless included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reject (never one&apos;s own request) with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the sealed package of an approved, unchanged release; it is read back and verified before success is reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the RFC 3161 time-stamp authority that stamps every package&apos;s manifest (changing it: admin); without arguments, show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify a package offline: structure, signature, hashes, coverage, custody chain, revoked reviewers (crl.pem, or a newer list with --crl); exit 4 listing every problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register a store drop: a folder/USB or HTTPS with pinned CA (or, explicitly and not recommended, the system&apos;s CAs) and client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetch new incidents, media and POS journals; verify every hash; quarantine bad items (exit 1 if any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the triage inbox, most urgent first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one incident (the read is audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full-text search over incidents, narratives and statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirm the organisation CA certificate by its SHA-256 (of the org-ca.pem the organisation keeps): pins your key slot, so that slots from before pinning can be pinned on your word</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::ClipReviewPane</name>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clip this copy was made from cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – end of clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play / pause both clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original — regions outlined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redacted — as it will leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 (frame %3 of %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::CloseKeys</name>
    <message>
        <source>Close this window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::CmsSignature</name>
    <message>
        <source>The organisation signing identity is not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMS signing failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMS encoding failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature file is not a CMS structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no CA certificate to verify against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest signature does not verify (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::CustodyLog</name>
    <message>
        <source>A custody event needs a chain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::CustodyRecorder</name>
    <message numerus="yes">
        <source>, %n signed checkpoint(s)</source>
        <translation>
            <numerusform>, %n signed checkpoint</numerusform>
            <numerusform>, %n signed checkpoints</numerusform>
        </translation>
    </message>
    <message>
        <source>checkpoint at event %1: the events it sealed (up to %2) were changed afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkpoint at event %1: the signature does not verify with a certificate of the organisation CA (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkpoint at event %1 names %2 as its signer, but it was signed with the key of %3: forged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkpoint at event %1: the certificate it records is not the one that signed it (edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkpoint at event %1 is signed by the workstation key, which has sealed no checkpoint since each person signs their own: forged with the database key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkpoint at event %1: the signature does not verify with the workstation certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the custody chains: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkpoint at event %1 was signed by %2, whose certificate (serial %3) was revoked on %4, and its time cannot be read: forged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkpoint at event %1 was signed by %2 on %3, after their certificate (serial %4) was revoked on %5: forged with a revoked key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkpoint at event %1 was signed by %2 on %3, before their certificate (serial %4) was revoked on %5: it still holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkpoint at event %1 was sealed by the workstation key that `db rekey` retired on %2 (audit event %3, certificate serial %4); the LP Desk version that made that rekey did not keep the retired certificate, so this signature cannot be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the events it sealed are also sealed by the checkpoint at event %2, which verifies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, and no later checkpoint that verifies seals the events before it. Check them against a backup made before that rekey (`db check` on the backup; it still holds the certificate) or against a package exported before it (custody.json); the next checkpoint on this chain, written at the next export or after %2 more events, seals them again with the signer&apos;s own key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::CustodyView</name>
    <message>
        <source>#</source>
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
        <source>Intact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::CustodyWords</name>
    <message>
        <source>received the evidence from the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>viewed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>viewed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made a trimmed copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made a redacted copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took a still</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported a still to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added an incident to the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed an incident from the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put the incident in a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the case status to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bookmarked a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrected a camera&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported a POS journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked POS records to the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked legal to release evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved the release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected the release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported the release package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted the release to an agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed a custody checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worked on a statement (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded police follow-up: %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (agency case %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked a police request (%1) to the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed off an exigent disclosure (late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed off an exigent disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>placed a legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lifted the legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purged expired evidence (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added an agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed an agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote an audit anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved the CA key into the administrators&apos; key slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed the organisation&apos;s CA certificate by its fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected a camera&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the POS CSV column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the case database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made a copy of evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the evidence checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purged evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off an exigent disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported a release package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded police follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned a key slot to the organisation CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened a police request document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote a police request letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded a police request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed a police request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added documents to a police request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked a police request to a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published a police letter template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifted a legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed a legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypted evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the passphrase policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued a personal certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulled incidents from the stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the recipient key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotated the recipient key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a redaction plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracked a redaction region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested redactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotated the database keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started rotating the database keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved a release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected a release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested a release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided a release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ran the retention purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed a retention rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a retention rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the revocation list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed a user&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed a setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded a key slot&apos;s public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published a procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened a statement attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed a case&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported a still</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added a store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed a store&apos;s region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed a store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept the store&apos;s settings over a drop&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulled from a store that uses a retired key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled a submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A submission failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued a submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted a release to an agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not rotate the workstation key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotated the workstation key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other action (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported a copy of an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported a copy to %1 (SHA-256 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked the workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept a profile on the system&apos;s certificate authorities (upgrade)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Began sealing custody with each person&apos;s own key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped a submission: what legal approved no longer holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pulled from a store whose drop says another time zone or clock offset (%1, %2 s); LP Desk kept its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped a submission before it was sent: what legal approved no longer holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added a store&apos;s POS store id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed a store&apos;s POS store id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Began requiring an administrator&apos;s signature on recipient key rotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recomputed the KPI rollups from the records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::DashboardBreakdowns</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakdowns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From detection (medians):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents by type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents by trigger:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top repeat stores (30 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss from linked POS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of the POS transactions linked to the cases, in each transaction&apos;s currency; amounts in different currencies are never added together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median per case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (median %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no currency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to report %1 (p90 %2), to case %3, to legal&apos;s decision %4, to close %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::DashboardChart</name>
    <message>
        <source>KPIs by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPIs by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPIs by quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPIs by store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPIs by region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPIs by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTTR median (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::DashboardComparison</name>
    <message>
        <source>Evidence completeness (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police follow-up within 30 days (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases closed (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat incidents, 30 days (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to report, median (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to report, p90 (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing counted for this figure: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::DashboardDrillDown</name>
    <message>
        <source>Click a figure or a cell of the table to list the cases behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases behind the figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cases behind the selected figure; Enter or a double-click opens one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to report (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to report (p90)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence completeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police follow-up within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat incidents (30 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 repeat(s) of %n incident(s)</source>
        <translation>
            <numerusform>%1 repeat(s) of %n incident</numerusform>
            <numerusform>%1 repeat(s) of %n incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n case(s) counted</source>
        <translation>
            <numerusform>%1 of %n case counted</numerusform>
            <numerusform>%1 of %n cases counted</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store %1, %2 (store-local), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, at or above the p90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — missing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — followed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — no follow-up within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — incident %2 repeats one within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the cases behind %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is closing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::DashboardPage</name>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (store-local date):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to report (median / p90):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence completeness:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police follow-up within 30 days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases closed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat incidents (30 days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents by store-local hour (columns) and weekday (rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 / %2 (%n reported case(s))</source>
        <translation>
            <numerusform>%1 / %2 (%n reported case)</numerusform>
            <numerusform>%1 / %2 (%n reported cases)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n case(s)</source>
        <translation>
            <numerusform>%1 of %n case</numerusform>
            <numerusform>%1 of %n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n incident(s)</source>
        <translation>
            <numerusform>%1 of %n incident</numerusform>
            <numerusform>%1 of %n incidents</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 arrests, %2 charged, %3 recoveries (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTTR median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTTR p90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat (30 d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LP Desk dashboard %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incidents between %1 and %2. The newest incident is on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incidents between %1 and %2, nor at any other time for this choice of stores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;90 days up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;all (%1 – %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the period to the 90 days that end with the newest incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Widen the period to every incident in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures by group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the inbox or home page (the dashboard stays one Ctrl+5 away)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss from linked POS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export fi&amp;gures as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;dashboard as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures for each store, region or period chosen above; select a figure to list the cases behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence completeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police follow-up within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat incidents (30 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or Space to list the cases behind this figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click, or press Enter or Space, to list the cases behind this figure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::DerivativeMaker</name>
    <message>
        <source>Media %1 is not part of case %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a still, not a clip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s is outside the clip (0–%2 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot encode the still: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The still was recorded, but %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This clip is evidence of several cases (%1); open it from the case the new item is for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::DocumentPanel</name>
    <message>
        <source>Kept bit for bit as evidence. SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document: %1, %2, %3 — not a picture or video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a plaintext copy to a file you choose; its SHA-256 is checked against the master&apos;s and custody records the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not export evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting a copy to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No copy was exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported a copy to %1; its SHA-256 matches the master&apos;s (%2…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No copy was exported: the database is closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the document view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::DropSource</name>
    <message>
        <source>The store folder %1 does not exist or is not a folder (is the USB stick mounted?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown store source kind %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::EncryptedAvio</name>
    <message>
        <source>Not a readable media file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the media streams: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::EncryptedDocument</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be decrypted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not match its recorded SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::EvidenceCopy</name>
    <message>
        <source>%1 already exists; choose a new name for the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read back %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy written to %1 has SHA-256 %2, not the master&apos;s %3; it was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to show here; export a copy to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not match its recorded SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::ExhibitImporter</name>
    <message>
        <source>There is no case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no incident %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the evidence goes: a case or an incident, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frame rate must be between 0 and 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clock offset is more than a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No files to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 GiB; at most %3 GiB can be imported at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed while it was read (%2 bytes, then %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 files; at most %3 are unpacked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would unpack to %2 GiB; at most %3 GiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 looks like media, but %2; it is kept as a document, bit for bit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not say when it was recorded; give the start time to line it up with other cameras.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 carries the timecode %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a raw %2 stream that does not state its frame rate (no timing in its parameter sets); give the frame rate with --fps (Frame rate in Add evidence) and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 states %2 fps in its timing; the frame rate given, %3 fps, is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a raw stream; it is read at the frame rate given, %2 fps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a raw stream; its frame rate, %2 fps, is the one its timing states.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a HEIC/HEIF still; neither FFmpeg %2 nor Qt %3 on this workstation can decode HEIF, so it cannot be shown. It is kept bit for bit as a document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no EXIF time that can be read; give the start time if it matters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the evidence came from, in 1–%1 characters (Source in Add evidence; --source for lpdesk-cli).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 states no date, only the timecode %2: its start is taken as %3 (that time of day in %4, on the last day on which it is not after the file was last modified, %5). Check it, or give the start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its video is %1, which LP Desk&apos;s player, trims and redaction are not built for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be remuxed into MP4 (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its MP4 remux does not play (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No working copy of %1: %2, and transcoding it failed (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working copy of %1 is transcoded to H.264 (%2) because %3; the master is kept as it came.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the player finds no frame in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working copy of %1 leaves out what MP4 cannot carry (%2); the master keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working copy of %1 keeps its sound, which MP4 cannot carry as recorded: %2 (the video is copied as recorded; the master keeps the original sound).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::ExportPackageDialog</name>
    <message>
        <source>&amp;Encrypt the package with a password (AES-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export sealed package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP packages (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the password empty to have one generated (shown once), or type one of at least %1 characters. Hand it over separately (by phone, never with the package).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password you choose needs at least %1 characters; leave both fields empty to have one generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package password (shown once; hand it over separately, never with the package):

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LP Desk generates the password and shows it once when the package is written. Only %1, the legal reviewer who approved this release, may choose one instead. Hand it over separately (by phone, never with the package).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LP Desk generates the password and shows it once when the package is written. Only the legal reviewer who approved the release may choose one instead. Hand it over separately (by phone, never with the package).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package written to %1</source>
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
    <message>
        <source>N&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::FolderDropSource</name>
    <message>
        <source>Refused the unsafe path %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing from the store folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points outside the store folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 bytes, more than the %3 allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 grew past the size allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 bytes but the incident says %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than allowed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::FollowUpPanel</name>
    <message>
        <source>Record &amp;follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
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
        <source>The agency&apos;s case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value recovered, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;hen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency &amp;case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>officer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the agency&apos;s response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2 (%3)%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No police request names this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police requests: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value recovered is a number, e.g. 49.99.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off&amp;icer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reco&amp;vered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the agencies this case was submitted to what they did, and record it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking for police follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking agency %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the agencies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2, from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, agency case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, officer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new: no agency has a status for this case&apos;s submissions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new from the agencies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new police follow-up(s) recorded:</source>
        <translation>
            <numerusform>%n new police follow-up recorded:</numerusform>
            <numerusform>%n new police follow-ups recorded:</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the agency&apos;s status of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for police follow-&amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the agencies: see Jobs (Ctrl+J) for its progress.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::FollowUps</name>
    <message>
        <source>The kind of follow-up is one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up cannot lie in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency case number, officer or note is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovered amount must be a number between 0 and 1,000,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source is manual or agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say when it happened (a date, or a date and time).</source>
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
    <name>lpdesk::HoldsDialog</name>
    <message>
        <source>Show &amp;lifted holds too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift selected &amp;hold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove selected rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;urge expired evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal holds and retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference (LPD-…) or incident id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it must be kept (litigation, subpoena…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of a case or incident on legal hold is ever purged. Only legal or an administrator can lift a hold, with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired evidence is purged only by Purge: its encrypted file is deleted and a tombstone with its hash stays. Without a rule nothing is ever purged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Say which case or incident to hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A legal hold needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the hold to lift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why may %1 be purged again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the rule to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &amp;for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purging: see Jobs (Ctrl+J) for its progress and Cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purge failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::HttpSignature</name>
    <message>
        <source>A covered component is malformed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ecdsa-p256-sha256 signature is 64 bytes (r‖s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no certificate to check the signature with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate&apos;s key is not ECDSA P-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature cannot be encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the HTTP message signature does not verify</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::HttpsDropSource</name>
    <message>
        <source>The store&apos;s CA file is not a PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate file is not a PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client key file is not an unencrypted PEM EC or RSA private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store URL must be https://host[:port]/path (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: the store&apos;s certificate is not valid for %1 (%2). Nothing was downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: the store&apos;s server certificate is not signed by the pinned CA (%1). Refusing to connect; nothing was downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the store at %1: connection refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot find the store&apos;s server %1 (DNS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store at %1 did not answer within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2. The store may require a client certificate, or ours may not be accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store at %1 closed the connection while sending %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store requires a valid client certificate (HTTP %1). Configure the certificate the store issued to this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing on the store&apos;s server (HTTP 404).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store refused access to %1 (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store answered HTTP %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused the unsafe path %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 bytes, more than the %3 allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than the %2 bytes allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store answered a resumed download of %1 with the wrong range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger on the server than the incident says (%2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; %1 of %2 bytes of %3 are kept to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download of %1 ended early (%2 of %3 bytes); it will resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::IdleLock</name>
    <message numerus="yes">
        <source>Locking in %n s — move the mouse to stay signed in</source>
        <translation>
            <numerusform>Locking in %n s — move the mouse to stay signed in</numerusform>
            <numerusform>Locking in %n s — move the mouse to stay signed in</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock when &amp;idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>After %n minute(s)</source>
        <translation>
            <numerusform>After %n minute</numerusform>
            <numerusform>After %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The organisation allows at most %n minute(s)</source>
        <translation>
            <numerusform>The organisation allows at most %n minute</numerusform>
            <numerusform>The organisation allows at most %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the organisation&apos;s limit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock when idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every workstation of the organisation locks after at most this many minutes without input:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::IdleLockPolicy</name>
    <message>
        <source>The idle lock takes %1 to %2 minutes (got %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::InboxView</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search narratives, suspects, statements… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message>
        <source>New case from selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an incident to see its details.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URGENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, register %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, camera %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspect descriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POS references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register %1, transaction %2, business day %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements from the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n clip(s) were refused at ingest (see quarantine)</source>
        <translation>
            <numerusform>%n clip was refused at ingest (see quarantine)</numerusform>
            <numerusform>%n clips were refused at ingest (see quarantine)</numerusform>
        </translation>
    </message>
    <message>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this clip in the player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> — %n more hidden by the dates</source>
        <translation>
            <numerusform> — %n more hidden by the dates</numerusform>
            <numerusform> — %n more hidden by the dates</numerusform>
        </translation>
    </message>
    <message>
        <source>Police request overdue: %1 %2 %3, due %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exigent disclosure to %1 awaits legal&apos;s sign-off (due %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <comment>received &lt;time&gt; from &lt;source&gt;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exigent disclosure to %1: legal&apos;s sign-off is overdue (was due %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::IncidentInbox</name>
    <message>
        <source>Search for at least one word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no incident %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::IncidentTableModel</name>
    <message>
        <source>!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected (store time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent: %1 (priority %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URGENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in case %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::JobDialog</name>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is closing; the job was not started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::JobQueue</name>
    <message>
        <source>The database is closing; the job was not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::JobsPanel</name>
    <message>
        <source>No jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear &amp;ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the jobs that have ended off this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::JsonCheck</name>
    <message>
        <source>%1: field &quot;%2&quot; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has an invalid value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is out of range (%1…%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has more than %1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of: %1</source>
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
    <message>
        <source>The signing key in the key slot for this user is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA key in the key slot for this user is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no key slot for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key slot of %1 was pinned to the organisation CA certificate with SHA-256 %2, but the key-slot file now says %3: someone who can write the slot file changed the pin behind its owner&apos;s back (a pin moves only at its owner&apos;s login, or when an administrator confirms the certificate). Login refused; restore the key-slot file from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key slot for %1 is damaged (its sealed pin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key slot for %1 is not pinned.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::KpiCasesBehind</name>
    <message>
        <source>The KPI is one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group needs a grouping (lpdesk-cli: --by).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::KpiReporter</name>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no store %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No store is in region %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An incident type is 1–40 lowercase letters or &apos;_&apos; (or * for all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A checklist item is one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A region name is at most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grouping is one of: %1 (lpdesk-cli: --by).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::KpiRollup</name>
    <message>
        <source>%1 missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, the records give %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no records behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KPI rollups could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KPI rollup %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The KPI rollup %1 does not match the records it sums (%n row(s) differ: %2); an administrator recomputes it with `lpdesk-cli kpi rebuild`.</source>
        <translation>
            <numerusform>The KPI rollup %1 does not match the records it sums (%n row differ: %2); an administrator recomputes it with `lpdesk-cli kpi rebuild`.</numerusform>
            <numerusform>The KPI rollup %1 does not match the records it sums (%n rows differ: %2); an administrator recomputes it with `lpdesk-cli kpi rebuild`.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lpdesk::LegalGrants</name>
    <message>
        <source>%1 has no legal grant waiting for confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You granted %1 the legal role; another administrator must confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot confirm that your legal role was confirmed (%1); refusing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your legal role, granted by %1 at %2, waits for a second administrator to confirm it (user confirm-role %3); until then you cannot approve or reject releases.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::LpencReader</name>
    <message>
        <source>The file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an .lpenc encrypted file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This .lpenc file uses a version this program does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is encrypted to another recipient key, not to this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s header is damaged or was altered (header authentication failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is truncated: it is shorter than its header says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has extra bytes after its last chunk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chunk of this file comes from another encrypted file (chunks were swapped between files).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chunks of this file are out of order (reordered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chunk of this file is damaged or was altered (authentication failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 of %2 bytes present)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (chunk %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (position %1 holds chunk %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::LpencWriter</name>
    <message>
        <source>Invalid test-vector parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient key is not an X25519 public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chunk size out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the encrypted file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted file is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the encrypted file: %1</source>
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
    <message>
        <source>Export the recipient key for stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export recipient key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient key written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pull now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stores…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;recipient key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Title for a case with %n incident(s):</source>
        <translation>
            <numerusform>Title for a case with %n incident:</numerusform>
            <numerusform>Title for a case with %n incidents:</numerusform>
        </translation>
    </message>
    <message>
        <source>Open clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New case from selected incidents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search incidents and statements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;POS journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Releases and legal review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify a package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify a package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time-stamp authority…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-stamp authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must be an http:// or https:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate of the time-stamp authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages will carry no time-stamp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered to %1: report %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the incidents for the new case in the inbox first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected incidents are already in case %1. Open a second case for them anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case needs a title: no case was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purge expired evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anchoring the audit and custody chains…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anchor the chains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anchor %1 written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit chain at event %1 and %2 custody chains, signed by %3, in %4.
%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not time-stamped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-stamped by the configured time-stamp authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police &amp;requests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal &amp;holds and retention…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the RFC 3161 time-stamp authority (empty: packages, approvals and anchors carry no time-stamp):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages, approvals and anchors will be time-stamped by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new notification(s)</source>
        <translation>
            <numerusform>%n new notification</numerusform>
            <numerusform>%n new notifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new notifications: see My work (Ctrl+0).</source>
        <translation>
            <numerusform>%n new notification: see My work (Ctrl+0).</numerusform>
            <numerusform>%n new notifications: see My work (Ctrl+0).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proc&amp;edures (SOPs)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopping %n background job(s) before the database closes…</source>
        <translation>
            <numerusform>Stopping %n background job before the database closes…</numerusform>
            <numerusform>Stopping %n background jobs before the database closes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Request &amp;templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nchor the chains now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gencies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jobs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the jobs (Ctrl+J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n job running</numerusform>
            <numerusform>%n jobs running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message>
        <source>Close LP Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel the jobs and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit LP Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) still running or waiting:</source>
        <translation>
            <numerusform>%n job still running or waiting:</numerusform>
            <numerusform>%n jobs still running or waiting:</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait for them and LP Desk closes when the last one ends. Or cancel them: a cancelled pull resumes at the next pull; a cancelled trim, render, still or export makes nothing, and a cancelled submission stays in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wait for them, then close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LP Desk closes when the running jobs have ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivering what is due in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was due.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::MarkerService</name>
    <message>
        <source>Markers belong to a case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no marker %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::MediaLibrary</name>
    <message>
        <source>There is no media item %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the derivative: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time is not a valid RFC 3339 time with an offset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a clip, not a still.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The still cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The still is not a readable picture: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::MediaWords</name>
    <message>
        <source>Original clip, camera %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still, camera %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redacted copy, camera %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trimmed copy, camera %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy (%1), camera %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original recording from camera %1, as received from the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still of frame %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item that is no longer in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the original clip from camera %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the redacted copy from camera %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trimmed copy from camera %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a copy (%1) from camera %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document, kept bit for bit as it was received (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blurred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pixelated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lossless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smart (frame-accurate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-encoded (frame-accurate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>blurred %n region(s)</source>
        <translation>
            <numerusform>blurred %n region</numerusform>
            <numerusform>blurred %n regions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pixelated %n region(s)</source>
        <translation>
            <numerusform>pixelated %n region</numerusform>
            <numerusform>pixelated %n regions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>filled %n region(s)</source>
        <translation>
            <numerusform>filled %n region</numerusform>
            <numerusform>filled %n regions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hid %n region(s)</source>
        <translation>
            <numerusform>hid %n region</numerusform>
            <numerusform>hid %n regions</numerusform>
        </translation>
    </message>
    <message>
        <source>Redacted (no region)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trimmed %1–%2, %3</source>
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
    <name>lpdesk::Mp4Muxer</name>
    <message>
        <source>Cannot create the MP4 writer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add a stream to the MP4 writer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the MP4 file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the MP4 file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MP4 file was never started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot finish the MP4 file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::MyWork</name>
    <message>
        <source>%1, ref. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected by legal: to rework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My requests waiting for legal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release requests waiting for a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exigent disclosures awaiting sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue police requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 approved the release of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected the release of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police request overdue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 approved the release of %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected the release of %2 to %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::MyWorkView</name>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark all seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What waits for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;My work&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waits for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) wait for you. Enter or double-click opens one.</source>
        <translation>
            <numerusform>%n thing waits for you. Enter or double-click opens one.</numerusform>
            <numerusform>%n things wait for you. Enter or double-click opens one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Notifications: %n new&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Notifications: %n new&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Notifications: %n new&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lpdesk::NativeMedia</name>
    <message>
        <source>FFmpeg cannot read it (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FFmpeg cannot read its streams (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FFmpeg sees only text in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FFmpeg finds no picture or sound in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FFmpeg has no MP4 muxer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set up the working copy&apos;s streams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No video stream that MP4 can carry (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the working copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the working copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working copy would be larger than %1 GiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The native file is damaged after %1 video packets: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The native file holds no video frames.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot finish the working copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FFmpeg has no parser for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The raw stream does not state its frame rate; give it (Frame rate in Add evidence; --fps for lpdesk-cli).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot convert the pictures for the working copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture size changes inside the recording (%1x%2, then %3x%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot decode the recording: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the sound to the working copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The native file holds no video stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FFmpeg has no decoder for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set up the decoder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the %1 decoder: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The native file is damaged after %1 pictures: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No picture of the native file could be decoded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::NibrsReport</name>
    <message>
        <source>NIBRS: there is no incident %1 in the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIBRS Group A report for incident %1 not written: %2 is missing (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ORI: two letters for the state and seven letters or digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident type &apos;%1&apos; is not a NIBRS Group A offense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the incident has no local detection time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package has no creation date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIBRS values are US dollars; transaction %1 is in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the release names no agency with an ORI; give the agency its ORI in Agencies (or &apos;agency add … --ori&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::OutboxDialog</name>
    <message>
        <source>&amp;Send due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% of %2 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) sent; </source>
        <translation>
            <numerusform>%n submission sent; </numerusform>
            <numerusform>%n submissions sent; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n police follow-up(s) recorded.</source>
        <translation>
            <numerusform>%n police follow-up recorded.</numerusform>
            <numerusform>%n police follow-ups recorded.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending: see Jobs (Ctrl+J) for its progress.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::PackageBuilder</name>
    <message>
        <source>%1 exists already; choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 MB free; the package needs about %3 MB. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting the release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be decrypted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer matches its recorded SHA-256; the stored evidence is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case&apos;s chain of custody, verifiable offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation CA certificate that issued the signing certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline index of the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CASE/UCO provenance of every file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot flush %1 to the device: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the package back to verify it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the written package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The written package does not verify (is the medium failing?): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate of the time-stamp authority (RFC 3161)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the time-stamp authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident for police records systems (NIBRS-shaped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIBRS XML IEPD 4.2 Group A incident report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 was approved for submission to agency %2, not for a USB export; submit it, or request a USB release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 was exported already; a release goes out once. Request a new release for another copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal&apos;s approval: everything %1 approved, signed in approval.json.p7s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMS signature of approval.json by %1 (organisation CA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A package password you choose needs at least %1 characters; leave it out to have one generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation CA&apos;s certificate revocation list (removed people&apos;s certificates): openssl crl -in crl.pem -CAfile org-ca.pem -verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anchoring the audit and custody chains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anchor %1 of the audit and custody chains&apos; heads (signed by %2%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; RFC 3161 time-stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3161 time-stamp of %1&apos;s approval signature (approval.json.p7s), made as legal approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the legal reviewer who approved release %1 (%2) may choose its package password; leave it out to have one generated (shown once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tell whether release %1 was exported already: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 was exported already (audit event %2), though the release&apos;s row says otherwise; a release goes out once. Request a new release for another copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::PackageContents</name>
    <message>
        <source>Original recording, camera %1, recorder start %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (camera %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item not in this package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment %1 to statement %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation has no certificate revocation list yet; an administrator signs in once to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement %1 by %2 (%3), version %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The released statements as data</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>POS extract: %n transaction(s) with line items</source>
        <translation>
            <numerusform>POS extract: %n transaction with line items</numerusform>
            <numerusform>POS extract: %n transactions with line items</numerusform>
        </translation>
    </message>
    <message>
        <source>POS extract, one row per line item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::PackageDocuments</name>
    <message>
        <source>custody.json is not an LP Desk custody chain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::PackageVerifier</name>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 bytes, far larger than any package document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package has no manifest.json or no manifest.json.p7s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json.p7s: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json is not an LP Desk package manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json is version %1; this verifier reads version 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json names signing certificate %1 but was signed by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json lists %1 twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed in manifest.json but missing from the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 bytes; manifest.json says %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not match its SHA-256 in manifest.json (changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the package but not in manifest.json (added)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package has no SHA256SUMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA256SUMS line %1 is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA256SUMS lists %1, which the package does not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not match its SHA-256 in SHA256SUMS (changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not covered by SHA256SUMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custody.json holds chain %1, manifest.json names %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custody checkpoints cannot be checked without a valid manifest signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custody event %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custody %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custody.json has no signed checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custody.json does not end at the head manifest.json names (events removed or added)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custody.json does not end with a signed checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json names a time-stamp, but manifest.json.tsr is missing (removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json.tsr is in the package but manifest.json names no time-stamp (added)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json.tsr: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package carries no signed legal approval (approval.json and approval.json.p7s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approval.json.p7s: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by %1 (approval.json, signed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package carries no certificate revocation list (crl.pem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crl.pem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Revocation list (crl.pem) signed by the organisation CA: %n revoked certificate(s).</source>
        <translation>
            <numerusform>Revocation list (crl.pem) signed by the organisation CA: %n revoked certificate.</numerusform>
            <numerusform>Revocation list (crl.pem) signed by the organisation CA: %n revoked certificates.</numerusform>
        </translation>
    </message>
    <message>
        <source>anchor.json.p7s: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit and custody chains&apos; heads are anchored in anchor.json, signed by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anchor.json.tsr: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approval.json.p7s: signed by %1, whose certificate does not name the legal role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approval.json.p7s.tsr: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal&apos;s approval was time-stamped at %1 by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal&apos;s approval carries no time-stamp: its time (%1) is the reviewer&apos;s own clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json.p7s: signed with certificate %1, which was revoked on %2 (a retired workstation key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package&apos;s signing certificate was revoked on %1, after the package was made as its own clock says (%2); only a time-stamp would prove the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is encrypted: its password is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trusted CA certificate was given: the signature was checked against org-ca.pem inside the package, which proves the package is intact but not who made it. Compare that certificate with the one the sender gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal&apos;s approval carries a time-stamp (%1), checked only against tsa-ca.pem inside the package: a trusted time-stamp certificate would let it decide against revocations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the newer revocation list given: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trusted time-stamp certificate was given: the time-stamp was checked against tsa-ca.pem inside the package, which the organisation&apos;s signature covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal&apos;s approval predates lists of the package&apos;s files: the files were checked against manifest.json only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was approved by legal but is not in the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the file legal approved (its SHA-256 differs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the package but not among the files legal approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reviewer&apos;s certificate (serial %1) was revoked on %2, after the approval was time-stamped (%3): the approval still holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reviewer&apos;s certificate was revoked on %1, after the approval&apos;s time as the reviewer&apos;s own clock gives it (%2): the approval still holds, but only a time-stamp would prove the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody %1.</source>
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
        <source>The passphrases match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::PassphrasePolicy</name>
    <message>
        <source>The minimum passphrase length must be between %1 and %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is too short: it needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is on the list of common or breached passwords (also with digits or symbols added, or letters swapped for look-alikes); choose something less predictable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is a repetition or a sequence (like &quot;aaaaaaaa&quot;, &quot;abcabcabc&quot;, &quot;12345678&quot; or &quot;qwertyui&quot;); choose something harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is made of the user name, the organisation&apos;s name or &quot;LP Desk&quot; with a few digits or symbols; add words of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters (up to %2), any characters you like. Not a common password, a repetition or sequence, or the user name, the organisation or &quot;LP Desk&quot; with a few digits. Several unrelated words make a good passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase contains a character that cannot be seen or typed again (a control character, a zero-width space or direction mark, often pasted with it) or bytes that are not UTF-8; type it without them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::PdfPages</name>
    <message>
        <source>A PDF needs a QGuiApplication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::PictureConverter</name>
    <message>
        <source>Pictures in %1 cannot be converted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of memory converting a %1×%2 picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture buffer is too small for a %1×%2 picture.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::PlayerWidget</name>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play / pause (Space, K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed (J slower, L faster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back one second (Shift+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous frame (Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next frame (Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward one second (Shift+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the in point (I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the out point (O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a marker with a note (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audio output device: playing video only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame %1 / %2   %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrected for a camera clock %1 s %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1  Out %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time in the clip (HH:MM:SS.mmm or seconds):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markers belong to a case: open the clip from a case to add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audio device cannot play this clip&apos;s audio: playing video only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio output failed: playing video only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POS register %1 #%2 %3 %4 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slower / backwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One second on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One second back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the in point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the out point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark this moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still, %1×%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still: one picture, %1×%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::PoliceRequestForm</name>
    <message>
        <source>Due by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footage from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a police request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Lakeview Police Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their case or subpoena number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident ids, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store ids, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they ask for, in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. subpoena under state law, exigent circumstances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents the police sent: encrypted like evidence when the request is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ceived:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incidents asked for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stores asked for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What is asked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are in this workstation&apos;s time zone (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents from the police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which agency sent the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (built in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills the kind, due date, legal basis and what is asked; the request remembers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — version %2 REFUSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::PoliceRequests</name>
    <message>
        <source>The kind of request is one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the requesting agency (at most 200 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The officer and the reference are at most 200 characters each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legal basis, what is asked and the notes are too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date lies before the date the request was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time range asked for ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing a police request needs a reason (up to 4000 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police request %1 is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal&apos;s sign-off needs a note (up to 4000 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only exigent requests are signed off after the fact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police request %1 is already signed off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no police request %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no police document %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police request %1 is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police request %1 is not linked to this case; link it first (le-request link).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template %1 is for a %2, not a %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request needs its legal basis: the subpoena, court order or warrant it rests on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal&apos;s sign-off of an exigent disclosure is due 1 to %1 hours after the request is received (got %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::PoliceRequestsDialog</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incidents %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stores %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>footage from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link to case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign off exigent disclosure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting legal sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by agency, officer, reference or case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fulfilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No police request selected.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: it was due %1 and no release has fulfilled it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exigent disclosure: legal must sign it off by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not linked to a case yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releases naming it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfilled by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (encrypted; click to save a copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a police request first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case this request concerns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents from the police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is it closed (fulfilled, withdrawn, refused…)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off exigent disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal&apos;s review of the disclosure made without process:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response le&amp;tter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the letter that answers this request, from its template, with the releases that fulfil it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letter-%1.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the response letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;mplates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The templates a request is recorded from and its response letter written with; administrators publish new versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal sign-off overdue (due %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal sign-off pending (due %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed off late</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::PosCsvJournal</name>
    <message>
        <source>line too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unterminated quoted field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV journal has no readable header line%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV journal has no column &quot;%1&quot; for %2 (its columns: %3). Set up the column mapping for this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 line items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown line kind &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV journal has no column &quot;%1&quot; for date or no column &quot;%2&quot; for time (its columns: %3). Set up the column mapping for this store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::PosImportDialog</name>
    <message>
        <source>Import POS journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(as written in the journal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARTS POSLog XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (with a column mapping)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LP Desk POS JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LP Desk field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journal file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POS journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POS journals (*.xml *.csv *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map the file&apos;s columns to LP Desk&apos;s fields. Choose a store to save the mapping for next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map the file&apos;s columns to LP Desk&apos;s fields; the mapping is saved for store %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a journal file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that holds &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the store this CSV journal comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting the original and reading its transactions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 transactions and %2 line items imported; %3 records rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s timezone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For times the journal writes without a UTC offset. Times with an offset keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By the separator (comma with &apos;;&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point: 1,234.56</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma: 1.234,56</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timezone of local times:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV se&amp;parator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decimal mark:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n already imported from an overlapping journal (skipped).</source>
        <translation>
            <numerusform>%n already imported from an overlapping journal (skipped).</numerusform>
            <numerusform>%n already imported from an overlapping journal (skipped).</numerusform>
        </translation>
    </message>
    <message>
        <source>As the journal&apos;s dates show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month first: 3/14/2026 (US)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day first: 14/3/2026 (UK and most others)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For dates written with slashes. The same order is used for the whole journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date &amp;order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (required, or date and time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (with time, when there is no begin column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that holds &quot;begin&quot; (the date and time), or the two columns that hold &quot;date&quot; and &quot;time&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — as the journal names it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the store to file it under in Store (the ids the journal names are offered there too), then Import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal names its store %1, not %2. To file it under %2, an administrator first adds %1 to the store&apos;s POS store ids (Stores menu, Stores…, select %2, &quot;POS store ids…&quot;). To keep the journal&apos;s own id, choose &quot;%3&quot; in Store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal names its store %1. Add %1 to the POS store ids of store %2, so that this journal and the next ones import as %2&apos;s?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::PosJournalReader</name>
    <message>
        <source>business day &quot;%1&quot; is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 line items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field or bad column name in the CSV mapping: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV mapping needs a column for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown POS journal format %1 (poslog, csv or json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no register (WorkstationID) is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no transaction number (SequenceNumber) is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no time is given (none of BeginDateTime, EndDateTime, ReceiptDateTime, POSLogDateTime)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time &quot;%1&quot; has no UTC offset and no timezone is known for store &quot;%2&quot; (give the store&apos;s timezone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time &quot;%1&quot; is not a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 has more decimals than %3 has (%4): rounded to %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 regular price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the journal again from its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a date without a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>business day: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV mapping needs a column for &quot;begin&quot;, or columns for &quot;date&quot; and &quot;time&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date is empty (the time is &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time is empty (the date is &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a 12-hour time: with AM or PM the hour is 1 to 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tell the journal&apos;s format: choose it (POSLog XML, CSV or JSON) and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::PosJsonJournal</name>
    <message>
        <source>more than %1 line items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown line kind &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON journal is not acceptable at line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a transaction larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format is not lpdesk-pos-json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transaction #%1 (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unbalanced brackets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document ends early (truncated?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::PosLinkDialog</name>
    <message>
        <source>&amp;Link ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Around each incident, &amp;±</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the transactions that belong to the case. Times are corrected for the register&apos;s clock; linked ones are listed but cannot be ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register&apos;s clock said %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transaction of the incidents&apos; stores within ±%1 s: widen the window, or import the store&apos;s journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) around the incidents.</source>
        <translation>
            <numerusform>%n transaction around the incidents.</numerusform>
            <numerusform>%n transactions around the incidents.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lpdesk::PosNearby</name>
    <message>
        <source>The case has no incidents to link POS records to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no POS journal of store %2 has been imported, so there is nothing to link. Pulls import the journals a store sends; import its journal by hand if it came another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names register %2, transaction %3 of %4, which no imported journal holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: the %n matching transaction(s) are linked to this case already.</source>
        <translation>
            <numerusform>%1: the %n matching transaction is linked to this case already.</numerusform>
            <numerusform>%1: the %n matching transactions are linked to this case already.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: store %2 has no transaction within ±%3 s. The nearest one is at %4, %5 s before the incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: store %2 has no transaction within ±%3 s. The nearest one is at %4, %5 s after the incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n transaction(s) of the store within ±%2 s, but none is an exception (void, no sale, refund without receipt, override…). If one belongs to the incident, link it by hand.</source>
        <translation>
            <numerusform>%1: %n transaction of the store within ±%2 s, but none is an exception (void, no sale, refund without receipt, override…). If one belongs to the incident, link it by hand.</numerusform>
            <numerusform>%1: %n transactions of the store within ±%2 s, but none is an exception (void, no sale, refund without receipt, override…). If one belongs to the incident, link it by hand.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n transaction(s) of the store within ±%2 s, but none is an exception at register %3 (%4 at other registers). If one belongs to the incident, link it by hand.</source>
        <translation>
            <numerusform>%1: %n transaction of the store within ±%2 s, but none is an exception at register %3 (%4 at other registers). If one belongs to the incident, link it by hand.</numerusform>
            <numerusform>%1: %n transactions of the store within ±%2 s, but none is an exception at register %3 (%4 at other registers). If one belongs to the incident, link it by hand.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lpdesk::PosPanel</name>
    <message>
        <source>void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund without receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return linked to another day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card number keyed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>large discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link exception transactions at the incident&apos;s register within this many seconds of the incident (true time: register and camera clock offsets applied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a line to see the moment in the clip (journals time the transaction, not each line: the clip seeks to the transaction&apos;s start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window ±</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected time. The register&apos;s clock said %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No POS records linked yet. Import the store&apos;s journal (pulls do this) and press Link POS records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (list %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card •••• %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of this case&apos;s clips from the camera over register %1 covers this transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected time. The register&apos;s clock said %1 (written without an offset: the timezone %2 was applied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%8 · store %1 · register %2 · transaction %3&lt;/b&gt; · business day %4 · operator %5 · register clock %6 · from %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose from the store&apos;s transactions around the case&apos;s incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transaction linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) linked.</source>
        <translation>
            <numerusform>%n transaction linked.</numerusform>
            <numerusform>%n transactions linked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) linked by hand.</source>
        <translation>
            <numerusform>%n transaction linked by hand.</numerusform>
            <numerusform>%n transactions linked by hand.</numerusform>
        </translation>
    </message>
    <message>
        <source>L&amp;ink POS records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link &amp;a transaction…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::PosService</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 4 GiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal (SHA-256 %1…) was already imported: it is evidence %2, received %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed while it was being read; import it again once it is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no POS journal %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POS journal %1 was already imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal (SHA-256 %1) was already imported on %2 (import %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>belongs to store %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already imported (register %1, #%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window is 1–86400 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 has no incidents to link POS records to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no POS transaction %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voided transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>till open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>till close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n voided line item(s)</source>
        <translation>
            <numerusform>%n voided line item</numerusform>
            <numerusform>%n voided line items</numerusform>
        </translation>
    </message>
    <message>
        <source>The format is auto, poslog, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a timezone (an IANA name such as Europe/Berlin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The separator is auto, &quot;,&quot;, &quot;;&quot;, &quot;|&quot; or tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decimal mark is &quot;.&quot; or &quot;,&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed: %1 of %2 transactions in the journal were rejected (more than half), so nothing was imported. First rejects: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times without a UTC offset were taken in the timezone %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) had no business day; it was taken from the transaction&apos;s date.</source>
        <translation>
            <numerusform>%n transaction had no business day; it was taken from the transaction&apos;s date.</numerusform>
            <numerusform>%n transactions had no business day; it was taken from the transaction&apos;s date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) have amounts with more decimals than their currency has, rounded to its minor unit; each says which in its notes, and the journal keeps the exact values.</source>
        <translation>
            <numerusform>%n transaction has amounts with more decimals than their currency has, rounded to its minor unit; each says which in its notes, and the journal keeps the exact values.</numerusform>
            <numerusform>%n transactions have amounts with more decimals than their currency has, rounded to its minor unit; each says which in its notes, and the journal keeps the exact values.</numerusform>
        </translation>
    </message>
    <message>
        <source>month first (M/d/yyyy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day first (d/M/yyyy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates written with slashes were read %1, as the import said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates written with slashes were read %1, as the journal&apos;s own dates show (&quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>belongs to store %1 (POS store id %2), not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions written for store %1 were imported as store %2&apos;s (a POS store id of %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal names its store %1. If that is the POS system&apos;s id for store %2, an administrator adds it to the store&apos;s POS store ids (Stores menu, Stores…, select %2, &quot;POS store ids…&quot;; or &quot;lpdesk-cli store pos-id %2 --add %3&quot;), then the journal imports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journal names its store %1, which is neither a store of LP Desk nor a POS store id of one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journal names the stores %1, which are neither stores of LP Desk nor POS store ids of one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transactions of the journal name no store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the store the journal comes from, then import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the store to file the journal under, or have an administrator add %1 to that store&apos;s POS store ids (Stores menu, Stores…, select the store, &quot;POS store ids…&quot;); then import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::PosSlashDates</name>
    <message>
        <source>The date order is mdy (month first: 3/14/2026), dmy (day first: 14/3/2026) or auto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date &quot;%1&quot; has a two-digit year; only four-digit years are read (the century is not guessed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (the year needs four digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date read %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a 12-hour time: with AM or PM the hour is 1 to 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal writes its dates with slashes in both orders: &quot;%1&quot; can only be day first (d/M/yyyy) and &quot;%2&quot; only month first (M/d/yyyy); of its dates, %3 can only be day first and %4 only month first. A journal has one order, so this one cannot be read as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date &quot;%1&quot; could be month first or day first and the import does not say which (choose the date order: month first or day first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every date the journal writes with slashes (such as &quot;%1&quot;; %2 in all) could be month first or day first, and LP Desk does not guess. Choose the date order: month first (3/14/2026, as US tills write) or day first (14/3/2026, as UK tills write).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::PoslogJournal</name>
    <message>
        <source>more than %1 line items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The POSLog journal is not acceptable at line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains a DTD; DTDs (and the external or nested entities they can declare) are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it uses an undeclared entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the root element is not POSLog in an ARTS namespace (it is %1 in &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction #%1 (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no POSLog element</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::ProceduresDialog</name>
    <message>
        <source>built in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1, published by %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immediate actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence to preserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish as a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any incident (general)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a version; earlier versions stay as they were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator publishes procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mmediate actions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reporting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence to preserve:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No procedure of its own: the general one applies (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — REFUSED: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The general procedure will replace LP Desk&apos;s built-in procedures for: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Those types have no procedure of their own. Publish one for a type first to keep a procedure written for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quest templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The templates of police requests and of the letters that answer them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is REFUSED: %2 Version %3 stands in for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No procedure is in force: %1 No sound version is left. Publish a new version to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is REFUSED: %2 %3 Publish a new version to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::ProgramWords</name>
    <message>
        <source>Subpoena</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exigent request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informal request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrest made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed by the police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case&apos;s closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derivatives (trims, redactions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POS journals (imported originals)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::PullDialog</name>
    <message>
        <source>Pull from stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling… partial downloads are kept and resume at the next pull.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new incident(s), %1 new clip(s) (%2 MB), %3 quarantined</source>
        <translation>
            <numerusform>%n new incident, %1 new clip(s) (%2 MB), %3 quarantined</numerusform>
            <numerusform>%n new incidents, %1 new clip(s) (%2 MB), %3 quarantined</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 incidents, %2 clips, %3 POS journals, %4 quarantined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>POS: %n journal(s) imported, %1 transactions</source>
        <translation>
            <numerusform>POS: %n journal imported, %1 transactions</numerusform>
            <numerusform>POS: %n journals imported, %1 transactions</numerusform>
        </translation>
    </message>
    <message>
        <source>POS journal not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for another job to end…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; partial downloads are kept and resume at the next pull.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new incident(s), %1 new clip(s), %2 quarantined</source>
        <translation>
            <numerusform>%n new incident, %1 new clip(s), %2 quarantined</numerusform>
            <numerusform>%n new incidents, %1 new clip(s), %2 quarantined</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lpdesk::PullService</name>
    <message>
        <source>quarantined %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the drop is for store %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the feed loops back to %1; stopped following it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident %1 of page %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the feed position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POS journal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 or size differs from store.json (got %1, %2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media id %1 is already used for different content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downloading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verifying %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decrypted content does not match the store&apos;s claim (SHA-256 %1, %2 bytes; expected %3, %4 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no video stream in the clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the verified clip into the media folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store incident %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store media %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no store %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importing POS journals</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>store %1: %n clip(s) arrived sealed to the retired recipient key %2, which a removed person may hold; give the store the current key (key export-recipient) and re-encrypt (db reencrypt)</source>
        <translation>
            <numerusform>store %1: %n clip arrived sealed to the retired recipient key %2, which a removed person may hold; give the store the current key (key export-recipient) and re-encrypt (db reencrypt)</numerusform>
            <numerusform>store %1: %n clips arrived sealed to the retired recipient key %2, which a removed person may hold; give the store the current key (key export-recipient) and re-encrypt (db reencrypt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::QueuedJob</name>
    <message>
        <source>Waiting for another job to end…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::RecipientKeyHistory</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encryption cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed while it was re-encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::RecipientRotation</name>
    <message>
        <source>its signature does not verify with a certificate of the organisation CA (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names %1, but %2 signed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was signed by %1, whose certificate does not name the administrator role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was signed by %1 after their certificate (serial %2) was revoked on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it retires key %1, but the key then current was %2 (audit event %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no administrator signed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit event %1 rotates the recipient key to %2, but %3: it was appended with the database key, and footage sealed to that key would be readable by whoever appended it. Restore the database from a backup; nothing is pulled or exported until then.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::RedactionEditor</name>
    <message>
        <source>add region %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove region %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyframe at %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove keyframe at %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change region %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview the redaction (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute audio in→out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Render redacted copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio mutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this hidden?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set an in point (I) and an out point (O) in the player first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the audio muted from %1 to %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bystander name spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mute audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan saved (SHA-256 %1…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering the redacted copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redact a clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redact — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected region stays until the end of the clip (Ctrl+Shift+End)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected region ends at this frame, on purpose (someone walked out of view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected region starts at the first frame (Ctrl+Shift+Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag on the picture to draw a box: it stays until the end of the clip unless you end it (End here). Drag a box to move it, its corner to resize: each change is a keyframe at the current time. , and . jump between keyframes; Alt+arrows nudge the box; Delete removes the keyframe here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous keyframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next keyframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the keyframe here (or the region)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the redaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nudge the box left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nudge the box right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nudge the box up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nudge the box down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the region to the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend the region to the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – end of clip (%2 keyframes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2, ends before the clip (%3 keyframes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold %1 to the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region %1 starts later than this frame; go to where it should end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end %1 here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region %1 now ends at %2; the frames after it are not covered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extend %1 to the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions end before the clip does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What these regions hide will be visible in the redacted copy after they end:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render anyway only if that is intended (for example, the person left the picture). Your confirmation is kept in the redaction log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rendered: use Hold to end on the regions that must stay to the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendered: the redacted copy is in the case&apos;s media list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redaction regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find faces and people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect faces and people in the whole clip and list them for review (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Track this region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the selected box from this frame forwards and backwards through the clip (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find faces and people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track the selected region through the clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the selected suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the selected suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept all suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject all suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Faces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People (whole bodies, slower)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ossible number plates (low confidence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole clip is searched; every track found is listed for you to accept or reject. Nothing is added to the plan until you accept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding faces and people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding faces and people stopped: %1 The plan is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tracks found: review them in Suggestions.</source>
        <translation>
            <numerusform>%n track found: review them in Suggestions.</numerusform>
            <numerusform>%n tracks found: review them in Suggestions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a region (or draw a box) on this frame first, then track it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking region %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking stopped: %1 The region is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>track %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region %1 now follows the tracked box (%2 – %3, %4 keyframes); check it and adjust where it drifts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faces without a region</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A face or person was detected in %n frames where no region covers it:</source>
        <translation>
            <numerusform>A face or person was detected in %n frame where no region covers it:</numerusform>
            <numerusform>A face or person was detected in %n frames where no region covers it:</numerusform>
        </translation>
    </message>
    <message>
        <source>Frames %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render anyway only if these are not people to hide (for example, a rejected false detection). Your confirmation and the frames are kept with the redacted copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rendered: accept the tracks or draw regions over the faces in the frames listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redaction plan has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save them before closing the editor?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendered: the redacted copy is in the case&apos;s media list. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review side &amp;by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering the redacted copy: see Jobs (Ctrl+J) for its progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rendered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding faces and people: see Jobs (Ctrl+J) for its progress.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::RedactionPlan</name>
    <message>
        <source>Invalid redaction plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redaction plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 is not supported (this LP Desk reads version 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeats region id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be blur, pixelate or fill (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required when the reason is &quot;other&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least one keyframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has an empty or negative size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reaches outside the frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not after the previous keyframe (keyframes must be sorted by time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region %1 starts at %2 s, after the end of the clip (%3 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An audio mute starts at %1 s, after the end of the clip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frames %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region %1 ends at frame %2 while the clip goes on: %3 (%4–%5) are not covered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detection (%1, %2, SHA-256 %3, confidence %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drawn by a person, followed by the tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drawn by a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>origin not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, not accepted by anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, accepted by %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be person or detection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::RedactionService</name>
    <message>
        <source>A reason code is 1–40 lowercase letters or &apos;_&apos; (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no redaction plan %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::Redactor</name>
    <message>
        <source>Audio mutes need an AAC-LC audio track; this clip has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart render: %1 of %2 GOPs re-encoded (%3 of %4 frames), %5 GOPs (%6 frames) stream-copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full render: all %1 frames re-encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Smart render not used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clip has no video stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only H.264 and H.265 video in MP4/MOV (4-byte NAL lengths) can be cut; this clip is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clip is rotated (%1°) and regions are drawn on the picture as shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clip has no frames.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its pictures are %1, not 8-bit 4:2:0 (yuv420p).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its %1 video packets do not map one to one onto its %2 frames.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its first picture is not one a stream can start at (IDR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copied and re-encoded pictures would interleave in display order around frame %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clip&apos;s packets changed while it was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the encoder&apos;s parameter sets changed between re-encoded GOPs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the re-encoded pictures&apos; decode times do not fit between the copied ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every GOP holds a region, so there is nothing to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 frames hold a region; re-encoding them with libx265 would take longer than the full render (H.264).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::ReleaseApproval</name>
    <message>
        <source>Cannot read the case&apos;s incidents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1: legal&apos;s signed approval does not hold: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the approval of release %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no signed approval (the release is marked approved in the database only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approval.json is not canonical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was signed by %1, but the release names %2 as the reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reviewer %1 also requested it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signer %1 is not a legal reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed since legal signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the personal-data choices in the database differ from what legal signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisation&apos;s revocation list is missing from the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signer&apos;s certificate does not name the legal role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is time-stamped, but no time-stamp authority is configured to check the token with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its time-stamp does not hold: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reviewer&apos;s certificate has no serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reviewer&apos;s certificate (serial %1) was revoked on %2, before the approval was time-stamped (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reviewer&apos;s certificate (serial %1) was revoked on %2, and no time-stamp proves that the approval was made before (the time in it, %3, is the signer&apos;s own clock); legal approves it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reviewer&apos;s certificate (serial %1) was revoked on %2, before the approval (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency %1 no longer exists (it was removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the releases: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release %1 (case %2, for agency %3) was approved by %4 on %5, before an agency&apos;s use of the system&apos;s certificate authorities was part of what legal approves: it cannot be submitted until legal approves it again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::ReleaseDecisionBox</name>
    <message>
        <source>Release statement &amp;contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release the real &amp;names of anonymous authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the decision (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for your decision in the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved. The investigator can now export the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected. The investigator is told why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving the release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing the approval…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing the approval and waiting for the time-stamp from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. The release was not approved; it is still pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release customer card &amp;digits and loyalty ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving: see Jobs (Ctrl+J) for its progress.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::ReleaseRequestDialog</name>
    <message>
        <source>Request a release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal reviews what you tick here before anything leaves. Personal data (statement contacts, names of anonymous witnesses, card digits) stays withheld unless legal allows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB or file hand-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Officer J. Ruiz, Chicago PD 19th District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this release, and for whom (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note for legal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement by %1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymous: released as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POS register %1 #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in the note why and for whom the release is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one item to release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT REDACTED — a redacted copy exists. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release without redaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a redacted copy. Why must the unredacted item leave?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 released without redaction on purpose: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfils police re&amp;quest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;cipient:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::ReleaseReviewWindow</name>
    <message>
        <source>Close the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary, statements, POS and custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case that cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::ReleaseService</name>
    <message>
        <source>clip %1 is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>derivative %1 no longer belongs to the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement %1 is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement %1 is not signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement %1 was corrected by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POS transaction %1 is no longer linked to the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown item kind %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purpose is usb or agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A release for an agency names the agency (agency:ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A release request needs a note (up to 4000 characters) saying what it is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot release %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip %1 is not evidence of case %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement %1 is not part of case %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no release request %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list of items does not match its recorded hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision needs a written reason (up to 4000 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You requested release %1; another legal reviewer must decide it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 is void: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 is %2, not pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 changed while it was being decided; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 is void: %2. Request a new release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 was rejected by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 is %2: legal has not approved it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot confirm that you did not request release %1 (%2); refusing to decide it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account was created after release %1 was requested; a reviewer whose account existed at the time must decide it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your certificate does not name the legal role; an administrator reissues it by setting your role (user set-role).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval was not recorded: it needs a time-stamp from %1, which failed (%2). Try again when the time-stamp authority answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: release %1 was not approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one item to release (lpdesk-cli: or --all).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::ReleaseSummary</name>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered to %1: report number %2, received %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported as package %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>picture %1×%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2×%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, SHA-256 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (anonymous; released as %2 unless names are allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement v%1 by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (withheld unless contacts are allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Intact: %n event(s), %1 signed checkpoint(s).</source>
        <translation>
            <numerusform>Intact: %n event, %1 signed checkpoint(s).</numerusform>
            <numerusform>Intact: %n events, %1 signed checkpoint(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>BROKEN: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, SHA-256 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A POS transaction that cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 (voided)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1: card •••• %2 (withheld unless customer data is allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1: loyalty id %2 (withheld unless customer data is allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time at the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>POS transactions in this release (%n)</source>
        <translation>
            <numerusform>POS transactions in this release (%n)</numerusform>
            <numerusform>POS transactions in this release (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>POS transactions linked to the case but not in this release (%n)</source>
        <translation>
            <numerusform>POS transactions linked to the case but not in this release (%n)</numerusform>
            <numerusform>POS transactions linked to the case but not in this release (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>A case that cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::ReleasesDialog</name>
    <message>
        <source>&amp;Pending only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No releases yet. Investigators request them from a case (Ctrl+Shift+R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You asked for this release: another member of legal decides it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit to agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not delivered yet (%1); it stays in the outbox and is retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;review (players, stills, custody)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered to %1: report %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::RequestTemplates</name>
    <message>
        <source>Version %1 of the request template %2 was changed after it was published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of the request template %2 is not in the audit log: it was written into the database, not published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each package is sealed: its manifest lists every file with its SHA-256 hash and is signed by our evidence workstation, and the chain of custody enclosed with it records every step since the recording was received from the store. The package can be verified offline with the instructions it contains.

This disclosure is limited to the records described above. Please direct any questions about it to the undersigned and quote our request number.

{author}
Loss Prevention
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{today}

{agency}
Attn: {officer}
Your reference: {reference}

Re: {kind} received {received} (our request {request_id})

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was asked:
{asked}

Our cases: {cases}

Records produced:
{releases}

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subpoena</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>court order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search warrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emergency (exigent) request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subpoena for records (duces tecum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subpoena duces tecum served on the company&apos;s custodian of records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video recordings, point-of-sale records and incident reports the subpoena describes, for the stores and the period it names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In response to the above subpoena, received on {received} and due by {due}, issued on this basis: {legal_basis}, we produce the records described below as their custodian.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court order to produce records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order of the court requiring the company to produce records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records the order names, for the stores and the period it names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In compliance with the above court order ({legal_basis}), received on {received} and due by {due}, we produce the records described below.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search warrant for records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search warrant issued by a judge or magistrate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recordings and records the warrant describes, as it describes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In compliance with the above search warrant ({legal_basis}), served on {received}, we produce the records described below.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency disclosure (exigent circumstances)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what the emergency requires: the recordings of the persons and the moment concerned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This letter confirms the records disclosed to you on an emergency basis at your request of {received}, on your statement that an emergency involving danger of death or serious injury required them without delay. Our legal department reviews every such disclosure after the fact. Please send us the legal process that covers it, or confirm in writing that none will follow.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informal request from an officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recordings and records of the incident the officer is investigating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In response to your request of {received}, we provide voluntarily the records described below, which concern an offence reported by the company. This voluntary disclosure does not waive any right or objection of the company.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no request template %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no built-in request template %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no version %1 of the request template %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template name is 1–40 lowercase letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of request is one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template needs a title of at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due period is 0 (none) to %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legal basis is at most 4000 characters, what is asked and the letter at most %1 each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template for a %1 needs its legal basis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template needs the text of its response letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter uses {%1}, which is not a field of a request; it may use: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>- Release %1, %2 on %3: %n item(s), content SHA-256 %4; package %5, manifest SHA-256 %6</source>
        <translation>
            <numerusform>- Release %1, %2 on %3: %n item, content SHA-256 %4; package %5, manifest SHA-256 %6</numerusform>
            <numerusform>- Release %1, %2 on %3: %n items, content SHA-256 %4; package %5, manifest SHA-256 %6</numerusform>
        </translation>
    </message>
    <message>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no due date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none stated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none linked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing has been produced for this request yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template %1 is for a %2; police request %3 is a %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::RequestTemplatesDialog</name>
    <message>
        <source>Inse&amp;rt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish as new version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police request templates[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each template as it is in force: built in, or the latest version an administrator published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the template is called where a request is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of police request this template is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request recorded from this template is due this many days after it was received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legal basis a request of this kind usually rests on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is usually asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a request of this kind usually asks for, in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter that answers a request; {placeholders} are replaced with the request&apos;s own fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fields of a request a letter may use; double-click one to insert it at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inserts the selected placeholder at the cursor in the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter as it reads for a request with sample values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every version of the selected template, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish as new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a version of the selected template; earlier versions stay as they were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator publishes request templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts a template under a new name from the fields shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator adds request templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes the templates; asks first about changes not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is usually &amp;asked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response le&amp;tter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police request templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the fields shown as a new version of the request template %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests recorded and letters written from now on use it; earlier versions stay as they were, in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lakeview Police Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det. Alex Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LPD-2024-0042</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the request&apos;s legal basis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents: INC-0007
Stores: 0412</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CASE-0031</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- Release 5d1e, delivered on %1: 2 items, content SHA-256 …; package …, manifest SHA-256 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new, not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1, published by %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — REFUSED: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New template %1: nothing is stored until it is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: LP Desk&apos;s built-in template is in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: version %2 is in force (SHA-256 %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no due date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a field of a request, so publishing refuses it: {%1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published version %1 of %2 (SHA-256 %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New request template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new template (lowercase letters, digits, &apos;-&apos; and &apos;_&apos;):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a request template %1: publish a new version of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request template %1 has changes that are not published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish them as a new version, discard them, or go back to them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 REFUSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2 REFUSED)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sound version is left: the template cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LP Desk&apos;s built-in template stands in for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 stands in for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: version %2 is REFUSED: %3 %4 Publish a new version to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::RetentionPurge</name>
    <message>
        <source>Purge expired evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing to purge. %n expired item(s) are kept (legal hold, open case or pending release).</source>
        <translation>
            <numerusform>Nothing to purge. %n expired item is kept (legal hold, open case or pending release).</numerusform>
            <numerusform>Nothing to purge. %n expired items are kept (legal hold, open case or pending release).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n expired item(s) (%1) for good? Their records stay as tombstones with their hashes; custody and the audit log record the purge.</source>
        <translation>
            <numerusform>Delete %n expired item (%1) for good? Their records stay as tombstones with their hashes; custody and the audit log record the purge.</numerusform>
            <numerusform>Delete %n expired items (%1) for good? Their records stay as tombstones with their hashes; custody and the audit log record the purge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Purging expired evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 purged</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n original(s), %1</source>
        <translation>
            <numerusform>%n original, %1</numerusform>
            <numerusform>%n originals, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still(s), %1</source>
        <translation>
            <numerusform>%n still, %1</numerusform>
            <numerusform>%n stills, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n derivative(s), %1</source>
        <translation>
            <numerusform>%n derivative, %1</numerusform>
            <numerusform>%n derivatives, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept: case on legal hold</source>
        <translation>
            <numerusform>%n kept: case on legal hold</numerusform>
            <numerusform>%n kept: case on legal hold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept: incident on legal hold</source>
        <translation>
            <numerusform>%n kept: incident on legal hold</numerusform>
            <numerusform>%n kept: incident on legal hold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept: case still open</source>
        <translation>
            <numerusform>%n kept: case still open</numerusform>
            <numerusform>%n kept: case still open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept: in a submission still in the outbox</source>
        <translation>
            <numerusform>%n kept: in a submission still in the outbox</numerusform>
            <numerusform>%n kept: in a submission still in the outbox</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept: in a pending release</source>
        <translation>
            <numerusform>%n kept: in a pending release</numerusform>
            <numerusform>%n kept: in a pending release</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n POS journal(s), %1</source>
        <translation>
            <numerusform>%n POS journal, %1</numerusform>
            <numerusform>%n POS journals, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n item(s) purged.</source>
        <translation>
            <numerusform>Cancelled after %n item purged.</numerusform>
            <numerusform>Cancelled after %n items purged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expired item(s) purged.</source>
        <translation>
            <numerusform>%n expired item purged.</numerusform>
            <numerusform>%n expired items purged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lpdesk::RetentionService</name>
    <message>
        <source>A retention rule is for an incident type or an evidence kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence kind is one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An incident type is 1–40 lowercase letters or &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A retention period is 1 to 36500 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A retention period counts from the incident or from the case&apos;s closure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no retention rule for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no incident %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A legal hold is on a case or an incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A legal hold needs a reason (up to 4000 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifting a legal hold needs a reason (up to 4000 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no legal hold on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case on legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident on legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention period ended %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip %1 is marked purged but its file could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in a submission still in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in a pending release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POS journal %1 is marked purged but its file could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::RevocationList</name>
    <message>
        <source>The organisation CA key is not available in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make the revocation list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add serial %1 to the revocation list: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not number the revocation list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not sign the revocation list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the revocation list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crl.pem is not a certificate revocation list (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revocation list is not signed by the organisation CA (forged or from another CA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revocation list&apos;s CRL number is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::ScreenshotTour</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the screenshots to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::SearchDialog</name>
    <message>
        <source>Search incidents and statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to find (prefixes match: &quot;hood&quot; finds &quot;hooded&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · case %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate to open the case at this statement.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcuts of this window. Player keys work while the player has the focus.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::SlotKeyRecord</name>
    <message>
        <source>the users table no longer records the key slot of %1 as audit event %2 does: the column was cleared or changed; it is recorded again at %1&apos;s next sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key slot for %1 differs from the one the audit log records for that user (audit event %2); it was replaced or planted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key slot for %1: the audit log records every key slot of this database, but none for %1; it was planted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key slot for %1 differs from the one recorded for that user; it was replaced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::SopLibrary</name>
    <message>
        <source>Version %1 of the procedure for %2 was changed after it was published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shoplifting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not chase or touch the person. Note their description, direction of travel and any vehicle. Keep staff and customers safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report to the store manager at once; log the incident the same day with the time, the goods and their value; report to police when your policy&apos;s value threshold is met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clips from the entrance and the aisle, a still of the person, the door alarm record and the receipts or POS transactions of the goods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organized retail crime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not confront a group. Note how many people, their roles (lookout, booster, driver), vehicles and plates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report to the loss-prevention lead the same day; check the inbox for the same people or vehicles at other stores; share with police through a release approved by legal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every camera that saw the group, from arrival to departure; the parking lot camera; POS transactions they made; earlier incidents that look linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Robbery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comply; do not resist. Call the emergency number as soon as it is safe. Lock the doors after the offender has left and keep people away from where they stood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police at once; then the store manager and loss prevention; witnesses&apos; names and statements before they leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clips from the register and the entrance from 15 minutes before to 15 minutes after; the register&apos;s transactions and the cash count; anything the offender touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the area safe and get first aid; call the emergency number when anyone is hurt or still in danger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police and the store manager at once; an incident report the same day; statements from the person hurt and from witnesses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clips from every camera that saw the people before, during and after; photographs of injuries only with consent; the first-aid record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep distance, do not argue, move staff and customers away; call the emergency number when the threat is to life or a weapon is seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store manager at once; police when the threat is credible; record the exact words used as soon as possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clips with audio where the law allows; the time and words of the threat in a signed statement; any message or call record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return fraud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete or refuse the transaction as your policy says; do not accuse the customer. Note the identification shown and the payment card&apos;s last digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss prevention the same day; police when the loss or a pattern meets your threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The POS journal of the day (the refund, void or override and the original sale), the register camera&apos;s clip, and the receipt or refund slip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burglary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not enter until police say it is safe; do not touch doors, windows or displays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police at once; the store manager and the alarm company; an inventory of what is missing within a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clips from every camera from the alarm time back to closing; the alarm and door-sensor logs; the damaged entry point untouched until police have seen it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep people safe first. Do not chase or touch anyone. Note what happened, when, where and who was there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store manager the same day; an incident report in the store system; police when a crime was committed or someone was hurt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clips from the cameras that saw it (before, during and after), the POS transactions involved and witnesses&apos; names. Recordings are overwritten: ask for them within a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an incident type (%2, or * for all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no version %1 of the procedure for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A procedure needs a title, immediate actions, reporting steps and the evidence to preserve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A procedure&apos;s title is at most 200 characters and each part at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of the procedure for %2 is not in the audit log: it was written into the database, not published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No time was given for the procedure in force.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::SoundToAac</name>
    <message>
        <source>FFmpeg cannot decode this sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot convert this sound for AAC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the sound to the working copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot encode the sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot decode the sound: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::StateLabels</name>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shoplifting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organized retail crime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>robbery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>burglary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fraud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return fraud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vandalism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trespass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pos exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>door sensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>panic button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>analytics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::StatementEditor</name>
    <message>
        <source>New statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit draft statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct statement (new version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone, e-mail or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Personal data&lt;/b&gt; — withheld from releases unless legal includes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and documents (*.png *.jpg *.jpeg *.pdf *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (kept; SHA-256 %2…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and &amp;sign off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After sign-off the statement cannot change; corrections become new versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments (stored encrypted, with their SHA-256):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After sign-off this statement cannot be changed; a correction will be a new version. Sign off now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The author asked to stay a&amp;nonymous towards the police (exports carry a pseudonym)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;ken at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Att&amp;estation:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::StatementPanel</name>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;attachment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (anonymous: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed off, corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes — released as &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (corrects %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed off %1 by %2; content SHA-256 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment %1 (%2, %3 bytes, SHA-256 %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After sign-off this statement cannot be changed; a correction will be a new version. Sign off now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This statement has no attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save attachment (decrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a statement (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gn off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::StatementService</name>
    <message>
        <source>A statement needs an author (up to 200 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The author&apos;s role is one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A statement needs text (up to %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact or attestation is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time taken is not an RFC 3339 time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no statement %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement %1 was signed off on %2 and cannot be changed; record a correction instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the author stays anonymous is set when the statement is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement %1 was already signed off on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement %1 is still a draft: edit it instead of correcting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement %1 was already corrected by %2; correct the newest version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A correction cannot change whether the author stays anonymous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy attachment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement %1 is signed off and cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no attachment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::StillView</name>
    <message>
        <source>The still is too large to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The still cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The still is not a readable picture.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::StoreDrop</name>
    <message>
        <source>%1 is larger than %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at byte %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not &quot;lpdesk-store-drop&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not 1 (a newer drop format?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a known IANA time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has an invalid key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeats camera id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names a camera that is not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an incident id (UUID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not match the id the feed listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names another store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a valid time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not match the media id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before its start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::StoreRegistry</name>
    <message>
        <source>Store ids are 2–48 lowercase letters, digits and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A store is reached through a folder or an https:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a store %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store %1 has incidents; it cannot be removed (evidence is kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no store %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drop at %1 is for store %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the quarantine: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store %1: the drop says time zone %2, LP Desk keeps %3 (not changed by a pull)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store %1: the drop says a clock offset of %2 s, LP Desk keeps %3 s (not changed by a pull)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a POS store id of store %2; give the new store another id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A POS store id is 1 to 64 characters, as the journals write it (RetailStoreID, BusinessUnit/UnitID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the store&apos;s own id: journals that name it are imported as the store&apos;s already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the id of another store in LP Desk, so it cannot also be a POS store id of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store %1 has the POS store id %2 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a POS store id of store %2; remove it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store %1 has no POS store id %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::StoreSimulator</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient key is not an X25519 public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  incident %1/%2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulator options out of range (1–%1 stores, 0–%2 incidents per store, clips up to 600 s, a history of up to %3 days).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::StoresDialog</name>
    <message>
        <source>Stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pull this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a store first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: connection works. &quot;%2&quot; in %3, %4 cameras, %5 registers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove store %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. chicago-lakeview-017</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder or USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a PEM file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder or URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned CA (PEM):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/media/usb/store-017</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store drop folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate or key file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store %1 added. Use Test connection, then Pull.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (system CAs, not pinned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust the system&apos;s certificate authorities (not recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a pinned CA, anyone who gets a certificate for the store&apos;s host from any authority this system trusts can serve LP Desk a drop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An HTTPS store needs its pinned CA certificate (PEM). If it has none you can pin, tick &quot;Trust the system&apos;s certificate authorities&quot; (not recommended).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POS store ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POS store &amp;ids…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ids the store&apos;s own POS system writes for it in its journals, when they are not its id here (NCR RetailStoreID, Futura BusinessUnit/UnitID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POS store ids of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journals name the store by the id its POS system gives it (NCR RetailStoreID, Futura BusinessUnit/UnitID). Transactions that name one of these ids import as store %1&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2301</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;POS store id:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::SubmissionService</name>
    <message>
        <source>%1: the agency&apos;s TLS certificate was refused (%2). Check the CA pinned in the agency profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the agency answered HTTP %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 was approved for %2, not for agency %3: request a release for that agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the outbox folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the sealed package back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is %1 bytes; agency %2 takes at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no submission %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission %1 was delivered; it cannot be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting an access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency&apos;s answer to the submission lacks an id or https upload and completion addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sealed package %1 is missing from the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking where the upload stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency reports an impossible upload offset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the sealed package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency and the workstation disagree on the upload offset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency acknowledged an impossible upload offset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completing the submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency&apos;s receipt has no report number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency&apos;s receipt names a different package hash than the one sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting %1 s before trying again: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered (HTTP %2) over TLS with a certificate from the pinned CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the upload of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking where the upload of %1 stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency&apos;s receipt names a different hash for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency named %1, which is not on its own origin %2; nothing (no credentials) was sent there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered (HTTP %2) over TLS with a certificate from one of the system&apos;s certificate authorities (no pinned CA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sealed package %1 in the outbox is not the one queued (missing, or its SHA-256 differs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency %1 was removed after the submission was queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release %1 is not approved for agency %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 was submitted to agency %2 already; a release goes out once. Request a new release for another submission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tell whether release %1 was submitted already: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 is in the outbox already (submission %2, %3); a release goes out once. Cancel that submission first, or request a new release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the agencies for police follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 was exported already (audit event %2); a release goes out once. Request a new release for a submission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued in audit event %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::SuggestionPanel</name>
    <message>
        <source>Face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracked region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a track to go to its first frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestions yet: run Find faces and people (Ctrl+Shift+F).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the selected tracks to the plan (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the selected tracks out of the plan (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add every track to the plan (Ctrl+Alt+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave every track out of the plan (Ctrl+Alt+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2 (detected in %n frames)</source>
        <translation>
            <numerusform>%1 – %2 (detected in %n frame)</numerusform>
            <numerusform>%1 – %2 (detected in %n frames)</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted: in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To review</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>accept %n suggestions</source>
        <translation>
            <numerusform>accept %n suggestion</numerusform>
            <numerusform>accept %n suggestions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>reject %n suggestions</source>
        <translation>
            <numerusform>reject %n suggestion</numerusform>
            <numerusform>reject %n suggestions</numerusform>
        </translation>
    </message>
    <message>
        <source>Show reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list the tracks already accepted or rejected, to change your mind</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n track(s) to review: accept what must be hidden, reject what must not.</source>
        <translation>
            <numerusform>%n track to review: accept what must be hidden, reject what must not.</numerusform>
            <numerusform>%n tracks to review: accept what must be hidden, reject what must not.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every track is reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted: %1. Rejected: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::SuggestionService</name>
    <message>
        <source>Face %1 (detected in %2 frames, confidence %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person %1 (detected in %2 frames, confidence %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracked region %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the redaction reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s is outside the clip (%2 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible plate %1 (low confidence %3, detected in %2 frames)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason &quot;other&quot; needs a text that says what it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::SyncReviewDialog</name>
    <message>
        <source>&amp;Lock to wall-clock time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stepping, seeking or playing one clip moves the others to the same true moment, corrected for each camera&apos;s clock offset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play / &amp;pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next frame ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step the leading clip one frame back; the others follow (Left in a clip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause the leading clip; the others follow (Space in a clip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step the leading clip one frame on; the others follow (Right in a clip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clips of this case (up to %1 at once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 clips side by side; untick one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the clips to review side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; (UTC %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — leading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — no footage at this moment: the clip starts %1 s later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — no footage at this moment: the clip ended %1 s earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>14:02:11.400 (store time) or 2026-03-14T14:02:11-05:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this moment in every clip: a time of day in the leading clip&apos;s store time zone, or a full RFC 3339 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a time of day (14:02:11) or an RFC 3339 time with its offset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clip shown here was recording at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stills of this &amp;moment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of every clip that shows this moment; each still is recorded as a derivative in the chain of custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the stills of this moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n still(s): %1</source>
        <translation>
            <numerusform>Stopped after %n still: %1</numerusform>
            <numerusform>Stopped after %n stills: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still(s) of %1 written to %2, each recorded in the chain of custody.</source>
        <translation>
            <numerusform>%n still of %1 written to %2, each recorded in the chain of custody.</numerusform>
            <numerusform>%n stills of %1 written to %2, each recorded in the chain of custody.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s, SHA-256 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clip that could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Writing %n still(s)…</source>
        <translation>
            <numerusform>Writing %n still…</numerusform>
            <numerusform>Writing %n stills…</numerusform>
        </translation>
    </message>
    <message>
        <source>The database is closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is closing; no still was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ P&amp;revious frame</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::SystemTrust</name>
    <message>
        <source>%1 is a folder; trusting the system&apos;s certificate authorities applies to https:// only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: choose a pinned CA or the system&apos;s certificate authorities, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has neither a pinned CA nor an administrator&apos;s choice to trust the system&apos;s certificate authorities; LP Desk does not connect to it. An administrator must add it again with a pinned CA (or explicitly with system trust).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1 trusts every certificate authority of this system, not a pinned CA: anyone who can obtain a certificate for its host from any of them can stand in for it. Pin the CA when you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the profiles marked by migration 23: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a pinned CA certificate (Pinned CA; lpdesk-cli: --ca PEM). To trust every certificate authority of this system instead, say so explicitly (&quot;Trust the system&apos;s certificate authorities&quot;; lpdesk-cli: --system-trust; not recommended).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::TimelineWidget</name>
    <message>
        <source>Incident trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: from %2 s to the end of the clip, %3 keyframes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: from %2 s to %3 s, %4 keyframes — ends before the clip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::Timestamp</name>
    <message>
        <source>the time-stamp is not an RFC 3161 response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time-stamp does not verify (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TSA CA file holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TSA address must be an http:// or https:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TSA CA certificate is configured to check the time-stamp against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot encode the time-stamp request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time-stamp authority answered with more than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time-stamp authority at %1 did not answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time-stamp authority at %1 answered HTTP %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the time-stamp check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time-stamp is larger than any TSA answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no TSA CA certificate to check the time-stamp against</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::TimestampSettings</name>
    <message>
        <source>The TSA address must be an http:// or https:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your certificate does not name the administrator role; an administrator whose certificate does sets the time-stamp authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time-stamp authority settings are not trusted: %1. An administrator sets them again (Tools → Time-stamp authority, or lpdesk-cli tsa).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisation&apos;s revocation list is missing from the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate of %1, who signed them, is revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TSA address must not carry a user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no administrator signed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its signature cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was signed by %1, whose certificate does not name the administrator role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit event %1 changes the time-stamp authority settings (%2) but %3: it is not counted (forged with the database key, or a clearing from before clearing was signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit event %1 puts back time-stamp authority settings an administrator signed earlier (version %2; version %3 is current): replayed with the database key, it is not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit event %1 sets %2 without an administrator&apos;s signature: forged with the database key (or a change left half-written), it is not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no administrator signed them (they were written directly in the database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 differs from the last change an administrator signed (audit event %2): it was written directly in the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::TriageRules</name>
    <message>
        <source>Unknown incident type or bad boost in triage rules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity_weight must be 0–1000.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::Trimmer</name>
    <message>
        <source>The trim needs 0 ≤ in &lt; out (got %1 to %2 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range %1–%2 s is outside the clip (0–%3 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range is shorter than one frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frames %1–%2 re-encoded losslessly (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 packets stream-copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last frames are re-encoded with libx264 (the source&apos;s SPS uses %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frames %1–%2 stored as uncompressed H.264 pictures (I_PCM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame %1 cannot be stored as an uncompressed H.264 picture: its pixel format does not match the stream&apos;s parameter sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keyframe at the start of the range, so a lossless cut cannot start there; trim in the smart or re-encode mode instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy ends at frame %1, not %2: frames %3–%2 are B-frames that refer to a frame past the out-point; --mode smart keeps them (re-encoded losslessly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A smart trim of this %1 stream cannot be cut losslessly (only H.264 and H.265 in MP4/MOV can be); trim in the re-encode mode, or in the copy mode for a cut at keyframes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 stream uses open GOPs (its keyframes between %2 and %3 s are not IDR frames), so it cannot be cut losslessly without re-encoding the whole range; trim in the re-encode mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clip has no video stream.</source>
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
    <message>
        <source>Confirm the organisation&apos;s CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose org-ca.pem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm and un&amp;lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of org-ca.pem (64 hex digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your key slot was made before LP Desk pinned each key slot to the organisation&apos;s CA certificate, and no administrator&apos;s key slot vouches for the certificate now in this database. LP Desk will not pin your slot on the database&apos;s word alone: someone with the database key could have replaced the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As an administrator you can confirm it: choose the org-ca.pem your organisation keeps outside this computer (its SHA-256 is computed and shown) or paste its fingerprint, enter your passphrase again, and confirm. The confirmation is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask an administrator to sign in and confirm the organisation&apos;s CA certificate (here, or with lpdesk-cli key confirm-ca); then unlock again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the org-ca.pem file or paste its SHA-256 fingerprint (64 hex digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::UserDirectory</name>
    <message>
        <source>User names are 1–64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;@&apos; or &apos;-&apos;.</source>
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
        <source>You cannot remove yourself; ask another administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot take away your own administrator role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation CA key is not in your key slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no key slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not seal the signing key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the name of a removed user; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the users: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log names certificate %1, the current certificate of %2, as revoked; a real revocation replaces or removes it, so that event was not written by LP Desk. Nothing was restored: run db check.</source>
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
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1? Their key slot is deleted, they can no longer unlock this database, and their certificate is revoked.

Rotating the keys as well (recommended) gives the database a new master key and the stores a new recipient key, so that nothing %1 may have copied opens the database or what is pulled from now on. Every store must then be given the new recipient key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove and rotate keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed and their certificate revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed and their certificate revoked, but the key rotation failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed, their certificate revoked and the keys rotated. The new recipient key is in %2: give that file to every store. Files encrypted to the old key stay readable until they are re-encrypted (lpdesk-cli db reencrypt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore re&amp;vocation list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the revocation list again with every revocation the audit log records, after an earlier list was put back in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revocation list already holds every revocation the audit log records, and its number (%1) is the highest issued. Nothing to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, revoked %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revocation list in the database is number %1, but the audit log records that list number %2 was issued: an earlier list was put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The revocation list in the database lacks %n certificate(s) that the audit log records as revoked: an earlier list was put back. These will be revoked again:</source>
        <translation>
            <numerusform>The revocation list in the database lacks %n certificate that the audit log records as revoked: an earlier list was put back. These will be revoked again:</numerusform>
            <numerusform>The revocation list in the database lacks %n certificates that the audit log records as revoked: an earlier list was put back. These will be revoked again:</numerusform>
        </translation>
    </message>
    <message>
        <source>The list is signed again with the organisation CA as number %1 (above every number issued). Restore it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore revocation list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revocation list was not restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The revocation list was restored: %n certificate(s) revoked again; it is now number %1.</source>
        <translation>
            <numerusform>The revocation list was restored: %n certificate revoked again; it is now number %1.</numerusform>
            <numerusform>The revocation list was restored: %n certificates revoked again; it is now number %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Legal grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;firm legal grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the legal role another administrator granted the selected person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted by %1, awaits a second administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s legal role is confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granting the &amp;legal role needs a second administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When on, a person given the legal role cannot decide on releases until another administrator confirms the grant; every change of this setting is audited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From now on, a legal role granted by one administrator waits for a second one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A legal role granted from now on takes effect at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change role…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::VerifyPackageDialog</name>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify package — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s CA certificate you were given (PEM); empty: the one inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted &amp;CA:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the CA certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is encrypted. Its password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intact: every file, the signature and the custody chain check out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>NOT intact: %n problem(s) found.</source>
        <translation>
            <numerusform>NOT intact: %n problem found.</numerusform>
            <numerusform>NOT intact: %n problems found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package %1, case %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files, %2 bytes, %3 custody events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no valid signature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing certificate SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-stamped %1 by %2 (RFC 3161)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CA certificate the sender gave you under Trusted CA and verify again to check who made the package.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::VideoDecoder</name>
    <message>
        <source>The clip has no video stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decoder for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the video decoder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clip has no video frames.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame %1 is outside the clip (0–%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeking in the clip failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decoder skipped past frame %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame %1 could not be decoded (end of stream).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoding failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame %1 could not be decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of memory converting frame %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame %1 has an unsupported pixel format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame %1: the picture buffer is too small.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::VideoEncoder</name>
    <message>
        <source>Encoding failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The H.264 encoder (libx264) is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the H.264 encoder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The H.265 encoder (libx265) is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the H.265 encoder: %1</source>
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
    <message>
        <source>The organisation CA key is sealed to administrators&apos; key slots only; sign in as an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not erase the CA key from the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retired recipient key %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not retire the recipient key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the new recipient key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the recipient key history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the revocation list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the revocation list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not retire the signing key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the new signing key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list it carries is not signed by the organisation CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list it carries has another number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list it carries has another hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it carries no list signed by the organisation CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it revokes certificate %1 of %2 but carries no list signed by the organisation CA that holds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient key %1 in the database is not a key pair: its private key belongs to another public key (replaced with the database key). Restore the database from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient key in the database (%1) is not the one the audit log records (%2, audit event %3): it was replaced with the database key, and footage sealed to it would be readable by whoever replaced it. Restore the database from a backup; nothing is pulled or exported until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The organisation&apos;s revocation list in the database lacks %n certificate(s) that the audit log records as revoked (the first: %1 of %2, revoked %3): an earlier list was put back. An administrator restores it in Users and roles (or &quot;lpdesk-cli key restore-crl&quot;).</source>
        <translation>
            <numerusform>The organisation&apos;s revocation list in the database lacks %n certificate that the audit log records as revoked (the first: %1 of %2, revoked %3): an earlier list was put back. An administrator restores it in Users and roles (or &quot;lpdesk-cli key restore-crl&quot;).</numerusform>
            <numerusform>The organisation&apos;s revocation list in the database lacks %n certificates that the audit log records as revoked (the first: %1 of %2, revoked %3): an earlier list was put back. An administrator restores it in Users and roles (or &quot;lpdesk-cli key restore-crl&quot;).</numerusform>
        </translation>
    </message>
    <message>
        <source>The organisation&apos;s revocation list is missing from the database, but the audit log records that list number %1 was issued: it was removed. An administrator restores it in Users and roles (or &quot;lpdesk-cli key restore-crl&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s revocation list in the database is number %1, but the audit log records that list number %2 was issued: an earlier list was put back. An administrator restores it in Users and roles (or &quot;lpdesk-cli key restore-crl&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::ZipReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid package archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no end-of-central-directory record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multi-volume archives are not packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP64 fields without a ZIP64 locator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ZIP64 end record points outside the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ZIP64 end record is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries (at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the central directory lies outside the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the central directory is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>central directory entry %1 is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>central directory entry %1 is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsafe entry name &quot;%1&quot; (absolute, &quot;..&quot;, backslash or unusual characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a symbolic link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a directory entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses strong encryption, which packages never do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a damaged extra field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a short ZIP64 field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses an AES variant packages never use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 says AES without the AES field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses legacy ZIP encryption, which packages never do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is compressed (method %2); package entries are stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 declares %2 bytes but stores %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 declares %2 bytes at offset %3 in a file of %4 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local header of %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local header of %1 names %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local header of %1 disagrees with the central directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs past the end of the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two entries overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unaccounted bytes before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local header of %1 has been altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unaccounted bytes before the central directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the central directory has been altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unaccounted bytes after the central directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end records have been altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is encrypted: give its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot derive the package key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password for the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decryption failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its authentication code does not match (changed or damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its CRC-32 does not match (changed or damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package has no %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a safe archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsafe folder name &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would expand %2 bytes to %3 (a compression bomb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start inflating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its compressed data is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it inflates past its declared %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it inflates to %1 bytes, not the declared %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::ZipWriter</name>
    <message>
        <source>Cannot write the package: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package needs a writable, seekable file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry is still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a safe name for a package entry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package already has an entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot derive the package encryption key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lpdesk::detect::Detector</name>
    <message>
        <source>The face model embedded in LP Desk cannot be loaded (a damaged build).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The face cascades of opencv-data are missing (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plate cascade of opencv-data is missing (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to detect: name faces, people or plates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A detection setting is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clip has no video frames.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detection cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detection failed in OpenCV: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box&apos;s time is outside the clip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box is too small or outside the frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking failed in OpenCV: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clip has no more frames.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body cascades of opencv-data are missing (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
