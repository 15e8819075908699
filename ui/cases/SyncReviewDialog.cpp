#include "cases/SyncReviewDialog.h"

#include "auth/Permissions.h"
#include "cases/CaseService.h"
#include "cases/CaseWorkspace.h"
#include "cases/DerivativeMaker.h"
#include "cases/MediaLibrary.h"
#include "common/Background.h"
#include "common/LocaleText.h"
#include "common/Theme.h"
#include "common/Time.h"
#include "common/WindowSize.h"
#include "db/CaseDatabase.h"
#include "player/PlayerWidget.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace lpdesk {

namespace {
constexpr double ClockResolution = 0.001; // seconds
}

struct SyncReviewDialog::Pane
{
    QString mediaId;
    QString label;
    QDateTime trueStart; // true time of the clip's first frame (camera offset applied)
    QTimeZone zone;
    QWidget* box = nullptr;
    QLabel* caption = nullptr;
    PlayerWidget* player = nullptr;
    bool covering = true;
    double seconds = 0;

    // Seconds into this clip at which the true moment `when` is shown, and whether the clip was recording then.
    double secondsAt(const QDateTime& when) const { return static_cast<double>(trueStart.msecsTo(when)) / 1000.0; }
    bool covers(double s) const { return s >= -ClockResolution && s < player->duration(); }
};

SyncReviewDialog::SyncReviewDialog(CaseDatabase& db, const QString& caseId, const QStringList& preselected,
                                   QWidget* parent)
    : QDialog(parent),
      m_db(db),
      m_caseId(caseId),
      m_clips(new QListWidget(this)),
      m_lock(new QCheckBox(tr("&Lock to wall-clock time"), this)),
      m_clock(new QLabel(this)),
      m_goto(new QLineEdit(this)),
      m_message(new QLabel(this)),
      m_grid(new QGridLayout)
{
    setObjectName(QStringLiteral("syncReviewDialog"));
    resizeToFit(this, QSize(1500, 900));
    auto info = CaseService(m_db).show(caseId);
    setWindowTitle(info ? tr("Side by side — %1").arg(info->reference) : tr("Side by side"));
    m_clips->setObjectName(QStringLiteral("syncClips"));
    m_lock->setChecked(true);
    m_lock->setToolTip(tr("Stepping, seeking or playing one clip moves the others to the same true moment, "
                          "corrected for each camera's clock offset."));
    m_clock->setObjectName(QStringLiteral("syncClock"));
    m_clock->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("syncMessage"));
    m_goto->setObjectName(QStringLiteral("syncGoto"));
    m_goto->setPlaceholderText(tr("14:02:11.400 (store time) or 2026-03-14T14:02:11-05:00"));
    m_goto->setToolTip(tr("Show this moment in every clip: a time of day in the leading clip's store time zone, "
                          "or a full RFC 3339 time"));
    connect(m_goto, &QLineEdit::returnPressed, this, &SyncReviewDialog::goToTyped);
    listClips(preselected);
    layOut(createControls());
    connect(m_clips, &QListWidget::itemChanged, this, [this] { rebuild(); });
    connect(m_lock, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            follow(leadPlayer());
    });
    rebuild();
}

// The time typed in "Go to time": a time of day in the leading clip's zone, or RFC 3339.
void SyncReviewDialog::goToTyped()
{
    const QString text = m_goto->text().trimmed();
    QDateTime when = parseRfc3339(text);
    if (!when.isValid()) {
        Pane* lead = nullptr;
        for (Pane* p : m_panes)
            if (p->player == leadPlayer())
                lead = p;
        QTime time;
        for (const char* format : {"HH:mm:ss.zzz", "HH:mm:ss", "HH:mm"})
            if (!time.isValid())
                time = QTime::fromString(text, QLatin1String(format));
        if (lead && time.isValid() && m_wallClock.isValid())
            when = QDateTime(m_wallClock.toTimeZone(lead->zone).date(), time, lead->zone).toUTC();
    }
    if (!when.isValid()) {
        m_message->setText(tr("Type a time of day (14:02:11) or an RFC 3339 time with its offset."));
        return;
    }
    goToWallClock(when);
}

