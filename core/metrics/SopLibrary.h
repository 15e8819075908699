// Standard operating procedures per incident type (issue 15, "SOPs and evidence checklists"): what to do at once,
// how to report, what evidence to preserve. The organisation's own versions live in the case database (append-only,
// migration 021, published by admins, audited); where none is published LP Desk's built-in procedure for the type
// (or the general one) applies, shown as version 0. Everything is local: available offline.
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace lpdesk {

class CaseDatabase;

struct Sop
{
    QString type; // an incident type, or "*" for the general procedure
    int version = 0; // 0: built in (nothing published)
    QString title;
    QString immediate; // immediate actions
    QString reporting; // reporting steps
    QString preserve; // evidence to preserve
    QString sha256;
    QString createdAt; // UTC; empty when built in
    QString createdBy;
    QString appliesTo; // the incident type asked for (a type without its own procedure gets the general one)
    // history(): why this version is refused (changed, not in the audit log). current()/all(): why the newest
    // published version is refused (this one stands in for it, or nothing does when !usable()). Empty when sound.
    QString problem;
    int refusedVersion = 0; // current()/all(): the newest published version, refused; 0 when it is sound
    bool usable() const { return !title.isEmpty(); } // false: all() lists a type none of whose versions is sound
    QJsonObject toJson() const;
};

class SopLibrary
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::SopLibrary)

public:
    static constexpr int MaxTextChars = 20000;

    explicit SopLibrary(CaseDatabase& db);

    // `db check`: in words, every published version that fails the checks (changed after it was published, or
    // never published), each naming its incident type and version.
    static QStringList damagedVersions(CaseDatabase& db);
    // Makes `db`'s own check() name them too (CaseDatabase::addCheck), so `db check` and the GUI's Check database
    // ask the same question; the front-ends call it once after opening the database.
    static void addCheckTo(CaseDatabase& db);

    // The procedure in force for an incident type: its latest published version, else the latest general ("*")
    // one, else the built-in one for the type, else the built-in general one. Anyone signed in.
    // A version changed after it was published (or never published) is never used: the newest sound version of the
    // same procedure stands in for it, with refusedVersion and problem saying so; Verification when there is none
    // (the type then has no procedure: the organisation replaced the built-in one, which is not brought back).
    Result<Sop> current(const QString& type);
    // The procedure that was in force for an incident type at a moment (a case's opening): the type's latest
    // version published by then, else the general one's, else the built-in one. Anyone signed in.
    Result<Sop> inForceAt(const QString& type, const QDateTime& at);
    // Publishing a general ("*") procedure replaces the built-in procedure of every type that has one of its own
    // and nothing published (neither for the type nor in general): those types, empty for any other publish.
    Result<QStringList> builtInsReplacedBy(const QString& type);
    // One per incident type (and "*"), as current() gives it; a type with no sound version is listed too (not
    // usable(), with its problem), so one damaged procedure never hides the others.
    Result<QList<Sop>> all();
    // Every published version of a type, newest first (built-in when none); a version that fails the checks is
    // listed with its problem rather than hiding the others.
    Result<QList<Sop>> history(const QString& type);
    // A published version; NotFound when there is none.
    Result<Sop> version(const QString& type, int version);
    // Admin: a new version (the next number) with the given texts; custody-neutral, audited `sop_published`.
    Result<Sop> publish(const QString& type, const QString& title, const QString& immediate, const QString& reporting,
                        const QString& preserve);

    static Sop builtIn(const QString& type);
    static QString hash(const Sop& sop); // SHA-256 hex of the canonical JSON of type, version and texts

private:
    static Status knownType(const QString& type);
    // upTo: UTC string, empty for now. Not usable() when the procedure that applies has no sound version.
    Result<Sop> latest(const QString& type, const QString& upTo);
    CaseDatabase& m_db;
};

} // namespace lpdesk
