#include "pos/PosJournalReader.h"

#include "pos/PosCsvJournal.h"
#include "pos/PosJsonJournal.h"
#include "pos/PoslogJournal.h"

#include <QIODevice>

#include <optional>

namespace lpdesk {

QTimeZone PosReadOptions::zoneFor(const QString& storeId) const
{
    if (zone.isValid())
        return zone;
    return storeZone ? storeZone(storeId) : QTimeZone();
}

QStringList PosCsvMapping::lpDeskColumns()
{
    return {QStringLiteral("store_id"),
            QStringLiteral("register"),
            QStringLiteral("sequence"),
            QStringLiteral("business_day"),
            QStringLiteral("begin"),
            QStringLiteral("end"),
            QStringLiteral("operator"),
            QStringLiteral("transaction_type"),
            QStringLiteral("control"),
            QStringLiteral("line_kind"),
            QStringLiteral("item_id"),
            QStringLiteral("description"),
            QStringLiteral("quantity"),
            QStringLiteral("unit_price"),
            QStringLiteral("regular_price"),
            QStringLiteral("amount"),
            QStringLiteral("void"),
            QStringLiteral("tender_type"),
            QStringLiteral("card_last4"),
            QStringLiteral("entry_method"),
            QStringLiteral("reason"),
            QStringLiteral("total"),
            QStringLiteral("link_register"),
            QStringLiteral("link_sequence"),
            QStringLiteral("link_business_day"),
            QStringLiteral("loyalty_id")};
}

PosCsvMapping PosCsvMapping::standard()
{
    // LP Desk's own CSV names each column after its field.
    PosCsvMapping m;
    for (const QString& f : lpDeskColumns())
        m.columns.insert(f, f);
    // Fields vendors' CSVs have that LP Desk's own does not write.
    for (const char* f : {"transaction_void", "currency", "card_number", "date", "time"})
        m.columns.insert(QString::fromLatin1(f), QString::fromLatin1(f));
    return m;
}

QStringList PosCsvMapping::requiredFields()
{
    // The business day is derived from the time when a journal does not give it.
    return {QStringLiteral("register"), QStringLiteral("sequence"), QStringLiteral("begin")};
}

QString PosCsvMapping::missingField(const QStringList& fields)
{
    for (const QString& f : requiredFields()) {
        if (fields.contains(f))
            continue;
        if (f == QLatin1String("begin") && fields.contains(QStringLiteral("date"))
            && fields.contains(QStringLiteral("time")))
            continue;
        return f;
    }
    return {};
}

Result<PosCsvMapping> PosCsvMapping::fromJson(const QJsonObject& json)
{
    PosCsvMapping m;
    const QStringList known = standard().columns.keys();
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (!known.contains(it.key()) || !it.value().isString() || it.value().toString().size() > 100)
            return makeError(
                ErrorKind::Usage,
                PosJournalReader::tr("Unknown field or bad column name in the CSV mapping: %1").arg(it.key().left(40)));
        m.columns.insert(it.key(), it.value().toString());
    }
    if (const QString missing = missingField(m.columns.keys()); missing == QLatin1String("begin"))
        return makeError(ErrorKind::Usage,
                         PosJournalReader::tr("The CSV mapping needs a column for \"begin\", or columns for \"date\" "
                                              "and \"time\"."));
    else if (!missing.isEmpty())
        return makeError(ErrorKind::Usage,
                         PosJournalReader::tr("The CSV mapping needs a column for \"%1\".").arg(missing));
    return m;
}