// The clips of the case to choose from; the preselected ones (or the first originals) ticked.
void SyncReviewDialog::listClips(const QStringList& preselected)
{
    QStringList chosen = preselected;
    auto media = MediaLibrary(m_db).forCase(m_caseId);
    if (media) {
        for (const MediaRow& m : *media) {
            if (m.codec == QLatin1String("png") || m.duration <= 0)
                continue;
            if (preselected.isEmpty() && m.kind == QLatin1String("original") && chosen.size() < MaxClips)
                chosen << m.id;
            auto* item = new QListWidgetItem(CaseWorkspace::labelOf(m), m_clips);
            item->setData(Qt::UserRole, m.id);
            item->setToolTip(tr("%1 s, SHA-256 %2").arg(shown::decimal(m.duration, 2), m.sha256)); // no raw id
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        }
    } else {
        m_message->setText(media.errorMessage());
    }
    m_preferred = chosen;
    for (int i = 0; i < m_clips->count(); ++i) {
        QListWidgetItem* item = m_clips->item(i);
        const int rank = int(chosen.indexOf(item->data(Qt::UserRole).toString()));
        item->setCheckState(rank >= 0 && rank < MaxClips ? Qt::Checked : Qt::Unchecked);
    }
}

// Previous, play/pause, next and stills (each for the leading clip; the others follow), and Ctrl+1..4.
QHBoxLayout* SyncReviewDialog::createControls()
{
    auto* previous = new QPushButton(tr("◀ P&revious frame"), this);
    auto* playPause = new QPushButton(tr("Play / &pause"), this);
    auto* next = new QPushButton(tr("&Next frame ▶"), this);
    auto* stills = new QPushButton(tr("Stills of this &moment…"), this);
    stills->setObjectName(QStringLiteral("syncStills"));
    stills->setToolTip(tr("Save a PNG of every clip that shows this moment; each still is recorded as a derivative "
                          "in the chain of custody"));
    stills->setEnabled(Permissions::allows(m_db.session().role, Action::WorkOnEvidence));
    connect(stills, &QPushButton::clicked, this, &SyncReviewDialog::chooseFolderAndExportStills);
    previous->setToolTip(tr("Step the leading clip one frame back; the others follow (Left in a clip)"));
    playPause->setToolTip(tr("Play or pause the leading clip; the others follow (Space in a clip)"));
    next->setToolTip(tr("Step the leading clip one frame on; the others follow (Right in a clip)"));
    connect(previous, &QPushButton::clicked, this, [this] {
        if (PlayerWidget* p = leadPlayer())
            p->stepFrames(-1);
    });
    connect(next, &QPushButton::clicked, this, [this] {
        if (PlayerWidget* p = leadPlayer())
            p->stepFrames(1);
    });
    connect(playPause, &QPushButton::clicked, this, [this] {
        if (PlayerWidget* p = leadPlayer())
            p->togglePlay();
    });
    // Ctrl+1..4 puts the keyboard into clip 1..4 (its J/K/L, arrows and Ctrl+G then lead).
    for (int i = 0; i < MaxClips; ++i) {
        auto* key = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this);
        connect(key, &QShortcut::activated, this, [this, i] {
            if (i < m_panes.size()) {
                m_lead = m_panes[i]->player;
                m_lead->setFocus();
                follow(m_lead);
            }
        });
    }
    auto* controls = new QHBoxLayout;
    controls->addWidget(previous);
    controls->addWidget(playPause);
    controls->addWidget(next);
    controls->addStretch();
    controls->addWidget(stills);
    // Return belongs to the time field (and the players): it must not step a frame.
    for (QPushButton* b : {previous, playPause, next, stills}) {
        b->setAutoDefault(false);
        b->setDefault(false);
    }
    return controls;
}

