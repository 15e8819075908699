#include "police/RequestTemplates.h"

#include "auth/Permissions.h"
#include "auth/Session.h"
#include "cases/CaseService.h"
#include "common/CanonicalJson.h"
#include "common/Time.h"
#include "crypto/Sha256.h"
#include "db/CaseDatabase.h"
#include "db/SqlRow.h"
#include "police/PoliceRequests.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <optional>

namespace lpdesk {

namespace {

const char* const Columns
    = "name, version, kind, title, due_days, legal_basis, asked, letter, sha256, created_at, created_by";

RequestTemplate fromRow(const SqlRow& row)
{
    RequestTemplate t;
    t.name = row.string("name");
    t.version = row.integer("version");
    t.kind = row.string("kind");
    t.title = row.string("title");
    t.dueDays = row.integer("due_days");
    t.legalBasis = row.string("legal_basis");
    t.asked = row.string("asked");
    t.letter = row.string("letter");
    t.sha256 = row.string("sha256");
    t.createdAt = row.string("created_at");
    t.createdBy = row.string("created_by");
    return t;
}

bool validName(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,39}\\z"));
    return re.match(name).hasMatch();
}

// The published versions the audit chain records: "name/version/sha256/actor" of every le_template_published event.
Result<QSet<QString>> publishedInAudit(QSqlDatabase& db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT event FROM audit_log WHERE chain = '' AND instr(event, "
                               "'le_template_published') > 0 ORDER BY seq")))
        return failure(q.lastError().text());
    QSet<QString> out;
    const SqlRow row(q);
    while (q.next()) {
        const QJsonObject event = QJsonDocument::fromJson(row.string("event").toUtf8()).object();
        const QJsonObject d = event.value(QLatin1String("details")).toObject();
        if (event.value(QLatin1String("action")).toString() == QLatin1String("le_template_published"))
            out.insert(
                QStringLiteral("%1/%2/%3/%4")
                    .arg(d.value(QLatin1String("name")).toString())
                    .arg(d.value(QLatin1String("version")).toInt())
                    .arg(d.value(QLatin1String("sha256")).toString(), event.value(QLatin1String("actor")).toString()));
    }
    return out;
}

// As for SOPs: a version is shown only when its fields still match its hash and the audit chain records that very
// version published by that person (a row written with the sqlcipher CLI and a recomputed hash has no such event).
Result<RequestTemplate> checkedAgainst(const RequestTemplate& t, const QSet<QString>& published)
{
    if (RequestTemplates::hash(t) != t.sha256)
        return makeError(ErrorKind::Verification,
                         RequestTemplates::tr("Version %1 of the request template %2 was changed after it was "
                                              "published.")
                             .arg(t.version)
                             .arg(t.name));
    if (published.contains(QStringLiteral("%1/%2/%3/%4").arg(t.name).arg(t.version).arg(t.sha256, t.createdBy)))
        return t;
    return makeError(ErrorKind::Verification,
                     RequestTemplates::tr("Version %1 of the request template %2 is not in the audit log: it was "
                                          "written into the database, not published.")
                         .arg(t.version)
                         .arg(t.name));
}

Result<RequestTemplate> checked(QSqlDatabase& db, const RequestTemplate& t)
{
    auto published = publishedInAudit(db);
    if (!published)
        return published.error();
    return checkedAgainst(t, *published);
}

} // namespace

