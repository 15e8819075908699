// Mutation fuzzer for every parser that reads hostile input: POS journals (POSLog, CSV, JSON), store drop
// documents (store.json, feed pages, incidents), redaction plans, .lpenc files, ZIP archives and the package
// verifier, key-slot files, HTTP answers (Retry-After, RFC 3161 time-stamp responses), the agency's answers
// as a delivery step reads them (AgencyOutcome::fromAnswer: status, headers, body, transport and TLS failures) and
// as a tus upload reads them (status, Upload-Offset and Location from a server on 127.0.0.1, FuzzTus.h). Seeds
// are real documents made by the store simulator, the journal writer, the ZIP writer, the key-slot serialiser and the
// openssl tool (a TSA answer); each iteration applies a few random mutations (bit flips, interesting bytes,
// deletions, duplications, insertions, truncation, splices between seeds) and runs the parser.
// Besides "no crash, no sanitizer report" (the sanitizer build runs these too), each target checks what a
// parser promises: records within limits, documents that pass validation really are valid, an altered .lpenc
// file or ZIP entry never yields anything but the original bytes, an accepted key-slot file serialises stably.
// A run with no accepted input fails (the fuzzer never got past the first check). Runs are reproducible: the
// mutations come from SEED and the key is fixed; a failure writes the input and the command that replays it.
//
//   lpdesk-fuzz TARGET [ITERATIONS] [SEED]    TARGET: pos | store | plan | lpenc | zip | keyslot | http | agency | tus
//   lpdesk-fuzz TARGET --replay FILE          runs one saved input through every check of TARGET
#include "FuzzAgency.h"
#include "FuzzTus.h"
#include "crypto/Lpenc.h"
#include "crypto/Sha256.h"
#include "crypto/Timestamp.h"
#include "crypto/X25519.h"
#include "db/KeySlotFile.h"
#include "export/PackageVerifier.h"
#include "pos/PosJournalReader.h"
#include "redact/RedactionPlan.h"
#include "sim/PosJournalWriter.h"
#include "sim/StoreSimulator.h"
#include "store/StoreDrop.h"
#include "submit/SubmissionService.h"
#include "zip/ZipArchive.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
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

QString g_target;
bool g_replaying = false;

[[noreturn]] void fail(const char* what, const QByteArray& input)
{
    std::fprintf(stderr, "FUZZ FAILURE: %s\n", what);
    if (!g_replaying) {
        QFile out(QDir::temp().filePath(QStringLiteral("lpdesk-fuzz-failure-%1.bin").arg(g_target)));
        if (out.open(QIODevice::WriteOnly))
            out.write(input);
        std::fprintf(stderr, "input written to %s; replay: lpdesk-fuzz %s --replay %s\n", qPrintable(out.fileName()),
                     qPrintable(g_target), qPrintable(out.fileName()));
    }
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
    QList<qsizetype> incidentStores; // index into storeDocs of the store each incident comes from
    QList<QByteArray> plans;
    QByteArray lpencFile;
    QByteArray lpencPlain;
    X25519KeyPair key;
    // The corpora of the targets (in the order variantFor expects).
    QList<QByteArray> storeAndIncidents; // store docs, feed pages, incidents
    QList<QByteArray> lpencFiles;
    QList<QByteArray> zips; // a plain archive, an AE-2 archive (password "fuzz password")
    QMap<QString, QByteArray> zipEntries;
    QList<QByteArray> keySlots;
    QList<QByteArray> httpAnswers; // Retry-After values, then TSA answers
    qsizetype retryAfterSeeds = 0;
    QList<QByteArray> agencyAnswers; // "STATUS\nname: value\n...\n\nbody" (status 0: transport failure)
    QList<QByteArray> tusScripts; // "SIZE\n" and one line per answer (FuzzTus.h)
    QByteArray tsaData, tsaCaPem;
    QByteArray caPem; // any CA certificate, for the package verifier
};

bool openssl(const QStringList& args, const QString& dir)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::fprintf(stderr, "openssl %s: %s\n", qPrintable(args.join(QLatin1Char(' '))), p.readAll().constData());
        return false;
    }
    return true;
}

