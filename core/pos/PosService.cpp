#include "pos/PosService.h"

#include "auth/Permissions.h"
#include "cases/MediaLibrary.h"
#include "common/Time.h"
#include "crypto/LpencDevice.h"
#include "crypto/Random.h"
#include "crypto/Sha256.h"
#include "custody/CustodyLog.h"
#include "custody/CustodyRecorder.h"
#include "db/CaseDatabase.h"
#include "db/SqlRow.h"
#include "db/WorkstationKeys.h"
#include "model/Currency.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace lpdesk {

QJsonObject PosImportSummary::toJson() const
{
    QJsonArray r;
    for (const PosReject& x : rejects)
        r.append(QJsonObject {{QLatin1String("where"), x.where},
                              {QLatin1String("reason"), x.reason},
                              {QLatin1String("duplicate"), x.duplicate}});
    QJsonObject k;
    for (auto it = kinds.constBegin(); it != kinds.constEnd(); ++it)
        k.insert(it.key(), it.value());
    return QJsonObject {{QLatin1String("id"), id},
                        {QLatin1String("evidence_id"), evidenceId},
                        {QLatin1String("transactions"), transactions},
                        {QLatin1String("line_items"), lineItems},
                        {QLatin1String("rejected"), rejected},
                        {QLatin1String("duplicates"), duplicates},
                        {QLatin1String("voided_lines"), voidedLines},
                        {QLatin1String("kinds"), k},
                        {QLatin1String("notes"), QJsonArray::fromStringList(notes)},
                        {QLatin1String("rejects"), r}};
}

QString PosImportSummary::kindLabel(const QString& kind)
{
    static const std::pair<const char*, const char*> labels[]
        = {{"sale", QT_TRANSLATE_NOOP("lpdesk::PosService", "sale")},
           {"return", QT_TRANSLATE_NOOP("lpdesk::PosService", "return")},
           {"exchange", QT_TRANSLATE_NOOP("lpdesk::PosService", "exchange")},
           {"void", QT_TRANSLATE_NOOP("lpdesk::PosService", "voided transaction")},
           {"no_sale", QT_TRANSLATE_NOOP("lpdesk::PosService", "no sale")},
           {"sign_on", QT_TRANSLATE_NOOP("lpdesk::PosService", "sign on")},
           {"sign_off", QT_TRANSLATE_NOOP("lpdesk::PosService", "sign off")},
           {"till_open", QT_TRANSLATE_NOOP("lpdesk::PosService", "till open")},
           {"till_close", QT_TRANSLATE_NOOP("lpdesk::PosService", "till close")},
           {"price_override", QT_TRANSLATE_NOOP("lpdesk::PosService", "price override")},
           {"paid_in", QT_TRANSLATE_NOOP("lpdesk::PosService", "paid in")},
           {"paid_out", QT_TRANSLATE_NOOP("lpdesk::PosService", "paid out")},
           {"control", QT_TRANSLATE_NOOP("lpdesk::PosService", "other control")}};
    for (const auto& [k, label] : labels)
        if (kind == QLatin1String(k))
            return PosService::tr(label);
    return kind;
}

QString PosImportSummary::kindsText() const
{
    QStringList parts;
    for (auto it = kinds.constBegin(); it != kinds.constEnd(); ++it)
        parts << PosService::tr("%1 %2").arg(it.value()).arg(kindLabel(it.key()));
    if (voidedLines > 0)
        parts << PosService::tr("%n voided line item(s)", nullptr, voidedLines);
    return parts.join(QStringLiteral(", "));
}