QJsonObject RequestTemplate::toJson() const
{
    auto orNull = [](const QString& s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    return {{QLatin1String("id"), name},
            {QLatin1String("name"), name},
            {QLatin1String("version"), version},
            {QLatin1String("built_in"), version == 0},
            {QLatin1String("kind"), kind},
            {QLatin1String("title"), title},
            {QLatin1String("due_days"), dueDays},
            {QLatin1String("legal_basis"), legalBasis},
            {QLatin1String("asked"), asked},
            {QLatin1String("letter"), letter},
            {QLatin1String("sha256"), sha256},
            {QLatin1String("created_at"), orNull(createdAt)},
            {QLatin1String("created_by"), orNull(createdBy)},
            {QLatin1String("verified"), problem.isEmpty()},
            {QLatin1String("usable"), usable()},
            {QLatin1String("refused_version"), refusedVersion > 0 ? QJsonValue(refusedVersion) : QJsonValue()},
            {QLatin1String("problem"), orNull(problem)}};
}

QStringList RequestTemplates::placeholders()
{
    return {QStringLiteral("agency"), QStringLiteral("officer"),     QStringLiteral("reference"),
            QStringLiteral("kind"),   QStringLiteral("request_id"),  QStringLiteral("received"),
            QStringLiteral("due"),    QStringLiteral("legal_basis"), QStringLiteral("asked"),
            QStringLiteral("cases"),  QStringLiteral("releases"),    QStringLiteral("released_at"),
            QStringLiteral("today"),  QStringLiteral("author")};
}

QStringList RequestTemplates::unknownPlaceholders(const QString& letter)
{
    static const QRegularExpression token(QStringLiteral("\\{([a-z_]+)\\}"));
    QStringList unknown;
    for (auto it = token.globalMatch(letter); it.hasNext();) {
        const QString n = it.next().captured(1);
        if (!placeholders().contains(n) && !unknown.contains(n))
            unknown << n;
    }
    return unknown;
}

Status RequestTemplates::checkName(const QString& name)
{
    if (!validName(name))
        return makeError(ErrorKind::Usage, tr("A template name is 1–40 lowercase letters, digits, '-' or '_'."));
    return {};
}

QString RequestTemplates::kindName(const QString& kind)
{
    if (kind == QLatin1String("subpoena"))
        return tr("subpoena");
    if (kind == QLatin1String("court_order"))
        return tr("court order");
    if (kind == QLatin1String("warrant"))
        return tr("search warrant");
    if (kind == QLatin1String("exigent"))
        return tr("emergency (exigent) request");
    if (kind == QLatin1String("informal"))
        return tr("request");
    return kind;
}

QString RequestTemplates::hash(const RequestTemplate& t)
{
    return Sha256::hashHex(canonicalJson(QJsonObject {{QLatin1String("name"), t.name},
                                                      {QLatin1String("version"), t.version},
                                                      {QLatin1String("kind"), t.kind},
                                                      {QLatin1String("title"), t.title},
                                                      {QLatin1String("due_days"), t.dueDays},
                                                      {QLatin1String("legal_basis"), t.legalBasis},
                                                      {QLatin1String("asked"), t.asked},
                                                      {QLatin1String("letter"), t.letter},
                                                      {QLatin1String("created_at"), t.createdAt},
                                                      {QLatin1String("created_by"), t.createdBy}}));
}

QString RequestTemplates::render(const QString& text, const QHash<QString, QString>& values)
{
    static const QRegularExpression token(QStringLiteral("\\{([a-z_]+)\\}"));
    QString out;
    qsizetype at = 0;
    for (auto it = token.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(at, m.capturedStart() - at);
        const auto v = values.constFind(m.captured(1));
        out += v != values.constEnd() ? *v : m.captured(0);
        at = m.capturedEnd();
    }
    return out + text.mid(at);
}

RequestTemplates::RequestTemplates(CaseDatabase& db) : m_db(db)
{ }

void RequestTemplates::addCheckTo(CaseDatabase& db)
{
    CaseDatabase* owner = &db;
    db.addCheck([owner](QSqlDatabase&, DatabaseCheck& report) { report.problems << damagedVersions(*owner); });
}

QStringList RequestTemplates::damagedVersions(CaseDatabase& caseDb)
{
    QSqlDatabase db = caseDb.connection();
    auto published = publishedInAudit(db);
    if (!published)
        return {published.errorMessage()};
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT %1 FROM le_request_templates ORDER BY name, version").arg(QLatin1String(Columns))))
        return {q.lastError().text()};
    QStringList out;
    const SqlRow row(q);
    while (q.next())
        if (auto t = checkedAgainst(fromRow(row), *published); !t)
            out << t.errorMessage();
    return out;
}

Result<RequestTemplate> RequestTemplates::current(const QString& name)
{
    LP_TRY(Permissions::require(m_db.session(), Action::ReadRequestTemplates));
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM le_request_templates WHERE name = ? ORDER BY version DESC")
                  .arg(QLatin1String(Columns)));
    q.addBindValue(name);
    if (!q.exec())
        return failure(q.lastError().text());
    // The newest version when it is sound. A damaged one is never used: the newest sound version the organisation
    // published stands in for it (its own wording, proven by the audit chain), else the built-in template of that
    // kind; either way the refusal travels with what is served (docs/ARCHITECTURE.md, "Request templates").
    std::optional<Error> refused;
    int refusedVersion = 0;
    const SqlRow row(q);
    while (q.next()) {
        auto t = checked(db, fromRow(row));
        if (t) {
            if (!refused)
                return t;
            t->refusedVersion = refusedVersion;
            t->problem = refused->message;
            return t;
        }
        if (t.error().kind != ErrorKind::Verification)
            return t.error();
        if (!refused) {
            refused = t.error();
            refusedVersion = fromRow(row).version;
        }
    }
    RequestTemplate t = builtIn(name);
    if (t.kind.isEmpty() && refused)
        return *refused;
    if (t.kind.isEmpty())
        return makeError(ErrorKind::NotFound, tr("There is no request template %1.").arg(name.left(64)));
    if (refused) {
        t.refusedVersion = refusedVersion;
        t.problem = refused->message;
    }
    return t;
}