// A real RFC 3161 answer from the openssl tool acting as a TSA (the same set-up as the TestRelease TSA).
void makeTsaSeeds(Seeds& s, const QString& dir)
{
    const QString d = dir + QStringLiteral("/tsa");
    QDir().mkpath(d);
    s.tsaData = "manifest bytes the token is over\n";
    QFile data(d + QStringLiteral("/data"));
    data.open(QIODevice::WriteOnly);
    data.write(s.tsaData);
    data.close();
    QFile ext(d + QStringLiteral("/ext.cnf"));
    ext.open(QIODevice::WriteOnly);
    ext.write("extendedKeyUsage=critical,timeStamping\nkeyUsage=critical,digitalSignature\n");
    ext.close();
    QFile cnf(d + QStringLiteral("/tsa.cnf"));
    cnf.open(QIODevice::WriteOnly);
    cnf.write(QStringLiteral("[ tsa ]\ndefault_tsa = tsa_config1\n[ tsa_config1 ]\ndir = %1\n"
                             "serial = $dir/tsaserial\ncrypto_device = builtin\nsigner_cert = $dir/tsa.pem\n"
                             "certs = $dir/ca.pem\nsigner_key = $dir/tsa.key\nsigner_digest = sha256\n"
                             "default_policy = 1.2.3.4.1\ndigests = sha256\naccuracy = secs:1\n"
                             "ordering = yes\ntsa_name = yes\ness_cert_id_chain = no\ness_cert_id_alg = sha256\n")
                  .arg(d)
                  .toUtf8());
    cnf.close();
    QFile serial(d + QStringLiteral("/tsaserial"));
    serial.open(QIODevice::WriteOnly);
    serial.write("01\n");
    serial.close();
    const QString ec = QStringLiteral("ec_paramgen_curve:P-256");
    const bool ok
        = openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                   QStringLiteral("-pkeyopt"), ec, QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                   QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.pem"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=Fuzz TSA CA"), QStringLiteral("-days"), QStringLiteral("3650"),
                   QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                   QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign")},
                  d)
        && openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                    ec, QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("tsa.key"),
                    QStringLiteral("-out"), QStringLiteral("tsa.csr"), QStringLiteral("-subj"),
                    QStringLiteral("/CN=Fuzz TSA")},
                   d)
        && openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("tsa.csr"),
                    QStringLiteral("-CA"), QStringLiteral("ca.pem"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                    QStringLiteral("-set_serial"), QStringLiteral("2"), QStringLiteral("-days"), QStringLiteral("3650"),
                    QStringLiteral("-extfile"), QStringLiteral("ext.cnf"), QStringLiteral("-out"),
                    QStringLiteral("tsa.pem")},
                   d)
        && openssl({QStringLiteral("ts"), QStringLiteral("-query"), QStringLiteral("-data"), QStringLiteral("data"),
                    QStringLiteral("-sha256"), QStringLiteral("-cert"), QStringLiteral("-out"),
                    QStringLiteral("q.tsq")},
                   d)
        && openssl({QStringLiteral("ts"), QStringLiteral("-reply"), QStringLiteral("-queryfile"),
                    QStringLiteral("q.tsq"), QStringLiteral("-config"), QStringLiteral("tsa.cnf"),
                    QStringLiteral("-out"), QStringLiteral("r.tsr")},
                   d);
    if (!ok)
        fail("the openssl tool could not make a time-stamp answer", {});
    s.tsaCaPem = readFile(d + QStringLiteral("/ca.pem"));
    s.caPem = s.tsaCaPem;
    s.httpAnswers << readFile(d + QStringLiteral("/r.tsr"));
}

