// Templates for police requests (issue 15, "request templates"): per kind of request a default due period, the
// legal basis and what is usually asked, which pre-fill a new request; and the response (cover) letter that goes
// out with what the company produces, rendered from the request's own fields. Admins publish versions (append-only,
// hashed and audited like SOPs, migration 022); where none is published the built-in template of each kind applies
// as version 0. A letter is plain text; writing one is audited with the template version and the letter's hash.
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

class QTimeZone;

namespace lpdesk {

class CaseDatabase;
struct PoliceRequest;

struct RequestTemplate
{
    QString name; // [a-z0-9][a-z0-9_-]{0,39}; the built-in ones are named after the kinds
    int version = 0; // 0: built in
    QString kind; // subpoena, court_order, warrant, exigent, informal
    QString title;
    int dueDays = 0; // the request is due this many days after it was received; 0: no due date
    QString legalBasis;
    QString asked; // what is usually asked, in words
    QString letter; // the response letter, with {placeholders}
    QString sha256;
    QString createdAt;
    QString createdBy;
    // history(): why this version is refused. current()/all(): why the newest published version is refused (this one
    // stands in for it, or nothing does when !usable()). Empty when sound.
    QString problem;
    int refusedVersion = 0; // current()/all(): the newest published version, refused; 0 when it is sound
    bool usable() const { return !kind.isEmpty(); } // false: all() lists a template none of whose versions is sound
    QJsonObject toJson() const;
};

struct RequestLetter
{
    QString requestId;
    QString templateName;
    int templateVersion = 0;
    QString text;
    QString sha256; // of the UTF-8 text
};

class RequestTemplates
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::RequestTemplates)

public:
    static constexpr int MaxTextChars = 20000;
    static constexpr int MaxDueDays = 365;

    // The {names} a letter may use; anything else in braces is refused when a template is published.
    static QStringList placeholders();
    // The {names} of `letter` that are not placeholders(), each once, in the order they appear.
    static QStringList unknownPlaceholders(const QString& letter);
    // A Usage error in words when `name` is not a valid template name (1–40 of a-z 0-9 - _, not starting with - or
    // _); what publish() checks, for an editor that asks for a name before the rest.
    static Status checkName(const QString& name);
    static QString kindName(const QString& kind); // "court order", translated
    static RequestTemplate builtIn(const QString& name); // empty kind when there is no built-in of that name
    static QString hash(const RequestTemplate& t);
    // Replaces every {name} of values; other text stays as it is.
    static QString render(const QString& text, const QHash<QString, QString>& values);

    // `db check`: in words, every published version that fails the checks (changed after it was published, or
    // never published), each naming its template and version. Asked by the caller of CaseDatabase::check(), as db
    // may not include police (a circle between core's folders).
    static QStringList damagedVersions(CaseDatabase& db);
    // Makes `db`'s own check() name them too (CaseDatabase::addCheck), so `db check` and the GUI's Check database
    // ask the same question; the front-ends call it once after opening the database.
    static void addCheckTo(CaseDatabase& db);

    explicit RequestTemplates(CaseDatabase& db);

    // The latest published version, else the built-in one; NotFound for an unknown name. Anyone signed in.
    // A version changed after it was published (or never published) is never used: the newest sound version stands
    // in for it, else the built-in one, with refusedVersion and problem saying so; Verification when there is none.
    Result<RequestTemplate> current(const QString& name);
    // Every template name (built in and published), as current() gives it; a template with no sound version is
    // listed too (not usable(), with its problem), so one damaged template never hides the others.
    Result<QList<RequestTemplate>> all();
    // Every published version, newest first (built-in when none); a version that fails the checks is listed with
    // its problem.
    Result<QList<RequestTemplate>> history(const QString& name);
    Result<RequestTemplate> version(const QString& name, int version);
    // Admin: the next version of t.name with t's fields; audited `le_template_published`.
    Result<RequestTemplate> publish(const RequestTemplate& t);

    // The response letter of a request (investigator, legal): from templateName's current version, else the
    // template the request was recorded from, else the one named after its kind. Audited `le_letter_written`.
    Result<RequestLetter> letter(const QString& requestId, const QString& templateName = {});

private:
    QHash<QString, QString> letterValues(const PoliceRequest& r, const QTimeZone& zone);
    CaseDatabase& m_db;
};

} // namespace lpdesk