// The clip list on the left; the clock, the players and the controls on the right.
void SyncReviewDialog::layOut(QHBoxLayout* controls)
{
    auto* left = new QWidget(this);
    auto* ll = new QVBoxLayout(left);
    ll->addWidget(new QLabel(tr("Clips of this case (up to %1 at once)").arg(MaxClips), left));
    ll->addWidget(m_clips, 1);
    ll->addWidget(m_lock);
    auto* right = new QWidget(this);
    auto* rl = new QVBoxLayout(right);
    auto* top = new QHBoxLayout;
    top->addWidget(m_clock, 1);
    auto* gotoLabel = new QLabel(tr("&Go to time:"), right);
    gotoLabel->setBuddy(m_goto);
    top->addWidget(gotoLabel);
    top->addWidget(m_goto);
    rl->addLayout(top);
    rl->addLayout(m_grid, 1);
    rl->addLayout(controls);
    rl->addWidget(m_message);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 6);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Return belongs to the time field (and the players): it must not step a frame or close the dialog.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setDefault(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
}

SyncReviewDialog::~SyncReviewDialog()
{
    qDeleteAll(m_panes);
}

QList<PlayerWidget*> SyncReviewDialog::players() const
{
    QList<PlayerWidget*> out;
    for (const Pane* p : m_panes)
        out << p->player;
    return out;
}

QString SyncReviewDialog::captionOf(int i) const
{
    return i >= 0 && i < m_panes.size() ? m_panes[i]->caption->text() : QString();
}

bool SyncReviewDialog::isCovering(int i) const
{
    return i >= 0 && i < m_panes.size() && m_panes[i]->covering;
}

QString SyncReviewDialog::message() const
{
    return m_message->text();
}

bool SyncReviewDialog::goToWallClock(const QDateTime& when)
{
    auto covers = [&when](const Pane* p) { return p->trueStart.isValid() && p->covers(p->secondsAt(when)); };
    Pane* lead = nullptr;
    for (Pane* p : m_panes)
        if (p->player == leadPlayer() && covers(p))
            lead = p;
    for (Pane* p : m_panes)
        if (!lead && covers(p))
            lead = p;
    if (!lead) {
        m_message->setText(tr("No clip shown here was recording at %1.").arg(toUtcString(when)));
        return false;
    }
    m_message->clear();
    m_lead = lead->player;
    const double seconds = lead->secondsAt(when);
    lead->player->pause();
    const int frame = lead->player->frameIndexAt(std::max(0.0, seconds) + ClockResolution);
    if (frame != lead->player->currentFrame())
        lead->player->seekFrame(frame); // the others follow
    else
        follow(lead->player);
    return true;
}

void SyncReviewDialog::chooseFolderAndExportStills()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for the stills of this moment"));
    if (!folder.isEmpty())
        exportStills(folder);
}

bool SyncReviewDialog::exportStills(const QString& folder)
{
    for (const Pane* p : m_panes)
        p->player->pause();
    const QString stamp = m_wallClock.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss.zzz'Z'"));
    struct Still
    {
        QString mediaId;
        double seconds;
        QString path;
    };
    QList<Still> stills;
    for (const Pane* p : m_panes) {
        if (!p->covering || p->player->frameCount() == 0)
            continue;
        const MediaRow& m = p->player->media();
        const QString name = QStringLiteral("%1-%2-%3.png").arg(m.camera, stamp, m.id.left(8));
        stills.append({m.id, p->player->currentSeconds(), QDir(folder).filePath(name)});
    }
    struct Outcome
    {
        int written = 0;
        Status status;
    };
    m_message->setText(tr("Writing %n still(s)…", nullptr, static_cast<int>(stills.size())));
    // Each still decodes a frame of its clip: a job, so that the dialog keeps answering while they are made.
    const bool started = runOnDatabase<std::shared_ptr<Outcome>>(
        m_db, this,
        [db = &m_db, caseId = m_caseId, stills](const std::atomic_bool& cancel) {
            auto out = std::make_shared<Outcome>();
            for (const Still& s : stills) {
                if (cancel.load()) {
                    out->status = makeError(ErrorKind::Cancelled, tr("The database is closing."));
                    break;
                }
                auto still = DerivativeMaker(*db).frame(s.mediaId, s.seconds, caseId, s.path);
                if (!still) {
                    out->status = still.error();
                    break;
                }
                ++out->written;
            }
            return out;
        },
        [this, folder, when = m_wallClock](std::shared_ptr<Outcome> out) {
            if (!out->status)
                m_message->setText(
                    tr("Stopped after %n still(s): %1", nullptr, out->written).arg(out->status.errorMessage()));
            else
                m_message->setText(
                    tr("%n still(s) of %1 written to %2, each recorded in the chain of custody.", nullptr, out->written)
                        .arg(toUtcString(when), QDir::toNativeSeparators(folder)));
            Q_EMIT stillsExported(out->status ? out->written : -1);
        });
    if (!started)
        m_message->setText(tr("The database is closing; no still was written."));
    return started;
}

