#include "metrics/SopLibrary.h"

#include "auth/Permissions.h"
#include "auth/Session.h"
#include "common/CanonicalJson.h"
#include "common/Time.h"
#include "crypto/Sha256.h"
#include "db/CaseDatabase.h"
#include "store/StoreDrop.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace lpdesk {

namespace {

const QString General = QStringLiteral("*");

Sop fromRow(const QSqlQuery& q)
{
    Sop s;
    s.type = q.value(0).toString();
    s.version = q.value(1).toInt();
    s.title = q.value(2).toString();
    s.immediate = q.value(3).toString();
    s.reporting = q.value(4).toString();
    s.preserve = q.value(5).toString();
    s.sha256 = q.value(6).toString();
    s.createdAt = q.value(7).toString();
    s.createdBy = q.value(8).toString();
    return s;
}

// The versions the audit chain records as published: "type|version|sha256|actor". The event text, not the action
// column (the text is what the chain hashes), and only the chain `db check` verifies.
Result<QSet<QString>> auditedVersions(QSqlDatabase& db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT event FROM audit_log WHERE chain = '' AND instr(event, 'sop_published') > 0 ORDER BY seq")))
        return failure(q.lastError().text());
    QSet<QString> out;
    while (q.next()) {
        const QJsonObject event = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        if (event.value(QLatin1String("action")).toString() != QLatin1String("sop_published"))
            continue;
        const QJsonObject d = event.value(QLatin1String("details")).toObject();
        out.insert(
            QStringLiteral("%1|%2|%3|%4")
                .arg(d.value(QLatin1String("type")).toString())
                .arg(d.value(QLatin1String("version")).toInt())
                .arg(d.value(QLatin1String("sha256")).toString(), event.value(QLatin1String("actor")).toString()));
    }
    return out;
}

// A published version is shown only when its texts, author and time still match the hash it was published with
// (not changed behind the triggers) and the audit chain records that very version published by that person (not
// a row inserted with the sqlcipher CLI and a recomputed hash). Anything else is refused, never shown.
Result<Sop> checkedAgainst(const Sop& s, const QSet<QString>& audited)
{
    if (SopLibrary::hash(s) != s.sha256)
        return makeError(ErrorKind::Verification,
                         SopLibrary::tr("Version %1 of the procedure for %2 was changed after it was published.")
                             .arg(s.version)
                             .arg(s.type));
    if (!audited.contains(QStringLiteral("%1|%2|%3|%4").arg(s.type).arg(s.version).arg(s.sha256, s.createdBy)))
        return makeError(ErrorKind::Verification,
                         SopLibrary::tr("Version %1 of the procedure for %2 is not in the audit log: it was written "
                                        "into the database, not published.")
                             .arg(s.version)
                             .arg(s.type));
    return s;
}

Result<Sop> checked(QSqlDatabase& db, const Sop& s)
{
    auto audited = auditedVersions(db);
    if (!audited)
        return audited.error();
    return checkedAgainst(s, *audited);
}

const char* const Columns = "type, version, title, immediate, reporting, preserve, sha256, created_at, created_by";

} // namespace

QJsonObject Sop::toJson() const
{
    return {{QLatin1String("type"), type},
            {QLatin1String("version"), version},
            {QLatin1String("built_in"), version == 0},
            {QLatin1String("title"), title},
            {QLatin1String("immediate"), immediate},
            {QLatin1String("reporting"), reporting},
            {QLatin1String("preserve"), preserve},
            {QLatin1String("sha256"), sha256},
            {QLatin1String("created_at"), createdAt.isEmpty() ? QJsonValue() : QJsonValue(createdAt)},
            {QLatin1String("created_by"), createdBy.isEmpty() ? QJsonValue() : QJsonValue(createdBy)},
            {QLatin1String("applies_to"), appliesTo.isEmpty() ? type : appliesTo},
            {QLatin1String("verified"), problem.isEmpty()},
            {QLatin1String("usable"), usable()},
            {QLatin1String("refused_version"), refusedVersion > 0 ? QJsonValue(refusedVersion) : QJsonValue()},
            {QLatin1String("problem"), problem.isEmpty() ? QJsonValue() : QJsonValue(problem)}};
}

