// Mutation fuzzer for every parser that reads hostile input: POS journals (POSLog, CSV, JSON), store drop
// documents (store.json, feed pages, incidents), redaction plans and .lpenc files. Seeds are real documents made
// by the store simulator and the journal writer; each iteration applies a few random mutations (bit flips,
// interesting bytes, deletions, duplications, insertions, truncation, splices between seeds) and runs the parser.
// Besides "no crash, no sanitizer report" (the sanitizer build runs these too), each target checks what a
// parser promises: records within limits, documents that pass validation really are valid, and an altered
// .lpenc file never decrypts to anything but the original plaintext.
//
//   lpdesk-fuzz TARGET [ITERATIONS] [SEED]    TARGET: pos | store | plan | lpenc
#include "crypto/Lpenc.h"
#include "crypto/X25519.h"
#include "pos/PosJournalReader.h"
#include "pos/PosJournalWriter.h"
#include "redact/RedactionPlan.h"
#include "store/StoreDrop.h"
#include "store/StoreSimulator.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cmath>
#include <cstdio>

extern "C" {
#include <libavutil/log.h>
}

using namespace lpdesk;

namespace {

[[noreturn]] void fail(const char* what, const QByteArray& input)
{
    std::fprintf(stderr, "FUZZ FAILURE: %s\n", what);
    QFile out(QDir::temp().filePath(QStringLiteral("lpdesk-fuzz-failure.bin")));
    if (out.open(QIODevice::WriteOnly))
        out.write(input);
    std::fprintf(stderr, "input written to %s\n", qPrintable(out.fileName()));
    std::exit(1);
}

class Mutator
{
public:
    explicit Mutator(quint64 seed) : m_rng(seed) { }

