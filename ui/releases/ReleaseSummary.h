// What a release holds, as legal reads it before deciding: the request, every item in words with what it was
// made from, statements and POS records with what will be withheld, and the case's custody chain in sentences.
#pragma once

#include <QCoreApplication>
#include <QString>

class QPalette;

namespace lpdesk {

class CaseDatabase;
struct Release;

class ReleaseSummary
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::ReleaseSummary)

public:
    // Rich text for a view with `palette` (its status colours are chosen for that palette's Base).
    static QString html(CaseDatabase& db, const Release& release, const QPalette& palette);
    // A workstation event (UTC) in the workstation's zone, with the offset.
    static QString when(const QString& utc);
};

} // namespace lpdesk
