// The bytes of a ZIP64 package on disk, shared by ZipWriter and ZipReader (zip/ZipArchive.h): signatures, flags,
// little-endian fields, and the exact headers and end records LP Desk writes. The reader rebuilds these from what it
// parsed and compares, so that a package has no byte that no check covers.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QtEndian>

namespace lpdesk::zip {

constexpr quint32 LocalSig = 0x04034b50;
constexpr quint32 CentralSig = 0x02014b50;
constexpr quint32 EndSig = 0x06054b50;
constexpr quint32 End64Sig = 0x06064b50;
constexpr quint32 Locator64Sig = 0x07064b50;
constexpr quint16 FlagEncrypted = 0x0001;
constexpr quint16 FlagUtf8 = 0x0800;
constexpr quint16 MethodStored = 0;
constexpr quint16 MethodAes = 99;
constexpr quint16 MethodDeflate = 8;

inline quint16 get16(const char* p)
{
    return qFromLittleEndian<quint16>(p);
}
inline quint32 get32(const char* p)
{
    return qFromLittleEndian<quint32>(p);
}
inline quint64 get64(const char* p)
{
    return qFromLittleEndian<quint64>(p);
}

// What one entry's local header and central directory entry say.
struct EntryFields
{
    QByteArray name;
    bool encrypted = false;
    quint16 time = 0, date = 0;
    quint32 crc = 0;
    quint64 size = 0, stored = 0, offset = 0;
};

QByteArray localHeaderBytes(const EntryFields& e);
QByteArray centralEntryBytes(const EntryFields& e);
QByteArray endRecordsBytes(quint64 count, quint64 cdSize, quint64 cdOffset);
void dosTime(const QDateTime& t, quint16* time, quint16* date);

} // namespace lpdesk::zip