void makeZipAndSlotSeeds(Seeds& s)
{
    const QDateTime fixed(QDate(2026, 11, 25), QTime(17, 0), QTimeZone::utc());
    QByteArray media;
    for (int i = 0; i < 4096; ++i)
        media.append(static_cast<char>((i * 131) & 0xff));
    s.zipEntries = {{QStringLiteral("manifest.json"), QByteArray(R"({"format":"lpdesk-package","version":1})")},
                    {QStringLiteral("SHA256SUMS"), QByteArray("0000  media/clip.bin\n")},
                    {QStringLiteral("media/clip.bin"), media},
                    {QStringLiteral("empty.txt"), QByteArray()}};
    const SecureBytes password("fuzz password", 13);
    for (const SecureBytes* pw : {static_cast<const SecureBytes*>(nullptr), &password}) {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        auto w = ZipWriter::create(&out, pw);
        if (!w)
            fail("the ZIP writer failed", {});
        for (auto it = s.zipEntries.cbegin(); it != s.zipEntries.cend(); ++it) {
            if (!(*w)->beginEntry(it.key(), fixed) || !(*w)->write(it.value()) || !(*w)->endEntry())
                fail("the ZIP writer failed", {});
        }
        if (!(*w)->finish())
            fail("the ZIP writer failed", {});
        s.zips << out.data();
    }

    KeySlotFile file;
    file.databaseId = QStringLiteral("6f1c2a8e-1f5b-4c1e-9a43-2d7c0b0f5e11");
    file.generation = 3;
    KeySlot slot;
    slot.user = QStringLiteral("admin");
    slot.kdf.logN = 14;
    slot.kdf.salt = QByteArray(32, 's');
    slot.publicKey = QByteArray(32, 'p');
    slot.wrappedPrivateKey = QByteArray(12 + 32 + 16, 'w');
    slot.sealedMasterKey = QByteArray(32 + 12 + 32 + 16, 'm');
    slot.sealedSigningKey = QByteArray(200, 'k');
    slot.certificatePem = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
    slot.createdAt = QStringLiteral("2026-11-25T17:00:00Z");
    file.slots << slot;
    slot.user = QStringLiteral("ivy");
    file.slots << slot;
    file.failedLogins << FailedLogin {QStringLiteral("ivy"), QStringLiteral("2026-11-25T17:01:00Z")};
    file.anchorSeq = 42;
    file.anchorHash = QString(64, QLatin1Char('a'));
    file.anchorMac = QString(64, QLatin1Char('b'));
    s.keySlots << file.serialize();
    file.nextGeneration = 4; // a rekey in progress
    file.slots[0].sealedNextMasterKey = QByteArray(32 + 12 + 32 + 16, 'n');
    s.keySlots << file.serialize();

    s.httpAnswers << "120"
                  << "0"
                  << " 86400 "
                  << "99999999999"
                  << "Wed, 25 Nov 2026 17:20:00 GMT";
    s.retryAfterSeeds = s.httpAnswers.size();

    s.agencyAnswers = agencyAnswerSeeds();
    s.tusScripts = tusScriptSeeds();
}

