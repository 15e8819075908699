// The "My work" home: what waits for the signed-in person (core/inbox/MyWork) grouped by what to do with it, each
// row opening its case, release or police request (Enter, double-click or "Open"), and the notifications — a
// release decided, a police request overdue — with the unseen ones marked until the person marks them seen.
#pragma once

#include "inbox/MyWork.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace lpdesk {

class CaseDatabase;

class MyWorkView : public QWidget
{
    Q_OBJECT
public:
    enum Column { What, Case, Age, Since, Note };

    explicit MyWorkView(CaseDatabase& db, QWidget* parent = nullptr);

    QTreeWidget* items() const { return m_items; }
    QTreeWidget* notifications() const { return m_events; }
    const WorkOverview& overview() const { return m_overview; }
    int unseen() const { return m_overview.unseen(); }
    int itemCount() const { return static_cast<int>(m_overview.items.size()); }
    // Selects the row of an item or a notification (kind and id as in WorkItem/WorkEvent); false if absent.
    bool select(const QString& kind, const QString& id);

public Q_SLOTS:
    // Reads the list again; emits unseenChanged and, for news that arrived since the last reload, newEvents.
    void reload();
    void markAllSeen();
    void openCurrent();

Q_SIGNALS:
    void openCaseRequested(const QString& caseId);
    void openReleaseRequested(const QString& releaseId); // the person's own request: the releases list
    void reviewReleaseRequested(const QString& releaseId); // legal: the review window
    void openPoliceRequestRequested(const QString& requestId);
    void unseenChanged(int unseen);
    void newEvents(const QList<lpdesk::WorkEvent>& events);

private:
    void listItems();
    QList<WorkEvent> listEvents();
    void open(const QString& kind, const QString& id, const QString& caseId);
    static QString zoned(const QString& utc, const QString& timezone);

    CaseDatabase& m_db;
    WorkOverview m_overview;
    QStringList m_known; // events already reported by newEvents
    bool m_loaded = false;
    QLabel* m_summary;
    QTreeWidget* m_items;
    QLabel* m_eventsTitle;
    QTreeWidget* m_events;
    QPushButton* m_open;
    QPushButton* m_markSeen;
};

} // namespace lpdesk
