#include "report/AuditLogReport.h"

#include "common/Time.h"
#include "db/CaseDatabase.h"
#include "report/PdfPages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace lpdesk {

namespace {

QString auditHtml(const QString& s)
{
    return s.toHtmlEscaped();
}

QString codeWords(QString code)
{
    return code.replace(QLatin1Char('_'), QLatin1Char(' '));
}

// A detail's value as text: scalars as they are, lists joined, objects as "key value" pairs.
QString detailText(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? AuditLogReport::tr("yes") : AuditLogReport::tr("no");
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isArray()) {
        QStringList items;
        for (const QJsonValue& item : v.toArray())
            items << detailText(item);
        return items.join(QStringLiteral(", "));
    }
    if (v.isObject()) {
        QStringList pairs;
        const QJsonObject o = v.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            pairs << QStringLiteral("%1 %2").arg(codeWords(it.key()), detailText(it.value()));
        return pairs.join(QStringLiteral("; "));
    }
    return {};
}

} // namespace

bool AuditFilter::matches(const ChainEvent& e) const
{
    if (!user.isEmpty() && e.actor != user)
        return false;
    if (!action.isEmpty() && e.action != action)
        return false;
    if (since.isValid() || until.isValid()) {
        const QDateTime at = parseRfc3339(e.at);
        if (at.isValid() && ((since.isValid() && at < since) || (until.isValid() && at >= until)))
            return false;
    }
    if (!text.trimmed().isEmpty()) {
        const QString details = QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact));
        if (!details.contains(text.trimmed(), Qt::CaseInsensitive)
            && !AuditLogReport::what(e).contains(text.trimmed(), Qt::CaseInsensitive))
            return false;
    }
    return true;
}

QString AuditFilter::describe() const
{
    QStringList parts;
    parts << (user.isEmpty() ? AuditLogReport::tr("everyone") : AuditLogReport::tr("by %1").arg(user));
    parts << (action.isEmpty() ? AuditLogReport::tr("every action") : codeWords(action));
    if (since.isValid())
        parts << AuditLogReport::tr("since %1").arg(formatInZone(since, QTimeZone::systemTimeZone()));
    if (until.isValid())
        parts << AuditLogReport::tr("before %1").arg(formatInZone(until, QTimeZone::systemTimeZone()));
    if (!text.trimmed().isEmpty())
        parts << AuditLogReport::tr("details containing \"%1\"").arg(text.trimmed());
    return parts.join(QStringLiteral(" · "));
}

QString AuditLogReport::what(const ChainEvent& e)
{
    const QJsonObject& d = e.details;
    auto s = [&d](const char* key) { return detailText(d.value(QLatin1String(key))); };
    const QString a = e.action;
    if (a == QLatin1String("login"))
        return tr("signed in");
    if (a == QLatin1String("login_failed"))
        return tr("a failed sign-in as %1 at %2").arg(s("user"), s("attempted_at"));
    if (a == QLatin1String("database_created"))
        return tr("created the case database with %1 as administrator").arg(s("admin"));
    if (a == QLatin1String("user_added"))
        return tr("added the user %1 as %2").arg(s("user"), s("role"));
    if (a == QLatin1String("user_removed"))
        return tr("removed the user %1").arg(s("user"));
    if (a == QLatin1String("role_changed"))
        return tr("changed the role of %1 from %2 to %3").arg(s("user"), s("from"), s("to"));
    if (a == QLatin1String("legal_grant_requested"))
        return tr("granted %1 the legal role, to be confirmed by a second administrator").arg(s("user"));
    if (a == QLatin1String("legal_grant_confirmed"))
        return tr("confirmed the legal role %1 granted %2").arg(s("requested_by"), s("user"));
    if (a == QLatin1String("legal_grant_policy_changed"))
        return d.value(QLatin1String("on")).toBool()
            ? tr("required a second administrator for grants of the legal role")
            : tr("stopped requiring a second administrator for grants of the legal role");
    if (a == QLatin1String("passphrase_changed"))
        return tr("changed the passphrase of %1").arg(s("user"));
    if (a == QLatin1String("passphrase_policy_changed"))
        return tr("set the minimum passphrase length to %1 characters (it was %2)")
            .arg(s("minimum_length"), s("previous_minimum_length"));
    if (a == QLatin1String("personal_certificate_issued"))
        return tr("issued a personal certificate to %1 (serial %2)").arg(s("user"), s("serial"));
    if (a == QLatin1String("ca_certificate_confirmed"))
        return tr("confirmed the organisation's CA certificate (SHA-256 %1) for the key slot of %2")
            .arg(s("ca_sha256").left(16), s("user"));
    if (a == QLatin1String("key_slot_ca_pinned"))
        return tr("pinned the key slot of %1 to the organisation's CA certificate").arg(s("user"));
    if (a == QLatin1String("certificate_revoked"))
        return tr("revoked the certificate of %1 (serial %2)").arg(s("user"), s("serial"));
    if (a == QLatin1String("session_locked"))
        return s("reason") == QLatin1String("idle")
            ? tr("left the workstation idle: it locked itself after %n minute(s) without input", nullptr,
                 d.value(QLatin1String("idle_minutes")).toInt())
            : tr("locked the workstation");
    if (a == QLatin1String("settings_changed"))
        return tr("changed the setting %1").arg(codeWords(s("key")));
    if (a == QLatin1String("audit_log_exported"))
        return tr("exported %1 audit event(s) to %2").arg(s("rows"), s("to"));
    if (a == QLatin1String("backup"))
        return tr("backed up the database to %1").arg(s("to"));
    if (a == QLatin1String("evidence_read"))
        return d.contains(QLatin1String("what")) ? tr("looked at %1").arg(s("what")) : tr("looked at evidence");
    if (a == QLatin1String("store_added"))
        return tr("added the store %1").arg(s("store"));
    if (a == QLatin1String("store_removed"))
        return tr("removed the store %1").arg(s("store"));
    if (a == QLatin1String("store_pos_id_added"))
        return tr("gave the store %1 the POS store id %2").arg(s("store"), s("pos_id"));
    if (a == QLatin1String("store_pos_id_removed"))
        return tr("took the POS store id %2 from the store %1").arg(s("store"), s("pos_id"));
    if (a == QLatin1String("pull"))
        return tr("pulled incidents from the stores");
    if (a == QLatin1String("rekey_started") || a == QLatin1String("rekey_completed"))
        return a == QLatin1String("rekey_started") ? tr("started a rotation of the database keys")
                                                   : tr("rotated the database keys");
    if (a == QLatin1String("anchor_written"))
        return tr("wrote anchor %1 to the anchor file").arg(s("n"));
    if (a == QLatin1String("key_slot_ca_pinned"))
        return tr("pinned the key slot of %1 to the organisation CA certificate").arg(s("user"));
    // Anything else: the action, then each detail as "name value" (a revocation list recorded in full, crl_pem, is
    // named by its number and hash only).
    QString out = codeWords(a);
    QStringList pairs;
    for (auto it = d.constBegin(); it != d.constEnd(); ++it)
        if (!it.value().isNull() && it.key() != QLatin1String("crl_pem"))
            pairs << QStringLiteral("%1 %2").arg(codeWords(it.key()), detailText(it.value()));
    if (!pairs.isEmpty())
        out += QStringLiteral(": ") + pairs.join(QStringLiteral(", "));
    return out;
}