Seeds makeSeeds(const QString& dir)
{
    Seeds s;
    // A fixed key, so that a saved .lpenc input decrypts the same way when it is replayed.
    QByteArray fixedPrivate;
    for (int i = 0; i < X25519::KeySize; ++i)
        fixedPrivate.append(static_cast<char>(0x40 + i));
    s.key.privateKey = SecureBytes(fixedPrivate.constData(), static_cast<std::size_t>(fixedPrivate.size()));
    s.key.publicKey = *X25519::publicFromPrivate(s.key.privateKey);
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
            s.incidentStores << s.storeDocs.size() - 1;
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
    s.storeAndIncidents = s.storeDocs + s.feedDocs + s.incidentDocs;
    // The simulator's clip fits in one 64 KiB chunk, where any change refuses the whole file: the seed is that clip
    // followed by a pattern, four chunks in all, so that a damaged chunk leaves the others readable.
    {
        QByteArray plain;
        QFile clip(dir + QStringLiteral("/clip.lpenc"));
        clip.open(QIODevice::WriteOnly);
        clip.write(s.lpencFile);
        clip.close();
        if (auto r = LpencReader::open(clip.fileName(), s.key)) {
            plain.resize(static_cast<qsizetype>((*r)->size()));
            (*r)->read(0, plain.data(), plain.size());
        }
        while (plain.size() < 4 * 64 * 1024 - 1000)
            plain.append(static_cast<char>((plain.size() * 7) & 0xff));
        const QString path = dir + QStringLiteral("/seed.lpenc");
        auto w = LpencWriter::create(path, s.key.publicKey);
        if (!w || !(*w)->write(plain) || !(*w)->finish())
            fail("cannot write the .lpenc seed", {});
        s.lpencFile = readFile(path);
    }
    s.lpencFiles << s.lpencFile;
    makeZipAndSlotSeeds(s);
    makeTsaSeeds(s, dir);
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

// Each check runs one input through one parser ("variant": which format, document kind or API) and says whether
// the parser took it; it calls fail() when the parser broke a promise. Fuzzing picks a seed and a variant; a
// replay runs the saved input through every variant.
bool checkPos(const Seeds& s, const QByteArray& input, quint32 variant)
{
    static const QStringList formats {QStringLiteral("poslog"), QStringLiteral("csv"), QStringLiteral("json")};
    QBuffer device;
    device.setData(input);
    device.open(QIODevice::ReadOnly);
    QList<PosReject> rejects;
    QString fmt = variant < 3 ? formats[static_cast<qsizetype>(variant)] : QString();
    if (fmt.isEmpty()) {
        auto detected = PosJournalReader::detectFormat(device);
        if (!detected)
            return false;
        fmt = *detected;
    }
    Q_UNUSED(s);
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
    for (const PosReject& r : rejects)
        if (r.where.isEmpty() || r.reason.isEmpty())
            fail("a rejected POS record without where or why", input);
    return status && records > 0;
}

bool checkStore(const Seeds& s, const QByteArray& input, quint32 variant)
{
    static const QList<StoreManifest> manifests = [&s] {
        QList<StoreManifest> out;
        for (const QByteArray& doc : s.storeDocs) {
            auto m = StoreDrop::parseStore(doc);
            if (!m)
                fail("the simulator's store.json does not parse", doc);
            out << *m;
        }
        return out;
    }();
    if (variant == 0) {
        auto r = StoreDrop::parseStore(input);
        if (r
            && (r->storeId.isEmpty() || r->storeId.contains(QLatin1Char('/'))
                || !QTimeZone(r->timezone.toUtf8()).isValid()))
            fail("a store manifest with a bad id was accepted", input);
        return bool(r);
    }
    if (variant == 1)
        return bool(StoreDrop::parseFeedPage(input));
    const qsizetype k = static_cast<qsizetype>(variant - 2);
    auto r = StoreDrop::parseIncident(input, s.incidentIds[k], manifests[s.incidentStores[k]]);
    if (r) {
        if (!StoreDrop::incidentTypes().contains(r->type) || r->severity < 1 || r->severity > 5
            || !r->detectedAtUtc.isValid())
            fail("an invalid incident passed validation", input);
        for (const auto& media : r->media)
            if (media.file.contains(QLatin1String("..")) || media.file.startsWith(QLatin1Char('/')))
                fail("an incident with a path outside the drop passed validation", input);
    }
    return bool(r);
}

bool checkPlan(const Seeds&, const QByteArray& input, quint32)
{
    auto plan = RedactionPlan::parse(input);
    if (!plan)
        return false;
    for (const RedactionRegion& r : plan->regions)
        for (const RedactionKeyframe& k : r.keyframes)
            if (!std::isfinite(k.t) || k.t < 0 || k.x < 0 || k.y < 0 || k.w <= 0 || k.h <= 0 || k.x + k.w > 1.0 + 1e-9
                || k.y + k.h > 1.0 + 1e-9)
                fail("a redaction plan with a box outside the frame passed validation", input);
    for (const AudioMute& mute : plan->mutes)
        if (!(mute.to > mute.from) || mute.from < 0)
            fail("a redaction plan with an empty or negative mute passed validation", input);
    (void)plan->sha256();
    return true;
}

QString g_scratch; // a file name in the temporary folder for the parsers that read files

bool writeScratch(const QByteArray& input)
{
    QFile f(g_scratch);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(input) == input.size();
}

bool checkLpenc(const Seeds& s, const QByteArray& input, quint32)
{
    if (!writeScratch(input))
        fail("cannot write the scratch file", input);
    auto reader = LpencReader::open(g_scratch, s.key);
    if (!reader)
        return false;
    // Random access, a piece at a time: a damaged chunk refuses its piece, the others still decrypt, and every
    // piece that decrypts must be the original bytes at that place (a changed file is detected, never believed).
    const quint64 size = std::min<quint64>((*reader)->size(), 64 * 1024 * 1024);
    bool any = false;
    QByteArray piece(16 * 1024, Qt::Uninitialized);
    for (quint64 pos = 0; pos < size; pos += static_cast<quint64>(piece.size())) {
        const qint64 n = (*reader)->read(pos, piece.data(), piece.size());
        if (n <= 0)
            continue;
        if (s.lpencPlain.mid(static_cast<qsizetype>(pos), n) != piece.left(n))
            fail("an altered .lpenc file decrypted to different plaintext", input);
        any = true;
    }
    return any;
}

// ZIP: the strict reader (plain, and AE-2 with the password), the reader for foreign archives, and the package
// verifier. An entry that reads back must be the original entry's bytes.
bool checkZip(const Seeds& s, const QByteArray& input, quint32 variant)
{
    if (!writeScratch(input))
        fail("cannot write the scratch file", input);
    if (variant == 3) {
        auto v = PackageVerifier::verify(g_scratch, s.caPem, nullptr);
        if (v && v->ok())
            fail("an archive without a valid signature verified as a package", input);
        return v && !v->problems.isEmpty(); // the verifier got far enough to name problems
    }
    const SecureBytes password("fuzz password", 13);
    auto reader = variant == 2 ? ZipReader::openForeign(g_scratch)
                               : ZipReader::open(g_scratch, variant == 1 ? &password : nullptr);
    if (!reader)
        return false;
    if ((*reader)->entries().size() > ZipReader::MaxEntries)
        fail("an archive over the entry limit was opened", input);
    for (const ZipEntryInfo& e : (*reader)->entries()) {
        QByteArray bytes;
        auto sha = (*reader)->read(e, [&bytes](QByteArrayView chunk) {
            if (bytes.size() < 1024 * 1024)
                bytes.append(chunk);
        });
        if (!sha)
            continue;
        const auto original = s.zipEntries.constFind(e.name);
        if (original != s.zipEntries.constEnd() && bytes != *original)
            fail("an altered ZIP entry read back as different bytes", input);
        if (original == s.zipEntries.constEnd() && variant != 2)
            fail("the strict reader opened an entry no seed has", input);
    }
    return true;
}

bool checkKeySlot(const Seeds&, const QByteArray& input, quint32)
{
    auto parsed = KeySlotFile::parse(input);
    if (!parsed)
        return false;
    // What the parser accepts serialises to a file it accepts again, unchanged.
    const QByteArray once = parsed->serialize();
    auto again = KeySlotFile::parse(once);
    if (!again)
        fail("a key-slot file the parser accepted does not parse after serialising it", input);
    if (again->serialize() != once)
        fail("a key-slot file does not serialise stably", input);
    for (const KeySlot& slot : parsed->slots)
        if (!Scrypt::validParams(slot.kdf))
            fail("a key slot with scrypt parameters outside the bounds was accepted", input);
    return true;
}

bool checkHttp(const Seeds& s, const QByteArray& input, quint32 variant)
{
    if (variant == 0) {
        static const QDateTime now = QDateTime(QDate(2026, 11, 25), QTime(17, 0), QTimeZone::utc());
        const int seconds = SubmissionService::retryAfterSeconds(input, now);
        if (seconds < -1 || seconds > 86400)
            fail("a Retry-After value outside -1..86400 seconds", input);
        return seconds >= 0;
    }
    auto info = Timestamp::verify(input, s.tsaData, s.tsaCaPem);
    if (info && (info->genTime.isEmpty() || !info->genTime.endsWith(QLatin1Char('Z'))))
        fail("an accepted time-stamp without a UTC time", input);
    return bool(info);
}

template<const char* (*check)(const QByteArray&, bool*)>
bool checkAnswers(const Seeds&, const QByteArray& input, quint32)
{
    bool accepted = false;
    if (const char* broken = check(input, &accepted))
        fail(broken, input);
    return accepted;
}

struct Target
{
    const char* name;
    bool (*check)(const Seeds&, const QByteArray&, quint32);
    QList<QByteArray> Seeds::*corpus;
    quint32 (*variants)(const Seeds&);
};

const Target targets[] = {
    {"pos", checkPos, &Seeds::journals, [](const Seeds&) { return 4u; }},
    {"store", checkStore, &Seeds::storeAndIncidents,
     [](const Seeds& s) { return static_cast<quint32>(2 + s.incidentIds.size()); }},
    {"plan", checkPlan, &Seeds::plans, [](const Seeds&) { return 1u; }},
    {"lpenc", checkLpenc, &Seeds::lpencFiles, [](const Seeds&) { return 1u; }},
    {"zip", checkZip, &Seeds::zips, [](const Seeds&) { return 4u; }},
    {"keyslot", checkKeySlot, &Seeds::keySlots, [](const Seeds&) { return 1u; }},
    {"http", checkHttp, &Seeds::httpAnswers, [](const Seeds&) { return 2u; }},
    {"agency", checkAnswers<checkAgencyAnswer>, &Seeds::agencyAnswers, [](const Seeds&) { return 1u; }},
    {"tus", checkAnswers<checkTusScript>, &Seeds::tusScripts, [](const Seeds&) { return 1u; }},
};

// The variant that fits a seed (the format of a journal, the kind of a store document, the API of an answer).
quint32 variantFor(const Target& t, const Seeds& s, qsizetype seedIndex, Mutator& m)
{
    const QString name = QString::fromLatin1(t.name);
    if (name == QLatin1String("pos")) {
        if (m.pick(4) == 0)
            return 3; // detect the format
        const QString f = s.journalFormats[seedIndex];
        return f == QLatin1String("poslog") ? 0 : f == QLatin1String("csv") ? 1 : 2;
    }
    if (name == QLatin1String("store"))
        return seedIndex < s.storeDocs.size() ? 0
            : seedIndex < s.storeDocs.size() + s.feedDocs.size()
            ? 1
            : static_cast<quint32>(2 + seedIndex - s.storeDocs.size() - s.feedDocs.size());
    if (name == QLatin1String("zip"))
        return seedIndex == 1 ? 1 : m.pick(2) == 0 ? 3 : (m.pick(2) ? 0 : 2); // seed 1 is the AE-2 archive
    if (name == QLatin1String("http"))
        return seedIndex < s.retryAfterSeeds ? 0 : 1;
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    av_log_set_level(AV_LOG_QUIET);
    const QStringList args = app.arguments();
    const Target* target = nullptr;
    for (const Target& t : targets)
        if (args.size() > 1 && args[1] == QLatin1String(t.name))
            target = &t;
    if (!target) {
        std::fprintf(stderr,
                     "usage: lpdesk-fuzz pos|store|plan|lpenc|zip|keyslot|http|agency|tus [ITERATIONS] [SEED]\n"
                     "       lpdesk-fuzz TARGET --replay FILE\n");
        return 2;
    }
    g_target = args[1];
    const bool replay = args.size() > 3 && args[2] == QLatin1String("--replay");
    const int iterations = !replay && args.size() > 2 ? args[2].toInt() : 2000;
    const quint64 seed = !replay && args.size() > 3 ? args[3].toULongLong() : 20261125;
    QTemporaryDir dir;
    g_scratch = dir.filePath(QStringLiteral("fuzz.input"));
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
    const QList<QByteArray>& corpus = seeds.*(target->corpus);
    if (corpus.isEmpty())
        fail("no seeds for this target", {});

    if (replay) {
        g_replaying = true;
        QFile f(args[3]);
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(args[3]));
            return 2;
        }
        const QByteArray input = f.readAll();
        int accepted = 0;
        const quint32 n = target->variants(seeds);
        for (quint32 v = 0; v < n; ++v)
            accepted += target->check(seeds, input, v);
        std::printf("%s: replayed %s through %u checks, no failures; accepted by %d\n", target->name,
                    qPrintable(args[3]), n, accepted);
        return 0;
    }

    // The seeds themselves are accepted (or the checks are wrong).
    for (qsizetype i = 0; i < corpus.size(); ++i) {
        Mutator none(seed);
        if (!target->check(seeds, corpus[i], variantFor(*target, seeds, i, none)))
            fail("a seed input is refused", corpus[i]);
    }
    Mutator m(seed);
    const bool trimJournals = QString::fromLatin1(target->name) == QLatin1String("pos");
    QList<QByteArray> pool;
    for (const QByteArray& c : corpus)
        pool << (trimJournals && c.size() > 16384 ? c.left(16384) : c); // a slice of a day keeps iterations quick
    for (int it = 0; it < iterations; ++it) {
        const qsizetype k = m.pick(static_cast<quint32>(pool.size()));
        const quint32 variant = variantFor(*target, seeds, k, m);
        const QByteArray input = m.mutate(pool[k], pool);
        if (input == pool[k])
            continue;
        ++(target->check(seeds, input, variant) ? g_accepted : g_refused);
    }
    std::printf("%s: %d iterations (seed %llu, seed corpus sha256 %s), no failures; %d inputs accepted, %d refused\n",
                target->name, iterations, static_cast<unsigned long long>(seed),
                qPrintable(toHex(Sha256::hash(corpus.join()).left(8))), g_accepted, g_refused);
    if (g_accepted == 0) {
        std::fprintf(stderr, "FUZZ FAILURE: no input was accepted: the fuzzer never got past the first check\n");
        return 1;
    }
    return 0;
}
