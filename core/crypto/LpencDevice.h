// A read-only, seekable QIODevice over an .lpenc file: decrypts on demand, never to disk. Used where Qt wants a
// device (Qt Multimedia, image readers, uploads of decrypted media).
#pragma once

#include "crypto/Lpenc.h"

#include <QIODevice>

#include <memory>

namespace lpdesk {

class LpencDevice : public QIODevice
{
    Q_OBJECT
public:
    explicit LpencDevice(std::unique_ptr<LpencReader> reader, QObject* parent = nullptr);
    ~LpencDevice() override;

    bool isSequential() const override { return false; }
    qint64 size() const override;
    bool seek(qint64 pos) override;
    LpencReader& reader() { return *m_reader; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    std::unique_ptr<LpencReader> m_reader;
};

} // namespace lpdesk
