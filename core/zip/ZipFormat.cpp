#include "zip/ZipFormat.h"

#include <algorithm>

namespace lpdesk::zip {

namespace {

void put16(QByteArray& b, quint16 v)
{
    char x[2];
    qToLittleEndian(v, x);
    b.append(x, 2);
}
void put32(QByteArray& b, quint32 v)
{
    char x[4];
    qToLittleEndian(v, x);
    b.append(x, 4);
}
void put64(QByteArray& b, quint64 v)
{
    char x[8];
    qToLittleEndian(v, x);
    b.append(x, 8);
}

QByteArray aesExtra()
{
    QByteArray e;
    put16(e, 0x9901);
    put16(e, 7);
    put16(e, 2); // AE-2
    e.append("AE", 2);
    e.append('\x03'); // AES-256
    put16(e, MethodStored); // the real method
    return e;
}

} // namespace

QByteArray localHeaderBytes(const EntryFields& e)
{
    QByteArray h;
    put32(h, LocalSig);
    put16(h, e.encrypted ? 51 : 45);
    put16(h, static_cast<quint16>(FlagUtf8 | (e.encrypted ? FlagEncrypted : 0)));
    put16(h, e.encrypted ? MethodAes : MethodStored);
    put16(h, e.time);
    put16(h, e.date);
    put32(h, e.crc);
    put32(h, 0xffffffff);
    put32(h, 0xffffffff);
    put16(h, static_cast<quint16>(e.name.size()));
    put16(h, static_cast<quint16>(20 + (e.encrypted ? 11 : 0)));
    h.append(e.name);
    put16(h, 0x0001); // ZIP64 sizes
    put16(h, 16);
    put64(h, e.size);
    put64(h, e.stored);
    if (e.encrypted)
        h.append(aesExtra());
    return h;
}

QByteArray centralEntryBytes(const EntryFields& e)
{
    QByteArray cd;
    put32(cd, CentralSig);
    put16(cd, (3 << 8) | 45); // made by: Unix
    put16(cd, e.encrypted ? 51 : 45);
    put16(cd, static_cast<quint16>(FlagUtf8 | (e.encrypted ? FlagEncrypted : 0)));
    put16(cd, e.encrypted ? MethodAes : MethodStored);
    put16(cd, e.time);
    put16(cd, e.date);
    put32(cd, e.crc);
    put32(cd, 0xffffffff);
    put32(cd, 0xffffffff);
    put16(cd, static_cast<quint16>(e.name.size()));
    put16(cd, static_cast<quint16>(28 + (e.encrypted ? 11 : 0)));
    put16(cd, 0); // comment
    put16(cd, 0); // disk
    put16(cd, 0); // internal attributes
    put32(cd, 0100644u << 16); // a regular file, rw-r--r--
    put32(cd, 0xffffffff);
    cd.append(e.name);
    put16(cd, 0x0001);
    put16(cd, 24);
    put64(cd, e.size);
    put64(cd, e.stored);
    put64(cd, e.offset);
    if (e.encrypted)
        cd.append(aesExtra());
    return cd;
}

QByteArray endRecordsBytes(quint64 count, quint64 cdSize, quint64 cdOffset)
{
    const quint64 end64 = cdOffset + cdSize;
    QByteArray tail;
    put32(tail, End64Sig);
    put64(tail, 44);
    put16(tail, (3 << 8) | 45);
    put16(tail, 45);
    put32(tail, 0);
    put32(tail, 0);
    put64(tail, count);
    put64(tail, count);
    put64(tail, cdSize);
    put64(tail, cdOffset);
    put32(tail, Locator64Sig);
    put32(tail, 0);
    put64(tail, end64);
    put32(tail, 1);
    put32(tail, EndSig);
    put16(tail, 0);
    put16(tail, 0);
    put16(tail, static_cast<quint16>(std::min<quint64>(count, 0xffff)));
    put16(tail, static_cast<quint16>(std::min<quint64>(count, 0xffff)));
    put32(tail, 0xffffffff);
    put32(tail, 0xffffffff);
    put16(tail, 0);
    return tail;
}

void dosTime(const QDateTime& t, quint16* time, quint16* date)
{
    const QDateTime l = t.toUTC();
    const int year = std::clamp(l.date().year(), 1980, 2107);
    *date = static_cast<quint16>(((year - 1980) << 9) | (l.date().month() << 5) | l.date().day());
    *time = static_cast<quint16>((l.time().hour() << 11) | (l.time().minute() << 5) | (l.time().second() / 2));
}

} // namespace lpdesk::zip