QList<ChainEvent> AuditLogReport::filter(const QList<ChainEvent>& events, const AuditFilter& f)
{
    QList<ChainEvent> out;
    for (const ChainEvent& e : events)
        if (f.matches(e))
            out << e;
    return out;
}

QString AuditLogReport::html(const QList<ChainEvent>& shown, qint64 total, const AuditReport& v, const AuditFilter& f,
                             const QTimeZone& zone)
{
    QString h = QStringLiteral("<html><body style='font-size:9pt'>");
    h += QStringLiteral("<h1>%1</h1>").arg(auditHtml(tr("Audit log")));
    h += QStringLiteral("<table cellpadding='2'>");
    auto row = [&h](const QString& label, const QString& value) {
        h += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(auditHtml(label), auditHtml(value));
    };
    row(tr("Printed"), formatInZone(utcNow(), zone));
    row(tr("Chain"),
        v.ok() ? tr("verified: all %n event(s) intact", nullptr, static_cast<int>(v.chain.events))
               : tr("NOT INTACT: %1").arg(v.chain.summary()));
    for (const QString& p : v.anchorProblems)
        row(tr("Anchor"), p);
    row(tr("Head hash"), v.chain.headHash);
    row(tr("Filter"), f.describe());
    row(tr("Shown"), tr("%1 of %n event(s)", nullptr, static_cast<int>(total)).arg(shown.size()));
    h += QStringLiteral("</table>");
    h += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' width='100%'>");
    h += QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
             .arg(auditHtml(tr("#")), auditHtml(tr("When")), auditHtml(tr("Who")), auditHtml(tr("What")));
    for (const ChainEvent& e : shown) {
        const QDateTime at = parseRfc3339(e.at);
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                 .arg(e.seq)
                 .arg(auditHtml(at.isValid() ? formatInZone(at, zone) : e.at), auditHtml(e.actor), auditHtml(what(e)));
    }
    h += QStringLiteral("</table></body></html>");
    return h;
}

Result<int> AuditLogReport::writePdf(CaseDatabase& db, const AuditFilter& f, const QString& path, const QTimeZone& zone)
{
    ChainReader reader(db);
    auto events = reader.auditEvents();
    if (!events)
        return events.error();
    auto verification = reader.verifyAudit();
    if (!verification)
        return verification.error();
    // Newest first, as the audit dialog shows them.
    QList<ChainEvent> newestFirst(events->crbegin(), events->crend());
    const QList<ChainEvent> shown = filter(newestFirst, f);
    PdfPageSetup setup;
    setup.title = tr("LP Desk audit log");
    setup.creator = QStringLiteral("LP Desk %1").arg(QStringLiteral(LPDESK_VERSION));
    setup.header = tr("LP Desk audit log · %1 · head %2").arg(db.databaseId(), verification->chain.headHash.left(16));
    setup.footer = [](int page, int pages) { return tr("Audit log · page %1 of %2").arg(page).arg(pages); };
    auto pdf = PdfPages::render(html(shown, events->size(), *verification, f, zone), setup);
    if (!pdf)
        return pdf.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*pdf) != pdf->size() || !file.commit())
        return failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    LP_TRY(db.audit(QStringLiteral("audit_log_exported"),
                    QJsonObject {{QLatin1String("to"), path},
                                 {QLatin1String("rows"), shown.size()},
                                 {QLatin1String("format"), QStringLiteral("pdf")},
                                 {QLatin1String("filter"), f.describe()}}));
    return static_cast<int>(shown.size());
}

} // namespace lpdesk