PlayerWidget* SyncReviewDialog::leadPlayer() const
{
    for (const Pane* p : m_panes)
        if (p->player == m_lead)
            return m_lead;
    return m_panes.isEmpty() ? nullptr : m_panes.first()->player;
}

void SyncReviewDialog::rebuild()
{
    QStringList wanted;
    for (int i = 0; i < m_clips->count(); ++i)
        if (m_clips->item(i)->checkState() == Qt::Checked)
            wanted << m_clips->item(i)->data(Qt::UserRole).toString();
    if (wanted.size() > MaxClips) {
        // Keep the ones already shown; refuse the newest tick.
        for (int i = 0; i < m_clips->count(); ++i) {
            QListWidgetItem* item = m_clips->item(i);
            const QString id = item->data(Qt::UserRole).toString();
            const bool shown
                = std::any_of(m_panes.cbegin(), m_panes.cend(), [&id](const Pane* p) { return p->mediaId == id; });
            if (item->checkState() == Qt::Checked && !shown) {
                QSignalBlocker block(m_clips);
                item->setCheckState(Qt::Unchecked);
                wanted.removeAll(id);
            }
        }
        m_message->setText(tr("At most %1 clips side by side; untick one first.").arg(MaxClips));
    } else {
        m_message->clear();
    }
    // The clips chosen when the dialog opened come first, in that order; others in list order.
    std::stable_sort(wanted.begin(), wanted.end(), [this](const QString& a, const QString& b) {
        auto rank = [this](const QString& id) {
            const qsizetype i = m_preferred.indexOf(id);
            return i < 0 ? m_preferred.size() : i;
        };
        return rank(a) < rank(b);
    });
    // Drop panes no longer wanted, add new ones.
    for (int i = int(m_panes.size()) - 1; i >= 0; --i)
        if (!wanted.contains(m_panes[i]->mediaId)) {
            Pane* p = m_panes.takeAt(i);
            if (m_lead == p->player)
                m_lead = nullptr;
            p->player->pause();
            delete p->box;
            delete p;
        }
    MediaLibrary library(m_db);
    for (const QString& id : wanted) {
        if (std::any_of(m_panes.cbegin(), m_panes.cend(), [&id](const Pane* p) { return p->mediaId == id; }))
            continue;
        auto* pane = createPane(id, library);
        m_panes << pane;
    }
    // Panes in the wanted order; grid: one row for up to two clips, two columns beyond.
    std::stable_sort(m_panes.begin(), m_panes.end(), [&wanted](const Pane* a, const Pane* b) {
        return wanted.indexOf(a->mediaId) < wanted.indexOf(b->mediaId);
    });
    for (const Pane* p : m_panes)
        m_grid->removeWidget(p->box);
    const int columns = m_panes.size() <= 2 ? std::max<int>(1, int(m_panes.size())) : 2;
    for (int i = 0; i < m_panes.size(); ++i) {
        m_grid->addWidget(m_panes[i]->box, i / columns, i % columns);
        m_panes[i]->box->show();
    }
    if (m_panes.isEmpty())
        m_clock->setText(tr("Tick the clips to review side by side."));
    if (layout())
        layout()->activate();
    follow(leadPlayer());
}

