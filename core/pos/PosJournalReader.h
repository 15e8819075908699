// Streaming readers for POS journals — ARTS POSLog XML, CSV (with a column mapping) and LP Desk POS JSON — that
// hand over one transaction at a time, so a 500 MB journal imports in bounded memory. Each format has its own
// reader behind PosJournalFormat; this class picks one, and finish() applies the rules every format shares (which
// time to take, the store's timezone for local times, the business day, the transaction's kind, the checks).
// Hostile input: XML with a DTD (external entities, entity-expansion bombs) is refused outright; encoding errors
// and broken syntax stop the import with the line number; a bad record is rejected with where it is and why, and
// the rest goes on.
#pragma once

#include "common/Result.h"
#include "pos/PosSlashDates.h"
#include "pos/PosTransaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QTimeZone>

#include <atomic>
#include <functional>
#include <memory>

class QIODevice;

namespace lpdesk {

struct PosReject
{
    QString where;
    QString reason;
    bool duplicate = false; // already imported from an overlapping journal: skipped, not broken
};

// Which CSV column holds which field (LP Desk's names are the defaults). The transaction's time is one column
// ("begin") or two: "date" and "time", as many tills export them ("07.12.2026" and "14:03:27").
struct PosCsvMapping
{
    QHash<QString, QString> columns; // field -> header in the file
    // The columns of LP Desk's own CSV (what the store simulator writes), in order; each is named after its field.
    static QStringList lpDeskColumns();
    static PosCsvMapping standard();
    static Result<PosCsvMapping> fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
    // register, sequence, begin: what the mapping table lists first. "begin" may be given as "date" and "time".
    static QStringList requiredFields();
    // The first required field that `fields` lacks (begin counts as there when both date and time are); empty when
    // none is missing.
    static QString missingField(const QStringList& fields);
};

// How to read values the journal does not spell out.
struct PosReadOptions
{
    PosCsvMapping mapping = PosCsvMapping::standard();
    QChar delimiter; // CSV: ',', ';', '\t' or '|'; null = detect from the header line
    QChar decimal; // CSV/JSON strings: '.' or ','; null = ',' for ';'-separated CSV, '.' otherwise
    QTimeZone zone; // given by the person importing: wins over the store's zone
    // Dates written with slashes: month or day first. Undecided = the journal's own dates decide (read() looks at
    // all of them before it hands over the first record), or the journal is refused.
    PosDateOrder dateOrder = PosDateOrder::Undecided;
    PosSlashDates* slashDates = nullptr; // when set, finish() shows it every date field it reads
    // The zone of a store (from the store registry), for times written without an offset.
    std::function<QTimeZone(const QString& storeId)> storeZone;
    QTimeZone zoneFor(const QString& storeId) const;
};

class PosJournalFormat
{
public:
    using Sink = std::function<Status(const PosTransaction&, const QString& recordRef)>;
    virtual ~PosJournalFormat() = default;
    virtual Status read(QIODevice& device, const PosReadOptions& options, const Sink& sink, QList<PosReject>* rejects,
                        const std::atomic_bool* cancel)
        = 0;
};

class PosJournalReader
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::PosJournalReader)

public:
    static constexpr int MaxLinesPerTransaction = 10000;
    static constexpr qint64 MaxRecordBytes = 1024 * 1024;
    using Sink = PosJournalFormat::Sink;

    // poslog, csv or json, from the first bytes (the device is not consumed).
    static Result<QString> detectFormat(QIODevice& device);
    static std::unique_ptr<PosJournalFormat> format(const QString& name);
    // When the journal writes dates with slashes and options.dateOrder is Undecided, the journal is read twice
    // (the device must be seekable): once for its dates, which decide the order or refuse the journal before any
    // record reaches the sink, then for its records. `slashDates`, when given, holds the journal's slash dates
    // afterwards, and `order` the order they were read in.
    static Status read(const QString& format, QIODevice& device, const PosReadOptions& options, const Sink& sink,
                       QList<PosReject>* rejects, const std::atomic_bool* cancel = nullptr,
                       PosSlashDates* slashDates = nullptr, PosDateOrder* order = nullptr);

    // Readers count amounts in millionths until the transaction's currency is known (a POSLog journal may name it
    // after the first amount); finish() then converts to the currency's minor unit. Six decimals leave room for
    // every ISO 4217 unit (at most four) plus the digits that decide rounding.
    static constexpr int ReadExponent = 6;

    // An amount as a journal writes it: any number of decimals, an optional sign (leading, trailing, or
    // parentheses), thousands separators. Parsed as decimal text, never through a double, into whole units of
    // 10^-exponent; more decimals than that are rounded half-to-even and `rounded` says so (at ReadExponent the
    // last digit is made odd instead, so that finish() rounds the exact value once).
    static Result<qint64> parseAmount(QStringView text, int exponent, QChar decimal = QLatin1Char('.'),
                                      bool* rounded = nullptr);
    // parseAmount in cents.
    static Result<qint64> parseMoney(QStringView text, QChar decimal = QLatin1Char('.'), bool* rounded = nullptr);
    static Result<double> parseQuantity(QStringView text, QChar decimal = QLatin1Char('.'));
    // A journal time: RFC 3339 with an offset, or a local time (ISO, "yyyy-MM-dd HH:mm:ss", "dd.MM.yyyy HH:mm:ss",
    // or with slashes in `order`: "3/14/2026 1:05:09 PM", "14/03/2026 13:05") that takes `zone`. Invalid when it
    // cannot be read or is local and the zone is invalid; `why` then says what is wrong when more can be said than
    // "not a date and time" (a two-digit year, an undecided order, a 12-hour time outside 1–12).
    static QDateTime parseTime(const QString& text, const QTimeZone& zone, bool* local = nullptr,
                               PosDateOrder order = PosDateOrder::Undecided, QString* why = nullptr);
    // The date and the time of a journal that writes them in two columns (fields), as one local time parseTime()
    // reads: the date as written ("07.12.2026", "12/07/2026" — the journal's order decides — "2026-12-07",
    // "20261207"; a time of midnight after it is dropped), the time in 24 hours ("14:03:27", "2:03:27 PM", "140327";
    // a date before it, as database exports write "30.12.1899 14:03:27", is dropped). Refused with the reason when
    // either is empty or the time is not a time of day.
    static Result<QString> joinDateAndTime(const QString& date, const QString& time);
    // A business day: ISO, d.M.yyyy, or with slashes in `order` (a time after it is ignored).
    static QDate parseDate(const QString& text, PosDateOrder order = PosDateOrder::Undecided, QString* why = nullptr);
    // Keeps only the last four digits of a card number, whatever the journal holds.
    static QString last4(const QString& pan);
    // Card numbers (12–19 digits) inside free text replaced by their last four.
    static QString maskCardNumbers(const QString& text);
    // sign_on, no_sale, … from a vendor's word for a control transaction ("OperatorSignOn", "TillOpen", "NoSale").
    static QString controlKind(const QString& word);
    // True for the spellings journals use for "yes" (true, 1, yes, ja, x, Y).
    static bool isYes(const QString& word);

    // The rules all formats share, applied once a record is read: the amounts in the currency's minor unit (a
    // value that is not a whole number of it is rounded half to even, with a note), the transaction time, the
    // business day, the kind, the checks. A failure is the record's reject reason.
    static Status finish(PosTransaction& t, const PosReadOptions& options);
    static QStringList exceptionsOf(const PosTransaction& t);
};

} // namespace lpdesk