Result<PosImportOptions> PosImportOptions::make(const QString& format, const QString& timezone,
                                                const QString& delimiter, const QString& decimal,
                                                const QString& dateOrder)
{
    PosImportOptions o;
    o.format = format.isEmpty() ? QStringLiteral("auto") : format;
    if (!QStringList {QStringLiteral("auto"), QStringLiteral("poslog"), QStringLiteral("csv"), QStringLiteral("json")}
             .contains(o.format))
        return makeError(ErrorKind::Usage, PosService::tr("The format is auto, poslog, csv or json."));
    if (!timezone.isEmpty() && !QTimeZone(timezone.toUtf8()).isValid())
        return makeError(
            ErrorKind::Usage,
            PosService::tr("\"%1\" is not a timezone (an IANA name such as Europe/Berlin).").arg(timezone.left(60)));
    o.timezone = timezone;
    const QString d = delimiter == QLatin1String("\t") ? QStringLiteral("tab") : delimiter;
    if (!d.isEmpty() && d != QLatin1String("auto")
        && !QStringList {QStringLiteral(","), QStringLiteral(";"), QStringLiteral("tab"), QStringLiteral("|")}.contains(
            d))
        return makeError(ErrorKind::Usage, PosService::tr("The separator is auto, \",\", \";\", \"|\" or tab."));
    o.delimiter = d == QLatin1String("auto") ? QString() : d;
    if (!decimal.isEmpty() && decimal != QLatin1String("auto") && decimal != QLatin1String(".")
        && decimal != QLatin1String(","))
        return makeError(ErrorKind::Usage, PosService::tr("The decimal mark is \".\" or \",\"."));
    o.decimal = decimal == QLatin1String("auto") ? QString() : decimal;
    auto order = PosSlashDates::orderFromName(dateOrder);
    if (!order)
        return order.error();
    o.dateOrder = PosSlashDates::orderName(*order);
    return o;
}

QJsonObject PosImportOptions::toJson() const
{
    QJsonObject o {{QLatin1String("format"), format}};
    if (!timezone.isEmpty())
        o.insert(QLatin1String("timezone"), timezone);
    if (!delimiter.isEmpty())
        o.insert(QLatin1String("delimiter"), delimiter);
    if (!decimal.isEmpty())
        o.insert(QLatin1String("decimal"), decimal);
    if (!dateOrder.isEmpty())
        o.insert(QLatin1String("date_order"), dateOrder);
    if (dateOrderFromJournal)
        o.insert(QLatin1String("date_order_from"), QStringLiteral("journal"));
    return o;
}

QJsonObject LinkedTransaction::toJson(bool mask) const
{
    QJsonArray lineArray;
    for (const PosLineItem& l : lines) {
        QJsonObject o {{QLatin1String("kind"), PosTransaction::kindName(l.kind)},
                       {QLatin1String("amount"), Currency::plain(l.amount, exponent)}};
        if (!l.itemId.isEmpty()) {
            o.insert(QLatin1String("item_id"), l.itemId);
            o.insert(QLatin1String("description"), l.description);
            o.insert(QLatin1String("quantity"), l.quantity);
            o.insert(QLatin1String("unit_price"), Currency::plain(l.unitPrice, exponent));
            o.insert(QLatin1String("regular_price"), Currency::plain(l.regularPrice, exponent));
        }
        if (l.voided)
            o.insert(QLatin1String("void"), true);
        if (!l.tenderType.isEmpty())
            o.insert(QLatin1String("tender_type"), l.tenderType);
        if (!l.cardLast4.isEmpty())
            o.insert(QLatin1String("card_last4"), mask ? QStringLiteral("••••") : l.cardLast4);
        if (!l.entryMethod.isEmpty())
            o.insert(QLatin1String("entry_method"), l.entryMethod);
        if (!l.reason.isEmpty())
            o.insert(QLatin1String("reason"), l.reason);
        lineArray.append(o);
    }
    QJsonObject o {{QLatin1String("id"), id},
                   {QLatin1String("store_id"), storeId},
                   {QLatin1String("register"), registerId},
                   {QLatin1String("sequence"), sequence},
                   {QLatin1String("business_day"), businessDay},
                   {QLatin1String("begin"), beginRaw},
                   {QLatin1String("begin_utc"), beginUtc},
                   {QLatin1String("operator"), operatorId},
                   {QLatin1String("type"), type},
                   {QLatin1String("total"), Currency::plain(total, exponent)},
                   {QLatin1String("currency"), currency},
                   {QLatin1String("exponent"), exponent},
                   {QLatin1String("exceptions"), QJsonArray::fromStringList(exceptions)},
                   {QLatin1String("record"), recordRef},
                   {QLatin1String("import_id"), importId},
                   {QLatin1String("lines"), lineArray}};
    if (!control.isEmpty())
        o.insert(QLatin1String("control"), control);
    o.insert(QLatin1String("kind"), kind);
    o.insert(QLatin1String("voided"), voided);
    o.insert(QLatin1String("time_source"), timeSource);
    o.insert(QLatin1String("time_written"), timeWritten);
    if (!zoneApplied.isEmpty())
        o.insert(QLatin1String("zone_applied"), zoneApplied);
    if (!notes.isEmpty())
        o.insert(QLatin1String("notes"), QJsonArray::fromStringList(notes));
    if (!how.isEmpty())
        o.insert(QLatin1String("linked_by"), how);
    if (!incidentId.isEmpty())
        o.insert(QLatin1String("incident_id"), incidentId);
    if (!loyaltyId.isEmpty())
        o.insert(QLatin1String("loyalty_id"), mask ? QStringLiteral("(withheld)") : loyaltyId);
    return o;
}

