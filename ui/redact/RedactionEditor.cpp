#include "redact/RedactionEditor.h"

#include "cases/CaseService.h"
#include "cases/MediaLibrary.h"
#include "common/CloseKeys.h"
#include "common/JobDialog.h"
#include "common/MediaWords.h"
#include "common/ShortcutSheet.h"
#include "common/Theme.h"
#include "common/Time.h"
#include "common/WindowSize.h"
#include "db/CaseDatabase.h"
#include "player/PlayerWidget.h"
#include "player/TimelineWidget.h"
#include "player/VideoView.h"
#include "redact/RedactionEffects.h"
#include "redact/RedactionService.h"
#include "redact/SuggestionPanel.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace lpdesk {

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

    auto* undo = new QPushButton(tr("Undo"), this);
    auto* redo = new QPushButton(tr("Redo"), this);
    auto* remove = new QPushButton(tr("Delete region"), this);
    auto* hold = new QPushButton(tr("Hold to end"), this);
    hold->setObjectName(QStringLiteral("holdToEnd"));
    hold->setToolTip(tr("The selected region stays until the end of the clip (Ctrl+Shift+End)"));
    auto* endHereButton = new QPushButton(tr("End here"), this);
    endHereButton->setObjectName(QStringLiteral("endHere"));
    endHereButton->setToolTip(tr("The selected region ends at this frame, on purpose (someone walked out of view)"));
    auto* fromStart = new QPushButton(tr("Extend to start"), this);
    fromStart->setObjectName(QStringLiteral("extendToStart"));
    fromStart->setToolTip(tr("The selected region starts at the first frame (Ctrl+Shift+Home)"));
    auto* mute = new QPushButton(tr("Mute audio in→out"), this);
    auto* reviewMode = new QCheckBox(tr("&Review side by side"), this);
    reviewMode->setObjectName(QStringLiteral("reviewMode"));
    auto* findButton = new QPushButton(tr("&Find faces and people…"), this);
    findButton->setObjectName(QStringLiteral("findFacesAndPeople"));
    findButton->setToolTip(tr("Detect faces and people in the whole clip and list them for review (Ctrl+Shift+F)"));
    auto* trackButton = new QPushButton(tr("&Track this region"), this);
    trackButton->setObjectName(QStringLiteral("trackRegion"));
    trackButton->setToolTip(
        tr("Follow the selected box from this frame forwards and backwards through the clip (Ctrl+T)"));
    connect(findButton, &QPushButton::clicked, this, &RedactionEditor::findFacesAndPeople);
    connect(trackButton, &QPushButton::clicked, this, &RedactionEditor::trackSelectedRegion);
    connect(m_suggestions, &SuggestionPanel::jumpRequested, this, [this](double seconds) {
        m_player->pause();
        m_player->seekSeconds(seconds);
    });
    auto* saveButton = new QPushButton(tr("&Save plan"), this);
    auto* renderButton = new QPushButton(tr("&Render redacted copy"), this);
    renderButton->setObjectName(QStringLiteral("renderButton"));
    connect(undo, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(redo, &QPushButton::clicked, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canUndoChanged, undo, &QWidget::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, redo, &QWidget::setEnabled);
    undo->setEnabled(false);
    redo->setEnabled(false);
    connect(remove, &QPushButton::clicked, this, &RedactionEditor::deleteSelection);
    connect(mute, &QPushButton::clicked, this, &RedactionEditor::muteInOut);
    connect(hold, &QPushButton::clicked, this, &RedactionEditor::holdToEnd);
    connect(endHereButton, &QPushButton::clicked, this, &RedactionEditor::endHere);
    connect(fromStart, &QPushButton::clicked, this, &RedactionEditor::extendToStart);
    connect(reviewMode, &QCheckBox::toggled, this, &RedactionEditor::setReviewMode);
    connect(saveButton, &QPushButton::clicked, this, &RedactionEditor::save);
    connect(renderButton, &QPushButton::clicked, this, &RedactionEditor::render);
    connect(m_preview, &QCheckBox::toggled, this, &RedactionEditor::refreshView);

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
    assistRow->addWidget(findButton);
    assistRow->addWidget(trackButton);
    sl->addLayout(assistRow);
    m_tabs->setObjectName(QStringLiteral("redactionTabs"));
    m_tabs->addTab(m_regions, tr("Regions"));
    m_tabs->addTab(m_suggestions, tr("Suggestions"));
    sl->addWidget(m_tabs, 2);
    auto* rb = new QHBoxLayout;
    rb->addWidget(undo);
    rb->addWidget(redo);
    rb->addWidget(remove);
    sl->addLayout(rb);
    auto* spanRow = new QHBoxLayout;
    spanRow->addWidget(fromStart);
    spanRow->addWidget(endHereButton);
    spanRow->addWidget(hold);
    sl->addLayout(spanRow);
    sl->addWidget(new QLabel(tr("Audio mutes"), side));
    sl->addWidget(m_mutes, 1);
    sl->addWidget(mute);
    sl->addWidget(m_preview);
    sl->addWidget(reviewMode);
    sl->addWidget(saveButton);
    sl->addWidget(renderButton);
    sl->addWidget(m_status);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_stack);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);

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