Status SopLibrary::knownType(const QString& type)
{
    if (type != General && !StoreDrop::incidentTypes().contains(type))
        return makeError(ErrorKind::Usage,
                         tr("%1 is not an incident type (%2, or * for all).")
                             .arg(type, StoreDrop::incidentTypes().join(QStringLiteral(", "))));
    return {};
}

SopLibrary::SopLibrary(CaseDatabase& db) : m_db(db)
{ }

QString SopLibrary::hash(const Sop& s)
{
    return Sha256::hashHex(canonicalJson(QJsonObject {{QLatin1String("type"), s.type},
                                                      {QLatin1String("version"), s.version},
                                                      {QLatin1String("title"), s.title},
                                                      {QLatin1String("immediate"), s.immediate},
                                                      {QLatin1String("reporting"), s.reporting},
                                                      {QLatin1String("preserve"), s.preserve},
                                                      {QLatin1String("created_at"), s.createdAt},
                                                      {QLatin1String("created_by"), s.createdBy}}));
}

Sop SopLibrary::builtIn(const QString& type)
{
    Sop s;
    s.type = type;
    if (type == QLatin1String("shoplifting")) {
        s.title = tr("Shoplifting");
        s.immediate = tr("Do not chase or touch the person. Note their description, direction of travel and any "
                         "vehicle. Keep staff and customers safe.");
        s.reporting = tr("Report to the store manager at once; log the incident the same day with the time, the "
                         "goods and their value; report to police when your policy's value threshold is met.");
        s.preserve = tr("Clips from the entrance and the aisle, a still of the person, the door alarm record and "
                        "the receipts or POS transactions of the goods.");
    } else if (type == QLatin1String("organized_retail_crime")) {
        s.title = tr("Organized retail crime");
        s.immediate = tr("Do not confront a group. Note how many people, their roles (lookout, booster, driver), "
                         "vehicles and plates.");
        s.reporting = tr("Report to the loss-prevention lead the same day; check the inbox for the same people or "
                         "vehicles at other stores; share with police through a release approved by legal.");
        s.preserve = tr("Every camera that saw the group, from arrival to departure; the parking lot camera; "
                        "POS transactions they made; earlier incidents that look linked.");
    } else if (type == QLatin1String("robbery")) {
        s.title = tr("Robbery");
        s.immediate = tr("Comply; do not resist. Call the emergency number as soon as it is safe. Lock the doors "
                         "after the offender has left and keep people away from where they stood.");
        s.reporting = tr("Police at once; then the store manager and loss prevention; witnesses' names and "
                         "statements before they leave.");
        s.preserve = tr("Clips from the register and the entrance from 15 minutes before to 15 minutes after; "
                        "the register's transactions and the cash count; anything the offender touched.");
    } else if (type == QLatin1String("assault")) {
        s.title = tr("Assault");
        s.immediate = tr("Make the area safe and get first aid; call the emergency number when anyone is hurt or "
                         "still in danger.");
        s.reporting = tr("Police and the store manager at once; an incident report the same day; statements from "
                         "the person hurt and from witnesses.");
        s.preserve = tr("Clips from every camera that saw the people before, during and after; photographs of "
                        "injuries only with consent; the first-aid record.");
    } else if (type == QLatin1String("threat")) {
        s.title = tr("Threat");
        s.immediate = tr("Keep distance, do not argue, move staff and customers away; call the emergency number "
                         "when the threat is to life or a weapon is seen.");
        s.reporting = tr("The store manager at once; police when the threat is credible; record the exact words "
                         "used as soon as possible.");
        s.preserve = tr("Clips with audio where the law allows; the time and words of the threat in a signed "
                        "statement; any message or call record.");
    } else if (type == QLatin1String("return_fraud") || type == QLatin1String("fraud")) {
        s.title = type == QLatin1String("fraud") ? tr("Fraud") : tr("Return fraud");
        s.immediate = tr("Complete or refuse the transaction as your policy says; do not accuse the customer. "
                         "Note the identification shown and the payment card's last digits only.");
        s.reporting = tr("Loss prevention the same day; police when the loss or a pattern meets your threshold.");
        s.preserve = tr("The POS journal of the day (the refund, void or override and the original sale), the "
                        "register camera's clip, and the receipt or refund slip.");
    } else if (type == QLatin1String("burglary")) {
        s.title = tr("Burglary");
        s.immediate = tr("Do not enter until police say it is safe; do not touch doors, windows or displays.");
        s.reporting = tr("Police at once; the store manager and the alarm company; an inventory of what is "
                         "missing within a day.");
        s.preserve = tr("Clips from every camera from the alarm time back to closing; the alarm and door-sensor "
                        "logs; the damaged entry point untouched until police have seen it.");
    } else {
        s.type = General;
        s.title = tr("Any incident");
        s.immediate = tr("Keep people safe first. Do not chase or touch anyone. Note what happened, when, where "
                         "and who was there.");
        s.reporting = tr("The store manager the same day; an incident report in the store system; police when a "
                         "crime was committed or someone was hurt.");
        s.preserve = tr("Clips from the cameras that saw it (before, during and after), the POS transactions "
                        "involved and witnesses' names. Recordings are overwritten: ask for them within a day.");
    }
    s.sha256 = hash(s);
    return s;
}

