// Custody events in words, for people rather than auditors: "ivy viewed the clip from cam-entrance at 15:07"
// instead of an action code and a JSON blob. The exact event (and its hash) stays in the custody export.
#pragma once

#include <QCoreApplication>
#include <QString>

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
};

} // namespace lpdesk
