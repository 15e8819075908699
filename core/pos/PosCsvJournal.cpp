#include "pos/PosCsvJournal.h"

#include <QIODevice>
#include <QStringDecoder>

namespace lpdesk {

namespace {

// One line of at most `limit` bytes (more means the line is too long). QIODevice::readLine(maxSize) allocates
// maxSize up front, which for a 1 MiB limit costs a megabyte per line; this grows with the line instead.
QByteArray readBoundedLine(QIODevice& d, qint64 limit)
{
    QByteArray line;
    char chunk[4096];
    while (line.size() <= limit) {
        const qint64 n = d.readLine(chunk, sizeof chunk);
        if (n <= 0)
            break;
        line.append(chunk, static_cast<qsizetype>(n));
        if (chunk[n - 1] == '\n')
            break;
    }
    return line;
}

QStringList splitFields(const QString& text, QChar delimiter)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == delimiter) {
            fields << field;
            field.clear();
        } else if (c != QLatin1Char('\r') && c != QLatin1Char('\n')) {
            field += c;
        }
    }
    fields << field;
    return fields;
}

// Reads one CSV record (RFC 4180: quotes, doubled quotes, line breaks inside quotes). False at the end.
bool readCsvRecord(QIODevice& d, QStringDecoder& decoder, QChar delimiter, QStringList* fields, qint64* line,
                   QString* error)
{
    fields->clear();
    QByteArray raw;
    bool inQuotes = false;
    while (true) {
        QByteArray l = readBoundedLine(d, PosJournalReader::MaxRecordBytes);
        if (l.isEmpty())
            return !raw.isEmpty();
        ++*line;
        if (l.size() > PosJournalReader::MaxRecordBytes) {
            *error = PosCsvJournal::tr("line too long");
            return true;
        }
        raw += l;
        for (char c : l)
            if (c == '"')
                inQuotes = !inQuotes;
        if (!inQuotes)
            break;
        if (raw.size() > PosJournalReader::MaxRecordBytes) {
            *error = PosCsvJournal::tr("an unterminated quoted field");
            return true;
        }
    }
    const QString text = decoder.decode(raw);
    if (decoder.hasError()) {
        *error = PosCsvJournal::tr("not valid UTF-8");
        return true;
    }
    *fields = splitFields(text, delimiter);
    return true;
}

bool lineKindWord(const QString& word, PosLineItem::Kind* kind)
{
    const QString w = word.trimmed().toLower();
    if (PosTransaction::parseKind(w, kind))
        return true;
    static const std::pair<const char*, PosLineItem::Kind> words[]
        = {{"item", PosLineItem::Kind::Sale},         {"artikel", PosLineItem::Kind::Sale},
           {"verkauf", PosLineItem::Kind::Sale},      {"refund", PosLineItem::Kind::Return},
           {"retoure", PosLineItem::Kind::Return},    {"rückgabe", PosLineItem::Kind::Return},
           {"steuer", PosLineItem::Kind::Tax},        {"mwst", PosLineItem::Kind::Tax},
           {"payment", PosLineItem::Kind::Tender},    {"zahlung", PosLineItem::Kind::Tender},
           {"zahlart", PosLineItem::Kind::Tender},    {"rabatt", PosLineItem::Kind::Discount},
           {"nachlass", PosLineItem::Kind::Discount}, {"loyalty", PosLineItem::Kind::Other},
           {"kundenkarte", PosLineItem::Kind::Other}, {"info", PosLineItem::Kind::Other}};
    for (const auto& [name, k] : words)
        if (w == QString::fromUtf8(name)) {
            *kind = k;
            return true;
        }
    return false;
}

QString tenderWord(const QString& word)
{
    const QString w = word.trimmed().toLower();
    if (w == QLatin1String("bar") || w == QLatin1String("bargeld"))
        return QStringLiteral("cash");
    if (w == QLatin1String("ec") || w.contains(QLatin1String("girocard")) || w.contains(QLatin1String("debit")))
        return QStringLiteral("debit");
    if (w.contains(QLatin1String("kredit")) || w.contains(QLatin1String("visa")) || w.contains(QLatin1String("master")))
        return QStringLiteral("credit");
    if (w.contains(QLatin1String("gutschein")))
        return QStringLiteral("gift_card");
    return w.left(20);
}

} // namespace

