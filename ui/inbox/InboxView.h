// The incident inbox: filters (store, type, severity, trigger, time range, has media, unread), full-text search,
// the lazily paged table (urgent first, unread in bold) and a detail pane with narrative, suspects, POS
// references, times in store-local and UTC, and clip thumbnails decoded off the UI thread.
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QVBoxLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;
class QTextBrowser;
class QTimer;

namespace lpdesk {

class CaseDatabase;
class IncidentTableModel;

class InboxView : public QWidget
{
    Q_OBJECT
public:
    explicit InboxView(CaseDatabase& db, QWidget* parent = nullptr);

    IncidentTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QStringList selectedIncidentIds() const;
    QString currentIncidentId() const { return m_current; }
    void reloadStores();

public Q_SLOTS:
    void refresh();
    void refreshPoliceRequests(); // the overdue / unsigned-exigent banner
    void focusSearch();

Q_SIGNALS:
    void openMediaRequested(const QString& incidentId, const QString& mediaId);
    void openCaseRequested(const QString& caseId); // Enter or double-click on an incident that is in a case
    void newCaseRequested(const QStringList& incidentIds);

private:
    QVBoxLayout* filterRows();
    void setUpTable();
    void layOut(QVBoxLayout* filters);
    void connectFilters();
    void connectTable();
    void modelReset();
    void applyFilter();
    void showIncident(const QModelIndex& index);
    void loadThumbnails(const QString& incidentId, const QStringList& mediaIds);

    CaseDatabase& m_db;
    IncidentTableModel* m_model;
    QTableView* m_table;
    QTextBrowser* m_detail;
    QHBoxLayout* m_thumbnails;
    QWidget* m_thumbnailBox;
    QLabel* m_status;
    QLabel* m_police = nullptr;
    QComboBox* m_store;
    QComboBox* m_type;
    QSpinBox* m_severity;
    QComboBox* m_trigger;
    QCheckBox* m_useSince;
    QDateEdit* m_since;
    QCheckBox* m_useUntil;
    QDateEdit* m_until;
    QCheckBox* m_hasMedia;
    QCheckBox* m_unread;
    QLineEdit* m_search;
    QTimer* m_searchDelay;
    QString m_current;
    QString m_firstMedia; // the shown incident's first clip (Enter opens it)
};

} // namespace lpdesk
