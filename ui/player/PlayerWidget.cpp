#include "player/PlayerWidget.h"

#include "crypto/X25519.h"
#include "model/Currency.h"
#include "pos/PosService.h"

#include "cases/MediaLibrary.h"
#include "common/Background.h"
#include "common/Theme.h"
#include "common/Time.h"
#include "db/CaseDatabase.h"
#include "media/AudioDecoder.h"
#include "media/VideoDecoder.h"
#include "player/DocumentPanel.h"
#include "player/TimelineWidget.h"
#include "player/VideoView.h"

#include <QAudioDevice>
#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMediaDevices>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace lpdesk {

PlayerWidget::PlayerWidget(CaseDatabase& db, QWidget* parent)
    : QWidget(parent),
      m_db(db),
      m_audioFeed(new QTimer(this)),
      m_view(new VideoView(this)),
      m_documentPanel(new DocumentPanel(db, this)),
      m_timeline(new TimelineWidget(this)),
      m_time(new QLabel(this)),
      m_info(new QLabel(this)),
      m_notice(new QLabel(this)),
      m_playButton(new QPushButton(this)),
      m_speedBox(new QComboBox(this)),
      m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("player"));
    setFocusPolicy(Qt::StrongFocus);
    m_time->setObjectName(QStringLiteral("playerTime"));
    m_notice->setObjectName(QStringLiteral("playerNotice"));
    Theme::setStatus(m_notice, Theme::Status::Muted); // palette(mid) on Window was 2.3:1 in the light theme
    m_playButton->setText(tr("Play"));
    m_playButton->setToolTip(tr("Play / pause (Space, K)"));
    for (double s : {0.25, 0.5, 1.0, 2.0, 4.0})
        m_speedBox->addItem(QStringLiteral("%1×").arg(s), s);
    m_speedBox->setCurrentIndex(2);
    m_speedBox->setToolTip(tr("Speed (J slower, L faster)"));
    createControls();
    connect(m_playButton, &QPushButton::clicked, this, &PlayerWidget::togglePlay);
    connect(m_speedBox, &QComboBox::currentIndexChanged, this,
            [this] { setSpeed(m_speedBox->currentData().toDouble()); });
    connect(m_timer, &QTimer::timeout, this, &PlayerWidget::tick);
    connect(m_audioFeed, &QTimer::timeout, this, &PlayerWidget::feedAudio);
    connect(m_timeline, &TimelineWidget::seekRequested, this, &PlayerWidget::seekSeconds);
    connect(m_timeline, &TimelineWidget::inOutEdited, this, [this](double in, double out) {
        m_in = in;
        m_out = out;
        m_timeline->setInOut(m_in, m_out);
        updateInfo();
        Q_EMIT inOutChanged(m_in, m_out);
    });
    addKeys();
    m_notice->setText(QMediaDevices::defaultAudioOutput().isNull() ? tr("No audio output device: playing video only.")
                                                                   : QString());
    // Inside a dialog (redaction review, side by side) Return must not press Play or a step button.
    for (QPushButton* b : findChildren<QPushButton*>())
        b->setAutoDefault(false);
}

// The buttons under the picture and the layout.
void PlayerWidget::createControls()
{
    auto button = [this](const QString& text, const QString& tip, auto slot) {
        auto* b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        connect(b, &QToolButton::clicked, this, slot);
        return b;
    };
    // What moves through time; a still hides these (zoom stays).
    m_clipControls = {
        button(QStringLiteral("|◀"), tr("Start (Home)"), [this] { seekFrame(0); }),
        button(QStringLiteral("◀◀"), tr("Back one second (Shift+Left)"), [this] { seekSeconds(currentSeconds() - 1); }),
        button(QStringLiteral("◀|"), tr("Previous frame (Left)"), [this] { stepFrames(-1); }),
        m_playButton,
        button(QStringLiteral("|▶"), tr("Next frame (Right)"), [this] { stepFrames(1); }),
        button(QStringLiteral("▶▶"), tr("Forward one second (Shift+Right)"),
               [this] { seekSeconds(currentSeconds() + 1); }),
        m_speedBox,
        button(tr("In"), tr("Set the in point (I)"), [this] { setInPoint(); }),
        button(tr("Out"), tr("Set the out point (O)"), [this] { setOutPoint(); }),
        button(tr("Marker"), tr("Add a marker with a note (M)"), [this] { addMarker(); })};
    // What looks at a picture; a document hides these too.
    m_zoomControls = {button(QStringLiteral("+"), tr("Zoom in (+)"), [this] { m_view->zoomIn(); }),
                      button(QStringLiteral("−"), tr("Zoom out (-)"), [this] { m_view->zoomOut(); })};
    auto* controls = new QHBoxLayout;
    for (QWidget* w : m_clipControls + m_zoomControls)
        controls->addWidget(w);
    controls->addWidget(m_time, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_documentPanel, 1);
    m_documentPanel->hide();
    layout->addWidget(m_timeline);
    layout->addLayout(controls);
    layout->addWidget(m_info);
    layout->addWidget(m_notice);
}

