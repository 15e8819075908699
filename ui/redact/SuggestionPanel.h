// The review of a detector's suggestions in the redaction editor: every track with a strip of crops, its time range
// and confidence; accepting (one, the selected ones, all) adds its region to the plan through the editor's undo stack
// with who accepted it and when; rejecting leaves it out (or takes it back out). Reviewed tracks leave the list of
// those to review (undo brings them back); "Show reviewed" lists them with their state. Double-click jumps to its
// first frame.
#pragma once

#include "detect/SuggestionService.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QTableWidget;
class QUndoStack;

namespace lpdesk {

class PlanDocument;

class SuggestionPanel : public QWidget
{
    Q_OBJECT
public:
    enum class State { Pending, Accepted, Rejected };

    SuggestionPanel(PlanDocument* doc, QUndoStack* undo, QString userName, QWidget* parent = nullptr);

    void setSuggestion(Suggestion suggestion);
    int count() const { return static_cast<int>(m_suggestion.tracks.size()); }
    const QList<detect::Track>& tracks() const { return m_suggestion.tracks; }
    State state(int row) const;
    QString regionId(int row) const { return m_regionIds.value(row); } // in the plan once accepted
    QTableWidget* table() const { return m_table; }
    QCheckBox* showReviewed() const { return m_showReviewed; }

public Q_SLOTS:
    void accept(const QList<int>& rows);
    void reject(const QList<int>& rows);
    void acceptSelected();
    void rejectSelected();
    void acceptAll();
    void rejectAll();

Q_SIGNALS:
    void jumpRequested(double seconds);

private:
    QList<int> selectedRows() const;
    QList<int> allRows() const;
    void refreshStates();

    PlanDocument* m_doc;
    QUndoStack* m_undo;
    QString m_user;
    Suggestion m_suggestion;
    QStringList m_regionIds; // per row: the id its region has (or would have) in the plan
    QList<bool> m_rejected;
    QTableWidget* m_table;
    QLabel* m_summary;
    QCheckBox* m_showReviewed;
};

} // namespace lpdesk