namespace {

// The journal's SHA-256, read once before anything is written: a journal already taken (same bytes) is refused.
// Leaves the file at its start.
Result<QString> hashNewJournal(QSqlDatabase& db, QFile& in, const QString& path)
{
    Sha256 pre;
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        if (chunk.isEmpty() && in.error() != QFileDevice::NoError)
            return failure(PosService::tr("Cannot read %1: %2").arg(path, in.errorString()));
        pre.addData(chunk);
    }
    const QString preHash = toHex(pre.result());
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT e.id, e.received_at FROM evidence_files e WHERE e.kind = 'pos_journal' AND e.sha256 = ?"));
    q.addBindValue(preHash);
    if (q.exec() && q.next()) {
        const SqlRow row(q);
        return makeError(
            ErrorKind::Usage,
            PosService::tr("This journal (SHA-256 %1…) was already imported: it is evidence %2, received %3.")
                .arg(preHash.left(16), row.string("id"), row.string("received_at")));
    }
    if (!in.seek(0))
        return failure(PosService::tr("Cannot read %1: %2").arg(path, in.errorString()));
    return preHash;
}

struct KeptJournal
{
    QString id, storeId, path, format, sha256;
    qint64 size = 0;
    QString copy; // the encrypted copy in the media folder, removed when the row cannot be written
};

// The journal's evidence row (its encrypted copy is written already).
Status recordJournal(QSqlDatabase& db, const KeptJournal& j)
{
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO evidence_files (id, kind, store_id, name, format, sha256, size, file, received_at, source) "
        "VALUES (?, 'pos_journal', ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v : {QVariant(j.id), j.storeId.isEmpty() ? QVariant() : QVariant(j.storeId),
                              QVariant(QFileInfo(j.path).fileName()), QVariant(j.format), QVariant(j.sha256),
                              QVariant(j.size), QVariant(QFileInfo(j.copy).fileName()), QVariant(utcNowString()),
                              QVariant(QStringLiteral("file:") + QFileInfo(j.path).absoluteFilePath())})
        q.addBindValue(v);
    if (!q.exec()) {
        QFile::remove(j.copy);
        return failure(q.lastError().text());
    }
    return tx.commit();
}

} // namespace

PosService::PosService(CaseDatabase& db) : m_db(db)
{ }

Result<PosImportSummary> PosService::importFile(const QString& path, const QString& storeId, const QString& format,
                                                const std::atomic_bool* cancel)
{
    PosImportOptions options;
    options.format = format;
    return importFile(path, storeId, options, cancel);
}

