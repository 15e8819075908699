#include "export/PackageDocuments.h"

#include "common/Time.h"
#include "crypto/Sha256.h"
#include "custody/HashChain.h"
#include "export/CaseProvenance.h"
#include "model/Currency.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lpdesk {

namespace {

QString humanSize(qint64 bytes)
{
    if (bytes >= 1024 * 1024)
        return QStringLiteral("%1 MiB").arg(static_cast<double>(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
    if (bytes >= 1024)
        return QStringLiteral("%1 KiB").arg(static_cast<double>(bytes) / 1024.0, 0, 'f', 1);
    return QStringLiteral("%1 B").arg(bytes);
}

} // namespace

QStringList PackageDocuments::metaFiles()
{
    return {QStringLiteral("manifest.json"), QStringLiteral("manifest.json.p7s"), QStringLiteral("manifest.json.tsr"),
            QStringLiteral("SHA256SUMS")};
}

QByteArray PackageDocuments::manifest(const PackageModel& m)
{
    QJsonArray incidents;
    for (const IncidentDetail& d : m.incidents)
        incidents.append(QJsonObject {{QLatin1String("id"), d.row.id},
                                      {QLatin1String("store_id"), d.row.storeId},
                                      {QLatin1String("store_name"), m.storeNames.value(d.row.storeId)},
                                      {QLatin1String("timezone"), QString::fromUtf8(m.zoneOf(d.row.storeId).id())},
                                      {QLatin1String("type"), d.row.type},
                                      {QLatin1String("severity"), d.row.severity},
                                      {QLatin1String("trigger"), d.row.trigger},
                                      {QLatin1String("detected_at"), d.row.detectedAt},
                                      {QLatin1String("detected_at_local"), d.row.detectedAtLocal}});
    QJsonArray files;
    for (const PackageFile& f : m.files)
        files.append(f.toJson());
    const ChainEvent head = m.custody.isEmpty() ? ChainEvent() : m.custody.last();
    const Release& r = m.release;
    QJsonObject o {
        {QLatin1String("format"), QStringLiteral("lpdesk-package")},
        {QLatin1String("version"), 1},
        {QLatin1String("package_id"), m.packageId},
        {QLatin1String("created_at"), m.createdAt},
        {QLatin1String("created_by"), m.createdBy},
        {QLatin1String("organisation"), m.organisation},
        {QLatin1String("tool"),
         QJsonObject {{QLatin1String("name"), QStringLiteral("LP Desk")}, {QLatin1String("version"), m.toolVersion}}},
        {QLatin1String("signing_certificate_sha256"), m.signingCertificateSha256},
        {QLatin1String("case"),
         QJsonObject {{QLatin1String("id"), m.caseId},
                      {QLatin1String("reference"), m.caseReference},
                      {QLatin1String("title"), m.caseTitle},
                      {QLatin1String("status"), m.caseStatus},
                      {QLatin1String("incidents"), incidents}}},
        {QLatin1String("release"),
         QJsonObject {{QLatin1String("id"), r.id},
                      {QLatin1String("purpose"), r.purpose},
                      {QLatin1String("recipient"), r.recipient},
                      {QLatin1String("agency_id"), r.agencyId},
                      {QLatin1String("note"), r.note},
                      {QLatin1String("requested_by"), r.requestedBy},
                      {QLatin1String("requested_at"), r.requestedAt},
                      {QLatin1String("approved_by"), r.decidedBy},
                      {QLatin1String("approved_at"), r.decidedAt},
                      {QLatin1String("approval_note"), r.decisionNote},
                      {QLatin1String("content_sha256"), r.contentSha256},
                      {QLatin1String("personal_data_included"),
                       QJsonObject {{QLatin1String("contacts"), r.pii.contacts},
                                    {QLatin1String("anonymous_names"), r.pii.anonymousNames},
                                    {QLatin1String("customer_data"), r.pii.customerData}}}}},
        {QLatin1String("custody"),
         QJsonObject {{QLatin1String("file"), QStringLiteral("custody.json")},
                      {QLatin1String("chain"), m.custodyChain},
                      {QLatin1String("events"), static_cast<qint64>(m.custody.size())},
                      {QLatin1String("head_seq"), head.seq},
                      {QLatin1String("head_hash"), head.hash}}},
        {QLatin1String("files"), files}};
    if (!m.tsaUrl.isEmpty())
        o.insert(QLatin1String("timestamp"),
                 QJsonObject {{QLatin1String("token"), QStringLiteral("manifest.json.tsr")},
                              {QLatin1String("tsa_url"), m.tsaUrl},
                              {QLatin1String("tsa_ca"), QStringLiteral("tsa-ca.pem")},
                              {QLatin1String("imprint"), QStringLiteral("sha256 of manifest.json")}});
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QByteArray PackageDocuments::custody(const PackageModel& m)
{
    QJsonArray events;
    for (const ChainEvent& e : m.custody)
        events.append(QJsonObject {{QLatin1String("seq"), e.seq},
                                   {QLatin1String("at"), e.at},
                                   {QLatin1String("actor"), e.actor},
                                   {QLatin1String("action"), e.action},
                                   {QLatin1String("event"), QString::fromUtf8(e.eventText)},
                                   {QLatin1String("prev_hash"), e.prevHash},
                                   {QLatin1String("hash"), e.hash}});
    QJsonObject o {
        {QLatin1String("format"), QStringLiteral("lpdesk-custody")},
        {QLatin1String("version"), 1},
        {QLatin1String("chain"), m.custodyChain},
        {QLatin1String("hash_rule"),
         QStringLiteral("hash = SHA-256(bytes of prev_hash (hex-decoded, 32 bytes) || UTF-8 bytes of event); "
                        "the first event's prev_hash is 64 zeros; event is canonical JSON (sorted keys, no "
                        "spaces) and holds its own seq, chain, at, actor, action and details")},
        {QLatin1String("checkpoint_rule"),
         QStringLiteral("a checkpoint event's details carry p7s, a CMS detached signature (DER, base64) by the "
                        "acting person's certificate (issued by org-ca.pem, CN = the event's actor) over the ASCII "
                        "text 'lpdesk-custody-checkpoint-v1|<chain>|<covers_seq>|<covers_hash>'; older checkpoints "
                        "carry signature, an ECDSA P-256 / SHA-256 signature (DER, base64) over the same text by "
                        "the signer of manifest.json.p7s")},
        {QLatin1String("events"), events}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<QPair<QString, QList<ChainEvent>>> PackageDocuments::parseCustody(const QByteArray& json)
{
    QJsonParseError pe;
    const QJsonObject o = QJsonDocument::fromJson(json, &pe).object();
    if (pe.error != QJsonParseError::NoError
        || o.value(QLatin1String("format")).toString() != QLatin1String("lpdesk-custody"))
        return makeError(ErrorKind::Verification, tr("custody.json is not an LP Desk custody chain"));
    const QString chain = o.value(QLatin1String("chain")).toString();
    QList<ChainEvent> events;
    for (const QJsonValue& v : o.value(QLatin1String("events")).toArray()) {
        const QJsonObject e = v.toObject();
        ChainEvent c;
        c.seq = e.value(QLatin1String("seq")).toInteger();
        c.chain = chain;
        c.at = e.value(QLatin1String("at")).toString();
        c.actor = e.value(QLatin1String("actor")).toString();
        c.action = e.value(QLatin1String("action")).toString();
        c.eventText = e.value(QLatin1String("event")).toString().toUtf8();
        c.prevHash = e.value(QLatin1String("prev_hash")).toString();
        c.hash = e.value(QLatin1String("hash")).toString();
        events << c;
    }
    return qMakePair(chain, events);
}

QByteArray PackageDocuments::provenance(const PackageModel& m)
{
    return CaseProvenance::jsonLd(m);
}

QByteArray PackageDocuments::index(const PackageModel& m)
{
    QString h;
    h += QStringLiteral(
             "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
             "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
             "img-src 'self'; media-src 'self'\">"
             "<title>%1 — %2</title><style>"
             "body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;width:100%}"
             "td,th{border:1px solid #ccc;padding:4px 6px;text-align:left;vertical-align:top;font-size:13px}"
             "code{font-size:11px;word-break:break-all}h1{font-size:20px}.muted{color:#666}"
             "</style></head><body>\n")
             .arg(m.caseReference.toHtmlEscaped(), m.caseTitle.toHtmlEscaped());
    h += QStringLiteral("<h1>%1 — %2</h1>\n").arg(m.caseReference.toHtmlEscaped(), m.caseTitle.toHtmlEscaped());
    h += QStringLiteral(
             "<p>Sealed evidence package <b>%1</b>, created %2 by %3 (%4) with LP Desk %5. Released for %6%7, "
             "approved by %8 on %9.</p>\n")
             .arg(m.packageId.toHtmlEscaped(), m.createdAt.toHtmlEscaped(), m.createdBy.toHtmlEscaped(),
                  m.organisation.toHtmlEscaped(), m.toolVersion.toHtmlEscaped(), m.release.purpose.toHtmlEscaped(),
                  m.release.recipient.isEmpty()
                      ? QString()
                      : QStringLiteral(" (") + m.release.recipient.toHtmlEscaped() + QLatin1Char(')'),
                  m.release.decidedBy.toHtmlEscaped(), m.release.decidedAt.toHtmlEscaped());
    h += QStringLiteral(
        "<h2>Checking this package</h2><p class=\"muted\">No software from the sender is needed. In the "
        "unpacked folder:</p><pre>sha256sum -c SHA256SUMS\n"
        "openssl cms -verify -binary -inform DER -content manifest.json -in manifest.json.p7s "
        "-CAfile org-ca.pem -out /dev/null</pre><p class=\"muted\">Compare org-ca.pem with the certificate the "
        "sender gave you separately. custody.json explains how to recompute its hash chain.</p>\n");
    h += QStringLiteral("<h2>Incidents</h2><table><tr><th>Store</th><th>Type</th><th>Detected (store "
                        "time)</th><th>Narrative</th></tr>\n");
    for (const IncidentDetail& d : m.incidents)
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>\n")
                 .arg(m.storeNames.value(d.row.storeId).toHtmlEscaped(), d.row.type.toHtmlEscaped(),
                      d.row.detectedAtLocal.toHtmlEscaped(), d.narrative.toHtmlEscaped());
    h += QStringLiteral(
        "</table>\n<h2>Files</h2><table><tr><th>Exhibit</th><th>File</th><th>What it is</th><th>Size</th>"
        "<th>SHA-256</th></tr>\n");
    for (const PackageFile& f : m.files)
        h += QStringLiteral(
                 "<tr><td>%1</td><td><a href=\"%2\">%3</a></td><td>%4</td><td>%5</td><td><code>%6</code></td></tr>\n")
                 .arg(f.exhibit.toHtmlEscaped(), f.path.toHtmlEscaped(), f.path.toHtmlEscaped(),
                      f.description.toHtmlEscaped(), humanSize(f.size), f.sha256.toHtmlEscaped());
    h += QStringLiteral(
        "</table>\n<p class=\"muted\">The package's own documents (manifest.json and its signature, "
        "SHA256SUMS, this page) are covered by SHA256SUMS and the signed manifest.</p>\n</body></html>\n");
    return h.toUtf8();
}

QByteArray PackageDocuments::sha256sums(const QMap<QString, QString>& hashes)
{
    QByteArray out;
    for (auto it = hashes.constBegin(); it != hashes.constEnd(); ++it)
        out += it.value().toLatin1() + "  " + it.key().toUtf8() + '\n';
    return out;
}

QByteArray PackageDocuments::statementText(const Statement& s, const QString& exhibit)
{
    QString t;
    t += QStringLiteral("Statement %1 (version %2%3)\n")
             .arg(exhibit)
             .arg(s.version)
             .arg(s.previousId.isEmpty() ? QString()
                                         : QStringLiteral(", a correction of version %1").arg(s.version - 1));
    t += QStringLiteral("Author: %1%2\n")
             .arg(s.author,
                  s.anonymous && s.author == s.pseudonym
                      ? QStringLiteral(" (pseudonym: the author asked to stay anonymous)")
                      : QString());
    t += QStringLiteral("Role: %1\n").arg(s.role);
    t += QStringLiteral("Taken: %1\n").arg(s.takenAt);
    t += QStringLiteral("Contact: %1\n").arg(s.contact.isEmpty() ? QStringLiteral("[withheld]") : s.contact);
    t += QStringLiteral("Recorded by: %1 on %2; signed off by %3 on %4\n\n")
             .arg(s.createdBy, s.createdAt, s.signedOffBy, s.signedOffAt);
    t += s.text;
    if (!t.endsWith(QLatin1Char('\n')))
        t += QLatin1Char('\n');
    t += QStringLiteral("\n%1\n").arg(s.attestation);
    return t.toUtf8();
}

QByteArray PackageDocuments::statementsJson(const PackageModel& m)
{
    QJsonArray out;
    int n = 0;
    for (const Statement& s : m.statements) {
        QJsonObject o = s.toJson(false);
        o.remove(QLatin1String("pseudonym"));
        if (s.contact.isEmpty())
            o.insert(QLatin1String("contact"), QStringLiteral("[withheld]"));
        o.insert(QLatin1String("exhibit"), QStringLiteral("S%1").arg(++n, 2, 10, QLatin1Char('0')));
        out.append(o);
    }
    return QJsonDocument(out).toJson(QJsonDocument::Indented);
}

QByteArray PackageDocuments::posJson(const PackageModel& m)
{
    QJsonArray out;
    for (const LinkedTransaction& t : m.pos) {
        QJsonObject o = t.toJson(!m.release.pii.customerData);
        o.remove(QLatin1String("import_id"));
        out.append(o);
    }
    return QJsonDocument(out).toJson(QJsonDocument::Indented);
}

QByteArray PackageDocuments::posCsv(const PackageModel& m)
{
    QByteArray out
        = "store_id,register,sequence,begin_register_clock,begin_true_utc,operator,line,kind,item_id,description,"
          "quantity,unit_price,amount,currency,void,tender_type,card_last4,entry_method,exceptions\n";
    auto cell = [](const QString& s) {
        QString v = s;
        if (v.startsWith(QLatin1Char('=')) || v.startsWith(QLatin1Char('+')) || v.startsWith(QLatin1Char('-'))
            || v.startsWith(QLatin1Char('@')))
            v.prepend(QLatin1Char('\'')); // no formulas when opened in a spreadsheet
        if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n')))
            v = QLatin1Char('"') + v.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        return v.toUtf8();
    };
    for (const LinkedTransaction& t : m.pos) {
        int n = 0;
        for (const PosLineItem& l : t.lines) {
            const QList<QByteArray> cells {
                cell(t.storeId),
                cell(t.registerId),
                cell(t.sequence),
                cell(t.beginRaw),
                cell(t.beginUtc),
                cell(t.operatorId),
                QByteArray::number(++n),
                cell(PosTransaction::kindName(l.kind)),
                cell(l.itemId),
                cell(l.description),
                QByteArray::number(l.quantity),
                Currency::plain(l.unitPrice, t.exponent).toUtf8(),
                Currency::plain(l.amount, t.exponent).toUtf8(),
                cell(t.currency),
                l.voided ? "1" : "0",
                cell(l.tenderType),
                cell(l.cardLast4.isEmpty() ? QString()
                                           : (m.release.pii.customerData ? l.cardLast4 : QStringLiteral("withheld"))),
                cell(l.entryMethod),
                cell(t.exceptions.join(QLatin1Char(';')))};
            out += cells.join(',') + '\n';
        }
    }
    return out;
}

} // namespace lpdesk