QChar PosCsvJournal::detectDelimiter(const QString& headerLine)
{
    QHash<QChar, int> counts;
    bool quoted = false;
    for (QChar c : headerLine) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted
                 && (c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char('\t') || c == QLatin1Char('|')))
            ++counts[c];
    }
    QChar best = QLatin1Char(',');
    int most = 0;
    for (QChar c : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char('|')})
        if (counts.value(c) > most) {
            most = counts.value(c);
            best = c;
        }
    return best;
}

QStringList PosCsvJournal::splitHeader(const QString& headerLine, QChar delimiter)
{
    QString line = headerLine;
    if (line.startsWith(QChar(0xfeff)))
        line.remove(0, 1);
    QStringList out = splitFields(line, delimiter);
    for (QString& h : out)
        h = h.trimmed();
    return out;
}

namespace {

// UTF-8 unless the start of the file is not: then the Latin-1 of older European tills.
QStringDecoder::Encoding journalEncoding(QIODevice& device)
{
    QByteArray head = device.peek(64 * 1024);
    while (!head.isEmpty() && (static_cast<unsigned char>(head.back()) & 0x80))
        head.chop(1); // a character cut by the peek is not an error
    QStringDecoder probe(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString probed = probe.decode(head);
    Q_UNUSED(probed);
    return probe.hasError() ? QStringDecoder::Latin1 : QStringDecoder::Utf8;
}

// The columns of one CSV journal, from its header line and the store's mapping.
struct CsvLayout
{
    QStringList header;
    QHash<QString, int> columns; // field -> column
    QList<int> mapped; // the columns the mapping knows
    QChar decimal;
    bool dateAndTime = false; // the time in two columns (date, time): only when the journal has no column for both
};

Status missingColumn(const CsvLayout& layout, const PosReadOptions& options)
{
    const QString f = PosCsvMapping::missingField(layout.columns.keys());
    if (f.isEmpty())
        return {};
    const QString columns = layout.header.mid(0, 30).join(QStringLiteral(", ")).left(400);
    if (f == QLatin1String("begin") && options.mapping.columns.contains(QStringLiteral("date")))
        // The mapping names a date and a time column instead of one for both; one of them is not in the file.
        return makeError(ErrorKind::Verification,
                         PosCsvJournal::tr("The CSV journal has no column \"%1\" for date or no column \"%2\" for "
                                           "time (its columns: %3). Set up the column mapping for this store.")
                             .arg(options.mapping.columns.value(QStringLiteral("date")),
                                  options.mapping.columns.value(QStringLiteral("time")), columns));
    return makeError(ErrorKind::Verification,
                     PosCsvJournal::tr("The CSV journal has no column \"%1\" for %2 (its columns: %3). Set up the "
                                       "column mapping for this store.")
                         .arg(options.mapping.columns.value(f), f, columns));
}

Result<CsvLayout> readLayout(QIODevice& device, QStringDecoder& decoder, QChar delimiter, const PosReadOptions& options,
                             qint64* line)
{
    CsvLayout layout;
    QStringList& header = layout.header;
    QString error;
    if (!readCsvRecord(device, decoder, delimiter, &header, line, &error) || !error.isEmpty())
        return makeError(ErrorKind::Verification,
                         PosCsvJournal::tr("The CSV journal has no readable header line%1.")
                             .arg(error.isEmpty() ? QString() : QStringLiteral(" (") + error + QLatin1Char(')')));
    if (!header.isEmpty() && header.first().startsWith(QChar(0xfeff)))
        header.first().remove(0, 1);
    for (QString& h : header)
        h = h.trimmed();
    for (auto it = options.mapping.columns.constBegin(); it != options.mapping.columns.constEnd(); ++it) {
        const int i = static_cast<int>(header.indexOf(it.value()));
        if (i >= 0)
            layout.columns.insert(it.key(), i);
    }
    LP_TRY(missingColumn(layout, options));
    layout.dateAndTime = !layout.columns.contains(QStringLiteral("begin"));
    layout.mapped = layout.columns.values();
    return layout;
}

// One record's fields, by field name.
class CsvRow
{
public:
    CsvRow(const CsvLayout& layout, const QStringList& fields) : m_layout(layout), m_fields(fields) { }
    QString operator()(const char* field) const
    {
        const int i = m_layout.columns.value(QString::fromLatin1(field), -1);
        return i >= 0 && i < m_fields.size() ? m_fields[i].trimmed() : QString();
    }
    const QStringList& fields() const { return m_fields; }

private:
    const CsvLayout& m_layout;
    const QStringList& m_fields;
};

// The transaction being read: its first record starts it, every record after it with the same register, sequence
// and business day adds a line; a record with another key hands it over (or rejects it) and starts the next.
class CsvTransactions
{
public:
    CsvTransactions(const CsvLayout& layout, const PosReadOptions& options, const PosJournalFormat::Sink& sink,
                    QList<PosReject>* rejects)
        : m_layout(layout), m_options(options), m_sink(sink), m_rejects(rejects)
    {
        m_current.exponent = PosJournalReader::ReadExponent;
    }

    // One record, read from `startLine` on; `error` is what was wrong with reading it.
    Status take(const CsvRow& v, QString error, qint64 startLine)
    {
        if (error.isEmpty() && v.fields().size() != m_layout.header.size())
            error = PosCsvJournal::tr("%1 fields where the header has %2")
                        .arg(v.fields().size())
                        .arg(m_layout.header.size());
        const QString key = error.isEmpty()
            ? v("register") + QLatin1Char('|') + v("sequence") + QLatin1Char('|') + v("business_day")
            : QString();
        if (key != m_key || !error.isEmpty())
            LP_TRY(flush());
        if (!error.isEmpty()) {
            m_rejects->append({PosCsvJournal::tr("line %1").arg(startLine), error});
            return {};
        }
        m_startLine = startLine;
        if (m_key.isEmpty())
            start(v, key);
        if (m_current.loyaltyId.isEmpty())
            m_current.loyaltyId = v("loyalty_id").left(40); // often on a line of its own
        if (!v("line_kind").isEmpty())
            addLine(v);
        return {};
    }

    // Hands over (or rejects) the transaction read so far.
    Status flush()
    {
        if (m_key.isEmpty())
            return {};
        if (m_error.isEmpty())
            if (Status ok = PosJournalReader::finish(m_current, m_options); !ok)
                m_error = ok.errorMessage();
        Status out;
        if (!m_error.isEmpty())
            m_rejects->append({m_ref, m_error});
        else
            out = m_sink(m_current, m_ref);
        m_current = PosTransaction();
        m_current.exponent = PosJournalReader::ReadExponent;
        m_key.clear();
        m_error.clear();
        return out;
    }

private:
    // A reason names its row only when it is not the row the record starts on (that one is the record's "where").
    QString row() const
    {
        return m_key.isEmpty() || m_ref == PosCsvJournal::tr("line %1").arg(m_startLine)
            ? QString()
            : PosCsvJournal::tr("line %1: ").arg(m_startLine);
    }

    void money(const QString& text, const QString& field, qint64* target)
    {
        // Counted in millionths until finish() knows the currency.
        auto m = PosJournalReader::parseAmount(text, PosJournalReader::ReadExponent, m_layout.decimal);
        if (!m)
            m_error = row() + PosCsvJournal::tr("%1: %2").arg(field, m.errorMessage());
        else
            *target = *m;
    }

    void readTime(const CsvRow& v)
    {
        if (!m_layout.dateAndTime) {
            m_current.begin = v("begin").left(40);
            return;
        }
        auto joined = PosJournalReader::joinDateAndTime(v("date").left(40), v("time").left(40));
        if (!joined) {
            m_error = joined.errorMessage();
            return;
        }
        m_current.begin = *joined;
        m_current.timeSource = QStringLiteral("date+time");
    }

    void readType(const CsvRow& v)
    {
        const QString type = v("transaction_type");
        const QString control = PosJournalReader::controlKind(v("control"));
        if (type.compare(QLatin1String("control"), Qt::CaseInsensitive) == 0
            || !PosJournalReader::controlKind(type).isEmpty() || !control.isEmpty()) {
            m_current.type = PosTransaction::Type::Control;
            m_current.control = !control.isEmpty()               ? control
                : !PosJournalReader::controlKind(type).isEmpty() ? PosJournalReader::controlKind(type)
                                                                 : v("control").left(40);
        }
        if (type.contains(QLatin1String("void"), Qt::CaseInsensitive)
            || type.contains(QLatin1String("storno"), Qt::CaseInsensitive)
            || type.contains(QLatin1String("cancel"), Qt::CaseInsensitive)
            || PosJournalReader::isYes(v("transaction_void")))
            m_current.voided = true;
    }

    void start(const CsvRow& v, const QString& key)
    {
        m_key = key;
        m_ref = PosCsvJournal::tr("line %1").arg(m_startLine);
        PosTransaction& t = m_current;
        t.storeId = v("store_id").left(48);
        t.registerId = v("register").left(20);
        t.sequence = v("sequence").left(20);
        t.businessDay = v("business_day").left(10);
        readTime(v);
        t.end = v("end").left(40);
        t.operatorId = v("operator").left(40);
        if (!v("currency").isEmpty())
            t.currency = v("currency").left(3);
        readType(v);
        t.linkRegister = v("link_register").left(20);
        t.linkSequence = v("link_sequence").left(20);
        t.linkBusinessDay = v("link_business_day").left(10);
        t.loyaltyId = v("loyalty_id").left(40);
        if (!v("total").isEmpty())
            money(v("total"), QStringLiteral("total"), &t.total);
        // Columns the mapping does not know are vendor extensions: kept (card numbers masked).
        const QStringList& header = m_layout.header;
        const QStringList& f = v.fields();
        for (int i = 0; i < header.size() && i < f.size(); ++i)
            if (!m_layout.mapped.contains(i) && !f[i].isEmpty())
                t.extensions.insert(header[i].left(60), PosJournalReader::maskCardNumbers(f[i].left(200)));
    }

    void addLine(const CsvRow& v)
    {
        if (m_current.lines.size() >= PosJournalReader::MaxLinesPerTransaction) {
            m_error = PosCsvJournal::tr("more than %1 line items").arg(PosJournalReader::MaxLinesPerTransaction);
            return;
        }
        PosLineItem l;
        if (!lineKindWord(v("line_kind"), &l.kind)) {
            m_error = row() + PosCsvJournal::tr("unknown line kind \"%1\"").arg(v("line_kind").left(20));
            return;
        }
        l.itemId = v("item_id").left(40);
        l.description = v("description").left(200);
        if (!v("quantity").isEmpty()) {
            auto q = PosJournalReader::parseQuantity(v("quantity"), m_layout.decimal);
            if (!q)
                m_error = row() + PosCsvJournal::tr("quantity: %1").arg(q.errorMessage());
            else
                l.quantity = *q;
        }
        for (const auto& [field, target] : {std::pair<const char*, qint64*> {"unit_price", &l.unitPrice},
                                            {"regular_price", &l.regularPrice},
                                            {"amount", &l.amount}})
            if (!v(field).isEmpty())
                money(v(field), QString::fromLatin1(field), target);
        l.voided = PosJournalReader::isYes(v("void"));
        l.tenderType = tenderWord(v("tender_type"));
        l.cardLast4 = PosJournalReader::last4(v("card_last4").isEmpty() ? v("card_number") : v("card_last4"));
        l.entryMethod = v("entry_method").left(20);
        l.reason = v("reason").left(40);
        m_current.lines << l;
    }

    const CsvLayout& m_layout;
    const PosReadOptions& m_options;
    const PosJournalFormat::Sink& m_sink;
    QList<PosReject>* m_rejects;
    PosTransaction m_current;
    QString m_ref;
    QString m_error;
    QString m_key;
    qint64 m_startLine = 0;
};

} // namespace

Status PosCsvJournal::read(QIODevice& device, const PosReadOptions& options, const Sink& sink,
                           QList<PosReject>* rejects, const std::atomic_bool* cancel)
{
    QStringDecoder decoder(journalEncoding(device), QStringDecoder::Flag::Stateless);
    const QByteArray head = device.peek(64 * 1024);
    const qsizetype newline = head.indexOf('\n');
    const QByteArray firstLine = newline < 0 ? head : head.first(newline); // all of it when there is no newline
    const QChar delimiter
        = options.delimiter.isNull() ? detectDelimiter(QString::fromUtf8(firstLine)) : options.delimiter;
    qint64 line = 0;
    auto layout = readLayout(device, decoder, delimiter, options, &line);
    if (!layout)
        return layout.error();
    layout->decimal = !options.decimal.isNull() ? options.decimal
        : delimiter == QLatin1Char(';')         ? QLatin1Char(',')
                                                : QLatin1Char('.');
    CsvTransactions transactions(*layout, options, sink, rejects);
    QStringList f;
    QString error;
    while (true) {
        if (cancel && cancel->load())
            return makeError(ErrorKind::Cancelled, tr("Cancelled."));
        error.clear();
        const qint64 startLine = line + 1;
        if (!readCsvRecord(device, decoder, delimiter, &f, &line, &error))
            break;
        if (f.size() == 1 && f.first().trimmed().isEmpty() && error.isEmpty())
            continue;
        LP_TRY(transactions.take(CsvRow(*layout, f), error, startLine));
    }
    return transactions.flush();
}

} // namespace lpdesk
