// The redaction editor: the window built in steps (buttons, side panel, shortcuts, wiring to the plan), the plan it
// continues, saving, asking before closing with unsaved changes, and rendering the redacted copy as a job.
#include "redact/RedactionEditor.h"

#include "cases/CaseService.h"
#include "cases/MediaLibrary.h"
#include "common/CloseKeys.h"
#include "common/JobQueue.h"
#include "common/MediaWords.h"
#include "common/ShortcutSheet.h"
#include "common/WindowSize.h"
#include "db/CaseDatabase.h"
#include "player/PlayerWidget.h"
#include "player/VideoView.h"
#include "redact/RedactionService.h"
#include "redact/SuggestionPanel.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace lpdesk {

// The editor's buttons, made in this order (the order Tab walks them).
struct RedactionEditor::Buttons
{
    QPushButton* undo;
    QPushButton* redo;
    QPushButton* remove;
    QPushButton* hold;
    QPushButton* endHere;
    QPushButton* fromStart;
    QPushButton* mute;
    QCheckBox* reviewMode;
    QPushButton* find;
    QPushButton* track;
    QPushButton* save;
    QPushButton* render;
};

RedactionEditor::RedactionEditor(CaseDatabase& db, const QString& caseId, const QString& mediaId, QWidget* parent)
    : QWidget(parent),
      m_db(db),
      m_caseId(caseId),
      m_mediaId(mediaId),
      m_doc(new PlanDocument),
      m_undo(new QUndoStack(this)),
      m_player(new PlayerWidget(db, this)),
      m_reviewLeft(new VideoView(this)),
      m_reviewRight(new VideoView(this)),
      m_stack(new QStackedWidget(this)),
      m_regions(new QTableWidget(0, 5, this)),
      m_tabs(new QTabWidget(this)),
      m_suggestions(new SuggestionPanel(m_doc, m_undo, db.session().userName, this)),
      m_mutes(new QListWidget(this)),
      m_preview(new QCheckBox(tr("&Preview the redaction (P)"), this)),
      m_status(new QLabel(this))
{
    m_doc->setParent(this);
    setObjectName(QStringLiteral("redactionEditor"));
    setWindowFlag(Qt::Window);
    {
        QString title = tr("Redact a clip");
        if (auto m = MediaLibrary(db).get(mediaId))
            title = tr("Redact — %1").arg(MediaWords::title(*m));
        if (auto c = CaseService(db).show(caseId))
            title += QStringLiteral(" — %1").arg(c->reference);
        setWindowTitle(title);
    }
    resizeToFit(this, QSize(1400, 860));
    m_reasons = RedactionService(db).reasons();
    m_regions->setObjectName(QStringLiteral("regionTable"));
    m_regions->setAccessibleName(tr("Redaction regions"));
    m_regions->setHorizontalHeaderLabels({tr("Show"), tr("Region"), tr("Style"), tr("Reason"), tr("Time range")});
    m_regions->horizontalHeader()->setStretchLastSection(true);
    m_regions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_regions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_regions->verticalHeader()->setVisible(false);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("redactionStatus"));
    m_preview->setChecked(true);

    auto* review = new QWidget(this);
    auto* rl = new QHBoxLayout(review);
    rl->addWidget(m_reviewLeft);
    rl->addWidget(m_reviewRight);
    m_stack->addWidget(m_player);
    m_stack->addWidget(review);

    const Buttons buttons = makeButtons();
    connectButtons(buttons);
    QWidget* side = sidePanel(buttons);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_stack);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);

    installShortcuts();
    connectPlan();

    m_player->open(mediaId, caseId);
    // Continue the latest plan for this clip, if there is one.
    if (auto plans = RedactionService(db).plansFor(mediaId); plans && !plans->isEmpty()) {
        m_doc->plan = plans->first().plan;
        if (plans->first().renderedMediaId.isEmpty())
            m_planId = plans->first().id;
    }
    refreshTable();
    refreshView();
}

