// The global audit log for admins and auditors, newest first: filtered by who, what and when (core's AuditFilter),
// exported as CSV or PDF (what is shown), with a one-click chain verification.
#pragma once

#include "custody/ChainReader.h"
#include "custody/HashChain.h"
#include "report/AuditLogReport.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDateEdit;
class QCheckBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace lpdesk {

class CaseDatabase;

class AuditLogDialog : public QDialog
{
    Q_OBJECT
public:
    AuditLogDialog(CaseDatabase& db, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QComboBox* userFilter() const { return m_user; }
    QComboBox* actionFilter() const { return m_action; }
    QLineEdit* textFilter() const { return m_text; }
    // Writes the rows shown (after the filters) as CSV; false with the reason in the status line on failure.
    bool exportCsv(const QString& path);
    // Writes the rows shown as a PDF in words (core's AuditLogReport), with the chain's status and head hash.
    bool exportPdf(const QString& path);
    QCheckBox* sinceFilter() const { return m_useSince; }
    QDateEdit* sinceDate() const { return m_since; }
    AuditFilter currentFilter() const;

private:
    void reload();
    void applyFilter();
    void verify();
    // The person's name for an id an event refers to (a case by number and title, evidence by what it is, ...);
    // empty when the id names nothing LP Desk knows.
    QString nameOf(const QString& id) const;
    // The "Details" cell: core's sentence with the ids in it replaced by names, and the ids for the tooltip.
    QString detailsOf(const ChainEvent& event, QStringList* ids) const;

    CaseDatabase& m_db;
    QList<ChainEvent> m_events; // newest first
    AuditNames m_names;
    QTableWidget* m_table;
    QComboBox* m_user;
    QComboBox* m_action;
    QLineEdit* m_text;
    QCheckBox* m_useSince;
    QDateEdit* m_since;
    QLabel* m_status;
};

} // namespace lpdesk
