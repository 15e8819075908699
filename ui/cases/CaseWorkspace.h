// One case at work: its incidents and evidence (originals with their derivatives beneath them), the player,
// trims and stills as jobs with progress and cancel, notes and status, and the case's chain of custody.
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace lpdesk {

class AddEvidenceDialog;
struct MediaRow;
struct TrimRequest;
class CaseDatabase;
class CustodyView;
class CaseChecklistPanel;
class FollowUpPanel;
class PlayerWidget;
class PosPanel;
class RedactionEditor;
class ReleaseRequestDialog;
class StatementPanel;
class SyncReviewDialog;

class CaseWorkspace : public QWidget
{
    Q_OBJECT
public:
    CaseWorkspace(CaseDatabase& db, const QString& caseId, QWidget* parent = nullptr);

    QString caseId() const { return m_caseId; }
    PlayerWidget* player() const { return m_player; }
    QTreeWidget* mediaTree() const { return m_media; }
    CustodyView* custody() const { return m_custody; }
    PosPanel* posPanel() const { return m_pos; }
    StatementPanel* statementPanel() const { return m_statements; }
    FollowUpPanel* followUpPanel() const { return m_followUps; }
    CaseChecklistPanel* checklistPanel() const { return m_checklist; }
    QTabWidget* sideTabs() const { return m_tabs; }
    // A line above the case that says what the person just did here (hidden until there is something to say).
    QLabel* banner() const { return m_banner; }
    bool openMedia(const QString& mediaId);
    // "cam-entrance (original)", "trim of cam-entrance": how evidence is named in the case's lists.
    static QString labelOf(const MediaRow& media);
    // The evidence tree's item of a media item (nullptr when the case does not hold it).
    QTreeWidgetItem* itemFor(const QString& mediaId) const;
    void reload();
    // The frame shown in the player as a PNG at path, recorded as a derivative. Runs as a job of the queue
    // (stillExported says how it ended); false, and nothing starts, without a clip in the player.
    bool exportStillTo(const QString& path);

public Q_SLOTS:
    RedactionEditor* openRedactionEditor();
    void trimSelection();
    void exportStill();
    ReleaseRequestDialog* requestRelease();
    // The clip in the player and the case's other originals side by side, locked to wall-clock time.
    SyncReviewDialog* openSideBySide();
    // Files from outside (DVR/VMS/phone exports) as native master exhibits of this case; also what a drop does.
    AddEvidenceDialog* addEvidence(const QStringList& files = {});

Q_SIGNALS:
    void derivativeCreated(const QString& mediaId);
    void stillExported(bool ok);
    void releaseRequested(const QString& releaseId);
    // The case's status was changed here (closed, reopened): lists of cases and "My work" read it again.
    void caseChanged(const QString& caseId);

protected:
    // A redaction editor of the case with unsaved changes asks first; the case window stays until it is answered.
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    // The case's buttons (made by the constructor, laid out and connected by it).
    struct Buttons
    {
        QPushButton* trim = nullptr;
        QPushButton* still = nullptr;
        QPushButton* redact = nullptr;
        QPushButton* sideBySide = nullptr;
        QPushButton* release = nullptr;
        QPushButton* addEvidence = nullptr;
    };
    Buttons createButtons(bool writer);
    void layOut(const Buttons& b);
    void connectButtons(const Buttons& b, bool writer);
    void connectPanels();
    void addSideTabs();
    void showLineage(const QString& mediaId);
    void runTrim(const QString& mediaId, const TrimRequest& request);
    // What a job of this window (a trim) does or how it ended, in the banner; empty hides it.
    void showJobBanner(const QString& text);
    // A smart trim the stream cannot do losslessly: asks whether to re-encode this range instead (and says that a
    // keyframe-aligned copy can cut it, where it can).
    void offerReencode(const QString& mediaId, const TrimRequest& request, bool copyCuts);

    CaseDatabase& m_db;
    QString m_caseId;
    QLabel* m_header;
    QComboBox* m_status;
    QComboBox* m_trimMode;
    QListWidget* m_incidents;
    QTreeWidget* m_media;
    QTextBrowser* m_details;
    PlayerWidget* m_player;
    CustodyView* m_custody;
    PosPanel* m_pos;
    StatementPanel* m_statements;
    FollowUpPanel* m_followUps;
    CaseChecklistPanel* m_checklist;
    QTabWidget* m_tabs;
    QListWidget* m_notes;
    QLineEdit* m_noteEdit;
    QLabel* m_banner;
};

} // namespace lpdesk
