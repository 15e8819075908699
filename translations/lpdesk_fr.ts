<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>H264PcmPictures</name>
    <message>
        <source>not an H.264 sequence parameter set</source>
        <translation>ce n&apos;est pas un ensemble de paramètres de séquence H.264</translation>
    </message>
    <message>
        <source>separate colour planes</source>
        <translation>plans de couleur séparés</translation>
    </message>
    <message>
        <source>field coding</source>
        <translation>codage par trames entrelacées</translation>
    </message>
    <message>
        <source>a sequence parameter set this coder cannot read</source>
        <translation>un ensemble de paramètres de séquence que ce codeur ne sait pas lire</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>use their own account</source>
        <translation>utiliser son propre compte</translation>
    </message>
    <message>
        <source>read the public keys</source>
        <translation>lire les clés publiques</translation>
    </message>
    <message>
        <source>read settings</source>
        <translation>lire les paramètres</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>modifier les paramètres</translation>
    </message>
    <message>
        <source>list users</source>
        <translation>lister les utilisateurs</translation>
    </message>
    <message>
        <source>add, remove or change users</source>
        <translation>ajouter, supprimer ou modifier des utilisateurs</translation>
    </message>
    <message>
        <source>rotate the master key</source>
        <translation>renouveler la clé maîtresse</translation>
    </message>
    <message>
        <source>back up the database</source>
        <translation>sauvegarder la base de données</translation>
    </message>
    <message>
        <source>check the database</source>
        <translation>vérifier la base de données</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>lire le journal d&apos;audit</translation>
    </message>
    <message>
        <source>see stores</source>
        <translation>voir les magasins</translation>
    </message>
    <message>
        <source>add or remove stores</source>
        <translation>ajouter ou supprimer des magasins</translation>
    </message>
    <message>
        <source>pull from stores</source>
        <translation>récupérer depuis les magasins</translation>
    </message>
    <message>
        <source>read the quarantine</source>
        <translation>lire la quarantaine</translation>
    </message>
    <message>
        <source>read incidents</source>
        <translation>lire les incidents</translation>
    </message>
    <message>
        <source>read cases</source>
        <translation>lire les dossiers</translation>
    </message>
    <message>
        <source>change cases</source>
        <translation>modifier des dossiers</translation>
    </message>
    <message>
        <source>view evidence</source>
        <translation>voir des éléments de preuve</translation>
    </message>
    <message>
        <source>work on evidence (trims, stills, markers, redactions)</source>
        <translation>travailler sur les preuves (découpes, images fixes, repères, floutages)</translation>
    </message>
    <message>
        <source>read custody</source>
        <translation>lire la traçabilité</translation>
    </message>
    <message>
        <source>read statements</source>
        <translation>lire des déclarations</translation>
    </message>
    <message>
        <source>record statements</source>
        <translation>enregistrer des déclarations</translation>
    </message>
    <message>
        <source>read POS records</source>
        <translation>lire des enregistrements de caisse</translation>
    </message>
    <message>
        <source>import POS journals</source>
        <translation>importer des journaux de caisse</translation>
    </message>
    <message>
        <source>link POS records</source>
        <translation>lier des enregistrements de caisse</translation>
    </message>
    <message>
        <source>see releases</source>
        <translation>voir les remises</translation>
    </message>
    <message>
        <source>request a release</source>
        <translation>demander une remise</translation>
    </message>
    <message>
        <source>approve or reject releases</source>
        <translation>approuver ou refuser des remises</translation>
    </message>
    <message>
        <source>export packages</source>
        <translation>exporter des paquets</translation>
    </message>
    <message>
        <source>see agencies</source>
        <translation>voir les organismes</translation>
    </message>
    <message>
        <source>add or remove agencies</source>
        <translation>ajouter ou supprimer des organismes</translation>
    </message>
    <message>
        <source>use agency credentials</source>
        <translation>utiliser les identifiants des organismes</translation>
    </message>
    <message>
        <source>test agencies</source>
        <translation>tester des organismes</translation>
    </message>
    <message>
        <source>see the outbox</source>
        <translation>voir la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>submit releases</source>
        <translation>envoyer des remises</translation>
    </message>
    <message>
        <source>import evidence</source>
        <translation>importer des preuves</translation>
    </message>
    <message>
        <source>find faces and people or track regions for redaction</source>
        <translation>rechercher des visages et des personnes ou suivre des zones à flouter</translation>
    </message>
    <message>
        <source>read police requests</source>
        <translation>lire les demandes de la police</translation>
    </message>
    <message>
        <source>record police requests</source>
        <translation>enregistrer les demandes de la police</translation>
    </message>
    <message>
        <source>sign off an exigent disclosure</source>
        <translation>valider a posteriori une communication urgente</translation>
    </message>
    <message>
        <source>open police documents</source>
        <translation>ouvrir des documents de la police</translation>
    </message>
    <message>
        <source>read police follow-up</source>
        <translation>lire le suivi policier</translation>
    </message>
    <message>
        <source>record police follow-up</source>
        <translation>enregistrer le suivi policier</translation>
    </message>
    <message>
        <source>read the program KPIs</source>
        <translation>lire les indicateurs du programme</translation>
    </message>
    <message>
        <source>change evidence checklists</source>
        <translation>modifier les listes de contrôle des preuves</translation>
    </message>
    <message>
        <source>change store regions</source>
        <translation>modifier les régions des magasins</translation>
    </message>
    <message>
        <source>read retention rules</source>
        <translation>lire les règles de conservation</translation>
    </message>
    <message>
        <source>set retention periods</source>
        <translation>fixer les durées de conservation</translation>
    </message>
    <message>
        <source>read legal holds</source>
        <translation>lire les conservations légales</translation>
    </message>
    <message>
        <source>place a legal hold</source>
        <translation>placer une conservation légale</translation>
    </message>
    <message>
        <source>lift a legal hold</source>
        <translation>lever une conservation légale</translation>
    </message>
    <message>
        <source>purge expired evidence</source>
        <translation>purger les preuves expirées</translation>
    </message>
    <message>
        <source>Permission denied: %1 (%2) may not %3 (allowed: %4).</source>
        <translation>Accès refusé : %1 (%2) ne peut pas %3 (autorisé : %4).</translation>
    </message>
    <message>
        <source>read the procedures (SOPs)</source>
        <translation>lire les procédures (SOP)</translation>
    </message>
    <message>
        <source>publish procedures (SOPs)</source>
        <translation>publier des procédures (SOP)</translation>
    </message>
    <message>
        <source>read police request templates</source>
        <translation>lire les modèles de demandes de la police</translation>
    </message>
    <message>
        <source>publish police request templates</source>
        <translation>publier des modèles de demandes de la police</translation>
    </message>
    <message>
        <source>rebuild the KPI rollups</source>
        <translation>recalculer les agrégats des KPI</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>LP Desk</source>
        <translation>LP Desk</translation>
    </message>
    <message>
        <source>LP Desk cannot start: %1</source>
        <translation>LP Desk ne peut pas démarrer : %1</translation>
    </message>
    <message>
        <source>LP Desk investigation workstation</source>
        <translation>Poste d&apos;enquête LP Desk</translation>
    </message>
    <message>
        <source>Case database to open.</source>
        <translation>Base de données des dossiers à ouvrir.</translation>
    </message>
    <message>
        <source>Open case database</source>
        <translation>Ouvrir une base de données des dossiers</translation>
    </message>
    <message>
        <source>LP Desk databases (*.lpdb)</source>
        <translation>Bases de données LP Desk (*.lpdb)</translation>
    </message>
    <message>
        <source>Save the README and AppStream screenshots of the database into DIR and quit (user and passphrase from LPDESK_USER and LPDESK_PASSPHRASE; file paths are not shown).</source>
        <translation>Enregistre dans DIR les captures d&apos;écran du README et d&apos;AppStream de la base de données puis quitte (utilisateur et phrase secrète depuis LPDESK_USER et LPDESK_PASSPHRASE ; aucun chemin de fichier n&apos;est affiché).</translation>
    </message>
    <message>
        <source>Open PAGE once the database is unlocked (one of: %1).</source>
        <translation>Ouvre la page PAGE une fois la base de données déverrouillée (l&apos;une de : %1).</translation>
    </message>
    <message>
        <source>lpdesk: --page takes one of: %1</source>
        <translation>lpdesk : --page attend l&apos;une de ces valeurs : %1</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Investigator</source>
        <translation>Enquêteur</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Service juridique</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditeur</translation>
    </message>
</context>
<context>
    <name>Scrypt</name>
    <message>
        <source>Key derivation parameters are out of range.</source>
        <translation>Les paramètres de dérivation de clé sont hors limites.</translation>
    </message>
    <message>
        <source>Key derivation failed (not enough memory?).</source>
        <translation>La dérivation de clé a échoué (mémoire insuffisante ?).</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <source>&amp;System (follow the desktop)</source>
        <translation>&amp;Système (suivre le bureau)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
</context>
<context>
    <name>X25519</name>
    <message>
        <source>Sealed key does not open (corrupt or not ours).</source>
        <translation>La clé scellée ne s&apos;ouvre pas (endommagée ou pas la nôtre).</translation>
    </message>
</context>
<context>
    <name>lpdesk::AddEvidenceDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Ajouter des preuves</translation>
    </message>
    <message>
        <source>e.g. DVR export on USB stick from the store manager, 4 Dec</source>
        <translation>p. ex. export du DVR sur clé USB du directeur du magasin, 4 déc.</translation>
    </message>
    <message>
        <source>optional, e.g. ch01 or phone of J. Doe</source>
        <translation>facultatif, p. ex. ch01 ou téléphone de J. Doe</translation>
    </message>
    <message>
        <source>from the file, or e.g. 2026-12-04T14:02:11-05:00</source>
        <translation>d&apos;après le fichier, ou p. ex. 2026-12-04T14:02:11-05:00</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How many seconds the recorder&apos;s clock was ahead of true time</source>
        <translation>De combien de secondes l&apos;horloge de l&apos;enregistreur avançait sur l&apos;heure réelle</translation>
    </message>
    <message>
        <source>from the stream</source>
        <translation>d&apos;après le flux</translation>
    </message>
    <message>
        <source>Frame rate of raw .h264/.h265 streams, which carry no timestamps</source>
        <translation>Fréquence d&apos;images des flux bruts .h264/.h265, qui ne portent pas d&apos;horodatage</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Ajouter des &amp;fichiers…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Origine :</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>&amp;Caméra :</translation>
    </message>
    <message>
        <source>Clock &amp;offset:</source>
        <translation>Déc&amp;alage de l&apos;horloge :</translation>
    </message>
    <message>
        <source>Each file is kept bit for bit as a native master exhibit (encrypted), with its SHA-256 and who, when and where from in the chain of custody. Video the player cannot use directly gets an MP4 working copy; ZIP exports are unpacked; anything unreadable is kept as a document.</source>
        <translation>Chaque fichier est conservé bit à bit comme original maître au format natif (chiffré), avec son SHA-256 et qui, quand et d&apos;où dans la chaîne de traçabilité. La vidéo que le lecteur ne peut pas utiliser directement reçoit une copie de travail MP4 ; les exports ZIP sont décompressés ; tout ce qui est illisible est conservé comme document.</translation>
    </message>
    <message>
        <source>The start time is not an RFC 3339 time with an offset.</source>
        <translation>L&apos;heure de début n&apos;est pas une heure RFC 3339 avec décalage.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)</source>
        <translation>
            <numerusform>Importation de %n fichier</numerusform>
            <numerusform>Importation de %n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 sur %3)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n file(s) before it were imported)</source>
        <translation>
            <numerusform>%1 : %2 (%n fichier importé avant)</numerusform>
            <numerusform>%1 : %2 (%n fichiers importés avant)</numerusform>
        </translation>
    </message>
    <message>
        <source>Recording s&amp;tart:</source>
        <translation>&amp;Début de l&apos;enregistrement :</translation>
    </message>
    <message>
        <source>Fra&amp;me rate:</source>
        <translation>Fréquence d&apos;i&amp;mages :</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported.</source>
        <translation>
            <numerusform>%n fichier importé.</numerusform>
            <numerusform>%n fichiers importés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lpdesk::AdminHomeView</name>
    <message>
        <source>&lt;h2&gt;Administration&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Administration&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Users and roles…</source>
        <translation>&amp;Utilisateurs et rôles…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Journal d’audit…</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Users and their roles</source>
        <translation>Les utilisateurs et leurs rôles</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Ajouté par</translation>
    </message>
    <message>
        <source>Stores and their last pull</source>
        <translation>Les magasins et leur dernière récupération</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>Last pulled</source>
        <translation>Dernière récupération</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Quarantaine</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Why it was refused</source>
        <translation>Motif du refus</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>No store is registered yet. Add one under Stores → Add store…; investigators then pull its incidents.</source>
        <translation>Aucun magasin n’est encore enregistré. Ajoutez-en un dans Magasins → Ajouter un magasin… ; les enquêteurs récupèrent ensuite ses incidents.</translation>
    </message>
    <message numerus="yes">
        <source>Incidents in this database: %1, from %n store(s). Investigators and legal work on them; below is what you look after.</source>
        <translation>
            <numerusform>Incidents dans cette base de données : %1, de %n magasin. Les enquêteurs et le service juridique y travaillent ; ci-dessous, ce dont vous vous occupez.</numerusform>
            <numerusform>Incidents dans cette base de données : %1, de %n magasins. Les enquêteurs et le service juridique y travaillent ; ci-dessous, ce dont vous vous occupez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quarantine: %n item(s) refused by pulls</source>
        <translation>
            <numerusform>Quarantaine : %n élément refusé par les récupérations</numerusform>
            <numerusform>Quarantaine : %n éléments refusés par les récupérations</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying the audit log&apos;s chain…</source>
        <translation>Vérification de la chaîne du journal d’audit…</translation>
    </message>
    <message numerus="yes">
        <source>The audit log&apos;s chain verifies (%n event(s)).</source>
        <translation>
            <numerusform>La chaîne du journal d’audit est intègre (%n événement).</numerusform>
            <numerusform>La chaîne du journal d’audit est intègre (%n événements).</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log&apos;s chain does NOT verify: %1</source>
        <translation>La chaîne du journal d’audit N’EST PAS intègre : %1</translation>
    </message>
    <message>
        <source>No failed sign-ins recorded.</source>
        <translation>Aucune connexion échouée n’est enregistrée.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-in(s) recorded; the latest:</source>
        <translation>
            <numerusform>%n connexion échouée enregistrée ; la dernière :</numerusform>
            <numerusform>%n connexions échouées enregistrées ; la dernière :</numerusform>
        </translation>
    </message>
    <message>
        <source>a failed sign-in as %1 at %2</source>
        <translation>une connexion échouée en tant que %1 le %2</translation>
    </message>
    <message>
        <source>St&amp;ores…</source>
        <translation>Maga&amp;sins…</translation>
    </message>
</context>
<context>
    <name>lpdesk::AgenciesDialog</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Organismes</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>CA</source>
        <translation>AC</translation>
    </message>
    <message>
        <source>Add an agency</source>
        <translation>Ajouter un organisme</translation>
    </message>
    <message>
        <source>short id, e.g. cpd-19</source>
        <translation>id. court, p. ex. cpd-19</translation>
    </message>
    <message>
        <source>API key header</source>
        <translation>En-tête de la clé d&apos;API</translation>
    </message>
    <message>
        <source>OAuth2 client credentials</source>
        <translation>Identifiants client OAuth2</translation>
    </message>
    <message>
        <source>Mutual TLS (client certificate)</source>
        <translation>TLS mutuel (certificat client)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>client certificate (PEM file)</source>
        <translation>certificat client (fichier PEM)</translation>
    </message>
    <message>
        <source>its private key (PEM file, unencrypted)</source>
        <translation>sa clé privée (fichier PEM, non chiffré)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>The agency&apos;s CA certificate</source>
        <translation>Le certificat d&apos;AC de l&apos;organisme</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Certificats (*.pem *.crt)</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id. :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>Pinned &amp;CA:</source>
        <translation>AC épin&amp;glée :</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d&apos;API :</translation>
    </message>
    <message>
        <source>Token &amp;URL:</source>
        <translation>&amp;URL du jeton :</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>S&amp;ecret client :</translation>
    </message>
    <message>
        <source>Client certi&amp;ficate:</source>
        <translation>Certi&amp;ficat client :</translation>
    </message>
    <message>
        <source>Client private ke&amp;y:</source>
        <translation>Clé p&amp;rivée du client :</translation>
    </message>
    <message>
        <source>A&amp;dd agency</source>
        <translation>Ajouter un organis&amp;me</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>épinglée</translation>
    </message>
    <message>
        <source>Cannot read the CA certificate %1.</source>
        <translation>Impossible de lire le certificat d&apos;AC %1.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>Agency %1 added.</source>
        <translation>Organisme %1 ajouté.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Agency %1 removed.</source>
        <translation>Organisme %1 supprimé.</translation>
    </message>
    <message>
        <source>for NIBRS reports, e.g. IL0160000 (optional)</source>
        <translation>pour les rapports NIBRS, p. ex. IL0160000 (facultatif)</translation>
    </message>
    <message>
        <source>e.g. Cook County, IL</source>
        <translation>p. ex. Cook County, IL</translation>
    </message>
    <message>
        <source>LP Desk package (lpdesk-v1)</source>
        <translation>Paquet LP Desk (lpdesk-v1)</translation>
    </message>
    <message>
        <source>NIBRS incident file (nibrs-file)</source>
        <translation>Fichier d&apos;incidents NIBRS (nibrs-file)</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> Mio</translation>
    </message>
    <message>
        <source>optional fields it may receive, e.g. narrative,suspects</source>
        <translation>champs facultatifs qu&apos;il peut recevoir, p. ex. narrative,suspects</translation>
    </message>
    <message>
        <source>&amp;ORI:</source>
        <translation>&amp;ORI :</translation>
    </message>
    <message>
        <source>&amp;Jurisdiction:</source>
        <translation>&amp;Juridiction :</translation>
    </message>
    <message>
        <source>Si&amp;ze limit:</source>
        <translation>Taille ma&amp;ximale :</translation>
    </message>
    <message>
        <source>Allo&amp;wed fields:</source>
        <translation>C&amp;hamps admis :</translation>
    </message>
    <message>
        <source>API key &amp;header:</source>
        <translation>En-tête de la c&amp;lé d&apos;API :</translation>
    </message>
    <message>
        <source>Trust the system&apos;s certificate authorities (not recommended)</source>
        <translation>Faire confiance aux autorités de certification du système (déconseillé)</translation>
    </message>
    <message>
        <source>Without a pinned CA, anyone who gets a certificate for the agency&apos;s host from any authority this system trusts can receive its submissions.</source>
        <translation>Sans AC épinglée, quiconque obtient un certificat pour l&apos;hôte de l&apos;organisme auprès de n&apos;importe quelle autorité à laquelle ce système fait confiance peut recevoir ses envois.</translation>
    </message>
    <message>
        <source>system (not pinned)</source>
        <translation>système (non épinglée)</translation>
    </message>
    <message>
        <source>none (refused)</source>
        <translation>aucune (connexion refusée)</translation>
    </message>
    <message>
        <source>Choose the agency&apos;s CA certificate (Pinned CA), or tick &quot;Trust the system&apos;s certificate authorities&quot; if it has none you can pin (not recommended).</source>
        <translation>Choisissez le certificat d&apos;AC de l&apos;organisme (AC épinglée) ou cochez « Faire confiance aux autorités de certification du système » s&apos;il n&apos;en a aucun que vous pouvez épingler (déconseillé).</translation>
    </message>
    <message>
        <source>Agency %1 added. It trusts the system&apos;s certificate authorities, not a pinned CA.</source>
        <translation>Organisme %1 ajouté. Il fait confiance aux autorités de certification du système, et non à une AC épinglée.</translation>
    </message>
    <message>
        <source>For&amp;mat:</source>
        <translation>Format d&apos;en&amp;voi :</translation>
    </message>
    <message>
        <source>Auth&amp;entication:</source>
        <translation>T&amp;ype d&apos;authentification :</translation>
    </message>
    <message>
        <source>C&amp;lient id:</source>
        <translation>I&amp;d. client :</translation>
    </message>
</context>
<context>
    <name>lpdesk::AgencyRegistry</name>
    <message>
        <source>An agency id is 2–40 lowercase letters, digits or &apos;-&apos; (got &quot;%1&quot;).</source>
        <translation>Un id. d&apos;organisme comporte de 2 à 40 lettres minuscules, chiffres ou &apos;-&apos; (reçu : « %1 »).</translation>
    </message>
    <message>
        <source>Give the agency&apos;s name (at most 200 characters).</source>
        <translation>Indiquez le nom de l&apos;organisme (200 caractères au plus).</translation>
    </message>
    <message>
        <source>The agency&apos;s address must be an https:// URL without user name or fragment.</source>
        <translation>L&apos;adresse de l&apos;organisme doit être une URL https:// sans nom d&apos;utilisateur ni fragment.</translation>
    </message>
    <message>
        <source>The pinned CA file holds no PEM certificate.</source>
        <translation>Le fichier de l&apos;AC épinglée ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>Authentication is one of: %1.</source>
        <translation>L&apos;authentification est l&apos;une de : %1.</translation>
    </message>
    <message>
        <source>API key authentication needs a header name and the key.</source>
        <translation>L&apos;authentification par clé d&apos;API demande un nom d&apos;en-tête et la clé.</translation>
    </message>
    <message>
        <source>OAuth2 client credentials need an https:// token URL, a client id and its secret.</source>
        <translation>Les identifiants client OAuth2 demandent une URL de jeton https://, un id. client et son secret.</translation>
    </message>
    <message>
        <source>Mutual TLS needs a client certificate and its matching private key (PEM, unencrypted).</source>
        <translation>Le TLS mutuel demande un certificat client et la clé privée correspondante (PEM, non chiffrée).</translation>
    </message>
    <message>
        <source>The payload profile is one of: %1.</source>
        <translation>Le profil des données est l&apos;un de : %1.</translation>
    </message>
    <message>
        <source>The size limit must lie between 1 MiB and 1 TiB.</source>
        <translation>La taille limite doit être comprise entre 1 Mio et 1 Tio.</translation>
    </message>
    <message>
        <source>A field name is 1–40 lowercase letters or &apos;_&apos; (got &quot;%1&quot;).</source>
        <translation>Un nom de champ comporte de 1 à 40 lettres minuscules ou &apos;_&apos; (reçu : « %1 »).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is never sent to an agency, whatever the profile says.</source>
        <translation>« %1 » n&apos;est jamais envoyé à un organisme, quoi qu&apos;indique le profil.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an optional field; they are: %2.</source>
        <translation>« %1 » n&apos;est pas un champ facultatif ; ceux-ci sont : %2.</translation>
    </message>
    <message>
        <source>There already is an agency %1.</source>
        <translation>L&apos;organisme %1 existe déjà.</translation>
    </message>
    <message>
        <source>There is no agency %1.</source>
        <translation>L&apos;organisme %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>An ORI is two letters for the state and seven letters or digits (got &quot;%1&quot;).</source>
        <translation>Un ORI se compose de deux lettres pour l&apos;État et de sept lettres ou chiffres (reçu : « %1 »).</translation>
    </message>
    <message>
        <source>Agency %1</source>
        <translation>Organisme %1</translation>
    </message>
    <message numerus="yes">
        <source>Agency %1 has %n submission(s) in the outbox (%2); cancel them first (outbox cancel).</source>
        <translation>
            <numerusform>L&apos;organisme %1 a %n envoi dans la boîte d&apos;envoi (%2) ; annulez-le d&apos;abord (outbox cancel).</numerusform>
            <numerusform>L&apos;organisme %1 a %n envois dans la boîte d&apos;envoi (%2) ; annulez-les d&apos;abord (outbox cancel).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agency %1 has %n submission(s) on record; its profile stays as the record of where they went.</source>
        <translation>
            <numerusform>L&apos;organisme %1 a %n envoi enregistré ; son profil est conservé comme trace de sa destination.</numerusform>
            <numerusform>L&apos;organisme %1 a %n envois enregistrés ; son profil est conservé comme trace de leur destination.</numerusform>
        </translation>
    </message>
    <message>
        <source>agency %1&apos;s endpoint (base URL, pinned CA, authentication) is not the one legal approved</source>
        <translation>le point de terminaison de l&apos;organisme %1 (URL de base, AC épinglée, authentification) n&apos;est pas celui que le service juridique a approuvé</translation>
    </message>
</context>
<context>
    <name>lpdesk::AgencyStatus</name>
    <message>
        <source>The agency assigned its case.</source>
        <translation>L&apos;organisme a attribué son dossier.</translation>
    </message>
    <message>
        <source>There is no delivered submission %1.</source>
        <translation>Il n&apos;existe aucun envoi livré %1.</translation>
    </message>
    <message>
        <source>Asking for the status</source>
        <translation>Demande du statut</translation>
    </message>
    <message>
        <source>The follow-up check interval takes 0 to %1 hours (got %2).</source>
        <translation>L&apos;intervalle de vérification du suivi va de 0 à %1 heures (reçu : %2).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>lpdesk::AudioDecoder</name>
    <message>
        <source>The clip has no audio track.</source>
        <translation>Le clip n&apos;a pas de piste audio.</translation>
    </message>
    <message>
        <source>No decoder for the audio track.</source>
        <translation>Aucun décodeur pour la piste audio.</translation>
    </message>
    <message>
        <source>Cannot open the audio decoder.</source>
        <translation>Impossible d&apos;ouvrir le décodeur audio.</translation>
    </message>
    <message>
        <source>Cannot set up audio conversion.</source>
        <translation>Impossible de préparer la conversion audio.</translation>
    </message>
</context>
<context>
    <name>lpdesk::AudioEncoder</name>
    <message>
        <source>The AAC encoder is not available.</source>
        <translation>L&apos;encodeur AAC n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>Cannot open the AAC encoder: %1</source>
        <translation>Impossible d&apos;ouvrir l&apos;encodeur AAC : %1</translation>
    </message>
    <message>
        <source>Audio encoding failed: %1</source>
        <translation>L&apos;encodage audio a échoué : %1</translation>
    </message>
</context>
<context>
    <name>lpdesk::AuditEventCache</name>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>Impossible de lire le journal d&apos;audit : %1</translation>
    </message>
</context>
<context>
    <name>lpdesk::AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Vérifier la chaîne</translation>
    </message>
    <message>
        <source>The audit chain is intact: %1 events.</source>
        <translation>La chaîne d&apos;audit est intacte : %1 événements.</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Search the details</source>
        <translation>Rechercher dans les détails</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Toutes les actions</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s) shown.</source>
        <translation>
            <numerusform>%1 événement affiché sur %n.</numerusform>
            <numerusform>%1 événements affichés sur %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1.</source>
        <translation>
            <numerusform>%n événement écrit dans %1.</numerusform>
            <numerusform>%n événements écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>case %1 “%2”</source>
        <translation>dossier %1 « %2 »</translation>
    </message>
    <message>
        <source>%1, case %2</source>
        <translation>%1, dossier %2</translation>
    </message>
    <message>
        <source>the release of %1</source>
        <translation>la remise de %1</translation>
    </message>
    <message>
        <source>the release of %1 to %2</source>
        <translation>la remise de %1 à %2</translation>
    </message>
    <message>
        <source>the incident at %1 on %2</source>
        <translation>l&apos;incident survenu au magasin %1 le %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>lpdesk::AuditLogReport</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>tout le monde</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>every action</source>
        <translation>toutes les actions</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>avant %1</translation>
    </message>
    <message>
        <source>details containing &quot;%1&quot;</source>
        <translation>détails contenant « %1 »</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>s’est connecté</translation>
    </message>
    <message>
        <source>a failed sign-in as %1 at %2</source>
        <translation>une connexion échouée en tant que %1 à %2</translation>
    </message>
    <message>
        <source>created the case database with %1 as administrator</source>
        <translation>a créé la base de données des dossiers avec %1 comme administrateur</translation>
    </message>
    <message>
        <source>added the user %1 as %2</source>
        <translation>a ajouté l’utilisateur %1 en tant que %2</translation>
    </message>
    <message>
        <source>removed the user %1</source>
        <translation>a supprimé l’utilisateur %1</translation>
    </message>
    <message>
        <source>changed the role of %1 from %2 to %3</source>
        <translation>a changé le rôle de %1 de %2 à %3</translation>
    </message>
    <message>
        <source>changed the passphrase of %1</source>
        <translation>a changé la phrase secrète de %1</translation>
    </message>
    <message>
        <source>set the minimum passphrase length to %1 characters (it was %2)</source>
        <translation>a fixé la longueur minimale de la phrase secrète à %1 caractères (elle était de %2)</translation>
    </message>
    <message>
        <source>issued a personal certificate to %1 (serial %2)</source>
        <translation>a émis un certificat personnel pour %1 (numéro de série %2)</translation>
    </message>
    <message>
        <source>revoked the certificate of %1 (serial %2)</source>
        <translation>a révoqué le certificat de %1 (numéro de série %2)</translation>
    </message>
    <message>
        <source>changed the setting %1</source>
        <translation>a modifié le paramètre %1</translation>
    </message>
    <message>
        <source>exported %1 audit event(s) to %2</source>
        <translation>a exporté %1 événement(s) d’audit vers %2</translation>
    </message>
    <message>
        <source>backed up the database to %1</source>
        <translation>a sauvegardé la base de données dans %1</translation>
    </message>
    <message>
        <source>looked at %1</source>
        <translation>a consulté %1</translation>
    </message>
    <message>
        <source>looked at evidence</source>
        <translation>a consulté des preuves</translation>
    </message>
    <message>
        <source>added the store %1</source>
        <translation>a ajouté le magasin %1</translation>
    </message>
    <message>
        <source>removed the store %1</source>
        <translation>a supprimé le magasin %1</translation>
    </message>
    <message>
        <source>pulled incidents from the stores</source>
        <translation>a récupéré des incidents des magasins</translation>
    </message>
    <message>
        <source>started a rotation of the database keys</source>
        <translation>a commencé une rotation des clés de la base de données</translation>
    </message>
    <message>
        <source>rotated the database keys</source>
        <translation>a effectué la rotation des clés de la base de données</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Imprimé</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chaîne</translation>
    </message>
    <message numerus="yes">
        <source>verified: all %n event(s) intact</source>
        <translation>
            <numerusform>vérifiée : %n événement intact</numerusform>
            <numerusform>vérifiée : les %n événements intacts</numerusform>
        </translation>
    </message>
    <message>
        <source>NOT INTACT: %1</source>
        <translation>NON INTACTE : %1</translation>
    </message>
    <message>
        <source>Anchor</source>
        <translation>Ancrage</translation>
    </message>
    <message>
        <source>Head hash</source>
        <translation>Hachage de tête</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Affichés</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s)</source>
        <translation>
            <numerusform>%1 sur %n événement</numerusform>
            <numerusform>%1 sur %n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>LP Desk audit log</source>
        <translation>Journal d’audit de LP Desk</translation>
    </message>
    <message>
        <source>LP Desk audit log · %1 · head %2</source>
        <translation>Journal d’audit de LP Desk · %1 · tête %2</translation>
    </message>
    <message>
        <source>Audit log · page %1 of %2</source>
        <translation>Journal d’audit · page %1 sur %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>wrote anchor %1 to the anchor file</source>
        <translation>a écrit l&apos;ancre %1 dans le fichier d&apos;ancres</translation>
    </message>
    <message>
        <source>pinned the key slot of %1 to the organisation CA certificate</source>
        <translation>a épinglé l&apos;emplacement de clé de %1 au certificat d&apos;AC de l&apos;organisation</translation>
    </message>
    <message>
        <source>confirmed the organisation&apos;s CA certificate (SHA-256 %1) for the key slot of %2</source>
        <translation>a confirmé le certificat d&apos;AC de l&apos;organisation (SHA-256 %1) pour l&apos;emplacement de clé de %2</translation>
    </message>
    <message>
        <source>pinned the key slot of %1 to the organisation&apos;s CA certificate</source>
        <translation>a épinglé l&apos;emplacement de clé de %1 au certificat d&apos;AC de l&apos;organisation</translation>
    </message>
    <message>
        <source>granted %1 the legal role, to be confirmed by a second administrator</source>
        <translation>a attribué à %1 le rôle de service juridique, à confirmer par un second administrateur</translation>
    </message>
    <message>
        <source>confirmed the legal role %1 granted %2</source>
        <translation>a confirmé le rôle de service juridique attribué à %1 par %2</translation>
    </message>
    <message>
        <source>required a second administrator for grants of the legal role</source>
        <translation>a exigé un second administrateur pour attribuer le rôle de service juridique</translation>
    </message>
    <message>
        <source>stopped requiring a second administrator for grants of the legal role</source>
        <translation>a cessé d&apos;exiger un second administrateur pour attribuer le rôle de service juridique</translation>
    </message>
    <message numerus="yes">
        <source>left the workstation idle: it locked itself after %n minute(s) without input</source>
        <translation>
            <numerusform>a laissé le poste inactif : il s&apos;est verrouillé de lui-même après %n minute sans activité</numerusform>
            <numerusform>a laissé le poste inactif : il s&apos;est verrouillé de lui-même après %n minutes sans activité</numerusform>
        </translation>
    </message>
    <message>
        <source>locked the workstation</source>
        <translation>a verrouillé le poste</translation>
    </message>
    <message>
        <source>gave the store %1 the POS store id %2</source>
        <translation>a attribué au magasin %1 l’id. de magasin en caisse %2</translation>
    </message>
    <message>
        <source>took the POS store id %2 from the store %1</source>
        <translation>a retiré au magasin %1 l’id. de magasin en caisse %2</translation>
    </message>
</context>
<context>
    <name>lpdesk::CaConfirmation</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read the users of %1.</source>
        <translation>Impossible de lire les utilisateurs de %1.</translation>
    </message>
    <message>
        <source>Cannot read %1 (or it is over 1 MiB).</source>
        <translation>Impossible de lire %1 (ou il dépasse 1 Mio).</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 ne contient aucun certificat PEM.</translation>
    </message>
</context>
<context>
    <name>lpdesk::CaPinning</name>
    <message>
        <source>no pin</source>
        <translation>non épinglé</translation>
    </message>
    <message>
        <source>Cannot read the users: %1</source>
        <translation>Impossible de lire les utilisateurs : %1</translation>
    </message>
    <message>
        <source>The organisation CA certificate in the database (SHA-256 %1) is not the one the key slots of %2 were sealed with: the certificate row was replaced. Nothing it signs is trusted; restore the database from a backup (the organisation&apos;s certificate is also org-ca.pem in every package).</source>
        <translation>Le certificat d&apos;AC de l&apos;organisation présent dans la base de données (SHA-256 %1) n&apos;est pas celui avec lequel les emplacements de clé de %2 ont été scellés : la ligne du certificat a été remplacée. Rien de ce qu&apos;il signe n&apos;est digne de confiance ; restaurez la base de données depuis une sauvegarde (le certificat de l&apos;organisation est aussi org-ca.pem dans chaque paquet).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>as their key slot proves to you</source>
        <translation>comme son emplacement de clé vous le prouve</translation>
    </message>
    <message>
        <source>sealed in their key slot, which only their passphrase opens</source>
        <translation>scellé dans son emplacement de clé, que seule sa phrase secrète ouvre</translation>
    </message>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>Impossible de lire le journal d&apos;audit : %1</translation>
    </message>
    <message>
        <source>The audit log no longer holds event %1, which %2&apos;s last session saw (%3): it was cut or rewritten. Restore the database from a backup.</source>
        <translation>Le journal d&apos;audit ne contient plus l&apos;événement %1, que la dernière session de %2 a vu (%3) : il a été tronqué ou réécrit. Restaurez la base de données depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>Audit event %1 is not the one %2&apos;s last session saw (hash %3, now %4; %5): the audit log was rewritten. Restore the database from a backup.</source>
        <translation>L&apos;événement d&apos;audit %1 n&apos;est pas celui que la dernière session de %2 a vu (hash %3, maintenant %4 ; %5) : le journal d&apos;audit a été réécrit. Restaurez la base de données depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>The organisation CA certificate in the database is unreadable.</source>
        <translation>Le certificat d&apos;AC de l&apos;organisation présent dans la base de données est illisible.</translation>
    </message>
    <message>
        <source>Only an administrator confirms the organisation CA certificate.</source>
        <translation>Seul un administrateur confirme le certificat d&apos;AC de l&apos;organisation.</translation>
    </message>
    <message>
        <source>The organisation CA certificate in the database (SHA-256 %1) is not the one you confirmed (%2): the certificate row was replaced. Nothing was pinned; restore the database from a backup.</source>
        <translation>Le certificat d&apos;AC de l&apos;organisation présent dans la base de données (SHA-256 %1) n&apos;est pas celui que vous avez confirmé (%2) : la ligne du certificat a été remplacée. Rien n&apos;a été épinglé ; restaurez la base de données depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>The key slots of %1 are pinned to another CA certificate than the one you confirmed: they cannot sign in until they are removed and added again.</source>
        <translation>Les emplacements de clé de %1 sont épinglés à un autre certificat d&apos;AC que celui que vous avez confirmé : ils ne peuvent pas se connecter tant qu&apos;ils n&apos;ont pas été supprimés puis ajoutés de nouveau.</translation>
    </message>
    <message>
        <source>The key slots of %1 are pinned to another organisation CA certificate than the one in the database (SHA-256 %2): they cannot sign in; an administrator removes and adds them again.</source>
        <translation>Les emplacements de clé de %1 sont épinglés à un autre certificat d&apos;AC de l&apos;organisation que celui de la base de données (SHA-256 %2) : ils ne peuvent pas se connecter ; un administrateur les supprime puis les ajoute de nouveau.</translation>
    </message>
    <message>
        <source>The CA pin stated in the key slots of %1 is not the one their owners proved to you: someone who can write the key-slot file changed it. Login refused; restore the key-slot file from a backup.</source>
        <translation>L&apos;épinglage d&apos;AC indiqué dans les emplacements de clé de %1 n&apos;est pas celui que leurs propriétaires vous ont prouvé : quelqu&apos;un qui peut écrire le fichier des emplacements de clé l&apos;a modifié. Connexion refusée ; restaurez le fichier des emplacements de clé depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>the slots of %1 are from before pinning too</source>
        <translation>les emplacements de %1 sont eux aussi antérieurs à l&apos;épinglage</translation>
    </message>
    <message>
        <source>%1 pinned it without an administrator&apos;s proof to you</source>
        <translation>%1 l&apos;a épinglé sans la preuve d&apos;un administrateur envers vous</translation>
    </message>
    <message>
        <source>The key slot of %1 is from before the organisation CA certificate was pinned, and no administrator&apos;s key slot vouches for the certificate now in the database (SHA-256 %2)%3. It is not pinned on the database&apos;s word (the row may have been replaced): an administrator must confirm it with lpdesk-cli key confirm-ca SHA256, the fingerprint of the org-ca.pem the organisation keeps (openssl x509 -in org-ca.pem -outform DER | sha256sum).</source>
        <translation>L&apos;emplacement de clé de %1 est antérieur à l&apos;épinglage du certificat d&apos;AC de l&apos;organisation, et aucun emplacement de clé d&apos;administrateur ne se porte garant du certificat présent dans la base de données (SHA-256 %2)%3. Il n&apos;est pas épinglé sur la seule foi de la base de données (la ligne a pu être remplacée) : un administrateur doit le confirmer avec lpdesk-cli key confirm-ca SHA256, l&apos;empreinte du org-ca.pem que l&apos;organisation conserve (openssl x509 -in org-ca.pem -outform DER | sha256sum).</translation>
    </message>
    <message>
        <source>There is no key slot for %1.</source>
        <translation>Il n&apos;y a pas d&apos;emplacement de clé pour %1.</translation>
    </message>
    <message>
        <source>key slot for %1 is from before CA pinning (pinned at its owner&apos;s next login, to the certificate an administrator&apos;s slot proves to it)</source>
        <translation>l&apos;emplacement de clé de %1 est antérieur à l&apos;épinglage d&apos;AC (épinglé à la prochaine connexion de son propriétaire, au certificat que l&apos;emplacement d&apos;un administrateur lui prouve)</translation>
    </message>
    <message>
        <source>key slot for %1: its CA pin (%2) is not the one its owner proved to you; it was changed in the slot file</source>
        <translation>emplacement de clé de %1 : son épinglage d&apos;AC (%2) n&apos;est pas celui que son propriétaire vous a prouvé ; il a été modifié dans le fichier des emplacements</translation>
    </message>
    <message>
        <source>key slot for %1: the audit head it states is not the one its owner proved to you; it was changed in the slot file</source>
        <translation>emplacement de clé de %1 : la tête d&apos;audit qu&apos;il indique n&apos;est pas celle que son propriétaire vous a prouvée ; elle a été modifiée dans le fichier des emplacements</translation>
    </message>
</context>
<context>
    <name>lpdesk::CaseChecklistPanel</name>
    <message>
        <source>A clip that covers the moment of the incident</source>
        <translation>Un clip qui couvre le moment de l&apos;incident</translation>
    </message>
    <message>
        <source>The POS transactions at the incident&apos;s register, linked</source>
        <translation>Les transactions de caisse de la caisse de l&apos;incident, liées</translation>
    </message>
    <message>
        <source>A signed statement</source>
        <translation>Une déclaration signée</translation>
    </message>
    <message>
        <source>A description of the suspect</source>
        <translation>Une description du suspect</translation>
    </message>
    <message>
        <source>%1 — not needed: no incident names a register</source>
        <translation>%1 — inutile : aucun incident n&apos;indique de caisse</translation>
    </message>
    <message>
        <source>Evidence complete for %1.</source>
        <translation>Preuves complètes pour %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) missing for %1.</source>
        <translation>
            <numerusform>Il manque %n élément pour %1.</numerusform>
            <numerusform>Il manque %n éléments pour %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>the built-in one</source>
        <translation>la version intégrée</translation>
    </message>
    <message>
        <source>version %1, published by %2 at %3</source>
        <translation>version %1, publiée par %2 le %3</translation>
    </message>
    <message>
        <source>A newer procedure is in force now: %1 (%2). Below is the one in force when this case was opened.</source>
        <translation>Une procédure plus récente est désormais en vigueur : %1 (%2). Ci-dessous figure celle qui était en vigueur à l&apos;ouverture de ce dossier.</translation>
    </message>
</context>
<context>
    <name>lpdesk::CaseDatabase</name>
    <message>
        <source>User names are 1–64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;@&apos; or &apos;-&apos;.</source>
        <translation>Un nom d&apos;utilisateur comporte de 1 à 64 lettres, chiffres, &apos;.&apos;, &apos;_&apos;, &apos;@&apos; ou &apos;-&apos;.</translation>
    </message>
    <message>
        <source>%1 already exists; LP Desk will not overwrite a database.</source>
        <translation>%1 existe déjà ; LP Desk n&apos;écrase pas une base de données.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot create a database in %1: the folder is not writable.</source>
        <translation>Impossible de créer une base de données dans %1 : le dossier n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>Cannot create the database: %1</source>
        <translation>Impossible de créer la base de données : %1</translation>
    </message>
    <message>
        <source>LP Desk organisation</source>
        <translation>Organisation LP Desk</translation>
    </message>
    <message>
        <source>LP Desk workstation</source>
        <translation>Poste de travail LP Desk</translation>
    </message>
    <message>
        <source>Cannot move the new database into place at %1.</source>
        <translation>Impossible de mettre la nouvelle base de données en place dans %1.</translation>
    </message>
    <message>
        <source>There is no case database at %1.</source>
        <translation>Il n&apos;y a pas de base de données des dossiers dans %1.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>%1 is not writable (read-only folder or file); LP Desk needs to write its journal there. Nothing was changed.</source>
        <translation>%1 n&apos;est pas accessible en écriture (dossier ou fichier en lecture seule) ; LP Desk doit y écrire son journal. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The database file %1 is damaged, truncated or does not belong to this key-slot file (%2). Nothing was changed.</source>
        <translation>Le fichier de base de données %1 est endommagé, tronqué ou n&apos;appartient pas à ce fichier d&apos;emplacements de clé (%2). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not an LP Desk case database.</source>
        <translation>%1 n&apos;est pas une base de données des dossiers LP Desk.</translation>
    </message>
    <message>
        <source>The key-slot file does not belong to this database (database id differs).</source>
        <translation>Le fichier d&apos;emplacements de clé n&apos;appartient pas à cette base de données (id. de base différent).</translation>
    </message>
    <message>
        <source>Cannot write to the database: %1</source>
        <translation>Impossible d&apos;écrire dans la base de données : %1</translation>
    </message>
    <message>
        <source>The key-slot file is locked by another LP Desk process; try again.</source>
        <translation>Le fichier d&apos;emplacements de clé est verrouillé par un autre processus LP Desk ; réessayez.</translation>
    </message>
    <message>
        <source>The audit anchor in the key-slot file does not verify (edited).</source>
        <translation>L&apos;ancre d&apos;audit du fichier d&apos;emplacements de clé ne se vérifie pas (modifiée).</translation>
    </message>
    <message>
        <source>The audit log ends before event %1, which was recorded earlier: events were deleted from its end.</source>
        <translation>Le journal d&apos;audit s&apos;arrête avant l&apos;événement %1, enregistré auparavant : des événements ont été supprimés à la fin.</translation>
    </message>
    <message>
        <source>Audit event %1 differs from what was recorded earlier: the log was rewritten.</source>
        <translation>L&apos;événement d&apos;audit %1 diffère de ce qui avait été enregistré : le journal a été réécrit.</translation>
    </message>
    <message>
        <source>Rekey failed: %1</source>
        <translation>Le changement de clé a échoué : %1</translation>
    </message>
    <message>
        <source>Rekey failed; the database still uses the old key: %1</source>
        <translation>Le changement de clé a échoué ; la base de données utilise toujours l&apos;ancienne clé : %1</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new name for the backup.</source>
        <translation>%1 existe déjà ; choisissez un autre nom pour la sauvegarde.</translation>
    </message>
    <message>
        <source>Cannot write the backup into %1: the folder is not writable.</source>
        <translation>Impossible d&apos;écrire la sauvegarde dans %1 : le dossier n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>La sauvegarde a échoué : %1</translation>
    </message>
    <message>
        <source>Backup failed: cannot move it into place.</source>
        <translation>La sauvegarde a échoué : impossible de la mettre en place.</translation>
    </message>
    <message>
        <source>Backup of %1 failed.</source>
        <translation>La sauvegarde de %1 a échoué.</translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation>Contrôle d&apos;intégrité SQLite : %1</translation>
    </message>
    <message>
        <source>SQLite integrity check could not run: %1</source>
        <translation>Le contrôle d&apos;intégrité SQLite n&apos;a pas pu s&apos;exécuter : %1</translation>
    </message>
    <message>
        <source>audit event %1: %2</source>
        <translation>événement d&apos;audit %1 : %2</translation>
    </message>
    <message>
        <source>user %1 has no key slot and cannot log in</source>
        <translation>l&apos;utilisateur %1 n&apos;a pas d&apos;emplacement de clé et ne peut pas se connecter</translation>
    </message>
    <message>
        <source>key slot for %1 has no active user and is refused at login</source>
        <translation>l&apos;emplacement de clé de %1 n&apos;a pas d&apos;utilisateur actif et est refusé à la connexion</translation>
    </message>
    <message>
        <source>custody %1, event %2: %3</source>
        <translation>traçabilité %1, événement %2 : %3</translation>
    </message>
    <message>
        <source>custody %1: %2</source>
        <translation>traçabilité %1 : %2</translation>
    </message>
    <message>
        <source>No transaction to commit.</source>
        <translation>Aucune transaction à valider.</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Impossible d&apos;enregistrer : %1</translation>
    </message>
    <message>
        <source>Cannot read the user %1: %2</source>
        <translation>Impossible de lire l&apos;utilisateur %1 : %2</translation>
    </message>
    <message>
        <source>The key slot for %1 is not the one recorded for that user (it was replaced or planted); login refused. An administrator must restore the key-slot file or re-add the user.</source>
        <translation>L&apos;emplacement de clé de %1 n&apos;est pas celui enregistré pour cet utilisateur (il a été remplacé ou implanté) ; connexion refusée. Un administrateur doit restaurer le fichier des emplacements de clé ou ajouter à nouveau l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>The key slot of %1 is gone.</source>
        <translation>L&apos;emplacement de clé de %1 a disparu.</translation>
    </message>
    <message>
        <source>Could not seal the signing key.</source>
        <translation>Impossible de sceller la clé de signature.</translation>
    </message>
    <message>
        <source>%1 has no personal signing key yet; sign in again.</source>
        <translation>%1 n&apos;a pas encore de clé de signature personnelle ; reconnectez-vous.</translation>
    </message>
    <message>
        <source>Cannot read the users: %1</source>
        <translation>Impossible de lire les utilisateurs : %1</translation>
    </message>
    <message>
        <source>key slot for %1: there is no such user; the slot was planted</source>
        <translation>emplacement de clé de %1 : cet utilisateur n&apos;existe pas ; l&apos;emplacement a été implanté</translation>
    </message>
    <message>
        <source>No daily anchor was written: %1</source>
        <translation>Aucune ancre quotidienne n’a été écrite : %1</translation>
    </message>
    <message>
        <source>No administrator&apos;s key slot could receive the CA key.</source>
        <translation>Aucun emplacement de clé d’administrateur n’a pu recevoir la clé de l’AC.</translation>
    </message>
    <message>
        <source>%1 has no personal signing key; an administrator issues one (the organisation CA key is sealed to administrators only).</source>
        <translation>%1 n’a pas de clé de signature personnelle ; un administrateur l’émet (la clé de l’AC de l’organisation est scellée pour les administrateurs seulement).</translation>
    </message>
    <message>
        <source>The audit anchor in the key-slot file is missing (deleted): the audit log&apos;s length cannot be checked against it.</source>
        <translation>L’ancre d’audit du fichier d’emplacements de clés est absente (supprimée) : la longueur du journal d’audit ne peut pas être vérifiée par rapport à elle.</translation>
    </message>
    <message>
        <source>Backup failed: cannot copy the anchor file.</source>
        <translation>La sauvegarde a échoué : impossible de copier le fichier d’ancres.</translation>
    </message>
    <message numerus="yes">
        <source>%n audit row(s) stand outside the audit chain; they were planted</source>
        <translation>
            <numerusform>%n ligne d’audit se trouve hors de la chaîne d’audit ; elle a été insérée à la main</numerusform>
            <numerusform>%n lignes d’audit se trouvent hors de la chaîne d’audit ; elles ont été insérées à la main</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n background job(s) still use the database; rotate the keys when they have finished.</source>
        <translation>
            <numerusform>%n tâche d&apos;arrière-plan utilise encore la base de données ; effectuer la rotation des clés une fois qu&apos;elle sera terminée.</numerusform>
            <numerusform>%n tâches d&apos;arrière-plan utilisent encore la base de données ; effectuer la rotation des clés une fois qu&apos;elles seront terminées.</numerusform>
        </translation>
    </message>
    <message>
        <source>audit event %1 (%2): %3: forged with the database key, it is not counted</source>
        <translation>événement d&apos;audit %1 (%2) : %3 : falsifié avec la clé de la base de données, il n&apos;est pas pris en compte</translation>
    </message>
    <message>
        <source>audit event %1 (%2) records revocation list number %3, but %4: forged with the database key, its number is not counted</source>
        <translation>l&apos;événement d&apos;audit %1 (%2) enregistre la liste de révocation numéro %3, mais %4 : falsifié avec la clé de la base de données, son numéro n&apos;est pas pris en compte</translation>
    </message>
    <message>
        <source>the revocation list lacks certificate %1 of %2, which the audit log records as revoked %3: an earlier list was put back (an administrator restores it in Users and roles, or with &quot;lpdesk-cli key restore-crl&quot;)</source>
        <translation>il manque à la liste de révocation le certificat %1 de %2, que le journal d&apos;audit enregistre comme révoqué le %3 : une liste antérieure a été remise en place (un administrateur la restaure dans Utilisateurs et rôles, ou avec « lpdesk-cli key restore-crl »)</translation>
    </message>
    <message>
        <source>the revocation list is number %1, but the audit log records that list number %2 was issued: an earlier list was put back (an administrator restores it in Users and roles, or with &quot;lpdesk-cli key restore-crl&quot;)</source>
        <translation>la liste de révocation porte le numéro %1, mais le journal d&apos;audit indique que la liste numéro %2 a été émise : une liste antérieure a été remise en place (un administrateur la restaure dans Utilisateurs et rôles, ou avec « lpdesk-cli key restore-crl »)</translation>
    </message>
    <message>
        <source>Your certificate does not name the administrator role; an administrator whose certificate does rotates the keys.</source>
        <translation>Votre certificat ne mentionne pas le rôle d&apos;administrateur ; les clés sont changées par un administrateur dont le certificat le mentionne.</translation>
    </message>
    <message>
        <source>The key slot for %1 is not the one recorded for that user: %2. Login refused; an administrator must restore the key-slot file or re-add the user.</source>
        <translation>L&apos;emplacement de clé de %1 n&apos;est pas celui enregistré pour cet utilisateur : %2. Connexion refusée ; un administrateur doit restaurer le fichier des emplacements de clé ou ajouter à nouveau l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>The key slot for %1 is not the one recorded for that user: %2, though audit event %3 records a certificate issued to %1. Login refused; an administrator must restore the key-slot file or re-add the user.</source>
        <translation>L&apos;emplacement de clé de %1 n&apos;est pas celui enregistré pour cet utilisateur : %2, alors que l&apos;événement d&apos;audit %3 enregistre un certificat délivré à %1. Connexion refusée ; un administrateur doit restaurer le fichier des emplacements de clé ou ajouter à nouveau l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>it holds no personal signing key</source>
        <translation>il ne contient aucune clé de signature personnelle</translation>
    </message>
    <message>
        <source>its signing key does not sign as a certificate of the organisation CA (%1)</source>
        <translation>sa clé de signature ne signe pas comme un certificat de l&apos;AC de l&apos;organisation (%1)</translation>
    </message>
    <message>
        <source>its signing key is %1&apos;s</source>
        <translation>sa clé de signature est celle de %1</translation>
    </message>
    <message>
        <source>key slot for %1 is not recorded yet (a database from before slot keys were recorded; recorded at its next login)</source>
        <translation>l&apos;emplacement de clé de %1 n&apos;est pas encore enregistré (une base de données antérieure à l&apos;enregistrement des clés d&apos;emplacement ; il est enregistré à sa prochaine connexion)</translation>
    </message>
</context>
<context>
    <name>lpdesk::CaseListView</name>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
</context>
<context>
    <name>lpdesk::CaseReport</name>
    <message>
        <source>Case report %1</source>
        <translation>Rapport du dossier %1</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Released for</source>
        <translation>Remis pour</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 le %2 : %3</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Statut du dossier</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Detected (store time)</source>
        <translation>Détecté (heure du magasin)</translation>
    </message>
    <message>
        <source>Narrative and suspects</source>
        <translation>Récit et suspects</translation>
    </message>
    <message>
        <source>Incident detected: %1 (%2)</source>
        <translation>Incident détecté : %1 (%2)</translation>
    </message>
    <message>
        <source>POS register %1 #%2, %3 %4 %5 (register clock %6)</source>
        <translation>Caisse %1 n° %2, %3 %4 %5 (horloge de la caisse %6)</translation>
    </message>
    <message>
        <source>Statement taken from %1 (%2)</source>
        <translation>Déclaration recueillie auprès de %1 (%2)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Stills</source>
        <translation>Images fixes</translation>
    </message>
    <message>
        <source>POS extract</source>
        <translation>Extrait de caisse</translation>
    </message>
    <message>
        <source>Store %1, register %2, transaction %3, %4 (true %5), operator %6, flags: %7</source>
        <translation>Magasin %1, caisse %2, transaction %3, %4 (réelle %5), opérateur %6, indicateurs : %7</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Tender / note</source>
        <translation>Règlement / note</translation>
    </message>
    <message>
        <source>card •••• %1</source>
        <translation>carte •••• %1</translation>
    </message>
    <message>
        <source>card number withheld</source>
        <translation>numéro de carte masqué</translation>
    </message>
    <message>
        <source>VOIDED</source>
        <translation>ANNULÉE</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Déclarations</translation>
    </message>
    <message>
        <source>Contact: %1. Version %2, signed off by %3 on %4.</source>
        <translation>Contact : %1. Version %2, validée par %3 le %4.</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>masqué</translation>
    </message>
    <message>
        <source>Redaction log</source>
        <translation>Journal de floutage</translation>
    </message>
    <message>
        <source>%1 (plan SHA-256 %2)</source>
        <translation>%1 (SHA-256 du plan %2)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Style</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>From–to (s)</source>
        <translation>De–à (s)</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>audio</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>coupé</translation>
    </message>
    <message>
        <source>No redacted derivatives in this package.</source>
        <translation>Aucun dérivé flouté dans ce paquet.</translation>
    </message>
    <message>
        <source>Files and their SHA-256</source>
        <translation>Fichiers et leur SHA-256</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>The package&apos;s own documents are listed with their hashes in SHA256SUMS and in the signed manifest.json.</source>
        <translation>Les documents propres au paquet figurent avec leurs empreintes dans SHA256SUMS et dans le manifest.json signé.</translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation>Chaîne de traçabilité</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <source>Approved for release by %1 (legal) on %2. Reason: %3. The approval covers the content with SHA-256 %4.</source>
        <translation>Remise approuvée par %1 (service juridique) le %2. Motif : %3. L&apos;approbation couvre le contenu de SHA-256 %4.</translation>
    </message>
    <message>
        <source>Case report %1 — package %2</source>
        <translation>Rapport du dossier %1 — paquet %2</translation>
    </message>
    <message>
        <source>LP Desk package %1 · %2</source>
        <translation>Paquet LP Desk %1 · %2</translation>
    </message>
    <message>
        <source>Package %1 · page %2 of %3</source>
        <translation>Paquet %1 · page %2 sur %3</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>origin not recorded</source>
        <translation>origine non enregistrée</translation>
    </message>
    <message>
        <source>Rendered although a detector found a face no region covers in frames %1 (confirmed by %2 at %3).</source>
        <translation>Produit alors qu&apos;un détecteur a trouvé un visage qu&apos;aucune zone ne couvre sur les images %1 (confirmé par %2 le %3).</translation>
    </message>
</context>
<context>
    <name>lpdesk::CaseReportRenderer</name>
    <message>
        <source>This program cannot write the case report (it has no report renderer), so it cannot write a package.</source>
        <translation>Ce programme ne peut pas produire le rapport du dossier (il n&apos;a pas de moteur de rendu de rapports), il ne peut donc pas créer de paquet.</translation>
    </message>
</context>
<context>
    <name>lpdesk::CaseService</name>
    <message>
        <source>There is no case %1.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>There is no incident %1.</source>
        <translation>L&apos;incident %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>A case needs a title of 1–200 characters.</source>
        <translation>Un dossier doit avoir un titre de 1 à 200 caractères.</translation>
    </message>
    <message>
        <source>Incident %1 is not in this case.</source>
        <translation>L&apos;incident %1 ne fait pas partie de ce dossier.</translation>
    </message>
    <message>
        <source>Status must be one of: %1</source>
        <translation>Le statut doit être l&apos;un de : %1</translation>
    </message>
    <message>
        <source>A note needs 1–20000 characters.</source>
        <translation>Une note comporte de 1 à 20000 caractères.</translation>
    </message>
    <message>
        <source>A clock offset is between -86400 and 86400 seconds.</source>
        <translation>Un décalage d&apos;horloge est compris entre -86400 et 86400 secondes.</translation>
    </message>
    <message>
        <source>There is no camera %1 at store %2.</source>
        <translation>La caméra %1 n&apos;existe pas dans le magasin %2.</translation>
    </message>
</context>
<context>
    <name>lpdesk::CaseWorkspace</name>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Smart (frame-accurate)</source>
        <translation>Intelligent (à l&apos;image près)</translation>
    </message>
    <message>
        <source>Copy (keyframes)</source>
        <translation>Copie (images clés)</translation>
    </message>
    <message>
        <source>Re-encode (H.264)</source>
        <translation>Réencoder (H.264)</translation>
    </message>
    <message>
        <source>&amp;Trim in→out</source>
        <translation>Déc&amp;ouper entrée→sortie</translation>
    </message>
    <message>
        <source>Make a derivative clip from the in point to the out point (Ctrl+T)</source>
        <translation>Créer un clip dérivé du point d&apos;entrée au point de sortie (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Redact…</source>
        <translation>&amp;Flouter…</translation>
    </message>
    <message>
        <source>Hide bystanders, screens and card terminals in this clip (Ctrl+R)</source>
        <translation>Masquer les passants, écrans et terminaux de paiement dans ce clip (Ctrl+R)</translation>
    </message>
    <message>
        <source>Save the current frame as a PNG, recorded as a derivative (Ctrl+E)</source>
        <translation>Enregistrer l&apos;image actuelle en PNG, consignée comme dérivé (Ctrl+E)</translation>
    </message>
    <message>
        <source>Side &amp;by side…</source>
        <translation>Cô&amp;te à côte…</translation>
    </message>
    <message>
        <source>Review several clips of this case in sync by wall-clock time (Ctrl+Shift+S)</source>
        <translation>Revoir plusieurs clips de ce dossier synchronisés sur l&apos;heure réelle (Ctrl+Maj+S)</translation>
    </message>
    <message>
        <source>Request re&amp;lease…</source>
        <translation>Demander une re&amp;mise…</translation>
    </message>
    <message>
        <source>Ask legal to release evidence of this case to the police (Ctrl+Shift+R)</source>
        <translation>Demander au service juridique de remettre des preuves de ce dossier à la police (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <source>Add a note and press Enter</source>
        <translation>Saisissez une note et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Evidence (derivatives under their source)</source>
        <translation>Preuves (les dérivés sous leur source)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>&amp;POS</source>
        <translation>&amp;Caisse</translation>
    </message>
    <message>
        <source>&amp;Statements</source>
        <translation>&amp;Déclarations</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Traçabilité</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>%1 (original)</source>
        <translation>%1 (original)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>still</source>
        <translation>image fixe</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>made from:</source>
        <translation>créé à partir de :</translation>
    </message>
    <message>
        <source>Trim</source>
        <translation>Découpe</translation>
    </message>
    <message>
        <source>Open a clip first.</source>
        <translation>Ouvrez d&apos;abord un clip.</translation>
    </message>
    <message>
        <source>Set an in point (I) and an out point (O) after it.</source>
        <translation>Placez un point d&apos;entrée (I), puis un point de sortie (O) après lui.</translation>
    </message>
    <message>
        <source>Trimming %1 to %2</source>
        <translation>Découpe de %1 à %2</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>Flouter</translation>
    </message>
    <message>
        <source>Export still</source>
        <translation>Exporter l&apos;image</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Add &amp;evidence…</source>
        <translation>Ajouter des &amp;preuves…</translation>
    </message>
    <message>
        <source>Bring in a DVR/VMS export, a phone video, a still or a document as a native master exhibit (or drop files on the case)</source>
        <translation>Ajouter un export DVR/VMS, une vidéo de téléphone, une image fixe ou un document comme original maître au format natif (ou déposer des fichiers sur le dossier)</translation>
    </message>
    <message>
        <source>Redact the clip</source>
        <translation>Flouter le clip</translation>
    </message>
    <message>
        <source>Trim to the in/out points</source>
        <translation>Découper entre les points d&apos;entrée et de sortie</translation>
    </message>
    <message>
        <source>Request a release</source>
        <translation>Demander une remise</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Côte à côte</translation>
    </message>
    <message>
        <source>Close the case window</source>
        <translation>Fermer la fenêtre du dossier</translation>
    </message>
    <message>
        <source>Export a still</source>
        <translation>Exporter une image fixe</translation>
    </message>
    <message>
        <source>%1 (native master, %2)</source>
        <translation>%1 (original maître natif, %2)</translation>
    </message>
    <message>
        <source>%1 at %2, %3</source>
        <translation>%1 à %2, %3</translation>
    </message>
    <message>
        <source>P&amp;olice</source>
        <translation>Po&amp;lice</translation>
    </message>
    <message>
        <source>Release requested: legal reviews it under Releases (Ctrl+3).</source>
        <translation>Remise demandée : le service juridique l’examine dans Remises (Ctrl+3).</translation>
    </message>
    <message>
        <source>Chec&amp;klist</source>
        <translation>Li&amp;ste de contrôle</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>Case not available</source>
        <translation>Dossier indisponible</translation>
    </message>
    <message>
        <source>%1 (untitled case)</source>
        <translation>%1 (dossier sans titre)</translation>
    </message>
    <message>
        <source>An incident that can no longer be read</source>
        <translation>Un incident qui ne peut plus être lu</translation>
    </message>
    <message>
        <source>This clip cannot be cut exactly at the in and out points without re-encoding.</source>
        <translation>Ce clip ne peut pas être coupé exactement aux points d&apos;entrée et de sortie sans réencodage.</translation>
    </message>
    <message>
        <source>Re-encode the range from %1 to %2 to a new H.264 clip instead? The original is not changed.</source>
        <translation>Réencoder plutôt la plage de %1 à %2 dans un nouveau clip H.264 ? L&apos;original n&apos;est pas modifié.</translation>
    </message>
    <message>
        <source>Or choose &quot;Copy (keyframes)&quot; to cut losslessly at the nearest keyframes.</source>
        <translation>Ou choisissez « Copie (images clés) » pour couper sans perte aux images clés les plus proches.</translation>
    </message>
    <message>
        <source>&amp;Re-encode</source>
        <translation>&amp;Réencoder</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t trim</source>
        <translation>&amp;Ne pas découper</translation>
    </message>
    <message>
        <source>E&amp;xport still…</source>
        <translation>Exporter l&apos;&amp;image…</translation>
    </message>
    <message>
        <source>%1: see Jobs (Ctrl+J) for its progress.</source>
        <translation>%1 : suivez sa progression dans Tâches (Ctrl+J).</translation>
    </message>
    <message>
        <source>Still at %1</source>
        <translation>Image fixe à %1</translation>
    </message>
</context>
<context>
    <name>lpdesk::ChainAnchors</name>
    <message>
        <source>Cannot read the custody chains: %1</source>
        <translation>Impossible de lire les chaînes de traçabilité : %1</translation>
    </message>
    <message>
        <source>Cannot write the anchor file %1: %2</source>
        <translation>Impossible d’écrire le fichier d’ancres %1 : %2</translation>
    </message>
    <message>
        <source>The anchor file %1 is locked by another program.</source>
        <translation>Le fichier d’ancres %1 est verrouillé par un autre programme.</translation>
    </message>
    <message>
        <source>Cannot read the anchor file %1.</source>
        <translation>Impossible de lire le fichier d’ancres %1.</translation>
    </message>
    <message>
        <source>The anchor file %1 is missing: it was deleted. Restore it from a backup; db check names what is lost.</source>
        <translation>Le fichier d’ancres %1 est absent : il a été supprimé. Restaurez-le depuis une sauvegarde ; db check indique ce qui est perdu.</translation>
    </message>
    <message>
        <source>The last line of the anchor file %1 is incomplete; run db check.</source>
        <translation>La dernière ligne du fichier d’ancres %1 est incomplète ; lancez db check.</translation>
    </message>
    <message>
        <source>no time-stamp authority is configured: signed only</source>
        <translation>aucune autorité d’horodatage n’est configurée : signée seulement</translation>
    </message>
    <message>
        <source>the time-stamp authority did not answer: %1</source>
        <translation>l’autorité d’horodatage n’a pas répondu : %1</translation>
    </message>
    <message>
        <source>Cannot record the anchor: %1</source>
        <translation>Impossible d’enregistrer l’ancre : %1</translation>
    </message>
    <message>
        <source>the anchor file %1 is missing (deleted): the chains cannot be proven against their anchored heads</source>
        <translation>le fichier d’ancres %1 est absent (supprimé) : impossible de prouver les chaînes par rapport à leurs têtes ancrées</translation>
    </message>
    <message>
        <source>the anchor file %1 cannot be read</source>
        <translation>impossible de lire le fichier d’ancres %1</translation>
    </message>
    <message>
        <source>%1: the last line is incomplete (cut or damaged)</source>
        <translation>%1 : la dernière ligne est incomplète (coupée ou endommagée)</translation>
    </message>
    <message>
        <source>%1 holds no anchor (emptied)</source>
        <translation>%1 ne contient aucune ancre (vidé)</translation>
    </message>
    <message>
        <source>%1 line %2 is not an anchor (damaged or edited)</source>
        <translation>la ligne %2 de %1 n’est pas une ancre (endommagée ou modifiée)</translation>
    </message>
    <message>
        <source>%1 line %2 is anchor %3 where anchor %4 belongs: anchors are missing (a gap)</source>
        <translation>la ligne %2 de %1 est l’ancre %3 là où l’ancre %4 est attendue : des ancres manquent (une lacune)</translation>
    </message>
    <message>
        <source>%1 line %2 (anchor %3) does not link to the line before it: a line was removed or changed</source>
        <translation>la ligne %2 de %1 (ancre %3) ne se rattache pas à la ligne précédente : une ligne a été supprimée ou modifiée</translation>
    </message>
    <message>
        <source>%1 anchor %2 belongs to another database</source>
        <translation>l’ancre %2 de %1 appartient à une autre base de données</translation>
    </message>
    <message>
        <source>%1 anchor %2: the signature does not verify: %3</source>
        <translation>ancre %2 de %1 : la signature n’est pas valide : %3</translation>
    </message>
    <message>
        <source>%1 anchor %2: the time-stamp does not verify: %3</source>
        <translation>ancre %2 de %1 : l’horodatage n’est pas valide : %3</translation>
    </message>
    <message>
        <source>%1 anchor %2 says %3 but was time-stamped at %4 (back- or forward-dated)</source>
        <translation>l’ancre %2 de %1 indique %3 mais a été horodatée à %4 (antidatée ou postdatée)</translation>
    </message>
    <message>
        <source>%1 anchor %2 was time-stamped before the anchor ahead of it</source>
        <translation>l’ancre %2 de %1 a été horodatée avant l’ancre qui la précède</translation>
    </message>
    <message>
        <source>%1 anchor %2 has no time-stamp: %3</source>
        <translation>l’ancre %2 de %1 n’a pas d’horodatage : %3</translation>
    </message>
    <message>
        <source>%1: the signatures cannot be checked: %2</source>
        <translation>%1 : impossible de vérifier les signatures : %2</translation>
    </message>
    <message>
        <source>%1 ends at anchor %2, but anchor %3 was written: its last lines were cut</source>
        <translation>%1 s’arrête à l’ancre %2, mais l’ancre %3 a été écrite : ses dernières lignes ont été coupées</translation>
    </message>
    <message>
        <source>%1 anchor %2 differs from the one written</source>
        <translation>l’ancre %2 de %1 diffère de celle qui a été écrite</translation>
    </message>
    <message>
        <source>audit chain</source>
        <translation>chaîne d’audit</translation>
    </message>
    <message>
        <source>custody chain %1</source>
        <translation>chaîne de traçabilité %1</translation>
    </message>
    <message>
        <source>%1: cannot read event %2: %3</source>
        <translation>%1 : impossible de lire l’événement %2 : %3</translation>
    </message>
    <message>
        <source>%1: event %2, anchored in anchor %3, is gone: the chain was truncated</source>
        <translation>%1 : l’événement %2, ancré dans l’ancre %3, a disparu : la chaîne a été tronquée</translation>
    </message>
    <message>
        <source>%1: event %2 differs from the one anchored in anchor %3: the chain was rewritten</source>
        <translation>%1 : l’événement %2 diffère de celui ancré dans l’ancre %3 : la chaîne a été réécrite</translation>
    </message>
    <message>
        <source>%1: %2 anchors; every anchored head is checked</source>
        <translation>%1 : %2 ancres ; chaque tête ancrée est vérifiée</translation>
    </message>
    <message>
        <source>The anchor file %1 no longer holds anchor %2 as it was written (cut, emptied or replaced): no anchor is added. Restore it from a backup; db check names what is lost.</source>
        <translation>Le fichier d’ancres %1 ne contient plus l’ancre %2 telle qu’elle a été écrite (tronqué, vidé ou remplacé) : aucune ancre n’est ajoutée. Restaurez-le depuis une sauvegarde ; db check indique ce qui est perdu.</translation>
    </message>
    <message>
        <source>%1 anchor %2 anchors event %3 of the %4 with another hash than anchor %5: the chain was rewritten and anchored again</source>
        <translation>%1 : l’ancre %2 ancre l’événement %3 de la %4 avec une autre empreinte que l’ancre %5 : la chaîne a été réécrite puis ancrée à nouveau</translation>
    </message>
    <message>
        <source>%1 anchor %2 carries a time-stamp that was not checked: no time-stamp authority an administrator signed for is configured</source>
        <translation>L’ancrage %2 de %1 porte un horodatage qui n’a pas été vérifié : aucune autorité d’horodatage signée par un administrateur n’est configurée</translation>
    </message>
    <message>
        <source>The anchor file %1 is missing, but the audit log records that anchors were written: it was deleted. Restore it from a backup; db check names what is lost.</source>
        <translation>Le fichier d&apos;ancres %1 est absent, mais le journal d&apos;audit indique que des ancres ont été écrites : il a été supprimé. Il faut le restaurer depuis une sauvegarde ; db check indique ce qui est perdu.</translation>
    </message>
    <message>
        <source>The anchor file %1 no longer holds anchor %2 as the audit log records it (event %3): no anchor is added. Restore it from a backup; db check names what is lost.</source>
        <translation>Le fichier d&apos;ancres %1 ne contient plus l&apos;ancre %2 telle que le journal d&apos;audit l&apos;enregistre (événement %3) : aucune ancre n&apos;est ajoutée. Il faut le restaurer depuis une sauvegarde ; db check indique ce qui est perdu.</translation>
    </message>
    <message>
        <source>The anchor file %1 no longer holds the anchor written when the database was created (emptied): no anchor is added. Restore it from a backup; db check names what is lost.</source>
        <translation>Le fichier d&apos;ancres %1 ne contient plus l&apos;ancre écrite à la création de la base de données (vidé) : aucune ancre n&apos;est ajoutée. Il faut le restaurer depuis une sauvegarde ; db check indique ce qui est perdu.</translation>
    </message>
    <message>
        <source>the audit log records anchor %1 written (event %2), but there is no anchor file</source>
        <translation>le journal d&apos;audit indique que l&apos;ancre %1 a été écrite (événement %2), mais il n&apos;y a pas de fichier d&apos;ancres</translation>
    </message>
    <message>
        <source>%1 ends at anchor %2, but the audit log records anchor %3 written (event %4): its lines were cut or the file was started again</source>
        <translation>%1 se termine à l&apos;ancre %2, mais le journal d&apos;audit indique que l&apos;ancre %3 a été écrite (événement %4) : ses lignes ont été tronquées ou le fichier a été recommencé</translation>
    </message>
    <message>
        <source>%1 anchor %2 differs from the one the audit log records (event %3): the file was replaced</source>
        <translation>l&apos;ancre %2 de %1 diffère de celle qu&apos;indique le journal d&apos;audit (événement %3) : le fichier a été remplacé</translation>
    </message>
    <message>
        <source>%1 anchor %2 says %3 wrote it, but it was signed with the key of %4: forged</source>
        <translation>l&apos;ancre %2 de %1 indique que %3 l&apos;a écrite, mais elle a été signée avec la clé de %4 : falsifiée</translation>
    </message>
    <message>
        <source>%1: cannot read its events&apos; times: %2</source>
        <translation>%1 : impossible de lire l&apos;heure de ses événements : %2</translation>
    </message>
    <message>
        <source>%1: event %2 says it was made at %3, but it follows event %4, which %5 anchor %6 anchored and the time-stamp authority dated %7: it was written later and back-dated</source>
        <translation>%1 : l&apos;événement %2 indique avoir été créé le %3, mais il suit l&apos;événement %4, que l&apos;ancre %6 de %5 a ancré et que l&apos;autorité d&apos;horodatage a daté du %7 : il a été écrit plus tard et antidaté</translation>
    </message>
</context>
<context>
    <name>lpdesk::Cli</name>
    <message>
        <source>No passphrase: set LPDESK_PASSPHRASE, use --passphrase-file, or run in a terminal.</source>
        <translation>Pas de phrase secrète : définissez LPDESK_PASSPHRASE, utilisez --passphrase-file ou lancez dans un terminal.</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>option inconnue --%1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>Try &apos;lpdesk-cli --help&apos;.</source>
        <translation>Essayez &apos;lpdesk-cli --help&apos;.</translation>
    </message>
    <message>
        <source>wrong number of arguments</source>
        <translation>nombre d&apos;arguments incorrect</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation>Impossible de lire le fichier de phrase secrète %1 : %2</translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Répétez la phrase secrète : </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>Impossible de lire le fichier de mot de passe %1 : %2</translation>
    </message>
    <message>
        <source>Package password (hand it over separately): </source>
        <translation>Mot de passe du paquet (à remettre séparément) : </translation>
    </message>
    <message>
        <source>Package password: </source>
        <translation>Mot de passe du paquet : </translation>
    </message>
    <message>
        <source>An encrypted package needs a password: give --password-file F, set LPDESK_PACKAGE_PASSWORD, or run in a terminal.</source>
        <translation>Un paquet chiffré demande un mot de passe : indiquez --password-file F, définissez LPDESK_PACKAGE_PASSWORD ou lancez dans un terminal.</translation>
    </message>
    <message>
        <source>The package is encrypted: give --password-file F, set LPDESK_PACKAGE_PASSWORD, or run in a terminal.</source>
        <translation>Le paquet est chiffré : indiquez --password-file F, définissez LPDESK_PACKAGE_PASSWORD ou lancez dans un terminal.</translation>
    </message>
    <message>
        <source>Which user? Give --user NAME or set LPDESK_USER.</source>
        <translation>Quel utilisateur ? Indiquez --user NOM ou définissez LPDESK_USER.</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Phrase secrète de %1 : </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>no command &apos;%1&apos;</source>
        <translation>pas de commande &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Usage: lpdesk-cli [--db FILE] [--user NAME] [--json] [--passphrase-file FILE] COMMAND ...</source>
        <translation>Usage : lpdesk-cli [--db FICHIER] [--user NOM] [--json] [--passphrase-file FICHIER] COMMANDE ...</translation>
    </message>
    <message>
        <source>LP Desk command line: the same core services as the lpdesk workstation, headless.</source>
        <translation>Ligne de commande LP Desk : les mêmes services que le poste lpdesk, sans interface graphique.</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Options globales :</translation>
    </message>
    <message>
        <source>case database (default: LPDESK_DB or the per-user data folder)</source>
        <translation>base de données des dossiers (par défaut : LPDESK_DB ou le dossier de données de l&apos;utilisateur)</translation>
    </message>
    <message>
        <source>who unlocks it (default: LPDESK_USER, or the only user)</source>
        <translation>qui la déverrouille (par défaut : LPDESK_USER ou l&apos;unique utilisateur)</translation>
    </message>
    <message>
        <source>machine-readable output for list and show commands</source>
        <translation>sortie lisible par machine pour les commandes list et show</translation>
    </message>
    <message>
        <source>read the passphrase from FILE (else LPDESK_PASSPHRASE, else asked)</source>
        <translation>lire la phrase secrète dans FICHIER (sinon LPDESK_PASSPHRASE, sinon demandée)</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 failed, 2 usage error, 3 authentication or permission refused, 4 verification failed (tampering or corruption).</source>
        <translation>Codes de sortie : 0 succès, 1 échec, 2 erreur d&apos;utilisation, 3 authentification ou autorisation refusée, 4 vérification échouée (falsification ou corruption).</translation>
    </message>
    <message>
        <source>&apos;lpdesk-cli help COMMAND&apos; or &apos;lpdesk-cli COMMAND --help&apos; shows one command.</source>
        <translation>&apos;lpdesk-cli help COMMANDE&apos; ou &apos;lpdesk-cli COMMANDE --help&apos; affiche une commande.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Cannot read %1 (or it is over 64 KiB).</source>
        <translation>Impossible de lire %1 (ou il dépasse 64 Kio).</translation>
    </message>
    <message>
        <source>--max-mb takes a number of MiB</source>
        <translation>--max-mb attend un nombre de Mio</translation>
    </message>
    <message>
        <source> (secret set)</source>
        <translation> (secret défini)</translation>
    </message>
    <message>
        <source>  pinned CA</source>
        <translation>  AC épinglée</translation>
    </message>
    <message>
        <source>  report %1</source>
        <translation>  plainte %1</translation>
    </message>
    <message>
        <source>  next attempt %1</source>
        <translation>  prochaine tentative %1</translation>
    </message>
    <message>
        <source>submit needs --agency ID (and --wait takes seconds)</source>
        <translation>submit demande --agency ID (et --wait attend des secondes)</translation>
    </message>
    <message>
        <source>Not delivered yet; it stays in the outbox (outbox run retries it).</source>
        <translation>Pas encore livré ; il reste dans la boîte d&apos;envoi (outbox run le relance).</translation>
    </message>
    <message>
        <source>--wait takes seconds</source>
        <translation>--wait attend des secondes</translation>
    </message>
    <message>
        <source>agency profiles (never their secrets)</source>
        <translation>profils d&apos;organismes (jamais leurs secrets)</translation>
    </message>
    <message>
        <source>connect to the agency: TLS with the pinned CA (and client certificate), an HTTP answer</source>
        <translation>se connecter à l&apos;organisme : TLS avec l&apos;AC épinglée (et certificat client), une réponse HTTP</translation>
    </message>
    <message>
        <source>submissions, their state, attempts and receipts</source>
        <translation>envois, leur état, tentatives et accusés de réception</translation>
    </message>
    <message>
        <source>case new needs --title T</source>
        <translation>case new demande --title T</translation>
    </message>
    <message>
        <source>  id        %1</source>
        <translation>  id.       %1</translation>
    </message>
    <message>
        <source>  status    %1, assigned to %2</source>
        <translation>  statut    %1, attribué à %2</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>  created   %1 by %2</source>
        <translation>  créé      %1 par %2</translation>
    </message>
    <message>
        <source>  tags      %1</source>
        <translation>  étiquettes %1</translation>
    </message>
    <message>
        <source>  incident  %1</source>
        <translation>  incident  %1</translation>
    </message>
    <message numerus="yes">
        <source>  media     %n item(s) (see &apos;media list&apos;)</source>
        <translation>
            <numerusform>  médias    %n élément (voir &apos;media list&apos;)</numerusform>
            <numerusform>  médias    %n éléments (voir &apos;media list&apos;)</numerusform>
        </translation>
    </message>
    <message>
        <source>  note      %1 (%2, %3)</source>
        <translation>  note      %1 (%2, %3)</translation>
    </message>
    <message>
        <source>
      %1 of %2 %3</source>
        <translation>
      %1 sur %2 %3</translation>
    </message>
    <message>
        <source>TIME is RFC 3339 with an offset, e.g. 2026-03-14T14:02:11-05:00</source>
        <translation>TIME est au format RFC 3339 avec décalage, p. ex. 2026-03-14T14:02:11-05:00</translation>
    </message>
    <message>
        <source>at %1 (%2 s)</source>
        <translation>à %1 (%2 s)</translation>
    </message>
    <message>
        <source>no footage: the clip starts %1 s later</source>
        <translation>pas d&apos;image : le clip commence %1 s plus tard</translation>
    </message>
    <message>
        <source>no footage: the clip ended %1 s earlier</source>
        <translation>pas d&apos;image : le clip s&apos;est terminé %1 s plus tôt</translation>
    </message>
    <message>
        <source>--%1 takes seconds (12.5) or HH:MM:SS.mmm</source>
        <translation>--%1 attend des secondes (12.5) ou HH:MM:SS.mmm</translation>
    </message>
    <message>
        <source>--mode is copy, smart or reencode</source>
        <translation>--mode vaut copy, smart ou reencode</translation>
    </message>
    <message>
        <source>trimming… %1%</source>
        <translation>découpe… %1%</translation>
    </message>
    <message>
        <source>%1 trim: frames %2–%3, %4 s to %5 s%6</source>
        <translation>découpe %1 : images %2–%3, de %4 s à %5 s%6</translation>
    </message>
    <message>
        <source> (copy trims start at the keyframe before the requested in-point)</source>
        <translation> (une découpe par copie commence à l&apos;image clé précédant le point d&apos;entrée demandé)</translation>
    </message>
    <message>
        <source>frame needs --out FILE.png</source>
        <translation>frame demande --out FICHIER.png</translation>
    </message>
    <message>
        <source>event %1: %2</source>
        <translation>événement %1 : %2</translation>
    </message>
    <message>
        <source>the offset is a number of seconds (positive: the recorder&apos;s clock is ahead)</source>
        <translation>le décalage est un nombre de secondes (positif : l&apos;horloge de l&apos;enregistreur avance)</translation>
    </message>
    <message>
        <source>redact needs --plan FILE.json</source>
        <translation>redact demande --plan FICHIER.json</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is larger than a redaction plan may be.</source>
        <translation>%1 dépasse la taille permise pour un plan de floutage.</translation>
    </message>
    <message>
        <source>rendering… %1%</source>
        <translation>rendu… %1%</translation>
    </message>
    <message>
        <source>  region %1 (%2, %3): %4–%5 s, %6 frames</source>
        <translation>  zone %1 (%2, %3) : %4–%5 s, %6 images</translation>
    </message>
    <message>
        <source>the reasons a redaction may give (admin: --set replaces the list; &apos;other&apos; always stays)</source>
        <translation>les motifs qu&apos;un floutage peut invoquer (admin : --set remplace la liste ; &apos;other&apos; reste toujours)</translation>
    </message>
    <message>
        <source>a chain of custody</source>
        <translation>une chaîne de traçabilité</translation>
    </message>
    <message>
        <source>verify a chain and its signed checkpoints; exit 4 naming each break</source>
        <translation>vérifier une chaîne et ses points de contrôle signés ; code 4 en nommant chaque rupture</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>init needs --admin NAME</source>
        <translation>init demande --admin NOM</translation>
    </message>
    <message>
        <source>Creating %1 (tuning the key-derivation cost to this machine)...</source>
        <translation>Création de %1 (ajustement du coût de dérivation de clé à cette machine)...</translation>
    </message>
    <message>
        <source>--role must be investigator, legal, admin or auditor</source>
        <translation>--role doit valoir investigator, legal, admin ou auditor</translation>
    </message>
    <message>
        <source>Passphrase for the new user %1: </source>
        <translation>Phrase secrète du nouvel utilisateur %1 : </translation>
    </message>
    <message>
        <source>  (no key slot)</source>
        <translation>  (pas d&apos;emplacement de clé)</translation>
    </message>
    <message>
        <source>Current passphrase for %1: </source>
        <translation>Phrase secrète actuelle de %1 : </translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nouvelle phrase secrète : </translation>
    </message>
    <message>
        <source>Recipient key (X25519) id %1</source>
        <translation>Clé de destinataire (X25519) id. %1</translation>
    </message>
    <message>
        <source>Signing certificate %1</source>
        <translation>Certificat de signature %1</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint %1</source>
        <translation>Empreinte SHA-256 %1</translation>
    </message>
    <message>
        <source>Organisation CA certificate (give this to police as org-ca.pem)</source>
        <translation>Certificat d&apos;AC de l&apos;organisation (à remettre à la police sous le nom org-ca.pem)</translation>
    </message>
    <message>
        <source>SQLite integrity: ok</source>
        <translation>Intégrité SQLite : correcte</translation>
    </message>
    <message>
        <source>SQLite integrity: FAILED</source>
        <translation>Intégrité SQLite : ÉCHEC</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>note : %1</translation>
    </message>
    <message>
        <source>--since takes a date (2026-03-14) or an RFC 3339 time</source>
        <translation>--since accepte une date (2026-03-14) ou une heure RFC 3339</translation>
    </message>
    <message>
        <source>audit event %1: %2</source>
        <translation>événement d&apos;audit %1 : %2</translation>
    </message>
    <message>
        <source>create a new encrypted case database (never overwrites)</source>
        <translation>créer une nouvelle base de données des dossiers chiffrée (n&apos;écrase jamais)</translation>
    </message>
    <message>
        <source>unlock and print your name and role</source>
        <translation>déverrouiller et afficher votre nom et votre rôle</translation>
    </message>
    <message>
        <source>change your passphrase (new one: LPDESK_NEW_PASSPHRASE or asked)</source>
        <translation>changer votre phrase secrète (la nouvelle : LPDESK_NEW_PASSPHRASE ou demandée)</translation>
    </message>
    <message>
        <source>recipient key (what stores encrypt to) and signing certificates (PEM)</source>
        <translation>clé de destinataire (pour laquelle les magasins chiffrent) et certificats de signature (PEM)</translation>
    </message>
    <message>
        <source>write the recipient public key for a store</source>
        <translation>écrire la clé publique de destinataire pour un magasin</translation>
    </message>
    <message>
        <source>write the organisation CA certificate (org-ca.pem for police)</source>
        <translation>écrire le certificat d&apos;AC de l&apos;organisation (org-ca.pem pour la police)</translation>
    </message>
    <message>
        <source>integrity check and every hash chain; exit 4 on any break</source>
        <translation>contrôle d&apos;intégrité et de chaque chaîne de hachage ; code 4 à la moindre rupture</translation>
    </message>
    <message>
        <source>%1  %2 transactions, %3 line items, %4 rejected</source>
        <translation>%1  %2 transactions, %3 lignes d&apos;articles, %4 rejetées</translation>
    </message>
    <message>
        <source>  rejected %1: %2</source>
        <translation>  rejetée %1 : %2</translation>
    </message>
    <message>
        <source>pos import takes a FILE or --pulled</source>
        <translation>pos import attend un FICHIER ou --pulled</translation>
    </message>
    <message>
        <source>--format is auto, poslog, csv or json</source>
        <translation>--format vaut auto, poslog, csv ou json</translation>
    </message>
    <message>
        <source>--mapping is saved per store: give --store ID</source>
        <translation>--mapping est enregistré par magasin : indiquez --store ID</translation>
    </message>
    <message>
        <source>Cannot read the mapping %1.</source>
        <translation>Impossible de lire la correspondance %1.</translation>
    </message>
    <message>
        <source>The mapping is not a JSON object: %1</source>
        <translation>La correspondance n&apos;est pas un objet JSON : %1</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <source>--window takes seconds</source>
        <translation>--window attend des secondes</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) newly linked</source>
        <translation>
            <numerusform>%n transaction nouvellement liée</numerusform>
            <numerusform>%n transactions nouvellement liées</numerusform>
        </translation>
    </message>
    <message>
        <source>    in clip %1 at %2 s</source>
        <translation>    dans le clip %1 à %2 s</translation>
    </message>
    <message>
        <source>%1 is too long for a statement.</source>
        <translation>%1 est trop long pour une déclaration.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.</source>
        <translation>%1 n&apos;est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>statement add needs --author NAME and --text-file F</source>
        <translation>statement add demande --author NOM et --text-file F</translation>
    </message>
    <message>
        <source>signed off %1</source>
        <translation>validée %1</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>, corrected by %1</source>
        <translation>, corrigée par %1</translation>
    </message>
    <message>
        <source>; %1 by %2: %3</source>
        <translation> ; %1 par %2 : %3</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <source>    void: %1</source>
        <translation>    annulée : %1</translation>
    </message>
    <message>
        <source>--purpose is usb or agency:ID</source>
        <translation>--purpose vaut usb ou agency:ID</translation>
    </message>
    <message>
        <source>release request needs --note T</source>
        <translation>release request demande --note T</translation>
    </message>
    <message>
        <source>    content SHA-256 %1</source>
        <translation>    SHA-256 du contenu %1</translation>
    </message>
    <message>
        <source>a decision needs --note T</source>
        <translation>une décision demande --note T</translation>
    </message>
    <message>
        <source>OK: package %1 (%2), %3 files, %4 bytes, %5 custody events, signed by %6</source>
        <translation>OK : paquet %1 (%2), %3 fichiers, %4 octets, %5 événements de traçabilité, signé par %6</translation>
    </message>
    <message numerus="yes">
        <source>FAILED: %n problem(s) in %1</source>
        <translation>
            <numerusform>ÉCHEC : %n problème dans %1</numerusform>
            <numerusform>ÉCHEC : %n problèmes dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Time-stamped %1 by %2 (RFC 3161)</source>
        <translation>Horodaté le %1 par %2 (RFC 3161)</translation>
    </message>
    <message>
        <source>export needs --out FILE.zip</source>
        <translation>export demande --out FICHIER.zip</translation>
    </message>
    <message>
        <source>%1: package %2, %3 files, %4 bytes, written and read back: it verifies.</source>
        <translation>%1 : paquet %2, %3 fichiers, %4 octets, écrit et relu : il se vérifie.</translation>
    </message>
    <message>
        <source>Cannot read the certificate file %1.</source>
        <translation>Impossible de lire le fichier de certificat %1.</translation>
    </message>
    <message>
        <source>Time-stamp authority: %1</source>
        <translation>Autorité d&apos;horodatage : %1</translation>
    </message>
    <message>
        <source>The TSA address must be an http:// or https:// URL.</source>
        <translation>L&apos;adresse de la TSA doit être une URL http:// ou https://.</translation>
    </message>
    <message>
        <source>tsa URL needs --ca PEM: the CA that issues the TSA&apos;s certificate</source>
        <translation>tsa URL demande --ca PEM : l&apos;AC qui émet le certificat de la TSA</translation>
    </message>
    <message>
        <source>store-sim needs --out DIR and --recipient FILE</source>
        <translation>store-sim demande --out DIR et --recipient FICHIER</translation>
    </message>
    <message>
        <source>--stores, --incidents, --clip-seconds and --seed take numbers</source>
        <translation>--stores, --incidents, --clip-seconds et --seed attendent des nombres</translation>
    </message>
    <message>
        <source>--day takes a date like 2026-03-14</source>
        <translation>--day attend une date comme 2026-03-14</translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT</source>
        <translation>--size attend LARGEURxHAUTEUR</translation>
    </message>
    <message>
        <source>%1 stores, %2 incidents, %3 clips (%4 MB encrypted)</source>
        <translation>%1 magasins, %2 incidents, %3 clips (%4 Mo chiffrés)</translation>
    </message>
    <message>
        <source>%1 is too large for a certificate or key.</source>
        <translation>%1 est trop gros pour un certificat ou une clé.</translation>
    </message>
    <message>
        <source>store add needs exactly one of --path DIR or --url URL</source>
        <translation>store add demande exactement l&apos;un de --path DIR ou --url URL</translation>
    </message>
    <message>
        <source>--cert and --key go together</source>
        <translation>--cert et --key vont ensemble</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>%1: %2 new incidents, %3 new clips (%4 MB), %5 duplicates, %6 POS journals, %7 quarantined%8</source>
        <translation>%1 : %2 nouveaux incidents, %3 nouveaux clips (%4 Mo), %5 doublons, %6 journaux de caisse, %7 en quarantaine%8</translation>
    </message>
    <message>
        <source>; stopped: %1</source>
        <translation> ; arrêté : %1</translation>
    </message>
    <message>
        <source>POS: %1 journals imported, %2 transactions</source>
        <translation>Caisse : %1 journaux importés, %2 transactions</translation>
    </message>
    <message>
        <source>lpdesk-cli: POS journal not imported: %1</source>
        <translation>lpdesk-cli : journal de caisse non importé : %1</translation>
    </message>
    <message>
        <source>lpdesk-cli: %1 items were quarantined; see &apos;lpdesk-cli quarantine list&apos;.</source>
        <translation>lpdesk-cli : %1 éléments ont été mis en quarantaine ; voir &apos;lpdesk-cli quarantine list&apos;.</translation>
    </message>
    <message>
        <source>--severity takes 1 to 5</source>
        <translation>--severity attend 1 à 5</translation>
    </message>
    <message>
        <source>--%1 takes a date (2026-03-14) or an RFC 3339 time</source>
        <translation>--%1 attend une date (2026-03-14) ou une heure RFC 3339</translation>
    </message>
    <message>
        <source>  (unread)</source>
        <translation>  (non lu)</translation>
    </message>
    <message>
        <source>--sort is one of priority, newest, oldest, severity, store, type</source>
        <translation>--sort vaut priority, newest, oldest, severity, store ou type</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Incident %1</translation>
    </message>
    <message>
        <source>  store     %1 (%2)</source>
        <translation>  magasin   %1 (%2)</translation>
    </message>
    <message>
        <source>  type      %1, severity %2, trigger %3</source>
        <translation>  type      %1, gravité %2, alerte %3</translation>
    </message>
    <message>
        <source>  detected  %1</source>
        <translation>  détecté   %1</translation>
    </message>
    <message>
        <source>            %1 UTC</source>
        <translation>            %1 UTC</translation>
    </message>
    <message>
        <source>  location  %1%2%3</source>
        <translation>  lieu      %1%2%3</translation>
    </message>
    <message>
        <source>, register %1</source>
        <translation>, caisse %1</translation>
    </message>
    <message>
        <source>, camera %1</source>
        <translation>, caméra %1</translation>
    </message>
    <message>
        <source>  narrative %1</source>
        <translation>  récit     %1</translation>
    </message>
    <message>
        <source>  suspect   %1: %2, %3, %4, %5; %6; %7</source>
        <translation>  suspect   %1 : %2, %3, %4, %5 ; %6 ; %7</translation>
    </message>
    <message>
        <source>  clip      %1  %2  %3 s  %4x%5  sha256 %6</source>
        <translation>  clip      %1  %2  %3 s  %4x%5  sha256 %6</translation>
    </message>
    <message>
        <source>  missing   %1 clip(s) were quarantined</source>
        <translation>  manquant  %1 clip(s) mis en quarantaine</translation>
    </message>
    <message>
        <source>  POS       register %1, transaction %2, %3</source>
        <translation>  caisse    caisse %1, transaction %2, %3</translation>
    </message>
    <message>
        <source>  statement %1  case %2  %3: %4</source>
        <translation>  déclaration %1  dossier %2  %3 : %4</translation>
    </message>
    <message>
        <source>stores with last pull, cursor and last error</source>
        <translation>magasins avec dernière récupération, curseur et dernière erreur</translation>
    </message>
    <message>
        <source>what pulls refused, and why</source>
        <translation>ce que les récupérations ont refusé, et pourquoi</translation>
    </message>
    <message>
        <source>write one realistic store drop per store under DIR/&lt;store-id&gt;/ (no database needed)</source>
        <translation>écrire un dépôt réaliste par magasin sous DIR/&lt;id-magasin&gt;/ (sans base de données)</translation>
    </message>
    <message>
        <source>unlock once, then run one command per line of standard input (with --json: one JSON result per line)</source>
        <translation>déverrouiller une fois, puis exécuter une commande par ligne de l&apos;entrée standard (avec --json : un résultat JSON par ligne)</translation>
    </message>
    <message>
        <source>unterminated single quote</source>
        <translation>apostrophe non fermée</translation>
    </message>
    <message>
        <source>unterminated double quote</source>
        <translation>guillemet double non fermé</translation>
    </message>
    <message>
        <source>a shell cannot start another shell</source>
        <translation>un shell ne peut pas en lancer un autre</translation>
    </message>
    <message>
        <source>--idle-timeout takes seconds from 0 (never) to 86400</source>
        <translation>--idle-timeout attend des secondes de 0 (jamais) à 86400</translation>
    </message>
    <message>
        <source>Cannot read the script %1: %2</source>
        <translation>Impossible de lire le script %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read the commands: %1</source>
        <translation>Impossible de lire les commandes : %1</translation>
    </message>
    <message>
        <source>No command for %1 s: the database is locked and the shell ends.</source>
        <translation>Aucune commande depuis %1 s : la base de données est verrouillée et le shell se termine.</translation>
    </message>
    <message>
        <source>line %1 is longer than %2 bytes</source>
        <translation>la ligne %1 dépasse %2 octets</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>line %1: --db, --user and --passphrase-file are set once, when the shell starts</source>
        <translation>ligne %1 : --db, --user et --passphrase-file sont définis une seule fois, au démarrage du shell</translation>
    </message>
    <message>
        <source>warning: add &quot;until_end&quot;: true to a region that must stay to the end of the clip; this warning is kept in the redaction log.</source>
        <translation>avertissement : ajoutez &quot;until_end&quot;: true à une zone qui doit rester jusqu&apos;à la fin du clip ; cet avertissement est conservé dans le journal de floutage.</translation>
    </message>
    <message>
        <source>--style is blur, pixelate or fill</source>
        <translation>--style vaut blur, pixelate ou fill</translation>
    </message>
    <message>
        <source>%1: %2, %3–%4 s, %5 keyframes</source>
        <translation>%1 : %2, %3–%4 s, %5 images clés</translation>
    </message>
    <message numerus="yes">
        <source>%n suggested region(s) written to %1; review them, then render with &apos;lpdesk-cli redact MEDIA --plan %1&apos;.</source>
        <translation>
            <numerusform>%n zone suggérée écrite dans %1 ; vérifiez-la, puis appliquez-la avec &apos;lpdesk-cli redact MÉDIA --plan %1&apos;.</numerusform>
            <numerusform>%n zones suggérées écrites dans %1 ; vérifiez-les, puis appliquez-les avec &apos;lpdesk-cli redact MÉDIA --plan %1&apos;.</numerusform>
        </translation>
    </message>
    <message>
        <source>redact suggest needs --out PLAN.json</source>
        <translation>redact suggest demande --out PLAN.json</translation>
    </message>
    <message>
        <source>--detect takes faces, people and plates (comma-separated), not &apos;%1&apos;</source>
        <translation>--detect attend faces, people et plates (séparés par des virgules), pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>detecting… %1%</source>
        <translation>détection… %1%</translation>
    </message>
    <message>
        <source>--box takes SECONDS,X,Y,WIDTH,HEIGHT (pixels of the frame shown at SECONDS)</source>
        <translation>--box attend SECONDES,X,Y,LARGEUR,HAUTEUR (pixels de l&apos;image affichée à SECONDES)</translation>
    </message>
    <message>
        <source>redact track needs --out PLAN.json</source>
        <translation>redact track demande --out PLAN.json</translation>
    </message>
    <message>
        <source>  kinds: %1</source>
        <translation>  types : %1</translation>
    </message>
    <message numerus="yes">
        <source>  %n already imported from an overlapping journal (skipped)</source>
        <translation>
            <numerusform>  %n déjà importée depuis un journal qui se chevauche (ignorée)</numerusform>
            <numerusform>  %n déjà importées depuis un journal qui se chevauche (ignorées)</numerusform>
        </translation>
    </message>
    <message>
        <source>  note: %1</source>
        <translation>  note : %1</translation>
    </message>
    <message>
        <source>media import needs --case CASE or --incident ID (one of them)</source>
        <translation>media import demande --case DOSSIER ou --incident ID (l&apos;un des deux)</translation>
    </message>
    <message>
        <source>media import needs --source TEXT: where the files came from</source>
        <translation>media import demande --source TEXTE : la provenance des fichiers</translation>
    </message>
    <message>
        <source>--start takes an RFC 3339 time with an offset, e.g. 2026-03-14T14:02:11-05:00</source>
        <translation>--start attend une heure RFC 3339 avec décalage, p. ex. 2026-03-14T14:02:11-05:00</translation>
    </message>
    <message>
        <source>--offset takes seconds (the recorder&apos;s clock minus true time)</source>
        <translation>--offset attend des secondes (l&apos;horloge de l&apos;enregistreur moins l&apos;heure réelle)</translation>
    </message>
    <message>
        <source>--fps takes a frame rate, e.g. 25 or 29.97</source>
        <translation>--fps attend une fréquence d&apos;images, p. ex. 25 ou 29.97</translation>
    </message>
    <message>
        <source>%1… %2%</source>
        <translation>%1… %2%</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: %2 %3, SHA-256 %4%5</source>
        <translation>%1 : %2 %3, SHA-256 %4%5</translation>
    </message>
    <message>
        <source>--%1 takes a date (YYYY-MM-DD) or an RFC 3339 time</source>
        <translation>--%1 attend une date (AAAA-MM-JJ) ou une heure RFC 3339</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>EN RETARD</translation>
    </message>
    <message>
        <source>EXIGENT: legal sign-off pending</source>
        <translation>URGENCE : validation juridique en attente</translation>
    </message>
    <message>
        <source>fulfilled</source>
        <translation>traitée</translation>
    </message>
    <message>
        <source>  officer: %1</source>
        <translation>  agent : %1</translation>
    </message>
    <message>
        <source>  received: %1</source>
        <translation>  reçue : %1</translation>
    </message>
    <message>
        <source>  legal basis: %1</source>
        <translation>  base légale : %1</translation>
    </message>
    <message>
        <source>  asks %1: %2</source>
        <translation>  demande %1 : %2</translation>
    </message>
    <message>
        <source>  cases: %1</source>
        <translation>  dossiers : %1</translation>
    </message>
    <message>
        <source>  releases: %1 (fulfilled by: %2)</source>
        <translation>  remises : %1 (traitée par : %2)</translation>
    </message>
    <message>
        <source>  document %1  %2  %3 bytes  sha256 %4</source>
        <translation>  document %1  %2  %3 octets  sha256 %4</translation>
    </message>
    <message>
        <source>  legal sign-off due by %1</source>
        <translation>  validation juridique attendue avant le %1</translation>
    </message>
    <message>
        <source>  closed by %1 at %2: %3</source>
        <translation>  clôturée par %1 le %2 : %3</translation>
    </message>
    <message>
        <source>followup add needs --kind K and --at T</source>
        <translation>followup add demande --kind K et --at T</translation>
    </message>
    <message>
        <source>--amount takes a number</source>
        <translation>--amount attend un nombre</translation>
    </message>
    <message>
        <source>police requests, overdue and unsigned exigent ones flagged</source>
        <translation>réquisitions ; celles en retard et celles en urgence non validées sont signalées</translation>
    </message>
    <message>
        <source>one police request with its cases, releases and documents</source>
        <translation>une réquisition avec ses dossiers, remises et documents</translation>
    </message>
    <message>
        <source>police follow-up of a case</source>
        <translation>suivi policier d&apos;un dossier</translation>
    </message>
    <message>
        <source>%1  incidents %2  cases %3  MTTR median %4 p90 %5  complete %6  follow-up %7  closed %8  repeat %9</source>
        <translation>%1  incidents %2  dossiers %3  MTTR médiane %4 p90 %5  complets %6  suivi %7  clôturés %8  récurrents %9</translation>
    </message>
    <message>
        <source>--%1 takes a date, YYYY-MM-DD (the store&apos;s local date)</source>
        <translation>--%1 attend une date, AAAA-MM-JJ (date locale du magasin)</translation>
    </message>
    <message>
        <source>give --store or --region, not both</source>
        <translation>indiquez --store ou --region, pas les deux</translation>
    </message>
    <message>
        <source>all</source>
        <translation>total</translation>
    </message>
    <message>
        <source>outcomes: %1 arrests, %2 charged, %3 recoveries (%4), %5 closed by police</source>
        <translation>résultats : %1 interpellations, %2 mises en cause, %3 restitutions (%4), %5 classés par la police</translation>
    </message>
    <message>
        <source>a legal hold and its lifting need --reason T</source>
        <translation>un gel juridique et sa levée demandent --reason T</translation>
    </message>
    <message>
        <source>  (lifted by %1 at %2: %3)</source>
        <translation>  (levé par %1 le %2 : %3)</translation>
    </message>
    <message>
        <source>DAYS is a whole number of days</source>
        <translation>JOURS est un nombre entier de jours</translation>
    </message>
    <message>
        <source>No retention rules: nothing is ever purged.</source>
        <translation>Aucune règle de conservation : rien n&apos;est jamais purgé.</translation>
    </message>
    <message>
        <source>%1 %2: %3 days from the %4 (set by %5 at %6)</source>
        <translation>%1 %2 : %3 jours (depuis : %4 ; défini par %5 le %6)</translation>
    </message>
    <message>
        <source>case&apos;s closure</source>
        <translation>clôture du dossier</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>incident</translation>
    </message>
    <message>
        <source>purged %1 of %2</source>
        <translation>purgés : %1 sur %2</translation>
    </message>
    <message>
        <source>would be purged</source>
        <translation>serait purgé</translation>
    </message>
    <message>
        <source>purged</source>
        <translation>purgé</translation>
    </message>
    <message>
        <source>kept: %1</source>
        <translation>conservé : %1</translation>
    </message>
    <message>
        <source>%1 items (%2 bytes) would be purged; %3 expired items are kept.</source>
        <translation>%1 éléments (%2 octets) seraient purgés ; %3 éléments expirés sont conservés.</translation>
    </message>
    <message>
        <source>%1 items purged; %2 expired items are kept.</source>
        <translation>%1 éléments purgés ; %2 éléments expirés sont conservés.</translation>
    </message>
    <message>
        <source>program KPIs: MTTR (median, p90), evidence completeness, follow-up, closure and repeat rates, outcomes (store-local dates)</source>
        <translation>KPI du programme : MTTR (médiane, p90), complétude des preuves, taux de suivi, de clôture et de récidive, résultats (dates locales des magasins)</translation>
    </message>
    <message>
        <source>legal holds in force (--all: lifted ones too)</source>
        <translation>gels juridiques en vigueur (--all : y compris ceux qui sont levés)</translation>
    </message>
    <message>
        <source>retention rules</source>
        <translation>règles de conservation</translation>
    </message>
    <message>
        <source>--codec takes h264 or h265</source>
        <translation>--codec attend h264 ou h265</translation>
    </message>
    <message>
        <source>--bframes takes a number from 0 to 16</source>
        <translation>--bframes attend un nombre de 0 à 16</translation>
    </message>
    <message>
        <source>warning: police request %1 (%2, %3 %4) was due %5</source>
        <translation>avertissement : la réquisition %1 (%2, %3 %4) était due le %5</translation>
    </message>
    <message>
        <source>needs no case database</source>
        <translation>ne nécessite pas de base de données des dossiers</translation>
    </message>
    <message>
        <source>commands missing from the permission map</source>
        <translation>commandes absentes de la table des autorisations</translation>
    </message>
    <message>
        <source>the permission table: each action, the roles that may do it, its commands</source>
        <translation>la table des autorisations : chaque action, les rôles qui peuvent l&apos;effectuer, ses commandes</translation>
    </message>
    <message>
        <source>New recipient key %1 written to %2. Give this file to every store (its edge box or `store-sim --recipient`): until a store has it, what it sends stays readable with the retired key. Files already here are encrypted to a retired key until `lpdesk-cli db reencrypt` has run (`db reencrypt --list` names them).</source>
        <translation>Nouvelle clé de destinataire %1 écrite dans %2. Remettez ce fichier à chaque magasin (son boîtier local ou `store-sim --recipient`) : tant qu’un magasin ne l’a pas, ce qu’il envoie reste lisible avec la clé retirée. Les fichiers déjà présents restent chiffrés avec une clé retirée jusqu’à l’exécution de `lpdesk-cli db reencrypt` (`db reencrypt --list` les nomme).</translation>
    </message>
    <message>
        <source>--recipient-out goes with --rekey</source>
        <translation>--recipient-out s’utilise avec --rekey</translation>
    </message>
    <message>
        <source>%1&apos;s certificate is revoked (the revocation list goes into every package as crl.pem).</source>
        <translation>Le certificat de %1 est révoqué (la liste de révocation figure dans chaque paquet sous le nom crl.pem).</translation>
    </message>
    <message>
        <source>Rotating the master key and the recipient key so that nothing the removed user held opens the database or what is pulled from now on...</source>
        <translation>Rotation de la clé maîtresse et de la clé de destinataire, pour que rien de ce que détenait l’utilisateur supprimé n’ouvre la base de données ni ce qui sera récupéré désormais...</translation>
    </message>
    <message>
        <source>re-encrypting %1 of %2</source>
        <translation>rechiffrement %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) re-encrypted to the current recipient key; %1 retired key(s) forgotten.</source>
        <translation>
            <numerusform>%n fichier rechiffré avec la clé de destinataire actuelle ; %1 clé(s) retirée(s) oubliée(s).</numerusform>
            <numerusform>%n fichiers rechiffrés avec la clé de destinataire actuelle ; %1 clé(s) retirée(s) oubliée(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no revocation list yet; an administrator signs in once to make it.</source>
        <translation>Il n’y a pas encore de liste de révocation ; un administrateur se connecte une fois pour la créer.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Anchor %1 written to %2: the audit chain at event %3 and %4 custody chains, signed by %5.</source>
        <translation>Ancre %1 écrite dans %2 : la chaîne d’audit à l’événement %3 et %4 chaînes de traçabilité, signée par %5.</translation>
    </message>
    <message>
        <source>Not time-stamped: %1</source>
        <translation>Non horodaté : %1</translation>
    </message>
    <message>
        <source>Time-stamped by the configured time-stamp authority (RFC 3161).</source>
        <translation>Horodaté par l’autorité d’horodatage configurée (RFC 3161).</translation>
    </message>
    <message>
        <source>anchor the heads of the audit and custody chains in &lt;db&gt;.anchors (signed by you, time-stamped by the TSA); --export writes anchor.json, .p7s and .tsr</source>
        <translation>ancrer les têtes des chaînes d’audit et de traçabilité dans &lt;db&gt;.anchors (signé par vous, horodaté par la TSA) ; --export écrit anchor.json, .p7s et .tsr</translation>
    </message>
    <message>
        <source>write the organisation CA&apos;s certificate revocation list (crl.pem)</source>
        <translation>écrit la liste de révocation des certificats de l’AC de l’organisation (crl.pem)</translation>
    </message>
    <message>
        <source>Package password (shown once; hand it over separately, never with the package): %1</source>
        <translation>Mot de passe du paquet (affiché une seule fois ; remettez-le séparément, jamais avec le paquet) : %1</translation>
    </message>
    <message>
        <source>No time-stamp authority: packages, anchors and approvals carry no RFC 3161 token.</source>
        <translation>Aucune autorité d’horodatage : les paquets, les ancrages et les approbations ne portent aucun jeton RFC 3161.</translation>
    </message>
    <message>
        <source>Time-stamp authority: %1 (settings signed by %2)</source>
        <translation>Autorité d’horodatage : %1 (paramètres signés par %2)</translation>
    </message>
    <message>
        <source>Nothing waits for you.</source>
        <translation>Rien ne vous attend.</translation>
    </message>
    <message>
        <source>Notifications: %1 unseen</source>
        <translation>Notifications : %1 non vues</translation>
    </message>
    <message>
        <source>what waits for you (open cases, release requests, decisions to make, exigent sign-offs, overdue police requests) and your notifications; --mark-seen marks them seen</source>
        <translation>ce qui vous attend (dossiers ouverts, demandes de remise, décisions à prendre, validations en urgence, réquisitions en retard) et vos notifications ; --mark-seen les marque comme vues</translation>
    </message>
    <message>
        <source>--min-length takes a number of characters</source>
        <translation>--min-length attend un nombre de caractères</translation>
    </message>
    <message>
        <source>--format must be pdf</source>
        <translation>--format doit être pdf</translation>
    </message>
    <message>
        <source>%1 audit event(s) written to %2</source>
        <translation>%1 événement(s) d’audit écrits dans %2</translation>
    </message>
    <message>
        <source>--window takes 1–86400 seconds</source>
        <translation>--window prend de 1 à 86400 secondes</translation>
    </message>
    <message>
        <source>  (linked)</source>
        <translation>  (liée)</translation>
    </message>
    <message>
        <source>every transaction of the incidents&apos; stores within ±S seconds (default 1800) of an incident of the case, linked or not: what to link by hand</source>
        <translation>toutes les transactions des magasins des incidents à ±S secondes (1800 par défaut) d’un incident du dossier, liées ou non : ce qu’on peut lier à la main</translation>
    </message>
    <message numerus="yes">
        <source>%n revocation(s) the audit log records were missing from the revocation list; it is issued again with them.</source>
        <translation>
            <numerusform>%n révocation enregistrée dans le journal d’audit manquait à la liste de révocation ; elle est émise de nouveau avec celle-ci.</numerusform>
            <numerusform>%n révocations enregistrées dans le journal d’audit manquaient à la liste de révocation ; elle est émise de nouveau avec celles-ci.</numerusform>
        </translation>
    </message>
    <message>
        <source>hint: give --ca FILE (the CA certificate the sender gave you) to check who made it.</source>
        <translation>conseil : indiquez --ca FILE (le certificat d’AC que l’expéditeur vous a remis) pour vérifier qui l’a fait.</translation>
    </message>
    <message>
        <source>hint: give --tsa-ca FILE (the time-stamp authority&apos;s certificate) to let the time-stamp decide against revocations.</source>
        <translation>conseil : indiquez --tsa-ca FILE (le certificat de l’autorité d’horodatage) pour que l’horodatage tranche face aux révocations.</translation>
    </message>
    <message>
        <source>The revocation list already holds every revocation the audit log records, and its number (%1) is the highest issued.</source>
        <translation>La liste de révocation contient déjà toutes les révocations que le journal d&apos;audit indique, et son numéro (%1) est le plus élevé émis.</translation>
    </message>
    <message>
        <source>The revocation list is now number %1 (the one in the database was number %2; the highest the audit log records, %3).</source>
        <translation>La liste de révocation porte maintenant le numéro %1 (celle de la base de données portait le numéro %2 ; la plus élevée que le journal d&apos;audit indique, le %3).</translation>
    </message>
    <message>
        <source>Complete (checklist for %1)</source>
        <translation>Complet (liste de contrôle pour %1)</translation>
    </message>
    <message>
        <source>Not complete yet (checklist for %1)</source>
        <translation>Pas encore complet (liste de contrôle pour %1)</translation>
    </message>
    <message>
        <source> (not needed: no incident names a register)</source>
        <translation> (inutile : aucun incident n&apos;indique de caisse)</translation>
    </message>
    <message>
        <source>%1 — %2 (built in)</source>
        <translation>%1 — %2 (intégrée)</translation>
    </message>
    <message>
        <source>%1 — %2 (version %3, published by %4 at %5)</source>
        <translation>%1 — %2 (version %3, publiée par %4 le %5)</translation>
    </message>
    <message>
        <source>Immediate actions: %1</source>
        <translation>Actions immédiates : %1</translation>
    </message>
    <message>
        <source>Reporting: %1</source>
        <translation>Signalement : %1</translation>
    </message>
    <message>
        <source>Evidence to preserve: %1</source>
        <translation>Preuves à conserver : %1</translation>
    </message>
    <message>
        <source>--version takes a version number (0: the built-in procedure)</source>
        <translation>--version attend un numéro de version (0 : la procédure intégrée)</translation>
    </message>
    <message>
        <source>%1  %2  built in</source>
        <translation>%1  %2  intégrée</translation>
    </message>
    <message>
        <source>%1  %2  version %3 (%4, %5)</source>
        <translation>%1  %2  version %3 (%4, %5)</translation>
    </message>
    <message>
        <source>sop publish needs --file F.json with title, immediate, reporting and preserve</source>
        <translation>sop publish attend --file F.json avec title, immediate, reporting et preserve</translation>
    </message>
    <message>
        <source>%1 is too large for a procedure</source>
        <translation>%1 est trop volumineux pour une procédure</translation>
    </message>
    <message>
        <source>%1 must be a JSON object with the strings title, immediate, reporting and preserve, and nothing else</source>
        <translation>%1 doit être un objet JSON avec les chaînes title, immediate, reporting et preserve, et rien d&apos;autre</translation>
    </message>
    <message>
        <source>Published version %1 of the procedure for %2</source>
        <translation>Version %1 de la procédure pour %2 publiée</translation>
    </message>
    <message>
        <source>the procedure (SOP) in force for each incident type</source>
        <translation>la procédure (SOP) en vigueur pour chaque type d&apos;incident</translation>
    </message>
    <message>
        <source>a procedure: immediate actions, reporting steps, evidence to preserve</source>
        <translation>une procédure : actions immédiates, étapes de signalement, preuves à conserver</translation>
    </message>
    <message>
        <source>every published version of a procedure, newest first</source>
        <translation>toutes les versions publiées d&apos;une procédure, de la plus récente à la plus ancienne</translation>
    </message>
    <message>
        <source>--history takes a number of days up to %1</source>
        <translation>--history attend un nombre de jours jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>%1  %2  version %3 REFUSED: %4</source>
        <translation>%1  %2  version %3 REFUSÉE : %4</translation>
    </message>
    <message>
        <source>le-request add needs --kind K (or --template NAME) and --agency A</source>
        <translation>le-request add attend --kind K (ou --template NOM) et --agency A</translation>
    </message>
    <message>
        <source>  recorded from template %1, version %2</source>
        <translation>  enregistrée à partir du modèle %1, version %2</translation>
    </message>
    <message>
        <source>%1 — %2 (%3, built in)</source>
        <translation>%1 — %2 (%3, intégré)</translation>
    </message>
    <message>
        <source>%1 — %2 (%3, version %4, published by %5 at %6)</source>
        <translation>%1 — %2 (%3, version %4, publiée par %5 le %6)</translation>
    </message>
    <message numerus="yes">
        <source>Due: %n day(s) after it is received</source>
        <translation>
            <numerusform>Échéance : %n jour après réception</numerusform>
            <numerusform>Échéance : %n jours après réception</numerusform>
        </translation>
    </message>
    <message>
        <source>Due: no default due date</source>
        <translation>Échéance : pas d&apos;échéance par défaut</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>Base légale : %1</translation>
    </message>
    <message>
        <source>What is asked: %1</source>
        <translation>Objet de la demande : %1</translation>
    </message>
    <message>
        <source>Letter:</source>
        <translation>Lettre :</translation>
    </message>
    <message>
        <source>%1  %2  %3  built in</source>
        <translation>%1  %2  %3  intégré</translation>
    </message>
    <message>
        <source>%1  %2  %3  version %4 (%5, %6)</source>
        <translation>%1  %2  %3  version %4 (%5, %6)</translation>
    </message>
    <message>
        <source>--version takes a version number (0: the built-in template)</source>
        <translation>--version attend un numéro de version (0 : le modèle intégré)</translation>
    </message>
    <message>
        <source>le-request template set needs --file F.json with kind, title, due_days, legal_basis, asked and letter</source>
        <translation>le-request template set attend --file F.json avec kind, title, due_days, legal_basis, asked et letter</translation>
    </message>
    <message>
        <source>%1 is too large for a request template</source>
        <translation>%1 est trop volumineux pour un modèle de réquisition</translation>
    </message>
    <message>
        <source>%1 must be a JSON object with the strings kind, title, legal_basis, asked and letter and the whole number due_days, and nothing else</source>
        <translation>%1 doit être un objet JSON avec les chaînes kind, title, legal_basis, asked et letter et le nombre entier due_days, et rien d&apos;autre</translation>
    </message>
    <message>
        <source>Published version %1 of the request template %2</source>
        <translation>Version %1 du modèle de réquisition %2 publiée</translation>
    </message>
    <message>
        <source>request templates: per kind a due period, legal basis, what is asked and a letter</source>
        <translation>modèles de réquisition : par type, un délai, une base légale, l&apos;objet de la demande et une lettre</translation>
    </message>
    <message>
        <source>every published version of a request template</source>
        <translation>toutes les versions publiées d&apos;un modèle de réquisition</translation>
    </message>
    <message>
        <source>one request template with its letter</source>
        <translation>un modèle de réquisition avec sa lettre</translation>
    </message>
    <message>
        <source>Procedure in force when the case was opened (%1): %2 (built in)</source>
        <translation>Procédure en vigueur à l&apos;ouverture du dossier (%1) : %2 (intégrée)</translation>
    </message>
    <message>
        <source>Procedure in force when the case was opened (%1): %2 (%3 version %4)</source>
        <translation>Procédure en vigueur à l&apos;ouverture du dossier (%1) : %2 (%3, version %4)</translation>
    </message>
    <message>
        <source>Procedure refused: %1</source>
        <translation>Procédure refusée : %1</translation>
    </message>
    <message>
        <source>A newer procedure is in force now: %1 (built in)</source>
        <translation>Une procédure plus récente est désormais en vigueur : %1 (intégrée)</translation>
    </message>
    <message>
        <source>A newer procedure is in force now: %1 (%2 version %3, published by %4 at %5)</source>
        <translation>Une procédure plus récente est désormais en vigueur : %1 (%2, version %3, publiée par %4 le %5)</translation>
    </message>
    <message>
        <source>a general procedure would replace the built-in procedures of %1 (they have none of their own); publish theirs first, or give --replace-built-ins</source>
        <translation>une procédure générale remplacerait les procédures intégrées de %1 (ces types n&apos;en ont pas de propre) ; il faut d&apos;abord publier les leurs, ou indiquer --replace-built-ins</translation>
    </message>
    <message>
        <source>warning: the general procedure now replaces the built-in procedures of %1</source>
        <translation>avertissement : la procédure générale remplace désormais les procédures intégrées de %1</translation>
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
        <translation>indiquez le SHA-256 du certificat d&apos;AC de l&apos;organisation (64 chiffres hexadécimaux)</translation>
    </message>
    <message>
        <source>Organisation CA certificate %1 confirmed; your key slot is pinned to it.</source>
        <translation>Certificat d&apos;AC de l&apos;organisation %1 confirmé ; votre emplacement de clé y est épinglé.</translation>
    </message>
    <message>
        <source>key confirm-ca runs on its own, not in a shell</source>
        <translation>key confirm-ca s&apos;exécute seul, pas dans un shell</translation>
    </message>
    <message>
        <source>agency add %1</source>
        <translation>agency add %1</translation>
    </message>
    <message>
        <source>agency %1</source>
        <translation>organisme %1</translation>
    </message>
    <message>
        <source>  system CAs (not pinned)</source>
        <translation>  AC du système (non épinglées)</translation>
    </message>
    <message>
        <source>  no CA (refused)</source>
        <translation>  aucune AC (connexion refusée)</translation>
    </message>
    <message>
        <source>media export needs --out FILE: where the copy goes (a new file)</source>
        <translation>media export demande --out FILE : où va la copie (un nouveau fichier)</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Version %1 of the template %2 is REFUSED (%3); version %4 is used instead.</source>
        <translation>La version %1 du modèle %2 est REFUSÉE (%3) ; la version %4 est utilisée à sa place.</translation>
    </message>
    <message>
        <source>Version %1 REFUSED: %2 Shown instead:</source>
        <translation>Version %1 REFUSÉE : %2 Affichage à la place :</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4 stands in; version %5 REFUSED: %6</source>
        <translation>%1  %2  %3  %4 prend le relais ; version %5 REFUSÉE : %6</translation>
    </message>
    <message>
        <source>the built-in template</source>
        <translation>le modèle intégré</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>la version %1</translation>
    </message>
    <message>
        <source>--mode is smart or full</source>
        <translation>--mode vaut smart ou full</translation>
    </message>
    <message>
        <source>store add %1</source>
        <translation>store add %1</translation>
    </message>
    <message>
        <source>store %1</source>
        <translation>magasin %1</translation>
    </message>
    <message>
        <source>%1&apos;s legal role waits for another administrator: lpdesk-cli user confirm-role %1</source>
        <translation>Le rôle de service juridique de %1 attend un autre administrateur : lpdesk-cli user confirm-role %1</translation>
    </message>
    <message>
        <source>  (legal grant by %1 awaits a second administrator)</source>
        <translation>  (rôle de service juridique attribué par %1, en attente d&apos;un second administrateur)</translation>
    </message>
    <message>
        <source>%1&apos;s legal role is confirmed.</source>
        <translation>Le rôle de service juridique de %1 est confirmé.</translation>
    </message>
    <message>
        <source>--legal-needs-second-admin takes on or off</source>
        <translation>--legal-needs-second-admin prend on ou off</translation>
    </message>
    <message>
        <source>Granting the legal role needs a second administrator to confirm it.</source>
        <translation>L&apos;attribution du rôle de service juridique doit être confirmée par un second administrateur.</translation>
    </message>
    <message>
        <source>Granting the legal role needs no second administrator.</source>
        <translation>L&apos;attribution du rôle de service juridique ne demande pas de second administrateur.</translation>
    </message>
    <message>
        <source>the passphrase policy; --min-length (admin) raises the minimum length (8 to 64); --legal-needs-second-admin (admin) makes a grant of legal wait for a second administrator</source>
        <translation>la politique des phrases secrètes ; --min-length (admin) relève la longueur minimale (8 à 64) ; --legal-needs-second-admin (admin) fait attendre l&apos;attribution du rôle legal jusqu&apos;à un second administrateur</translation>
    </message>
    <message>
        <source>incidents by type: %1</source>
        <translation>incidents par type : %1</translation>
    </message>
    <message>
        <source>incidents by trigger: %1</source>
        <translation>incidents par déclencheur : %1</translation>
    </message>
    <message>
        <source>medians from detection: to case %1, to legal&apos;s decision %2, to close %3</source>
        <translation>médianes depuis la détection : jusqu&apos;au dossier %1, jusqu&apos;à la décision du service juridique %2, jusqu&apos;à la clôture %3</translation>
    </message>
    <message>
        <source>top repeat stores (repeat incidents within 30 days): %1</source>
        <translation>magasins aux incidents les plus répétés (répétés sous 30 jours) : %1</translation>
    </message>
    <message>
        <source>(no procedure)</source>
        <translation>(aucune procédure)</translation>
    </message>
    <message>
        <source>%1  %2  version %3 stands in; version %4 REFUSED: %5</source>
        <translation>%1  %2  la version %3 prend le relais ; version %4 REFUSÉE : %5</translation>
    </message>
    <message>
        <source>settings idle-lock takes a whole number of minutes (%1 to %2)</source>
        <translation>settings idle-lock prend un nombre entier de minutes (%1 à %2)</translation>
    </message>
    <message numerus="yes">
        <source>Workstations lock after %n minute(s) without input</source>
        <translation>
            <numerusform>Les postes se verrouillent après %n minute sans activité</numerusform>
            <numerusform>Les postes se verrouillent après %n minutes sans activité</numerusform>
        </translation>
    </message>
    <message>
        <source>how long a workstation may be left without input before it locks itself (admin: MINUTES sets the organisation&apos;s limit, %1 to %2; a person may only choose shorter)</source>
        <translation>combien de temps un poste peut rester sans activité avant de se verrouiller de lui-même (admin : MINUTES fixe la limite de l&apos;organisation, de %1 à %2 ; chacun ne peut choisir qu&apos;une durée plus courte)</translation>
    </message>
    <message>
        <source>The organisation locks an idle session after %1 s: this shell locks then.</source>
        <translation>L&apos;organisation verrouille une session inactive après %1 s : ce shell se verrouillera alors.</translation>
    </message>
    <message>
        <source>%1 is evidence of several cases; say which with --case.</source>
        <translation>%1 est une preuve de plusieurs dossiers ; indiquez lequel avec --case.</translation>
    </message>
    <message>
        <source>The trim modes: --mode smart (frame-accurate), --mode copy (at keyframes) or --mode reencode.</source>
        <translation>Les modes de découpe : --mode smart (à l&apos;image près), --mode copy (aux images clés) ou --mode reencode.</translation>
    </message>
    <message>
        <source>The format is given with --format poslog, csv or json.</source>
        <translation>Le format s&apos;indique avec --format poslog, csv ou json.</translation>
    </message>
    <message>
        <source>The date order is given with --date-order mdy (month first) or --date-order dmy (day first).</source>
        <translation>L&apos;ordre de la date s&apos;indique avec --date-order mdy (le mois d&apos;abord) ou --date-order dmy (le jour d&apos;abord).</translation>
    </message>
    <message>
        <source>, working copy %1 (transcoded to H.264)</source>
        <translation>, copie de travail %1 (transcodée en H.264)</translation>
    </message>
    <message>
        <source>, working copy %1 (remuxed)</source>
        <translation>, copie de travail %1 (remultiplexée)</translation>
    </message>
    <message>
        <source>  recorded from %1 (%2)</source>
        <translation>  enregistrement depuis %1 (%2)</translation>
    </message>
    <message>
        <source>The legal basis is given with --basis.</source>
        <translation>La base légale s&apos;indique avec --basis.</translation>
    </message>
    <message>
        <source>%1 %2 total, median %3, cases %4</source>
        <translation>%1 %2 au total, médiane %3, dossiers %4</translation>
    </message>
    <message>
        <source>(no currency)</source>
        <translation>(sans devise)</translation>
    </message>
    <message>
        <source>loss from linked POS: %1</source>
        <translation>perte d&apos;après les transactions de caisse liées : %1</translation>
    </message>
    <message>
        <source>loss from linked POS, %1: %2</source>
        <translation>perte d&apos;après les transactions de caisse liées, %1 : %2</translation>
    </message>
    <message>
        <source>Could not read the agency&apos;s status of %1</source>
        <translation>Impossible de lire le statut indiqué par l&apos;organisme pour %1</translation>
    </message>
    <message>
        <source>%1 agency status(es) read; %2 follow-up(s) recorded.</source>
        <translation>%1 statut(s) d&apos;organisme lu(s) ; %2 suivi(s) consigné(s).</translation>
    </message>
    <message>
        <source>  POS ids %1</source>
        <translation>  id. en caisse %1</translation>
    </message>
    <message>
        <source>the ids the store&apos;s own POS system writes for it in its journals (NCR RetailStoreID, Futura BusinessUnit/UnitID): journals naming one import as the store&apos;s; adding and removing: admin</source>
        <translation>les id. que le système de caisse du magasin écrit pour lui dans ses journaux (NCR RetailStoreID, Futura BusinessUnit/UnitID) : les journaux qui en nomment un s&apos;importent comme ceux du magasin ; ajout et suppression : admin</translation>
    </message>
    <message numerus="yes">
        <source>%n police follow-up(s) recorded from the agencies&apos; status.</source>
        <translation>
            <numerusform>%n suivi policier enregistré d&apos;après l&apos;état donné par les organismes.</numerusform>
            <numerusform>%n suivis policiers enregistrés d&apos;après l&apos;état donné par les organismes.</numerusform>
        </translation>
    </message>
    <message>
        <source>settings followup-check takes a whole number of hours (0 to %1)</source>
        <translation>settings followup-check attend un nombre entier d&apos;heures (de 0 à %1)</translation>
    </message>
    <message>
        <source>outbox run asks the agencies for follow-up every time</source>
        <translation>outbox run demande le suivi aux organismes à chaque exécution</translation>
    </message>
    <message numerus="yes">
        <source>outbox run asks the agencies for follow-up when the last answer is over %n hour(s) old</source>
        <translation>
            <numerusform>outbox run demande le suivi aux organismes quand la dernière réponse date de plus de %n heure</numerusform>
            <numerusform>outbox run demande le suivi aux organismes quand la dernière réponse date de plus de %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>how long the agency&apos;s status of a delivered submission stays fresh before outbox run asks again for police follow-up (admin: HOURS sets it, 0 to %1; 0 asks every run; default %2)</source>
        <translation>combien de temps l&apos;état d&apos;un envoi remis reste à jour avant qu&apos;outbox run redemande le suivi policier (administrateur : HOURS le fixe, de 0 à %1 ; 0 demande à chaque exécution ; par défaut %2)</translation>
    </message>
    <message>
        <source>missing value for --%1</source>
        <translation>valeur manquante pour --%1</translation>
    </message>
    <message>
        <source>option --%1 takes no value</source>
        <translation>l&apos;option --%1 n&apos;accepte aucune valeur</translation>
    </message>
    <message>
        <source>The store is given with --store STORE.</source>
        <translation>Le magasin est indiqué avec --store STORE.</translation>
    </message>
    <message>
        <source>The store is given with --store STORE (--store %1 files the journal under the id it names), or an administrator adds the id to a store&apos;s POS store ids: lpdesk-cli store pos-id STORE --add %1.</source>
        <translation>Le magasin est indiqué avec --store STORE (--store %1 classe le journal sous l&apos;id. qu&apos;il indique), ou un administrateur ajoute l&apos;id. aux id. de magasin en caisse d&apos;un magasin : lpdesk-cli store pos-id STORE --add %1.</translation>
    </message>
    <message numerus="yes">
        <source>KPI rollups recomputed from the records; %n difference(s) put right.</source>
        <translation>
            <numerusform>Agrégats des KPI recalculés à partir des enregistrements ; %n écart corrigé.</numerusform>
            <numerusform>Agrégats des KPI recalculés à partir des enregistrements ; %n écarts corrigés.</numerusform>
        </translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complet</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>manquant : %1</translation>
    </message>
    <message>
        <source>at or above p90</source>
        <translation>au p90 ou au-delà</translation>
    </message>
    <message>
        <source>followed up</source>
        <translation>suivi</translation>
    </message>
    <message>
        <source>no follow-up within 30 days</source>
        <translation>sans suivi sous 30 jours</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clôturé</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>incident %1 repeats within 30 days</source>
        <translation>l&apos;incident %1 en répète un des 30 jours précédents</translation>
    </message>
    <message>
        <source>give --period or --from/--to, not both</source>
        <translation>indiquez --period ou --from/--to, pas les deux</translation>
    </message>
    <message>
        <source>--period takes a day, week, month or quarter: 2026-03-14, 2026-W11, 2026-03 or 2026-Q1</source>
        <translation>--period attend un jour, une semaine, un mois ou un trimestre : 2026-03-14, 2026-W11, 2026-03 ou 2026-Q1</translation>
    </message>
    <message>
        <source>%1%2: %3 (%4 of %5 counted)</source>
        <translation>%1%2 : %3 (%4 comptés sur %5)</translation>
    </message>
    <message>
        <source>the cases behind one KPI figure (of the whole filter, or of one --by group): times to report, missing checklist items, follow-up, closure; repeat: the repeat incidents</source>
        <translation>les dossiers à l&apos;origine d&apos;un chiffre de KPI (de tout le filtre ou d&apos;un groupe de --by) : délais avant plainte, éléments manquants de la liste de contrôle, suivi, clôture ; repeat : les incidents récurrents</translation>
    </message>
    <message>
        <source>--min-confidence, --min-plate-confidence, --every, --hold, --rescan, --tile-every and --padding take numbers</source>
        <translation>--min-confidence, --min-plate-confidence, --every, --hold, --rescan, --tile-every et --padding attendent des nombres</translation>
    </message>
    <message>
        <source>EXIGENT: legal sign-off overdue</source>
        <translation>URGENCE : validation juridique en retard</translation>
    </message>
    <message>
        <source>EXIGENT: signed off late</source>
        <translation>URGENCE : validée en retard</translation>
    </message>
    <message>
        <source>  signed off by %1 at %2%3</source>
        <translation>  validée par %1 le %2%3</translation>
    </message>
    <message>
        <source> (late: due by %1)</source>
        <translation> (en retard : échéance le %1)</translation>
    </message>
    <message>
        <source>settings exigent-signoff takes a whole number of hours (1 to %1)</source>
        <translation>settings exigent-signoff attend un nombre entier d&apos;heures (de 1 à %1)</translation>
    </message>
    <message numerus="yes">
        <source>Legal signs off an exigent disclosure within %n hour(s) of receiving the request</source>
        <translation>
            <numerusform>[N] Le service juridique valide une communication d&apos;urgence dans un délai de %n heure après réception de la réquisition</numerusform>
            <numerusform>[N] Le service juridique valide une communication d&apos;urgence dans un délai de %n heures après réception de la réquisition</numerusform>
        </translation>
    </message>
    <message>
        <source>how long after an exigent request is received legal&apos;s after-the-fact sign-off is due (admin: HOURS sets it for requests recorded from now on, 1 to %1; default %2)</source>
        <translation>délai après réception d&apos;une réquisition urgente dans lequel la validation juridique a posteriori est due (admin : HOURS le fixe pour les réquisitions enregistrées désormais, de 1 à %1 ; par défaut %2)</translation>
    </message>
    <message>
        <source>(no database)</source>
        <translation>(sans base de données)</translation>
    </message>
    <message>
        <source>(anyone)</source>
        <translation>(tout utilisateur)</translation>
    </message>
    <message>
        <source>permission-map entries that are no command</source>
        <translation>entrées de la table des autorisations qui ne correspondent à aucune commande</translation>
    </message>
    <message>
        <source>an agency profile: pinned CA (or, explicitly and not recommended, the system&apos;s CAs), authentication (secrets kept in the encrypted database), payload profile, size limit</source>
        <translation>un profil d&apos;organisme : AC épinglée (ou, explicitement et de façon déconseillée, les AC du système), authentification (secrets conservés dans la base de données chiffrée), profil des données, taille maximale</translation>
    </message>
    <message>
        <source>remove an agency profile</source>
        <translation>supprimer un profil d&apos;organisme</translation>
    </message>
    <message>
        <source>seal an approved release for the agency, put it in the outbox and deliver it (retrying while the wait is at most S seconds, default 60); prints the receipt</source>
        <translation>sceller une remise approuvée pour l&apos;organisme, la placer dans la boîte d&apos;envoi et la livrer (en réessayant tant que l&apos;attente ne dépasse pas S secondes, 60 par défaut) ; affiche l&apos;accusé de réception</translation>
    </message>
    <message>
        <source>deliver every submission that is due, resuming interrupted uploads; then ask the agencies for the status of delivered submissions not asked within the follow-up check interval (settings followup-check) and record their follow-ups</source>
        <translation>remet tous les envois dus en reprenant les téléversements interrompus ; puis demande aux organismes l&apos;état des envois remis qui n&apos;ont pas été consultés dans l&apos;intervalle de vérification du suivi (settings followup-check) et enregistre leurs suivis</translation>
    </message>
    <message>
        <source>ask the agencies for the status of delivered submissions and record what they report (case number, officer, arrest, charges, recovery, closure) as follow-ups of the case, each once</source>
        <translation>demander aux organismes le statut des envois livrés et consigner ce qu&apos;ils indiquent (numéro de dossier, agent, interpellation, mise en cause, restitution, classement) comme suivis du dossier, chacun une seule fois</translation>
    </message>
    <message>
        <source>cancel a submission</source>
        <translation>annuler un envoi</translation>
    </message>
    <message>
        <source>open a case from incidents (also across stores); prints its id</source>
        <translation>ouvrir un dossier à partir d&apos;incidents (même de plusieurs magasins) ; affiche son id.</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>dossiers</translation>
    </message>
    <message>
        <source>one case</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <source>link an incident</source>
        <translation>lier un incident</translation>
    </message>
    <message>
        <source>unlink an incident</source>
        <translation>délier un incident</translation>
    </message>
    <message>
        <source>change the status</source>
        <translation>changer le statut</translation>
    </message>
    <message>
        <source>assign the case</source>
        <translation>attribuer le dossier</translation>
    </message>
    <message>
        <source>set tags</source>
        <translation>définir les étiquettes</translation>
    </message>
    <message>
        <source>add a note</source>
        <translation>ajouter une note</translation>
    </message>
    <message>
        <source>originals and derivatives with hashes and lineage</source>
        <translation>originaux et dérivés avec empreintes et filiation</translation>
    </message>
    <message>
        <source>where the true time TIME (RFC 3339) falls in each clip of the case, corrected for camera clock offsets</source>
        <translation>où tombe l&apos;heure réelle TIME (RFC 3339) dans chaque clip du dossier, corrigée des décalages d&apos;horloge des caméras</translation>
    </message>
    <message>
        <source>derivative clip (default smart: frame-accurate); prints its id</source>
        <translation>clip dérivé (smart par défaut : à l&apos;image près) ; affiche son id.</translation>
    </message>
    <message>
        <source>a still, recorded as a derivative and exported to FILE</source>
        <translation>une image fixe, consignée comme dérivé et exportée dans FICHIER</translation>
    </message>
    <message>
        <source>record how far a recorder&apos;s clock is ahead of true time (audited, in custody)</source>
        <translation>consigner l&apos;avance de l&apos;horloge d&apos;un enregistreur sur l&apos;heure réelle (audité, dans la traçabilité)</translation>
    </message>
    <message>
        <source>add a user with its own key slot (passphrase: LPDESK_NEW_PASSPHRASE or asked)</source>
        <translation>ajouter un utilisateur avec son propre emplacement de clé (phrase : LPDESK_NEW_PASSPHRASE ou demandée)</translation>
    </message>
    <message>
        <source>users and roles</source>
        <translation>utilisateurs et rôles</translation>
    </message>
    <message>
        <source>remove a user&apos;s key slot and revoke their certificate; --rekey also rotates the master key and the recipient key (prints the new recipient key file for the stores)</source>
        <translation>supprime l’emplacement de clé d’un utilisateur et révoque son certificat ; --rekey fait aussi tourner la clé maîtresse et la clé de destinataire (affiche le nouveau fichier de clé de destinataire pour les magasins)</translation>
    </message>
    <message>
        <source>change a role</source>
        <translation>changer un rôle</translation>
    </message>
    <message>
        <source>confirm a legal grant another administrator made, when the organisation requires a second administrator</source>
        <translation>confirmer un rôle de service juridique attribué par un autre administrateur, quand l&apos;organisation exige un second administrateur</translation>
    </message>
    <message>
        <source>consistent encrypted copy (OUT, OUT.keys, OUT.media)</source>
        <translation>copie chiffrée cohérente (OUT, OUT.keys, OUT.media)</translation>
    </message>
    <message>
        <source>rotate the database master key and the recipient key (prints the new recipient key file for the stores)</source>
        <translation>fait tourner la clé maîtresse de la base de données et la clé de destinataire (affiche le nouveau fichier de clé de destinataire pour les magasins)</translation>
    </message>
    <message>
        <source>re-encrypt files still encrypted to a retired recipient key, then forget that key; --list only names them</source>
        <translation>rechiffre les fichiers encore chiffrés avec une clé de destinataire retirée, puis oublie cette clé ; --list se contente de les nommer</translation>
    </message>
    <message>
        <source>issue the revocation list again with every revocation the audit log records (after an earlier list was put back)</source>
        <translation>émettre de nouveau la liste de révocation avec toutes les révocations que le journal d’audit enregistre (après qu’une liste antérieure a été remise en place)</translation>
    </message>
    <message>
        <source>the global audit log</source>
        <translation>le journal d&apos;audit global</translation>
    </message>
    <message>
        <source>the audit log (filtered) as a PDF in words, with the chain&apos;s status and head hash</source>
        <translation>le journal d’audit (filtré) en PDF, en mots, avec l’état de la chaîne et son hachage de tête</translation>
    </message>
    <message>
        <source>verify the audit chain; exit 4 on any break</source>
        <translation>vérifier la chaîne d&apos;audit ; code 4 à la moindre rupture</translation>
    </message>
    <message>
        <source>import a POS journal as evidence (kept encrypted with its hash): ARTS POSLog (IXRetail or 6.0 namespace, vendor extensions kept), CSV or JSON; every record is a sale, return, void, no-sale or control transaction, every reject is named; a journal with more than half of its transactions rejected fails (exit 1) and keeps nothing. Times without an offset take --timezone or the store&apos;s timezone; --date-order for dates written with slashes (mdy: 3/14/2026, dmy: 14/3/2026; default: what the journal&apos;s dates show, refused when they show both or neither); --delimiter and --decimal for CSV (default: detected, decimal comma with &apos;;&apos;); --mapping saves the store&apos;s CSV column mapping; --pulled imports journals pulled from stores</source>
        <translation>importer un journal de caisse comme preuve (conservé chiffré avec son empreinte) : ARTS POSLog (espace de noms IXRetail ou 6.0, extensions du fournisseur conservées), CSV ou JSON ; chaque enregistrement est une vente, un retour, une annulation, une ouverture sans vente ou une transaction de contrôle, chaque rejet est nommé ; un journal dont plus de la moitié des transactions sont rejetées échoue (code 1) et rien n&apos;est conservé. Les heures sans décalage prennent --timezone ou le fuseau horaire du magasin ; --date-order pour les dates écrites avec des barres obliques (mdy : 3/14/2026, dmy : 14/3/2026 ; par défaut : ce que montrent les dates du journal, refusé quand elles montrent les deux ordres ou aucun) ; --delimiter et --decimal pour le CSV (par défaut : détectés, virgule décimale avec &apos;;&apos;) ; --mapping enregistre la correspondance des colonnes CSV du magasin ; --pulled importe les journaux récupérés des magasins</translation>
    </message>
    <message>
        <source>link the transactions the case&apos;s incidents reference and the exceptions at their registers within ±S seconds (default 120), clock offsets applied, and say why when none is new; or link/unlink by hand</source>
        <translation>lier les transactions citées par les incidents du dossier et les exceptions à leurs caisses à ±S secondes (120 par défaut), décalages d’horloge appliqués, et dire pourquoi quand aucune n’est nouvelle ; ou lier/délier à la main</translation>
    </message>
    <message>
        <source>the case&apos;s transactions with line items and where each happens in the case&apos;s clips; --mask withholds card digits and loyalty ids</source>
        <translation>les transactions du dossier avec leurs lignes et leur place dans les clips du dossier ; --mask masque les chiffres de carte et les id. de fidélité</translation>
    </message>
    <message>
        <source>one transaction (the receipt)</source>
        <translation>une transaction (le ticket)</translation>
    </message>
    <message>
        <source>record a statement (a draft until signed off); prints its id</source>
        <translation>consigner une déclaration (brouillon jusqu&apos;à validation) ; affiche son id.</translation>
    </message>
    <message>
        <source>change a draft statement</source>
        <translation>modifier une déclaration en brouillon</translation>
    </message>
    <message>
        <source>sign off a statement: from then on it cannot change</source>
        <translation>valider une déclaration : elle ne peut plus changer ensuite</translation>
    </message>
    <message>
        <source>a new version of a signed-off statement; prints its id</source>
        <translation>une nouvelle version d&apos;une déclaration validée ; affiche son id.</translation>
    </message>
    <message>
        <source>the case&apos;s statements, every version</source>
        <translation>les déclarations du dossier, toutes versions</translation>
    </message>
    <message>
        <source>one statement with its attachments&apos; hashes</source>
        <translation>une déclaration avec les empreintes de ses pièces jointes</translation>
    </message>
    <message>
        <source>bring DVR/VMS/phone files in as native master exhibits: each kept bit for bit (encrypted), hashed, custody &quot;acquired&quot;; video FFmpeg reads (MP4/MOV, MKV, AVI, MPEG-PS/TS, raw .h264/.h265 at --fps, Dahua .dav) gets an MP4 working copy where needed (a remux, or an H.264 transcode where the codec cannot be remuxed or played); stills with EXIF time; anything else is kept as a document; a ZIP export is unpacked under the hostile-archive rules. --start is the recording&apos;s start as its clock showed it (default: from the file), --offset how many seconds that clock was ahead. Prints the new ids; exit 1 if a file could not be imported</source>
        <translation>ajouter des fichiers DVR/VMS/téléphone comme originaux maîtres au format natif : chacun est conservé bit à bit (chiffré), avec son empreinte et la traçabilité &quot;acquired&quot; ; la vidéo lue par FFmpeg (MP4/MOV, MKV, AVI, MPEG-PS/TS, .h264/.h265 bruts à --fps, Dahua .dav) reçoit une copie de travail MP4 si nécessaire (un remultiplexage, ou un transcodage en H.264 quand le codec ne peut pas être remultiplexé ou lu) ; images fixes avec l&apos;heure EXIF ; tout le reste est conservé comme document ; un export ZIP est décompressé selon les règles des archives hostiles. --start est le début de l&apos;enregistrement tel que l&apos;affichait son horloge (par défaut : d&apos;après le fichier), --offset de combien de secondes cette horloge avançait. Affiche les nouveaux id. ; code 1 si un fichier n&apos;a pas pu être importé</translation>
    </message>
    <message>
        <source>write a plaintext copy of one item (a document, an original, a derivative) to FILE, which must not exist; the copy is read back and its SHA-256 checked against the master&apos;s, and custody and audit record &quot;exported a copy to FILE&quot; with the hash. Prints &quot;SHA256  FILE&quot; as sha256sum does</source>
        <translation>écrire dans FILE, qui ne doit pas exister, une copie en clair d&apos;un élément (un document, un original, un dérivé) ; la copie est relue et son SHA-256 comparé à celui de l&apos;original maître, et la traçabilité et l&apos;audit consignent &quot;a exporté une copie vers FILE&quot; avec l&apos;empreinte. Affiche &quot;SHA256  FILE&quot; comme sha256sum</translation>
    </message>
    <message>
        <source>record a request from law enforcement; documents are encrypted like evidence; a template fills the kind, due date, legal basis and what is asked where not given; prints its id</source>
        <translation>enregistrer une réquisition des forces de l&apos;ordre ; les documents sont chiffrés comme les preuves ; un modèle renseigne le type, l&apos;échéance, la base légale et l&apos;objet de la demande s&apos;ils ne sont pas indiqués ; affiche son id</translation>
    </message>
    <message>
        <source>the response letter of a request, from its template, with the request&apos;s fields and the releases that fulfil it (audited)</source>
        <translation>la lettre de réponse à une réquisition, à partir de son modèle, avec les champs de la réquisition et les remises qui la satisfont (audité)</translation>
    </message>
    <message>
        <source>publish a new version of a request template (kind, title, due_days, legal_basis, asked, letter with {placeholders})</source>
        <translation>publier une nouvelle version d&apos;un modèle de réquisition (kind, title, due_days, legal_basis, asked, letter avec {placeholders})</translation>
    </message>
    <message>
        <source>link a police request to a case (recorded in custody)</source>
        <translation>lier une réquisition à un dossier (consigné dans la traçabilité)</translation>
    </message>
    <message>
        <source>add documents the police sent (encrypted)</source>
        <translation>ajouter des documents envoyés par la police (chiffrés)</translation>
    </message>
    <message>
        <source>close a police request</source>
        <translation>clôturer une réquisition</translation>
    </message>
    <message>
        <source>sign off an exigent disclosure after the fact</source>
        <translation>valider a posteriori une communication en urgence</translation>
    </message>
    <message>
        <source>record what the police did (in custody); prints its id</source>
        <translation>consigner ce qu&apos;a fait la police (dans la traçabilité) ; affiche son id.</translation>
    </message>
    <message>
        <source>what a complete case holds for an incident type</source>
        <translation>ce que contient un dossier complet pour un type d&apos;incident</translation>
    </message>
    <message>
        <source>recompute the KPI rollups from the records (when `db check` names a difference)</source>
        <translation>recalcule les agrégats des KPI à partir des enregistrements (quand `db check` signale un écart)</translation>
    </message>
    <message>
        <source>the case&apos;s evidence checklist: what is there and what is missing</source>
        <translation>la liste de contrôle des preuves du dossier : ce qui est là et ce qui manque</translation>
    </message>
    <message>
        <source>publish a new version of a procedure (title, immediate, reporting, preserve); the first general one, which replaces the built-in procedures of the types without their own, needs --replace-built-ins</source>
        <translation>publier une nouvelle version d&apos;une procédure (title, immediate, reporting, preserve) ; la première procédure générale, qui remplace les procédures intégrées des types sans procédure propre, exige --replace-built-ins</translation>
    </message>
    <message>
        <source>put a store in a region</source>
        <translation>placer un magasin dans une région</translation>
    </message>
    <message>
        <source>put a case on legal hold: nothing of it is purged</source>
        <translation>placer un dossier sous gel juridique : rien n&apos;en est purgé</translation>
    </message>
    <message>
        <source>lift a case&apos;s legal hold</source>
        <translation>lever le gel juridique d&apos;un dossier</translation>
    </message>
    <message>
        <source>put an incident on legal hold</source>
        <translation>placer un incident sous gel juridique</translation>
    </message>
    <message>
        <source>lift an incident&apos;s legal hold</source>
        <translation>lever le gel juridique d&apos;un incident</translation>
    </message>
    <message>
        <source>keep evidence of an incident type (or an evidence kind: original, derivative, still, pos_journal) DAYS days</source>
        <translation>conserve les preuves d&apos;un type d&apos;incident (ou d&apos;un type de preuve : original, derivative, still, pos_journal) DAYS jours</translation>
    </message>
    <message>
        <source>delete expired evidence files, keeping tombstones, custody and audit records; never anything held, open or pending release</source>
        <translation>supprimer les fichiers de preuve expirés, en conservant les marques de suppression, la traçabilité et les enregistrements d&apos;audit ; jamais rien de gelé, d&apos;ouvert ou en attente de remise</translation>
    </message>
    <message>
        <source>render a redaction plan (regions with keyframes, blur/pixelate/fill, audio mutes) to a derivative, re-encoding only the GOPs that hold a region when it can (smart) or every frame as H.264 (full); prints its id</source>
        <translation>produire un dérivé à partir d&apos;un plan de floutage (zones avec images clés, blur/pixelate/fill, coupures du son), en ne réencodant que les GOP qui contiennent une zone quand c&apos;est possible (smart) ou toutes les images en H.264 (full) ; affiche son id.</translation>
    </message>
    <message>
        <source>find faces, people or plates, track them and write a plan of suggested regions to review</source>
        <translation>détecter visages, personnes ou plaques, les suivre et écrire un plan de zones suggérées à vérifier</translation>
    </message>
    <message>
        <source>follow one box (pixels) forwards and backwards through the clip into a plan region</source>
        <translation>suivre un cadre (pixels) en avant et en arrière dans le clip pour en faire une zone du plan</translation>
    </message>
    <message>
        <source>ask legal to release items of a case; prints the request id</source>
        <translation>demander au service juridique de remettre des éléments d&apos;un dossier ; affiche l&apos;id. de la demande</translation>
    </message>
    <message>
        <source>release requests and their state</source>
        <translation>demandes de remise et leur état</translation>
    </message>
    <message>
        <source>one request with every item&apos;s hash</source>
        <translation>une demande avec l&apos;empreinte de chaque élément</translation>
    </message>
    <message>
        <source>approve (never one&apos;s own request): binds to the exact content; personal data stays masked unless included</source>
        <translation>approuver (jamais sa propre demande) : lié au contenu exact ; les données personnelles restent masquées sauf si elles sont incluses</translation>
    </message>
    <message>
        <source>reject (never one&apos;s own request) with a reason</source>
        <translation>refuser (jamais sa propre demande) avec un motif</translation>
    </message>
    <message>
        <source>write the sealed package of an approved, unchanged release; it is read back and verified before success is reported</source>
        <translation>écrire le paquet scellé d&apos;une remise approuvée et inchangée ; il est relu et vérifié avant d&apos;annoncer le succès</translation>
    </message>
    <message>
        <source>the RFC 3161 time-stamp authority that stamps every package&apos;s manifest (changing it: admin); without arguments, show it</source>
        <translation>l&apos;autorité d&apos;horodatage RFC 3161 qui horodate le manifeste de chaque paquet (pour la modifier : admin) ; sans argument, l&apos;affiche</translation>
    </message>
    <message>
        <source>verify a package offline: structure, signature, hashes, coverage, custody chain, revoked reviewers (crl.pem, or a newer list with --crl); exit 4 listing every problem</source>
        <translation>vérifie un paquet hors ligne : structure, signature, empreintes, couverture, chaîne de conservation, réviseurs révoqués (crl.pem, ou une liste plus récente avec --crl) ; code 4 avec la liste de chaque problème</translation>
    </message>
    <message>
        <source>register a store drop: a folder/USB or HTTPS with pinned CA (or, explicitly and not recommended, the system&apos;s CAs) and client certificate</source>
        <translation>enregistrer un point de dépôt de magasin : un dossier/USB ou HTTPS avec AC épinglée (ou, explicitement et de façon déconseillée, les AC du système) et certificat client</translation>
    </message>
    <message>
        <source>fetch new incidents, media and POS journals; verify every hash; quarantine bad items (exit 1 if any)</source>
        <translation>récupérer les nouveaux incidents, médias et journaux de caisse ; vérifier chaque empreinte ; mettre en quarantaine les éléments défectueux (code 1 s&apos;il y en a)</translation>
    </message>
    <message>
        <source>the triage inbox, most urgent first</source>
        <translation>la boîte de réception de tri, le plus urgent d&apos;abord</translation>
    </message>
    <message>
        <source>one incident (the read is audited)</source>
        <translation>un incident (la lecture est auditée)</translation>
    </message>
    <message>
        <source>full-text search over incidents, narratives and statements</source>
        <translation>recherche plein texte dans les incidents, récits et déclarations</translation>
    </message>
    <message>
        <source>confirm the organisation CA certificate by its SHA-256 (of the org-ca.pem the organisation keeps): pins your key slot, so that slots from before pinning can be pinned on your word</source>
        <translation>confirmer le certificat d&apos;AC de l&apos;organisation par son SHA-256 (du org-ca.pem que l&apos;organisation conserve) : épingle votre emplacement de clé, pour que les emplacements antérieurs à l&apos;épinglage puissent être épinglés sur votre parole</translation>
    </message>
</context>
<context>
    <name>lpdesk::ClipReviewPane</name>
    <message>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Style</translation>
    </message>
    <message>
        <source>Span</source>
        <translation>Plage</translation>
    </message>
    <message>
        <source>The clip this copy was made from cannot be shown: %1</source>
        <translation>Impossible d&apos;afficher le clip dont cette copie est issue : %1</translation>
    </message>
    <message>
        <source>%1 – end of clip</source>
        <translation>%1 – fin du clip</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>◀ Frame</source>
        <translation>◀ Image</translation>
    </message>
    <message>
        <source>Frame ▶</source>
        <translation>Image ▶</translation>
    </message>
    <message>
        <source>Play / pause both clips</source>
        <translation>Lire / mettre en pause les deux clips</translation>
    </message>
    <message>
        <source>Original — regions outlined</source>
        <translation>Original — zones encadrées</translation>
    </message>
    <message>
        <source>Redacted — as it will leave</source>
        <translation>Flouté — tel qu&apos;il sortira</translation>
    </message>
    <message>
        <source>%1 / %2 (frame %3 of %4)</source>
        <translation>%1 / %2 (image %3 sur %4)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>lpdesk::CloseKeys</name>
    <message>
        <source>Close this window</source>
        <translation>Fermer cette fenêtre</translation>
    </message>
</context>
<context>
    <name>lpdesk::CmsSignature</name>
    <message>
        <source>The organisation signing identity is not loaded.</source>
        <translation>L&apos;identité de signature de l&apos;organisation n&apos;est pas chargée.</translation>
    </message>
    <message>
        <source>CMS signing failed: %1</source>
        <translation>La signature CMS a échoué : %1</translation>
    </message>
    <message>
        <source>CMS encoding failed: %1</source>
        <translation>L&apos;encodage CMS a échoué : %1</translation>
    </message>
    <message>
        <source>the signature file is not a CMS structure</source>
        <translation>le fichier de signature n&apos;est pas une structure CMS</translation>
    </message>
    <message>
        <source>no CA certificate to verify against</source>
        <translation>aucun certificat d&apos;AC pour vérifier</translation>
    </message>
    <message>
        <source>the manifest signature does not verify (%1)</source>
        <translation>la signature du manifeste ne se vérifie pas (%1)</translation>
    </message>
</context>
<context>
    <name>lpdesk::CustodyLog</name>
    <message>
        <source>A custody event needs a chain.</source>
        <translation>Un événement de traçabilité demande une chaîne.</translation>
    </message>
</context>
<context>
    <name>lpdesk::CustodyRecorder</name>
    <message numerus="yes">
        <source>, %n signed checkpoint(s)</source>
        <translation>
            <numerusform>, %n point de contrôle signé</numerusform>
            <numerusform>, %n points de contrôle signés</numerusform>
        </translation>
    </message>
    <message>
        <source>checkpoint at event %1: the events it sealed (up to %2) were changed afterwards</source>
        <translation>point de contrôle à l&apos;événement %1 : les événements qu&apos;il scellait (jusqu&apos;au %2) ont été modifiés ensuite</translation>
    </message>
    <message>
        <source>checkpoint at event %1: the signature does not verify with a certificate of the organisation CA (%2)</source>
        <translation>point de contrôle à l&apos;événement %1 : la signature ne se vérifie avec aucun certificat de l&apos;AC de l&apos;organisation (%2)</translation>
    </message>
    <message>
        <source>checkpoint at event %1 names %2 as its signer, but it was signed with the key of %3: forged</source>
        <translation>le point de contrôle à l&apos;événement %1 désigne %2 comme signataire, mais il a été signé avec la clé de %3 : falsifié</translation>
    </message>
    <message>
        <source>checkpoint at event %1: the certificate it records is not the one that signed it (edited)</source>
        <translation>point de contrôle à l&apos;événement %1 : le certificat qu&apos;il enregistre n&apos;est pas celui qui l&apos;a signé (modifié)</translation>
    </message>
    <message>
        <source>checkpoint at event %1 is signed by the workstation key, which has sealed no checkpoint since each person signs their own: forged with the database key</source>
        <translation>le point de contrôle à l&apos;événement %1 est signé avec la clé du poste, qui ne scelle plus aucun point de contrôle depuis que chaque personne signe les siens : falsifié avec la clé de la base de données</translation>
    </message>
    <message>
        <source>checkpoint at event %1: the signature does not verify with the workstation certificate</source>
        <translation>point de contrôle à l&apos;événement %1 : la signature ne se vérifie pas avec le certificat du poste</translation>
    </message>
    <message>
        <source>Cannot read the custody chains: %1</source>
        <translation>Impossible de lire les chaînes de traçabilité : %1</translation>
    </message>
    <message>
        <source>checkpoint at event %1 was signed by %2, whose certificate (serial %3) was revoked on %4, and its time cannot be read: forged</source>
        <translation>le point de contrôle de l&apos;événement %1 a été signé par %2, dont le certificat (série %3) a été révoqué le %4, et son heure est illisible : falsifié</translation>
    </message>
    <message>
        <source>checkpoint at event %1 was signed by %2 on %3, after their certificate (serial %4) was revoked on %5: forged with a revoked key</source>
        <translation>le point de contrôle de l&apos;événement %1 a été signé par %2 le %3, après la révocation de son certificat (série %4) le %5 : falsifié avec une clé révoquée</translation>
    </message>
    <message>
        <source>checkpoint at event %1 was signed by %2 on %3, before their certificate (serial %4) was revoked on %5: it still holds</source>
        <translation>le point de contrôle de l&apos;événement %1 a été signé par %2 le %3, avant la révocation de son certificat (série %4) le %5 : il reste valable</translation>
    </message>
    <message>
        <source>checkpoint at event %1 was sealed by the workstation key that `db rekey` retired on %2 (audit event %3, certificate serial %4); the LP Desk version that made that rekey did not keep the retired certificate, so this signature cannot be checked</source>
        <translation>le point de contrôle de l&apos;événement %1 a été scellé par la clé du poste que `db rekey` a retirée (date : %2 ; événement d&apos;audit %3 ; numéro de série du certificat : %4) ; la version de LP Desk qui a effectué ce changement de clé n&apos;a pas conservé le certificat retiré, cette signature ne peut donc pas être vérifiée</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1; the events it sealed are also sealed by the checkpoint at event %2, which verifies</source>
        <translation>%1 ; les événements qu&apos;il a scellés sont aussi scellés par le point de contrôle de l&apos;événement %2, qui se vérifie</translation>
    </message>
    <message>
        <source>%1, and no later checkpoint that verifies seals the events before it. Check them against a backup made before that rekey (`db check` on the backup; it still holds the certificate) or against a package exported before it (custody.json); the next checkpoint on this chain, written at the next export or after %2 more events, seals them again with the signer&apos;s own key</source>
        <translation>%1, et aucun point de contrôle ultérieur qui se vérifie ne scelle les événements qui le précèdent. Vérifiez-les par rapport à une sauvegarde faite avant ce changement de clé (`db check` sur la sauvegarde ; elle contient encore le certificat) ou à un paquet exporté avant lui (custody.json) ; le prochain point de contrôle de cette chaîne, écrit au prochain export ou après %2 événements de plus, les scelle de nouveau avec la clé propre du signataire</translation>
    </message>
</context>
<context>
    <name>lpdesk::CustodyView</name>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Vérifier la chaîne</translation>
    </message>
    <message>
        <source>Intact: %1</source>
        <translation>Intacte : %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
</context>
<context>
    <name>lpdesk::CustodyWords</name>
    <message>
        <source>received the evidence from the store</source>
        <translation>a reçu la preuve du magasin</translation>
    </message>
    <message>
        <source>viewed it</source>
        <translation>l&apos;a visionnée</translation>
    </message>
    <message>
        <source>viewed %1</source>
        <translation>a visionné %1</translation>
    </message>
    <message>
        <source>made a trimmed copy</source>
        <translation>a fait une copie découpée</translation>
    </message>
    <message>
        <source>made a redacted copy</source>
        <translation>a fait une copie floutée</translation>
    </message>
    <message>
        <source>took a still</source>
        <translation>a capturé une image fixe</translation>
    </message>
    <message>
        <source>exported a still to a file</source>
        <translation>a exporté une image fixe dans un fichier</translation>
    </message>
    <message>
        <source>opened the case</source>
        <translation>a ouvert le dossier</translation>
    </message>
    <message>
        <source>added an incident to the case</source>
        <translation>a ajouté un incident au dossier</translation>
    </message>
    <message>
        <source>removed an incident from the case</source>
        <translation>a retiré un incident du dossier</translation>
    </message>
    <message>
        <source>put the incident in a case</source>
        <translation>a placé l&apos;incident dans un dossier</translation>
    </message>
    <message>
        <source>set the case status to %1</source>
        <translation>a passé le statut du dossier à %1</translation>
    </message>
    <message>
        <source>added a note</source>
        <translation>a ajouté une note</translation>
    </message>
    <message>
        <source>bookmarked a moment</source>
        <translation>a marqué un instant</translation>
    </message>
    <message>
        <source>corrected a camera&apos;s clock</source>
        <translation>a corrigé l&apos;horloge d&apos;une caméra</translation>
    </message>
    <message>
        <source>imported a POS journal</source>
        <translation>a importé un journal de caisse</translation>
    </message>
    <message>
        <source>linked POS records to the case</source>
        <translation>a lié des enregistrements de caisse au dossier</translation>
    </message>
    <message>
        <source>asked legal to release evidence</source>
        <translation>a demandé au service juridique de remettre des preuves</translation>
    </message>
    <message>
        <source>approved the release</source>
        <translation>a approuvé la remise</translation>
    </message>
    <message>
        <source>rejected the release</source>
        <translation>a refusé la remise</translation>
    </message>
    <message>
        <source>exported the release package</source>
        <translation>a exporté le paquet de remise</translation>
    </message>
    <message>
        <source>submitted the release to an agency</source>
        <translation>a envoyé la remise à un organisme</translation>
    </message>
    <message>
        <source>signed a custody checkpoint</source>
        <translation>a signé un point de contrôle de traçabilité</translation>
    </message>
    <message>
        <source>worked on a statement (%1)</source>
        <translation>a travaillé sur une déclaration (%1)</translation>
    </message>
    <message>
        <source>%1 — %2 %3</source>
        <translation>%1 — %2 %3</translation>
    </message>
    <message>
        <source>recorded police follow-up: %1 on %2</source>
        <translation>a consigné un suivi policier : %1 le %2</translation>
    </message>
    <message>
        <source> (agency case %1)</source>
        <translation> (dossier de l&apos;organisme %1)</translation>
    </message>
    <message>
        <source>, %1 recovered</source>
        <translation>, %1 récupéré</translation>
    </message>
    <message>
        <source>linked a police request (%1) to the case</source>
        <translation>a lié une réquisition (%1) au dossier</translation>
    </message>
    <message>
        <source>signed off an exigent disclosure (late)</source>
        <translation>a validé une communication en urgence (hors délai)</translation>
    </message>
    <message>
        <source>signed off an exigent disclosure</source>
        <translation>a validé une communication en urgence</translation>
    </message>
    <message>
        <source>placed a legal hold</source>
        <translation>a placé un gel juridique</translation>
    </message>
    <message>
        <source>lifted the legal hold</source>
        <translation>a levé le gel juridique</translation>
    </message>
    <message>
        <source>purged expired evidence (%1, %2)</source>
        <translation>a purgé des preuves expirées (%1, %2)</translation>
    </message>
    <message>
        <source>Added an agency</source>
        <translation>Ajout d&apos;un organisme</translation>
    </message>
    <message>
        <source>Removed an agency</source>
        <translation>Suppression d&apos;un organisme</translation>
    </message>
    <message>
        <source>Wrote an audit anchor</source>
        <translation>Écriture d&apos;une ancre d&apos;audit</translation>
    </message>
    <message>
        <source>Exported the audit log</source>
        <translation>Export du journal d&apos;audit</translation>
    </message>
    <message>
        <source>Backed up the database</source>
        <translation>Sauvegarde de la base de données</translation>
    </message>
    <message>
        <source>Moved the CA key into the administrators&apos; key slots</source>
        <translation>Transfert de la clé de l&apos;AC dans les emplacements de clé des administrateurs</translation>
    </message>
    <message>
        <source>Confirmed the organisation&apos;s CA certificate by its fingerprint</source>
        <translation>Confirmation du certificat d&apos;AC de l&apos;organisation par son empreinte</translation>
    </message>
    <message>
        <source>Opened a case</source>
        <translation>Ouverture d&apos;un dossier</translation>
    </message>
    <message>
        <source>Revoked a certificate</source>
        <translation>Révocation d&apos;un certificat</translation>
    </message>
    <message>
        <source>Corrected a camera&apos;s clock</source>
        <translation>Correction de l&apos;horloge d&apos;une caméra</translation>
    </message>
    <message>
        <source>Set the POS CSV column mapping</source>
        <translation>Configuration de la correspondance des colonnes CSV de caisse</translation>
    </message>
    <message>
        <source>Created the case database</source>
        <translation>Création de la base de données des dossiers</translation>
    </message>
    <message>
        <source>Made a copy of evidence</source>
        <translation>Création d&apos;une copie de preuve</translation>
    </message>
    <message>
        <source>Added evidence</source>
        <translation>Ajout de preuves</translation>
    </message>
    <message>
        <source>Changed the evidence checklist</source>
        <translation>Modification de la liste de contrôle des preuves</translation>
    </message>
    <message>
        <source>Purged evidence</source>
        <translation>Purge de preuves</translation>
    </message>
    <message>
        <source>Opened evidence</source>
        <translation>Ouverture de preuves</translation>
    </message>
    <message>
        <source>Signed off an exigent disclosure</source>
        <translation>Validation d&apos;une communication en urgence</translation>
    </message>
    <message>
        <source>Exported a release package</source>
        <translation>Export d&apos;un paquet de remise</translation>
    </message>
    <message>
        <source>Recorded police follow-up</source>
        <translation>Enregistrement d&apos;un suivi policier</translation>
    </message>
    <message>
        <source>Pinned a key slot to the organisation CA</source>
        <translation>Épinglage d&apos;un emplacement de clé à l&apos;AC de l&apos;organisation</translation>
    </message>
    <message>
        <source>Opened a police request document</source>
        <translation>Ouverture d&apos;un document de réquisition</translation>
    </message>
    <message>
        <source>Wrote a police request letter</source>
        <translation>Rédaction d&apos;une lettre de réponse à une réquisition</translation>
    </message>
    <message>
        <source>Recorded a police request</source>
        <translation>Enregistrement d&apos;une réquisition</translation>
    </message>
    <message>
        <source>Closed a police request</source>
        <translation>Clôture d&apos;une réquisition</translation>
    </message>
    <message>
        <source>Added documents to a police request</source>
        <translation>Ajout de documents à une réquisition</translation>
    </message>
    <message>
        <source>Linked a police request to a case</source>
        <translation>Rattachement d&apos;une réquisition à un dossier</translation>
    </message>
    <message>
        <source>Published a police letter template</source>
        <translation>Publication d&apos;un modèle de réquisition</translation>
    </message>
    <message>
        <source>Lifted a legal hold</source>
        <translation>Levée d&apos;un gel juridique</translation>
    </message>
    <message>
        <source>Placed a legal hold</source>
        <translation>Mise en place d&apos;un gel juridique</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Failed to sign in</source>
        <translation>Échec de connexion</translation>
    </message>
    <message>
        <source>Re-encrypted evidence files</source>
        <translation>Rechiffrement de fichiers de preuves</translation>
    </message>
    <message>
        <source>Changed a passphrase</source>
        <translation>Modification d&apos;une phrase secrète</translation>
    </message>
    <message>
        <source>Changed the passphrase policy</source>
        <translation>Modification de la politique des phrases secrètes</translation>
    </message>
    <message>
        <source>Issued a personal certificate</source>
        <translation>Émission d&apos;un certificat personnel</translation>
    </message>
    <message>
        <source>Pulled incidents from the stores</source>
        <translation>Récupération d&apos;incidents auprès des magasins</translation>
    </message>
    <message>
        <source>Exported the recipient key</source>
        <translation>Export de la clé de destinataire</translation>
    </message>
    <message>
        <source>Rotated the recipient key</source>
        <translation>Rotation de la clé de destinataire</translation>
    </message>
    <message>
        <source>Saved a redaction plan</source>
        <translation>Enregistrement d&apos;un plan de floutage</translation>
    </message>
    <message>
        <source>Tracked a redaction region</source>
        <translation>Suivi d&apos;une zone de floutage</translation>
    </message>
    <message>
        <source>Suggested redactions</source>
        <translation>Suggestion de floutages</translation>
    </message>
    <message>
        <source>Rotated the database keys</source>
        <translation>Rotation des clés de la base de données</translation>
    </message>
    <message>
        <source>Started rotating the database keys</source>
        <translation>Début de la rotation des clés de la base de données</translation>
    </message>
    <message>
        <source>Approved a release</source>
        <translation>Approbation d&apos;une remise</translation>
    </message>
    <message>
        <source>Rejected a release</source>
        <translation>Refus d&apos;une remise</translation>
    </message>
    <message>
        <source>Requested a release</source>
        <translation>Demande de remise</translation>
    </message>
    <message>
        <source>Voided a release</source>
        <translation>Annulation d&apos;une remise</translation>
    </message>
    <message>
        <source>Ran the retention purge</source>
        <translation>Exécution de la purge de conservation</translation>
    </message>
    <message>
        <source>Removed a retention rule</source>
        <translation>Suppression d&apos;une règle de conservation</translation>
    </message>
    <message>
        <source>Set a retention rule</source>
        <translation>Définition d&apos;une règle de conservation</translation>
    </message>
    <message>
        <source>Restored the revocation list</source>
        <translation>Restauration de la liste de révocation</translation>
    </message>
    <message>
        <source>Changed a user&apos;s role</source>
        <translation>Modification du rôle d&apos;un utilisateur</translation>
    </message>
    <message>
        <source>Changed a setting</source>
        <translation>Modification d&apos;un paramètre</translation>
    </message>
    <message>
        <source>Recorded a key slot&apos;s public key</source>
        <translation>Enregistrement de la clé publique d&apos;un emplacement de clé</translation>
    </message>
    <message>
        <source>Published a procedure</source>
        <translation>Publication d&apos;une procédure</translation>
    </message>
    <message>
        <source>Opened a statement attachment</source>
        <translation>Ouverture d&apos;une pièce jointe de déclaration</translation>
    </message>
    <message>
        <source>Changed a case&apos;s status</source>
        <translation>Modification du statut d&apos;un dossier</translation>
    </message>
    <message>
        <source>Exported a still</source>
        <translation>Export d&apos;une image fixe</translation>
    </message>
    <message>
        <source>Added a store</source>
        <translation>Ajout d&apos;un magasin</translation>
    </message>
    <message>
        <source>Changed a store&apos;s region</source>
        <translation>Modification de la région d&apos;un magasin</translation>
    </message>
    <message>
        <source>Removed a store</source>
        <translation>Suppression d&apos;un magasin</translation>
    </message>
    <message>
        <source>Kept the store&apos;s settings over a drop&apos;s</source>
        <translation>Conservation des paramètres du magasin plutôt que ceux d&apos;un point de dépôt</translation>
    </message>
    <message>
        <source>Pulled from a store that uses a retired key</source>
        <translation>Récupération auprès d&apos;un magasin qui utilise une clé retirée</translation>
    </message>
    <message>
        <source>Cancelled a submission</source>
        <translation>Annulation d&apos;un envoi</translation>
    </message>
    <message>
        <source>A submission failed</source>
        <translation>Échec d&apos;un envoi</translation>
    </message>
    <message>
        <source>Queued a submission</source>
        <translation>Mise en file d&apos;attente d&apos;un envoi</translation>
    </message>
    <message>
        <source>Submitted a release to an agency</source>
        <translation>Envoi d&apos;une remise à un organisme</translation>
    </message>
    <message>
        <source>Added a user</source>
        <translation>Ajout d&apos;un utilisateur</translation>
    </message>
    <message>
        <source>Removed a user</source>
        <translation>Suppression d&apos;un utilisateur</translation>
    </message>
    <message>
        <source>Could not rotate the workstation key</source>
        <translation>Échec de la rotation de la clé du poste de travail</translation>
    </message>
    <message>
        <source>Rotated the workstation key</source>
        <translation>Rotation de la clé du poste de travail</translation>
    </message>
    <message>
        <source>Other action (%1)</source>
        <translation>Autre action (%1)</translation>
    </message>
    <message>
        <source>Exported a copy of an item</source>
        <translation>Export d&apos;une copie d&apos;un élément</translation>
    </message>
    <message>
        <source>exported a copy to %1 (SHA-256 %2)</source>
        <translation>a exporté une copie vers %1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>Locked the workstation</source>
        <translation>Verrouillage du poste</translation>
    </message>
    <message>
        <source>Kept a profile on the system&apos;s certificate authorities (upgrade)</source>
        <translation>Maintien d&apos;un profil sur les autorités de certification du système (mise à niveau)</translation>
    </message>
    <message>
        <source>Began sealing custody with each person&apos;s own key</source>
        <translation>A commencé à sceller la traçabilité avec la clé propre de chaque personne</translation>
    </message>
    <message>
        <source>Stopped a submission: what legal approved no longer holds</source>
        <translation>A arrêté un envoi : ce que le service juridique a approuvé ne tient plus</translation>
    </message>
    <message>
        <source>pulled from a store whose drop says another time zone or clock offset (%1, %2 s); LP Desk kept its own</source>
        <translation>a reçu d&apos;un magasin dont le dépôt indique un autre fuseau horaire ou un autre décalage d&apos;horloge (%1, %2 s) ; LP Desk a gardé les siens</translation>
    </message>
    <message>
        <source>stopped a submission before it was sent: what legal approved no longer holds</source>
        <translation>a arrêté un envoi avant son départ : ce que le service juridique a approuvé ne tient plus</translation>
    </message>
    <message>
        <source>Added a store&apos;s POS store id</source>
        <translation>Ajout d&apos;un id. de magasin en caisse</translation>
    </message>
    <message>
        <source>Removed a store&apos;s POS store id</source>
        <translation>Suppression d&apos;un id. de magasin en caisse</translation>
    </message>
    <message>
        <source>Began requiring an administrator&apos;s signature on recipient key rotations</source>
        <translation>Début de l&apos;exigence d&apos;une signature d&apos;administrateur pour les changements de clé de destinataire</translation>
    </message>
    <message>
        <source>Recomputed the KPI rollups from the records</source>
        <translation>Recalcul des agrégats des KPI à partir des enregistrements</translation>
    </message>
</context>
<context>
    <name>lpdesk::DashboardBreakdowns</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Breakdowns</source>
        <translation>Répartitions</translation>
    </message>
    <message>
        <source>From detection (medians):</source>
        <translation>Depuis la détection (médianes) :</translation>
    </message>
    <message>
        <source>Incidents by type:</source>
        <translation>Incidents par type :</translation>
    </message>
    <message>
        <source>Incidents by trigger:</source>
        <translation>Incidents par alerte :</translation>
    </message>
    <message>
        <source>Top repeat stores (30 days)</source>
        <translation>Magasins aux incidents les plus répétés (30 jours)</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>Repeat incidents</source>
        <translation>Incidents récurrents</translation>
    </message>
    <message>
        <source>Loss from linked POS</source>
        <translation>Perte d&apos;après les transactions de caisse liées</translation>
    </message>
    <message>
        <source>The value of the POS transactions linked to the cases, in each transaction&apos;s currency; amounts in different currencies are never added together.</source>
        <translation>La valeur des transactions de caisse liées aux dossiers, dans la devise de chaque transaction ; les montants en devises différentes ne sont jamais additionnés.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Median per case</source>
        <translation>Médiane par dossier</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 %2 (median %3)</source>
        <translation>%1 %2 (médiane %3)</translation>
    </message>
    <message>
        <source>(no currency)</source>
        <translation>(sans devise)</translation>
    </message>
    <message>
        <source>to report %1 (p90 %2), to case %3, to legal&apos;s decision %4, to close %5</source>
        <translation>jusqu&apos;à la plainte %1 (p90 %2), jusqu&apos;au dossier %3, jusqu&apos;à la décision du service juridique %4, jusqu&apos;à la clôture %5</translation>
    </message>
</context>
<context>
    <name>lpdesk::DashboardChart</name>
    <message>
        <source>KPIs by day</source>
        <translation>KPI par jour</translation>
    </message>
    <message>
        <source>KPIs by month</source>
        <translation>KPI par mois</translation>
    </message>
    <message>
        <source>KPIs by quarter</source>
        <translation>KPI par trimestre</translation>
    </message>
    <message>
        <source>KPIs by store</source>
        <translation>KPI par magasin</translation>
    </message>
    <message>
        <source>KPIs by region</source>
        <translation>KPI par région</translation>
    </message>
    <message>
        <source>KPIs by week</source>
        <translation>KPI par semaine</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Evidence complete</source>
        <translation>Preuves complètes</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturés</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Récurrents</translation>
    </message>
    <message>
        <source>MTTR median (h)</source>
        <translation>MTTR médiane (h)</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
</context>
<context>
    <name>lpdesk::DashboardComparison</name>
    <message>
        <source>Evidence completeness (%)</source>
        <translation>Complétude des preuves (%)</translation>
    </message>
    <message>
        <source>Police follow-up within 30 days (%)</source>
        <translation>Suivi policier sous 30 jours (%)</translation>
    </message>
    <message>
        <source>Cases closed (%)</source>
        <translation>Dossiers clôturés (%)</translation>
    </message>
    <message>
        <source>Repeat incidents, 30 days (%)</source>
        <translation>Incidents récurrents, 30 jours (%)</translation>
    </message>
    <message>
        <source>Time to report, median (hours)</source>
        <translation>Délai avant plainte, médiane (heures)</translation>
    </message>
    <message>
        <source>Time to report, p90 (hours)</source>
        <translation>Délai avant plainte, p90 (heures)</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Magasins</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>Comparer :</translation>
    </message>
    <message>
        <source>on</source>
        <translation>selon</translation>
    </message>
    <message>
        <source>Regions compared</source>
        <translation>Régions comparées</translation>
    </message>
    <message>
        <source>Stores compared</source>
        <translation>Magasins comparés</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Overall: %1</source>
        <translation>Global : %1</translation>
    </message>
    <message>
        <source>Nothing counted for this figure: %1</source>
        <translation>Aucune donnée comptée pour ce chiffre : %1</translation>
    </message>
</context>
<context>
    <name>lpdesk::DashboardDrillDown</name>
    <message>
        <source>Click a figure or a cell of the table to list the cases behind it.</source>
        <translation>Cliquez sur un chiffre ou sur une cellule du tableau pour lister les dossiers à l&apos;origine de celui-ci.</translation>
    </message>
    <message>
        <source>Cases behind the figure</source>
        <translation>Dossiers à l&apos;origine du chiffre</translation>
    </message>
    <message>
        <source>The cases behind the selected figure; Enter or a double-click opens one</source>
        <translation>Les dossiers à l&apos;origine du chiffre sélectionné ; Entrée ou un double-clic en ouvre un</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Time to report (median)</source>
        <translation>Délai avant plainte (médiane)</translation>
    </message>
    <message>
        <source>Time to report (p90)</source>
        <translation>Délai avant plainte (p90)</translation>
    </message>
    <message>
        <source>Evidence completeness</source>
        <translation>Complétude des preuves</translation>
    </message>
    <message>
        <source>Police follow-up within 30 days</source>
        <translation>Suivi policier sous 30 jours</translation>
    </message>
    <message>
        <source>Cases closed</source>
        <translation>Dossiers clôturés</translation>
    </message>
    <message>
        <source>Repeat incidents (30 days)</source>
        <translation>Incidents récurrents (30 jours)</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>all groups</source>
        <translation>tous les groupes</translation>
    </message>
    <message numerus="yes">
        <source>%1 repeat(s) of %n incident(s)</source>
        <translation>
            <numerusform>%1 récurrent(s) sur %n incident</numerusform>
            <numerusform>%1 récurrent(s) sur %n incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n case(s) counted</source>
        <translation>
            <numerusform>%1 compté(s) sur %n dossier</numerusform>
            <numerusform>%1 compté(s) sur %n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
    <message>
        <source>Store %1, %2 (store-local), %3</source>
        <translation>Magasin %1, %2 (date locale du magasin), %3</translation>
    </message>
    <message>
        <source>(no case)</source>
        <translation>(sans dossier)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2, at or above the p90</source>
        <translation>%1 — %2, au p90 ou au-delà</translation>
    </message>
    <message>
        <source>%1 — complete</source>
        <translation>%1 — complet</translation>
    </message>
    <message>
        <source>%1 — missing: %2</source>
        <translation>%1 — manquant : %2</translation>
    </message>
    <message>
        <source>%1 — followed up</source>
        <translation>%1 — suivi</translation>
    </message>
    <message>
        <source>%1 — no follow-up within 30 days</source>
        <translation>%1 — sans suivi sous 30 jours</translation>
    </message>
    <message>
        <source>%1 — closed</source>
        <translation>%1 — clôturé</translation>
    </message>
    <message>
        <source>%1 — open</source>
        <translation>%1 — ouvert</translation>
    </message>
    <message>
        <source>%1 — incident %2 repeats one within 30 days</source>
        <translation>%1 — l&apos;incident %2 en répète un des 30 jours précédents</translation>
    </message>
    <message>
        <source>Listing the cases behind %1…</source>
        <translation>Préparation de la liste des dossiers à l&apos;origine de %1…</translation>
    </message>
    <message>
        <source>The database is closing.</source>
        <translation>La base de données est en cours de fermeture.</translation>
    </message>
</context>
<context>
    <name>lpdesk::DashboardPage</name>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Tous les magasins</translation>
    </message>
    <message>
        <source>Store %1 (%2)</source>
        <translation>Magasin %1 (%2)</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Par semaine</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>Par trimestre</translation>
    </message>
    <message>
        <source>By store</source>
        <translation>Par magasin</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>Par région</translation>
    </message>
    <message>
        <source>From (store-local date):</source>
        <translation>Du (date locale du magasin) :</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>au :</translation>
    </message>
    <message>
        <source>Time to report (median / p90):</source>
        <translation>Délai avant plainte (médiane / p90) :</translation>
    </message>
    <message>
        <source>Evidence completeness:</source>
        <translation>Complétude des preuves :</translation>
    </message>
    <message>
        <source>Police follow-up within 30 days:</source>
        <translation>Suivi policier sous 30 jours :</translation>
    </message>
    <message>
        <source>Cases closed:</source>
        <translation>Dossiers clôturés :</translation>
    </message>
    <message>
        <source>Repeat incidents (30 days):</source>
        <translation>Incidents récurrents (30 jours) :</translation>
    </message>
    <message>
        <source>Outcomes:</source>
        <translation>Résultats :</translation>
    </message>
    <message>
        <source>Incidents by store-local hour (columns) and weekday (rows)</source>
        <translation>Incidents par heure locale du magasin (colonnes) et jour de la semaine (lignes)</translation>
    </message>
    <message>
        <source>Export figures</source>
        <translation>Exporter les chiffres</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export dashboard</source>
        <translation>Exporter le tableau de bord</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%1 / %2 (%n reported case(s))</source>
        <translation>
            <numerusform>%1 / %2 (%n dossier avec plainte)</numerusform>
            <numerusform>%1 / %2 (%n dossiers avec plainte)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n case(s)</source>
        <translation>
            <numerusform>%1 sur %n dossier</numerusform>
            <numerusform>%1 sur %n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n incident(s)</source>
        <translation>
            <numerusform>%1 sur %n incident</numerusform>
            <numerusform>%1 sur %n incidents</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 arrests, %2 charged, %3 recoveries (%4)</source>
        <translation>%1 interpellations, %2 mises en cause, %3 restitutions (%4)</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturés</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>MTTR median</source>
        <translation>MTTR médiane</translation>
    </message>
    <message>
        <source>MTTR p90</source>
        <translation>MTTR p90</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complets</translation>
    </message>
    <message>
        <source>Repeat (30 d)</source>
        <translation>Récurrents (30 j)</translation>
    </message>
    <message>
        <source>LP Desk dashboard %1 – %2</source>
        <translation>Tableau de bord LP Desk %1 – %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>The database is closing.</source>
        <translation>La base de données est en cours de fermeture.</translation>
    </message>
    <message>
        <source>No incidents between %1 and %2. The newest incident is on %3.</source>
        <translation>Aucun incident entre le %1 et le %2. L&apos;incident le plus récent date du %3.</translation>
    </message>
    <message>
        <source>No incidents between %1 and %2, nor at any other time for this choice of stores.</source>
        <translation>Aucun incident entre le %1 et le %2, ni à aucun autre moment pour cette sélection de magasins.</translation>
    </message>
    <message>
        <source>Show the &amp;90 days up to %1</source>
        <translation>Afficher les &amp;90 jours jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>Show &amp;all (%1 – %2)</source>
        <translation>&amp;Tout afficher (%1 – %2)</translation>
    </message>
    <message>
        <source>Move the period to the 90 days that end with the newest incident</source>
        <translation>Déplacer la période sur les 90 jours qui se terminent par l&apos;incident le plus récent</translation>
    </message>
    <message>
        <source>Widen the period to every incident in the database</source>
        <translation>Élargir la période à tous les incidents de la base de données</translation>
    </message>
    <message>
        <source>Figures by group</source>
        <translation>Chiffres par groupe</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Back to the inbox or home page (the dashboard stays one Ctrl+5 away)</source>
        <translation>Revenir à la boîte de réception ou à la page d&apos;accueil (le tableau de bord reste accessible par Ctrl+5)</translation>
    </message>
    <message>
        <source>Loss from linked POS</source>
        <translation>Perte d&apos;après les transactions de caisse liées</translation>
    </message>
    <message>
        <source>Region %1</source>
        <translation>Région %1</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>Export fi&amp;gures as CSV…</source>
        <translation>Exporter les c&amp;hiffres en CSV…</translation>
    </message>
    <message>
        <source>Export &amp;dashboard as PDF…</source>
        <translation>Exporter le ta&amp;bleau de bord en PDF…</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <source>Store comparison</source>
        <translation>Comparaison des magasins</translation>
    </message>
    <message>
        <source>The figures for each store, region or period chosen above; select a figure to list the cases behind it</source>
        <translation>Les chiffres de chaque magasin, région ou période choisis ci-dessus ; sélectionnez un chiffre pour lister les dossiers à l&apos;origine de celui-ci</translation>
    </message>
    <message>
        <source>Time to report</source>
        <translation>Délai avant plainte</translation>
    </message>
    <message>
        <source>Evidence completeness</source>
        <translation>Complétude des preuves</translation>
    </message>
    <message>
        <source>Police follow-up within 30 days</source>
        <translation>Suivi policier sous 30 jours</translation>
    </message>
    <message>
        <source>Cases closed</source>
        <translation>Dossiers clôturés</translation>
    </message>
    <message>
        <source>Repeat incidents (30 days)</source>
        <translation>Incidents récurrents (30 jours)</translation>
    </message>
    <message>
        <source>Press Enter or Space to list the cases behind this figure</source>
        <translation>Appuyez sur Entrée ou Espace pour lister les dossiers à l&apos;origine de ce chiffre</translation>
    </message>
    <message>
        <source>Click, or press Enter or Space, to list the cases behind this figure</source>
        <translation>Cliquez, ou appuyez sur Entrée ou Espace, pour lister les dossiers à l&apos;origine de ce chiffre</translation>
    </message>
</context>
<context>
    <name>lpdesk::DerivativeMaker</name>
    <message>
        <source>Media %1 is not part of case %2.</source>
        <translation>Le média %1 ne fait pas partie du dossier %2.</translation>
    </message>
    <message>
        <source>%1 is a still, not a clip.</source>
        <translation>%1 est une image fixe, pas un clip.</translation>
    </message>
    <message>
        <source>%1 s is outside the clip (0–%2 s).</source>
        <translation>%1 s est hors du clip (0–%2 s).</translation>
    </message>
    <message>
        <source>Cannot encode the still: %1</source>
        <translation>Impossible d&apos;encoder l&apos;image : %1</translation>
    </message>
    <message>
        <source>The still was recorded, but %1 cannot be written: %2</source>
        <translation>L&apos;image a été consignée, mais %1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>This clip is evidence of several cases (%1); open it from the case the new item is for.</source>
        <translation>Ce clip est une preuve de plusieurs dossiers (%1) ; ouvrez-le depuis le dossier auquel le nouvel élément est destiné.</translation>
    </message>
</context>
<context>
    <name>lpdesk::DocumentPanel</name>
    <message>
        <source>Kept bit for bit as evidence. SHA-256 %1</source>
        <translation>Conservé bit à bit comme preuve. SHA-256 %1</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>type inconnu</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>fichier %1</translation>
    </message>
    <message>
        <source>Document: %1, %2, %3 — not a picture or video</source>
        <translation>Document : %1, %2, %3 — ni image ni vidéo</translation>
    </message>
    <message>
        <source>E&amp;xport a copy…</source>
        <translation>E&amp;xporter une copie…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Write a plaintext copy to a file you choose; its SHA-256 is checked against the master&apos;s and custody records the export</source>
        <translation>Écrire une copie en clair dans le fichier de votre choix ; son SHA-256 est comparé à celui de l&apos;original maître et la traçabilité consigne l&apos;export</translation>
    </message>
    <message>
        <source>Your role may not export evidence.</source>
        <translation>Votre rôle ne permet pas d&apos;exporter des preuves.</translation>
    </message>
    <message>
        <source>Export a copy</source>
        <translation>Exporter une copie</translation>
    </message>
    <message>
        <source>Exporting a copy to %1…</source>
        <translation>Export d&apos;une copie vers %1…</translation>
    </message>
    <message>
        <source>No copy was exported: %1</source>
        <translation>Aucune copie n&apos;a été exportée : %1</translation>
    </message>
    <message>
        <source>Exported a copy to %1; its SHA-256 matches the master&apos;s (%2…).</source>
        <translation>Copie exportée vers %1 ; son SHA-256 correspond à celui de l&apos;original maître (%2…).</translation>
    </message>
    <message>
        <source>No copy was exported: the database is closing.</source>
        <translation>Aucune copie n&apos;a été exportée : la base de données est en cours de fermeture.</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Close the document view</source>
        <translation>Fermer l&apos;affichage du document</translation>
    </message>
</context>
<context>
    <name>lpdesk::DropSource</name>
    <message>
        <source>The store folder %1 does not exist or is not a folder (is the USB stick mounted?).</source>
        <translation>Le dossier du magasin %1 n&apos;existe pas ou n&apos;est pas un dossier (la clé USB est-elle montée ?).</translation>
    </message>
    <message>
        <source>Unknown store source kind %1.</source>
        <translation>Type de source de magasin inconnu %1.</translation>
    </message>
</context>
<context>
    <name>lpdesk::EncryptedAvio</name>
    <message>
        <source>Not a readable media file: %1</source>
        <translation>Fichier média illisible : %1</translation>
    </message>
    <message>
        <source>Cannot read the media streams: %1</source>
        <translation>Impossible de lire les flux média : %1</translation>
    </message>
</context>
<context>
    <name>lpdesk::EncryptedDocument</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB.</source>
        <translation>%1 dépasse %2 Mio.</translation>
    </message>
    <message>
        <source>%1 cannot be decrypted: %2</source>
        <translation>%1 ne peut pas être déchiffré : %2</translation>
    </message>
    <message>
        <source>%1 does not match its recorded SHA-256.</source>
        <translation>%1 ne correspond pas à son SHA-256 enregistré.</translation>
    </message>
</context>
<context>
    <name>lpdesk::EvidenceCopy</name>
    <message>
        <source>%1 already exists; choose a new name for the copy.</source>
        <translation>%1 existe déjà ; choisissez un autre nom pour la copie.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read back %1: %2</source>
        <translation>Impossible de relire %1 : %2</translation>
    </message>
    <message>
        <source>The copy written to %1 has SHA-256 %2, not the master&apos;s %3; it was removed.</source>
        <translation>La copie écrite dans %1 a pour SHA-256 %2 et non %3, celui de l&apos;original maître ; elle a été supprimée.</translation>
    </message>
    <message>
        <source>%1 is too large to show here; export a copy to open it.</source>
        <translation>%1 est trop volumineux pour être affiché ici ; exportez une copie pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>%1 does not match its recorded SHA-256.</source>
        <translation>%1 ne correspond pas à son SHA-256 enregistré.</translation>
    </message>
</context>
<context>
    <name>lpdesk::ExhibitImporter</name>
    <message>
        <source>There is no case %1.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>There is no incident %1.</source>
        <translation>L&apos;incident %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Say where the evidence goes: a case or an incident, not both.</source>
        <translation>Indiquez où vont les preuves : un dossier ou un incident, pas les deux.</translation>
    </message>
    <message>
        <source>The frame rate must be between 0 and 1000.</source>
        <translation>La fréquence d&apos;images doit être comprise entre 0 et 1000.</translation>
    </message>
    <message>
        <source>The clock offset is more than a year.</source>
        <translation>Le décalage de l&apos;horloge dépasse un an.</translation>
    </message>
    <message>
        <source>No files to import.</source>
        <translation>Aucun fichier à importer.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a readable file.</source>
        <translation>%1 n&apos;est pas un fichier lisible.</translation>
    </message>
    <message>
        <source>%1 is %2 GiB; at most %3 GiB can be imported at once.</source>
        <translation>%1 fait %2 Gio ; au plus %3 Gio peuvent être importés à la fois.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>%1 changed while it was read (%2 bytes, then %3).</source>
        <translation>%1 a changé pendant sa lecture (%2 octets, puis %3).</translation>
    </message>
    <message>
        <source>%1 was refused: %2</source>
        <translation>%1 a été refusé : %2</translation>
    </message>
    <message>
        <source>%1 holds %2 files; at most %3 are unpacked.</source>
        <translation>%1 contient %2 fichiers ; au plus %3 sont décompressés.</translation>
    </message>
    <message>
        <source>%1 would unpack to %2 GiB; at most %3 GiB.</source>
        <translation>%1 occuperait %2 Gio une fois décompressé ; au plus %3 Gio.</translation>
    </message>
    <message>
        <source>%1 looks like media, but %2; it is kept as a document, bit for bit.</source>
        <translation>%1 ressemble à un média, mais %2 ; il est conservé comme document, bit à bit.</translation>
    </message>
    <message>
        <source>%1 does not say when it was recorded; give the start time to line it up with other cameras.</source>
        <translation>%1 n&apos;indique pas quand il a été enregistré ; indiquez l&apos;heure de début pour l&apos;aligner sur les autres caméras.</translation>
    </message>
    <message>
        <source>%1 carries the timecode %2.</source>
        <translation>%1 porte le code temporel %2.</translation>
    </message>
    <message>
        <source>working copy of %1</source>
        <translation>copie de travail de %1</translation>
    </message>
    <message>
        <source>Cannot record %1: %2</source>
        <translation>Impossible de consigner %1 : %2</translation>
    </message>
    <message>
        <source>%1 is a raw %2 stream that does not state its frame rate (no timing in its parameter sets); give the frame rate with --fps (Frame rate in Add evidence) and import it again.</source>
        <translation>%1 est un flux %2 brut qui n’indique pas sa fréquence d’images (aucune information de temps dans ses jeux de paramètres) ; indiquez la fréquence avec --fps (Fréquence d’images dans Ajouter une preuve) et importez-le de nouveau.</translation>
    </message>
    <message>
        <source>%1 states %2 fps in its timing; the frame rate given, %3 fps, is used.</source>
        <translation>%1 indique %2 i/s dans ses informations de temps ; la fréquence indiquée, %3 i/s, est utilisée.</translation>
    </message>
    <message>
        <source>%1 is a raw stream; it is read at the frame rate given, %2 fps.</source>
        <translation>%1 est un flux brut ; il est lu à la fréquence indiquée, %2 i/s.</translation>
    </message>
    <message>
        <source>%1 is a raw stream; its frame rate, %2 fps, is the one its timing states.</source>
        <translation>%1 est un flux brut ; sa fréquence d’images, %2 i/s, est celle qu’indiquent ses informations de temps.</translation>
    </message>
    <message>
        <source>%1 is a HEIC/HEIF still; neither FFmpeg %2 nor Qt %3 on this workstation can decode HEIF, so it cannot be shown. It is kept bit for bit as a document.</source>
        <translation>%1 est une image HEIC/HEIF ; ni FFmpeg %2 ni Qt %3 sur ce poste ne savent décoder le HEIF, elle ne peut donc pas être affichée. Elle est conservée bit à bit comme document.</translation>
    </message>
    <message>
        <source>%1 holds no EXIF time that can be read; give the start time if it matters.</source>
        <translation>%1 ne contient aucune heure EXIF lisible ; indiquez l’heure de début si elle compte.</translation>
    </message>
    <message>
        <source>Say where the evidence came from, in 1–%1 characters (Source in Add evidence; --source for lpdesk-cli).</source>
        <translation>Indiquez la provenance des preuves, de 1 à %1 caractères (Origine dans Ajouter des preuves ; --source pour lpdesk-cli).</translation>
    </message>
    <message>
        <source>%1 states no date, only the timecode %2: its start is taken as %3 (that time of day in %4, on the last day on which it is not after the file was last modified, %5). Check it, or give the start time.</source>
        <translation>%1 n&apos;indique aucune date, seulement le code temporel %2 : son début est pris à %3 (cette heure de la journée dans le fuseau horaire %4, le dernier jour où elle n&apos;est pas postérieure à la dernière modification du fichier, %5). Vérifiez-le ou indiquez l&apos;heure de début.</translation>
    </message>
    <message>
        <source>its video is %1, which LP Desk&apos;s player, trims and redaction are not built for</source>
        <translation>sa vidéo est en %1, pour lequel le lecteur, les découpes et le floutage de LP Desk ne sont pas conçus</translation>
    </message>
    <message>
        <source>it cannot be remuxed into MP4 (%1)</source>
        <translation>il ne peut pas être remultiplexé en MP4 (%1)</translation>
    </message>
    <message>
        <source>its MP4 remux does not play (%1)</source>
        <translation>son remultiplexage en MP4 ne se lit pas (%1)</translation>
    </message>
    <message>
        <source>No working copy of %1: %2, and transcoding it failed (%3).</source>
        <translation>Aucune copie de travail de %1 : %2, et son transcodage a échoué (%3).</translation>
    </message>
    <message>
        <source>The working copy of %1 is transcoded to H.264 (%2) because %3; the master is kept as it came.</source>
        <translation>La copie de travail de %1 est transcodée en H.264 (%2) parce que %3 ; l&apos;original maître est conservé tel qu&apos;il est arrivé.</translation>
    </message>
    <message>
        <source>the player finds no frame in it</source>
        <translation>le lecteur n&apos;y trouve aucune image</translation>
    </message>
    <message>
        <source>The working copy of %1 leaves out what MP4 cannot carry (%2); the master keeps it.</source>
        <translation>La copie de travail de %1 laisse de côté ce que MP4 ne peut pas contenir (%2) ; l&apos;original maître le conserve.</translation>
    </message>
    <message>
        <source>The working copy of %1 keeps its sound, which MP4 cannot carry as recorded: %2 (the video is copied as recorded; the master keeps the original sound).</source>
        <translation>La copie de travail de %1 conserve le son, que MP4 ne peut pas contenir tel qu&apos;il a été enregistré : %2 (la vidéo est copiée telle qu&apos;enregistrée ; l&apos;original maître conserve le son d&apos;origine).</translation>
    </message>
</context>
<context>
    <name>lpdesk::ExportPackageDialog</name>
    <message>
        <source>&amp;Encrypt the package with a password (AES-256)</source>
        <translation>&amp;Chiffrer le paquet avec un mot de passe (AES-256)</translation>
    </message>
    <message>
        <source>Export sealed package</source>
        <translation>Exporter le paquet scellé</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Package file</source>
        <translation>Fichier du paquet</translation>
    </message>
    <message>
        <source>ZIP packages (*.zip)</source>
        <translation>Paquets ZIP (*.zip)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Type the same password twice.</source>
        <translation>Saisissez deux fois le même mot de passe.</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>Export de %1</translation>
    </message>
    <message>
        <source>Leave the password empty to have one generated (shown once), or type one of at least %1 characters. Hand it over separately (by phone, never with the package).</source>
        <translation>Laissez le mot de passe vide pour en générer un (affiché une seule fois) ou saisissez-en un d’au moins %1 caractères. Remettez-le séparément (par téléphone, jamais avec le paquet).</translation>
    </message>
    <message>
        <source>A password you choose needs at least %1 characters; leave both fields empty to have one generated.</source>
        <translation>Un mot de passe choisi doit compter au moins %1 caractères ; laissez les deux champs vides pour en générer un.</translation>
    </message>
    <message>
        <source>The package password (shown once; hand it over separately, never with the package):

%1</source>
        <translation>Le mot de passe du paquet (affiché une seule fois ; remettez-le séparément, jamais avec le paquet) :

%1</translation>
    </message>
    <message>
        <source>LP Desk generates the password and shows it once when the package is written. Only %1, the legal reviewer who approved this release, may choose one instead. Hand it over separately (by phone, never with the package).</source>
        <translation>LP Desk génère le mot de passe et l&apos;affiche une seule fois à l&apos;écriture du paquet. Seule la personne du service juridique qui a approuvé cette remise, %1, peut en choisir un à la place. Remettez-le séparément (par téléphone, jamais avec le paquet).</translation>
    </message>
    <message>
        <source>LP Desk generates the password and shows it once when the package is written. Only the legal reviewer who approved the release may choose one instead. Hand it over separately (by phone, never with the package).</source>
        <translation>LP Desk génère le mot de passe et l&apos;affiche une seule fois à l&apos;écriture du paquet. Seule la personne du service juridique qui a approuvé la remise peut en choisir un à la place. Remettez-le séparément (par téléphone, jamais avec le paquet).</translation>
    </message>
    <message>
        <source>Package written to %1</source>
        <translation>Paquet écrit dans %1</translation>
    </message>
</context>
<context>
    <name>lpdesk::FirstRunWizard</name>
    <message>
        <source>Set up LP Desk</source>
        <translation>Configurer LP Desk</translation>
    </message>
    <message>
        <source>Welcome to LP Desk</source>
        <translation>Bienvenue dans LP Desk</translation>
    </message>
    <message>
        <source>LP Desk keeps every case — incidents, footage, POS records, statements and the chain of custody — in one encrypted case database on this computer.

Each person who uses it gets their own passphrase and role (investigator, legal, administrator, auditor). You are about to create the database and its first administrator.</source>
        <translation>LP Desk conserve chaque dossier — incidents, vidéos, données de caisse, déclarations et chaîne de traçabilité — dans une seule base de données chiffrée sur cet ordinateur.

Chaque utilisateur a sa propre phrase secrète et son rôle (enquêteur, service juridique, administrateur, auditeur). Vous allez créer la base de données et son premier administrateur.</translation>
    </message>
    <message>
        <source>Where and for whom</source>
        <translation>Où et pour qui</translation>
    </message>
    <message>
        <source>&amp;Database file:</source>
        <translation>Fichier de la &amp;base de données :</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>&amp;Workstation name:</source>
        <translation>Nom du poste de &amp;travail :</translation>
    </message>
    <message>
        <source>The organisation name appears on the certificate that signs packages for police.</source>
        <translation>Le nom de l&apos;organisation figure sur le certificat qui signe les paquets destinés à la police.</translation>
    </message>
    <message>
        <source>New case database</source>
        <translation>Nouvelle base de données des dossiers</translation>
    </message>
    <message>
        <source>LP Desk databases (*.lpdb)</source>
        <translation>Bases de données LP Desk (*.lpdb)</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>Premier administrateur</translation>
    </message>
    <message>
        <source>There is no way to recover a forgotten passphrase. Add a second administrator later so that the database can still be opened if one passphrase is lost.</source>
        <translation>Une phrase secrète oubliée ne peut pas être récupérée. Ajoutez plus tard un deuxième administrateur pour que la base reste accessible si une phrase secrète est perdue.</translation>
    </message>
    <message>
        <source>Creating the database</source>
        <translation>Création de la base de données</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file.</source>
        <translation>%1 existe déjà ; choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>Names are letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;@&apos; or &apos;-&apos;.</source>
        <translation>Les noms sont composés de lettres, chiffres, &apos;.&apos;, &apos;_&apos;, &apos;@&apos; ou &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Enter the same passphrase twice.</source>
        <translation>Saisissez deux fois la même phrase secrète.</translation>
    </message>
    <message>
        <source>Tuning the passphrase protection to this computer and generating keys…</source>
        <translation>Ajustement de la protection de la phrase secrète à cet ordinateur et génération des clés…</translation>
    </message>
    <message>
        <source>The database could not be created: %1</source>
        <translation>La base de données n&apos;a pas pu être créée : %1</translation>
    </message>
    <message>
        <source>Done. The database is ready at %1.</source>
        <translation>Terminé. La base de données est prête dans %1.</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
</context>
<context>
    <name>lpdesk::FolderDropSource</name>
    <message>
        <source>Refused the unsafe path %1.</source>
        <translation>Chemin dangereux refusé : %1.</translation>
    </message>
    <message>
        <source>%1 is missing from the store folder.</source>
        <translation>%1 manque dans le dossier du magasin.</translation>
    </message>
    <message>
        <source>%1 points outside the store folder.</source>
        <translation>%1 pointe hors du dossier du magasin.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 n&apos;est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, more than the %3 allowed.</source>
        <translation>%1 fait %2 octets, plus que les %3 permis.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 grew past the size allowed.</source>
        <translation>%1 a dépassé la taille permise en grandissant.</translation>
    </message>
    <message>
        <source>%1 is %2 bytes but the incident says %3.</source>
        <translation>%1 fait %2 octets, mais l&apos;incident indique %3.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>La lecture de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>L&apos;écriture de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>%1 is larger than allowed.</source>
        <translation>%1 dépasse la taille permise.</translation>
    </message>
</context>
<context>
    <name>lpdesk::FollowUpPanel</name>
    <message>
        <source>Record &amp;follow-up</source>
        <translation>&amp;Enregistrer un suivi</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>The agency&apos;s case number</source>
        <translation>Numéro de dossier de l&apos;organisme</translation>
    </message>
    <message>
        <source>Value recovered, if any</source>
        <translation>Valeur récupérée, le cas échéant</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Quoi :</translation>
    </message>
    <message>
        <source>W&amp;hen:</source>
        <translation>Q&amp;uand :</translation>
    </message>
    <message>
        <source>Agency &amp;case:</source>
        <translation>Dossier de l&apos;or&amp;ganisme :</translation>
    </message>
    <message>
        <source>Police follow-up</source>
        <translation>Suivi policier</translation>
    </message>
    <message>
        <source>agency case %1</source>
        <translation>dossier de l&apos;organisme %1</translation>
    </message>
    <message>
        <source>officer %1</source>
        <translation>agent %1</translation>
    </message>
    <message>
        <source>recovered %1</source>
        <translation>récupéré %1</translation>
    </message>
    <message>
        <source>from the agency&apos;s response</source>
        <translation>d&apos;après la réponse de l&apos;organisme</translation>
    </message>
    <message>
        <source>Recorded by %1 at %2</source>
        <translation>Consigné par %1 le %2</translation>
    </message>
    <message>
        <source>%1 from %2 (%3)%4</source>
        <translation>%1 émanant de %2 (%3)%4</translation>
    </message>
    <message>
        <source> — OVERDUE</source>
        <translation> — EN RETARD</translation>
    </message>
    <message>
        <source>No police request names this case.</source>
        <translation>Aucune réquisition ne cite ce dossier.</translation>
    </message>
    <message>
        <source>Police requests: %1</source>
        <translation>Réquisitions : %1</translation>
    </message>
    <message>
        <source>The value recovered is a number, e.g. 49.99.</source>
        <translation>La valeur récupérée est un nombre, p. ex. 49,99.</translation>
    </message>
    <message>
        <source>Off&amp;icer:</source>
        <translation>&amp;Agent :</translation>
    </message>
    <message>
        <source>Reco&amp;vered:</source>
        <translation>&amp;Récupéré :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>Ask the agencies this case was submitted to what they did, and record it</source>
        <translation>Demander aux organismes auxquels ce dossier a été envoyé ce qu&apos;ils ont fait, et l&apos;enregistrer</translation>
    </message>
    <message>
        <source>Checking for police follow-up</source>
        <translation>Consultation du suivi policier</translation>
    </message>
    <message>
        <source>Asking agency %1 of %2</source>
        <translation>Interrogation de l&apos;organisme %1 sur %2</translation>
    </message>
    <message>
        <source>Asking the agencies…</source>
        <translation>Interrogation des organismes…</translation>
    </message>
    <message>
        <source>%1 on %2, from %3</source>
        <translation>%1 le %2, de %3</translation>
    </message>
    <message>
        <source>, agency case %1</source>
        <translation>, dossier de l&apos;organisme %1</translation>
    </message>
    <message>
        <source>, officer %1</source>
        <translation>, agent %1</translation>
    </message>
    <message>
        <source>Nothing new: no agency has a status for this case&apos;s submissions yet.</source>
        <translation>Rien de nouveau : aucun organisme n&apos;a encore d&apos;état pour les envois de ce dossier.</translation>
    </message>
    <message>
        <source>Nothing new from the agencies.</source>
        <translation>Rien de nouveau de la part des organismes.</translation>
    </message>
    <message numerus="yes">
        <source>%n new police follow-up(s) recorded:</source>
        <translation>
            <numerusform>%n nouveau suivi policier enregistré :</numerusform>
            <numerusform>%n nouveaux suivis policiers enregistrés :</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the agency&apos;s status of %1</source>
        <translation>Impossible de lire l&apos;état de %1 auprès de l&apos;organisme</translation>
    </message>
    <message>
        <source>Check for police follow-&amp;up</source>
        <translation>Consulter le sui&amp;vi policier</translation>
    </message>
    <message>
        <source>Asking the agencies: see Jobs (Ctrl+J) for its progress.</source>
        <translation>Interrogation des agences : suivez sa progression dans Tâches (Ctrl+J).</translation>
    </message>
</context>
<context>
    <name>lpdesk::FollowUps</name>
    <message>
        <source>The kind of follow-up is one of: %1.</source>
        <translation>Le type de suivi est l&apos;un de : %1.</translation>
    </message>
    <message>
        <source>A follow-up cannot lie in the future.</source>
        <translation>Un suivi ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>The agency case number, officer or note is too long.</source>
        <translation>Le numéro de dossier de l&apos;organisme, l&apos;agent ou la note est trop long.</translation>
    </message>
    <message>
        <source>The recovered amount must be a number between 0 and 1,000,000,000.</source>
        <translation>Le montant récupéré doit être un nombre compris entre 0 et 1 000 000 000.</translation>
    </message>
    <message>
        <source>The source is manual or agency.</source>
        <translation>La source vaut manual ou agency.</translation>
    </message>
    <message>
        <source>Say when it happened (a date, or a date and time).</source>
        <translation>Indiquez quand cela s&apos;est produit (une date, ou une date et une heure).</translation>
    </message>
</context>
<context>
    <name>lpdesk::HashChain</name>
    <message>
        <source>chain %1: %2 events, intact (head %3)</source>
        <translation>chaîne %1 : %2 événements, intacte (tête %3)</translation>
    </message>
    <message>
        <source>chain %1, event %2: %3</source>
        <translation>chaîne %1, événement %2 : %3</translation>
    </message>
    <message>
        <source>Could not record the event: %1</source>
        <translation>Impossible de consigner l&apos;événement : %1</translation>
    </message>
    <message>
        <source>missing (deleted)</source>
        <translation>manquant (supprimé)</translation>
    </message>
    <message>
        <source>%1 events up to %2 are missing (deleted)</source>
        <translation>%1 événements jusqu&apos;au %2 manquent (supprimés)</translation>
    </message>
    <message>
        <source>duplicate or out-of-order sequence number</source>
        <translation>numéro de séquence en double ou dans le désordre</translation>
    </message>
    <message>
        <source>event text is not valid JSON (edited)</source>
        <translation>le texte de l&apos;événement n&apos;est pas du JSON valide (modifié)</translation>
    </message>
    <message>
        <source>event says it is number %1: events were reordered</source>
        <translation>l&apos;événement se dit numéro %1 : des événements ont été réordonnés</translation>
    </message>
    <message>
        <source>indexed columns differ from the hashed event (edited)</source>
        <translation>les colonnes indexées diffèrent de l&apos;événement haché (modifié)</translation>
    </message>
    <message>
        <source>event belongs to another chain (moved)</source>
        <translation>l&apos;événement appartient à une autre chaîne (déplacé)</translation>
    </message>
    <message>
        <source>link to the previous event is broken (an earlier event was deleted, edited or reordered)</source>
        <translation>le lien avec l&apos;événement précédent est rompu (un événement antérieur a été supprimé, modifié ou réordonné)</translation>
    </message>
    <message>
        <source>contents were edited (hash mismatch)</source>
        <translation>le contenu a été modifié (empreinte différente)</translation>
    </message>
</context>
<context>
    <name>lpdesk::HoldsDialog</name>
    <message>
        <source>Show &amp;lifted holds too</source>
        <translation>Afficher aussi les gels &amp;levés</translation>
    </message>
    <message>
        <source>&amp;Place hold</source>
        <translation>&amp;Placer un gel</translation>
    </message>
    <message>
        <source>Lift selected &amp;hold…</source>
        <translation>Le&amp;ver le gel sélectionné…</translation>
    </message>
    <message>
        <source>&amp;Set rule</source>
        <translation>&amp;Fixer la règle</translation>
    </message>
    <message>
        <source>&amp;Remove selected rule</source>
        <translation>&amp;Supprimer la règle sélectionnée</translation>
    </message>
    <message>
        <source>P&amp;urge expired evidence…</source>
        <translation>P&amp;urger les preuves expirées…</translation>
    </message>
    <message>
        <source>Legal holds and retention</source>
        <translation>Gels juridiques et conservation</translation>
    </message>
    <message>
        <source>Legal holds</source>
        <translation>Gels juridiques</translation>
    </message>
    <message>
        <source>Retention rules</source>
        <translation>Règles de conservation</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Placé</translation>
    </message>
    <message>
        <source>Lifted</source>
        <translation>Levé</translation>
    </message>
    <message>
        <source>Case reference (LPD-…) or incident id</source>
        <translation>Référence du dossier (LPD-…) ou id. de l&apos;incident</translation>
    </message>
    <message>
        <source>Why it must be kept (litigation, subpoena…)</source>
        <translation>Pourquoi il faut le conserver (litige, injonction…)</translation>
    </message>
    <message>
        <source>Nothing of a case or incident on legal hold is ever purged. Only legal or an administrator can lift a hold, with a reason.</source>
        <translation>Rien d&apos;un dossier ou d&apos;un incident sous gel juridique n&apos;est jamais purgé. Seul le service juridique ou un administrateur peut lever un gel, en indiquant un motif.</translation>
    </message>
    <message>
        <source>Hold &amp;on:</source>
        <translation>G&amp;el sur :</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>S&apos;applique à</translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation>Conservé pendant</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Compté à partir de</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Fixée</translation>
    </message>
    <message>
        <source>Incident type</source>
        <translation>Type d&apos;incident</translation>
    </message>
    <message>
        <source>Evidence kind</source>
        <translation>Type de preuve</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Expired evidence is purged only by Purge: its encrypted file is deleted and a tombstone with its hash stays. Without a rule nothing is ever purged.</source>
        <translation>Les preuves expirées ne sont purgées que par Purger : leur fichier chiffré est supprimé et une trace de suppression avec son empreinte est conservée. Sans règle, rien n&apos;est jamais purgé.</translation>
    </message>
    <message>
        <source>from</source>
        <translation>à partir de</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Conserver :</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>en vigueur</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 par %2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Say which case or incident to hold.</source>
        <translation>Indiquez le dossier ou l&apos;incident à geler.</translation>
    </message>
    <message>
        <source>A legal hold needs a reason.</source>
        <translation>Un gel juridique demande un motif.</translation>
    </message>
    <message>
        <source>Select the hold to lift.</source>
        <translation>Sélectionnez le gel à lever.</translation>
    </message>
    <message>
        <source>Lift legal hold</source>
        <translation>Lever le gel juridique</translation>
    </message>
    <message>
        <source>Why may %1 be purged again?</source>
        <translation>Pourquoi %1 peut-il de nouveau être purgé ?</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Select the rule to remove.</source>
        <translation>Sélectionnez la règle à supprimer.</translation>
    </message>
    <message>
        <source>Rule &amp;for:</source>
        <translation>&amp;Règle pour :</translation>
    </message>
    <message>
        <source>Purging: see Jobs (Ctrl+J) for its progress and Cancel.</source>
        <translation>Purge : suivez sa progression et Annuler dans Tâches (Ctrl+J).</translation>
    </message>
    <message>
        <source>The purge failed: %1</source>
        <translation>La purge a échoué : %1</translation>
    </message>
</context>
<context>
    <name>lpdesk::HttpSignature</name>
    <message>
        <source>A covered component is malformed: %1</source>
        <translation>Un composant couvert est mal formé : %1</translation>
    </message>
    <message>
        <source>an ecdsa-p256-sha256 signature is 64 bytes (r‖s)</source>
        <translation>une signature ecdsa-p256-sha256 fait 64 octets (r‖s)</translation>
    </message>
    <message>
        <source>no certificate to check the signature with</source>
        <translation>aucun certificat pour contrôler la signature</translation>
    </message>
    <message>
        <source>the certificate&apos;s key is not ECDSA P-256</source>
        <translation>la clé du certificat n&apos;est pas ECDSA P-256</translation>
    </message>
    <message>
        <source>the signature cannot be encoded</source>
        <translation>la signature ne peut pas être encodée</translation>
    </message>
    <message>
        <source>the HTTP message signature does not verify</source>
        <translation>la signature du message HTTP ne se vérifie pas</translation>
    </message>
</context>
<context>
    <name>lpdesk::HttpsDropSource</name>
    <message>
        <source>The store&apos;s CA file is not a PEM certificate.</source>
        <translation>Le fichier d&apos;AC du magasin n&apos;est pas un certificat PEM.</translation>
    </message>
    <message>
        <source>The client certificate file is not a PEM certificate.</source>
        <translation>Le fichier du certificat client n&apos;est pas un certificat PEM.</translation>
    </message>
    <message>
        <source>The client key file is not an unencrypted PEM EC or RSA private key.</source>
        <translation>Le fichier de clé client n&apos;est pas une clé privée PEM EC ou RSA non chiffrée.</translation>
    </message>
    <message>
        <source>The store URL must be https://host[:port]/path (got %1).</source>
        <translation>L&apos;URL du magasin doit être https://hôte[:port]/chemin (reçu : %1).</translation>
    </message>
    <message>
        <source>TLS: the store&apos;s certificate is not valid for %1 (%2). Nothing was downloaded.</source>
        <translation>TLS : le certificat du magasin n&apos;est pas valide pour %1 (%2). Rien n&apos;a été téléchargé.</translation>
    </message>
    <message>
        <source>TLS: the store&apos;s server certificate is not signed by the pinned CA (%1). Refusing to connect; nothing was downloaded.</source>
        <translation>TLS : le certificat du serveur du magasin n&apos;est pas signé par l&apos;AC épinglée (%1). Connexion refusée ; rien n&apos;a été téléchargé.</translation>
    </message>
    <message>
        <source>Cannot connect to the store at %1: connection refused.</source>
        <translation>Impossible de se connecter au magasin à %1 : connexion refusée.</translation>
    </message>
    <message>
        <source>Cannot find the store&apos;s server %1 (DNS).</source>
        <translation>Serveur du magasin %1 introuvable (DNS).</translation>
    </message>
    <message>
        <source>The store at %1 did not answer within %2 seconds.</source>
        <translation>Le magasin à %1 n&apos;a pas répondu en %2 secondes.</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2. The store may require a client certificate, or ours may not be accepted.</source>
        <translation>La négociation TLS avec %1 a échoué : %2. Le magasin exige peut-être un certificat client, ou refuse le nôtre.</translation>
    </message>
    <message>
        <source>The store at %1 closed the connection while sending %2.</source>
        <translation>Le magasin à %1 a fermé la connexion pendant l&apos;envoi de %2.</translation>
    </message>
    <message>
        <source>The store requires a valid client certificate (HTTP %1). Configure the certificate the store issued to this workstation.</source>
        <translation>Le magasin exige un certificat client valide (HTTP %1). Configurez le certificat que le magasin a émis pour ce poste.</translation>
    </message>
    <message>
        <source>%1 is missing on the store&apos;s server (HTTP 404).</source>
        <translation>%1 manque sur le serveur du magasin (HTTP 404).</translation>
    </message>
    <message>
        <source>The store refused access to %1 (HTTP %2).</source>
        <translation>Le magasin a refusé l&apos;accès à %1 (HTTP %2).</translation>
    </message>
    <message>
        <source>The store answered HTTP %1 for %2.</source>
        <translation>Le magasin a répondu HTTP %1 pour %2.</translation>
    </message>
    <message>
        <source>Downloading %1 failed: %2</source>
        <translation>Le téléchargement de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Refused the unsafe path %1.</source>
        <translation>Chemin dangereux refusé : %1.</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, more than the %3 allowed.</source>
        <translation>%1 fait %2 octets, plus que les %3 permis.</translation>
    </message>
    <message>
        <source>%1 is larger than the %2 bytes allowed.</source>
        <translation>%1 dépasse les %2 octets permis.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>The store answered a resumed download of %1 with the wrong range.</source>
        <translation>Le magasin a répondu à la reprise du téléchargement de %1 avec une mauvaise plage.</translation>
    </message>
    <message>
        <source>%1 is larger on the server than the incident says (%2 bytes).</source>
        <translation>%1 est plus gros sur le serveur que ne l&apos;indique l&apos;incident (%2 octets).</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>L&apos;écriture de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Cancelled; %1 of %2 bytes of %3 are kept to resume.</source>
        <translation>Annulé ; %1 des %2 octets de %3 sont conservés pour reprendre.</translation>
    </message>
    <message>
        <source>The download of %1 ended early (%2 of %3 bytes); it will resume.</source>
        <translation>Le téléchargement de %1 s&apos;est arrêté trop tôt (%2 sur %3 octets) ; il reprendra.</translation>
    </message>
    <message>
        <source>%1 is larger than allowed.</source>
        <translation>%1 dépasse la taille permise.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The store at %1</source>
        <translation>Le magasin à %1</translation>
    </message>
</context>
<context>
    <name>lpdesk::IdleLock</name>
    <message numerus="yes">
        <source>Locking in %n s — move the mouse to stay signed in</source>
        <translation>
            <numerusform>Verrouillage dans %n s — bougez la souris pour rester connecté</numerusform>
            <numerusform>Verrouillage dans %n s — bougez la souris pour rester connecté</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock when &amp;idle</source>
        <translation>Verrouiller en cas d&apos;&amp;inactivité</translation>
    </message>
    <message numerus="yes">
        <source>After %n minute(s)</source>
        <translation>
            <numerusform>Après %n minute</numerusform>
            <numerusform>Après %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The organisation allows at most %n minute(s)</source>
        <translation>
            <numerusform>L&apos;organisation autorise au plus %n minute</numerusform>
            <numerusform>L&apos;organisation autorise au plus %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the organisation&apos;s limit…</source>
        <translation>Définir la limite de l&apos;organisation…</translation>
    </message>
    <message>
        <source>Lock when idle</source>
        <translation>Verrouiller en cas d&apos;inactivité</translation>
    </message>
    <message>
        <source>Every workstation of the organisation locks after at most this many minutes without input:</source>
        <translation>Tous les postes de travail de l&apos;organisation se verrouillent après au plus ce nombre de minutes sans activité :</translation>
    </message>
</context>
<context>
    <name>lpdesk::IdleLockPolicy</name>
    <message>
        <source>The idle lock takes %1 to %2 minutes (got %3).</source>
        <translation>Le verrouillage en cas d&apos;inactivité attend de %1 à %2 minutes (reçu : %3).</translation>
    </message>
</context>
<context>
    <name>lpdesk::InboxView</name>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>With clips</source>
        <translation>Avec clips</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Non lus</translation>
    </message>
    <message>
        <source>Search narratives, suspects, statements… (Ctrl+F)</source>
        <translation>Rechercher dans les récits, suspects, déclarations… (Ctrl+F)</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>All triggers</source>
        <translation>Toutes les alertes</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Toute gravité</translation>
    </message>
    <message>
        <source>≥ </source>
        <translation>≥ </translation>
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
        <translation>Nouveau dossier avec la sélection…</translation>
    </message>
    <message>
        <source>Mark unread</source>
        <translation>Marquer comme non lu</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an incident to see its details.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sélectionnez un incident pour voir ses détails.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Tous les magasins</translation>
    </message>
    <message>
        <source>URGENT</source>
        <translation>URGENT</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Détecté</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>, register %1</source>
        <translation>, caisse %1</translation>
    </message>
    <message>
        <source>, camera %1</source>
        <translation>, caméra %1</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Récit</translation>
    </message>
    <message>
        <source>Suspect descriptions</source>
        <translation>Signalement des suspects</translation>
    </message>
    <message>
        <source>POS references</source>
        <translation>Références de caisse</translation>
    </message>
    <message>
        <source>Register %1, transaction %2, business day %3</source>
        <translation>Caisse %1, transaction %2, journée commerciale %3</translation>
    </message>
    <message>
        <source>Statements from the store</source>
        <translation>Déclarations du magasin</translation>
    </message>
    <message>
        <source>Clips</source>
        <translation>Clips</translation>
    </message>
    <message numerus="yes">
        <source>%n clip(s) were refused at ingest (see quarantine)</source>
        <translation>
            <numerusform>%n clip a été refusé à la réception (voir la quarantaine)</numerusform>
            <numerusform>%n clips ont été refusés à la réception (voir la quarantaine)</numerusform>
        </translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>chargement…</translation>
    </message>
    <message>
        <source>Open this clip in the player</source>
        <translation>Ouvrir ce clip dans le lecteur</translation>
    </message>
    <message>
        <source>no preview</source>
        <translation>pas d&apos;aperçu</translation>
    </message>
    <message numerus="yes">
        <source> — %n more hidden by the dates</source>
        <translation>
            <numerusform> — %n autre masqué par les dates</numerusform>
            <numerusform> — %n autres masqués par les dates</numerusform>
        </translation>
    </message>
    <message>
        <source>Police request overdue: %1 %2 %3, due %4</source>
        <translation>Réquisition en retard : %1 %2 %3, due le %4</translation>
    </message>
    <message>
        <source>Exigent disclosure to %1 awaits legal&apos;s sign-off (due %2)</source>
        <translation>La communication en urgence à %1 attend la validation du service juridique (avant le %2)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>in case %1</source>
        <translation>dans le dossier %1</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Minimum severity</source>
        <translation>Gravité minimale</translation>
    </message>
    <message>
        <source>Clip %1</source>
        <translation>Clip %1</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <comment>received &lt;time&gt; from &lt;source&gt;</comment>
        <translation>%1, en provenance de %2</translation>
    </message>
    <message>
        <source>Exigent disclosure to %1: legal&apos;s sign-off is overdue (was due %2)</source>
        <translation>Communication en urgence à %1 : la validation du service juridique est en retard (échéance le %2)</translation>
    </message>
</context>
<context>
    <name>lpdesk::IncidentInbox</name>
    <message>
        <source>Search for at least one word.</source>
        <translation>Recherchez au moins un mot.</translation>
    </message>
    <message>
        <source>There is no incident %1.</source>
        <translation>L&apos;incident %1 n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>lpdesk::IncidentTableModel</name>
    <message>
        <source>!</source>
        <translation>!</translation>
    </message>
    <message>
        <source>Detected (store time)</source>
        <translation>Détecté (heure du magasin)</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Clips</source>
        <translation>Clips</translation>
    </message>
    <message>
        <source>Urgent: %1 (priority %2)</source>
        <translation>Urgent : %1 (priorité %2)</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>URGENT</source>
        <translation>URGENT</translation>
    </message>
    <message>
        <source>%1 (%2 refused)</source>
        <translation>%1 (%2 refusés)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>in case %1</source>
        <translation>dans le dossier %1</translation>
    </message>
</context>
<context>
    <name>lpdesk::JobDialog</name>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Traitement…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>The database is closing; the job was not started.</source>
        <translation>La base de données est en cours de fermeture ; la tâche n&apos;a pas été lancée.</translation>
    </message>
</context>
<context>
    <name>lpdesk::JobQueue</name>
    <message>
        <source>The database is closing; the job was not started.</source>
        <translation>La base de données est en cours de fermeture ; la tâche n&apos;a pas été lancée.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Traitement…</translation>
    </message>
</context>
<context>
    <name>lpdesk::JobsPanel</name>
    <message>
        <source>No jobs.</source>
        <translation>Aucune tâche.</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Clear &amp;ended</source>
        <translation>Retirer les &amp;terminées</translation>
    </message>
    <message>
        <source>Take the jobs that have ended off this list</source>
        <translation>Retirer de cette liste les tâches terminées</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>Annuler %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
</context>
<context>
    <name>lpdesk::JsonCheck</name>
    <message>
        <source>%1: field &quot;%2&quot; %3</source>
        <translation>%1 : le champ « %2 » %3</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est absent</translation>
    </message>
    <message>
        <source>is not allowed</source>
        <translation>n&apos;est pas autorisé</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>dépasse %1 caractères</translation>
    </message>
    <message>
        <source>has an invalid value</source>
        <translation>a une valeur non valide</translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation>doit être un entier</translation>
    </message>
    <message>
        <source>is out of range (%1…%2)</source>
        <translation>est hors limites (%1…%2)</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation>est hors limites</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>doit être un tableau</translation>
    </message>
    <message>
        <source>has more than %1 items</source>
        <translation>a plus de %1 éléments</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>doit être l&apos;un de : %1</translation>
    </message>
</context>
<context>
    <name>lpdesk::KeySlotFile</name>
    <message>
        <source>Unknown user or wrong passphrase.</source>
        <translation>Utilisateur inconnu ou phrase secrète incorrecte.</translation>
    </message>
    <message>
        <source>The key-slot file %1 is missing; the database cannot be unlocked without it.</source>
        <translation>Le fichier d&apos;emplacements de clé %1 manque ; sans lui, la base de données ne peut pas être déverrouillée.</translation>
    </message>
    <message>
        <source>Cannot read the key-slot file %1: %2</source>
        <translation>Impossible de lire le fichier d&apos;emplacements de clé %1 : %2</translation>
    </message>
    <message>
        <source>The key-slot file %1 is too large to be genuine.</source>
        <translation>Le fichier d&apos;emplacements de clé %1 est trop gros pour être authentique.</translation>
    </message>
    <message>
        <source>The key-slot file is corrupt (%1).</source>
        <translation>Le fichier d&apos;emplacements de clé est corrompu (%1).</translation>
    </message>
    <message>
        <source>Cannot write the key-slot file %1: %2</source>
        <translation>Impossible d&apos;écrire le fichier d&apos;emplacements de clé %1 : %2</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>La phrase secrète ne doit pas être vide.</translation>
    </message>
    <message>
        <source>Could not create the key slot.</source>
        <translation>Impossible de créer l&apos;emplacement de clé.</translation>
    </message>
    <message>
        <source>The key slot for this user is damaged: %1</source>
        <translation>L&apos;emplacement de clé de cet utilisateur est endommagé : %1</translation>
    </message>
    <message>
        <source>Could not seal the new master key.</source>
        <translation>Impossible de sceller la nouvelle clé maîtresse.</translation>
    </message>
    <message>
        <source>The signing key in the key slot for this user is damaged: %1</source>
        <translation>La clé de signature de l&apos;emplacement de clé de cet utilisateur est endommagée : %1</translation>
    </message>
    <message>
        <source>The CA key in the key slot for this user is damaged: %1</source>
        <translation>La clé de l’AC dans l’emplacement de clé de cet utilisateur est endommagée : %1</translation>
    </message>
    <message>
        <source>There is no key slot for %1.</source>
        <translation>Il n&apos;y a pas d&apos;emplacement de clé pour %1.</translation>
    </message>
    <message>
        <source>The key slot of %1 was pinned to the organisation CA certificate with SHA-256 %2, but the key-slot file now says %3: someone who can write the slot file changed the pin behind its owner&apos;s back (a pin moves only at its owner&apos;s login, or when an administrator confirms the certificate). Login refused; restore the key-slot file from a backup.</source>
        <translation>L&apos;emplacement de clé de %1 a été épinglé au certificat d&apos;AC de l&apos;organisation de SHA-256 %2, mais le fichier des emplacements de clé indique maintenant %3 : quelqu&apos;un qui peut écrire ce fichier a modifié l&apos;épinglage à l&apos;insu de son propriétaire (un épinglage ne change qu&apos;à la connexion de son propriétaire, ou quand un administrateur confirme le certificat). Connexion refusée ; restaurez le fichier des emplacements de clé depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>no pin</source>
        <translation>non épinglé</translation>
    </message>
    <message>
        <source>The key slot for %1 is damaged (its sealed pin).</source>
        <translation>L&apos;emplacement de clé de %1 est endommagé (son épinglage scellé).</translation>
    </message>
    <message>
        <source>The key slot for %1 is not pinned.</source>
        <translation>L&apos;emplacement de clé de %1 n&apos;est pas épinglé.</translation>
    </message>
</context>
<context>
    <name>lpdesk::KpiCasesBehind</name>
    <message>
        <source>The KPI is one of: %1.</source>
        <translation>Le KPI est l&apos;un de : %1.</translation>
    </message>
    <message>
        <source>A group needs a grouping (lpdesk-cli: --by).</source>
        <translation>Un groupe nécessite un regroupement (lpdesk-cli : --by).</translation>
    </message>
</context>
<context>
    <name>lpdesk::KpiReporter</name>
    <message>
        <source>The period ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
    <message>
        <source>There is no store %1.</source>
        <translation>Le magasin %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>No store is in region %1.</source>
        <translation>Aucun magasin n&apos;est dans la région %1.</translation>
    </message>
    <message>
        <source>An incident type is 1–40 lowercase letters or &apos;_&apos; (or * for all).</source>
        <translation>Un type d&apos;incident compte de 1 à 40 lettres minuscules ou &apos;_&apos; (ou * pour tous).</translation>
    </message>
    <message>
        <source>A checklist item is one of: %1.</source>
        <translation>Un élément de liste de contrôle est l&apos;un de : %1.</translation>
    </message>
    <message>
        <source>A region name is at most 100 characters.</source>
        <translation>Un nom de région compte au plus 100 caractères.</translation>
    </message>
    <message>
        <source>The grouping is one of: %1 (lpdesk-cli: --by).</source>
        <translation>Le regroupement est l&apos;un de : %1 (lpdesk-cli : --by).</translation>
    </message>
</context>
<context>
    <name>lpdesk::KpiRollup</name>
    <message>
        <source>%1 missing</source>
        <translation>%1 manque</translation>
    </message>
    <message>
        <source>%1 is %2, the records give %3</source>
        <translation>%1 vaut %2, les enregistrements donnent %3</translation>
    </message>
    <message>
        <source>%1 has no records behind it</source>
        <translation>%1 ne repose sur aucun enregistrement</translation>
    </message>
    <message>
        <source>The KPI rollups could not be checked: %1</source>
        <translation>Les agrégats des KPI n&apos;ont pas pu être vérifiés : %1</translation>
    </message>
    <message>
        <source>The KPI rollup %1 cannot be read: %2</source>
        <translation>Impossible de lire l&apos;agrégat des KPI %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>The KPI rollup %1 does not match the records it sums (%n row(s) differ: %2); an administrator recomputes it with `lpdesk-cli kpi rebuild`.</source>
        <translation>
            <numerusform>L&apos;agrégat des KPI %1 ne correspond pas aux enregistrements qu&apos;il totalise (%n ligne diffère : %2) ; un administrateur le recalcule avec `lpdesk-cli kpi rebuild`.</numerusform>
            <numerusform>L&apos;agrégat des KPI %1 ne correspond pas aux enregistrements qu&apos;il totalise (%n lignes diffèrent : %2) ; un administrateur le recalcule avec `lpdesk-cli kpi rebuild`.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lpdesk::LegalGrants</name>
    <message>
        <source>%1 has no legal grant waiting for confirmation.</source>
        <translation>%1 n&apos;a aucun rôle de service juridique en attente de confirmation.</translation>
    </message>
    <message>
        <source>You granted %1 the legal role; another administrator must confirm it.</source>
        <translation>Vous avez attribué à %1 le rôle de service juridique ; un autre administrateur doit le confirmer.</translation>
    </message>
    <message>
        <source>Cannot confirm that your legal role was confirmed (%1); refusing.</source>
        <translation>Impossible de vérifier que votre rôle de service juridique a été confirmé (%1) ; refus.</translation>
    </message>
    <message>
        <source>Your legal role, granted by %1 at %2, waits for a second administrator to confirm it (user confirm-role %3); until then you cannot approve or reject releases.</source>
        <translation>Votre rôle de service juridique, attribué par %1 le %2, attend la confirmation d&apos;un second administrateur (user confirm-role %3) ; d&apos;ici là, vous ne pouvez ni approuver ni refuser de remise.</translation>
    </message>
</context>
<context>
    <name>lpdesk::LpencReader</name>
    <message>
        <source>The file cannot be read.</source>
        <translation>Le fichier est illisible.</translation>
    </message>
    <message>
        <source>This is not an .lpenc encrypted file.</source>
        <translation>Ce n&apos;est pas un fichier chiffré .lpenc.</translation>
    </message>
    <message>
        <source>This .lpenc file uses a version this program does not know.</source>
        <translation>Ce fichier .lpenc utilise une version inconnue de ce programme.</translation>
    </message>
    <message>
        <source>The file is encrypted to another recipient key, not to this workstation.</source>
        <translation>Le fichier est chiffré pour une autre clé de destinataire, pas pour ce poste.</translation>
    </message>
    <message>
        <source>The file&apos;s header is damaged or was altered (header authentication failed).</source>
        <translation>L&apos;en-tête du fichier est endommagé ou a été altéré (échec de l&apos;authentification de l&apos;en-tête).</translation>
    </message>
    <message>
        <source>The file is truncated: it is shorter than its header says.</source>
        <translation>Le fichier est tronqué : il est plus court que ne l&apos;indique son en-tête.</translation>
    </message>
    <message>
        <source>The file has extra bytes after its last chunk.</source>
        <translation>Le fichier a des octets en trop après son dernier bloc.</translation>
    </message>
    <message>
        <source>A chunk of this file comes from another encrypted file (chunks were swapped between files).</source>
        <translation>Un bloc de ce fichier provient d&apos;un autre fichier chiffré (blocs échangés entre fichiers).</translation>
    </message>
    <message>
        <source>The chunks of this file are out of order (reordered).</source>
        <translation>Les blocs de ce fichier sont dans le désordre (réordonnés).</translation>
    </message>
    <message>
        <source>A chunk of this file is damaged or was altered (authentication failed).</source>
        <translation>Un bloc de ce fichier est endommagé ou a été altéré (échec de l&apos;authentification).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source> (%1 of %2 bytes present)</source>
        <translation> (%1 sur %2 octets présents)</translation>
    </message>
    <message>
        <source> (chunk %1)</source>
        <translation> (bloc %1)</translation>
    </message>
    <message>
        <source> (position %1 holds chunk %2)</source>
        <translation> (la position %1 contient le bloc %2)</translation>
    </message>
</context>
<context>
    <name>lpdesk::LpencWriter</name>
    <message>
        <source>Invalid test-vector parameters.</source>
        <translation>Paramètres de vecteur de test non valides.</translation>
    </message>
    <message>
        <source>The recipient key is not an X25519 public key.</source>
        <translation>La clé de destinataire n&apos;est pas une clé publique X25519.</translation>
    </message>
    <message>
        <source>Chunk size out of range.</source>
        <translation>Taille de bloc hors limites.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Encryption failed.</source>
        <translation>Le chiffrement a échoué.</translation>
    </message>
    <message>
        <source>Cannot write the encrypted file: %1</source>
        <translation>Impossible d&apos;écrire le fichier chiffré : %1</translation>
    </message>
    <message>
        <source>The encrypted file is already closed.</source>
        <translation>Le fichier chiffré est déjà fermé.</translation>
    </message>
    <message>
        <source>Cannot save the encrypted file: %1</source>
        <translation>Impossible d&apos;enregistrer le fichier chiffré : %1</translation>
    </message>
</context>
<context>
    <name>lpdesk::MainWindow</name>
    <message>
        <source>LP Desk</source>
        <translation>LP Desk</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Connecté en tant que %1 (%2)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No incidents yet&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Aucun incident pour l&apos;instant&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>To get started, add a store under &lt;b&gt;Stores → Add store…&lt;/b&gt; (a USB folder or the store&apos;s HTTPS drop), then choose &lt;b&gt;Stores → Pull now&lt;/b&gt;. New incidents appear here; open one to review its footage and start a case.&lt;br&gt;&lt;br&gt;Stores encrypt footage to this workstation&apos;s recipient key: give them the file from &lt;b&gt;Tools → Export recipient key…&lt;/b&gt;.</source>
        <translation>Pour commencer, ajoutez un magasin dans &lt;b&gt;Magasins → Ajouter un magasin…&lt;/b&gt; (un dossier USB ou le point de dépôt HTTPS du magasin), puis choisissez &lt;b&gt;Magasins → Récupérer maintenant&lt;/b&gt;. Les nouveaux incidents apparaissent ici ; ouvrez-en un pour visionner ses vidéos et ouvrir un dossier.&lt;br&gt;&lt;br&gt;Les magasins chiffrent les vidéos pour la clé de destinataire de ce poste : donnez-leur le fichier de &lt;b&gt;Outils → Exporter la clé de destinataire…&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message numerus="yes">
        <source>Title for a case with %n incident(s):</source>
        <translation>
            <numerusform>Titre d&apos;un dossier avec %n incident :</numerusform>
            <numerusform>Titre d&apos;un dossier avec %n incidents :</numerusform>
        </translation>
    </message>
    <message>
        <source>Open clip</source>
        <translation>Ouvrir le clip</translation>
    </message>
    <message>
        <source>Export the recipient key for stores</source>
        <translation>Exporter la clé de destinataire pour les magasins</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>Export recipient key</source>
        <translation>Exporter la clé de destinataire</translation>
    </message>
    <message>
        <source>Recipient key written to %1</source>
        <translation>Clé de destinataire écrite dans %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Stores</source>
        <translation>&amp;Magasins</translation>
    </message>
    <message>
        <source>&amp;Pull now</source>
        <translation>&amp;Récupérer maintenant</translation>
    </message>
    <message>
        <source>&amp;Stores…</source>
        <translation>&amp;Magasins…</translation>
    </message>
    <message>
        <source>&amp;Add store…</source>
        <translation>&amp;Ajouter un magasin…</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Dossiers</translation>
    </message>
    <message>
        <source>&amp;New case from selected incidents…</source>
        <translation>&amp;Nouveau dossier avec les incidents sélectionnés…</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>&amp;Boîte de réception</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Afficha&amp;ge</translation>
    </message>
    <message>
        <source>&amp;Refresh inbox</source>
        <translation>A&amp;ctualiser la boîte de réception</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;Search incidents and statements…</source>
        <translation>Rechercher dans les &amp;incidents et déclarations…</translation>
    </message>
    <message>
        <source>Import &amp;POS journal…</source>
        <translation>Importer un journal de &amp;caisse…</translation>
    </message>
    <message>
        <source>&amp;Releases</source>
        <translation>&amp;Remises</translation>
    </message>
    <message>
        <source>&amp;Releases and legal review…</source>
        <translation>&amp;Remises et examen juridique…</translation>
    </message>
    <message>
        <source>&amp;Verify a package…</source>
        <translation>&amp;Vérifier un paquet…</translation>
    </message>
    <message>
        <source>Verify a package</source>
        <translation>Vérifier un paquet</translation>
    </message>
    <message>
        <source>Packages (*.zip)</source>
        <translation>Paquets (*.zip)</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>&amp;Boîte d&apos;envoi…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>Export &amp;recipient key…</source>
        <translation>Exporter la clé de &amp;destinataire…</translation>
    </message>
    <message>
        <source>&amp;Users and roles…</source>
        <translation>&amp;Utilisateurs et rôles…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Journal d&apos;audit…</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>&amp;Vérifier la base de données</translation>
    </message>
    <message>
        <source>&amp;Time-stamp authority…</source>
        <translation>Autorité d&apos;&amp;horodatage…</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>&amp;Sauvegarder la base de données…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About LP Desk</source>
        <translation>À &amp;propos de LP Desk</translation>
    </message>
    <message>
        <source>Delivered to %1: report %2</source>
        <translation>Livré à %1 : plainte %2</translation>
    </message>
    <message>
        <source>Time-stamp authority</source>
        <translation>Autorité d&apos;horodatage</translation>
    </message>
    <message>
        <source>The address must be an http:// or https:// URL.</source>
        <translation>L&apos;adresse doit être une URL http:// ou https://.</translation>
    </message>
    <message>
        <source>The CA certificate of the time-stamp authority</source>
        <translation>Le certificat d&apos;AC de l&apos;autorité d&apos;horodatage</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Certificats (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Packages will carry no time-stamp.</source>
        <translation>Les paquets ne seront pas horodatés.</translation>
    </message>
    <message>
        <source>Checking the database and every hash chain…</source>
        <translation>Vérification de la base de données et de chaque chaîne de hachage…</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Vérifier la base de données</translation>
    </message>
    <message>
        <source>Back up the case database</source>
        <translation>Sauvegarder la base de données des dossiers</translation>
    </message>
    <message>
        <source>LP Desk databases (*.lpdb)</source>
        <translation>Bases de données LP Desk (*.lpdb)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde…</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Sauvegardée dans %1</translation>
    </message>
    <message>
        <source>About LP Desk</source>
        <translation>À propos de LP Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;LP Desk %1&lt;/b&gt;&lt;br&gt;Loss-prevention investigation workstation.&lt;br&gt;%2&lt;br&gt;Database id %3</source>
        <translation>&lt;b&gt;LP Desk %1&lt;/b&gt;&lt;br&gt;Poste d&apos;enquête de prévention des pertes.&lt;br&gt;%2&lt;br&gt;Id. de la base de données %3</translation>
    </message>
    <message>
        <source>Select the incidents for the new case in the inbox first.</source>
        <translation>Sélectionnez d&apos;abord dans la boîte de réception les incidents du nouveau dossier.</translation>
    </message>
    <message>
        <source>The selected incidents are already in case %1. Open a second case for them anyway?</source>
        <translation>Les incidents sélectionnés sont déjà dans le dossier %1. Ouvrir quand même un second dossier pour eux ?</translation>
    </message>
    <message>
        <source>A case needs a title: no case was created.</source>
        <translation>Un dossier doit avoir un titre : aucun dossier n&apos;a été créé.</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <source>&amp;Purge expired evidence…</source>
        <translation>&amp;Purger les preuves expirées…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>The database is intact.</source>
        <translation>La base de données est intacte.</translation>
    </message>
    <message>
        <source>Problems were found.</source>
        <translation>Des problèmes ont été trouvés.</translation>
    </message>
    <message>
        <source>Anchoring the audit and custody chains…</source>
        <translation>Ancrage des chaînes d’audit et de traçabilité…</translation>
    </message>
    <message>
        <source>Anchor the chains</source>
        <translation>Ancrer les chaînes</translation>
    </message>
    <message>
        <source>Anchor %1 written.</source>
        <translation>Ancre %1 écrite.</translation>
    </message>
    <message>
        <source>The audit chain at event %1 and %2 custody chains, signed by %3, in %4.
%5</source>
        <translation>La chaîne d’audit à l’événement %1 et %2 chaînes de traçabilité, signées par %3, dans %4.
%5</translation>
    </message>
    <message>
        <source>Not time-stamped: %1</source>
        <translation>Non horodaté : %1</translation>
    </message>
    <message>
        <source>Time-stamped by the configured time-stamp authority.</source>
        <translation>Horodaté par l’autorité d’horodatage configurée.</translation>
    </message>
    <message>
        <source>Police &amp;requests…</source>
        <translation>Réquisitions de la po&amp;lice…</translation>
    </message>
    <message>
        <source>Legal &amp;holds and retention…</source>
        <translation>G&amp;els juridiques et conservation…</translation>
    </message>
    <message>
        <source>Address of the RFC 3161 time-stamp authority (empty: packages, approvals and anchors carry no time-stamp):</source>
        <translation>Adresse de l’autorité d’horodatage RFC 3161 (vide : les paquets, les approbations et les ancrages ne sont pas horodatés) :</translation>
    </message>
    <message>
        <source>Packages, approvals and anchors will be time-stamped by %1.</source>
        <translation>Les paquets, les approbations et les ancrages seront horodatés par %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n new notification(s)</source>
        <translation>
            <numerusform>%n nouvelle notification</numerusform>
            <numerusform>%n nouvelles notifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new notifications: see My work (Ctrl+0).</source>
        <translation>
            <numerusform>%n nouvelle notification : voir Mon travail (Ctrl+0).</numerusform>
            <numerusform>%n nouvelles notifications : voir Mon travail (Ctrl+0).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;My work</source>
        <translation>&amp;Mon travail</translation>
    </message>
    <message>
        <source>Close the player</source>
        <translation>Fermer le lecteur</translation>
    </message>
    <message>
        <source>Proc&amp;edures (SOPs)…</source>
        <translation>Proc&amp;édures (SOP)…</translation>
    </message>
    <message>
        <source>Closing the database</source>
        <translation>Fermeture de la base de données</translation>
    </message>
    <message numerus="yes">
        <source>Stopping %n background job(s) before the database closes…</source>
        <translation>
            <numerusform>Arrêt de %n tâche d&apos;arrière-plan avant la fermeture de la base de données…</numerusform>
            <numerusform>Arrêt de %n tâches d&apos;arrière-plan avant la fermeture de la base de données…</numerusform>
        </translation>
    </message>
    <message>
        <source>Request &amp;templates…</source>
        <translation>&amp;Modèles de réquisition…</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>A&amp;nchor the chains now</source>
        <translation>&amp;Ancrer les chaînes maintenant</translation>
    </message>
    <message>
        <source>A&amp;gencies…</source>
        <translation>&amp;Organismes…</translation>
    </message>
    <message>
        <source>&amp;Jobs…</source>
        <translation>Tâc&amp;hes…</translation>
    </message>
    <message>
        <source>Show the jobs (Ctrl+J)</source>
        <translation>Afficher les tâches (Ctrl+J)</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n tâche en cours</numerusform>
            <numerusform>%n tâches en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>Close LP Desk</source>
        <translation>Fermer LP Desk</translation>
    </message>
    <message>
        <source>&amp;Cancel the jobs and close</source>
        <translation>&amp;Annuler les tâches et fermer</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Continuer à travailler</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — failed: %2</source>
        <translation>%1 — échec : %2</translation>
    </message>
    <message>
        <source>Quit LP Desk</source>
        <translation>Quitter LP Desk</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) still running or waiting:</source>
        <translation>
            <numerusform>%n tâche est encore en cours ou en attente :</numerusform>
            <numerusform>%n tâches sont encore en cours ou en attente :</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait for them and LP Desk closes when the last one ends. Or cancel them: a cancelled pull resumes at the next pull; a cancelled trim, render, still or export makes nothing, and a cancelled submission stays in the outbox.</source>
        <translation>Attendez-les et LP Desk se fermera à la fin de la dernière. Ou annulez-les : une récupération annulée reprend à la prochaine récupération ; une découpe, un rendu, une image fixe ou un export annulés ne produisent rien, et un envoi annulé reste dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>&amp;Wait for them, then close</source>
        <translation>Attendre leur fin, puis &amp;fermer</translation>
    </message>
    <message>
        <source>LP Desk closes when the running jobs have ended.</source>
        <translation>LP Desk se fermera une fois les tâches en cours terminées.</translation>
    </message>
    <message>
        <source>Delivering what is due in the outbox</source>
        <translation>Livraison de ce qui est dû dans la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Submission to %1 failed: %2</source>
        <translation>L&apos;envoi à %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Nothing was due.</source>
        <translation>Rien n&apos;était dû.</translation>
    </message>
</context>
<context>
    <name>lpdesk::MarkerService</name>
    <message>
        <source>Markers belong to a case.</source>
        <translation>Les repères appartiennent à un dossier.</translation>
    </message>
    <message>
        <source>There is no marker %1.</source>
        <translation>Le repère %1 n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>lpdesk::MediaLibrary</name>
    <message>
        <source>There is no media item %1.</source>
        <translation>Le média %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot record the derivative: %1</source>
        <translation>Impossible de consigner le dérivé : %1</translation>
    </message>
    <message>
        <source>The time is not a valid RFC 3339 time with an offset.</source>
        <translation>L&apos;heure n&apos;est pas une heure RFC 3339 valide avec décalage.</translation>
    </message>
    <message>
        <source>%1 is a clip, not a still.</source>
        <translation>%1 est un clip, pas une image fixe.</translation>
    </message>
    <message>
        <source>The still cannot be read.</source>
        <translation>L’image fixe ne peut pas être lue.</translation>
    </message>
    <message>
        <source>The still is not a readable picture: %1</source>
        <translation>L’image fixe n’est pas une image lisible : %1</translation>
    </message>
</context>
<context>
    <name>lpdesk::MediaWords</name>
    <message>
        <source>Original clip, camera %1</source>
        <translation>Clip original, caméra %1</translation>
    </message>
    <message>
        <source>Still, camera %1</source>
        <translation>Image fixe, caméra %1</translation>
    </message>
    <message>
        <source>Redacted copy, camera %1</source>
        <translation>Copie floutée, caméra %1</translation>
    </message>
    <message>
        <source>Trimmed copy, camera %1</source>
        <translation>Copie découpée, caméra %1</translation>
    </message>
    <message>
        <source>Copy (%1), camera %2</source>
        <translation>Copie (%1), caméra %2</translation>
    </message>
    <message>
        <source> by %1 at %2</source>
        <translation> par %1 le %2</translation>
    </message>
    <message>
        <source>Original recording from camera %1, as received from the store.</source>
        <translation>Enregistrement original de la caméra %1, tel que reçu du magasin.</translation>
    </message>
    <message>
        <source>Still of frame %1 (%2)</source>
        <translation>Image fixe tirée de l&apos;image %1 (%2)</translation>
    </message>
    <message>
        <source>Made by %1</source>
        <translation>Réalisé par %1</translation>
    </message>
    <message>
        <source>an item that is no longer in the library</source>
        <translation>un élément qui n&apos;est plus dans la bibliothèque</translation>
    </message>
    <message>
        <source>the original clip from camera %1</source>
        <translation>le clip original de la caméra %1</translation>
    </message>
    <message>
        <source>the redacted copy from camera %1</source>
        <translation>la copie floutée de la caméra %1</translation>
    </message>
    <message>
        <source>the trimmed copy from camera %1</source>
        <translation>la copie découpée de la caméra %1</translation>
    </message>
    <message>
        <source>a copy (%1) from camera %2</source>
        <translation>une copie (%1) de la caméra %2</translation>
    </message>
    <message>
        <source>%1 from %2%3.</source>
        <translation>%1, d&apos;après %2%3.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Document %1</translation>
    </message>
    <message>
        <source>A document, kept bit for bit as it was received (%1).</source>
        <translation>Un document, conservé bit pour bit tel qu&apos;il a été reçu (%1).</translation>
    </message>
    <message>
        <source>blurred</source>
        <translation>floutée</translation>
    </message>
    <message>
        <source>pixelated</source>
        <translation>pixellisée</translation>
    </message>
    <message>
        <source>filled</source>
        <translation>remplie</translation>
    </message>
    <message>
        <source>lossless</source>
        <translation>sans perte</translation>
    </message>
    <message>
        <source>smart (frame-accurate)</source>
        <translation>intelligente (à l&apos;image près)</translation>
    </message>
    <message>
        <source>re-encoded (frame-accurate)</source>
        <translation>réencodée (à l&apos;image près)</translation>
    </message>
    <message numerus="yes">
        <source>blurred %n region(s)</source>
        <translation>
            <numerusform>%n zone floutée</numerusform>
            <numerusform>%n zones floutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pixelated %n region(s)</source>
        <translation>
            <numerusform>%n zone pixellisée</numerusform>
            <numerusform>%n zones pixellisées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>filled %n region(s)</source>
        <translation>
            <numerusform>%n zone remplie</numerusform>
            <numerusform>%n zones remplies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hid %n region(s)</source>
        <translation>
            <numerusform>%n zone masquée</numerusform>
            <numerusform>%n zones masquées</numerusform>
        </translation>
    </message>
    <message>
        <source>Redacted (no region)</source>
        <translation>Floutage (aucune zone)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Trimmed %1–%2, %3</source>
        <translation>Découpe %1–%2, %3</translation>
    </message>
</context>
<context>
    <name>lpdesk::Migrations</name>
    <message>
        <source>Cannot read the schema version.</source>
        <translation>Impossible de lire la version du schéma.</translation>
    </message>
    <message>
        <source>This database uses schema version %1, but this LP Desk only knows up to version %2. Use a newer LP Desk; the database was not changed.</source>
        <translation>Cette base de données utilise la version de schéma %1, mais ce LP Desk ne connaît que jusqu&apos;à la version %2. Utilisez un LP Desk plus récent ; la base n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>Cannot start migration %1: %2</source>
        <translation>Impossible de commencer la migration %1 : %2</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed and was rolled back: %3</source>
        <translation>La migration %1 (%2) a échoué et a été annulée : %3</translation>
    </message>
</context>
<context>
    <name>lpdesk::Mp4Muxer</name>
    <message>
        <source>Cannot create the MP4 writer: %1</source>
        <translation>Impossible de créer l&apos;écrivain MP4 : %1</translation>
    </message>
    <message>
        <source>Cannot add a stream to the MP4 writer.</source>
        <translation>Impossible d&apos;ajouter un flux à l&apos;écrivain MP4.</translation>
    </message>
    <message>
        <source>Cannot start the MP4 file: %1</source>
        <translation>Impossible de commencer le fichier MP4 : %1</translation>
    </message>
    <message>
        <source>Cannot write to the MP4 file: %1</source>
        <translation>Impossible d&apos;écrire dans le fichier MP4 : %1</translation>
    </message>
    <message>
        <source>The MP4 file was never started.</source>
        <translation>Le fichier MP4 n&apos;a jamais été commencé.</translation>
    </message>
    <message>
        <source>Cannot finish the MP4 file: %1</source>
        <translation>Impossible de terminer le fichier MP4 : %1</translation>
    </message>
</context>
<context>
    <name>lpdesk::MyWork</name>
    <message>
        <source>%1, ref. %2</source>
        <translation>%1, réf. %2</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>My open cases</source>
        <translation>Mes dossiers ouverts</translation>
    </message>
    <message>
        <source>Rejected by legal: to rework</source>
        <translation>Refusées par le service juridique : à reprendre</translation>
    </message>
    <message>
        <source>My requests waiting for legal</source>
        <translation>Mes demandes en attente du service juridique</translation>
    </message>
    <message>
        <source>Release requests waiting for a decision</source>
        <translation>Demandes de remise en attente d’une décision</translation>
    </message>
    <message>
        <source>Exigent disclosures awaiting sign-off</source>
        <translation>Communications en urgence en attente de validation</translation>
    </message>
    <message>
        <source>Overdue police requests</source>
        <translation>Réquisitions en retard</translation>
    </message>
    <message>
        <source>%1 approved the release of %2</source>
        <translation>%1 a approuvé la remise de %2</translation>
    </message>
    <message>
        <source>%1 rejected the release of %2: %3</source>
        <translation>%1 a refusé la remise de %2 : %3</translation>
    </message>
    <message>
        <source>Police request overdue: %1</source>
        <translation>Réquisition en retard : %1</translation>
    </message>
    <message>
        <source>%1 approved the release of %2 to %3</source>
        <translation>%1 a approuvé la remise de %2 à %3</translation>
    </message>
    <message>
        <source>%1 rejected the release of %2 to %3: %4</source>
        <translation>%1 a refusé la remise de %2 à %3 : %4</translation>
    </message>
</context>
<context>
    <name>lpdesk::MyWorkView</name>
    <message>
        <source>&amp;Open</source>
        <translation>Ou&amp;vrir</translation>
    </message>
    <message>
        <source>&amp;Mark all seen</source>
        <translation>&amp;Tout marquer comme vu</translation>
    </message>
    <message>
        <source>What waits for you</source>
        <translation>Ce qui vous attend</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente depuis</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>&lt;h2&gt;My work&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Mon travail&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Nothing waits for you.</source>
        <translation>Rien ne vous attend.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) wait for you. Enter or double-click opens one.</source>
        <translation>
            <numerusform>%n élément vous attend. Entrée ou un double-clic l’ouvre.</numerusform>
            <numerusform>%n éléments vous attendent. Entrée ou un double-clic en ouvre un.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Notifications: %n new&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Notifications : %n nouvelle&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Notifications : %n nouvelles&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lpdesk::NativeMedia</name>
    <message>
        <source>FFmpeg cannot read it (%1)</source>
        <translation>FFmpeg ne peut pas le lire (%1)</translation>
    </message>
    <message>
        <source>FFmpeg cannot read its streams (%1)</source>
        <translation>FFmpeg ne peut pas lire ses flux (%1)</translation>
    </message>
    <message>
        <source>FFmpeg sees only text in it</source>
        <translation>FFmpeg n&apos;y voit que du texte</translation>
    </message>
    <message>
        <source>FFmpeg finds no picture or sound in it</source>
        <translation>FFmpeg n&apos;y trouve ni image ni son</translation>
    </message>
    <message>
        <source>FFmpeg has no MP4 muxer.</source>
        <translation>FFmpeg n&apos;a pas de multiplexeur MP4.</translation>
    </message>
    <message>
        <source>Cannot set up the working copy&apos;s streams.</source>
        <translation>Impossible de préparer les flux de la copie de travail.</translation>
    </message>
    <message>
        <source>No video stream that MP4 can carry (%1).</source>
        <translation>Aucun flux vidéo que MP4 puisse contenir (%1).</translation>
    </message>
    <message>
        <source>Cannot start the working copy: %1</source>
        <translation>Impossible de commencer la copie de travail : %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Cannot write the working copy: %1</source>
        <translation>Impossible d&apos;écrire la copie de travail : %1</translation>
    </message>
    <message>
        <source>The working copy would be larger than %1 GiB.</source>
        <translation>La copie de travail dépasserait %1 Gio.</translation>
    </message>
    <message>
        <source>The native file is damaged after %1 video packets: %2</source>
        <translation>Le fichier natif est endommagé après %1 paquets vidéo : %2</translation>
    </message>
    <message>
        <source>The native file holds no video frames.</source>
        <translation>Le fichier natif ne contient aucune image vidéo.</translation>
    </message>
    <message>
        <source>Cannot finish the working copy: %1</source>
        <translation>Impossible de terminer la copie de travail : %1</translation>
    </message>
    <message>
        <source>FFmpeg has no parser for %1.</source>
        <translation>FFmpeg n’a pas d’analyseur pour %1.</translation>
    </message>
    <message>
        <source>The raw stream does not state its frame rate; give it (Frame rate in Add evidence; --fps for lpdesk-cli).</source>
        <translation>Le flux brut n&apos;indique pas sa fréquence d&apos;images ; indiquez-la (Fréquence d&apos;images dans Ajouter des preuves ; --fps pour lpdesk-cli).</translation>
    </message>
    <message>
        <source>Cannot convert the pictures for the working copy.</source>
        <translation>Impossible de convertir les images pour la copie de travail.</translation>
    </message>
    <message>
        <source>The picture size changes inside the recording (%1x%2, then %3x%4).</source>
        <translation>La taille d&apos;image change au cours de l&apos;enregistrement (%1x%2, puis %3x%4).</translation>
    </message>
    <message>
        <source>Cannot decode the recording: %1</source>
        <translation>Impossible de décoder l&apos;enregistrement : %1</translation>
    </message>
    <message>
        <source>Cannot add the sound to the working copy.</source>
        <translation>Impossible d&apos;ajouter le son à la copie de travail.</translation>
    </message>
    <message>
        <source>The native file holds no video stream.</source>
        <translation>Le fichier natif ne contient aucun flux vidéo.</translation>
    </message>
    <message>
        <source>FFmpeg has no decoder for %1.</source>
        <translation>FFmpeg n&apos;a pas de décodeur pour %1.</translation>
    </message>
    <message>
        <source>Cannot set up the decoder.</source>
        <translation>Impossible de préparer le décodeur.</translation>
    </message>
    <message>
        <source>Cannot open the %1 decoder: %2</source>
        <translation>Impossible d&apos;ouvrir le décodeur %1 : %2</translation>
    </message>
    <message>
        <source>The native file is damaged after %1 pictures: %2</source>
        <translation>Le fichier natif est endommagé après %1 images : %2</translation>
    </message>
    <message>
        <source>No picture of the native file could be decoded.</source>
        <translation>Aucune image du fichier natif n&apos;a pu être décodée.</translation>
    </message>
</context>
<context>
    <name>lpdesk::NibrsReport</name>
    <message>
        <source>NIBRS: there is no incident %1 in the case.</source>
        <translation>NIBRS : l&apos;incident %1 n&apos;existe pas dans le dossier.</translation>
    </message>
    <message>
        <source>NIBRS Group A report for incident %1 not written: %2 is missing (%3).</source>
        <translation>Rapport NIBRS du groupe A de l&apos;incident %1 non écrit : %2 manque (%3).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ORI: two letters for the state and seven letters or digits</source>
        <translation>&apos;%1&apos; n&apos;est pas un ORI : deux lettres pour l&apos;État et sept lettres ou chiffres</translation>
    </message>
    <message>
        <source>incident type &apos;%1&apos; is not a NIBRS Group A offense</source>
        <translation>le type d&apos;incident &apos;%1&apos; n&apos;est pas une infraction NIBRS du groupe A</translation>
    </message>
    <message>
        <source>the incident has no local detection time</source>
        <translation>l&apos;incident n&apos;a pas d&apos;heure locale de détection</translation>
    </message>
    <message>
        <source>the package has no creation date</source>
        <translation>le paquet n&apos;a pas de date de création</translation>
    </message>
    <message>
        <source>NIBRS values are US dollars; transaction %1 is in %2</source>
        <translation>les montants NIBRS sont en dollars américains ; la transaction %1 est en %2</translation>
    </message>
    <message>
        <source>the release names no agency with an ORI; give the agency its ORI in Agencies (or &apos;agency add … --ori&apos;)</source>
        <translation>la remise n&apos;indique aucun organisme doté d&apos;un ORI ; attribuez son ORI à l&apos;organisme dans Organismes (ou avec « agency add … --ori »)</translation>
    </message>
</context>
<context>
    <name>lpdesk::OutboxDialog</name>
    <message>
        <source>&amp;Send due now</source>
        <translation>&amp;Envoyer maintenant ce qui est dû</translation>
    </message>
    <message>
        <source>&amp;Cancel submission</source>
        <translation>&amp;Annuler l&apos;envoi</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Téléversé</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Prochaine tentative</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Accusé de réception</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Dernier message</translation>
    </message>
    <message>
        <source>%1% of %2 KiB</source>
        <translation>%1% de %2 Kio</translation>
    </message>
    <message>
        <source>Sending the outbox</source>
        <translation>Envoi de la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Submission to %1 failed: %2</source>
        <translation>L&apos;envoi à %1 a échoué : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) sent; </source>
        <translation>
            <numerusform>%n envoi effectué ; </numerusform>
            <numerusform>%n envois effectués ; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n police follow-up(s) recorded.</source>
        <translation>
            <numerusform>%n suivi policier enregistré.</numerusform>
            <numerusform>%n suivis policiers enregistrés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending: see Jobs (Ctrl+J) for its progress.</source>
        <translation>Envoi : suivez sa progression dans Tâches (Ctrl+J).</translation>
    </message>
</context>
<context>
    <name>lpdesk::PackageBuilder</name>
    <message>
        <source>%1 exists already; choose a new file name.</source>
        <translation>%1 existe déjà ; choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 has %2 MB free; the package needs about %3 MB. Nothing was written.</source>
        <translation>%1 a %2 Mo libres ; le paquet demande environ %3 Mo. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Collecting the release</source>
        <translation>Rassemblement de la remise</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Annulé ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>%1 cannot be decrypted: %2</source>
        <translation>%1 ne peut pas être déchiffré : %2</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>Écriture de %1</translation>
    </message>
    <message>
        <source>%1 no longer matches its recorded SHA-256; the stored evidence is damaged.</source>
        <translation>%1 ne correspond plus à son SHA-256 enregistré ; la preuve conservée est endommagée.</translation>
    </message>
    <message>
        <source>The incident for police records systems (NIBRS-shaped)</source>
        <translation>L&apos;incident pour les systèmes de la police (au format NIBRS)</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>Écriture du rapport</translation>
    </message>
    <message>
        <source>The case&apos;s chain of custody, verifiable offline</source>
        <translation>La chaîne de traçabilité du dossier, vérifiable hors ligne</translation>
    </message>
    <message>
        <source>The organisation CA certificate that issued the signing certificate</source>
        <translation>Le certificat d&apos;AC de l&apos;organisation qui a émis le certificat de signature</translation>
    </message>
    <message>
        <source>The CA certificate of the time-stamp authority (RFC 3161)</source>
        <translation>Le certificat d&apos;AC de l&apos;autorité d&apos;horodatage (RFC 3161)</translation>
    </message>
    <message>
        <source>Case report</source>
        <translation>Rapport du dossier</translation>
    </message>
    <message>
        <source>Offline index of the package</source>
        <translation>Index hors ligne du paquet</translation>
    </message>
    <message>
        <source>CASE/UCO provenance of every file</source>
        <translation>Provenance CASE/UCO de chaque fichier</translation>
    </message>
    <message>
        <source>Asking the time-stamp authority</source>
        <translation>Interrogation de l&apos;autorité d&apos;horodatage</translation>
    </message>
    <message>
        <source>Cannot flush %1 to the device: %2</source>
        <translation>Impossible de vider %1 sur le périphérique : %2</translation>
    </message>
    <message>
        <source>Reading the package back to verify it</source>
        <translation>Relecture du paquet pour le vérifier</translation>
    </message>
    <message>
        <source>Verifying the written package</source>
        <translation>Vérification du paquet écrit</translation>
    </message>
    <message>
        <source>The written package does not verify (is the medium failing?): %1</source>
        <translation>Le paquet écrit ne se vérifie pas (le support est-il défaillant ?) : %1</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2.</source>
        <translation>Impossible de renommer %1 en %2.</translation>
    </message>
    <message>
        <source>NIBRS XML IEPD 4.2 Group A incident report</source>
        <translation>Rapport d&apos;incident du groupe A NIBRS XML IEPD 4.2</translation>
    </message>
    <message>
        <source>Release %1 was approved for submission to agency %2, not for a USB export; submit it, or request a USB release.</source>
        <translation>La remise %1 a été approuvée pour un envoi à l&apos;organisme %2, pas pour un export sur clé USB ; envoyez-la ou demandez une remise sur clé USB.</translation>
    </message>
    <message>
        <source>Release %1 was exported already; a release goes out once. Request a new release for another copy.</source>
        <translation>La remise %1 a déjà été exportée ; une remise ne sort qu&apos;une fois. Demandez une nouvelle remise pour une autre copie.</translation>
    </message>
    <message>
        <source>Legal&apos;s approval: everything %1 approved, signed in approval.json.p7s</source>
        <translation>Approbation juridique : tout ce que %1 a approuvé, signé dans approval.json.p7s</translation>
    </message>
    <message>
        <source>CMS signature of approval.json by %1 (organisation CA)</source>
        <translation>Signature CMS de approval.json par %1 (AC de l&apos;organisation)</translation>
    </message>
    <message>
        <source>A package password you choose needs at least %1 characters; leave it out to have one generated.</source>
        <translation>Un mot de passe de paquet choisi doit compter au moins %1 caractères ; omettez-le pour en générer un.</translation>
    </message>
    <message>
        <source>The organisation CA&apos;s certificate revocation list (removed people&apos;s certificates): openssl crl -in crl.pem -CAfile org-ca.pem -verify</source>
        <translation>La liste de révocation des certificats de l’AC de l’organisation (certificats des personnes supprimées) : openssl crl -in crl.pem -CAfile org-ca.pem -verify</translation>
    </message>
    <message>
        <source>Anchoring the audit and custody chains</source>
        <translation>Ancrage des chaînes d’audit et de traçabilité</translation>
    </message>
    <message>
        <source>Anchor %1 of the audit and custody chains&apos; heads (signed by %2%3)</source>
        <translation>Ancre %1 des têtes des chaînes d’audit et de traçabilité (signée par %2%3)</translation>
    </message>
    <message>
        <source>; RFC 3161 time-stamp</source>
        <translation>; horodatage RFC 3161</translation>
    </message>
    <message>
        <source>RFC 3161 time-stamp of %1&apos;s approval signature (approval.json.p7s), made as legal approved</source>
        <translation>Horodatage RFC 3161 de la signature d’approbation de %1 (approval.json.p7s), obtenu au moment de l’approbation par le service juridique</translation>
    </message>
    <message>
        <source>Only the legal reviewer who approved release %1 (%2) may choose its package password; leave it out to have one generated (shown once).</source>
        <translation>Seule la personne du service juridique qui a approuvé la remise %1 (%2) peut choisir le mot de passe de son paquet ; laissez-le vide pour qu&apos;il soit généré (affiché une fois).</translation>
    </message>
    <message>
        <source>Cannot tell whether release %1 was exported already: %2</source>
        <translation>Impossible de savoir si la remise %1 a déjà été exportée : %2</translation>
    </message>
    <message>
        <source>Release %1 was exported already (audit event %2), though the release&apos;s row says otherwise; a release goes out once. Request a new release for another copy.</source>
        <translation>La remise %1 a déjà été exportée (événement d&apos;audit %2), bien que la ligne de la remise indique le contraire ; une remise ne sort qu&apos;une fois. Demandez une nouvelle remise pour une autre copie.</translation>
    </message>
</context>
<context>
    <name>lpdesk::PackageContents</name>
    <message>
        <source>Original recording, camera %1, recorder start %2</source>
        <translation>Enregistrement original, caméra %1, début de l&apos;enregistreur %2</translation>
    </message>
    <message>
        <source>%1 of %2 (camera %3)</source>
        <translation>%1 de %2 (caméra %3)</translation>
    </message>
    <message>
        <source>an item not in this package</source>
        <translation>un élément absent de ce paquet</translation>
    </message>
    <message>
        <source>Attachment %1 to statement %2</source>
        <translation>Pièce jointe %1 de la déclaration %2</translation>
    </message>
    <message>
        <source>The organisation has no certificate revocation list yet; an administrator signs in once to create it.</source>
        <translation>L’organisation n’a pas encore de liste de révocation des certificats ; un administrateur se connecte une fois pour la créer.</translation>
    </message>
    <message>
        <source>Statement %1 by %2 (%3), version %4</source>
        <translation>Déclaration %1 de %2 (%3), version %4</translation>
    </message>
    <message>
        <source>The released statements as data</source>
        <translation>Les déclarations remises, sous forme de données</translation>
    </message>
    <message numerus="yes">
        <source>POS extract: %n transaction(s) with line items</source>
        <translation>
            <numerusform>Extrait de caisse : %n transaction avec ses lignes</numerusform>
            <numerusform>Extrait de caisse : %n transactions avec leurs lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>POS extract, one row per line item</source>
        <translation>Extrait de caisse, une ligne par article</translation>
    </message>
</context>
<context>
    <name>lpdesk::PackageDocuments</name>
    <message>
        <source>custody.json is not an LP Desk custody chain</source>
        <translation>custody.json n&apos;est pas une chaîne de traçabilité LP Desk</translation>
    </message>
</context>
<context>
    <name>lpdesk::PackageVerifier</name>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, far larger than any package document</source>
        <translation>%1 fait %2 octets, bien plus que tout document d&apos;un paquet</translation>
    </message>
    <message>
        <source>the package has no manifest.json or no manifest.json.p7s</source>
        <translation>le paquet n&apos;a pas de manifest.json ou pas de manifest.json.p7s</translation>
    </message>
    <message>
        <source>manifest.json.p7s: %1</source>
        <translation>manifest.json.p7s : %1</translation>
    </message>
    <message>
        <source>manifest.json is not an LP Desk package manifest</source>
        <translation>manifest.json n&apos;est pas un manifeste de paquet LP Desk</translation>
    </message>
    <message>
        <source>manifest.json is version %1; this verifier reads version 1</source>
        <translation>manifest.json est en version %1 ; ce vérificateur lit la version 1</translation>
    </message>
    <message>
        <source>manifest.json names signing certificate %1 but was signed by %2</source>
        <translation>manifest.json désigne le certificat de signature %1 mais a été signé par %2</translation>
    </message>
    <message>
        <source>manifest.json names a time-stamp, but manifest.json.tsr is missing (removed)</source>
        <translation>manifest.json désigne un horodatage, mais manifest.json.tsr manque (supprimé)</translation>
    </message>
    <message>
        <source>manifest.json.tsr is in the package but manifest.json names no time-stamp (added)</source>
        <translation>manifest.json.tsr est dans le paquet, mais manifest.json ne désigne aucun horodatage (ajouté)</translation>
    </message>
    <message>
        <source>manifest.json.tsr: %1</source>
        <translation>manifest.json.tsr : %1</translation>
    </message>
    <message>
        <source>manifest.json lists %1 twice</source>
        <translation>manifest.json liste %1 deux fois</translation>
    </message>
    <message>
        <source>%1 is listed in manifest.json but missing from the package</source>
        <translation>%1 figure dans manifest.json mais manque dans le paquet</translation>
    </message>
    <message>
        <source>%1 is %2 bytes; manifest.json says %3</source>
        <translation>%1 fait %2 octets ; manifest.json indique %3</translation>
    </message>
    <message>
        <source>%1 does not match its SHA-256 in manifest.json (changed)</source>
        <translation>%1 ne correspond pas à son SHA-256 dans manifest.json (modifié)</translation>
    </message>
    <message>
        <source>%1 is in the package but not in manifest.json (added)</source>
        <translation>%1 est dans le paquet mais pas dans manifest.json (ajouté)</translation>
    </message>
    <message>
        <source>the package has no SHA256SUMS</source>
        <translation>le paquet n&apos;a pas de SHA256SUMS</translation>
    </message>
    <message>
        <source>SHA256SUMS line %1 is malformed</source>
        <translation>la ligne %1 de SHA256SUMS est mal formée</translation>
    </message>
    <message>
        <source>SHA256SUMS lists %1, which the package does not hold</source>
        <translation>SHA256SUMS liste %1, absent du paquet</translation>
    </message>
    <message>
        <source>%1 does not match its SHA-256 in SHA256SUMS (changed)</source>
        <translation>%1 ne correspond pas à son SHA-256 dans SHA256SUMS (modifié)</translation>
    </message>
    <message>
        <source>%1 is not covered by SHA256SUMS</source>
        <translation>%1 n&apos;est pas couvert par SHA256SUMS</translation>
    </message>
    <message>
        <source>custody.json holds chain %1, manifest.json names %2</source>
        <translation>custody.json contient la chaîne %1 ; manifest.json désigne %2</translation>
    </message>
    <message>
        <source>custody checkpoints cannot be checked without a valid manifest signature</source>
        <translation>les points de contrôle de traçabilité ne peuvent pas être contrôlés sans signature valide du manifeste</translation>
    </message>
    <message>
        <source>custody event %1: %2</source>
        <translation>événement de traçabilité %1 : %2</translation>
    </message>
    <message>
        <source>custody %1</source>
        <translation>traçabilité %1</translation>
    </message>
    <message>
        <source>custody.json has no signed checkpoint</source>
        <translation>custody.json n&apos;a aucun point de contrôle signé</translation>
    </message>
    <message>
        <source>custody.json does not end at the head manifest.json names (events removed or added)</source>
        <translation>custody.json ne s&apos;arrête pas à la tête que désigne manifest.json (événements supprimés ou ajoutés)</translation>
    </message>
    <message>
        <source>custody.json does not end with a signed checkpoint</source>
        <translation>custody.json ne se termine pas par un point de contrôle signé</translation>
    </message>
    <message>
        <source>the package carries no signed legal approval (approval.json and approval.json.p7s)</source>
        <translation>le paquet ne contient pas d&apos;approbation juridique signée (approval.json et approval.json.p7s)</translation>
    </message>
    <message>
        <source>approval.json.p7s: %1</source>
        <translation>approval.json.p7s : %1</translation>
    </message>
    <message>
        <source>Approved by %1 (approval.json, signed).</source>
        <translation>Approuvé par %1 (approval.json, signé).</translation>
    </message>
    <message>
        <source>the package carries no certificate revocation list (crl.pem)</source>
        <translation>le paquet ne contient pas de liste de révocation des certificats (crl.pem)</translation>
    </message>
    <message>
        <source>crl.pem: %1</source>
        <translation>crl.pem : %1</translation>
    </message>
    <message numerus="yes">
        <source>Revocation list (crl.pem) signed by the organisation CA: %n revoked certificate(s).</source>
        <translation>
            <numerusform>Liste de révocation (crl.pem) signée par l’AC de l’organisation : %n certificat révoqué.</numerusform>
            <numerusform>Liste de révocation (crl.pem) signée par l’AC de l’organisation : %n certificats révoqués.</numerusform>
        </translation>
    </message>
    <message>
        <source>anchor.json.p7s: %1</source>
        <translation>anchor.json.p7s : %1</translation>
    </message>
    <message>
        <source>The audit and custody chains&apos; heads are anchored in anchor.json, signed by %1.</source>
        <translation>Les têtes des chaînes d’audit et de traçabilité sont ancrées dans anchor.json, signé par %1.</translation>
    </message>
    <message>
        <source>anchor.json.tsr: %1</source>
        <translation>anchor.json.tsr : %1</translation>
    </message>
    <message>
        <source>approval.json.p7s: signed by %1, whose certificate does not name the legal role</source>
        <translation>approval.json.p7s : signé par %1, dont le certificat n’indique pas le rôle « service juridique »</translation>
    </message>
    <message>
        <source>approval.json.p7s.tsr: %1</source>
        <translation>approval.json.p7s.tsr : %1</translation>
    </message>
    <message>
        <source>Legal&apos;s approval was time-stamped at %1 by %2.</source>
        <translation>L’approbation du service juridique a été horodatée à %1 par %2.</translation>
    </message>
    <message>
        <source>Legal&apos;s approval carries no time-stamp: its time (%1) is the reviewer&apos;s own clock.</source>
        <translation>L’approbation du service juridique ne porte aucun horodatage : son heure (%1) est celle de l’horloge du réviseur.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>manifest.json.p7s: signed with certificate %1, which was revoked on %2 (a retired workstation key)</source>
        <translation>manifest.json.p7s : signé avec le certificat %1, révoqué le %2 (une clé de poste de travail retirée)</translation>
    </message>
    <message>
        <source>The package&apos;s signing certificate was revoked on %1, after the package was made as its own clock says (%2); only a time-stamp would prove the order.</source>
        <translation>Le certificat de signature du paquet a été révoqué le %1, après la création du paquet selon sa propre horloge (%2) ; seul un horodatage prouverait l’ordre.</translation>
    </message>
    <message>
        <source>The package is encrypted: its password is needed.</source>
        <translation>Le paquet est chiffré : son mot de passe est nécessaire.</translation>
    </message>
    <message>
        <source>No trusted CA certificate was given: the signature was checked against org-ca.pem inside the package, which proves the package is intact but not who made it. Compare that certificate with the one the sender gave you.</source>
        <translation>Aucun certificat d’AC de confiance n’a été fourni : la signature a été vérifiée avec le org-ca.pem du paquet, ce qui prouve que le paquet est intact, mais pas qui l’a fait. Comparez ce certificat avec celui que l’expéditeur vous a remis.</translation>
    </message>
    <message>
        <source>Legal&apos;s approval carries a time-stamp (%1), checked only against tsa-ca.pem inside the package: a trusted time-stamp certificate would let it decide against revocations.</source>
        <translation>L’approbation du service juridique porte un horodatage (%1), vérifié seulement avec le tsa-ca.pem du paquet : un certificat d’horodatage de confiance permettrait de trancher face aux révocations.</translation>
    </message>
    <message>
        <source>the newer revocation list given: %1</source>
        <translation>la liste de révocation plus récente fournie : %1</translation>
    </message>
    <message>
        <source>No trusted time-stamp certificate was given: the time-stamp was checked against tsa-ca.pem inside the package, which the organisation&apos;s signature covers.</source>
        <translation>Aucun certificat d’horodatage de confiance n’a été fourni : l’horodatage a été vérifié avec le tsa-ca.pem du paquet, que couvre la signature de l’organisation.</translation>
    </message>
    <message>
        <source>Legal&apos;s approval predates lists of the package&apos;s files: the files were checked against manifest.json only.</source>
        <translation>L&apos;approbation du service juridique est antérieure aux listes des fichiers du paquet : les fichiers n&apos;ont été vérifiés que par rapport à manifest.json.</translation>
    </message>
    <message>
        <source>%1 was approved by legal but is not in the package</source>
        <translation>%1 a été approuvé par le service juridique mais n&apos;est pas dans le paquet</translation>
    </message>
    <message>
        <source>%1 is not the file legal approved (its SHA-256 differs)</source>
        <translation>%1 n&apos;est pas le fichier que le service juridique a approuvé (son SHA-256 diffère)</translation>
    </message>
    <message>
        <source>%1 is in the package but not among the files legal approved</source>
        <translation>%1 est dans le paquet mais pas parmi les fichiers que le service juridique a approuvés</translation>
    </message>
    <message>
        <source>The reviewer&apos;s certificate (serial %1) was revoked on %2, after the approval was time-stamped (%3): the approval still holds.</source>
        <translation>Le certificat de l&apos;examinateur (série %1) a été révoqué le %2, après l&apos;horodatage de l&apos;approbation (%3) : l&apos;approbation reste valable.</translation>
    </message>
    <message>
        <source>The reviewer&apos;s certificate was revoked on %1, after the approval&apos;s time as the reviewer&apos;s own clock gives it (%2): the approval still holds, but only a time-stamp would prove the order.</source>
        <translation>Le certificat de l&apos;examinateur a été révoqué le %1, après l&apos;heure de l&apos;approbation selon la propre horloge de l&apos;examinateur (%2) : l&apos;approbation reste valable, mais seul un horodatage prouverait l&apos;ordre.</translation>
    </message>
    <message>
        <source>Custody %1.</source>
        <translation>Traçabilité : %1.</translation>
    </message>
</context>
<context>
    <name>lpdesk::PassphraseFields</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>P&amp;hrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répéter :</translation>
    </message>
    <message>
        <source>Use a long passphrase: several unrelated words are easy to type and hard to guess.</source>
        <translation>Choisissez une longue phrase secrète : plusieurs mots sans rapport sont faciles à saisir et difficiles à deviner.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>The passphrases match.</source>
        <translation>Les phrases secrètes correspondent.</translation>
    </message>
</context>
<context>
    <name>lpdesk::PassphrasePolicy</name>
    <message>
        <source>The minimum passphrase length must be between %1 and %2 characters.</source>
        <translation>La longueur minimale de la phrase secrète doit être comprise entre %1 et %2 caractères.</translation>
    </message>
    <message>
        <source>The passphrase is too short: it needs at least %1 characters.</source>
        <translation>La phrase secrète est trop courte : il faut au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The passphrase is too long: at most %1 characters.</source>
        <translation>La phrase secrète est trop longue : %1 caractères au maximum.</translation>
    </message>
    <message>
        <source>The passphrase is on the list of common or breached passwords (also with digits or symbols added, or letters swapped for look-alikes); choose something less predictable.</source>
        <translation>La phrase secrète figure sur la liste des mots de passe courants ou divulgués (y compris avec des chiffres ou des symboles ajoutés, ou des lettres remplacées par des caractères semblables) ; choisissez quelque chose de moins prévisible.</translation>
    </message>
    <message>
        <source>The passphrase is a repetition or a sequence (like &quot;aaaaaaaa&quot;, &quot;abcabcabc&quot;, &quot;12345678&quot; or &quot;qwertyui&quot;); choose something harder to guess.</source>
        <translation>La phrase secrète est une répétition ou une suite (comme « aaaaaaaa », « abcabcabc », « 12345678 » ou « qwertyui ») ; choisissez quelque chose de plus difficile à deviner.</translation>
    </message>
    <message>
        <source>The passphrase is made of the user name, the organisation&apos;s name or &quot;LP Desk&quot; with a few digits or symbols; add words of your own.</source>
        <translation>La phrase secrète est le nom d’utilisateur, celui de l’organisation ou « LP Desk » avec quelques chiffres ou symboles ; ajoutez des mots à vous.</translation>
    </message>
    <message>
        <source>At least %1 characters (up to %2), any characters you like. Not a common password, a repetition or sequence, or the user name, the organisation or &quot;LP Desk&quot; with a few digits. Several unrelated words make a good passphrase.</source>
        <translation>Au moins %1 caractères (jusqu’à %2), ceux que vous voulez. Pas un mot de passe courant, une répétition ou une suite, ni le nom d’utilisateur, l’organisation ou « LP Desk » avec quelques chiffres. Plusieurs mots sans rapport entre eux font une bonne phrase secrète.</translation>
    </message>
    <message>
        <source>The passphrase contains a character that cannot be seen or typed again (a control character, a zero-width space or direction mark, often pasted with it) or bytes that are not UTF-8; type it without them.</source>
        <translation>La phrase secrète contient un caractère invisible ou impossible à retaper (un caractère de contrôle, une espace de largeur nulle ou une marque de direction, souvent collés avec elle) ou des octets qui ne sont pas en UTF-8 ; tapez-la sans eux.</translation>
    </message>
</context>
<context>
    <name>lpdesk::PdfPages</name>
    <message>
        <source>A PDF needs a QGuiApplication.</source>
        <translation>Un PDF nécessite une QGuiApplication.</translation>
    </message>
    <message>
        <source>Cannot start the PDF.</source>
        <translation>Impossible de commencer le PDF.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>lpdesk::PictureConverter</name>
    <message>
        <source>Pictures in %1 cannot be converted.</source>
        <translation>Impossible de convertir les images au format %1.</translation>
    </message>
    <message>
        <source>Out of memory converting a %1×%2 picture.</source>
        <translation>Mémoire insuffisante lors de la conversion d&apos;une image de %1×%2.</translation>
    </message>
    <message>
        <source>The picture buffer is too small for a %1×%2 picture.</source>
        <translation>Le tampon d&apos;image est trop petit pour une image de %1×%2.</translation>
    </message>
</context>
<context>
    <name>lpdesk::PlayerWidget</name>
    <message>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>Play / pause (Space, K)</source>
        <translation>Lecture / pause (Espace, K)</translation>
    </message>
    <message>
        <source>Speed (J slower, L faster)</source>
        <translation>Vitesse (J plus lent, L plus rapide)</translation>
    </message>
    <message>
        <source>Start (Home)</source>
        <translation>Début (Origine)</translation>
    </message>
    <message>
        <source>Back one second (Shift+Left)</source>
        <translation>Reculer d&apos;une seconde (Maj+Gauche)</translation>
    </message>
    <message>
        <source>Previous frame (Left)</source>
        <translation>Image précédente (Gauche)</translation>
    </message>
    <message>
        <source>Next frame (Right)</source>
        <translation>Image suivante (Droite)</translation>
    </message>
    <message>
        <source>Forward one second (Shift+Right)</source>
        <translation>Avancer d&apos;une seconde (Maj+Droite)</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Set the in point (I)</source>
        <translation>Placer le point d&apos;entrée (I)</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Set the out point (O)</source>
        <translation>Placer le point de sortie (O)</translation>
    </message>
    <message>
        <source>Marker</source>
        <translation>Repère</translation>
    </message>
    <message>
        <source>Add a marker with a note (M)</source>
        <translation>Ajouter un repère avec une note (M)</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Zoom avant (+)</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Zoom arrière (-)</translation>
    </message>
    <message>
        <source>No audio output device: playing video only.</source>
        <translation>Aucun périphérique de sortie audio : lecture de la vidéo seule.</translation>
    </message>
    <message>
        <source>POS register %1 #%2 %3 %4 %5</source>
        <translation>Caisse %1 n° %2 %3 %4 %5</translation>
    </message>
    <message>
        <source>frame %1 / %2   %3</source>
        <translation>image %1 / %2   %3</translation>
    </message>
    <message>
        <source>corrected for a camera clock %1 s %2</source>
        <translation>corrigé d&apos;une horloge de caméra %1 s %2</translation>
    </message>
    <message>
        <source>fast</source>
        <translation>en avance</translation>
    </message>
    <message>
        <source>slow</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>In %1  Out %2</source>
        <translation>Entrée %1  Sortie %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Jump to time</source>
        <translation>Aller à l&apos;instant</translation>
    </message>
    <message>
        <source>Time in the clip (HH:MM:SS.mmm or seconds):</source>
        <translation>Instant dans le clip (HH:MM:SS.mmm ou secondes) :</translation>
    </message>
    <message>
        <source>Markers belong to a case: open the clip from a case to add them.</source>
        <translation>Les repères appartiennent à un dossier : ouvrez le clip depuis un dossier pour en ajouter.</translation>
    </message>
    <message>
        <source>Add marker</source>
        <translation>Ajouter un repère</translation>
    </message>
    <message>
        <source>Note for %1:</source>
        <translation>Note pour %1 :</translation>
    </message>
    <message>
        <source>The audio device cannot play this clip&apos;s audio: playing video only.</source>
        <translation>Le périphérique audio ne peut pas lire le son de ce clip : lecture de la vidéo seule.</translation>
    </message>
    <message>
        <source>Audio output failed: playing video only.</source>
        <translation>La sortie audio a échoué : lecture de la vidéo seule.</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>Lecture / pause</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Plus rapide</translation>
    </message>
    <message>
        <source>Slower / backwards</source>
        <translation>Plus lent / en arrière</translation>
    </message>
    <message>
        <source>Next frame</source>
        <translation>Image suivante</translation>
    </message>
    <message>
        <source>Previous frame</source>
        <translation>Image précédente</translation>
    </message>
    <message>
        <source>One second on</source>
        <translation>Avancer d&apos;une seconde</translation>
    </message>
    <message>
        <source>One second back</source>
        <translation>Reculer d&apos;une seconde</translation>
    </message>
    <message>
        <source>First frame</source>
        <translation>Première image</translation>
    </message>
    <message>
        <source>Last frame</source>
        <translation>Dernière image</translation>
    </message>
    <message>
        <source>Set the in point</source>
        <translation>Placer le point d&apos;entrée</translation>
    </message>
    <message>
        <source>Set the out point</source>
        <translation>Placer le point de sortie</translation>
    </message>
    <message>
        <source>Bookmark this moment</source>
        <translation>Ajouter un repère à cet instant</translation>
    </message>
    <message>
        <source>Go to a time</source>
        <translation>Aller à un instant</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Reset the zoom</source>
        <translation>Réinitialiser le zoom</translation>
    </message>
    <message>
        <source>still, %1×%2</source>
        <translation>image fixe, %1×%2</translation>
    </message>
    <message>
        <source>Still: one picture, %1×%2</source>
        <translation>Image fixe : une seule image, %1×%2</translation>
    </message>
</context>
<context>
    <name>lpdesk::PoliceRequestForm</name>
    <message>
        <source>Due by:</source>
        <translation>Échéance :</translation>
    </message>
    <message>
        <source>Footage from:</source>
        <translation>Vidéos du :</translation>
    </message>
    <message>
        <source>Record a police request</source>
        <translation>Enregistrer une réquisition</translation>
    </message>
    <message>
        <source>e.g. Lakeview Police Department</source>
        <translation>p. ex. police de Lakeview</translation>
    </message>
    <message>
        <source>Their case or subpoena number</source>
        <translation>Leur numéro de dossier ou d&apos;injonction</translation>
    </message>
    <message>
        <source>Incident ids, separated by commas</source>
        <translation>Id. d&apos;incidents, séparés par des virgules</translation>
    </message>
    <message>
        <source>Store ids, separated by commas</source>
        <translation>Id. de magasins, séparés par des virgules</translation>
    </message>
    <message>
        <source>What they ask for, in their words</source>
        <translation>Ce qu&apos;ils demandent, dans leurs termes</translation>
    </message>
    <message>
        <source>e.g. subpoena under state law, exigent circumstances</source>
        <translation>p. ex. injonction en vertu de la loi de l&apos;État, circonstances d&apos;urgence</translation>
    </message>
    <message>
        <source>Documents the police sent: encrypted like evidence when the request is recorded</source>
        <translation>Documents envoyés par la police : chiffrés comme les preuves à l&apos;enregistrement de la réquisition</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Add &amp;document…</source>
        <translation>Ajouter un &amp;document…</translation>
    </message>
    <message>
        <source>Remo&amp;ve document</source>
        <translation>&amp;Retirer le document</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Organisme :</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>&amp;Agent :</translation>
    </message>
    <message>
        <source>Re&amp;ceived:</source>
        <translation>Date de ré&amp;ception :</translation>
    </message>
    <message>
        <source>&amp;Incidents asked for:</source>
        <translation>&amp;Incidents demandés :</translation>
    </message>
    <message>
        <source>&amp;Stores asked for:</source>
        <translation>&amp;Magasins demandés :</translation>
    </message>
    <message>
        <source>&amp;What is asked:</source>
        <translation>C&amp;e qui est demandé :</translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation>Fondement &amp;juridique :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Documents :</translation>
    </message>
    <message>
        <source>Times are in this workstation&apos;s time zone (%1).</source>
        <translation>Les heures sont dans le fuseau horaire de ce poste de travail (%1).</translation>
    </message>
    <message>
        <source>&amp;Record request</source>
        <translation>Enre&amp;gistrer la réquisition</translation>
    </message>
    <message>
        <source>Documents from the police</source>
        <translation>Documents de la police</translation>
    </message>
    <message>
        <source>Say which agency sent the request.</source>
        <translation>Indiquez l&apos;organisme qui a envoyé la réquisition.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>%1 (built in)</source>
        <translation>%1 (intégré)</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <source>Fills the kind, due date, legal basis and what is asked; the request remembers it</source>
        <translation>Renseigne le type, l&apos;échéance, le fondement juridique et l&apos;objet de la demande ; la réquisition le mémorise</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>Modè&amp;le :</translation>
    </message>
    <message>
        <source>%1 — version %2 REFUSED</source>
        <translation>%1 — version %2 REFUSÉE</translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation>Ré&amp;férence :</translation>
    </message>
</context>
<context>
    <name>lpdesk::PoliceRequests</name>
    <message>
        <source>The kind of request is one of: %1.</source>
        <translation>Le type de réquisition est l&apos;un de : %1.</translation>
    </message>
    <message>
        <source>Name the requesting agency (at most 200 characters).</source>
        <translation>Indiquez l&apos;organisme demandeur (200 caractères au plus).</translation>
    </message>
    <message>
        <source>The officer and the reference are at most 200 characters each.</source>
        <translation>L&apos;agent et la référence font 200 caractères au plus chacun.</translation>
    </message>
    <message>
        <source>The legal basis, what is asked and the notes are too long.</source>
        <translation>La base légale, l&apos;objet de la demande et les notes sont trop longs.</translation>
    </message>
    <message>
        <source>The due date lies before the date the request was received.</source>
        <translation>L&apos;échéance précède la date de réception de la réquisition.</translation>
    </message>
    <message>
        <source>The time range asked for ends before it starts.</source>
        <translation>La plage de temps demandée se termine avant de commencer.</translation>
    </message>
    <message>
        <source>Closing a police request needs a reason (up to 4000 characters).</source>
        <translation>La clôture d&apos;une réquisition demande un motif (4000 caractères au plus).</translation>
    </message>
    <message>
        <source>Police request %1 is already closed.</source>
        <translation>La réquisition %1 est déjà close.</translation>
    </message>
    <message>
        <source>Legal&apos;s sign-off needs a note (up to 4000 characters).</source>
        <translation>La validation du service juridique demande une note (4000 caractères au plus).</translation>
    </message>
    <message>
        <source>Only exigent requests are signed off after the fact.</source>
        <translation>Seules les réquisitions en urgence sont validées a posteriori.</translation>
    </message>
    <message>
        <source>Police request %1 is already signed off.</source>
        <translation>La réquisition %1 est déjà validée.</translation>
    </message>
    <message>
        <source>There is no police request %1.</source>
        <translation>La réquisition %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>There is no police document %1.</source>
        <translation>Le document de la police %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Document %1</translation>
    </message>
    <message>
        <source>Police request %1 is closed.</source>
        <translation>La réquisition %1 est close.</translation>
    </message>
    <message>
        <source>Police request %1 is not linked to this case; link it first (le-request link).</source>
        <translation>La réquisition %1 n&apos;est pas liée à ce dossier ; liez-la d&apos;abord (le-request link).</translation>
    </message>
    <message>
        <source>The template %1 is for a %2, not a %3.</source>
        <translation>Le modèle %1 est du type « %2 », pas « %3 ».</translation>
    </message>
    <message>
        <source>This request needs its legal basis: the subpoena, court order or warrant it rests on.</source>
        <translation>Cette réquisition exige son fondement juridique : l&apos;injonction de produire, l&apos;ordonnance du tribunal ou le mandat de perquisition sur lequel elle repose.</translation>
    </message>
    <message>
        <source>Legal&apos;s sign-off of an exigent disclosure is due 1 to %1 hours after the request is received (got %2).</source>
        <translation>La validation juridique d&apos;une communication d&apos;urgence est due de 1 à %1 heures après réception de la réquisition (reçu : %2).</translation>
    </message>
</context>
<context>
    <name>lpdesk::PoliceRequestsDialog</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>incidents %1</source>
        <translation>incidents %1</translation>
    </message>
    <message>
        <source>stores %1</source>
        <translation>magasins %1</translation>
    </message>
    <message>
        <source>footage from %1 to %2</source>
        <translation>vidéos du %1 au %2</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Link to case…</source>
        <translation>&amp;Lier à un dossier…</translation>
    </message>
    <message>
        <source>Add &amp;documents…</source>
        <translation>Ajouter des &amp;documents…</translation>
    </message>
    <message>
        <source>&amp;Close request…</source>
        <translation>&amp;Clôturer la réquisition…</translation>
    </message>
    <message>
        <source>&amp;Sign off exigent disclosure…</source>
        <translation>&amp;Valider la communication en urgence…</translation>
    </message>
    <message>
        <source>Police requests</source>
        <translation>Réquisitions</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Awaiting legal sign-off</source>
        <translation>En attente de validation juridique</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturées</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Filter by agency, officer, reference or case</source>
        <translation>Filtrer par organisme, agent, référence ou dossier</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>EN RETARD</translation>
    </message>
    <message>
        <source>fulfilled</source>
        <translation>traitée</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clôturée</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>&lt;p&gt;No police request selected.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucune réquisition sélectionnée.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Overdue: it was due %1 and no release has fulfilled it.</source>
        <translation>En retard : elle était due le %1 et aucune remise n&apos;y a répondu.</translation>
    </message>
    <message>
        <source>Exigent disclosure: legal must sign it off by %1.</source>
        <translation>Communication en urgence : le service juridique doit la valider avant le %1.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Réquisition</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Their reference</source>
        <translation>Leur référence</translation>
    </message>
    <message>
        <source>no date given</source>
        <translation>aucune date indiquée</translation>
    </message>
    <message>
        <source>Asks for</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Fondement juridique</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>not linked to a case yet</source>
        <translation>pas encore liée à un dossier</translation>
    </message>
    <message>
        <source>Releases naming it</source>
        <translation>Remises qui la citent</translation>
    </message>
    <message>
        <source>Fulfilled by</source>
        <translation>Traitée par</translation>
    </message>
    <message>
        <source>Legal sign-off</source>
        <translation>Validation juridique</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 le %2 : %3</translation>
    </message>
    <message>
        <source>by %1 at %2: %3</source>
        <translation>par %1 le %2 : %3</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>by %1 at %2</source>
        <translation>par %1 le %2</translation>
    </message>
    <message>
        <source>Documents (encrypted; click to save a copy)</source>
        <translation>Documents (chiffrés ; cliquez pour enregistrer une copie)</translation>
    </message>
    <message>
        <source>Select a police request first.</source>
        <translation>Sélectionnez d&apos;abord une réquisition.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Link to case</source>
        <translation>Lier à un dossier</translation>
    </message>
    <message>
        <source>The case this request concerns:</source>
        <translation>Le dossier concerné par cette réquisition :</translation>
    </message>
    <message>
        <source>Documents from the police</source>
        <translation>Documents de la police</translation>
    </message>
    <message>
        <source>Close request</source>
        <translation>Clôturer la réquisition</translation>
    </message>
    <message>
        <source>Why is it closed (fulfilled, withdrawn, refused…)?</source>
        <translation>Pourquoi est-elle clôturée (traitée, retirée, refusée…) ?</translation>
    </message>
    <message>
        <source>Sign off exigent disclosure</source>
        <translation>Valider la communication en urgence</translation>
    </message>
    <message>
        <source>Legal&apos;s review of the disclosure made without process:</source>
        <translation>Examen par le service juridique de la communication faite sans acte judiciaire :</translation>
    </message>
    <message>
        <source>Save a copy of the document</source>
        <translation>Enregistrer une copie du document</translation>
    </message>
    <message>
        <source>Response le&amp;tter…</source>
        <translation>Lettre de &amp;réponse…</translation>
    </message>
    <message>
        <source>Write the letter that answers this request, from its template, with the releases that fulfil it</source>
        <translation>Rédiger la lettre qui répond à cette réquisition, à partir de son modèle, avec les remises qui la satisfont</translation>
    </message>
    <message>
        <source>letter-%1.txt</source>
        <translation>letter-%1.txt</translation>
    </message>
    <message>
        <source>Save the response letter</source>
        <translation>Enregistrer la lettre de réponse</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Te&amp;mplates…</source>
        <translation>&amp;Modèles…</translation>
    </message>
    <message>
        <source>The templates a request is recorded from and its response letter written with; administrators publish new versions</source>
        <translation>Les modèles à partir desquels une réquisition est enregistrée et sa lettre de réponse rédigée ; les administrateurs en publient de nouvelles versions</translation>
    </message>
    <message>
        <source>legal sign-off overdue (due %1)</source>
        <translation>validation juridique en retard (échéance le %1)</translation>
    </message>
    <message>
        <source>legal sign-off pending (due %1)</source>
        <translation>validation juridique en attente (avant le %1)</translation>
    </message>
    <message>
        <source>signed off late</source>
        <translation>validée en retard</translation>
    </message>
</context>
<context>
    <name>lpdesk::PosCsvJournal</name>
    <message>
        <source>line too long</source>
        <translation>ligne trop longue</translation>
    </message>
    <message>
        <source>an unterminated quoted field</source>
        <translation>un champ entre guillemets non fermé</translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation>UTF-8 non valide</translation>
    </message>
    <message>
        <source>The CSV journal has no readable header line%1.</source>
        <translation>Le journal CSV n&apos;a pas de ligne d&apos;en-tête lisible%1.</translation>
    </message>
    <message>
        <source>The CSV journal has no column &quot;%1&quot; for %2 (its columns: %3). Set up the column mapping for this store.</source>
        <translation>Le journal CSV n&apos;a pas de colonne « %1 » pour %2 (ses colonnes : %3). Configurez la correspondance des colonnes de ce magasin.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 champs là où l&apos;en-tête en a %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>ligne %1 : </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>more than %1 line items</source>
        <translation>plus de %1 lignes d&apos;articles</translation>
    </message>
    <message>
        <source>unknown line kind &quot;%1&quot;</source>
        <translation>type de ligne inconnu « %1 »</translation>
    </message>
    <message>
        <source>quantity: %1</source>
        <translation>quantité : %1</translation>
    </message>
    <message>
        <source>The CSV journal has no column &quot;%1&quot; for date or no column &quot;%2&quot; for time (its columns: %3). Set up the column mapping for this store.</source>
        <translation>Le journal CSV n&apos;a pas de colonne « %1 » pour la date ou pas de colonne « %2 » pour l&apos;heure (ses colonnes : %3). Il faut configurer la correspondance des colonnes de ce magasin.</translation>
    </message>
</context>
<context>
    <name>lpdesk::PosImportDialog</name>
    <message>
        <source>Import POS journal</source>
        <translation>Importer un journal de caisse</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>(as written in the journal)</source>
        <translation>(tel qu&apos;écrit dans le journal)</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <source>ARTS POSLog XML</source>
        <translation>ARTS POSLog XML</translation>
    </message>
    <message>
        <source>CSV (with a column mapping)</source>
        <translation>CSV (avec correspondance des colonnes)</translation>
    </message>
    <message>
        <source>LP Desk POS JSON</source>
        <translation>JSON de caisse LP Desk</translation>
    </message>
    <message>
        <source>LP Desk field</source>
        <translation>Champ LP Desk</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Journal file:</source>
        <translation>Fichier du &amp;journal :</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>&amp;Magasin :</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>POS journal</source>
        <translation>Journal de caisse</translation>
    </message>
    <message>
        <source>POS journals (*.xml *.csv *.json);;All files (*)</source>
        <translation>Journaux de caisse (*.xml *.csv *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Map the file&apos;s columns to LP Desk&apos;s fields. Choose a store to save the mapping for next time.</source>
        <translation>Associez les colonnes du fichier aux champs de LP Desk. Choisissez un magasin pour enregistrer la correspondance pour la prochaine fois.</translation>
    </message>
    <message>
        <source>Map the file&apos;s columns to LP Desk&apos;s fields; the mapping is saved for store %1.</source>
        <translation>Associez les colonnes du fichier aux champs de LP Desk ; la correspondance est enregistrée pour le magasin %1.</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (obligatoire)</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(absent du fichier)</translation>
    </message>
    <message>
        <source>Choose a journal file.</source>
        <translation>Choisissez un fichier de journal.</translation>
    </message>
    <message>
        <source>Choose the column that holds &quot;%1&quot;.</source>
        <translation>Choisissez la colonne qui contient « %1 ».</translation>
    </message>
    <message>
        <source>Choose the store this CSV journal comes from.</source>
        <translation>Choisissez le magasin d&apos;où provient ce journal CSV.</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Import de %1</translation>
    </message>
    <message>
        <source>Encrypting the original and reading its transactions…</source>
        <translation>Chiffrement de l&apos;original et lecture de ses transactions…</translation>
    </message>
    <message>
        <source>%1 transactions and %2 line items imported; %3 records rejected.</source>
        <translation>%1 transactions et %2 lignes d&apos;articles importées ; %3 enregistrements rejetés.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The store&apos;s timezone</source>
        <translation>Fuseau horaire du magasin</translation>
    </message>
    <message>
        <source>For times the journal writes without a UTC offset. Times with an offset keep it.</source>
        <translation>Pour les heures que le journal écrit sans décalage UTC. Les heures avec décalage le conservent.</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Point-virgule ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Barre verticale ( | )</translation>
    </message>
    <message>
        <source>By the separator (comma with &apos;;&apos;)</source>
        <translation>Selon le séparateur (virgule avec &apos;;&apos;)</translation>
    </message>
    <message>
        <source>Point: 1,234.56</source>
        <translation>Point : 1,234.56</translation>
    </message>
    <message>
        <source>Comma: 1.234,56</source>
        <translation>Virgule : 1.234,56</translation>
    </message>
    <message>
        <source>&amp;Timezone of local times:</source>
        <translation>Fuseau &amp;horaire des heures locales :</translation>
    </message>
    <message>
        <source>CSV se&amp;parator:</source>
        <translation>&amp;Séparateur CSV :</translation>
    </message>
    <message>
        <source>&amp;Decimal mark:</source>
        <translation>Séparateur &amp;décimal :</translation>
    </message>
    <message>
        <source>Kinds: %1.</source>
        <translation>Types : %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n already imported from an overlapping journal (skipped).</source>
        <translation>
            <numerusform>%n déjà importée depuis un journal qui se chevauche (ignorée).</numerusform>
            <numerusform>%n déjà importées depuis un journal qui se chevauche (ignorées).</numerusform>
        </translation>
    </message>
    <message>
        <source>As the journal&apos;s dates show</source>
        <translation>Selon ce que montrent les dates du journal</translation>
    </message>
    <message>
        <source>Month first: 3/14/2026 (US)</source>
        <translation>Le mois d’abord : 3/14/2026 (États-Unis)</translation>
    </message>
    <message>
        <source>Day first: 14/3/2026 (UK and most others)</source>
        <translation>Le jour d’abord : 14/3/2026 (Royaume-Uni et la plupart des autres)</translation>
    </message>
    <message>
        <source>For dates written with slashes. The same order is used for the whole journal.</source>
        <translation>Pour les dates écrites avec des barres obliques. Le même ordre vaut pour tout le journal.</translation>
    </message>
    <message>
        <source>Date &amp;order:</source>
        <translation>&amp;Ordre de la date :</translation>
    </message>
    <message>
        <source>%1 (required, or date and time)</source>
        <translation>%1 (obligatoire, ou date et heure)</translation>
    </message>
    <message>
        <source>%1 (with time, when there is no begin column)</source>
        <translation>%1 (avec l&apos;heure, quand il n&apos;y a pas de colonne begin)</translation>
    </message>
    <message>
        <source>Choose the column that holds &quot;begin&quot; (the date and time), or the two columns that hold &quot;date&quot; and &quot;time&quot;.</source>
        <translation>Choisir la colonne qui contient « begin » (la date et l&apos;heure), ou les deux colonnes qui contiennent « date » et « time ».</translation>
    </message>
    <message>
        <source>%1 — as the journal names it</source>
        <translation>%1 — tel que le journal le nomme</translation>
    </message>
    <message>
        <source>Choose the store to file it under in Store (the ids the journal names are offered there too), then Import again.</source>
        <translation>Choisissez dans Magasin le magasin sous lequel le classer (les id. que nomme le journal y sont aussi proposés), puis cliquez de nouveau sur Importer.</translation>
    </message>
    <message>
        <source>The journal names its store %1, not %2. To file it under %2, an administrator first adds %1 to the store&apos;s POS store ids (Stores menu, Stores…, select %2, &quot;POS store ids…&quot;). To keep the journal&apos;s own id, choose &quot;%3&quot; in Store.</source>
        <translation>Le journal désigne son magasin par %1, et non %2. Pour le classer sous %2, un administrateur ajoute d&apos;abord %1 aux id. de magasin en caisse du magasin (menu Magasins, Magasins…, sélectionnez %2, « Id. de magasin en caisse… »). Pour garder l&apos;id. propre au journal, choisissez « %3 » dans Magasin.</translation>
    </message>
    <message>
        <source>The journal names its store %1. Add %1 to the POS store ids of store %2, so that this journal and the next ones import as %2&apos;s?</source>
        <translation>Le journal désigne son magasin par %1. Ajouter %1 aux id. de magasin en caisse du magasin %2, pour que ce journal et les suivants s&apos;importent comme ceux de %2 ?</translation>
    </message>
</context>
<context>
    <name>lpdesk::PosJournalReader</name>
    <message>
        <source>business day &quot;%1&quot; is not a date</source>
        <translation>la journée commerciale « %1 » n&apos;est pas une date</translation>
    </message>
    <message>
        <source>more than %1 line items</source>
        <translation>plus de %1 lignes d&apos;articles</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount</source>
        <translation>« %1 » n&apos;est pas un montant</translation>
    </message>
    <message>
        <source>Unknown field or bad column name in the CSV mapping: %1</source>
        <translation>Champ inconnu ou nom de colonne erroné dans la correspondance CSV : %1</translation>
    </message>
    <message>
        <source>The CSV mapping needs a column for &quot;%1&quot;.</source>
        <translation>La correspondance CSV demande une colonne pour « %1 ».</translation>
    </message>
    <message>
        <source>Unknown POS journal format %1 (poslog, csv or json).</source>
        <translation>Format de journal de caisse inconnu %1 (poslog, csv ou json).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quantity</source>
        <translation>« %1 » n&apos;est pas une quantité</translation>
    </message>
    <message>
        <source>no register (WorkstationID) is given</source>
        <translation>aucune caisse (WorkstationID) n&apos;est indiquée</translation>
    </message>
    <message>
        <source>no transaction number (SequenceNumber) is given</source>
        <translation>aucun numéro de transaction (SequenceNumber) n&apos;est indiqué</translation>
    </message>
    <message>
        <source>no time is given (none of BeginDateTime, EndDateTime, ReceiptDateTime, POSLogDateTime)</source>
        <translation>aucune heure n&apos;est indiquée (aucun de BeginDateTime, EndDateTime, ReceiptDateTime, POSLogDateTime)</translation>
    </message>
    <message>
        <source>the time &quot;%1&quot; has no UTC offset and no timezone is known for store &quot;%2&quot; (give the store&apos;s timezone)</source>
        <translation>l&apos;heure « %1 » n&apos;a pas de décalage UTC et le fuseau horaire du magasin « %2 » est inconnu (indiquez le fuseau horaire du magasin)</translation>
    </message>
    <message>
        <source>the time &quot;%1&quot; is not a date and time</source>
        <translation>l&apos;heure « %1 » n&apos;est pas une date et heure</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large an amount</source>
        <translation>« %1 » est un montant trop élevé</translation>
    </message>
    <message>
        <source>%1 %2 has more decimals than %3 has (%4): rounded to %5</source>
        <translation>%1 %2 a plus de décimales que %3 n’en a (%4) : arrondi à %5</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Line %1 unit price</source>
        <translation>Ligne %1, prix unitaire</translation>
    </message>
    <message>
        <source>Line %1 regular price</source>
        <translation>Ligne %1, prix catalogue</translation>
    </message>
    <message>
        <source>Line %1 amount</source>
        <translation>Ligne %1, montant</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Cannot read the journal again from its start.</source>
        <translation>Impossible de relire le journal depuis le début.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a date without a time</source>
        <translation>« %1 » est une date sans heure</translation>
    </message>
    <message>
        <source>the time: %1</source>
        <translation>l’heure : %1</translation>
    </message>
    <message>
        <source>business day: %1</source>
        <translation>journée comptable : %1</translation>
    </message>
    <message>
        <source>The CSV mapping needs a column for &quot;begin&quot;, or columns for &quot;date&quot; and &quot;time&quot;.</source>
        <translation>La correspondance CSV exige une colonne pour « begin », ou des colonnes pour « date » et « time ».</translation>
    </message>
    <message>
        <source>the date is empty (the time is &quot;%1&quot;)</source>
        <translation>la date est vide (l&apos;heure est « %1 »)</translation>
    </message>
    <message>
        <source>the time is empty (the date is &quot;%1&quot;)</source>
        <translation>l&apos;heure est vide (la date est « %1 »)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day</source>
        <translation>« %1 » n&apos;est pas une heure de la journée</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a 12-hour time: with AM or PM the hour is 1 to 12</source>
        <translation>« %1 » n&apos;est pas une heure au format 12 heures : avec AM ou PM, l&apos;heure va de 1 à 12</translation>
    </message>
    <message>
        <source>Cannot tell the journal&apos;s format: choose it (POSLog XML, CSV or JSON) and import it again.</source>
        <translation>Impossible de déterminer le format du journal : choisissez-le (POSLog XML, CSV ou JSON) et importez-le de nouveau.</translation>
    </message>
</context>
<context>
    <name>lpdesk::PosJsonJournal</name>
    <message>
        <source>more than %1 line items</source>
        <translation>plus de %1 lignes d&apos;articles</translation>
    </message>
    <message>
        <source>unknown line kind &quot;%1&quot;</source>
        <translation>type de ligne inconnu « %1 »</translation>
    </message>
    <message>
        <source>The JSON journal is not acceptable at line %1: %2</source>
        <translation>Le journal JSON n&apos;est pas acceptable à la ligne %1 : %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation>UTF-8 non valide</translation>
    </message>
    <message>
        <source>a transaction larger than %1 bytes</source>
        <translation>une transaction de plus de %1 octets</translation>
    </message>
    <message>
        <source>format is not lpdesk-pos-json</source>
        <translation>le format n&apos;est pas lpdesk-pos-json</translation>
    </message>
    <message>
        <source>transaction #%1 (line %2)</source>
        <translation>transaction n° %1 (ligne %2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>unbalanced brackets</source>
        <translation>crochets déséquilibrés</translation>
    </message>
    <message>
        <source>the document ends early (truncated?)</source>
        <translation>le document se termine trop tôt (tronqué ?)</translation>
    </message>
</context>
<context>
    <name>lpdesk::PosLinkDialog</name>
    <message>
        <source>&amp;Link ticked</source>
        <translation>&amp;Lier les transactions cochées</translation>
    </message>
    <message>
        <source>Link a transaction</source>
        <translation>Lier une transaction</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Time (store)</source>
        <translation>Heure (magasin)</translation>
    </message>
    <message>
        <source>From the incident</source>
        <translation>Par rapport à l’incident</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Around each incident, &amp;±</source>
        <translation>Autour de chaque incident, &amp;±</translation>
    </message>
    <message>
        <source>Tick the transactions that belong to the case. Times are corrected for the register&apos;s clock; linked ones are listed but cannot be ticked.</source>
        <translation>Cochez les transactions qui appartiennent au dossier. Les heures sont corrigées selon l’horloge de la caisse ; celles déjà liées sont listées mais ne peuvent pas être cochées.</translation>
    </message>
    <message>
        <source>%1 s before</source>
        <translation>%1 s avant</translation>
    </message>
    <message>
        <source>%1 s after</source>
        <translation>%1 s après</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>liée</translation>
    </message>
    <message>
        <source>The register&apos;s clock said %1.</source>
        <translation>L’horloge de la caisse indiquait %1.</translation>
    </message>
    <message>
        <source>No transaction of the incidents&apos; stores within ±%1 s: widen the window, or import the store&apos;s journal.</source>
        <translation>Aucune transaction des magasins des incidents à ±%1 s : élargissez la fenêtre ou importez le journal de caisse du magasin.</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) around the incidents.</source>
        <translation>
            <numerusform>%n transaction autour des incidents.</numerusform>
            <numerusform>%n transactions autour des incidents.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lpdesk::PosNearby</name>
    <message>
        <source>The case has no incidents to link POS records to.</source>
        <translation>Le dossier n’a aucun incident auquel lier des données de caisse.</translation>
    </message>
    <message>
        <source>The %1 of %2</source>
        <translation>L’incident de type %1 du %2</translation>
    </message>
    <message>
        <source>%1: no POS journal of store %2 has been imported, so there is nothing to link. Pulls import the journals a store sends; import its journal by hand if it came another way.</source>
        <translation>%1 : aucun journal de caisse du magasin %2 n’a été importé, il n’y a donc rien à lier. Les récupérations importent les journaux qu’un magasin envoie ; importez son journal à la main s’il est arrivé autrement.</translation>
    </message>
    <message>
        <source>%1 names register %2, transaction %3 of %4, which no imported journal holds.</source>
        <translation>%1 cite la caisse %2, transaction %3 du %4, qu’aucun journal importé ne contient.</translation>
    </message>
    <message numerus="yes">
        <source>%1: the %n matching transaction(s) are linked to this case already.</source>
        <translation>
            <numerusform>%1 : la %n transaction correspondante est déjà liée à ce dossier.</numerusform>
            <numerusform>%1 : les %n transactions correspondantes sont déjà liées à ce dossier.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: store %2 has no transaction within ±%3 s. The nearest one is at %4, %5 s before the incident.</source>
        <translation>%1 : le magasin %2 n’a aucune transaction à ±%3 s. La plus proche est du %4, %5 s avant l’incident.</translation>
    </message>
    <message>
        <source>%1: store %2 has no transaction within ±%3 s. The nearest one is at %4, %5 s after the incident.</source>
        <translation>%1 : le magasin %2 n’a aucune transaction à ±%3 s. La plus proche est du %4, %5 s après l’incident.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n transaction(s) of the store within ±%2 s, but none is an exception (void, no sale, refund without receipt, override…). If one belongs to the incident, link it by hand.</source>
        <translation>
            <numerusform>%1 : %n transaction du magasin à ±%2 s, mais ce n’est pas une exception (annulation, ouverture sans vente, remboursement sans ticket, prix modifié…). Si elle appartient à l’incident, liez-la à la main.</numerusform>
            <numerusform>%1 : %n transactions du magasin à ±%2 s, mais aucune n’est une exception (annulation, ouverture sans vente, remboursement sans ticket, prix modifié…). Si l’une appartient à l’incident, liez-la à la main.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n transaction(s) of the store within ±%2 s, but none is an exception at register %3 (%4 at other registers). If one belongs to the incident, link it by hand.</source>
        <translation>
            <numerusform>%1 : %n transaction du magasin à ±%2 s, mais ce n’est pas une exception à la caisse %3 (%4 à d’autres caisses). Si elle appartient à l’incident, liez-la à la main.</numerusform>
            <numerusform>%1 : %n transactions du magasin à ±%2 s, mais aucune n’est une exception à la caisse %3 (%4 à d’autres caisses). Si l’une appartient à l’incident, liez-la à la main.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lpdesk::PosPanel</name>
    <message>
        <source>void</source>
        <translation>annulation</translation>
    </message>
    <message>
        <source>no sale</source>
        <translation>ouverture sans vente</translation>
    </message>
    <message>
        <source>refund without receipt</source>
        <translation>remboursement sans ticket</translation>
    </message>
    <message>
        <source>return linked to another day</source>
        <translation>retour lié à un autre jour</translation>
    </message>
    <message>
        <source>price override</source>
        <translation>prix forcé</translation>
    </message>
    <message>
        <source>card number keyed in</source>
        <translation>numéro de carte saisi à la main</translation>
    </message>
    <message>
        <source>large discount</source>
        <translation>remise importante</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Link exception transactions at the incident&apos;s register within this many seconds of the incident (true time: register and camera clock offsets applied)</source>
        <translation>Lier les transactions en anomalie de la caisse de l&apos;incident dans ce nombre de secondes autour de l&apos;incident (heure réelle : décalages d&apos;horloge de la caisse et de la caméra appliqués)</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>Déli&amp;er</translation>
    </message>
    <message>
        <source>Time (store)</source>
        <translation>Heure (magasin)</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Liée</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Double-click a line to see the moment in the clip (journals time the transaction, not each line: the clip seeks to the transaction&apos;s start)</source>
        <translation>Double-cliquez sur une ligne pour voir l&apos;instant dans le clip (les journaux datent la transaction, pas chaque ligne : le clip se place au début de la transaction)</translation>
    </message>
    <message>
        <source>Window ±</source>
        <translation>Fenêtre ±</translation>
    </message>
    <message>
        <source>Corrected time. The register&apos;s clock said %1.</source>
        <translation>Heure corrigée. L&apos;horloge de la caisse indiquait %1.</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>à la main</translation>
    </message>
    <message>
        <source>store reference</source>
        <translation>référence du magasin</translation>
    </message>
    <message>
        <source>time window</source>
        <translation>fenêtre de temps</translation>
    </message>
    <message>
        <source>No POS records linked yet. Import the store&apos;s journal (pulls do this) and press Link POS records.</source>
        <translation>Aucune donnée de caisse liée pour l&apos;instant. Importez le journal du magasin (les récupérations le font) et cliquez sur Lier les données de caisse.</translation>
    </message>
    <message>
        <source>%1 (list %2)</source>
        <translation>%1 (liste %2)</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>card •••• %1</source>
        <translation>carte •••• %1</translation>
    </message>
    <message>
        <source>POS</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>None of this case&apos;s clips from the camera over register %1 covers this transaction.</source>
        <translation>Aucun clip de ce dossier filmé par la caméra au-dessus de la caisse %1 ne couvre cette transaction.</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Délier</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Corrected time. The register&apos;s clock said %1 (written without an offset: the timezone %2 was applied).</source>
        <translation>Heure corrigée. L&apos;horloge de la caisse indiquait %1 (écrite sans décalage : le fuseau horaire %2 a été appliqué).</translation>
    </message>
    <message>
        <source>&lt;b&gt;%8 · store %1 · register %2 · transaction %3&lt;/b&gt; · business day %4 · operator %5 · register clock %6 · from %7</source>
        <translation>&lt;b&gt;%8 · magasin %1 · caisse %2 · transaction %3&lt;/b&gt; · journée commerciale %4 · opérateur %5 · horloge de la caisse %6 · depuis %7</translation>
    </message>
    <message>
        <source>Choose from the store&apos;s transactions around the case&apos;s incidents</source>
        <translation>Choisir parmi les transactions du magasin autour des incidents du dossier</translation>
    </message>
    <message>
        <source>No transaction linked.</source>
        <translation>Aucune transaction liée.</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) linked.</source>
        <translation>
            <numerusform>%n transaction liée.</numerusform>
            <numerusform>%n transactions liées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) linked by hand.</source>
        <translation>
            <numerusform>%n transaction liée à la main.</numerusform>
            <numerusform>%n transactions liées à la main.</numerusform>
        </translation>
    </message>
    <message>
        <source>L&amp;ink POS records</source>
        <translation>Lier les do&amp;nnées de caisse</translation>
    </message>
    <message>
        <source>Link &amp;a transaction…</source>
        <translation>Lier une t&amp;ransaction…</translation>
    </message>
</context>
<context>
    <name>lpdesk::PosService</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is larger than 4 GiB.</source>
        <translation>%1 dépasse 4 Gio.</translation>
    </message>
    <message>
        <source>This journal (SHA-256 %1…) was already imported: it is evidence %2, received %3.</source>
        <translation>Ce journal (SHA-256 %1…) a déjà été importé : c&apos;est la preuve %2, reçue le %3.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>%1 changed while it was being read; import it again once it is complete.</source>
        <translation>%1 a changé pendant sa lecture ; importez-le à nouveau une fois complet.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>There is no POS journal %1.</source>
        <translation>Le journal de caisse %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>POS journal %1 was already imported.</source>
        <translation>Le journal de caisse %1 a déjà été importé.</translation>
    </message>
    <message>
        <source>This journal (SHA-256 %1) was already imported on %2 (import %3).</source>
        <translation>Ce journal (SHA-256 %1) a déjà été importé le %2 (import %3).</translation>
    </message>
    <message>
        <source>belongs to store %1, not %2</source>
        <translation>appartient au magasin %1, pas à %2</translation>
    </message>
    <message>
        <source>already imported (register %1, #%2, %3)</source>
        <translation>déjà importée (caisse %1, n° %2, %3)</translation>
    </message>
    <message>
        <source>The window is 1–86400 seconds.</source>
        <translation>La fenêtre va de 1 à 86400 secondes.</translation>
    </message>
    <message>
        <source>Case %1 has no incidents to link POS records to.</source>
        <translation>Le dossier %1 n&apos;a aucun incident auquel lier des données de caisse.</translation>
    </message>
    <message>
        <source>There is no POS transaction %1.</source>
        <translation>La transaction de caisse %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>sale</source>
        <translation>vente</translation>
    </message>
    <message>
        <source>return</source>
        <translation>retour</translation>
    </message>
    <message>
        <source>exchange</source>
        <translation>échange</translation>
    </message>
    <message>
        <source>voided transaction</source>
        <translation>transaction annulée</translation>
    </message>
    <message>
        <source>no sale</source>
        <translation>ouverture sans vente</translation>
    </message>
    <message>
        <source>sign on</source>
        <translation>ouverture de session</translation>
    </message>
    <message>
        <source>sign off</source>
        <translation>fermeture de session</translation>
    </message>
    <message>
        <source>till open</source>
        <translation>ouverture de caisse</translation>
    </message>
    <message>
        <source>till close</source>
        <translation>fermeture de caisse</translation>
    </message>
    <message>
        <source>price override</source>
        <translation>prix forcé</translation>
    </message>
    <message>
        <source>paid in</source>
        <translation>entrée d&apos;espèces</translation>
    </message>
    <message>
        <source>paid out</source>
        <translation>sortie d&apos;espèces</translation>
    </message>
    <message>
        <source>other control</source>
        <translation>autre opération de contrôle</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n voided line item(s)</source>
        <translation>
            <numerusform>%n ligne d&apos;article annulée</numerusform>
            <numerusform>%n lignes d&apos;articles annulées</numerusform>
        </translation>
    </message>
    <message>
        <source>The format is auto, poslog, csv or json.</source>
        <translation>Le format vaut auto, poslog, csv ou json.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a timezone (an IANA name such as Europe/Berlin).</source>
        <translation>« %1 » n&apos;est pas un fuseau horaire (un nom IANA tel que Europe/Berlin).</translation>
    </message>
    <message>
        <source>The separator is auto, &quot;,&quot;, &quot;;&quot;, &quot;|&quot; or tab.</source>
        <translation>Le séparateur vaut auto, &quot;,&quot;, &quot;;&quot;, &quot;|&quot; ou tab.</translation>
    </message>
    <message>
        <source>The decimal mark is &quot;.&quot; or &quot;,&quot;.</source>
        <translation>Le séparateur décimal est &quot;.&quot; ou &quot;,&quot;.</translation>
    </message>
    <message>
        <source>Import failed: %1 of %2 transactions in the journal were rejected (more than half), so nothing was imported. First rejects: %3</source>
        <translation>L&apos;import a échoué : %1 des %2 transactions du journal ont été rejetées (plus de la moitié), donc rien n&apos;a été importé. Premiers rejets : %3</translation>
    </message>
    <message>
        <source>Times without a UTC offset were taken in the timezone %1.</source>
        <translation>Les heures sans décalage UTC ont été prises dans le fuseau horaire %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) had no business day; it was taken from the transaction&apos;s date.</source>
        <translation>
            <numerusform>%n transaction n&apos;avait pas de journée commerciale ; la date de la transaction a été prise.</numerusform>
            <numerusform>%n transactions n&apos;avaient pas de journée commerciale ; la date de chaque transaction a été prise.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) have amounts with more decimals than their currency has, rounded to its minor unit; each says which in its notes, and the journal keeps the exact values.</source>
        <translation>
            <numerusform>%n transaction a des montants avec plus de décimales que sa devise, arrondis à son unité divisionnaire ; ses notes disent lesquels, et le journal garde les valeurs exactes.</numerusform>
            <numerusform>%n transactions ont des montants avec plus de décimales que leur devise, arrondis à leur unité divisionnaire ; les notes de chacune disent lesquels, et le journal garde les valeurs exactes.</numerusform>
        </translation>
    </message>
    <message>
        <source>month first (M/d/yyyy)</source>
        <translation>le mois d’abord (M/d/yyyy)</translation>
    </message>
    <message>
        <source>day first (d/M/yyyy)</source>
        <translation>le jour d’abord (d/M/yyyy)</translation>
    </message>
    <message>
        <source>Dates written with slashes were read %1, as the import said.</source>
        <translation>Les dates écrites avec des barres obliques ont été lues %1, comme l’import l’indiquait.</translation>
    </message>
    <message>
        <source>Dates written with slashes were read %1, as the journal&apos;s own dates show (&quot;%2&quot;).</source>
        <translation>Les dates écrites avec des barres obliques ont été lues %1, comme le montrent les dates du journal (« %2 »).</translation>
    </message>
    <message>
        <source>belongs to store %1 (POS store id %2), not %3</source>
        <translation>appartient au magasin %1 (id. de magasin en caisse %2), pas à %3</translation>
    </message>
    <message>
        <source>Transactions written for store %1 were imported as store %2&apos;s (a POS store id of %2).</source>
        <translation>Les transactions écrites pour le magasin %1 ont été importées comme celles du magasin %2 (un id. de magasin en caisse de %2).</translation>
    </message>
    <message>
        <source>The journal names its store %1. If that is the POS system&apos;s id for store %2, an administrator adds it to the store&apos;s POS store ids (Stores menu, Stores…, select %2, &quot;POS store ids…&quot;; or &quot;lpdesk-cli store pos-id %2 --add %3&quot;), then the journal imports.</source>
        <translation>Le journal désigne son magasin par %1. Si c&apos;est l&apos;id. que le système de caisse donne au magasin %2, un administrateur l&apos;ajoute aux id. de magasin en caisse du magasin (menu Magasins, Magasins…, sélectionnez %2, « Id. de magasin en caisse… » ; ou « lpdesk-cli store pos-id %2 --add %3 »), puis le journal s&apos;importe.</translation>
    </message>
    <message>
        <source>the journal names its store %1, which is neither a store of LP Desk nor a POS store id of one</source>
        <translation>le journal désigne son magasin par %1, qui n&apos;est ni un magasin de LP Desk ni l&apos;id. de magasin en caisse de l&apos;un d&apos;eux</translation>
    </message>
    <message>
        <source>the journal names the stores %1, which are neither stores of LP Desk nor POS store ids of one</source>
        <translation>le journal désigne les magasins %1, qui ne sont ni des magasins de LP Desk ni des id. de magasin en caisse de l&apos;un d&apos;eux</translation>
    </message>
    <message>
        <source>transactions of the journal name no store</source>
        <translation>les transactions du journal ne nomment aucun magasin</translation>
    </message>
    <message>
        <source>Choose the store the journal comes from, then import it again.</source>
        <translation>Choisissez le magasin d&apos;où provient le journal, puis importez-le de nouveau.</translation>
    </message>
    <message>
        <source>Choose the store to file the journal under, or have an administrator add %1 to that store&apos;s POS store ids (Stores menu, Stores…, select the store, &quot;POS store ids…&quot;); then import it again.</source>
        <translation>Choisissez le magasin sous lequel classer le journal, ou faites ajouter %1 par un administrateur aux id. de magasin en caisse de ce magasin (menu Magasins, Magasins…, sélectionnez le magasin, « Id. de magasin en caisse… ») ; puis importez-le de nouveau.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1. %2</source>
        <translation>Rien n&apos;a été importé : %1. %2</translation>
    </message>
</context>
<context>
    <name>lpdesk::PosSlashDates</name>
    <message>
        <source>The date order is mdy (month first: 3/14/2026), dmy (day first: 14/3/2026) or auto.</source>
        <translation>L’ordre de la date est mdy (le mois d’abord : 3/14/2026), dmy (le jour d’abord : 14/3/2026) ou auto.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time</source>
        <translation>« %1 » n’est pas une date et heure</translation>
    </message>
    <message>
        <source>the date &quot;%1&quot; has a two-digit year; only four-digit years are read (the century is not guessed)</source>
        <translation>la date « %1 » a une année à deux chiffres ; seules les années à quatre chiffres sont lues (le siècle n’est pas deviné)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (the year needs four digits)</source>
        <translation>« %1 » n’est pas une date (l’année doit avoir quatre chiffres)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date read %2 (%3)</source>
        <translation>« %1 » n’est pas une date lue %2 (%3)</translation>
    </message>
    <message>
        <source>month first</source>
        <translation>le mois d’abord</translation>
    </message>
    <message>
        <source>day first</source>
        <translation>le jour d’abord</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a 12-hour time: with AM or PM the hour is 1 to 12</source>
        <translation>« %1 » n’est pas une heure au format 12 heures : avec AM ou PM, l’heure va de 1 à 12</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day</source>
        <translation>« %1 » n’est pas une heure de la journée</translation>
    </message>
    <message>
        <source>The journal writes its dates with slashes in both orders: &quot;%1&quot; can only be day first (d/M/yyyy) and &quot;%2&quot; only month first (M/d/yyyy); of its dates, %3 can only be day first and %4 only month first. A journal has one order, so this one cannot be read as it is.</source>
        <translation>Le journal écrit ses dates avec des barres obliques dans les deux ordres : « %1 » ne peut être que le jour d’abord (d/M/yyyy) et « %2 » que le mois d’abord (M/d/yyyy) ; parmi ses dates, %3 ne peuvent être que le jour d’abord et %4 que le mois d’abord. Un journal n’a qu’un ordre, celui-ci ne peut donc pas être lu tel quel.</translation>
    </message>
    <message>
        <source>the date &quot;%1&quot; could be month first or day first and the import does not say which (choose the date order: month first or day first)</source>
        <translation>la date « %1 » peut être le mois d&apos;abord ou le jour d&apos;abord et l&apos;import ne dit pas lequel (choisissez l&apos;ordre de la date : le mois d&apos;abord ou le jour d&apos;abord)</translation>
    </message>
    <message>
        <source>Every date the journal writes with slashes (such as &quot;%1&quot;; %2 in all) could be month first or day first, and LP Desk does not guess. Choose the date order: month first (3/14/2026, as US tills write) or day first (14/3/2026, as UK tills write).</source>
        <translation>Toutes les dates que le journal écrit avec des barres obliques (comme « %1 » ; %2 en tout) peuvent être le mois d&apos;abord ou le jour d&apos;abord, et LP Desk ne devine pas. Choisissez l&apos;ordre de la date : le mois d&apos;abord (3/14/2026, comme l&apos;écrivent les caisses américaines) ou le jour d&apos;abord (14/3/2026, comme l&apos;écrivent les caisses britanniques).</translation>
    </message>
</context>
<context>
    <name>lpdesk::PoslogJournal</name>
    <message>
        <source>more than %1 line items</source>
        <translation>plus de %1 lignes d&apos;articles</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Quantity: %1</source>
        <translation>Quantité : %1</translation>
    </message>
    <message>
        <source>The POSLog journal is not acceptable at line %1: %2</source>
        <translation>Le journal POSLog n&apos;est pas acceptable à la ligne %1 : %2</translation>
    </message>
    <message>
        <source>it contains a DTD; DTDs (and the external or nested entities they can declare) are refused</source>
        <translation>il contient une DTD ; les DTD (et les entités externes ou imbriquées qu&apos;elles peuvent déclarer) sont refusées</translation>
    </message>
    <message>
        <source>it uses an undeclared entity</source>
        <translation>il utilise une entité non déclarée</translation>
    </message>
    <message>
        <source>the root element is not POSLog in an ARTS namespace (it is %1 in &quot;%2&quot;)</source>
        <translation>l&apos;élément racine n&apos;est pas POSLog dans un espace de noms ARTS (c&apos;est %1 dans « %2 »)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Transaction #%1 (line %2)</source>
        <translation>Transaction n° %1 (ligne %2)</translation>
    </message>
    <message>
        <source>there is no POSLog element</source>
        <translation>il n&apos;y a pas d&apos;élément POSLog</translation>
    </message>
</context>
<context>
    <name>lpdesk::ProceduresDialog</name>
    <message>
        <source>built in</source>
        <translation>intégrée</translation>
    </message>
    <message>
        <source>version %1, published by %2 at %3</source>
        <translation>version %1, publiée par %2 le %3</translation>
    </message>
    <message>
        <source>Procedure: %1</source>
        <translation>Procédure : %1</translation>
    </message>
    <message>
        <source>Immediate actions</source>
        <translation>Actions immédiates</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Signalement</translation>
    </message>
    <message>
        <source>Evidence to preserve</source>
        <translation>Preuves à conserver</translation>
    </message>
    <message>
        <source>&amp;Publish as a new version</source>
        <translation>&amp;Publier comme nouvelle version</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Procédures</translation>
    </message>
    <message>
        <source>Any incident (general)</source>
        <translation>Tout incident (générale)</translation>
    </message>
    <message>
        <source>Adds a version; earlier versions stay as they were</source>
        <translation>Ajoute une version ; les précédentes restent telles quelles</translation>
    </message>
    <message>
        <source>Only an administrator publishes procedures</source>
        <translation>Seul un administrateur publie des procédures</translation>
    </message>
    <message>
        <source>Incident &amp;type:</source>
        <translation>&amp;Type d&apos;incident :</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itre :</translation>
    </message>
    <message>
        <source>I&amp;mmediate actions:</source>
        <translation>Actions i&amp;mmédiates :</translation>
    </message>
    <message>
        <source>&amp;Reporting:</source>
        <translation>&amp;Signalement :</translation>
    </message>
    <message>
        <source>&amp;Evidence to preserve:</source>
        <translation>Pr&amp;euves à conserver :</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>Versions :</translation>
    </message>
    <message>
        <source>No procedure of its own: the general one applies (%1).</source>
        <translation>Pas de procédure propre : la procédure générale s&apos;applique (%1).</translation>
    </message>
    <message>
        <source>In force: %1.</source>
        <translation>En vigueur : %1.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Published version %1.</source>
        <translation>Version %1 publiée.</translation>
    </message>
    <message>
        <source>%1 — %2 — REFUSED: %3</source>
        <translation>%1 — %2 — REFUSÉE : %3</translation>
    </message>
    <message>
        <source>The general procedure will replace LP Desk&apos;s built-in procedures for: %1.</source>
        <translation>La procédure générale remplacera les procédures intégrées de LP Desk pour : %1.</translation>
    </message>
    <message>
        <source>Those types have no procedure of their own. Publish one for a type first to keep a procedure written for it.</source>
        <translation>Ces types n&apos;ont pas de procédure propre. Pour conserver une procédure écrite pour un type, il faut d&apos;abord en publier une pour ce type.</translation>
    </message>
    <message>
        <source>&amp;Replace them</source>
        <translation>Les &amp;remplacer</translation>
    </message>
    <message>
        <source>Nothing was published.</source>
        <translation>Rien n&apos;a été publié.</translation>
    </message>
    <message>
        <source>Re&amp;quest templates…</source>
        <translation>Modèles de ré&amp;quisition…</translation>
    </message>
    <message>
        <source>The templates of police requests and of the letters that answer them</source>
        <translation>Les modèles des réquisitions et des lettres qui y répondent</translation>
    </message>
    <message>
        <source>Version %1 is REFUSED: %2 Version %3 stands in for it.</source>
        <translation>La version %1 est REFUSÉE : %2 La version %3 la remplace.</translation>
    </message>
    <message>
        <source>No procedure is in force: %1 No sound version is left. Publish a new version to replace it.</source>
        <translation>Aucune procédure n&apos;est en vigueur : %1 Il ne reste aucune version intacte. Publiez une nouvelle version pour la remplacer.</translation>
    </message>
    <message>
        <source>Version %1 is REFUSED: %2 %3 Publish a new version to replace it.</source>
        <translation>La version %1 est REFUSÉE : %2 %3 Publiez une nouvelle version pour la remplacer.</translation>
    </message>
</context>
<context>
    <name>lpdesk::ProgramWords</name>
    <message>
        <source>Subpoena</source>
        <translation>Injonction de produire</translation>
    </message>
    <message>
        <source>Court order</source>
        <translation>Ordonnance du tribunal</translation>
    </message>
    <message>
        <source>Warrant</source>
        <translation>Mandat de perquisition</translation>
    </message>
    <message>
        <source>Exigent request</source>
        <translation>Réquisition en urgence</translation>
    </message>
    <message>
        <source>Informal request</source>
        <translation>Demande informelle</translation>
    </message>
    <message>
        <source>Police contact</source>
        <translation>Contact avec la police</translation>
    </message>
    <message>
        <source>Arrest made</source>
        <translation>Interpellation effectuée</translation>
    </message>
    <message>
        <source>Charges filed</source>
        <translation>Mise en cause</translation>
    </message>
    <message>
        <source>Goods recovered</source>
        <translation>Marchandise récupérée</translation>
    </message>
    <message>
        <source>Closed by the police</source>
        <translation>Classé par la police</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>the incident</source>
        <translation>l&apos;incident</translation>
    </message>
    <message>
        <source>the case&apos;s closure</source>
        <translation>la clôture du dossier</translation>
    </message>
    <message>
        <source>Original recordings</source>
        <translation>Enregistrements originaux</translation>
    </message>
    <message>
        <source>Derivatives (trims, redactions)</source>
        <translation>Dérivés (découpes, floutages)</translation>
    </message>
    <message>
        <source>Stills</source>
        <translation>Images fixes</translation>
    </message>
    <message>
        <source>POS journals (imported originals)</source>
        <translation>Journaux de caisse (originaux importés)</translation>
    </message>
</context>
<context>
    <name>lpdesk::PullDialog</name>
    <message>
        <source>Pull from stores</source>
        <translation>Récupérer depuis les magasins</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Magasins</translation>
    </message>
    <message>
        <source>Cancelling… partial downloads are kept and resume at the next pull.</source>
        <translation>Annulation… les téléchargements partiels sont conservés et reprennent à la prochaine récupération.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Store %1 of %2: %3</source>
        <translation>Magasin %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message numerus="yes">
        <source>%n new incident(s), %1 new clip(s) (%2 MB), %3 quarantined</source>
        <translation>
            <numerusform>%n nouvel incident, %1 nouveau(x) clip(s) (%2 Mo), %3 en quarantaine</numerusform>
            <numerusform>%n nouveaux incidents, %1 nouveau(x) clip(s) (%2 Mo), %3 en quarantaine</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 incidents, %2 clips, %3 POS journals, %4 quarantined</source>
        <translation>%1 incidents, %2 clips, %3 journaux de caisse, %4 en quarantaine</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message numerus="yes">
        <source>POS: %n journal(s) imported, %1 transactions</source>
        <translation>
            <numerusform>Caisse : %n journal importé, %1 transactions</numerusform>
            <numerusform>Caisse : %n journaux importés, %1 transactions</numerusform>
        </translation>
    </message>
    <message>
        <source>POS journal not imported: %1</source>
        <translation>Journal de caisse non importé : %1</translation>
    </message>
    <message>
        <source>Waiting for another job to end…</source>
        <translation>En attente de la fin d&apos;une autre tâche…</translation>
    </message>
    <message>
        <source>Cancelled; partial downloads are kept and resume at the next pull.</source>
        <translation>Annulé ; les téléchargements partiels sont conservés et reprennent à la prochaine récupération.</translation>
    </message>
    <message numerus="yes">
        <source>%n new incident(s), %1 new clip(s), %2 quarantined</source>
        <translation>
            <numerusform>%n nouvel incident, %1 nouveau(x) clip(s), %2 en quarantaine</numerusform>
            <numerusform>%n nouveaux incidents, %1 nouveau(x) clip(s), %2 en quarantaine</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lpdesk::PullService</name>
    <message>
        <source>quarantined %1: %2</source>
        <translation>en quarantaine %1 : %2</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>connexion à %1</translation>
    </message>
    <message>
        <source>the drop is for store %1, not %2</source>
        <translation>le dépôt est celui du magasin %1, pas de %2</translation>
    </message>
    <message>
        <source>the feed loops back to %1; stopped following it</source>
        <translation>le flux reboucle sur %1 ; arrêt du suivi</translation>
    </message>
    <message>
        <source>incident %1 of page %2</source>
        <translation>incident %1 de la page %2</translation>
    </message>
    <message>
        <source>cannot save the feed position</source>
        <translation>impossible d&apos;enregistrer la position dans le flux</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>POS journal %1</source>
        <translation>journal de caisse %1</translation>
    </message>
    <message>
        <source>SHA-256 or size differs from store.json (got %1, %2 bytes)</source>
        <translation>le SHA-256 ou la taille diffèrent de store.json (obtenu %1, %2 octets)</translation>
    </message>
    <message>
        <source>media id %1 is already used for different content</source>
        <translation>l&apos;id. de média %1 est déjà utilisé pour un autre contenu</translation>
    </message>
    <message>
        <source>downloading %1</source>
        <translation>téléchargement de %1</translation>
    </message>
    <message>
        <source>verifying %1</source>
        <translation>vérification de %1</translation>
    </message>
    <message>
        <source>decrypted content does not match the store&apos;s claim (SHA-256 %1, %2 bytes; expected %3, %4 bytes)</source>
        <translation>le contenu déchiffré ne correspond pas à ce qu&apos;annonce le magasin (SHA-256 %1, %2 octets ; attendu %3, %4 octets)</translation>
    </message>
    <message>
        <source>no video stream in the clip</source>
        <translation>aucun flux vidéo dans le clip</translation>
    </message>
    <message>
        <source>Cannot move the verified clip into the media folder.</source>
        <translation>Impossible de déplacer le clip vérifié dans le dossier des médias.</translation>
    </message>
    <message>
        <source>Cannot store incident %1: %2</source>
        <translation>Impossible d&apos;enregistrer l&apos;incident %1 : %2</translation>
    </message>
    <message>
        <source>Cannot store media %1: %2</source>
        <translation>Impossible d&apos;enregistrer le média %1 : %2</translation>
    </message>
    <message>
        <source>There is no store %1.</source>
        <translation>Le magasin %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>importing POS journals</source>
        <translation>import des journaux de caisse</translation>
    </message>
    <message numerus="yes">
        <source>store %1: %n clip(s) arrived sealed to the retired recipient key %2, which a removed person may hold; give the store the current key (key export-recipient) and re-encrypt (db reencrypt)</source>
        <translation>
            <numerusform>magasin %1 : %n clip est arrivé scellé avec la clé de destinataire retirée %2, qu’une personne supprimée peut détenir ; donnez au magasin la clé actuelle (key export-recipient) et rechiffrez (db reencrypt)</numerusform>
            <numerusform>magasin %1 : %n clips sont arrivés scellés avec la clé de destinataire retirée %2, qu’une personne supprimée peut détenir ; donnez au magasin la clé actuelle (key export-recipient) et rechiffrez (db reencrypt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read store %1: %2</source>
        <translation>Impossible de lire le magasin %1 : %2</translation>
    </message>
</context>
<context>
    <name>lpdesk::QueuedJob</name>
    <message>
        <source>Waiting for another job to end…</source>
        <translation>En attente de la fin d&apos;une autre tâche…</translation>
    </message>
    <message>
        <source>Cancelled before it started.</source>
        <translation>Annulé avant d&apos;avoir commencé.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>lpdesk::RecipientKeyHistory</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Re-encryption cancelled.</source>
        <translation>Rechiffrement annulé.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 changed while it was re-encrypted.</source>
        <translation>%1 a changé pendant son rechiffrement.</translation>
    </message>
</context>
<context>
    <name>lpdesk::RecipientRotation</name>
    <message>
        <source>its signature does not verify with a certificate of the organisation CA (%1)</source>
        <translation>sa signature ne se vérifie pas avec un certificat de l&apos;AC de l&apos;organisation (%1)</translation>
    </message>
    <message>
        <source>it names %1, but %2 signed it</source>
        <translation>il nomme %1, mais %2 l&apos;a signé</translation>
    </message>
    <message>
        <source>it was signed by %1, whose certificate does not name the administrator role</source>
        <translation>il a été signé par %1, dont le certificat ne mentionne pas le rôle d&apos;administrateur</translation>
    </message>
    <message>
        <source>it was signed by %1 after their certificate (serial %2) was revoked on %3</source>
        <translation>il a été signé par %1 après la révocation de son certificat (série %2) le %3</translation>
    </message>
    <message>
        <source>it retires key %1, but the key then current was %2 (audit event %3)</source>
        <translation>il retire la clé %1, mais la clé alors en vigueur était %2 (événement d&apos;audit %3)</translation>
    </message>
    <message>
        <source>no administrator signed it</source>
        <translation>aucun administrateur ne l&apos;a signé</translation>
    </message>
    <message>
        <source>Audit event %1 rotates the recipient key to %2, but %3: it was appended with the database key, and footage sealed to that key would be readable by whoever appended it. Restore the database from a backup; nothing is pulled or exported until then.</source>
        <translation>L&apos;événement d&apos;audit %1 remplace la clé de destinataire par %2, mais %3 : il a été ajouté avec la clé de la base de données, et les enregistrements scellés pour cette clé seraient lisibles par qui l&apos;a ajouté. Restaurez la base de données depuis une sauvegarde ; rien n&apos;est téléchargé ni exporté d&apos;ici là.</translation>
    </message>
</context>
<context>
    <name>lpdesk::RedactionEditor</name>
    <message>
        <source>add region %1</source>
        <translation>ajouter la zone %1</translation>
    </message>
    <message>
        <source>remove region %1</source>
        <translation>supprimer la zone %1</translation>
    </message>
    <message>
        <source>keyframe at %1 s</source>
        <translation>image clé à %1 s</translation>
    </message>
    <message>
        <source>remove keyframe at %1 s</source>
        <translation>supprimer l&apos;image clé à %1 s</translation>
    </message>
    <message>
        <source>change region %1</source>
        <translation>modifier la zone %1</translation>
    </message>
    <message>
        <source>&amp;Preview the redaction (P)</source>
        <translation>A&amp;perçu du floutage (P)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Style</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Plage de temps</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Delete region</source>
        <translation>Supprimer la zone</translation>
    </message>
    <message>
        <source>Mute audio in→out</source>
        <translation>Couper le son entrée→sortie</translation>
    </message>
    <message>
        <source>&amp;Save plan</source>
        <translation>&amp;Enregistrer le plan</translation>
    </message>
    <message>
        <source>&amp;Render redacted copy</source>
        <translation>P&amp;roduire la copie floutée</translation>
    </message>
    <message>
        <source>Audio mutes</source>
        <translation>Coupures du son</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Redacted</source>
        <translation>Flouté</translation>
    </message>
    <message>
        <source>Why is this hidden?</source>
        <translation>Pourquoi ceci est-il masqué ?</translation>
    </message>
    <message>
        <source>Set an in point (I) and an out point (O) in the player first.</source>
        <translation>Placez d&apos;abord un point d&apos;entrée (I) et un point de sortie (O) dans le lecteur.</translation>
    </message>
    <message>
        <source>Mute audio</source>
        <translation>Couper le son</translation>
    </message>
    <message>
        <source>Why is the audio muted from %1 to %2?</source>
        <translation>Pourquoi le son est-il coupé de %1 à %2 ?</translation>
    </message>
    <message>
        <source>bystander name spoken</source>
        <translation>nom d&apos;un passant prononcé</translation>
    </message>
    <message>
        <source>mute audio</source>
        <translation>couper le son</translation>
    </message>
    <message>
        <source>Plan saved (SHA-256 %1…).</source>
        <translation>Plan enregistré (SHA-256 %1…).</translation>
    </message>
    <message>
        <source>Rendering the redacted copy</source>
        <translation>Production de la copie floutée</translation>
    </message>
    <message>
        <source>Redact a clip</source>
        <translation>Flouter un clip</translation>
    </message>
    <message>
        <source>Redact — %1</source>
        <translation>Flouter — %1</translation>
    </message>
    <message>
        <source>Hold to end</source>
        <translation>Prolonger jusqu&apos;à la fin</translation>
    </message>
    <message>
        <source>The selected region stays until the end of the clip (Ctrl+Shift+End)</source>
        <translation>La zone sélectionnée reste jusqu&apos;à la fin du clip (Ctrl+Maj+Fin)</translation>
    </message>
    <message>
        <source>End here</source>
        <translation>Terminer ici</translation>
    </message>
    <message>
        <source>The selected region ends at this frame, on purpose (someone walked out of view)</source>
        <translation>La zone sélectionnée se termine à cette image, volontairement (quelqu&apos;un est sorti du champ)</translation>
    </message>
    <message>
        <source>Extend to start</source>
        <translation>Étendre au début</translation>
    </message>
    <message>
        <source>The selected region starts at the first frame (Ctrl+Shift+Home)</source>
        <translation>La zone sélectionnée commence à la première image (Ctrl+Maj+Origine)</translation>
    </message>
    <message>
        <source>Drag on the picture to draw a box: it stays until the end of the clip unless you end it (End here). Drag a box to move it, its corner to resize: each change is a keyframe at the current time. , and . jump between keyframes; Alt+arrows nudge the box; Delete removes the keyframe here.</source>
        <translation>Faites glisser sur l&apos;image pour tracer un cadre : il reste jusqu&apos;à la fin du clip sauf si vous le terminez (Terminer ici). Faites glisser un cadre pour le déplacer, son coin pour le redimensionner : chaque modification est une image clé à l&apos;instant courant. , et . passent d&apos;une image clé à l&apos;autre ; Alt+flèches déplacent le cadre ; Suppr retire l&apos;image clé à cet instant.</translation>
    </message>
    <message>
        <source>Previous keyframe</source>
        <translation>Image clé précédente</translation>
    </message>
    <message>
        <source>Next keyframe</source>
        <translation>Image clé suivante</translation>
    </message>
    <message>
        <source>Delete the keyframe here (or the region)</source>
        <translation>Supprimer l&apos;image clé à cet instant (ou la zone)</translation>
    </message>
    <message>
        <source>Preview the redaction</source>
        <translation>Aperçu du floutage</translation>
    </message>
    <message>
        <source>Nudge the box left</source>
        <translation>Déplacer le cadre vers la gauche</translation>
    </message>
    <message>
        <source>Nudge the box right</source>
        <translation>Déplacer le cadre vers la droite</translation>
    </message>
    <message>
        <source>Nudge the box up</source>
        <translation>Déplacer le cadre vers le haut</translation>
    </message>
    <message>
        <source>Nudge the box down</source>
        <translation>Déplacer le cadre vers le bas</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>Enregistrer le plan</translation>
    </message>
    <message>
        <source>Hold the region to the end</source>
        <translation>Prolonger la zone jusqu&apos;à la fin</translation>
    </message>
    <message>
        <source>Extend the region to the start</source>
        <translation>Étendre la zone au début</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>Fermer la fenêtre</translation>
    </message>
    <message>
        <source>%1 – end of clip (%2 keyframes)</source>
        <translation>%1 – fin du clip (%2 images clés)</translation>
    </message>
    <message>
        <source>%1 – %2, ends before the clip (%3 keyframes)</source>
        <translation>%1 – %2, se termine avant le clip (%3 images clés)</translation>
    </message>
    <message>
        <source>hold %1 to the end</source>
        <translation>prolonger %1 jusqu&apos;à la fin</translation>
    </message>
    <message>
        <source>Region %1 starts later than this frame; go to where it should end.</source>
        <translation>La zone %1 commence après cette image ; allez là où elle doit se terminer.</translation>
    </message>
    <message>
        <source>end %1 here</source>
        <translation>terminer %1 ici</translation>
    </message>
    <message>
        <source>Region %1 now ends at %2; the frames after it are not covered.</source>
        <translation>La zone %1 se termine désormais à %2 ; les images suivantes ne sont pas couvertes.</translation>
    </message>
    <message>
        <source>extend %1 to the start</source>
        <translation>étendre %1 au début</translation>
    </message>
    <message>
        <source>Regions end before the clip does</source>
        <translation>Des zones se terminent avant le clip</translation>
    </message>
    <message>
        <source>What these regions hide will be visible in the redacted copy after they end:</source>
        <translation>Ce que masquent ces zones sera visible dans la copie floutée après leur fin :</translation>
    </message>
    <message>
        <source>Render anyway only if that is intended (for example, the person left the picture). Your confirmation is kept in the redaction log.</source>
        <translation>Ne produisez quand même que si c&apos;est voulu (par exemple, la personne est sortie de l&apos;image). Votre confirmation est conservée dans le journal de floutage.</translation>
    </message>
    <message>
        <source>Render anyway</source>
        <translation>Produire quand même</translation>
    </message>
    <message>
        <source>Not rendered: use Hold to end on the regions that must stay to the end.</source>
        <translation>Non produite : utilisez Prolonger jusqu&apos;à la fin sur les zones qui doivent rester jusqu&apos;à la fin.</translation>
    </message>
    <message>
        <source>Rendered: the redacted copy is in the case&apos;s media list.</source>
        <translation>Produite : la copie floutée figure dans la liste des médias du dossier.</translation>
    </message>
    <message>
        <source>Redaction regions</source>
        <translation>Zones de floutage</translation>
    </message>
    <message>
        <source>&amp;Find faces and people…</source>
        <translation>Rec&amp;hercher visages et personnes…</translation>
    </message>
    <message>
        <source>Detect faces and people in the whole clip and list them for review (Ctrl+Shift+F)</source>
        <translation>Détecter les visages et les personnes dans tout le clip et les lister pour vérification (Ctrl+Maj+F)</translation>
    </message>
    <message>
        <source>&amp;Track this region</source>
        <translation>&amp;Suivre cette zone</translation>
    </message>
    <message>
        <source>Follow the selected box from this frame forwards and backwards through the clip (Ctrl+T)</source>
        <translation>Suivre le cadre sélectionné depuis cette image, en avant et en arrière, dans tout le clip (Ctrl+T)</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Zones</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Find faces and people</source>
        <translation>Rechercher visages et personnes</translation>
    </message>
    <message>
        <source>Track the selected region through the clip</source>
        <translation>Suivre la zone sélectionnée dans tout le clip</translation>
    </message>
    <message>
        <source>Accept the selected suggestions</source>
        <translation>Accepter les suggestions sélectionnées</translation>
    </message>
    <message>
        <source>Reject the selected suggestions</source>
        <translation>Refuser les suggestions sélectionnées</translation>
    </message>
    <message>
        <source>Accept all suggestions</source>
        <translation>Accepter toutes les suggestions</translation>
    </message>
    <message>
        <source>Reject all suggestions</source>
        <translation>Refuser toutes les suggestions</translation>
    </message>
    <message>
        <source>&amp;Faces</source>
        <translation>&amp;Visages</translation>
    </message>
    <message>
        <source>&amp;People (whole bodies, slower)</source>
        <translation>&amp;Personnes (corps entiers, plus lent)</translation>
    </message>
    <message>
        <source>P&amp;ossible number plates (low confidence)</source>
        <translation>P&amp;laques d&apos;immatriculation possibles (confiance faible)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>The whole clip is searched; every track found is listed for you to accept or reject. Nothing is added to the plan until you accept it.</source>
        <translation>Tout le clip est analysé ; chaque piste trouvée est listée pour que vous l&apos;acceptiez ou la refusiez. Rien n&apos;est ajouté au plan avant votre acceptation.</translation>
    </message>
    <message>
        <source>Finding faces and people</source>
        <translation>Recherche de visages et de personnes</translation>
    </message>
    <message>
        <source>Frame %1 of %2</source>
        <translation>Image %1 sur %2</translation>
    </message>
    <message>
        <source>Finding faces and people stopped: %1 The plan is unchanged.</source>
        <translation>La recherche de visages et de personnes s&apos;est arrêtée : %1 Le plan n&apos;a pas changé.</translation>
    </message>
    <message numerus="yes">
        <source>%n tracks found: review them in Suggestions.</source>
        <translation>
            <numerusform>%n piste trouvée : vérifiez-la dans Suggestions.</numerusform>
            <numerusform>%n pistes trouvées : vérifiez-les dans Suggestions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a region (or draw a box) on this frame first, then track it.</source>
        <translation>Sélectionnez une zone (ou tracez un cadre) sur cette image, puis suivez-la.</translation>
    </message>
    <message>
        <source>Tracking region %1</source>
        <translation>Suivi de la zone %1</translation>
    </message>
    <message>
        <source>Tracking stopped: %1 The region is unchanged.</source>
        <translation>Le suivi s&apos;est arrêté : %1 La zone n&apos;a pas changé.</translation>
    </message>
    <message>
        <source>track %1</source>
        <translation>suivre %1</translation>
    </message>
    <message>
        <source>Region %1 now follows the tracked box (%2 – %3, %4 keyframes); check it and adjust where it drifts.</source>
        <translation>La zone %1 suit maintenant le cadre suivi (%2 – %3, %4 images clés) ; vérifiez-la et corrigez-la là où elle dérive.</translation>
    </message>
    <message>
        <source>Faces without a region</source>
        <translation>Visages sans zone</translation>
    </message>
    <message numerus="yes">
        <source>A face or person was detected in %n frames where no region covers it:</source>
        <translation>
            <numerusform>Un visage ou une personne a été détecté sur %n image où aucune zone ne le couvre :</numerusform>
            <numerusform>Un visage ou une personne a été détecté sur %n images où aucune zone ne le couvre :</numerusform>
        </translation>
    </message>
    <message>
        <source>Frames %1.</source>
        <translation>Images %1.</translation>
    </message>
    <message>
        <source>Render anyway only if these are not people to hide (for example, a rejected false detection). Your confirmation and the frames are kept with the redacted copy.</source>
        <translation>Ne produisez quand même que s&apos;il ne s&apos;agit pas de personnes à masquer (par exemple une fausse détection refusée). Votre confirmation et les images sont conservées avec la copie floutée.</translation>
    </message>
    <message>
        <source>Not rendered: accept the tracks or draw regions over the faces in the frames listed.</source>
        <translation>Non produit : acceptez les pistes ou tracez des zones sur les visages des images indiquées.</translation>
    </message>
    <message>
        <source>The redaction plan has changes that are not saved.</source>
        <translation>Le plan de floutage contient des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Save them before closing the editor?</source>
        <translation>Les enregistrer avant de fermer l&apos;éditeur ?</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Rendered: the redacted copy is in the case&apos;s media list. %1</source>
        <translation>Produite : la copie floutée figure dans la liste des médias du dossier. %1</translation>
    </message>
    <message>
        <source>Review side &amp;by side</source>
        <translation>&amp;Comparer côte à côte</translation>
    </message>
    <message>
        <source>Rendering the redacted copy: see Jobs (Ctrl+J) for its progress.</source>
        <translation>Production de la copie floutée : suivez sa progression dans Tâches (Ctrl+J).</translation>
    </message>
    <message>
        <source>Not rendered: %1</source>
        <translation>Rien n&apos;a été produit : %1</translation>
    </message>
    <message>
        <source>Finding faces and people: see Jobs (Ctrl+J) for its progress.</source>
        <translation>Recherche de visages et de personnes : suivez sa progression dans Tâches (Ctrl+J).</translation>
    </message>
</context>
<context>
    <name>lpdesk::RedactionPlan</name>
    <message>
        <source>Invalid redaction plan: %1</source>
        <translation>Plan de floutage non valide : %1</translation>
    </message>
    <message>
        <source>larger than %1 bytes</source>
        <translation>dépasse %1 octets</translation>
    </message>
    <message>
        <source>not a JSON object (%1)</source>
        <translation>pas un objet JSON (%1)</translation>
    </message>
    <message>
        <source>redaction plan</source>
        <translation>plan de floutage</translation>
    </message>
    <message>
        <source>version %1 is not supported (this LP Desk reads version 1)</source>
        <translation>la version %1 n&apos;est pas prise en charge (ce LP Desk lit la version 1)</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>repeats region id %1</source>
        <translation>répète l&apos;id. de zone %1</translation>
    </message>
    <message>
        <source>must be blur, pixelate or fill (got &quot;%1&quot;)</source>
        <translation>doit valoir blur, pixelate ou fill (reçu : « %1 »)</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>doit être l&apos;un de : %1</translation>
    </message>
    <message>
        <source>is required when the reason is &quot;other&quot;</source>
        <translation>est obligatoire quand le motif est « other »</translation>
    </message>
    <message>
        <source>needs at least one keyframe</source>
        <translation>demande au moins une image clé</translation>
    </message>
    <message>
        <source>has an empty or negative size</source>
        <translation>a une taille nulle ou négative</translation>
    </message>
    <message>
        <source>reaches outside the frame</source>
        <translation>dépasse de l&apos;image</translation>
    </message>
    <message>
        <source>is not after the previous keyframe (keyframes must be sorted by time)</source>
        <translation>n&apos;est pas après l&apos;image clé précédente (les images clés doivent être triées par temps)</translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <translation>se termine avant de commencer</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>Region %1 starts at %2 s, after the end of the clip (%3 s).</source>
        <translation>La zone %1 commence à %2 s, après la fin du clip (%3 s).</translation>
    </message>
    <message>
        <source>An audio mute starts at %1 s, after the end of the clip.</source>
        <translation>Une coupure du son commence à %1 s, après la fin du clip.</translation>
    </message>
    <message>
        <source>frame %1</source>
        <translation>image %1</translation>
    </message>
    <message>
        <source>frames %1–%2</source>
        <translation>images %1–%2</translation>
    </message>
    <message>
        <source>Region %1 ends at frame %2 while the clip goes on: %3 (%4–%5) are not covered.</source>
        <translation>La zone %1 se termine à l&apos;image %2 alors que le clip continue : %3 (%4–%5) hors couverture.</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <source>detection (%1, %2, SHA-256 %3, confidence %4)</source>
        <translation>détection (%1, %2, SHA-256 %3, confiance %4)</translation>
    </message>
    <message>
        <source>drawn by a person, followed by the tracker</source>
        <translation>tracée par une personne, suivie par le traqueur</translation>
    </message>
    <message>
        <source>drawn by a person</source>
        <translation>tracée par une personne</translation>
    </message>
    <message>
        <source>origin not recorded</source>
        <translation>origine non enregistrée</translation>
    </message>
    <message>
        <source>%1, not accepted by anyone</source>
        <translation>%1, acceptée par personne</translation>
    </message>
    <message>
        <source>%1, accepted by %2 at %3</source>
        <translation>%1, acceptée par %2 le %3</translation>
    </message>
    <message>
        <source>must be person or detection</source>
        <translation>doit être person ou detection</translation>
    </message>
</context>
<context>
    <name>lpdesk::RedactionService</name>
    <message>
        <source>A reason code is 1–40 lowercase letters or &apos;_&apos; (got &quot;%1&quot;).</source>
        <translation>Un code de motif comporte de 1 à 40 lettres minuscules ou &apos;_&apos; (reçu : « %1 »).</translation>
    </message>
    <message>
        <source>There is no redaction plan %1.</source>
        <translation>Le plan de floutage %1 n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>lpdesk::Redactor</name>
    <message>
        <source>Audio mutes need an AAC-LC audio track; this clip has %1.</source>
        <translation>Les coupures du son demandent une piste audio AAC-LC ; ce clip a %1.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation>Mémoire insuffisante.</translation>
    </message>
    <message>
        <source>Smart render: %1 of %2 GOPs re-encoded (%3 of %4 frames), %5 GOPs (%6 frames) stream-copied.</source>
        <translation>Production intelligente : %1 GOP sur %2 réencodés (%3 images sur %4), %5 GOP (%6 images) copiés sans réencodage.</translation>
    </message>
    <message>
        <source>Full render: all %1 frames re-encoded.</source>
        <translation>Production complète : les %1 images ont été réencodées.</translation>
    </message>
    <message>
        <source>%1 Smart render not used: %2</source>
        <translation>%1 Production intelligente non utilisée : %2</translation>
    </message>
    <message>
        <source>the clip has no video stream.</source>
        <translation>le clip n&apos;a pas de flux vidéo.</translation>
    </message>
    <message>
        <source>only H.264 and H.265 video in MP4/MOV (4-byte NAL lengths) can be cut; this clip is %1.</source>
        <translation>seule la vidéo H.264 et H.265 en MP4/MOV (longueurs NAL sur 4 octets) peut être coupée ; ce clip est en %1.</translation>
    </message>
    <message>
        <source>the clip is rotated (%1°) and regions are drawn on the picture as shown.</source>
        <translation>le clip est pivoté (%1°) et les zones sont tracées sur l&apos;image telle qu&apos;elle est affichée.</translation>
    </message>
    <message>
        <source>the clip has no frames.</source>
        <translation>le clip n&apos;a aucune image.</translation>
    </message>
    <message>
        <source>its pictures are %1, not 8-bit 4:2:0 (yuv420p).</source>
        <translation>ses images sont en %1, et non en 8 bits 4:2:0 (yuv420p).</translation>
    </message>
    <message>
        <source>its %1 video packets do not map one to one onto its %2 frames.</source>
        <translation>ses %1 paquets vidéo ne correspondent pas un à un à ses %2 images.</translation>
    </message>
    <message>
        <source>its first picture is not one a stream can start at (IDR).</source>
        <translation>sa première image n&apos;est pas une image par laquelle un flux peut commencer (IDR).</translation>
    </message>
    <message>
        <source>copied and re-encoded pictures would interleave in display order around frame %1.</source>
        <translation>les images copiées et réencodées s&apos;entrelaceraient dans l&apos;ordre d&apos;affichage autour de l&apos;image %1.</translation>
    </message>
    <message>
        <source>the clip&apos;s packets changed while it was read.</source>
        <translation>les paquets du clip ont changé pendant sa lecture.</translation>
    </message>
    <message>
        <source>the encoder&apos;s parameter sets changed between re-encoded GOPs.</source>
        <translation>les jeux de paramètres de l&apos;encodeur ont changé entre des GOP réencodés.</translation>
    </message>
    <message>
        <source>the re-encoded pictures&apos; decode times do not fit between the copied ones.</source>
        <translation>les instants de décodage des images réencodées ne tiennent pas entre ceux des images copiées.</translation>
    </message>
    <message>
        <source>every GOP holds a region, so there is nothing to copy.</source>
        <translation>chaque GOP contient une zone : il n&apos;y a rien à copier.</translation>
    </message>
    <message>
        <source>%1 of %2 frames hold a region; re-encoding them with libx265 would take longer than the full render (H.264).</source>
        <translation>%1 images sur %2 contiennent une zone ; les réencoder avec libx265 prendrait plus de temps que la production complète (H.264).</translation>
    </message>
</context>
<context>
    <name>lpdesk::ReleaseApproval</name>
    <message>
        <source>Cannot read the case&apos;s incidents: %1</source>
        <translation>Impossible de lire les incidents du dossier : %1</translation>
    </message>
    <message>
        <source>Release %1: legal&apos;s signed approval does not hold: %2</source>
        <translation>Remise %1 : l&apos;approbation signée du service juridique n&apos;est pas valable : %2</translation>
    </message>
    <message>
        <source>Cannot read the approval of release %1: %2</source>
        <translation>Impossible de lire l&apos;approbation de la remise %1 : %2</translation>
    </message>
    <message>
        <source>there is no signed approval (the release is marked approved in the database only)</source>
        <translation>il n&apos;y a pas d&apos;approbation signée (la remise n&apos;est marquée approuvée que dans la base de données)</translation>
    </message>
    <message>
        <source>approval.json is not canonical</source>
        <translation>approval.json n&apos;est pas canonique</translation>
    </message>
    <message>
        <source>it was signed by %1, but the release names %2 as the reviewer</source>
        <translation>elle a été signée par %1, mais la remise désigne %2 comme examinateur</translation>
    </message>
    <message>
        <source>the reviewer %1 also requested it</source>
        <translation>l&apos;examinateur %1 l&apos;a aussi demandée</translation>
    </message>
    <message>
        <source>the signer %1 is not a legal reviewer</source>
        <translation>le signataire %1 n&apos;est pas du service juridique</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed since legal signed</source>
        <translation>« %1 » a changé depuis la signature du service juridique</translation>
    </message>
    <message>
        <source>the personal-data choices in the database differ from what legal signed</source>
        <translation>les choix relatifs aux données personnelles dans la base de données diffèrent de ce que le service juridique a signé</translation>
    </message>
    <message>
        <source>the organisation&apos;s revocation list is missing from the database</source>
        <translation>la liste de révocation de l’organisation manque dans la base de données</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate does not name the legal role</source>
        <translation>le certificat du signataire n’indique pas le rôle « service juridique »</translation>
    </message>
    <message>
        <source>it is time-stamped, but no time-stamp authority is configured to check the token with</source>
        <translation>elle est horodatée, mais aucune autorité d’horodatage n’est configurée pour vérifier le jeton</translation>
    </message>
    <message>
        <source>its time-stamp does not hold: %1</source>
        <translation>son horodatage n’est pas valable : %1</translation>
    </message>
    <message>
        <source>the reviewer&apos;s certificate has no serial number</source>
        <translation>le certificat du réviseur n’a pas de numéro de série</translation>
    </message>
    <message>
        <source>the reviewer&apos;s certificate (serial %1) was revoked on %2, before the approval was time-stamped (%3)</source>
        <translation>le certificat du réviseur (numéro de série %1) a été révoqué le %2, avant l’horodatage de l’approbation (%3)</translation>
    </message>
    <message>
        <source>the reviewer&apos;s certificate (serial %1) was revoked on %2, and no time-stamp proves that the approval was made before (the time in it, %3, is the signer&apos;s own clock); legal approves it again</source>
        <translation>le certificat du réviseur (numéro de série %1) a été révoqué le %2 et aucun horodatage ne prouve que l’approbation a été faite avant (son heure, %3, est celle de l’horloge du signataire) ; le service juridique doit l’approuver à nouveau</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>the reviewer&apos;s certificate (serial %1) was revoked on %2, before the approval (%3)</source>
        <translation>le certificat du réviseur (numéro de série %1) a été révoqué le %2, avant l’approbation (%3)</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>sans heure</translation>
    </message>
    <message>
        <source>agency %1 no longer exists (it was removed)</source>
        <translation>l&apos;organisme %1 n&apos;existe plus (il a été supprimé)</translation>
    </message>
    <message>
        <source>Cannot read the releases: %1</source>
        <translation>Impossible de lire les remises : %1</translation>
    </message>
    <message>
        <source>release %1 (case %2, for agency %3) was approved by %4 on %5, before an agency&apos;s use of the system&apos;s certificate authorities was part of what legal approves: it cannot be submitted until legal approves it again</source>
        <translation>la remise %1 (dossier %2, pour l&apos;organisme %3) a été approuvée par %4 le %5, avant que l&apos;usage par un organisme des autorités de certification du système fasse partie de ce qu&apos;approuve le service juridique : elle ne peut pas être envoyée tant que le service juridique ne l&apos;a pas approuvée de nouveau</translation>
    </message>
</context>
<context>
    <name>lpdesk::ReleaseDecisionBox</name>
    <message>
        <source>Release statement &amp;contact details</source>
        <translation>Remettre les &amp;coordonnées des déclarations</translation>
    </message>
    <message>
        <source>Release the real &amp;names of anonymous authors</source>
        <translation>Remettre les &amp;noms réels des auteurs anonymes</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Re&amp;fuser</translation>
    </message>
    <message>
        <source>Reason for the decision (required)</source>
        <translation>Motif de la décision (obligatoire)</translation>
    </message>
    <message>
        <source>Approve (Ctrl+Enter)</source>
        <translation>Approuver (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Décision :</translation>
    </message>
    <message>
        <source>Give the reason for your decision in the note.</source>
        <translation>Indiquez dans la note le motif de votre décision.</translation>
    </message>
    <message>
        <source>Approved. The investigator can now export the package.</source>
        <translation>Approuvée. L&apos;enquêteur peut maintenant exporter le paquet.</translation>
    </message>
    <message>
        <source>Rejected. The investigator is told why.</source>
        <translation>Refusée. Le motif est communiqué à l&apos;enquêteur.</translation>
    </message>
    <message>
        <source>Approving the release</source>
        <translation>Approbation de la remise</translation>
    </message>
    <message>
        <source>Signing the approval…</source>
        <translation>Signature de l&apos;approbation…</translation>
    </message>
    <message>
        <source>Signing the approval and waiting for the time-stamp from %1…</source>
        <translation>Signature de l&apos;approbation et attente de l&apos;horodatage de %1…</translation>
    </message>
    <message>
        <source>Cancelled. The release was not approved; it is still pending.</source>
        <translation>Annulé. La remise n&apos;a pas été approuvée ; elle est toujours en attente.</translation>
    </message>
    <message>
        <source>Release customer card &amp;digits and loyalty ids</source>
        <translation>Remettre les c&amp;hiffres de carte et les id. de fidélité des clients</translation>
    </message>
    <message>
        <source>Approving: see Jobs (Ctrl+J) for its progress.</source>
        <translation>Approbation : suivez sa progression dans Tâches (Ctrl+J).</translation>
    </message>
</context>
<context>
    <name>lpdesk::ReleaseRequestDialog</name>
    <message>
        <source>Request a release</source>
        <translation>Demander une remise</translation>
    </message>
    <message>
        <source>Legal reviews what you tick here before anything leaves. Personal data (statement contacts, names of anonymous witnesses, card digits) stays withheld unless legal allows it.</source>
        <translation>Le service juridique examine ce que vous cochez ici avant que quoi que ce soit ne sorte. Les données personnelles (contacts des déclarations, noms des témoins anonymes, chiffres de carte) restent masquées sauf accord du service juridique.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>USB or file hand-over</source>
        <translation>Remise sur clé USB ou fichier</translation>
    </message>
    <message>
        <source>Submit to %1</source>
        <translation>Envoyer à %1</translation>
    </message>
    <message>
        <source>e.g. Officer J. Ruiz, Chicago PD 19th District</source>
        <translation>p. ex. agent J. Ruiz, police de Chicago, 19e district</translation>
    </message>
    <message>
        <source>Why this release, and for whom (required)</source>
        <translation>Pourquoi cette remise, et pour qui (obligatoire)</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Finalité :</translation>
    </message>
    <message>
        <source>&amp;Note for legal:</source>
        <translation>&amp;Note pour le service juridique :</translation>
    </message>
    <message>
        <source>&amp;Request release</source>
        <translation>&amp;Demander la remise</translation>
    </message>
    <message>
        <source>Statement by %1 (version %2)</source>
        <translation>Déclaration de %1 (version %2)</translation>
    </message>
    <message>
        <source>anonymous: released as %1</source>
        <translation>anonyme : remis sous le nom %1</translation>
    </message>
    <message>
        <source>POS register %1 #%2</source>
        <translation>Caisse %1 n° %2</translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation>%1 %2, %3</translation>
    </message>
    <message>
        <source>Say in the note why and for whom the release is.</source>
        <translation>Indiquez dans la note pourquoi et pour qui est la remise.</translation>
    </message>
    <message>
        <source>Tick at least one item to release.</source>
        <translation>Cochez au moins un élément à remettre.</translation>
    </message>
    <message>
        <source>NOT REDACTED — a redacted copy exists. %1</source>
        <translation>NON FLOUTÉ — une copie floutée existe. %1</translation>
    </message>
    <message>
        <source>Release without redaction</source>
        <translation>Remettre sans floutage</translation>
    </message>
    <message>
        <source>%1 has a redacted copy. Why must the unredacted item leave?</source>
        <translation>%1 a une copie floutée. Pourquoi l&apos;élément non flouté doit-il sortir ?</translation>
    </message>
    <message>
        <source>%1 released without redaction on purpose: %2</source>
        <translation>%1 remis sans floutage, volontairement : %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>%1 from %2 (%3)</source>
        <translation>%1 émanant de %2 (%3)</translation>
    </message>
    <message>
        <source>Fulfils police re&amp;quest:</source>
        <translation>Répond à la &amp;réquisition :</translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>Document : %1</translation>
    </message>
    <message>
        <source>Re&amp;cipient:</source>
        <translation>Des&amp;tinataire :</translation>
    </message>
</context>
<context>
    <name>lpdesk::ReleaseReviewWindow</name>
    <message>
        <source>Close the review</source>
        <translation>Fermer l&apos;examen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Release review: %1</source>
        <translation>Examen de la remise : %1</translation>
    </message>
    <message>
        <source>Summary, statements, POS and custody</source>
        <translation>Résumé, déclarations, caisse et traçabilité</translation>
    </message>
    <message>
        <source>Items to review</source>
        <translation>Éléments à examiner</translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>Document : %1</translation>
    </message>
    <message>
        <source>a case that cannot be read</source>
        <translation>un dossier illisible</translation>
    </message>
</context>
<context>
    <name>lpdesk::ReleaseService</name>
    <message>
        <source>clip %1 is gone</source>
        <translation>le clip %1 a disparu</translation>
    </message>
    <message>
        <source>derivative %1 no longer belongs to the case</source>
        <translation>le dérivé %1 n&apos;appartient plus au dossier</translation>
    </message>
    <message>
        <source>statement %1 is gone</source>
        <translation>la déclaration %1 a disparu</translation>
    </message>
    <message>
        <source>statement %1 is not signed off</source>
        <translation>la déclaration %1 n&apos;est pas validée</translation>
    </message>
    <message>
        <source>statement %1 was corrected by %2</source>
        <translation>la déclaration %1 a été corrigée par %2</translation>
    </message>
    <message>
        <source>POS transaction %1 is no longer linked to the case</source>
        <translation>la transaction de caisse %1 n&apos;est plus liée au dossier</translation>
    </message>
    <message>
        <source>unknown item kind %1</source>
        <translation>type d&apos;élément inconnu %1</translation>
    </message>
    <message>
        <source>The purpose is usb or agency.</source>
        <translation>La finalité est usb ou agency.</translation>
    </message>
    <message>
        <source>A release for an agency names the agency (agency:ID).</source>
        <translation>Une remise à un organisme désigne l&apos;organisme (agency:ID).</translation>
    </message>
    <message>
        <source>A release request needs a note (up to 4000 characters) saying what it is for.</source>
        <translation>Une demande de remise doit comporter une note (4000 caractères au plus) qui dit à quoi elle sert.</translation>
    </message>
    <message>
        <source>The recipient is too long.</source>
        <translation>Le destinataire est trop long.</translation>
    </message>
    <message>
        <source>Cannot release %1: %2</source>
        <translation>Impossible de remettre %1 : %2</translation>
    </message>
    <message>
        <source>Clip %1 is not evidence of case %2.</source>
        <translation>Le clip %1 n&apos;est pas une preuve du dossier %2.</translation>
    </message>
    <message>
        <source>Statement %1 is not part of case %2.</source>
        <translation>La déclaration %1 ne fait pas partie du dossier %2.</translation>
    </message>
    <message>
        <source>There is no release request %1.</source>
        <translation>La demande de remise %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>the list of items does not match its recorded hash</source>
        <translation>la liste des éléments ne correspond pas à son empreinte enregistrée</translation>
    </message>
    <message>
        <source>%1 %2 changed</source>
        <translation>%1 %2 a changé</translation>
    </message>
    <message>
        <source>A decision needs a written reason (up to 4000 characters).</source>
        <translation>Une décision demande un motif écrit (4000 caractères au plus).</translation>
    </message>
    <message>
        <source>You requested release %1; another legal reviewer must decide it.</source>
        <translation>Vous avez demandé la remise %1 ; un autre juriste doit en décider.</translation>
    </message>
    <message>
        <source>Release %1 is void: %2</source>
        <translation>La remise %1 est caduque : %2</translation>
    </message>
    <message>
        <source>Release %1 is %2, not pending.</source>
        <translation>La remise %1 est %2, pas en attente.</translation>
    </message>
    <message>
        <source>Release %1 changed while it was being decided; try again.</source>
        <translation>La remise %1 a changé pendant la décision ; réessayez.</translation>
    </message>
    <message>
        <source>Release %1 is void: %2. Request a new release.</source>
        <translation>La remise %1 est caduque : %2. Demandez une nouvelle remise.</translation>
    </message>
    <message>
        <source>Release %1 was rejected by %2: %3</source>
        <translation>La remise %1 a été refusée par %2 : %3</translation>
    </message>
    <message>
        <source>Release %1 is %2: legal has not approved it.</source>
        <translation>La remise %1 est %2 : le service juridique ne l&apos;a pas approuvée.</translation>
    </message>
    <message>
        <source>Cannot confirm that you did not request release %1 (%2); refusing to decide it.</source>
        <translation>Impossible de confirmer que vous n&apos;avez pas demandé la remise %1 (%2) ; décision refusée.</translation>
    </message>
    <message>
        <source>Your account was created after release %1 was requested; a reviewer whose account existed at the time must decide it.</source>
        <translation>Votre compte a été créé après la demande de la remise %1 ; un examinateur dont le compte existait alors doit la trancher.</translation>
    </message>
    <message>
        <source>Your certificate does not name the legal role; an administrator reissues it by setting your role (user set-role).</source>
        <translation>Votre certificat n’indique pas le rôle « service juridique » ; un administrateur le réémet en définissant votre rôle (user set-role).</translation>
    </message>
    <message>
        <source>The approval was not recorded: it needs a time-stamp from %1, which failed (%2). Try again when the time-stamp authority answers.</source>
        <translation>L’approbation n’a pas été enregistrée : elle nécessite un horodatage de %1, qui a échoué (%2). Réessayez quand l’autorité d’horodatage répondra.</translation>
    </message>
    <message>
        <source>Cancelled: release %1 was not approved.</source>
        <translation>Annulé : la remise %1 n&apos;a pas été approuvée.</translation>
    </message>
    <message>
        <source>Choose at least one item to release (lpdesk-cli: or --all).</source>
        <translation>Choisissez au moins un élément à remettre (lpdesk-cli : ou --all).</translation>
    </message>
</context>
<context>
    <name>lpdesk::ReleaseSummary</name>
    <message>
        <source>State:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>Requested by %1 on %2</source>
        <translation>Demandée par %1 le %2</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Pour : %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
    <message>
        <source>Decided by %1 on %2: %3</source>
        <translation>Décidée par %1 le %2 : %3</translation>
    </message>
    <message>
        <source>Void: %1</source>
        <translation>Caduque : %1</translation>
    </message>
    <message>
        <source>Delivered to %1: report number %2, received %3</source>
        <translation>Livré à %1 : numéro de plainte %2, reçu le %3</translation>
    </message>
    <message>
        <source>Exported as package %1 on %2</source>
        <translation>Exportée en tant que paquet %1 le %2</translation>
    </message>
    <message>
        <source>picture %1×%2</source>
        <translation>image %1×%2</translation>
    </message>
    <message>
        <source>%1, %2×%3</source>
        <translation>%1, %2×%3</translation>
    </message>
    <message>
        <source>%1, SHA-256 %2</source>
        <translation>%1, SHA-256 %2</translation>
    </message>
    <message>
        <source>%1 (anonymous; released as %2 unless names are allowed)</source>
        <translation>%1 (anonyme ; remis sous le nom %2 sauf si les noms sont autorisés)</translation>
    </message>
    <message>
        <source>Statement v%1 by</source>
        <translation>Déclaration v%1 de</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contact :</translation>
    </message>
    <message>
        <source>%1 (withheld unless contacts are allowed)</source>
        <translation>%1 (masqué sauf si les coordonnées sont autorisées)</translation>
    </message>
    <message>
        <source>Content SHA-256 %1</source>
        <translation>SHA-256 du contenu %1</translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation>Chaîne de traçabilité</translation>
    </message>
    <message numerus="yes">
        <source>Intact: %n event(s), %1 signed checkpoint(s).</source>
        <translation>
            <numerusform>Intacte : %n événement, %1 point(s) de contrôle signé(s).</numerusform>
            <numerusform>Intacte : %n événements, %1 point(s) de contrôle signé(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>BROKEN: %1</source>
        <translation>ROMPUE : %1</translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>Document : %1</translation>
    </message>
    <message>
        <source>%1, %2, SHA-256 %3</source>
        <translation>%1, %2, SHA-256 %3</translation>
    </message>
    <message>
        <source>A POS transaction that cannot be read.</source>
        <translation>Une transaction de caisse illisible.</translation>
    </message>
    <message>
        <source>#%1 (voided)</source>
        <translation>#%1 (annulée)</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>#%1: card •••• %2 (withheld unless customer data is allowed)</source>
        <translation>#%1 : carte •••• %2 (masqué sauf si les données clients sont autorisées)</translation>
    </message>
    <message>
        <source>#%1: loyalty id %2 (withheld unless customer data is allowed)</source>
        <translation>#%1 : id. de fidélité %2 (masqué sauf si les données clients sont autorisées)</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>Time at the store</source>
        <translation>Heure au magasin</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message numerus="yes">
        <source>POS transactions in this release (%n)</source>
        <translation>
            <numerusform>Transaction de caisse dans cette remise (%n)</numerusform>
            <numerusform>Transactions de caisse dans cette remise (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>POS transactions linked to the case but not in this release (%n)</source>
        <translation>
            <numerusform>Transaction de caisse liée au dossier mais absente de cette remise (%n)</numerusform>
            <numerusform>Transactions de caisse liées au dossier mais absentes de cette remise (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>A case that cannot be read</source>
        <translation>Un dossier illisible</translation>
    </message>
</context>
<context>
    <name>lpdesk::ReleasesDialog</name>
    <message>
        <source>&amp;Pending only</source>
        <translation>En attente se&amp;ulement</translation>
    </message>
    <message>
        <source>&amp;Export package…</source>
        <translation>&amp;Exporter le paquet…</translation>
    </message>
    <message>
        <source>&amp;Submit to agency</source>
        <translation>En&amp;voyer à l&apos;organisme</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Remises</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Demandée par</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandée</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>No releases yet. Investigators request them from a case (Ctrl+Shift+R).</source>
        <translation>Aucune remise pour l&apos;instant. Les enquêteurs la demandent depuis un dossier (Ctrl+Maj+R).</translation>
    </message>
    <message>
        <source>You asked for this release: another member of legal decides it.</source>
        <translation>Vous avez demandé cette remise : un autre membre du service juridique en décide.</translation>
    </message>
    <message>
        <source>Submitting to %1</source>
        <translation>Envoi à %1</translation>
    </message>
    <message>
        <source>Not delivered yet (%1); it stays in the outbox and is retried.</source>
        <translation>Pas encore livré (%1) ; il reste dans la boîte d&apos;envoi et sera relancé.</translation>
    </message>
    <message>
        <source>Open &amp;review (players, stills, custody)…</source>
        <translation>Ouvrir l&apos;e&amp;xamen (lecteurs, images fixes, traçabilité)…</translation>
    </message>
    <message>
        <source>Delivered to %1.</source>
        <translation>Livré à %1.</translation>
    </message>
    <message>
        <source>Delivered to %1: report %2.</source>
        <translation>Livré à %1 : plainte %2.</translation>
    </message>
</context>
<context>
    <name>lpdesk::RequestTemplates</name>
    <message>
        <source>Version %1 of the request template %2 was changed after it was published.</source>
        <translation>La version %1 du modèle de réquisition %2 a été modifiée après sa publication.</translation>
    </message>
    <message>
        <source>Version %1 of the request template %2 is not in the audit log: it was written into the database, not published.</source>
        <translation>La version %1 du modèle de réquisition %2 ne figure pas dans le journal d&apos;audit : elle a été écrite dans la base de données, pas publiée.</translation>
    </message>
    <message>
        <source>Each package is sealed: its manifest lists every file with its SHA-256 hash and is signed by our evidence workstation, and the chain of custody enclosed with it records every step since the recording was received from the store. The package can be verified offline with the instructions it contains.

This disclosure is limited to the records described above. Please direct any questions about it to the undersigned and quote our request number.

{author}
Loss Prevention
</source>
        <translation>Chaque paquet est scellé : son manifeste liste chaque fichier avec son empreinte SHA-256 et est signé par notre poste de traitement des preuves, et la chaîne de traçabilité jointe consigne chaque étape depuis la réception de l&apos;enregistrement en provenance du magasin. Le paquet peut être vérifié hors ligne à l&apos;aide des instructions qu&apos;il contient.

La présente communication se limite aux éléments décrits ci-dessus. Toute question à ce sujet peut être adressée au soussigné, en rappelant notre référence.

{author}
Prévention des pertes
</translation>
    </message>
    <message>
        <source>{today}

{agency}
Attn: {officer}
Your reference: {reference}

Re: {kind} received {received} (our request {request_id})

</source>
        <translation>{today}

{agency}
À l&apos;attention de : {officer}
V/Réf. : {reference}

Objet : {kind} — réception le {received} (N/Réf. : {request_id})

</translation>
    </message>
    <message>
        <source>What was asked:
{asked}

Our cases: {cases}

Records produced:
{releases}

</source>
        <translation>Objet de la demande :
{asked}

Nos dossiers : {cases}

Éléments produits :
{releases}

</translation>
    </message>
    <message>
        <source>subpoena</source>
        <translation>injonction de produire</translation>
    </message>
    <message>
        <source>court order</source>
        <translation>ordonnance du tribunal</translation>
    </message>
    <message>
        <source>search warrant</source>
        <translation>mandat de perquisition</translation>
    </message>
    <message>
        <source>emergency (exigent) request</source>
        <translation>réquisition en urgence</translation>
    </message>
    <message>
        <source>request</source>
        <translation>demande</translation>
    </message>
    <message>
        <source>Subpoena for records (duces tecum)</source>
        <translation>Injonction de produire des documents (duces tecum)</translation>
    </message>
    <message>
        <source>Subpoena duces tecum served on the company&apos;s custodian of records.</source>
        <translation>Injonction duces tecum signifiée au dépositaire des documents de l&apos;entreprise.</translation>
    </message>
    <message>
        <source>The video recordings, point-of-sale records and incident reports the subpoena describes, for the stores and the period it names.</source>
        <translation>Les enregistrements vidéo, les données de caisse et les rapports d&apos;incident que décrit l&apos;injonction, pour les magasins et la période qu&apos;elle indique.</translation>
    </message>
    <message>
        <source>In response to the above subpoena, received on {received} and due by {due}, issued on this basis: {legal_basis}, we produce the records described below as their custodian.

</source>
        <translation>En réponse à l&apos;injonction mentionnée ci-dessus, reçue le {received}, avec échéance le {due}, et émise sur ce fondement : {legal_basis}, nous produisons, en qualité de dépositaire, les éléments décrits ci-dessous.

</translation>
    </message>
    <message>
        <source>Court order to produce records</source>
        <translation>Ordonnance du tribunal de production de documents</translation>
    </message>
    <message>
        <source>Order of the court requiring the company to produce records.</source>
        <translation>Ordonnance du tribunal enjoignant à l&apos;entreprise de produire des documents.</translation>
    </message>
    <message>
        <source>The records the order names, for the stores and the period it names.</source>
        <translation>Les éléments que désigne l&apos;ordonnance, pour les magasins et la période qu&apos;elle indique.</translation>
    </message>
    <message>
        <source>In compliance with the above court order ({legal_basis}), received on {received} and due by {due}, we produce the records described below.

</source>
        <translation>En exécution de l&apos;ordonnance mentionnée ci-dessus ({legal_basis}), reçue le {received}, avec échéance le {due}, nous produisons les éléments décrits ci-dessous.

</translation>
    </message>
    <message>
        <source>Search warrant for records</source>
        <translation>Mandat de perquisition portant sur des documents</translation>
    </message>
    <message>
        <source>Search warrant issued by a judge or magistrate.</source>
        <translation>Mandat de perquisition délivré par un juge ou un magistrat.</translation>
    </message>
    <message>
        <source>The recordings and records the warrant describes, as it describes them.</source>
        <translation>Les enregistrements et les éléments que décrit le mandat, tels qu&apos;il les décrit.</translation>
    </message>
    <message>
        <source>In compliance with the above search warrant ({legal_basis}), served on {received}, we produce the records described below.

</source>
        <translation>En exécution du mandat de perquisition mentionné ci-dessus ({legal_basis}), signifié le {received}, nous produisons les éléments décrits ci-dessous.

</translation>
    </message>
    <message>
        <source>Emergency disclosure (exigent circumstances)</source>
        <translation>Communication en urgence (circonstances impérieuses)</translation>
    </message>
    <message>
        <source>Only what the emergency requires: the recordings of the persons and the moment concerned.</source>
        <translation>Uniquement ce que l&apos;urgence exige : les enregistrements des personnes et du moment concernés.</translation>
    </message>
    <message>
        <source>This letter confirms the records disclosed to you on an emergency basis at your request of {received}, on your statement that an emergency involving danger of death or serious injury required them without delay. Our legal department reviews every such disclosure after the fact. Please send us the legal process that covers it, or confirm in writing that none will follow.

</source>
        <translation>La présente lettre confirme les éléments communiqués en urgence à la suite de la demande formulée le {received}, sur la foi de la déclaration selon laquelle une situation d&apos;urgence impliquant un danger de mort ou de blessures graves les rendait nécessaires sans délai. Notre service juridique examine a posteriori chaque communication de ce type. Merci de nous faire parvenir l&apos;acte juridique qui la couvre, ou de confirmer par écrit qu&apos;aucun ne suivra.

</translation>
    </message>
    <message>
        <source>Informal request from an officer</source>
        <translation>Demande informelle d&apos;un agent</translation>
    </message>
    <message>
        <source>The recordings and records of the incident the officer is investigating.</source>
        <translation>Les enregistrements et les éléments relatifs à l&apos;incident sur lequel l&apos;agent enquête.</translation>
    </message>
    <message>
        <source>In response to your request of {received}, we provide voluntarily the records described below, which concern an offence reported by the company. This voluntary disclosure does not waive any right or objection of the company.

</source>
        <translation>En réponse à la demande du {received}, nous fournissons volontairement les éléments décrits ci-dessous, qui concernent une infraction signalée par l&apos;entreprise. Cette communication volontaire ne vaut renonciation à aucun droit ni à aucune objection de l&apos;entreprise.

</translation>
    </message>
    <message>
        <source>There is no request template %1.</source>
        <translation>Il n&apos;y a pas de modèle de réquisition %1.</translation>
    </message>
    <message>
        <source>There is no built-in request template %1.</source>
        <translation>Il n&apos;y a pas de modèle de réquisition intégré %1.</translation>
    </message>
    <message>
        <source>There is no version %1 of the request template %2.</source>
        <translation>Il n&apos;y a pas de version %1 du modèle de réquisition %2.</translation>
    </message>
    <message>
        <source>A template name is 1–40 lowercase letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>Un nom de modèle comporte de 1 à 40 lettres minuscules, chiffres, &apos;-&apos; ou &apos;_&apos;.</translation>
    </message>
    <message>
        <source>The kind of request is one of: %1.</source>
        <translation>Le type de réquisition est l&apos;un de : %1.</translation>
    </message>
    <message>
        <source>A template needs a title of at most 200 characters.</source>
        <translation>Un modèle exige un titre de 200 caractères au plus.</translation>
    </message>
    <message>
        <source>The due period is 0 (none) to %1 days.</source>
        <translation>Le délai va de 0 (aucun) à %1 jours.</translation>
    </message>
    <message>
        <source>The legal basis is at most 4000 characters, what is asked and the letter at most %1 each.</source>
        <translation>La base légale comporte au plus 4000 caractères, l&apos;objet de la demande et la lettre au plus %1 chacun.</translation>
    </message>
    <message>
        <source>A template for a %1 needs its legal basis.</source>
        <translation>Un modèle de type %1 exige sa base légale.</translation>
    </message>
    <message>
        <source>A template needs the text of its response letter.</source>
        <translation>Un modèle exige le texte de sa lettre de réponse.</translation>
    </message>
    <message>
        <source>The letter uses {%1}, which is not a field of a request; it may use: %2.</source>
        <translation>La lettre utilise {%1}, qui n&apos;est pas un champ d&apos;une réquisition ; elle peut utiliser : %2.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Incidents: %1</source>
        <translation>Incidents : %1</translation>
    </message>
    <message>
        <source>Stores: %1</source>
        <translation>Magasins : %1</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>Période : du %1 au %2</translation>
    </message>
    <message numerus="yes">
        <source>- Release %1, %2 on %3: %n item(s), content SHA-256 %4; package %5, manifest SHA-256 %6</source>
        <translation>
            <numerusform>- Remise %1, %2 le %3 : %n élément, SHA-256 du contenu %4 ; paquet %5, SHA-256 du manifeste %6</numerusform>
            <numerusform>- Remise %1, %2 le %3 : %n éléments, SHA-256 du contenu %4 ; paquet %5, SHA-256 du manifeste %6</numerusform>
        </translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>transmise</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>exportée</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(non précisé)</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>(no due date)</source>
        <translation>(pas d&apos;échéance)</translation>
    </message>
    <message>
        <source>(none stated)</source>
        <translation>(non indiquée)</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(non enregistré)</translation>
    </message>
    <message>
        <source>(none linked)</source>
        <translation>(aucun lié)</translation>
    </message>
    <message>
        <source>(nothing has been produced for this request yet)</source>
        <translation>(rien n&apos;a encore été produit pour cette réquisition)</translation>
    </message>
    <message>
        <source>(not yet)</source>
        <translation>(pas encore)</translation>
    </message>
    <message>
        <source>The template %1 is for a %2; police request %3 is a %4.</source>
        <translation>Le modèle %1 est du type « %2 » ; la réquisition %3 est du type « %4 ».</translation>
    </message>
</context>
<context>
    <name>lpdesk::RequestTemplatesDialog</name>
    <message>
        <source>Inse&amp;rt</source>
        <translation>&amp;Insérer</translation>
    </message>
    <message>
        <source>&amp;Publish as new version…</source>
        <translation>&amp;Publier comme nouvelle version…</translation>
    </message>
    <message>
        <source>&amp;New template…</source>
        <translation>&amp;Nouveau modèle…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Police request templates[*]</source>
        <translation>Modèles de réquisition[*]</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Request templates</source>
        <translation>Modèles de réquisition</translation>
    </message>
    <message>
        <source>Each template as it is in force: built in, or the latest version an administrator published</source>
        <translation>Chaque modèle tel qu&apos;il est en vigueur : intégré, ou la dernière version publiée par un administrateur</translation>
    </message>
    <message>
        <source>What the template is called where a request is recorded</source>
        <translation>Le nom sous lequel le modèle apparaît à l&apos;enregistrement d&apos;une réquisition</translation>
    </message>
    <message>
        <source>Kind of request</source>
        <translation>Type de réquisition</translation>
    </message>
    <message>
        <source>The kind of police request this template is for</source>
        <translation>Le type de réquisition auquel ce modèle est destiné</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>pas d&apos;échéance</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Due days</source>
        <translation>Délai en jours</translation>
    </message>
    <message>
        <source>A request recorded from this template is due this many days after it was received</source>
        <translation>Une réquisition enregistrée à partir de ce modèle arrive à échéance ce nombre de jours après sa réception</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Fondement juridique</translation>
    </message>
    <message>
        <source>The legal basis a request of this kind usually rests on</source>
        <translation>Le fondement juridique sur lequel repose habituellement une réquisition de ce type</translation>
    </message>
    <message>
        <source>What is usually asked</source>
        <translation>Objet habituel de la demande</translation>
    </message>
    <message>
        <source>What a request of this kind usually asks for, in words</source>
        <translation>Ce que demande habituellement une réquisition de ce type, en toutes lettres</translation>
    </message>
    <message>
        <source>Response letter</source>
        <translation>Lettre de réponse</translation>
    </message>
    <message>
        <source>The letter that answers a request; {placeholders} are replaced with the request&apos;s own fields</source>
        <translation>La lettre qui répond à une réquisition ; les {placeholders} sont remplacés par les champs de la réquisition elle-même</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Variables</translation>
    </message>
    <message>
        <source>The fields of a request a letter may use; double-click one to insert it at the cursor</source>
        <translation>Les champs d&apos;une réquisition qu&apos;une lettre peut utiliser ; double-cliquez sur l&apos;un d&apos;eux pour l&apos;insérer à la position du curseur</translation>
    </message>
    <message>
        <source>Insert placeholder</source>
        <translation>Insérer une variable</translation>
    </message>
    <message>
        <source>Inserts the selected placeholder at the cursor in the letter</source>
        <translation>Insère la variable sélectionnée à la position du curseur dans la lettre</translation>
    </message>
    <message>
        <source>Letter preview</source>
        <translation>Aperçu de la lettre</translation>
    </message>
    <message>
        <source>The letter as it reads for a request with sample values</source>
        <translation>La lettre telle qu&apos;elle se lit pour une réquisition avec des valeurs d&apos;exemple</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Every version of the selected template, newest first</source>
        <translation>Toutes les versions du modèle sélectionné, de la plus récente à la plus ancienne</translation>
    </message>
    <message>
        <source>Publish as new version</source>
        <translation>Publier comme nouvelle version</translation>
    </message>
    <message>
        <source>Adds a version of the selected template; earlier versions stay as they were</source>
        <translation>Ajoute une version du modèle sélectionné ; les précédentes restent telles quelles</translation>
    </message>
    <message>
        <source>Only an administrator publishes request templates</source>
        <translation>Seul un administrateur publie des modèles de réquisition</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <source>Starts a template under a new name from the fields shown</source>
        <translation>Crée un modèle sous un nouveau nom à partir des champs affichés</translation>
    </message>
    <message>
        <source>Only an administrator adds request templates</source>
        <translation>Seul un administrateur ajoute des modèles de réquisition</translation>
    </message>
    <message>
        <source>Closes the templates; asks first about changes not published</source>
        <translation>Ferme les modèles ; demande d&apos;abord que faire des modifications non publiées</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Délai :</translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation>&amp;Fondement juridique :</translation>
    </message>
    <message>
        <source>What is usually &amp;asked:</source>
        <translation>&amp;Objet habituel de la demande :</translation>
    </message>
    <message>
        <source>Placeholders:</source>
        <translation>Variables :</translation>
    </message>
    <message>
        <source>Response le&amp;tter:</source>
        <translation>&amp;Lettre de réponse :</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Aperçu :</translation>
    </message>
    <message>
        <source>&amp;History:</source>
        <translation>&amp;Historique :</translation>
    </message>
    <message>
        <source>Police request templates</source>
        <translation>Modèles de réquisition</translation>
    </message>
    <message>
        <source>Publish the fields shown as a new version of the request template %1?</source>
        <translation>Publier les champs affichés comme nouvelle version du modèle de réquisition %1 ?</translation>
    </message>
    <message>
        <source>Requests recorded and letters written from now on use it; earlier versions stay as they were, in the history.</source>
        <translation>Les réquisitions enregistrées et les lettres rédigées désormais l&apos;utiliseront ; les versions précédentes restent telles quelles, dans l&apos;historique.</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>Lakeview Police Department</source>
        <translation>Service de police de Lakeview</translation>
    </message>
    <message>
        <source>Det. Alex Sample</source>
        <translation>Lt Alex Sample</translation>
    </message>
    <message>
        <source>LPD-2024-0042</source>
        <translation>LPD-2024-0042</translation>
    </message>
    <message>
        <source>(the request&apos;s legal basis)</source>
        <translation>(le fondement juridique de la réquisition)</translation>
    </message>
    <message>
        <source>Incidents: INC-0007
Stores: 0412</source>
        <translation>Incidents : INC-0007
Magasins : 0412</translation>
    </message>
    <message>
        <source>CASE-0031</source>
        <translation>DOSSIER-0031</translation>
    </message>
    <message>
        <source>- Release 5d1e, delivered on %1: 2 items, content SHA-256 …; package …, manifest SHA-256 …</source>
        <translation>- Remise 5d1e, transmise le %1 : 2 éléments, SHA-256 du contenu … ; paquet …, SHA-256 du manifeste …</translation>
    </message>
    <message>
        <source>(you)</source>
        <translation>(vous)</translation>
    </message>
    <message>
        <source>new, not published</source>
        <translation>nouveau, non publié</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>intégré</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>by %1 at %2</source>
        <translation>par %1 le %2</translation>
    </message>
    <message>
        <source>Not published yet</source>
        <translation>Pas encore publié</translation>
    </message>
    <message>
        <source>version %1, published by %2 at %3</source>
        <translation>version %1, publiée par %2 le %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — REFUSED: %2</source>
        <translation>%1 — REFUSÉE : %2</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>New template %1: nothing is stored until it is published.</source>
        <translation>Nouveau modèle %1 : rien n&apos;est enregistré avant sa publication.</translation>
    </message>
    <message>
        <source>%1: LP Desk&apos;s built-in template is in force.</source>
        <translation>%1 : le modèle intégré de LP Desk est en vigueur.</translation>
    </message>
    <message>
        <source>%1: version %2 is in force (SHA-256 %3).</source>
        <translation>%1 : la version %2 est en vigueur (SHA-256 %3).</translation>
    </message>
    <message>
        <source>(no due date)</source>
        <translation>(pas d&apos;échéance)</translation>
    </message>
    <message>
        <source>Not a field of a request, so publishing refuses it: {%1}</source>
        <translation>Ce n&apos;est pas un champ d&apos;une réquisition, la publication le refuse donc : {%1}</translation>
    </message>
    <message>
        <source>Published version %1 of %2 (SHA-256 %3).</source>
        <translation>Version %1 de %2 publiée (SHA-256 %3).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>New request template</source>
        <translation>Nouveau modèle de réquisition</translation>
    </message>
    <message>
        <source>Name of the new template (lowercase letters, digits, &apos;-&apos; and &apos;_&apos;):</source>
        <translation>Nom du nouveau modèle (lettres minuscules, chiffres, &apos;-&apos; et &apos;_&apos;) :</translation>
    </message>
    <message>
        <source>There is already a request template %1: publish a new version of it.</source>
        <translation>Il existe déjà un modèle de réquisition %1 : publiez-en une nouvelle version.</translation>
    </message>
    <message>
        <source>The request template %1 has changes that are not published.</source>
        <translation>Le modèle de réquisition %1 comporte des modifications non publiées.</translation>
    </message>
    <message>
        <source>Publish them as a new version, discard them, or go back to them?</source>
        <translation>Les publier comme nouvelle version, les abandonner ou y revenir ?</translation>
    </message>
    <message>
        <source>version %1 REFUSED</source>
        <translation>version %1 REFUSÉE</translation>
    </message>
    <message>
        <source>%1 (version %2 REFUSED)</source>
        <translation>%1 (version %2 REFUSÉE)</translation>
    </message>
    <message>
        <source>No sound version is left: the template cannot be used.</source>
        <translation>Il ne reste aucune version intacte : le modèle est inutilisable.</translation>
    </message>
    <message>
        <source>LP Desk&apos;s built-in template stands in for it.</source>
        <translation>Le modèle intégré de LP Desk la remplace.</translation>
    </message>
    <message>
        <source>Version %1 stands in for it.</source>
        <translation>La version %1 la remplace.</translation>
    </message>
    <message>
        <source>%1: version %2 is REFUSED: %3 %4 Publish a new version to replace it.</source>
        <translation>%1 : la version %2 est REFUSÉE : %3 %4 Publiez une nouvelle version pour la remplacer.</translation>
    </message>
</context>
<context>
    <name>lpdesk::RetentionPurge</name>
    <message>
        <source>Purge expired evidence</source>
        <translation>Purger les preuves expirées</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to purge. %n expired item(s) are kept (legal hold, open case or pending release).</source>
        <translation>
            <numerusform>Rien à purger. %n élément expiré est conservé (gel juridique, dossier ouvert ou remise en attente).</numerusform>
            <numerusform>Rien à purger. %n éléments expirés sont conservés (gel juridique, dossier ouvert ou remise en attente).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n expired item(s) (%1) for good? Their records stay as tombstones with their hashes; custody and the audit log record the purge.</source>
        <translation>
            <numerusform>Supprimer définitivement %n élément expiré (%1) ? Son enregistrement reste comme trace de suppression avec son empreinte ; la traçabilité et le journal d&apos;audit consignent la purge.</numerusform>
            <numerusform>Supprimer définitivement %n éléments expirés (%1) ? Leurs enregistrements restent comme traces de suppression avec leurs empreintes ; la traçabilité et le journal d&apos;audit consignent la purge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Purging expired evidence</source>
        <translation>Purge des preuves expirées</translation>
    </message>
    <message>
        <source>%1 of %2 purged</source>
        <translation>%1 sur %2 purgés</translation>
    </message>
    <message numerus="yes">
        <source>%n original(s), %1</source>
        <translation>
            <numerusform>%n original, %1</numerusform>
            <numerusform>%n originaux, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still(s), %1</source>
        <translation>
            <numerusform>%n image fixe, %1</numerusform>
            <numerusform>%n images fixes, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n derivative(s), %1</source>
        <translation>
            <numerusform>%n dérivé, %1</numerusform>
            <numerusform>%n dérivés, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept: case on legal hold</source>
        <translation>
            <numerusform>%n conservé : dossier sous gel juridique</numerusform>
            <numerusform>%n conservés : dossier sous gel juridique</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept: incident on legal hold</source>
        <translation>
            <numerusform>%n conservé : incident sous gel juridique</numerusform>
            <numerusform>%n conservés : incident sous gel juridique</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept: case still open</source>
        <translation>
            <numerusform>%n conservé : dossier encore ouvert</numerusform>
            <numerusform>%n conservés : dossier encore ouvert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept: in a submission still in the outbox</source>
        <translation>
            <numerusform>%n conservé : dans un envoi encore dans la boîte d&apos;envoi</numerusform>
            <numerusform>%n conservés : dans un envoi encore dans la boîte d&apos;envoi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept: in a pending release</source>
        <translation>
            <numerusform>%n conservé : dans une remise en attente</numerusform>
            <numerusform>%n conservés : dans une remise en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n POS journal(s), %1</source>
        <translation>
            <numerusform>%n journal de caisse, %1</numerusform>
            <numerusform>%n journaux de caisse, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n item(s) purged.</source>
        <translation>
            <numerusform>Annulé après %n élément purgé.</numerusform>
            <numerusform>Annulé après %n éléments purgés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expired item(s) purged.</source>
        <translation>
            <numerusform>%n élément expiré purgé.</numerusform>
            <numerusform>%n éléments expirés purgés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lpdesk::RetentionService</name>
    <message>
        <source>A retention rule is for an incident type or an evidence kind.</source>
        <translation>Une règle de conservation porte sur un type d&apos;incident ou un type de preuve.</translation>
    </message>
    <message>
        <source>The evidence kind is one of: %1.</source>
        <translation>Le type de preuve est l&apos;un de : %1.</translation>
    </message>
    <message>
        <source>An incident type is 1–40 lowercase letters or &apos;_&apos;.</source>
        <translation>Un type d&apos;incident compte de 1 à 40 lettres minuscules ou &apos;_&apos;.</translation>
    </message>
    <message>
        <source>A retention period is 1 to 36500 days.</source>
        <translation>Une durée de conservation va de 1 à 36500 jours.</translation>
    </message>
    <message>
        <source>A retention period counts from the incident or from the case&apos;s closure.</source>
        <translation>Une durée de conservation court à partir de l&apos;incident ou de la clôture du dossier.</translation>
    </message>
    <message>
        <source>There is no retention rule for %1.</source>
        <translation>Aucune règle de conservation pour %1.</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>There is no incident %1.</source>
        <translation>L&apos;incident %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>A legal hold is on a case or an incident.</source>
        <translation>Un gel juridique porte sur un dossier ou un incident.</translation>
    </message>
    <message>
        <source>A legal hold needs a reason (up to 4000 characters).</source>
        <translation>Un gel juridique demande un motif (4000 caractères au plus).</translation>
    </message>
    <message>
        <source>Lifting a legal hold needs a reason (up to 4000 characters).</source>
        <translation>La levée d&apos;un gel juridique demande un motif (4000 caractères au plus).</translation>
    </message>
    <message>
        <source>There is no legal hold on %1.</source>
        <translation>Aucun gel juridique sur %1.</translation>
    </message>
    <message>
        <source>case on legal hold</source>
        <translation>dossier sous gel juridique</translation>
    </message>
    <message>
        <source>case still open</source>
        <translation>dossier encore ouvert</translation>
    </message>
    <message>
        <source>incident on legal hold</source>
        <translation>incident sous gel juridique</translation>
    </message>
    <message>
        <source>retention period ended %1</source>
        <translation>durée de conservation échue le %1</translation>
    </message>
    <message>
        <source>Clip %1 is marked purged but its file could not be removed.</source>
        <translation>Le clip %1 est marqué comme purgé, mais son fichier n&apos;a pas pu être supprimé.</translation>
    </message>
    <message>
        <source>in a submission still in the outbox</source>
        <translation>dans un envoi encore dans la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>in a pending release</source>
        <translation>dans une remise en attente</translation>
    </message>
    <message>
        <source>POS journal %1 is marked purged but its file could not be removed.</source>
        <translation>Le journal de caisse %1 est marqué comme purgé, mais son fichier n&apos;a pas pu être supprimé.</translation>
    </message>
</context>
<context>
    <name>lpdesk::RevocationList</name>
    <message>
        <source>The organisation CA key is not available in this session.</source>
        <translation>La clé de l’AC de l’organisation n’est pas disponible dans cette session.</translation>
    </message>
    <message>
        <source>Could not make the revocation list: %1</source>
        <translation>Impossible de créer la liste de révocation : %1</translation>
    </message>
    <message>
        <source>Could not add serial %1 to the revocation list: %2</source>
        <translation>Impossible d’ajouter le numéro de série %1 à la liste de révocation : %2</translation>
    </message>
    <message>
        <source>Could not number the revocation list: %1</source>
        <translation>Impossible de numéroter la liste de révocation : %1</translation>
    </message>
    <message>
        <source>Could not sign the revocation list: %1</source>
        <translation>Impossible de signer la liste de révocation : %1</translation>
    </message>
    <message>
        <source>Could not write the revocation list: %1</source>
        <translation>Impossible d’écrire la liste de révocation : %1</translation>
    </message>
    <message>
        <source>crl.pem is not a certificate revocation list (PEM).</source>
        <translation>crl.pem n’est pas une liste de révocation de certificats (PEM).</translation>
    </message>
    <message>
        <source>The CA certificate cannot be read.</source>
        <translation>Impossible de lire le certificat de l’AC.</translation>
    </message>
    <message>
        <source>The revocation list is not signed by the organisation CA (forged or from another CA).</source>
        <translation>La liste de révocation n’est pas signée par l’AC de l’organisation (falsifiée ou d’une autre AC).</translation>
    </message>
    <message>
        <source>The revocation list&apos;s CRL number is out of range.</source>
        <translation>Le numéro de CRL de la liste de révocation est hors limites.</translation>
    </message>
</context>
<context>
    <name>lpdesk::ScreenshotTour</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write the screenshots to %1.</source>
        <translation>Impossible d&apos;écrire les captures d&apos;écran dans %1.</translation>
    </message>
</context>
<context>
    <name>lpdesk::SearchDialog</name>
    <message>
        <source>Search incidents and statements</source>
        <translation>Rechercher dans les incidents et déclarations</translation>
    </message>
    <message>
        <source>Words to find (prefixes match: &quot;hood&quot; finds &quot;hooded&quot;)</source>
        <translation>Mots à chercher (les préfixes suffisent : « capu » trouve « capuche »)</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Trouvé dans</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>incident</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>déclaration</translation>
    </message>
    <message>
        <source>%1 · case %2</source>
        <translation>%1 · dossier %2</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Aucun résultat.</translation>
    </message>
    <message>
        <source>Activate to open the case at this statement.</source>
        <translation>Activez pour ouvrir le dossier à cette déclaration.</translation>
    </message>
</context>
<context>
    <name>lpdesk::ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts — %1</source>
        <translation>Raccourcis clavier — %1</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcuts of this window. Player keys work while the player has the focus.</source>
        <translation>Raccourcis de cette fenêtre. Les touches du lecteur fonctionnent quand le lecteur a le focus.</translation>
    </message>
</context>
<context>
    <name>lpdesk::SlotKeyRecord</name>
    <message>
        <source>the users table no longer records the key slot of %1 as audit event %2 does: the column was cleared or changed; it is recorded again at %1&apos;s next sign-in</source>
        <translation>la table des utilisateurs n&apos;enregistre plus l&apos;emplacement de clé de %1 comme le fait l&apos;événement d&apos;audit %2 : la colonne a été vidée ou modifiée ; il est de nouveau enregistré à la prochaine connexion de %1</translation>
    </message>
    <message>
        <source>key slot for %1 differs from the one the audit log records for that user (audit event %2); it was replaced or planted</source>
        <translation>l&apos;emplacement de clé de %1 diffère de celui qu&apos;indique le journal d&apos;audit pour cet utilisateur (événement d&apos;audit %2) ; il a été remplacé ou implanté</translation>
    </message>
    <message>
        <source>key slot for %1: the audit log records every key slot of this database, but none for %1; it was planted</source>
        <translation>emplacement de clé de %1 : le journal d&apos;audit enregistre chaque emplacement de clé de cette base de données, mais aucun pour %1 ; il a été implanté</translation>
    </message>
    <message>
        <source>key slot for %1 differs from the one recorded for that user; it was replaced</source>
        <translation>l&apos;emplacement de clé de %1 diffère de celui enregistré pour cet utilisateur ; il a été remplacé</translation>
    </message>
</context>
<context>
    <name>lpdesk::SopLibrary</name>
    <message>
        <source>Version %1 of the procedure for %2 was changed after it was published.</source>
        <translation>La version %1 de la procédure pour %2 a été modifiée après sa publication.</translation>
    </message>
    <message>
        <source>Shoplifting</source>
        <translation>Vol à l&apos;étalage</translation>
    </message>
    <message>
        <source>Do not chase or touch the person. Note their description, direction of travel and any vehicle. Keep staff and customers safe.</source>
        <translation>Ne poursuivez pas la personne et ne la touchez pas. Notez sa description, sa direction et tout véhicule. Protégez le personnel et les clients.</translation>
    </message>
    <message>
        <source>Report to the store manager at once; log the incident the same day with the time, the goods and their value; report to police when your policy&apos;s value threshold is met.</source>
        <translation>Prévenez aussitôt le responsable du magasin ; consignez l&apos;incident le jour même avec l&apos;heure, les articles et leur valeur ; portez plainte quand le seuil de valeur de votre politique est atteint.</translation>
    </message>
    <message>
        <source>Clips from the entrance and the aisle, a still of the person, the door alarm record and the receipts or POS transactions of the goods.</source>
        <translation>Les clips de l&apos;entrée et du rayon, une image fixe de la personne, l&apos;enregistrement de l&apos;alarme de porte et les tickets ou transactions de caisse des articles.</translation>
    </message>
    <message>
        <source>Organized retail crime</source>
        <translation>Criminalité organisée dans le commerce</translation>
    </message>
    <message>
        <source>Do not confront a group. Note how many people, their roles (lookout, booster, driver), vehicles and plates.</source>
        <translation>N&apos;affrontez pas un groupe. Notez combien de personnes, leurs rôles (guetteur, voleur, chauffeur), les véhicules et les plaques.</translation>
    </message>
    <message>
        <source>Report to the loss-prevention lead the same day; check the inbox for the same people or vehicles at other stores; share with police through a release approved by legal.</source>
        <translation>Prévenez le responsable de la prévention des pertes le jour même ; cherchez dans la boîte de réception les mêmes personnes ou véhicules dans d&apos;autres magasins ; partagez avec la police par une remise approuvée par le service juridique.</translation>
    </message>
    <message>
        <source>Every camera that saw the group, from arrival to departure; the parking lot camera; POS transactions they made; earlier incidents that look linked.</source>
        <translation>Toutes les caméras qui ont vu le groupe, de l&apos;arrivée au départ ; la caméra du parking ; les transactions de caisse qu&apos;ils ont faites ; les incidents antérieurs qui semblent liés.</translation>
    </message>
    <message>
        <source>Robbery</source>
        <translation>Vol à main armée</translation>
    </message>
    <message>
        <source>Comply; do not resist. Call the emergency number as soon as it is safe. Lock the doors after the offender has left and keep people away from where they stood.</source>
        <translation>Obtempérez ; ne résistez pas. Appelez le numéro d&apos;urgence dès que c&apos;est sans danger. Fermez les portes une fois l&apos;auteur parti et tenez les gens à l&apos;écart de l&apos;endroit où il se trouvait.</translation>
    </message>
    <message>
        <source>Police at once; then the store manager and loss prevention; witnesses&apos; names and statements before they leave.</source>
        <translation>La police immédiatement ; puis le responsable du magasin et la prévention des pertes ; les noms et déclarations des témoins avant leur départ.</translation>
    </message>
    <message>
        <source>Clips from the register and the entrance from 15 minutes before to 15 minutes after; the register&apos;s transactions and the cash count; anything the offender touched.</source>
        <translation>Les clips de la caisse et de l&apos;entrée de 15 minutes avant à 15 minutes après ; les transactions de la caisse et le comptage ; tout ce que l&apos;auteur a touché.</translation>
    </message>
    <message>
        <source>Assault</source>
        <translation>Agression</translation>
    </message>
    <message>
        <source>Make the area safe and get first aid; call the emergency number when anyone is hurt or still in danger.</source>
        <translation>Sécurisez les lieux et donnez les premiers secours ; appelez le numéro d&apos;urgence si quelqu&apos;un est blessé ou toujours en danger.</translation>
    </message>
    <message>
        <source>Police and the store manager at once; an incident report the same day; statements from the person hurt and from witnesses.</source>
        <translation>La police et le responsable du magasin immédiatement ; un rapport d&apos;incident le jour même ; les déclarations de la personne blessée et des témoins.</translation>
    </message>
    <message>
        <source>Clips from every camera that saw the people before, during and after; photographs of injuries only with consent; the first-aid record.</source>
        <translation>Les clips de toutes les caméras qui ont vu les personnes avant, pendant et après ; des photos des blessures seulement avec consentement ; le registre des premiers secours.</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Menace</translation>
    </message>
    <message>
        <source>Keep distance, do not argue, move staff and customers away; call the emergency number when the threat is to life or a weapon is seen.</source>
        <translation>Gardez vos distances, ne discutez pas, éloignez le personnel et les clients ; appelez le numéro d&apos;urgence si la menace vise la vie ou si une arme est visible.</translation>
    </message>
    <message>
        <source>The store manager at once; police when the threat is credible; record the exact words used as soon as possible.</source>
        <translation>Le responsable du magasin immédiatement ; la police si la menace est crédible ; notez les mots exacts le plus tôt possible.</translation>
    </message>
    <message>
        <source>Clips with audio where the law allows; the time and words of the threat in a signed statement; any message or call record.</source>
        <translation>Les clips avec le son là où la loi le permet ; l&apos;heure et les mots de la menace dans une déclaration signée ; tout message ou journal d&apos;appels.</translation>
    </message>
    <message>
        <source>Fraud</source>
        <translation>Fraude</translation>
    </message>
    <message>
        <source>Return fraud</source>
        <translation>Fraude aux retours</translation>
    </message>
    <message>
        <source>Complete or refuse the transaction as your policy says; do not accuse the customer. Note the identification shown and the payment card&apos;s last digits only.</source>
        <translation>Terminez ou refusez la transaction selon votre politique ; n&apos;accusez pas le client. Notez la pièce d&apos;identité présentée et seulement les derniers chiffres de la carte de paiement.</translation>
    </message>
    <message>
        <source>Loss prevention the same day; police when the loss or a pattern meets your threshold.</source>
        <translation>La prévention des pertes le jour même ; la police quand la perte ou une série atteint votre seuil.</translation>
    </message>
    <message>
        <source>The POS journal of the day (the refund, void or override and the original sale), the register camera&apos;s clip, and the receipt or refund slip.</source>
        <translation>Le journal de caisse du jour (le remboursement, l&apos;annulation ou la modification et la vente d&apos;origine), le clip de la caméra de la caisse et le ticket ou le bon de remboursement.</translation>
    </message>
    <message>
        <source>Burglary</source>
        <translation>Cambriolage</translation>
    </message>
    <message>
        <source>Do not enter until police say it is safe; do not touch doors, windows or displays.</source>
        <translation>N&apos;entrez pas avant que la police ne le permette ; ne touchez ni aux portes, ni aux fenêtres, ni aux présentoirs.</translation>
    </message>
    <message>
        <source>Police at once; the store manager and the alarm company; an inventory of what is missing within a day.</source>
        <translation>La police immédiatement ; le responsable du magasin et la société d&apos;alarme ; un inventaire de ce qui manque sous un jour.</translation>
    </message>
    <message>
        <source>Clips from every camera from the alarm time back to closing; the alarm and door-sensor logs; the damaged entry point untouched until police have seen it.</source>
        <translation>Les clips de toutes les caméras de l&apos;heure de l&apos;alarme jusqu&apos;à la fermeture ; les journaux de l&apos;alarme et des capteurs de porte ; le point d&apos;entrée endommagé intact jusqu&apos;au passage de la police.</translation>
    </message>
    <message>
        <source>Any incident</source>
        <translation>Tout incident</translation>
    </message>
    <message>
        <source>Keep people safe first. Do not chase or touch anyone. Note what happened, when, where and who was there.</source>
        <translation>D&apos;abord la sécurité des personnes. Ne poursuivez et ne touchez personne. Notez ce qui s&apos;est passé, quand, où et qui était là.</translation>
    </message>
    <message>
        <source>The store manager the same day; an incident report in the store system; police when a crime was committed or someone was hurt.</source>
        <translation>Le responsable du magasin le jour même ; un rapport d&apos;incident dans le système du magasin ; la police si un délit a été commis ou si quelqu&apos;un a été blessé.</translation>
    </message>
    <message>
        <source>Clips from the cameras that saw it (before, during and after), the POS transactions involved and witnesses&apos; names. Recordings are overwritten: ask for them within a day.</source>
        <translation>Les clips des caméras qui l&apos;ont vu (avant, pendant et après), les transactions de caisse concernées et les noms des témoins. Les enregistrements sont écrasés : demandez-les sous un jour.</translation>
    </message>
    <message>
        <source>%1 is not an incident type (%2, or * for all).</source>
        <translation>%1 n&apos;est pas un type d&apos;incident (%2, ou * pour tous).</translation>
    </message>
    <message>
        <source>There is no version %1 of the procedure for %2.</source>
        <translation>Il n&apos;y a pas de version %1 de la procédure pour %2.</translation>
    </message>
    <message>
        <source>A procedure needs a title, immediate actions, reporting steps and the evidence to preserve.</source>
        <translation>Une procédure a besoin d&apos;un titre, d&apos;actions immédiates, d&apos;étapes de signalement et des preuves à conserver.</translation>
    </message>
    <message>
        <source>A procedure&apos;s title is at most 200 characters and each part at most %1.</source>
        <translation>Le titre d&apos;une procédure compte au plus 200 caractères et chaque partie au plus %1.</translation>
    </message>
    <message>
        <source>Version %1 of the procedure for %2 is not in the audit log: it was written into the database, not published.</source>
        <translation>La version %1 de la procédure pour %2 n&apos;est pas dans le journal d&apos;audit : elle a été écrite dans la base de données, pas publiée.</translation>
    </message>
    <message>
        <source>No time was given for the procedure in force.</source>
        <translation>Aucune heure n&apos;a été indiquée pour la procédure en vigueur.</translation>
    </message>
</context>
<context>
    <name>lpdesk::SoundToAac</name>
    <message>
        <source>FFmpeg cannot decode this sound.</source>
        <translation>FFmpeg ne peut pas décoder ce son.</translation>
    </message>
    <message>
        <source>Cannot convert this sound for AAC.</source>
        <translation>Impossible de convertir ce son en AAC.</translation>
    </message>
    <message>
        <source>Cannot add the sound to the working copy.</source>
        <translation>Impossible d&apos;ajouter le son à la copie de travail.</translation>
    </message>
    <message>
        <source>Cannot encode the sound.</source>
        <translation>Impossible d&apos;encoder le son.</translation>
    </message>
    <message>
        <source>Cannot decode the sound: %1</source>
        <translation>Impossible de décoder le son : %1</translation>
    </message>
</context>
<context>
    <name>lpdesk::StateLabels</name>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>ready for review</source>
        <translation>à examiner</translation>
    </message>
    <message>
        <source>released</source>
        <translation>remis</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clos</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>void</source>
        <translation>caduque</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>exportée</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en file d&apos;attente</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>en cours d&apos;envoi</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente d&apos;un nouvel essai</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>livré</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>shoplifting</source>
        <translation>vol à l&apos;étalage</translation>
    </message>
    <message>
        <source>organized retail crime</source>
        <translation>criminalité organisée contre le commerce</translation>
    </message>
    <message>
        <source>robbery</source>
        <translation>vol avec violence</translation>
    </message>
    <message>
        <source>burglary</source>
        <translation>cambriolage</translation>
    </message>
    <message>
        <source>assault</source>
        <translation>agression</translation>
    </message>
    <message>
        <source>threat</source>
        <translation>menace</translation>
    </message>
    <message>
        <source>fraud</source>
        <translation>fraude</translation>
    </message>
    <message>
        <source>return fraud</source>
        <translation>fraude au remboursement</translation>
    </message>
    <message>
        <source>vandalism</source>
        <translation>vandalisme</translation>
    </message>
    <message>
        <source>trespass</source>
        <translation>intrusion</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>pos exception</source>
        <translation>anomalie de caisse</translation>
    </message>
    <message>
        <source>door sensor</source>
        <translation>capteur de porte</translation>
    </message>
    <message>
        <source>panic button</source>
        <translation>bouton d&apos;alarme</translation>
    </message>
    <message>
        <source>staff report</source>
        <translation>signalement du personnel</translation>
    </message>
    <message>
        <source>analytics</source>
        <translation>analyse vidéo</translation>
    </message>
</context>
<context>
    <name>lpdesk::StatementEditor</name>
    <message>
        <source>New statement</source>
        <translation>Nouvelle déclaration</translation>
    </message>
    <message>
        <source>Edit draft statement</source>
        <translation>Modifier le brouillon de déclaration</translation>
    </message>
    <message>
        <source>Correct statement (new version)</source>
        <translation>Corriger la déclaration (nouvelle version)</translation>
    </message>
    <message>
        <source>phone, e-mail or address</source>
        <translation>téléphone, courriel ou adresse</translation>
    </message>
    <message>
        <source>&lt;b&gt;Personal data&lt;/b&gt; — withheld from releases unless legal includes it</source>
        <translation>&lt;b&gt;Données personnelles&lt;/b&gt; — masquées dans les remises sauf si le service juridique les inclut</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Joindre</translation>
    </message>
    <message>
        <source>Photos and documents (*.png *.jpg *.jpeg *.pdf *.txt);;All files (*)</source>
        <translation>Photos et documents (*.png *.jpg *.jpeg *.pdf *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 (kept; SHA-256 %2…)</source>
        <translation>%1 (conservé ; SHA-256 %2…)</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact :</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>Enregistrer le &amp;brouillon</translation>
    </message>
    <message>
        <source>Save and &amp;sign off</source>
        <translation>Enregistrer et &amp;valider</translation>
    </message>
    <message>
        <source>After sign-off the statement cannot change; corrections become new versions.</source>
        <translation>Une fois validée, la déclaration ne peut plus changer ; les corrections deviennent de nouvelles versions.</translation>
    </message>
    <message>
        <source>S&amp;tatement:</source>
        <translation>&amp;Déclaration :</translation>
    </message>
    <message>
        <source>Attachments (stored encrypted, with their SHA-256):</source>
        <translation>Pièces jointes (conservées chiffrées, avec leur SHA-256) :</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>After sign-off this statement cannot be changed; a correction will be a new version. Sign off now?</source>
        <translation>Une fois validée, cette déclaration ne peut plus être modifiée ; une correction sera une nouvelle version. Valider maintenant ?</translation>
    </message>
    <message>
        <source>The author asked to stay a&amp;nonymous towards the police (exports carry a pseudonym)</source>
        <translation>L&apos;auteur a demandé à rester a&amp;nonyme vis-à-vis de la police (les exports portent un pseudonyme)</translation>
    </message>
    <message>
        <source>Attach &amp;file…</source>
        <translation>&amp;Joindre un fichier…</translation>
    </message>
    <message>
        <source>Ta&amp;ken at:</source>
        <translation>Recueillie &amp;le :</translation>
    </message>
    <message>
        <source>Att&amp;estation:</source>
        <translation>At&amp;testation :</translation>
    </message>
</context>
<context>
    <name>lpdesk::StatementPanel</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouvelle…</translation>
    </message>
    <message>
        <source>Save &amp;attachment…</source>
        <translation>Enregistrer la pièce &amp;jointe…</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Recueillie</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>%1 (anonymous: %2)</source>
        <translation>%1 (anonyme : %2)</translation>
    </message>
    <message>
        <source>signed off</source>
        <translation>validée</translation>
    </message>
    <message>
        <source>signed off, corrected</source>
        <translation>validée, corrigée</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>Co&amp;rriger…</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>personal data</source>
        <translation>données personnelles</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <source>yes — released as &quot;%1&quot;</source>
        <translation>oui — remis sous le nom « %1 »</translation>
    </message>
    <message>
        <source>%1 (corrects %2)</source>
        <translation>%1 (corrige %2)</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Consignée</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>signed off %1 by %2; content SHA-256 %3</source>
        <translation>validée le %1 par %2 ; SHA-256 du contenu %3</translation>
    </message>
    <message>
        <source>Attachment %1 (%2, %3 bytes, SHA-256 %4)</source>
        <translation>Pièce jointe %1 (%2, %3 octets, SHA-256 %4)</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>After sign-off this statement cannot be changed; a correction will be a new version. Sign off now?</source>
        <translation>Une fois validée, cette déclaration ne peut plus être modifiée ; une correction sera une nouvelle version. Valider maintenant ?</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>This statement has no attachments.</source>
        <translation>Cette déclaration n&apos;a pas de pièce jointe.</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Enregistrer la pièce jointe</translation>
    </message>
    <message>
        <source>Attachment:</source>
        <translation>Pièce jointe :</translation>
    </message>
    <message>
        <source>Save attachment (decrypted)</source>
        <translation>Enregistrer la pièce jointe (déchiffrée)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Record a statement (Ctrl+Shift+N)</source>
        <translation>Consigner une déclaration (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>Modifi&amp;er…</translation>
    </message>
    <message>
        <source>Si&amp;gn off</source>
        <translation>&amp;Valider</translation>
    </message>
</context>
<context>
    <name>lpdesk::StatementService</name>
    <message>
        <source>A statement needs an author (up to 200 characters).</source>
        <translation>Une déclaration doit avoir un auteur (200 caractères au plus).</translation>
    </message>
    <message>
        <source>The author&apos;s role is one of: %1.</source>
        <translation>Le rôle de l&apos;auteur est l&apos;un de : %1.</translation>
    </message>
    <message>
        <source>A statement needs text (up to %1 characters).</source>
        <translation>Une déclaration doit avoir un texte (%1 caractères au plus).</translation>
    </message>
    <message>
        <source>The contact or attestation is too long.</source>
        <translation>Le contact ou l&apos;attestation est trop long.</translation>
    </message>
    <message>
        <source>The time taken is not an RFC 3339 time: %1</source>
        <translation>L&apos;heure de recueil n&apos;est pas une heure RFC 3339 : %1</translation>
    </message>
    <message>
        <source>There is no statement %1.</source>
        <translation>La déclaration %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Statement %1 was signed off on %2 and cannot be changed; record a correction instead.</source>
        <translation>La déclaration %1 a été validée le %2 et ne peut plus changer ; consignez plutôt une correction.</translation>
    </message>
    <message>
        <source>Whether the author stays anonymous is set when the statement is added.</source>
        <translation>L&apos;anonymat de l&apos;auteur se décide à l&apos;ajout de la déclaration.</translation>
    </message>
    <message>
        <source>Statement %1 was already signed off on %2.</source>
        <translation>La déclaration %1 a déjà été validée le %2.</translation>
    </message>
    <message>
        <source>Statement %1 is still a draft: edit it instead of correcting it.</source>
        <translation>La déclaration %1 est encore un brouillon : modifiez-la au lieu de la corriger.</translation>
    </message>
    <message>
        <source>Statement %1 was already corrected by %2; correct the newest version.</source>
        <translation>La déclaration %1 a déjà été corrigée par %2 ; corrigez la version la plus récente.</translation>
    </message>
    <message>
        <source>A correction cannot change whether the author stays anonymous.</source>
        <translation>Une correction ne peut pas changer l&apos;anonymat de l&apos;auteur.</translation>
    </message>
    <message>
        <source>Cannot copy attachment %1.</source>
        <translation>Impossible de copier la pièce jointe %1.</translation>
    </message>
    <message>
        <source>Statement %1 is signed off and cannot be removed.</source>
        <translation>La déclaration %1 est validée et ne peut pas être supprimée.</translation>
    </message>
    <message>
        <source>There is no attachment %1.</source>
        <translation>La pièce jointe %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation>Pièce jointe %1</translation>
    </message>
</context>
<context>
    <name>lpdesk::StillView</name>
    <message>
        <source>The still is too large to show.</source>
        <translation>L&apos;image fixe est trop grande pour être affichée.</translation>
    </message>
    <message>
        <source>The still cannot be read.</source>
        <translation>Impossible de lire l&apos;image fixe.</translation>
    </message>
    <message>
        <source>The still is not a readable picture.</source>
        <translation>L&apos;image fixe n&apos;est pas dans un format d&apos;image lisible.</translation>
    </message>
</context>
<context>
    <name>lpdesk::StoreDrop</name>
    <message>
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 dépasse %2 octets</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8</source>
        <translation>%1 n&apos;est pas de l&apos;UTF-8 valide</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at byte %3)</source>
        <translation>%1 n&apos;est pas du JSON valide (%2 à l&apos;octet %3)</translation>
    </message>
    <message>
        <source>%1 is not a JSON object</source>
        <translation>%1 n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>is not &quot;lpdesk-store-drop&quot;</source>
        <translation>n&apos;est pas « lpdesk-store-drop »</translation>
    </message>
    <message>
        <source>is not 1 (a newer drop format?)</source>
        <translation>ne vaut pas 1 (format de dépôt plus récent ?)</translation>
    </message>
    <message>
        <source>is not a known IANA time zone</source>
        <translation>n&apos;est pas un fuseau horaire IANA connu</translation>
    </message>
    <message>
        <source>has an invalid key id</source>
        <translation>a un id. de clé non valide</translation>
    </message>
    <message>
        <source>repeats camera id %1</source>
        <translation>répète l&apos;id. de caméra %1</translation>
    </message>
    <message>
        <source>names a camera that is not listed</source>
        <translation>désigne une caméra absente de la liste</translation>
    </message>
    <message>
        <source>is not an incident id (UUID)</source>
        <translation>n&apos;est pas un id. d&apos;incident (UUID)</translation>
    </message>
    <message>
        <source>does not match the id the feed listed</source>
        <translation>ne correspond pas à l&apos;id. listé par le flux</translation>
    </message>
    <message>
        <source>names another store</source>
        <translation>désigne un autre magasin</translation>
    </message>
    <message>
        <source>is not a valid time</source>
        <translation>n&apos;est pas une heure valide</translation>
    </message>
    <message>
        <source>does not match the media id</source>
        <translation>ne correspond pas à l&apos;id. du média</translation>
    </message>
    <message>
        <source>is listed twice</source>
        <translation>figure deux fois</translation>
    </message>
    <message>
        <source>is before its start</source>
        <translation>est antérieur à son début</translation>
    </message>
</context>
<context>
    <name>lpdesk::StoreRegistry</name>
    <message>
        <source>Store ids are 2–48 lowercase letters, digits and &apos;-&apos;.</source>
        <translation>Un id. de magasin comporte de 2 à 48 lettres minuscules, chiffres et &apos;-&apos;.</translation>
    </message>
    <message>
        <source>A store is reached through a folder or an https:// URL.</source>
        <translation>Un magasin est joint par un dossier ou une URL https://.</translation>
    </message>
    <message>
        <source>There is already a store %1.</source>
        <translation>Le magasin %1 existe déjà.</translation>
    </message>
    <message>
        <source>Store %1 has incidents; it cannot be removed (evidence is kept).</source>
        <translation>Le magasin %1 a des incidents ; il ne peut pas être supprimé (les preuves sont conservées).</translation>
    </message>
    <message>
        <source>There is no store %1.</source>
        <translation>Le magasin %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The drop at %1 is for store %2, not %3.</source>
        <translation>Le dépôt situé à %1 est celui du magasin %2, pas de %3.</translation>
    </message>
    <message>
        <source>Cannot read the quarantine: %1</source>
        <translation>Impossible de lire la quarantaine : %1</translation>
    </message>
    <message>
        <source>Cannot read store %1: %2</source>
        <translation>Impossible de lire le magasin %1 : %2</translation>
    </message>
    <message>
        <source>store %1: the drop says time zone %2, LP Desk keeps %3 (not changed by a pull)</source>
        <translation>magasin %1 : le point de dépôt indique le fuseau horaire %2, LP Desk conserve %3 (une récupération ne le change pas)</translation>
    </message>
    <message>
        <source>store %1: the drop says a clock offset of %2 s, LP Desk keeps %3 s (not changed by a pull)</source>
        <translation>magasin %1 : le point de dépôt indique un décalage d’horloge de %2 s, LP Desk conserve %3 s (une récupération ne le change pas)</translation>
    </message>
    <message>
        <source>Store %1</source>
        <translation>Magasin %1</translation>
    </message>
    <message>
        <source>%1 is a POS store id of store %2; give the new store another id.</source>
        <translation>%1 est un id. de magasin en caisse du magasin %2 ; donnez un autre id. au nouveau magasin.</translation>
    </message>
    <message>
        <source>A POS store id is 1 to 64 characters, as the journals write it (RetailStoreID, BusinessUnit/UnitID).</source>
        <translation>Un id. de magasin en caisse compte de 1 à 64 caractères, tel que l&apos;écrivent les journaux (RetailStoreID, BusinessUnit/UnitID).</translation>
    </message>
    <message>
        <source>%1 is the store&apos;s own id: journals that name it are imported as the store&apos;s already.</source>
        <translation>%1 est l&apos;id. propre du magasin : les journaux qui le nomment sont déjà importés comme ceux du magasin.</translation>
    </message>
    <message>
        <source>%1 is the id of another store in LP Desk, so it cannot also be a POS store id of %2.</source>
        <translation>%1 est l&apos;id. d&apos;un autre magasin dans LP Desk : il ne peut donc pas être aussi un id. de magasin en caisse de %2.</translation>
    </message>
    <message>
        <source>Store %1 has the POS store id %2 already.</source>
        <translation>Le magasin %1 a déjà l&apos;id. de magasin en caisse %2.</translation>
    </message>
    <message>
        <source>%1 is a POS store id of store %2; remove it there first.</source>
        <translation>%1 est un id. de magasin en caisse du magasin %2 ; retirez-le d&apos;abord de celui-ci.</translation>
    </message>
    <message>
        <source>Store %1 has no POS store id %2.</source>
        <translation>Le magasin %1 n&apos;a pas d&apos;id. de magasin en caisse %2.</translation>
    </message>
</context>
<context>
    <name>lpdesk::StoreSimulator</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>The recipient key is not an X25519 public key.</source>
        <translation>La clé de destinataire n&apos;est pas une clé publique X25519.</translation>
    </message>
    <message>
        <source>Store %1 (%2)</source>
        <translation>Magasin %1 (%2)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>  incident %1/%2 %3</source>
        <translation>  incident %1/%2 %3</translation>
    </message>
    <message>
        <source>Simulator options out of range (1–%1 stores, 0–%2 incidents per store, clips up to 600 s, a history of up to %3 days).</source>
        <translation>Options du simulateur hors limites (1–%1 magasins, 0–%2 incidents par magasin, clips jusqu&apos;à 600 s, un historique jusqu&apos;à %3 jours).</translation>
    </message>
</context>
<context>
    <name>lpdesk::StoresDialog</name>
    <message>
        <source>Stores</source>
        <translation>Magasins</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Last pull</source>
        <translation>Dernière récupération</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>&amp;Add store…</source>
        <translation>&amp;Ajouter un magasin…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Pull this store</source>
        <translation>&amp;Récupérer ce magasin</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Select a store first.</source>
        <translation>Sélectionnez d&apos;abord un magasin.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Test de %1…</translation>
    </message>
    <message>
        <source>%1: connection works. &quot;%2&quot; in %3, %4 cameras, %5 registers.</source>
        <translation>%1 : la connexion fonctionne. « %2 » à %3, %4 caméras, %5 caisses.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Remove store</source>
        <translation>Supprimer le magasin</translation>
    </message>
    <message>
        <source>Remove store %1?</source>
        <translation>Supprimer le magasin %1 ?</translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <source>Add store</source>
        <translation>Ajouter un magasin</translation>
    </message>
    <message>
        <source>e.g. chicago-lakeview-017</source>
        <translation>p. ex. chicago-lakeview-017</translation>
    </message>
    <message>
        <source>Folder or USB stick</source>
        <translation>Dossier ou clé USB</translation>
    </message>
    <message>
        <source>HTTPS server</source>
        <translation>Serveur HTTPS</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a PEM file</source>
        <translation>Choisissez un fichier PEM</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>Fichiers PEM (*.pem *.crt *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Store id:</source>
        <translation>Id. du magasin :</translation>
    </message>
    <message>
        <source>Folder or URL:</source>
        <translation>Dossier ou URL :</translation>
    </message>
    <message>
        <source>Pinned CA (PEM):</source>
        <translation>AC épinglée (PEM) :</translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation>Certificat client :</translation>
    </message>
    <message>
        <source>Client key:</source>
        <translation>Clé client :</translation>
    </message>
    <message>
        <source>/media/usb/store-017</source>
        <translation>/media/usb/store-017</translation>
    </message>
    <message>
        <source>Store drop folder</source>
        <translation>Dossier de dépôt du magasin</translation>
    </message>
    <message>
        <source>A certificate or key file cannot be read.</source>
        <translation>Un fichier de certificat ou de clé est illisible.</translation>
    </message>
    <message>
        <source>Store %1 added. Use Test connection, then Pull.</source>
        <translation>Magasin %1 ajouté. Utilisez Tester la connexion, puis Récupérer.</translation>
    </message>
    <message>
        <source>Here: %1</source>
        <translation>Sur ce poste : %1</translation>
    </message>
    <message>
        <source> (system CAs, not pinned)</source>
        <translation> (AC du système, non épinglées)</translation>
    </message>
    <message>
        <source>Trust the system&apos;s certificate authorities (not recommended)</source>
        <translation>Faire confiance aux autorités de certification du système (déconseillé)</translation>
    </message>
    <message>
        <source>Without a pinned CA, anyone who gets a certificate for the store&apos;s host from any authority this system trusts can serve LP Desk a drop.</source>
        <translation>Sans AC épinglée, quiconque obtient un certificat pour l&apos;hôte du magasin auprès de n&apos;importe quelle autorité à laquelle ce système fait confiance peut fournir un dépôt à LP Desk.</translation>
    </message>
    <message>
        <source>An HTTPS store needs its pinned CA certificate (PEM). If it has none you can pin, tick &quot;Trust the system&apos;s certificate authorities&quot; (not recommended).</source>
        <translation>Un magasin HTTPS a besoin de son certificat d&apos;AC épinglée (PEM). S&apos;il n&apos;en a aucun que vous pouvez épingler, cochez « Faire confiance aux autorités de certification du système » (déconseillé).</translation>
    </message>
    <message>
        <source>POS store ids</source>
        <translation>Id. de magasin en caisse</translation>
    </message>
    <message>
        <source>POS store &amp;ids…</source>
        <translation>&amp;Id. de magasin en caisse…</translation>
    </message>
    <message>
        <source>The ids the store&apos;s own POS system writes for it in its journals, when they are not its id here (NCR RetailStoreID, Futura BusinessUnit/UnitID)</source>
        <translation>Les id. que le système de caisse du magasin écrit pour lui dans ses journaux, quand ils diffèrent de son id. ici (NCR RetailStoreID, Futura BusinessUnit/UnitID)</translation>
    </message>
    <message>
        <source>POS store ids of %1</source>
        <translation>Id. de magasin en caisse de %1</translation>
    </message>
    <message>
        <source>Journals name the store by the id its POS system gives it (NCR RetailStoreID, Futura BusinessUnit/UnitID). Transactions that name one of these ids import as store %1&apos;s.</source>
        <translation>Les journaux désignent le magasin par l&apos;id. que lui donne son système de caisse (NCR RetailStoreID, Futura BusinessUnit/UnitID). Les transactions qui nomment l&apos;un de ces id. s&apos;importent comme celles du magasin %1.</translation>
    </message>
    <message>
        <source>e.g. 2301</source>
        <translation>p. ex. 2301</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Supprimer la sélection</translation>
    </message>
    <message>
        <source>&amp;POS store id:</source>
        <translation>&amp;Id. de magasin en caisse :</translation>
    </message>
</context>
<context>
    <name>lpdesk::SubmissionService</name>
    <message>
        <source>%1: the agency&apos;s TLS certificate was refused (%2). Check the CA pinned in the agency profile.</source>
        <translation>%1 : le certificat TLS de l&apos;organisme a été refusé (%2). Vérifiez l&apos;AC épinglée dans le profil de l&apos;organisme.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: the agency answered HTTP %2%3</source>
        <translation>%1 : l&apos;organisme a répondu HTTP %2%3</translation>
    </message>
    <message>
        <source>Release %1 was approved for %2, not for agency %3: request a release for that agency.</source>
        <translation>La remise %1 a été approuvée pour %2, pas pour l&apos;organisme %3 : demandez une remise pour cet organisme.</translation>
    </message>
    <message>
        <source>agency %1</source>
        <translation>organisme %1</translation>
    </message>
    <message>
        <source>Cannot create the outbox folder %1.</source>
        <translation>Impossible de créer le dossier de la boîte d&apos;envoi %1.</translation>
    </message>
    <message>
        <source>Cannot read the sealed package back.</source>
        <translation>Impossible de relire le paquet scellé.</translation>
    </message>
    <message>
        <source>The package is %1 bytes; agency %2 takes at most %3.</source>
        <translation>Le paquet fait %1 octets ; l&apos;organisme %2 en accepte %3 au plus.</translation>
    </message>
    <message>
        <source>There is no submission %1.</source>
        <translation>L&apos;envoi %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Submission %1 was delivered; it cannot be cancelled.</source>
        <translation>L&apos;envoi %1 a été livré ; il ne peut pas être annulé.</translation>
    </message>
    <message>
        <source>Getting an access token</source>
        <translation>Obtention d&apos;un jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Creating the submission</source>
        <translation>Création de l&apos;envoi</translation>
    </message>
    <message>
        <source>The agency&apos;s answer to the submission lacks an id or https upload and completion addresses.</source>
        <translation>La réponse de l&apos;organisme à l&apos;envoi n&apos;a pas d&apos;id. ni d&apos;adresses https de téléversement et de finalisation.</translation>
    </message>
    <message>
        <source>The sealed package %1 is missing from the outbox.</source>
        <translation>Le paquet scellé %1 manque dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>Starting the upload</source>
        <translation>Début du téléversement</translation>
    </message>
    <message>
        <source>Asking where the upload stopped</source>
        <translation>Demande du point d&apos;arrêt du téléversement</translation>
    </message>
    <message>
        <source>The agency reports an impossible upload offset.</source>
        <translation>L&apos;organisme indique une position de téléversement impossible.</translation>
    </message>
    <message>
        <source>Cannot read the sealed package.</source>
        <translation>Impossible de lire le paquet scellé.</translation>
    </message>
    <message>
        <source>The agency and the workstation disagree on the upload offset.</source>
        <translation>L&apos;organisme et le poste ne s&apos;accordent pas sur la position de téléversement.</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Téléversement</translation>
    </message>
    <message>
        <source>The agency acknowledged an impossible upload offset.</source>
        <translation>L&apos;organisme a confirmé une position de téléversement impossible.</translation>
    </message>
    <message>
        <source>Uploading the package</source>
        <translation>Téléversement du paquet</translation>
    </message>
    <message>
        <source>Starting the upload of %1</source>
        <translation>Début du téléversement de %1</translation>
    </message>
    <message>
        <source>Asking where the upload of %1 stopped</source>
        <translation>Demande du point d&apos;arrêt du téléversement de %1</translation>
    </message>
    <message>
        <source>Uploading %1</source>
        <translation>Téléversement de %1</translation>
    </message>
    <message>
        <source>Completing the submission</source>
        <translation>Finalisation de l&apos;envoi</translation>
    </message>
    <message>
        <source>The agency&apos;s receipt has no report number.</source>
        <translation>L&apos;accusé de réception de l&apos;organisme n&apos;a pas de numéro de plainte.</translation>
    </message>
    <message>
        <source>The agency&apos;s receipt names a different package hash than the one sent.</source>
        <translation>L&apos;accusé de réception de l&apos;organisme indique une empreinte de paquet différente de celle envoyée.</translation>
    </message>
    <message>
        <source>The agency&apos;s receipt names a different hash for %1.</source>
        <translation>L&apos;accusé de réception de l&apos;organisme indique une autre empreinte pour %1.</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Interrompu.</translation>
    </message>
    <message>
        <source>Waiting %1 s before trying again: %2</source>
        <translation>Attente de %1 s avant de réessayer : %2</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <source>%1 answered (HTTP %2) over TLS with a certificate from the pinned CA.</source>
        <translation>%1 a répondu (HTTP %2) en TLS avec un certificat de l&apos;AC épinglée.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The agency named %1, which is not on its own origin %2; nothing (no credentials) was sent there.</source>
        <translation>L’organisme a indiqué %1, qui n’est pas sur sa propre origine %2 ; rien (aucun identifiant) n’y a été envoyé.</translation>
    </message>
    <message>
        <source>%1 answered (HTTP %2) over TLS with a certificate from one of the system&apos;s certificate authorities (no pinned CA).</source>
        <translation>%1 a répondu (HTTP %2) en TLS avec un certificat de l&apos;une des autorités de certification du système (pas d&apos;AC épinglée).</translation>
    </message>
    <message>
        <source>the sealed package %1 in the outbox is not the one queued (missing, or its SHA-256 differs)</source>
        <translation>le paquet scellé %1 de la boîte d&apos;envoi n&apos;est pas celui qui a été mis en file d&apos;attente (absent, ou son SHA-256 diffère)</translation>
    </message>
    <message>
        <source>agency %1 was removed after the submission was queued</source>
        <translation>l&apos;organisme %1 a été supprimé après la mise en file d&apos;attente de l&apos;envoi</translation>
    </message>
    <message>
        <source>release %1 is not approved for agency %2</source>
        <translation>la remise %1 n&apos;est pas approuvée pour l&apos;organisme %2</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <source>Release %1 was submitted to agency %2 already; a release goes out once. Request a new release for another submission.</source>
        <translation>La remise %1 a déjà été envoyée à l&apos;organisme %2 ; une remise ne part qu&apos;une fois. Demandez une nouvelle remise pour un autre envoi.</translation>
    </message>
    <message>
        <source>Cannot tell whether release %1 was submitted already: %2</source>
        <translation>Impossible de savoir si la remise %1 a déjà été envoyée : %2</translation>
    </message>
    <message>
        <source>Release %1 is in the outbox already (submission %2, %3); a release goes out once. Cancel that submission first, or request a new release.</source>
        <translation>La remise %1 est déjà dans la boîte d&apos;envoi (envoi %2, %3) ; une remise ne part qu&apos;une fois. Annulez d&apos;abord cet envoi ou demandez une nouvelle remise.</translation>
    </message>
    <message>
        <source>Asking the agencies for police follow-up</source>
        <translation>Demande du suivi policier aux organismes</translation>
    </message>
    <message>
        <source>Cancelled; nothing was sent.</source>
        <translation>Annulé ; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Release %1 was exported already (audit event %2); a release goes out once. Request a new release for a submission.</source>
        <translation>La remise %1 a déjà été exportée (événement d&apos;audit %2) ; une remise ne part qu&apos;une fois. Demandez une nouvelle remise pour un envoi.</translation>
    </message>
    <message>
        <source>queued in audit event %1</source>
        <translation>mis en file d&apos;attente lors de l&apos;événement d&apos;audit %1</translation>
    </message>
</context>
<context>
    <name>lpdesk::SuggestionPanel</name>
    <message>
        <source>Face</source>
        <translation>Visage</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Possible plate</source>
        <translation>Plaque possible</translation>
    </message>
    <message>
        <source>Tracked region</source>
        <translation>Zone suivie</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Piste</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Intervalle de temps</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Double-click a track to go to its first frame</source>
        <translation>Double-cliquez sur une piste pour aller à sa première image</translation>
    </message>
    <message>
        <source>No suggestions yet: run Find faces and people (Ctrl+Shift+F).</source>
        <translation>Pas encore de suggestions : lancez Rechercher visages et personnes (Ctrl+Maj+F).</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Add the selected tracks to the plan (Ctrl+Shift+A)</source>
        <translation>Ajouter les pistes sélectionnées au plan (Ctrl+Maj+A)</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Leave the selected tracks out of the plan (Ctrl+Shift+R)</source>
        <translation>Laisser les pistes sélectionnées hors du plan (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>Tout accepter</translation>
    </message>
    <message>
        <source>Add every track to the plan (Ctrl+Alt+A)</source>
        <translation>Ajouter toutes les pistes au plan (Ctrl+Alt+A)</translation>
    </message>
    <message>
        <source>Reject all</source>
        <translation>Tout refuser</translation>
    </message>
    <message>
        <source>Leave every track out of the plan (Ctrl+Alt+R)</source>
        <translation>Laisser toutes les pistes hors du plan (Ctrl+Alt+R)</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2 (detected in %n frames)</source>
        <translation>
            <numerusform>%1 – %2 (détectée sur %n image)</numerusform>
            <numerusform>%1 – %2 (détectée sur %n images)</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted: in the plan</source>
        <translation>Acceptée : dans le plan</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>À vérifier</translation>
    </message>
    <message numerus="yes">
        <source>accept %n suggestions</source>
        <translation>
            <numerusform>accepter %n suggestion</numerusform>
            <numerusform>accepter %n suggestions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>reject %n suggestions</source>
        <translation>
            <numerusform>refuser %n suggestion</numerusform>
            <numerusform>refuser %n suggestions</numerusform>
        </translation>
    </message>
    <message>
        <source>Show reviewed</source>
        <translation>Afficher les pistes vérifiées</translation>
    </message>
    <message>
        <source>Also list the tracks already accepted or rejected, to change your mind</source>
        <translation>Lister aussi les pistes déjà acceptées ou refusées, pour revenir sur votre choix</translation>
    </message>
    <message numerus="yes">
        <source>%n track(s) to review: accept what must be hidden, reject what must not.</source>
        <translation>
            <numerusform>%n piste à vérifier : acceptez ce qui doit être masqué, refusez le reste.</numerusform>
            <numerusform>%n pistes à vérifier : acceptez ce qui doit être masqué, refusez le reste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every track is reviewed.</source>
        <translation>Toutes les pistes sont vérifiées.</translation>
    </message>
    <message>
        <source>Accepted: %1. Rejected: %2.</source>
        <translation>Acceptées : %1. Refusées : %2.</translation>
    </message>
</context>
<context>
    <name>lpdesk::SuggestionService</name>
    <message>
        <source>Face %1 (detected in %2 frames, confidence %3)</source>
        <translation>Visage %1 (détecté sur %2 images, confiance %3)</translation>
    </message>
    <message>
        <source>Person %1 (detected in %2 frames, confidence %3)</source>
        <translation>Personne %1 (détectée sur %2 images, confiance %3)</translation>
    </message>
    <message>
        <source>Tracked region %1</source>
        <translation>Zone suivie %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the redaction reasons.</source>
        <translation>« %1 » n&apos;est pas l&apos;un des motifs de floutage.</translation>
    </message>
    <message>
        <source>%1 s is outside the clip (%2 s).</source>
        <translation>%1 s est hors du clip (%2 s).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Possible plate %1 (low confidence %3, detected in %2 frames)</source>
        <translation>Plaque possible %1 (faible confiance %3, détectée sur %2 images)</translation>
    </message>
    <message>
        <source>The reason &quot;other&quot; needs a text that says what it is.</source>
        <translation>Le motif « other » nécessite un texte qui précise de quoi il s&apos;agit.</translation>
    </message>
</context>
<context>
    <name>lpdesk::SyncReviewDialog</name>
    <message>
        <source>&amp;Lock to wall-clock time</source>
        <translation>&amp;Synchroniser sur l&apos;heure réelle</translation>
    </message>
    <message>
        <source>Side by side — %1</source>
        <translation>Côte à côte — %1</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Côte à côte</translation>
    </message>
    <message>
        <source>Stepping, seeking or playing one clip moves the others to the same true moment, corrected for each camera&apos;s clock offset.</source>
        <translation>Avancer, chercher ou lire dans un clip amène les autres au même instant réel, corrigé du décalage d&apos;horloge de chaque caméra.</translation>
    </message>
    <message>
        <source>14:02:11.400 (store time) or 2026-03-14T14:02:11-05:00</source>
        <translation>14:02:11.400 (heure du magasin) ou 2026-03-14T14:02:11-05:00</translation>
    </message>
    <message>
        <source>Show this moment in every clip: a time of day in the leading clip&apos;s store time zone, or a full RFC 3339 time</source>
        <translation>Afficher cet instant dans tous les clips : une heure dans le fuseau horaire du magasin du clip meneur, ou une heure RFC 3339 complète</translation>
    </message>
    <message>
        <source>Type a time of day (14:02:11) or an RFC 3339 time with its offset.</source>
        <translation>Saisissez une heure (14:02:11) ou une heure RFC 3339 avec son décalage.</translation>
    </message>
    <message>
        <source>Play / &amp;pause</source>
        <translation>Lecture / &amp;pause</translation>
    </message>
    <message>
        <source>&amp;Next frame ▶</source>
        <translation>Image s&amp;uivante ▶</translation>
    </message>
    <message>
        <source>Stills of this &amp;moment…</source>
        <translation>Images de cet &amp;instant…</translation>
    </message>
    <message>
        <source>Save a PNG of every clip that shows this moment; each still is recorded as a derivative in the chain of custody</source>
        <translation>Enregistrer un PNG de chaque clip montrant cet instant ; chaque image est consignée comme dérivé dans la chaîne de traçabilité</translation>
    </message>
    <message>
        <source>Step the leading clip one frame back; the others follow (Left in a clip)</source>
        <translation>Reculer d&apos;une image le clip meneur ; les autres suivent (Gauche dans un clip)</translation>
    </message>
    <message>
        <source>Play or pause the leading clip; the others follow (Space in a clip)</source>
        <translation>Lire ou mettre en pause le clip meneur ; les autres suivent (Espace dans un clip)</translation>
    </message>
    <message>
        <source>Step the leading clip one frame on; the others follow (Right in a clip)</source>
        <translation>Avancer d&apos;une image le clip meneur ; les autres suivent (Droite dans un clip)</translation>
    </message>
    <message>
        <source>Clips of this case (up to %1 at once)</source>
        <translation>Clips de ce dossier (%1 à la fois au plus)</translation>
    </message>
    <message>
        <source>&amp;Go to time:</source>
        <translation>&amp;Aller à l&apos;heure :</translation>
    </message>
    <message>
        <source>No clip shown here was recording at %1.</source>
        <translation>Aucun clip affiché n&apos;enregistrait à %1.</translation>
    </message>
    <message>
        <source>Folder for the stills of this moment</source>
        <translation>Dossier pour les images de cet instant</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n still(s): %1</source>
        <translation>
            <numerusform>Arrêté après %n image : %1</numerusform>
            <numerusform>Arrêté après %n images : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still(s) of %1 written to %2, each recorded in the chain of custody.</source>
        <translation>
            <numerusform>%n image de %1 écrite dans %2, consignée dans la chaîne de traçabilité.</numerusform>
            <numerusform>%n images de %1 écrites dans %2, chacune consignée dans la chaîne de traçabilité.</numerusform>
        </translation>
    </message>
    <message>
        <source>At most %1 clips side by side; untick one first.</source>
        <translation>%1 clips côte à côte au plus ; décochez-en un d&apos;abord.</translation>
    </message>
    <message>
        <source>Tick the clips to review side by side.</source>
        <translation>Cochez les clips à comparer côte à côte.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; (UTC %2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; (UTC %2)</translation>
    </message>
    <message>
        <source> — leading</source>
        <translation> — meneur</translation>
    </message>
    <message>
        <source> — no footage at this moment: the clip starts %1 s later</source>
        <translation> — pas d&apos;image à cet instant : le clip commence %1 s plus tard</translation>
    </message>
    <message>
        <source> — no footage at this moment: the clip ended %1 s earlier</source>
        <translation> — pas d&apos;image à cet instant : le clip s&apos;est terminé %1 s plus tôt</translation>
    </message>
    <message>
        <source> — at %1</source>
        <translation> — à %1</translation>
    </message>
    <message>
        <source>%1 s, SHA-256 %2</source>
        <translation>%1 s, SHA-256 %2</translation>
    </message>
    <message>
        <source>A clip that could not be opened: %1</source>
        <translation>Un clip qui n&apos;a pas pu être ouvert : %1</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n still(s)…</source>
        <translation>
            <numerusform>Écriture de %n image…</numerusform>
            <numerusform>Écriture de %n images…</numerusform>
        </translation>
    </message>
    <message>
        <source>The database is closing.</source>
        <translation>La base de données est en cours de fermeture.</translation>
    </message>
    <message>
        <source>The database is closing; no still was written.</source>
        <translation>La base de données est en cours de fermeture ; aucune image n&apos;a été écrite.</translation>
    </message>
    <message>
        <source>◀ P&amp;revious frame</source>
        <translation>◀ Image p&amp;récédente</translation>
    </message>
</context>
<context>
    <name>lpdesk::SystemTrust</name>
    <message>
        <source>%1 is a folder; trusting the system&apos;s certificate authorities applies to https:// only.</source>
        <translation>%1 est un dossier ; la confiance dans les autorités de certification du système ne s&apos;applique qu&apos;à https://.</translation>
    </message>
    <message>
        <source>%1: choose a pinned CA or the system&apos;s certificate authorities, not both.</source>
        <translation>%1 : choisissez une AC épinglée ou les autorités de certification du système, pas les deux.</translation>
    </message>
    <message>
        <source>%1 has neither a pinned CA nor an administrator&apos;s choice to trust the system&apos;s certificate authorities; LP Desk does not connect to it. An administrator must add it again with a pinned CA (or explicitly with system trust).</source>
        <translation>%1 n&apos;a ni AC épinglée ni choix d&apos;un administrateur de faire confiance aux autorités de certification du système ; LP Desk ne s&apos;y connecte pas. Un administrateur doit l&apos;ajouter de nouveau avec une AC épinglée (ou, explicitement, avec la confiance dans les autorités du système).</translation>
    </message>
    <message>
        <source>Warning: %1 trusts every certificate authority of this system, not a pinned CA: anyone who can obtain a certificate for its host from any of them can stand in for it. Pin the CA when you can.</source>
        <translation>Avertissement : %1 fait confiance à toutes les autorités de certification de ce système, et non à une AC épinglée : quiconque peut obtenir de l&apos;une d&apos;elles un certificat pour son hôte peut se faire passer pour lui. Épinglez l&apos;AC dès que possible.</translation>
    </message>
    <message>
        <source>Cannot read the profiles marked by migration 23: %1</source>
        <translation>Impossible de lire les profils marqués par la migration 23 : %1</translation>
    </message>
    <message>
        <source>%1 needs a pinned CA certificate (Pinned CA; lpdesk-cli: --ca PEM). To trust every certificate authority of this system instead, say so explicitly (&quot;Trust the system&apos;s certificate authorities&quot;; lpdesk-cli: --system-trust; not recommended).</source>
        <translation>%1 a besoin d&apos;un certificat d&apos;AC épinglé (AC épinglée ; lpdesk-cli : --ca PEM). Pour faire plutôt confiance à toutes les autorités de certification de ce système, dites-le explicitement (« Faire confiance aux autorités de certification du système » ; lpdesk-cli : --system-trust ; déconseillé).</translation>
    </message>
</context>
<context>
    <name>lpdesk::TimelineWidget</name>
    <message>
        <source>Incident trigger</source>
        <translation>Alerte de l&apos;incident</translation>
    </message>
    <message>
        <source>%1: from %2 s to the end of the clip, %3 keyframes</source>
        <translation>%1 : de %2 s à la fin du clip, %3 images clés</translation>
    </message>
    <message>
        <source>%1: from %2 s to %3 s, %4 keyframes — ends before the clip</source>
        <translation>%1 : de %2 s à %3 s, %4 images clés — se termine avant le clip</translation>
    </message>
</context>
<context>
    <name>lpdesk::Timestamp</name>
    <message>
        <source>the time-stamp is not an RFC 3161 response</source>
        <translation>l&apos;horodatage n&apos;est pas une réponse RFC 3161</translation>
    </message>
    <message>
        <source>the time-stamp does not verify (%1)</source>
        <translation>l&apos;horodatage ne se vérifie pas (%1)</translation>
    </message>
    <message>
        <source>The TSA CA file holds no PEM certificate.</source>
        <translation>Le fichier d&apos;AC de la TSA ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>The TSA address must be an http:// or https:// URL.</source>
        <translation>L&apos;adresse de la TSA doit être une URL http:// ou https://.</translation>
    </message>
    <message>
        <source>No TSA CA certificate is configured to check the time-stamp against.</source>
        <translation>Aucun certificat d&apos;AC de la TSA n&apos;est configuré pour contrôler l&apos;horodatage.</translation>
    </message>
    <message>
        <source>Cannot encode the time-stamp request: %1</source>
        <translation>Impossible d&apos;encoder la demande d&apos;horodatage : %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The time-stamp authority answered with more than %1 bytes.</source>
        <translation>L&apos;autorité d&apos;horodatage a répondu avec plus de %1 octets.</translation>
    </message>
    <message>
        <source>The time-stamp authority at %1 did not answer: %2</source>
        <translation>L&apos;autorité d&apos;horodatage à %1 n&apos;a pas répondu : %2</translation>
    </message>
    <message>
        <source>The time-stamp authority at %1 answered HTTP %2.</source>
        <translation>L&apos;autorité d&apos;horodatage à %1 a répondu HTTP %2.</translation>
    </message>
    <message>
        <source>Cannot prepare the time-stamp check: %1</source>
        <translation>Impossible de préparer le contrôle de l&apos;horodatage : %1</translation>
    </message>
    <message>
        <source>the time-stamp is larger than any TSA answer</source>
        <translation>l&apos;horodatage est plus gros que toute réponse de TSA</translation>
    </message>
    <message>
        <source>no TSA CA certificate to check the time-stamp against</source>
        <translation>aucun certificat d&apos;AC de la TSA pour contrôler l&apos;horodatage</translation>
    </message>
</context>
<context>
    <name>lpdesk::TimestampSettings</name>
    <message>
        <source>The TSA address must be an http:// or https:// URL.</source>
        <translation>L’adresse de la TSA doit être une URL http:// ou https://.</translation>
    </message>
    <message>
        <source>Your certificate does not name the administrator role; an administrator whose certificate does sets the time-stamp authority.</source>
        <translation>Votre certificat n’indique pas le rôle d’administrateur ; un administrateur dont le certificat l’indique configure l’autorité d’horodatage.</translation>
    </message>
    <message>
        <source>The time-stamp authority settings are not trusted: %1. An administrator sets them again (Tools → Time-stamp authority, or lpdesk-cli tsa).</source>
        <translation>Les paramètres de l’autorité d’horodatage ne sont pas fiables : %1. Un administrateur doit les définir à nouveau (Outils → Autorité d’horodatage, ou lpdesk-cli tsa).</translation>
    </message>
    <message>
        <source>the organisation&apos;s revocation list is missing from the database</source>
        <translation>la liste de révocation de l’organisation manque dans la base de données</translation>
    </message>
    <message>
        <source>the certificate of %1, who signed them, is revoked</source>
        <translation>le certificat de %1, qui les a signés, est révoqué</translation>
    </message>
    <message>
        <source>The TSA address must not carry a user name or password.</source>
        <translation>L’adresse de la TSA ne doit pas contenir de nom d’utilisateur ni de mot de passe.</translation>
    </message>
    <message>
        <source>no administrator signed it</source>
        <translation>aucun administrateur ne l&apos;a signé</translation>
    </message>
    <message>
        <source>its signature cannot be read</source>
        <translation>sa signature est illisible</translation>
    </message>
    <message>
        <source>it was signed by %1, whose certificate does not name the administrator role</source>
        <translation>il a été signé par %1, dont le certificat ne mentionne pas le rôle d&apos;administrateur</translation>
    </message>
    <message>
        <source>audit event %1 changes the time-stamp authority settings (%2) but %3: it is not counted (forged with the database key, or a clearing from before clearing was signed)</source>
        <translation>l&apos;événement d&apos;audit %1 modifie les paramètres de l&apos;autorité d&apos;horodatage (%2) mais %3 : il n&apos;est pas pris en compte (falsifié avec la clé de la base de données, ou un effacement antérieur à la signature des effacements)</translation>
    </message>
    <message>
        <source>audit event %1 puts back time-stamp authority settings an administrator signed earlier (version %2; version %3 is current): replayed with the database key, it is not counted</source>
        <translation>l&apos;événement d&apos;audit %1 remet en place des paramètres de l&apos;autorité d&apos;horodatage qu&apos;un administrateur a signés auparavant (version %2 ; la version actuelle est la %3) : rejoué avec la clé de la base de données, il n&apos;est pas pris en compte</translation>
    </message>
    <message>
        <source>audit event %1 sets %2 without an administrator&apos;s signature: forged with the database key (or a change left half-written), it is not counted</source>
        <translation>l&apos;événement d&apos;audit %1 définit %2 sans signature d&apos;administrateur : falsifié avec la clé de la base de données (ou une modification restée à moitié écrite), il n&apos;est pas pris en compte</translation>
    </message>
    <message>
        <source>no administrator signed them (they were written directly in the database)</source>
        <translation>aucun administrateur ne les a signés (ils ont été écrits directement dans la base de données)</translation>
    </message>
    <message>
        <source>%1 differs from the last change an administrator signed (audit event %2): it was written directly in the database</source>
        <translation>%1 diffère de la dernière modification signée par un administrateur (événement d&apos;audit %2) : il a été écrit directement dans la base de données</translation>
    </message>
</context>
<context>
    <name>lpdesk::TriageRules</name>
    <message>
        <source>Unknown incident type or bad boost in triage rules: %1</source>
        <translation>Type d&apos;incident inconnu ou bonus erroné dans les règles de tri : %1</translation>
    </message>
    <message>
        <source>severity_weight must be 0–1000.</source>
        <translation>severity_weight doit être compris entre 0 et 1000.</translation>
    </message>
</context>
<context>
    <name>lpdesk::Trimmer</name>
    <message>
        <source>The trim needs 0 ≤ in &lt; out (got %1 to %2 s).</source>
        <translation>La découpe demande 0 ≤ entrée &lt; sortie (reçu : %1 à %2 s).</translation>
    </message>
    <message>
        <source>The range %1–%2 s is outside the clip (0–%3 s).</source>
        <translation>La plage %1–%2 s est hors du clip (0–%3 s).</translation>
    </message>
    <message>
        <source>The range is shorter than one frame.</source>
        <translation>La plage est plus courte qu&apos;une image.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>frames %1–%2 re-encoded losslessly (%3)</source>
        <translation>images %1–%2 réencodées sans perte (%3)</translation>
    </message>
    <message>
        <source>%1 packets stream-copied</source>
        <translation>%1 paquets copiés tels quels</translation>
    </message>
    <message>
        <source>the last frames are re-encoded with libx264 (the source&apos;s SPS uses %1)</source>
        <translation>les dernières images sont réencodées avec libx264 (le SPS de la source utilise %1)</translation>
    </message>
    <message>
        <source>frames %1–%2 stored as uncompressed H.264 pictures (I_PCM)</source>
        <translation>images %1–%2 stockées comme images H.264 non compressées (I_PCM)</translation>
    </message>
    <message>
        <source>Frame %1 cannot be stored as an uncompressed H.264 picture: its pixel format does not match the stream&apos;s parameter sets.</source>
        <translation>L&apos;image %1 ne peut pas être stockée comme image H.264 non compressée : son format de pixel ne correspond pas aux ensembles de paramètres du flux.</translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation>Mémoire insuffisante.</translation>
    </message>
    <message>
        <source>No keyframe at the start of the range, so a lossless cut cannot start there; trim in the smart or re-encode mode instead.</source>
        <translation>Aucune image clé au début de la plage : une découpe sans perte ne peut donc pas commencer là ; découpez plutôt en mode intelligent ou réencodage.</translation>
    </message>
    <message>
        <source>the copy ends at frame %1, not %2: frames %3–%2 are B-frames that refer to a frame past the out-point; --mode smart keeps them (re-encoded losslessly)</source>
        <translation>la copie s&apos;arrête à l&apos;image %1, pas à l&apos;image %2 : les images %3–%2 sont des images B qui font référence à une image au-delà du point de sortie ; --mode smart les conserve (réencodées sans perte)</translation>
    </message>
    <message>
        <source>A smart trim of this %1 stream cannot be cut losslessly (only H.264 and H.265 in MP4/MOV can be); trim in the re-encode mode, or in the copy mode for a cut at keyframes.</source>
        <translation>Une découpe intelligente de ce flux %1 ne peut pas se faire sans perte (seuls H.264 et H.265 en MP4/MOV le permettent) ; découpez en mode réencodage, ou en mode copie pour une coupe aux images clés.</translation>
    </message>
    <message>
        <source>This %1 stream uses open GOPs (its keyframes between %2 and %3 s are not IDR frames), so it cannot be cut losslessly without re-encoding the whole range; trim in the re-encode mode.</source>
        <translation>Ce flux %1 utilise des GOP ouverts (ses images clés entre %2 et %3 s ne sont pas des images IDR) : il ne peut donc pas être découpé sans perte sans réencoder toute la plage ; découpez en mode réencodage.</translation>
    </message>
    <message>
        <source>The clip has no video stream.</source>
        <translation>Le clip n&apos;a pas de flux vidéo.</translation>
    </message>
</context>
<context>
    <name>lpdesk::UnlockDialog</name>
    <message>
        <source>Unlock LP Desk</source>
        <translation>Déverrouiller LP Desk</translation>
    </message>
    <message>
        <source>Case database: %1</source>
        <translation>Base de données des dossiers : %1</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>&amp;Open another…</source>
        <translation>&amp;Ouvrir une autre…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>Enter your user name and passphrase.</source>
        <translation>Saisissez votre nom d&apos;utilisateur et votre phrase secrète.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <source>Confirm the organisation&apos;s CA certificate</source>
        <translation>Confirmer le certificat d&apos;AC de l&apos;organisation</translation>
    </message>
    <message>
        <source>&amp;Choose org-ca.pem…</source>
        <translation>&amp;Choisir org-ca.pem…</translation>
    </message>
    <message>
        <source>Confirm and un&amp;lock</source>
        <translation>Con&amp;firmer et déverrouiller</translation>
    </message>
    <message>
        <source>SHA-256 of org-ca.pem (64 hex digits)</source>
        <translation>SHA-256 de org-ca.pem (64 chiffres hexadécimaux)</translation>
    </message>
    <message>
        <source>The organisation&apos;s CA certificate</source>
        <translation>Le certificat d&apos;AC de l&apos;organisation</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>SHA-256 of %1:
%2</source>
        <translation>SHA-256 de %1 :
%2</translation>
    </message>
    <message>
        <source>Your key slot was made before LP Desk pinned each key slot to the organisation&apos;s CA certificate, and no administrator&apos;s key slot vouches for the certificate now in this database. LP Desk will not pin your slot on the database&apos;s word alone: someone with the database key could have replaced the certificate.</source>
        <translation>Votre emplacement de clé a été créé avant que LP Desk n&apos;épingle chaque emplacement de clé au certificat d&apos;AC de l&apos;organisation, et aucun emplacement de clé d&apos;administrateur ne se porte garant du certificat présent dans cette base de données. LP Desk n&apos;épinglera pas votre emplacement sur la seule foi de la base de données : quelqu&apos;un qui détient la clé de la base de données aurait pu remplacer le certificat.</translation>
    </message>
    <message>
        <source>As an administrator you can confirm it: choose the org-ca.pem your organisation keeps outside this computer (its SHA-256 is computed and shown) or paste its fingerprint, enter your passphrase again, and confirm. The confirmation is recorded in the audit log.</source>
        <translation>En tant qu&apos;administrateur, vous pouvez le confirmer : choisissez le org-ca.pem que votre organisation conserve en dehors de cet ordinateur (son SHA-256 est calculé et affiché) ou collez son empreinte, saisissez de nouveau votre phrase secrète, puis confirmez. La confirmation est consignée dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Ask an administrator to sign in and confirm the organisation&apos;s CA certificate (here, or with lpdesk-cli key confirm-ca); then unlock again.</source>
        <translation>Demandez à un administrateur de se connecter et de confirmer le certificat d&apos;AC de l&apos;organisation (ici, ou avec lpdesk-cli key confirm-ca) ; puis déverrouillez de nouveau.</translation>
    </message>
    <message>
        <source>Choose the org-ca.pem file or paste its SHA-256 fingerprint (64 hex digits).</source>
        <translation>Choisissez le fichier org-ca.pem ou collez son empreinte SHA-256 (64 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
</context>
<context>
    <name>lpdesk::UserDirectory</name>
    <message>
        <source>User names are 1–64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;@&apos; or &apos;-&apos;.</source>
        <translation>Un nom d&apos;utilisateur comporte de 1 à 64 lettres, chiffres, &apos;.&apos;, &apos;_&apos;, &apos;@&apos; ou &apos;-&apos;.</translation>
    </message>
    <message>
        <source>There is already a user called %1.</source>
        <translation>L&apos;utilisateur %1 existe déjà.</translation>
    </message>
    <message>
        <source>A master-key rotation is unfinished; reopen the database first.</source>
        <translation>Un renouvellement de la clé maîtresse est inachevé ; rouvrez d&apos;abord la base de données.</translation>
    </message>
    <message>
        <source>You cannot remove yourself; ask another administrator.</source>
        <translation>Vous ne pouvez pas vous supprimer vous-même ; demandez à un autre administrateur.</translation>
    </message>
    <message>
        <source>There is no user called %1.</source>
        <translation>L&apos;utilisateur %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>You cannot take away your own administrator role.</source>
        <translation>Vous ne pouvez pas retirer votre propre rôle d&apos;administrateur.</translation>
    </message>
    <message>
        <source>The organisation CA key is not in your key slot.</source>
        <translation>La clé de l’AC de l’organisation n’est pas dans votre emplacement de clé.</translation>
    </message>
    <message>
        <source>%1 has no key slot.</source>
        <translation>%1 n’a pas d’emplacement de clé.</translation>
    </message>
    <message>
        <source>Could not seal the signing key.</source>
        <translation>Impossible de sceller la clé de signature.</translation>
    </message>
    <message>
        <source>%1 is the name of a removed user; choose another name.</source>
        <translation>%1 est le nom d’un utilisateur supprimé ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Cannot write to the database: %1</source>
        <translation>Impossible d’écrire dans la base de données : %1</translation>
    </message>
    <message>
        <source>Cannot read the users: %1</source>
        <translation>Impossible de lire les utilisateurs : %1</translation>
    </message>
    <message>
        <source>The audit log names certificate %1, the current certificate of %2, as revoked; a real revocation replaces or removes it, so that event was not written by LP Desk. Nothing was restored: run db check.</source>
        <translation>Le journal d’audit indique comme révoqué le certificat %1, le certificat actuel de %2 ; une vraie révocation le remplace ou le supprime, donc LP Desk n’a pas écrit cet événement. Rien n’a été rétabli : lancez db check.</translation>
    </message>
</context>
<context>
    <name>lpdesk::UserManagementDialog</name>
    <message>
        <source>Users and roles</source>
        <translation>Utilisateurs et rôles</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Ajouter un utilisateur…</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ôle :</translation>
    </message>
    <message>
        <source>Tell the new user their passphrase in person; they can change it later.</source>
        <translation>Communiquez sa phrase secrète au nouvel utilisateur en personne ; il pourra la changer plus tard.</translation>
    </message>
    <message>
        <source>Creating a key slot for %1…</source>
        <translation>Création d&apos;un emplacement de clé pour %1…</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>%1 a été ajouté.</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Supprimer l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Changer le rôle</translation>
    </message>
    <message>
        <source>New role for %1:</source>
        <translation>Nouveau rôle pour %1 :</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 est désormais %2.</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Remove %1? Their key slot is deleted, they can no longer unlock this database, and their certificate is revoked.

Rotating the keys as well (recommended) gives the database a new master key and the stores a new recipient key, so that nothing %1 may have copied opens the database or what is pulled from now on. Every store must then be given the new recipient key file.</source>
        <translation>Supprimer %1 ? Son emplacement de clé est effacé, il ne peut plus déverrouiller cette base de données et son certificat est révoqué.

Faire aussi tourner les clés (recommandé) donne à la base de données une nouvelle clé maîtresse et aux magasins une nouvelle clé de destinataire, pour que rien de ce que %1 a pu copier n’ouvre la base de données ni ce qui sera récupéré désormais. Il faut ensuite remettre à chaque magasin le nouveau fichier de clé de destinataire.</translation>
    </message>
    <message>
        <source>Remove and rotate keys</source>
        <translation>Supprimer et faire tourner les clés</translation>
    </message>
    <message>
        <source>Remove only</source>
        <translation>Supprimer seulement</translation>
    </message>
    <message>
        <source>%1 was removed and their certificate revoked.</source>
        <translation>%1 a été supprimé et son certificat révoqué.</translation>
    </message>
    <message>
        <source>%1 was removed and their certificate revoked, but the key rotation failed: %2</source>
        <translation>%1 a été supprimé et son certificat révoqué, mais la rotation des clés a échoué : %2</translation>
    </message>
    <message>
        <source>%1 was removed, their certificate revoked and the keys rotated. The new recipient key is in %2: give that file to every store. Files encrypted to the old key stay readable until they are re-encrypted (lpdesk-cli db reencrypt).</source>
        <translation>%1 a été supprimé, son certificat révoqué et les clés renouvelées. La nouvelle clé de destinataire se trouve dans %2 : remettez ce fichier à chaque magasin. Les fichiers chiffrés avec l’ancienne clé restent lisibles jusqu’à leur rechiffrement (lpdesk-cli db reencrypt).</translation>
    </message>
    <message>
        <source>Restore re&amp;vocation list…</source>
        <translation>Restaurer la liste de ré&amp;vocation…</translation>
    </message>
    <message>
        <source>Issue the revocation list again with every revocation the audit log records, after an earlier list was put back in the database</source>
        <translation>Émettre à nouveau la liste de révocation avec toutes les révocations que le journal d&apos;audit indique, après qu&apos;une liste antérieure a été remise dans la base de données</translation>
    </message>
    <message>
        <source>The revocation list already holds every revocation the audit log records, and its number (%1) is the highest issued. Nothing to restore.</source>
        <translation>La liste de révocation contient déjà toutes les révocations que le journal d&apos;audit indique, et son numéro (%1) est le plus élevé émis. Rien à restaurer.</translation>
    </message>
    <message>
        <source>%1 — %2, revoked %3</source>
        <translation>%1 — %2, révoqué le %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>The revocation list in the database is number %1, but the audit log records that list number %2 was issued: an earlier list was put back.</source>
        <translation>La liste de révocation de la base de données porte le numéro %1, mais le journal d&apos;audit indique que la liste numéro %2 a été émise : une liste antérieure a été remise en place.</translation>
    </message>
    <message numerus="yes">
        <source>The revocation list in the database lacks %n certificate(s) that the audit log records as revoked: an earlier list was put back. These will be revoked again:</source>
        <translation>
            <numerusform>Il manque à la liste de révocation de la base de données %n certificat que le journal d&apos;audit indique comme révoqué : une liste antérieure a été remise en place. Il sera révoqué à nouveau :</numerusform>
            <numerusform>Il manque à la liste de révocation de la base de données %n certificats que le journal d&apos;audit indique comme révoqués : une liste antérieure a été remise en place. Ils seront révoqués à nouveau :</numerusform>
        </translation>
    </message>
    <message>
        <source>The list is signed again with the organisation CA as number %1 (above every number issued). Restore it?</source>
        <translation>La liste est signée à nouveau avec l&apos;AC de l&apos;organisation sous le numéro %1 (au-dessus de tous les numéros émis). La restaurer ?</translation>
    </message>
    <message>
        <source>Restore revocation list</source>
        <translation>Restaurer la liste de révocation</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>The revocation list was not restored.</source>
        <translation>La liste de révocation n&apos;a pas été restaurée.</translation>
    </message>
    <message numerus="yes">
        <source>The revocation list was restored: %n certificate(s) revoked again; it is now number %1.</source>
        <translation>
            <numerusform>La liste de révocation a été restaurée : %n certificat révoqué à nouveau ; elle porte maintenant le numéro %1.</numerusform>
            <numerusform>La liste de révocation a été restaurée : %n certificats révoqués à nouveau ; elle porte maintenant le numéro %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Legal grant</source>
        <translation>Rôle de service juridique</translation>
    </message>
    <message>
        <source>Con&amp;firm legal grant</source>
        <translation>Con&amp;firmer le rôle de service juridique</translation>
    </message>
    <message>
        <source>Confirm the legal role another administrator granted the selected person</source>
        <translation>Confirmer le rôle de service juridique qu&apos;un autre administrateur a attribué à la personne sélectionnée</translation>
    </message>
    <message>
        <source>Granted by %1, awaits a second administrator</source>
        <translation>Attribué par %1, en attente d&apos;un second administrateur</translation>
    </message>
    <message>
        <source>%1&apos;s legal role is confirmed.</source>
        <translation>Le rôle de service juridique de %1 est confirmé.</translation>
    </message>
    <message>
        <source>Granting the &amp;legal role needs a second administrator</source>
        <translation>L&apos;attribution du rôle de service &amp;juridique demande un second administrateur</translation>
    </message>
    <message>
        <source>When on, a person given the legal role cannot decide on releases until another administrator confirms the grant; every change of this setting is audited</source>
        <translation>Si cette option est activée, une personne à qui le rôle de service juridique est attribué ne peut pas statuer sur les remises tant qu&apos;un autre administrateur n&apos;a pas confirmé l&apos;attribution ; chaque modification de ce réglage est consignée dans le journal d&apos;audit</translation>
    </message>
    <message>
        <source>From now on, a legal role granted by one administrator waits for a second one.</source>
        <translation>Désormais, un rôle de service juridique attribué par un administrateur attend la confirmation d&apos;un second.</translation>
    </message>
    <message>
        <source>A legal role granted from now on takes effect at once.</source>
        <translation>Un rôle de service juridique attribué à partir de maintenant prend effet immédiatement.</translation>
    </message>
    <message>
        <source>&amp;Change role…</source>
        <translation>Changer le &amp;rôle…</translation>
    </message>
</context>
<context>
    <name>lpdesk::VerifyPackageDialog</name>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Verify package — %1</source>
        <translation>Vérifier le paquet — %1</translation>
    </message>
    <message>
        <source>The organisation&apos;s CA certificate you were given (PEM); empty: the one inside</source>
        <translation>Le certificat d&apos;AC de l&apos;organisation qui vous a été remis (PEM) ; vide : celui du paquet</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Trusted CA certificate</source>
        <translation>Certificat d&apos;AC de confiance</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Certificats (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Package:</source>
        <translation>Paquet :</translation>
    </message>
    <message>
        <source>Trusted &amp;CA:</source>
        <translation>A&amp;C de confiance :</translation>
    </message>
    <message>
        <source>Cannot read the CA certificate: %1</source>
        <translation>Impossible de lire le certificat d&apos;AC : %1</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>The package is encrypted. Its password:</source>
        <translation>Le paquet est chiffré. Son mot de passe :</translation>
    </message>
    <message>
        <source>Intact: every file, the signature and the custody chain check out.</source>
        <translation>Intact : chaque fichier, la signature et la chaîne de traçabilité sont vérifiés.</translation>
    </message>
    <message numerus="yes">
        <source>NOT intact: %n problem(s) found.</source>
        <translation>
            <numerusform>NON intact : %n problème trouvé.</numerusform>
            <numerusform>NON intact : %n problèmes trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Package %1, case %2</source>
        <translation>Paquet %1, dossier %2</translation>
    </message>
    <message>
        <source>%1 files, %2 bytes, %3 custody events</source>
        <translation>%1 fichiers, %2 octets, %3 événements de traçabilité</translation>
    </message>
    <message>
        <source>Signed by %1</source>
        <translation>Signé par %1</translation>
    </message>
    <message>
        <source>(no valid signature)</source>
        <translation>(pas de signature valide)</translation>
    </message>
    <message>
        <source>Signing certificate SHA-256 %1</source>
        <translation>SHA-256 du certificat de signature %1</translation>
    </message>
    <message>
        <source>Time-stamped %1 by %2 (RFC 3161)</source>
        <translation>Horodaté le %1 par %2 (RFC 3161)</translation>
    </message>
    <message>
        <source>Choose the CA certificate the sender gave you under Trusted CA and verify again to check who made the package.</source>
        <translation>Choisissez dans AC de confiance le certificat d’AC que l’expéditeur vous a remis et vérifiez de nouveau pour savoir qui a fait le paquet.</translation>
    </message>
</context>
<context>
    <name>lpdesk::VideoDecoder</name>
    <message>
        <source>The clip has no video stream.</source>
        <translation>Le clip n&apos;a pas de flux vidéo.</translation>
    </message>
    <message>
        <source>No decoder for %1.</source>
        <translation>Aucun décodeur pour %1.</translation>
    </message>
    <message>
        <source>Cannot open the video decoder.</source>
        <translation>Impossible d&apos;ouvrir le décodeur vidéo.</translation>
    </message>
    <message>
        <source>The clip has no video frames.</source>
        <translation>Le clip n&apos;a aucune image vidéo.</translation>
    </message>
    <message>
        <source>Frame %1 is outside the clip (0–%2).</source>
        <translation>L&apos;image %1 est hors du clip (0–%2).</translation>
    </message>
    <message>
        <source>Seeking in the clip failed.</source>
        <translation>Le positionnement dans le clip a échoué.</translation>
    </message>
    <message>
        <source>The decoder skipped past frame %1.</source>
        <translation>Le décodeur a dépassé l&apos;image %1.</translation>
    </message>
    <message>
        <source>Frame %1 could not be decoded (end of stream).</source>
        <translation>L&apos;image %1 n&apos;a pas pu être décodée (fin du flux).</translation>
    </message>
    <message>
        <source>Decoding failed: %1</source>
        <translation>Le décodage a échoué : %1</translation>
    </message>
    <message>
        <source>Frame %1 could not be decoded.</source>
        <translation>L&apos;image %1 n&apos;a pas pu être décodée.</translation>
    </message>
    <message>
        <source>Out of memory converting frame %1.</source>
        <translation>Mémoire insuffisante lors de la conversion de l&apos;image %1.</translation>
    </message>
    <message>
        <source>Frame %1 has an unsupported pixel format.</source>
        <translation>L&apos;image %1 a un format de pixel non pris en charge.</translation>
    </message>
    <message>
        <source>Frame %1: the picture buffer is too small.</source>
        <translation>Image %1 : le tampon d&apos;image est trop petit.</translation>
    </message>
</context>
<context>
    <name>lpdesk::VideoEncoder</name>
    <message>
        <source>Encoding failed: %1</source>
        <translation>L&apos;encodage a échoué : %1</translation>
    </message>
    <message>
        <source>The H.264 encoder (libx264) is not available.</source>
        <translation>L&apos;encodeur H.264 (libx264) n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>Cannot open the H.264 encoder: %1</source>
        <translation>Impossible d&apos;ouvrir l&apos;encodeur H.264 : %1</translation>
    </message>
    <message>
        <source>The H.265 encoder (libx265) is not available.</source>
        <translation>L&apos;encodeur H.265 (libx265) n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>Cannot open the H.265 encoder: %1</source>
        <translation>Impossible d&apos;ouvrir l&apos;encodeur H.265 : %1</translation>
    </message>
</context>
<context>
    <name>lpdesk::WorkstationKeys</name>
    <message>
        <source>The workstation key &quot;%1&quot; is missing from the database.</source>
        <translation>La clé du poste « %1 » manque dans la base de données.</translation>
    </message>
    <message>
        <source>Could not store the workstation keys: %1</source>
        <translation>Impossible d&apos;enregistrer les clés du poste : %1</translation>
    </message>
    <message>
        <source>The workstation recipient key is damaged.</source>
        <translation>La clé de destinataire du poste est endommagée.</translation>
    </message>
    <message>
        <source>Not an LP Desk recipient key file.</source>
        <translation>Ce n&apos;est pas un fichier de clé de destinataire LP Desk.</translation>
    </message>
    <message>
        <source>The recipient key file is damaged.</source>
        <translation>Le fichier de clé de destinataire est endommagé.</translation>
    </message>
    <message>
        <source>The organisation CA key is sealed to administrators&apos; key slots only; sign in as an administrator.</source>
        <translation>La clé de l’AC de l’organisation est scellée dans les emplacements de clé des administrateurs seulement ; connectez-vous en tant qu’administrateur.</translation>
    </message>
    <message>
        <source>Could not erase the CA key from the database: %1</source>
        <translation>Impossible d’effacer la clé de l’AC de la base de données : %1</translation>
    </message>
    <message>
        <source>The retired recipient key %1 is damaged.</source>
        <translation>La clé de destinataire retirée %1 est endommagée.</translation>
    </message>
    <message>
        <source>Could not retire the recipient key: %1</source>
        <translation>Impossible de retirer la clé de destinataire : %1</translation>
    </message>
    <message>
        <source>Could not store the new recipient key: %1</source>
        <translation>Impossible d’enregistrer la nouvelle clé de destinataire : %1</translation>
    </message>
    <message>
        <source>Cannot read the recipient key history: %1</source>
        <translation>Impossible de lire l’historique des clés de destinataire : %1</translation>
    </message>
    <message>
        <source>Cannot read the revocation list: %1</source>
        <translation>Impossible de lire la liste de révocation : %1</translation>
    </message>
    <message>
        <source>Could not store the revocation list: %1</source>
        <translation>Impossible d’enregistrer la liste de révocation : %1</translation>
    </message>
    <message>
        <source>Could not retire the signing key: %1</source>
        <translation>Impossible de retirer la clé de signature : %1</translation>
    </message>
    <message>
        <source>Could not store the new signing key: %1</source>
        <translation>Impossible d’enregistrer la nouvelle clé de signature : %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>the list it carries is not signed by the organisation CA</source>
        <translation>la liste qu&apos;il porte n&apos;est pas signée par l&apos;AC de l&apos;organisation</translation>
    </message>
    <message>
        <source>the list it carries has another number</source>
        <translation>la liste qu&apos;il porte a un autre numéro</translation>
    </message>
    <message>
        <source>the list it carries has another hash</source>
        <translation>la liste qu&apos;il porte a une autre empreinte</translation>
    </message>
    <message>
        <source>it carries no list signed by the organisation CA</source>
        <translation>il ne porte aucune liste signée par l&apos;AC de l&apos;organisation</translation>
    </message>
    <message>
        <source>it revokes certificate %1 of %2 but carries no list signed by the organisation CA that holds it</source>
        <translation>il révoque le certificat %1 de %2 mais ne porte aucune liste signée par l&apos;AC de l&apos;organisation qui le contienne</translation>
    </message>
    <message>
        <source>The recipient key %1 in the database is not a key pair: its private key belongs to another public key (replaced with the database key). Restore the database from a backup.</source>
        <translation>La clé de destinataire %1 de la base de données n&apos;est pas une paire de clés : sa clé privée appartient à une autre clé publique (remplacée avec la clé de la base de données). Restaurez la base de données depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>The recipient key in the database (%1) is not the one the audit log records (%2, audit event %3): it was replaced with the database key, and footage sealed to it would be readable by whoever replaced it. Restore the database from a backup; nothing is pulled or exported until then.</source>
        <translation>La clé de destinataire de la base de données (%1) n&apos;est pas celle qu&apos;indique le journal d&apos;audit (%2, événement d&apos;audit %3) : elle a été remplacée avec la clé de la base de données, et les vidéos scellées pour elle seraient lisibles par la personne qui l&apos;a remplacée. Restaurez la base de données depuis une sauvegarde ; rien n&apos;est récupéré ni exporté d&apos;ici là.</translation>
    </message>
    <message numerus="yes">
        <source>The organisation&apos;s revocation list in the database lacks %n certificate(s) that the audit log records as revoked (the first: %1 of %2, revoked %3): an earlier list was put back. An administrator restores it in Users and roles (or &quot;lpdesk-cli key restore-crl&quot;).</source>
        <translation>
            <numerusform>Il manque à la liste de révocation de l&apos;organisation dans la base de données %n certificat que le journal d&apos;audit enregistre comme révoqué (le premier : %1 de %2, révoqué le %3) : une liste antérieure a été remise en place. Un administrateur la restaure dans Utilisateurs et rôles (ou avec « lpdesk-cli key restore-crl »).</numerusform>
            <numerusform>Il manque à la liste de révocation de l&apos;organisation dans la base de données %n certificats que le journal d&apos;audit enregistre comme révoqués (le premier : %1 de %2, révoqué le %3) : une liste antérieure a été remise en place. Un administrateur la restaure dans Utilisateurs et rôles (ou avec « lpdesk-cli key restore-crl »).</numerusform>
        </translation>
    </message>
    <message>
        <source>The organisation&apos;s revocation list is missing from the database, but the audit log records that list number %1 was issued: it was removed. An administrator restores it in Users and roles (or &quot;lpdesk-cli key restore-crl&quot;).</source>
        <translation>La liste de révocation de l&apos;organisation manque dans la base de données, mais le journal d&apos;audit indique que la liste numéro %1 a été émise : elle a été supprimée. Un administrateur la restaure dans Utilisateurs et rôles (ou avec « lpdesk-cli key restore-crl »).</translation>
    </message>
    <message>
        <source>The organisation&apos;s revocation list in the database is number %1, but the audit log records that list number %2 was issued: an earlier list was put back. An administrator restores it in Users and roles (or &quot;lpdesk-cli key restore-crl&quot;).</source>
        <translation>La liste de révocation de l&apos;organisation dans la base de données porte le numéro %1, mais le journal d&apos;audit indique que la liste numéro %2 a été émise : une liste antérieure a été remise en place. Un administrateur la restaure dans Utilisateurs et rôles (ou avec « lpdesk-cli key restore-crl »).</translation>
    </message>
</context>
<context>
    <name>lpdesk::ZipReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Not a valid package archive: %1</source>
        <translation>Archive de paquet non valide : %1</translation>
    </message>
    <message>
        <source>the file is too small</source>
        <translation>le fichier est trop petit</translation>
    </message>
    <message>
        <source>the end of the file cannot be read</source>
        <translation>la fin du fichier est illisible</translation>
    </message>
    <message>
        <source>no end-of-central-directory record</source>
        <translation>pas d&apos;enregistrement de fin de répertoire central</translation>
    </message>
    <message>
        <source>multi-volume archives are not packages</source>
        <translation>les archives multivolumes ne sont pas des paquets</translation>
    </message>
    <message>
        <source>ZIP64 fields without a ZIP64 locator</source>
        <translation>champs ZIP64 sans localisateur ZIP64</translation>
    </message>
    <message>
        <source>the ZIP64 end record points outside the file</source>
        <translation>l&apos;enregistrement de fin ZIP64 pointe hors du fichier</translation>
    </message>
    <message>
        <source>the ZIP64 end record is missing</source>
        <translation>l&apos;enregistrement de fin ZIP64 manque</translation>
    </message>
    <message>
        <source>%1 entries (at most %2)</source>
        <translation>%1 entrées (%2 au plus)</translation>
    </message>
    <message>
        <source>the central directory lies outside the file</source>
        <translation>le répertoire central est hors du fichier</translation>
    </message>
    <message>
        <source>the central directory is truncated</source>
        <translation>le répertoire central est tronqué</translation>
    </message>
    <message>
        <source>central directory entry %1 is damaged</source>
        <translation>l&apos;entrée %1 du répertoire central est endommagée</translation>
    </message>
    <message>
        <source>central directory entry %1 is truncated</source>
        <translation>l&apos;entrée %1 du répertoire central est tronquée</translation>
    </message>
    <message>
        <source>unsafe entry name &quot;%1&quot; (absolute, &quot;..&quot;, backslash or unusual characters)</source>
        <translation>nom d&apos;entrée dangereux « %1 » (absolu, « .. », barre oblique inverse ou caractères inhabituels)</translation>
    </message>
    <message>
        <source>%1 is a symbolic link</source>
        <translation>%1 est un lien symbolique</translation>
    </message>
    <message>
        <source>%1 is a directory entry</source>
        <translation>%1 est une entrée de répertoire</translation>
    </message>
    <message>
        <source>%1 uses strong encryption, which packages never do</source>
        <translation>%1 utilise le chiffrement fort, que les paquets n&apos;utilisent jamais</translation>
    </message>
    <message>
        <source>%1 has a damaged extra field</source>
        <translation>%1 a un champ supplémentaire endommagé</translation>
    </message>
    <message>
        <source>%1 has a short ZIP64 field</source>
        <translation>%1 a un champ ZIP64 trop court</translation>
    </message>
    <message>
        <source>%1 uses an AES variant packages never use</source>
        <translation>%1 utilise une variante d&apos;AES que les paquets n&apos;utilisent jamais</translation>
    </message>
    <message>
        <source>%1 says AES without the AES field</source>
        <translation>%1 annonce AES sans le champ AES</translation>
    </message>
    <message>
        <source>%1 uses legacy ZIP encryption, which packages never do</source>
        <translation>%1 utilise l&apos;ancien chiffrement ZIP, que les paquets n&apos;utilisent jamais</translation>
    </message>
    <message>
        <source>%1 is compressed (method %2); package entries are stored</source>
        <translation>%1 est compressé (méthode %2) ; les entrées des paquets sont stockées sans compression</translation>
    </message>
    <message>
        <source>%1 declares %2 bytes but stores %3</source>
        <translation>%1 déclare %2 octets mais en stocke %3</translation>
    </message>
    <message>
        <source>%1 declares %2 bytes at offset %3 in a file of %4 bytes</source>
        <translation>%1 déclare %2 octets à la position %3 d&apos;un fichier de %4 octets</translation>
    </message>
    <message>
        <source>%1 appears twice</source>
        <translation>%1 apparaît deux fois</translation>
    </message>
    <message>
        <source>the local header of %1 is missing</source>
        <translation>l&apos;en-tête local de %1 manque</translation>
    </message>
    <message>
        <source>the local header of %1 names %2</source>
        <translation>l&apos;en-tête local de %1 désigne %2</translation>
    </message>
    <message>
        <source>the local header of %1 disagrees with the central directory</source>
        <translation>l&apos;en-tête local de %1 ne concorde pas avec le répertoire central</translation>
    </message>
    <message>
        <source>%1 runs past the end of the data</source>
        <translation>%1 dépasse la fin des données</translation>
    </message>
    <message>
        <source>two entries overlap</source>
        <translation>deux entrées se chevauchent</translation>
    </message>
    <message>
        <source>unaccounted bytes before %1</source>
        <translation>octets injustifiés avant %1</translation>
    </message>
    <message>
        <source>the local header of %1 has been altered</source>
        <translation>l&apos;en-tête local de %1 a été altéré</translation>
    </message>
    <message>
        <source>unaccounted bytes before the central directory</source>
        <translation>octets injustifiés avant le répertoire central</translation>
    </message>
    <message>
        <source>the central directory has been altered</source>
        <translation>le répertoire central a été altéré</translation>
    </message>
    <message>
        <source>unaccounted bytes after the central directory</source>
        <translation>octets injustifiés après le répertoire central</translation>
    </message>
    <message>
        <source>the end records have been altered</source>
        <translation>les enregistrements de fin ont été altérés</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The package is encrypted: give its password.</source>
        <translation>Le paquet est chiffré : indiquez son mot de passe.</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>tronqué</translation>
    </message>
    <message>
        <source>Cannot derive the package key.</source>
        <translation>Impossible de dériver la clé du paquet.</translation>
    </message>
    <message>
        <source>Wrong password for the package.</source>
        <translation>Mot de passe du paquet incorrect.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Decryption failed.</source>
        <translation>Le déchiffrement a échoué.</translation>
    </message>
    <message>
        <source>its authentication code does not match (changed or damaged)</source>
        <translation>son code d&apos;authentification ne correspond pas (modifié ou endommagé)</translation>
    </message>
    <message>
        <source>its CRC-32 does not match (changed or damaged)</source>
        <translation>son CRC-32 ne correspond pas (modifié ou endommagé)</translation>
    </message>
    <message>
        <source>The package has no %1.</source>
        <translation>Le paquet n&apos;a pas de %1.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes.</source>
        <translation>%1 dépasse %2 octets.</translation>
    </message>
    <message>
        <source>Not a safe archive: %1</source>
        <translation>Archive non sûre : %1</translation>
    </message>
    <message>
        <source>unsafe folder name &quot;%1&quot;</source>
        <translation>nom de dossier non sûr « %1 »</translation>
    </message>
    <message>
        <source>%1 would expand %2 bytes to %3 (a compression bomb)</source>
        <translation>%1 décompresserait %2 octets en %3 (une bombe de décompression)</translation>
    </message>
    <message>
        <source>Cannot start inflating.</source>
        <translation>Impossible de démarrer la décompression.</translation>
    </message>
    <message>
        <source>its compressed data is damaged</source>
        <translation>ses données compressées sont endommagées</translation>
    </message>
    <message>
        <source>it inflates past its declared %1 bytes</source>
        <translation>sa décompression dépasse les %1 octets déclarés</translation>
    </message>
    <message>
        <source>it inflates to %1 bytes, not the declared %2</source>
        <translation>sa décompression donne %1 octets, et non les %2 déclarés</translation>
    </message>
</context>
<context>
    <name>lpdesk::ZipWriter</name>
    <message>
        <source>Cannot write the package: %1</source>
        <translation>Impossible d&apos;écrire le paquet : %1</translation>
    </message>
    <message>
        <source>The package needs a writable, seekable file.</source>
        <translation>Le paquet demande un fichier accessible en écriture et positionnable.</translation>
    </message>
    <message>
        <source>An entry is still open.</source>
        <translation>Une entrée est encore ouverte.</translation>
    </message>
    <message>
        <source>Not a safe name for a package entry: %1</source>
        <translation>Nom d&apos;entrée de paquet dangereux : %1</translation>
    </message>
    <message>
        <source>The package already has an entry %1.</source>
        <translation>Le paquet a déjà une entrée %1.</translation>
    </message>
    <message>
        <source>Cannot derive the package encryption key.</source>
        <translation>Impossible de dériver la clé de chiffrement du paquet.</translation>
    </message>
    <message>
        <source>No entry is open.</source>
        <translation>Aucune entrée n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>Encryption failed.</source>
        <translation>Le chiffrement a échoué.</translation>
    </message>
</context>
<context>
    <name>lpdesk::detect::Detector</name>
    <message>
        <source>The face model embedded in LP Desk cannot be loaded (a damaged build).</source>
        <translation>Le modèle de visages intégré à LP Desk ne peut pas être chargé (build endommagé).</translation>
    </message>
    <message>
        <source>The face cascades of opencv-data are missing (%1).</source>
        <translation>Les cascades de visages d&apos;opencv-data sont absentes (%1).</translation>
    </message>
    <message>
        <source>The plate cascade of opencv-data is missing (%1).</source>
        <translation>La cascade de plaques d&apos;opencv-data est absente (%1).</translation>
    </message>
    <message>
        <source>Nothing to detect: name faces, people or plates.</source>
        <translation>Rien à détecter : indiquez visages, personnes ou plaques.</translation>
    </message>
    <message>
        <source>A detection setting is out of range.</source>
        <translation>Un réglage de détection est hors limites.</translation>
    </message>
    <message>
        <source>The clip has no video frames.</source>
        <translation>Le clip n&apos;a aucune image vidéo.</translation>
    </message>
    <message>
        <source>Detection cancelled.</source>
        <translation>Détection annulée.</translation>
    </message>
    <message>
        <source>Detection failed in OpenCV: %1</source>
        <translation>La détection a échoué dans OpenCV : %1</translation>
    </message>
    <message>
        <source>The box&apos;s time is outside the clip.</source>
        <translation>L&apos;instant du cadre est hors du clip.</translation>
    </message>
    <message>
        <source>The box is too small or outside the frame.</source>
        <translation>Le cadre est trop petit ou hors de l&apos;image.</translation>
    </message>
    <message>
        <source>Tracking cancelled.</source>
        <translation>Suivi annulé.</translation>
    </message>
    <message>
        <source>Tracking failed in OpenCV: %1</source>
        <translation>Le suivi a échoué dans OpenCV : %1</translation>
    </message>
    <message>
        <source>The clip has no more frames.</source>
        <translation>Le clip n&apos;a plus d&apos;images.</translation>
    </message>
    <message>
        <source>The body cascades of opencv-data are missing (%1).</source>
        <translation>Les cascades de corps d&apos;opencv-data sont absentes (%1).</translation>
    </message>
</context>
</TS>
