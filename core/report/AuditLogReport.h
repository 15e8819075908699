// The global audit log for people: which events a filter keeps (who, what, when, a search in the details), each
// event in words, and the filtered log as a PDF with the chain's verification and head hash on the first page and
// "page i of n" on every page. The audit dialog and `lpdesk-cli audit export` share it.
#pragma once

#include <QCoreApplication>

#include "common/Result.h"
#include "custody/ChainReader.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace lpdesk {

class CaseDatabase;

struct AuditFilter
{
    QString user; // empty: everyone
    QString action; // empty: every action
    QDateTime since; // invalid: from the start
    QDateTime until; // invalid: to the end (exclusive)
    QString text; // searched in the details, case-insensitive
    bool matches(const ChainEvent& event) const;
    QString describe() const; // "ivy · login · since 2026-12-01 00:00:00 +01:00"
};

class AuditLogReport
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::AuditLogReport)

public:
    // What happened, in words, from the action and its details ("added ivy as investigator").
    static QString what(const ChainEvent& event);
    // The events the filter keeps, in the order given.
    static QList<ChainEvent> filter(const QList<ChainEvent>& events, const AuditFilter& filter);
    static QString html(const QList<ChainEvent>& shown, qint64 total, const AuditReport& verification,
                        const AuditFilter& filter, const QTimeZone& zone);
    // Reads and verifies the log (admins and auditors), writes the filtered events as a PDF to `path` atomically
    // and records the export in the audit log. Returns how many events were written.
    static Result<int> writePdf(CaseDatabase& db, const AuditFilter& filter, const QString& path,
                                const QTimeZone& zone = QTimeZone::systemTimeZone());
};

} // namespace lpdesk
