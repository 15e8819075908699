// Custody events in words, for people rather than auditors: "ivy viewed the clip from cam-entrance at 15:07"
// instead of an action code and a JSON blob. The exact event (and its hash) stays in the custody export.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace lpdesk {

struct ChainEvent;

class CustodyWords
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::CustodyWords)

public:
    // What happened, without who and when ("viewed the clip", "approved the release: report for the police").
    static QString what(const ChainEvent& event);
    // The whole sentence: "15:07 +01:00 — ivy viewed the clip".
    static QString sentence(const ChainEvent& event);
    // An audit log action in words, for the audit log's "What" ("Opened evidence" for evidence_read): one phrase
    // for each action code core writes to the audit log.
    static QString auditAction(const QString& code);
    // The codes auditAction() has a phrase for (a test compares them with the codes core writes).
    static QStringList auditActionCodes();
};

} // namespace lpdesk
