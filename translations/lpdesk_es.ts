<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>H264PcmPictures</name>
    <message>
        <source>not an H.264 sequence parameter set</source>
        <translation>no es un conjunto de parámetros de secuencia H.264</translation>
    </message>
    <message>
        <source>separate colour planes</source>
        <translation>planos de color separados</translation>
    </message>
    <message>
        <source>field coding</source>
        <translation>codificación por campos</translation>
    </message>
    <message>
        <source>a sequence parameter set this coder cannot read</source>
        <translation>un conjunto de parámetros de secuencia que este codificador no sabe leer</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>use their own account</source>
        <translation>usar su propia cuenta</translation>
    </message>
    <message>
        <source>read the public keys</source>
        <translation>leer las claves públicas</translation>
    </message>
    <message>
        <source>read settings</source>
        <translation>leer la configuración</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>cambiar la configuración</translation>
    </message>
    <message>
        <source>list users</source>
        <translation>listar los usuarios</translation>
    </message>
    <message>
        <source>add, remove or change users</source>
        <translation>añadir, eliminar o cambiar usuarios</translation>
    </message>
    <message>
        <source>rotate the master key</source>
        <translation>rotar la clave maestra</translation>
    </message>
    <message>
        <source>back up the database</source>
        <translation>hacer una copia de seguridad de la base de datos</translation>
    </message>
    <message>
        <source>check the database</source>
        <translation>comprobar la base de datos</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>leer el registro de auditoría</translation>
    </message>
    <message>
        <source>see stores</source>
        <translation>ver las tiendas</translation>
    </message>
    <message>
        <source>add or remove stores</source>
        <translation>añadir o eliminar tiendas</translation>
    </message>
    <message>
        <source>pull from stores</source>
        <translation>descargar de las tiendas</translation>
    </message>
    <message>
        <source>read the quarantine</source>
        <translation>leer la cuarentena</translation>
    </message>
    <message>
        <source>read incidents</source>
        <translation>leer los incidentes</translation>
    </message>
    <message>
        <source>read cases</source>
        <translation>leer los casos</translation>
    </message>
    <message>
        <source>change cases</source>
        <translation>cambiar casos</translation>
    </message>
    <message>
        <source>view evidence</source>
        <translation>ver evidencias</translation>
    </message>
    <message>
        <source>work on evidence (trims, stills, markers, redactions)</source>
        <translation>trabajar con evidencias (recortes, imágenes fijas, marcadores, anonimizaciones)</translation>
    </message>
    <message>
        <source>read custody</source>
        <translation>leer la custodia</translation>
    </message>
    <message>
        <source>read statements</source>
        <translation>leer declaraciones</translation>
    </message>
    <message>
        <source>record statements</source>
        <translation>registrar declaraciones</translation>
    </message>
    <message>
        <source>read POS records</source>
        <translation>leer registros del TPV</translation>
    </message>
    <message>
        <source>import POS journals</source>
        <translation>importar diarios del TPV</translation>
    </message>
    <message>
        <source>link POS records</source>
        <translation>vincular registros del TPV</translation>
    </message>
    <message>
        <source>see releases</source>
        <translation>ver las entregas</translation>
    </message>
    <message>
        <source>request a release</source>
        <translation>solicitar una entrega</translation>
    </message>
    <message>
        <source>approve or reject releases</source>
        <translation>aprobar o rechazar entregas</translation>
    </message>
    <message>
        <source>export packages</source>
        <translation>exportar paquetes</translation>
    </message>
    <message>
        <source>see agencies</source>
        <translation>ver los organismos</translation>
    </message>
    <message>
        <source>add or remove agencies</source>
        <translation>añadir o eliminar organismos</translation>
    </message>
    <message>
        <source>use agency credentials</source>
        <translation>usar las credenciales de los organismos</translation>
    </message>
    <message>
        <source>test agencies</source>
        <translation>probar organismos</translation>
    </message>
    <message>
        <source>see the outbox</source>
        <translation>ver la bandeja de salida</translation>
    </message>
    <message>
        <source>submit releases</source>
        <translation>enviar entregas</translation>
    </message>
    <message>
        <source>import evidence</source>
        <translation>importar evidencias</translation>
    </message>
    <message>
        <source>find faces and people or track regions for redaction</source>
        <translation>buscar caras y personas o seguir regiones para anonimizar</translation>
    </message>
    <message>
        <source>read police requests</source>
        <translation>leer solicitudes policiales</translation>
    </message>
    <message>
        <source>record police requests</source>
        <translation>registrar solicitudes policiales</translation>
    </message>
    <message>
        <source>sign off an exigent disclosure</source>
        <translation>aprobar a posteriori una comunicación urgente</translation>
    </message>
    <message>
        <source>open police documents</source>
        <translation>abrir documentos policiales</translation>
    </message>
    <message>
        <source>read police follow-up</source>
        <translation>leer el seguimiento policial</translation>
    </message>
    <message>
        <source>record police follow-up</source>
        <translation>registrar el seguimiento policial</translation>
    </message>
    <message>
        <source>read the program KPIs</source>
        <translation>leer los indicadores del programa</translation>
    </message>
    <message>
        <source>change evidence checklists</source>
        <translation>cambiar las listas de comprobación de evidencias</translation>
    </message>
    <message>
        <source>change store regions</source>
        <translation>cambiar las regiones de las tiendas</translation>
    </message>
    <message>
        <source>read retention rules</source>
        <translation>leer las reglas de conservación</translation>
    </message>
    <message>
        <source>set retention periods</source>
        <translation>fijar los plazos de conservación</translation>
    </message>
    <message>
        <source>read legal holds</source>
        <translation>leer las retenciones legales</translation>
    </message>
    <message>
        <source>place a legal hold</source>
        <translation>imponer una retención legal</translation>
    </message>
    <message>
        <source>lift a legal hold</source>
        <translation>levantar una retención legal</translation>
    </message>
    <message>
        <source>purge expired evidence</source>
        <translation>purgar evidencias vencidas</translation>
    </message>
    <message>
        <source>Permission denied: %1 (%2) may not %3 (allowed: %4).</source>
        <translation>Permiso denegado: %1 (%2) no puede %3 (permitido: %4).</translation>
    </message>
    <message>
        <source>read the procedures (SOPs)</source>
        <translation>leer los procedimientos (SOP)</translation>
    </message>
    <message>
        <source>publish procedures (SOPs)</source>
        <translation>publicar procedimientos (SOP)</translation>
    </message>
    <message>
        <source>read police request templates</source>
        <translation>leer plantillas de solicitudes policiales</translation>
    </message>
    <message>
        <source>publish police request templates</source>
        <translation>publicar plantillas de solicitudes policiales</translation>
    </message>
    <message>
        <source>rebuild the KPI rollups</source>
        <translation>recalcular los resúmenes de KPI</translation>
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
        <translation>LP Desk no puede iniciarse: %1</translation>
    </message>
    <message>
        <source>LP Desk investigation workstation</source>
        <translation>Puesto de investigación LP Desk</translation>
    </message>
    <message>
        <source>Case database to open.</source>
        <translation>Base de datos de casos que se abrirá.</translation>
    </message>
    <message>
        <source>Open case database</source>
        <translation>Abrir base de datos de casos</translation>
    </message>
    <message>
        <source>LP Desk databases (*.lpdb)</source>
        <translation>Bases de datos de LP Desk (*.lpdb)</translation>
    </message>
    <message>
        <source>Save the README and AppStream screenshots of the database into DIR and quit (user and passphrase from LPDESK_USER and LPDESK_PASSPHRASE; file paths are not shown).</source>
        <translation>Guarda en DIR las capturas de pantalla del README y de AppStream de la base de datos y sale (usuario y frase de contraseña de LPDESK_USER y LPDESK_PASSPHRASE; no se muestran rutas de archivo).</translation>
    </message>
    <message>
        <source>Open PAGE once the database is unlocked (one of: %1).</source>
        <translation>Abre la página PAGE una vez desbloqueada la base de datos (una de: %1).</translation>
    </message>
    <message>
        <source>lpdesk: --page takes one of: %1</source>
        <translation>lpdesk: --page admite uno de estos valores: %1</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Investigator</source>
        <translation>Investigador/a</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Asesoría jurídica</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador/a</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor/a</translation>
    </message>
</context>
<context>
    <name>Scrypt</name>
    <message>
        <source>Key derivation parameters are out of range.</source>
        <translation>Los parámetros de derivación de claves están fuera de rango.</translation>
    </message>
    <message>
        <source>Key derivation failed (not enough memory?).</source>
        <translation>Falló la derivación de claves (¿falta memoria?).</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;System (follow the desktop)</source>
        <translation>&amp;Sistema (seguir el escritorio)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
</context>
<context>
    <name>X25519</name>
    <message>
        <source>Sealed key does not open (corrupt or not ours).</source>
        <translation>La clave sellada no se abre (dañada o no es nuestra).</translation>
    </message>
</context>
<context>
    <name>lpdesk::AddEvidenceDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Añadir evidencias</translation>
    </message>
    <message>
        <source>e.g. DVR export on USB stick from the store manager, 4 Dec</source>
        <translation>p. ej. exportación del DVR en memoria USB del gerente de la tienda, 4 dic</translation>
    </message>
    <message>
        <source>optional, e.g. ch01 or phone of J. Doe</source>
        <translation>opcional, p. ej. ch01 o teléfono de J. Doe</translation>
    </message>
    <message>
        <source>from the file, or e.g. 2026-12-04T14:02:11-05:00</source>
        <translation>del archivo, o p. ej. 2026-12-04T14:02:11-05:00</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How many seconds the recorder&apos;s clock was ahead of true time</source>
        <translation>Cuántos segundos iba adelantado el reloj del grabador respecto a la hora real</translation>
    </message>
    <message>
        <source>from the stream</source>
        <translation>del flujo</translation>
    </message>
    <message>
        <source>Frame rate of raw .h264/.h265 streams, which carry no timestamps</source>
        <translation>Fotogramas por segundo de los flujos .h264/.h265 sin contenedor, que no llevan marcas de tiempo</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Añadir &amp;archivos…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Origen:</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>&amp;Cámara:</translation>
    </message>
    <message>
        <source>Clock &amp;offset:</source>
        <translation>&amp;Desfase del reloj:</translation>
    </message>
    <message>
        <source>Each file is kept bit for bit as a native master exhibit (encrypted), with its SHA-256 and who, when and where from in the chain of custody. Video the player cannot use directly gets an MP4 working copy; ZIP exports are unpacked; anything unreadable is kept as a document.</source>
        <translation>Cada archivo se conserva bit a bit como original maestro en formato nativo (cifrado), con su SHA-256 y quién, cuándo y de dónde en la cadena de custodia. El vídeo que el reproductor no puede usar directamente recibe una copia de trabajo MP4; las exportaciones ZIP se descomprimen; lo que no se puede leer se conserva como documento.</translation>
    </message>
    <message>
        <source>The start time is not an RFC 3339 time with an offset.</source>
        <translation>La hora de inicio no es una hora RFC 3339 con desfase.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)</source>
        <translation>
            <numerusform>Importando %n archivo</numerusform>
            <numerusform>Importando %n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 de %3)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n file(s) before it were imported)</source>
        <translation>
            <numerusform>%1: %2 (se importó %n archivo antes)</numerusform>
            <numerusform>%1: %2 (se importaron %n archivos antes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Recording s&amp;tart:</source>
        <translation>Inicio de la &amp;grabación:</translation>
    </message>
    <message>
        <source>Fra&amp;me rate:</source>
        <translation>Fotogramas por &amp;segundo:</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported.</source>
        <translation>
            <numerusform>%n archivo importado.</numerusform>
            <numerusform>%n archivos importados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lpdesk::AdminHomeView</name>
    <message>
        <source>&lt;h2&gt;Administration&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Administración&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Users and roles…</source>
        <translation>&amp;Usuarios y roles…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Registro de auditoría…</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Users and their roles</source>
        <translation>Los usuarios y sus roles</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Añadido por</translation>
    </message>
    <message>
        <source>Stores and their last pull</source>
        <translation>Las tiendas y su última descarga</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>Last pulled</source>
        <translation>Última descarga</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Cuarentena</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Why it was refused</source>
        <translation>Por qué se rechazó</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No store is registered yet. Add one under Stores → Add store…; investigators then pull its incidents.</source>
        <translation>Todavía no hay ninguna tienda registrada. Añada una en Tiendas → Añadir tienda…; después los investigadores descargan sus incidentes.</translation>
    </message>
    <message numerus="yes">
        <source>Incidents in this database: %1, from %n store(s). Investigators and legal work on them; below is what you look after.</source>
        <translation>
            <numerusform>Incidentes en esta base de datos: %1, de %n tienda. Los investigadores y la asesoría jurídica trabajan con ellos; abajo está lo que usted supervisa.</numerusform>
            <numerusform>Incidentes en esta base de datos: %1, de %n tiendas. Los investigadores y la asesoría jurídica trabajan con ellos; abajo está lo que usted supervisa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quarantine: %n item(s) refused by pulls</source>
        <translation>
            <numerusform>Cuarentena: %n elemento rechazado por las descargas</numerusform>
            <numerusform>Cuarentena: %n elementos rechazados por las descargas</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying the audit log&apos;s chain…</source>
        <translation>Verificando la cadena del registro de auditoría…</translation>
    </message>
    <message numerus="yes">
        <source>The audit log&apos;s chain verifies (%n event(s)).</source>
        <translation>
            <numerusform>La cadena del registro de auditoría es íntegra (%n evento).</numerusform>
            <numerusform>La cadena del registro de auditoría es íntegra (%n eventos).</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log&apos;s chain does NOT verify: %1</source>
        <translation>La cadena del registro de auditoría NO es íntegra: %1</translation>
    </message>
    <message>
        <source>No failed sign-ins recorded.</source>
        <translation>No hay inicios de sesión fallidos registrados.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-in(s) recorded; the latest:</source>
        <translation>
            <numerusform>%n inicio de sesión fallido registrado; el último:</numerusform>
            <numerusform>%n inicios de sesión fallidos registrados; el último:</numerusform>
        </translation>
    </message>
    <message>
        <source>a failed sign-in as %1 at %2</source>
        <translation>un inicio de sesión fallido como %1 el %2</translation>
    </message>
    <message>
        <source>St&amp;ores…</source>
        <translation>T&amp;iendas…</translation>
    </message>
</context>
<context>
    <name>lpdesk::AgenciesDialog</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Organismos</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>CA</source>
        <translation>CA</translation>
    </message>
    <message>
        <source>Add an agency</source>
        <translation>Añadir un organismo</translation>
    </message>
    <message>
        <source>short id, e.g. cpd-19</source>
        <translation>id. corto, p. ej. cpd-19</translation>
    </message>
    <message>
        <source>API key header</source>
        <translation>Cabecera de la clave de API</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>The agency&apos;s CA certificate</source>
        <translation>El certificado de CA del organismo</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Certificados (*.pem *.crt)</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id.:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Pinned &amp;CA:</source>
        <translation>&amp;CA fijada:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>Clave de &amp;API:</translation>
    </message>
    <message>
        <source>A&amp;dd agency</source>
        <translation>Añadir &amp;organismo</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>fijada</translation>
    </message>
    <message>
        <source>Cannot read the CA certificate %1.</source>
        <translation>No se puede leer el certificado de CA %1.</translation>
    </message>
    <message>
        <source>Agency %1 added.</source>
        <translation>Organismo %1 añadido.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Agency %1 removed.</source>
        <translation>Organismo %1 quitado.</translation>
    </message>
    <message>
        <source>OAuth2 client credentials</source>
        <translation>Credenciales de cliente OAuth2</translation>
    </message>
    <message>
        <source>Mutual TLS (client certificate)</source>
        <translation>TLS mutuo (certificado de cliente)</translation>
    </message>
    <message>
        <source>client certificate (PEM file)</source>
        <translation>certificado de cliente (archivo PEM)</translation>
    </message>
    <message>
        <source>its private key (PEM file, unencrypted)</source>
        <translation>su clave privada (archivo PEM, sin cifrar)</translation>
    </message>
    <message>
        <source>Token &amp;URL:</source>
        <translation>URL del to&amp;ken:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secreto de cliente:</translation>
    </message>
    <message>
        <source>Client certi&amp;ficate:</source>
        <translation>Certi&amp;ficado de cliente:</translation>
    </message>
    <message>
        <source>Client private ke&amp;y:</source>
        <translation>Clave pri&amp;vada del cliente:</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>for NIBRS reports, e.g. IL0160000 (optional)</source>
        <translation>para informes NIBRS, p. ej. IL0160000 (opcional)</translation>
    </message>
    <message>
        <source>e.g. Cook County, IL</source>
        <translation>p. ej. Cook County, IL</translation>
    </message>
    <message>
        <source>LP Desk package (lpdesk-v1)</source>
        <translation>Paquete LP Desk (lpdesk-v1)</translation>
    </message>
    <message>
        <source>NIBRS incident file (nibrs-file)</source>
        <translation>Archivo de incidentes NIBRS (nibrs-file)</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>optional fields it may receive, e.g. narrative,suspects</source>
        <translation>campos opcionales que puede recibir, p. ej. narrative,suspects</translation>
    </message>
    <message>
        <source>&amp;ORI:</source>
        <translation>O&amp;RI:</translation>
    </message>
    <message>
        <source>&amp;Jurisdiction:</source>
        <translation>&amp;Jurisdicción:</translation>
    </message>
    <message>
        <source>Si&amp;ze limit:</source>
        <translation>Tamaño má&amp;ximo:</translation>
    </message>
    <message>
        <source>Allo&amp;wed fields:</source>
        <translation>Campos que puede reci&amp;bir:</translation>
    </message>
    <message>
        <source>API key &amp;header:</source>
        <translation>Cabecera de la c&amp;lave de API:</translation>
    </message>
    <message>
        <source>Trust the system&apos;s certificate authorities (not recommended)</source>
        <translation>Confiar en las autoridades de certificación del sistema (no recomendado)</translation>
    </message>
    <message>
        <source>Without a pinned CA, anyone who gets a certificate for the agency&apos;s host from any authority this system trusts can receive its submissions.</source>
        <translation>Sin una CA fijada, cualquiera que obtenga un certificado para el host del organismo de cualquier autoridad en la que confíe este sistema puede recibir sus envíos.</translation>
    </message>
    <message>
        <source>system (not pinned)</source>
        <translation>del sistema (sin fijar)</translation>
    </message>
    <message>
        <source>none (refused)</source>
        <translation>ninguna (conexión rechazada)</translation>
    </message>
    <message>
        <source>Choose the agency&apos;s CA certificate (Pinned CA), or tick &quot;Trust the system&apos;s certificate authorities&quot; if it has none you can pin (not recommended).</source>
        <translation>Elija el certificado de CA del organismo (CA fijada) o marque «Confiar en las autoridades de certificación del sistema» si no tiene ninguno que se pueda fijar (no recomendado).</translation>
    </message>
    <message>
        <source>Agency %1 added. It trusts the system&apos;s certificate authorities, not a pinned CA.</source>
        <translation>Organismo %1 añadido. Confía en las autoridades de certificación del sistema, no en una CA fijada.</translation>
    </message>
    <message>
        <source>For&amp;mat:</source>
        <translation>For&amp;mato:</translation>
    </message>
    <message>
        <source>Auth&amp;entication:</source>
        <translation>A&amp;utenticación:</translation>
    </message>
    <message>
        <source>C&amp;lient id:</source>
        <translation>Id. de clien&amp;te:</translation>
    </message>
</context>
<context>
    <name>lpdesk::AgencyRegistry</name>
    <message>
        <source>An agency id is 2–40 lowercase letters, digits or &apos;-&apos; (got &quot;%1&quot;).</source>
        <translation>El id. de un organismo tiene de 2 a 40 letras minúsculas, dígitos o &apos;-&apos; (se recibió &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Give the agency&apos;s name (at most 200 characters).</source>
        <translation>Indique el nombre del organismo (200 caracteres como máximo).</translation>
    </message>
    <message>
        <source>The agency&apos;s address must be an https:// URL without user name or fragment.</source>
        <translation>La dirección del organismo debe ser una URL https:// sin nombre de usuario ni fragmento.</translation>
    </message>
    <message>
        <source>The pinned CA file holds no PEM certificate.</source>
        <translation>El archivo de la CA fijada no contiene ningún certificado PEM.</translation>
    </message>
    <message>
        <source>Authentication is one of: %1.</source>
        <translation>La autenticación es una de: %1.</translation>
    </message>
    <message>
        <source>API key authentication needs a header name and the key.</source>
        <translation>La autenticación por clave de API necesita el nombre de una cabecera y la clave.</translation>
    </message>
    <message>
        <source>OAuth2 client credentials need an https:// token URL, a client id and its secret.</source>
        <translation>Las credenciales de cliente OAuth2 necesitan una URL de token https://, un id. de cliente y su secreto.</translation>
    </message>
    <message>
        <source>Mutual TLS needs a client certificate and its matching private key (PEM, unencrypted).</source>
        <translation>El TLS mutuo necesita un certificado de cliente y su clave privada correspondiente (PEM, sin cifrar).</translation>
    </message>
    <message>
        <source>The payload profile is one of: %1.</source>
        <translation>El perfil de datos es uno de: %1.</translation>
    </message>
    <message>
        <source>The size limit must lie between 1 MiB and 1 TiB.</source>
        <translation>El límite de tamaño debe estar entre 1 MiB y 1 TiB.</translation>
    </message>
    <message>
        <source>A field name is 1–40 lowercase letters or &apos;_&apos; (got &quot;%1&quot;).</source>
        <translation>El nombre de un campo tiene de 1 a 40 letras minúsculas o &apos;_&apos; (se recibió &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is never sent to an agency, whatever the profile says.</source>
        <translation>&quot;%1&quot; nunca se envía a un organismo, diga lo que diga el perfil.</translation>
    </message>
    <message>
        <source>There already is an agency %1.</source>
        <translation>Ya existe un organismo %1.</translation>
    </message>
    <message>
        <source>There is no agency %1.</source>
        <translation>No existe el organismo %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an optional field; they are: %2.</source>
        <translation>&quot;%1&quot; no es un campo opcional; los opcionales son: %2.</translation>
    </message>
    <message>
        <source>An ORI is two letters for the state and seven letters or digits (got &quot;%1&quot;).</source>
        <translation>Un ORI consta de dos letras del estado y siete letras o dígitos (se recibió «%1»).</translation>
    </message>
    <message>
        <source>Agency %1</source>
        <translation>Organismo %1</translation>
    </message>
    <message numerus="yes">
        <source>Agency %1 has %n submission(s) in the outbox (%2); cancel them first (outbox cancel).</source>
        <translation>
            <numerusform>El organismo %1 tiene %n envío en la bandeja de salida (%2); cancélelo primero (outbox cancel).</numerusform>
            <numerusform>El organismo %1 tiene %n envíos en la bandeja de salida (%2); cancélelos primero (outbox cancel).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agency %1 has %n submission(s) on record; its profile stays as the record of where they went.</source>
        <translation>
            <numerusform>El organismo %1 tiene %n envío registrado; su perfil se conserva como constancia de adónde fue.</numerusform>
            <numerusform>El organismo %1 tiene %n envíos registrados; su perfil se conserva como constancia de adónde fueron.</numerusform>
        </translation>
    </message>
    <message>
        <source>agency %1&apos;s endpoint (base URL, pinned CA, authentication) is not the one legal approved</source>
        <translation>el punto de conexión del organismo %1 (URL base, CA fijada, autenticación) no es el que aprobó la asesoría jurídica</translation>
    </message>
</context>
<context>
    <name>lpdesk::AgencyStatus</name>
    <message>
        <source>The agency assigned its case.</source>
        <translation>El organismo asignó su caso.</translation>
    </message>
    <message>
        <source>There is no delivered submission %1.</source>
        <translation>No existe ningún envío entregado %1.</translation>
    </message>
    <message>
        <source>Asking for the status</source>
        <translation>Consultando el estado</translation>
    </message>
    <message>
        <source>The follow-up check interval takes 0 to %1 hours (got %2).</source>
        <translation>El intervalo de comprobación del seguimiento admite de 0 a %1 horas (se recibió %2).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>lpdesk::AudioDecoder</name>
    <message>
        <source>The clip has no audio track.</source>
        <translation>El clip no tiene pista de audio.</translation>
    </message>
    <message>
        <source>No decoder for the audio track.</source>
        <translation>No hay decodificador para la pista de audio.</translation>
    </message>
    <message>
        <source>Cannot open the audio decoder.</source>
        <translation>No se puede abrir el decodificador de audio.</translation>
    </message>
    <message>
        <source>Cannot set up audio conversion.</source>
        <translation>No se puede preparar la conversión de audio.</translation>
    </message>
</context>
<context>
    <name>lpdesk::AudioEncoder</name>
    <message>
        <source>The AAC encoder is not available.</source>
        <translation>El codificador AAC no está disponible.</translation>
    </message>
    <message>
        <source>Cannot open the AAC encoder: %1</source>
        <translation>No se puede abrir el codificador AAC: %1</translation>
    </message>
    <message>
        <source>Audio encoding failed: %1</source>
        <translation>Falló la codificación de audio: %1</translation>
    </message>
</context>
<context>
    <name>lpdesk::AuditEventCache</name>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>No se puede leer el registro de auditoría: %1</translation>
    </message>
</context>
<context>
    <name>lpdesk::AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Verificar la cadena</translation>
    </message>
    <message>
        <source>The audit chain is intact: %1 events.</source>
        <translation>La cadena de auditoría está íntegra: %1 eventos.</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Search the details</source>
        <translation>Buscar en los detalles</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Todas las acciones</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s) shown.</source>
        <translation>
            <numerusform>Se muestra %1 de %n evento.</numerusform>
            <numerusform>Se muestran %1 de %n eventos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1.</source>
        <translation>
            <numerusform>%n evento escrito en %1.</numerusform>
            <numerusform>%n eventos escritos en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>case %1 “%2”</source>
        <translation>caso %1 «%2»</translation>
    </message>
    <message>
        <source>%1, case %2</source>
        <translation>%1, caso %2</translation>
    </message>
    <message>
        <source>the release of %1</source>
        <translation>la entrega de %1</translation>
    </message>
    <message>
        <source>the release of %1 to %2</source>
        <translation>la entrega de %1 a %2</translation>
    </message>
    <message>
        <source>the incident at %1 on %2</source>
        <translation>el incidente ocurrido en la tienda %1 el %2</translation>
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
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <source>every action</source>
        <translation>todas las acciones</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>antes de %1</translation>
    </message>
    <message>
        <source>details containing &quot;%1&quot;</source>
        <translation>detalles que contienen «%1»</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>inició sesión</translation>
    </message>
    <message>
        <source>a failed sign-in as %1 at %2</source>
        <translation>un inicio de sesión fallido como %1 a las %2</translation>
    </message>
    <message>
        <source>created the case database with %1 as administrator</source>
        <translation>creó la base de datos de casos con %1 como administrador/a</translation>
    </message>
    <message>
        <source>added the user %1 as %2</source>
        <translation>añadió al usuario %1 como %2</translation>
    </message>
    <message>
        <source>removed the user %1</source>
        <translation>eliminó al usuario %1</translation>
    </message>
    <message>
        <source>changed the role of %1 from %2 to %3</source>
        <translation>cambió el rol de %1 de %2 a %3</translation>
    </message>
    <message>
        <source>changed the passphrase of %1</source>
        <translation>cambió la frase de contraseña de %1</translation>
    </message>
    <message>
        <source>set the minimum passphrase length to %1 characters (it was %2)</source>
        <translation>fijó la longitud mínima de la frase de contraseña en %1 caracteres (era %2)</translation>
    </message>
    <message>
        <source>issued a personal certificate to %1 (serial %2)</source>
        <translation>emitió un certificado personal para %1 (número de serie %2)</translation>
    </message>
    <message>
        <source>revoked the certificate of %1 (serial %2)</source>
        <translation>revocó el certificado de %1 (número de serie %2)</translation>
    </message>
    <message>
        <source>changed the setting %1</source>
        <translation>cambió el ajuste %1</translation>
    </message>
    <message>
        <source>exported %1 audit event(s) to %2</source>
        <translation>exportó %1 evento(s) de auditoría a %2</translation>
    </message>
    <message>
        <source>backed up the database to %1</source>
        <translation>hizo una copia de seguridad de la base de datos en %1</translation>
    </message>
    <message>
        <source>looked at %1</source>
        <translation>consultó %1</translation>
    </message>
    <message>
        <source>looked at evidence</source>
        <translation>consultó evidencias</translation>
    </message>
    <message>
        <source>added the store %1</source>
        <translation>añadió la tienda %1</translation>
    </message>
    <message>
        <source>removed the store %1</source>
        <translation>eliminó la tienda %1</translation>
    </message>
    <message>
        <source>pulled incidents from the stores</source>
        <translation>descargó incidentes de las tiendas</translation>
    </message>
    <message>
        <source>started a rotation of the database keys</source>
        <translation>inició una rotación de las claves de la base de datos</translation>
    </message>
    <message>
        <source>rotated the database keys</source>
        <translation>rotó las claves de la base de datos</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Impreso</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Cadena</translation>
    </message>
    <message numerus="yes">
        <source>verified: all %n event(s) intact</source>
        <translation>
            <numerusform>verificada: %n evento intacto</numerusform>
            <numerusform>verificada: los %n eventos intactos</numerusform>
        </translation>
    </message>
    <message>
        <source>NOT INTACT: %1</source>
        <translation>NO ÍNTEGRA: %1</translation>
    </message>
    <message>
        <source>Anchor</source>
        <translation>Anclaje</translation>
    </message>
    <message>
        <source>Head hash</source>
        <translation>Hash de cabeza</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Mostrados</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s)</source>
        <translation>
            <numerusform>%1 de %n evento</numerusform>
            <numerusform>%1 de %n eventos</numerusform>
        </translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>LP Desk audit log</source>
        <translation>Registro de auditoría de LP Desk</translation>
    </message>
    <message>
        <source>LP Desk audit log · %1 · head %2</source>
        <translation>Registro de auditoría de LP Desk · %1 · cabeza %2</translation>
    </message>
    <message>
        <source>Audit log · page %1 of %2</source>
        <translation>Registro de auditoría · página %1 de %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>wrote anchor %1 to the anchor file</source>
        <translation>escribió el ancla %1 en el archivo de anclas</translation>
    </message>
    <message>
        <source>pinned the key slot of %1 to the organisation CA certificate</source>
        <translation>fijó la ranura de clave de %1 al certificado de CA de la organización</translation>
    </message>
    <message>
        <source>confirmed the organisation&apos;s CA certificate (SHA-256 %1) for the key slot of %2</source>
        <translation>confirmó el certificado de CA de la organización (SHA-256 %1) para la ranura de clave de %2</translation>
    </message>
    <message>
        <source>pinned the key slot of %1 to the organisation&apos;s CA certificate</source>
        <translation>fijó la ranura de clave de %1 al certificado de CA de la organización</translation>
    </message>
    <message>
        <source>granted %1 the legal role, to be confirmed by a second administrator</source>
        <translation>otorgó a %1 el rol de asesoría jurídica, pendiente de que lo confirme un segundo administrador</translation>
    </message>
    <message>
        <source>confirmed the legal role %1 granted %2</source>
        <translation>confirmó el rol de asesoría jurídica que %2 otorgó a %1</translation>
    </message>
    <message>
        <source>required a second administrator for grants of the legal role</source>
        <translation>exigió un segundo administrador para otorgar el rol de asesoría jurídica</translation>
    </message>
    <message>
        <source>stopped requiring a second administrator for grants of the legal role</source>
        <translation>dejó de exigir un segundo administrador para otorgar el rol de asesoría jurídica</translation>
    </message>
    <message numerus="yes">
        <source>left the workstation idle: it locked itself after %n minute(s) without input</source>
        <translation>
            <numerusform>dejó el puesto de trabajo inactivo: se bloqueó solo tras %n minuto sin actividad</numerusform>
            <numerusform>dejó el puesto de trabajo inactivo: se bloqueó solo tras %n minutos sin actividad</numerusform>
        </translation>
    </message>
    <message>
        <source>locked the workstation</source>
        <translation>bloqueó el puesto de trabajo</translation>
    </message>
    <message>
        <source>gave the store %1 the POS store id %2</source>
        <translation>asignó a la tienda %1 el id. de tienda del TPV %2</translation>
    </message>
    <message>
        <source>took the POS store id %2 from the store %1</source>
        <translation>quitó a la tienda %1 el id. de tienda del TPV %2</translation>
    </message>
</context>
<context>
    <name>lpdesk::CaConfirmation</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the users of %1.</source>
        <translation>No se pueden leer los usuarios de %1.</translation>
    </message>
    <message>
        <source>Cannot read %1 (or it is over 1 MiB).</source>
        <translation>No se puede leer %1 (o supera 1 MiB).</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 no contiene ningún certificado PEM.</translation>
    </message>
</context>
<context>
    <name>lpdesk::CaPinning</name>
    <message>
        <source>no pin</source>
        <translation>sin fijar</translation>
    </message>
    <message>
        <source>Cannot read the users: %1</source>
        <translation>No se pueden leer los usuarios: %1</translation>
    </message>
    <message>
        <source>The organisation CA certificate in the database (SHA-256 %1) is not the one the key slots of %2 were sealed with: the certificate row was replaced. Nothing it signs is trusted; restore the database from a backup (the organisation&apos;s certificate is also org-ca.pem in every package).</source>
        <translation>El certificado de CA de la organización que hay en la base de datos (SHA-256 %1) no es aquel con el que se sellaron las ranuras de clave de %2: se sustituyó la fila del certificado. Nada de lo que firma es de confianza; restaure la base de datos desde una copia de seguridad (el certificado de la organización también es org-ca.pem en cada paquete).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>as their key slot proves to you</source>
        <translation>según lo demuestra su ranura de clave</translation>
    </message>
    <message>
        <source>sealed in their key slot, which only their passphrase opens</source>
        <translation>sellado en su ranura de clave, que solo abre su frase de contraseña</translation>
    </message>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>No se puede leer el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>The audit log no longer holds event %1, which %2&apos;s last session saw (%3): it was cut or rewritten. Restore the database from a backup.</source>
        <translation>El registro de auditoría ya no contiene el evento %1, que vio la última sesión de %2 (%3): se cortó o se reescribió. Restaure la base de datos desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>Audit event %1 is not the one %2&apos;s last session saw (hash %3, now %4; %5): the audit log was rewritten. Restore the database from a backup.</source>
        <translation>El evento de auditoría %1 no es el que vio la última sesión de %2 (hash %3, ahora %4; %5): se reescribió el registro de auditoría. Restaure la base de datos desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The organisation CA certificate in the database is unreadable.</source>
        <translation>El certificado de CA de la organización que hay en la base de datos no se puede leer.</translation>
    </message>
    <message>
        <source>Only an administrator confirms the organisation CA certificate.</source>
        <translation>Solo un administrador confirma el certificado de CA de la organización.</translation>
    </message>
    <message>
        <source>The organisation CA certificate in the database (SHA-256 %1) is not the one you confirmed (%2): the certificate row was replaced. Nothing was pinned; restore the database from a backup.</source>
        <translation>El certificado de CA de la organización que hay en la base de datos (SHA-256 %1) no es el que usted confirmó (%2): se sustituyó la fila del certificado. No se fijó nada; restaure la base de datos desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The key slots of %1 are pinned to another CA certificate than the one you confirmed: they cannot sign in until they are removed and added again.</source>
        <translation>Las ranuras de clave de %1 están fijadas a un certificado de CA distinto del que usted confirmó: no pueden iniciar sesión hasta que se eliminen y se vuelvan a añadir.</translation>
    </message>
    <message>
        <source>The key slots of %1 are pinned to another organisation CA certificate than the one in the database (SHA-256 %2): they cannot sign in; an administrator removes and adds them again.</source>
        <translation>Las ranuras de clave de %1 están fijadas a un certificado de CA de la organización distinto del que hay en la base de datos (SHA-256 %2): no pueden iniciar sesión; un administrador los elimina y los vuelve a añadir.</translation>
    </message>
    <message>
        <source>The CA pin stated in the key slots of %1 is not the one their owners proved to you: someone who can write the key-slot file changed it. Login refused; restore the key-slot file from a backup.</source>
        <translation>La fijación de CA que indican las ranuras de clave de %1 no es la que sus propietarios le demostraron: alguien con acceso de escritura al archivo de ranuras de clave la cambió. Inicio de sesión rechazado; restaure el archivo de ranuras de clave desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>the slots of %1 are from before pinning too</source>
        <translation>las ranuras de %1 también son anteriores a la fijación</translation>
    </message>
    <message>
        <source>%1 pinned it without an administrator&apos;s proof to you</source>
        <translation>%1 la fijó sin la prueba de un administrador para usted</translation>
    </message>
    <message>
        <source>The key slot of %1 is from before the organisation CA certificate was pinned, and no administrator&apos;s key slot vouches for the certificate now in the database (SHA-256 %2)%3. It is not pinned on the database&apos;s word (the row may have been replaced): an administrator must confirm it with lpdesk-cli key confirm-ca SHA256, the fingerprint of the org-ca.pem the organisation keeps (openssl x509 -in org-ca.pem -outform DER | sha256sum).</source>
        <translation>La ranura de clave de %1 es anterior a la fijación del certificado de CA de la organización, y ninguna ranura de clave de administrador respalda el certificado que hay ahora en la base de datos (SHA-256 %2)%3. No se fija por lo que dice la base de datos (la fila puede haberse sustituido): un administrador debe confirmarlo con lpdesk-cli key confirm-ca SHA256, la huella del org-ca.pem que conserva la organización (openssl x509 -in org-ca.pem -outform DER | sha256sum).</translation>
    </message>
    <message>
        <source>There is no key slot for %1.</source>
        <translation>No hay ninguna ranura de clave para %1.</translation>
    </message>
    <message>
        <source>key slot for %1 is from before CA pinning (pinned at its owner&apos;s next login, to the certificate an administrator&apos;s slot proves to it)</source>
        <translation>la ranura de clave de %1 es anterior a la fijación de CA (se fija en el próximo inicio de sesión de su propietario, al certificado que le demuestre la ranura de un administrador)</translation>
    </message>
    <message>
        <source>key slot for %1: its CA pin (%2) is not the one its owner proved to you; it was changed in the slot file</source>
        <translation>ranura de clave de %1: su fijación de CA (%2) no es la que su propietario le demostró; se cambió en el archivo de ranuras</translation>
    </message>
    <message>
        <source>key slot for %1: the audit head it states is not the one its owner proved to you; it was changed in the slot file</source>
        <translation>ranura de clave de %1: la cabeza de auditoría que indica no es la que su propietario le demostró; se cambió en el archivo de ranuras</translation>
    </message>
</context>
<context>
    <name>lpdesk::CaseChecklistPanel</name>
    <message>
        <source>A clip that covers the moment of the incident</source>
        <translation>Un clip que cubre el momento del incidente</translation>
    </message>
    <message>
        <source>The POS transactions at the incident&apos;s register, linked</source>
        <translation>Las transacciones del TPV en la caja del incidente, vinculadas</translation>
    </message>
    <message>
        <source>A signed statement</source>
        <translation>Una declaración firmada</translation>
    </message>
    <message>
        <source>A description of the suspect</source>
        <translation>Una descripción del sospechoso</translation>
    </message>
    <message>
        <source>%1 — not needed: no incident names a register</source>
        <translation>%1 — no hace falta: ningún incidente indica una caja</translation>
    </message>
    <message>
        <source>Evidence complete for %1.</source>
        <translation>Evidencias completas para %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) missing for %1.</source>
        <translation>
            <numerusform>Falta %n elemento para %1.</numerusform>
            <numerusform>Faltan %n elementos para %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>the built-in one</source>
        <translation>la versión incorporada</translation>
    </message>
    <message>
        <source>version %1, published by %2 at %3</source>
        <translation>versión %1, publicada por %2 el %3</translation>
    </message>
    <message>
        <source>A newer procedure is in force now: %1 (%2). Below is the one in force when this case was opened.</source>
        <translation>Ahora está vigente un procedimiento más reciente: %1 (%2). Debajo figura el que estaba vigente cuando se abrió este caso.</translation>
    </message>
</context>
<context>
    <name>lpdesk::CaseDatabase</name>
    <message>
        <source>User names are 1–64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;@&apos; or &apos;-&apos;.</source>
        <translation>Los nombres de usuario tienen de 1 a 64 letras, dígitos, &apos;.&apos;, &apos;_&apos;, &apos;@&apos; o &apos;-&apos;.</translation>
    </message>
    <message>
        <source>%1 already exists; LP Desk will not overwrite a database.</source>
        <translation>%1 ya existe; LP Desk no sobrescribe una base de datos.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot create a database in %1: the folder is not writable.</source>
        <translation>No se puede crear una base de datos en %1: no se puede escribir en la carpeta.</translation>
    </message>
    <message>
        <source>Cannot create the database: %1</source>
        <translation>No se puede crear la base de datos: %1</translation>
    </message>
    <message>
        <source>LP Desk organisation</source>
        <translation>Organización LP Desk</translation>
    </message>
    <message>
        <source>LP Desk workstation</source>
        <translation>Puesto de trabajo LP Desk</translation>
    </message>
    <message>
        <source>Cannot move the new database into place at %1.</source>
        <translation>No se puede colocar la nueva base de datos en %1.</translation>
    </message>
    <message>
        <source>There is no case database at %1.</source>
        <translation>No hay ninguna base de datos de casos en %1.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 no es un archivo.</translation>
    </message>
    <message>
        <source>%1 is not writable (read-only folder or file); LP Desk needs to write its journal there. Nothing was changed.</source>
        <translation>No se puede escribir en %1 (carpeta o archivo de solo lectura); LP Desk necesita escribir allí su diario. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The database file %1 is damaged, truncated or does not belong to this key-slot file (%2). Nothing was changed.</source>
        <translation>El archivo de base de datos %1 está dañado, truncado o no corresponde a este archivo de ranuras de clave (%2). No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an LP Desk case database.</source>
        <translation>%1 no es una base de datos de casos de LP Desk.</translation>
    </message>
    <message>
        <source>The key-slot file does not belong to this database (database id differs).</source>
        <translation>El archivo de ranuras de clave no corresponde a esta base de datos (el id. de la base de datos es distinto).</translation>
    </message>
    <message>
        <source>Cannot write to the database: %1</source>
        <translation>No se puede escribir en la base de datos: %1</translation>
    </message>
    <message>
        <source>The key-slot file is locked by another LP Desk process; try again.</source>
        <translation>Otro proceso de LP Desk tiene bloqueado el archivo de ranuras de clave; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The audit anchor in the key-slot file does not verify (edited).</source>
        <translation>El ancla de auditoría del archivo de ranuras de clave no se verifica (ha sido editado).</translation>
    </message>
    <message>
        <source>The audit log ends before event %1, which was recorded earlier: events were deleted from its end.</source>
        <translation>El registro de auditoría termina antes del evento %1, que se registró anteriormente: se borraron eventos del final.</translation>
    </message>
    <message>
        <source>Audit event %1 differs from what was recorded earlier: the log was rewritten.</source>
        <translation>El evento de auditoría %1 difiere de lo registrado anteriormente: el registro se ha reescrito.</translation>
    </message>
    <message>
        <source>Rekey failed: %1</source>
        <translation>Falló el cambio de clave: %1</translation>
    </message>
    <message>
        <source>Rekey failed; the database still uses the old key: %1</source>
        <translation>Falló el cambio de clave; la base de datos sigue usando la clave anterior: %1</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new name for the backup.</source>
        <translation>%1 ya existe; elija otro nombre para la copia de seguridad.</translation>
    </message>
    <message>
        <source>Cannot write the backup into %1: the folder is not writable.</source>
        <translation>No se puede escribir la copia de seguridad en %1: no se puede escribir en la carpeta.</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Falló la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>Backup failed: cannot move it into place.</source>
        <translation>Falló la copia de seguridad: no se puede colocar en su sitio.</translation>
    </message>
    <message>
        <source>Backup of %1 failed.</source>
        <translation>Falló la copia de seguridad de %1.</translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation>Comprobación de integridad de SQLite: %1</translation>
    </message>
    <message>
        <source>SQLite integrity check could not run: %1</source>
        <translation>No se pudo ejecutar la comprobación de integridad de SQLite: %1</translation>
    </message>
    <message>
        <source>audit event %1: %2</source>
        <translation>evento de auditoría %1: %2</translation>
    </message>
    <message>
        <source>user %1 has no key slot and cannot log in</source>
        <translation>el usuario %1 no tiene ranura de clave y no puede iniciar sesión</translation>
    </message>
    <message>
        <source>key slot for %1 has no active user and is refused at login</source>
        <translation>la ranura de clave de %1 no tiene usuario activo y se rechaza al iniciar sesión</translation>
    </message>
    <message>
        <source>No transaction to commit.</source>
        <translation>No hay ninguna transacción que confirmar.</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>No se pudo guardar: %1</translation>
    </message>
    <message>
        <source>custody %1, event %2: %3</source>
        <translation>custodia %1, evento %2: %3</translation>
    </message>
    <message>
        <source>custody %1: %2</source>
        <translation>custodia %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the user %1: %2</source>
        <translation>No se puede leer el usuario %1: %2</translation>
    </message>
    <message>
        <source>The key slot for %1 is not the one recorded for that user (it was replaced or planted); login refused. An administrator must restore the key-slot file or re-add the user.</source>
        <translation>La ranura de clave de %1 no es la registrada para ese usuario (fue sustituida o colocada); acceso denegado. Un administrador debe restaurar el archivo de ranuras de clave o volver a añadir el usuario.</translation>
    </message>
    <message>
        <source>The key slot of %1 is gone.</source>
        <translation>La ranura de clave de %1 ha desaparecido.</translation>
    </message>
    <message>
        <source>Could not seal the signing key.</source>
        <translation>No se pudo sellar la clave de firma.</translation>
    </message>
    <message>
        <source>%1 has no personal signing key yet; sign in again.</source>
        <translation>%1 aún no tiene clave de firma personal; inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>Cannot read the users: %1</source>
        <translation>No se pueden leer los usuarios: %1</translation>
    </message>
    <message>
        <source>key slot for %1: there is no such user; the slot was planted</source>
        <translation>ranura de clave de %1: no existe ese usuario; la ranura fue colocada</translation>
    </message>
    <message>
        <source>No daily anchor was written: %1</source>
        <translation>No se escribió el ancla diaria: %1</translation>
    </message>
    <message>
        <source>No administrator&apos;s key slot could receive the CA key.</source>
        <translation>Ninguna ranura de clave de administrador/a pudo recibir la clave de la CA.</translation>
    </message>
    <message>
        <source>%1 has no personal signing key; an administrator issues one (the organisation CA key is sealed to administrators only).</source>
        <translation>%1 no tiene clave de firma personal; la emite un/a administrador/a (la clave de la CA de la organización está sellada solo para administradores).</translation>
    </message>
    <message>
        <source>The audit anchor in the key-slot file is missing (deleted): the audit log&apos;s length cannot be checked against it.</source>
        <translation>Falta el ancla de auditoría en el archivo de ranuras de clave (se eliminó): no se puede comprobar contra ella la longitud del registro de auditoría.</translation>
    </message>
    <message>
        <source>Backup failed: cannot copy the anchor file.</source>
        <translation>La copia de seguridad falló: no se puede copiar el archivo de anclas.</translation>
    </message>
    <message numerus="yes">
        <source>%n audit row(s) stand outside the audit chain; they were planted</source>
        <translation>
            <numerusform>%n fila de auditoría está fuera de la cadena de auditoría; se introdujo a mano</numerusform>
            <numerusform>%n filas de auditoría están fuera de la cadena de auditoría; se introdujeron a mano</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n background job(s) still use the database; rotate the keys when they have finished.</source>
        <translation>
            <numerusform>%n tarea en segundo plano sigue usando la base de datos; hay que rotar las claves cuando haya terminado.</numerusform>
            <numerusform>%n tareas en segundo plano siguen usando la base de datos; hay que rotar las claves cuando hayan terminado.</numerusform>
        </translation>
    </message>
    <message>
        <source>audit event %1 (%2): %3: forged with the database key, it is not counted</source>
        <translation>evento de auditoría %1 (%2): %3: falsificado con la clave de la base de datos, no se tiene en cuenta</translation>
    </message>
    <message>
        <source>audit event %1 (%2) records revocation list number %3, but %4: forged with the database key, its number is not counted</source>
        <translation>el evento de auditoría %1 (%2) registra la lista de revocación número %3, pero %4: falsificado con la clave de la base de datos, su número no se tiene en cuenta</translation>
    </message>
    <message>
        <source>the revocation list lacks certificate %1 of %2, which the audit log records as revoked %3: an earlier list was put back (an administrator restores it in Users and roles, or with &quot;lpdesk-cli key restore-crl&quot;)</source>
        <translation>a la lista de revocación le falta el certificado %1 de %2, que el registro de auditoría registra como revocado el %3: se volvió a poner una lista anterior (un administrador la restaura en Usuarios y roles, o con &quot;lpdesk-cli key restore-crl&quot;)</translation>
    </message>
    <message>
        <source>the revocation list is number %1, but the audit log records that list number %2 was issued: an earlier list was put back (an administrator restores it in Users and roles, or with &quot;lpdesk-cli key restore-crl&quot;)</source>
        <translation>la lista de revocación es la número %1, pero el registro de auditoría indica que se emitió la lista número %2: se volvió a poner una lista anterior (un administrador la restaura en Usuarios y roles, o con &quot;lpdesk-cli key restore-crl&quot;)</translation>
    </message>
    <message>
        <source>Your certificate does not name the administrator role; an administrator whose certificate does rotates the keys.</source>
        <translation>Su certificado no indica el rol de administrador; las claves las rota un administrador cuyo certificado sí lo indica.</translation>
    </message>
    <message>
        <source>The key slot for %1 is not the one recorded for that user: %2. Login refused; an administrator must restore the key-slot file or re-add the user.</source>
        <translation>La ranura de clave de %1 no es la registrada para ese usuario: %2. Acceso denegado; un administrador debe restaurar el archivo de ranuras de clave o volver a añadir el usuario.</translation>
    </message>
    <message>
        <source>The key slot for %1 is not the one recorded for that user: %2, though audit event %3 records a certificate issued to %1. Login refused; an administrator must restore the key-slot file or re-add the user.</source>
        <translation>La ranura de clave de %1 no es la registrada para ese usuario: %2, aunque el evento de auditoría %3 registra un certificado emitido a %1. Acceso denegado; un administrador debe restaurar el archivo de ranuras de clave o volver a añadir el usuario.</translation>
    </message>
    <message>
        <source>it holds no personal signing key</source>
        <translation>no contiene ninguna clave de firma personal</translation>
    </message>
    <message>
        <source>its signing key does not sign as a certificate of the organisation CA (%1)</source>
        <translation>su clave de firma no firma como un certificado de la CA de la organización (%1)</translation>
    </message>
    <message>
        <source>its signing key is %1&apos;s</source>
        <translation>su clave de firma es la de %1</translation>
    </message>
    <message>
        <source>key slot for %1 is not recorded yet (a database from before slot keys were recorded; recorded at its next login)</source>
        <translation>la ranura de clave de %1 aún no está registrada (una base de datos de antes de que se registraran las claves de ranura; se registra en su próximo inicio de sesión)</translation>
    </message>
</context>
<context>
    <name>lpdesk::CaseListView</name>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Abrir caso</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Nuevo caso…</translation>
    </message>
</context>
<context>
    <name>lpdesk::CaseReport</name>
    <message>
        <source>Case report %1</source>
        <translation>Informe del caso %1</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Released for</source>
        <translation>Entregado para</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 el %2: %3</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Estado del caso</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Detected (store time)</source>
        <translation>Detectado (hora de la tienda)</translation>
    </message>
    <message>
        <source>Narrative and suspects</source>
        <translation>Relato y sospechosos</translation>
    </message>
    <message>
        <source>Incident detected: %1 (%2)</source>
        <translation>Incidente detectado: %1 (%2)</translation>
    </message>
    <message>
        <source>POS register %1 #%2, %3 %4 %5 (register clock %6)</source>
        <translation>Caja del TPV %1 n.º %2, %3 %4 %5 (reloj de la caja %6)</translation>
    </message>
    <message>
        <source>Statement taken from %1 (%2)</source>
        <translation>Declaración tomada a %1 (%2)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Stills</source>
        <translation>Fotogramas</translation>
    </message>
    <message>
        <source>POS extract</source>
        <translation>Extracto del TPV</translation>
    </message>
    <message>
        <source>Store %1, register %2, transaction %3, %4 (true %5), operator %6, flags: %7</source>
        <translation>Tienda %1, caja %2, transacción %3, %4 (real %5), operador %6, indicadores: %7</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Tender / note</source>
        <translation>Pago / nota</translation>
    </message>
    <message>
        <source>card •••• %1</source>
        <translation>tarjeta •••• %1</translation>
    </message>
    <message>
        <source>card number withheld</source>
        <translation>número de tarjeta omitido</translation>
    </message>
    <message>
        <source>VOIDED</source>
        <translation>ANULADA</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Declaraciones</translation>
    </message>
    <message>
        <source>Contact: %1. Version %2, signed off by %3 on %4.</source>
        <translation>Contacto: %1. Versión %2, firmada por %3 el %4.</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>Redaction log</source>
        <translation>Registro de anonimización</translation>
    </message>
    <message>
        <source>%1 (plan SHA-256 %2)</source>
        <translation>%1 (SHA-256 del plan %2)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Estilo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>From–to (s)</source>
        <translation>Desde–hasta (s)</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Fotogramas</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>audio</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>silenciado</translation>
    </message>
    <message>
        <source>No redacted derivatives in this package.</source>
        <translation>Este paquete no contiene derivados anonimizados.</translation>
    </message>
    <message>
        <source>Files and their SHA-256</source>
        <translation>Archivos y su SHA-256</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>The package&apos;s own documents are listed with their hashes in SHA256SUMS and in the signed manifest.json.</source>
        <translation>Los documentos propios del paquete figuran con sus hashes en SHA256SUMS y en el manifest.json firmado.</translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation>Cadena de custodia</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Aprobación</translation>
    </message>
    <message>
        <source>Approved for release by %1 (legal) on %2. Reason: %3. The approval covers the content with SHA-256 %4.</source>
        <translation>Aprobado para su entrega por %1 (asesoría jurídica) el %2. Motivo: %3. La aprobación cubre el contenido con SHA-256 %4.</translation>
    </message>
    <message>
        <source>Case report %1 — package %2</source>
        <translation>Informe del caso %1 — paquete %2</translation>
    </message>
    <message>
        <source>LP Desk package %1 · %2</source>
        <translation>Paquete de LP Desk %1 · %2</translation>
    </message>
    <message>
        <source>Package %1 · page %2 of %3</source>
        <translation>Paquete %1 · página %2 de %3</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>origin not recorded</source>
        <translation>origen no registrado</translation>
    </message>
    <message>
        <source>Rendered although a detector found a face no region covers in frames %1 (confirmed by %2 at %3).</source>
        <translation>Generado aunque un detector encontró una cara que ninguna región cubre en los fotogramas %1 (confirmado por %2 el %3).</translation>
    </message>
</context>
<context>
    <name>lpdesk::CaseReportRenderer</name>
    <message>
        <source>This program cannot write the case report (it has no report renderer), so it cannot write a package.</source>
        <translation>Este programa no puede generar el informe del caso (no tiene generador de informes), así que no puede crear un paquete.</translation>
    </message>
</context>
<context>
    <name>lpdesk::CaseService</name>
    <message>
        <source>There is no case %1.</source>
        <translation>No existe el caso %1.</translation>
    </message>
    <message>
        <source>There is no incident %1.</source>
        <translation>No existe el incidente %1.</translation>
    </message>
    <message>
        <source>A case needs a title of 1–200 characters.</source>
        <translation>Un caso necesita un título de 1 a 200 caracteres.</translation>
    </message>
    <message>
        <source>Incident %1 is not in this case.</source>
        <translation>El incidente %1 no está en este caso.</translation>
    </message>
    <message>
        <source>Status must be one of: %1</source>
        <translation>El estado debe ser uno de: %1</translation>
    </message>
    <message>
        <source>A note needs 1–20000 characters.</source>
        <translation>Una nota tiene de 1 a 20000 caracteres.</translation>
    </message>
    <message>
        <source>A clock offset is between -86400 and 86400 seconds.</source>
        <translation>Un desfase de reloj está entre -86400 y 86400 segundos.</translation>
    </message>
    <message>
        <source>There is no camera %1 at store %2.</source>
        <translation>No existe la cámara %1 en la tienda %2.</translation>
    </message>
</context>
<context>
    <name>lpdesk::CaseWorkspace</name>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Smart (frame-accurate)</source>
        <translation>Inteligente (exacto al fotograma)</translation>
    </message>
    <message>
        <source>Copy (keyframes)</source>
        <translation>Copia (fotogramas clave)</translation>
    </message>
    <message>
        <source>Re-encode (H.264)</source>
        <translation>Recodificar (H.264)</translation>
    </message>
    <message>
        <source>&amp;Trim in→out</source>
        <translation>&amp;Recortar entrada→salida</translation>
    </message>
    <message>
        <source>Make a derivative clip from the in point to the out point (Ctrl+T)</source>
        <translation>Crear un clip derivado desde el punto de entrada hasta el de salida (Ctrl+T)</translation>
    </message>
    <message>
        <source>Save the current frame as a PNG, recorded as a derivative (Ctrl+E)</source>
        <translation>Guardar el fotograma actual como PNG, registrado como derivado (Ctrl+E)</translation>
    </message>
    <message>
        <source>Add a note and press Enter</source>
        <translation>Escriba una nota y pulse Intro</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Evidence (derivatives under their source)</source>
        <translation>Evidencias (los derivados bajo su origen)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Custodia</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (original)</source>
        <translation>%1 (original)</translation>
    </message>
    <message>
        <source>still</source>
        <translation>fotograma</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>made from:</source>
        <translation>creado a partir de:</translation>
    </message>
    <message>
        <source>Trim</source>
        <translation>Recorte</translation>
    </message>
    <message>
        <source>Open a clip first.</source>
        <translation>Abra primero un clip.</translation>
    </message>
    <message>
        <source>Set an in point (I) and an out point (O) after it.</source>
        <translation>Marque un punto de entrada (I) y, después, uno de salida (O).</translation>
    </message>
    <message>
        <source>Trimming %1 to %2</source>
        <translation>Recortando de %1 a %2</translation>
    </message>
    <message>
        <source>Export still</source>
        <translation>Exportar fotograma</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>&amp;Redact…</source>
        <translation>&amp;Anonimizar…</translation>
    </message>
    <message>
        <source>Hide bystanders, screens and card terminals in this clip (Ctrl+R)</source>
        <translation>Ocultar transeúntes, pantallas y terminales de pago en este clip (Ctrl+R)</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>Anonimizar</translation>
    </message>
    <message>
        <source>&amp;POS</source>
        <translation>&amp;TPV</translation>
    </message>
    <message>
        <source>&amp;Statements</source>
        <translation>&amp;Declaraciones</translation>
    </message>
    <message>
        <source>Request re&amp;lease…</source>
        <translation>Solicitar &amp;entrega…</translation>
    </message>
    <message>
        <source>Ask legal to release evidence of this case to the police (Ctrl+Shift+R)</source>
        <translation>Pedir a la asesoría jurídica que entregue evidencias de este caso a la policía (Ctrl+Mayús+R)</translation>
    </message>
    <message>
        <source>Side &amp;by side…</source>
        <translation>&amp;Lado a lado…</translation>
    </message>
    <message>
        <source>Review several clips of this case in sync by wall-clock time (Ctrl+Shift+S)</source>
        <translation>Revisar varios clips de este caso sincronizados por la hora real (Ctrl+Mayús+S)</translation>
    </message>
    <message>
        <source>Add &amp;evidence…</source>
        <translation>Añadir e&amp;videncias…</translation>
    </message>
    <message>
        <source>Bring in a DVR/VMS export, a phone video, a still or a document as a native master exhibit (or drop files on the case)</source>
        <translation>Incorporar una exportación de DVR/VMS, un vídeo de teléfono, una imagen fija o un documento como original maestro en formato nativo (o soltar archivos sobre el caso)</translation>
    </message>
    <message>
        <source>Redact the clip</source>
        <translation>Anonimizar el clip</translation>
    </message>
    <message>
        <source>Trim to the in/out points</source>
        <translation>Recortar a los puntos de entrada y salida</translation>
    </message>
    <message>
        <source>Request a release</source>
        <translation>Solicitar una entrega</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Lado a lado</translation>
    </message>
    <message>
        <source>Close the case window</source>
        <translation>Cerrar la ventana del caso</translation>
    </message>
    <message>
        <source>Export a still</source>
        <translation>Exportar un fotograma</translation>
    </message>
    <message>
        <source>%1 (native master, %2)</source>
        <translation>%1 (original maestro nativo, %2)</translation>
    </message>
    <message>
        <source>%1 at %2, %3</source>
        <translation>%1 en %2, %3</translation>
    </message>
    <message>
        <source>P&amp;olice</source>
        <translation>&amp;Policía</translation>
    </message>
    <message>
        <source>Release requested: legal reviews it under Releases (Ctrl+3).</source>
        <translation>Entrega solicitada: la asesoría jurídica la revisa en Entregas (Ctrl+3).</translation>
    </message>
    <message>
        <source>Chec&amp;klist</source>
        <translation>Lista de &amp;comprobación</translation>
    </message>
    <message>
        <source>document</source>
        <translation>documento</translation>
    </message>
    <message>
        <source>Case not available</source>
        <translation>Caso no disponible</translation>
    </message>
    <message>
        <source>%1 (untitled case)</source>
        <translation>%1 (caso sin título)</translation>
    </message>
    <message>
        <source>An incident that can no longer be read</source>
        <translation>Un incidente que ya no se puede leer</translation>
    </message>
    <message>
        <source>This clip cannot be cut exactly at the in and out points without re-encoding.</source>
        <translation>Este clip no se puede cortar exactamente en los puntos de entrada y salida sin recodificar.</translation>
    </message>
    <message>
        <source>Re-encode the range from %1 to %2 to a new H.264 clip instead? The original is not changed.</source>
        <translation>¿Recodificar en su lugar el intervalo de %1 a %2 en un nuevo clip H.264? El original no se modifica.</translation>
    </message>
    <message>
        <source>Or choose &quot;Copy (keyframes)&quot; to cut losslessly at the nearest keyframes.</source>
        <translation>O elija «Copia (fotogramas clave)» para cortar sin pérdida en los fotogramas clave más cercanos.</translation>
    </message>
    <message>
        <source>&amp;Re-encode</source>
        <translation>Rec&amp;odificar</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t trim</source>
        <translation>&amp;No recortar</translation>
    </message>
    <message>
        <source>E&amp;xport still…</source>
        <translation>Exportar &amp;fotograma…</translation>
    </message>
    <message>
        <source>%1: see Jobs (Ctrl+J) for its progress.</source>
        <translation>%1: consulte su progreso en Tareas (Ctrl+J).</translation>
    </message>
    <message>
        <source>Still at %1</source>
        <translation>Fotograma en %1</translation>
    </message>
</context>
<context>
    <name>lpdesk::ChainAnchors</name>
    <message>
        <source>Cannot read the custody chains: %1</source>
        <translation>No se pueden leer las cadenas de custodia: %1</translation>
    </message>
    <message>
        <source>Cannot write the anchor file %1: %2</source>
        <translation>No se puede escribir el archivo de anclas %1: %2</translation>
    </message>
    <message>
        <source>The anchor file %1 is locked by another program.</source>
        <translation>Otro programa tiene bloqueado el archivo de anclas %1.</translation>
    </message>
    <message>
        <source>Cannot read the anchor file %1.</source>
        <translation>No se puede leer el archivo de anclas %1.</translation>
    </message>
    <message>
        <source>The anchor file %1 is missing: it was deleted. Restore it from a backup; db check names what is lost.</source>
        <translation>Falta el archivo de anclas %1: se eliminó. Restáurelo desde una copia de seguridad; db check indica lo que se ha perdido.</translation>
    </message>
    <message>
        <source>The last line of the anchor file %1 is incomplete; run db check.</source>
        <translation>La última línea del archivo de anclas %1 está incompleta; ejecute db check.</translation>
    </message>
    <message>
        <source>no time-stamp authority is configured: signed only</source>
        <translation>no hay ninguna autoridad de sellado de tiempo configurada: solo firmada</translation>
    </message>
    <message>
        <source>the time-stamp authority did not answer: %1</source>
        <translation>la autoridad de sellado de tiempo no respondió: %1</translation>
    </message>
    <message>
        <source>Cannot record the anchor: %1</source>
        <translation>No se puede registrar el ancla: %1</translation>
    </message>
    <message>
        <source>the anchor file %1 is missing (deleted): the chains cannot be proven against their anchored heads</source>
        <translation>falta el archivo de anclas %1 (eliminado): no se puede demostrar que las cadenas llegan a sus cabezas ancladas</translation>
    </message>
    <message>
        <source>the anchor file %1 cannot be read</source>
        <translation>no se puede leer el archivo de anclas %1</translation>
    </message>
    <message>
        <source>%1: the last line is incomplete (cut or damaged)</source>
        <translation>%1: la última línea está incompleta (cortada o dañada)</translation>
    </message>
    <message>
        <source>%1 holds no anchor (emptied)</source>
        <translation>%1 no contiene ningún ancla (vaciado)</translation>
    </message>
    <message>
        <source>%1 line %2 is not an anchor (damaged or edited)</source>
        <translation>la línea %2 de %1 no es un ancla (dañada o editada)</translation>
    </message>
    <message>
        <source>%1 line %2 is anchor %3 where anchor %4 belongs: anchors are missing (a gap)</source>
        <translation>la línea %2 de %1 es el ancla %3 donde corresponde el ancla %4: faltan anclas (un hueco)</translation>
    </message>
    <message>
        <source>%1 line %2 (anchor %3) does not link to the line before it: a line was removed or changed</source>
        <translation>la línea %2 de %1 (ancla %3) no enlaza con la línea anterior: se eliminó o cambió una línea</translation>
    </message>
    <message>
        <source>%1 anchor %2 belongs to another database</source>
        <translation>el ancla %2 de %1 pertenece a otra base de datos</translation>
    </message>
    <message>
        <source>%1 anchor %2: the signature does not verify: %3</source>
        <translation>ancla %2 de %1: la firma no se verifica: %3</translation>
    </message>
    <message>
        <source>%1 anchor %2: the time-stamp does not verify: %3</source>
        <translation>ancla %2 de %1: el sello de tiempo no se verifica: %3</translation>
    </message>
    <message>
        <source>%1 anchor %2 says %3 but was time-stamped at %4 (back- or forward-dated)</source>
        <translation>el ancla %2 de %1 dice %3 pero se selló a las %4 (fecha anterior o posterior)</translation>
    </message>
    <message>
        <source>%1 anchor %2 was time-stamped before the anchor ahead of it</source>
        <translation>el ancla %2 de %1 se selló antes que el ancla que la precede</translation>
    </message>
    <message>
        <source>%1 anchor %2 has no time-stamp: %3</source>
        <translation>el ancla %2 de %1 no tiene sello de tiempo: %3</translation>
    </message>
    <message>
        <source>%1: the signatures cannot be checked: %2</source>
        <translation>%1: no se pueden comprobar las firmas: %2</translation>
    </message>
    <message>
        <source>%1 ends at anchor %2, but anchor %3 was written: its last lines were cut</source>
        <translation>%1 termina en el ancla %2, pero se escribió el ancla %3: se cortaron sus últimas líneas</translation>
    </message>
    <message>
        <source>%1 anchor %2 differs from the one written</source>
        <translation>el ancla %2 de %1 difiere de la que se escribió</translation>
    </message>
    <message>
        <source>audit chain</source>
        <translation>cadena de auditoría</translation>
    </message>
    <message>
        <source>custody chain %1</source>
        <translation>cadena de custodia %1</translation>
    </message>
    <message>
        <source>%1: cannot read event %2: %3</source>
        <translation>%1: no se puede leer el evento %2: %3</translation>
    </message>
    <message>
        <source>%1: event %2, anchored in anchor %3, is gone: the chain was truncated</source>
        <translation>%1: el evento %2, anclado en el ancla %3, ya no está: la cadena se truncó</translation>
    </message>
    <message>
        <source>%1: event %2 differs from the one anchored in anchor %3: the chain was rewritten</source>
        <translation>%1: el evento %2 difiere del anclado en el ancla %3: la cadena se reescribió</translation>
    </message>
    <message>
        <source>%1: %2 anchors; every anchored head is checked</source>
        <translation>%1: %2 anclas; se comprueba cada cabeza anclada</translation>
    </message>
    <message>
        <source>The anchor file %1 no longer holds anchor %2 as it was written (cut, emptied or replaced): no anchor is added. Restore it from a backup; db check names what is lost.</source>
        <translation>El archivo de anclas %1 ya no contiene el ancla %2 tal como se escribió (cortado, vaciado o sustituido): no se añade ningún ancla. Restáurelo desde una copia de seguridad; db check indica lo que se ha perdido.</translation>
    </message>
    <message>
        <source>%1 anchor %2 anchors event %3 of the %4 with another hash than anchor %5: the chain was rewritten and anchored again</source>
        <translation>%1: el ancla %2 ancla el evento %3 de la %4 con otro hash que el ancla %5: la cadena se reescribió y se volvió a anclar</translation>
    </message>
    <message>
        <source>%1 anchor %2 carries a time-stamp that was not checked: no time-stamp authority an administrator signed for is configured</source>
        <translation>El anclaje %2 de %1 lleva un sello de tiempo que no se comprobó: no hay configurada ninguna autoridad de sellado de tiempo firmada por un administrador</translation>
    </message>
    <message>
        <source>The anchor file %1 is missing, but the audit log records that anchors were written: it was deleted. Restore it from a backup; db check names what is lost.</source>
        <translation>Falta el archivo de anclas %1, pero el registro de auditoría indica que se escribieron anclas: se eliminó. Hay que restaurarlo desde una copia de seguridad; db check indica lo que se ha perdido.</translation>
    </message>
    <message>
        <source>The anchor file %1 no longer holds anchor %2 as the audit log records it (event %3): no anchor is added. Restore it from a backup; db check names what is lost.</source>
        <translation>El archivo de anclas %1 ya no contiene el ancla %2 tal como la registra el registro de auditoría (evento %3): no se añade ningún ancla. Hay que restaurarlo desde una copia de seguridad; db check indica lo que se ha perdido.</translation>
    </message>
    <message>
        <source>The anchor file %1 no longer holds the anchor written when the database was created (emptied): no anchor is added. Restore it from a backup; db check names what is lost.</source>
        <translation>El archivo de anclas %1 ya no contiene el ancla escrita al crear la base de datos (se vació): no se añade ningún ancla. Hay que restaurarlo desde una copia de seguridad; db check indica lo que se ha perdido.</translation>
    </message>
    <message>
        <source>the audit log records anchor %1 written (event %2), but there is no anchor file</source>
        <translation>el registro de auditoría indica que se escribió el ancla %1 (evento %2), pero no hay archivo de anclas</translation>
    </message>
    <message>
        <source>%1 ends at anchor %2, but the audit log records anchor %3 written (event %4): its lines were cut or the file was started again</source>
        <translation>%1 termina en el ancla %2, pero el registro de auditoría indica que se escribió el ancla %3 (evento %4): se cortaron sus líneas o el archivo se volvió a empezar</translation>
    </message>
    <message>
        <source>%1 anchor %2 differs from the one the audit log records (event %3): the file was replaced</source>
        <translation>el ancla %2 de %1 difiere de la que indica el registro de auditoría (evento %3): se sustituyó el archivo</translation>
    </message>
    <message>
        <source>%1 anchor %2 says %3 wrote it, but it was signed with the key of %4: forged</source>
        <translation>el ancla %2 de %1 dice que la escribió %3, pero se firmó con la clave de %4: falsificada</translation>
    </message>
    <message>
        <source>%1: cannot read its events&apos; times: %2</source>
        <translation>%1: no se pueden leer las horas de sus eventos: %2</translation>
    </message>
    <message>
        <source>%1: event %2 says it was made at %3, but it follows event %4, which %5 anchor %6 anchored and the time-stamp authority dated %7: it was written later and back-dated</source>
        <translation>%1: el evento %2 dice que se creó el %3, pero sigue al evento %4, que el ancla %6 de %5 ancló y que la autoridad de sellado de tiempo fechó el %7: se escribió más tarde y se antedató</translation>
    </message>
</context>
<context>
    <name>lpdesk::Cli</name>
    <message>
        <source>No passphrase: set LPDESK_PASSPHRASE, use --passphrase-file, or run in a terminal.</source>
        <translation>Sin frase de contraseña: defina LPDESK_PASSPHRASE, use --passphrase-file o ejecútelo en un terminal.</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>opción desconocida --%1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <source>Try &apos;lpdesk-cli --help&apos;.</source>
        <translation>Pruebe &apos;lpdesk-cli --help&apos;.</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation>No se puede leer el archivo de frase de contraseña %1: %2</translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Repita la frase de contraseña: </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>Which user? Give --user NAME or set LPDESK_USER.</source>
        <translation>¿Qué usuario? Indique --user NOMBRE o defina LPDESK_USER.</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Frase de contraseña de %1: </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>no command &apos;%1&apos;</source>
        <translation>no existe el comando &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Usage: lpdesk-cli [--db FILE] [--user NAME] [--json] [--passphrase-file FILE] COMMAND ...</source>
        <translation>Uso: lpdesk-cli [--db ARCHIVO] [--user NOMBRE] [--json] [--passphrase-file ARCHIVO] COMANDO ...</translation>
    </message>
    <message>
        <source>LP Desk command line: the same core services as the lpdesk workstation, headless.</source>
        <translation>Línea de comandos de LP Desk: los mismos servicios del núcleo que el puesto lpdesk, sin interfaz gráfica.</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Opciones globales:</translation>
    </message>
    <message>
        <source>case database (default: LPDESK_DB or the per-user data folder)</source>
        <translation>base de datos de casos (predeterminada: LPDESK_DB o la carpeta de datos del usuario)</translation>
    </message>
    <message>
        <source>who unlocks it (default: LPDESK_USER, or the only user)</source>
        <translation>quién la desbloquea (predeterminado: LPDESK_USER o el único usuario)</translation>
    </message>
    <message>
        <source>machine-readable output for list and show commands</source>
        <translation>salida legible por máquina para los comandos list y show</translation>
    </message>
    <message>
        <source>read the passphrase from FILE (else LPDESK_PASSPHRASE, else asked)</source>
        <translation>leer la frase de contraseña de ARCHIVO (si no, LPDESK_PASSPHRASE; si no, se pregunta)</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 failed, 2 usage error, 3 authentication or permission refused, 4 verification failed (tampering or corruption).</source>
        <translation>Códigos de salida: 0 correcto, 1 fallo, 2 error de uso, 3 autenticación o permiso denegados, 4 verificación fallida (manipulación o daños).</translation>
    </message>
    <message>
        <source>&apos;lpdesk-cli help COMMAND&apos; or &apos;lpdesk-cli COMMAND --help&apos; shows one command.</source>
        <translation>&apos;lpdesk-cli help COMANDO&apos; o &apos;lpdesk-cli COMANDO --help&apos; muestra un comando.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>comando desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>wrong number of arguments</source>
        <translation>número de argumentos incorrecto</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>init needs --admin NAME</source>
        <translation>init necesita --admin NOMBRE</translation>
    </message>
    <message>
        <source>Creating %1 (tuning the key-derivation cost to this machine)...</source>
        <translation>Creando %1 (ajustando el coste de derivación de claves a este equipo)...</translation>
    </message>
    <message>
        <source>--role must be investigator, legal, admin or auditor</source>
        <translation>--role debe ser investigator, legal, admin o auditor</translation>
    </message>
    <message>
        <source>Passphrase for the new user %1: </source>
        <translation>Frase de contraseña del nuevo usuario %1: </translation>
    </message>
    <message>
        <source>  (no key slot)</source>
        <translation>  (sin ranura de clave)</translation>
    </message>
    <message>
        <source>Current passphrase for %1: </source>
        <translation>Frase de contraseña actual de %1: </translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nueva frase de contraseña: </translation>
    </message>
    <message>
        <source>Recipient key (X25519) id %1</source>
        <translation>Clave de destinatario (X25519) id. %1</translation>
    </message>
    <message>
        <source>Signing certificate %1</source>
        <translation>Certificado de firma %1</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint %1</source>
        <translation>Huella SHA-256 %1</translation>
    </message>
    <message>
        <source>Organisation CA certificate (give this to police as org-ca.pem)</source>
        <translation>Certificado de CA de la organización (entréguelo a la policía como org-ca.pem)</translation>
    </message>
    <message>
        <source>SQLite integrity: ok</source>
        <translation>Integridad de SQLite: correcta</translation>
    </message>
    <message>
        <source>SQLite integrity: FAILED</source>
        <translation>Integridad de SQLite: FALLIDA</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message>
        <source>--since takes a date (2026-03-14) or an RFC 3339 time</source>
        <translation>--since admite una fecha (2026-03-14) o una hora RFC 3339</translation>
    </message>
    <message>
        <source>audit event %1: %2</source>
        <translation>evento de auditoría %1: %2</translation>
    </message>
    <message>
        <source>create a new encrypted case database (never overwrites)</source>
        <translation>crear una nueva base de datos de casos cifrada (nunca sobrescribe)</translation>
    </message>
    <message>
        <source>unlock and print your name and role</source>
        <translation>desbloquear y mostrar su nombre y su rol</translation>
    </message>
    <message>
        <source>change your passphrase (new one: LPDESK_NEW_PASSPHRASE or asked)</source>
        <translation>cambiar su frase de contraseña (la nueva: LPDESK_NEW_PASSPHRASE o se pregunta)</translation>
    </message>
    <message>
        <source>recipient key (what stores encrypt to) and signing certificates (PEM)</source>
        <translation>clave de destinatario (a la que cifran las tiendas) y certificados de firma (PEM)</translation>
    </message>
    <message>
        <source>write the recipient public key for a store</source>
        <translation>escribir la clave pública de destinatario para una tienda</translation>
    </message>
    <message>
        <source>write the organisation CA certificate (org-ca.pem for police)</source>
        <translation>escribir el certificado de CA de la organización (org-ca.pem para la policía)</translation>
    </message>
    <message>
        <source>integrity check and every hash chain; exit 4 on any break</source>
        <translation>comprobación de integridad y de cada cadena de hashes; sale con 4 ante cualquier ruptura</translation>
    </message>
    <message>
        <source>store-sim needs --out DIR and --recipient FILE</source>
        <translation>store-sim necesita --out DIR y --recipient ARCHIVO</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>--stores, --incidents, --clip-seconds and --seed take numbers</source>
        <translation>--stores, --incidents, --clip-seconds y --seed admiten números</translation>
    </message>
    <message>
        <source>--day takes a date like 2026-03-14</source>
        <translation>--day admite una fecha como 2026-03-14</translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT</source>
        <translation>--size admite ANCHOxALTO</translation>
    </message>
    <message>
        <source>%1 stores, %2 incidents, %3 clips (%4 MB encrypted)</source>
        <translation>%1 tiendas, %2 incidentes, %3 clips (%4 MB cifrados)</translation>
    </message>
    <message>
        <source>%1 is too large for a certificate or key.</source>
        <translation>%1 es demasiado grande para un certificado o una clave.</translation>
    </message>
    <message>
        <source>store add needs exactly one of --path DIR or --url URL</source>
        <translation>store add necesita exactamente uno de --path DIR o --url URL</translation>
    </message>
    <message>
        <source>--cert and --key go together</source>
        <translation>--cert y --key van juntos</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>%1: %2 new incidents, %3 new clips (%4 MB), %5 duplicates, %6 POS journals, %7 quarantined%8</source>
        <translation>%1: %2 incidentes nuevos, %3 clips nuevos (%4 MB), %5 duplicados, %6 diarios del TPV, %7 en cuarentena%8</translation>
    </message>
    <message>
        <source>; stopped: %1</source>
        <translation>; detenido: %1</translation>
    </message>
    <message>
        <source>lpdesk-cli: %1 items were quarantined; see &apos;lpdesk-cli quarantine list&apos;.</source>
        <translation>lpdesk-cli: %1 elementos quedaron en cuarentena; véase &apos;lpdesk-cli quarantine list&apos;.</translation>
    </message>
    <message>
        <source>--severity takes 1 to 5</source>
        <translation>--severity admite de 1 a 5</translation>
    </message>
    <message>
        <source>--%1 takes a date (2026-03-14) or an RFC 3339 time</source>
        <translation>--%1 admite una fecha (2026-03-14) o una hora RFC 3339</translation>
    </message>
    <message>
        <source>  (unread)</source>
        <translation>  (no leído)</translation>
    </message>
    <message>
        <source>--sort is one of priority, newest, oldest, severity, store, type</source>
        <translation>--sort es uno de priority, newest, oldest, severity, store, type</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Incidente %1</translation>
    </message>
    <message>
        <source>  store     %1 (%2)</source>
        <translation>  tienda    %1 (%2)</translation>
    </message>
    <message>
        <source>  type      %1, severity %2, trigger %3</source>
        <translation>  tipo      %1, gravedad %2, aviso %3</translation>
    </message>
    <message>
        <source>  detected  %1</source>
        <translation>  detectado %1</translation>
    </message>
    <message>
        <source>            %1 UTC</source>
        <translation>            %1 UTC</translation>
    </message>
    <message>
        <source>  location  %1%2%3</source>
        <translation>  lugar     %1%2%3</translation>
    </message>
    <message>
        <source>, register %1</source>
        <translation>, caja %1</translation>
    </message>
    <message>
        <source>, camera %1</source>
        <translation>, cámara %1</translation>
    </message>
    <message>
        <source>  narrative %1</source>
        <translation>  relato    %1</translation>
    </message>
    <message>
        <source>  suspect   %1: %2, %3, %4, %5; %6; %7</source>
        <translation>  sospechoso %1: %2, %3, %4, %5; %6; %7</translation>
    </message>
    <message>
        <source>  clip      %1  %2  %3 s  %4x%5  sha256 %6</source>
        <translation>  clip      %1  %2  %3 s  %4x%5  sha256 %6</translation>
    </message>
    <message>
        <source>  missing   %1 clip(s) were quarantined</source>
        <translation>  faltan    %1 clip(s) quedaron en cuarentena</translation>
    </message>
    <message>
        <source>  POS       register %1, transaction %2, %3</source>
        <translation>  TPV       caja %1, transacción %2, %3</translation>
    </message>
    <message>
        <source>stores with last pull, cursor and last error</source>
        <translation>tiendas con su última descarga, cursor y último error</translation>
    </message>
    <message>
        <source>what pulls refused, and why</source>
        <translation>lo que rechazaron las descargas, y por qué</translation>
    </message>
    <message>
        <source>write one realistic store drop per store under DIR/&lt;store-id&gt;/ (no database needed)</source>
        <translation>escribir un punto de entrega realista por tienda en DIR/&lt;id-tienda&gt;/ (no necesita base de datos)</translation>
    </message>
    <message>
        <source>case new needs --title T</source>
        <translation>case new necesita --title T</translation>
    </message>
    <message>
        <source>  id        %1</source>
        <translation>  id.       %1</translation>
    </message>
    <message>
        <source>  status    %1, assigned to %2</source>
        <translation>  estado    %1, asignado a %2</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>  created   %1 by %2</source>
        <translation>  creado    %1 por %2</translation>
    </message>
    <message>
        <source>  tags      %1</source>
        <translation>  etiquetas %1</translation>
    </message>
    <message>
        <source>  incident  %1</source>
        <translation>  incidente %1</translation>
    </message>
    <message numerus="yes">
        <source>  media     %n item(s) (see &apos;media list&apos;)</source>
        <translation>
            <numerusform>  medios    %n elemento (véase &apos;media list&apos;)</numerusform>
            <numerusform>  medios    %n elementos (véase &apos;media list&apos;)</numerusform>
        </translation>
    </message>
    <message>
        <source>  note      %1 (%2, %3)</source>
        <translation>  nota      %1 (%2, %3)</translation>
    </message>
    <message>
        <source>
      %1 of %2 %3</source>
        <translation>
      %1 de %2 %3</translation>
    </message>
    <message>
        <source>--%1 takes seconds (12.5) or HH:MM:SS.mmm</source>
        <translation>--%1 admite segundos (12.5) o HH:MM:SS.mmm</translation>
    </message>
    <message>
        <source>--mode is copy, smart or reencode</source>
        <translation>--mode es copy, smart o reencode</translation>
    </message>
    <message>
        <source>trimming… %1%</source>
        <translation>recortando… %1%</translation>
    </message>
    <message>
        <source>%1 trim: frames %2–%3, %4 s to %5 s%6</source>
        <translation>recorte %1: fotogramas %2–%3, de %4 s a %5 s%6</translation>
    </message>
    <message>
        <source> (copy trims start at the keyframe before the requested in-point)</source>
        <translation> (los recortes por copia empiezan en el fotograma clave anterior al punto de entrada pedido)</translation>
    </message>
    <message>
        <source>frame needs --out FILE.png</source>
        <translation>frame necesita --out ARCHIVO.png</translation>
    </message>
    <message>
        <source>event %1: %2</source>
        <translation>evento %1: %2</translation>
    </message>
    <message>
        <source>the offset is a number of seconds (positive: the recorder&apos;s clock is ahead)</source>
        <translation>el desfase es un número de segundos (positivo: el reloj del grabador va adelantado)</translation>
    </message>
    <message>
        <source>a chain of custody</source>
        <translation>una cadena de custodia</translation>
    </message>
    <message>
        <source>verify a chain and its signed checkpoints; exit 4 naming each break</source>
        <translation>verificar una cadena y sus puntos de control firmados; sale con 4 y nombra cada ruptura</translation>
    </message>
    <message>
        <source>redact needs --plan FILE.json</source>
        <translation>redact necesita --plan ARCHIVO.json</translation>
    </message>
    <message>
        <source>%1 is larger than a redaction plan may be.</source>
        <translation>%1 es más grande de lo que puede ser un plan de anonimización.</translation>
    </message>
    <message>
        <source>rendering… %1%</source>
        <translation>renderizando… %1%</translation>
    </message>
    <message>
        <source>  region %1 (%2, %3): %4–%5 s, %6 frames</source>
        <translation>  región %1 (%2, %3): %4–%5 s, %6 fotogramas</translation>
    </message>
    <message>
        <source>the reasons a redaction may give (admin: --set replaces the list; &apos;other&apos; always stays)</source>
        <translation>los motivos que puede alegar una anonimización (admin: --set sustituye la lista; &apos;other&apos; siempre permanece)</translation>
    </message>
    <message>
        <source>%1  %2 transactions, %3 line items, %4 rejected</source>
        <translation>%1  %2 transacciones, %3 líneas, %4 rechazadas</translation>
    </message>
    <message>
        <source>  rejected %1: %2</source>
        <translation>  rechazada %1: %2</translation>
    </message>
    <message>
        <source>pos import takes a FILE or --pulled</source>
        <translation>pos import admite un ARCHIVO o --pulled</translation>
    </message>
    <message>
        <source>--format is auto, poslog, csv or json</source>
        <translation>--format es auto, poslog, csv o json</translation>
    </message>
    <message>
        <source>--mapping is saved per store: give --store ID</source>
        <translation>--mapping se guarda por tienda: indique --store ID</translation>
    </message>
    <message>
        <source>Cannot read the mapping %1.</source>
        <translation>No se puede leer la correspondencia %1.</translation>
    </message>
    <message>
        <source>The mapping is not a JSON object: %1</source>
        <translation>La correspondencia no es un objeto JSON: %1</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>--window takes seconds</source>
        <translation>--window admite segundos</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) newly linked</source>
        <translation>
            <numerusform>%n transacción vinculada ahora</numerusform>
            <numerusform>%n transacciones vinculadas ahora</numerusform>
        </translation>
    </message>
    <message>
        <source>    in clip %1 at %2 s</source>
        <translation>    en el clip %1 a los %2 s</translation>
    </message>
    <message>
        <source>%1 is too long for a statement.</source>
        <translation>%1 es demasiado largo para una declaración.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.</source>
        <translation>%1 no es texto UTF-8.</translation>
    </message>
    <message>
        <source>statement add needs --author NAME and --text-file F</source>
        <translation>statement add necesita --author NOMBRE y --text-file F</translation>
    </message>
    <message>
        <source>signed off %1</source>
        <translation>firmada %1</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>, corrected by %1</source>
        <translation>, corregida por %1</translation>
    </message>
    <message>
        <source>POS: %1 journals imported, %2 transactions</source>
        <translation>TPV: %1 diarios importados, %2 transacciones</translation>
    </message>
    <message>
        <source>lpdesk-cli: POS journal not imported: %1</source>
        <translation>lpdesk-cli: diario del TPV no importado: %1</translation>
    </message>
    <message>
        <source>  statement %1  case %2  %3: %4</source>
        <translation>  declaración %1  caso %2  %3: %4</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>No se puede leer el archivo de contraseña %1: %2</translation>
    </message>
    <message>
        <source>Package password (hand it over separately): </source>
        <translation>Contraseña del paquete (entréguela por separado): </translation>
    </message>
    <message>
        <source>Package password: </source>
        <translation>Contraseña del paquete: </translation>
    </message>
    <message>
        <source>An encrypted package needs a password: give --password-file F, set LPDESK_PACKAGE_PASSWORD, or run in a terminal.</source>
        <translation>Un paquete cifrado necesita una contraseña: indique --password-file F, defina LPDESK_PACKAGE_PASSWORD o ejecútelo en un terminal.</translation>
    </message>
    <message>
        <source>The package is encrypted: give --password-file F, set LPDESK_PACKAGE_PASSWORD, or run in a terminal.</source>
        <translation>El paquete está cifrado: indique --password-file F, defina LPDESK_PACKAGE_PASSWORD o ejecútelo en un terminal.</translation>
    </message>
    <message>
        <source>; %1 by %2: %3</source>
        <translation>; %1 por %2: %3</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>aprobada</translation>
    </message>
    <message>
        <source>    void: %1</source>
        <translation>    anulada: %1</translation>
    </message>
    <message>
        <source>--purpose is usb or agency:ID</source>
        <translation>--purpose es usb o agency:ID</translation>
    </message>
    <message>
        <source>release request needs --note T</source>
        <translation>release request necesita --note T</translation>
    </message>
    <message>
        <source>    content SHA-256 %1</source>
        <translation>    SHA-256 del contenido %1</translation>
    </message>
    <message>
        <source>a decision needs --note T</source>
        <translation>una decisión necesita --note T</translation>
    </message>
    <message>
        <source>OK: package %1 (%2), %3 files, %4 bytes, %5 custody events, signed by %6</source>
        <translation>CORRECTO: paquete %1 (%2), %3 archivos, %4 bytes, %5 eventos de custodia, firmado por %6</translation>
    </message>
    <message numerus="yes">
        <source>FAILED: %n problem(s) in %1</source>
        <translation>
            <numerusform>FALLO: %n problema en %1</numerusform>
            <numerusform>FALLO: %n problemas en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>export needs --out FILE.zip</source>
        <translation>export necesita --out ARCHIVO.zip</translation>
    </message>
    <message>
        <source>%1: package %2, %3 files, %4 bytes, written and read back: it verifies.</source>
        <translation>%1: paquete %2, %3 archivos, %4 bytes, escrito y releído: se verifica.</translation>
    </message>
    <message>
        <source>Time-stamped %1 by %2 (RFC 3161)</source>
        <translation>Sellado de tiempo %1 por %2 (RFC 3161)</translation>
    </message>
    <message>
        <source>Cannot read the certificate file %1.</source>
        <translation>No se puede leer el archivo de certificado %1.</translation>
    </message>
    <message>
        <source>Time-stamp authority: %1</source>
        <translation>Autoridad de sellado de tiempo: %1</translation>
    </message>
    <message>
        <source>The TSA address must be an http:// or https:// URL.</source>
        <translation>La dirección de la TSA debe ser una URL http:// o https://.</translation>
    </message>
    <message>
        <source>tsa URL needs --ca PEM: the CA that issues the TSA&apos;s certificate</source>
        <translation>tsa URL necesita --ca PEM: la CA que emite el certificado de la TSA</translation>
    </message>
    <message>
        <source>Cannot read %1 (or it is over 64 KiB).</source>
        <translation>No se puede leer %1 (o supera 64 KiB).</translation>
    </message>
    <message>
        <source>--max-mb takes a number of MiB</source>
        <translation>--max-mb admite un número de MiB</translation>
    </message>
    <message>
        <source> (secret set)</source>
        <translation> (secreto definido)</translation>
    </message>
    <message>
        <source>  pinned CA</source>
        <translation>  CA fijada</translation>
    </message>
    <message>
        <source>agency profiles (never their secrets)</source>
        <translation>perfiles de organismos (nunca sus secretos)</translation>
    </message>
    <message>
        <source>  report %1</source>
        <translation>  denuncia %1</translation>
    </message>
    <message>
        <source>  next attempt %1</source>
        <translation>  próximo intento %1</translation>
    </message>
    <message>
        <source>submit needs --agency ID (and --wait takes seconds)</source>
        <translation>submit necesita --agency ID (y --wait admite segundos)</translation>
    </message>
    <message>
        <source>Not delivered yet; it stays in the outbox (outbox run retries it).</source>
        <translation>Aún no entregado; sigue en la bandeja de salida (outbox run lo reintenta).</translation>
    </message>
    <message>
        <source>--wait takes seconds</source>
        <translation>--wait admite segundos</translation>
    </message>
    <message>
        <source>submissions, their state, attempts and receipts</source>
        <translation>envíos, su estado, intentos y acuses</translation>
    </message>
    <message>
        <source>connect to the agency: TLS with the pinned CA (and client certificate), an HTTP answer</source>
        <translation>conectar con el organismo: TLS con la CA fijada (y certificado de cliente), una respuesta HTTP</translation>
    </message>
    <message>
        <source>TIME is RFC 3339 with an offset, e.g. 2026-03-14T14:02:11-05:00</source>
        <translation>HORA es RFC 3339 con desfase, p. ej. 2026-03-14T14:02:11-05:00</translation>
    </message>
    <message>
        <source>at %1 (%2 s)</source>
        <translation>a los %1 (%2 s)</translation>
    </message>
    <message>
        <source>no footage: the clip starts %1 s later</source>
        <translation>sin imagen: el clip empieza %1 s después</translation>
    </message>
    <message>
        <source>no footage: the clip ended %1 s earlier</source>
        <translation>sin imagen: el clip terminó %1 s antes</translation>
    </message>
    <message>
        <source>unlock once, then run one command per line of standard input (with --json: one JSON result per line)</source>
        <translation>desbloquear una vez y ejecutar un comando por cada línea de la entrada estándar (con --json: un resultado JSON por línea)</translation>
    </message>
    <message>
        <source>unterminated single quote</source>
        <translation>comilla simple sin cerrar</translation>
    </message>
    <message>
        <source>unterminated double quote</source>
        <translation>comilla doble sin cerrar</translation>
    </message>
    <message>
        <source>a shell cannot start another shell</source>
        <translation>un shell no puede iniciar otro shell</translation>
    </message>
    <message>
        <source>--idle-timeout takes seconds from 0 (never) to 86400</source>
        <translation>--idle-timeout admite segundos de 0 (nunca) a 86400</translation>
    </message>
    <message>
        <source>Cannot read the script %1: %2</source>
        <translation>No se puede leer el script %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the commands: %1</source>
        <translation>No se pueden leer los comandos: %1</translation>
    </message>
    <message>
        <source>No command for %1 s: the database is locked and the shell ends.</source>
        <translation>Ningún comando en %1 s: la base de datos se bloquea y el shell termina.</translation>
    </message>
    <message>
        <source>line %1 is longer than %2 bytes</source>
        <translation>la línea %1 supera los %2 bytes</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>line %1: --db, --user and --passphrase-file are set once, when the shell starts</source>
        <translation>línea %1: --db, --user y --passphrase-file se fijan una sola vez, al iniciar el shell</translation>
    </message>
    <message>
        <source>warning: add &quot;until_end&quot;: true to a region that must stay to the end of the clip; this warning is kept in the redaction log.</source>
        <translation>aviso: añada &quot;until_end&quot;: true a una región que deba mantenerse hasta el final del clip; este aviso queda en el registro de anonimización.</translation>
    </message>
    <message>
        <source>--style is blur, pixelate or fill</source>
        <translation>--style es blur, pixelate o fill</translation>
    </message>
    <message>
        <source>%1: %2, %3–%4 s, %5 keyframes</source>
        <translation>%1: %2, %3–%4 s, %5 fotogramas clave</translation>
    </message>
    <message numerus="yes">
        <source>%n suggested region(s) written to %1; review them, then render with &apos;lpdesk-cli redact MEDIA --plan %1&apos;.</source>
        <translation>
            <numerusform>%n región sugerida escrita en %1; revísela y luego renderice con &apos;lpdesk-cli redact MEDIO --plan %1&apos;.</numerusform>
            <numerusform>%n regiones sugeridas escritas en %1; revíselas y luego renderice con &apos;lpdesk-cli redact MEDIO --plan %1&apos;.</numerusform>
        </translation>
    </message>
    <message>
        <source>redact suggest needs --out PLAN.json</source>
        <translation>redact suggest necesita --out PLAN.json</translation>
    </message>
    <message>
        <source>--detect takes faces, people and plates (comma-separated), not &apos;%1&apos;</source>
        <translation>--detect admite faces, people y plates (separados por comas), no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>detecting… %1%</source>
        <translation>detectando… %1%</translation>
    </message>
    <message>
        <source>--box takes SECONDS,X,Y,WIDTH,HEIGHT (pixels of the frame shown at SECONDS)</source>
        <translation>--box admite SEGUNDOS,X,Y,ANCHO,ALTO (píxeles del fotograma mostrado en SEGUNDOS)</translation>
    </message>
    <message>
        <source>redact track needs --out PLAN.json</source>
        <translation>redact track necesita --out PLAN.json</translation>
    </message>
    <message>
        <source>  kinds: %1</source>
        <translation>  tipos: %1</translation>
    </message>
    <message numerus="yes">
        <source>  %n already imported from an overlapping journal (skipped)</source>
        <translation>
            <numerusform>  %n ya importada desde un diario solapado (omitida)</numerusform>
            <numerusform>  %n ya importadas desde un diario solapado (omitidas)</numerusform>
        </translation>
    </message>
    <message>
        <source>  note: %1</source>
        <translation>  nota: %1</translation>
    </message>
    <message>
        <source>media import needs --case CASE or --incident ID (one of them)</source>
        <translation>media import necesita --case CASO o --incident ID (uno de los dos)</translation>
    </message>
    <message>
        <source>media import needs --source TEXT: where the files came from</source>
        <translation>media import necesita --source TEXTO: de dónde proceden los archivos</translation>
    </message>
    <message>
        <source>--start takes an RFC 3339 time with an offset, e.g. 2026-03-14T14:02:11-05:00</source>
        <translation>--start admite una hora RFC 3339 con desfase, p. ej. 2026-03-14T14:02:11-05:00</translation>
    </message>
    <message>
        <source>--offset takes seconds (the recorder&apos;s clock minus true time)</source>
        <translation>--offset admite segundos (el reloj del grabador menos la hora real)</translation>
    </message>
    <message>
        <source>--fps takes a frame rate, e.g. 25 or 29.97</source>
        <translation>--fps admite una frecuencia de fotogramas, p. ej. 25 o 29.97</translation>
    </message>
    <message>
        <source>%1… %2%</source>
        <translation>%1… %2%</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 %3, SHA-256 %4%5</source>
        <translation>%1: %2 %3, SHA-256 %4%5</translation>
    </message>
    <message>
        <source>--%1 takes a date (YYYY-MM-DD) or an RFC 3339 time</source>
        <translation>--%1 admite una fecha (AAAA-MM-DD) o una hora RFC 3339</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>VENCIDO</translation>
    </message>
    <message>
        <source>EXIGENT: legal sign-off pending</source>
        <translation>EMERGENCIA: firma jurídica pendiente</translation>
    </message>
    <message>
        <source>fulfilled</source>
        <translation>atendido</translation>
    </message>
    <message>
        <source>  officer: %1</source>
        <translation>  agente: %1</translation>
    </message>
    <message>
        <source>  received: %1</source>
        <translation>  recibido: %1</translation>
    </message>
    <message>
        <source>  legal basis: %1</source>
        <translation>  base jurídica: %1</translation>
    </message>
    <message>
        <source>  asks %1: %2</source>
        <translation>  pide %1: %2</translation>
    </message>
    <message>
        <source>  cases: %1</source>
        <translation>  casos: %1</translation>
    </message>
    <message>
        <source>  releases: %1 (fulfilled by: %2)</source>
        <translation>  entregas: %1 (atendido con: %2)</translation>
    </message>
    <message>
        <source>  document %1  %2  %3 bytes  sha256 %4</source>
        <translation>  documento %1  %2  %3 bytes  sha256 %4</translation>
    </message>
    <message>
        <source>  legal sign-off due by %1</source>
        <translation>  firma jurídica antes del %1</translation>
    </message>
    <message>
        <source>  closed by %1 at %2: %3</source>
        <translation>  cerrado por %1 el %2: %3</translation>
    </message>
    <message>
        <source>followup add needs --kind K and --at T</source>
        <translation>followup add necesita --kind K y --at T</translation>
    </message>
    <message>
        <source>--amount takes a number</source>
        <translation>--amount admite un número</translation>
    </message>
    <message>
        <source>police requests, overdue and unsigned exigent ones flagged</source>
        <translation>requerimientos policiales; se señalan los vencidos y los de emergencia sin firmar</translation>
    </message>
    <message>
        <source>one police request with its cases, releases and documents</source>
        <translation>un requerimiento policial con sus casos, entregas y documentos</translation>
    </message>
    <message>
        <source>police follow-up of a case</source>
        <translation>seguimiento policial de un caso</translation>
    </message>
    <message>
        <source>%1  incidents %2  cases %3  MTTR median %4 p90 %5  complete %6  follow-up %7  closed %8  repeat %9</source>
        <translation>%1  incidentes %2  casos %3  MTTR mediana %4 p90 %5  completos %6  seguimiento %7  cerrados %8  repetidos %9</translation>
    </message>
    <message>
        <source>--%1 takes a date, YYYY-MM-DD (the store&apos;s local date)</source>
        <translation>--%1 admite una fecha, AAAA-MM-DD (fecha local de la tienda)</translation>
    </message>
    <message>
        <source>give --store or --region, not both</source>
        <translation>indique --store o --region, no ambos</translation>
    </message>
    <message>
        <source>all</source>
        <translation>total</translation>
    </message>
    <message>
        <source>outcomes: %1 arrests, %2 charged, %3 recoveries (%4), %5 closed by police</source>
        <translation>resultados: %1 detenciones, %2 imputaciones, %3 recuperaciones (%4), %5 cerrados por la policía</translation>
    </message>
    <message>
        <source>a legal hold and its lifting need --reason T</source>
        <translation>una retención legal y su levantamiento necesitan --reason T</translation>
    </message>
    <message>
        <source>  (lifted by %1 at %2: %3)</source>
        <translation>  (levantada por %1 el %2: %3)</translation>
    </message>
    <message>
        <source>DAYS is a whole number of days</source>
        <translation>DÍAS es un número entero de días</translation>
    </message>
    <message>
        <source>No retention rules: nothing is ever purged.</source>
        <translation>Sin reglas de conservación: nunca se purga nada.</translation>
    </message>
    <message>
        <source>%1 %2: %3 days from the %4 (set by %5 at %6)</source>
        <translation>%1 %2: %3 días (desde: %4; fijado por %5 el %6)</translation>
    </message>
    <message>
        <source>case&apos;s closure</source>
        <translation>cierre del caso</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>incidente</translation>
    </message>
    <message>
        <source>purged %1 of %2</source>
        <translation>purgados: %1 de %2</translation>
    </message>
    <message>
        <source>would be purged</source>
        <translation>se purgaría</translation>
    </message>
    <message>
        <source>purged</source>
        <translation>purgado</translation>
    </message>
    <message>
        <source>kept: %1</source>
        <translation>conservado: %1</translation>
    </message>
    <message>
        <source>%1 items (%2 bytes) would be purged; %3 expired items are kept.</source>
        <translation>Se purgarían %1 elementos (%2 bytes); se conservan %3 elementos caducados.</translation>
    </message>
    <message>
        <source>%1 items purged; %2 expired items are kept.</source>
        <translation>%1 elementos purgados; se conservan %2 elementos caducados.</translation>
    </message>
    <message>
        <source>program KPIs: MTTR (median, p90), evidence completeness, follow-up, closure and repeat rates, outcomes (store-local dates)</source>
        <translation>KPI del programa: MTTR (mediana, p90), completitud de las evidencias, tasas de seguimiento, cierre y repetición, resultados (fechas locales de la tienda)</translation>
    </message>
    <message>
        <source>legal holds in force (--all: lifted ones too)</source>
        <translation>retenciones legales vigentes (--all: también las levantadas)</translation>
    </message>
    <message>
        <source>retention rules</source>
        <translation>reglas de conservación</translation>
    </message>
    <message>
        <source>--codec takes h264 or h265</source>
        <translation>--codec admite h264 o h265</translation>
    </message>
    <message>
        <source>--bframes takes a number from 0 to 16</source>
        <translation>--bframes admite un número de 0 a 16</translation>
    </message>
    <message>
        <source>warning: police request %1 (%2, %3 %4) was due %5</source>
        <translation>aviso: el requerimiento policial %1 (%2, %3 %4) vencía el %5</translation>
    </message>
    <message>
        <source>needs no case database</source>
        <translation>no necesita base de datos de casos</translation>
    </message>
    <message>
        <source>commands missing from the permission map</source>
        <translation>órdenes que faltan en la tabla de permisos</translation>
    </message>
    <message>
        <source>the permission table: each action, the roles that may do it, its commands</source>
        <translation>la tabla de permisos: cada acción, los roles que pueden realizarla y sus órdenes</translation>
    </message>
    <message>
        <source>New recipient key %1 written to %2. Give this file to every store (its edge box or `store-sim --recipient`): until a store has it, what it sends stays readable with the retired key. Files already here are encrypted to a retired key until `lpdesk-cli db reencrypt` has run (`db reencrypt --list` names them).</source>
        <translation>Nueva clave de destinatario %1 escrita en %2. Entregue este archivo a cada tienda (su equipo perimetral o `store-sim --recipient`): hasta que una tienda lo tenga, lo que envía sigue siendo legible con la clave retirada. Los archivos ya presentes quedan cifrados con una clave retirada hasta ejecutar `lpdesk-cli db reencrypt` (`db reencrypt --list` los nombra).</translation>
    </message>
    <message>
        <source>--recipient-out goes with --rekey</source>
        <translation>--recipient-out va con --rekey</translation>
    </message>
    <message>
        <source>%1&apos;s certificate is revoked (the revocation list goes into every package as crl.pem).</source>
        <translation>El certificado de %1 está revocado (la lista de revocación va en cada paquete como crl.pem).</translation>
    </message>
    <message>
        <source>Rotating the master key and the recipient key so that nothing the removed user held opens the database or what is pulled from now on...</source>
        <translation>Rotando la clave maestra y la clave de destinatario para que nada de lo que tenía el usuario eliminado abra la base de datos ni lo que se descargue a partir de ahora...</translation>
    </message>
    <message>
        <source>re-encrypting %1 of %2</source>
        <translation>volviendo a cifrar %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) re-encrypted to the current recipient key; %1 retired key(s) forgotten.</source>
        <translation>
            <numerusform>%n archivo vuelto a cifrar con la clave de destinatario actual; %1 clave(s) retirada(s) olvidada(s).</numerusform>
            <numerusform>%n archivos vueltos a cifrar con la clave de destinatario actual; %1 clave(s) retirada(s) olvidada(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no revocation list yet; an administrator signs in once to make it.</source>
        <translation>Aún no hay lista de revocación; un/a administrador/a inicia sesión una vez para crearla.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>Anchor %1 written to %2: the audit chain at event %3 and %4 custody chains, signed by %5.</source>
        <translation>Ancla %1 escrita en %2: la cadena de auditoría en el evento %3 y %4 cadenas de custodia, firmada por %5.</translation>
    </message>
    <message>
        <source>Not time-stamped: %1</source>
        <translation>Sin sello de tiempo: %1</translation>
    </message>
    <message>
        <source>Time-stamped by the configured time-stamp authority (RFC 3161).</source>
        <translation>Sellado por la autoridad de sellado de tiempo configurada (RFC 3161).</translation>
    </message>
    <message>
        <source>anchor the heads of the audit and custody chains in &lt;db&gt;.anchors (signed by you, time-stamped by the TSA); --export writes anchor.json, .p7s and .tsr</source>
        <translation>anclar las cabezas de las cadenas de auditoría y custodia en &lt;db&gt;.anchors (firmado por usted, sellado por la TSA); --export escribe anchor.json, .p7s y .tsr</translation>
    </message>
    <message>
        <source>write the organisation CA&apos;s certificate revocation list (crl.pem)</source>
        <translation>escribe la lista de revocación de certificados de la CA de la organización (crl.pem)</translation>
    </message>
    <message>
        <source>Package password (shown once; hand it over separately, never with the package): %1</source>
        <translation>Contraseña del paquete (se muestra una sola vez; entréguela por separado, nunca con el paquete): %1</translation>
    </message>
    <message>
        <source>No time-stamp authority: packages, anchors and approvals carry no RFC 3161 token.</source>
        <translation>Sin autoridad de sellado de tiempo: los paquetes, los anclajes y las aprobaciones no llevan token RFC 3161.</translation>
    </message>
    <message>
        <source>Time-stamp authority: %1 (settings signed by %2)</source>
        <translation>Autoridad de sellado de tiempo: %1 (configuración firmada por %2)</translation>
    </message>
    <message>
        <source>Nothing waits for you.</source>
        <translation>Nada le espera.</translation>
    </message>
    <message>
        <source>Notifications: %1 unseen</source>
        <translation>Notificaciones: %1 sin ver</translation>
    </message>
    <message>
        <source>what waits for you (open cases, release requests, decisions to make, exigent sign-offs, overdue police requests) and your notifications; --mark-seen marks them seen</source>
        <translation>lo que le espera (casos abiertos, solicitudes de entrega, decisiones pendientes, firmas de emergencia, requerimientos policiales vencidos) y sus notificaciones; --mark-seen las marca como vistas</translation>
    </message>
    <message>
        <source>--min-length takes a number of characters</source>
        <translation>--min-length requiere un número de caracteres</translation>
    </message>
    <message>
        <source>--format must be pdf</source>
        <translation>--format debe ser pdf</translation>
    </message>
    <message>
        <source>%1 audit event(s) written to %2</source>
        <translation>%1 evento(s) de auditoría escritos en %2</translation>
    </message>
    <message>
        <source>--window takes 1–86400 seconds</source>
        <translation>--window admite de 1 a 86400 segundos</translation>
    </message>
    <message>
        <source>  (linked)</source>
        <translation>  (vinculada)</translation>
    </message>
    <message>
        <source>every transaction of the incidents&apos; stores within ±S seconds (default 1800) of an incident of the case, linked or not: what to link by hand</source>
        <translation>todas las transacciones de las tiendas de los incidentes a ±S segundos (1800 por defecto) de un incidente del caso, vinculadas o no: lo que se puede vincular a mano</translation>
    </message>
    <message numerus="yes">
        <source>%n revocation(s) the audit log records were missing from the revocation list; it is issued again with them.</source>
        <translation>
            <numerusform>Faltaba %n revocación registrada en el registro de auditoría en la lista de revocación; se emite de nuevo con ella.</numerusform>
            <numerusform>Faltaban %n revocaciones registradas en el registro de auditoría en la lista de revocación; se emite de nuevo con ellas.</numerusform>
        </translation>
    </message>
    <message>
        <source>hint: give --ca FILE (the CA certificate the sender gave you) to check who made it.</source>
        <translation>sugerencia: indique --ca FILE (el certificado de CA que le dio el remitente) para comprobar quién lo hizo.</translation>
    </message>
    <message>
        <source>hint: give --tsa-ca FILE (the time-stamp authority&apos;s certificate) to let the time-stamp decide against revocations.</source>
        <translation>sugerencia: indique --tsa-ca FILE (el certificado de la autoridad de sellado de tiempo) para que el sello de tiempo decida frente a las revocaciones.</translation>
    </message>
    <message>
        <source>The revocation list already holds every revocation the audit log records, and its number (%1) is the highest issued.</source>
        <translation>La lista de revocación ya contiene todas las revocaciones que indica el registro de auditoría, y su número (%1) es el más alto emitido.</translation>
    </message>
    <message>
        <source>The revocation list is now number %1 (the one in the database was number %2; the highest the audit log records, %3).</source>
        <translation>La lista de revocación es ahora la número %1 (la de la base de datos era la número %2; la más alta que indica el registro de auditoría, la %3).</translation>
    </message>
    <message>
        <source>Complete (checklist for %1)</source>
        <translation>Completo (lista de comprobación de %1)</translation>
    </message>
    <message>
        <source>Not complete yet (checklist for %1)</source>
        <translation>Aún no está completo (lista de comprobación de %1)</translation>
    </message>
    <message>
        <source> (not needed: no incident names a register)</source>
        <translation> (no hace falta: ningún incidente indica una caja)</translation>
    </message>
    <message>
        <source>%1 — %2 (built in)</source>
        <translation>%1 — %2 (incorporado)</translation>
    </message>
    <message>
        <source>%1 — %2 (version %3, published by %4 at %5)</source>
        <translation>%1 — %2 (versión %3, publicada por %4 el %5)</translation>
    </message>
    <message>
        <source>Immediate actions: %1</source>
        <translation>Acciones inmediatas: %1</translation>
    </message>
    <message>
        <source>Reporting: %1</source>
        <translation>Comunicación: %1</translation>
    </message>
    <message>
        <source>Evidence to preserve: %1</source>
        <translation>Evidencias que conservar: %1</translation>
    </message>
    <message>
        <source>--version takes a version number (0: the built-in procedure)</source>
        <translation>--version admite un número de versión (0: el procedimiento incorporado)</translation>
    </message>
    <message>
        <source>%1  %2  built in</source>
        <translation>%1  %2  incorporado</translation>
    </message>
    <message>
        <source>%1  %2  version %3 (%4, %5)</source>
        <translation>%1  %2  versión %3 (%4, %5)</translation>
    </message>
    <message>
        <source>sop publish needs --file F.json with title, immediate, reporting and preserve</source>
        <translation>sop publish necesita --file F.json con title, immediate, reporting y preserve</translation>
    </message>
    <message>
        <source>%1 is too large for a procedure</source>
        <translation>%1 es demasiado grande para un procedimiento</translation>
    </message>
    <message>
        <source>%1 must be a JSON object with the strings title, immediate, reporting and preserve, and nothing else</source>
        <translation>%1 debe ser un objeto JSON con las cadenas title, immediate, reporting y preserve, y nada más</translation>
    </message>
    <message>
        <source>Published version %1 of the procedure for %2</source>
        <translation>Publicada la versión %1 del procedimiento de %2</translation>
    </message>
    <message>
        <source>the procedure (SOP) in force for each incident type</source>
        <translation>el procedimiento (SOP) vigente para cada tipo de incidente</translation>
    </message>
    <message>
        <source>a procedure: immediate actions, reporting steps, evidence to preserve</source>
        <translation>un procedimiento: acciones inmediatas, pasos de comunicación, evidencias que conservar</translation>
    </message>
    <message>
        <source>every published version of a procedure, newest first</source>
        <translation>todas las versiones publicadas de un procedimiento, de la más reciente a la más antigua</translation>
    </message>
    <message>
        <source>--history takes a number of days up to %1</source>
        <translation>--history admite un número de días hasta %1</translation>
    </message>
    <message>
        <source>%1  %2  version %3 REFUSED: %4</source>
        <translation>%1  %2  versión %3 RECHAZADA: %4</translation>
    </message>
    <message>
        <source>le-request add needs --kind K (or --template NAME) and --agency A</source>
        <translation>le-request add necesita --kind K (o --template NOMBRE) y --agency A</translation>
    </message>
    <message>
        <source>  recorded from template %1, version %2</source>
        <translation>  registrado a partir de la plantilla %1, versión %2</translation>
    </message>
    <message>
        <source>%1 — %2 (%3, built in)</source>
        <translation>%1 — %2 (%3, incorporada)</translation>
    </message>
    <message>
        <source>%1 — %2 (%3, version %4, published by %5 at %6)</source>
        <translation>%1 — %2 (%3, versión %4, publicada por %5 el %6)</translation>
    </message>
    <message numerus="yes">
        <source>Due: %n day(s) after it is received</source>
        <translation>
            <numerusform>Plazo: %n día desde su recepción</numerusform>
            <numerusform>Plazo: %n días desde su recepción</numerusform>
        </translation>
    </message>
    <message>
        <source>Due: no default due date</source>
        <translation>Plazo: sin fecha límite predeterminada</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>Base jurídica: %1</translation>
    </message>
    <message>
        <source>What is asked: %1</source>
        <translation>Qué se pide: %1</translation>
    </message>
    <message>
        <source>Letter:</source>
        <translation>Carta:</translation>
    </message>
    <message>
        <source>%1  %2  %3  built in</source>
        <translation>%1  %2  %3  incorporada</translation>
    </message>
    <message>
        <source>%1  %2  %3  version %4 (%5, %6)</source>
        <translation>%1  %2  %3  versión %4 (%5, %6)</translation>
    </message>
    <message>
        <source>--version takes a version number (0: the built-in template)</source>
        <translation>--version admite un número de versión (0: la plantilla incorporada)</translation>
    </message>
    <message>
        <source>le-request template set needs --file F.json with kind, title, due_days, legal_basis, asked and letter</source>
        <translation>le-request template set necesita --file F.json con kind, title, due_days, legal_basis, asked y letter</translation>
    </message>
    <message>
        <source>%1 is too large for a request template</source>
        <translation>%1 es demasiado grande para una plantilla de requerimiento</translation>
    </message>
    <message>
        <source>%1 must be a JSON object with the strings kind, title, legal_basis, asked and letter and the whole number due_days, and nothing else</source>
        <translation>%1 debe ser un objeto JSON con las cadenas kind, title, legal_basis, asked y letter y el número entero due_days, y nada más</translation>
    </message>
    <message>
        <source>Published version %1 of the request template %2</source>
        <translation>Publicada la versión %1 de la plantilla de requerimiento %2</translation>
    </message>
    <message>
        <source>request templates: per kind a due period, legal basis, what is asked and a letter</source>
        <translation>plantillas de requerimiento: por tipo, un plazo, una base jurídica, lo solicitado y una carta</translation>
    </message>
    <message>
        <source>every published version of a request template</source>
        <translation>todas las versiones publicadas de una plantilla de requerimiento</translation>
    </message>
    <message>
        <source>one request template with its letter</source>
        <translation>una plantilla de requerimiento con su carta</translation>
    </message>
    <message>
        <source>Procedure in force when the case was opened (%1): %2 (built in)</source>
        <translation>Procedimiento vigente al abrir el caso (%1): %2 (incorporado)</translation>
    </message>
    <message>
        <source>Procedure in force when the case was opened (%1): %2 (%3 version %4)</source>
        <translation>Procedimiento vigente al abrir el caso (%1): %2 (%3, versión %4)</translation>
    </message>
    <message>
        <source>Procedure refused: %1</source>
        <translation>Procedimiento rechazado: %1</translation>
    </message>
    <message>
        <source>A newer procedure is in force now: %1 (built in)</source>
        <translation>Ahora está vigente un procedimiento más reciente: %1 (incorporado)</translation>
    </message>
    <message>
        <source>A newer procedure is in force now: %1 (%2 version %3, published by %4 at %5)</source>
        <translation>Ahora está vigente un procedimiento más reciente: %1 (%2, versión %3, publicada por %4 el %5)</translation>
    </message>
    <message>
        <source>a general procedure would replace the built-in procedures of %1 (they have none of their own); publish theirs first, or give --replace-built-ins</source>
        <translation>un procedimiento general sustituiría a los procedimientos incorporados de %1 (esos tipos no tienen uno propio); hay que publicar antes los suyos o indicar --replace-built-ins</translation>
    </message>
    <message>
        <source>warning: the general procedure now replaces the built-in procedures of %1</source>
        <translation>aviso: el procedimiento general sustituye ahora a los procedimientos incorporados de %1</translation>
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
        <translation>indique el SHA-256 del certificado de CA de la organización (64 dígitos hexadecimales)</translation>
    </message>
    <message>
        <source>Organisation CA certificate %1 confirmed; your key slot is pinned to it.</source>
        <translation>Certificado de CA de la organización %1 confirmado; su ranura de clave queda fijada a él.</translation>
    </message>
    <message>
        <source>key confirm-ca runs on its own, not in a shell</source>
        <translation>key confirm-ca se ejecuta por sí solo, no dentro de un shell</translation>
    </message>
    <message>
        <source>agency add %1</source>
        <translation>agency add %1</translation>
    </message>
    <message>
        <source>agency %1</source>
        <translation>organismo %1</translation>
    </message>
    <message>
        <source>  system CAs (not pinned)</source>
        <translation>  CA del sistema (sin fijar)</translation>
    </message>
    <message>
        <source>  no CA (refused)</source>
        <translation>  sin CA (conexión rechazada)</translation>
    </message>
    <message>
        <source>media export needs --out FILE: where the copy goes (a new file)</source>
        <translation>media export necesita --out FILE: dónde va la copia (un archivo nuevo)</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Version %1 of the template %2 is REFUSED (%3); version %4 is used instead.</source>
        <translation>La versión %1 de la plantilla %2 está RECHAZADA (%3); se usa en su lugar la versión %4.</translation>
    </message>
    <message>
        <source>Version %1 REFUSED: %2 Shown instead:</source>
        <translation>Versión %1 RECHAZADA: %2 Se muestra en su lugar:</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4 stands in; version %5 REFUSED: %6</source>
        <translation>%1  %2  %3  en su lugar se usa %4; versión %5 RECHAZADA: %6</translation>
    </message>
    <message>
        <source>the built-in template</source>
        <translation>la plantilla incorporada</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>la versión %1</translation>
    </message>
    <message>
        <source>--mode is smart or full</source>
        <translation>--mode es smart o full</translation>
    </message>
    <message>
        <source>store add %1</source>
        <translation>store add %1</translation>
    </message>
    <message>
        <source>store %1</source>
        <translation>tienda %1</translation>
    </message>
    <message>
        <source>%1&apos;s legal role waits for another administrator: lpdesk-cli user confirm-role %1</source>
        <translation>El rol de asesoría jurídica de %1 espera a otro administrador: lpdesk-cli user confirm-role %1</translation>
    </message>
    <message>
        <source>  (legal grant by %1 awaits a second administrator)</source>
        <translation>  (rol de asesoría jurídica otorgado por %1, pendiente de un segundo administrador)</translation>
    </message>
    <message>
        <source>%1&apos;s legal role is confirmed.</source>
        <translation>El rol de asesoría jurídica de %1 está confirmado.</translation>
    </message>
    <message>
        <source>--legal-needs-second-admin takes on or off</source>
        <translation>--legal-needs-second-admin admite on u off</translation>
    </message>
    <message>
        <source>Granting the legal role needs a second administrator to confirm it.</source>
        <translation>Otorgar el rol de asesoría jurídica requiere que un segundo administrador lo confirme.</translation>
    </message>
    <message>
        <source>Granting the legal role needs no second administrator.</source>
        <translation>Otorgar el rol de asesoría jurídica no requiere un segundo administrador.</translation>
    </message>
    <message>
        <source>the passphrase policy; --min-length (admin) raises the minimum length (8 to 64); --legal-needs-second-admin (admin) makes a grant of legal wait for a second administrator</source>
        <translation>la política de frases de contraseña; --min-length (admin) sube la longitud mínima (8 a 64); --legal-needs-second-admin (admin) hace que otorgar el rol legal espere a un segundo administrador</translation>
    </message>
    <message>
        <source>incidents by type: %1</source>
        <translation>incidentes por tipo: %1</translation>
    </message>
    <message>
        <source>incidents by trigger: %1</source>
        <translation>incidentes por disparador: %1</translation>
    </message>
    <message>
        <source>medians from detection: to case %1, to legal&apos;s decision %2, to close %3</source>
        <translation>medianas desde la detección: hasta el caso %1, hasta la decisión de asesoría jurídica %2, hasta el cierre %3</translation>
    </message>
    <message>
        <source>top repeat stores (repeat incidents within 30 days): %1</source>
        <translation>tiendas con más incidentes repetidos (repetidos en 30 días): %1</translation>
    </message>
    <message>
        <source>(no procedure)</source>
        <translation>(sin procedimiento)</translation>
    </message>
    <message>
        <source>%1  %2  version %3 stands in; version %4 REFUSED: %5</source>
        <translation>%1  %2  en su lugar se usa la versión %3; versión %4 RECHAZADA: %5</translation>
    </message>
    <message>
        <source>settings idle-lock takes a whole number of minutes (%1 to %2)</source>
        <translation>settings idle-lock admite un número entero de minutos (%1 a %2)</translation>
    </message>
    <message numerus="yes">
        <source>Workstations lock after %n minute(s) without input</source>
        <translation>
            <numerusform>Los puestos de trabajo se bloquean tras %n minuto sin actividad</numerusform>
            <numerusform>Los puestos de trabajo se bloquean tras %n minutos sin actividad</numerusform>
        </translation>
    </message>
    <message>
        <source>how long a workstation may be left without input before it locks itself (admin: MINUTES sets the organisation&apos;s limit, %1 to %2; a person may only choose shorter)</source>
        <translation>cuánto tiempo puede quedar un puesto de trabajo sin actividad antes de bloquearse solo (admin: MINUTES fija el límite de la organización, de %1 a %2; cada persona solo puede elegir uno más corto)</translation>
    </message>
    <message>
        <source>The organisation locks an idle session after %1 s: this shell locks then.</source>
        <translation>La organización bloquea una sesión inactiva tras %1 s: este shell se bloqueará entonces.</translation>
    </message>
    <message>
        <source>%1 is evidence of several cases; say which with --case.</source>
        <translation>%1 es evidencia de varios casos; indique cuál con --case.</translation>
    </message>
    <message>
        <source>The trim modes: --mode smart (frame-accurate), --mode copy (at keyframes) or --mode reencode.</source>
        <translation>Los modos de recorte: --mode smart (exacto al fotograma), --mode copy (en los fotogramas clave) o --mode reencode.</translation>
    </message>
    <message>
        <source>The format is given with --format poslog, csv or json.</source>
        <translation>El formato se indica con --format poslog, csv o json.</translation>
    </message>
    <message>
        <source>The date order is given with --date-order mdy (month first) or --date-order dmy (day first).</source>
        <translation>El orden de la fecha se indica con --date-order mdy (primero el mes) o --date-order dmy (primero el día).</translation>
    </message>
    <message>
        <source>, working copy %1 (transcoded to H.264)</source>
        <translation>, copia de trabajo %1 (transcodificada a H.264)</translation>
    </message>
    <message>
        <source>, working copy %1 (remuxed)</source>
        <translation>, copia de trabajo %1 (remultiplexada)</translation>
    </message>
    <message>
        <source>  recorded from %1 (%2)</source>
        <translation>  grabación desde %1 (%2)</translation>
    </message>
    <message>
        <source>The legal basis is given with --basis.</source>
        <translation>La base jurídica se indica con --basis.</translation>
    </message>
    <message>
        <source>%1 %2 total, median %3, cases %4</source>
        <translation>%1 %2 en total, mediana %3, casos %4</translation>
    </message>
    <message>
        <source>(no currency)</source>
        <translation>(sin moneda)</translation>
    </message>
    <message>
        <source>loss from linked POS: %1</source>
        <translation>pérdida según las transacciones del TPV vinculadas: %1</translation>
    </message>
    <message>
        <source>loss from linked POS, %1: %2</source>
        <translation>pérdida según las transacciones del TPV vinculadas, %1: %2</translation>
    </message>
    <message>
        <source>Could not read the agency&apos;s status of %1</source>
        <translation>No se pudo leer el estado que indica el organismo para %1</translation>
    </message>
    <message>
        <source>%1 agency status(es) read; %2 follow-up(s) recorded.</source>
        <translation>%1 estado(s) de organismos leído(s); %2 seguimiento(s) registrado(s).</translation>
    </message>
    <message>
        <source>  POS ids %1</source>
        <translation>  id. del TPV %1</translation>
    </message>
    <message>
        <source>the ids the store&apos;s own POS system writes for it in its journals (NCR RetailStoreID, Futura BusinessUnit/UnitID): journals naming one import as the store&apos;s; adding and removing: admin</source>
        <translation>los id. que el propio TPV de la tienda escribe para ella en sus diarios (NCR RetailStoreID, Futura BusinessUnit/UnitID): los diarios que nombran uno se importan como de la tienda; añadirlos y quitarlos: admin</translation>
    </message>
    <message numerus="yes">
        <source>%n police follow-up(s) recorded from the agencies&apos; status.</source>
        <translation>
            <numerusform>%n seguimiento policial registrado a partir del estado de los organismos.</numerusform>
            <numerusform>%n seguimientos policiales registrados a partir del estado de los organismos.</numerusform>
        </translation>
    </message>
    <message>
        <source>settings followup-check takes a whole number of hours (0 to %1)</source>
        <translation>settings followup-check admite un número entero de horas (de 0 a %1)</translation>
    </message>
    <message>
        <source>outbox run asks the agencies for follow-up every time</source>
        <translation>outbox run pregunta a los organismos por el seguimiento en cada ejecución</translation>
    </message>
    <message numerus="yes">
        <source>outbox run asks the agencies for follow-up when the last answer is over %n hour(s) old</source>
        <translation>
            <numerusform>outbox run pregunta a los organismos por el seguimiento cuando la última respuesta tiene más de %n hora</numerusform>
            <numerusform>outbox run pregunta a los organismos por el seguimiento cuando la última respuesta tiene más de %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>how long the agency&apos;s status of a delivered submission stays fresh before outbox run asks again for police follow-up (admin: HOURS sets it, 0 to %1; 0 asks every run; default %2)</source>
        <translation>cuánto tiempo sigue vigente el estado de un envío entregado antes de que outbox run vuelva a preguntar por el seguimiento policial (administrador: HOURS lo fija, de 0 a %1; 0 pregunta en cada ejecución; por defecto %2)</translation>
    </message>
    <message>
        <source>missing value for --%1</source>
        <translation>falta el valor de --%1</translation>
    </message>
    <message>
        <source>option --%1 takes no value</source>
        <translation>la opción --%1 no admite ningún valor</translation>
    </message>
    <message>
        <source>The store is given with --store STORE.</source>
        <translation>La tienda se indica con --store STORE.</translation>
    </message>
    <message>
        <source>The store is given with --store STORE (--store %1 files the journal under the id it names), or an administrator adds the id to a store&apos;s POS store ids: lpdesk-cli store pos-id STORE --add %1.</source>
        <translation>La tienda se indica con --store STORE (--store %1 archiva el diario con el id. que nombra), o un administrador añade el id. a los id. de tienda del TPV de una tienda: lpdesk-cli store pos-id STORE --add %1.</translation>
    </message>
    <message numerus="yes">
        <source>KPI rollups recomputed from the records; %n difference(s) put right.</source>
        <translation>
            <numerusform>Resúmenes de KPI recalculados a partir de los registros; %n diferencia corregida.</numerusform>
            <numerusform>Resúmenes de KPI recalculados a partir de los registros; %n diferencias corregidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>complete</source>
        <translation>completo</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>falta: %1</translation>
    </message>
    <message>
        <source>at or above p90</source>
        <translation>en el p90 o por encima</translation>
    </message>
    <message>
        <source>followed up</source>
        <translation>con seguimiento</translation>
    </message>
    <message>
        <source>no follow-up within 30 days</source>
        <translation>sin seguimiento en 30 días</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <source>incident %1 repeats within 30 days</source>
        <translation>el incidente %1 repite uno de los 30 días anteriores</translation>
    </message>
    <message>
        <source>give --period or --from/--to, not both</source>
        <translation>indique --period o --from/--to, no ambos</translation>
    </message>
    <message>
        <source>--period takes a day, week, month or quarter: 2026-03-14, 2026-W11, 2026-03 or 2026-Q1</source>
        <translation>--period admite un día, una semana, un mes o un trimestre: 2026-03-14, 2026-W11, 2026-03 o 2026-Q1</translation>
    </message>
    <message>
        <source>%1%2: %3 (%4 of %5 counted)</source>
        <translation>%1%2: %3 (%4 de %5 contabilizados)</translation>
    </message>
    <message>
        <source>the cases behind one KPI figure (of the whole filter, or of one --by group): times to report, missing checklist items, follow-up, closure; repeat: the repeat incidents</source>
        <translation>los casos en los que se basa una cifra de KPI (de todo el filtro o de un grupo de --by): tiempos hasta la denuncia, elementos de la lista de comprobación que faltan, seguimiento, cierre; repeat: los incidentes repetidos</translation>
    </message>
    <message>
        <source>--min-confidence, --min-plate-confidence, --every, --hold, --rescan, --tile-every and --padding take numbers</source>
        <translation>--min-confidence, --min-plate-confidence, --every, --hold, --rescan, --tile-every y --padding admiten números</translation>
    </message>
    <message>
        <source>EXIGENT: legal sign-off overdue</source>
        <translation>EMERGENCIA: firma jurídica vencida</translation>
    </message>
    <message>
        <source>EXIGENT: signed off late</source>
        <translation>EMERGENCIA: firmada con retraso</translation>
    </message>
    <message>
        <source>  signed off by %1 at %2%3</source>
        <translation>  firmada por %1 el %2%3</translation>
    </message>
    <message>
        <source> (late: due by %1)</source>
        <translation> (con retraso: vencía el %1)</translation>
    </message>
    <message>
        <source>settings exigent-signoff takes a whole number of hours (1 to %1)</source>
        <translation>settings exigent-signoff admite un número entero de horas (de 1 a %1)</translation>
    </message>
    <message numerus="yes">
        <source>Legal signs off an exigent disclosure within %n hour(s) of receiving the request</source>
        <translation>
            <numerusform>[N] El área jurídica firma una comunicación de emergencia en un plazo de %n hora desde la recepción del requerimiento</numerusform>
            <numerusform>[N] El área jurídica firma una comunicación de emergencia en un plazo de %n horas desde la recepción del requerimiento</numerusform>
        </translation>
    </message>
    <message>
        <source>how long after an exigent request is received legal&apos;s after-the-fact sign-off is due (admin: HOURS sets it for requests recorded from now on, 1 to %1; default %2)</source>
        <translation>cuánto tiempo después de recibir un requerimiento de emergencia vence la firma jurídica a posteriori (admin: HOURS lo fija para los requerimientos registrados desde ahora, de 1 a %1; por defecto %2)</translation>
    </message>
    <message>
        <source>(no database)</source>
        <translation>(sin base de datos)</translation>
    </message>
    <message>
        <source>(anyone)</source>
        <translation>(cualquier usuario)</translation>
    </message>
    <message>
        <source>permission-map entries that are no command</source>
        <translation>entradas de la tabla de permisos que no corresponden a ninguna orden</translation>
    </message>
    <message>
        <source>an agency profile: pinned CA (or, explicitly and not recommended, the system&apos;s CAs), authentication (secrets kept in the encrypted database), payload profile, size limit</source>
        <translation>un perfil de organismo: CA fijada (o, de forma explícita y no recomendada, las CA del sistema), autenticación (secretos guardados en la base de datos cifrada), perfil de datos, tamaño máximo</translation>
    </message>
    <message>
        <source>remove an agency profile</source>
        <translation>quitar un perfil de organismo</translation>
    </message>
    <message>
        <source>seal an approved release for the agency, put it in the outbox and deliver it (retrying while the wait is at most S seconds, default 60); prints the receipt</source>
        <translation>sellar una entrega aprobada para el organismo, ponerla en la bandeja de salida y entregarla (reintentando mientras la espera sea de S segundos como máximo, 60 por defecto); muestra el acuse</translation>
    </message>
    <message>
        <source>deliver every submission that is due, resuming interrupted uploads; then ask the agencies for the status of delivered submissions not asked within the follow-up check interval (settings followup-check) and record their follow-ups</source>
        <translation>entrega todos los envíos pendientes y reanuda las subidas interrumpidas; después pregunta a los organismos por el estado de los envíos entregados que no se consultaron dentro del intervalo de comprobación del seguimiento (settings followup-check) y registra sus seguimientos</translation>
    </message>
    <message>
        <source>ask the agencies for the status of delivered submissions and record what they report (case number, officer, arrest, charges, recovery, closure) as follow-ups of the case, each once</source>
        <translation>pedir a los organismos el estado de los envíos entregados y registrar lo que indican (número de caso, agente, detención, imputación, recuperación, cierre) como seguimientos del caso, cada uno una sola vez</translation>
    </message>
    <message>
        <source>cancel a submission</source>
        <translation>cancelar un envío</translation>
    </message>
    <message>
        <source>open a case from incidents (also across stores); prints its id</source>
        <translation>abrir un caso a partir de incidentes (también de varias tiendas); muestra su id.</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>casos</translation>
    </message>
    <message>
        <source>one case</source>
        <translation>un caso</translation>
    </message>
    <message>
        <source>link an incident</source>
        <translation>vincular un incidente</translation>
    </message>
    <message>
        <source>unlink an incident</source>
        <translation>desvincular un incidente</translation>
    </message>
    <message>
        <source>change the status</source>
        <translation>cambiar el estado</translation>
    </message>
    <message>
        <source>assign the case</source>
        <translation>asignar el caso</translation>
    </message>
    <message>
        <source>set tags</source>
        <translation>poner etiquetas</translation>
    </message>
    <message>
        <source>add a note</source>
        <translation>añadir una nota</translation>
    </message>
    <message>
        <source>originals and derivatives with hashes and lineage</source>
        <translation>originales y derivados con hashes y procedencia</translation>
    </message>
    <message>
        <source>where the true time TIME (RFC 3339) falls in each clip of the case, corrected for camera clock offsets</source>
        <translation>dónde cae la hora real HORA (RFC 3339) en cada clip del caso, corregida por los desfases de reloj de las cámaras</translation>
    </message>
    <message>
        <source>derivative clip (default smart: frame-accurate); prints its id</source>
        <translation>clip derivado (predeterminado smart: exacto al fotograma); muestra su id.</translation>
    </message>
    <message>
        <source>a still, recorded as a derivative and exported to FILE</source>
        <translation>un fotograma, registrado como derivado y exportado a ARCHIVO</translation>
    </message>
    <message>
        <source>record how far a recorder&apos;s clock is ahead of true time (audited, in custody)</source>
        <translation>registrar cuánto adelanta el reloj de un grabador respecto a la hora real (auditado, en la custodia)</translation>
    </message>
    <message>
        <source>add a user with its own key slot (passphrase: LPDESK_NEW_PASSPHRASE or asked)</source>
        <translation>añadir un usuario con su propia ranura de clave (frase: LPDESK_NEW_PASSPHRASE o se pregunta)</translation>
    </message>
    <message>
        <source>users and roles</source>
        <translation>usuarios y roles</translation>
    </message>
    <message>
        <source>remove a user&apos;s key slot and revoke their certificate; --rekey also rotates the master key and the recipient key (prints the new recipient key file for the stores)</source>
        <translation>elimina la ranura de clave de un usuario y revoca su certificado; --rekey además rota la clave maestra y la clave de destinatario (imprime el nuevo archivo de clave de destinatario para las tiendas)</translation>
    </message>
    <message>
        <source>change a role</source>
        <translation>cambiar un rol</translation>
    </message>
    <message>
        <source>confirm a legal grant another administrator made, when the organisation requires a second administrator</source>
        <translation>confirmar un rol de asesoría jurídica que otorgó otro administrador, cuando la organización exige un segundo administrador</translation>
    </message>
    <message>
        <source>consistent encrypted copy (OUT, OUT.keys, OUT.media)</source>
        <translation>copia cifrada coherente (SALIDA, SALIDA.keys, SALIDA.media)</translation>
    </message>
    <message>
        <source>rotate the database master key and the recipient key (prints the new recipient key file for the stores)</source>
        <translation>rota la clave maestra de la base de datos y la clave de destinatario (imprime el nuevo archivo de clave de destinatario para las tiendas)</translation>
    </message>
    <message>
        <source>re-encrypt files still encrypted to a retired recipient key, then forget that key; --list only names them</source>
        <translation>vuelve a cifrar los archivos aún cifrados con una clave de destinatario retirada y luego olvida esa clave; --list solo los nombra</translation>
    </message>
    <message>
        <source>issue the revocation list again with every revocation the audit log records (after an earlier list was put back)</source>
        <translation>emitir de nuevo la lista de revocación con todas las revocaciones que registra el registro de auditoría (después de que se volviera a poner una lista anterior)</translation>
    </message>
    <message>
        <source>the global audit log</source>
        <translation>el registro de auditoría global</translation>
    </message>
    <message>
        <source>the audit log (filtered) as a PDF in words, with the chain&apos;s status and head hash</source>
        <translation>el registro de auditoría (filtrado) como PDF en palabras, con el estado de la cadena y su hash de cabeza</translation>
    </message>
    <message>
        <source>verify the audit chain; exit 4 on any break</source>
        <translation>verificar la cadena de auditoría; sale con 4 ante cualquier ruptura</translation>
    </message>
    <message>
        <source>import a POS journal as evidence (kept encrypted with its hash): ARTS POSLog (IXRetail or 6.0 namespace, vendor extensions kept), CSV or JSON; every record is a sale, return, void, no-sale or control transaction, every reject is named; a journal with more than half of its transactions rejected fails (exit 1) and keeps nothing. Times without an offset take --timezone or the store&apos;s timezone; --date-order for dates written with slashes (mdy: 3/14/2026, dmy: 14/3/2026; default: what the journal&apos;s dates show, refused when they show both or neither); --delimiter and --decimal for CSV (default: detected, decimal comma with &apos;;&apos;); --mapping saves the store&apos;s CSV column mapping; --pulled imports journals pulled from stores</source>
        <translation>importar un diario del TPV como evidencia (cifrado y con su hash): ARTS POSLog (espacio de nombres IXRetail o 6.0, se conservan las extensiones del proveedor), CSV o JSON; cada registro es una venta, devolución, anulación, apertura sin venta o transacción de control, y cada rechazo se indica por su nombre; un diario con más de la mitad de sus transacciones rechazadas falla (sale con 1) y no se conserva nada. Las horas sin desfase toman --timezone o la zona horaria de la tienda; --date-order para las fechas escritas con barras (mdy: 3/14/2026, dmy: 14/3/2026; por defecto: lo que muestran las fechas del diario, y se rechaza cuando muestran ambos órdenes o ninguno); --delimiter y --decimal para CSV (por defecto: detectados, coma decimal con &apos;;&apos;); --mapping guarda la correspondencia de columnas CSV de la tienda; --pulled importa los diarios descargados de las tiendas</translation>
    </message>
    <message>
        <source>link the transactions the case&apos;s incidents reference and the exceptions at their registers within ±S seconds (default 120), clock offsets applied, and say why when none is new; or link/unlink by hand</source>
        <translation>vincular las transacciones que citan los incidentes del caso y las excepciones en sus cajas en ±S segundos (120 por defecto), con los desfases de reloj aplicados, y explicar por qué cuando no hay ninguna nueva; o vincular/desvincular a mano</translation>
    </message>
    <message>
        <source>the case&apos;s transactions with line items and where each happens in the case&apos;s clips; --mask withholds card digits and loyalty ids</source>
        <translation>las transacciones del caso con sus líneas y dónde ocurre cada una en los clips del caso; --mask oculta los dígitos de tarjeta y los id. de fidelización</translation>
    </message>
    <message>
        <source>one transaction (the receipt)</source>
        <translation>una transacción (el tique)</translation>
    </message>
    <message>
        <source>record a statement (a draft until signed off); prints its id</source>
        <translation>registrar una declaración (borrador hasta que se firme); muestra su id.</translation>
    </message>
    <message>
        <source>change a draft statement</source>
        <translation>cambiar una declaración en borrador</translation>
    </message>
    <message>
        <source>sign off a statement: from then on it cannot change</source>
        <translation>firmar una declaración: a partir de ahí no puede cambiar</translation>
    </message>
    <message>
        <source>a new version of a signed-off statement; prints its id</source>
        <translation>una nueva versión de una declaración firmada; muestra su id.</translation>
    </message>
    <message>
        <source>the case&apos;s statements, every version</source>
        <translation>las declaraciones del caso, todas las versiones</translation>
    </message>
    <message>
        <source>one statement with its attachments&apos; hashes</source>
        <translation>una declaración con los hashes de sus adjuntos</translation>
    </message>
    <message>
        <source>bring DVR/VMS/phone files in as native master exhibits: each kept bit for bit (encrypted), hashed, custody &quot;acquired&quot;; video FFmpeg reads (MP4/MOV, MKV, AVI, MPEG-PS/TS, raw .h264/.h265 at --fps, Dahua .dav) gets an MP4 working copy where needed (a remux, or an H.264 transcode where the codec cannot be remuxed or played); stills with EXIF time; anything else is kept as a document; a ZIP export is unpacked under the hostile-archive rules. --start is the recording&apos;s start as its clock showed it (default: from the file), --offset how many seconds that clock was ahead. Prints the new ids; exit 1 if a file could not be imported</source>
        <translation>incorporar archivos de DVR/VMS/teléfono como originales maestros en formato nativo: cada uno se conserva bit a bit (cifrado), con su hash y custodia &quot;acquired&quot;; el vídeo que FFmpeg lee (MP4/MOV, MKV, AVI, MPEG-PS/TS, .h264/.h265 sin contenedor a --fps, Dahua .dav) recibe una copia de trabajo MP4 cuando hace falta (un remultiplexado, o una transcodificación a H.264 cuando el códec no se puede remultiplexar o reproducir); imágenes fijas con la hora EXIF; todo lo demás se conserva como documento; una exportación ZIP se descomprime según las reglas para archivos hostiles. --start es el inicio de la grabación según lo mostraba su reloj (por defecto: del archivo), --offset cuántos segundos iba adelantado ese reloj. Muestra los nuevos id.; sale con 1 si no se pudo importar un archivo</translation>
    </message>
    <message>
        <source>write a plaintext copy of one item (a document, an original, a derivative) to FILE, which must not exist; the copy is read back and its SHA-256 checked against the master&apos;s, and custody and audit record &quot;exported a copy to FILE&quot; with the hash. Prints &quot;SHA256  FILE&quot; as sha256sum does</source>
        <translation>escribir en FILE, que no debe existir, una copia sin cifrar de un elemento (un documento, un original, un derivado); la copia se vuelve a leer y su SHA-256 se comprueba frente al del original maestro, y la custodia y la auditoría registran &quot;exportó una copia a FILE&quot; con el hash. Muestra &quot;SHA256  FILE&quot; como sha256sum</translation>
    </message>
    <message>
        <source>record a request from law enforcement; documents are encrypted like evidence; a template fills the kind, due date, legal basis and what is asked where not given; prints its id</source>
        <translation>registrar un requerimiento de las fuerzas del orden; los documentos se cifran como las evidencias; una plantilla completa el tipo, la fecha límite, la base jurídica y lo solicitado cuando no se indican; muestra su id</translation>
    </message>
    <message>
        <source>the response letter of a request, from its template, with the request&apos;s fields and the releases that fulfil it (audited)</source>
        <translation>la carta de respuesta a un requerimiento, a partir de su plantilla, con los campos del requerimiento y las entregas que lo atienden (auditado)</translation>
    </message>
    <message>
        <source>publish a new version of a request template (kind, title, due_days, legal_basis, asked, letter with {placeholders})</source>
        <translation>publicar una versión nueva de una plantilla de requerimiento (kind, title, due_days, legal_basis, asked, letter con {placeholders})</translation>
    </message>
    <message>
        <source>link a police request to a case (recorded in custody)</source>
        <translation>vincular un requerimiento policial a un caso (registrado en la custodia)</translation>
    </message>
    <message>
        <source>add documents the police sent (encrypted)</source>
        <translation>añadir documentos enviados por la policía (cifrados)</translation>
    </message>
    <message>
        <source>close a police request</source>
        <translation>cerrar un requerimiento policial</translation>
    </message>
    <message>
        <source>sign off an exigent disclosure after the fact</source>
        <translation>firmar a posteriori una divulgación de emergencia</translation>
    </message>
    <message>
        <source>record what the police did (in custody); prints its id</source>
        <translation>registrar lo que hizo la policía (en la custodia); muestra su id.</translation>
    </message>
    <message>
        <source>what a complete case holds for an incident type</source>
        <translation>lo que contiene un caso completo para un tipo de incidente</translation>
    </message>
    <message>
        <source>recompute the KPI rollups from the records (when `db check` names a difference)</source>
        <translation>recalcula los resúmenes de KPI a partir de los registros (cuando `db check` indica una diferencia)</translation>
    </message>
    <message>
        <source>the case&apos;s evidence checklist: what is there and what is missing</source>
        <translation>la lista de comprobación de evidencias del caso: qué hay y qué falta</translation>
    </message>
    <message>
        <source>publish a new version of a procedure (title, immediate, reporting, preserve); the first general one, which replaces the built-in procedures of the types without their own, needs --replace-built-ins</source>
        <translation>publicar una versión nueva de un procedimiento (title, immediate, reporting, preserve); el primer procedimiento general, que sustituye a los procedimientos incorporados de los tipos que no tienen uno propio, necesita --replace-built-ins</translation>
    </message>
    <message>
        <source>put a store in a region</source>
        <translation>asignar una tienda a una región</translation>
    </message>
    <message>
        <source>put a case on legal hold: nothing of it is purged</source>
        <translation>poner un caso en retención legal: no se purga nada de él</translation>
    </message>
    <message>
        <source>lift a case&apos;s legal hold</source>
        <translation>levantar la retención legal de un caso</translation>
    </message>
    <message>
        <source>put an incident on legal hold</source>
        <translation>poner un incidente en retención legal</translation>
    </message>
    <message>
        <source>lift an incident&apos;s legal hold</source>
        <translation>levantar la retención legal de un incidente</translation>
    </message>
    <message>
        <source>keep evidence of an incident type (or an evidence kind: original, derivative, still, pos_journal) DAYS days</source>
        <translation>conserva las evidencias de un tipo de incidente (o de un tipo de evidencia: original, derivative, still, pos_journal) DAYS días</translation>
    </message>
    <message>
        <source>delete expired evidence files, keeping tombstones, custody and audit records; never anything held, open or pending release</source>
        <translation>eliminar los archivos de evidencias caducados, conservando las marcas de borrado, la custodia y los registros de auditoría; nunca nada retenido, abierto o pendiente de entrega</translation>
    </message>
    <message>
        <source>render a redaction plan (regions with keyframes, blur/pixelate/fill, audio mutes) to a derivative, re-encoding only the GOPs that hold a region when it can (smart) or every frame as H.264 (full); prints its id</source>
        <translation>generar un derivado a partir de un plan de anonimización (regiones con fotogramas clave, blur/pixelate/fill, silencios de audio), recodificando solo los GOP que contienen una región cuando es posible (smart) o todos los fotogramas en H.264 (full); muestra su id.</translation>
    </message>
    <message>
        <source>find faces, people or plates, track them and write a plan of suggested regions to review</source>
        <translation>buscar caras, personas o matrículas, seguirlas y escribir un plan de regiones sugeridas para revisar</translation>
    </message>
    <message>
        <source>follow one box (pixels) forwards and backwards through the clip into a plan region</source>
        <translation>seguir un recuadro (píxeles) hacia delante y hacia atrás por el clip y convertirlo en una región del plan</translation>
    </message>
    <message>
        <source>ask legal to release items of a case; prints the request id</source>
        <translation>pedir a la asesoría jurídica que entregue elementos de un caso; muestra el id. de la solicitud</translation>
    </message>
    <message>
        <source>release requests and their state</source>
        <translation>solicitudes de entrega y su estado</translation>
    </message>
    <message>
        <source>one request with every item&apos;s hash</source>
        <translation>una solicitud con el hash de cada elemento</translation>
    </message>
    <message>
        <source>approve (never one&apos;s own request): binds to the exact content; personal data stays masked unless included</source>
        <translation>aprobar (nunca una solicitud propia): se vincula al contenido exacto; los datos personales siguen ocultos salvo que se incluyan</translation>
    </message>
    <message>
        <source>reject (never one&apos;s own request) with a reason</source>
        <translation>rechazar (nunca una solicitud propia) con un motivo</translation>
    </message>
    <message>
        <source>write the sealed package of an approved, unchanged release; it is read back and verified before success is reported</source>
        <translation>escribir el paquete sellado de una entrega aprobada y sin cambios; se relee y verifica antes de dar el éxito</translation>
    </message>
    <message>
        <source>the RFC 3161 time-stamp authority that stamps every package&apos;s manifest (changing it: admin); without arguments, show it</source>
        <translation>la autoridad de sellado de tiempo RFC 3161 que sella el manifiesto de cada paquete (para cambiarla: admin); sin argumentos, la muestra</translation>
    </message>
    <message>
        <source>verify a package offline: structure, signature, hashes, coverage, custody chain, revoked reviewers (crl.pem, or a newer list with --crl); exit 4 listing every problem</source>
        <translation>verifica un paquete sin conexión: estructura, firma, hashes, cobertura, cadena de custodia, revisores revocados (crl.pem, o una lista más reciente con --crl); código 4 con la lista de cada problema</translation>
    </message>
    <message>
        <source>register a store drop: a folder/USB or HTTPS with pinned CA (or, explicitly and not recommended, the system&apos;s CAs) and client certificate</source>
        <translation>registrar un punto de entrega de tienda: una carpeta/USB o HTTPS con CA fijada (o, de forma explícita y no recomendada, las CA del sistema) y certificado de cliente</translation>
    </message>
    <message>
        <source>fetch new incidents, media and POS journals; verify every hash; quarantine bad items (exit 1 if any)</source>
        <translation>descargar incidentes, grabaciones y diarios del TPV nuevos; verificar cada hash; poner en cuarentena lo defectuoso (sale con 1 si hay algo)</translation>
    </message>
    <message>
        <source>the triage inbox, most urgent first</source>
        <translation>la bandeja de entrada de triaje, lo más urgente primero</translation>
    </message>
    <message>
        <source>one incident (the read is audited)</source>
        <translation>un incidente (la lectura queda auditada)</translation>
    </message>
    <message>
        <source>full-text search over incidents, narratives and statements</source>
        <translation>búsqueda de texto completo en incidentes, relatos y declaraciones</translation>
    </message>
    <message>
        <source>confirm the organisation CA certificate by its SHA-256 (of the org-ca.pem the organisation keeps): pins your key slot, so that slots from before pinning can be pinned on your word</source>
        <translation>confirmar el certificado de CA de la organización por su SHA-256 (del org-ca.pem que conserva la organización): fija su ranura de clave, para que las ranuras anteriores a la fijación puedan fijarse por su palabra</translation>
    </message>
</context>
<context>
    <name>lpdesk::ClipReviewPane</name>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Estilo</translation>
    </message>
    <message>
        <source>Span</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <source>The clip this copy was made from cannot be shown: %1</source>
        <translation>No se puede mostrar el clip del que se hizo esta copia: %1</translation>
    </message>
    <message>
        <source>%1 – end of clip</source>
        <translation>%1 – final del clip</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>◀ Frame</source>
        <translation>◀ Fotograma</translation>
    </message>
    <message>
        <source>Frame ▶</source>
        <translation>Fotograma ▶</translation>
    </message>
    <message>
        <source>Play / pause both clips</source>
        <translation>Reproducir / pausar ambos clips</translation>
    </message>
    <message>
        <source>Original — regions outlined</source>
        <translation>Original — regiones marcadas</translation>
    </message>
    <message>
        <source>Redacted — as it will leave</source>
        <translation>Anonimizado — tal como saldrá</translation>
    </message>
    <message>
        <source>%1 / %2 (frame %3 of %4)</source>
        <translation>%1 / %2 (fotograma %3 de %4)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
</context>
<context>
    <name>lpdesk::CloseKeys</name>
    <message>
        <source>Close this window</source>
        <translation>Cerrar esta ventana</translation>
    </message>
</context>
<context>
    <name>lpdesk::CmsSignature</name>
    <message>
        <source>The organisation signing identity is not loaded.</source>
        <translation>La identidad de firma de la organización no está cargada.</translation>
    </message>
    <message>
        <source>CMS signing failed: %1</source>
        <translation>Falló la firma CMS: %1</translation>
    </message>
    <message>
        <source>CMS encoding failed: %1</source>
        <translation>Falló la codificación CMS: %1</translation>
    </message>
    <message>
        <source>the signature file is not a CMS structure</source>
        <translation>el archivo de firma no es una estructura CMS</translation>
    </message>
    <message>
        <source>no CA certificate to verify against</source>
        <translation>no hay certificado de CA con el que verificar</translation>
    </message>
    <message>
        <source>the manifest signature does not verify (%1)</source>
        <translation>la firma del manifiesto no se verifica (%1)</translation>
    </message>
</context>
<context>
    <name>lpdesk::CustodyLog</name>
    <message>
        <source>A custody event needs a chain.</source>
        <translation>Un evento de custodia necesita una cadena.</translation>
    </message>
</context>
<context>
    <name>lpdesk::CustodyRecorder</name>
    <message numerus="yes">
        <source>, %n signed checkpoint(s)</source>
        <translation>
            <numerusform>, %n punto de control firmado</numerusform>
            <numerusform>, %n puntos de control firmados</numerusform>
        </translation>
    </message>
    <message>
        <source>checkpoint at event %1: the events it sealed (up to %2) were changed afterwards</source>
        <translation>punto de control en el evento %1: los eventos que sellaba (hasta el %2) se modificaron después</translation>
    </message>
    <message>
        <source>checkpoint at event %1: the signature does not verify with a certificate of the organisation CA (%2)</source>
        <translation>punto de control en el evento %1: la firma no se verifica con ningún certificado de la CA de la organización (%2)</translation>
    </message>
    <message>
        <source>checkpoint at event %1 names %2 as its signer, but it was signed with the key of %3: forged</source>
        <translation>el punto de control en el evento %1 indica a %2 como firmante, pero se firmó con la clave de %3: falsificado</translation>
    </message>
    <message>
        <source>checkpoint at event %1: the certificate it records is not the one that signed it (edited)</source>
        <translation>punto de control en el evento %1: el certificado que registra no es el que lo firmó (editado)</translation>
    </message>
    <message>
        <source>checkpoint at event %1 is signed by the workstation key, which has sealed no checkpoint since each person signs their own: forged with the database key</source>
        <translation>el punto de control en el evento %1 está firmado con la clave del puesto, que no sella ningún punto de control desde que cada persona firma los suyos: falsificado con la clave de la base de datos</translation>
    </message>
    <message>
        <source>checkpoint at event %1: the signature does not verify with the workstation certificate</source>
        <translation>punto de control en el evento %1: la firma no se verifica con el certificado del puesto</translation>
    </message>
    <message>
        <source>Cannot read the custody chains: %1</source>
        <translation>No se pueden leer las cadenas de custodia: %1</translation>
    </message>
    <message>
        <source>checkpoint at event %1 was signed by %2, whose certificate (serial %3) was revoked on %4, and its time cannot be read: forged</source>
        <translation>el punto de control del evento %1 lo firmó %2, cuyo certificado (serie %3) se revocó el %4, y no se puede leer su hora: falsificado</translation>
    </message>
    <message>
        <source>checkpoint at event %1 was signed by %2 on %3, after their certificate (serial %4) was revoked on %5: forged with a revoked key</source>
        <translation>el punto de control del evento %1 lo firmó %2 el %3, después de que su certificado (serie %4) se revocara el %5: falsificado con una clave revocada</translation>
    </message>
    <message>
        <source>checkpoint at event %1 was signed by %2 on %3, before their certificate (serial %4) was revoked on %5: it still holds</source>
        <translation>el punto de control del evento %1 lo firmó %2 el %3, antes de que su certificado (serie %4) se revocara el %5: sigue siendo válido</translation>
    </message>
    <message>
        <source>checkpoint at event %1 was sealed by the workstation key that `db rekey` retired on %2 (audit event %3, certificate serial %4); the LP Desk version that made that rekey did not keep the retired certificate, so this signature cannot be checked</source>
        <translation>el punto de control del evento %1 lo selló la clave del puesto que `db rekey` retiró en %2 (evento de auditoría %3, número de serie del certificado: %4); la versión de LP Desk que hizo ese cambio de clave no conservó el certificado retirado, así que esta firma no se puede comprobar</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>una fecha desconocida</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>%1; the events it sealed are also sealed by the checkpoint at event %2, which verifies</source>
        <translation>%1; los eventos que selló también los sella el punto de control del evento %2, que sí se verifica</translation>
    </message>
    <message>
        <source>%1, and no later checkpoint that verifies seals the events before it. Check them against a backup made before that rekey (`db check` on the backup; it still holds the certificate) or against a package exported before it (custody.json); the next checkpoint on this chain, written at the next export or after %2 more events, seals them again with the signer&apos;s own key</source>
        <translation>%1, y ningún punto de control posterior que se verifique sella los eventos anteriores a él. Compruébelos con una copia de seguridad hecha antes de ese cambio de clave (`db check` sobre la copia; aún contiene el certificado) o con un paquete exportado antes de él (custody.json); el siguiente punto de control de esta cadena, que se escribe en la próxima exportación o tras %2 eventos más, vuelve a sellarlos con la clave propia del firmante</translation>
    </message>
</context>
<context>
    <name>lpdesk::CustodyView</name>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>Verif&amp;icar la cadena</translation>
    </message>
    <message>
        <source>Intact: %1</source>
        <translation>Íntegra: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
</context>
<context>
    <name>lpdesk::CustodyWords</name>
    <message>
        <source>received the evidence from the store</source>
        <translation>recibió la evidencia de la tienda</translation>
    </message>
    <message>
        <source>viewed it</source>
        <translation>la visualizó</translation>
    </message>
    <message>
        <source>viewed %1</source>
        <translation>visualizó %1</translation>
    </message>
    <message>
        <source>made a trimmed copy</source>
        <translation>hizo una copia recortada</translation>
    </message>
    <message>
        <source>made a redacted copy</source>
        <translation>hizo una copia anonimizada</translation>
    </message>
    <message>
        <source>took a still</source>
        <translation>capturó un fotograma</translation>
    </message>
    <message>
        <source>exported a still to a file</source>
        <translation>exportó un fotograma a un archivo</translation>
    </message>
    <message>
        <source>opened the case</source>
        <translation>abrió el caso</translation>
    </message>
    <message>
        <source>added an incident to the case</source>
        <translation>añadió un incidente al caso</translation>
    </message>
    <message>
        <source>removed an incident from the case</source>
        <translation>quitó un incidente del caso</translation>
    </message>
    <message>
        <source>put the incident in a case</source>
        <translation>incluyó el incidente en un caso</translation>
    </message>
    <message>
        <source>set the case status to %1</source>
        <translation>cambió el estado del caso a %1</translation>
    </message>
    <message>
        <source>added a note</source>
        <translation>añadió una nota</translation>
    </message>
    <message>
        <source>bookmarked a moment</source>
        <translation>marcó un instante</translation>
    </message>
    <message>
        <source>corrected a camera&apos;s clock</source>
        <translation>corrigió el reloj de una cámara</translation>
    </message>
    <message>
        <source>imported a POS journal</source>
        <translation>importó un diario del TPV</translation>
    </message>
    <message>
        <source>linked POS records to the case</source>
        <translation>vinculó registros del TPV al caso</translation>
    </message>
    <message>
        <source>asked legal to release evidence</source>
        <translation>pidió a la asesoría jurídica que entregara evidencias</translation>
    </message>
    <message>
        <source>approved the release</source>
        <translation>aprobó la entrega</translation>
    </message>
    <message>
        <source>rejected the release</source>
        <translation>rechazó la entrega</translation>
    </message>
    <message>
        <source>exported the release package</source>
        <translation>exportó el paquete de entrega</translation>
    </message>
    <message>
        <source>submitted the release to an agency</source>
        <translation>envió la entrega a un organismo</translation>
    </message>
    <message>
        <source>signed a custody checkpoint</source>
        <translation>firmó un punto de control de custodia</translation>
    </message>
    <message>
        <source>worked on a statement (%1)</source>
        <translation>trabajó en una declaración (%1)</translation>
    </message>
    <message>
        <source>%1 — %2 %3</source>
        <translation>%1 — %2 %3</translation>
    </message>
    <message>
        <source>recorded police follow-up: %1 on %2</source>
        <translation>registró un seguimiento policial: %1 el %2</translation>
    </message>
    <message>
        <source> (agency case %1)</source>
        <translation> (caso del organismo %1)</translation>
    </message>
    <message>
        <source>, %1 recovered</source>
        <translation>, %1 recuperado</translation>
    </message>
    <message>
        <source>linked a police request (%1) to the case</source>
        <translation>vinculó un requerimiento policial (%1) al caso</translation>
    </message>
    <message>
        <source>signed off an exigent disclosure (late)</source>
        <translation>firmó una divulgación de emergencia (fuera de plazo)</translation>
    </message>
    <message>
        <source>signed off an exigent disclosure</source>
        <translation>firmó una divulgación de emergencia</translation>
    </message>
    <message>
        <source>placed a legal hold</source>
        <translation>impuso una retención legal</translation>
    </message>
    <message>
        <source>lifted the legal hold</source>
        <translation>levantó la retención legal</translation>
    </message>
    <message>
        <source>purged expired evidence (%1, %2)</source>
        <translation>purgó evidencias caducadas (%1, %2)</translation>
    </message>
    <message>
        <source>Added an agency</source>
        <translation>Añadió un organismo</translation>
    </message>
    <message>
        <source>Removed an agency</source>
        <translation>Eliminó un organismo</translation>
    </message>
    <message>
        <source>Wrote an audit anchor</source>
        <translation>Escribió un ancla de auditoría</translation>
    </message>
    <message>
        <source>Exported the audit log</source>
        <translation>Exportó el registro de auditoría</translation>
    </message>
    <message>
        <source>Backed up the database</source>
        <translation>Hizo una copia de seguridad de la base de datos</translation>
    </message>
    <message>
        <source>Moved the CA key into the administrators&apos; key slots</source>
        <translation>Trasladó la clave de la CA a las ranuras de clave de los administradores</translation>
    </message>
    <message>
        <source>Confirmed the organisation&apos;s CA certificate by its fingerprint</source>
        <translation>Confirmó el certificado de CA de la organización por su huella</translation>
    </message>
    <message>
        <source>Opened a case</source>
        <translation>Abrió un caso</translation>
    </message>
    <message>
        <source>Revoked a certificate</source>
        <translation>Revocó un certificado</translation>
    </message>
    <message>
        <source>Corrected a camera&apos;s clock</source>
        <translation>Corrigió el reloj de una cámara</translation>
    </message>
    <message>
        <source>Set the POS CSV column mapping</source>
        <translation>Configuró la correspondencia de columnas CSV del TPV</translation>
    </message>
    <message>
        <source>Created the case database</source>
        <translation>Creó la base de datos de casos</translation>
    </message>
    <message>
        <source>Made a copy of evidence</source>
        <translation>Hizo una copia de evidencias</translation>
    </message>
    <message>
        <source>Added evidence</source>
        <translation>Añadió evidencias</translation>
    </message>
    <message>
        <source>Changed the evidence checklist</source>
        <translation>Cambió la lista de comprobación de evidencias</translation>
    </message>
    <message>
        <source>Purged evidence</source>
        <translation>Purgó evidencias</translation>
    </message>
    <message>
        <source>Opened evidence</source>
        <translation>Abrió evidencias</translation>
    </message>
    <message>
        <source>Signed off an exigent disclosure</source>
        <translation>Firmó una divulgación de emergencia</translation>
    </message>
    <message>
        <source>Exported a release package</source>
        <translation>Exportó un paquete de entrega</translation>
    </message>
    <message>
        <source>Recorded police follow-up</source>
        <translation>Registró un seguimiento policial</translation>
    </message>
    <message>
        <source>Pinned a key slot to the organisation CA</source>
        <translation>Fijó una ranura de clave a la CA de la organización</translation>
    </message>
    <message>
        <source>Opened a police request document</source>
        <translation>Abrió un documento de un requerimiento policial</translation>
    </message>
    <message>
        <source>Wrote a police request letter</source>
        <translation>Redactó una carta de respuesta a un requerimiento policial</translation>
    </message>
    <message>
        <source>Recorded a police request</source>
        <translation>Registró un requerimiento policial</translation>
    </message>
    <message>
        <source>Closed a police request</source>
        <translation>Cerró un requerimiento policial</translation>
    </message>
    <message>
        <source>Added documents to a police request</source>
        <translation>Añadió documentos a un requerimiento policial</translation>
    </message>
    <message>
        <source>Linked a police request to a case</source>
        <translation>Vinculó un requerimiento policial a un caso</translation>
    </message>
    <message>
        <source>Published a police letter template</source>
        <translation>Publicó una plantilla de requerimiento policial</translation>
    </message>
    <message>
        <source>Lifted a legal hold</source>
        <translation>Levantó una retención legal</translation>
    </message>
    <message>
        <source>Placed a legal hold</source>
        <translation>Impuso una retención legal</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Inició sesión</translation>
    </message>
    <message>
        <source>Failed to sign in</source>
        <translation>No pudo iniciar sesión</translation>
    </message>
    <message>
        <source>Re-encrypted evidence files</source>
        <translation>Volvió a cifrar archivos de evidencias</translation>
    </message>
    <message>
        <source>Changed a passphrase</source>
        <translation>Cambió una frase de contraseña</translation>
    </message>
    <message>
        <source>Changed the passphrase policy</source>
        <translation>Cambió la política de frases de contraseña</translation>
    </message>
    <message>
        <source>Issued a personal certificate</source>
        <translation>Emitió un certificado personal</translation>
    </message>
    <message>
        <source>Pulled incidents from the stores</source>
        <translation>Descargó incidentes de las tiendas</translation>
    </message>
    <message>
        <source>Exported the recipient key</source>
        <translation>Exportó la clave de destinatario</translation>
    </message>
    <message>
        <source>Rotated the recipient key</source>
        <translation>Rotó la clave de destinatario</translation>
    </message>
    <message>
        <source>Saved a redaction plan</source>
        <translation>Guardó un plan de anonimización</translation>
    </message>
    <message>
        <source>Tracked a redaction region</source>
        <translation>Siguió una región de anonimización</translation>
    </message>
    <message>
        <source>Suggested redactions</source>
        <translation>Sugirió anonimizaciones</translation>
    </message>
    <message>
        <source>Rotated the database keys</source>
        <translation>Rotó las claves de la base de datos</translation>
    </message>
    <message>
        <source>Started rotating the database keys</source>
        <translation>Inició la rotación de las claves de la base de datos</translation>
    </message>
    <message>
        <source>Approved a release</source>
        <translation>Aprobó una entrega</translation>
    </message>
    <message>
        <source>Rejected a release</source>
        <translation>Rechazó una entrega</translation>
    </message>
    <message>
        <source>Requested a release</source>
        <translation>Solicitó una entrega</translation>
    </message>
    <message>
        <source>Voided a release</source>
        <translation>Anuló una entrega</translation>
    </message>
    <message>
        <source>Ran the retention purge</source>
        <translation>Ejecutó la purga de conservación</translation>
    </message>
    <message>
        <source>Removed a retention rule</source>
        <translation>Eliminó una regla de conservación</translation>
    </message>
    <message>
        <source>Set a retention rule</source>
        <translation>Estableció una regla de conservación</translation>
    </message>
    <message>
        <source>Restored the revocation list</source>
        <translation>Restauró la lista de revocación</translation>
    </message>
    <message>
        <source>Changed a user&apos;s role</source>
        <translation>Cambió el rol de un usuario</translation>
    </message>
    <message>
        <source>Changed a setting</source>
        <translation>Cambió un ajuste</translation>
    </message>
    <message>
        <source>Recorded a key slot&apos;s public key</source>
        <translation>Registró la clave pública de una ranura de clave</translation>
    </message>
    <message>
        <source>Published a procedure</source>
        <translation>Publicó un procedimiento</translation>
    </message>
    <message>
        <source>Opened a statement attachment</source>
        <translation>Abrió un adjunto de una declaración</translation>
    </message>
    <message>
        <source>Changed a case&apos;s status</source>
        <translation>Cambió el estado de un caso</translation>
    </message>
    <message>
        <source>Exported a still</source>
        <translation>Exportó un fotograma</translation>
    </message>
    <message>
        <source>Added a store</source>
        <translation>Añadió una tienda</translation>
    </message>
    <message>
        <source>Changed a store&apos;s region</source>
        <translation>Cambió la región de una tienda</translation>
    </message>
    <message>
        <source>Removed a store</source>
        <translation>Eliminó una tienda</translation>
    </message>
    <message>
        <source>Kept the store&apos;s settings over a drop&apos;s</source>
        <translation>Mantuvo la configuración de la tienda frente a la de un punto de entrega</translation>
    </message>
    <message>
        <source>Pulled from a store that uses a retired key</source>
        <translation>Descargó de una tienda que usa una clave retirada</translation>
    </message>
    <message>
        <source>Cancelled a submission</source>
        <translation>Canceló un envío</translation>
    </message>
    <message>
        <source>A submission failed</source>
        <translation>Falló un envío</translation>
    </message>
    <message>
        <source>Queued a submission</source>
        <translation>Puso un envío en cola</translation>
    </message>
    <message>
        <source>Submitted a release to an agency</source>
        <translation>Envió una entrega a un organismo</translation>
    </message>
    <message>
        <source>Added a user</source>
        <translation>Añadió un usuario</translation>
    </message>
    <message>
        <source>Removed a user</source>
        <translation>Eliminó un usuario</translation>
    </message>
    <message>
        <source>Could not rotate the workstation key</source>
        <translation>No pudo rotar la clave del puesto de trabajo</translation>
    </message>
    <message>
        <source>Rotated the workstation key</source>
        <translation>Rotó la clave del puesto de trabajo</translation>
    </message>
    <message>
        <source>Other action (%1)</source>
        <translation>Otra acción (%1)</translation>
    </message>
    <message>
        <source>Exported a copy of an item</source>
        <translation>Exportó una copia de un elemento</translation>
    </message>
    <message>
        <source>exported a copy to %1 (SHA-256 %2)</source>
        <translation>exportó una copia a %1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>Locked the workstation</source>
        <translation>Bloqueó el puesto de trabajo</translation>
    </message>
    <message>
        <source>Kept a profile on the system&apos;s certificate authorities (upgrade)</source>
        <translation>Mantuvo un perfil con las autoridades de certificación del sistema (actualización)</translation>
    </message>
    <message>
        <source>Began sealing custody with each person&apos;s own key</source>
        <translation>Empezó a sellar la custodia con la clave propia de cada persona</translation>
    </message>
    <message>
        <source>Stopped a submission: what legal approved no longer holds</source>
        <translation>Detuvo un envío: lo que aprobó la asesoría jurídica ya no se cumple</translation>
    </message>
    <message>
        <source>pulled from a store whose drop says another time zone or clock offset (%1, %2 s); LP Desk kept its own</source>
        <translation>recibió de una tienda cuyo envío indica otra zona horaria u otro desfase de reloj (%1, %2 s); LP Desk mantuvo los suyos</translation>
    </message>
    <message>
        <source>stopped a submission before it was sent: what legal approved no longer holds</source>
        <translation>detuvo un envío antes de mandarlo: lo que aprobó la asesoría jurídica ya no se cumple</translation>
    </message>
    <message>
        <source>Added a store&apos;s POS store id</source>
        <translation>Añadió un id. de tienda del TPV</translation>
    </message>
    <message>
        <source>Removed a store&apos;s POS store id</source>
        <translation>Eliminó un id. de tienda del TPV</translation>
    </message>
    <message>
        <source>Began requiring an administrator&apos;s signature on recipient key rotations</source>
        <translation>Empezó a exigir la firma de un administrador en las rotaciones de la clave de destinatario</translation>
    </message>
    <message>
        <source>Recomputed the KPI rollups from the records</source>
        <translation>Recalculó los resúmenes de KPI a partir de los registros</translation>
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
        <translation>Desgloses</translation>
    </message>
    <message>
        <source>From detection (medians):</source>
        <translation>Desde la detección (medianas):</translation>
    </message>
    <message>
        <source>Incidents by type:</source>
        <translation>Incidentes por tipo:</translation>
    </message>
    <message>
        <source>Incidents by trigger:</source>
        <translation>Incidentes por aviso:</translation>
    </message>
    <message>
        <source>Top repeat stores (30 days)</source>
        <translation>Tiendas con más incidentes repetidos (30 días)</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>Repeat incidents</source>
        <translation>Incidentes repetidos</translation>
    </message>
    <message>
        <source>Loss from linked POS</source>
        <translation>Pérdida según las transacciones del TPV vinculadas</translation>
    </message>
    <message>
        <source>The value of the POS transactions linked to the cases, in each transaction&apos;s currency; amounts in different currencies are never added together.</source>
        <translation>El valor de las transacciones del TPV vinculadas a los casos, en la moneda de cada transacción; los importes en monedas distintas nunca se suman.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Median per case</source>
        <translation>Mediana por caso</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transacciones</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 %2 (median %3)</source>
        <translation>%1 %2 (mediana %3)</translation>
    </message>
    <message>
        <source>(no currency)</source>
        <translation>(sin moneda)</translation>
    </message>
    <message>
        <source>to report %1 (p90 %2), to case %3, to legal&apos;s decision %4, to close %5</source>
        <translation>hasta la denuncia %1 (p90 %2), hasta el caso %3, hasta la decisión de asesoría jurídica %4, hasta el cierre %5</translation>
    </message>
</context>
<context>
    <name>lpdesk::DashboardChart</name>
    <message>
        <source>KPIs by day</source>
        <translation>KPI por día</translation>
    </message>
    <message>
        <source>KPIs by month</source>
        <translation>KPI por mes</translation>
    </message>
    <message>
        <source>KPIs by quarter</source>
        <translation>KPI por trimestre</translation>
    </message>
    <message>
        <source>KPIs by store</source>
        <translation>KPI por tienda</translation>
    </message>
    <message>
        <source>KPIs by region</source>
        <translation>KPI por región</translation>
    </message>
    <message>
        <source>KPIs by week</source>
        <translation>KPI por semana</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Evidence complete</source>
        <translation>Evidencias completas</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrados</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repetidos</translation>
    </message>
    <message>
        <source>MTTR median (h)</source>
        <translation>MTTR mediana (h)</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
</context>
<context>
    <name>lpdesk::DashboardComparison</name>
    <message>
        <source>Evidence completeness (%)</source>
        <translation>Completitud de las evidencias (%)</translation>
    </message>
    <message>
        <source>Police follow-up within 30 days (%)</source>
        <translation>Seguimiento policial en 30 días (%)</translation>
    </message>
    <message>
        <source>Cases closed (%)</source>
        <translation>Casos cerrados (%)</translation>
    </message>
    <message>
        <source>Repeat incidents, 30 days (%)</source>
        <translation>Incidentes repetidos, 30 días (%)</translation>
    </message>
    <message>
        <source>Time to report, median (hours)</source>
        <translation>Tiempo hasta la denuncia, mediana (horas)</translation>
    </message>
    <message>
        <source>Time to report, p90 (hours)</source>
        <translation>Tiempo hasta la denuncia, p90 (horas)</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Tiendas</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>Comparar:</translation>
    </message>
    <message>
        <source>on</source>
        <translation>según</translation>
    </message>
    <message>
        <source>Regions compared</source>
        <translation>Regiones comparadas</translation>
    </message>
    <message>
        <source>Stores compared</source>
        <translation>Tiendas comparadas</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Overall: %1</source>
        <translation>Global: %1</translation>
    </message>
    <message>
        <source>Nothing counted for this figure: %1</source>
        <translation>Sin datos contabilizados para esta cifra: %1</translation>
    </message>
</context>
<context>
    <name>lpdesk::DashboardDrillDown</name>
    <message>
        <source>Click a figure or a cell of the table to list the cases behind it.</source>
        <translation>Haga clic en una cifra o en una celda de la tabla para ver la lista de los casos en los que se basa.</translation>
    </message>
    <message>
        <source>Cases behind the figure</source>
        <translation>Casos en los que se basa la cifra</translation>
    </message>
    <message>
        <source>The cases behind the selected figure; Enter or a double-click opens one</source>
        <translation>Los casos en los que se basa la cifra seleccionada; Intro o doble clic abre uno</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Abrir caso</translation>
    </message>
    <message>
        <source>Time to report (median)</source>
        <translation>Tiempo hasta la denuncia (mediana)</translation>
    </message>
    <message>
        <source>Time to report (p90)</source>
        <translation>Tiempo hasta la denuncia (p90)</translation>
    </message>
    <message>
        <source>Evidence completeness</source>
        <translation>Completitud de las evidencias</translation>
    </message>
    <message>
        <source>Police follow-up within 30 days</source>
        <translation>Seguimiento policial en 30 días</translation>
    </message>
    <message>
        <source>Cases closed</source>
        <translation>Casos cerrados</translation>
    </message>
    <message>
        <source>Repeat incidents (30 days)</source>
        <translation>Incidentes repetidos (30 días)</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>all groups</source>
        <translation>todos los grupos</translation>
    </message>
    <message numerus="yes">
        <source>%1 repeat(s) of %n incident(s)</source>
        <translation>
            <numerusform>%1 repetido(s) de %n incidente</numerusform>
            <numerusform>%1 repetido(s) de %n incidentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n case(s) counted</source>
        <translation>
            <numerusform>%1 de %n caso contabilizado</numerusform>
            <numerusform>%1 de %n casos contabilizados</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Store %1, %2 (store-local), %3</source>
        <translation>Tienda %1, %2 (fecha local de la tienda), %3</translation>
    </message>
    <message>
        <source>(no case)</source>
        <translation>(sin caso)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2, at or above the p90</source>
        <translation>%1 — %2, en el p90 o por encima</translation>
    </message>
    <message>
        <source>%1 — complete</source>
        <translation>%1 — completo</translation>
    </message>
    <message>
        <source>%1 — missing: %2</source>
        <translation>%1 — falta: %2</translation>
    </message>
    <message>
        <source>%1 — followed up</source>
        <translation>%1 — con seguimiento</translation>
    </message>
    <message>
        <source>%1 — no follow-up within 30 days</source>
        <translation>%1 — sin seguimiento en 30 días</translation>
    </message>
    <message>
        <source>%1 — closed</source>
        <translation>%1 — cerrado</translation>
    </message>
    <message>
        <source>%1 — open</source>
        <translation>%1 — abierto</translation>
    </message>
    <message>
        <source>%1 — incident %2 repeats one within 30 days</source>
        <translation>%1 — el incidente %2 repite uno de los 30 días anteriores</translation>
    </message>
    <message>
        <source>Listing the cases behind %1…</source>
        <translation>Preparando la lista de los casos en los que se basa %1…</translation>
    </message>
    <message>
        <source>The database is closing.</source>
        <translation>La base de datos se está cerrando.</translation>
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
        <translation>Panel de control</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Todas las tiendas</translation>
    </message>
    <message>
        <source>Store %1 (%2)</source>
        <translation>Tienda %1 (%2)</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Por semana</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Por día</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Por mes</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>Por trimestre</translation>
    </message>
    <message>
        <source>By store</source>
        <translation>Por tienda</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>Por región</translation>
    </message>
    <message>
        <source>From (store-local date):</source>
        <translation>Desde (fecha local de la tienda):</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>hasta:</translation>
    </message>
    <message>
        <source>Time to report (median / p90):</source>
        <translation>Tiempo hasta la denuncia (mediana / p90):</translation>
    </message>
    <message>
        <source>Evidence completeness:</source>
        <translation>Completitud de las evidencias:</translation>
    </message>
    <message>
        <source>Police follow-up within 30 days:</source>
        <translation>Seguimiento policial en 30 días:</translation>
    </message>
    <message>
        <source>Cases closed:</source>
        <translation>Casos cerrados:</translation>
    </message>
    <message>
        <source>Repeat incidents (30 days):</source>
        <translation>Incidentes repetidos (30 días):</translation>
    </message>
    <message>
        <source>Outcomes:</source>
        <translation>Resultados:</translation>
    </message>
    <message>
        <source>Incidents by store-local hour (columns) and weekday (rows)</source>
        <translation>Incidentes por hora local de la tienda (columnas) y día de la semana (filas)</translation>
    </message>
    <message>
        <source>Export figures</source>
        <translation>Exportar cifras</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export dashboard</source>
        <translation>Exportar el panel de control</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%1 / %2 (%n reported case(s))</source>
        <translation>
            <numerusform>%1 / %2 (%n caso denunciado)</numerusform>
            <numerusform>%1 / %2 (%n casos denunciados)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n case(s)</source>
        <translation>
            <numerusform>%1 de %n caso</numerusform>
            <numerusform>%1 de %n casos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n incident(s)</source>
        <translation>
            <numerusform>%1 de %n incidente</numerusform>
            <numerusform>%1 de %n incidentes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 arrests, %2 charged, %3 recoveries (%4)</source>
        <translation>%1 detenciones, %2 imputaciones, %3 recuperaciones (%4)</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrados</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>MTTR median</source>
        <translation>MTTR mediana</translation>
    </message>
    <message>
        <source>MTTR p90</source>
        <translation>MTTR p90</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completos</translation>
    </message>
    <message>
        <source>Repeat (30 d)</source>
        <translation>Repetidos (30 d)</translation>
    </message>
    <message>
        <source>LP Desk dashboard %1 – %2</source>
        <translation>Panel de control de LP Desk %1 – %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>The database is closing.</source>
        <translation>La base de datos se está cerrando.</translation>
    </message>
    <message>
        <source>No incidents between %1 and %2. The newest incident is on %3.</source>
        <translation>No hay incidentes entre el %1 y el %2. El incidente más reciente es del %3.</translation>
    </message>
    <message>
        <source>No incidents between %1 and %2, nor at any other time for this choice of stores.</source>
        <translation>No hay incidentes entre el %1 y el %2, ni en ningún otro momento para esta selección de tiendas.</translation>
    </message>
    <message>
        <source>Show the &amp;90 days up to %1</source>
        <translation>Mostrar los &amp;90 días hasta el %1</translation>
    </message>
    <message>
        <source>Show &amp;all (%1 – %2)</source>
        <translation>Mostrar t&amp;odo (%1 – %2)</translation>
    </message>
    <message>
        <source>Move the period to the 90 days that end with the newest incident</source>
        <translation>Mover el periodo a los 90 días que terminan con el incidente más reciente</translation>
    </message>
    <message>
        <source>Widen the period to every incident in the database</source>
        <translation>Ampliar el periodo a todos los incidentes de la base de datos</translation>
    </message>
    <message>
        <source>Figures by group</source>
        <translation>Cifras por grupo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Back to the inbox or home page (the dashboard stays one Ctrl+5 away)</source>
        <translation>Volver a la bandeja de entrada o a la página de inicio (el panel de control sigue a mano con Ctrl+5)</translation>
    </message>
    <message>
        <source>Loss from linked POS</source>
        <translation>Pérdida según las transacciones del TPV vinculadas</translation>
    </message>
    <message>
        <source>Region %1</source>
        <translation>Región %1</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>Act&amp;ualizar</translation>
    </message>
    <message>
        <source>Export fi&amp;gures as CSV…</source>
        <translation>Exportar ci&amp;fras como CSV…</translation>
    </message>
    <message>
        <source>Export &amp;dashboard as PDF…</source>
        <translation>Exportar el pa&amp;nel como PDF…</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <source>Store comparison</source>
        <translation>Comparación de tiendas</translation>
    </message>
    <message>
        <source>The figures for each store, region or period chosen above; select a figure to list the cases behind it</source>
        <translation>Las cifras de cada tienda, región o periodo elegidos arriba; seleccione una cifra para ver la lista de los casos en los que se basa</translation>
    </message>
    <message>
        <source>Time to report</source>
        <translation>Tiempo hasta la denuncia</translation>
    </message>
    <message>
        <source>Evidence completeness</source>
        <translation>Completitud de las evidencias</translation>
    </message>
    <message>
        <source>Police follow-up within 30 days</source>
        <translation>Seguimiento policial en 30 días</translation>
    </message>
    <message>
        <source>Cases closed</source>
        <translation>Casos cerrados</translation>
    </message>
    <message>
        <source>Repeat incidents (30 days)</source>
        <translation>Incidentes repetidos (30 días)</translation>
    </message>
    <message>
        <source>Press Enter or Space to list the cases behind this figure</source>
        <translation>Pulse Intro o Espacio para ver la lista de los casos en los que se basa esta cifra</translation>
    </message>
    <message>
        <source>Click, or press Enter or Space, to list the cases behind this figure</source>
        <translation>Haga clic, o pulse Intro o Espacio, para ver la lista de los casos en los que se basa esta cifra</translation>
    </message>
</context>
<context>
    <name>lpdesk::DerivativeMaker</name>
    <message>
        <source>Media %1 is not part of case %2.</source>
        <translation>El medio %1 no forma parte del caso %2.</translation>
    </message>
    <message>
        <source>%1 is a still, not a clip.</source>
        <translation>%1 es un fotograma, no un clip.</translation>
    </message>
    <message>
        <source>%1 s is outside the clip (0–%2 s).</source>
        <translation>%1 s está fuera del clip (0–%2 s).</translation>
    </message>
    <message>
        <source>Cannot encode the still: %1</source>
        <translation>No se puede codificar el fotograma: %1</translation>
    </message>
    <message>
        <source>The still was recorded, but %1 cannot be written: %2</source>
        <translation>El fotograma quedó registrado, pero no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>This clip is evidence of several cases (%1); open it from the case the new item is for.</source>
        <translation>Este clip es evidencia de varios casos (%1); ábralo desde el caso al que va destinado el nuevo elemento.</translation>
    </message>
</context>
<context>
    <name>lpdesk::DocumentPanel</name>
    <message>
        <source>Kept bit for bit as evidence. SHA-256 %1</source>
        <translation>Conservado bit a bit como evidencia. SHA-256 %1</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>tipo desconocido</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>archivo %1</translation>
    </message>
    <message>
        <source>Document: %1, %2, %3 — not a picture or video</source>
        <translation>Documento: %1, %2, %3 — no es una imagen ni un vídeo</translation>
    </message>
    <message>
        <source>E&amp;xport a copy…</source>
        <translation>E&amp;xportar una copia…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Write a plaintext copy to a file you choose; its SHA-256 is checked against the master&apos;s and custody records the export</source>
        <translation>Escribir una copia sin cifrar en el archivo que elija; su SHA-256 se comprueba frente al del original maestro y la custodia registra la exportación</translation>
    </message>
    <message>
        <source>Your role may not export evidence.</source>
        <translation>Su rol no permite exportar evidencias.</translation>
    </message>
    <message>
        <source>Export a copy</source>
        <translation>Exportar una copia</translation>
    </message>
    <message>
        <source>Exporting a copy to %1…</source>
        <translation>Exportando una copia a %1…</translation>
    </message>
    <message>
        <source>No copy was exported: %1</source>
        <translation>No se exportó ninguna copia: %1</translation>
    </message>
    <message>
        <source>Exported a copy to %1; its SHA-256 matches the master&apos;s (%2…).</source>
        <translation>Copia exportada a %1; su SHA-256 coincide con el del original maestro (%2…).</translation>
    </message>
    <message>
        <source>No copy was exported: the database is closing.</source>
        <translation>No se exportó ninguna copia: la base de datos se está cerrando.</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ver</translation>
    </message>
    <message>
        <source>Close the document view</source>
        <translation>Cerrar la vista del documento</translation>
    </message>
</context>
<context>
    <name>lpdesk::DropSource</name>
    <message>
        <source>The store folder %1 does not exist or is not a folder (is the USB stick mounted?).</source>
        <translation>La carpeta de la tienda %1 no existe o no es una carpeta (¿está montada la memoria USB?).</translation>
    </message>
    <message>
        <source>Unknown store source kind %1.</source>
        <translation>Tipo de origen de tienda desconocido %1.</translation>
    </message>
</context>
<context>
    <name>lpdesk::EncryptedAvio</name>
    <message>
        <source>Not a readable media file: %1</source>
        <translation>No es un archivo multimedia legible: %1</translation>
    </message>
    <message>
        <source>Cannot read the media streams: %1</source>
        <translation>No se pueden leer los flujos multimedia: %1</translation>
    </message>
</context>
<context>
    <name>lpdesk::EncryptedDocument</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB.</source>
        <translation>%1 supera los %2 MiB.</translation>
    </message>
    <message>
        <source>%1 cannot be decrypted: %2</source>
        <translation>%1 no se puede descifrar: %2</translation>
    </message>
    <message>
        <source>%1 does not match its recorded SHA-256.</source>
        <translation>%1 no coincide con su SHA-256 registrado.</translation>
    </message>
</context>
<context>
    <name>lpdesk::EvidenceCopy</name>
    <message>
        <source>%1 already exists; choose a new name for the copy.</source>
        <translation>%1 ya existe; elija otro nombre para la copia.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot read back %1: %2</source>
        <translation>No se puede volver a leer %1: %2</translation>
    </message>
    <message>
        <source>The copy written to %1 has SHA-256 %2, not the master&apos;s %3; it was removed.</source>
        <translation>La copia escrita en %1 tiene el SHA-256 %2 y no %3, el del original maestro; se eliminó.</translation>
    </message>
    <message>
        <source>%1 is too large to show here; export a copy to open it.</source>
        <translation>%1 es demasiado grande para mostrarlo aquí; exporte una copia para abrirlo.</translation>
    </message>
    <message>
        <source>%1 does not match its recorded SHA-256.</source>
        <translation>%1 no coincide con su SHA-256 registrado.</translation>
    </message>
</context>
<context>
    <name>lpdesk::ExhibitImporter</name>
    <message>
        <source>There is no case %1.</source>
        <translation>No existe el caso %1.</translation>
    </message>
    <message>
        <source>There is no incident %1.</source>
        <translation>No existe el incidente %1.</translation>
    </message>
    <message>
        <source>Say where the evidence goes: a case or an incident, not both.</source>
        <translation>Indique adónde van las evidencias: a un caso o a un incidente, no a ambos.</translation>
    </message>
    <message>
        <source>The frame rate must be between 0 and 1000.</source>
        <translation>La frecuencia de fotogramas debe estar entre 0 y 1000.</translation>
    </message>
    <message>
        <source>The clock offset is more than a year.</source>
        <translation>El desfase del reloj supera un año.</translation>
    </message>
    <message>
        <source>No files to import.</source>
        <translation>No hay archivos que importar.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 is not a readable file.</source>
        <translation>%1 no es un archivo legible.</translation>
    </message>
    <message>
        <source>%1 is %2 GiB; at most %3 GiB can be imported at once.</source>
        <translation>%1 ocupa %2 GiB; como máximo se pueden importar %3 GiB a la vez.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>%1 changed while it was read (%2 bytes, then %3).</source>
        <translation>%1 cambió mientras se leía (%2 bytes, luego %3).</translation>
    </message>
    <message>
        <source>%1 was refused: %2</source>
        <translation>Se rechazó %1: %2</translation>
    </message>
    <message>
        <source>%1 holds %2 files; at most %3 are unpacked.</source>
        <translation>%1 contiene %2 archivos; como máximo se descomprimen %3.</translation>
    </message>
    <message>
        <source>%1 would unpack to %2 GiB; at most %3 GiB.</source>
        <translation>%1 ocuparía %2 GiB descomprimido; como máximo %3 GiB.</translation>
    </message>
    <message>
        <source>%1 looks like media, but %2; it is kept as a document, bit for bit.</source>
        <translation>%1 parece contenido multimedia, pero %2; se conserva como documento, bit a bit.</translation>
    </message>
    <message>
        <source>%1 does not say when it was recorded; give the start time to line it up with other cameras.</source>
        <translation>%1 no indica cuándo se grabó; indique la hora de inicio para alinearlo con las otras cámaras.</translation>
    </message>
    <message>
        <source>%1 carries the timecode %2.</source>
        <translation>%1 lleva el código de tiempo %2.</translation>
    </message>
    <message>
        <source>working copy of %1</source>
        <translation>copia de trabajo de %1</translation>
    </message>
    <message>
        <source>Cannot record %1: %2</source>
        <translation>No se puede registrar %1: %2</translation>
    </message>
    <message>
        <source>%1 is a raw %2 stream that does not state its frame rate (no timing in its parameter sets); give the frame rate with --fps (Frame rate in Add evidence) and import it again.</source>
        <translation>%1 es una secuencia %2 sin contenedor que no indica su velocidad de fotogramas (sin información de tiempo en sus conjuntos de parámetros); indique la velocidad con --fps (Velocidad de fotogramas en Añadir evidencia) e impórtela de nuevo.</translation>
    </message>
    <message>
        <source>%1 states %2 fps in its timing; the frame rate given, %3 fps, is used.</source>
        <translation>%1 indica %2 fps en su información de tiempo; se usa la velocidad indicada, %3 fps.</translation>
    </message>
    <message>
        <source>%1 is a raw stream; it is read at the frame rate given, %2 fps.</source>
        <translation>%1 es una secuencia sin contenedor; se lee a la velocidad indicada, %2 fps.</translation>
    </message>
    <message>
        <source>%1 is a raw stream; its frame rate, %2 fps, is the one its timing states.</source>
        <translation>%1 es una secuencia sin contenedor; su velocidad de fotogramas, %2 fps, es la que indica su información de tiempo.</translation>
    </message>
    <message>
        <source>%1 is a HEIC/HEIF still; neither FFmpeg %2 nor Qt %3 on this workstation can decode HEIF, so it cannot be shown. It is kept bit for bit as a document.</source>
        <translation>%1 es una imagen HEIC/HEIF; ni FFmpeg %2 ni Qt %3 en este puesto pueden decodificar HEIF, así que no se puede mostrar. Se conserva bit a bit como documento.</translation>
    </message>
    <message>
        <source>%1 holds no EXIF time that can be read; give the start time if it matters.</source>
        <translation>%1 no contiene ninguna hora EXIF legible; indique la hora de inicio si es importante.</translation>
    </message>
    <message>
        <source>Say where the evidence came from, in 1–%1 characters (Source in Add evidence; --source for lpdesk-cli).</source>
        <translation>Indique de dónde proceden las evidencias, de 1 a %1 caracteres (Origen en Añadir evidencias; --source en lpdesk-cli).</translation>
    </message>
    <message>
        <source>%1 states no date, only the timecode %2: its start is taken as %3 (that time of day in %4, on the last day on which it is not after the file was last modified, %5). Check it, or give the start time.</source>
        <translation>%1 no indica ninguna fecha, solo el código de tiempo %2: se toma como inicio %3 (esa hora del día en la zona horaria %4, el último día en que no es posterior a la última modificación del archivo, %5). Compruébelo o indique la hora de inicio.</translation>
    </message>
    <message>
        <source>its video is %1, which LP Desk&apos;s player, trims and redaction are not built for</source>
        <translation>su vídeo es %1, para el que no están pensados el reproductor, los recortes ni la anonimización de LP Desk</translation>
    </message>
    <message>
        <source>it cannot be remuxed into MP4 (%1)</source>
        <translation>no se puede remultiplexar a MP4 (%1)</translation>
    </message>
    <message>
        <source>its MP4 remux does not play (%1)</source>
        <translation>su remultiplexado a MP4 no se reproduce (%1)</translation>
    </message>
    <message>
        <source>No working copy of %1: %2, and transcoding it failed (%3).</source>
        <translation>Sin copia de trabajo de %1: %2, y su transcodificación falló (%3).</translation>
    </message>
    <message>
        <source>The working copy of %1 is transcoded to H.264 (%2) because %3; the master is kept as it came.</source>
        <translation>La copia de trabajo de %1 se transcodifica a H.264 (%2) porque %3; el original maestro se conserva tal como llegó.</translation>
    </message>
    <message>
        <source>the player finds no frame in it</source>
        <translation>el reproductor no encuentra ningún fotograma en él</translation>
    </message>
    <message>
        <source>The working copy of %1 leaves out what MP4 cannot carry (%2); the master keeps it.</source>
        <translation>La copia de trabajo de %1 omite lo que MP4 no puede contener (%2); el original maestro lo conserva.</translation>
    </message>
    <message>
        <source>The working copy of %1 keeps its sound, which MP4 cannot carry as recorded: %2 (the video is copied as recorded; the master keeps the original sound).</source>
        <translation>La copia de trabajo de %1 conserva su sonido, que MP4 no puede contener tal como se grabó: %2 (el vídeo se copia tal como se grabó; el original maestro conserva el sonido original).</translation>
    </message>
</context>
<context>
    <name>lpdesk::ExportPackageDialog</name>
    <message>
        <source>&amp;Encrypt the package with a password (AES-256)</source>
        <translation>&amp;Cifrar el paquete con una contraseña (AES-256)</translation>
    </message>
    <message>
        <source>Export sealed package</source>
        <translation>Exportar paquete sellado</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Package file</source>
        <translation>Archivo del paquete</translation>
    </message>
    <message>
        <source>ZIP packages (*.zip)</source>
        <translation>Paquetes ZIP (*.zip)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>Type the same password twice.</source>
        <translation>Escriba la misma contraseña dos veces.</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>Exportando %1</translation>
    </message>
    <message>
        <source>Leave the password empty to have one generated (shown once), or type one of at least %1 characters. Hand it over separately (by phone, never with the package).</source>
        <translation>Deje la contraseña vacía para que se genere una (se muestra una sola vez) o escriba una de al menos %1 caracteres. Entréguela por separado (por teléfono, nunca con el paquete).</translation>
    </message>
    <message>
        <source>A password you choose needs at least %1 characters; leave both fields empty to have one generated.</source>
        <translation>Una contraseña elegida necesita al menos %1 caracteres; deje ambos campos vacíos para que se genere una.</translation>
    </message>
    <message>
        <source>The package password (shown once; hand it over separately, never with the package):

%1</source>
        <translation>La contraseña del paquete (se muestra una sola vez; entréguela por separado, nunca con el paquete):

%1</translation>
    </message>
    <message>
        <source>LP Desk generates the password and shows it once when the package is written. Only %1, the legal reviewer who approved this release, may choose one instead. Hand it over separately (by phone, never with the package).</source>
        <translation>LP Desk genera la contraseña y la muestra una sola vez al escribir el paquete. Solo la persona de asesoría jurídica que aprobó esta entrega, %1, puede elegir una en su lugar. Entréguela por separado (por teléfono, nunca con el paquete).</translation>
    </message>
    <message>
        <source>LP Desk generates the password and shows it once when the package is written. Only the legal reviewer who approved the release may choose one instead. Hand it over separately (by phone, never with the package).</source>
        <translation>LP Desk genera la contraseña y la muestra una sola vez al escribir el paquete. Solo la persona de asesoría jurídica que aprobó la entrega puede elegir una en su lugar. Entréguela por separado (por teléfono, nunca con el paquete).</translation>
    </message>
    <message>
        <source>Package written to %1</source>
        <translation>Paquete escrito en %1</translation>
    </message>
</context>
<context>
    <name>lpdesk::FirstRunWizard</name>
    <message>
        <source>Set up LP Desk</source>
        <translation>Configurar LP Desk</translation>
    </message>
    <message>
        <source>Welcome to LP Desk</source>
        <translation>Bienvenido/a a LP Desk</translation>
    </message>
    <message>
        <source>LP Desk keeps every case — incidents, footage, POS records, statements and the chain of custody — in one encrypted case database on this computer.

Each person who uses it gets their own passphrase and role (investigator, legal, administrator, auditor). You are about to create the database and its first administrator.</source>
        <translation>LP Desk guarda cada caso —incidentes, grabaciones, registros del TPV, declaraciones y la cadena de custodia— en una única base de datos de casos cifrada en este ordenador.

Cada persona que lo usa tiene su propia frase de contraseña y su rol (investigador, asesoría jurídica, administrador, auditor). Va a crear la base de datos y su primer administrador.</translation>
    </message>
    <message>
        <source>Where and for whom</source>
        <translation>Dónde y para quién</translation>
    </message>
    <message>
        <source>&amp;Database file:</source>
        <translation>Archivo de la &amp;base de datos:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>&amp;Workstation name:</source>
        <translation>Nombre del &amp;puesto de trabajo:</translation>
    </message>
    <message>
        <source>The organisation name appears on the certificate that signs packages for police.</source>
        <translation>El nombre de la organización aparece en el certificado que firma los paquetes para la policía.</translation>
    </message>
    <message>
        <source>New case database</source>
        <translation>Nueva base de datos de casos</translation>
    </message>
    <message>
        <source>LP Desk databases (*.lpdb)</source>
        <translation>Bases de datos de LP Desk (*.lpdb)</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>Primer administrador</translation>
    </message>
    <message>
        <source>There is no way to recover a forgotten passphrase. Add a second administrator later so that the database can still be opened if one passphrase is lost.</source>
        <translation>Una frase de contraseña olvidada no se puede recuperar. Añada más adelante un segundo administrador para que la base de datos se pueda seguir abriendo si se pierde una frase de contraseña.</translation>
    </message>
    <message>
        <source>Creating the database</source>
        <translation>Creando la base de datos</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file.</source>
        <translation>%1 ya existe; elija otro archivo.</translation>
    </message>
    <message>
        <source>Names are letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;@&apos; or &apos;-&apos;.</source>
        <translation>Los nombres constan de letras, dígitos, &apos;.&apos;, &apos;_&apos;, &apos;@&apos; o &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Enter the same passphrase twice.</source>
        <translation>Introduzca la misma frase de contraseña dos veces.</translation>
    </message>
    <message>
        <source>Tuning the passphrase protection to this computer and generating keys…</source>
        <translation>Ajustando la protección de la frase de contraseña a este ordenador y generando las claves…</translation>
    </message>
    <message>
        <source>The database could not be created: %1</source>
        <translation>No se pudo crear la base de datos: %1</translation>
    </message>
    <message>
        <source>Done. The database is ready at %1.</source>
        <translation>Hecho. La base de datos está lista en %1.</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ombre:</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
</context>
<context>
    <name>lpdesk::FolderDropSource</name>
    <message>
        <source>Refused the unsafe path %1.</source>
        <translation>Se rechazó la ruta insegura %1.</translation>
    </message>
    <message>
        <source>%1 is missing from the store folder.</source>
        <translation>Falta %1 en la carpeta de la tienda.</translation>
    </message>
    <message>
        <source>%1 points outside the store folder.</source>
        <translation>%1 apunta fuera de la carpeta de la tienda.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 no es un archivo normal.</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, more than the %3 allowed.</source>
        <translation>%1 ocupa %2 bytes, más de los %3 permitidos.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 grew past the size allowed.</source>
        <translation>%1 creció por encima del tamaño permitido.</translation>
    </message>
    <message>
        <source>%1 is %2 bytes but the incident says %3.</source>
        <translation>%1 ocupa %2 bytes, pero el incidente indica %3.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>Falló la lectura de %1: %2</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>Falló la escritura de %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than allowed.</source>
        <translation>%1 es más grande de lo permitido.</translation>
    </message>
</context>
<context>
    <name>lpdesk::FollowUpPanel</name>
    <message>
        <source>Record &amp;follow-up</source>
        <translation>Registrar &amp;seguimiento</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>The agency&apos;s case number</source>
        <translation>Número de caso del organismo</translation>
    </message>
    <message>
        <source>Value recovered, if any</source>
        <translation>Valor recuperado, si lo hay</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Qué:</translation>
    </message>
    <message>
        <source>W&amp;hen:</source>
        <translation>C&amp;uándo:</translation>
    </message>
    <message>
        <source>Agency &amp;case:</source>
        <translation>Caso del organ&amp;ismo:</translation>
    </message>
    <message>
        <source>Police follow-up</source>
        <translation>Seguimiento policial</translation>
    </message>
    <message>
        <source>agency case %1</source>
        <translation>caso del organismo %1</translation>
    </message>
    <message>
        <source>officer %1</source>
        <translation>agente %1</translation>
    </message>
    <message>
        <source>recovered %1</source>
        <translation>recuperado %1</translation>
    </message>
    <message>
        <source>from the agency&apos;s response</source>
        <translation>según la respuesta del organismo</translation>
    </message>
    <message>
        <source>Recorded by %1 at %2</source>
        <translation>Registrado por %1 el %2</translation>
    </message>
    <message>
        <source>%1 from %2 (%3)%4</source>
        <translation>%1 de %2 (%3)%4</translation>
    </message>
    <message>
        <source> — OVERDUE</source>
        <translation> — VENCIDO</translation>
    </message>
    <message>
        <source>No police request names this case.</source>
        <translation>Ningún requerimiento policial cita este caso.</translation>
    </message>
    <message>
        <source>Police requests: %1</source>
        <translation>Requerimientos policiales: %1</translation>
    </message>
    <message>
        <source>The value recovered is a number, e.g. 49.99.</source>
        <translation>El valor recuperado es un número, p. ej. 49,99.</translation>
    </message>
    <message>
        <source>Off&amp;icer:</source>
        <translation>A&amp;gente:</translation>
    </message>
    <message>
        <source>Reco&amp;vered:</source>
        <translation>Recuperad&amp;o:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Ask the agencies this case was submitted to what they did, and record it</source>
        <translation>Preguntar a los organismos a los que se envió este caso qué han hecho, y registrarlo</translation>
    </message>
    <message>
        <source>Checking for police follow-up</source>
        <translation>Consultando el seguimiento policial</translation>
    </message>
    <message>
        <source>Asking agency %1 of %2</source>
        <translation>Preguntando al organismo %1 de %2</translation>
    </message>
    <message>
        <source>Asking the agencies…</source>
        <translation>Preguntando a los organismos…</translation>
    </message>
    <message>
        <source>%1 on %2, from %3</source>
        <translation>%1 el %2, de %3</translation>
    </message>
    <message>
        <source>, agency case %1</source>
        <translation>, caso del organismo %1</translation>
    </message>
    <message>
        <source>, officer %1</source>
        <translation>, agente %1</translation>
    </message>
    <message>
        <source>Nothing new: no agency has a status for this case&apos;s submissions yet.</source>
        <translation>Nada nuevo: ningún organismo tiene todavía un estado para los envíos de este caso.</translation>
    </message>
    <message>
        <source>Nothing new from the agencies.</source>
        <translation>Nada nuevo de los organismos.</translation>
    </message>
    <message numerus="yes">
        <source>%n new police follow-up(s) recorded:</source>
        <translation>
            <numerusform>%n nuevo seguimiento policial registrado:</numerusform>
            <numerusform>%n nuevos seguimientos policiales registrados:</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the agency&apos;s status of %1</source>
        <translation>No se pudo leer el estado de %1 en el organismo</translation>
    </message>
    <message>
        <source>Check for police follow-&amp;up</source>
        <translation>Consultar el segui&amp;miento policial</translation>
    </message>
    <message>
        <source>Asking the agencies: see Jobs (Ctrl+J) for its progress.</source>
        <translation>Consultando a las agencias: consulte su progreso en Tareas (Ctrl+J).</translation>
    </message>
</context>
<context>
    <name>lpdesk::FollowUps</name>
    <message>
        <source>The kind of follow-up is one of: %1.</source>
        <translation>El tipo de seguimiento es uno de: %1.</translation>
    </message>
    <message>
        <source>A follow-up cannot lie in the future.</source>
        <translation>Un seguimiento no puede estar en el futuro.</translation>
    </message>
    <message>
        <source>The agency case number, officer or note is too long.</source>
        <translation>El número de caso del organismo, el agente o la nota es demasiado largo.</translation>
    </message>
    <message>
        <source>The recovered amount must be a number between 0 and 1,000,000,000.</source>
        <translation>El importe recuperado debe ser un número entre 0 y 1.000.000.000.</translation>
    </message>
    <message>
        <source>The source is manual or agency.</source>
        <translation>El origen es manual o agency.</translation>
    </message>
    <message>
        <source>Say when it happened (a date, or a date and time).</source>
        <translation>Indique cuándo ocurrió (una fecha, o una fecha y hora).</translation>
    </message>
</context>
<context>
    <name>lpdesk::HashChain</name>
    <message>
        <source>chain %1: %2 events, intact (head %3)</source>
        <translation>cadena %1: %2 eventos, íntegra (cabeza %3)</translation>
    </message>
    <message>
        <source>chain %1, event %2: %3</source>
        <translation>cadena %1, evento %2: %3</translation>
    </message>
    <message>
        <source>Could not record the event: %1</source>
        <translation>No se pudo registrar el evento: %1</translation>
    </message>
    <message>
        <source>missing (deleted)</source>
        <translation>falta (borrado)</translation>
    </message>
    <message>
        <source>%1 events up to %2 are missing (deleted)</source>
        <translation>faltan %1 eventos hasta el %2 (borrados)</translation>
    </message>
    <message>
        <source>duplicate or out-of-order sequence number</source>
        <translation>número de secuencia duplicado o desordenado</translation>
    </message>
    <message>
        <source>event text is not valid JSON (edited)</source>
        <translation>el texto del evento no es JSON válido (editado)</translation>
    </message>
    <message>
        <source>event says it is number %1: events were reordered</source>
        <translation>el evento dice ser el número %1: se reordenaron eventos</translation>
    </message>
    <message>
        <source>indexed columns differ from the hashed event (edited)</source>
        <translation>las columnas indexadas difieren del evento con hash (editado)</translation>
    </message>
    <message>
        <source>event belongs to another chain (moved)</source>
        <translation>el evento pertenece a otra cadena (movido)</translation>
    </message>
    <message>
        <source>link to the previous event is broken (an earlier event was deleted, edited or reordered)</source>
        <translation>el enlace con el evento anterior está roto (se borró, editó o reordenó un evento anterior)</translation>
    </message>
    <message>
        <source>contents were edited (hash mismatch)</source>
        <translation>se editó el contenido (el hash no coincide)</translation>
    </message>
</context>
<context>
    <name>lpdesk::HoldsDialog</name>
    <message>
        <source>Show &amp;lifted holds too</source>
        <translation>Mostrar también las retenciones &amp;levantadas</translation>
    </message>
    <message>
        <source>&amp;Place hold</source>
        <translation>&amp;Imponer retención</translation>
    </message>
    <message>
        <source>Lift selected &amp;hold…</source>
        <translation>Le&amp;vantar la retención seleccionada…</translation>
    </message>
    <message>
        <source>&amp;Set rule</source>
        <translation>&amp;Fijar regla</translation>
    </message>
    <message>
        <source>&amp;Remove selected rule</source>
        <translation>&amp;Eliminar la regla seleccionada</translation>
    </message>
    <message>
        <source>P&amp;urge expired evidence…</source>
        <translation>P&amp;urgar evidencias caducadas…</translation>
    </message>
    <message>
        <source>Legal holds and retention</source>
        <translation>Retenciones legales y conservación</translation>
    </message>
    <message>
        <source>Legal holds</source>
        <translation>Retenciones legales</translation>
    </message>
    <message>
        <source>Retention rules</source>
        <translation>Reglas de conservación</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Impuesta</translation>
    </message>
    <message>
        <source>Lifted</source>
        <translation>Levantada</translation>
    </message>
    <message>
        <source>Case reference (LPD-…) or incident id</source>
        <translation>Referencia del caso (LPD-…) o id. del incidente</translation>
    </message>
    <message>
        <source>Why it must be kept (litigation, subpoena…)</source>
        <translation>Por qué debe conservarse (litigio, citación judicial…)</translation>
    </message>
    <message>
        <source>Nothing of a case or incident on legal hold is ever purged. Only legal or an administrator can lift a hold, with a reason.</source>
        <translation>Nunca se purga nada de un caso o incidente en retención legal. Solo la asesoría jurídica o un administrador pueden levantar una retención, indicando un motivo.</translation>
    </message>
    <message>
        <source>Hold &amp;on:</source>
        <translation>Retención &amp;sobre:</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Se aplica a</translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation>Se conserva durante</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Contado desde</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Fijada</translation>
    </message>
    <message>
        <source>Incident type</source>
        <translation>Tipo de incidente</translation>
    </message>
    <message>
        <source>Evidence kind</source>
        <translation>Tipo de evidencia</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Expired evidence is purged only by Purge: its encrypted file is deleted and a tombstone with its hash stays. Without a rule nothing is ever purged.</source>
        <translation>Las evidencias caducadas solo se purgan con Purgar: se elimina su archivo cifrado y se conserva una marca de borrado con su hash. Sin una regla, nunca se purga nada.</translation>
    </message>
    <message>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Conservar:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>vigente</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 por %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Say which case or incident to hold.</source>
        <translation>Indique qué caso o incidente retener.</translation>
    </message>
    <message>
        <source>A legal hold needs a reason.</source>
        <translation>Una retención legal necesita un motivo.</translation>
    </message>
    <message>
        <source>Select the hold to lift.</source>
        <translation>Seleccione la retención que desea levantar.</translation>
    </message>
    <message>
        <source>Lift legal hold</source>
        <translation>Levantar la retención legal</translation>
    </message>
    <message>
        <source>Why may %1 be purged again?</source>
        <translation>¿Por qué puede volver a purgarse %1?</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Select the rule to remove.</source>
        <translation>Seleccione la regla que desea eliminar.</translation>
    </message>
    <message>
        <source>Rule &amp;for:</source>
        <translation>&amp;Regla para:</translation>
    </message>
    <message>
        <source>Purging: see Jobs (Ctrl+J) for its progress and Cancel.</source>
        <translation>Purgando: consulte su progreso y Cancelar en Tareas (Ctrl+J).</translation>
    </message>
    <message>
        <source>The purge failed: %1</source>
        <translation>La purga ha fallado: %1</translation>
    </message>
</context>
<context>
    <name>lpdesk::HttpSignature</name>
    <message>
        <source>A covered component is malformed: %1</source>
        <translation>Un componente cubierto está mal formado: %1</translation>
    </message>
    <message>
        <source>an ecdsa-p256-sha256 signature is 64 bytes (r‖s)</source>
        <translation>una firma ecdsa-p256-sha256 ocupa 64 bytes (r‖s)</translation>
    </message>
    <message>
        <source>no certificate to check the signature with</source>
        <translation>no hay certificado con el que comprobar la firma</translation>
    </message>
    <message>
        <source>the certificate&apos;s key is not ECDSA P-256</source>
        <translation>la clave del certificado no es ECDSA P-256</translation>
    </message>
    <message>
        <source>the signature cannot be encoded</source>
        <translation>la firma no se puede codificar</translation>
    </message>
    <message>
        <source>the HTTP message signature does not verify</source>
        <translation>la firma del mensaje HTTP no se verifica</translation>
    </message>
</context>
<context>
    <name>lpdesk::HttpsDropSource</name>
    <message>
        <source>The store&apos;s CA file is not a PEM certificate.</source>
        <translation>El archivo de CA de la tienda no es un certificado PEM.</translation>
    </message>
    <message>
        <source>The client certificate file is not a PEM certificate.</source>
        <translation>El archivo del certificado de cliente no es un certificado PEM.</translation>
    </message>
    <message>
        <source>The client key file is not an unencrypted PEM EC or RSA private key.</source>
        <translation>El archivo de la clave de cliente no es una clave privada PEM EC o RSA sin cifrar.</translation>
    </message>
    <message>
        <source>The store URL must be https://host[:port]/path (got %1).</source>
        <translation>La URL de la tienda debe ser https://host[:puerto]/ruta (se recibió %1).</translation>
    </message>
    <message>
        <source>TLS: the store&apos;s certificate is not valid for %1 (%2). Nothing was downloaded.</source>
        <translation>TLS: el certificado de la tienda no es válido para %1 (%2). No se descargó nada.</translation>
    </message>
    <message>
        <source>TLS: the store&apos;s server certificate is not signed by the pinned CA (%1). Refusing to connect; nothing was downloaded.</source>
        <translation>TLS: el certificado del servidor de la tienda no está firmado por la CA fijada (%1). Se rechaza la conexión; no se descargó nada.</translation>
    </message>
    <message>
        <source>Cannot connect to the store at %1: connection refused.</source>
        <translation>No se puede conectar con la tienda en %1: conexión rechazada.</translation>
    </message>
    <message>
        <source>Cannot find the store&apos;s server %1 (DNS).</source>
        <translation>No se encuentra el servidor de la tienda %1 (DNS).</translation>
    </message>
    <message>
        <source>The store at %1 did not answer within %2 seconds.</source>
        <translation>La tienda en %1 no respondió en %2 segundos.</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2. The store may require a client certificate, or ours may not be accepted.</source>
        <translation>Falló la negociación TLS con %1: %2. Puede que la tienda exija un certificado de cliente o que no acepte el nuestro.</translation>
    </message>
    <message>
        <source>The store at %1 closed the connection while sending %2.</source>
        <translation>La tienda en %1 cerró la conexión mientras enviaba %2.</translation>
    </message>
    <message>
        <source>The store requires a valid client certificate (HTTP %1). Configure the certificate the store issued to this workstation.</source>
        <translation>La tienda exige un certificado de cliente válido (HTTP %1). Configure el certificado que la tienda emitió para este puesto.</translation>
    </message>
    <message>
        <source>%1 is missing on the store&apos;s server (HTTP 404).</source>
        <translation>Falta %1 en el servidor de la tienda (HTTP 404).</translation>
    </message>
    <message>
        <source>The store refused access to %1 (HTTP %2).</source>
        <translation>La tienda denegó el acceso a %1 (HTTP %2).</translation>
    </message>
    <message>
        <source>The store answered HTTP %1 for %2.</source>
        <translation>La tienda respondió HTTP %1 para %2.</translation>
    </message>
    <message>
        <source>Downloading %1 failed: %2</source>
        <translation>Falló la descarga de %1: %2</translation>
    </message>
    <message>
        <source>Refused the unsafe path %1.</source>
        <translation>Se rechazó la ruta insegura %1.</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, more than the %3 allowed.</source>
        <translation>%1 ocupa %2 bytes, más de los %3 permitidos.</translation>
    </message>
    <message>
        <source>%1 is larger than the %2 bytes allowed.</source>
        <translation>%1 supera los %2 bytes permitidos.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>The store answered a resumed download of %1 with the wrong range.</source>
        <translation>La tienda respondió a la reanudación de la descarga de %1 con un rango erróneo.</translation>
    </message>
    <message>
        <source>%1 is larger on the server than the incident says (%2 bytes).</source>
        <translation>%1 es más grande en el servidor de lo que indica el incidente (%2 bytes).</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>Falló la escritura de %1: %2</translation>
    </message>
    <message>
        <source>Cancelled; %1 of %2 bytes of %3 are kept to resume.</source>
        <translation>Cancelado; se conservan %1 de %2 bytes de %3 para reanudar.</translation>
    </message>
    <message>
        <source>The download of %1 ended early (%2 of %3 bytes); it will resume.</source>
        <translation>La descarga de %1 terminó antes de tiempo (%2 de %3 bytes); se reanudará.</translation>
    </message>
    <message>
        <source>%1 is larger than allowed.</source>
        <translation>%1 es más grande de lo permitido.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The store at %1</source>
        <translation>La tienda en %1</translation>
    </message>
</context>
<context>
    <name>lpdesk::IdleLock</name>
    <message numerus="yes">
        <source>Locking in %n s — move the mouse to stay signed in</source>
        <translation>
            <numerusform>Bloqueo en %n s — mueva el ratón para mantener la sesión</numerusform>
            <numerusform>Bloqueo en %n s — mueva el ratón para mantener la sesión</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock when &amp;idle</source>
        <translation>Bloquear por &amp;inactividad</translation>
    </message>
    <message numerus="yes">
        <source>After %n minute(s)</source>
        <translation>
            <numerusform>Tras %n minuto</numerusform>
            <numerusform>Tras %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The organisation allows at most %n minute(s)</source>
        <translation>
            <numerusform>La organización permite como máximo %n minuto</numerusform>
            <numerusform>La organización permite como máximo %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the organisation&apos;s limit…</source>
        <translation>Establecer el límite de la organización…</translation>
    </message>
    <message>
        <source>Lock when idle</source>
        <translation>Bloquear por inactividad</translation>
    </message>
    <message>
        <source>Every workstation of the organisation locks after at most this many minutes without input:</source>
        <translation>Todos los puestos de trabajo de la organización se bloquean tras, como máximo, este número de minutos sin actividad:</translation>
    </message>
</context>
<context>
    <name>lpdesk::IdleLockPolicy</name>
    <message>
        <source>The idle lock takes %1 to %2 minutes (got %3).</source>
        <translation>El bloqueo por inactividad admite de %1 a %2 minutos (se recibió %3).</translation>
    </message>
</context>
<context>
    <name>lpdesk::InboxView</name>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>With clips</source>
        <translation>Con clips</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>No leídos</translation>
    </message>
    <message>
        <source>Search narratives, suspects, statements… (Ctrl+F)</source>
        <translation>Buscar en relatos, sospechosos, declaraciones… (Ctrl+F)</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>All triggers</source>
        <translation>Todos los avisos</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Cualquier gravedad</translation>
    </message>
    <message>
        <source>≥ </source>
        <translation>≥ </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incidente</numerusform>
            <numerusform>%n incidentes</numerusform>
        </translation>
    </message>
    <message>
        <source>New case from selection…</source>
        <translation>Nuevo caso con la selección…</translation>
    </message>
    <message>
        <source>Mark unread</source>
        <translation>Marcar como no leído</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an incident to see its details.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Seleccione un incidente para ver sus detalles.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Todas las tiendas</translation>
    </message>
    <message>
        <source>URGENT</source>
        <translation>URGENTE</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Detectado</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>, register %1</source>
        <translation>, caja %1</translation>
    </message>
    <message>
        <source>, camera %1</source>
        <translation>, cámara %1</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Relato</translation>
    </message>
    <message>
        <source>Suspect descriptions</source>
        <translation>Descripción de los sospechosos</translation>
    </message>
    <message>
        <source>POS references</source>
        <translation>Referencias del TPV</translation>
    </message>
    <message>
        <source>Register %1, transaction %2, business day %3</source>
        <translation>Caja %1, transacción %2, día comercial %3</translation>
    </message>
    <message>
        <source>Statements from the store</source>
        <translation>Declaraciones de la tienda</translation>
    </message>
    <message>
        <source>Clips</source>
        <translation>Clips</translation>
    </message>
    <message numerus="yes">
        <source>%n clip(s) were refused at ingest (see quarantine)</source>
        <translation>
            <numerusform>%n clip se rechazó al recibirlo (véase la cuarentena)</numerusform>
            <numerusform>%n clips se rechazaron al recibirlos (véase la cuarentena)</numerusform>
        </translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>cargando…</translation>
    </message>
    <message>
        <source>Open this clip in the player</source>
        <translation>Abrir este clip en el reproductor</translation>
    </message>
    <message>
        <source>no preview</source>
        <translation>sin vista previa</translation>
    </message>
    <message numerus="yes">
        <source> — %n more hidden by the dates</source>
        <translation>
            <numerusform> — %n más oculto por las fechas</numerusform>
            <numerusform> — %n más ocultos por las fechas</numerusform>
        </translation>
    </message>
    <message>
        <source>Police request overdue: %1 %2 %3, due %4</source>
        <translation>Requerimiento policial vencido: %1 %2 %3, vencía el %4</translation>
    </message>
    <message>
        <source>Exigent disclosure to %1 awaits legal&apos;s sign-off (due %2)</source>
        <translation>La divulgación de emergencia a %1 espera la firma de la asesoría jurídica (antes del %2)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>in case %1</source>
        <translation>en el caso %1</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Minimum severity</source>
        <translation>Gravedad mínima</translation>
    </message>
    <message>
        <source>Clip %1</source>
        <translation>Clip %1</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <comment>received &lt;time&gt; from &lt;source&gt;</comment>
        <translation>%1, procedente de %2</translation>
    </message>
    <message>
        <source>Exigent disclosure to %1: legal&apos;s sign-off is overdue (was due %2)</source>
        <translation>Divulgación de emergencia a %1: la firma de la asesoría jurídica está vencida (vencía el %2)</translation>
    </message>
</context>
<context>
    <name>lpdesk::IncidentInbox</name>
    <message>
        <source>Search for at least one word.</source>
        <translation>Busque al menos una palabra.</translation>
    </message>
    <message>
        <source>There is no incident %1.</source>
        <translation>No existe el incidente %1.</translation>
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
        <translation>Detectado (hora de la tienda)</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Clips</source>
        <translation>Clips</translation>
    </message>
    <message>
        <source>Urgent: %1 (priority %2)</source>
        <translation>Urgente: %1 (prioridad %2)</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>URGENT</source>
        <translation>URGENTE</translation>
    </message>
    <message>
        <source>%1 (%2 refused)</source>
        <translation>%1 (%2 rechazados)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>in case %1</source>
        <translation>en el caso %1</translation>
    </message>
</context>
<context>
    <name>lpdesk::JobDialog</name>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message>
        <source>The database is closing; the job was not started.</source>
        <translation>La base de datos se está cerrando; la tarea no se ha iniciado.</translation>
    </message>
</context>
<context>
    <name>lpdesk::JobQueue</name>
    <message>
        <source>The database is closing; the job was not started.</source>
        <translation>La base de datos se está cerrando; la tarea no se ha iniciado.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
</context>
<context>
    <name>lpdesk::JobsPanel</name>
    <message>
        <source>No jobs.</source>
        <translation>No hay tareas.</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Clear &amp;ended</source>
        <translation>Quitar las &amp;terminadas</translation>
    </message>
    <message>
        <source>Take the jobs that have ended off this list</source>
        <translation>Quitar de esta lista las tareas que han terminado</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>Cancelar %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falló: %1</translation>
    </message>
</context>
<context>
    <name>lpdesk::JsonCheck</name>
    <message>
        <source>%1: field &quot;%2&quot; %3</source>
        <translation>%1: el campo &quot;%2&quot; %3</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>is not allowed</source>
        <translation>no está permitido</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>debe ser una cadena</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>supera los %1 caracteres</translation>
    </message>
    <message>
        <source>has an invalid value</source>
        <translation>tiene un valor no válido</translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation>debe ser un entero</translation>
    </message>
    <message>
        <source>is out of range (%1…%2)</source>
        <translation>está fuera de rango (%1…%2)</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>debe ser un número</translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation>está fuera de rango</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>debe ser una lista</translation>
    </message>
    <message>
        <source>has more than %1 items</source>
        <translation>tiene más de %1 elementos</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>debe ser uno de: %1</translation>
    </message>
</context>
<context>
    <name>lpdesk::KeySlotFile</name>
    <message>
        <source>Unknown user or wrong passphrase.</source>
        <translation>Usuario desconocido o frase de contraseña incorrecta.</translation>
    </message>
    <message>
        <source>The key-slot file %1 is missing; the database cannot be unlocked without it.</source>
        <translation>Falta el archivo de ranuras de clave %1; sin él no se puede desbloquear la base de datos.</translation>
    </message>
    <message>
        <source>Cannot read the key-slot file %1: %2</source>
        <translation>No se puede leer el archivo de ranuras de clave %1: %2</translation>
    </message>
    <message>
        <source>The key-slot file %1 is too large to be genuine.</source>
        <translation>El archivo de ranuras de clave %1 es demasiado grande para ser auténtico.</translation>
    </message>
    <message>
        <source>The key-slot file is corrupt (%1).</source>
        <translation>El archivo de ranuras de clave está dañado (%1).</translation>
    </message>
    <message>
        <source>Cannot write the key-slot file %1: %2</source>
        <translation>No se puede escribir el archivo de ranuras de clave %1: %2</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>La frase de contraseña no puede estar vacía.</translation>
    </message>
    <message>
        <source>Could not create the key slot.</source>
        <translation>No se pudo crear la ranura de clave.</translation>
    </message>
    <message>
        <source>The key slot for this user is damaged: %1</source>
        <translation>La ranura de clave de este usuario está dañada: %1</translation>
    </message>
    <message>
        <source>Could not seal the new master key.</source>
        <translation>No se pudo sellar la nueva clave maestra.</translation>
    </message>
    <message>
        <source>The signing key in the key slot for this user is damaged: %1</source>
        <translation>La clave de firma de la ranura de clave de este usuario está dañada: %1</translation>
    </message>
    <message>
        <source>The CA key in the key slot for this user is damaged: %1</source>
        <translation>La clave de la CA en la ranura de clave de este usuario está dañada: %1</translation>
    </message>
    <message>
        <source>There is no key slot for %1.</source>
        <translation>No hay ninguna ranura de clave para %1.</translation>
    </message>
    <message>
        <source>The key slot of %1 was pinned to the organisation CA certificate with SHA-256 %2, but the key-slot file now says %3: someone who can write the slot file changed the pin behind its owner&apos;s back (a pin moves only at its owner&apos;s login, or when an administrator confirms the certificate). Login refused; restore the key-slot file from a backup.</source>
        <translation>La ranura de clave de %1 se fijó al certificado de CA de la organización con SHA-256 %2, pero el archivo de ranuras de clave indica ahora %3: alguien con acceso de escritura al archivo de ranuras cambió la fijación a espaldas de su propietario (una fijación solo cambia en el inicio de sesión de su propietario o cuando un administrador confirma el certificado). Inicio de sesión rechazado; restaure el archivo de ranuras de clave desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>no pin</source>
        <translation>sin fijar</translation>
    </message>
    <message>
        <source>The key slot for %1 is damaged (its sealed pin).</source>
        <translation>La ranura de clave de %1 está dañada (su fijación sellada).</translation>
    </message>
    <message>
        <source>The key slot for %1 is not pinned.</source>
        <translation>La ranura de clave de %1 no está fijada.</translation>
    </message>
</context>
<context>
    <name>lpdesk::KpiCasesBehind</name>
    <message>
        <source>The KPI is one of: %1.</source>
        <translation>El KPI es uno de: %1.</translation>
    </message>
    <message>
        <source>A group needs a grouping (lpdesk-cli: --by).</source>
        <translation>Un grupo necesita una agrupación (lpdesk-cli: --by).</translation>
    </message>
</context>
<context>
    <name>lpdesk::KpiReporter</name>
    <message>
        <source>The period ends before it starts.</source>
        <translation>El periodo termina antes de empezar.</translation>
    </message>
    <message>
        <source>There is no store %1.</source>
        <translation>No existe la tienda %1.</translation>
    </message>
    <message>
        <source>No store is in region %1.</source>
        <translation>Ninguna tienda pertenece a la región %1.</translation>
    </message>
    <message>
        <source>An incident type is 1–40 lowercase letters or &apos;_&apos; (or * for all).</source>
        <translation>Un tipo de incidente tiene de 1 a 40 letras minúsculas o &apos;_&apos; (o * para todos).</translation>
    </message>
    <message>
        <source>A checklist item is one of: %1.</source>
        <translation>Un elemento de la lista de comprobación es uno de: %1.</translation>
    </message>
    <message>
        <source>A region name is at most 100 characters.</source>
        <translation>Un nombre de región tiene como máximo 100 caracteres.</translation>
    </message>
    <message>
        <source>The grouping is one of: %1 (lpdesk-cli: --by).</source>
        <translation>La agrupación es una de: %1 (lpdesk-cli: --by).</translation>
    </message>
</context>
<context>
    <name>lpdesk::KpiRollup</name>
    <message>
        <source>%1 missing</source>
        <translation>falta %1</translation>
    </message>
    <message>
        <source>%1 is %2, the records give %3</source>
        <translation>%1 vale %2; los registros dan %3</translation>
    </message>
    <message>
        <source>%1 has no records behind it</source>
        <translation>%1 no tiene registros que lo respalden</translation>
    </message>
    <message>
        <source>The KPI rollups could not be checked: %1</source>
        <translation>No se pudieron comprobar los resúmenes de KPI: %1</translation>
    </message>
    <message>
        <source>The KPI rollup %1 cannot be read: %2</source>
        <translation>No se puede leer el resumen de KPI %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The KPI rollup %1 does not match the records it sums (%n row(s) differ: %2); an administrator recomputes it with `lpdesk-cli kpi rebuild`.</source>
        <translation>
            <numerusform>El resumen de KPI %1 no coincide con los registros que suma (%n fila difiere: %2); un administrador lo recalcula con `lpdesk-cli kpi rebuild`.</numerusform>
            <numerusform>El resumen de KPI %1 no coincide con los registros que suma (%n filas difieren: %2); un administrador lo recalcula con `lpdesk-cli kpi rebuild`.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lpdesk::LegalGrants</name>
    <message>
        <source>%1 has no legal grant waiting for confirmation.</source>
        <translation>%1 no tiene ningún rol de asesoría jurídica pendiente de confirmar.</translation>
    </message>
    <message>
        <source>You granted %1 the legal role; another administrator must confirm it.</source>
        <translation>Usted otorgó a %1 el rol de asesoría jurídica; debe confirmarlo otro administrador.</translation>
    </message>
    <message>
        <source>Cannot confirm that your legal role was confirmed (%1); refusing.</source>
        <translation>No se puede comprobar que su rol de asesoría jurídica esté confirmado (%1); se rechaza.</translation>
    </message>
    <message>
        <source>Your legal role, granted by %1 at %2, waits for a second administrator to confirm it (user confirm-role %3); until then you cannot approve or reject releases.</source>
        <translation>Su rol de asesoría jurídica, otorgado por %1 el %2, espera a que lo confirme un segundo administrador (user confirm-role %3); hasta entonces no puede aprobar ni rechazar entregas.</translation>
    </message>
</context>
<context>
    <name>lpdesk::LpencReader</name>
    <message>
        <source>The file cannot be read.</source>
        <translation>No se puede leer el archivo.</translation>
    </message>
    <message>
        <source>This is not an .lpenc encrypted file.</source>
        <translation>No es un archivo cifrado .lpenc.</translation>
    </message>
    <message>
        <source>This .lpenc file uses a version this program does not know.</source>
        <translation>Este archivo .lpenc usa una versión que este programa no conoce.</translation>
    </message>
    <message>
        <source>The file is encrypted to another recipient key, not to this workstation.</source>
        <translation>El archivo está cifrado para otra clave de destinatario, no para este puesto.</translation>
    </message>
    <message>
        <source>The file&apos;s header is damaged or was altered (header authentication failed).</source>
        <translation>La cabecera del archivo está dañada o se alteró (falló la autenticación de la cabecera).</translation>
    </message>
    <message>
        <source>The file is truncated: it is shorter than its header says.</source>
        <translation>El archivo está truncado: es más corto de lo que indica su cabecera.</translation>
    </message>
    <message>
        <source>The file has extra bytes after its last chunk.</source>
        <translation>El archivo tiene bytes de más tras su último bloque.</translation>
    </message>
    <message>
        <source>A chunk of this file comes from another encrypted file (chunks were swapped between files).</source>
        <translation>Un bloque de este archivo procede de otro archivo cifrado (se intercambiaron bloques entre archivos).</translation>
    </message>
    <message>
        <source>The chunks of this file are out of order (reordered).</source>
        <translation>Los bloques de este archivo están desordenados (reordenados).</translation>
    </message>
    <message>
        <source>A chunk of this file is damaged or was altered (authentication failed).</source>
        <translation>Un bloque de este archivo está dañado o se alteró (falló la autenticación).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source> (%1 of %2 bytes present)</source>
        <translation> (%1 de %2 bytes presentes)</translation>
    </message>
    <message>
        <source> (chunk %1)</source>
        <translation> (bloque %1)</translation>
    </message>
    <message>
        <source> (position %1 holds chunk %2)</source>
        <translation> (la posición %1 contiene el bloque %2)</translation>
    </message>
</context>
<context>
    <name>lpdesk::LpencWriter</name>
    <message>
        <source>Invalid test-vector parameters.</source>
        <translation>Parámetros de vector de prueba no válidos.</translation>
    </message>
    <message>
        <source>The recipient key is not an X25519 public key.</source>
        <translation>La clave de destinatario no es una clave pública X25519.</translation>
    </message>
    <message>
        <source>Chunk size out of range.</source>
        <translation>Tamaño de bloque fuera de rango.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Encryption failed.</source>
        <translation>Falló el cifrado.</translation>
    </message>
    <message>
        <source>Cannot write the encrypted file: %1</source>
        <translation>No se puede escribir el archivo cifrado: %1</translation>
    </message>
    <message>
        <source>The encrypted file is already closed.</source>
        <translation>El archivo cifrado ya está cerrado.</translation>
    </message>
    <message>
        <source>Cannot save the encrypted file: %1</source>
        <translation>No se puede guardar el archivo cifrado: %1</translation>
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
        <translation>Sesión iniciada como %1 (%2)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No incidents yet&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Todavía no hay incidentes&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>To get started, add a store under &lt;b&gt;Stores → Add store…&lt;/b&gt; (a USB folder or the store&apos;s HTTPS drop), then choose &lt;b&gt;Stores → Pull now&lt;/b&gt;. New incidents appear here; open one to review its footage and start a case.&lt;br&gt;&lt;br&gt;Stores encrypt footage to this workstation&apos;s recipient key: give them the file from &lt;b&gt;Tools → Export recipient key…&lt;/b&gt;.</source>
        <translation>Para empezar, añada una tienda en &lt;b&gt;Tiendas → Añadir tienda…&lt;/b&gt; (una carpeta USB o el punto de entrega HTTPS de la tienda) y elija &lt;b&gt;Tiendas → Descargar ahora&lt;/b&gt;. Los incidentes nuevos aparecen aquí; abra uno para revisar sus grabaciones y abrir un caso.&lt;br&gt;&lt;br&gt;Las tiendas cifran las grabaciones con la clave de destinatario de este puesto: entrégueles el archivo de &lt;b&gt;Herramientas → Exportar clave de destinatario…&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Users and roles…</source>
        <translation>&amp;Usuarios y roles…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>Registro de &amp;auditoría…</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>&amp;Comprobar base de datos</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>Hacer copia de segu&amp;ridad…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About LP Desk</source>
        <translation>&amp;Acerca de LP Desk</translation>
    </message>
    <message>
        <source>Checking the database and every hash chain…</source>
        <translation>Comprobando la base de datos y cada cadena de hashes…</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Comprobar base de datos</translation>
    </message>
    <message>
        <source>Back up the case database</source>
        <translation>Copia de seguridad de la base de datos de casos</translation>
    </message>
    <message>
        <source>LP Desk databases (*.lpdb)</source>
        <translation>Bases de datos de LP Desk (*.lpdb)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo la copia de seguridad…</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Copia de seguridad guardada en %1</translation>
    </message>
    <message>
        <source>About LP Desk</source>
        <translation>Acerca de LP Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;LP Desk %1&lt;/b&gt;&lt;br&gt;Loss-prevention investigation workstation.&lt;br&gt;%2&lt;br&gt;Database id %3</source>
        <translation>&lt;b&gt;LP Desk %1&lt;/b&gt;&lt;br&gt;Puesto de investigación de prevención de pérdidas.&lt;br&gt;%2&lt;br&gt;Id. de la base de datos %3</translation>
    </message>
    <message>
        <source>Export the recipient key for stores</source>
        <translation>Exportar la clave de destinatario para las tiendas</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>Export recipient key</source>
        <translation>Exportar clave de destinatario</translation>
    </message>
    <message>
        <source>Recipient key written to %1</source>
        <translation>Clave de destinatario guardada en %1</translation>
    </message>
    <message>
        <source>&amp;Stores</source>
        <translation>&amp;Tiendas</translation>
    </message>
    <message>
        <source>&amp;Pull now</source>
        <translation>&amp;Descargar ahora</translation>
    </message>
    <message>
        <source>&amp;Stores…</source>
        <translation>&amp;Tiendas…</translation>
    </message>
    <message>
        <source>&amp;Add store…</source>
        <translation>&amp;Añadir tienda…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Refresh inbox</source>
        <translation>&amp;Actualizar bandeja de entrada</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Export &amp;recipient key…</source>
        <translation>Exportar clave de &amp;destinatario…</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nuevo caso</translation>
    </message>
    <message numerus="yes">
        <source>Title for a case with %n incident(s):</source>
        <translation>
            <numerusform>Título de un caso con %n incidente:</numerusform>
            <numerusform>Título de un caso con %n incidentes:</numerusform>
        </translation>
    </message>
    <message>
        <source>Open clip</source>
        <translation>Abrir clip</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Casos</translation>
    </message>
    <message>
        <source>&amp;New case from selected incidents…</source>
        <translation>&amp;Nuevo caso con los incidentes seleccionados…</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>&amp;Bandeja de entrada</translation>
    </message>
    <message>
        <source>&amp;Search incidents and statements…</source>
        <translation>Buscar en &amp;incidentes y declaraciones…</translation>
    </message>
    <message>
        <source>Import &amp;POS journal…</source>
        <translation>Importar diario del &amp;TPV…</translation>
    </message>
    <message>
        <source>&amp;Releases</source>
        <translation>&amp;Entregas</translation>
    </message>
    <message>
        <source>&amp;Releases and legal review…</source>
        <translation>&amp;Entregas y revisión jurídica…</translation>
    </message>
    <message>
        <source>&amp;Verify a package…</source>
        <translation>&amp;Verificar un paquete…</translation>
    </message>
    <message>
        <source>Verify a package</source>
        <translation>Verificar un paquete</translation>
    </message>
    <message>
        <source>Packages (*.zip)</source>
        <translation>Paquetes (*.zip)</translation>
    </message>
    <message>
        <source>&amp;Time-stamp authority…</source>
        <translation>Autoridad de &amp;sellado de tiempo…</translation>
    </message>
    <message>
        <source>Time-stamp authority</source>
        <translation>Autoridad de sellado de tiempo</translation>
    </message>
    <message>
        <source>The address must be an http:// or https:// URL.</source>
        <translation>La dirección debe ser una URL http:// o https://.</translation>
    </message>
    <message>
        <source>The CA certificate of the time-stamp authority</source>
        <translation>El certificado de CA de la autoridad de sellado de tiempo</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Certificados (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Packages will carry no time-stamp.</source>
        <translation>Los paquetes no llevarán sello de tiempo.</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>Bandeja de &amp;salida…</translation>
    </message>
    <message>
        <source>Delivered to %1: report %2</source>
        <translation>Entregado a %1: denuncia %2</translation>
    </message>
    <message>
        <source>Select the incidents for the new case in the inbox first.</source>
        <translation>Seleccione primero en la bandeja de entrada los incidentes del nuevo caso.</translation>
    </message>
    <message>
        <source>The selected incidents are already in case %1. Open a second case for them anyway?</source>
        <translation>Los incidentes seleccionados ya están en el caso %1. ¿Abrir de todos modos un segundo caso para ellos?</translation>
    </message>
    <message>
        <source>A case needs a title: no case was created.</source>
        <translation>Un caso necesita un título: no se creó ningún caso.</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Programa</translation>
    </message>
    <message>
        <source>&amp;Purge expired evidence…</source>
        <translation>P&amp;urgar evidencias caducadas…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>The database is intact.</source>
        <translation>La base de datos está íntegra.</translation>
    </message>
    <message>
        <source>Problems were found.</source>
        <translation>Se encontraron problemas.</translation>
    </message>
    <message>
        <source>Anchoring the audit and custody chains…</source>
        <translation>Anclando las cadenas de auditoría y custodia…</translation>
    </message>
    <message>
        <source>Anchor the chains</source>
        <translation>Anclar las cadenas</translation>
    </message>
    <message>
        <source>Anchor %1 written.</source>
        <translation>Ancla %1 escrita.</translation>
    </message>
    <message>
        <source>The audit chain at event %1 and %2 custody chains, signed by %3, in %4.
%5</source>
        <translation>La cadena de auditoría en el evento %1 y %2 cadenas de custodia, firmadas por %3, en %4.
%5</translation>
    </message>
    <message>
        <source>Not time-stamped: %1</source>
        <translation>Sin sello de tiempo: %1</translation>
    </message>
    <message>
        <source>Time-stamped by the configured time-stamp authority.</source>
        <translation>Sellado por la autoridad de sellado de tiempo configurada.</translation>
    </message>
    <message>
        <source>Police &amp;requests…</source>
        <translation>Re&amp;querimientos policiales…</translation>
    </message>
    <message>
        <source>Legal &amp;holds and retention…</source>
        <translation>Retenciones &amp;legales y conservación…</translation>
    </message>
    <message>
        <source>Address of the RFC 3161 time-stamp authority (empty: packages, approvals and anchors carry no time-stamp):</source>
        <translation>Dirección de la autoridad de sellado de tiempo RFC 3161 (vacía: los paquetes, las aprobaciones y los anclajes no llevan sello de tiempo):</translation>
    </message>
    <message>
        <source>Packages, approvals and anchors will be time-stamped by %1.</source>
        <translation>Los paquetes, las aprobaciones y los anclajes llevarán el sello de tiempo de %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n new notification(s)</source>
        <translation>
            <numerusform>%n notificación nueva</numerusform>
            <numerusform>%n notificaciones nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new notifications: see My work (Ctrl+0).</source>
        <translation>
            <numerusform>%n notificación nueva: véala en Mi trabajo (Ctrl+0).</numerusform>
            <numerusform>%n notificaciones nuevas: véalas en Mi trabajo (Ctrl+0).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;My work</source>
        <translation>&amp;Mi trabajo</translation>
    </message>
    <message>
        <source>Close the player</source>
        <translation>Cerrar el reproductor</translation>
    </message>
    <message>
        <source>Proc&amp;edures (SOPs)…</source>
        <translation>&amp;Guías de procedimiento (SOP)…</translation>
    </message>
    <message>
        <source>Closing the database</source>
        <translation>Cerrando la base de datos</translation>
    </message>
    <message numerus="yes">
        <source>Stopping %n background job(s) before the database closes…</source>
        <translation>
            <numerusform>Deteniendo %n tarea en segundo plano antes de cerrar la base de datos…</numerusform>
            <numerusform>Deteniendo %n tareas en segundo plano antes de cerrar la base de datos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Request &amp;templates…</source>
        <translation>Plan&amp;tillas de requerimiento…</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel de control</translation>
    </message>
    <message>
        <source>A&amp;nchor the chains now</source>
        <translation>A&amp;nclar las cadenas ahora</translation>
    </message>
    <message>
        <source>A&amp;gencies…</source>
        <translation>&amp;Organismos…</translation>
    </message>
    <message>
        <source>&amp;Jobs…</source>
        <translation>Ta&amp;reas…</translation>
    </message>
    <message>
        <source>Show the jobs (Ctrl+J)</source>
        <translation>Mostrar las tareas (Ctrl+J)</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n tarea en curso</numerusform>
            <numerusform>%n tareas en curso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en espera</numerusform>
            <numerusform>%n en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallida</numerusform>
            <numerusform>%n fallidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Close LP Desk</source>
        <translation>Cerrar LP Desk</translation>
    </message>
    <message>
        <source>&amp;Cancel the jobs and close</source>
        <translation>&amp;Cancelar las tareas y cerrar</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Seguir trabajando</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — failed: %2</source>
        <translation>%1 — falló: %2</translation>
    </message>
    <message>
        <source>Quit LP Desk</source>
        <translation>Salir de LP Desk</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) still running or waiting:</source>
        <translation>
            <numerusform>%n tarea sigue en curso o en espera:</numerusform>
            <numerusform>%n tareas siguen en curso o en espera:</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait for them and LP Desk closes when the last one ends. Or cancel them: a cancelled pull resumes at the next pull; a cancelled trim, render, still or export makes nothing, and a cancelled submission stays in the outbox.</source>
        <translation>Espere a que terminen y LP Desk se cerrará cuando acabe la última. O cancélelas: una descarga cancelada continúa en la próxima descarga; un recorte, un renderizado, un fotograma o una exportación cancelados no producen nada, y un envío cancelado se queda en la bandeja de salida.</translation>
    </message>
    <message>
        <source>&amp;Wait for them, then close</source>
        <translation>&amp;Esperar a que terminen y cerrar</translation>
    </message>
    <message>
        <source>LP Desk closes when the running jobs have ended.</source>
        <translation>LP Desk se cerrará cuando terminen las tareas en curso.</translation>
    </message>
    <message>
        <source>Delivering what is due in the outbox</source>
        <translation>Entregando lo pendiente de la bandeja de salida</translation>
    </message>
    <message>
        <source>Submission to %1 failed: %2</source>
        <translation>El envío a %1 ha fallado: %2</translation>
    </message>
    <message>
        <source>Nothing was due.</source>
        <translation>No había nada pendiente.</translation>
    </message>
</context>
<context>
    <name>lpdesk::MarkerService</name>
    <message>
        <source>Markers belong to a case.</source>
        <translation>Los marcadores pertenecen a un caso.</translation>
    </message>
    <message>
        <source>There is no marker %1.</source>
        <translation>No existe el marcador %1.</translation>
    </message>
</context>
<context>
    <name>lpdesk::MediaLibrary</name>
    <message>
        <source>There is no media item %1.</source>
        <translation>No existe el medio %1.</translation>
    </message>
    <message>
        <source>Cannot record the derivative: %1</source>
        <translation>No se puede registrar el derivado: %1</translation>
    </message>
    <message>
        <source>The time is not a valid RFC 3339 time with an offset.</source>
        <translation>La hora no es una hora RFC 3339 válida con desfase.</translation>
    </message>
    <message>
        <source>%1 is a clip, not a still.</source>
        <translation>%1 es un clip, no un fotograma.</translation>
    </message>
    <message>
        <source>The still cannot be read.</source>
        <translation>No se puede leer el fotograma.</translation>
    </message>
    <message>
        <source>The still is not a readable picture: %1</source>
        <translation>El fotograma no es una imagen legible: %1</translation>
    </message>
</context>
<context>
    <name>lpdesk::MediaWords</name>
    <message>
        <source>Original clip, camera %1</source>
        <translation>Clip original, cámara %1</translation>
    </message>
    <message>
        <source>Still, camera %1</source>
        <translation>Fotograma, cámara %1</translation>
    </message>
    <message>
        <source>Redacted copy, camera %1</source>
        <translation>Copia anonimizada, cámara %1</translation>
    </message>
    <message>
        <source>Trimmed copy, camera %1</source>
        <translation>Copia recortada, cámara %1</translation>
    </message>
    <message>
        <source>Copy (%1), camera %2</source>
        <translation>Copia (%1), cámara %2</translation>
    </message>
    <message>
        <source> by %1 at %2</source>
        <translation> por %1 el %2</translation>
    </message>
    <message>
        <source>Original recording from camera %1, as received from the store.</source>
        <translation>Grabación original de la cámara %1, tal como se recibió de la tienda.</translation>
    </message>
    <message>
        <source>Still of frame %1 (%2)</source>
        <translation>Imagen del fotograma %1 (%2)</translation>
    </message>
    <message>
        <source>Made by %1</source>
        <translation>Hecho por %1</translation>
    </message>
    <message>
        <source>an item that is no longer in the library</source>
        <translation>un elemento que ya no está en la biblioteca</translation>
    </message>
    <message>
        <source>the original clip from camera %1</source>
        <translation>el clip original de la cámara %1</translation>
    </message>
    <message>
        <source>the redacted copy from camera %1</source>
        <translation>la copia anonimizada de la cámara %1</translation>
    </message>
    <message>
        <source>the trimmed copy from camera %1</source>
        <translation>la copia recortada de la cámara %1</translation>
    </message>
    <message>
        <source>a copy (%1) from camera %2</source>
        <translation>una copia (%1) de la cámara %2</translation>
    </message>
    <message>
        <source>%1 from %2%3.</source>
        <translation>%1 desde %2%3.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Documento %1</translation>
    </message>
    <message>
        <source>A document, kept bit for bit as it was received (%1).</source>
        <translation>Un documento, conservado bit a bit tal como se recibió (%1).</translation>
    </message>
    <message>
        <source>blurred</source>
        <translation>desenfocada</translation>
    </message>
    <message>
        <source>pixelated</source>
        <translation>pixelada</translation>
    </message>
    <message>
        <source>filled</source>
        <translation>rellena</translation>
    </message>
    <message>
        <source>lossless</source>
        <translation>sin pérdida</translation>
    </message>
    <message>
        <source>smart (frame-accurate)</source>
        <translation>inteligente (exacto al fotograma)</translation>
    </message>
    <message>
        <source>re-encoded (frame-accurate)</source>
        <translation>recodificado (exacto al fotograma)</translation>
    </message>
    <message numerus="yes">
        <source>blurred %n region(s)</source>
        <translation>
            <numerusform>%n región desenfocada</numerusform>
            <numerusform>%n regiones desenfocadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pixelated %n region(s)</source>
        <translation>
            <numerusform>%n región pixelada</numerusform>
            <numerusform>%n regiones pixeladas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>filled %n region(s)</source>
        <translation>
            <numerusform>%n región rellena</numerusform>
            <numerusform>%n regiones rellenas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hid %n region(s)</source>
        <translation>
            <numerusform>%n región oculta</numerusform>
            <numerusform>%n regiones ocultas</numerusform>
        </translation>
    </message>
    <message>
        <source>Redacted (no region)</source>
        <translation>Anonimización (sin regiones)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Trimmed %1–%2, %3</source>
        <translation>Recorte %1–%2, %3</translation>
    </message>
</context>
<context>
    <name>lpdesk::Migrations</name>
    <message>
        <source>Cannot read the schema version.</source>
        <translation>No se puede leer la versión del esquema.</translation>
    </message>
    <message>
        <source>This database uses schema version %1, but this LP Desk only knows up to version %2. Use a newer LP Desk; the database was not changed.</source>
        <translation>Esta base de datos usa la versión de esquema %1, pero este LP Desk solo conoce hasta la versión %2. Use un LP Desk más reciente; la base de datos no se ha cambiado.</translation>
    </message>
    <message>
        <source>Cannot start migration %1: %2</source>
        <translation>No se puede iniciar la migración %1: %2</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed and was rolled back: %3</source>
        <translation>La migración %1 (%2) falló y se deshizo: %3</translation>
    </message>
</context>
<context>
    <name>lpdesk::Mp4Muxer</name>
    <message>
        <source>Cannot create the MP4 writer: %1</source>
        <translation>No se puede crear el escritor MP4: %1</translation>
    </message>
    <message>
        <source>Cannot add a stream to the MP4 writer.</source>
        <translation>No se puede añadir un flujo al escritor MP4.</translation>
    </message>
    <message>
        <source>Cannot start the MP4 file: %1</source>
        <translation>No se puede iniciar el archivo MP4: %1</translation>
    </message>
    <message>
        <source>Cannot write to the MP4 file: %1</source>
        <translation>No se puede escribir en el archivo MP4: %1</translation>
    </message>
    <message>
        <source>The MP4 file was never started.</source>
        <translation>El archivo MP4 nunca se inició.</translation>
    </message>
    <message>
        <source>Cannot finish the MP4 file: %1</source>
        <translation>No se puede terminar el archivo MP4: %1</translation>
    </message>
</context>
<context>
    <name>lpdesk::MyWork</name>
    <message>
        <source>%1, ref. %2</source>
        <translation>%1, ref. %2</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
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
        <translation>Mis casos abiertos</translation>
    </message>
    <message>
        <source>Rejected by legal: to rework</source>
        <translation>Rechazadas por la asesoría jurídica: para rehacer</translation>
    </message>
    <message>
        <source>My requests waiting for legal</source>
        <translation>Mis solicitudes a la espera de la asesoría jurídica</translation>
    </message>
    <message>
        <source>Release requests waiting for a decision</source>
        <translation>Solicitudes de entrega a la espera de una decisión</translation>
    </message>
    <message>
        <source>Exigent disclosures awaiting sign-off</source>
        <translation>Divulgaciones de emergencia pendientes de firma</translation>
    </message>
    <message>
        <source>Overdue police requests</source>
        <translation>Requerimientos policiales vencidos</translation>
    </message>
    <message>
        <source>%1 approved the release of %2</source>
        <translation>%1 aprobó la entrega de %2</translation>
    </message>
    <message>
        <source>%1 rejected the release of %2: %3</source>
        <translation>%1 rechazó la entrega de %2: %3</translation>
    </message>
    <message>
        <source>Police request overdue: %1</source>
        <translation>Requerimiento policial vencido: %1</translation>
    </message>
    <message>
        <source>%1 approved the release of %2 to %3</source>
        <translation>%1 aprobó la entrega de %2 a %3</translation>
    </message>
    <message>
        <source>%1 rejected the release of %2 to %3: %4</source>
        <translation>%1 rechazó la entrega de %2 a %3: %4</translation>
    </message>
</context>
<context>
    <name>lpdesk::MyWorkView</name>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <source>&amp;Mark all seen</source>
        <translation>&amp;Marcar todo como visto</translation>
    </message>
    <message>
        <source>What waits for you</source>
        <translation>Lo que le espera</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Esperando</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>&lt;h2&gt;My work&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Mi trabajo&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing waits for you.</source>
        <translation>Nada le espera.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) wait for you. Enter or double-click opens one.</source>
        <translation>
            <numerusform>%n asunto le espera. Intro o doble clic lo abre.</numerusform>
            <numerusform>%n asuntos le esperan. Intro o doble clic abre uno.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Notifications: %n new&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Notificaciones: %n nueva&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Notificaciones: %n nuevas&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lpdesk::NativeMedia</name>
    <message>
        <source>FFmpeg cannot read it (%1)</source>
        <translation>FFmpeg no puede leerlo (%1)</translation>
    </message>
    <message>
        <source>FFmpeg cannot read its streams (%1)</source>
        <translation>FFmpeg no puede leer sus flujos (%1)</translation>
    </message>
    <message>
        <source>FFmpeg sees only text in it</source>
        <translation>FFmpeg solo ve texto en él</translation>
    </message>
    <message>
        <source>FFmpeg finds no picture or sound in it</source>
        <translation>FFmpeg no encuentra en él imagen ni sonido</translation>
    </message>
    <message>
        <source>FFmpeg has no MP4 muxer.</source>
        <translation>FFmpeg no tiene multiplexor MP4.</translation>
    </message>
    <message>
        <source>Cannot set up the working copy&apos;s streams.</source>
        <translation>No se pueden preparar los flujos de la copia de trabajo.</translation>
    </message>
    <message>
        <source>No video stream that MP4 can carry (%1).</source>
        <translation>Ningún flujo de vídeo que MP4 pueda contener (%1).</translation>
    </message>
    <message>
        <source>Cannot start the working copy: %1</source>
        <translation>No se puede iniciar la copia de trabajo: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Cannot write the working copy: %1</source>
        <translation>No se puede escribir la copia de trabajo: %1</translation>
    </message>
    <message>
        <source>The working copy would be larger than %1 GiB.</source>
        <translation>La copia de trabajo superaría los %1 GiB.</translation>
    </message>
    <message>
        <source>The native file is damaged after %1 video packets: %2</source>
        <translation>El archivo nativo está dañado tras %1 paquetes de vídeo: %2</translation>
    </message>
    <message>
        <source>The native file holds no video frames.</source>
        <translation>El archivo nativo no contiene fotogramas de vídeo.</translation>
    </message>
    <message>
        <source>Cannot finish the working copy: %1</source>
        <translation>No se puede terminar la copia de trabajo: %1</translation>
    </message>
    <message>
        <source>FFmpeg has no parser for %1.</source>
        <translation>FFmpeg no tiene analizador para %1.</translation>
    </message>
    <message>
        <source>The raw stream does not state its frame rate; give it (Frame rate in Add evidence; --fps for lpdesk-cli).</source>
        <translation>La secuencia sin contenedor no indica su velocidad de fotogramas; indíquela (Fotogramas por segundo en Añadir evidencias; --fps en lpdesk-cli).</translation>
    </message>
    <message>
        <source>Cannot convert the pictures for the working copy.</source>
        <translation>No se pueden convertir las imágenes para la copia de trabajo.</translation>
    </message>
    <message>
        <source>The picture size changes inside the recording (%1x%2, then %3x%4).</source>
        <translation>El tamaño de imagen cambia dentro de la grabación (%1x%2, luego %3x%4).</translation>
    </message>
    <message>
        <source>Cannot decode the recording: %1</source>
        <translation>No se puede decodificar la grabación: %1</translation>
    </message>
    <message>
        <source>Cannot add the sound to the working copy.</source>
        <translation>No se puede añadir el sonido a la copia de trabajo.</translation>
    </message>
    <message>
        <source>The native file holds no video stream.</source>
        <translation>El archivo nativo no contiene ningún flujo de vídeo.</translation>
    </message>
    <message>
        <source>FFmpeg has no decoder for %1.</source>
        <translation>FFmpeg no tiene decodificador para %1.</translation>
    </message>
    <message>
        <source>Cannot set up the decoder.</source>
        <translation>No se puede preparar el decodificador.</translation>
    </message>
    <message>
        <source>Cannot open the %1 decoder: %2</source>
        <translation>No se puede abrir el decodificador %1: %2</translation>
    </message>
    <message>
        <source>The native file is damaged after %1 pictures: %2</source>
        <translation>El archivo nativo está dañado tras %1 imágenes: %2</translation>
    </message>
    <message>
        <source>No picture of the native file could be decoded.</source>
        <translation>No se pudo decodificar ninguna imagen del archivo nativo.</translation>
    </message>
</context>
<context>
    <name>lpdesk::NibrsReport</name>
    <message>
        <source>NIBRS: there is no incident %1 in the case.</source>
        <translation>NIBRS: no existe el incidente %1 en el caso.</translation>
    </message>
    <message>
        <source>NIBRS Group A report for incident %1 not written: %2 is missing (%3).</source>
        <translation>No se ha escrito el informe NIBRS del Grupo A del incidente %1: falta %2 (%3).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ORI: two letters for the state and seven letters or digits</source>
        <translation>&apos;%1&apos; no es un ORI: dos letras del estado y siete letras o dígitos</translation>
    </message>
    <message>
        <source>incident type &apos;%1&apos; is not a NIBRS Group A offense</source>
        <translation>el tipo de incidente &apos;%1&apos; no es un delito NIBRS del Grupo A</translation>
    </message>
    <message>
        <source>the incident has no local detection time</source>
        <translation>el incidente no tiene hora local de detección</translation>
    </message>
    <message>
        <source>the package has no creation date</source>
        <translation>el paquete no tiene fecha de creación</translation>
    </message>
    <message>
        <source>NIBRS values are US dollars; transaction %1 is in %2</source>
        <translation>los importes NIBRS son en dólares estadounidenses; la transacción %1 está en %2</translation>
    </message>
    <message>
        <source>the release names no agency with an ORI; give the agency its ORI in Agencies (or &apos;agency add … --ori&apos;)</source>
        <translation>la entrega no indica ningún organismo con ORI; asigne su ORI al organismo en Organismos (o con &quot;agency add … --ori&quot;)</translation>
    </message>
</context>
<context>
    <name>lpdesk::OutboxDialog</name>
    <message>
        <source>&amp;Send due now</source>
        <translation>&amp;Enviar ahora lo pendiente</translation>
    </message>
    <message>
        <source>&amp;Cancel submission</source>
        <translation>&amp;Cancelar envío</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Subido</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Próximo intento</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Acuse</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Último mensaje</translation>
    </message>
    <message>
        <source>%1% of %2 KiB</source>
        <translation>%1% de %2 KiB</translation>
    </message>
    <message>
        <source>Sending the outbox</source>
        <translation>Enviando la bandeja de salida</translation>
    </message>
    <message>
        <source>Submission to %1 failed: %2</source>
        <translation>Falló el envío a %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) sent; </source>
        <translation>
            <numerusform>%n envío realizado; </numerusform>
            <numerusform>%n envíos realizados; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n police follow-up(s) recorded.</source>
        <translation>
            <numerusform>%n seguimiento policial registrado.</numerusform>
            <numerusform>%n seguimientos policiales registrados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending: see Jobs (Ctrl+J) for its progress.</source>
        <translation>Enviando: consulte su progreso en Tareas (Ctrl+J).</translation>
    </message>
</context>
<context>
    <name>lpdesk::PackageBuilder</name>
    <message>
        <source>%1 exists already; choose a new file name.</source>
        <translation>%1 ya existe; elija otro nombre de archivo.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>%1 has %2 MB free; the package needs about %3 MB. Nothing was written.</source>
        <translation>%1 tiene %2 MB libres; el paquete necesita unos %3 MB. No se ha escrito nada.</translation>
    </message>
    <message>
        <source>Collecting the release</source>
        <translation>Reuniendo la entrega</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>No se puede crear %1: %2</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Cancelado; no se ha escrito nada.</translation>
    </message>
    <message>
        <source>%1 cannot be decrypted: %2</source>
        <translation>%1 no se puede descifrar: %2</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>Escribiendo %1</translation>
    </message>
    <message>
        <source>%1 no longer matches its recorded SHA-256; the stored evidence is damaged.</source>
        <translation>%1 ya no coincide con su SHA-256 registrado; la evidencia almacenada está dañada.</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>Escribiendo el informe</translation>
    </message>
    <message>
        <source>The case&apos;s chain of custody, verifiable offline</source>
        <translation>La cadena de custodia del caso, verificable sin conexión</translation>
    </message>
    <message>
        <source>The organisation CA certificate that issued the signing certificate</source>
        <translation>El certificado de CA de la organización que emitió el certificado de firma</translation>
    </message>
    <message>
        <source>Case report</source>
        <translation>Informe del caso</translation>
    </message>
    <message>
        <source>Offline index of the package</source>
        <translation>Índice del paquete sin conexión</translation>
    </message>
    <message>
        <source>CASE/UCO provenance of every file</source>
        <translation>Procedencia CASE/UCO de cada archivo</translation>
    </message>
    <message>
        <source>Cannot flush %1 to the device: %2</source>
        <translation>No se puede volcar %1 al dispositivo: %2</translation>
    </message>
    <message>
        <source>Reading the package back to verify it</source>
        <translation>Releyendo el paquete para verificarlo</translation>
    </message>
    <message>
        <source>Verifying the written package</source>
        <translation>Verificando el paquete escrito</translation>
    </message>
    <message>
        <source>The written package does not verify (is the medium failing?): %1</source>
        <translation>El paquete escrito no se verifica (¿falla el soporte?): %1</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2.</source>
        <translation>No se puede cambiar el nombre de %1 a %2.</translation>
    </message>
    <message>
        <source>The CA certificate of the time-stamp authority (RFC 3161)</source>
        <translation>El certificado de CA de la autoridad de sellado de tiempo (RFC 3161)</translation>
    </message>
    <message>
        <source>Asking the time-stamp authority</source>
        <translation>Consultando a la autoridad de sellado de tiempo</translation>
    </message>
    <message>
        <source>The incident for police records systems (NIBRS-shaped)</source>
        <translation>El incidente para los sistemas de registro policial (con forma NIBRS)</translation>
    </message>
    <message>
        <source>NIBRS XML IEPD 4.2 Group A incident report</source>
        <translation>Informe de incidente del Grupo A NIBRS XML IEPD 4.2</translation>
    </message>
    <message>
        <source>Release %1 was approved for submission to agency %2, not for a USB export; submit it, or request a USB release.</source>
        <translation>La entrega %1 se aprobó para su envío al organismo %2, no para una exportación a USB; envíela o solicite una entrega por USB.</translation>
    </message>
    <message>
        <source>Release %1 was exported already; a release goes out once. Request a new release for another copy.</source>
        <translation>La entrega %1 ya se exportó; una entrega sale una sola vez. Solicite una nueva entrega para otra copia.</translation>
    </message>
    <message>
        <source>Legal&apos;s approval: everything %1 approved, signed in approval.json.p7s</source>
        <translation>Aprobación jurídica: todo lo que %1 aprobó, firmado en approval.json.p7s</translation>
    </message>
    <message>
        <source>CMS signature of approval.json by %1 (organisation CA)</source>
        <translation>Firma CMS de approval.json por %1 (CA de la organización)</translation>
    </message>
    <message>
        <source>A package password you choose needs at least %1 characters; leave it out to have one generated.</source>
        <translation>Una contraseña de paquete elegida necesita al menos %1 caracteres; omítala para que se genere una.</translation>
    </message>
    <message>
        <source>The organisation CA&apos;s certificate revocation list (removed people&apos;s certificates): openssl crl -in crl.pem -CAfile org-ca.pem -verify</source>
        <translation>La lista de revocación de certificados de la CA de la organización (certificados de personas eliminadas): openssl crl -in crl.pem -CAfile org-ca.pem -verify</translation>
    </message>
    <message>
        <source>Anchoring the audit and custody chains</source>
        <translation>Anclando las cadenas de auditoría y custodia</translation>
    </message>
    <message>
        <source>Anchor %1 of the audit and custody chains&apos; heads (signed by %2%3)</source>
        <translation>Ancla %1 de las cabezas de las cadenas de auditoría y custodia (firmada por %2%3)</translation>
    </message>
    <message>
        <source>; RFC 3161 time-stamp</source>
        <translation>; sello de tiempo RFC 3161</translation>
    </message>
    <message>
        <source>RFC 3161 time-stamp of %1&apos;s approval signature (approval.json.p7s), made as legal approved</source>
        <translation>Sello de tiempo RFC 3161 de la firma de aprobación de %1 (approval.json.p7s), obtenido cuando la asesoría jurídica aprobó</translation>
    </message>
    <message>
        <source>Only the legal reviewer who approved release %1 (%2) may choose its package password; leave it out to have one generated (shown once).</source>
        <translation>Solo la persona de asesoría jurídica que aprobó la entrega %1 (%2) puede elegir la contraseña de su paquete; déjela vacía para que se genere una (se muestra una vez).</translation>
    </message>
    <message>
        <source>Cannot tell whether release %1 was exported already: %2</source>
        <translation>No se puede saber si la entrega %1 ya se exportó: %2</translation>
    </message>
    <message>
        <source>Release %1 was exported already (audit event %2), though the release&apos;s row says otherwise; a release goes out once. Request a new release for another copy.</source>
        <translation>La entrega %1 ya se exportó (evento de auditoría %2), aunque la fila de la entrega indique lo contrario; una entrega sale una sola vez. Solicite una nueva entrega para otra copia.</translation>
    </message>
</context>
<context>
    <name>lpdesk::PackageContents</name>
    <message>
        <source>Original recording, camera %1, recorder start %2</source>
        <translation>Grabación original, cámara %1, inicio del grabador %2</translation>
    </message>
    <message>
        <source>%1 of %2 (camera %3)</source>
        <translation>%1 de %2 (cámara %3)</translation>
    </message>
    <message>
        <source>an item not in this package</source>
        <translation>un elemento que no está en este paquete</translation>
    </message>
    <message>
        <source>Attachment %1 to statement %2</source>
        <translation>Adjunto %1 de la declaración %2</translation>
    </message>
    <message>
        <source>The organisation has no certificate revocation list yet; an administrator signs in once to create it.</source>
        <translation>La organización aún no tiene lista de revocación de certificados; un/a administrador/a inicia sesión una vez para crearla.</translation>
    </message>
    <message>
        <source>Statement %1 by %2 (%3), version %4</source>
        <translation>Declaración %1 de %2 (%3), versión %4</translation>
    </message>
    <message>
        <source>The released statements as data</source>
        <translation>Las declaraciones entregadas, como datos</translation>
    </message>
    <message numerus="yes">
        <source>POS extract: %n transaction(s) with line items</source>
        <translation>
            <numerusform>Extracto del TPV: %n transacción con sus líneas</numerusform>
            <numerusform>Extracto del TPV: %n transacciones con sus líneas</numerusform>
        </translation>
    </message>
    <message>
        <source>POS extract, one row per line item</source>
        <translation>Extracto del TPV, una fila por línea</translation>
    </message>
</context>
<context>
    <name>lpdesk::PackageDocuments</name>
    <message>
        <source>custody.json is not an LP Desk custody chain</source>
        <translation>custody.json no es una cadena de custodia de LP Desk</translation>
    </message>
</context>
<context>
    <name>lpdesk::PackageVerifier</name>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 no es un archivo.</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, far larger than any package document</source>
        <translation>%1 ocupa %2 bytes, mucho más que cualquier documento de un paquete</translation>
    </message>
    <message>
        <source>the package has no manifest.json or no manifest.json.p7s</source>
        <translation>el paquete no tiene manifest.json o no tiene manifest.json.p7s</translation>
    </message>
    <message>
        <source>manifest.json.p7s: %1</source>
        <translation>manifest.json.p7s: %1</translation>
    </message>
    <message>
        <source>manifest.json is not an LP Desk package manifest</source>
        <translation>manifest.json no es un manifiesto de paquete de LP Desk</translation>
    </message>
    <message>
        <source>manifest.json is version %1; this verifier reads version 1</source>
        <translation>manifest.json es de la versión %1; este verificador lee la versión 1</translation>
    </message>
    <message>
        <source>manifest.json names signing certificate %1 but was signed by %2</source>
        <translation>manifest.json nombra el certificado de firma %1, pero lo firmó %2</translation>
    </message>
    <message>
        <source>manifest.json lists %1 twice</source>
        <translation>manifest.json incluye %1 dos veces</translation>
    </message>
    <message>
        <source>%1 is listed in manifest.json but missing from the package</source>
        <translation>%1 figura en manifest.json pero falta en el paquete</translation>
    </message>
    <message>
        <source>%1 is %2 bytes; manifest.json says %3</source>
        <translation>%1 ocupa %2 bytes; manifest.json indica %3</translation>
    </message>
    <message>
        <source>%1 does not match its SHA-256 in manifest.json (changed)</source>
        <translation>%1 no coincide con su SHA-256 de manifest.json (modificado)</translation>
    </message>
    <message>
        <source>%1 is in the package but not in manifest.json (added)</source>
        <translation>%1 está en el paquete pero no en manifest.json (añadido)</translation>
    </message>
    <message>
        <source>the package has no SHA256SUMS</source>
        <translation>el paquete no tiene SHA256SUMS</translation>
    </message>
    <message>
        <source>SHA256SUMS line %1 is malformed</source>
        <translation>la línea %1 de SHA256SUMS está mal formada</translation>
    </message>
    <message>
        <source>SHA256SUMS lists %1, which the package does not hold</source>
        <translation>SHA256SUMS incluye %1, que el paquete no contiene</translation>
    </message>
    <message>
        <source>%1 does not match its SHA-256 in SHA256SUMS (changed)</source>
        <translation>%1 no coincide con su SHA-256 de SHA256SUMS (modificado)</translation>
    </message>
    <message>
        <source>%1 is not covered by SHA256SUMS</source>
        <translation>%1 no está cubierto por SHA256SUMS</translation>
    </message>
    <message>
        <source>custody.json holds chain %1, manifest.json names %2</source>
        <translation>custody.json contiene la cadena %1; manifest.json nombra %2</translation>
    </message>
    <message>
        <source>custody checkpoints cannot be checked without a valid manifest signature</source>
        <translation>los puntos de control de custodia no se pueden comprobar sin una firma válida del manifiesto</translation>
    </message>
    <message>
        <source>custody event %1: %2</source>
        <translation>evento de custodia %1: %2</translation>
    </message>
    <message>
        <source>custody %1</source>
        <translation>custodia %1</translation>
    </message>
    <message>
        <source>custody.json has no signed checkpoint</source>
        <translation>custody.json no tiene ningún punto de control firmado</translation>
    </message>
    <message>
        <source>custody.json does not end at the head manifest.json names (events removed or added)</source>
        <translation>custody.json no termina en la cabeza que nombra manifest.json (se quitaron o añadieron eventos)</translation>
    </message>
    <message>
        <source>custody.json does not end with a signed checkpoint</source>
        <translation>custody.json no termina con un punto de control firmado</translation>
    </message>
    <message>
        <source>manifest.json names a time-stamp, but manifest.json.tsr is missing (removed)</source>
        <translation>manifest.json nombra un sello de tiempo, pero falta manifest.json.tsr (quitado)</translation>
    </message>
    <message>
        <source>manifest.json.tsr is in the package but manifest.json names no time-stamp (added)</source>
        <translation>manifest.json.tsr está en el paquete, pero manifest.json no nombra ningún sello de tiempo (añadido)</translation>
    </message>
    <message>
        <source>manifest.json.tsr: %1</source>
        <translation>manifest.json.tsr: %1</translation>
    </message>
    <message>
        <source>the package carries no signed legal approval (approval.json and approval.json.p7s)</source>
        <translation>el paquete no lleva una aprobación jurídica firmada (approval.json y approval.json.p7s)</translation>
    </message>
    <message>
        <source>approval.json.p7s: %1</source>
        <translation>approval.json.p7s: %1</translation>
    </message>
    <message>
        <source>Approved by %1 (approval.json, signed).</source>
        <translation>Aprobado por %1 (approval.json, firmado).</translation>
    </message>
    <message>
        <source>the package carries no certificate revocation list (crl.pem)</source>
        <translation>el paquete no contiene lista de revocación de certificados (crl.pem)</translation>
    </message>
    <message>
        <source>crl.pem: %1</source>
        <translation>crl.pem: %1</translation>
    </message>
    <message numerus="yes">
        <source>Revocation list (crl.pem) signed by the organisation CA: %n revoked certificate(s).</source>
        <translation>
            <numerusform>Lista de revocación (crl.pem) firmada por la CA de la organización: %n certificado revocado.</numerusform>
            <numerusform>Lista de revocación (crl.pem) firmada por la CA de la organización: %n certificados revocados.</numerusform>
        </translation>
    </message>
    <message>
        <source>anchor.json.p7s: %1</source>
        <translation>anchor.json.p7s: %1</translation>
    </message>
    <message>
        <source>The audit and custody chains&apos; heads are anchored in anchor.json, signed by %1.</source>
        <translation>Las cabezas de las cadenas de auditoría y custodia están ancladas en anchor.json, firmado por %1.</translation>
    </message>
    <message>
        <source>anchor.json.tsr: %1</source>
        <translation>anchor.json.tsr: %1</translation>
    </message>
    <message>
        <source>approval.json.p7s: signed by %1, whose certificate does not name the legal role</source>
        <translation>approval.json.p7s: firmado por %1, cuyo certificado no indica el rol «asesoría jurídica»</translation>
    </message>
    <message>
        <source>approval.json.p7s.tsr: %1</source>
        <translation>approval.json.p7s.tsr: %1</translation>
    </message>
    <message>
        <source>Legal&apos;s approval was time-stamped at %1 by %2.</source>
        <translation>La aprobación de la asesoría jurídica recibió el sello de tiempo %1 de %2.</translation>
    </message>
    <message>
        <source>Legal&apos;s approval carries no time-stamp: its time (%1) is the reviewer&apos;s own clock.</source>
        <translation>La aprobación de la asesoría jurídica no lleva sello de tiempo: su hora (%1) es el reloj del propio revisor.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>manifest.json.p7s: signed with certificate %1, which was revoked on %2 (a retired workstation key)</source>
        <translation>manifest.json.p7s: firmado con el certificado %1, que se revocó el %2 (una clave de estación de trabajo retirada)</translation>
    </message>
    <message>
        <source>The package&apos;s signing certificate was revoked on %1, after the package was made as its own clock says (%2); only a time-stamp would prove the order.</source>
        <translation>El certificado de firma del paquete se revocó el %1, después de que se hiciera el paquete según su propio reloj (%2); solo un sello de tiempo probaría el orden.</translation>
    </message>
    <message>
        <source>The package is encrypted: its password is needed.</source>
        <translation>El paquete está cifrado: se necesita su contraseña.</translation>
    </message>
    <message>
        <source>No trusted CA certificate was given: the signature was checked against org-ca.pem inside the package, which proves the package is intact but not who made it. Compare that certificate with the one the sender gave you.</source>
        <translation>No se dio ningún certificado de CA de confianza: la firma se comprobó con el org-ca.pem del propio paquete, lo que prueba que el paquete está intacto, pero no quién lo hizo. Compare ese certificado con el que le dio el remitente.</translation>
    </message>
    <message>
        <source>Legal&apos;s approval carries a time-stamp (%1), checked only against tsa-ca.pem inside the package: a trusted time-stamp certificate would let it decide against revocations.</source>
        <translation>La aprobación de la asesoría jurídica lleva un sello de tiempo (%1), comprobado solo con el tsa-ca.pem del paquete: un certificado de sellado de tiempo de confianza permitiría decidir frente a las revocaciones.</translation>
    </message>
    <message>
        <source>the newer revocation list given: %1</source>
        <translation>la lista de revocación más reciente indicada: %1</translation>
    </message>
    <message>
        <source>No trusted time-stamp certificate was given: the time-stamp was checked against tsa-ca.pem inside the package, which the organisation&apos;s signature covers.</source>
        <translation>No se dio ningún certificado de sellado de tiempo de confianza: el sello de tiempo se comprobó con el tsa-ca.pem del paquete, que cubre la firma de la organización.</translation>
    </message>
    <message>
        <source>Legal&apos;s approval predates lists of the package&apos;s files: the files were checked against manifest.json only.</source>
        <translation>La aprobación de la asesoría jurídica es anterior a las listas de archivos del paquete: los archivos solo se comprobaron con manifest.json.</translation>
    </message>
    <message>
        <source>%1 was approved by legal but is not in the package</source>
        <translation>%1 lo aprobó la asesoría jurídica pero no está en el paquete</translation>
    </message>
    <message>
        <source>%1 is not the file legal approved (its SHA-256 differs)</source>
        <translation>%1 no es el archivo que aprobó la asesoría jurídica (su SHA-256 difiere)</translation>
    </message>
    <message>
        <source>%1 is in the package but not among the files legal approved</source>
        <translation>%1 está en el paquete pero no entre los archivos que aprobó la asesoría jurídica</translation>
    </message>
    <message>
        <source>The reviewer&apos;s certificate (serial %1) was revoked on %2, after the approval was time-stamped (%3): the approval still holds.</source>
        <translation>El certificado del revisor (serie %1) se revocó el %2, después del sellado de tiempo de la aprobación (%3): la aprobación sigue siendo válida.</translation>
    </message>
    <message>
        <source>The reviewer&apos;s certificate was revoked on %1, after the approval&apos;s time as the reviewer&apos;s own clock gives it (%2): the approval still holds, but only a time-stamp would prove the order.</source>
        <translation>El certificado del revisor se revocó el %1, después de la hora de la aprobación según el propio reloj del revisor (%2): la aprobación sigue siendo válida, pero solo un sello de tiempo probaría el orden.</translation>
    </message>
    <message>
        <source>Custody %1.</source>
        <translation>Custodia: %1.</translation>
    </message>
</context>
<context>
    <name>lpdesk::PassphraseFields</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>Use a long passphrase: several unrelated words are easy to type and hard to guess.</source>
        <translation>Use una frase de contraseña larga: varias palabras sin relación entre sí son fáciles de escribir y difíciles de adivinar.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>The passphrases match.</source>
        <translation>Las frases de contraseña coinciden.</translation>
    </message>
</context>
<context>
    <name>lpdesk::PassphrasePolicy</name>
    <message>
        <source>The minimum passphrase length must be between %1 and %2 characters.</source>
        <translation>La longitud mínima de la frase de contraseña debe estar entre %1 y %2 caracteres.</translation>
    </message>
    <message>
        <source>The passphrase is too short: it needs at least %1 characters.</source>
        <translation>La frase de contraseña es demasiado corta: necesita al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The passphrase is too long: at most %1 characters.</source>
        <translation>La frase de contraseña es demasiado larga: como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The passphrase is on the list of common or breached passwords (also with digits or symbols added, or letters swapped for look-alikes); choose something less predictable.</source>
        <translation>La frase de contraseña está en la lista de contraseñas comunes o filtradas (también con cifras o símbolos añadidos, o letras cambiadas por otras parecidas); elija algo menos previsible.</translation>
    </message>
    <message>
        <source>The passphrase is a repetition or a sequence (like &quot;aaaaaaaa&quot;, &quot;abcabcabc&quot;, &quot;12345678&quot; or &quot;qwertyui&quot;); choose something harder to guess.</source>
        <translation>La frase de contraseña es una repetición o una secuencia (como «aaaaaaaa», «abcabcabc», «12345678» o «qwertyui»); elija algo más difícil de adivinar.</translation>
    </message>
    <message>
        <source>The passphrase is made of the user name, the organisation&apos;s name or &quot;LP Desk&quot; with a few digits or symbols; add words of your own.</source>
        <translation>La frase de contraseña es el nombre de usuario, el de la organización o «LP Desk» con unas pocas cifras o símbolos; añada palabras propias.</translation>
    </message>
    <message>
        <source>At least %1 characters (up to %2), any characters you like. Not a common password, a repetition or sequence, or the user name, the organisation or &quot;LP Desk&quot; with a few digits. Several unrelated words make a good passphrase.</source>
        <translation>Al menos %1 caracteres (hasta %2), los que quiera. No una contraseña común, una repetición o secuencia, ni el nombre de usuario, la organización o «LP Desk» con unas pocas cifras. Varias palabras sin relación entre sí forman una buena frase de contraseña.</translation>
    </message>
    <message>
        <source>The passphrase contains a character that cannot be seen or typed again (a control character, a zero-width space or direction mark, often pasted with it) or bytes that are not UTF-8; type it without them.</source>
        <translation>La frase de contraseña contiene un carácter que no se ve ni se puede volver a escribir (un carácter de control, un espacio de ancho cero o una marca de dirección, a menudo pegado con ella) o bytes que no son UTF-8; escríbala sin ellos.</translation>
    </message>
</context>
<context>
    <name>lpdesk::PdfPages</name>
    <message>
        <source>A PDF needs a QGuiApplication.</source>
        <translation>Un PDF necesita una QGuiApplication.</translation>
    </message>
    <message>
        <source>Cannot start the PDF.</source>
        <translation>No se puede iniciar el PDF.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>lpdesk::PictureConverter</name>
    <message>
        <source>Pictures in %1 cannot be converted.</source>
        <translation>No se pueden convertir las imágenes en formato %1.</translation>
    </message>
    <message>
        <source>Out of memory converting a %1×%2 picture.</source>
        <translation>Memoria insuficiente al convertir una imagen de %1×%2.</translation>
    </message>
    <message>
        <source>The picture buffer is too small for a %1×%2 picture.</source>
        <translation>El búfer de imagen es demasiado pequeño para una imagen de %1×%2.</translation>
    </message>
</context>
<context>
    <name>lpdesk::PlayerWidget</name>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Play / pause (Space, K)</source>
        <translation>Reproducir / pausa (Espacio, K)</translation>
    </message>
    <message>
        <source>Speed (J slower, L faster)</source>
        <translation>Velocidad (J más lenta, L más rápida)</translation>
    </message>
    <message>
        <source>Start (Home)</source>
        <translation>Inicio (Inicio)</translation>
    </message>
    <message>
        <source>Back one second (Shift+Left)</source>
        <translation>Retroceder un segundo (Mayús+Izquierda)</translation>
    </message>
    <message>
        <source>Previous frame (Left)</source>
        <translation>Fotograma anterior (Izquierda)</translation>
    </message>
    <message>
        <source>Next frame (Right)</source>
        <translation>Fotograma siguiente (Derecha)</translation>
    </message>
    <message>
        <source>Forward one second (Shift+Right)</source>
        <translation>Avanzar un segundo (Mayús+Derecha)</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Set the in point (I)</source>
        <translation>Marcar el punto de entrada (I)</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Set the out point (O)</source>
        <translation>Marcar el punto de salida (O)</translation>
    </message>
    <message>
        <source>Marker</source>
        <translation>Marcador</translation>
    </message>
    <message>
        <source>Add a marker with a note (M)</source>
        <translation>Añadir un marcador con una nota (M)</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Acercar (+)</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Alejar (-)</translation>
    </message>
    <message>
        <source>No audio output device: playing video only.</source>
        <translation>No hay dispositivo de salida de audio: solo se reproduce el vídeo.</translation>
    </message>
    <message>
        <source>frame %1 / %2   %3</source>
        <translation>fotograma %1 / %2   %3</translation>
    </message>
    <message>
        <source>corrected for a camera clock %1 s %2</source>
        <translation>corregido por un reloj de cámara %1 s %2</translation>
    </message>
    <message>
        <source>fast</source>
        <translation>adelantado</translation>
    </message>
    <message>
        <source>slow</source>
        <translation>atrasado</translation>
    </message>
    <message>
        <source>In %1  Out %2</source>
        <translation>Entrada %1  Salida %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Jump to time</source>
        <translation>Ir a una hora</translation>
    </message>
    <message>
        <source>Time in the clip (HH:MM:SS.mmm or seconds):</source>
        <translation>Hora en el clip (HH:MM:SS.mmm o segundos):</translation>
    </message>
    <message>
        <source>Markers belong to a case: open the clip from a case to add them.</source>
        <translation>Los marcadores pertenecen a un caso: abra el clip desde un caso para añadirlos.</translation>
    </message>
    <message>
        <source>Add marker</source>
        <translation>Añadir marcador</translation>
    </message>
    <message>
        <source>Note for %1:</source>
        <translation>Nota para %1:</translation>
    </message>
    <message>
        <source>The audio device cannot play this clip&apos;s audio: playing video only.</source>
        <translation>El dispositivo de audio no puede reproducir el audio de este clip: solo se reproduce el vídeo.</translation>
    </message>
    <message>
        <source>Audio output failed: playing video only.</source>
        <translation>Falló la salida de audio: solo se reproduce el vídeo.</translation>
    </message>
    <message>
        <source>POS register %1 #%2 %3 %4 %5</source>
        <translation>Caja del TPV %1 n.º %2 %3 %4 %5</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>Reproducir / pausa</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Más rápido</translation>
    </message>
    <message>
        <source>Slower / backwards</source>
        <translation>Más lento / hacia atrás</translation>
    </message>
    <message>
        <source>Next frame</source>
        <translation>Fotograma siguiente</translation>
    </message>
    <message>
        <source>Previous frame</source>
        <translation>Fotograma anterior</translation>
    </message>
    <message>
        <source>One second on</source>
        <translation>Avanzar un segundo</translation>
    </message>
    <message>
        <source>One second back</source>
        <translation>Retroceder un segundo</translation>
    </message>
    <message>
        <source>First frame</source>
        <translation>Primer fotograma</translation>
    </message>
    <message>
        <source>Last frame</source>
        <translation>Último fotograma</translation>
    </message>
    <message>
        <source>Set the in point</source>
        <translation>Marcar el punto de entrada</translation>
    </message>
    <message>
        <source>Set the out point</source>
        <translation>Marcar el punto de salida</translation>
    </message>
    <message>
        <source>Bookmark this moment</source>
        <translation>Añadir un marcador en este momento</translation>
    </message>
    <message>
        <source>Go to a time</source>
        <translation>Ir a una hora</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Reset the zoom</source>
        <translation>Restablecer el zoom</translation>
    </message>
    <message>
        <source>still, %1×%2</source>
        <translation>fotograma, %1×%2</translation>
    </message>
    <message>
        <source>Still: one picture, %1×%2</source>
        <translation>Fotograma: una sola imagen, %1×%2</translation>
    </message>
</context>
<context>
    <name>lpdesk::PoliceRequestForm</name>
    <message>
        <source>Due by:</source>
        <translation>Fecha límite:</translation>
    </message>
    <message>
        <source>Footage from:</source>
        <translation>Grabaciones desde:</translation>
    </message>
    <message>
        <source>Record a police request</source>
        <translation>Registrar un requerimiento policial</translation>
    </message>
    <message>
        <source>e.g. Lakeview Police Department</source>
        <translation>p. ej. Policía de Lakeview</translation>
    </message>
    <message>
        <source>Their case or subpoena number</source>
        <translation>Su número de caso o de citación judicial</translation>
    </message>
    <message>
        <source>Incident ids, separated by commas</source>
        <translation>Ids. de incidente, separados por comas</translation>
    </message>
    <message>
        <source>Store ids, separated by commas</source>
        <translation>Ids. de tienda, separados por comas</translation>
    </message>
    <message>
        <source>What they ask for, in their words</source>
        <translation>Lo que piden, con sus palabras</translation>
    </message>
    <message>
        <source>e.g. subpoena under state law, exigent circumstances</source>
        <translation>p. ej. citación judicial según la ley estatal, circunstancias de emergencia</translation>
    </message>
    <message>
        <source>Documents the police sent: encrypted like evidence when the request is recorded</source>
        <translation>Documentos enviados por la policía: se cifran como las evidencias al registrar el requerimiento</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Add &amp;document…</source>
        <translation>Añadir &amp;documento…</translation>
    </message>
    <message>
        <source>Remo&amp;ve document</source>
        <translation>&amp;Eliminar documento</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Organismo:</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>&amp;Agente:</translation>
    </message>
    <message>
        <source>Re&amp;ceived:</source>
        <translation>Re&amp;cibido:</translation>
    </message>
    <message>
        <source>&amp;Incidents asked for:</source>
        <translation>&amp;Incidentes solicitados:</translation>
    </message>
    <message>
        <source>&amp;Stores asked for:</source>
        <translation>Tiendas &amp;solicitadas:</translation>
    </message>
    <message>
        <source>&amp;What is asked:</source>
        <translation>&amp;Qué se pide:</translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation>Base &amp;jurídica:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Documentos:</translation>
    </message>
    <message>
        <source>Times are in this workstation&apos;s time zone (%1).</source>
        <translation>Las horas están en la zona horaria de este puesto de trabajo (%1).</translation>
    </message>
    <message>
        <source>&amp;Record request</source>
        <translation>Re&amp;gistrar requerimiento</translation>
    </message>
    <message>
        <source>Documents from the police</source>
        <translation>Documentos de la policía</translation>
    </message>
    <message>
        <source>Say which agency sent the request.</source>
        <translation>Indique qué organismo envió el requerimiento.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>%1 (built in)</source>
        <translation>%1 (incorporada)</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (versión %2)</translation>
    </message>
    <message>
        <source>Fills the kind, due date, legal basis and what is asked; the request remembers it</source>
        <translation>Completa el tipo, la fecha límite, la base jurídica y lo solicitado; el requerimiento la recuerda</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <source>%1 — version %2 REFUSED</source>
        <translation>%1 — versión %2 RECHAZADA</translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation>&amp;Referencia:</translation>
    </message>
</context>
<context>
    <name>lpdesk::PoliceRequests</name>
    <message>
        <source>The kind of request is one of: %1.</source>
        <translation>El tipo de requerimiento es uno de: %1.</translation>
    </message>
    <message>
        <source>Name the requesting agency (at most 200 characters).</source>
        <translation>Indique el organismo solicitante (200 caracteres como máximo).</translation>
    </message>
    <message>
        <source>The officer and the reference are at most 200 characters each.</source>
        <translation>El agente y la referencia tienen 200 caracteres como máximo cada uno.</translation>
    </message>
    <message>
        <source>The legal basis, what is asked and the notes are too long.</source>
        <translation>La base legal, lo solicitado y las notas son demasiado largos.</translation>
    </message>
    <message>
        <source>The due date lies before the date the request was received.</source>
        <translation>La fecha límite es anterior a la fecha de recepción del requerimiento.</translation>
    </message>
    <message>
        <source>The time range asked for ends before it starts.</source>
        <translation>El intervalo de tiempo solicitado termina antes de empezar.</translation>
    </message>
    <message>
        <source>Closing a police request needs a reason (up to 4000 characters).</source>
        <translation>Cerrar un requerimiento policial necesita un motivo (hasta 4000 caracteres).</translation>
    </message>
    <message>
        <source>Police request %1 is already closed.</source>
        <translation>El requerimiento policial %1 ya está cerrado.</translation>
    </message>
    <message>
        <source>Legal&apos;s sign-off needs a note (up to 4000 characters).</source>
        <translation>La firma de la asesoría jurídica necesita una nota (hasta 4000 caracteres).</translation>
    </message>
    <message>
        <source>Only exigent requests are signed off after the fact.</source>
        <translation>Solo los requerimientos de emergencia se firman a posteriori.</translation>
    </message>
    <message>
        <source>Police request %1 is already signed off.</source>
        <translation>El requerimiento policial %1 ya está firmado.</translation>
    </message>
    <message>
        <source>There is no police request %1.</source>
        <translation>No existe el requerimiento policial %1.</translation>
    </message>
    <message>
        <source>There is no police document %1.</source>
        <translation>No existe el documento policial %1.</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Documento %1</translation>
    </message>
    <message>
        <source>Police request %1 is closed.</source>
        <translation>El requerimiento policial %1 está cerrado.</translation>
    </message>
    <message>
        <source>Police request %1 is not linked to this case; link it first (le-request link).</source>
        <translation>El requerimiento policial %1 no está vinculado a este caso; vincúlelo primero (le-request link).</translation>
    </message>
    <message>
        <source>The template %1 is for a %2, not a %3.</source>
        <translation>La plantilla %1 es del tipo &quot;%2&quot;, no &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>This request needs its legal basis: the subpoena, court order or warrant it rests on.</source>
        <translation>Este requerimiento necesita su base jurídica: la citación judicial, la orden judicial o la orden de registro en la que se apoya.</translation>
    </message>
    <message>
        <source>Legal&apos;s sign-off of an exigent disclosure is due 1 to %1 hours after the request is received (got %2).</source>
        <translation>La firma jurídica de una comunicación de emergencia vence entre 1 y %1 horas después de recibir el requerimiento (se indicó %2).</translation>
    </message>
</context>
<context>
    <name>lpdesk::PoliceRequestsDialog</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>incidents %1</source>
        <translation>incidentes %1</translation>
    </message>
    <message>
        <source>stores %1</source>
        <translation>tiendas %1</translation>
    </message>
    <message>
        <source>footage from %1 to %2</source>
        <translation>grabaciones del %1 al %2</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Link to case…</source>
        <translation>&amp;Vincular a un caso…</translation>
    </message>
    <message>
        <source>Add &amp;documents…</source>
        <translation>Añadir &amp;documentos…</translation>
    </message>
    <message>
        <source>&amp;Close request…</source>
        <translation>&amp;Cerrar requerimiento…</translation>
    </message>
    <message>
        <source>&amp;Sign off exigent disclosure…</source>
        <translation>&amp;Firmar divulgación de emergencia…</translation>
    </message>
    <message>
        <source>Police requests</source>
        <translation>Requerimientos policiales</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertos</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <source>Awaiting legal sign-off</source>
        <translation>Pendientes de firma jurídica</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrados</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Filter by agency, officer, reference or case</source>
        <translation>Filtrar por organismo, agente, referencia o caso</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>VENCIDO</translation>
    </message>
    <message>
        <source>fulfilled</source>
        <translation>atendido</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <source>&lt;p&gt;No police request selected.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No hay ningún requerimiento policial seleccionado.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Overdue: it was due %1 and no release has fulfilled it.</source>
        <translation>Vencido: vencía el %1 y ninguna entrega lo ha atendido.</translation>
    </message>
    <message>
        <source>Exigent disclosure: legal must sign it off by %1.</source>
        <translation>Divulgación de emergencia: la asesoría jurídica debe firmarla antes del %1.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requerimiento</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Their reference</source>
        <translation>Su referencia</translation>
    </message>
    <message>
        <source>no date given</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>Asks for</source>
        <translation>Solicita</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base jurídica</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>not linked to a case yet</source>
        <translation>aún no vinculado a un caso</translation>
    </message>
    <message>
        <source>Releases naming it</source>
        <translation>Entregas que lo citan</translation>
    </message>
    <message>
        <source>Fulfilled by</source>
        <translation>Atendido por</translation>
    </message>
    <message>
        <source>Legal sign-off</source>
        <translation>Firma jurídica</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 el %2: %3</translation>
    </message>
    <message>
        <source>by %1 at %2: %3</source>
        <translation>por %1 el %2: %3</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>by %1 at %2</source>
        <translation>por %1 el %2</translation>
    </message>
    <message>
        <source>Documents (encrypted; click to save a copy)</source>
        <translation>Documentos (cifrados; haga clic para guardar una copia)</translation>
    </message>
    <message>
        <source>Select a police request first.</source>
        <translation>Seleccione primero un requerimiento policial.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Link to case</source>
        <translation>Vincular a un caso</translation>
    </message>
    <message>
        <source>The case this request concerns:</source>
        <translation>El caso al que se refiere este requerimiento:</translation>
    </message>
    <message>
        <source>Documents from the police</source>
        <translation>Documentos de la policía</translation>
    </message>
    <message>
        <source>Close request</source>
        <translation>Cerrar requerimiento</translation>
    </message>
    <message>
        <source>Why is it closed (fulfilled, withdrawn, refused…)?</source>
        <translation>¿Por qué se cierra (atendido, retirado, denegado…)?</translation>
    </message>
    <message>
        <source>Sign off exigent disclosure</source>
        <translation>Firmar divulgación de emergencia</translation>
    </message>
    <message>
        <source>Legal&apos;s review of the disclosure made without process:</source>
        <translation>Revisión de la asesoría jurídica sobre la divulgación hecha sin orden judicial:</translation>
    </message>
    <message>
        <source>Save a copy of the document</source>
        <translation>Guardar una copia del documento</translation>
    </message>
    <message>
        <source>Response le&amp;tter…</source>
        <translation>Carta de &amp;respuesta…</translation>
    </message>
    <message>
        <source>Write the letter that answers this request, from its template, with the releases that fulfil it</source>
        <translation>Redactar la carta que responde a este requerimiento, a partir de su plantilla, con las entregas que lo atienden</translation>
    </message>
    <message>
        <source>letter-%1.txt</source>
        <translation>letter-%1.txt</translation>
    </message>
    <message>
        <source>Save the response letter</source>
        <translation>Guardar la carta de respuesta</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Te&amp;mplates…</source>
        <translation>&amp;Plantillas…</translation>
    </message>
    <message>
        <source>The templates a request is recorded from and its response letter written with; administrators publish new versions</source>
        <translation>Las plantillas a partir de las que se registra un requerimiento y se redacta su carta de respuesta; los administradores publican versiones nuevas</translation>
    </message>
    <message>
        <source>legal sign-off overdue (due %1)</source>
        <translation>firma jurídica vencida (vencía el %1)</translation>
    </message>
    <message>
        <source>legal sign-off pending (due %1)</source>
        <translation>firma jurídica pendiente (antes del %1)</translation>
    </message>
    <message>
        <source>signed off late</source>
        <translation>firmado con retraso</translation>
    </message>
</context>
<context>
    <name>lpdesk::PosCsvJournal</name>
    <message>
        <source>line too long</source>
        <translation>línea demasiado larga</translation>
    </message>
    <message>
        <source>an unterminated quoted field</source>
        <translation>un campo entre comillas sin cerrar</translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation>no es UTF-8 válido</translation>
    </message>
    <message>
        <source>The CSV journal has no readable header line%1.</source>
        <translation>El diario CSV no tiene una línea de cabecera legible%1.</translation>
    </message>
    <message>
        <source>The CSV journal has no column &quot;%1&quot; for %2 (its columns: %3). Set up the column mapping for this store.</source>
        <translation>El diario CSV no tiene la columna &quot;%1&quot; para %2 (sus columnas: %3). Configure la correspondencia de columnas de esta tienda.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 campos donde la cabecera tiene %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>línea %1: </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>more than %1 line items</source>
        <translation>más de %1 líneas</translation>
    </message>
    <message>
        <source>unknown line kind &quot;%1&quot;</source>
        <translation>tipo de línea desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>quantity: %1</source>
        <translation>cantidad: %1</translation>
    </message>
    <message>
        <source>The CSV journal has no column &quot;%1&quot; for date or no column &quot;%2&quot; for time (its columns: %3). Set up the column mapping for this store.</source>
        <translation>El diario CSV no tiene la columna &quot;%1&quot; para la fecha o no tiene la columna &quot;%2&quot; para la hora (sus columnas: %3). Hay que configurar la correspondencia de columnas de esta tienda.</translation>
    </message>
</context>
<context>
    <name>lpdesk::PosImportDialog</name>
    <message>
        <source>Import POS journal</source>
        <translation>Importar diario del TPV</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>(as written in the journal)</source>
        <translation>(tal como figura en el diario)</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detectar</translation>
    </message>
    <message>
        <source>ARTS POSLog XML</source>
        <translation>ARTS POSLog XML</translation>
    </message>
    <message>
        <source>CSV (with a column mapping)</source>
        <translation>CSV (con correspondencia de columnas)</translation>
    </message>
    <message>
        <source>LP Desk POS JSON</source>
        <translation>JSON de TPV de LP Desk</translation>
    </message>
    <message>
        <source>LP Desk field</source>
        <translation>Campo de LP Desk</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Journal file:</source>
        <translation>Archivo del &amp;diario:</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>&amp;Tienda:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>POS journal</source>
        <translation>Diario del TPV</translation>
    </message>
    <message>
        <source>POS journals (*.xml *.csv *.json);;All files (*)</source>
        <translation>Diarios del TPV (*.xml *.csv *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Map the file&apos;s columns to LP Desk&apos;s fields. Choose a store to save the mapping for next time.</source>
        <translation>Asigne las columnas del archivo a los campos de LP Desk. Elija una tienda para guardar la correspondencia para la próxima vez.</translation>
    </message>
    <message>
        <source>Map the file&apos;s columns to LP Desk&apos;s fields; the mapping is saved for store %1.</source>
        <translation>Asigne las columnas del archivo a los campos de LP Desk; la correspondencia se guarda para la tienda %1.</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (obligatorio)</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(no está en el archivo)</translation>
    </message>
    <message>
        <source>Choose a journal file.</source>
        <translation>Elija un archivo de diario.</translation>
    </message>
    <message>
        <source>Choose the column that holds &quot;%1&quot;.</source>
        <translation>Elija la columna que contiene &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Choose the store this CSV journal comes from.</source>
        <translation>Elija la tienda de la que procede este diario CSV.</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importando %1</translation>
    </message>
    <message>
        <source>Encrypting the original and reading its transactions…</source>
        <translation>Cifrando el original y leyendo sus transacciones…</translation>
    </message>
    <message>
        <source>%1 transactions and %2 line items imported; %3 records rejected.</source>
        <translation>%1 transacciones y %2 líneas importadas; %3 registros rechazados.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The store&apos;s timezone</source>
        <translation>Zona horaria de la tienda</translation>
    </message>
    <message>
        <source>For times the journal writes without a UTC offset. Times with an offset keep it.</source>
        <translation>Para las horas que el diario escribe sin desfase UTC. Las horas con desfase lo conservan.</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Coma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Punto y coma ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Barra vertical ( | )</translation>
    </message>
    <message>
        <source>By the separator (comma with &apos;;&apos;)</source>
        <translation>Según el separador (coma con &apos;;&apos;)</translation>
    </message>
    <message>
        <source>Point: 1,234.56</source>
        <translation>Punto: 1,234.56</translation>
    </message>
    <message>
        <source>Comma: 1.234,56</source>
        <translation>Coma: 1.234,56</translation>
    </message>
    <message>
        <source>&amp;Timezone of local times:</source>
        <translation>&amp;Zona horaria de las horas locales:</translation>
    </message>
    <message>
        <source>CSV se&amp;parator:</source>
        <translation>Se&amp;parador CSV:</translation>
    </message>
    <message>
        <source>&amp;Decimal mark:</source>
        <translation>Separador deci&amp;mal:</translation>
    </message>
    <message>
        <source>Kinds: %1.</source>
        <translation>Tipos: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n already imported from an overlapping journal (skipped).</source>
        <translation>
            <numerusform>%n ya importada desde un diario solapado (omitida).</numerusform>
            <numerusform>%n ya importadas desde un diario solapado (omitidas).</numerusform>
        </translation>
    </message>
    <message>
        <source>As the journal&apos;s dates show</source>
        <translation>Según muestran las fechas del diario</translation>
    </message>
    <message>
        <source>Month first: 3/14/2026 (US)</source>
        <translation>Primero el mes: 3/14/2026 (EE. UU.)</translation>
    </message>
    <message>
        <source>Day first: 14/3/2026 (UK and most others)</source>
        <translation>Primero el día: 14/3/2026 (Reino Unido y la mayoría de los demás)</translation>
    </message>
    <message>
        <source>For dates written with slashes. The same order is used for the whole journal.</source>
        <translation>Para las fechas escritas con barras. Se usa el mismo orden para todo el diario.</translation>
    </message>
    <message>
        <source>Date &amp;order:</source>
        <translation>&amp;Orden de la fecha:</translation>
    </message>
    <message>
        <source>%1 (required, or date and time)</source>
        <translation>%1 (obligatoria, o fecha y hora)</translation>
    </message>
    <message>
        <source>%1 (with time, when there is no begin column)</source>
        <translation>%1 (con la hora, cuando no hay columna begin)</translation>
    </message>
    <message>
        <source>Choose the column that holds &quot;begin&quot; (the date and time), or the two columns that hold &quot;date&quot; and &quot;time&quot;.</source>
        <translation>Hay que elegir la columna que contiene &quot;begin&quot; (la fecha y la hora) o las dos columnas que contienen &quot;date&quot; y &quot;time&quot;.</translation>
    </message>
    <message>
        <source>%1 — as the journal names it</source>
        <translation>%1 — como lo nombra el diario</translation>
    </message>
    <message>
        <source>Choose the store to file it under in Store (the ids the journal names are offered there too), then Import again.</source>
        <translation>Elija en Tienda la tienda en la que archivarlo (allí también se ofrecen los id. que nombra el diario) y vuelva a pulsar Importar.</translation>
    </message>
    <message>
        <source>The journal names its store %1, not %2. To file it under %2, an administrator first adds %1 to the store&apos;s POS store ids (Stores menu, Stores…, select %2, &quot;POS store ids…&quot;). To keep the journal&apos;s own id, choose &quot;%3&quot; in Store.</source>
        <translation>El diario nombra su tienda %1, no %2. Para archivarlo en %2, un administrador añade primero %1 a los id. de tienda del TPV de la tienda (menú Tiendas, Tiendas…, seleccione %2, «Id. de tienda del TPV…»). Para conservar el id. propio del diario, elija «%3» en Tienda.</translation>
    </message>
    <message>
        <source>The journal names its store %1. Add %1 to the POS store ids of store %2, so that this journal and the next ones import as %2&apos;s?</source>
        <translation>El diario nombra su tienda %1. ¿Añadir %1 a los id. de tienda del TPV de la tienda %2, para que este diario y los siguientes se importen como de %2?</translation>
    </message>
</context>
<context>
    <name>lpdesk::PosJournalReader</name>
    <message>
        <source>business day &quot;%1&quot; is not a date</source>
        <translation>el día comercial &quot;%1&quot; no es una fecha</translation>
    </message>
    <message>
        <source>more than %1 line items</source>
        <translation>más de %1 líneas</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount</source>
        <translation>&quot;%1&quot; no es un importe</translation>
    </message>
    <message>
        <source>Unknown field or bad column name in the CSV mapping: %1</source>
        <translation>Campo desconocido o nombre de columna erróneo en la correspondencia CSV: %1</translation>
    </message>
    <message>
        <source>The CSV mapping needs a column for &quot;%1&quot;.</source>
        <translation>La correspondencia CSV necesita una columna para &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown POS journal format %1 (poslog, csv or json).</source>
        <translation>Formato de diario del TPV desconocido %1 (poslog, csv o json).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quantity</source>
        <translation>&quot;%1&quot; no es una cantidad</translation>
    </message>
    <message>
        <source>no register (WorkstationID) is given</source>
        <translation>no se indica ninguna caja (WorkstationID)</translation>
    </message>
    <message>
        <source>no transaction number (SequenceNumber) is given</source>
        <translation>no se indica ningún número de transacción (SequenceNumber)</translation>
    </message>
    <message>
        <source>no time is given (none of BeginDateTime, EndDateTime, ReceiptDateTime, POSLogDateTime)</source>
        <translation>no se indica ninguna hora (ninguno de BeginDateTime, EndDateTime, ReceiptDateTime, POSLogDateTime)</translation>
    </message>
    <message>
        <source>the time &quot;%1&quot; has no UTC offset and no timezone is known for store &quot;%2&quot; (give the store&apos;s timezone)</source>
        <translation>la hora &quot;%1&quot; no tiene desfase UTC y no se conoce la zona horaria de la tienda &quot;%2&quot; (indique la zona horaria de la tienda)</translation>
    </message>
    <message>
        <source>the time &quot;%1&quot; is not a date and time</source>
        <translation>la hora &quot;%1&quot; no es una fecha y hora</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large an amount</source>
        <translation>&quot;%1&quot; es un importe demasiado grande</translation>
    </message>
    <message>
        <source>%1 %2 has more decimals than %3 has (%4): rounded to %5</source>
        <translation>%1 %2 tiene más decimales que %3 (%4): redondeado a %5</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Line %1 unit price</source>
        <translation>Línea %1, precio unitario</translation>
    </message>
    <message>
        <source>Line %1 regular price</source>
        <translation>Línea %1, precio de lista</translation>
    </message>
    <message>
        <source>Line %1 amount</source>
        <translation>Línea %1, importe</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Cannot read the journal again from its start.</source>
        <translation>No se puede volver a leer el diario desde el principio.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a date without a time</source>
        <translation>&quot;%1&quot; es una fecha sin hora</translation>
    </message>
    <message>
        <source>the time: %1</source>
        <translation>la hora: %1</translation>
    </message>
    <message>
        <source>business day: %1</source>
        <translation>día contable: %1</translation>
    </message>
    <message>
        <source>The CSV mapping needs a column for &quot;begin&quot;, or columns for &quot;date&quot; and &quot;time&quot;.</source>
        <translation>La correspondencia CSV necesita una columna para &quot;begin&quot; o columnas para &quot;date&quot; y &quot;time&quot;.</translation>
    </message>
    <message>
        <source>the date is empty (the time is &quot;%1&quot;)</source>
        <translation>la fecha está vacía (la hora es &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>the time is empty (the date is &quot;%1&quot;)</source>
        <translation>la hora está vacía (la fecha es &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day</source>
        <translation>&quot;%1&quot; no es una hora del día</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a 12-hour time: with AM or PM the hour is 1 to 12</source>
        <translation>&quot;%1&quot; no es una hora en formato de 12 horas: con AM o PM, la hora va de 1 a 12</translation>
    </message>
    <message>
        <source>Cannot tell the journal&apos;s format: choose it (POSLog XML, CSV or JSON) and import it again.</source>
        <translation>No se puede determinar el formato del diario: elíjalo (POSLog XML, CSV o JSON) e impórtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>lpdesk::PosJsonJournal</name>
    <message>
        <source>more than %1 line items</source>
        <translation>más de %1 líneas</translation>
    </message>
    <message>
        <source>unknown line kind &quot;%1&quot;</source>
        <translation>tipo de línea desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The JSON journal is not acceptable at line %1: %2</source>
        <translation>El diario JSON no es aceptable en la línea %1: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation>no es UTF-8 válido</translation>
    </message>
    <message>
        <source>a transaction larger than %1 bytes</source>
        <translation>una transacción de más de %1 bytes</translation>
    </message>
    <message>
        <source>format is not lpdesk-pos-json</source>
        <translation>el formato no es lpdesk-pos-json</translation>
    </message>
    <message>
        <source>transaction #%1 (line %2)</source>
        <translation>transacción n.º %1 (línea %2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>unbalanced brackets</source>
        <translation>corchetes desequilibrados</translation>
    </message>
    <message>
        <source>the document ends early (truncated?)</source>
        <translation>el documento termina antes de tiempo (¿truncado?)</translation>
    </message>
</context>
<context>
    <name>lpdesk::PosLinkDialog</name>
    <message>
        <source>&amp;Link ticked</source>
        <translation>&amp;Vincular las marcadas</translation>
    </message>
    <message>
        <source>Link a transaction</source>
        <translation>Vincular una transacción</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Time (store)</source>
        <translation>Hora (tienda)</translation>
    </message>
    <message>
        <source>From the incident</source>
        <translation>Respecto al incidente</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Caja</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Around each incident, &amp;±</source>
        <translation>En torno a cada incidente, &amp;±</translation>
    </message>
    <message>
        <source>Tick the transactions that belong to the case. Times are corrected for the register&apos;s clock; linked ones are listed but cannot be ticked.</source>
        <translation>Marque las transacciones que pertenecen al caso. Las horas están corregidas según el reloj de la caja; las ya vinculadas aparecen pero no se pueden marcar.</translation>
    </message>
    <message>
        <source>%1 s before</source>
        <translation>%1 s antes</translation>
    </message>
    <message>
        <source>%1 s after</source>
        <translation>%1 s después</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>vinculada</translation>
    </message>
    <message>
        <source>The register&apos;s clock said %1.</source>
        <translation>El reloj de la caja marcaba %1.</translation>
    </message>
    <message>
        <source>No transaction of the incidents&apos; stores within ±%1 s: widen the window, or import the store&apos;s journal.</source>
        <translation>Ninguna transacción de las tiendas de los incidentes a ±%1 s: amplíe la ventana o importe el diario del TPV de la tienda.</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) around the incidents.</source>
        <translation>
            <numerusform>%n transacción en torno a los incidentes.</numerusform>
            <numerusform>%n transacciones en torno a los incidentes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lpdesk::PosNearby</name>
    <message>
        <source>The case has no incidents to link POS records to.</source>
        <translation>El caso no tiene incidentes a los que vincular registros del TPV.</translation>
    </message>
    <message>
        <source>The %1 of %2</source>
        <translation>El incidente de tipo %1 del %2</translation>
    </message>
    <message>
        <source>%1: no POS journal of store %2 has been imported, so there is nothing to link. Pulls import the journals a store sends; import its journal by hand if it came another way.</source>
        <translation>%1: no se ha importado ningún diario del TPV de la tienda %2, así que no hay nada que vincular. Las descargas importan los diarios que envía una tienda; importe su diario a mano si llegó por otra vía.</translation>
    </message>
    <message>
        <source>%1 names register %2, transaction %3 of %4, which no imported journal holds.</source>
        <translation>%1 cita la caja %2, transacción %3 del %4, que no está en ningún diario importado.</translation>
    </message>
    <message numerus="yes">
        <source>%1: the %n matching transaction(s) are linked to this case already.</source>
        <translation>
            <numerusform>%1: la %n transacción que coincide ya está vinculada a este caso.</numerusform>
            <numerusform>%1: las %n transacciones que coinciden ya están vinculadas a este caso.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: store %2 has no transaction within ±%3 s. The nearest one is at %4, %5 s before the incident.</source>
        <translation>%1: la tienda %2 no tiene ninguna transacción a ±%3 s. La más cercana es del %4, %5 s antes del incidente.</translation>
    </message>
    <message>
        <source>%1: store %2 has no transaction within ±%3 s. The nearest one is at %4, %5 s after the incident.</source>
        <translation>%1: la tienda %2 no tiene ninguna transacción a ±%3 s. La más cercana es del %4, %5 s después del incidente.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n transaction(s) of the store within ±%2 s, but none is an exception (void, no sale, refund without receipt, override…). If one belongs to the incident, link it by hand.</source>
        <translation>
            <numerusform>%1: %n transacción de la tienda a ±%2 s, pero no es una excepción (anulación, apertura sin venta, devolución sin ticket, cambio de precio…). Si pertenece al incidente, vincúlela a mano.</numerusform>
            <numerusform>%1: %n transacciones de la tienda a ±%2 s, pero ninguna es una excepción (anulación, apertura sin venta, devolución sin ticket, cambio de precio…). Si una pertenece al incidente, vincúlela a mano.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n transaction(s) of the store within ±%2 s, but none is an exception at register %3 (%4 at other registers). If one belongs to the incident, link it by hand.</source>
        <translation>
            <numerusform>%1: %n transacción de la tienda a ±%2 s, pero no es una excepción en la caja %3 (%4 en otras cajas). Si pertenece al incidente, vincúlela a mano.</numerusform>
            <numerusform>%1: %n transacciones de la tienda a ±%2 s, pero ninguna es una excepción en la caja %3 (%4 en otras cajas). Si una pertenece al incidente, vincúlela a mano.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lpdesk::PosPanel</name>
    <message>
        <source>void</source>
        <translation>anulación</translation>
    </message>
    <message>
        <source>no sale</source>
        <translation>apertura sin venta</translation>
    </message>
    <message>
        <source>refund without receipt</source>
        <translation>devolución sin tique</translation>
    </message>
    <message>
        <source>return linked to another day</source>
        <translation>devolución vinculada a otro día</translation>
    </message>
    <message>
        <source>price override</source>
        <translation>precio modificado</translation>
    </message>
    <message>
        <source>card number keyed in</source>
        <translation>número de tarjeta tecleado</translation>
    </message>
    <message>
        <source>large discount</source>
        <translation>descuento elevado</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Link exception transactions at the incident&apos;s register within this many seconds of the incident (true time: register and camera clock offsets applied)</source>
        <translation>Vincular las transacciones con excepciones de la caja del incidente en este número de segundos alrededor del incidente (hora real: desfases de reloj de caja y cámara aplicados)</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>De&amp;svincular</translation>
    </message>
    <message>
        <source>Time (store)</source>
        <translation>Hora (tienda)</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Caja</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Vinculada</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Double-click a line to see the moment in the clip (journals time the transaction, not each line: the clip seeks to the transaction&apos;s start)</source>
        <translation>Haga doble clic en una línea para ver el momento en el clip (los diarios fechan la transacción, no cada línea: el clip salta al inicio de la transacción)</translation>
    </message>
    <message>
        <source>Window ±</source>
        <translation>Ventana ±</translation>
    </message>
    <message>
        <source>Corrected time. The register&apos;s clock said %1.</source>
        <translation>Hora corregida. El reloj de la caja marcaba %1.</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>a mano</translation>
    </message>
    <message>
        <source>store reference</source>
        <translation>referencia de la tienda</translation>
    </message>
    <message>
        <source>time window</source>
        <translation>ventana de tiempo</translation>
    </message>
    <message>
        <source>No POS records linked yet. Import the store&apos;s journal (pulls do this) and press Link POS records.</source>
        <translation>Aún no hay registros del TPV vinculados. Importe el diario de la tienda (las descargas lo hacen) y pulse Vincular registros del TPV.</translation>
    </message>
    <message>
        <source>%1 (list %2)</source>
        <translation>%1 (lista %2)</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>anulada</translation>
    </message>
    <message>
        <source>card •••• %1</source>
        <translation>tarjeta •••• %1</translation>
    </message>
    <message>
        <source>POS</source>
        <translation>TPV</translation>
    </message>
    <message>
        <source>None of this case&apos;s clips from the camera over register %1 covers this transaction.</source>
        <translation>Ninguno de los clips de este caso de la cámara sobre la caja %1 cubre esta transacción.</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Desvincular</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Corrected time. The register&apos;s clock said %1 (written without an offset: the timezone %2 was applied).</source>
        <translation>Hora corregida. El reloj de la caja marcaba %1 (escrito sin desfase: se aplicó la zona horaria %2).</translation>
    </message>
    <message>
        <source>&lt;b&gt;%8 · store %1 · register %2 · transaction %3&lt;/b&gt; · business day %4 · operator %5 · register clock %6 · from %7</source>
        <translation>&lt;b&gt;%8 · tienda %1 · caja %2 · transacción %3&lt;/b&gt; · día comercial %4 · operador %5 · reloj de la caja %6 · desde %7</translation>
    </message>
    <message>
        <source>Choose from the store&apos;s transactions around the case&apos;s incidents</source>
        <translation>Elegir entre las transacciones de la tienda en torno a los incidentes del caso</translation>
    </message>
    <message>
        <source>No transaction linked.</source>
        <translation>No se ha vinculado ninguna transacción.</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) linked.</source>
        <translation>
            <numerusform>%n transacción vinculada.</numerusform>
            <numerusform>%n transacciones vinculadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) linked by hand.</source>
        <translation>
            <numerusform>%n transacción vinculada a mano.</numerusform>
            <numerusform>%n transacciones vinculadas a mano.</numerusform>
        </translation>
    </message>
    <message>
        <source>L&amp;ink POS records</source>
        <translation>V&amp;incular registros del TPV</translation>
    </message>
    <message>
        <source>Link &amp;a transaction…</source>
        <translation>Vincular &amp;una transacción…</translation>
    </message>
</context>
<context>
    <name>lpdesk::PosService</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 4 GiB.</source>
        <translation>%1 supera los 4 GiB.</translation>
    </message>
    <message>
        <source>This journal (SHA-256 %1…) was already imported: it is evidence %2, received %3.</source>
        <translation>Este diario (SHA-256 %1…) ya se importó: es la evidencia %2, recibida el %3.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>%1 changed while it was being read; import it again once it is complete.</source>
        <translation>%1 cambió mientras se leía; vuelva a importarlo cuando esté completo.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>There is no POS journal %1.</source>
        <translation>No existe el diario del TPV %1.</translation>
    </message>
    <message>
        <source>POS journal %1 was already imported.</source>
        <translation>El diario del TPV %1 ya se importó.</translation>
    </message>
    <message>
        <source>This journal (SHA-256 %1) was already imported on %2 (import %3).</source>
        <translation>Este diario (SHA-256 %1) ya se importó el %2 (importación %3).</translation>
    </message>
    <message>
        <source>belongs to store %1, not %2</source>
        <translation>pertenece a la tienda %1, no a la %2</translation>
    </message>
    <message>
        <source>already imported (register %1, #%2, %3)</source>
        <translation>ya importada (caja %1, n.º %2, %3)</translation>
    </message>
    <message>
        <source>The window is 1–86400 seconds.</source>
        <translation>La ventana es de 1 a 86400 segundos.</translation>
    </message>
    <message>
        <source>Case %1 has no incidents to link POS records to.</source>
        <translation>El caso %1 no tiene incidentes a los que vincular registros del TPV.</translation>
    </message>
    <message>
        <source>There is no POS transaction %1.</source>
        <translation>No existe la transacción del TPV %1.</translation>
    </message>
    <message>
        <source>sale</source>
        <translation>venta</translation>
    </message>
    <message>
        <source>return</source>
        <translation>devolución</translation>
    </message>
    <message>
        <source>exchange</source>
        <translation>cambio</translation>
    </message>
    <message>
        <source>voided transaction</source>
        <translation>transacción anulada</translation>
    </message>
    <message>
        <source>no sale</source>
        <translation>apertura sin venta</translation>
    </message>
    <message>
        <source>sign on</source>
        <translation>inicio de sesión</translation>
    </message>
    <message>
        <source>sign off</source>
        <translation>cierre de sesión</translation>
    </message>
    <message>
        <source>till open</source>
        <translation>apertura de caja</translation>
    </message>
    <message>
        <source>till close</source>
        <translation>cierre de caja</translation>
    </message>
    <message>
        <source>price override</source>
        <translation>precio modificado</translation>
    </message>
    <message>
        <source>paid in</source>
        <translation>entrada de efectivo</translation>
    </message>
    <message>
        <source>paid out</source>
        <translation>salida de efectivo</translation>
    </message>
    <message>
        <source>other control</source>
        <translation>otra operación de control</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n voided line item(s)</source>
        <translation>
            <numerusform>%n línea anulada</numerusform>
            <numerusform>%n líneas anuladas</numerusform>
        </translation>
    </message>
    <message>
        <source>The format is auto, poslog, csv or json.</source>
        <translation>El formato es auto, poslog, csv o json.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a timezone (an IANA name such as Europe/Berlin).</source>
        <translation>&quot;%1&quot; no es una zona horaria (un nombre IANA como Europe/Berlin).</translation>
    </message>
    <message>
        <source>The separator is auto, &quot;,&quot;, &quot;;&quot;, &quot;|&quot; or tab.</source>
        <translation>El separador es auto, &quot;,&quot;, &quot;;&quot;, &quot;|&quot; o tab.</translation>
    </message>
    <message>
        <source>The decimal mark is &quot;.&quot; or &quot;,&quot;.</source>
        <translation>El separador decimal es &quot;.&quot; o &quot;,&quot;.</translation>
    </message>
    <message>
        <source>Import failed: %1 of %2 transactions in the journal were rejected (more than half), so nothing was imported. First rejects: %3</source>
        <translation>Falló la importación: se rechazaron %1 de las %2 transacciones del diario (más de la mitad), así que no se importó nada. Primeros rechazos: %3</translation>
    </message>
    <message>
        <source>Times without a UTC offset were taken in the timezone %1.</source>
        <translation>Las horas sin desfase UTC se tomaron en la zona horaria %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) had no business day; it was taken from the transaction&apos;s date.</source>
        <translation>
            <numerusform>%n transacción no tenía día comercial; se tomó la fecha de la transacción.</numerusform>
            <numerusform>%n transacciones no tenían día comercial; se tomó la fecha de cada transacción.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) have amounts with more decimals than their currency has, rounded to its minor unit; each says which in its notes, and the journal keeps the exact values.</source>
        <translation>
            <numerusform>%n transacción tiene importes con más decimales que su moneda, redondeados a su unidad menor; sus notas dicen cuáles, y el diario conserva los valores exactos.</numerusform>
            <numerusform>%n transacciones tienen importes con más decimales que su moneda, redondeados a su unidad menor; cada una dice cuáles en sus notas, y el diario conserva los valores exactos.</numerusform>
        </translation>
    </message>
    <message>
        <source>month first (M/d/yyyy)</source>
        <translation>primero el mes (M/d/yyyy)</translation>
    </message>
    <message>
        <source>day first (d/M/yyyy)</source>
        <translation>primero el día (d/M/yyyy)</translation>
    </message>
    <message>
        <source>Dates written with slashes were read %1, as the import said.</source>
        <translation>Las fechas escritas con barras se leyeron %1, como indicaba la importación.</translation>
    </message>
    <message>
        <source>Dates written with slashes were read %1, as the journal&apos;s own dates show (&quot;%2&quot;).</source>
        <translation>Las fechas escritas con barras se leyeron %1, como muestran las propias fechas del diario (&quot;%2&quot;).</translation>
    </message>
    <message>
        <source>belongs to store %1 (POS store id %2), not %3</source>
        <translation>pertenece a la tienda %1 (id. de tienda del TPV %2), no a la %3</translation>
    </message>
    <message>
        <source>Transactions written for store %1 were imported as store %2&apos;s (a POS store id of %2).</source>
        <translation>Las transacciones escritas para la tienda %1 se importaron como de la tienda %2 (un id. de tienda del TPV de %2).</translation>
    </message>
    <message>
        <source>The journal names its store %1. If that is the POS system&apos;s id for store %2, an administrator adds it to the store&apos;s POS store ids (Stores menu, Stores…, select %2, &quot;POS store ids…&quot;; or &quot;lpdesk-cli store pos-id %2 --add %3&quot;), then the journal imports.</source>
        <translation>El diario nombra su tienda %1. Si ese es el id. que el TPV da a la tienda %2, un administrador lo añade a los id. de tienda del TPV de la tienda (menú Tiendas, Tiendas…, seleccione %2, «Id. de tienda del TPV…»; o &quot;lpdesk-cli store pos-id %2 --add %3&quot;), y después el diario se importa.</translation>
    </message>
    <message>
        <source>the journal names its store %1, which is neither a store of LP Desk nor a POS store id of one</source>
        <translation>el diario nombra su tienda %1, que no es una tienda de LP Desk ni un id. de tienda del TPV de ninguna</translation>
    </message>
    <message>
        <source>the journal names the stores %1, which are neither stores of LP Desk nor POS store ids of one</source>
        <translation>el diario nombra las tiendas %1, que no son tiendas de LP Desk ni id. de tienda del TPV de ninguna</translation>
    </message>
    <message>
        <source>transactions of the journal name no store</source>
        <translation>las transacciones del diario no nombran ninguna tienda</translation>
    </message>
    <message>
        <source>Choose the store the journal comes from, then import it again.</source>
        <translation>Elija la tienda de la que procede el diario y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>Choose the store to file the journal under, or have an administrator add %1 to that store&apos;s POS store ids (Stores menu, Stores…, select the store, &quot;POS store ids…&quot;); then import it again.</source>
        <translation>Elija la tienda en la que archivar el diario, o pida a un administrador que añada %1 a los id. de tienda del TPV de esa tienda (menú Tiendas, Tiendas…, seleccione la tienda, «Id. de tienda del TPV…»); después vuelva a importarlo.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1. %2</source>
        <translation>No se importó nada: %1. %2</translation>
    </message>
</context>
<context>
    <name>lpdesk::PosSlashDates</name>
    <message>
        <source>The date order is mdy (month first: 3/14/2026), dmy (day first: 14/3/2026) or auto.</source>
        <translation>El orden de la fecha es mdy (primero el mes: 3/14/2026), dmy (primero el día: 14/3/2026) o auto.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time</source>
        <translation>&quot;%1&quot; no es una fecha y hora</translation>
    </message>
    <message>
        <source>the date &quot;%1&quot; has a two-digit year; only four-digit years are read (the century is not guessed)</source>
        <translation>la fecha &quot;%1&quot; tiene un año de dos cifras; solo se leen años de cuatro cifras (no se adivina el siglo)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (the year needs four digits)</source>
        <translation>&quot;%1&quot; no es una fecha (el año necesita cuatro cifras)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date read %2 (%3)</source>
        <translation>&quot;%1&quot; no es una fecha leída %2 (%3)</translation>
    </message>
    <message>
        <source>month first</source>
        <translation>primero el mes</translation>
    </message>
    <message>
        <source>day first</source>
        <translation>primero el día</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a 12-hour time: with AM or PM the hour is 1 to 12</source>
        <translation>&quot;%1&quot; no es una hora de 12 horas: con AM o PM la hora va de 1 a 12</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day</source>
        <translation>&quot;%1&quot; no es una hora del día</translation>
    </message>
    <message>
        <source>The journal writes its dates with slashes in both orders: &quot;%1&quot; can only be day first (d/M/yyyy) and &quot;%2&quot; only month first (M/d/yyyy); of its dates, %3 can only be day first and %4 only month first. A journal has one order, so this one cannot be read as it is.</source>
        <translation>El diario escribe sus fechas con barras en ambos órdenes: &quot;%1&quot; solo puede ser primero el día (d/M/yyyy) y &quot;%2&quot; solo primero el mes (M/d/yyyy); de sus fechas, %3 solo pueden ser primero el día y %4 solo primero el mes. Un diario tiene un único orden, así que este no se puede leer tal como está.</translation>
    </message>
    <message>
        <source>the date &quot;%1&quot; could be month first or day first and the import does not say which (choose the date order: month first or day first)</source>
        <translation>la fecha &quot;%1&quot; puede ser primero el mes o primero el día y la importación no dice cuál (elija el orden de la fecha: primero el mes o primero el día)</translation>
    </message>
    <message>
        <source>Every date the journal writes with slashes (such as &quot;%1&quot;; %2 in all) could be month first or day first, and LP Desk does not guess. Choose the date order: month first (3/14/2026, as US tills write) or day first (14/3/2026, as UK tills write).</source>
        <translation>Todas las fechas que el diario escribe con barras (como &quot;%1&quot;; %2 en total) pueden ser primero el mes o primero el día, y LP Desk no adivina. Elija el orden de la fecha: primero el mes (3/14/2026, como escriben las cajas de EE. UU.) o primero el día (14/3/2026, como escriben las cajas del Reino Unido).</translation>
    </message>
</context>
<context>
    <name>lpdesk::PoslogJournal</name>
    <message>
        <source>more than %1 line items</source>
        <translation>más de %1 líneas</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Quantity: %1</source>
        <translation>Cantidad: %1</translation>
    </message>
    <message>
        <source>The POSLog journal is not acceptable at line %1: %2</source>
        <translation>El diario POSLog no es aceptable en la línea %1: %2</translation>
    </message>
    <message>
        <source>it contains a DTD; DTDs (and the external or nested entities they can declare) are refused</source>
        <translation>contiene una DTD; se rechazan las DTD (y las entidades externas o anidadas que pueden declarar)</translation>
    </message>
    <message>
        <source>it uses an undeclared entity</source>
        <translation>usa una entidad no declarada</translation>
    </message>
    <message>
        <source>the root element is not POSLog in an ARTS namespace (it is %1 in &quot;%2&quot;)</source>
        <translation>el elemento raíz no es POSLog en un espacio de nombres ARTS (es %1 en &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Transaction #%1 (line %2)</source>
        <translation>Transacción n.º %1 (línea %2)</translation>
    </message>
    <message>
        <source>there is no POSLog element</source>
        <translation>no hay ningún elemento POSLog</translation>
    </message>
</context>
<context>
    <name>lpdesk::ProceduresDialog</name>
    <message>
        <source>built in</source>
        <translation>incorporado</translation>
    </message>
    <message>
        <source>version %1, published by %2 at %3</source>
        <translation>versión %1, publicada por %2 el %3</translation>
    </message>
    <message>
        <source>Procedure: %1</source>
        <translation>Procedimiento: %1</translation>
    </message>
    <message>
        <source>Immediate actions</source>
        <translation>Acciones inmediatas</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <source>Evidence to preserve</source>
        <translation>Evidencias que conservar</translation>
    </message>
    <message>
        <source>&amp;Publish as a new version</source>
        <translation>&amp;Publicar como versión nueva</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Procedimientos</translation>
    </message>
    <message>
        <source>Any incident (general)</source>
        <translation>Cualquier incidente (general)</translation>
    </message>
    <message>
        <source>Adds a version; earlier versions stay as they were</source>
        <translation>Añade una versión; las anteriores quedan como estaban</translation>
    </message>
    <message>
        <source>Only an administrator publishes procedures</source>
        <translation>Solo un administrador publica procedimientos</translation>
    </message>
    <message>
        <source>Incident &amp;type:</source>
        <translation>&amp;Tipo de incidente:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;ítulo:</translation>
    </message>
    <message>
        <source>I&amp;mmediate actions:</source>
        <translation>Acciones i&amp;nmediatas:</translation>
    </message>
    <message>
        <source>&amp;Reporting:</source>
        <translation>&amp;Comunicación:</translation>
    </message>
    <message>
        <source>&amp;Evidence to preserve:</source>
        <translation>&amp;Evidencias que conservar:</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>Versiones:</translation>
    </message>
    <message>
        <source>No procedure of its own: the general one applies (%1).</source>
        <translation>Sin procedimiento propio: se aplica el general (%1).</translation>
    </message>
    <message>
        <source>In force: %1.</source>
        <translation>Vigente: %1.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Published version %1.</source>
        <translation>Publicada la versión %1.</translation>
    </message>
    <message>
        <source>%1 — %2 — REFUSED: %3</source>
        <translation>%1 — %2 — RECHAZADA: %3</translation>
    </message>
    <message>
        <source>The general procedure will replace LP Desk&apos;s built-in procedures for: %1.</source>
        <translation>El procedimiento general sustituirá a los procedimientos incorporados de LP Desk para: %1.</translation>
    </message>
    <message>
        <source>Those types have no procedure of their own. Publish one for a type first to keep a procedure written for it.</source>
        <translation>Esos tipos no tienen procedimiento propio. Para conservar un procedimiento escrito para un tipo, hay que publicarlo antes para ese tipo.</translation>
    </message>
    <message>
        <source>&amp;Replace them</source>
        <translation>&amp;Sustituirlos</translation>
    </message>
    <message>
        <source>Nothing was published.</source>
        <translation>No se publicó nada.</translation>
    </message>
    <message>
        <source>Re&amp;quest templates…</source>
        <translation>Plantillas de re&amp;querimiento…</translation>
    </message>
    <message>
        <source>The templates of police requests and of the letters that answer them</source>
        <translation>Las plantillas de los requerimientos policiales y de las cartas que los responden</translation>
    </message>
    <message>
        <source>Version %1 is REFUSED: %2 Version %3 stands in for it.</source>
        <translation>La versión %1 está RECHAZADA: %2 La sustituye la versión %3.</translation>
    </message>
    <message>
        <source>No procedure is in force: %1 No sound version is left. Publish a new version to replace it.</source>
        <translation>No hay ningún procedimiento en vigor: %1 No queda ninguna versión intacta. Publique una versión nueva para sustituirla.</translation>
    </message>
    <message>
        <source>Version %1 is REFUSED: %2 %3 Publish a new version to replace it.</source>
        <translation>La versión %1 está RECHAZADA: %2 %3 Publique una versión nueva para sustituirla.</translation>
    </message>
</context>
<context>
    <name>lpdesk::ProgramWords</name>
    <message>
        <source>Subpoena</source>
        <translation>Citación judicial</translation>
    </message>
    <message>
        <source>Court order</source>
        <translation>Orden judicial</translation>
    </message>
    <message>
        <source>Warrant</source>
        <translation>Orden de registro</translation>
    </message>
    <message>
        <source>Exigent request</source>
        <translation>Requerimiento de emergencia</translation>
    </message>
    <message>
        <source>Informal request</source>
        <translation>Requerimiento informal</translation>
    </message>
    <message>
        <source>Police contact</source>
        <translation>Contacto con la policía</translation>
    </message>
    <message>
        <source>Arrest made</source>
        <translation>Detención practicada</translation>
    </message>
    <message>
        <source>Charges filed</source>
        <translation>Imputación formulada</translation>
    </message>
    <message>
        <source>Goods recovered</source>
        <translation>Mercancía recuperada</translation>
    </message>
    <message>
        <source>Closed by the police</source>
        <translation>Cerrado por la policía</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>the incident</source>
        <translation>el incidente</translation>
    </message>
    <message>
        <source>the case&apos;s closure</source>
        <translation>el cierre del caso</translation>
    </message>
    <message>
        <source>Original recordings</source>
        <translation>Grabaciones originales</translation>
    </message>
    <message>
        <source>Derivatives (trims, redactions)</source>
        <translation>Derivados (recortes, anonimizaciones)</translation>
    </message>
    <message>
        <source>Stills</source>
        <translation>Fotogramas</translation>
    </message>
    <message>
        <source>POS journals (imported originals)</source>
        <translation>Diarios del TPV (originales importados)</translation>
    </message>
</context>
<context>
    <name>lpdesk::PullDialog</name>
    <message>
        <source>Pull from stores</source>
        <translation>Descargar de las tiendas</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Tiendas</translation>
    </message>
    <message>
        <source>Cancelling… partial downloads are kept and resume at the next pull.</source>
        <translation>Cancelando… las descargas parciales se conservan y continúan en la próxima descarga.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Empezando…</translation>
    </message>
    <message>
        <source>Store %1 of %2: %3</source>
        <translation>Tienda %1 de %2: %3</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message numerus="yes">
        <source>%n new incident(s), %1 new clip(s) (%2 MB), %3 quarantined</source>
        <translation>
            <numerusform>%n incidente nuevo, %1 clip(s) nuevo(s) (%2 MB), %3 en cuarentena</numerusform>
            <numerusform>%n incidentes nuevos, %1 clip(s) nuevo(s) (%2 MB), %3 en cuarentena</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 incidents, %2 clips, %3 POS journals, %4 quarantined</source>
        <translation>%1 incidentes, %2 clips, %3 diarios del TPV, %4 en cuarentena</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message numerus="yes">
        <source>POS: %n journal(s) imported, %1 transactions</source>
        <translation>
            <numerusform>TPV: %n diario importado, %1 transacciones</numerusform>
            <numerusform>TPV: %n diarios importados, %1 transacciones</numerusform>
        </translation>
    </message>
    <message>
        <source>POS journal not imported: %1</source>
        <translation>Diario del TPV no importado: %1</translation>
    </message>
    <message>
        <source>Waiting for another job to end…</source>
        <translation>Esperando a que termine otra tarea…</translation>
    </message>
    <message>
        <source>Cancelled; partial downloads are kept and resume at the next pull.</source>
        <translation>Cancelado; las descargas parciales se conservan y continúan en la próxima descarga.</translation>
    </message>
    <message numerus="yes">
        <source>%n new incident(s), %1 new clip(s), %2 quarantined</source>
        <translation>
            <numerusform>%n incidente nuevo, %1 clip(s) nuevo(s), %2 en cuarentena</numerusform>
            <numerusform>%n incidentes nuevos, %1 clip(s) nuevo(s), %2 en cuarentena</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lpdesk::PullService</name>
    <message>
        <source>quarantined %1: %2</source>
        <translation>en cuarentena %1: %2</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>conectando con %1</translation>
    </message>
    <message>
        <source>the drop is for store %1, not %2</source>
        <translation>el punto de entrega es de la tienda %1, no de la %2</translation>
    </message>
    <message>
        <source>the feed loops back to %1; stopped following it</source>
        <translation>el feed vuelve a %1; se deja de seguirlo</translation>
    </message>
    <message>
        <source>incident %1 of page %2</source>
        <translation>incidente %1 de la página %2</translation>
    </message>
    <message>
        <source>cannot save the feed position</source>
        <translation>no se puede guardar la posición del feed</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>POS journal %1</source>
        <translation>diario del TPV %1</translation>
    </message>
    <message>
        <source>SHA-256 or size differs from store.json (got %1, %2 bytes)</source>
        <translation>el SHA-256 o el tamaño difieren de store.json (se obtuvo %1, %2 bytes)</translation>
    </message>
    <message>
        <source>media id %1 is already used for different content</source>
        <translation>el id. de medio %1 ya se usa para otro contenido</translation>
    </message>
    <message>
        <source>downloading %1</source>
        <translation>descargando %1</translation>
    </message>
    <message>
        <source>verifying %1</source>
        <translation>verificando %1</translation>
    </message>
    <message>
        <source>decrypted content does not match the store&apos;s claim (SHA-256 %1, %2 bytes; expected %3, %4 bytes)</source>
        <translation>el contenido descifrado no coincide con lo que declara la tienda (SHA-256 %1, %2 bytes; se esperaba %3, %4 bytes)</translation>
    </message>
    <message>
        <source>no video stream in the clip</source>
        <translation>el clip no tiene flujo de vídeo</translation>
    </message>
    <message>
        <source>Cannot move the verified clip into the media folder.</source>
        <translation>No se puede mover el clip verificado a la carpeta de medios.</translation>
    </message>
    <message>
        <source>Cannot store incident %1: %2</source>
        <translation>No se puede guardar el incidente %1: %2</translation>
    </message>
    <message>
        <source>Cannot store media %1: %2</source>
        <translation>No se puede guardar el medio %1: %2</translation>
    </message>
    <message>
        <source>There is no store %1.</source>
        <translation>No existe la tienda %1.</translation>
    </message>
    <message>
        <source>importing POS journals</source>
        <translation>importando diarios del TPV</translation>
    </message>
    <message numerus="yes">
        <source>store %1: %n clip(s) arrived sealed to the retired recipient key %2, which a removed person may hold; give the store the current key (key export-recipient) and re-encrypt (db reencrypt)</source>
        <translation>
            <numerusform>tienda %1: %n clip llegó sellado con la clave de destinatario retirada %2, que una persona dada de baja puede tener; dé a la tienda la clave actual (key export-recipient) y vuelva a cifrar (db reencrypt)</numerusform>
            <numerusform>tienda %1: %n clips llegaron sellados con la clave de destinatario retirada %2, que una persona dada de baja puede tener; dé a la tienda la clave actual (key export-recipient) y vuelva a cifrar (db reencrypt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read store %1: %2</source>
        <translation>No se puede leer la tienda %1: %2</translation>
    </message>
</context>
<context>
    <name>lpdesk::QueuedJob</name>
    <message>
        <source>Waiting for another job to end…</source>
        <translation>Esperando a que termine otra tarea…</translation>
    </message>
    <message>
        <source>Cancelled before it started.</source>
        <translation>Cancelado antes de empezar.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>lpdesk::RecipientKeyHistory</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Re-encryption cancelled.</source>
        <translation>Nuevo cifrado cancelado.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 changed while it was re-encrypted.</source>
        <translation>%1 cambió mientras se volvía a cifrar.</translation>
    </message>
</context>
<context>
    <name>lpdesk::RecipientRotation</name>
    <message>
        <source>its signature does not verify with a certificate of the organisation CA (%1)</source>
        <translation>su firma no se verifica con un certificado de la CA de la organización (%1)</translation>
    </message>
    <message>
        <source>it names %1, but %2 signed it</source>
        <translation>nombra a %1, pero lo firmó %2</translation>
    </message>
    <message>
        <source>it was signed by %1, whose certificate does not name the administrator role</source>
        <translation>lo firmó %1, cuyo certificado no indica el rol de administrador</translation>
    </message>
    <message>
        <source>it was signed by %1 after their certificate (serial %2) was revoked on %3</source>
        <translation>lo firmó %1 después de que su certificado (serie %2) se revocara el %3</translation>
    </message>
    <message>
        <source>it retires key %1, but the key then current was %2 (audit event %3)</source>
        <translation>retira la clave %1, pero la clave vigente entonces era %2 (evento de auditoría %3)</translation>
    </message>
    <message>
        <source>no administrator signed it</source>
        <translation>ningún administrador lo firmó</translation>
    </message>
    <message>
        <source>Audit event %1 rotates the recipient key to %2, but %3: it was appended with the database key, and footage sealed to that key would be readable by whoever appended it. Restore the database from a backup; nothing is pulled or exported until then.</source>
        <translation>El evento de auditoría %1 cambia la clave de destinatario a %2, pero %3: se añadió con la clave de la base de datos, y quien lo añadió podría leer las grabaciones selladas con esa clave. Restaure la base de datos desde una copia de seguridad; hasta entonces no se descarga ni se exporta nada.</translation>
    </message>
</context>
<context>
    <name>lpdesk::RedactionEditor</name>
    <message>
        <source>add region %1</source>
        <translation>añadir región %1</translation>
    </message>
    <message>
        <source>remove region %1</source>
        <translation>quitar región %1</translation>
    </message>
    <message>
        <source>keyframe at %1 s</source>
        <translation>fotograma clave en %1 s</translation>
    </message>
    <message>
        <source>remove keyframe at %1 s</source>
        <translation>quitar fotograma clave en %1 s</translation>
    </message>
    <message>
        <source>change region %1</source>
        <translation>cambiar región %1</translation>
    </message>
    <message>
        <source>&amp;Preview the redaction (P)</source>
        <translation>&amp;Previsualizar la anonimización (P)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Estilo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Intervalo de tiempo</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Delete region</source>
        <translation>Eliminar región</translation>
    </message>
    <message>
        <source>Mute audio in→out</source>
        <translation>Silenciar audio entrada→salida</translation>
    </message>
    <message>
        <source>&amp;Save plan</source>
        <translation>&amp;Guardar el plan</translation>
    </message>
    <message>
        <source>&amp;Render redacted copy</source>
        <translation>Ge&amp;nerar copia anonimizada</translation>
    </message>
    <message>
        <source>Audio mutes</source>
        <translation>Silencios de audio</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Redacted</source>
        <translation>Anonimizado</translation>
    </message>
    <message>
        <source>Why is this hidden?</source>
        <translation>¿Por qué se oculta esto?</translation>
    </message>
    <message>
        <source>Set an in point (I) and an out point (O) in the player first.</source>
        <translation>Marque primero un punto de entrada (I) y uno de salida (O) en el reproductor.</translation>
    </message>
    <message>
        <source>Mute audio</source>
        <translation>Silenciar audio</translation>
    </message>
    <message>
        <source>Why is the audio muted from %1 to %2?</source>
        <translation>¿Por qué se silencia el audio de %1 a %2?</translation>
    </message>
    <message>
        <source>bystander name spoken</source>
        <translation>se dice el nombre de un transeúnte</translation>
    </message>
    <message>
        <source>mute audio</source>
        <translation>silenciar audio</translation>
    </message>
    <message>
        <source>Plan saved (SHA-256 %1…).</source>
        <translation>Plan guardado (SHA-256 %1…).</translation>
    </message>
    <message>
        <source>Rendering the redacted copy</source>
        <translation>Generando la copia anonimizada</translation>
    </message>
    <message>
        <source>Redact a clip</source>
        <translation>Anonimizar un clip</translation>
    </message>
    <message>
        <source>Redact — %1</source>
        <translation>Anonimizar — %1</translation>
    </message>
    <message>
        <source>Hold to end</source>
        <translation>Mantener hasta el final</translation>
    </message>
    <message>
        <source>The selected region stays until the end of the clip (Ctrl+Shift+End)</source>
        <translation>La región seleccionada se mantiene hasta el final del clip (Ctrl+Mayús+Fin)</translation>
    </message>
    <message>
        <source>End here</source>
        <translation>Terminar aquí</translation>
    </message>
    <message>
        <source>The selected region ends at this frame, on purpose (someone walked out of view)</source>
        <translation>La región seleccionada termina en este fotograma, de forma intencionada (alguien salió del campo de visión)</translation>
    </message>
    <message>
        <source>Extend to start</source>
        <translation>Extender al inicio</translation>
    </message>
    <message>
        <source>The selected region starts at the first frame (Ctrl+Shift+Home)</source>
        <translation>La región seleccionada empieza en el primer fotograma (Ctrl+Mayús+Inicio)</translation>
    </message>
    <message>
        <source>Drag on the picture to draw a box: it stays until the end of the clip unless you end it (End here). Drag a box to move it, its corner to resize: each change is a keyframe at the current time. , and . jump between keyframes; Alt+arrows nudge the box; Delete removes the keyframe here.</source>
        <translation>Arrastre sobre la imagen para dibujar un recuadro: se mantiene hasta el final del clip salvo que lo termine (Terminar aquí). Arrastre un recuadro para moverlo y su esquina para cambiar su tamaño: cada cambio es un fotograma clave en el instante actual. , y . saltan entre fotogramas clave; Alt+flechas desplazan el recuadro; Supr quita el fotograma clave de este instante.</translation>
    </message>
    <message>
        <source>Previous keyframe</source>
        <translation>Fotograma clave anterior</translation>
    </message>
    <message>
        <source>Next keyframe</source>
        <translation>Fotograma clave siguiente</translation>
    </message>
    <message>
        <source>Delete the keyframe here (or the region)</source>
        <translation>Eliminar el fotograma clave de este instante (o la región)</translation>
    </message>
    <message>
        <source>Preview the redaction</source>
        <translation>Previsualizar la anonimización</translation>
    </message>
    <message>
        <source>Nudge the box left</source>
        <translation>Desplazar el recuadro a la izquierda</translation>
    </message>
    <message>
        <source>Nudge the box right</source>
        <translation>Desplazar el recuadro a la derecha</translation>
    </message>
    <message>
        <source>Nudge the box up</source>
        <translation>Desplazar el recuadro hacia arriba</translation>
    </message>
    <message>
        <source>Nudge the box down</source>
        <translation>Desplazar el recuadro hacia abajo</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>Guardar el plan</translation>
    </message>
    <message>
        <source>Hold the region to the end</source>
        <translation>Mantener la región hasta el final</translation>
    </message>
    <message>
        <source>Extend the region to the start</source>
        <translation>Extender la región al inicio</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>Cerrar la ventana</translation>
    </message>
    <message>
        <source>%1 – end of clip (%2 keyframes)</source>
        <translation>%1 – fin del clip (%2 fotogramas clave)</translation>
    </message>
    <message>
        <source>%1 – %2, ends before the clip (%3 keyframes)</source>
        <translation>%1 – %2, termina antes que el clip (%3 fotogramas clave)</translation>
    </message>
    <message>
        <source>hold %1 to the end</source>
        <translation>mantener %1 hasta el final</translation>
    </message>
    <message>
        <source>Region %1 starts later than this frame; go to where it should end.</source>
        <translation>La región %1 empieza después de este fotograma; vaya a donde debe terminar.</translation>
    </message>
    <message>
        <source>end %1 here</source>
        <translation>terminar %1 aquí</translation>
    </message>
    <message>
        <source>Region %1 now ends at %2; the frames after it are not covered.</source>
        <translation>La región %1 termina ahora en %2; los fotogramas posteriores no quedan cubiertos.</translation>
    </message>
    <message>
        <source>extend %1 to the start</source>
        <translation>extender %1 al inicio</translation>
    </message>
    <message>
        <source>Regions end before the clip does</source>
        <translation>Hay regiones que terminan antes que el clip</translation>
    </message>
    <message>
        <source>What these regions hide will be visible in the redacted copy after they end:</source>
        <translation>Lo que ocultan estas regiones será visible en la copia anonimizada cuando terminen:</translation>
    </message>
    <message>
        <source>Render anyway only if that is intended (for example, the person left the picture). Your confirmation is kept in the redaction log.</source>
        <translation>Genere de todos modos solo si es intencionado (por ejemplo, la persona salió de la imagen). Su confirmación se guarda en el registro de anonimización.</translation>
    </message>
    <message>
        <source>Render anyway</source>
        <translation>Generar de todos modos</translation>
    </message>
    <message>
        <source>Not rendered: use Hold to end on the regions that must stay to the end.</source>
        <translation>No generada: use Mantener hasta el final en las regiones que deben durar hasta el final.</translation>
    </message>
    <message>
        <source>Rendered: the redacted copy is in the case&apos;s media list.</source>
        <translation>Generada: la copia anonimizada está en la lista de medios del caso.</translation>
    </message>
    <message>
        <source>Redaction regions</source>
        <translation>Regiones de anonimización</translation>
    </message>
    <message>
        <source>&amp;Find faces and people…</source>
        <translation>&amp;Buscar caras y personas…</translation>
    </message>
    <message>
        <source>Detect faces and people in the whole clip and list them for review (Ctrl+Shift+F)</source>
        <translation>Detectar caras y personas en todo el clip y listarlas para revisión (Ctrl+Mayús+F)</translation>
    </message>
    <message>
        <source>&amp;Track this region</source>
        <translation>&amp;Seguir esta región</translation>
    </message>
    <message>
        <source>Follow the selected box from this frame forwards and backwards through the clip (Ctrl+T)</source>
        <translation>Seguir el recuadro seleccionado desde este fotograma hacia delante y hacia atrás por todo el clip (Ctrl+T)</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Sugerencias</translation>
    </message>
    <message>
        <source>Find faces and people</source>
        <translation>Buscar caras y personas</translation>
    </message>
    <message>
        <source>Track the selected region through the clip</source>
        <translation>Seguir la región seleccionada por todo el clip</translation>
    </message>
    <message>
        <source>Accept the selected suggestions</source>
        <translation>Aceptar las sugerencias seleccionadas</translation>
    </message>
    <message>
        <source>Reject the selected suggestions</source>
        <translation>Rechazar las sugerencias seleccionadas</translation>
    </message>
    <message>
        <source>Accept all suggestions</source>
        <translation>Aceptar todas las sugerencias</translation>
    </message>
    <message>
        <source>Reject all suggestions</source>
        <translation>Rechazar todas las sugerencias</translation>
    </message>
    <message>
        <source>&amp;Faces</source>
        <translation>&amp;Caras</translation>
    </message>
    <message>
        <source>&amp;People (whole bodies, slower)</source>
        <translation>&amp;Personas (cuerpos enteros, más lento)</translation>
    </message>
    <message>
        <source>P&amp;ossible number plates (low confidence)</source>
        <translation>P&amp;osibles matrículas (confianza baja)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>The whole clip is searched; every track found is listed for you to accept or reject. Nothing is added to the plan until you accept it.</source>
        <translation>Se busca en todo el clip; cada pista encontrada se lista para que la acepte o la rechace. Nada se añade al plan hasta que lo acepte.</translation>
    </message>
    <message>
        <source>Finding faces and people</source>
        <translation>Buscando caras y personas</translation>
    </message>
    <message>
        <source>Frame %1 of %2</source>
        <translation>Fotograma %1 de %2</translation>
    </message>
    <message>
        <source>Finding faces and people stopped: %1 The plan is unchanged.</source>
        <translation>La búsqueda de caras y personas se detuvo: %1 El plan no ha cambiado.</translation>
    </message>
    <message numerus="yes">
        <source>%n tracks found: review them in Suggestions.</source>
        <translation>
            <numerusform>%n pista encontrada: revísela en Sugerencias.</numerusform>
            <numerusform>%n pistas encontradas: revíselas en Sugerencias.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a region (or draw a box) on this frame first, then track it.</source>
        <translation>Seleccione una región (o dibuje un recuadro) en este fotograma y luego sígala.</translation>
    </message>
    <message>
        <source>Tracking region %1</source>
        <translation>Siguiendo la región %1</translation>
    </message>
    <message>
        <source>Tracking stopped: %1 The region is unchanged.</source>
        <translation>El seguimiento se detuvo: %1 La región no ha cambiado.</translation>
    </message>
    <message>
        <source>track %1</source>
        <translation>seguir %1</translation>
    </message>
    <message>
        <source>Region %1 now follows the tracked box (%2 – %3, %4 keyframes); check it and adjust where it drifts.</source>
        <translation>La región %1 sigue ahora el recuadro seguido (%2 – %3, %4 fotogramas clave); revísela y ajústela donde se desvíe.</translation>
    </message>
    <message>
        <source>Faces without a region</source>
        <translation>Caras sin región</translation>
    </message>
    <message numerus="yes">
        <source>A face or person was detected in %n frames where no region covers it:</source>
        <translation>
            <numerusform>Se detectó una cara o persona en %n fotograma donde ninguna región la cubre:</numerusform>
            <numerusform>Se detectó una cara o persona en %n fotogramas donde ninguna región la cubre:</numerusform>
        </translation>
    </message>
    <message>
        <source>Frames %1.</source>
        <translation>Fotogramas %1.</translation>
    </message>
    <message>
        <source>Render anyway only if these are not people to hide (for example, a rejected false detection). Your confirmation and the frames are kept with the redacted copy.</source>
        <translation>Genere de todos modos solo si no son personas que haya que ocultar (por ejemplo, una detección falsa rechazada). Su confirmación y los fotogramas se guardan con la copia anonimizada.</translation>
    </message>
    <message>
        <source>Not rendered: accept the tracks or draw regions over the faces in the frames listed.</source>
        <translation>No generado: acepte las pistas o dibuje regiones sobre las caras de los fotogramas indicados.</translation>
    </message>
    <message>
        <source>The redaction plan has changes that are not saved.</source>
        <translation>El plan de anonimización tiene cambios sin guardar.</translation>
    </message>
    <message>
        <source>Save them before closing the editor?</source>
        <translation>¿Guardarlos antes de cerrar el editor?</translation>
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
        <translation>Generada: la copia anonimizada está en la lista de medios del caso. %1</translation>
    </message>
    <message>
        <source>Review side &amp;by side</source>
        <translation>&amp;Revisar lado a lado</translation>
    </message>
    <message>
        <source>Rendering the redacted copy: see Jobs (Ctrl+J) for its progress.</source>
        <translation>Generando la copia anonimizada: consulte su progreso en Tareas (Ctrl+J).</translation>
    </message>
    <message>
        <source>Not rendered: %1</source>
        <translation>No se generó: %1</translation>
    </message>
    <message>
        <source>Finding faces and people: see Jobs (Ctrl+J) for its progress.</source>
        <translation>Buscando caras y personas: consulte su progreso en Tareas (Ctrl+J).</translation>
    </message>
</context>
<context>
    <name>lpdesk::RedactionPlan</name>
    <message>
        <source>Invalid redaction plan: %1</source>
        <translation>Plan de anonimización no válido: %1</translation>
    </message>
    <message>
        <source>larger than %1 bytes</source>
        <translation>supera los %1 bytes</translation>
    </message>
    <message>
        <source>not a JSON object (%1)</source>
        <translation>no es un objeto JSON (%1)</translation>
    </message>
    <message>
        <source>redaction plan</source>
        <translation>plan de anonimización</translation>
    </message>
    <message>
        <source>version %1 is not supported (this LP Desk reads version 1)</source>
        <translation>la versión %1 no es compatible (este LP Desk lee la versión 1)</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>repeats region id %1</source>
        <translation>repite el id. de región %1</translation>
    </message>
    <message>
        <source>must be blur, pixelate or fill (got &quot;%1&quot;)</source>
        <translation>debe ser blur, pixelate o fill (se recibió &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>debe ser uno de: %1</translation>
    </message>
    <message>
        <source>is required when the reason is &quot;other&quot;</source>
        <translation>es obligatorio cuando el motivo es &quot;other&quot;</translation>
    </message>
    <message>
        <source>needs at least one keyframe</source>
        <translation>necesita al menos un fotograma clave</translation>
    </message>
    <message>
        <source>has an empty or negative size</source>
        <translation>tiene un tamaño vacío o negativo</translation>
    </message>
    <message>
        <source>reaches outside the frame</source>
        <translation>se sale del fotograma</translation>
    </message>
    <message>
        <source>is not after the previous keyframe (keyframes must be sorted by time)</source>
        <translation>no es posterior al fotograma clave anterior (los fotogramas clave deben ordenarse por tiempo)</translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <translation>termina antes de empezar</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>Region %1 starts at %2 s, after the end of the clip (%3 s).</source>
        <translation>La región %1 empieza a los %2 s, después del final del clip (%3 s).</translation>
    </message>
    <message>
        <source>An audio mute starts at %1 s, after the end of the clip.</source>
        <translation>Un silencio de audio empieza a los %1 s, después del final del clip.</translation>
    </message>
    <message>
        <source>frame %1</source>
        <translation>fotograma %1</translation>
    </message>
    <message>
        <source>frames %1–%2</source>
        <translation>fotogramas %1–%2</translation>
    </message>
    <message>
        <source>Region %1 ends at frame %2 while the clip goes on: %3 (%4–%5) are not covered.</source>
        <translation>La región %1 termina en el fotograma %2 mientras el clip continúa: %3 (%4–%5) sin cubrir.</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>detection (%1, %2, SHA-256 %3, confidence %4)</source>
        <translation>detección (%1, %2, SHA-256 %3, confianza %4)</translation>
    </message>
    <message>
        <source>drawn by a person, followed by the tracker</source>
        <translation>dibujada por una persona, seguida por el seguidor</translation>
    </message>
    <message>
        <source>drawn by a person</source>
        <translation>dibujada por una persona</translation>
    </message>
    <message>
        <source>origin not recorded</source>
        <translation>origen no registrado</translation>
    </message>
    <message>
        <source>%1, not accepted by anyone</source>
        <translation>%1, no aceptada por nadie</translation>
    </message>
    <message>
        <source>%1, accepted by %2 at %3</source>
        <translation>%1, aceptada por %2 el %3</translation>
    </message>
    <message>
        <source>must be person or detection</source>
        <translation>debe ser person o detection</translation>
    </message>
</context>
<context>
    <name>lpdesk::RedactionService</name>
    <message>
        <source>A reason code is 1–40 lowercase letters or &apos;_&apos; (got &quot;%1&quot;).</source>
        <translation>Un código de motivo tiene de 1 a 40 letras minúsculas o &apos;_&apos; (se recibió &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>There is no redaction plan %1.</source>
        <translation>No existe el plan de anonimización %1.</translation>
    </message>
</context>
<context>
    <name>lpdesk::Redactor</name>
    <message>
        <source>Audio mutes need an AAC-LC audio track; this clip has %1.</source>
        <translation>Los silencios de audio necesitan una pista de audio AAC-LC; este clip tiene %1.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation>Sin memoria.</translation>
    </message>
    <message>
        <source>Smart render: %1 of %2 GOPs re-encoded (%3 of %4 frames), %5 GOPs (%6 frames) stream-copied.</source>
        <translation>Generación inteligente: %1 de %2 GOP recodificados (%3 de %4 fotogramas), %5 GOP (%6 fotogramas) copiados sin recodificar.</translation>
    </message>
    <message>
        <source>Full render: all %1 frames re-encoded.</source>
        <translation>Generación completa: se recodificaron los %1 fotogramas.</translation>
    </message>
    <message>
        <source>%1 Smart render not used: %2</source>
        <translation>%1 No se usó la generación inteligente: %2</translation>
    </message>
    <message>
        <source>the clip has no video stream.</source>
        <translation>el clip no tiene flujo de vídeo.</translation>
    </message>
    <message>
        <source>only H.264 and H.265 video in MP4/MOV (4-byte NAL lengths) can be cut; this clip is %1.</source>
        <translation>solo se puede cortar vídeo H.264 y H.265 en MP4/MOV (longitudes NAL de 4 bytes); este clip es %1.</translation>
    </message>
    <message>
        <source>the clip is rotated (%1°) and regions are drawn on the picture as shown.</source>
        <translation>el clip está girado (%1°) y las regiones se dibujan sobre la imagen tal como se muestra.</translation>
    </message>
    <message>
        <source>the clip has no frames.</source>
        <translation>el clip no tiene fotogramas.</translation>
    </message>
    <message>
        <source>its pictures are %1, not 8-bit 4:2:0 (yuv420p).</source>
        <translation>sus imágenes son %1, no de 8 bits 4:2:0 (yuv420p).</translation>
    </message>
    <message>
        <source>its %1 video packets do not map one to one onto its %2 frames.</source>
        <translation>sus %1 paquetes de vídeo no se corresponden uno a uno con sus %2 fotogramas.</translation>
    </message>
    <message>
        <source>its first picture is not one a stream can start at (IDR).</source>
        <translation>su primera imagen no es una en la que pueda empezar un flujo (IDR).</translation>
    </message>
    <message>
        <source>copied and re-encoded pictures would interleave in display order around frame %1.</source>
        <translation>las imágenes copiadas y las recodificadas se intercalarían en el orden de presentación en torno al fotograma %1.</translation>
    </message>
    <message>
        <source>the clip&apos;s packets changed while it was read.</source>
        <translation>los paquetes del clip cambiaron mientras se leía.</translation>
    </message>
    <message>
        <source>the encoder&apos;s parameter sets changed between re-encoded GOPs.</source>
        <translation>los conjuntos de parámetros del codificador cambiaron entre GOP recodificados.</translation>
    </message>
    <message>
        <source>the re-encoded pictures&apos; decode times do not fit between the copied ones.</source>
        <translation>los tiempos de decodificación de las imágenes recodificadas no caben entre los de las copiadas.</translation>
    </message>
    <message>
        <source>every GOP holds a region, so there is nothing to copy.</source>
        <translation>cada GOP contiene una región, así que no hay nada que copiar.</translation>
    </message>
    <message>
        <source>%1 of %2 frames hold a region; re-encoding them with libx265 would take longer than the full render (H.264).</source>
        <translation>%1 de %2 fotogramas contienen una región; recodificarlos con libx265 llevaría más tiempo que la generación completa (H.264).</translation>
    </message>
</context>
<context>
    <name>lpdesk::ReleaseApproval</name>
    <message>
        <source>Cannot read the case&apos;s incidents: %1</source>
        <translation>No se pueden leer los incidentes del caso: %1</translation>
    </message>
    <message>
        <source>Release %1: legal&apos;s signed approval does not hold: %2</source>
        <translation>Entrega %1: la aprobación firmada de asesoría jurídica no se sostiene: %2</translation>
    </message>
    <message>
        <source>Cannot read the approval of release %1: %2</source>
        <translation>No se puede leer la aprobación de la entrega %1: %2</translation>
    </message>
    <message>
        <source>there is no signed approval (the release is marked approved in the database only)</source>
        <translation>no hay aprobación firmada (la entrega solo figura como aprobada en la base de datos)</translation>
    </message>
    <message>
        <source>approval.json is not canonical</source>
        <translation>approval.json no es canónico</translation>
    </message>
    <message>
        <source>it was signed by %1, but the release names %2 as the reviewer</source>
        <translation>la firmó %1, pero la entrega nombra a %2 como revisor</translation>
    </message>
    <message>
        <source>the reviewer %1 also requested it</source>
        <translation>el revisor %1 también la solicitó</translation>
    </message>
    <message>
        <source>the signer %1 is not a legal reviewer</source>
        <translation>el firmante %1 no pertenece a asesoría jurídica</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed since legal signed</source>
        <translation>&quot;%1&quot; cambió después de que asesoría jurídica firmara</translation>
    </message>
    <message>
        <source>the personal-data choices in the database differ from what legal signed</source>
        <translation>las opciones sobre datos personales de la base de datos difieren de lo que firmó asesoría jurídica</translation>
    </message>
    <message>
        <source>the organisation&apos;s revocation list is missing from the database</source>
        <translation>falta en la base de datos la lista de revocación de la organización</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate does not name the legal role</source>
        <translation>el certificado del firmante no indica el rol «asesoría jurídica»</translation>
    </message>
    <message>
        <source>it is time-stamped, but no time-stamp authority is configured to check the token with</source>
        <translation>tiene sello de tiempo, pero no hay ninguna autoridad de sellado de tiempo configurada con la que comprobar el token</translation>
    </message>
    <message>
        <source>its time-stamp does not hold: %1</source>
        <translation>su sello de tiempo no es válido: %1</translation>
    </message>
    <message>
        <source>the reviewer&apos;s certificate has no serial number</source>
        <translation>el certificado del revisor no tiene número de serie</translation>
    </message>
    <message>
        <source>the reviewer&apos;s certificate (serial %1) was revoked on %2, before the approval was time-stamped (%3)</source>
        <translation>el certificado del revisor (serie %1) se revocó el %2, antes del sello de tiempo de la aprobación (%3)</translation>
    </message>
    <message>
        <source>the reviewer&apos;s certificate (serial %1) was revoked on %2, and no time-stamp proves that the approval was made before (the time in it, %3, is the signer&apos;s own clock); legal approves it again</source>
        <translation>el certificado del revisor (serie %1) se revocó el %2 y ningún sello de tiempo prueba que la aprobación se hizo antes (su hora, %3, es el reloj del propio firmante); la asesoría jurídica debe aprobarla de nuevo</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>the reviewer&apos;s certificate (serial %1) was revoked on %2, before the approval (%3)</source>
        <translation>el certificado del revisor (serie %1) se revocó el %2, antes de la aprobación (%3)</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>sin hora</translation>
    </message>
    <message>
        <source>agency %1 no longer exists (it was removed)</source>
        <translation>el organismo %1 ya no existe (se eliminó)</translation>
    </message>
    <message>
        <source>Cannot read the releases: %1</source>
        <translation>No se pueden leer las entregas: %1</translation>
    </message>
    <message>
        <source>release %1 (case %2, for agency %3) was approved by %4 on %5, before an agency&apos;s use of the system&apos;s certificate authorities was part of what legal approves: it cannot be submitted until legal approves it again</source>
        <translation>la entrega %1 (caso %2, para el organismo %3) la aprobó %4 el %5, antes de que el uso que hace un organismo de las autoridades de certificación del sistema formara parte de lo que aprueba la asesoría jurídica: no se puede enviar hasta que la asesoría jurídica vuelva a aprobarla</translation>
    </message>
</context>
<context>
    <name>lpdesk::ReleaseDecisionBox</name>
    <message>
        <source>Release statement &amp;contact details</source>
        <translation>Entregar los datos de &amp;contacto de las declaraciones</translation>
    </message>
    <message>
        <source>Release the real &amp;names of anonymous authors</source>
        <translation>Entregar los &amp;nombres reales de los autores anónimos</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Rec&amp;hazar</translation>
    </message>
    <message>
        <source>Reason for the decision (required)</source>
        <translation>Motivo de la decisión (obligatorio)</translation>
    </message>
    <message>
        <source>Approve (Ctrl+Enter)</source>
        <translation>Aprobar (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Decisión:</translation>
    </message>
    <message>
        <source>Give the reason for your decision in the note.</source>
        <translation>Indique en la nota el motivo de su decisión.</translation>
    </message>
    <message>
        <source>Approved. The investigator can now export the package.</source>
        <translation>Aprobada. El investigador ya puede exportar el paquete.</translation>
    </message>
    <message>
        <source>Rejected. The investigator is told why.</source>
        <translation>Rechazada. Se indica el motivo al investigador.</translation>
    </message>
    <message>
        <source>Approving the release</source>
        <translation>Aprobando la entrega</translation>
    </message>
    <message>
        <source>Signing the approval…</source>
        <translation>Firmando la aprobación…</translation>
    </message>
    <message>
        <source>Signing the approval and waiting for the time-stamp from %1…</source>
        <translation>Firmando la aprobación y esperando el sello de tiempo de %1…</translation>
    </message>
    <message>
        <source>Cancelled. The release was not approved; it is still pending.</source>
        <translation>Cancelado. La entrega no se aprobó; sigue pendiente.</translation>
    </message>
    <message>
        <source>Release customer card &amp;digits and loyalty ids</source>
        <translation>Entregar los dígitos de &amp;tarjeta y los id. de fidelización de los clientes</translation>
    </message>
    <message>
        <source>Approving: see Jobs (Ctrl+J) for its progress.</source>
        <translation>Aprobando: consulte su progreso en Tareas (Ctrl+J).</translation>
    </message>
</context>
<context>
    <name>lpdesk::ReleaseRequestDialog</name>
    <message>
        <source>Request a release</source>
        <translation>Solicitar una entrega</translation>
    </message>
    <message>
        <source>Legal reviews what you tick here before anything leaves. Personal data (statement contacts, names of anonymous witnesses, card digits) stays withheld unless legal allows it.</source>
        <translation>La asesoría jurídica revisa lo que marque aquí antes de que nada salga. Los datos personales (contactos de las declaraciones, nombres de testigos anónimos, dígitos de tarjeta) se omiten salvo que la asesoría jurídica lo permita.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>USB or file hand-over</source>
        <translation>Entrega en USB o archivo</translation>
    </message>
    <message>
        <source>e.g. Officer J. Ruiz, Chicago PD 19th District</source>
        <translation>p. ej. agente J. Ruiz, policía de Chicago, distrito 19</translation>
    </message>
    <message>
        <source>Why this release, and for whom (required)</source>
        <translation>Por qué esta entrega y para quién (obligatorio)</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Finalidad:</translation>
    </message>
    <message>
        <source>&amp;Note for legal:</source>
        <translation>&amp;Nota para la asesoría jurídica:</translation>
    </message>
    <message>
        <source>&amp;Request release</source>
        <translation>&amp;Solicitar entrega</translation>
    </message>
    <message>
        <source>Statement by %1 (version %2)</source>
        <translation>Declaración de %1 (versión %2)</translation>
    </message>
    <message>
        <source>anonymous: released as %1</source>
        <translation>anónimo: se entrega como %1</translation>
    </message>
    <message>
        <source>POS register %1 #%2</source>
        <translation>Caja del TPV %1 n.º %2</translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation>%1 %2, %3</translation>
    </message>
    <message>
        <source>Say in the note why and for whom the release is.</source>
        <translation>Indique en la nota por qué y para quién es la entrega.</translation>
    </message>
    <message>
        <source>Tick at least one item to release.</source>
        <translation>Marque al menos un elemento para entregar.</translation>
    </message>
    <message>
        <source>Submit to %1</source>
        <translation>Enviar a %1</translation>
    </message>
    <message>
        <source>NOT REDACTED — a redacted copy exists. %1</source>
        <translation>SIN ANONIMIZAR — existe una copia anonimizada. %1</translation>
    </message>
    <message>
        <source>Release without redaction</source>
        <translation>Entregar sin anonimizar</translation>
    </message>
    <message>
        <source>%1 has a redacted copy. Why must the unredacted item leave?</source>
        <translation>%1 tiene una copia anonimizada. ¿Por qué debe salir el elemento sin anonimizar?</translation>
    </message>
    <message>
        <source>%1 released without redaction on purpose: %2</source>
        <translation>%1 se entrega sin anonimizar de forma intencionada: %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>%1 from %2 (%3)</source>
        <translation>%1 de %2 (%3)</translation>
    </message>
    <message>
        <source>Fulfils police re&amp;quest:</source>
        <translation>Atiende el &amp;requerimiento policial:</translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>Documento: %1</translation>
    </message>
    <message>
        <source>Re&amp;cipient:</source>
        <translation>&amp;Destinatario:</translation>
    </message>
</context>
<context>
    <name>lpdesk::ReleaseReviewWindow</name>
    <message>
        <source>Close the review</source>
        <translation>Cerrar la revisión</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Release review: %1</source>
        <translation>Revisión de la entrega: %1</translation>
    </message>
    <message>
        <source>Summary, statements, POS and custody</source>
        <translation>Resumen, declaraciones, TPV y custodia</translation>
    </message>
    <message>
        <source>Items to review</source>
        <translation>Elementos a revisar</translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>Documento: %1</translation>
    </message>
    <message>
        <source>a case that cannot be read</source>
        <translation>un caso que no se puede leer</translation>
    </message>
</context>
<context>
    <name>lpdesk::ReleaseService</name>
    <message>
        <source>clip %1 is gone</source>
        <translation>el clip %1 ya no existe</translation>
    </message>
    <message>
        <source>derivative %1 no longer belongs to the case</source>
        <translation>el derivado %1 ya no pertenece al caso</translation>
    </message>
    <message>
        <source>statement %1 is gone</source>
        <translation>la declaración %1 ya no existe</translation>
    </message>
    <message>
        <source>statement %1 is not signed off</source>
        <translation>la declaración %1 no está firmada</translation>
    </message>
    <message>
        <source>statement %1 was corrected by %2</source>
        <translation>la declaración %1 fue corregida por %2</translation>
    </message>
    <message>
        <source>POS transaction %1 is no longer linked to the case</source>
        <translation>la transacción del TPV %1 ya no está vinculada al caso</translation>
    </message>
    <message>
        <source>unknown item kind %1</source>
        <translation>tipo de elemento desconocido %1</translation>
    </message>
    <message>
        <source>The purpose is usb or agency.</source>
        <translation>La finalidad es usb o agency.</translation>
    </message>
    <message>
        <source>A release for an agency names the agency (agency:ID).</source>
        <translation>Una entrega para un organismo nombra el organismo (agency:ID).</translation>
    </message>
    <message>
        <source>A release request needs a note (up to 4000 characters) saying what it is for.</source>
        <translation>Una solicitud de entrega necesita una nota (hasta 4000 caracteres) que diga para qué es.</translation>
    </message>
    <message>
        <source>The recipient is too long.</source>
        <translation>El destinatario es demasiado largo.</translation>
    </message>
    <message>
        <source>Cannot release %1: %2</source>
        <translation>No se puede entregar %1: %2</translation>
    </message>
    <message>
        <source>Clip %1 is not evidence of case %2.</source>
        <translation>El clip %1 no es evidencia del caso %2.</translation>
    </message>
    <message>
        <source>Statement %1 is not part of case %2.</source>
        <translation>La declaración %1 no forma parte del caso %2.</translation>
    </message>
    <message>
        <source>There is no release request %1.</source>
        <translation>No existe la solicitud de entrega %1.</translation>
    </message>
    <message>
        <source>the list of items does not match its recorded hash</source>
        <translation>la lista de elementos no coincide con su hash registrado</translation>
    </message>
    <message>
        <source>%1 %2 changed</source>
        <translation>%1 %2 cambió</translation>
    </message>
    <message>
        <source>A decision needs a written reason (up to 4000 characters).</source>
        <translation>Una decisión necesita un motivo escrito (hasta 4000 caracteres).</translation>
    </message>
    <message>
        <source>You requested release %1; another legal reviewer must decide it.</source>
        <translation>Usted solicitó la entrega %1; debe decidirla otro revisor jurídico.</translation>
    </message>
    <message>
        <source>Release %1 is void: %2</source>
        <translation>La entrega %1 es nula: %2</translation>
    </message>
    <message>
        <source>Release %1 is %2, not pending.</source>
        <translation>La entrega %1 está %2, no pendiente.</translation>
    </message>
    <message>
        <source>Release %1 changed while it was being decided; try again.</source>
        <translation>La entrega %1 cambió mientras se decidía; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Release %1 is void: %2. Request a new release.</source>
        <translation>La entrega %1 es nula: %2. Solicite una nueva entrega.</translation>
    </message>
    <message>
        <source>Release %1 was rejected by %2: %3</source>
        <translation>%2 rechazó la entrega %1: %3</translation>
    </message>
    <message>
        <source>Release %1 is %2: legal has not approved it.</source>
        <translation>La entrega %1 está %2: la asesoría jurídica no la ha aprobado.</translation>
    </message>
    <message>
        <source>Cannot confirm that you did not request release %1 (%2); refusing to decide it.</source>
        <translation>No se puede confirmar que usted no solicitó la entrega %1 (%2); no se decidirá.</translation>
    </message>
    <message>
        <source>Your account was created after release %1 was requested; a reviewer whose account existed at the time must decide it.</source>
        <translation>Su cuenta se creó después de que se solicitara la entrega %1; debe decidirla un revisor cuya cuenta existiera en ese momento.</translation>
    </message>
    <message>
        <source>Your certificate does not name the legal role; an administrator reissues it by setting your role (user set-role).</source>
        <translation>Su certificado no indica el rol «asesoría jurídica»; un administrador lo vuelve a emitir al asignarle el rol (user set-role).</translation>
    </message>
    <message>
        <source>The approval was not recorded: it needs a time-stamp from %1, which failed (%2). Try again when the time-stamp authority answers.</source>
        <translation>La aprobación no se registró: necesita un sello de tiempo de %1, que falló (%2). Inténtelo de nuevo cuando la autoridad de sellado de tiempo responda.</translation>
    </message>
    <message>
        <source>Cancelled: release %1 was not approved.</source>
        <translation>Cancelado: la entrega %1 no se aprobó.</translation>
    </message>
    <message>
        <source>Choose at least one item to release (lpdesk-cli: or --all).</source>
        <translation>Elija al menos un elemento para entregar (lpdesk-cli: o --all).</translation>
    </message>
</context>
<context>
    <name>lpdesk::ReleaseSummary</name>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Requested by %1 on %2</source>
        <translation>Solicitada por %1 el %2</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Para: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Decided by %1 on %2: %3</source>
        <translation>Decidida por %1 el %2: %3</translation>
    </message>
    <message>
        <source>Void: %1</source>
        <translation>Nula: %1</translation>
    </message>
    <message>
        <source>Delivered to %1: report number %2, received %3</source>
        <translation>Entregado a %1: número de denuncia %2, recibido el %3</translation>
    </message>
    <message>
        <source>Exported as package %1 on %2</source>
        <translation>Exportada como paquete %1 el %2</translation>
    </message>
    <message>
        <source>picture %1×%2</source>
        <translation>imagen %1×%2</translation>
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
        <translation>%1 (anónimo; se entrega como %2 salvo que se permitan los nombres)</translation>
    </message>
    <message>
        <source>Statement v%1 by</source>
        <translation>Declaración v%1 de</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contacto:</translation>
    </message>
    <message>
        <source>%1 (withheld unless contacts are allowed)</source>
        <translation>%1 (omitido salvo que se permitan los contactos)</translation>
    </message>
    <message>
        <source>Content SHA-256 %1</source>
        <translation>SHA-256 del contenido %1</translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation>Cadena de custodia</translation>
    </message>
    <message numerus="yes">
        <source>Intact: %n event(s), %1 signed checkpoint(s).</source>
        <translation>
            <numerusform>Íntegra: %n evento, %1 punto(s) de control firmado(s).</numerusform>
            <numerusform>Íntegra: %n eventos, %1 punto(s) de control firmado(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>BROKEN: %1</source>
        <translation>ROTA: %1</translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>Documento: %1</translation>
    </message>
    <message>
        <source>%1, %2, SHA-256 %3</source>
        <translation>%1, %2, SHA-256 %3</translation>
    </message>
    <message>
        <source>A POS transaction that cannot be read.</source>
        <translation>Una transacción del TPV que no se puede leer.</translation>
    </message>
    <message>
        <source>#%1 (voided)</source>
        <translation>#%1 (anulada)</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>#%1: card •••• %2 (withheld unless customer data is allowed)</source>
        <translation>#%1: tarjeta •••• %2 (omitido salvo que se permitan los datos de clientes)</translation>
    </message>
    <message>
        <source>#%1: loyalty id %2 (withheld unless customer data is allowed)</source>
        <translation>#%1: id. de fidelización %2 (omitido salvo que se permitan los datos de clientes)</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transacción</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Caja</translation>
    </message>
    <message>
        <source>Time at the store</source>
        <translation>Hora en la tienda</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message numerus="yes">
        <source>POS transactions in this release (%n)</source>
        <translation>
            <numerusform>Transacción del TPV en esta entrega (%n)</numerusform>
            <numerusform>Transacciones del TPV en esta entrega (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>POS transactions linked to the case but not in this release (%n)</source>
        <translation>
            <numerusform>Transacción del TPV vinculada al caso pero no incluida en esta entrega (%n)</numerusform>
            <numerusform>Transacciones del TPV vinculadas al caso pero no incluidas en esta entrega (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>A case that cannot be read</source>
        <translation>Un caso que no se puede leer</translation>
    </message>
</context>
<context>
    <name>lpdesk::ReleasesDialog</name>
    <message>
        <source>&amp;Pending only</source>
        <translation>Solo &amp;pendientes</translation>
    </message>
    <message>
        <source>&amp;Export package…</source>
        <translation>&amp;Exportar paquete…</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Entregas</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Solicitada por</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitada</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <source>No releases yet. Investigators request them from a case (Ctrl+Shift+R).</source>
        <translation>Aún no hay entregas. Los investigadores las solicitan desde un caso (Ctrl+Mayús+R).</translation>
    </message>
    <message>
        <source>You asked for this release: another member of legal decides it.</source>
        <translation>Usted pidió esta entrega: la decide otro miembro de la asesoría jurídica.</translation>
    </message>
    <message>
        <source>&amp;Submit to agency</source>
        <translation>En&amp;viar al organismo</translation>
    </message>
    <message>
        <source>Submitting to %1</source>
        <translation>Enviando a %1</translation>
    </message>
    <message>
        <source>Not delivered yet (%1); it stays in the outbox and is retried.</source>
        <translation>Aún no entregado (%1); sigue en la bandeja de salida y se reintentará.</translation>
    </message>
    <message>
        <source>Open &amp;review (players, stills, custody)…</source>
        <translation>Abrir la &amp;revisión (reproductores, fotogramas, custodia)…</translation>
    </message>
    <message>
        <source>Delivered to %1.</source>
        <translation>Entregado a %1.</translation>
    </message>
    <message>
        <source>Delivered to %1: report %2.</source>
        <translation>Entregado a %1: denuncia %2.</translation>
    </message>
</context>
<context>
    <name>lpdesk::RequestTemplates</name>
    <message>
        <source>Version %1 of the request template %2 was changed after it was published.</source>
        <translation>La versión %1 de la plantilla de requerimiento %2 se modificó después de publicarse.</translation>
    </message>
    <message>
        <source>Version %1 of the request template %2 is not in the audit log: it was written into the database, not published.</source>
        <translation>La versión %1 de la plantilla de requerimiento %2 no figura en el registro de auditoría: se escribió en la base de datos, no se publicó.</translation>
    </message>
    <message>
        <source>Each package is sealed: its manifest lists every file with its SHA-256 hash and is signed by our evidence workstation, and the chain of custody enclosed with it records every step since the recording was received from the store. The package can be verified offline with the instructions it contains.

This disclosure is limited to the records described above. Please direct any questions about it to the undersigned and quote our request number.

{author}
Loss Prevention
</source>
        <translation>Cada paquete está sellado: su manifiesto enumera todos los archivos con su hash SHA-256 y está firmado por nuestro puesto de trabajo de evidencias, y la cadena de custodia que lo acompaña registra cada paso desde que se recibió la grabación de la tienda. El paquete puede verificarse sin conexión con las instrucciones que contiene.

Esta comunicación se limita a los registros descritos más arriba. Cualquier consulta al respecto puede dirigirse al firmante, citando nuestra referencia.

{author}
Prevención de Pérdidas
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
A la atención de: {officer}
S/Ref.: {reference}

Asunto: {kind}, con fecha de recepción {received} (N/Ref.: {request_id})

</translation>
    </message>
    <message>
        <source>What was asked:
{asked}

Our cases: {cases}

Records produced:
{releases}

</source>
        <translation>Lo solicitado:
{asked}

Nuestros casos: {cases}

Registros aportados:
{releases}

</translation>
    </message>
    <message>
        <source>subpoena</source>
        <translation>citación judicial</translation>
    </message>
    <message>
        <source>court order</source>
        <translation>orden judicial</translation>
    </message>
    <message>
        <source>search warrant</source>
        <translation>orden de registro</translation>
    </message>
    <message>
        <source>emergency (exigent) request</source>
        <translation>requerimiento de emergencia</translation>
    </message>
    <message>
        <source>request</source>
        <translation>requerimiento</translation>
    </message>
    <message>
        <source>Subpoena for records (duces tecum)</source>
        <translation>Citación judicial de presentación de documentos (duces tecum)</translation>
    </message>
    <message>
        <source>Subpoena duces tecum served on the company&apos;s custodian of records.</source>
        <translation>Citación duces tecum notificada al custodio de los registros de la empresa.</translation>
    </message>
    <message>
        <source>The video recordings, point-of-sale records and incident reports the subpoena describes, for the stores and the period it names.</source>
        <translation>Las grabaciones de vídeo, los registros del TPV y los informes de incidentes que describe la citación, para las tiendas y el periodo que indica.</translation>
    </message>
    <message>
        <source>In response to the above subpoena, received on {received} and due by {due}, issued on this basis: {legal_basis}, we produce the records described below as their custodian.

</source>
        <translation>En respuesta a la citación judicial arriba indicada, recibida el {received} con vencimiento el {due} y emitida con este fundamento: {legal_basis}, aportamos, en calidad de custodios, los registros descritos a continuación.

</translation>
    </message>
    <message>
        <source>Court order to produce records</source>
        <translation>Orden judicial de presentación de documentos</translation>
    </message>
    <message>
        <source>Order of the court requiring the company to produce records.</source>
        <translation>Orden del tribunal que exige a la empresa presentar documentos.</translation>
    </message>
    <message>
        <source>The records the order names, for the stores and the period it names.</source>
        <translation>Los registros que enumera la orden, para las tiendas y el periodo que indica.</translation>
    </message>
    <message>
        <source>In compliance with the above court order ({legal_basis}), received on {received} and due by {due}, we produce the records described below.

</source>
        <translation>En cumplimiento de la orden judicial arriba indicada ({legal_basis}), recibida el {received} con vencimiento el {due}, aportamos los registros descritos a continuación.

</translation>
    </message>
    <message>
        <source>Search warrant for records</source>
        <translation>Orden de registro de documentos</translation>
    </message>
    <message>
        <source>Search warrant issued by a judge or magistrate.</source>
        <translation>Orden de registro dictada por un juez o magistrado.</translation>
    </message>
    <message>
        <source>The recordings and records the warrant describes, as it describes them.</source>
        <translation>Las grabaciones y los registros que describe la orden, tal como los describe.</translation>
    </message>
    <message>
        <source>In compliance with the above search warrant ({legal_basis}), served on {received}, we produce the records described below.

</source>
        <translation>En cumplimiento de la orden de registro arriba indicada ({legal_basis}), notificada el {received}, aportamos los registros descritos a continuación.

</translation>
    </message>
    <message>
        <source>Emergency disclosure (exigent circumstances)</source>
        <translation>Comunicación de emergencia (circunstancias apremiantes)</translation>
    </message>
    <message>
        <source>Only what the emergency requires: the recordings of the persons and the moment concerned.</source>
        <translation>Solo lo que exige la emergencia: las grabaciones de las personas y del momento en cuestión.</translation>
    </message>
    <message>
        <source>This letter confirms the records disclosed to you on an emergency basis at your request of {received}, on your statement that an emergency involving danger of death or serious injury required them without delay. Our legal department reviews every such disclosure after the fact. Please send us the legal process that covers it, or confirm in writing that none will follow.

</source>
        <translation>La presente carta confirma los registros comunicados con carácter de urgencia a raíz de la solicitud formulada el {received}, sobre la base de la declaración de que una emergencia con peligro de muerte o de lesiones graves los requería sin demora. Nuestro departamento jurídico revisa a posteriori cada comunicación de este tipo. Se ruega remitirnos la orden o el requerimiento judicial que la ampare, o confirmar por escrito que no se emitirá ninguno.

</translation>
    </message>
    <message>
        <source>Informal request from an officer</source>
        <translation>Requerimiento informal de un agente</translation>
    </message>
    <message>
        <source>The recordings and records of the incident the officer is investigating.</source>
        <translation>Las grabaciones y los registros del incidente que investiga el agente.</translation>
    </message>
    <message>
        <source>In response to your request of {received}, we provide voluntarily the records described below, which concern an offence reported by the company. This voluntary disclosure does not waive any right or objection of the company.

</source>
        <translation>En respuesta a la solicitud del {received}, facilitamos voluntariamente los registros descritos a continuación, relativos a un delito denunciado por la empresa. Esta comunicación voluntaria no supone la renuncia a ningún derecho ni objeción de la empresa.

</translation>
    </message>
    <message>
        <source>There is no request template %1.</source>
        <translation>No existe la plantilla de requerimiento %1.</translation>
    </message>
    <message>
        <source>There is no built-in request template %1.</source>
        <translation>No existe la plantilla de requerimiento incorporada %1.</translation>
    </message>
    <message>
        <source>There is no version %1 of the request template %2.</source>
        <translation>No existe la versión %1 de la plantilla de requerimiento %2.</translation>
    </message>
    <message>
        <source>A template name is 1–40 lowercase letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>El nombre de una plantilla tiene de 1 a 40 letras minúsculas, dígitos, &apos;-&apos; o &apos;_&apos;.</translation>
    </message>
    <message>
        <source>The kind of request is one of: %1.</source>
        <translation>El tipo de requerimiento es uno de: %1.</translation>
    </message>
    <message>
        <source>A template needs a title of at most 200 characters.</source>
        <translation>Una plantilla necesita un título de 200 caracteres como máximo.</translation>
    </message>
    <message>
        <source>The due period is 0 (none) to %1 days.</source>
        <translation>El plazo va de 0 (ninguno) a %1 días.</translation>
    </message>
    <message>
        <source>The legal basis is at most 4000 characters, what is asked and the letter at most %1 each.</source>
        <translation>La base jurídica tiene como máximo 4000 caracteres; lo solicitado y la carta, como máximo %1 cada uno.</translation>
    </message>
    <message>
        <source>A template for a %1 needs its legal basis.</source>
        <translation>Una plantilla de tipo %1 necesita su base jurídica.</translation>
    </message>
    <message>
        <source>A template needs the text of its response letter.</source>
        <translation>Una plantilla necesita el texto de su carta de respuesta.</translation>
    </message>
    <message>
        <source>The letter uses {%1}, which is not a field of a request; it may use: %2.</source>
        <translation>La carta usa {%1}, que no es un campo de un requerimiento; puede usar: %2.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Incidents: %1</source>
        <translation>Incidentes: %1</translation>
    </message>
    <message>
        <source>Stores: %1</source>
        <translation>Tiendas: %1</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>Periodo: del %1 al %2</translation>
    </message>
    <message numerus="yes">
        <source>- Release %1, %2 on %3: %n item(s), content SHA-256 %4; package %5, manifest SHA-256 %6</source>
        <translation>
            <numerusform>- Entrega %1, %2 el %3: %n elemento, SHA-256 del contenido %4; paquete %5, SHA-256 del manifiesto %6</numerusform>
            <numerusform>- Entrega %1, %2 el %3: %n elementos, SHA-256 del contenido %4; paquete %5, SHA-256 del manifiesto %6</numerusform>
        </translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>enviada</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>exportada</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(no indicado)</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>(no due date)</source>
        <translation>(sin fecha límite)</translation>
    </message>
    <message>
        <source>(none stated)</source>
        <translation>(no se indicó)</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(no registrado)</translation>
    </message>
    <message>
        <source>(none linked)</source>
        <translation>(ninguno vinculado)</translation>
    </message>
    <message>
        <source>(nothing has been produced for this request yet)</source>
        <translation>(todavía no se ha aportado nada para este requerimiento)</translation>
    </message>
    <message>
        <source>(not yet)</source>
        <translation>(todavía no)</translation>
    </message>
    <message>
        <source>The template %1 is for a %2; police request %3 is a %4.</source>
        <translation>La plantilla %1 es del tipo &quot;%2&quot;; el requerimiento policial %3 es del tipo &quot;%4&quot;.</translation>
    </message>
</context>
<context>
    <name>lpdesk::RequestTemplatesDialog</name>
    <message>
        <source>Inse&amp;rt</source>
        <translation>&amp;Insertar</translation>
    </message>
    <message>
        <source>&amp;Publish as new version…</source>
        <translation>P&amp;ublicar como versión nueva…</translation>
    </message>
    <message>
        <source>&amp;New template…</source>
        <translation>&amp;Nueva plantilla…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Police request templates[*]</source>
        <translation>Plantillas de requerimientos policiales[*]</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Request templates</source>
        <translation>Plantillas de requerimiento</translation>
    </message>
    <message>
        <source>Each template as it is in force: built in, or the latest version an administrator published</source>
        <translation>Cada plantilla tal como está vigente: la incorporada o la última versión que publicó un administrador</translation>
    </message>
    <message>
        <source>What the template is called where a request is recorded</source>
        <translation>El nombre con el que aparece la plantilla al registrar un requerimiento</translation>
    </message>
    <message>
        <source>Kind of request</source>
        <translation>Tipo de requerimiento</translation>
    </message>
    <message>
        <source>The kind of police request this template is for</source>
        <translation>El tipo de requerimiento policial al que se destina esta plantilla</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>sin fecha límite</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Due days</source>
        <translation>Días de plazo</translation>
    </message>
    <message>
        <source>A request recorded from this template is due this many days after it was received</source>
        <translation>Un requerimiento registrado a partir de esta plantilla vence este número de días después de su recepción</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base jurídica</translation>
    </message>
    <message>
        <source>The legal basis a request of this kind usually rests on</source>
        <translation>La base jurídica en la que suele apoyarse un requerimiento de este tipo</translation>
    </message>
    <message>
        <source>What is usually asked</source>
        <translation>Qué se suele pedir</translation>
    </message>
    <message>
        <source>What a request of this kind usually asks for, in words</source>
        <translation>Lo que suele pedir un requerimiento de este tipo, con palabras</translation>
    </message>
    <message>
        <source>Response letter</source>
        <translation>Carta de respuesta</translation>
    </message>
    <message>
        <source>The letter that answers a request; {placeholders} are replaced with the request&apos;s own fields</source>
        <translation>La carta que responde a un requerimiento; los {placeholders} se sustituyen por los campos del propio requerimiento</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Variables</translation>
    </message>
    <message>
        <source>The fields of a request a letter may use; double-click one to insert it at the cursor</source>
        <translation>Los campos de un requerimiento que puede usar una carta; haga doble clic en uno para insertarlo en la posición del cursor</translation>
    </message>
    <message>
        <source>Insert placeholder</source>
        <translation>Insertar variable</translation>
    </message>
    <message>
        <source>Inserts the selected placeholder at the cursor in the letter</source>
        <translation>Inserta la variable seleccionada en la posición del cursor en la carta</translation>
    </message>
    <message>
        <source>Letter preview</source>
        <translation>Vista previa de la carta</translation>
    </message>
    <message>
        <source>The letter as it reads for a request with sample values</source>
        <translation>La carta tal como se lee para un requerimiento con valores de ejemplo</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Every version of the selected template, newest first</source>
        <translation>Todas las versiones de la plantilla seleccionada, de la más reciente a la más antigua</translation>
    </message>
    <message>
        <source>Publish as new version</source>
        <translation>Publicar como versión nueva</translation>
    </message>
    <message>
        <source>Adds a version of the selected template; earlier versions stay as they were</source>
        <translation>Añade una versión de la plantilla seleccionada; las anteriores quedan como estaban</translation>
    </message>
    <message>
        <source>Only an administrator publishes request templates</source>
        <translation>Solo un administrador publica plantillas de requerimiento</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nueva plantilla</translation>
    </message>
    <message>
        <source>Starts a template under a new name from the fields shown</source>
        <translation>Crea una plantilla con un nombre nuevo a partir de los campos mostrados</translation>
    </message>
    <message>
        <source>Only an administrator adds request templates</source>
        <translation>Solo un administrador añade plantillas de requerimiento</translation>
    </message>
    <message>
        <source>Closes the templates; asks first about changes not published</source>
        <translation>Cierra las plantillas; antes pregunta qué hacer con los cambios no publicados</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>P&amp;lazo:</translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation>&amp;Base jurídica:</translation>
    </message>
    <message>
        <source>What is usually &amp;asked:</source>
        <translation>&amp;Qué se suele pedir:</translation>
    </message>
    <message>
        <source>Placeholders:</source>
        <translation>Variables:</translation>
    </message>
    <message>
        <source>Response le&amp;tter:</source>
        <translation>&amp;Carta de respuesta:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vista previa:</translation>
    </message>
    <message>
        <source>&amp;History:</source>
        <translation>&amp;Historial:</translation>
    </message>
    <message>
        <source>Police request templates</source>
        <translation>Plantillas de requerimientos policiales</translation>
    </message>
    <message>
        <source>Publish the fields shown as a new version of the request template %1?</source>
        <translation>¿Publicar los campos mostrados como versión nueva de la plantilla de requerimiento %1?</translation>
    </message>
    <message>
        <source>Requests recorded and letters written from now on use it; earlier versions stay as they were, in the history.</source>
        <translation>Los requerimientos que se registren y las cartas que se redacten a partir de ahora la usarán; las versiones anteriores quedan como estaban, en el historial.</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publicar</translation>
    </message>
    <message>
        <source>Lakeview Police Department</source>
        <translation>Departamento de Policía de Lakeview</translation>
    </message>
    <message>
        <source>Det. Alex Sample</source>
        <translation>Insp. Alex Sample</translation>
    </message>
    <message>
        <source>LPD-2024-0042</source>
        <translation>LPD-2024-0042</translation>
    </message>
    <message>
        <source>(the request&apos;s legal basis)</source>
        <translation>(la base jurídica del requerimiento)</translation>
    </message>
    <message>
        <source>Incidents: INC-0007
Stores: 0412</source>
        <translation>Incidentes: INC-0007
Tiendas: 0412</translation>
    </message>
    <message>
        <source>CASE-0031</source>
        <translation>CASO-0031</translation>
    </message>
    <message>
        <source>- Release 5d1e, delivered on %1: 2 items, content SHA-256 …; package …, manifest SHA-256 …</source>
        <translation>- Entrega 5d1e, enviada el %1: 2 elementos, SHA-256 del contenido …; paquete …, SHA-256 del manifiesto …</translation>
    </message>
    <message>
        <source>(you)</source>
        <translation>(usted)</translation>
    </message>
    <message>
        <source>new, not published</source>
        <translation>nueva, sin publicar</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>incorporada</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versión %1</translation>
    </message>
    <message>
        <source>by %1 at %2</source>
        <translation>por %1 el %2</translation>
    </message>
    <message>
        <source>Not published yet</source>
        <translation>Aún no publicada</translation>
    </message>
    <message>
        <source>version %1, published by %2 at %3</source>
        <translation>versión %1, publicada por %2 el %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — REFUSED: %2</source>
        <translation>%1 — RECHAZADA: %2</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>New template %1: nothing is stored until it is published.</source>
        <translation>Nueva plantilla %1: no se guarda nada hasta que se publique.</translation>
    </message>
    <message>
        <source>%1: LP Desk&apos;s built-in template is in force.</source>
        <translation>%1: está vigente la plantilla incorporada de LP Desk.</translation>
    </message>
    <message>
        <source>%1: version %2 is in force (SHA-256 %3).</source>
        <translation>%1: está vigente la versión %2 (SHA-256 %3).</translation>
    </message>
    <message>
        <source>(no due date)</source>
        <translation>(sin fecha límite)</translation>
    </message>
    <message>
        <source>Not a field of a request, so publishing refuses it: {%1}</source>
        <translation>No es un campo de un requerimiento, así que la publicación lo rechaza: {%1}</translation>
    </message>
    <message>
        <source>Published version %1 of %2 (SHA-256 %3).</source>
        <translation>Publicada la versión %1 de %2 (SHA-256 %3).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>New request template</source>
        <translation>Nueva plantilla de requerimiento</translation>
    </message>
    <message>
        <source>Name of the new template (lowercase letters, digits, &apos;-&apos; and &apos;_&apos;):</source>
        <translation>Nombre de la nueva plantilla (letras minúsculas, dígitos, &apos;-&apos; y &apos;_&apos;):</translation>
    </message>
    <message>
        <source>There is already a request template %1: publish a new version of it.</source>
        <translation>Ya existe una plantilla de requerimiento %1: publique una versión nueva de ella.</translation>
    </message>
    <message>
        <source>The request template %1 has changes that are not published.</source>
        <translation>La plantilla de requerimiento %1 tiene cambios sin publicar.</translation>
    </message>
    <message>
        <source>Publish them as a new version, discard them, or go back to them?</source>
        <translation>¿Publicarlos como versión nueva, descartarlos o volver a ellos?</translation>
    </message>
    <message>
        <source>version %1 REFUSED</source>
        <translation>versión %1 RECHAZADA</translation>
    </message>
    <message>
        <source>%1 (version %2 REFUSED)</source>
        <translation>%1 (versión %2 RECHAZADA)</translation>
    </message>
    <message>
        <source>No sound version is left: the template cannot be used.</source>
        <translation>No queda ninguna versión intacta: la plantilla no se puede usar.</translation>
    </message>
    <message>
        <source>LP Desk&apos;s built-in template stands in for it.</source>
        <translation>La sustituye la plantilla incorporada de LP Desk.</translation>
    </message>
    <message>
        <source>Version %1 stands in for it.</source>
        <translation>La sustituye la versión %1.</translation>
    </message>
    <message>
        <source>%1: version %2 is REFUSED: %3 %4 Publish a new version to replace it.</source>
        <translation>%1: la versión %2 está RECHAZADA: %3 %4 Publique una versión nueva para sustituirla.</translation>
    </message>
</context>
<context>
    <name>lpdesk::RetentionPurge</name>
    <message>
        <source>Purge expired evidence</source>
        <translation>Purgar evidencias caducadas</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to purge. %n expired item(s) are kept (legal hold, open case or pending release).</source>
        <translation>
            <numerusform>Nada que purgar. Se conserva %n elemento caducado (retención legal, caso abierto o entrega pendiente).</numerusform>
            <numerusform>Nada que purgar. Se conservan %n elementos caducados (retención legal, caso abierto o entrega pendiente).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n expired item(s) (%1) for good? Their records stay as tombstones with their hashes; custody and the audit log record the purge.</source>
        <translation>
            <numerusform>¿Eliminar definitivamente %n elemento caducado (%1)? Su registro se conserva como marca de borrado con su hash; la custodia y el registro de auditoría registran la purga.</numerusform>
            <numerusform>¿Eliminar definitivamente %n elementos caducados (%1)? Sus registros se conservan como marcas de borrado con sus hashes; la custodia y el registro de auditoría registran la purga.</numerusform>
        </translation>
    </message>
    <message>
        <source>Purging expired evidence</source>
        <translation>Purgando evidencias caducadas</translation>
    </message>
    <message>
        <source>%1 of %2 purged</source>
        <translation>%1 de %2 purgados</translation>
    </message>
    <message numerus="yes">
        <source>%n original(s), %1</source>
        <translation>
            <numerusform>%n original, %1</numerusform>
            <numerusform>%n originales, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still(s), %1</source>
        <translation>
            <numerusform>%n fotograma, %1</numerusform>
            <numerusform>%n fotogramas, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n derivative(s), %1</source>
        <translation>
            <numerusform>%n derivado, %1</numerusform>
            <numerusform>%n derivados, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept: case on legal hold</source>
        <translation>
            <numerusform>%n conservado: caso en retención legal</numerusform>
            <numerusform>%n conservados: caso en retención legal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept: incident on legal hold</source>
        <translation>
            <numerusform>%n conservado: incidente en retención legal</numerusform>
            <numerusform>%n conservados: incidente en retención legal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept: case still open</source>
        <translation>
            <numerusform>%n conservado: caso aún abierto</numerusform>
            <numerusform>%n conservados: caso aún abierto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept: in a submission still in the outbox</source>
        <translation>
            <numerusform>%n conservado: en un envío aún en la bandeja de salida</numerusform>
            <numerusform>%n conservados: en un envío aún en la bandeja de salida</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept: in a pending release</source>
        <translation>
            <numerusform>%n conservado: en una entrega pendiente</numerusform>
            <numerusform>%n conservados: en una entrega pendiente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n POS journal(s), %1</source>
        <translation>
            <numerusform>%n diario del TPV, %1</numerusform>
            <numerusform>%n diarios del TPV, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n item(s) purged.</source>
        <translation>
            <numerusform>Cancelado tras purgar %n elemento.</numerusform>
            <numerusform>Cancelado tras purgar %n elementos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expired item(s) purged.</source>
        <translation>
            <numerusform>%n elemento caducado purgado.</numerusform>
            <numerusform>%n elementos caducados purgados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lpdesk::RetentionService</name>
    <message>
        <source>A retention rule is for an incident type or an evidence kind.</source>
        <translation>Una regla de conservación se aplica a un tipo de incidente o a un tipo de evidencia.</translation>
    </message>
    <message>
        <source>The evidence kind is one of: %1.</source>
        <translation>El tipo de evidencia es uno de: %1.</translation>
    </message>
    <message>
        <source>An incident type is 1–40 lowercase letters or &apos;_&apos;.</source>
        <translation>Un tipo de incidente tiene de 1 a 40 letras minúsculas o &apos;_&apos;.</translation>
    </message>
    <message>
        <source>A retention period is 1 to 36500 days.</source>
        <translation>Un plazo de conservación es de 1 a 36500 días.</translation>
    </message>
    <message>
        <source>A retention period counts from the incident or from the case&apos;s closure.</source>
        <translation>Un plazo de conservación se cuenta desde el incidente o desde el cierre del caso.</translation>
    </message>
    <message>
        <source>There is no retention rule for %1.</source>
        <translation>No hay ninguna regla de conservación para %1.</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>No existe el caso %1.</translation>
    </message>
    <message>
        <source>There is no incident %1.</source>
        <translation>No existe el incidente %1.</translation>
    </message>
    <message>
        <source>A legal hold is on a case or an incident.</source>
        <translation>Una retención legal se aplica a un caso o a un incidente.</translation>
    </message>
    <message>
        <source>A legal hold needs a reason (up to 4000 characters).</source>
        <translation>Una retención legal necesita un motivo (hasta 4000 caracteres).</translation>
    </message>
    <message>
        <source>Lifting a legal hold needs a reason (up to 4000 characters).</source>
        <translation>Levantar una retención legal necesita un motivo (hasta 4000 caracteres).</translation>
    </message>
    <message>
        <source>There is no legal hold on %1.</source>
        <translation>No hay ninguna retención legal sobre %1.</translation>
    </message>
    <message>
        <source>case on legal hold</source>
        <translation>caso en retención legal</translation>
    </message>
    <message>
        <source>case still open</source>
        <translation>caso aún abierto</translation>
    </message>
    <message>
        <source>incident on legal hold</source>
        <translation>incidente en retención legal</translation>
    </message>
    <message>
        <source>retention period ended %1</source>
        <translation>plazo de conservación vencido el %1</translation>
    </message>
    <message>
        <source>Clip %1 is marked purged but its file could not be removed.</source>
        <translation>El clip %1 figura como purgado, pero no se pudo eliminar su archivo.</translation>
    </message>
    <message>
        <source>in a submission still in the outbox</source>
        <translation>en un envío aún en la bandeja de salida</translation>
    </message>
    <message>
        <source>in a pending release</source>
        <translation>en una entrega pendiente</translation>
    </message>
    <message>
        <source>POS journal %1 is marked purged but its file could not be removed.</source>
        <translation>El diario del TPV %1 está marcado como purgado, pero no se pudo eliminar su archivo.</translation>
    </message>
</context>
<context>
    <name>lpdesk::RevocationList</name>
    <message>
        <source>The organisation CA key is not available in this session.</source>
        <translation>La clave de la CA de la organización no está disponible en esta sesión.</translation>
    </message>
    <message>
        <source>Could not make the revocation list: %1</source>
        <translation>No se pudo crear la lista de revocación: %1</translation>
    </message>
    <message>
        <source>Could not add serial %1 to the revocation list: %2</source>
        <translation>No se pudo añadir el número de serie %1 a la lista de revocación: %2</translation>
    </message>
    <message>
        <source>Could not number the revocation list: %1</source>
        <translation>No se pudo numerar la lista de revocación: %1</translation>
    </message>
    <message>
        <source>Could not sign the revocation list: %1</source>
        <translation>No se pudo firmar la lista de revocación: %1</translation>
    </message>
    <message>
        <source>Could not write the revocation list: %1</source>
        <translation>No se pudo escribir la lista de revocación: %1</translation>
    </message>
    <message>
        <source>crl.pem is not a certificate revocation list (PEM).</source>
        <translation>crl.pem no es una lista de revocación de certificados (PEM).</translation>
    </message>
    <message>
        <source>The CA certificate cannot be read.</source>
        <translation>No se puede leer el certificado de la CA.</translation>
    </message>
    <message>
        <source>The revocation list is not signed by the organisation CA (forged or from another CA).</source>
        <translation>La lista de revocación no está firmada por la CA de la organización (falsificada o de otra CA).</translation>
    </message>
    <message>
        <source>The revocation list&apos;s CRL number is out of range.</source>
        <translation>El número de CRL de la lista de revocación está fuera de rango.</translation>
    </message>
</context>
<context>
    <name>lpdesk::ScreenshotTour</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot write the screenshots to %1.</source>
        <translation>No se pueden escribir las capturas de pantalla en %1.</translation>
    </message>
</context>
<context>
    <name>lpdesk::SearchDialog</name>
    <message>
        <source>Search incidents and statements</source>
        <translation>Buscar en incidentes y declaraciones</translation>
    </message>
    <message>
        <source>Words to find (prefixes match: &quot;hood&quot; finds &quot;hooded&quot;)</source>
        <translation>Palabras que buscar (coinciden los prefijos: &quot;capu&quot; encuentra &quot;capucha&quot;)</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Encontrado en</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>incidente</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>declaración</translation>
    </message>
    <message>
        <source>%1 · case %2</source>
        <translation>%1 · caso %2</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>No se encontró nada.</translation>
    </message>
    <message>
        <source>Activate to open the case at this statement.</source>
        <translation>Actívelo para abrir el caso en esta declaración.</translation>
    </message>
</context>
<context>
    <name>lpdesk::ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts — %1</source>
        <translation>Atajos de teclado — %1</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcuts of this window. Player keys work while the player has the focus.</source>
        <translation>Atajos de esta ventana. Las teclas del reproductor funcionan cuando el reproductor tiene el foco.</translation>
    </message>
</context>
<context>
    <name>lpdesk::SlotKeyRecord</name>
    <message>
        <source>the users table no longer records the key slot of %1 as audit event %2 does: the column was cleared or changed; it is recorded again at %1&apos;s next sign-in</source>
        <translation>la tabla de usuarios ya no registra la ranura de clave de %1 como lo hace el evento de auditoría %2: la columna se vació o se cambió; se vuelve a registrar en el próximo inicio de sesión de %1</translation>
    </message>
    <message>
        <source>key slot for %1 differs from the one the audit log records for that user (audit event %2); it was replaced or planted</source>
        <translation>la ranura de clave de %1 difiere de la que indica el registro de auditoría para ese usuario (evento de auditoría %2); fue sustituida o colocada</translation>
    </message>
    <message>
        <source>key slot for %1: the audit log records every key slot of this database, but none for %1; it was planted</source>
        <translation>ranura de clave de %1: el registro de auditoría recoge todas las ranuras de clave de esta base de datos, pero ninguna de %1; la ranura fue colocada</translation>
    </message>
    <message>
        <source>key slot for %1 differs from the one recorded for that user; it was replaced</source>
        <translation>la ranura de clave de %1 difiere de la registrada para ese usuario; fue sustituida</translation>
    </message>
</context>
<context>
    <name>lpdesk::SopLibrary</name>
    <message>
        <source>Version %1 of the procedure for %2 was changed after it was published.</source>
        <translation>La versión %1 del procedimiento de %2 se modificó después de publicarse.</translation>
    </message>
    <message>
        <source>Shoplifting</source>
        <translation>Hurto</translation>
    </message>
    <message>
        <source>Do not chase or touch the person. Note their description, direction of travel and any vehicle. Keep staff and customers safe.</source>
        <translation>No persiga ni toque a la persona. Anote su descripción, la dirección en que se va y cualquier vehículo. Mantenga a salvo al personal y a los clientes.</translation>
    </message>
    <message>
        <source>Report to the store manager at once; log the incident the same day with the time, the goods and their value; report to police when your policy&apos;s value threshold is met.</source>
        <translation>Avise enseguida al encargado de la tienda; registre el incidente el mismo día con la hora, los artículos y su valor; denuncie a la policía cuando se alcance el umbral de valor de su política.</translation>
    </message>
    <message>
        <source>Clips from the entrance and the aisle, a still of the person, the door alarm record and the receipts or POS transactions of the goods.</source>
        <translation>Clips de la entrada y del pasillo, una imagen fija de la persona, el registro de la alarma de la puerta y los tiques o transacciones del TPV de los artículos.</translation>
    </message>
    <message>
        <source>Organized retail crime</source>
        <translation>Delincuencia organizada en comercios</translation>
    </message>
    <message>
        <source>Do not confront a group. Note how many people, their roles (lookout, booster, driver), vehicles and plates.</source>
        <translation>No se enfrente a un grupo. Anote cuántas personas son, su papel (vigía, ladrón, conductor), vehículos y matrículas.</translation>
    </message>
    <message>
        <source>Report to the loss-prevention lead the same day; check the inbox for the same people or vehicles at other stores; share with police through a release approved by legal.</source>
        <translation>Avise al responsable de prevención de pérdidas el mismo día; busque en la bandeja de entrada las mismas personas o vehículos en otras tiendas; comparta con la policía mediante una entrega aprobada por asesoría jurídica.</translation>
    </message>
    <message>
        <source>Every camera that saw the group, from arrival to departure; the parking lot camera; POS transactions they made; earlier incidents that look linked.</source>
        <translation>Todas las cámaras que vieron al grupo, de la llegada a la salida; la cámara del aparcamiento; las transacciones del TPV que hicieron; incidentes anteriores que parezcan relacionados.</translation>
    </message>
    <message>
        <source>Robbery</source>
        <translation>Robo con violencia</translation>
    </message>
    <message>
        <source>Comply; do not resist. Call the emergency number as soon as it is safe. Lock the doors after the offender has left and keep people away from where they stood.</source>
        <translation>Obedezca; no se resista. Llame al número de emergencias en cuanto sea seguro. Cierre las puertas cuando el autor se haya ido y mantenga a la gente lejos de donde estuvo.</translation>
    </message>
    <message>
        <source>Police at once; then the store manager and loss prevention; witnesses&apos; names and statements before they leave.</source>
        <translation>La policía de inmediato; después el encargado de la tienda y prevención de pérdidas; nombres y declaraciones de los testigos antes de que se vayan.</translation>
    </message>
    <message>
        <source>Clips from the register and the entrance from 15 minutes before to 15 minutes after; the register&apos;s transactions and the cash count; anything the offender touched.</source>
        <translation>Clips de la caja y de la entrada desde 15 minutos antes hasta 15 minutos después; las transacciones de la caja y el arqueo; todo lo que tocó el autor.</translation>
    </message>
    <message>
        <source>Assault</source>
        <translation>Agresión</translation>
    </message>
    <message>
        <source>Make the area safe and get first aid; call the emergency number when anyone is hurt or still in danger.</source>
        <translation>Asegure la zona y preste primeros auxilios; llame al número de emergencias cuando alguien esté herido o siga en peligro.</translation>
    </message>
    <message>
        <source>Police and the store manager at once; an incident report the same day; statements from the person hurt and from witnesses.</source>
        <translation>La policía y el encargado de la tienda de inmediato; un parte del incidente el mismo día; declaraciones de la persona herida y de los testigos.</translation>
    </message>
    <message>
        <source>Clips from every camera that saw the people before, during and after; photographs of injuries only with consent; the first-aid record.</source>
        <translation>Clips de todas las cámaras que vieron a las personas antes, durante y después; fotografías de las lesiones solo con consentimiento; el registro de primeros auxilios.</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Amenaza</translation>
    </message>
    <message>
        <source>Keep distance, do not argue, move staff and customers away; call the emergency number when the threat is to life or a weapon is seen.</source>
        <translation>Mantenga la distancia, no discuta, aparte al personal y a los clientes; llame al número de emergencias cuando la amenaza sea contra la vida o se vea un arma.</translation>
    </message>
    <message>
        <source>The store manager at once; police when the threat is credible; record the exact words used as soon as possible.</source>
        <translation>El encargado de la tienda de inmediato; la policía cuando la amenaza sea creíble; anote las palabras exactas lo antes posible.</translation>
    </message>
    <message>
        <source>Clips with audio where the law allows; the time and words of the threat in a signed statement; any message or call record.</source>
        <translation>Clips con audio donde la ley lo permita; la hora y las palabras de la amenaza en una declaración firmada; cualquier mensaje o registro de llamada.</translation>
    </message>
    <message>
        <source>Fraud</source>
        <translation>Fraude</translation>
    </message>
    <message>
        <source>Return fraud</source>
        <translation>Fraude en devoluciones</translation>
    </message>
    <message>
        <source>Complete or refuse the transaction as your policy says; do not accuse the customer. Note the identification shown and the payment card&apos;s last digits only.</source>
        <translation>Complete o rechace la transacción según su política; no acuse al cliente. Anote la identificación mostrada y solo los últimos dígitos de la tarjeta de pago.</translation>
    </message>
    <message>
        <source>Loss prevention the same day; police when the loss or a pattern meets your threshold.</source>
        <translation>Prevención de pérdidas el mismo día; la policía cuando la pérdida o un patrón alcancen su umbral.</translation>
    </message>
    <message>
        <source>The POS journal of the day (the refund, void or override and the original sale), the register camera&apos;s clip, and the receipt or refund slip.</source>
        <translation>El diario del TPV del día (la devolución, anulación o modificación y la venta original), el clip de la cámara de la caja y el tique o justificante de devolución.</translation>
    </message>
    <message>
        <source>Burglary</source>
        <translation>Robo con fuerza</translation>
    </message>
    <message>
        <source>Do not enter until police say it is safe; do not touch doors, windows or displays.</source>
        <translation>No entre hasta que la policía diga que es seguro; no toque puertas, ventanas ni expositores.</translation>
    </message>
    <message>
        <source>Police at once; the store manager and the alarm company; an inventory of what is missing within a day.</source>
        <translation>La policía de inmediato; el encargado de la tienda y la empresa de alarmas; un inventario de lo que falta en un día.</translation>
    </message>
    <message>
        <source>Clips from every camera from the alarm time back to closing; the alarm and door-sensor logs; the damaged entry point untouched until police have seen it.</source>
        <translation>Clips de todas las cámaras desde la hora de la alarma hasta el cierre; los registros de la alarma y de los sensores de puerta; el punto de entrada dañado sin tocar hasta que lo vea la policía.</translation>
    </message>
    <message>
        <source>Any incident</source>
        <translation>Cualquier incidente</translation>
    </message>
    <message>
        <source>Keep people safe first. Do not chase or touch anyone. Note what happened, when, where and who was there.</source>
        <translation>Primero, la seguridad de las personas. No persiga ni toque a nadie. Anote qué pasó, cuándo, dónde y quién estaba.</translation>
    </message>
    <message>
        <source>The store manager the same day; an incident report in the store system; police when a crime was committed or someone was hurt.</source>
        <translation>El encargado de la tienda el mismo día; un parte del incidente en el sistema de la tienda; la policía cuando se haya cometido un delito o alguien haya resultado herido.</translation>
    </message>
    <message>
        <source>Clips from the cameras that saw it (before, during and after), the POS transactions involved and witnesses&apos; names. Recordings are overwritten: ask for them within a day.</source>
        <translation>Clips de las cámaras que lo vieron (antes, durante y después), las transacciones del TPV implicadas y los nombres de los testigos. Las grabaciones se sobrescriben: pídalas en un día.</translation>
    </message>
    <message>
        <source>%1 is not an incident type (%2, or * for all).</source>
        <translation>%1 no es un tipo de incidente (%2, o * para todos).</translation>
    </message>
    <message>
        <source>There is no version %1 of the procedure for %2.</source>
        <translation>No hay versión %1 del procedimiento de %2.</translation>
    </message>
    <message>
        <source>A procedure needs a title, immediate actions, reporting steps and the evidence to preserve.</source>
        <translation>Un procedimiento necesita un título, acciones inmediatas, pasos de comunicación y las evidencias que conservar.</translation>
    </message>
    <message>
        <source>A procedure&apos;s title is at most 200 characters and each part at most %1.</source>
        <translation>El título de un procedimiento tiene como máximo 200 caracteres y cada parte como máximo %1.</translation>
    </message>
    <message>
        <source>Version %1 of the procedure for %2 is not in the audit log: it was written into the database, not published.</source>
        <translation>La versión %1 del procedimiento de %2 no está en el registro de auditoría: se escribió en la base de datos, no se publicó.</translation>
    </message>
    <message>
        <source>No time was given for the procedure in force.</source>
        <translation>No se indicó ninguna hora para el procedimiento vigente.</translation>
    </message>
</context>
<context>
    <name>lpdesk::SoundToAac</name>
    <message>
        <source>FFmpeg cannot decode this sound.</source>
        <translation>FFmpeg no puede decodificar este sonido.</translation>
    </message>
    <message>
        <source>Cannot convert this sound for AAC.</source>
        <translation>No se puede convertir este sonido a AAC.</translation>
    </message>
    <message>
        <source>Cannot add the sound to the working copy.</source>
        <translation>No se puede añadir el sonido a la copia de trabajo.</translation>
    </message>
    <message>
        <source>Cannot encode the sound.</source>
        <translation>No se puede codificar el sonido.</translation>
    </message>
    <message>
        <source>Cannot decode the sound: %1</source>
        <translation>No se puede decodificar el sonido: %1</translation>
    </message>
</context>
<context>
    <name>lpdesk::StateLabels</name>
    <message>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <source>ready for review</source>
        <translation>pendiente de revisión</translation>
    </message>
    <message>
        <source>released</source>
        <translation>entregado</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>aprobada</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>void</source>
        <translation>nula</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>exportada</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>enviando</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera de reintento</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>entregado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>shoplifting</source>
        <translation>hurto</translation>
    </message>
    <message>
        <source>organized retail crime</source>
        <translation>crimen organizado contra el comercio</translation>
    </message>
    <message>
        <source>robbery</source>
        <translation>robo con violencia</translation>
    </message>
    <message>
        <source>burglary</source>
        <translation>robo con fuerza</translation>
    </message>
    <message>
        <source>assault</source>
        <translation>agresión</translation>
    </message>
    <message>
        <source>threat</source>
        <translation>amenaza</translation>
    </message>
    <message>
        <source>fraud</source>
        <translation>fraude</translation>
    </message>
    <message>
        <source>return fraud</source>
        <translation>fraude en devoluciones</translation>
    </message>
    <message>
        <source>vandalism</source>
        <translation>vandalismo</translation>
    </message>
    <message>
        <source>trespass</source>
        <translation>allanamiento</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>pos exception</source>
        <translation>excepción del TPV</translation>
    </message>
    <message>
        <source>door sensor</source>
        <translation>sensor de puerta</translation>
    </message>
    <message>
        <source>panic button</source>
        <translation>botón de pánico</translation>
    </message>
    <message>
        <source>staff report</source>
        <translation>aviso del personal</translation>
    </message>
    <message>
        <source>analytics</source>
        <translation>analítica de vídeo</translation>
    </message>
</context>
<context>
    <name>lpdesk::StatementEditor</name>
    <message>
        <source>New statement</source>
        <translation>Nueva declaración</translation>
    </message>
    <message>
        <source>Edit draft statement</source>
        <translation>Editar borrador de declaración</translation>
    </message>
    <message>
        <source>Correct statement (new version)</source>
        <translation>Corregir declaración (nueva versión)</translation>
    </message>
    <message>
        <source>phone, e-mail or address</source>
        <translation>teléfono, correo electrónico o dirección</translation>
    </message>
    <message>
        <source>&lt;b&gt;Personal data&lt;/b&gt; — withheld from releases unless legal includes it</source>
        <translation>&lt;b&gt;Datos personales&lt;/b&gt;: se omiten en las entregas salvo que la asesoría jurídica los incluya</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Adjuntar</translation>
    </message>
    <message>
        <source>Photos and documents (*.png *.jpg *.jpeg *.pdf *.txt);;All files (*)</source>
        <translation>Fotos y documentos (*.png *.jpg *.jpeg *.pdf *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 (kept; SHA-256 %2…)</source>
        <translation>%1 (guardado; SHA-256 %2…)</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contacto:</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>Guardar &amp;borrador</translation>
    </message>
    <message>
        <source>Save and &amp;sign off</source>
        <translation>Guardar y &amp;firmar</translation>
    </message>
    <message>
        <source>After sign-off the statement cannot change; corrections become new versions.</source>
        <translation>Una vez firmada, la declaración no puede cambiar; las correcciones pasan a ser nuevas versiones.</translation>
    </message>
    <message>
        <source>S&amp;tatement:</source>
        <translation>&amp;Declaración:</translation>
    </message>
    <message>
        <source>Attachments (stored encrypted, with their SHA-256):</source>
        <translation>Adjuntos (guardados cifrados, con su SHA-256):</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>Firmar</translation>
    </message>
    <message>
        <source>After sign-off this statement cannot be changed; a correction will be a new version. Sign off now?</source>
        <translation>Una vez firmada, esta declaración no se puede cambiar; una corrección será una nueva versión. ¿Firmarla ahora?</translation>
    </message>
    <message>
        <source>The author asked to stay a&amp;nonymous towards the police (exports carry a pseudonym)</source>
        <translation>El autor pidió permanecer a&amp;nónimo ante la policía (las exportaciones llevan un seudónimo)</translation>
    </message>
    <message>
        <source>Attach &amp;file…</source>
        <translation>Ad&amp;juntar archivo…</translation>
    </message>
    <message>
        <source>Ta&amp;ken at:</source>
        <translation>Tomada &amp;el:</translation>
    </message>
    <message>
        <source>Att&amp;estation:</source>
        <translation>Cer&amp;tificación:</translation>
    </message>
</context>
<context>
    <name>lpdesk::StatementPanel</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nueva…</translation>
    </message>
    <message>
        <source>Save &amp;attachment…</source>
        <translation>Guardar ad&amp;junto…</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>%1 (anonymous: %2)</source>
        <translation>%1 (anónimo: %2)</translation>
    </message>
    <message>
        <source>signed off</source>
        <translation>firmada</translation>
    </message>
    <message>
        <source>signed off, corrected</source>
        <translation>firmada, corregida</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>Corre&amp;gir…</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>personal data</source>
        <translation>datos personales</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anónimo</translation>
    </message>
    <message>
        <source>yes — released as &quot;%1&quot;</source>
        <translation>sí: se entrega como &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 (corrects %2)</source>
        <translation>%1 (corrige %2)</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrada</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>signed off %1 by %2; content SHA-256 %3</source>
        <translation>firmada el %1 por %2; SHA-256 del contenido %3</translation>
    </message>
    <message>
        <source>Attachment %1 (%2, %3 bytes, SHA-256 %4)</source>
        <translation>Adjunto %1 (%2, %3 bytes, SHA-256 %4)</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>Firmar</translation>
    </message>
    <message>
        <source>After sign-off this statement cannot be changed; a correction will be a new version. Sign off now?</source>
        <translation>Una vez firmada, esta declaración no se puede cambiar; una corrección será una nueva versión. ¿Firmarla ahora?</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>This statement has no attachments.</source>
        <translation>Esta declaración no tiene adjuntos.</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Guardar adjunto</translation>
    </message>
    <message>
        <source>Attachment:</source>
        <translation>Adjunto:</translation>
    </message>
    <message>
        <source>Save attachment (decrypted)</source>
        <translation>Guardar adjunto (descifrado)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Record a statement (Ctrl+Shift+N)</source>
        <translation>Registrar una declaración (Ctrl+Mayús+N)</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>Ed&amp;itar…</translation>
    </message>
    <message>
        <source>Si&amp;gn off</source>
        <translation>Fir&amp;mar</translation>
    </message>
</context>
<context>
    <name>lpdesk::StatementService</name>
    <message>
        <source>A statement needs an author (up to 200 characters).</source>
        <translation>Una declaración necesita un autor (hasta 200 caracteres).</translation>
    </message>
    <message>
        <source>The author&apos;s role is one of: %1.</source>
        <translation>El rol del autor es uno de: %1.</translation>
    </message>
    <message>
        <source>A statement needs text (up to %1 characters).</source>
        <translation>Una declaración necesita texto (hasta %1 caracteres).</translation>
    </message>
    <message>
        <source>The contact or attestation is too long.</source>
        <translation>El contacto o la certificación son demasiado largos.</translation>
    </message>
    <message>
        <source>The time taken is not an RFC 3339 time: %1</source>
        <translation>La hora de toma no es una hora RFC 3339: %1</translation>
    </message>
    <message>
        <source>There is no statement %1.</source>
        <translation>No existe la declaración %1.</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>No existe el caso %1.</translation>
    </message>
    <message>
        <source>Statement %1 was signed off on %2 and cannot be changed; record a correction instead.</source>
        <translation>La declaración %1 se firmó el %2 y no se puede cambiar; registre una corrección.</translation>
    </message>
    <message>
        <source>Whether the author stays anonymous is set when the statement is added.</source>
        <translation>Si el autor permanece anónimo se decide al añadir la declaración.</translation>
    </message>
    <message>
        <source>Statement %1 was already signed off on %2.</source>
        <translation>La declaración %1 ya se firmó el %2.</translation>
    </message>
    <message>
        <source>Statement %1 is still a draft: edit it instead of correcting it.</source>
        <translation>La declaración %1 sigue siendo un borrador: edítela en lugar de corregirla.</translation>
    </message>
    <message>
        <source>Statement %1 was already corrected by %2; correct the newest version.</source>
        <translation>La declaración %1 ya la corrigió %2; corrija la versión más reciente.</translation>
    </message>
    <message>
        <source>A correction cannot change whether the author stays anonymous.</source>
        <translation>Una corrección no puede cambiar si el autor permanece anónimo.</translation>
    </message>
    <message>
        <source>Cannot copy attachment %1.</source>
        <translation>No se puede copiar el adjunto %1.</translation>
    </message>
    <message>
        <source>Statement %1 is signed off and cannot be removed.</source>
        <translation>La declaración %1 está firmada y no se puede eliminar.</translation>
    </message>
    <message>
        <source>There is no attachment %1.</source>
        <translation>No existe el adjunto %1.</translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation>Adjunto %1</translation>
    </message>
</context>
<context>
    <name>lpdesk::StillView</name>
    <message>
        <source>The still is too large to show.</source>
        <translation>El fotograma es demasiado grande para mostrarlo.</translation>
    </message>
    <message>
        <source>The still cannot be read.</source>
        <translation>No se puede leer el fotograma.</translation>
    </message>
    <message>
        <source>The still is not a readable picture.</source>
        <translation>El fotograma no es una imagen legible.</translation>
    </message>
</context>
<context>
    <name>lpdesk::StoreDrop</name>
    <message>
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 supera los %2 bytes</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8</source>
        <translation>%1 no es UTF-8 válido</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at byte %3)</source>
        <translation>%1 no es JSON válido (%2 en el byte %3)</translation>
    </message>
    <message>
        <source>%1 is not a JSON object</source>
        <translation>%1 no es un objeto JSON</translation>
    </message>
    <message>
        <source>is not &quot;lpdesk-store-drop&quot;</source>
        <translation>no es &quot;lpdesk-store-drop&quot;</translation>
    </message>
    <message>
        <source>is not 1 (a newer drop format?)</source>
        <translation>no es 1 (¿un formato de entrega más reciente?)</translation>
    </message>
    <message>
        <source>is not a known IANA time zone</source>
        <translation>no es una zona horaria IANA conocida</translation>
    </message>
    <message>
        <source>has an invalid key id</source>
        <translation>tiene un id. de clave no válido</translation>
    </message>
    <message>
        <source>repeats camera id %1</source>
        <translation>repite el id. de cámara %1</translation>
    </message>
    <message>
        <source>names a camera that is not listed</source>
        <translation>nombra una cámara que no figura en la lista</translation>
    </message>
    <message>
        <source>is not an incident id (UUID)</source>
        <translation>no es un id. de incidente (UUID)</translation>
    </message>
    <message>
        <source>does not match the id the feed listed</source>
        <translation>no coincide con el id. que listaba el feed</translation>
    </message>
    <message>
        <source>names another store</source>
        <translation>nombra otra tienda</translation>
    </message>
    <message>
        <source>is not a valid time</source>
        <translation>no es una hora válida</translation>
    </message>
    <message>
        <source>does not match the media id</source>
        <translation>no coincide con el id. del medio</translation>
    </message>
    <message>
        <source>is listed twice</source>
        <translation>figura dos veces</translation>
    </message>
    <message>
        <source>is before its start</source>
        <translation>es anterior a su inicio</translation>
    </message>
</context>
<context>
    <name>lpdesk::StoreRegistry</name>
    <message>
        <source>Store ids are 2–48 lowercase letters, digits and &apos;-&apos;.</source>
        <translation>Los id. de tienda tienen de 2 a 48 letras minúsculas, dígitos y &apos;-&apos;.</translation>
    </message>
    <message>
        <source>A store is reached through a folder or an https:// URL.</source>
        <translation>A una tienda se accede mediante una carpeta o una URL https://.</translation>
    </message>
    <message>
        <source>There is already a store %1.</source>
        <translation>Ya existe una tienda %1.</translation>
    </message>
    <message>
        <source>Store %1 has incidents; it cannot be removed (evidence is kept).</source>
        <translation>La tienda %1 tiene incidentes; no se puede quitar (las evidencias se conservan).</translation>
    </message>
    <message>
        <source>There is no store %1.</source>
        <translation>No existe la tienda %1.</translation>
    </message>
    <message>
        <source>The drop at %1 is for store %2, not %3.</source>
        <translation>El punto de entrega en %1 es de la tienda %2, no de la %3.</translation>
    </message>
    <message>
        <source>Cannot read the quarantine: %1</source>
        <translation>No se puede leer la cuarentena: %1</translation>
    </message>
    <message>
        <source>Cannot read store %1: %2</source>
        <translation>No se puede leer la tienda %1: %2</translation>
    </message>
    <message>
        <source>store %1: the drop says time zone %2, LP Desk keeps %3 (not changed by a pull)</source>
        <translation>tienda %1: el punto de entrega dice zona horaria %2, LP Desk mantiene %3 (una descarga no la cambia)</translation>
    </message>
    <message>
        <source>store %1: the drop says a clock offset of %2 s, LP Desk keeps %3 s (not changed by a pull)</source>
        <translation>tienda %1: el punto de entrega dice un desfase de reloj de %2 s, LP Desk mantiene %3 s (una descarga no lo cambia)</translation>
    </message>
    <message>
        <source>Store %1</source>
        <translation>Tienda %1</translation>
    </message>
    <message>
        <source>%1 is a POS store id of store %2; give the new store another id.</source>
        <translation>%1 es un id. de tienda del TPV de la tienda %2; asigne otro id. a la nueva tienda.</translation>
    </message>
    <message>
        <source>A POS store id is 1 to 64 characters, as the journals write it (RetailStoreID, BusinessUnit/UnitID).</source>
        <translation>Un id. de tienda del TPV tiene de 1 a 64 caracteres, tal como lo escriben los diarios (RetailStoreID, BusinessUnit/UnitID).</translation>
    </message>
    <message>
        <source>%1 is the store&apos;s own id: journals that name it are imported as the store&apos;s already.</source>
        <translation>%1 es el propio id. de la tienda: los diarios que lo nombran ya se importan como de la tienda.</translation>
    </message>
    <message>
        <source>%1 is the id of another store in LP Desk, so it cannot also be a POS store id of %2.</source>
        <translation>%1 es el id. de otra tienda en LP Desk, así que no puede ser además un id. de tienda del TPV de %2.</translation>
    </message>
    <message>
        <source>Store %1 has the POS store id %2 already.</source>
        <translation>La tienda %1 ya tiene el id. de tienda del TPV %2.</translation>
    </message>
    <message>
        <source>%1 is a POS store id of store %2; remove it there first.</source>
        <translation>%1 es un id. de tienda del TPV de la tienda %2; quítelo primero allí.</translation>
    </message>
    <message>
        <source>Store %1 has no POS store id %2.</source>
        <translation>La tienda %1 no tiene el id. de tienda del TPV %2.</translation>
    </message>
</context>
<context>
    <name>lpdesk::StoreSimulator</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>The recipient key is not an X25519 public key.</source>
        <translation>La clave de destinatario no es una clave pública X25519.</translation>
    </message>
    <message>
        <source>Store %1 (%2)</source>
        <translation>Tienda %1 (%2)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>  incident %1/%2 %3</source>
        <translation>  incidente %1/%2 %3</translation>
    </message>
    <message>
        <source>Simulator options out of range (1–%1 stores, 0–%2 incidents per store, clips up to 600 s, a history of up to %3 days).</source>
        <translation>Opciones del simulador fuera de rango (1–%1 tiendas, 0–%2 incidentes por tienda, clips de hasta 600 s, un historial de hasta %3 días).</translation>
    </message>
</context>
<context>
    <name>lpdesk::StoresDialog</name>
    <message>
        <source>Stores</source>
        <translation>Tiendas</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Last pull</source>
        <translation>Última descarga</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <source>&amp;Add store…</source>
        <translation>&amp;Añadir tienda…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>&amp;Pull this store</source>
        <translation>&amp;Descargar esta tienda</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Select a store first.</source>
        <translation>Seleccione primero una tienda.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Probando %1…</translation>
    </message>
    <message>
        <source>%1: connection works. &quot;%2&quot; in %3, %4 cameras, %5 registers.</source>
        <translation>%1: la conexión funciona. «%2» en %3, %4 cámaras, %5 cajas.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Remove store</source>
        <translation>Quitar tienda</translation>
    </message>
    <message>
        <source>Remove store %1?</source>
        <translation>¿Quitar la tienda %1?</translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation>%1 quitada.</translation>
    </message>
    <message>
        <source>Add store</source>
        <translation>Añadir tienda</translation>
    </message>
    <message>
        <source>e.g. chicago-lakeview-017</source>
        <translation>p. ej. chicago-lakeview-017</translation>
    </message>
    <message>
        <source>Folder or USB stick</source>
        <translation>Carpeta o memoria USB</translation>
    </message>
    <message>
        <source>HTTPS server</source>
        <translation>Servidor HTTPS</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a PEM file</source>
        <translation>Elija un archivo PEM</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>Archivos PEM (*.pem *.crt *.key);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Store id:</source>
        <translation>Id. de la tienda:</translation>
    </message>
    <message>
        <source>Folder or URL:</source>
        <translation>Carpeta o URL:</translation>
    </message>
    <message>
        <source>Pinned CA (PEM):</source>
        <translation>CA fijada (PEM):</translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation>Certificado de cliente:</translation>
    </message>
    <message>
        <source>Client key:</source>
        <translation>Clave de cliente:</translation>
    </message>
    <message>
        <source>/media/usb/store-017</source>
        <translation>/media/usb/store-017</translation>
    </message>
    <message>
        <source>Store drop folder</source>
        <translation>Carpeta de entrega de la tienda</translation>
    </message>
    <message>
        <source>A certificate or key file cannot be read.</source>
        <translation>No se puede leer un archivo de certificado o de clave.</translation>
    </message>
    <message>
        <source>Store %1 added. Use Test connection, then Pull.</source>
        <translation>Tienda %1 añadida. Use Probar la conexión y después Descargar.</translation>
    </message>
    <message>
        <source>Here: %1</source>
        <translation>En este puesto: %1</translation>
    </message>
    <message>
        <source> (system CAs, not pinned)</source>
        <translation> (CA del sistema, sin fijar)</translation>
    </message>
    <message>
        <source>Trust the system&apos;s certificate authorities (not recommended)</source>
        <translation>Confiar en las autoridades de certificación del sistema (no recomendado)</translation>
    </message>
    <message>
        <source>Without a pinned CA, anyone who gets a certificate for the store&apos;s host from any authority this system trusts can serve LP Desk a drop.</source>
        <translation>Sin una CA fijada, cualquiera que obtenga un certificado para el host de la tienda de cualquier autoridad en la que confíe este sistema puede servir a LP Desk el contenido de un punto de entrega.</translation>
    </message>
    <message>
        <source>An HTTPS store needs its pinned CA certificate (PEM). If it has none you can pin, tick &quot;Trust the system&apos;s certificate authorities&quot; (not recommended).</source>
        <translation>Una tienda HTTPS necesita su certificado de CA fijada (PEM). Si no tiene ninguno que se pueda fijar, marque «Confiar en las autoridades de certificación del sistema» (no recomendado).</translation>
    </message>
    <message>
        <source>POS store ids</source>
        <translation>Id. de tienda del TPV</translation>
    </message>
    <message>
        <source>POS store &amp;ids…</source>
        <translation>&amp;Id. de tienda del TPV…</translation>
    </message>
    <message>
        <source>The ids the store&apos;s own POS system writes for it in its journals, when they are not its id here (NCR RetailStoreID, Futura BusinessUnit/UnitID)</source>
        <translation>Los id. que el propio TPV de la tienda escribe para ella en sus diarios, cuando no coinciden con su id. aquí (NCR RetailStoreID, Futura BusinessUnit/UnitID)</translation>
    </message>
    <message>
        <source>POS store ids of %1</source>
        <translation>Id. de tienda del TPV de %1</translation>
    </message>
    <message>
        <source>Journals name the store by the id its POS system gives it (NCR RetailStoreID, Futura BusinessUnit/UnitID). Transactions that name one of these ids import as store %1&apos;s.</source>
        <translation>Los diarios nombran la tienda por el id. que le da su TPV (NCR RetailStoreID, Futura BusinessUnit/UnitID). Las transacciones que nombran uno de estos id. se importan como de la tienda %1.</translation>
    </message>
    <message>
        <source>e.g. 2301</source>
        <translation>p. ej. 2301</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Quitar los seleccionados</translation>
    </message>
    <message>
        <source>&amp;POS store id:</source>
        <translation>&amp;Id. de tienda del TPV:</translation>
    </message>
</context>
<context>
    <name>lpdesk::SubmissionService</name>
    <message>
        <source>%1: the agency&apos;s TLS certificate was refused (%2). Check the CA pinned in the agency profile.</source>
        <translation>%1: se rechazó el certificado TLS del organismo (%2). Compruebe la CA fijada en el perfil del organismo.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the agency answered HTTP %2%3</source>
        <translation>%1: el organismo respondió HTTP %2%3</translation>
    </message>
    <message>
        <source>Release %1 was approved for %2, not for agency %3: request a release for that agency.</source>
        <translation>La entrega %1 se aprobó para %2, no para el organismo %3: solicite una entrega para ese organismo.</translation>
    </message>
    <message>
        <source>agency %1</source>
        <translation>organismo %1</translation>
    </message>
    <message>
        <source>Cannot create the outbox folder %1.</source>
        <translation>No se puede crear la carpeta de la bandeja de salida %1.</translation>
    </message>
    <message>
        <source>Cannot read the sealed package back.</source>
        <translation>No se puede releer el paquete sellado.</translation>
    </message>
    <message>
        <source>The package is %1 bytes; agency %2 takes at most %3.</source>
        <translation>El paquete ocupa %1 bytes; el organismo %2 admite como máximo %3.</translation>
    </message>
    <message>
        <source>There is no submission %1.</source>
        <translation>No existe el envío %1.</translation>
    </message>
    <message>
        <source>Submission %1 was delivered; it cannot be cancelled.</source>
        <translation>El envío %1 ya se entregó; no se puede cancelar.</translation>
    </message>
    <message>
        <source>Getting an access token</source>
        <translation>Obteniendo un token de acceso</translation>
    </message>
    <message>
        <source>Creating the submission</source>
        <translation>Creando el envío</translation>
    </message>
    <message>
        <source>The agency&apos;s answer to the submission lacks an id or https upload and completion addresses.</source>
        <translation>La respuesta del organismo al envío no tiene id. ni direcciones https de subida y de finalización.</translation>
    </message>
    <message>
        <source>The sealed package %1 is missing from the outbox.</source>
        <translation>Falta el paquete sellado %1 en la bandeja de salida.</translation>
    </message>
    <message>
        <source>Starting the upload</source>
        <translation>Iniciando la subida</translation>
    </message>
    <message>
        <source>Asking where the upload stopped</source>
        <translation>Preguntando dónde se detuvo la subida</translation>
    </message>
    <message>
        <source>The agency reports an impossible upload offset.</source>
        <translation>El organismo indica una posición de subida imposible.</translation>
    </message>
    <message>
        <source>Cannot read the sealed package.</source>
        <translation>No se puede leer el paquete sellado.</translation>
    </message>
    <message>
        <source>The agency and the workstation disagree on the upload offset.</source>
        <translation>El organismo y el puesto no coinciden en la posición de subida.</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Subiendo</translation>
    </message>
    <message>
        <source>The agency acknowledged an impossible upload offset.</source>
        <translation>El organismo confirmó una posición de subida imposible.</translation>
    </message>
    <message>
        <source>Uploading the package</source>
        <translation>Subiendo el paquete</translation>
    </message>
    <message>
        <source>Completing the submission</source>
        <translation>Finalizando el envío</translation>
    </message>
    <message>
        <source>The agency&apos;s receipt has no report number.</source>
        <translation>El acuse del organismo no tiene número de denuncia.</translation>
    </message>
    <message>
        <source>The agency&apos;s receipt names a different package hash than the one sent.</source>
        <translation>El acuse del organismo indica un hash de paquete distinto del enviado.</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Interrumpido.</translation>
    </message>
    <message>
        <source>Waiting %1 s before trying again: %2</source>
        <translation>Esperando %1 s antes de reintentar: %2</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Conectando con %1</translation>
    </message>
    <message>
        <source>%1 answered (HTTP %2) over TLS with a certificate from the pinned CA.</source>
        <translation>%1 respondió (HTTP %2) por TLS con un certificado de la CA fijada.</translation>
    </message>
    <message>
        <source>Starting the upload of %1</source>
        <translation>Iniciando la subida de %1</translation>
    </message>
    <message>
        <source>Asking where the upload of %1 stopped</source>
        <translation>Preguntando dónde se detuvo la subida de %1</translation>
    </message>
    <message>
        <source>Uploading %1</source>
        <translation>Subiendo %1</translation>
    </message>
    <message>
        <source>The agency&apos;s receipt names a different hash for %1.</source>
        <translation>El acuse del organismo indica un hash distinto para %1.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The agency named %1, which is not on its own origin %2; nothing (no credentials) was sent there.</source>
        <translation>La agencia indicó %1, que no está en su propio origen %2; no se envió nada (ni credenciales) allí.</translation>
    </message>
    <message>
        <source>%1 answered (HTTP %2) over TLS with a certificate from one of the system&apos;s certificate authorities (no pinned CA).</source>
        <translation>%1 respondió (HTTP %2) por TLS con un certificado de una de las autoridades de certificación del sistema (sin CA fijada).</translation>
    </message>
    <message>
        <source>the sealed package %1 in the outbox is not the one queued (missing, or its SHA-256 differs)</source>
        <translation>el paquete sellado %1 de la bandeja de salida no es el que se puso en cola (falta, o su SHA-256 difiere)</translation>
    </message>
    <message>
        <source>agency %1 was removed after the submission was queued</source>
        <translation>el organismo %1 se eliminó después de poner el envío en cola</translation>
    </message>
    <message>
        <source>release %1 is not approved for agency %2</source>
        <translation>la entrega %1 no está aprobada para el organismo %2</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>Release %1 was submitted to agency %2 already; a release goes out once. Request a new release for another submission.</source>
        <translation>La entrega %1 ya se envió al organismo %2; una entrega sale una sola vez. Solicite una nueva entrega para otro envío.</translation>
    </message>
    <message>
        <source>Cannot tell whether release %1 was submitted already: %2</source>
        <translation>No se puede saber si la entrega %1 ya se envió: %2</translation>
    </message>
    <message>
        <source>Release %1 is in the outbox already (submission %2, %3); a release goes out once. Cancel that submission first, or request a new release.</source>
        <translation>La entrega %1 ya está en la bandeja de salida (envío %2, %3); una entrega sale una sola vez. Cancele antes ese envío o solicite una nueva entrega.</translation>
    </message>
    <message>
        <source>Asking the agencies for police follow-up</source>
        <translation>Preguntando a los organismos por el seguimiento policial</translation>
    </message>
    <message>
        <source>Cancelled; nothing was sent.</source>
        <translation>Cancelado; no se envió nada.</translation>
    </message>
    <message>
        <source>Release %1 was exported already (audit event %2); a release goes out once. Request a new release for a submission.</source>
        <translation>La entrega %1 ya se exportó (evento de auditoría %2); una entrega sale una sola vez. Solicite una nueva entrega para un envío.</translation>
    </message>
    <message>
        <source>queued in audit event %1</source>
        <translation>puesto en cola en el evento de auditoría %1</translation>
    </message>
</context>
<context>
    <name>lpdesk::SuggestionPanel</name>
    <message>
        <source>Face</source>
        <translation>Cara</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Possible plate</source>
        <translation>Posible matrícula</translation>
    </message>
    <message>
        <source>Tracked region</source>
        <translation>Región seguida</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Pista</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Intervalo de tiempo</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Double-click a track to go to its first frame</source>
        <translation>Doble clic en una pista para ir a su primer fotograma</translation>
    </message>
    <message>
        <source>No suggestions yet: run Find faces and people (Ctrl+Shift+F).</source>
        <translation>Aún no hay sugerencias: ejecute Buscar caras y personas (Ctrl+Mayús+F).</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Add the selected tracks to the plan (Ctrl+Shift+A)</source>
        <translation>Añadir las pistas seleccionadas al plan (Ctrl+Mayús+A)</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Leave the selected tracks out of the plan (Ctrl+Shift+R)</source>
        <translation>Dejar las pistas seleccionadas fuera del plan (Ctrl+Mayús+R)</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>Aceptar todas</translation>
    </message>
    <message>
        <source>Add every track to the plan (Ctrl+Alt+A)</source>
        <translation>Añadir todas las pistas al plan (Ctrl+Alt+A)</translation>
    </message>
    <message>
        <source>Reject all</source>
        <translation>Rechazar todas</translation>
    </message>
    <message>
        <source>Leave every track out of the plan (Ctrl+Alt+R)</source>
        <translation>Dejar todas las pistas fuera del plan (Ctrl+Alt+R)</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2 (detected in %n frames)</source>
        <translation>
            <numerusform>%1 – %2 (detectada en %n fotograma)</numerusform>
            <numerusform>%1 – %2 (detectada en %n fotogramas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted: in the plan</source>
        <translation>Aceptada: en el plan</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Por revisar</translation>
    </message>
    <message numerus="yes">
        <source>accept %n suggestions</source>
        <translation>
            <numerusform>aceptar %n sugerencia</numerusform>
            <numerusform>aceptar %n sugerencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>reject %n suggestions</source>
        <translation>
            <numerusform>rechazar %n sugerencia</numerusform>
            <numerusform>rechazar %n sugerencias</numerusform>
        </translation>
    </message>
    <message>
        <source>Show reviewed</source>
        <translation>Mostrar las pistas revisadas</translation>
    </message>
    <message>
        <source>Also list the tracks already accepted or rejected, to change your mind</source>
        <translation>Mostrar también las pistas ya aceptadas o rechazadas, para cambiar de opinión</translation>
    </message>
    <message numerus="yes">
        <source>%n track(s) to review: accept what must be hidden, reject what must not.</source>
        <translation>
            <numerusform>%n pista por revisar: acepte lo que deba ocultarse y rechace lo que no.</numerusform>
            <numerusform>%n pistas por revisar: acepte lo que deba ocultarse y rechace lo que no.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every track is reviewed.</source>
        <translation>Todas las pistas están revisadas.</translation>
    </message>
    <message>
        <source>Accepted: %1. Rejected: %2.</source>
        <translation>Aceptadas: %1. Rechazadas: %2.</translation>
    </message>
</context>
<context>
    <name>lpdesk::SuggestionService</name>
    <message>
        <source>Face %1 (detected in %2 frames, confidence %3)</source>
        <translation>Rostro %1 (detectado en %2 fotogramas, confianza %3)</translation>
    </message>
    <message>
        <source>Person %1 (detected in %2 frames, confidence %3)</source>
        <translation>Persona %1 (detectada en %2 fotogramas, confianza %3)</translation>
    </message>
    <message>
        <source>Tracked region %1</source>
        <translation>Región seguida %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the redaction reasons.</source>
        <translation>&quot;%1&quot; no es uno de los motivos de anonimización.</translation>
    </message>
    <message>
        <source>%1 s is outside the clip (%2 s).</source>
        <translation>%1 s está fuera del clip (%2 s).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Possible plate %1 (low confidence %3, detected in %2 frames)</source>
        <translation>Posible matrícula %1 (confianza baja %3, detectada en %2 fotogramas)</translation>
    </message>
    <message>
        <source>The reason &quot;other&quot; needs a text that says what it is.</source>
        <translation>El motivo &quot;other&quot; necesita un texto que indique de qué se trata.</translation>
    </message>
</context>
<context>
    <name>lpdesk::SyncReviewDialog</name>
    <message>
        <source>&amp;Lock to wall-clock time</source>
        <translation>&amp;Sincronizar con la hora real</translation>
    </message>
    <message>
        <source>Side by side — %1</source>
        <translation>Lado a lado — %1</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Lado a lado</translation>
    </message>
    <message>
        <source>Stepping, seeking or playing one clip moves the others to the same true moment, corrected for each camera&apos;s clock offset.</source>
        <translation>Avanzar, saltar o reproducir un clip lleva a los demás al mismo instante real, corregido por el desfase del reloj de cada cámara.</translation>
    </message>
    <message>
        <source>Play / &amp;pause</source>
        <translation>Reproducir / &amp;pausa</translation>
    </message>
    <message>
        <source>&amp;Next frame ▶</source>
        <translation>Fotograma si&amp;guiente ▶</translation>
    </message>
    <message>
        <source>Step the leading clip one frame back; the others follow (Left in a clip)</source>
        <translation>Retroceder un fotograma el clip que guía; los demás lo siguen (Izquierda en un clip)</translation>
    </message>
    <message>
        <source>Play or pause the leading clip; the others follow (Space in a clip)</source>
        <translation>Reproducir o pausar el clip que guía; los demás lo siguen (Espacio en un clip)</translation>
    </message>
    <message>
        <source>Step the leading clip one frame on; the others follow (Right in a clip)</source>
        <translation>Avanzar un fotograma el clip que guía; los demás lo siguen (Derecha en un clip)</translation>
    </message>
    <message>
        <source>Clips of this case (up to %1 at once)</source>
        <translation>Clips de este caso (hasta %1 a la vez)</translation>
    </message>
    <message>
        <source>At most %1 clips side by side; untick one first.</source>
        <translation>Como máximo %1 clips lado a lado; desmarque uno primero.</translation>
    </message>
    <message>
        <source>Tick the clips to review side by side.</source>
        <translation>Marque los clips que quiere revisar lado a lado.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; (UTC %2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; (UTC %2)</translation>
    </message>
    <message>
        <source> — leading</source>
        <translation> — guía</translation>
    </message>
    <message>
        <source> — no footage at this moment: the clip starts %1 s later</source>
        <translation> — sin imagen en este instante: el clip empieza %1 s después</translation>
    </message>
    <message>
        <source> — no footage at this moment: the clip ended %1 s earlier</source>
        <translation> — sin imagen en este instante: el clip terminó %1 s antes</translation>
    </message>
    <message>
        <source> — at %1</source>
        <translation> — en %1</translation>
    </message>
    <message>
        <source>14:02:11.400 (store time) or 2026-03-14T14:02:11-05:00</source>
        <translation>14:02:11.400 (hora de la tienda) o 2026-03-14T14:02:11-05:00</translation>
    </message>
    <message>
        <source>Show this moment in every clip: a time of day in the leading clip&apos;s store time zone, or a full RFC 3339 time</source>
        <translation>Mostrar este instante en todos los clips: una hora del día en la zona horaria de la tienda del clip que guía, o una hora RFC 3339 completa</translation>
    </message>
    <message>
        <source>Type a time of day (14:02:11) or an RFC 3339 time with its offset.</source>
        <translation>Escriba una hora del día (14:02:11) o una hora RFC 3339 con su desfase.</translation>
    </message>
    <message>
        <source>&amp;Go to time:</source>
        <translation>&amp;Ir a la hora:</translation>
    </message>
    <message>
        <source>No clip shown here was recording at %1.</source>
        <translation>Ninguno de los clips mostrados grababa a las %1.</translation>
    </message>
    <message>
        <source>Stills of this &amp;moment…</source>
        <translation>Fotogramas de este &amp;momento…</translation>
    </message>
    <message>
        <source>Save a PNG of every clip that shows this moment; each still is recorded as a derivative in the chain of custody</source>
        <translation>Guardar un PNG de cada clip que muestra este instante; cada fotograma queda registrado como derivado en la cadena de custodia</translation>
    </message>
    <message>
        <source>Folder for the stills of this moment</source>
        <translation>Carpeta para los fotogramas de este instante</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n still(s): %1</source>
        <translation>
            <numerusform>Detenido tras %n fotograma: %1</numerusform>
            <numerusform>Detenido tras %n fotogramas: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still(s) of %1 written to %2, each recorded in the chain of custody.</source>
        <translation>
            <numerusform>%n fotograma de %1 guardado en %2, registrado en la cadena de custodia.</numerusform>
            <numerusform>%n fotogramas de %1 guardados en %2, cada uno registrado en la cadena de custodia.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s, SHA-256 %2</source>
        <translation>%1 s, SHA-256 %2</translation>
    </message>
    <message>
        <source>A clip that could not be opened: %1</source>
        <translation>Un clip que no se pudo abrir: %1</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n still(s)…</source>
        <translation>
            <numerusform>Guardando %n fotograma…</numerusform>
            <numerusform>Guardando %n fotogramas…</numerusform>
        </translation>
    </message>
    <message>
        <source>The database is closing.</source>
        <translation>La base de datos se está cerrando.</translation>
    </message>
    <message>
        <source>The database is closing; no still was written.</source>
        <translation>La base de datos se está cerrando; no se guardó ningún fotograma.</translation>
    </message>
    <message>
        <source>◀ P&amp;revious frame</source>
        <translation>◀ Fotograma &amp;anterior</translation>
    </message>
</context>
<context>
    <name>lpdesk::SystemTrust</name>
    <message>
        <source>%1 is a folder; trusting the system&apos;s certificate authorities applies to https:// only.</source>
        <translation>%1 es una carpeta; confiar en las autoridades de certificación del sistema solo se aplica a https://.</translation>
    </message>
    <message>
        <source>%1: choose a pinned CA or the system&apos;s certificate authorities, not both.</source>
        <translation>%1: elija una CA fijada o las autoridades de certificación del sistema, no ambas.</translation>
    </message>
    <message>
        <source>%1 has neither a pinned CA nor an administrator&apos;s choice to trust the system&apos;s certificate authorities; LP Desk does not connect to it. An administrator must add it again with a pinned CA (or explicitly with system trust).</source>
        <translation>%1 no tiene ni una CA fijada ni la decisión de un administrador de confiar en las autoridades de certificación del sistema; LP Desk no establece la conexión. Un administrador debe volver a añadir el perfil con una CA fijada (o, de forma explícita, con confianza en las autoridades del sistema).</translation>
    </message>
    <message>
        <source>Warning: %1 trusts every certificate authority of this system, not a pinned CA: anyone who can obtain a certificate for its host from any of them can stand in for it. Pin the CA when you can.</source>
        <translation>Aviso: %1 confía en todas las autoridades de certificación de este sistema, no en una CA fijada: cualquiera que pueda obtener de alguna de ellas un certificado para su host puede suplantar su identidad. Fije la CA cuando pueda.</translation>
    </message>
    <message>
        <source>Cannot read the profiles marked by migration 23: %1</source>
        <translation>No se pueden leer los perfiles marcados por la migración 23: %1</translation>
    </message>
    <message>
        <source>%1 needs a pinned CA certificate (Pinned CA; lpdesk-cli: --ca PEM). To trust every certificate authority of this system instead, say so explicitly (&quot;Trust the system&apos;s certificate authorities&quot;; lpdesk-cli: --system-trust; not recommended).</source>
        <translation>%1 necesita un certificado de CA fijado (CA fijada; lpdesk-cli: --ca PEM). Para confiar en cambio en todas las autoridades de certificación de este sistema, dígalo expresamente («Confiar en las autoridades de certificación del sistema»; lpdesk-cli: --system-trust; no recomendado).</translation>
    </message>
</context>
<context>
    <name>lpdesk::TimelineWidget</name>
    <message>
        <source>Incident trigger</source>
        <translation>Aviso del incidente</translation>
    </message>
    <message>
        <source>%1: from %2 s to the end of the clip, %3 keyframes</source>
        <translation>%1: de %2 s al final del clip, %3 fotogramas clave</translation>
    </message>
    <message>
        <source>%1: from %2 s to %3 s, %4 keyframes — ends before the clip</source>
        <translation>%1: de %2 s a %3 s, %4 fotogramas clave — termina antes que el clip</translation>
    </message>
</context>
<context>
    <name>lpdesk::Timestamp</name>
    <message>
        <source>the time-stamp is not an RFC 3161 response</source>
        <translation>el sello de tiempo no es una respuesta RFC 3161</translation>
    </message>
    <message>
        <source>the time-stamp does not verify (%1)</source>
        <translation>el sello de tiempo no se verifica (%1)</translation>
    </message>
    <message>
        <source>The TSA CA file holds no PEM certificate.</source>
        <translation>El archivo de CA de la TSA no contiene ningún certificado PEM.</translation>
    </message>
    <message>
        <source>The TSA address must be an http:// or https:// URL.</source>
        <translation>La dirección de la TSA debe ser una URL http:// o https://.</translation>
    </message>
    <message>
        <source>No TSA CA certificate is configured to check the time-stamp against.</source>
        <translation>No hay configurado ningún certificado de CA de la TSA con el que comprobar el sello de tiempo.</translation>
    </message>
    <message>
        <source>Cannot encode the time-stamp request: %1</source>
        <translation>No se puede codificar la petición de sello de tiempo: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The time-stamp authority answered with more than %1 bytes.</source>
        <translation>La autoridad de sellado de tiempo respondió con más de %1 bytes.</translation>
    </message>
    <message>
        <source>The time-stamp authority at %1 did not answer: %2</source>
        <translation>La autoridad de sellado de tiempo en %1 no respondió: %2</translation>
    </message>
    <message>
        <source>The time-stamp authority at %1 answered HTTP %2.</source>
        <translation>La autoridad de sellado de tiempo en %1 respondió HTTP %2.</translation>
    </message>
    <message>
        <source>Cannot prepare the time-stamp check: %1</source>
        <translation>No se puede preparar la comprobación del sello de tiempo: %1</translation>
    </message>
    <message>
        <source>the time-stamp is larger than any TSA answer</source>
        <translation>el sello de tiempo es más grande que cualquier respuesta de una TSA</translation>
    </message>
    <message>
        <source>no TSA CA certificate to check the time-stamp against</source>
        <translation>no hay certificado de CA de la TSA con el que comprobar el sello de tiempo</translation>
    </message>
</context>
<context>
    <name>lpdesk::TimestampSettings</name>
    <message>
        <source>The TSA address must be an http:// or https:// URL.</source>
        <translation>La dirección de la TSA debe ser una URL http:// o https://.</translation>
    </message>
    <message>
        <source>Your certificate does not name the administrator role; an administrator whose certificate does sets the time-stamp authority.</source>
        <translation>Su certificado no indica el rol de administrador; un administrador cuyo certificado lo indique configura la autoridad de sellado de tiempo.</translation>
    </message>
    <message>
        <source>The time-stamp authority settings are not trusted: %1. An administrator sets them again (Tools → Time-stamp authority, or lpdesk-cli tsa).</source>
        <translation>La configuración de la autoridad de sellado de tiempo no es de confianza: %1. Un administrador debe configurarla de nuevo (Herramientas → Autoridad de sellado de tiempo, o lpdesk-cli tsa).</translation>
    </message>
    <message>
        <source>the organisation&apos;s revocation list is missing from the database</source>
        <translation>falta en la base de datos la lista de revocación de la organización</translation>
    </message>
    <message>
        <source>the certificate of %1, who signed them, is revoked</source>
        <translation>el certificado de %1, que la firmó, está revocado</translation>
    </message>
    <message>
        <source>The TSA address must not carry a user name or password.</source>
        <translation>La dirección de la TSA no debe llevar usuario ni contraseña.</translation>
    </message>
    <message>
        <source>no administrator signed it</source>
        <translation>ningún administrador lo firmó</translation>
    </message>
    <message>
        <source>its signature cannot be read</source>
        <translation>su firma no se puede leer</translation>
    </message>
    <message>
        <source>it was signed by %1, whose certificate does not name the administrator role</source>
        <translation>lo firmó %1, cuyo certificado no indica el rol de administrador</translation>
    </message>
    <message>
        <source>audit event %1 changes the time-stamp authority settings (%2) but %3: it is not counted (forged with the database key, or a clearing from before clearing was signed)</source>
        <translation>el evento de auditoría %1 cambia la configuración de la autoridad de sellado de tiempo (%2) pero %3: no se tiene en cuenta (falsificado con la clave de la base de datos, o un borrado anterior a que los borrados se firmaran)</translation>
    </message>
    <message>
        <source>audit event %1 puts back time-stamp authority settings an administrator signed earlier (version %2; version %3 is current): replayed with the database key, it is not counted</source>
        <translation>el evento de auditoría %1 vuelve a poner una configuración de la autoridad de sellado de tiempo que un administrador firmó antes (versión %2; la vigente es la versión %3): reproducido con la clave de la base de datos, no se tiene en cuenta</translation>
    </message>
    <message>
        <source>audit event %1 sets %2 without an administrator&apos;s signature: forged with the database key (or a change left half-written), it is not counted</source>
        <translation>el evento de auditoría %1 establece %2 sin la firma de un administrador: falsificado con la clave de la base de datos (o un cambio que quedó a medio escribir), no se tiene en cuenta</translation>
    </message>
    <message>
        <source>no administrator signed them (they were written directly in the database)</source>
        <translation>ningún administrador la firmó (se escribió directamente en la base de datos)</translation>
    </message>
    <message>
        <source>%1 differs from the last change an administrator signed (audit event %2): it was written directly in the database</source>
        <translation>%1 difiere del último cambio firmado por un administrador (evento de auditoría %2): se escribió directamente en la base de datos</translation>
    </message>
</context>
<context>
    <name>lpdesk::TriageRules</name>
    <message>
        <source>Unknown incident type or bad boost in triage rules: %1</source>
        <translation>Tipo de incidente desconocido o refuerzo erróneo en las reglas de triaje: %1</translation>
    </message>
    <message>
        <source>severity_weight must be 0–1000.</source>
        <translation>severity_weight debe estar entre 0 y 1000.</translation>
    </message>
</context>
<context>
    <name>lpdesk::Trimmer</name>
    <message>
        <source>The trim needs 0 ≤ in &lt; out (got %1 to %2 s).</source>
        <translation>El recorte necesita 0 ≤ entrada &lt; salida (se recibió de %1 a %2 s).</translation>
    </message>
    <message>
        <source>The range %1–%2 s is outside the clip (0–%3 s).</source>
        <translation>El intervalo %1–%2 s está fuera del clip (0–%3 s).</translation>
    </message>
    <message>
        <source>The range is shorter than one frame.</source>
        <translation>El intervalo es más corto que un fotograma.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>frames %1–%2 re-encoded losslessly (%3)</source>
        <translation>fotogramas %1–%2 recodificados sin pérdida (%3)</translation>
    </message>
    <message>
        <source>%1 packets stream-copied</source>
        <translation>%1 paquetes copiados del flujo</translation>
    </message>
    <message>
        <source>the last frames are re-encoded with libx264 (the source&apos;s SPS uses %1)</source>
        <translation>los últimos fotogramas se recodifican con libx264 (el SPS de la fuente usa %1)</translation>
    </message>
    <message>
        <source>frames %1–%2 stored as uncompressed H.264 pictures (I_PCM)</source>
        <translation>fotogramas %1–%2 guardados como imágenes H.264 sin comprimir (I_PCM)</translation>
    </message>
    <message>
        <source>Frame %1 cannot be stored as an uncompressed H.264 picture: its pixel format does not match the stream&apos;s parameter sets.</source>
        <translation>El fotograma %1 no puede guardarse como imagen H.264 sin comprimir: su formato de píxel no coincide con los conjuntos de parámetros del flujo.</translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation>Sin memoria.</translation>
    </message>
    <message>
        <source>No keyframe at the start of the range, so a lossless cut cannot start there; trim in the smart or re-encode mode instead.</source>
        <translation>No hay ningún fotograma clave al inicio del intervalo, así que un corte sin pérdida no puede empezar ahí; recorte en modo inteligente o de recodificación.</translation>
    </message>
    <message>
        <source>the copy ends at frame %1, not %2: frames %3–%2 are B-frames that refer to a frame past the out-point; --mode smart keeps them (re-encoded losslessly)</source>
        <translation>la copia termina en el fotograma %1, no en el %2: los fotogramas %3–%2 son fotogramas B que hacen referencia a un fotograma posterior al punto de salida; --mode smart los conserva (recodificados sin pérdida)</translation>
    </message>
    <message>
        <source>A smart trim of this %1 stream cannot be cut losslessly (only H.264 and H.265 in MP4/MOV can be); trim in the re-encode mode, or in the copy mode for a cut at keyframes.</source>
        <translation>Un recorte inteligente de este flujo %1 no se puede hacer sin pérdida (solo H.264 y H.265 en MP4/MOV lo admiten); recorte en modo de recodificación, o en modo de copia para un corte en los fotogramas clave.</translation>
    </message>
    <message>
        <source>This %1 stream uses open GOPs (its keyframes between %2 and %3 s are not IDR frames), so it cannot be cut losslessly without re-encoding the whole range; trim in the re-encode mode.</source>
        <translation>Este flujo %1 usa GOP abiertos (sus fotogramas clave entre %2 y %3 s no son fotogramas IDR), así que no se puede cortar sin pérdida sin recodificar todo el intervalo; recorte en modo de recodificación.</translation>
    </message>
    <message>
        <source>The clip has no video stream.</source>
        <translation>El clip no tiene flujo de vídeo.</translation>
    </message>
</context>
<context>
    <name>lpdesk::UnlockDialog</name>
    <message>
        <source>Unlock LP Desk</source>
        <translation>Desbloquear LP Desk</translation>
    </message>
    <message>
        <source>Case database: %1</source>
        <translation>Base de datos de casos: %1</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>&amp;Open another…</source>
        <translation>&amp;Abrir otra…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <source>Enter your user name and passphrase.</source>
        <translation>Introduzca su nombre de usuario y su frase de contraseña.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <source>Confirm the organisation&apos;s CA certificate</source>
        <translation>Confirmar el certificado de CA de la organización</translation>
    </message>
    <message>
        <source>&amp;Choose org-ca.pem…</source>
        <translation>&amp;Elegir org-ca.pem…</translation>
    </message>
    <message>
        <source>Confirm and un&amp;lock</source>
        <translation>&amp;Confirmar y desbloquear</translation>
    </message>
    <message>
        <source>SHA-256 of org-ca.pem (64 hex digits)</source>
        <translation>SHA-256 de org-ca.pem (64 dígitos hexadecimales)</translation>
    </message>
    <message>
        <source>The organisation&apos;s CA certificate</source>
        <translation>El certificado de CA de la organización</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados (*.pem *.crt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>SHA-256 of %1:
%2</source>
        <translation>SHA-256 de %1:
%2</translation>
    </message>
    <message>
        <source>Your key slot was made before LP Desk pinned each key slot to the organisation&apos;s CA certificate, and no administrator&apos;s key slot vouches for the certificate now in this database. LP Desk will not pin your slot on the database&apos;s word alone: someone with the database key could have replaced the certificate.</source>
        <translation>Su ranura de clave se creó antes de que LP Desk fijara cada ranura de clave al certificado de CA de la organización, y ninguna ranura de clave de administrador respalda el certificado que hay ahora en esta base de datos. LP Desk no fijará su ranura solo por lo que dice la base de datos: alguien con la clave de la base de datos podría haber sustituido el certificado.</translation>
    </message>
    <message>
        <source>As an administrator you can confirm it: choose the org-ca.pem your organisation keeps outside this computer (its SHA-256 is computed and shown) or paste its fingerprint, enter your passphrase again, and confirm. The confirmation is recorded in the audit log.</source>
        <translation>Como administrador, puede confirmarlo: elija el org-ca.pem que su organización conserva fuera de este ordenador (se calcula y se muestra su SHA-256) o pegue su huella, vuelva a introducir su frase de contraseña y confirme. La confirmación se anota en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Ask an administrator to sign in and confirm the organisation&apos;s CA certificate (here, or with lpdesk-cli key confirm-ca); then unlock again.</source>
        <translation>Pida a un administrador que inicie sesión y confirme el certificado de CA de la organización (aquí o con lpdesk-cli key confirm-ca); después, vuelva a desbloquear.</translation>
    </message>
    <message>
        <source>Choose the org-ca.pem file or paste its SHA-256 fingerprint (64 hex digits).</source>
        <translation>Elija el archivo org-ca.pem o pegue su huella SHA-256 (64 dígitos hexadecimales).</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>&amp;Usuario:</translation>
    </message>
</context>
<context>
    <name>lpdesk::UserDirectory</name>
    <message>
        <source>User names are 1–64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;@&apos; or &apos;-&apos;.</source>
        <translation>Los nombres de usuario tienen de 1 a 64 letras, dígitos, &apos;.&apos;, &apos;_&apos;, &apos;@&apos; o &apos;-&apos;.</translation>
    </message>
    <message>
        <source>There is already a user called %1.</source>
        <translation>Ya existe un usuario llamado %1.</translation>
    </message>
    <message>
        <source>A master-key rotation is unfinished; reopen the database first.</source>
        <translation>Hay una rotación de la clave maestra sin terminar; vuelva a abrir antes la base de datos.</translation>
    </message>
    <message>
        <source>You cannot remove yourself; ask another administrator.</source>
        <translation>No puede quitarse a sí mismo; pídaselo a otro administrador.</translation>
    </message>
    <message>
        <source>There is no user called %1.</source>
        <translation>No existe ningún usuario llamado %1.</translation>
    </message>
    <message>
        <source>You cannot take away your own administrator role.</source>
        <translation>No puede quitarse su propio rol de administrador.</translation>
    </message>
    <message>
        <source>The organisation CA key is not in your key slot.</source>
        <translation>La clave de la CA de la organización no está en su ranura de clave.</translation>
    </message>
    <message>
        <source>%1 has no key slot.</source>
        <translation>%1 no tiene ranura de clave.</translation>
    </message>
    <message>
        <source>Could not seal the signing key.</source>
        <translation>No se pudo sellar la clave de firma.</translation>
    </message>
    <message>
        <source>%1 is the name of a removed user; choose another name.</source>
        <translation>%1 es el nombre de un usuario dado de baja; elija otro nombre.</translation>
    </message>
    <message>
        <source>Cannot write to the database: %1</source>
        <translation>No se puede escribir en la base de datos: %1</translation>
    </message>
    <message>
        <source>Cannot read the users: %1</source>
        <translation>No se pueden leer los usuarios: %1</translation>
    </message>
    <message>
        <source>The audit log names certificate %1, the current certificate of %2, as revoked; a real revocation replaces or removes it, so that event was not written by LP Desk. Nothing was restored: run db check.</source>
        <translation>El registro de auditoría indica como revocado el certificado %1, el certificado actual de %2; una revocación real lo sustituye o lo elimina, así que LP Desk no escribió ese evento. No se restableció nada: ejecute db check.</translation>
    </message>
</context>
<context>
    <name>lpdesk::UserManagementDialog</name>
    <message>
        <source>Users and roles</source>
        <translation>Usuarios y roles</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Añadir usuario…</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Añadir usuario</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ol:</translation>
    </message>
    <message>
        <source>Tell the new user their passphrase in person; they can change it later.</source>
        <translation>Comunique la frase de contraseña al nuevo usuario en persona; podrá cambiarla más adelante.</translation>
    </message>
    <message>
        <source>Creating a key slot for %1…</source>
        <translation>Creando una ranura de clave para %1…</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>Se añadió a %1.</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Quitar usuario</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Cambiar rol</translation>
    </message>
    <message>
        <source>New role for %1:</source>
        <translation>Nuevo rol para %1:</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 es ahora %2.</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Remove %1? Their key slot is deleted, they can no longer unlock this database, and their certificate is revoked.

Rotating the keys as well (recommended) gives the database a new master key and the stores a new recipient key, so that nothing %1 may have copied opens the database or what is pulled from now on. Every store must then be given the new recipient key file.</source>
        <translation>¿Eliminar a %1? Se borra su ranura de clave, ya no podrá desbloquear esta base de datos y su certificado queda revocado.

Rotar también las claves (recomendado) da a la base de datos una nueva clave maestra y a las tiendas una nueva clave de destinatario, de modo que nada de lo que %1 haya podido copiar abra la base de datos ni lo que se descargue a partir de ahora. Después hay que entregar a cada tienda el nuevo archivo de clave de destinatario.</translation>
    </message>
    <message>
        <source>Remove and rotate keys</source>
        <translation>Eliminar y rotar las claves</translation>
    </message>
    <message>
        <source>Remove only</source>
        <translation>Solo eliminar</translation>
    </message>
    <message>
        <source>%1 was removed and their certificate revoked.</source>
        <translation>%1 fue eliminado/a y su certificado revocado.</translation>
    </message>
    <message>
        <source>%1 was removed and their certificate revoked, but the key rotation failed: %2</source>
        <translation>%1 fue eliminado/a y su certificado revocado, pero la rotación de claves falló: %2</translation>
    </message>
    <message>
        <source>%1 was removed, their certificate revoked and the keys rotated. The new recipient key is in %2: give that file to every store. Files encrypted to the old key stay readable until they are re-encrypted (lpdesk-cli db reencrypt).</source>
        <translation>%1 fue eliminado/a, su certificado revocado y las claves rotadas. La nueva clave de destinatario está en %2: entregue ese archivo a cada tienda. Los archivos cifrados con la clave anterior siguen siendo legibles hasta que se vuelvan a cifrar (lpdesk-cli db reencrypt).</translation>
    </message>
    <message>
        <source>Restore re&amp;vocation list…</source>
        <translation>Restaurar la lista de re&amp;vocación…</translation>
    </message>
    <message>
        <source>Issue the revocation list again with every revocation the audit log records, after an earlier list was put back in the database</source>
        <translation>Emitir de nuevo la lista de revocación con todas las revocaciones que indica el registro de auditoría, tras volver a poner una lista anterior en la base de datos</translation>
    </message>
    <message>
        <source>The revocation list already holds every revocation the audit log records, and its number (%1) is the highest issued. Nothing to restore.</source>
        <translation>La lista de revocación ya contiene todas las revocaciones que indica el registro de auditoría, y su número (%1) es el más alto emitido. No hay nada que restaurar.</translation>
    </message>
    <message>
        <source>%1 — %2, revoked %3</source>
        <translation>%1 — %2, revocado el %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>The revocation list in the database is number %1, but the audit log records that list number %2 was issued: an earlier list was put back.</source>
        <translation>La lista de revocación de la base de datos es la número %1, pero el registro de auditoría indica que se emitió la lista número %2: se volvió a poner una lista anterior.</translation>
    </message>
    <message numerus="yes">
        <source>The revocation list in the database lacks %n certificate(s) that the audit log records as revoked: an earlier list was put back. These will be revoked again:</source>
        <translation>
            <numerusform>A la lista de revocación de la base de datos le falta %n certificado que el registro de auditoría indica como revocado: se volvió a poner una lista anterior. Se revocará de nuevo:</numerusform>
            <numerusform>A la lista de revocación de la base de datos le faltan %n certificados que el registro de auditoría indica como revocados: se volvió a poner una lista anterior. Se revocarán de nuevo:</numerusform>
        </translation>
    </message>
    <message>
        <source>The list is signed again with the organisation CA as number %1 (above every number issued). Restore it?</source>
        <translation>La lista se firma de nuevo con la CA de la organización como número %1 (por encima de todos los emitidos). ¿Restaurarla?</translation>
    </message>
    <message>
        <source>Restore revocation list</source>
        <translation>Restaurar la lista de revocación</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>The revocation list was not restored.</source>
        <translation>La lista de revocación no se restauró.</translation>
    </message>
    <message numerus="yes">
        <source>The revocation list was restored: %n certificate(s) revoked again; it is now number %1.</source>
        <translation>
            <numerusform>Se restauró la lista de revocación: %n certificado revocado de nuevo; ahora es la número %1.</numerusform>
            <numerusform>Se restauró la lista de revocación: %n certificados revocados de nuevo; ahora es la número %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Legal grant</source>
        <translation>Rol de asesoría jurídica</translation>
    </message>
    <message>
        <source>Con&amp;firm legal grant</source>
        <translation>Con&amp;firmar el rol de asesoría jurídica</translation>
    </message>
    <message>
        <source>Confirm the legal role another administrator granted the selected person</source>
        <translation>Confirmar el rol de asesoría jurídica que otro administrador otorgó a la persona seleccionada</translation>
    </message>
    <message>
        <source>Granted by %1, awaits a second administrator</source>
        <translation>Otorgado por %1, pendiente de un segundo administrador</translation>
    </message>
    <message>
        <source>%1&apos;s legal role is confirmed.</source>
        <translation>El rol de asesoría jurídica de %1 está confirmado.</translation>
    </message>
    <message>
        <source>Granting the &amp;legal role needs a second administrator</source>
        <translation>Otorgar el rol de asesoría &amp;jurídica requiere un segundo administrador</translation>
    </message>
    <message>
        <source>When on, a person given the legal role cannot decide on releases until another administrator confirms the grant; every change of this setting is audited</source>
        <translation>Si está activado, una persona a la que se otorga el rol de asesoría jurídica no puede decidir sobre entregas hasta que otro administrador confirme la concesión; cada cambio de este ajuste queda en el registro de auditoría</translation>
    </message>
    <message>
        <source>From now on, a legal role granted by one administrator waits for a second one.</source>
        <translation>A partir de ahora, el rol de asesoría jurídica que otorgue un administrador queda pendiente de un segundo.</translation>
    </message>
    <message>
        <source>A legal role granted from now on takes effect at once.</source>
        <translation>El rol de asesoría jurídica que se otorgue a partir de ahora tiene efecto de inmediato.</translation>
    </message>
    <message>
        <source>&amp;Change role…</source>
        <translation>Cambiar &amp;rol…</translation>
    </message>
</context>
<context>
    <name>lpdesk::VerifyPackageDialog</name>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>Verify package — %1</source>
        <translation>Verificar paquete — %1</translation>
    </message>
    <message>
        <source>The organisation&apos;s CA certificate you were given (PEM); empty: the one inside</source>
        <translation>El certificado de CA de la organización que le dieron (PEM); vacío: el que va dentro</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Trusted CA certificate</source>
        <translation>Certificado de CA de confianza</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Certificados (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Package:</source>
        <translation>Paquete:</translation>
    </message>
    <message>
        <source>Trusted &amp;CA:</source>
        <translation>&amp;CA de confianza:</translation>
    </message>
    <message>
        <source>Cannot read the CA certificate: %1</source>
        <translation>No se puede leer el certificado de CA: %1</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>The package is encrypted. Its password:</source>
        <translation>El paquete está cifrado. Su contraseña:</translation>
    </message>
    <message>
        <source>Intact: every file, the signature and the custody chain check out.</source>
        <translation>Íntegro: todos los archivos, la firma y la cadena de custodia son correctos.</translation>
    </message>
    <message numerus="yes">
        <source>NOT intact: %n problem(s) found.</source>
        <translation>
            <numerusform>NO íntegro: se encontró %n problema.</numerusform>
            <numerusform>NO íntegro: se encontraron %n problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Package %1, case %2</source>
        <translation>Paquete %1, caso %2</translation>
    </message>
    <message>
        <source>%1 files, %2 bytes, %3 custody events</source>
        <translation>%1 archivos, %2 bytes, %3 eventos de custodia</translation>
    </message>
    <message>
        <source>Signed by %1</source>
        <translation>Firmado por %1</translation>
    </message>
    <message>
        <source>(no valid signature)</source>
        <translation>(sin firma válida)</translation>
    </message>
    <message>
        <source>Signing certificate SHA-256 %1</source>
        <translation>SHA-256 del certificado de firma %1</translation>
    </message>
    <message>
        <source>Time-stamped %1 by %2 (RFC 3161)</source>
        <translation>Sellado de tiempo %1 por %2 (RFC 3161)</translation>
    </message>
    <message>
        <source>Choose the CA certificate the sender gave you under Trusted CA and verify again to check who made the package.</source>
        <translation>Elija en CA de confianza el certificado de CA que le dio el remitente y vuelva a verificar para comprobar quién hizo el paquete.</translation>
    </message>
</context>
<context>
    <name>lpdesk::VideoDecoder</name>
    <message>
        <source>The clip has no video stream.</source>
        <translation>El clip no tiene flujo de vídeo.</translation>
    </message>
    <message>
        <source>No decoder for %1.</source>
        <translation>No hay decodificador para %1.</translation>
    </message>
    <message>
        <source>Cannot open the video decoder.</source>
        <translation>No se puede abrir el decodificador de vídeo.</translation>
    </message>
    <message>
        <source>The clip has no video frames.</source>
        <translation>El clip no tiene fotogramas de vídeo.</translation>
    </message>
    <message>
        <source>Frame %1 is outside the clip (0–%2).</source>
        <translation>El fotograma %1 está fuera del clip (0–%2).</translation>
    </message>
    <message>
        <source>Seeking in the clip failed.</source>
        <translation>Falló la búsqueda en el clip.</translation>
    </message>
    <message>
        <source>The decoder skipped past frame %1.</source>
        <translation>El decodificador se saltó el fotograma %1.</translation>
    </message>
    <message>
        <source>Frame %1 could not be decoded (end of stream).</source>
        <translation>No se pudo decodificar el fotograma %1 (fin del flujo).</translation>
    </message>
    <message>
        <source>Decoding failed: %1</source>
        <translation>Falló la decodificación: %1</translation>
    </message>
    <message>
        <source>Frame %1 could not be decoded.</source>
        <translation>No se pudo decodificar el fotograma %1.</translation>
    </message>
    <message>
        <source>Out of memory converting frame %1.</source>
        <translation>Memoria insuficiente al convertir el fotograma %1.</translation>
    </message>
    <message>
        <source>Frame %1 has an unsupported pixel format.</source>
        <translation>El fotograma %1 tiene un formato de píxel no admitido.</translation>
    </message>
    <message>
        <source>Frame %1: the picture buffer is too small.</source>
        <translation>Fotograma %1: el búfer de imagen es demasiado pequeño.</translation>
    </message>
</context>
<context>
    <name>lpdesk::VideoEncoder</name>
    <message>
        <source>Encoding failed: %1</source>
        <translation>Falló la codificación: %1</translation>
    </message>
    <message>
        <source>The H.264 encoder (libx264) is not available.</source>
        <translation>El codificador H.264 (libx264) no está disponible.</translation>
    </message>
    <message>
        <source>Cannot open the H.264 encoder: %1</source>
        <translation>No se puede abrir el codificador H.264: %1</translation>
    </message>
    <message>
        <source>The H.265 encoder (libx265) is not available.</source>
        <translation>El codificador H.265 (libx265) no está disponible.</translation>
    </message>
    <message>
        <source>Cannot open the H.265 encoder: %1</source>
        <translation>No se puede abrir el codificador H.265: %1</translation>
    </message>
</context>
<context>
    <name>lpdesk::WorkstationKeys</name>
    <message>
        <source>The workstation key &quot;%1&quot; is missing from the database.</source>
        <translation>Falta en la base de datos la clave del puesto &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Could not store the workstation keys: %1</source>
        <translation>No se pudieron guardar las claves del puesto: %1</translation>
    </message>
    <message>
        <source>The workstation recipient key is damaged.</source>
        <translation>La clave de destinatario del puesto está dañada.</translation>
    </message>
    <message>
        <source>Not an LP Desk recipient key file.</source>
        <translation>No es un archivo de clave de destinatario de LP Desk.</translation>
    </message>
    <message>
        <source>The recipient key file is damaged.</source>
        <translation>El archivo de clave de destinatario está dañado.</translation>
    </message>
    <message>
        <source>The organisation CA key is sealed to administrators&apos; key slots only; sign in as an administrator.</source>
        <translation>La clave de la CA de la organización está sellada solo en las ranuras de clave de administradores; inicie sesión como administrador/a.</translation>
    </message>
    <message>
        <source>Could not erase the CA key from the database: %1</source>
        <translation>No se pudo borrar la clave de la CA de la base de datos: %1</translation>
    </message>
    <message>
        <source>The retired recipient key %1 is damaged.</source>
        <translation>La clave de destinatario retirada %1 está dañada.</translation>
    </message>
    <message>
        <source>Could not retire the recipient key: %1</source>
        <translation>No se pudo retirar la clave de destinatario: %1</translation>
    </message>
    <message>
        <source>Could not store the new recipient key: %1</source>
        <translation>No se pudo guardar la nueva clave de destinatario: %1</translation>
    </message>
    <message>
        <source>Cannot read the recipient key history: %1</source>
        <translation>No se puede leer el historial de claves de destinatario: %1</translation>
    </message>
    <message>
        <source>Cannot read the revocation list: %1</source>
        <translation>No se puede leer la lista de revocación: %1</translation>
    </message>
    <message>
        <source>Could not store the revocation list: %1</source>
        <translation>No se pudo guardar la lista de revocación: %1</translation>
    </message>
    <message>
        <source>Could not retire the signing key: %1</source>
        <translation>No se pudo retirar la clave de firma: %1</translation>
    </message>
    <message>
        <source>Could not store the new signing key: %1</source>
        <translation>No se pudo guardar la nueva clave de firma: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>the list it carries is not signed by the organisation CA</source>
        <translation>la lista que lleva no está firmada por la CA de la organización</translation>
    </message>
    <message>
        <source>the list it carries has another number</source>
        <translation>la lista que lleva tiene otro número</translation>
    </message>
    <message>
        <source>the list it carries has another hash</source>
        <translation>la lista que lleva tiene otro hash</translation>
    </message>
    <message>
        <source>it carries no list signed by the organisation CA</source>
        <translation>no lleva ninguna lista firmada por la CA de la organización</translation>
    </message>
    <message>
        <source>it revokes certificate %1 of %2 but carries no list signed by the organisation CA that holds it</source>
        <translation>revoca el certificado %1 de %2 pero no lleva ninguna lista firmada por la CA de la organización que lo incluya</translation>
    </message>
    <message>
        <source>The recipient key %1 in the database is not a key pair: its private key belongs to another public key (replaced with the database key). Restore the database from a backup.</source>
        <translation>La clave de destinatario %1 de la base de datos no es un par de claves: su clave privada corresponde a otra clave pública (sustituida con la clave de la base de datos). Restaure la base de datos desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The recipient key in the database (%1) is not the one the audit log records (%2, audit event %3): it was replaced with the database key, and footage sealed to it would be readable by whoever replaced it. Restore the database from a backup; nothing is pulled or exported until then.</source>
        <translation>La clave de destinatario de la base de datos (%1) no es la que indica el registro de auditoría (%2, evento de auditoría %3): se sustituyó con la clave de la base de datos, y quien la sustituyó podría leer las grabaciones selladas para ella. Restaure la base de datos desde una copia de seguridad; hasta entonces no se descarga ni se exporta nada.</translation>
    </message>
    <message numerus="yes">
        <source>The organisation&apos;s revocation list in the database lacks %n certificate(s) that the audit log records as revoked (the first: %1 of %2, revoked %3): an earlier list was put back. An administrator restores it in Users and roles (or &quot;lpdesk-cli key restore-crl&quot;).</source>
        <translation>
            <numerusform>A la lista de revocación de la organización en la base de datos le falta %n certificado que el registro de auditoría registra como revocado (el primero: %1 de %2, revocado el %3): se volvió a poner una lista anterior. Un administrador la restaura en Usuarios y roles (o con &quot;lpdesk-cli key restore-crl&quot;).</numerusform>
            <numerusform>A la lista de revocación de la organización en la base de datos le faltan %n certificados que el registro de auditoría registra como revocados (el primero: %1 de %2, revocado el %3): se volvió a poner una lista anterior. Un administrador la restaura en Usuarios y roles (o con &quot;lpdesk-cli key restore-crl&quot;).</numerusform>
        </translation>
    </message>
    <message>
        <source>The organisation&apos;s revocation list is missing from the database, but the audit log records that list number %1 was issued: it was removed. An administrator restores it in Users and roles (or &quot;lpdesk-cli key restore-crl&quot;).</source>
        <translation>Falta en la base de datos la lista de revocación de la organización, pero el registro de auditoría indica que se emitió la lista número %1: se eliminó. Un administrador la restaura en Usuarios y roles (o con &quot;lpdesk-cli key restore-crl&quot;).</translation>
    </message>
    <message>
        <source>The organisation&apos;s revocation list in the database is number %1, but the audit log records that list number %2 was issued: an earlier list was put back. An administrator restores it in Users and roles (or &quot;lpdesk-cli key restore-crl&quot;).</source>
        <translation>La lista de revocación de la organización en la base de datos es la número %1, pero el registro de auditoría indica que se emitió la lista número %2: se volvió a poner una lista anterior. Un administrador la restaura en Usuarios y roles (o con &quot;lpdesk-cli key restore-crl&quot;).</translation>
    </message>
</context>
<context>
    <name>lpdesk::ZipReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>Not a valid package archive: %1</source>
        <translation>No es un archivo de paquete válido: %1</translation>
    </message>
    <message>
        <source>the file is too small</source>
        <translation>el archivo es demasiado pequeño</translation>
    </message>
    <message>
        <source>the end of the file cannot be read</source>
        <translation>no se puede leer el final del archivo</translation>
    </message>
    <message>
        <source>no end-of-central-directory record</source>
        <translation>no hay registro de fin de directorio central</translation>
    </message>
    <message>
        <source>multi-volume archives are not packages</source>
        <translation>los archivos multivolumen no son paquetes</translation>
    </message>
    <message>
        <source>ZIP64 fields without a ZIP64 locator</source>
        <translation>campos ZIP64 sin localizador ZIP64</translation>
    </message>
    <message>
        <source>the ZIP64 end record points outside the file</source>
        <translation>el registro final ZIP64 apunta fuera del archivo</translation>
    </message>
    <message>
        <source>the ZIP64 end record is missing</source>
        <translation>falta el registro final ZIP64</translation>
    </message>
    <message>
        <source>%1 entries (at most %2)</source>
        <translation>%1 entradas (como máximo %2)</translation>
    </message>
    <message>
        <source>the central directory lies outside the file</source>
        <translation>el directorio central está fuera del archivo</translation>
    </message>
    <message>
        <source>the central directory is truncated</source>
        <translation>el directorio central está truncado</translation>
    </message>
    <message>
        <source>central directory entry %1 is damaged</source>
        <translation>la entrada %1 del directorio central está dañada</translation>
    </message>
    <message>
        <source>central directory entry %1 is truncated</source>
        <translation>la entrada %1 del directorio central está truncada</translation>
    </message>
    <message>
        <source>unsafe entry name &quot;%1&quot; (absolute, &quot;..&quot;, backslash or unusual characters)</source>
        <translation>nombre de entrada inseguro &quot;%1&quot; (absoluto, &quot;..&quot;, barra invertida o caracteres inusuales)</translation>
    </message>
    <message>
        <source>%1 is a symbolic link</source>
        <translation>%1 es un enlace simbólico</translation>
    </message>
    <message>
        <source>%1 is a directory entry</source>
        <translation>%1 es una entrada de directorio</translation>
    </message>
    <message>
        <source>%1 uses strong encryption, which packages never do</source>
        <translation>%1 usa cifrado fuerte, que los paquetes nunca usan</translation>
    </message>
    <message>
        <source>%1 has a damaged extra field</source>
        <translation>%1 tiene un campo extra dañado</translation>
    </message>
    <message>
        <source>%1 has a short ZIP64 field</source>
        <translation>%1 tiene un campo ZIP64 corto</translation>
    </message>
    <message>
        <source>%1 uses an AES variant packages never use</source>
        <translation>%1 usa una variante de AES que los paquetes nunca usan</translation>
    </message>
    <message>
        <source>%1 says AES without the AES field</source>
        <translation>%1 indica AES sin el campo AES</translation>
    </message>
    <message>
        <source>%1 uses legacy ZIP encryption, which packages never do</source>
        <translation>%1 usa el cifrado ZIP antiguo, que los paquetes nunca usan</translation>
    </message>
    <message>
        <source>%1 is compressed (method %2); package entries are stored</source>
        <translation>%1 está comprimido (método %2); las entradas de los paquetes se almacenan sin comprimir</translation>
    </message>
    <message>
        <source>%1 declares %2 bytes but stores %3</source>
        <translation>%1 declara %2 bytes pero almacena %3</translation>
    </message>
    <message>
        <source>%1 declares %2 bytes at offset %3 in a file of %4 bytes</source>
        <translation>%1 declara %2 bytes en la posición %3 de un archivo de %4 bytes</translation>
    </message>
    <message>
        <source>%1 appears twice</source>
        <translation>%1 aparece dos veces</translation>
    </message>
    <message>
        <source>the local header of %1 is missing</source>
        <translation>falta la cabecera local de %1</translation>
    </message>
    <message>
        <source>the local header of %1 names %2</source>
        <translation>la cabecera local de %1 nombra %2</translation>
    </message>
    <message>
        <source>the local header of %1 disagrees with the central directory</source>
        <translation>la cabecera local de %1 no concuerda con el directorio central</translation>
    </message>
    <message>
        <source>%1 runs past the end of the data</source>
        <translation>%1 se extiende más allá del final de los datos</translation>
    </message>
    <message>
        <source>two entries overlap</source>
        <translation>dos entradas se solapan</translation>
    </message>
    <message>
        <source>unaccounted bytes before %1</source>
        <translation>bytes sin justificar antes de %1</translation>
    </message>
    <message>
        <source>the local header of %1 has been altered</source>
        <translation>se alteró la cabecera local de %1</translation>
    </message>
    <message>
        <source>unaccounted bytes before the central directory</source>
        <translation>bytes sin justificar antes del directorio central</translation>
    </message>
    <message>
        <source>the central directory has been altered</source>
        <translation>se alteró el directorio central</translation>
    </message>
    <message>
        <source>unaccounted bytes after the central directory</source>
        <translation>bytes sin justificar después del directorio central</translation>
    </message>
    <message>
        <source>the end records have been altered</source>
        <translation>se alteraron los registros finales</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The package is encrypted: give its password.</source>
        <translation>El paquete está cifrado: indique su contraseña.</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>truncado</translation>
    </message>
    <message>
        <source>Cannot derive the package key.</source>
        <translation>No se puede derivar la clave del paquete.</translation>
    </message>
    <message>
        <source>Wrong password for the package.</source>
        <translation>Contraseña del paquete incorrecta.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Decryption failed.</source>
        <translation>Falló el descifrado.</translation>
    </message>
    <message>
        <source>its authentication code does not match (changed or damaged)</source>
        <translation>su código de autenticación no coincide (modificado o dañado)</translation>
    </message>
    <message>
        <source>its CRC-32 does not match (changed or damaged)</source>
        <translation>su CRC-32 no coincide (modificado o dañado)</translation>
    </message>
    <message>
        <source>The package has no %1.</source>
        <translation>El paquete no tiene %1.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes.</source>
        <translation>%1 supera los %2 bytes.</translation>
    </message>
    <message>
        <source>Not a safe archive: %1</source>
        <translation>No es un archivo seguro: %1</translation>
    </message>
    <message>
        <source>unsafe folder name &quot;%1&quot;</source>
        <translation>nombre de carpeta no seguro &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 would expand %2 bytes to %3 (a compression bomb)</source>
        <translation>%1 expandiría %2 bytes a %3 (una bomba de descompresión)</translation>
    </message>
    <message>
        <source>Cannot start inflating.</source>
        <translation>No se puede iniciar la descompresión.</translation>
    </message>
    <message>
        <source>its compressed data is damaged</source>
        <translation>sus datos comprimidos están dañados</translation>
    </message>
    <message>
        <source>it inflates past its declared %1 bytes</source>
        <translation>se descomprime por encima de los %1 bytes declarados</translation>
    </message>
    <message>
        <source>it inflates to %1 bytes, not the declared %2</source>
        <translation>se descomprime en %1 bytes, no en los %2 declarados</translation>
    </message>
</context>
<context>
    <name>lpdesk::ZipWriter</name>
    <message>
        <source>Cannot write the package: %1</source>
        <translation>No se puede escribir el paquete: %1</translation>
    </message>
    <message>
        <source>The package needs a writable, seekable file.</source>
        <translation>El paquete necesita un archivo en el que se pueda escribir y buscar.</translation>
    </message>
    <message>
        <source>An entry is still open.</source>
        <translation>Todavía hay una entrada abierta.</translation>
    </message>
    <message>
        <source>Not a safe name for a package entry: %1</source>
        <translation>No es un nombre seguro para una entrada de paquete: %1</translation>
    </message>
    <message>
        <source>The package already has an entry %1.</source>
        <translation>El paquete ya tiene una entrada %1.</translation>
    </message>
    <message>
        <source>Cannot derive the package encryption key.</source>
        <translation>No se puede derivar la clave de cifrado del paquete.</translation>
    </message>
    <message>
        <source>No entry is open.</source>
        <translation>No hay ninguna entrada abierta.</translation>
    </message>
    <message>
        <source>Encryption failed.</source>
        <translation>Falló el cifrado.</translation>
    </message>
</context>
<context>
    <name>lpdesk::detect::Detector</name>
    <message>
        <source>The face model embedded in LP Desk cannot be loaded (a damaged build).</source>
        <translation>No se puede cargar el modelo de rostros integrado en LP Desk (compilación dañada).</translation>
    </message>
    <message>
        <source>The face cascades of opencv-data are missing (%1).</source>
        <translation>Faltan las cascadas de rostros de opencv-data (%1).</translation>
    </message>
    <message>
        <source>The plate cascade of opencv-data is missing (%1).</source>
        <translation>Falta la cascada de matrículas de opencv-data (%1).</translation>
    </message>
    <message>
        <source>Nothing to detect: name faces, people or plates.</source>
        <translation>Nada que detectar: indique rostros, personas o matrículas.</translation>
    </message>
    <message>
        <source>A detection setting is out of range.</source>
        <translation>Un ajuste de detección está fuera de rango.</translation>
    </message>
    <message>
        <source>The clip has no video frames.</source>
        <translation>El clip no tiene fotogramas de vídeo.</translation>
    </message>
    <message>
        <source>Detection cancelled.</source>
        <translation>Detección cancelada.</translation>
    </message>
    <message>
        <source>Detection failed in OpenCV: %1</source>
        <translation>Falló la detección en OpenCV: %1</translation>
    </message>
    <message>
        <source>The box&apos;s time is outside the clip.</source>
        <translation>La hora del recuadro está fuera del clip.</translation>
    </message>
    <message>
        <source>The box is too small or outside the frame.</source>
        <translation>El recuadro es demasiado pequeño o está fuera del fotograma.</translation>
    </message>
    <message>
        <source>Tracking cancelled.</source>
        <translation>Seguimiento cancelado.</translation>
    </message>
    <message>
        <source>Tracking failed in OpenCV: %1</source>
        <translation>Falló el seguimiento en OpenCV: %1</translation>
    </message>
    <message>
        <source>The clip has no more frames.</source>
        <translation>El clip no tiene más fotogramas.</translation>
    </message>
    <message>
        <source>The body cascades of opencv-data are missing (%1).</source>
        <translation>Faltan las cascadas de cuerpos de opencv-data (%1).</translation>
    </message>
</context>
</TS>