// The player's keys (when it or a child has the focus).
void PlayerWidget::addKeys()
{
    struct Key
    {
        QKeySequence seq;
        QString what;
        std::function<void()> fn;
    };
    const QList<Key> keys {
        {QKeySequence(Qt::Key_Space), tr("Play / pause"), [this] { togglePlay(); }},
        {QKeySequence(Qt::Key_K), tr("Pause"), [this] { pause(); }},
        {QKeySequence(Qt::Key_L), tr("Faster"), [this] { faster(); }},
        {QKeySequence(Qt::Key_J), tr("Slower / backwards"), [this] { slower(); }},
        {QKeySequence(Qt::Key_Right), tr("Next frame"), [this] { stepFrames(1); }},
        {QKeySequence(Qt::Key_Left), tr("Previous frame"), [this] { stepFrames(-1); }},
        {QKeySequence(Qt::SHIFT | Qt::Key_Right), tr("One second on"), [this] { seekSeconds(currentSeconds() + 1); }},
        {QKeySequence(Qt::SHIFT | Qt::Key_Left), tr("One second back"), [this] { seekSeconds(currentSeconds() - 1); }},
        {QKeySequence(Qt::Key_Home), tr("First frame"), [this] { seekFrame(0); }},
        {QKeySequence(Qt::Key_End), tr("Last frame"), [this] { seekFrame(frameCount() - 1); }},
        {QKeySequence(Qt::Key_I), tr("Set the in point"), [this] { setInPoint(); }},
        {QKeySequence(Qt::Key_O), tr("Set the out point"), [this] { setOutPoint(); }},
        {QKeySequence(Qt::Key_M), tr("Bookmark this moment"), [this] { addMarker(); }},
        {QKeySequence(Qt::CTRL | Qt::Key_G), tr("Go to a time"), [this] { jumpToTime(); }},
        {QKeySequence(Qt::Key_Plus), tr("Zoom in"), [this] { m_view->zoomIn(); }},
        {QKeySequence(Qt::Key_Minus), tr("Zoom out"), [this] { m_view->zoomOut(); }},
        {QKeySequence(Qt::Key_0), tr("Reset the zoom"), [this] { m_view->resetZoom(); }}};
    for (const Key& k : keys) {
        auto* s = new QShortcut(k.seq, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        s->setWhatsThis(k.what);
        connect(s, &QShortcut::activated, this, k.fn);
    }
}

PlayerWidget::~PlayerWidget()
{
    stopAudio();
}

int PlayerWidget::frameCount() const
{
    return m_decoder ? m_decoder->frameCount() : 0;
}

QList<double> PlayerWidget::frameSeconds() const
{
    QList<double> out;
    if (m_decoder)
        for (const FrameInfo& f : m_decoder->frames())
            out << f.seconds;
    return out;
}

double PlayerWidget::duration() const
{
    return m_decoder ? m_decoder->duration() : 0;
}

int PlayerWidget::frameIndexAt(double seconds) const
{
    return m_decoder ? m_decoder->frameIndexAt(std::max(0.0, seconds)) : -1;
}

double PlayerWidget::currentSeconds() const
{
    return m_decoder && m_frame < m_decoder->frameCount() ? m_decoder->frames()[m_frame].seconds : 0;
}

bool PlayerWidget::isPlaying() const
{
    return m_timer->isActive();
}

QString PlayerWidget::errorText() const
{
    return m_info->text();
}

bool PlayerWidget::open(const QString& mediaId, const QString& caseId)
{
    closeMedia();
    MediaLibrary library(m_db);
    auto media = library.get(mediaId);
    if (!media) {
        m_info->setText(media.errorMessage());
        return false;
    }
    if (DocumentPanel::isDocument(*media)) {
        openDocument(*media, caseId);
        return true;
    }
    if (MediaLibrary::isStill(*media))
        return openStill(*media, caseId);
    auto decoder = library.openForViewing(mediaId, caseId); // recorded in audit and custody
    if (!decoder) {
        m_info->setText(decoder.errorMessage());
        return false;
    }
    m_media = *media;
    m_caseId = caseId;
    m_decoder = std::move(*decoder);
    m_zone = library.zoneOf(m_media);
    m_cameraOffset = library.cameraOffset(m_media);
    m_trueStart = library.trueTime(m_media, 0);
    if (auto key = library.key()) {
        auto audio = AudioDecoder::open(library.pathOf(m_media), *key);
        if (audio)
            m_audio = std::move(*audio);
    }
    m_timeline->setDuration(m_decoder->duration());
    m_timeline->setThumbnails({});
    m_in = m_out = -1;
    m_timeline->setInOut(-1, -1);
    reloadMarkers();
    showFrame(0);
    // Thumbnails from a second decoder off the UI thread.
    // The key is read here, on the UI thread: the job never touches the database, which may be closed (sign-out,
    // lock) while it runs; the key is wiped when the job's copy of the pointer goes.
    const QString path = library.pathOf(m_media);
    auto thumbKey = library.key();
    std::shared_ptr<const X25519KeyPair> key
        = thumbKey ? std::make_shared<const X25519KeyPair>(std::move(*thumbKey)) : nullptr;
    QPointer<TimelineWidget> timeline(m_timeline);
    runInBackground<QList<QImage>>(
        this,
        [key, path]() {
            QList<QImage> images;
            auto dec = key ? VideoDecoder::open(path, *key) : Result<std::unique_ptr<VideoDecoder>>(failure(QString()));
            if (!dec)
                return images;
            const int n = 12;
            for (int i = 0; i < n; ++i) {
                auto img = (*dec)->frameAt(((*dec)->frameCount() - 1) * i / (n - 1));
                if (img)
                    images << img->scaledToHeight(48, Qt::SmoothTransformation);
            }
            return images;
        },
        [timeline](QList<QImage> images) {
            if (timeline)
                timeline->setThumbnails(images);
        });
    Q_EMIT mediaOpened(mediaId);
    return true;
}

bool PlayerWidget::openStill(const MediaRow& media, const QString& caseId)
{
    MediaLibrary library(m_db);
    auto image = library.openStillForViewing(media.id, caseId); // recorded in audit and custody
    if (!image) {
        m_info->setText(image.errorMessage());
        return false;
    }
    m_media = media;
    m_caseId = caseId;
    m_zone = library.zoneOf(m_media);
    m_cameraOffset = 0;
    m_trueStart = QDateTime();
    setMode(Mode::Still);
    m_view->setFrame(*image);
    // The moment the still shows: the frame's corrected time for a frame of a clip, the recording time of a photo.
    QDateTime shown = QDateTime::fromString(m_media.operationParams.value(QLatin1String("true_time_utc")).toString(),
                                            Qt::ISODateWithMs);
    if (!shown.isValid() && m_media.parentId.isEmpty())
        shown = library.trueTime(m_media, 0);
    QStringList overlay;
    if (shown.isValid())
        overlay << formatInZone(shown, m_zone, true);
    overlay << tr("still, %1×%2").arg(image->width()).arg(image->height());
    m_view->setOverlay(overlay);
    m_time->setText(tr("Still: one picture, %1×%2").arg(image->width()).arg(image->height()));
    m_info->clear();
    Q_EMIT mediaOpened(media.id);
    return true;
}

void PlayerWidget::openDocument(const MediaRow& media, const QString& caseId)
{
    // Only what the library knows about the file is shown: its bytes stay encrypted and unread.
    m_media = media;
    m_caseId = caseId;
    m_zone = MediaLibrary(m_db).zoneOf(m_media);
    m_cameraOffset = 0;
    m_trueStart = QDateTime();
    setMode(Mode::Document);
    m_documentPanel->setMedia(media, caseId);
    m_time->clear();
    m_info->clear();
    Q_EMIT mediaOpened(media.id);
}

void PlayerWidget::setMode(Mode mode)
{
    m_still = mode == Mode::Still;
    m_document = mode == Mode::Document;
    m_timeline->setVisible(mode == Mode::Clip);
    for (QWidget* w : std::as_const(m_clipControls)) {
        w->setVisible(mode == Mode::Clip);
        w->setEnabled(mode == Mode::Clip);
    }
    for (QWidget* w : std::as_const(m_zoomControls)) {
        w->setVisible(mode != Mode::Document);
        w->setEnabled(mode != Mode::Document);
    }
    m_view->setVisible(mode != Mode::Document);
    m_documentPanel->setVisible(mode == Mode::Document);
    if (mode != Mode::Clip) {
        m_timeline->setMarks({});
        m_timeline->setInOut(-1, -1);
        m_in = m_out = -1;
    }
}

void PlayerWidget::closeMedia()
{
    pause();
    m_decoder.reset();
    m_audio.reset();
    m_media = MediaRow();
    setMode(Mode::Clip);
    m_view->setFrame(QImage());
    m_view->setOverlay({});
    m_time->clear();
}

void PlayerWidget::setTrigger(const QDateTime& triggerUtc)
{
    if (!triggerUtc.isValid() || !m_trueStart.isValid()) {
        m_timeline->setTrigger(-1);
        return;
    }
    m_timeline->setTrigger(static_cast<double>(m_trueStart.msecsTo(triggerUtc)) / 1000.0);
}

QDateTime PlayerWidget::trueTimeAt(double seconds) const
{
    // Rounded like MediaLibrary::trueTime, so that a derivative and its source name the same millisecond.
    return m_trueStart.isValid() ? m_trueStart.addMSecs(std::llround(seconds * 1000.0)) : QDateTime();
}

void PlayerWidget::reloadMarkers()
{
    m_markers.clear();
    if (!m_media.id.isEmpty())
        if (auto markers = MarkerService(m_db).forMedia(m_media.id, m_caseId))
            m_markers = *markers;
    QList<TimelineWidget::Mark> marks;
    for (const Marker& m : m_markers)
        marks << TimelineWidget::Mark {m.seconds, QStringLiteral("%1 (%2)").arg(m.note, m.createdBy),
                                       TimelineWidget::MarkKind::Bookmark};
    // The case's POS transactions at this clip's camera, at their corrected moment.
    if (!m_media.id.isEmpty() && !m_caseId.isEmpty()) {
        PosService pos(m_db);
        if (auto linked = pos.linked(m_caseId))
            for (const LinkedTransaction& t : *linked)
                for (const PosSeek& s : pos.seeks(m_caseId, t))
                    if (s.mediaId == m_media.id)
                        marks << TimelineWidget::Mark {s.seconds,
                                                       tr("POS register %1 #%2 %3 %4 %5")
                                                           .arg(t.registerId, t.sequence, t.currency,
                                                                Currency::plain(t.total, t.exponent),
                                                                t.exceptions.join(QStringLiteral(", "))),
                                                       TimelineWidget::MarkKind::Pos};
    }
    m_timeline->setMarks(marks);
}

void PlayerWidget::showFrame(int index)
{
    if (!m_decoder)
        return;
    index = std::clamp(index, 0, m_decoder->frameCount() - 1);
    auto image = m_decoder->frameAt(index);
    if (!image) {
        m_info->setText(image.errorMessage());
        pause();
        return;
    }
    m_frame = index;
    m_view->setFrame(*image);
    const double s = currentSeconds();
    m_timeline->setPosition(s);
    QStringList overlay;
    const QDateTime t = trueTimeAt(s);
    if (t.isValid())
        overlay << formatInZone(t, m_zone, true);
    overlay << tr("frame %1 / %2   %3").arg(index).arg(m_decoder->frameCount() - 1).arg(formatClock(s));
    if (m_cameraOffset != 0)
        overlay << tr("corrected for a camera clock %1 s %2")
                       .arg(std::abs(m_cameraOffset))
                       .arg(m_cameraOffset > 0 ? tr("fast") : tr("slow"));
    m_view->setOverlay(overlay);
    m_time->setText(QStringLiteral("%1 / %2").arg(formatClock(s), formatClock(m_decoder->duration())));
    updateInfo();
    Q_EMIT positionChanged(index, s);
}

void PlayerWidget::updateInfo()
{
    QString text;
    if (m_in >= 0 || m_out >= 0)
        text = tr("In %1  Out %2")
                   .arg(m_in >= 0 ? formatClock(m_in) : QStringLiteral("—"),
                        m_out >= 0 ? formatClock(m_out) : QStringLiteral("—"));
    m_info->setText(text);
}

void PlayerWidget::play()
{
    if (!m_decoder)
        return;
    if (m_frame >= m_decoder->frameCount() - 1 && m_direction > 0)
        seekFrame(0);
    const double fps = m_decoder->frameRate() > 0 ? m_decoder->frameRate() : 25;
    m_timer->start(static_cast<int>(1000.0 / (fps * m_speed)));
    m_playButton->setText(tr("Pause"));
    startAudio();
}

void PlayerWidget::pause()
{
    m_timer->stop();
    m_direction = 1;
    m_playButton->setText(tr("Play"));
    stopAudio();
}

void PlayerWidget::togglePlay()
{
    isPlaying() ? pause() : play();
}

void PlayerWidget::tick()
{
    if (!m_decoder)
        return;
    const int next = m_frame + m_direction;
    if (next < 0 || next >= m_decoder->frameCount()) {
        pause();
        return;
    }
    showFrame(next);
}

void PlayerWidget::stepFrames(int n)
{
    pause();
    showFrame(m_frame + n);
}

void PlayerWidget::seekSeconds(double seconds)
{
    if (!m_decoder)
        return;
    const bool playing = isPlaying();
    stopAudio();
    showFrame(m_decoder->frameIndexAt(std::max(0.0, seconds)));
    if (playing)
        startAudio();
}

void PlayerWidget::seekFrame(int index)
{
    const bool playing = isPlaying();
    stopAudio();
    showFrame(index);
    if (playing)
        startAudio();
}

void PlayerWidget::setSpeed(double speed)
{
    m_speed = std::clamp(speed, 0.25, 4.0);
    const int i = m_speedBox->findData(m_speed);
    if (i >= 0 && i != m_speedBox->currentIndex()) {
        QSignalBlocker block(m_speedBox);
        m_speedBox->setCurrentIndex(i);
    }
    if (isPlaying())
        play();
}

void PlayerWidget::faster()
{
    if (!isPlaying() || m_direction < 0) {
        m_direction = 1;
        setSpeed(1.0);
        play();
        return;
    }
    setSpeed(m_speed * 2);
}

void PlayerWidget::slower()
{
    if (isPlaying() && m_direction > 0 && m_speed > 0.25) {
        setSpeed(m_speed / 2);
        return;
    }
    // Play backwards (a keyframe-cached step at a time).
    stopAudio();
    m_direction = -1;
    const double fps = m_decoder && m_decoder->frameRate() > 0 ? m_decoder->frameRate() : 25;
    m_timer->start(static_cast<int>(1000.0 / (fps * m_speed)));
    m_playButton->setText(tr("Pause"));
}

void PlayerWidget::setInPoint()
{
    if (!m_decoder)
        return;
    m_in = currentSeconds();
    if (m_out >= 0 && m_out <= m_in)
        m_out = -1;
    m_timeline->setInOut(m_in, m_out);
    updateInfo();
    Q_EMIT inOutChanged(m_in, m_out);
}

void PlayerWidget::setOutPoint()
{
    if (!m_decoder)
        return;
    // The out point is exclusive: it ends after the current frame.
    const double frame = m_decoder && m_decoder->frameRate() > 0 ? 1.0 / m_decoder->frameRate() : 0.04;
    m_out = currentSeconds() + frame;
    if (m_in >= 0 && m_in >= m_out)
        m_in = -1;
    m_timeline->setInOut(m_in, m_out);
    updateInfo();
    Q_EMIT inOutChanged(m_in, m_out);
}

void PlayerWidget::clearInOut()
{
    m_in = m_out = -1;
    m_timeline->setInOut(-1, -1);
    updateInfo();
    Q_EMIT inOutChanged(m_in, m_out);
}

void PlayerWidget::jumpToTime()
{
    if (!m_decoder)
        return;
    bool ok = false;
    const QString text
        = QInputDialog::getText(this, tr("Jump to time"), tr("Time in the clip (HH:MM:SS.mmm or seconds):"),
                                QLineEdit::Normal, formatClock(currentSeconds()), &ok);
    double s = 0;
    if (ok && parseClock(text, &s))
        seekSeconds(s);
}

void PlayerWidget::addMarker()
{
    if (m_still || m_document)
        return; // a marker is a moment in a clip
    if (m_media.id.isEmpty() || m_caseId.isEmpty()) {
        m_notice->setText(tr("Markers belong to a case: open the clip from a case to add them."));
        return;
    }
    pause();
    bool ok = false;
    const QString note
        = QInputDialog::getText(this, tr("Add marker"), tr("Note for %1:").arg(formatClock(currentSeconds())),
                                QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    auto added = MarkerService(m_db).add(m_caseId, m_media.id, currentSeconds(), note);
    if (!added)
        m_notice->setText(added.errorMessage());
    reloadMarkers();
}

} // namespace lpdesk