Result<QList<RequestTemplate>> RequestTemplates::all()
{
    LP_TRY(Permissions::require(m_db.session(), Action::ReadRequestTemplates));
    QStringList names = PoliceRequests::kinds();
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT DISTINCT name FROM le_request_templates ORDER BY name")))
        return failure(q.lastError().text());
    const SqlRow row(q);
    while (q.next())
        if (!names.contains(row.string("name")))
            names << row.string("name");
    QList<RequestTemplate> out;
    for (const QString& n : names) {
        auto t = current(n);
        if (!t && t.error().kind == ErrorKind::Verification) {
            // No sound version: listed with the refusal, so that it is seen and the others stay usable.
            RequestTemplate refused;
            refused.name = n;
            QSqlQuery v(m_db.connection());
            v.prepare(QStringLiteral("SELECT MAX(version) AS newest FROM le_request_templates WHERE name = ?"));
            v.addBindValue(n);
            if (v.exec() && v.next())
                refused.version = refused.refusedVersion = SqlRow(v).integer("newest");
            refused.problem = t.errorMessage();
            out << refused;
            continue;
        }
        if (!t)
            return t.error();
        out << *t;
    }
    return out;
}

Result<QList<RequestTemplate>> RequestTemplates::history(const QString& name)
{
    LP_TRY(Permissions::require(m_db.session(), Action::ReadRequestTemplates));
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM le_request_templates WHERE name = ? ORDER BY version DESC")
                  .arg(QLatin1String(Columns)));
    q.addBindValue(name);
    if (!q.exec())
        return failure(q.lastError().text());
    QList<RequestTemplate> out;
    const SqlRow row(q);
    while (q.next()) {
        RequestTemplate found = fromRow(row);
        auto t = checked(db, found);
        if (!t) {
            if (t.error().kind != ErrorKind::Verification)
                return t.error();
            found.problem = t.errorMessage();
        }
        out << found;
    }
    if (out.isEmpty()) {
        const RequestTemplate t = builtIn(name);
        if (t.kind.isEmpty())
            return makeError(ErrorKind::NotFound, tr("There is no request template %1.").arg(name.left(64)));
        out << t;
    }
    return out;
}

Result<RequestTemplate> RequestTemplates::version(const QString& name, int version)
{
    LP_TRY(Permissions::require(m_db.session(), Action::ReadRequestTemplates));
    if (version == 0) {
        const RequestTemplate t = builtIn(name);
        if (t.kind.isEmpty())
            return makeError(ErrorKind::NotFound, tr("There is no built-in request template %1.").arg(name.left(64)));
        return t;
    }
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM le_request_templates WHERE name = ? AND version = ?")
                  .arg(QLatin1String(Columns)));
    q.addBindValue(name);
    q.addBindValue(version);
    if (!q.exec())
        return failure(q.lastError().text());
    if (!q.next())
        return makeError(ErrorKind::NotFound,
                         tr("There is no version %1 of the request template %2.").arg(version).arg(name.left(64)));
    return checked(db, fromRow(SqlRow(q)));
}