QJsonObject PosCsvMapping::toJson() const
{
    QJsonObject o;
    for (auto it = columns.constBegin(); it != columns.constEnd(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

Result<QString> PosJournalReader::detectFormat(QIODevice& device)
{
    QByteArray t = device.peek(4096).trimmed();
    if (t.startsWith("\xef\xbb\xbf"))
        t = t.mid(3).trimmed();
    if (t.startsWith('<'))
        return QStringLiteral("poslog");
    if (t.startsWith('{'))
        return QStringLiteral("json");
    const QByteArray firstLine = t.left(t.indexOf('\n'));
    for (char c : {',', ';', '\t', '|'})
        if (firstLine.contains(c))
            return QStringLiteral("csv");
    return makeError(ErrorKind::Usage,
                     tr("Cannot tell the journal's format: choose it (POSLog XML, CSV or JSON) and import it again."));
}

std::unique_ptr<PosJournalFormat> PosJournalReader::format(const QString& name)
{
    if (name == QLatin1String("poslog"))
        return std::make_unique<PoslogJournal>();
    if (name == QLatin1String("csv"))
        return std::make_unique<PosCsvJournal>();
    if (name == QLatin1String("json"))
        return std::make_unique<PosJsonJournal>();
    return nullptr;
}

namespace {

// Whether the journal could hold a slash date at all: a digit, "/" (or JSON's "\/"), a digit anywhere in its bytes.
// Cheap, so that journals with ISO dates are read once; the device is left where it was.
Result<bool> mayHoldSlashDates(QIODevice& device, const std::atomic_bool* cancel)
{
    const qint64 start = device.pos();
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    QByteArray tail;
    bool found = false;
    while (!found && !device.atEnd()) {
        if (cancel && cancel->load())
            return makeError(ErrorKind::Cancelled, PosJournalReader::tr("Cancelled."));
        const QByteArray bytes = device.read(1 << 20);
        if (bytes.isEmpty())
            break;
        const QByteArray chunk = tail + bytes;
        for (qsizetype i = chunk.indexOf('/'); i >= 0 && !found; i = chunk.indexOf('/', i + 1)) {
            qsizetype before = i - 1;
            if (before >= 0 && chunk[before] == '\\')
                --before;
            found = before >= 0 && digit(chunk[before]) && i + 1 < chunk.size() && digit(chunk[i + 1]);
        }
        tail = chunk.right(3); // a pattern cut by the chunk's end is seen in the next one
    }
    if (!device.seek(start))
        return failure(PosJournalReader::tr("Cannot read the journal again from its start."));
    return found;
}

// The order of the journal's slash dates, read from all of them in a first pass over the device (which is left
// where it was); none when the journal cannot hold a slash date, and no pass was made.
Result<std::optional<PosDateOrder>> scanDateOrder(PosJournalFormat& reader, QIODevice& device,
                                                  const PosReadOptions& options, const std::atomic_bool* cancel)
{
    auto maybe = mayHoldSlashDates(device, cancel);
    if (!maybe)
        return maybe.error();
    if (!*maybe)
        return std::optional<PosDateOrder>();
    const qint64 start = device.pos();
    PosSlashDates seen;
    PosReadOptions scan = options;
    scan.slashDates = &seen;
    QList<PosReject> ignored;
    LP_TRY(reader.read(
        device, scan, [](const PosTransaction&, const QString&) -> Status { return {}; }, &ignored, cancel));
    auto told = seen.decide();
    if (!told)
        return told.error();
    if (!device.seek(start))
        return failure(PosJournalReader::tr("Cannot read the journal again from its start."));
    return std::optional<PosDateOrder>(*told);
}

} // namespace

Status PosJournalReader::read(const QString& formatName, QIODevice& device, const PosReadOptions& options,
                              const Sink& sink, QList<PosReject>* rejects, const std::atomic_bool* cancel,
                              PosSlashDates* slashDates, PosDateOrder* order)
{
    auto reader = format(formatName);
    if (!reader)
        return makeError(ErrorKind::Usage, tr("Unknown POS journal format %1 (poslog, csv or json).").arg(formatName));
    PosReadOptions decided = options;
    // Slash dates: the order is the journal's, decided from all of its dates before any record is handed over —
    // never row by row, where "3/4/2026" would be March in one row and April in the next.
    if (decided.dateOrder == PosDateOrder::Undecided && !device.isSequential()) {
        const auto scanned = scanDateOrder(*reader, device, options, cancel);
        if (!scanned)
            return scanned.error();
        if (scanned->has_value()) {
            decided.dateOrder = **scanned;
            reader = format(formatName); // a fresh reader for the second pass
        }
    }
    PosSlashDates seen;
    decided.slashDates = &seen;
    LP_TRY(reader->read(device, decided, sink, rejects, cancel));
    if (slashDates)
        *slashDates = seen;
    if (order)
        *order = decided.dateOrder;
    return {};
}

} // namespace lpdesk