Result<PosImportSummary> PosService::importFile(const QString& path, const QString& storeId,
                                                const PosImportOptions& options, const std::atomic_bool* cancel)
{
    const QString& format = options.format;
    LP_TRY(Permissions::require(m_db.session(), Action::ImportPos));
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return failure(tr("Cannot read %1: %2").arg(path, in.errorString()));
    if (in.size() > 4ll * 1024 * 1024 * 1024)
        return failure(tr("%1 is larger than 4 GiB.").arg(path));
    QSqlDatabase db = m_db.connection();
    auto key = WorkstationKeys::recipientPublicKey(db);
    if (!key)
        return key.error();
    auto hashed = hashNewJournal(db, in, path);
    if (!hashed)
        return hashed.error();
    const QString& preHash = *hashed;
    // The original is kept, encrypted, before anything is parsed; parsing reads that encrypted copy.
    const QString id = randomUuid();
    const QString file = id + QStringLiteral(".lpenc");
    auto writer = LpencWriter::create(m_db.mediaDirectory() + QLatin1Char('/') + file, *key);
    if (!writer)
        return writer.error();
    while (!in.atEnd()) {
        if (cancel && cancel->load())
            return makeError(ErrorKind::Cancelled, tr("Cancelled."));
        LP_TRY((*writer)->write(in.read(1 << 20)));
    }
    auto done = (*writer)->finish();
    if (!done)
        return done.error();
    if (done->sha256 != preHash) {
        QFile::remove(m_db.mediaDirectory() + QLatin1Char('/') + file);
        return failure(tr("%1 changed while it was being read; import it again once it is complete.").arg(path));
    }
    LP_TRY(recordJournal(db,
                         {id, storeId, path, format, done->sha256, static_cast<qint64>(done->plaintextLength),
                          m_db.mediaDirectory() + QLatin1Char('/') + file}));
    auto imported = parseAndStore(id, storeId, options, cancel);
    if (!imported) {
        // A journal that does not import leaves nothing behind.
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM evidence_files WHERE id = ?"));
        q.addBindValue(id);
        q.exec();
        QFile::remove(m_db.mediaDirectory() + QLatin1Char('/') + file);
    }
    return imported;
}

Result<PosImportSummary> PosService::importEvidence(const QString& evidenceId, const QString& format,
                                                    const std::atomic_bool* cancel)
{
    LP_TRY(Permissions::require(m_db.session(), Action::ImportPos));
    PosImportOptions options;
    options.format = format;
    return parseAndStore(evidenceId, QString(), options, cancel);
}

QList<PosImportSummary> PosService::importPending(QStringList* failures)
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.exec(
        QStringLiteral("SELECT id, format, name FROM evidence_files WHERE kind = 'pos_journal' AND imported_at IS NULL "
                       "ORDER BY received_at"));
    struct Pending
    {
        QString id, format, name;
    };
    QList<Pending> pending;
    const SqlRow row(q);
    while (q.next())
        pending.append({row.string("id"), row.string("format"), row.string("name")});
    q.finish();
    QList<PosImportSummary> out;
    for (const Pending& p : pending) {
        auto r = importEvidence(p.id, p.format.isEmpty() ? QStringLiteral("auto") : p.format);
        if (r)
            out << *r;
        else if (failures)
            failures->append(tr("%1: %2").arg(p.name, r.errorMessage()));
    }
    return out;
}

namespace {
const QLatin1String UnknownStoresPrefix("pos.unknown_store");
const QChar UnknownStoresSeparator(0x1f); // no store id has a control character
} // namespace

QString PosService::unknownStoresReason(const QStringList& journalStoreIds)
{
    return UnknownStoresPrefix + QLatin1Char(':') + journalStoreIds.join(UnknownStoresSeparator);
}

std::optional<QStringList> PosService::unknownStoresOf(const Error& error)
{
    if (!error.reason.startsWith(UnknownStoresPrefix + QLatin1Char(':')))
        return std::nullopt;
    return error.reason.mid(UnknownStoresPrefix.size() + 1).split(UnknownStoresSeparator, Qt::SkipEmptyParts);
}

Status PosService::setCsvMapping(const QString& storeId, const PosCsvMapping& mapping)
{
    LP_TRY(Permissions::require(m_db.session(), Action::ImportPos));
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO pos_csv_mappings (store_id, mapping_json, updated_at, updated_by) "
                             "VALUES (?, ?, ?, ?)"));
    q.addBindValue(storeId);
    q.addBindValue(QString::fromUtf8(QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(utcNowString());
    q.addBindValue(m_db.session().userName);
    if (!q.exec())
        return failure(q.lastError().text());
    LP_TRY(m_db.auditIn(db, QStringLiteral("csv_mapping_set"),
                        QJsonObject {{QLatin1String("store"), storeId}, {QLatin1String("mapping"), mapping.toJson()}}));
    return tx.commit();
}

PosCsvMapping PosService::csvMapping(const QString& storeId)
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT mapping_json FROM pos_csv_mappings WHERE store_id = ?"));
    q.addBindValue(storeId);
    if (q.exec() && q.next())
        if (auto m
            = PosCsvMapping::fromJson(QJsonDocument::fromJson(SqlRow(q).string("mapping_json").toUtf8()).object()))
            return *m;
    return PosCsvMapping::standard();
}

} // namespace lpdesk