Result<RequestTemplate> RequestTemplates::publish(const RequestTemplate& in)
{
    LP_TRY(Permissions::require(m_db.session(), Action::ManageRequestTemplates));
    auto usage = [](const QString& why) { return makeError(ErrorKind::Usage, why); };
    RequestTemplate t;
    t.name = in.name.trimmed();
    t.kind = in.kind.trimmed();
    t.title = in.title.trimmed();
    t.dueDays = in.dueDays;
    t.legalBasis = in.legalBasis.trimmed();
    t.asked = in.asked.trimmed();
    t.letter = in.letter;
    LP_TRY(checkName(t.name));
    if (!PoliceRequests::kinds().contains(t.kind))
        return usage(tr("The kind of request is one of: %1.").arg(PoliceRequests::kinds().join(QStringLiteral(", "))));
    if (t.title.isEmpty() || t.title.size() > 200)
        return usage(tr("A template needs a title of at most 200 characters."));
    if (t.dueDays < 0 || t.dueDays > MaxDueDays)
        return usage(tr("The due period is 0 (none) to %1 days.").arg(MaxDueDays));
    if (t.legalBasis.size() > 4000 || t.asked.size() > MaxTextChars || t.letter.size() > MaxTextChars)
        return usage(tr("The legal basis is at most 4000 characters, what is asked and the letter at most %1 each.")
                         .arg(MaxTextChars));
    if (t.kind != QLatin1String("informal") && t.kind != QLatin1String("exigent") && t.legalBasis.isEmpty())
        return usage(tr("A template for a %1 needs its legal basis.").arg(t.kind));
    if (t.letter.trimmed().isEmpty())
        return usage(tr("A template needs the text of its response letter."));
    const QStringList unknown = unknownPlaceholders(t.letter);
    if (!unknown.isEmpty())
        return usage(tr("The letter uses {%1}, which is not a field of a request; it may use: %2.")
                         .arg(unknown.join(QStringLiteral("}, {")), placeholders().join(QStringLiteral(", "))));
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT COALESCE(MAX(version), 0) AS newest FROM le_request_templates WHERE name = ?"));
    q.addBindValue(t.name);
    if (!q.exec() || !q.next())
        return failure(q.lastError().text());
    t.version = SqlRow(q).integer("newest") + 1;
    t.createdAt = utcNowString();
    t.createdBy = m_db.session().userName;
    t.sha256 = hash(t);
    q.prepare(QStringLiteral("INSERT INTO le_request_templates (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(QLatin1String(Columns)));
    for (const QVariant& v : {QVariant(t.name), QVariant(t.version), QVariant(t.kind), QVariant(t.title),
                              QVariant(t.dueDays), QVariant(t.legalBasis), QVariant(t.asked), QVariant(t.letter),
                              QVariant(t.sha256), QVariant(t.createdAt), QVariant(t.createdBy)})
        q.addBindValue(v);
    if (!q.exec())
        return failure(q.lastError().text());
    LP_TRY(m_db.auditIn(db, QStringLiteral("le_template_published"),
                        QJsonObject {{QLatin1String("name"), t.name},
                                     {QLatin1String("version"), t.version},
                                     {QLatin1String("kind"), t.kind},
                                     {QLatin1String("sha256"), t.sha256}}));
    LP_TRY(tx.commit());
    return t;
}

QHash<QString, QString> RequestTemplates::letterValues(const PoliceRequest& r, const QTimeZone& zone)
{
    auto when = [&](const QString& utc) {
        const QDateTime t = parseRfc3339(utc);
        return t.isValid() ? formatInZone(t, zone) : tr("(none)");
    };
    QStringList asked;
    if (!r.asked.value(QLatin1String("text")).toString().isEmpty())
        asked << r.asked.value(QLatin1String("text")).toString();
    const QStringList incidents = r.asked.value(QLatin1String("incidents")).toVariant().toStringList();
    const QStringList stores = r.asked.value(QLatin1String("stores")).toVariant().toStringList();
    if (!incidents.isEmpty())
        asked << tr("Incidents: %1").arg(incidents.join(QStringLiteral(", ")));
    if (!stores.isEmpty())
        asked << tr("Stores: %1").arg(stores.join(QStringLiteral(", ")));
    if (r.asked.contains(QLatin1String("from")) || r.asked.contains(QLatin1String("to")))
        asked << tr("Period: %1 to %2")
                     .arg(when(r.asked.value(QLatin1String("from")).toString()),
                          when(r.asked.value(QLatin1String("to")).toString()));

    QStringList cases;
    for (const QString& id : r.caseIds) {
        auto info = CaseService(m_db).show(id);
        cases << (info ? info->reference : id);
    }

    QStringList releases;
    QString releasedAt;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, state, exported_at, items_json, content_sha256, package_id, "
                             "manifest_sha256 FROM releases WHERE le_request_id = ? AND state IN ('exported', "
                             "'submitted') ORDER BY exported_at, id"));
    q.addBindValue(r.id);
    if (q.exec()) {
        const SqlRow row(q);
        while (q.next()) {
            const int items
                = static_cast<int>(QJsonDocument::fromJson(row.string("items_json").toUtf8()).array().size());
            if (releasedAt.isEmpty())
                releasedAt = when(row.string("exported_at"));
            releases << tr("- Release %1, %2 on %3: %n item(s), content SHA-256 %4; package %5, manifest SHA-256 %6",
                           nullptr, items)
                            .arg(row.string("id"),
                                 row.string("state") == QLatin1String("submitted") ? tr("delivered") : tr("exported"),
                                 when(row.string("exported_at")), row.string("content_sha256"),
                                 row.string("package_id"), row.string("manifest_sha256"));
        }
    }
    return {{QStringLiteral("agency"), r.agency},
            {QStringLiteral("officer"), r.officer.isEmpty() ? tr("(not named)") : r.officer},
            {QStringLiteral("reference"), r.reference.isEmpty() ? tr("(none given)") : r.reference},
            {QStringLiteral("kind"), kindName(r.kind)},
            {QStringLiteral("request_id"), r.id},
            {QStringLiteral("received"), when(r.receivedAt)},
            {QStringLiteral("due"), r.dueAt.isEmpty() ? tr("(no due date)") : when(r.dueAt)},
            {QStringLiteral("legal_basis"), r.legalBasis.isEmpty() ? tr("(none stated)") : r.legalBasis},
            {QStringLiteral("asked"), asked.isEmpty() ? tr("(not recorded)") : asked.join(u'\n')},
            {QStringLiteral("cases"), cases.isEmpty() ? tr("(none linked)") : cases.join(QStringLiteral(", "))},
            {QStringLiteral("releases"),
             releases.isEmpty() ? tr("(nothing has been produced for this request yet)") : releases.join(u'\n')},
            {QStringLiteral("released_at"), releasedAt.isEmpty() ? tr("(not yet)") : releasedAt},
            {QStringLiteral("today"), utcNow().toTimeZone(zone).date().toString(Qt::ISODate)},
            {QStringLiteral("author"), m_db.session().userName}};
}

