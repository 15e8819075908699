#include "crypto/LpencDevice.h"

namespace lpdesk {

LpencDevice::LpencDevice(std::unique_ptr<LpencReader> reader, QObject* parent)
    : QIODevice(parent), m_reader(std::move(reader))
{
    QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

LpencDevice::~LpencDevice() = default;

qint64 LpencDevice::size() const
{
    return static_cast<qint64>(m_reader->size());
}

bool LpencDevice::seek(qint64 pos)
{
    if (pos < 0 || pos > size())
        return false;
    return QIODevice::seek(pos);
}

qint64 LpencDevice::readData(char* data, qint64 maxSize)
{
    const qint64 n = m_reader->read(static_cast<quint64>(pos()), data, maxSize);
    if (n < 0)
        setErrorString(m_reader->errorString());
    return n;
}

} // namespace lpdesk
