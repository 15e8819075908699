// The review player: frame-accurate playback straight from the encrypted clip, stepping forwards and backwards,
// jump to time, 0.25×–4× speed, J/K/L, arrows, I/O for in/out, zoom and pan, a timestamp overlay in the store's
// time zone with its offset (corrected for the camera's clock offset), a timeline with thumbnails, markers and the
// trigger time, and audio through Qt Multimedia when there is an output device (video only, with a quiet notice,
// when there is not). An item kept as a document (a DVR export's ZIP, its README) shows as a document, not a video.
#pragma once

#include "cases/MarkerService.h"
#include "inbox/IncidentInbox.h"

#include <QDateTime>
#include <QTimeZone>
#include <QWidget>

#include <memory>

class QAudioSink;
class QComboBox;
class QIODevice;
class QLabel;
class QPushButton;
class QTimer;

namespace lpdesk {

class AudioDecoder;
class CaseDatabase;
class DocumentPanel;
class TimelineWidget;
class VideoDecoder;
class VideoView;

class PlayerWidget : public QWidget
{
    Q_OBJECT
public:
    explicit PlayerWidget(CaseDatabase& db, QWidget* parent = nullptr);
    ~PlayerWidget() override;

    bool open(const QString& mediaId, const QString& caseId);
    void closeMedia();
    QString mediaId() const { return m_media.id; }
    // A still (a frame exported from a clip, an imported photo) shows as its picture, without a timeline.
    bool isStill() const { return m_still; }
    // A document (DocumentPanel): neither a picture nor a video; no frame, timeline or zoom controls.
    bool isDocument() const { return m_document; }
    // A video with frames to step through, trim and redact (not a still, not a document, not empty).
    bool isClip() const { return m_decoder != nullptr; }
    DocumentPanel* documentPanel() const { return m_documentPanel; }
    const MediaRow& media() const { return m_media; }
    int currentFrame() const { return m_frame; }
    int frameCount() const;
    QList<double> frameSeconds() const; // each frame's start in the clip
    double duration() const;
    // The frame shown at `seconds` into the clip (-1 when nothing is open).
    int frameIndexAt(double seconds) const;
    double currentSeconds() const;
    double inPoint() const { return m_in; }
    double outPoint() const { return m_out; }
    bool isPlaying() const;
    double speed() const { return m_speed; }
    QString errorText() const;
    VideoView* view() const { return m_view; }
    TimelineWidget* timeline() const { return m_timeline; }
    void setTrigger(const QDateTime& triggerUtc);
    QDateTime trueTimeAt(double seconds) const;
    void reloadMarkers();

public Q_SLOTS:
    void play();
    void pause();
    void togglePlay();
    void stepFrames(int n);
    void seekSeconds(double seconds);
    void seekFrame(int index);
    void setSpeed(double speed);
    void faster(); // L
    void slower(); // J
    void setInPoint();
    void setOutPoint();
    void clearInOut();
    void jumpToTime();
    void addMarker();

Q_SIGNALS:
    void positionChanged(int frame, double seconds);
    void inOutChanged(double in, double out);
    void mediaOpened(const QString& mediaId);

private:
    void tick();
    void createControls();
    void addKeys();
    enum class Mode { Clip, Still, Document };
    bool openStill(const MediaRow& media, const QString& caseId);
    void openDocument(const MediaRow& media, const QString& caseId);
    void setMode(Mode mode);
    void showFrame(int index);
    void startAudio();
    void stopAudio();
    void feedAudio();
    void updateInfo();

    CaseDatabase& m_db;
    QString m_caseId;
    MediaRow m_media;
    std::unique_ptr<VideoDecoder> m_decoder;
    std::unique_ptr<AudioDecoder> m_audio;
    QAudioSink* m_sink = nullptr;
    QIODevice* m_sinkDevice = nullptr;
    QTimer* m_audioFeed;
    VideoView* m_view;
    DocumentPanel* m_documentPanel;
    TimelineWidget* m_timeline;
    QLabel* m_time;
    QLabel* m_info;
    QLabel* m_notice;
    QPushButton* m_playButton;
    QComboBox* m_speedBox;
    QTimer* m_timer;
    int m_frame = 0;
    int m_direction = 1;
    double m_speed = 1.0;
    double m_in = -1;
    double m_out = -1;
    QDateTime m_trueStart;
    QTimeZone m_zone;
    double m_cameraOffset = 0;
    QList<Marker> m_markers;
    QList<QWidget*> m_clipControls;
    QList<QWidget*> m_zoomControls;
    bool m_still = false;
    bool m_document = false;
};

} // namespace lpdesk
