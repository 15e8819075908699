// PlayerWidget's sound: the clip's audio through Qt Multimedia at 1× forwards, video only (with a quiet notice)
// when there is no output device or it cannot play the clip's format.
#include "player/PlayerWidget.h"

#include "media/AudioDecoder.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QAudioSink>
#include <QLabel>
#include <QMediaDevices>
#include <QTimer>

namespace lpdesk {

void PlayerWidget::startAudio()
{
    stopAudio();
    if (!m_audio || m_speed != 1.0 || m_direction < 0)
        return;
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (device.isNull()) {
        m_notice->setText(tr("No audio output device: playing video only."));
        return;
    }
    QAudioFormat format;
    format.setSampleRate(m_audio->sampleRate());
    format.setChannelCount(m_audio->channels());
    format.setSampleFormat(QAudioFormat::Int16);
    if (!device.isFormatSupported(format)) {
        m_notice->setText(tr("The audio device cannot play this clip's audio: playing video only."));
        return;
    }
    if (!m_audio->seek(currentSeconds()))
        return;
    m_sink = new QAudioSink(device, format, this);
    m_sinkDevice = m_sink->start();
    if (!m_sinkDevice || m_sink->error() != QAudio::NoError) {
        m_notice->setText(tr("Audio output failed: playing video only."));
        stopAudio();
        return;
    }
    m_audioFeed->start(20);
    feedAudio();
}

void PlayerWidget::feedAudio()
{
    if (!m_sink || !m_sinkDevice || !m_audio)
        return;
    const qsizetype free = m_sink->bytesFree();
    if (free <= 0)
        return;
    const QByteArray pcm = m_audio->read(static_cast<int>(free));
    if (!pcm.isEmpty())
        m_sinkDevice->write(pcm);
}

void PlayerWidget::stopAudio()
{
    m_audioFeed->stop();
    if (m_sink) {
        m_sink->stop();
        m_sink->deleteLater();
        m_sink = nullptr;
        m_sinkDevice = nullptr;
    }
}

} // namespace lpdesk