RedactionEditor::Buttons RedactionEditor::makeButtons()
{
    Buttons b {};
    b.undo = new QPushButton(tr("Undo"), this);
    b.redo = new QPushButton(tr("Redo"), this);
    b.remove = new QPushButton(tr("Delete region"), this);
    b.hold = new QPushButton(tr("Hold to end"), this);
    b.hold->setObjectName(QStringLiteral("holdToEnd"));
    b.hold->setToolTip(tr("The selected region stays until the end of the clip (Ctrl+Shift+End)"));
    b.endHere = new QPushButton(tr("End here"), this);
    b.endHere->setObjectName(QStringLiteral("endHere"));
    b.endHere->setToolTip(tr("The selected region ends at this frame, on purpose (someone walked out of view)"));
    b.fromStart = new QPushButton(tr("Extend to start"), this);
    b.fromStart->setObjectName(QStringLiteral("extendToStart"));
    b.fromStart->setToolTip(tr("The selected region starts at the first frame (Ctrl+Shift+Home)"));
    b.mute = new QPushButton(tr("Mute audio in→out"), this);
    b.reviewMode = new QCheckBox(tr("Review side &by side"), this);
    b.reviewMode->setObjectName(QStringLiteral("reviewMode"));
    b.find = new QPushButton(tr("&Find faces and people…"), this);
    b.find->setObjectName(QStringLiteral("findFacesAndPeople"));
    b.find->setToolTip(tr("Detect faces and people in the whole clip and list them for review (Ctrl+Shift+F)"));
    b.track = new QPushButton(tr("&Track this region"), this);
    b.track->setObjectName(QStringLiteral("trackRegion"));
    b.track->setToolTip(tr("Follow the selected box from this frame forwards and backwards through the clip (Ctrl+T)"));
    b.save = new QPushButton(tr("&Save plan"), this);
    b.render = new QPushButton(tr("&Render redacted copy"), this);
    b.render->setObjectName(QStringLiteral("renderButton"));
    return b;
}

