// The inbox as a Qt model that loads rows page by page from the database (a page of 200 when a row is first
// needed), so 100,000 incidents cost one count query and the visible pages. A refresh after a pull only drops
// the cached pages; sorting and filtering happen in SQL.
#pragma once

#include "inbox/IncidentInbox.h"

#include <QAbstractTableModel>
#include <QHash>

namespace lpdesk {

class CaseDatabase;

class IncidentTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Urgent, Detected, Store, Type, Severity, Trigger, Media, InCase, ColumnCount };
    enum Roles { IncidentIdRole = Qt::UserRole + 1, UnreadRole, PriorityRole, CasesRole };
    static constexpr int PageSize = 200;

    explicit IncidentTableModel(CaseDatabase& db, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

    void setFilter(const IncidentFilter& filter);
    const IncidentFilter& filter() const { return m_filter; }
    void refresh(); // re-count, drop cached pages
    QString incidentId(int row) const;
    void setRead(int row, bool read);
    QString lastError() const { return m_error; }
    int pagesLoaded() const { return static_cast<int>(m_pages.size()); }
    // The cases (LPD-… references) that already hold an incident.
    QStringList casesOf(const QString& incidentId) const { return m_cases.value(incidentId); }
    QStringList caseIdsOf(const QString& incidentId) const { return m_caseIds.value(incidentId); }

Q_SIGNALS:
    void errorOccurred(const QString& message);

private:
    const IncidentRow* rowAt(int row) const;

    CaseDatabase& m_db;
    IncidentFilter m_filter;
    IncidentSort m_sort = IncidentSort::Priority;
    int m_count = 0;
    mutable QHash<int, QList<IncidentRow>> m_pages;
    mutable QString m_error;
    QHash<QString, QStringList> m_cases; // incident id -> case references, reloaded with refresh()
    QHash<QString, QStringList> m_caseIds; // incident id -> case ids
};

} // namespace lpdesk