// A player for one clip, with its caption (opening it is a "viewed" event in the custody chain).
SyncReviewDialog::Pane* SyncReviewDialog::createPane(const QString& id, MediaLibrary& library)
{
    auto* pane = new Pane;
    pane->mediaId = id;
    pane->box = new QWidget(this);
    auto* bl = new QVBoxLayout(pane->box);
    bl->setContentsMargins(0, 0, 0, 0);
    pane->caption = new QLabel(pane->box);
    pane->caption->setObjectName(QStringLiteral("syncCaption"));
    pane->caption->setWordWrap(true);
    pane->caption->setMargin(2);
    pane->player = new PlayerWidget(m_db, pane->box);
    bl->addWidget(pane->caption);
    bl->addWidget(pane->player, 1);
    if (pane->player->open(id, m_caseId)) { // each open is a "viewed" event in the custody chain
        const MediaRow& m = pane->player->media();
        pane->label = CaseWorkspace::labelOf(m);
        pane->trueStart = pane->player->trueTimeAt(0);
        pane->zone = library.zoneOf(m);
    } else {
        pane->label = tr("A clip that could not be opened: %1").arg(pane->player->errorText());
    }
    PlayerWidget* player = pane->player;
    connect(player, &PlayerWidget::positionChanged, this, [this, player] { follow(player); });
    return pane;
}

void SyncReviewDialog::follow(PlayerWidget* lead)
{
    if (m_following || !lead)
        return;
    m_following = true;
    m_lead = lead;
    Pane* leadPane = nullptr;
    for (Pane* p : m_panes)
        if (p->player == lead)
            leadPane = p;
    if (leadPane && leadPane->trueStart.isValid()) {
        m_wallClock = lead->trueTimeAt(lead->currentSeconds());
        m_clock->setText(tr("<b>%1</b> &nbsp; (UTC %2)")
                             .arg(shown::dateTime(m_wallClock, leadPane->zone, true, true).toHtmlEscaped(),
                                  toUtcString(m_wallClock)));
    }
    for (Pane* p : m_panes) {
        if (p == leadPane || !m_lock->isChecked() || !m_wallClock.isValid() || !p->trueStart.isValid()) {
            p->covering = p->player->frameCount() > 0;
            p->seconds = p->player->currentSeconds();
            updateCaption(*p, p == leadPane);
            continue;
        }
        if (p->player->isPlaying())
            p->player->pause(); // one clip leads at a time
        p->seconds = p->secondsAt(m_wallClock);
        p->covering = p->covers(p->seconds);
        // True times are kept to the millisecond: allow that much so a frame that starts at 0.6667 s is the
        // one shown at 0.666 s.
        const int frame = p->player->frameIndexAt(std::clamp(p->seconds, 0.0, p->player->duration()) + ClockResolution);
        if (frame >= 0 && frame != p->player->currentFrame())
            p->player->seekFrame(frame);
        updateCaption(*p, false);
    }
    // Continuous play: when the leading clip plays into its last frame while another clip shows this moment and
    // goes on, that clip takes the lead and plays on (the first one stops at its end, as a player does).
    if (m_lock->isChecked() && lead->isPlaying() && lead->currentFrame() >= lead->frameCount() - 1)
        for (Pane* p : m_panes)
            if (p != leadPane && p->covering && p->player->currentFrame() < p->player->frameCount() - 1) {
                QPointer<PlayerWidget> next = p->player;
                QTimer::singleShot(0, this, [this, next] {
                    if (!next)
                        return;
                    m_lead = next;
                    next->play();
                });
                break;
            }
    m_following = false;
}

void SyncReviewDialog::updateCaption(Pane& pane, bool lead)
{
    QString text = pane.label;
    if (lead)
        text += tr(" — leading");
    if (!pane.covering) {
        text += pane.seconds < 0
            ? tr(" — no footage at this moment: the clip starts %1 s later").arg(shown::decimal(-pane.seconds, 2))
            : tr(" — no footage at this moment: the clip ended %1 s earlier")
                  .arg(shown::decimal(pane.seconds - pane.player->duration(), 2));
        Theme::setBanner(pane.caption, false);
    } else {
        text += tr(" — at %1").arg(formatClock(pane.player->currentSeconds())); // the frame shown
        Theme::setStatus(pane.caption, Theme::Status::Normal);
    }
    pane.caption->setText(text);
}

} // namespace lpdesk