Result<RequestLetter> RequestTemplates::letter(const QString& requestId, const QString& templateName)
{
    LP_TRY(Permissions::require(m_db.session(), Action::RecordPoliceRequests));
    auto r = PoliceRequests(m_db).show(requestId);
    if (!r)
        return r.error();
    const QString name = !templateName.isEmpty() ? templateName
        : !r->templateName.isEmpty()             ? r->templateName
                                                 : r->kind;
    auto t = current(name);
    if (!t)
        return t.error();
    if (t->kind != r->kind)
        return makeError(ErrorKind::Usage,
                         tr("The template %1 is for a %2; police request %3 is a %4.")
                             .arg(t->name, kindName(t->kind), r->id, kindName(r->kind)));
    // Times in the store's zone when the request concerns one store (its cases' incidents, else the stores it
    // asks for), else in the workstation's.
    QSet<QString> stores;
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT DISTINCT i.store_id FROM le_request_cases c JOIN case_incidents ci ON "
                       "ci.case_id = c.case_id JOIN incidents i ON i.id = ci.incident_id WHERE c.request_id = ?"));
    q.addBindValue(r->id);
    if (!q.exec())
        return failure(q.lastError().text());
    const SqlRow row(q);
    while (q.next())
        stores.insert(row.string("store_id"));
    if (stores.isEmpty())
        for (const QString& s : r->asked.value(QLatin1String("stores")).toVariant().toStringList())
            stores.insert(s);
    QTimeZone zone = QTimeZone::systemTimeZone();
    if (stores.size() == 1) {
        q.prepare(QStringLiteral("SELECT timezone FROM stores WHERE id = ?"));
        q.addBindValue(*stores.begin());
        if (q.exec() && q.next()) {
            const QTimeZone z(SqlRow(q).string("timezone").toUtf8());
            if (z.isValid())
                zone = z;
        }
    }
    RequestLetter out;
    out.requestId = r->id;
    out.templateName = t->name;
    out.templateVersion = t->version;
    out.text = render(t->letter, letterValues(*r, zone));
    out.sha256 = Sha256::hashHex(out.text.toUtf8());
    LP_TRY(m_db.audit(QStringLiteral("le_letter_written"),
                      QJsonObject {{QLatin1String("request_id"), r->id},
                                   {QLatin1String("template"), t->name},
                                   {QLatin1String("template_version"), t->version},
                                   {QLatin1String("sha256"), out.sha256}}));
    return out;
}

} // namespace lpdesk
