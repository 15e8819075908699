// What the interface calls the program view's stored values (police request kinds, follow-up kinds, hold targets,
// retention scopes) and how it shows their UTC times: in the workstation's zone with the offset.
#pragma once

#include <QCoreApplication>
#include <QString>

class QDateTime;

namespace lpdesk {

class ProgramWords
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::ProgramWords)
public:
    static QString requestKind(const QString& value);
    static QString followUpKind(const QString& value);
    static QString holdTarget(const QString& value); // case, incident
    static QString countedFrom(const QString& value); // incident, closure
    static QString evidenceKind(const QString& value); // original, derivative, still, pos_journal
    // A stored RFC 3339 UTC time shown in the workstation's zone with its offset; empty stays empty.
    static QString time(const QString& utc);
};

} // namespace lpdesk
