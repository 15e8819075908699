#include "media/EncryptedAvio.h"

extern "C" {
#include <libavformat/avformat.h>
#include <libavutil/mem.h>
}

#include <openssl/crypto.h>

#include <QCoreApplication>

#include <cstring>

namespace lpdesk {

namespace {
constexpr int AvioBufferSize = 256 * 1024;
}

QString ffmpegError(int code)
{
    char buf[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, buf, sizeof buf);
    return QString::fromUtf8(buf);
}

EncryptedAvio::EncryptedAvio(std::unique_ptr<LpencReader> reader) : m_reader(std::move(reader))
{
    auto* buffer = static_cast<unsigned char*>(av_malloc(AvioBufferSize));
    m_ctx = avio_alloc_context(buffer, AvioBufferSize, 0, this, &EncryptedAvio::readPacket, nullptr,
                               &EncryptedAvio::seek);
    m_ctx->seekable = AVIO_SEEKABLE_NORMAL;
}

EncryptedAvio::~EncryptedAvio()
{
    if (m_ctx) {
        // The AVIO buffer holds decrypted bytes: wipe before freeing.
        if (m_ctx->buffer)
            OPENSSL_cleanse(m_ctx->buffer, static_cast<std::size_t>(m_ctx->buffer_size));
        av_freep(&m_ctx->buffer);
        avio_context_free(&m_ctx);
    }
}

int EncryptedAvio::readPacket(void* opaque, unsigned char* buf, int size)
{
    auto* self = static_cast<EncryptedAvio*>(opaque);
    const qint64 n = self->m_reader->read(self->m_pos, reinterpret_cast<char*>(buf), size);
    if (n < 0)
        return AVERROR_INVALIDDATA;
    if (n == 0)
        return AVERROR_EOF;
    self->m_pos += static_cast<quint64>(n);
    self->m_bytesRead += static_cast<quint64>(n);
    return static_cast<int>(n);
}

int64_t EncryptedAvio::seek(void* opaque, int64_t offset, int whence)
{
    auto* self = static_cast<EncryptedAvio*>(opaque);
    const auto size = static_cast<int64_t>(self->m_reader->size());
    switch (whence & ~AVSEEK_FORCE) {
    case AVSEEK_SIZE:
        return size;
    case SEEK_SET:
        break;
    case SEEK_CUR:
        offset += static_cast<int64_t>(self->m_pos);
        break;
    case SEEK_END:
        offset += size;
        break;
    default:
        return -1;
    }
    if (offset < 0 || offset > size)
        return -1;
    self->m_pos = static_cast<quint64>(offset);
    return offset;
}

Result<EncryptedInput> EncryptedAvio::openFile(const QString& lpencPath, const X25519KeyPair& key)
{
    auto reader = LpencReader::open(lpencPath, key);
    if (!reader)
        return reader.error();
    EncryptedInput in;
    in.avio = std::make_unique<EncryptedAvio>(std::move(*reader));
    auto fmt = in.avio->openInput();
    if (!fmt)
        return fmt.error();
    in.fmt = *fmt;
    return in;
}

Result<AVFormatContext*> EncryptedAvio::openInput()
{
    AVFormatContext* fmt = avformat_alloc_context();
    fmt->pb = m_ctx;
    fmt->flags |= AVFMT_FLAG_CUSTOM_IO;
    // Limit how much a hostile file can make the prober read.
    fmt->probesize = 32 * 1024 * 1024;
    m_pos = 0;
    int rc = avformat_open_input(&fmt, nullptr, nullptr, nullptr);
    if (rc < 0)
        return failure(QCoreApplication::translate("lpdesk::EncryptedAvio", "Not a readable media file: %1")
                           .arg(m_reader->fault() != LpencFault::None ? m_reader->errorString() : ffmpegError(rc)));
    rc = avformat_find_stream_info(fmt, nullptr);
    if (rc < 0) {
        avformat_close_input(&fmt);
        return failure(QCoreApplication::translate("lpdesk::EncryptedAvio", "Cannot read the media streams: %1")
                           .arg(ffmpegError(rc)));
    }
    return fmt;
}

MemoryAvioSink::MemoryAvioSink()
{
    auto* buffer = static_cast<unsigned char*>(av_malloc(AvioBufferSize));
    m_ctx = avio_alloc_context(buffer, AvioBufferSize, 1, this, nullptr, &MemoryAvioSink::writePacket,
                               &MemoryAvioSink::seek);
    m_ctx->seekable = AVIO_SEEKABLE_NORMAL;
}

MemoryAvioSink::~MemoryAvioSink()
{
    if (m_ctx) {
        if (m_ctx->buffer)
            OPENSSL_cleanse(m_ctx->buffer, static_cast<std::size_t>(m_ctx->buffer_size));
        av_freep(&m_ctx->buffer);
        avio_context_free(&m_ctx);
    }
    wipe();
}

void MemoryAvioSink::wipe()
{
    if (!m_data.isEmpty() && m_data.isDetached())
        OPENSSL_cleanse(m_data.data(), static_cast<std::size_t>(m_data.size()));
    m_data.clear();
    m_pos = 0;
}

int MemoryAvioSink::writePacket(void* opaque, uint8_t* buf, int size)
{
    auto* self = static_cast<MemoryAvioSink*>(opaque);
    const qint64 end = self->m_pos + size;
    if (end > self->m_data.size())
        self->m_data.resize(end);
    std::memcpy(self->m_data.data() + self->m_pos, buf, static_cast<std::size_t>(size));
    self->m_pos = end;
    return size;
}

int64_t MemoryAvioSink::seek(void* opaque, int64_t offset, int whence)
{
    auto* self = static_cast<MemoryAvioSink*>(opaque);
    switch (whence & ~AVSEEK_FORCE) {
    case AVSEEK_SIZE:
        return self->m_data.size();
    case SEEK_SET:
        break;
    case SEEK_CUR:
        offset += self->m_pos;
        break;
    case SEEK_END:
        offset += self->m_data.size();
        break;
    default:
        return -1;
    }
    if (offset < 0)
        return -1;
    self->m_pos = offset;
    return offset;
}

} // namespace lpdesk
