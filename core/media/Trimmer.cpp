#include "media/Trimmer.h"

#include "media/TrimJob.h"

#include <QJsonArray>

namespace lpdesk {

QString TrimRequest::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Copy:
        return QStringLiteral("copy");
    case Mode::Smart:
        return QStringLiteral("smart");
    case Mode::Reencode:
        return QStringLiteral("reencode");
    }
    return {};
}

bool TrimRequest::parseMode(const QString& text, Mode* mode)
{
    for (Mode m : {Mode::Copy, Mode::Smart, Mode::Reencode})
        if (modeName(m) == text) {
            *mode = m;
            return true;
        }
    return false;
}

QJsonObject TrimResult::toJson() const
{
    return QJsonObject {{QLatin1String("mode"), modeUsed},
                        {QLatin1String("first_frame"), firstFrame},
                        {QLatin1String("last_frame"), lastFrame},
                        {QLatin1String("actual_from"), actualFrom},
                        {QLatin1String("actual_to"), actualTo},
                        {QLatin1String("reencoded_frames"), reencodedFrames},
                        {QLatin1String("copied_first_frame"), copiedFirstFrame},
                        {QLatin1String("copied_last_frame"), copiedLastFrame},
                        {QLatin1String("copied_video_packets"), copiedVideoPackets},
                        {QLatin1String("copied_audio_packets"), copiedAudioPackets},
                        {QLatin1String("encoder"), encoder},
                        {QLatin1String("notes"), QJsonArray::fromStringList(notes)}};
}

QList<QByteArray> Trimmer::annexBUnits(const QByteArray& b)
{
    QList<QByteArray> units;
    qsizetype i = 0, start = -1;
    while (i + 3 <= b.size()) {
        const bool sc3 = b[i] == 0 && b[i + 1] == 0 && b[i + 2] == 1;
        if (sc3) {
            if (start >= 0) {
                qsizetype end = i;
                while (end > start && b[end - 1] == 0)
                    --end; // the zero of a 4-byte start code belongs to the next unit's start code
                units << b.mid(start, end - start);
            }
            i += 3;
            start = i;
        } else {
            ++i;
        }
    }
    if (start >= 0 && start < b.size())
        units << b.mid(start);
    return units;
}

QByteArray Trimmer::annexBToLengthPrefixed(const QByteArray& annexB, bool dropParameterSets)
{
    QByteArray out;
    for (const QByteArray& nal : annexBUnits(annexB)) {
        if (nal.isEmpty())
            continue;
        const int type = static_cast<unsigned char>(nal[0]) & 0x1f;
        if (dropParameterSets && (type == 7 || type == 8 || type == 9))
            continue;
        const quint32 n = static_cast<quint32>(nal.size());
        out.append(static_cast<char>(n >> 24));
        out.append(static_cast<char>((n >> 16) & 0xff));
        out.append(static_cast<char>((n >> 8) & 0xff));
        out.append(static_cast<char>(n & 0xff));
        out.append(nal);
    }
    return out;
}

Result<TrimResult> Trimmer::trim(const QString& lpencPath, const X25519KeyPair& key, const TrimRequest& req,
                                 const Progress& progress, const std::atomic_bool* cancel)
{
    return TrimJob(req, progress, cancel).run(lpencPath, key);
}

} // namespace lpdesk