void SopLibrary::addCheckTo(CaseDatabase& db)
{
    CaseDatabase* owner = &db;
    db.addCheck([owner](QSqlDatabase&, DatabaseCheck& report) { report.problems << damagedVersions(*owner); });
}

QStringList SopLibrary::damagedVersions(CaseDatabase& caseDb)
{
    QSqlDatabase db = caseDb.connection();
    auto audited = auditedVersions(db);
    if (!audited)
        return {audited.errorMessage()};
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM sops ORDER BY type, version").arg(QLatin1String(Columns))))
        return {q.lastError().text()};
    QStringList out;
    while (q.next())
        if (auto s = checkedAgainst(fromRow(q), *audited); !s)
            out << s.errorMessage();
    return out;
}

Result<Sop> SopLibrary::latest(const QString& type, const QString& upTo)
{
    LP_TRY(Permissions::require(m_db.session(), Action::ReadSops));
    LP_TRY(knownType(type));
    QSqlDatabase db = m_db.connection();
    auto audited = auditedVersions(db);
    if (!audited)
        return audited.error();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    for (const QString& t : {type, General}) {
        q.prepare(
            QStringLiteral("SELECT %1 FROM sops WHERE type = ?%2 ORDER BY version DESC")
                .arg(QLatin1String(Columns), upTo.isEmpty() ? QString() : QStringLiteral(" AND created_at <= ?")));
        q.addBindValue(t);
        if (!upTo.isEmpty())
            q.addBindValue(upTo);
        if (!q.exec())
            return failure(q.lastError().text());
        // The newest version when it is sound. A damaged one is never used: the newest sound version of the same
        // procedure stands in for it (the organisation's own wording, proven by the audit chain), with the refusal.
        // With none left the type has no procedure, marked: the built-in one the organisation replaced is not
        // brought back, nor the general one over the type's own (docs/ARCHITECTURE.md, "SopLibrary").
        Sop refused;
        while (q.next()) {
            const Sop row = fromRow(q);
            auto s = checkedAgainst(row, *audited);
            if (!s) {
                if (refused.refusedVersion == 0) {
                    refused.refusedVersion = refused.version = row.version;
                    refused.problem = s.errorMessage();
                }
                continue;
            }
            s->appliesTo = type;
            s->refusedVersion = refused.refusedVersion;
            s->problem = refused.problem;
            return s;
        }
        if (refused.refusedVersion > 0) {
            refused.type = t;
            refused.appliesTo = type;
            return refused; // not usable()
        }
    }
    Sop s = builtIn(type);
    s.appliesTo = type;
    return s;
}

namespace {

Result<Sop> usableOnly(Result<Sop> s)
{
    if (s && !s->usable())
        return makeError(ErrorKind::Verification, s->problem);
    return s;
}

} // namespace

Result<Sop> SopLibrary::current(const QString& type)
{
    return usableOnly(latest(type, QString()));
}

Result<Sop> SopLibrary::inForceAt(const QString& type, const QDateTime& at)
{
    if (!at.isValid())
        return makeError(ErrorKind::Usage, tr("No time was given for the procedure in force."));
    return usableOnly(latest(type, toUtcString(at)));
}

