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

Status PosCsvJournal::read(QIODevice& device, const PosReadOptions& options, const Sink& sink,
                           QList<PosReject>* rejects, const std::atomic_bool* cancel)
{
    // UTF-8 unless the start of the file is not: then the Latin-1 of older European tills.
    QByteArray head = device.peek(64 * 1024);
    while (!head.isEmpty() && (static_cast<unsigned char>(head.back()) & 0x80))
        head.chop(1); // a character cut by the peek is not an error
    QStringDecoder probe(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString probed = probe.decode(head);
    Q_UNUSED(probed);
    const bool latin1 = probe.hasError();
    QStringDecoder decoder(latin1 ? QStringDecoder::Latin1 : QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QByteArray firstLine = device.peek(64 * 1024).split('\n').value(0);
    const QChar delimiter
        = options.delimiter.isNull() ? detectDelimiter(QString::fromUtf8(firstLine)) : options.delimiter;
    const QChar decimal = !options.decimal.isNull() ? options.decimal
        : delimiter == QLatin1Char(';')             ? QLatin1Char(',')
                                                    : QLatin1Char('.');
    qint64 line = 0;
    QStringList header;
    QString error;
    if (!readCsvRecord(device, decoder, delimiter, &header, &line, &error) || !error.isEmpty())
        return makeError(ErrorKind::Verification,
                         tr("The CSV journal has no readable header line%1.")
                             .arg(error.isEmpty() ? QString() : QStringLiteral(" (") + error + QLatin1Char(')')));
    if (!header.isEmpty() && header.first().startsWith(QChar(0xfeff)))
        header.first().remove(0, 1);
    for (QString& h : header)
        h = h.trimmed();
    QHash<QString, int> col;
    for (auto it = options.mapping.columns.constBegin(); it != options.mapping.columns.constEnd(); ++it) {
        const int i = static_cast<int>(header.indexOf(it.value()));
        if (i >= 0)
            col.insert(it.key(), i);
    }
    if (const QString f = PosCsvMapping::missingField(col.keys()); !f.isEmpty()) {
        const QString columns = header.mid(0, 30).join(QStringLiteral(", ")).left(400);
        if (f == QLatin1String("begin") && options.mapping.columns.contains(QStringLiteral("date")))
            // The mapping names a date and a time column instead of one for both; one of them is not in the file.
            return makeError(ErrorKind::Verification,
                             tr("The CSV journal has no column \"%1\" for date or no column \"%2\" for time (its "
                                "columns: %3). Set up the column mapping for this store.")
                                 .arg(options.mapping.columns.value(QStringLiteral("date")),
                                      options.mapping.columns.value(QStringLiteral("time")), columns));
        return makeError(
            ErrorKind::Verification,
            tr("The CSV journal has no column \"%1\" for %2 (its columns: %3). Set up the column mapping for this "
               "store.")
                .arg(options.mapping.columns.value(f), f, columns));
    }
    // The time in two columns (date, time) is read as one only when the journal has no column for both.
    const bool dateAndTime = !col.contains(QStringLiteral("begin"));
    PosTransaction current;
    current.exponent = PosJournalReader::ReadExponent;
    QString currentRef;
    QString currentError;
    QString currentKey;
    auto flush = [&]() -> Status {
        if (currentKey.isEmpty())
            return {};
        if (currentError.isEmpty())
            if (Status ok = PosJournalReader::finish(current, options); !ok)
                currentError = ok.errorMessage();
        Status out;
        if (!currentError.isEmpty())
            rejects->append({currentRef, currentError});
        else
            out = sink(current, currentRef);
        current = PosTransaction();
        current.exponent = PosJournalReader::ReadExponent;
        currentKey.clear();
        currentError.clear();
        return out;
    };
    const QList<int> mapped = col.values();
    QStringList f;
    while (true) {
        if (cancel && cancel->load())
            return makeError(ErrorKind::Cancelled, tr("Cancelled."));
        error.clear();
        const qint64 startLine = line + 1;
        if (!readCsvRecord(device, decoder, delimiter, &f, &line, &error))
            break;
        if (f.size() == 1 && f.first().trimmed().isEmpty() && error.isEmpty())
            continue;
        auto v = [&](const char* field) {
            const int i = col.value(QString::fromLatin1(field), -1);
            return i >= 0 && i < f.size() ? f[i].trimmed() : QString();
        };
        if (error.isEmpty() && f.size() != header.size())
            error = tr("%1 fields where the header has %2").arg(f.size()).arg(header.size());
        const QString key = error.isEmpty()
            ? v("register") + QLatin1Char('|') + v("sequence") + QLatin1Char('|') + v("business_day")
            : QString();
        if (key != currentKey || !error.isEmpty())
            LP_TRY(flush());
        if (!error.isEmpty()) {
            rejects->append({tr("line %1").arg(startLine), error});
            continue;
        }
        // A reason names its row only when it is not the row the record starts on (that one is the record's "where").
        auto row = [&]() {
            return currentKey.isEmpty() || currentRef == tr("line %1").arg(startLine) ? QString()
                                                                                      : tr("line %1: ").arg(startLine);
        };
        auto money = [&](const QString& text, const QString& field, qint64* target) {
            // Counted in millionths until finish() knows the currency.
            auto m = PosJournalReader::parseAmount(text, PosJournalReader::ReadExponent, decimal);
            if (!m)
                currentError = row() + tr("%1: %2").arg(field, m.errorMessage());
            else
                *target = *m;
        };
        if (currentKey.isEmpty()) {
            currentKey = key;
            currentRef = tr("line %1").arg(startLine);
            current.storeId = v("store_id").left(48);
            current.registerId = v("register").left(20);
            current.sequence = v("sequence").left(20);
            current.businessDay = v("business_day").left(10);
            if (dateAndTime) {
                auto joined = PosJournalReader::joinDateAndTime(v("date").left(40), v("time").left(40));
                if (joined) {
                    current.begin = *joined;
                    current.timeSource = QStringLiteral("date+time");
                } else {
                    currentError = joined.errorMessage();
                }
            } else {
                current.begin = v("begin").left(40);
            }
            current.end = v("end").left(40);
            current.operatorId = v("operator").left(40);
            if (!v("currency").isEmpty())
                current.currency = v("currency").left(3);
            const QString type = v("transaction_type");
            const QString control = PosJournalReader::controlKind(v("control"));
            if (type.compare(QLatin1String("control"), Qt::CaseInsensitive) == 0
                || !PosJournalReader::controlKind(type).isEmpty() || !control.isEmpty()) {
                current.type = PosTransaction::Type::Control;
                current.control = !control.isEmpty()                 ? control
                    : !PosJournalReader::controlKind(type).isEmpty() ? PosJournalReader::controlKind(type)
                                                                     : v("control").left(40);
            }
            if (type.contains(QLatin1String("void"), Qt::CaseInsensitive)
                || type.contains(QLatin1String("storno"), Qt::CaseInsensitive)
                || type.contains(QLatin1String("cancel"), Qt::CaseInsensitive)
                || PosJournalReader::isYes(v("transaction_void")))
                current.voided = true;
            current.linkRegister = v("link_register").left(20);
            current.linkSequence = v("link_sequence").left(20);
            current.linkBusinessDay = v("link_business_day").left(10);
            current.loyaltyId = v("loyalty_id").left(40);
            if (!v("total").isEmpty())
                money(v("total"), QStringLiteral("total"), &current.total);
            // Columns the mapping does not know are vendor extensions: kept (card numbers masked).
            for (int i = 0; i < header.size() && i < f.size(); ++i)
                if (!mapped.contains(i) && !f[i].isEmpty())
                    current.extensions.insert(header[i].left(60), PosJournalReader::maskCardNumbers(f[i].left(200)));
        }
        if (current.loyaltyId.isEmpty())
            current.loyaltyId = v("loyalty_id").left(40); // often on a line of its own
        if (v("line_kind").isEmpty())
            continue;
        if (current.lines.size() >= PosJournalReader::MaxLinesPerTransaction) {
            currentError = tr("more than %1 line items").arg(PosJournalReader::MaxLinesPerTransaction);
            continue;
        }
        PosLineItem l;
        if (!lineKindWord(v("line_kind"), &l.kind)) {
            currentError = row() + tr("unknown line kind \"%1\"").arg(v("line_kind").left(20));
            continue;
        }
        l.itemId = v("item_id").left(40);
        l.description = v("description").left(200);
        if (!v("quantity").isEmpty()) {
            auto q = PosJournalReader::parseQuantity(v("quantity"), decimal);
            if (!q)
                currentError = row() + tr("quantity: %1").arg(q.errorMessage());
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
        current.lines << l;
    }
    return flush();
}

} // namespace lpdesk