void RedactionEditor::connectButtons(const Buttons& b)
{
    connect(b.find, &QPushButton::clicked, this, &RedactionEditor::findFacesAndPeople);
    connect(b.track, &QPushButton::clicked, this, &RedactionEditor::trackSelectedRegion);
    connect(m_suggestions, &SuggestionPanel::jumpRequested, this, [this](double seconds) {
        m_player->pause();
        m_player->seekSeconds(seconds);
    });
    connect(b.undo, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(b.redo, &QPushButton::clicked, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canUndoChanged, b.undo, &QWidget::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, b.redo, &QWidget::setEnabled);
    b.undo->setEnabled(false);
    b.redo->setEnabled(false);
    connect(b.remove, &QPushButton::clicked, this, &RedactionEditor::deleteSelection);
    connect(b.mute, &QPushButton::clicked, this, &RedactionEditor::muteInOut);
    connect(b.hold, &QPushButton::clicked, this, &RedactionEditor::holdToEnd);
    connect(b.endHere, &QPushButton::clicked, this, &RedactionEditor::endHere);
    connect(b.fromStart, &QPushButton::clicked, this, &RedactionEditor::extendToStart);
    connect(b.reviewMode, &QCheckBox::toggled, this, &RedactionEditor::setReviewMode);
    connect(b.save, &QPushButton::clicked, this, &RedactionEditor::save);
    connect(b.render, &QPushButton::clicked, this, &RedactionEditor::render);
    connect(m_preview, &QCheckBox::toggled, this, &RedactionEditor::refreshView);
}

QWidget* RedactionEditor::sidePanel(const Buttons& b)
{
    auto* side = new QWidget(this);
    auto* sl = new QVBoxLayout(side);
    auto* help = new QLabel(tr("Drag on the picture to draw a box: it stays until the end of the clip unless you "
                               "end it (End here). Drag a box to move it, its corner to resize: "
                               "each change is a keyframe at the current time. , and . jump between keyframes; "
                               "Alt+arrows nudge the box; Delete removes the keyframe here."),
                            side);
    help->setWordWrap(true);
    sl->addWidget(help);
    auto* assistRow = new QHBoxLayout;
    assistRow->addWidget(b.find);
    assistRow->addWidget(b.track);
    sl->addLayout(assistRow);
    m_tabs->setObjectName(QStringLiteral("redactionTabs"));
    m_tabs->addTab(m_regions, tr("Regions"));
    m_tabs->addTab(m_suggestions, tr("Suggestions"));
    sl->addWidget(m_tabs, 2);
    auto* rb = new QHBoxLayout;
    rb->addWidget(b.undo);
    rb->addWidget(b.redo);
    rb->addWidget(b.remove);
    sl->addLayout(rb);
    auto* spanRow = new QHBoxLayout;
    spanRow->addWidget(b.fromStart);
    spanRow->addWidget(b.endHere);
    spanRow->addWidget(b.hold);
    sl->addLayout(spanRow);
    sl->addWidget(new QLabel(tr("Audio mutes"), side));
    sl->addWidget(m_mutes, 1);
    sl->addWidget(b.mute);
    sl->addWidget(m_preview);
    sl->addWidget(b.reviewMode);
    sl->addWidget(b.save);
    sl->addWidget(b.render);
    sl->addWidget(m_status);
    return side;
}

void RedactionEditor::installShortcuts()
{
    auto shortcut = [this](const QKeySequence& seq, const QString& what, auto fn) {
        auto* s = new QShortcut(seq, this);
        s->setContext(Qt::WindowShortcut);
        s->setWhatsThis(what);
        connect(s, &QShortcut::activated, this, fn);
    };
    shortcut(QKeySequence::Undo, tr("Undo"), [this] { m_undo->undo(); });
    shortcut(QKeySequence::Redo, tr("Redo"), [this] { m_undo->redo(); });
    shortcut(QKeySequence(Qt::Key_Comma), tr("Previous keyframe"), [this] { nextKeyframe(-1); });
    shortcut(QKeySequence(Qt::Key_Period), tr("Next keyframe"), [this] { nextKeyframe(1); });
    shortcut(QKeySequence(Qt::Key_Delete), tr("Delete the keyframe here (or the region)"),
             [this] { deleteSelection(); });
    shortcut(QKeySequence(Qt::Key_P), tr("Preview the redaction"), [this] { m_preview->toggle(); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Left), tr("Nudge the box left"), [this] { nudge(-0.005, 0); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Right), tr("Nudge the box right"), [this] { nudge(0.005, 0); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Up), tr("Nudge the box up"), [this] { nudge(0, -0.005); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Down), tr("Nudge the box down"), [this] { nudge(0, 0.005); });
    shortcut(QKeySequence::Save, tr("Save the plan"), [this] { save(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_End), tr("Hold the region to the end"),
             [this] { holdToEnd(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Home), tr("Extend the region to the start"),
             [this] { extendToStart(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), tr("Find faces and people"),
             [this] { findFacesAndPeople(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_T), tr("Track the selected region through the clip"),
             [this] { trackSelectedRegion(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), tr("Accept the selected suggestions"),
             [this] { m_suggestions->acceptSelected(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), tr("Reject the selected suggestions"),
             [this] { m_suggestions->rejectSelected(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_A), tr("Accept all suggestions"),
             [this] { m_suggestions->acceptAll(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R), tr("Reject all suggestions"),
             [this] { m_suggestions->rejectAll(); });
    // Closing with unsaved changes asks first (closeEvent).
    installCloseKeys(this, tr("Close the window"));
    ShortcutSheet::install(this);
}

// The table, the timeline and the picture follow the plan, the playhead and the selection.
void RedactionEditor::connectPlan()
{
    connect(m_doc, &PlanDocument::changed, this, [this] {
        refreshTable();
        refreshView();
    });
    connect(m_player, &PlayerWidget::positionChanged, this, &RedactionEditor::refreshView);
    connect(m_regions, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_regions->selectionModel()->selectedRows();
        m_selected = rows.isEmpty() ? QString() : m_regions->item(rows.first().row(), 1)->text();
        refreshView();
    });
    connect(m_regions, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (item->column() != 0)
            return;
        const int i = m_doc->indexOf(m_regions->item(item->row(), 1)->text());
        if (i >= 0) {
            m_doc->plan.regions[i].visible = item->checkState() == Qt::Checked;
            refreshView();
        }
    });
    m_player->view()->installEventFilter(this);
    m_player->view()->setExtraPainter([this](QPainter& p, const QRectF& r) { paintOverlay(p, r); });
}

double RedactionEditor::now() const
{
    return m_player->currentSeconds();
}

bool RedactionEditor::previewEnabled() const
{
    return m_preview->isChecked();
}

void RedactionEditor::setPreview(bool on)
{
    m_preview->setChecked(on);
}

void RedactionEditor::setReviewMode(bool on)
{
    m_stack->setCurrentIndex(on ? 1 : 0);
    refreshView();
}

void RedactionEditor::selectRegion(const QString& id)
{
    for (int r = 0; r < m_regions->rowCount(); ++r)
        if (m_regions->item(r, 1)->text() == id)
            m_regions->selectRow(r);
    m_selected = id;
    refreshView();
}

bool RedactionEditor::save()
{
    auto saved = RedactionService(m_db).save(m_mediaId, m_caseId, m_doc->plan, m_planId);
    if (!saved) {
        m_status->setText(saved.errorMessage());
        return false;
    }
    m_planId = *saved;
    m_undo->setClean();
    m_status->setText(tr("Plan saved (SHA-256 %1…).").arg(m_doc->plan.sha256().left(16)));
    return true;
}

void RedactionEditor::closeEvent(QCloseEvent* event)
{
    if (m_closeConfirmed || m_undo->isClean()) {
        m_closeConfirmed = false; // shown again (a window that is not deleted on close), it asks again
        QWidget::closeEvent(event);
        return;
    }
    if (closingUnattended()) {
        // The idle lock: no one is there to answer, and the window must not keep the workstation signed in. The
        // plan is saved without asking; should that fail, the lock still happens (the status line said why).
        save();
        QWidget::closeEvent(event);
        return;
    }
    // Window-modal and answered through a signal: the editor stays responsive and no event loop is nested.
    event->ignore();
    if (m_unsavedQuestion) {
        m_unsavedQuestion->raise();
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, windowTitle(),
                                tr("The redaction plan has changes that are not saved."),
                                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("unsavedPlanQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose); // a hidden question must not stay the window that has the focus
    box->setInformativeText(tr("Save them before closing the editor?"));
    box->setDefaultButton(QMessageBox::Save);
    box->setEscapeButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box] {
        const QMessageBox::StandardButton answer = box->standardButton(box->clickedButton());
        if (answer != QMessageBox::Save && answer != QMessageBox::Discard)
            return; // Cancel: the editor stays open as it was
        if (answer == QMessageBox::Save && !save())
            return; // the status line says why; the editor stays open
        m_closeConfirmed = true;
        close();
    });
    m_unsavedQuestion = box;
    box->open();
}

void RedactionEditor::render()
{
    if (!save())
        return;
    m_player->pause();
    // The core check on the frames the player already indexed (the CLI decodes them: RedactionService).
    const QList<RegionEnding> endings = m_doc->plan.earlyEndings(m_player->frameSeconds());
    if (endings.isEmpty()) {
        checkUncovered(false);
        return;
    }
    // A warning the investigator confirms, not a refusal: someone walking out of view is a valid reason to end.
    const QString text = RedactionPlan::describe(endings);
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Regions end before the clip does"),
                                tr("What these regions hide will be visible in the redacted copy after they end:"),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("earlyEndingsWarning"));
    box->setInformativeText(text + QLatin1Char('\n') + QLatin1Char('\n')
                            + tr("Render anyway only if that is intended (for example, the person left the picture). "
                                 "Your confirmation is kept in the redaction log."));
    auto* go = box->addButton(tr("Render anyway"), QMessageBox::AcceptRole);
    go->setObjectName(QStringLiteral("renderAnyway"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, go](QAbstractButton* clicked) {
        if (clicked == go)
            checkUncovered(true);
        else
            m_status->setText(tr("Not rendered: use Hold to end on the regions that must stay to the end."));
        box->close();
    });
    box->open();
    Q_EMIT earlyEndingsShown(text);
}

void RedactionEditor::startRender(bool endingsConfirmed, const QList<int>& uncoveredConfirmed)
{
    CaseDatabase* db = &m_db;
    const QString planId = m_planId;
    // The plan being rendered is frozen: edits saved while it renders (the editor stays usable) start a new one.
    m_planId.clear();
    auto created = std::make_shared<QString>();
    auto summary = std::make_shared<QString>(); // smart or full, and what was re-encoded (core's sentence)
    // A job of the queue, not a modal dialog: a pull or a trim goes on beside it.
    QueuedJob* job = JobQueue::of(this, m_db)
                         ->add(tr("Rendering the redacted copy"),
                               [db, planId, created, summary, endingsConfirmed, uncoveredConfirmed](
                                   const QueuedJob::ProgressFn& progress, const std::atomic_bool* cancel) -> Status {
                                   auto done = RedactionService(*db).render(
                                       planId, [&](int d, int t) { progress(d, t, QString()); }, cancel,
                                       endingsConfirmed, uncoveredConfirmed);
                                   if (!done)
                                       return done.error();
                                   *created = done->mediaId;
                                   *summary = done->details.value(QLatin1String("render"))
                                                  .toObject()
                                                  .value(QLatin1String("summary"))
                                                  .toString();
                                   return {};
                               });
    m_status->setText(tr("Rendering the redacted copy: see Jobs (Ctrl+J) for its progress."));
    connect(job, &QueuedJob::finished, this, [this, created, summary, job](bool ok) {
        if (!ok) {
            m_status->setText(tr("Not rendered: %1").arg(job->text()));
            return;
        }
        m_status->setText(summary->isEmpty()
                              ? tr("Rendered: the redacted copy is in the case's media list.")
                              : tr("Rendered: the redacted copy is in the case's media list. %1").arg(*summary));
        Q_EMIT rendered(*created);
    });
}

} // namespace lpdesk
