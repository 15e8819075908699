// Several clips of one case side by side, locked to true wall-clock time: stepping, seeking or playing one
// moves the others to the same corrected moment (camera clock offsets applied), so the door camera and the
// camera over register 3 show the same instant. A clip that was not recording at that moment says so.
#pragma once

#include <QDateTime>
#include <QDialog>
#include <QList>

class QCheckBox;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;

namespace lpdesk {

class CaseDatabase;
class MediaLibrary;
class PlayerWidget;

class SyncReviewDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int MaxClips = 4;

    // preselected: media ids to show at once (the first few video clips of the case when empty).
    SyncReviewDialog(CaseDatabase& db, const QString& caseId, const QStringList& preselected,
                     QWidget* parent = nullptr);
    ~SyncReviewDialog() override;

    QListWidget* clipList() const { return m_clips; }
    QList<PlayerWidget*> players() const;
    // The caption above player i: camera, and where the shared moment falls in it (or that it has no footage).
    QString captionOf(int i) const;
    bool isCovering(int i) const;
    QDateTime wallClock() const { return m_wallClock; }
    QCheckBox* lockBox() const { return m_lock; }
    QLineEdit* gotoField() const { return m_goto; }
    QString message() const;

public Q_SLOTS:
    // Every clip to the true moment `when`; the leading clip (or, if it was not recording then, the first clip
    // that was) goes there. False, with a message and nothing moved, when no clip shows that moment.
    bool goToWallClock(const QDateTime& when);
    // A still of every clip that shows the current moment, each a derivative with its custody event, exported as
    // PNG into `folder`. Runs as a job; stillsExported says how many were written (-1 and a message on failure; what
    // was written stays). False, and nothing starts, while the database is closing.
    bool exportStills(const QString& folder);
    void chooseFolderAndExportStills();

Q_SIGNALS:
    void stillsExported(int written);

private:
    struct Pane;
    void goToTyped();
    void listClips(const QStringList& preselected);
    QHBoxLayout* createControls();
    void layOut(QHBoxLayout* controls);
    void rebuild();
    Pane* createPane(const QString& id, MediaLibrary& library);
    void follow(PlayerWidget* lead);
    void updateCaption(Pane& pane, bool lead);
    PlayerWidget* leadPlayer() const;

    CaseDatabase& m_db;
    QString m_caseId;
    QListWidget* m_clips;
    QCheckBox* m_lock;
    QLabel* m_clock;
    QLineEdit* m_goto;
    QLabel* m_message;
    QGridLayout* m_grid;
    QStringList m_preferred;
    QList<Pane*> m_panes;
    PlayerWidget* m_lead = nullptr;
    QDateTime m_wallClock;
    bool m_following = false;
};

} // namespace lpdesk
