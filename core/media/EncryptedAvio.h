// An FFmpeg AVIOContext that reads an .lpenc file through LpencReader (read, seek, AVSEEK_SIZE), so probing,
// demuxing and decoding read straight from the encrypted file. Also a write-side AVIOContext into an LpencWriter
// (seekable through an in-memory buffer for muxers that rewrite headers).
#pragma once

#include "common/Result.h"
#include "crypto/Lpenc.h"

#include <memory>

struct AVIOContext;
struct AVFormatContext;

namespace lpdesk {

struct EncryptedInput;

class EncryptedAvio
{
public:
    // Decrypts `lpencPath` for `key` and opens a demuxer on it, stream info read: what every reader of an encrypted
    // clip (probe, decoders, trims, redactions) starts with.
    static Result<EncryptedInput> openFile(const QString& lpencPath, const X25519KeyPair& key);

    explicit EncryptedAvio(std::unique_ptr<LpencReader> reader);
    ~EncryptedAvio();
    EncryptedAvio(const EncryptedAvio&) = delete;
    EncryptedAvio& operator=(const EncryptedAvio&) = delete;

    AVIOContext* context() const { return m_ctx; }
    LpencReader& reader() { return *m_reader; }
    quint64 bytesRead() const { return m_bytesRead; }

    // Opens a demuxer on the encrypted file and reads stream info. The returned context uses this object's
    // AVIOContext: keep this object alive until avformat_close_input().
    Result<AVFormatContext*> openInput();

private:
    static int readPacket(void* opaque, unsigned char* buf, int size);
    static int64_t seek(void* opaque, int64_t offset, int whence);

    std::unique_ptr<LpencReader> m_reader;
    AVIOContext* m_ctx = nullptr;
    quint64 m_pos = 0;
    quint64 m_bytesRead = 0;
};

// An opened encrypted clip: `fmt` reads through `avio`, so `avio` must outlive avformat_close_input(&fmt).
struct EncryptedInput
{
    std::unique_ptr<EncryptedAvio> avio;
    AVFormatContext* fmt = nullptr;
};

// A growable in-memory, seekable output for FFmpeg muxers (MP4 rewrites its header at the end). The bytes stay in
// memory (never a plaintext temp file) until they are encrypted.
class MemoryAvioSink
{
public:
    MemoryAvioSink();
    ~MemoryAvioSink();
    MemoryAvioSink(const MemoryAvioSink&) = delete;
    MemoryAvioSink& operator=(const MemoryAvioSink&) = delete;

    AVIOContext* context() const { return m_ctx; }
    const QByteArray& data() const { return m_data; }
    void wipe();

private:
    static int writePacket(void* opaque, uint8_t* buf, int size);
    static int64_t seek(void* opaque, int64_t offset, int whence);

    AVIOContext* m_ctx = nullptr;
    QByteArray m_data;
    qint64 m_pos = 0;
};

QString ffmpegError(int code);

} // namespace lpdesk
