// POS import benchmark: a ~100 MB ARTS POSLog journal (LPDESK_BENCH_POS_MB) imported as evidence — encrypted
// copy of the original, streaming parse from that encrypted copy, every transaction and line stored in SQLCipher,
// one database transaction — against baselines on the same file in the same run: `xmllint --stream` (parse only)
// and `sha256sum` (read only). Prints records/s, MB/s, the ratios, and the import's peak resident memory (the
// process's high-water mark is reset just before the import). Never fails on time.
#include "TestSupport.h"

#include "pos/PosService.h"
#include "sim/PosJournalWriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace lpdesk;

namespace {

long vmHwmKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

bool resetHwm()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

double timeShell(const QString& command, bool* ok)
{
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
    p.waitForFinished(-1);
    *ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    return t.nsecsElapsed() / 1e9;
}

PosTransaction sale(int seq, QRandomGenerator& rng)
{
    PosTransaction t;
    t.storeId = QStringLiteral("bench-store");
    t.registerId = QString::number(1 + seq % 8);
    t.sequence = QString::number(seq);
    t.businessDay = QStringLiteral("2026-03-14");
    const int second = 9 * 3600 + seq % (12 * 3600);
    t.begin = QStringLiteral("2026-03-14T%1:%2:%3-05:00")
                  .arg(second / 3600, 2, 10, QLatin1Char('0'))
                  .arg(second / 60 % 60, 2, 10, QLatin1Char('0'))
                  .arg(second % 60, 2, 10, QLatin1Char('0'));
    t.end = t.begin;
    t.operatorId = QStringLiteral("E%1").arg(1000 + seq % 40);
    qint64 total = 0;
    const int items = 1 + static_cast<int>(rng.bounded(5));
    for (int i = 0; i < items; ++i) {
        PosLineItem l;
        l.itemId = QStringLiteral("SKU-%1").arg(rng.bounded(100000));
        l.description = QStringLiteral("Item %1").arg(l.itemId);
        l.unitPrice = l.regularPrice = l.amount = 100 + rng.bounded(5000);
        total += l.amount;
        t.lines << l;
    }
    PosLineItem tender;
    tender.kind = PosLineItem::Kind::Tender;
    tender.tenderType = QStringLiteral("credit");
    tender.cardLast4 = QStringLiteral("4242");
    tender.entryMethod = QStringLiteral("chip");
    tender.amount = total;
    t.lines << tender;
    t.total = total;
    return t;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const qint64 mb
        = qEnvironmentVariableIsSet("LPDESK_BENCH_POS_MB") ? qEnvironmentVariableIntValue("LPDESK_BENCH_POS_MB") : 100;
    QTemporaryDir dir;
    QDir().mkpath(dir.filePath(QStringLiteral("db")));
    auto db = test::createDatabase(dir.filePath(QStringLiteral("db")));

    // The journal, written in batches so that making it does not need it all in memory.
    const QString path = dir.filePath(QStringLiteral("journal.xml"));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return 1;
    QRandomGenerator rng(42);
    int seq = 0;
    qint64 lineItems = 0;
    bool first = true;
    while (out.size() < mb * 1024 * 1024) {
        QList<PosTransaction> batch;
        for (int i = 0; i < 2000; ++i) {
            batch << sale(++seq, rng);
            lineItems += batch.last().lines.size();
        }
        const QByteArray doc = PosJournalWriter::poslog(batch);
        const qsizetype start = first ? 0 : doc.indexOf("<Transaction>");
        const qsizetype end = doc.lastIndexOf("</POSLog>");
        out.write(doc.mid(start, end - start));
        first = false;
    }
    out.write("</POSLog>\n");
    out.close();
    const double sizeMb = static_cast<double>(QFileInfo(path).size()) / (1024.0 * 1024.0);

    bool ok = false;
    const double shaSeconds = timeShell(QStringLiteral("sha256sum '%1' >/dev/null").arg(path), &ok);
    const bool haveXmllint = QFile::exists(QStringLiteral("/usr/bin/xmllint"));
    double xmlSeconds = 0;
    if (haveXmllint) {
        xmlSeconds = timeShell(QStringLiteral("xmllint --stream --noout '%1'").arg(path), &ok);
        if (!ok) {
            std::fprintf(stderr, "xmllint failed on the journal\n");
            return 1;
        }
    }

    const long before = vmHwmKb();
    const bool reset = resetHwm();
    const long baseline = vmHwmKb();
    QElapsedTimer timer;
    timer.start();
    auto summary = PosService(*db).importFile(path, QStringLiteral("bench-store"), QStringLiteral("poslog"));
    const double seconds = timer.nsecsElapsed() / 1e9;
    const long peak = vmHwmKb();
    if (!summary) {
        std::fprintf(stderr, "import failed: %s\n", qPrintable(summary.errorMessage()));
        return 1;
    }
    if (summary->transactions != seq || summary->rejected != 0) {
        std::fprintf(stderr, "imported %d of %d transactions (%d rejected)\n", summary->transactions, seq,
                     summary->rejected);
        return 1;
    }
    std::printf("POSLog journal: %.1f MB, %d transactions, %lld line items\n", sizeMb, seq,
                static_cast<long long>(lineItems));
    std::printf("LP Desk import (encrypt original + stream parse + SQLCipher): %.2f s  %.0f transactions/s  %.0f "
                "lines/s  %.1f MB/s\n",
                seconds, seq / seconds, static_cast<double>(lineItems) / seconds, sizeMb / seconds);
    if (haveXmllint)
        std::printf("xmllint --stream (parse only):                              %.2f s  -> LP Desk/xmllint = %.2fx\n",
                    xmlSeconds, seconds / xmlSeconds);
    std::printf("sha256sum (read only):                                      %.2f s  -> LP Desk/sha256sum = %.2fx\n",
                shaSeconds, seconds / shaSeconds);
    if (reset)
        std::printf(
            "peak resident memory during the import: %.1f MB (process before import: %.1f MB; journal %.1f MB)\n",
            peak / 1024.0, baseline / 1024.0, sizeMb);
    else
        std::printf("peak resident memory (whole process, high-water mark not resettable here): %.1f MB (before import "
                    "%.1f MB)\n",
                    peak / 1024.0, before / 1024.0);
    return 0;
}