    QByteArray mutate(const QByteArray& seed, const QList<QByteArray>& others)
    {
        QByteArray b = seed;
        const int ops = 1 + static_cast<int>(m_rng.bounded(4));
        for (int i = 0; i < ops; ++i) {
            const qsizetype n = b.size();
            const qsizetype at = n > 0 ? static_cast<qsizetype>(m_rng.bounded(static_cast<quint32>(n))) : 0;
            switch (m_rng.bounded(8)) {
            case 0: // flip a bit
                if (n > 0)
                    b[at] = static_cast<char>(b[at] ^ (1 << m_rng.bounded(8)));
                break;
            case 1: { // an interesting byte
                static const char interesting[]
                    = {'\0', '\xff', '<', '>', '"', '{', '}', '[', ']', '&', ',', '\n', '\\', ':', '-', '9'};
                if (n > 0)
                    b[at] = interesting[m_rng.bounded(static_cast<quint32>(sizeof interesting))];
                break;
            }
            case 2: // delete a range
                b.remove(at, static_cast<qsizetype>(m_rng.bounded(64)) + 1);
                break;
            case 3: { // duplicate a range
                const QByteArray piece = b.mid(at, static_cast<qsizetype>(m_rng.bounded(256)) + 1);
                b.insert(at, piece);
                break;
            }
            case 4: { // insert random bytes
                QByteArray r(static_cast<qsizetype>(m_rng.bounded(16)) + 1, Qt::Uninitialized);
                for (char& c : r)
                    c = static_cast<char>(m_rng.bounded(256));
                b.insert(at, r);
                break;
            }
            case 5: // truncate
                b.truncate(at);
                break;
            case 6: { // splice a piece of another seed
                const QByteArray& other
                    = others[static_cast<qsizetype>(m_rng.bounded(static_cast<quint32>(others.size())))];
                if (!other.isEmpty()) {
                    const qsizetype from = static_cast<qsizetype>(m_rng.bounded(static_cast<quint32>(other.size())));
                    b.replace(at, static_cast<qsizetype>(m_rng.bounded(128)),
                              other.mid(from, static_cast<qsizetype>(m_rng.bounded(512))));
                }
                break;
            }
            default: { // a digit becomes a huge or negative number
                const qsizetype d = b.indexOf(QByteArray::number(m_rng.bounded(10)), at);
                if (d >= 0)
                    b.replace(d, 1, m_rng.bounded(2) ? QByteArray("99999999999999999999") : QByteArray("-1"));
                break;
            }
            }
        }
        return b;
    }
    quint32 pick(quint32 n) { return m_rng.bounded(n); }

private:
    QRandomGenerator m_rng;
};

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct Seeds
{
    QList<QByteArray> journals; // POSLog, CSV, JSON
    QList<QString> journalFormats;
    QList<QByteArray> storeDocs; // store.json
    QList<QByteArray> feedDocs;
    QList<QByteArray> incidentDocs;
    QList<QString> incidentIds;
    QList<QByteArray> plans;
    QByteArray lpencFile;
    QByteArray lpencPlain;
    X25519KeyPair key;
};

Seeds makeSeeds(const QString& dir)
{
    Seeds s;
    s.key = X25519::generate();
    SimulatorOptions o;
    o.outDir = dir + QStringLiteral("/drops");
    o.recipientPublicKey = s.key.publicKey;
    o.stores = 3;
    o.incidentsPerStore = 3;
    o.clipSeconds = 1;
    o.width = 96;
    o.height = 64;
    auto sim = StoreSimulator::run(o);
    if (!sim) {
        std::fprintf(stderr, "simulator failed: %s\n", qPrintable(sim.errorMessage()));
        std::exit(1);
    }
    for (const QString& store : sim->storeIds) {
        const QString root = o.outDir + QLatin1Char('/') + store;
        s.storeDocs << readFile(root + QStringLiteral("/store.json"));
        s.feedDocs << readFile(root + QStringLiteral("/feed/000001.json"));
        for (const QString& f : QDir(root + QStringLiteral("/incidents")).entryList(QDir::Files)) {
            s.incidentDocs << readFile(root + QStringLiteral("/incidents/") + f);
            s.incidentIds << f.chopped(5);
        }
        for (const QString& f : QDir(root + QStringLiteral("/pos")).entryList(QDir::Files)) {
            // A slice of the day keeps iterations quick: the first ~12 KB, closed properly by the writer's format.
            s.journals << readFile(root + QStringLiteral("/pos/") + f);
            s.journalFormats << (f.endsWith(QLatin1String(".xml"))       ? QStringLiteral("poslog")
                                     : f.endsWith(QLatin1String(".csv")) ? QStringLiteral("csv")
                                                                         : QStringLiteral("json"));
        }
        QDirIterator media(root + QStringLiteral("/media"), QDir::Files);
        if (s.lpencFile.isEmpty() && media.hasNext())
            s.lpencFile = readFile(media.next());
    }
    // Short journals from the writer (a few transactions each) so that mutations reach every part quickly.
    QList<PosTransaction> few;
    for (int i = 0; i < 3; ++i) {
        PosTransaction t;
        t.storeId = QStringLiteral("s1");
        t.registerId = QString::number(i + 1);
        t.sequence = QString::number(100 + i);
        t.businessDay = QStringLiteral("2026-03-14");
        t.begin = QStringLiteral("2026-03-14T10:0%1:00-05:00").arg(i);
        PosLineItem l;
        l.itemId = QStringLiteral("A%1").arg(i);
        l.description = QStringLiteral("Item \"%1\", & more").arg(i);
        l.unitPrice = l.regularPrice = l.amount = 1999;
        PosLineItem tender;
        tender.kind = PosLineItem::Kind::Tender;
        tender.tenderType = QStringLiteral("credit");
        tender.cardLast4 = QStringLiteral("4242");
        tender.amount = 1999;
        t.lines << l << tender;
        t.total = 1999;
        few << t;
    }
    s.journals << PosJournalWriter::poslog(few) << PosJournalWriter::csv(few)
               << PosJournalWriter::json(QStringLiteral("s1"), QStringLiteral("2026-03-14"), few);
    s.journalFormats << QStringLiteral("poslog") << QStringLiteral("csv") << QStringLiteral("json");
    s.plans << QByteArray(
        R"({"version":1,"regions":[{"id":"r1","style":"fill","reason":"bystander","keyframes":[{"t":0,"x":0.1,"y":0.1,"w":0.2,"h":0.3},{"t":4,"x":0.5,"y":0.1,"w":0.2,"h":0.3}]}],"audio_mutes":[{"from":1.0,"to":2.5,"reason":"bystander name spoken"}]})")
            << QByteArray(
                   R"({"version":1,"regions":[{"id":"a","style":"blur","reason":"minor","keyframes":[{"t":0.5,"x":0,"y":0,"w":1,"h":1}]},{"id":"b","style":"pixelate","reason":"other","reason_text":"screen","keyframes":[{"t":0,"x":0.9,"y":0.9,"w":0.1,"h":0.1},{"t":1,"x":0,"y":0,"w":0.1,"h":0.1}]}],"audio_mutes":[]})");
    return s;
}

int g_accepted = 0; // inputs the parser took (whole or in part): the fuzzer reaches past the first check
int g_refused = 0;

PosReadOptions fuzzOptions()
{
    PosReadOptions o;
    o.zone = QTimeZone(QByteArrayLiteral("Europe/Berlin")); // local times are read too
    return o;
}

int fuzzPos(const Seeds& s, Mutator& m, int iterations)
{
    QList<QByteArray> small;
    for (qsizetype i = 0; i < s.journals.size(); ++i)
        small << (s.journals[i].size() > 16384 ? s.journals[i].left(16384) : s.journals[i]);
    for (int it = 0; it < iterations; ++it) {
        const qsizetype k = m.pick(static_cast<quint32>(small.size()));
        const QByteArray input = m.mutate(small[k], small);
        QBuffer device;
        device.setData(input);
        device.open(QIODevice::ReadOnly);
        QList<PosReject> rejects;
        const QString format = m.pick(4) == 0 ? QString() : s.journalFormats[k];
        QString fmt = format;
        if (fmt.isEmpty()) {
            auto detected = PosJournalReader::detectFormat(device);
            if (!detected)
                continue;
            fmt = *detected;
        }
        int records = 0;
        const Status status = PosJournalReader::read(
            fmt, device, fuzzOptions(),
            [&](const PosTransaction& t, const QString& ref) -> Status {
                if (t.registerId.isEmpty() || t.sequence.isEmpty() || t.businessDay.isEmpty() || ref.isEmpty())
                    fail("a POS record without its identity was accepted", input);
                if (t.lines.size() > PosJournalReader::MaxLinesPerTransaction)
                    fail("a POS record over the line-item limit was accepted", input);
                ++records;
                return {};
            },
            &rejects);
        ++(status && records > 0 ? g_accepted : g_refused);
        for (const PosReject& r : rejects)
            if (r.where.isEmpty() || r.reason.isEmpty())
                fail("a rejected POS record without where or why", input);
    }
    return 0;
}

int fuzzStore(const Seeds& s, Mutator& m, int iterations)
{
    auto manifest = StoreDrop::parseStore(s.storeDocs.first());
    if (!manifest)
        fail("the simulator's store.json does not parse", s.storeDocs.first());
    QList<QByteArray> all = s.storeDocs + s.feedDocs + s.incidentDocs;
    for (int it = 0; it < iterations; ++it) {
        switch (m.pick(3)) {
        case 0: {
            const QByteArray input = m.mutate(s.storeDocs[m.pick(static_cast<quint32>(s.storeDocs.size()))], all);
            if (auto r = StoreDrop::parseStore(input); r
                && (r->storeId.isEmpty() || r->storeId.contains(QLatin1Char('/'))
                    || !QTimeZone(r->timezone.toUtf8()).isValid()))
                fail("a store manifest with a bad id was accepted", input);
            break;
        }
        case 1: {
            const QByteArray input = m.mutate(s.feedDocs[m.pick(static_cast<quint32>(s.feedDocs.size()))], all);
            ++(StoreDrop::parseFeedPage(input) ? g_accepted : g_refused);
            break;
        }
        default: {
            const quint32 k = m.pick(static_cast<quint32>(s.incidentDocs.size()));
            const QByteArray input = m.mutate(s.incidentDocs[k], all);
            auto r = StoreDrop::parseIncident(input, s.incidentIds[k], *manifest);
            ++(r ? g_accepted : g_refused);
            if (r) {
                if (!StoreDrop::incidentTypes().contains(r->type) || r->severity < 1 || r->severity > 5
                    || !r->detectedAtUtc.isValid())
                    fail("an invalid incident passed validation", input);
                for (const auto& media : r->media)
                    if (media.file.contains(QLatin1String("..")) || media.file.startsWith(QLatin1Char('/')))
                        fail("an incident with a path outside the drop passed validation", input);
            }
            break;
        }
        }
    }
    return 0;
}

int fuzzPlan(const Seeds& s, Mutator& m, int iterations)
{
    for (int it = 0; it < iterations; ++it) {
        const QByteArray input = m.mutate(s.plans[m.pick(static_cast<quint32>(s.plans.size()))], s.plans);
        auto plan = RedactionPlan::parse(input);
        ++(plan ? g_accepted : g_refused);
        if (!plan)
            continue;
        for (const RedactionRegion& r : plan->regions)
            for (const RedactionKeyframe& k : r.keyframes)
                if (!std::isfinite(k.t) || k.t < 0 || k.x < 0 || k.y < 0 || k.w <= 0 || k.h <= 0
                    || k.x + k.w > 1.0 + 1e-9 || k.y + k.h > 1.0 + 1e-9)
                    fail("a redaction plan with a box outside the frame passed validation", input);
        for (const AudioMute& mute : plan->mutes)
            if (!(mute.to > mute.from) || mute.from < 0)
                fail("a redaction plan with an empty or negative mute passed validation", input);
        (void)plan->sha256();
    }
    return 0;
}

int fuzzLpenc(const Seeds& s, Mutator& m, int iterations, const QString& dir)
{
    const QString path = dir + QStringLiteral("/fuzz.lpenc");
    for (int it = 0; it < iterations; ++it) {
        const QByteArray input = m.mutate(s.lpencFile, {s.lpencFile});
        if (input == s.lpencFile)
            continue;
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(input) != input.size())
            return 1;
        f.close();
        auto reader = LpencReader::open(path, s.key);
        if (!reader) {
            ++g_refused;
            continue;
        }
        QByteArray plain(static_cast<qsizetype>(std::min<quint64>((*reader)->size(), 64 * 1024 * 1024)),
                         Qt::Uninitialized);
        const qint64 n = (*reader)->read(0, plain.data(), plain.size());
        ++(n < 0 ? g_refused : g_accepted);
        if (n < 0)
            continue;
        // Whatever decrypts must be the original bytes at that place: a changed file is detected, never believed.
        if (s.lpencPlain.left(n) != plain.left(n))
            fail("an altered .lpenc file decrypted to different plaintext", input);
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    av_log_set_level(AV_LOG_QUIET);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: lpdesk-fuzz pos|store|plan|lpenc [ITERATIONS] [SEED]\n");
        return 2;
    }
    const QString target = args[1];
    const int iterations = args.size() > 2 ? args[2].toInt() : 2000;
    const quint64 seed = args.size() > 3 ? args[3].toULongLong() : 20261125;
    QTemporaryDir dir;
    Seeds seeds = makeSeeds(dir.path());
    {
        auto reader = LpencReader::open(dir.path() + QStringLiteral("/x"), seeds.key); // no file: an error, not a crash
        (void)reader;
        QFile f(dir.path() + QStringLiteral("/orig.lpenc"));
        f.open(QIODevice::WriteOnly);
        f.write(seeds.lpencFile);
        f.close();
        auto orig = LpencReader::open(f.fileName(), seeds.key);
        if (!orig)
            fail("the simulator's clip does not open", seeds.lpencFile);
        seeds.lpencPlain.resize(static_cast<qsizetype>((*orig)->size()));
        if ((*orig)->read(0, seeds.lpencPlain.data(), seeds.lpencPlain.size()) != seeds.lpencPlain.size())
            fail("the simulator's clip does not decrypt", seeds.lpencFile);
    }
    Mutator m(seed);
    int rc = 2;
    if (target == QLatin1String("pos"))
        rc = fuzzPos(seeds, m, iterations);
    else if (target == QLatin1String("store"))
        rc = fuzzStore(seeds, m, iterations);
    else if (target == QLatin1String("plan"))
        rc = fuzzPlan(seeds, m, iterations);
    else if (target == QLatin1String("lpenc"))
        rc = fuzzLpenc(seeds, m, iterations, dir.path());
    if (rc == 0)
        std::printf("%s: %d iterations (seed %llu), no failures; %d inputs accepted, %d refused\n", qPrintable(target),
                    iterations, static_cast<unsigned long long>(seed), g_accepted, g_refused);
    return rc;
}