Result<QStringList> SopLibrary::builtInsReplacedBy(const QString& type)
{
    LP_TRY(Permissions::require(m_db.session(), Action::ReadSops));
    LP_TRY(knownType(type));
    if (type != General)
        return QStringList();
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT DISTINCT type FROM sops")))
        return failure(q.lastError().text());
    QSet<QString> published;
    while (q.next())
        published.insert(q.value(0).toString());
    if (published.contains(General))
        return QStringList(); // a general version is in force already: the built-ins were replaced before
    QStringList out;
    for (const QString& t : StoreDrop::incidentTypes())
        if (!published.contains(t) && builtIn(t).type == t)
            out << t;
    return out;
}

Result<QList<Sop>> SopLibrary::all()
{
    QList<Sop> out;
    for (const QString& t : QStringList {General} + StoreDrop::incidentTypes()) {
        auto s = latest(t, QString()); // one with no sound version is listed, not usable, and hides nothing else
        if (!s)
            return s.error();
        out << *s; // appliesTo says which type; type and hash stay the procedure's own
    }
    return out;
}

Result<QList<Sop>> SopLibrary::history(const QString& type)
{
    LP_TRY(Permissions::require(m_db.session(), Action::ReadSops));
    LP_TRY(knownType(type));
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM sops WHERE type = ? ORDER BY version DESC").arg(QLatin1String(Columns)));
    q.addBindValue(type);
    if (!q.exec())
        return failure(q.lastError().text());
    QList<Sop> out;
    while (q.next()) {
        Sop row = fromRow(q);
        auto s = checked(db, row);
        if (!s) {
            if (s.error().kind != ErrorKind::Verification)
                return s.error();
            row.problem = s.errorMessage();
        }
        out << row;
    }
    if (out.isEmpty())
        out << builtIn(type);
    return out;
}

Result<Sop> SopLibrary::version(const QString& type, int version)
{
    LP_TRY(Permissions::require(m_db.session(), Action::ReadSops));
    LP_TRY(knownType(type));
    if (version == 0)
        return builtIn(type);
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM sops WHERE type = ? AND version = ?").arg(QLatin1String(Columns)));
    q.addBindValue(type);
    q.addBindValue(version);
    if (!q.exec())
        return failure(q.lastError().text());
    if (!q.next())
        return makeError(ErrorKind::NotFound,
                         tr("There is no version %1 of the procedure for %2.").arg(version).arg(type));
    return checked(db, fromRow(q));
}

Result<Sop> SopLibrary::publish(const QString& type, const QString& title, const QString& immediate,
                                const QString& reporting, const QString& preserve)
{
    LP_TRY(Permissions::require(m_db.session(), Action::ManageSops));
    LP_TRY(knownType(type));
    Sop s;
    s.type = type;
    s.title = title.trimmed();
    s.immediate = immediate.trimmed();
    s.reporting = reporting.trimmed();
    s.preserve = preserve.trimmed();
    if (s.title.isEmpty() || s.immediate.isEmpty() || s.reporting.isEmpty() || s.preserve.isEmpty())
        return makeError(ErrorKind::Usage,
                         tr("A procedure needs a title, immediate actions, reporting steps and "
                            "the evidence to preserve."));
    if (s.title.size() > 200 || s.immediate.size() > MaxTextChars || s.reporting.size() > MaxTextChars
        || s.preserve.size() > MaxTextChars)
        return makeError(
            ErrorKind::Usage,
            tr("A procedure's title is at most 200 characters and each part at most %1.").arg(MaxTextChars));
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM sops WHERE type = ?"));
    q.addBindValue(type);
    if (!q.exec() || !q.next())
        return failure(q.lastError().text());
    s.version = q.value(0).toInt() + 1;
    s.createdAt = utcNowString();
    s.createdBy = m_db.session().userName;
    s.sha256 = hash(s);
    q.prepare(QStringLiteral("INSERT INTO sops (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(QLatin1String(Columns)));
    for (const QVariant& v :
         {QVariant(s.type), QVariant(s.version), QVariant(s.title), QVariant(s.immediate), QVariant(s.reporting),
          QVariant(s.preserve), QVariant(s.sha256), QVariant(s.createdAt), QVariant(s.createdBy)})
        q.addBindValue(v);
    if (!q.exec())
        return failure(q.lastError().text());
    LP_TRY(m_db.auditIn(db, QStringLiteral("sop_published"),
                        QJsonObject {{QLatin1String("type"), s.type},
                                     {QLatin1String("version"), s.version},
                                     {QLatin1String("sha256"), s.sha256}}));
    LP_TRY(tx.commit());
    return s;
}

} // namespace lpdesk
