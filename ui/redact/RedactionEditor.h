// The redaction editor for one clip of a case: draw a box on the paused frame (drag on the picture), move or
// resize it at other times to add keyframes as the person moves, see the interpolated box while scrubbing, set
// each region's style and reason (from the configured list), hide regions, preview the rendered look live on the
// current frame (the same code that renders), mute audio between the in and out points, undo/redo every edit, a
// side-by-side review mode (original | redacted), save the plan and render it as a job. A drawn region holds to the
// end of the clip until it is ended on purpose; the timeline shows every region's span and keyframes, and rendering
// warns (and the redaction log records) every region that ends while the clip goes on.
// Assisted redaction: "Find faces and people…" runs the detectors as a job and lists the tracks for review
// (SuggestionPanel); "Track this region" follows a drawn box through the clip; before rendering, frames where a face
// was detected but no region covers it are listed and must be confirmed.
#pragma once

#include "detect/Detection.h"
#include "redact/RedactionCommands.h"

#include <QImage>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QPainter;
class QLabel;
class QListWidget;
class QMessageBox;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTabWidget;
class QUndoStack;

namespace lpdesk {

class CaseDatabase;
class PlayerWidget;
class QueuedJob;
class SuggestionPanel;
class VideoView;

class RedactionEditor : public QWidget
{
    Q_OBJECT
public:
    RedactionEditor(CaseDatabase& db, const QString& caseId, const QString& mediaId, QWidget* parent = nullptr);

    PlanDocument* document() const { return m_doc; }
    QUndoStack* undoStack() const { return m_undo; }
    PlayerWidget* player() const { return m_player; }
    QString selectedRegion() const { return m_selected; }
    void selectRegion(const QString& id);
    bool previewEnabled() const;
    void setPreview(bool on);
    void setReviewMode(bool on);
    QString savedPlanId() const { return m_planId; }
    SuggestionPanel* suggestions() const { return m_suggestions; }

public Q_SLOTS:
    bool save();
    void render();
    void deleteSelection();
    void nextKeyframe(int direction);
    void nudge(double dx, double dy);
    void muteInOut();
    // The selected region's span: stay until the clip ends, end at the current frame on purpose, start at frame 0.
    void holdToEnd();
    void endHere();
    void extendToStart();
    // Asks which kinds to look for, then runs findSuggestions.
    void findFacesAndPeople();
    // Runs the detectors over the clip as a job of the queue (progress and Cancel in the Jobs panel) and lists the
    // tracks for review when it ends.
    lpdesk::QueuedJob* findSuggestions(const QList<lpdesk::detect::Kind>& kinds);
    // Follows the selected region's box at the current frame forwards and backwards through the clip, as a job.
    void trackSelectedRegion();

Q_SIGNALS:
    void rendered(const QString& mediaId);
    void earlyEndingsShown(const QString& text); // the render dialog's warning, before the investigator confirms
    void uncoveredDetectionsShown(const QList<int>& frames); // faces detected where no region covers them
    void suggestionsReady(int tracks);
    void regionTracked(const QString& regionId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    // With unsaved changes, asks Save / Discard / Cancel first; Cancel keeps the editor open.
    void closeEvent(QCloseEvent* event) override;

private:
    struct Buttons;
    // The steps of building the editor: its buttons, what they do, the side panel, the shortcuts, the plan's wiring.
    Buttons makeButtons();
    void connectButtons(const Buttons& b);
    QWidget* sidePanel(const Buttons& b);
    void installShortcuts();
    void connectPlan();
    void refreshTable();
    void refreshView();
    QList<struct RedactionBox> activeBoxes(double t, bool visibleOnly) const;
    double now() const;
    QRectF currentBox(const QString& regionId) const;
    void setKeyframe(const QString& regionId, const QRectF& box, int dragSerial);
    void paintOverlay(QPainter& p, const QRectF& imageRect);
    void checkUncovered(bool endingsConfirmed);
    void startRender(bool endingsConfirmed, const QList<int>& uncoveredConfirmed);

    CaseDatabase& m_db;
    QString m_caseId;
    QString m_mediaId;
    QString m_planId;
    PlanDocument* m_doc;
    QUndoStack* m_undo;
    PlayerWidget* m_player;
    VideoView* m_reviewLeft;
    VideoView* m_reviewRight;
    QStackedWidget* m_stack;
    QTableWidget* m_regions;
    QTabWidget* m_tabs;
    SuggestionPanel* m_suggestions;
    QListWidget* m_mutes;
    QCheckBox* m_preview;
    QLabel* m_status;
    QStringList m_reasons;
    QString m_selected;
    enum class Drag { None, Create, Move, Resize } m_drag = Drag::None;
    QPointF m_dragStart;
    QRectF m_dragBox;
    int m_dragSerial = 0;
    QImage m_previewImage; // the current frame with the plan applied (same code as the renderer)
    QPointer<QMessageBox> m_unsavedQuestion; // "Save / Discard / Cancel" while it is asked
    bool m_closeConfirmed = false;
};

} // namespace lpdesk