QList<RedactionBox> RedactionEditor::activeBoxes(double t, bool visibleOnly) const
{
    QList<RedactionBox> boxes;
    for (const RedactionRegion& r : m_doc->plan.regions)
        if ((!visibleOnly || r.visible) && r.activeAt(t))
            boxes << RedactionBox {r.boxAt(t), static_cast<int>(r.style)};
    return boxes;
}

void RedactionEditor::refreshView()
{
    const QImage frame = m_player->view()->frame();
    if (frame.isNull())
        return;
    if (m_stack->currentIndex() == 1) {
        QImage redacted = frame.copy();
        RedactionEffects::apply(redacted, activeBoxes(now(), false));
        m_reviewLeft->setFrame(frame);
        m_reviewLeft->setOverlay({tr("Original")});
        m_reviewRight->setFrame(redacted);
        m_reviewRight->setOverlay({tr("Redacted")});
        return;
    }
    m_previewImage = QImage();
    if (m_preview->isChecked()) {
        m_previewImage = frame.copy();
        RedactionEffects::apply(m_previewImage, activeBoxes(now(), true));
    }
    m_player->view()->update();
}

void RedactionEditor::paintOverlay(QPainter& p, const QRectF& r)
{
    if (!m_previewImage.isNull())
        p.drawImage(r, m_previewImage);
    auto toWidget = [&r](const QRectF& b) {
        return QRectF(r.left() + b.left() * r.width(), r.top() + b.top() * r.height(), b.width() * r.width(),
                      b.height() * r.height());
    };
    const double t = now();
    for (const RedactionRegion& region : m_doc->plan.regions) {
        if (!region.visible)
            continue;
        const QRectF box = currentBox(region.id);
        if (box.isEmpty())
            continue;
        const QRectF w = toWidget(box);
        const bool selected = region.id == m_selected;
        if (!region.activeAt(t)) { // ghost of the selected region outside its span
            p.setPen(QPen(QColor(200, 200, 200), 1, Qt::DotLine));
            p.setBrush(Qt::NoBrush);
            p.drawRect(w);
            continue;
        }
        const bool onKeyframe = std::any_of(region.keyframes.cbegin(), region.keyframes.cend(),
                                            [t](const RedactionKeyframe& k) { return std::abs(k.t - t) < 1e-3; });
        p.setPen(QPen(selected ? QColor(255, 200, 0) : QColor(0, 200, 255), selected ? 3 : 2,
                      onKeyframe ? Qt::SolidLine : Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(w);
        p.fillRect(QRectF(w.bottomRight() - QPointF(6, 6), QSizeF(6, 6)), p.pen().color());
        Theme::drawLabelOverVideo(p, w.topLeft() + QPointF(2, 2), region.id);
    }
    if (m_drag == Drag::Create && !m_dragBox.isEmpty()) {
        p.setPen(QPen(QColor(255, 200, 0), 2));
        p.drawRect(toWidget(m_dragBox));
    }
}

QRectF RedactionEditor::currentBox(const QString& regionId) const
{
    const int i = m_doc->indexOf(regionId);
    if (i < 0)
        return {};
    const RedactionRegion& r = m_doc->plan.regions[i];
    if (r.activeAt(now()))
        return r.boxAt(now());
    // Outside its span the selected region offers its nearest keyframe's box, to extend it with a new keyframe.
    if (r.id == m_selected && !r.keyframes.isEmpty())
        return now() < r.start() ? r.keyframes.first().rect() : r.keyframes.last().rect();
    return {};
}

void RedactionEditor::setKeyframe(const QString& regionId, const QRectF& box, int dragSerial)
{
    QRectF b = box.normalized().intersected(QRectF(0, 0, 1, 1));
    if (b.width() < 0.005 || b.height() < 0.005)
        return;
    m_undo->push(new SetKeyframeCommand(m_doc, regionId, RedactionKeyframe {now(), b.x(), b.y(), b.width(), b.height()},
                                        dragSerial));
}

bool RedactionEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_player->view() || m_player->view()->zoom() > 1.0)
        return QWidget::eventFilter(watched, event);
    auto* view = m_player->view();
    if (event->type() == QEvent::MouseButtonPress) {
        auto* e = static_cast<QMouseEvent*>(event);
        if (e->button() != Qt::LeftButton)
            return false;
        m_player->pause();
        const QPointF p = view->toImage(e->position());
        m_dragStart = p;
        ++m_dragSerial;
        // Inside the selected box's corner: resize; inside a box: move; elsewhere: draw a new one.
        QList<const RedactionRegion*> order;
        for (const RedactionRegion& r : m_doc->plan.regions)
            if (r.id == m_selected)
                order.prepend(&r); // the selected region wins where boxes overlap
            else
                order.append(&r);
        for (const RedactionRegion* rp : order) {
            const RedactionRegion& r = *rp;
            const QRectF b = r.visible ? currentBox(r.id) : QRectF();
            if (b.isEmpty())
                continue;
            if (QRectF(b.bottomRight() - QPointF(0.02, 0.02), QSizeF(0.04, 0.04)).contains(p)) {
                selectRegion(r.id);
                m_drag = Drag::Resize;
                m_dragBox = b;
                return true;
            }
            if (b.contains(p)) {
                selectRegion(r.id);
                m_drag = Drag::Move;
                m_dragBox = b;
                return true;
            }
        }
        m_drag = Drag::Create;
        m_dragBox = QRectF(p, p);
        return true;
    }
    if (event->type() == QEvent::MouseMove && m_drag != Drag::None) {
        const QPointF p = view->toImage(static_cast<QMouseEvent*>(event)->position());
        if (m_drag == Drag::Create) {
            m_dragBox = QRectF(m_dragStart, p).normalized();
            view->update();
        } else if (m_drag == Drag::Move) {
            setKeyframe(m_selected, m_dragBox.translated(p - m_dragStart), m_dragSerial);
        } else {
            setKeyframe(m_selected, QRectF(m_dragBox.topLeft(), p), m_dragSerial);
        }
        return true;
    }
    if (event->type() == QEvent::MouseButtonRelease && m_drag != Drag::None) {
        if (m_drag == Drag::Create) {
            const QRectF box = m_dragBox.normalized().intersected(QRectF(0, 0, 1, 1));
            if (box.width() >= 0.01 && box.height() >= 0.01) {
                RedactionRegion region;
                region.id = m_doc->nextRegionId();
                region.style = RedactionRegion::Style::Blur;
                region.reason = m_reasons.value(0, QStringLiteral("bystander"));
                region.holdToEnd = true; // a region ends only on purpose (End here)
                region.keyframes << RedactionKeyframe {now(), box.x(), box.y(), box.width(), box.height()};
                region.origin.source = QStringLiteral("person");
                region.origin.acceptedBy = m_db.session().userName;
                region.origin.acceptedAt = utcNowString();
                m_undo->push(new AddRegionCommand(m_doc, region));
                selectRegion(region.id);
            }
        }
        m_drag = Drag::None;
        m_dragBox = {};
        refreshView();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void RedactionEditor::deleteSelection()
{
    if (m_selected.isEmpty())
        return;
    const int i = m_doc->indexOf(m_selected);
    if (i < 0)
        return;
    const RedactionRegion& r = m_doc->plan.regions[i];
    const double t = now();
    const bool onKeyframe = r.keyframes.size() > 1
        && std::any_of(r.keyframes.cbegin(), r.keyframes.cend(),
                       [t](const RedactionKeyframe& k) { return std::abs(k.t - t) < 1e-3; });
    if (onKeyframe) {
        for (const RedactionKeyframe& k : r.keyframes)
            if (std::abs(k.t - t) < 1e-3)
                m_undo->push(new RemoveKeyframeCommand(m_doc, m_selected, k.t));
    } else {
        m_undo->push(new RemoveRegionCommand(m_doc, m_selected));
        m_selected.clear();
    }
}

void RedactionEditor::nextKeyframe(int direction)
{
    const int i = m_doc->indexOf(m_selected);
    if (i < 0)
        return;
    const double t = now();
    const auto& kfs = m_doc->plan.regions[i].keyframes;
    if (direction > 0) {
        for (const RedactionKeyframe& k : kfs)
            if (k.t > t + 1e-3) {
                m_player->seekSeconds(k.t);
                return;
            }
    } else {
        for (auto it = kfs.crbegin(); it != kfs.crend(); ++it)
            if (it->t < t - 1e-3) {
                m_player->seekSeconds(it->t);
                return;
            }
    }
}

void RedactionEditor::nudge(double dx, double dy)
{
    const QRectF b = currentBox(m_selected);
    if (!b.isEmpty())
        setKeyframe(m_selected, b.translated(dx, dy), 0);
}

void RedactionEditor::muteInOut()
{
    const double in = m_player->inPoint();
    const double out = m_player->outPoint();
    if (in < 0 || out <= in) {
        m_status->setText(tr("Set an in point (I) and an out point (O) in the player first."));
        return;
    }
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Mute audio"), tr("Why is the audio muted from %1 to %2?").arg(formatClock(in), formatClock(out)),
        QLineEdit::Normal, tr("bystander name spoken"), &ok);
    if (!ok || reason.trimmed().isEmpty())
        return;
    QList<AudioMute> mutes = m_doc->plan.mutes;
    mutes << AudioMute {in, out, reason};
    m_undo->push(new SetMutesCommand(m_doc, mutes, tr("mute audio")));
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

void RedactionEditor::holdToEnd()
{
    const int i = m_doc->indexOf(m_selected);
    if (i < 0)
        return;
    const RedactionRegion& r = m_doc->plan.regions[i];
    m_undo->push(new SetRegionSpanCommand(m_doc, r.id, r.keyframes, true, tr("hold %1 to the end").arg(r.id)));
}

void RedactionEditor::endHere()
{
    const int i = m_doc->indexOf(m_selected);
    if (i < 0)
        return;
    const RedactionRegion& r = m_doc->plan.regions[i];
    const double t = now();
    if (t < r.start() - 1e-9) {
        m_status->setText(tr("Region %1 starts later than this frame; go to where it should end.").arg(r.id));
        return;
    }
    QList<RedactionKeyframe> kept;
    for (const RedactionKeyframe& k : r.keyframes)
        if (k.t < t - 1e-3)
            kept << k;
    const QRectF box = r.boxAt(t).isEmpty() ? r.keyframes.last().rect() : r.boxAt(t);
    kept << RedactionKeyframe {t, box.x(), box.y(), box.width(), box.height()};
    m_undo->push(new SetRegionSpanCommand(m_doc, r.id, kept, false, tr("end %1 here").arg(r.id)));
    m_status->setText(tr("Region %1 now ends at %2; the frames after it are not covered.").arg(r.id, formatClock(t)));
}

void RedactionEditor::closeEvent(QCloseEvent* event)
{
    if (m_closeConfirmed || m_undo->isClean()) {
        m_closeConfirmed = false; // shown again (a window that is not deleted on close), it asks again
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

void RedactionEditor::extendToStart()
{
    const int i = m_doc->indexOf(m_selected);
    if (i < 0)
        return;
    const RedactionRegion& r = m_doc->plan.regions[i];
    if (r.keyframes.isEmpty() || r.start() <= 1e-9)
        return;
    QList<RedactionKeyframe> kfs = r.keyframes;
    RedactionKeyframe first = kfs.first();
    first.t = 0;
    kfs.prepend(first);
    m_undo->push(new SetRegionSpanCommand(m_doc, r.id, kfs, r.holdToEnd, tr("extend %1 to the start").arg(r.id)));
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
    auto created = std::make_shared<QString>();
    auto* job = new JobDialog(
        *db, tr("Rendering the redacted copy"),
        [db, planId, created, endingsConfirmed, uncoveredConfirmed](const JobDialog::ProgressFn& progress,
                                                                    const std::atomic_bool* cancel) -> Status {
            auto done = RedactionService(*db).render(
                planId, [&](int d, int t) { progress(d, t, QString()); }, cancel, endingsConfirmed, uncoveredConfirmed);
            db->releaseThreadConnection();
            if (!done)
                return done.error();
            *created = done->mediaId;
            return {};
        },
        this);
    job->setAttribute(Qt::WA_DeleteOnClose);
    connect(job, &JobDialog::finished, this, [this, created, job](bool ok) {
        if (!ok)
            return;
        m_planId.clear(); // the rendered plan is frozen; further edits start a new one
        m_status->setText(tr("Rendered: the redacted copy is in the case's media list."));
        Q_EMIT rendered(*created);
        job->accept();
    });
    job->open();
    job->start();
}

} // namespace lpdesk
