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
#include "db/WorkstationKeys.h"
#include "pos/PosJournalWriter.h"

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
                       {QLatin1String("amount"), PosJournalWriter::money(l.amount, exponent)}};
        if (!l.itemId.isEmpty()) {
            o.insert(QLatin1String("item_id"), l.itemId);
            o.insert(QLatin1String("description"), l.description);
            o.insert(QLatin1String("quantity"), l.quantity);
            o.insert(QLatin1String("unit_price"), PosJournalWriter::money(l.unitPrice, exponent));
            o.insert(QLatin1String("regular_price"), PosJournalWriter::money(l.regularPrice, exponent));
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
                   {QLatin1String("total"), PosJournalWriter::money(total, exponent)},
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
    // A journal already taken (same bytes) is refused before anything is written.
    Sha256 pre;
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        if (chunk.isEmpty() && in.error() != QFileDevice::NoError)
            return failure(tr("Cannot read %1: %2").arg(path, in.errorString()));
        pre.addData(chunk);
    }
    const QString preHash = toHex(pre.result());
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "SELECT e.id, e.received_at FROM evidence_files e WHERE e.kind = 'pos_journal' AND e.sha256 = ?"));
        q.addBindValue(preHash);
        if (q.exec() && q.next())
            return makeError(ErrorKind::Usage,
                             tr("This journal (SHA-256 %1…) was already imported: it is evidence %2, received %3.")
                                 .arg(preHash.left(16), q.value(0).toString(), q.value(1).toString()));
    }
    if (!in.seek(0))
        return failure(tr("Cannot read %1: %2").arg(path, in.errorString()));
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
    {
        Transaction tx(db);
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "INSERT INTO evidence_files (id, kind, store_id, name, format, sha256, size, file, received_at, source) "
            "VALUES (?, 'pos_journal', ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant& v :
             {QVariant(id), storeId.isEmpty() ? QVariant() : QVariant(storeId), QVariant(QFileInfo(path).fileName()),
              QVariant(format), QVariant(done->sha256), QVariant(static_cast<qint64>(done->plaintextLength)),
              QVariant(file), QVariant(utcNowString()),
              QVariant(QStringLiteral("file:") + QFileInfo(path).absoluteFilePath())})
            q.addBindValue(v);
        if (!q.exec()) {
            QFile::remove(m_db.mediaDirectory() + QLatin1Char('/') + file);
            return failure(q.lastError().text());
        }
        LP_TRY(tx.commit());
    }
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
    while (q.next())
        pending.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
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
        if (auto m = PosCsvMapping::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object()))
            return *m;
    return PosCsvMapping::standard();
}

Result<PosImportSummary> PosService::parseAndStore(const QString& evidenceId, const QString& storeHint,
                                                   PosImportOptions options, const std::atomic_bool* cancel)
{
    QString& format = options.format;
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT file, store_id, sha256, imported_at FROM evidence_files WHERE id = ? AND kind = 'pos_journal'"));
    q.addBindValue(evidenceId);
    if (!q.exec() || !q.next())
        return makeError(ErrorKind::NotFound, tr("There is no POS journal %1.").arg(evidenceId));
    const QString file = q.value(0).toString();
    const QString store = q.value(1).toString().isEmpty() ? storeHint : q.value(1).toString();
    const QString sha = q.value(2).toString();
    if (!q.value(3).isNull())
        return failure(tr("POS journal %1 was already imported.").arg(evidenceId));
    q.finish();
    q.prepare(QStringLiteral("SELECT id, imported_at FROM pos_imports WHERE sha256 = ?"));
    q.addBindValue(sha);
    if (q.exec() && q.next())
        return makeError(ErrorKind::Usage,
                         tr("This journal (SHA-256 %1) was already imported on %2 (import %3).")
                             .arg(sha.left(16), q.value(1).toString(), q.value(0).toString()));
    q.finish();
    auto key = WorkstationKeys::recipientKeyPair(db);
    if (!key)
        return key.error();
    auto reader = LpencReader::open(m_db.mediaDirectory() + QLatin1Char('/') + file, *key);
    if (!reader)
        return reader.error();
    LpencDevice device(std::move(*reader));
    if (format.isEmpty() || format == QLatin1String("auto")) {
        auto detected = PosJournalReader::detectFormat(device);
        if (!detected)
            return detected.error();
        format = *detected;
    }
    // The zone of each store a local time may need (what the store's manifest says; a store only registered, never
    // pulled, has no zone LP Desk can trust).
    QHash<QString, QTimeZone> zones;
    PosReadOptions readOptions;
    readOptions.mapping = csvMapping(store);
    if (!options.timezone.isEmpty())
        readOptions.zone = QTimeZone(options.timezone.toUtf8());
    readOptions.delimiter = options.delimiter == QLatin1String("tab") ? QLatin1Char('\t')
        : options.delimiter.isEmpty()                                 ? QChar()
                                                                      : options.delimiter.at(0);
    readOptions.decimal = options.decimal.isEmpty() ? QChar() : options.decimal.at(0);
    if (auto order = PosSlashDates::orderFromName(options.dateOrder); order)
        readOptions.dateOrder = *order;
    else
        return order.error();
    readOptions.storeZone = [&](const QString& storeId) {
        const QString id = storeId.isEmpty() ? store : storeId;
        if (!zones.contains(id)) {
            QSqlQuery z(db);
            z.prepare(QStringLiteral(
                "SELECT timezone FROM stores WHERE id = ? AND (manifest_json IS NOT NULL OR timezone != 'UTC')"));
            z.addBindValue(id);
            zones.insert(id, z.exec() && z.next() ? QTimeZone(z.value(0).toString().toUtf8()) : QTimeZone());
        }
        return zones.value(id);
    };
    // Register clock offsets of the store (for begin_utc).
    QHash<QString, double> offsets;
    q.prepare(QStringLiteral("SELECT id, clock_offset FROM registers WHERE store_id = ?"));
    q.addBindValue(store);
    q.exec();
    while (q.next())
        offsets.insert(q.value(0).toString(), q.value(1).toDouble());
    q.finish();

    PosImportSummary summary;
    summary.id = randomUuid();
    summary.evidenceId = evidenceId;
    Transaction tx(db);
    QSqlQuery insertTx(db), insertLine(db), dup(db);
    dup.prepare(QStringLiteral(
        "SELECT 1 FROM pos_transactions WHERE store_id = ? AND register_id = ? AND business_day = ? AND sequence = ?"));
    insertTx.prepare(QStringLiteral(
        "INSERT INTO pos_transactions (id, import_id, record_ref, store_id, register_id, sequence, business_day, "
        "begin_raw, end_raw, "
        "begin_utc, operator_id, type, control, currency, total, link_register, link_sequence, link_business_day, "
        "loyalty_id, exceptions, extensions_json, kind, voided, time_source, time_written, zone_applied, "
        "business_day_derived, notes_json, exponent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insertLine.prepare(QStringLiteral("INSERT INTO pos_lines (transaction_id, n, kind, item_id, description, quantity, "
                                      "unit_price, regular_price, amount, voided, "
                                      "tender_type, card_last4, entry_method, reason, extensions_json) VALUES (?, ?, "
                                      "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    // pos_imports first (the transactions reference it); its counts are updated at the end.
    q.prepare(QStringLiteral(
        "INSERT INTO pos_imports (id, evidence_file_id, store_id, format, sha256, transactions, line_items, rejected, "
        "imported_at, imported_by) VALUES (?, ?, ?, ?, ?, 0, 0, 0, ?, ?)"));
    for (const QVariant& v :
         {QVariant(summary.id), QVariant(evidenceId), store.isEmpty() ? QVariant() : QVariant(store), QVariant(format),
          QVariant(sha), QVariant(utcNowString()), QVariant(m_db.session().userName)})
        q.addBindValue(v);
    if (!q.exec())
        return failure(q.lastError().text());
    QList<PosReject> rejects;
    QSet<QString> zonesApplied;
    int derivedDays = 0, rounded = 0;
    PosSlashDates slashDates;
    PosDateOrder dateOrder = PosDateOrder::Undecided;
    Status read = PosJournalReader::read(
        format, device, readOptions,
        [&](const PosTransaction& t, const QString& ref) -> Status {
            const QString txStore = store.isEmpty() ? t.storeId : store;
            if (!store.isEmpty() && !t.storeId.isEmpty() && t.storeId != store) {
                rejects.append({ref, tr("belongs to store %1, not %2").arg(t.storeId, store)});
                return {};
            }
            // The same transaction from an overlapping journal is not imported twice.
            dup.addBindValue(txStore);
            dup.addBindValue(t.registerId);
            dup.addBindValue(t.businessDay);
            dup.addBindValue(t.sequence);
            if (!dup.exec())
                return failure(dup.lastError().text());
            if (dup.next()) {
                rejects.append(
                    {ref, tr("already imported (register %1, #%2, %3)").arg(t.registerId, t.sequence, t.businessDay),
                     true});
                dup.finish();
                return {};
            }
            dup.finish();
            const QDateTime begin
                = parseRfc3339(t.begin).addMSecs(static_cast<qint64>(-offsets.value(t.registerId, 0) * 1000));
            const QString id = randomUuid();
            for (const QVariant& v :
                 {QVariant(id),
                  QVariant(summary.id),
                  QVariant(ref),
                  QVariant(txStore),
                  QVariant(t.registerId),
                  QVariant(t.sequence),
                  QVariant(t.businessDay),
                  QVariant(t.begin),
                  QVariant(t.end),
                  QVariant(toUtcString(begin)),
                  QVariant(t.operatorId),
                  QVariant(t.type == PosTransaction::Type::Control ? QStringLiteral("control")
                                                                   : QStringLiteral("retail")),
                  QVariant(t.control),
                  QVariant(t.currency),
                  QVariant(t.total),
                  QVariant(t.linkRegister),
                  QVariant(t.linkSequence),
                  QVariant(t.linkBusinessDay),
                  QVariant(t.loyaltyId),
                  QVariant(PosJournalReader::exceptionsOf(t).join(QLatin1Char(','))),
                  QVariant(QString::fromUtf8(QJsonDocument(t.extensions).toJson(QJsonDocument::Compact))),
                  QVariant(t.kind),
                  QVariant(t.voided ? 1 : 0),
                  QVariant(t.timeSource),
                  QVariant(t.timeWritten),
                  t.zoneApplied.isEmpty() ? QVariant() : QVariant(t.zoneApplied),
                  QVariant(t.businessDayDerived ? 1 : 0),
                  QVariant(QString::fromUtf8(
                      QJsonDocument(QJsonArray::fromStringList(t.notes)).toJson(QJsonDocument::Compact))),
                  QVariant(t.exponent)})
                insertTx.addBindValue(v);
            if (!insertTx.exec())
                return failure(insertTx.lastError().text());
            for (qsizetype n = 0; n < t.lines.size(); ++n) {
                const PosLineItem& l = t.lines[n];
                for (const QVariant& v :
                     {QVariant(id), QVariant(static_cast<int>(n)), QVariant(PosTransaction::kindName(l.kind)),
                      QVariant(l.itemId), QVariant(l.description), QVariant(l.quantity), QVariant(l.unitPrice),
                      QVariant(l.regularPrice), QVariant(l.amount), QVariant(l.voided ? 1 : 0), QVariant(l.tenderType),
                      QVariant(l.cardLast4), QVariant(l.entryMethod), QVariant(l.reason),
                      QVariant(QString::fromUtf8(QJsonDocument(l.extensions).toJson(QJsonDocument::Compact)))})
                    insertLine.addBindValue(v);
                if (!insertLine.exec())
                    return failure(insertLine.lastError().text());
            }
            ++summary.transactions;
            summary.lineItems += static_cast<int>(t.lines.size());
            ++summary.kinds[t.kind];
            for (const PosLineItem& l : t.lines)
                summary.voidedLines += l.voided ? 1 : 0;
            if (!t.zoneApplied.isEmpty())
                zonesApplied.insert(t.zoneApplied);
            derivedDays += t.businessDayDerived ? 1 : 0;
            rounded += t.notes.isEmpty() ? 0 : 1;
            return {};
        },
        &rejects, cancel, &slashDates, &dateOrder);
    if (!read)
        return read.error(); // the transaction rolls back: no partial import
    for (const PosReject& r : std::as_const(rejects))
        ++(r.duplicate ? summary.duplicates : summary.rejected);
    summary.rejects = rejects.mid(0, 1000);
    // A journal that is mostly broken is not "imported with some rejects": it is the wrong journal, the wrong
    // mapping or the wrong timezone, and keeping its remains would mislead. Nothing is kept (the transaction rolls
    // back), and the message names the first rejects.
    const int seen = summary.transactions + summary.rejected;
    if (summary.rejected > 0 && summary.rejected * 100 > seen * PosImportSummary::FailPercent) {
        QStringList first;
        for (const PosReject& r : std::as_const(rejects))
            if (!r.duplicate && first.size() < 3)
                first << tr("%1: %2").arg(r.where, r.reason);
        return failure(tr("Import failed: %1 of %2 transactions in the journal were rejected (more than half), so "
                          "nothing was imported. First rejects: %3")
                           .arg(summary.rejected)
                           .arg(seen)
                           .arg(first.join(QStringLiteral("; "))));
    }
    for (const QString& zone : std::as_const(zonesApplied))
        summary.notes << tr("Times without a UTC offset were taken in the timezone %1.").arg(zone);
    if (slashDates.count() > 0 && dateOrder != PosDateOrder::Undecided) {
        const QString how
            = dateOrder == PosDateOrder::MonthFirst ? tr("month first (M/d/yyyy)") : tr("day first (d/M/yyyy)");
        if (!options.dateOrder.isEmpty()) {
            summary.notes << tr("Dates written with slashes were read %1, as the import said.").arg(how);
        } else {
            summary.notes << tr("Dates written with slashes were read %1, as the journal's own dates show (\"%2\").")
                                 .arg(how, slashDates.example(dateOrder));
            // The import record keeps the order the journal's dates decided.
            options.dateOrder = PosSlashDates::orderName(dateOrder);
            options.dateOrderFromJournal = true;
        }
    }
    if (derivedDays > 0)
        summary.notes << tr("%n transaction(s) had no business day; it was taken from the transaction's date.", nullptr,
                            derivedDays);
    if (rounded > 0)
        summary.notes << tr("%n transaction(s) have amounts with more decimals than their currency has, rounded to its "
                            "minor unit; each says which in its notes, and the journal keeps the exact values.",
                            nullptr, rounded);
    QJsonArray rejectJson;
    for (const PosReject& r : summary.rejects)
        rejectJson.append(QJsonObject {{QLatin1String("where"), r.where},
                                       {QLatin1String("reason"), r.reason},
                                       {QLatin1String("duplicate"), r.duplicate}});
    QJsonObject kindsJson = summary.toJson().value(QLatin1String("kinds")).toObject();
    q.prepare(QStringLiteral("UPDATE pos_imports SET transactions = ?, line_items = ?, rejected = ?, rejects_json = ?, "
                             "options_json = ?, kinds_json = ? WHERE id = ?"));
    q.addBindValue(summary.transactions);
    q.addBindValue(summary.lineItems);
    q.addBindValue(summary.rejected);
    q.addBindValue(QString::fromUtf8(QJsonDocument(rejectJson).toJson(QJsonDocument::Compact)));
    q.addBindValue(QString::fromUtf8(QJsonDocument(options.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(QString::fromUtf8(QJsonDocument(kindsJson).toJson(QJsonDocument::Compact)));
    q.addBindValue(summary.id);
    if (!q.exec())
        return failure(q.lastError().text());
    q.prepare(QStringLiteral("UPDATE evidence_files SET imported_at = ? WHERE id = ?"));
    q.addBindValue(utcNowString());
    q.addBindValue(evidenceId);
    q.exec();
    auto ev = CustodyRecorder(m_db).record(db, QStringLiteral("evidence:") + evidenceId, QStringLiteral("pos_imported"),
                                           QJsonObject {{QLatin1String("import_id"), summary.id},
                                                        {QLatin1String("format"), format},
                                                        {QLatin1String("sha256"), sha},
                                                        {QLatin1String("transactions"), summary.transactions},
                                                        {QLatin1String("line_items"), summary.lineItems},
                                                        {QLatin1String("rejected"), summary.rejected},
                                                        {QLatin1String("kinds"), kindsJson}});
    if (!ev)
        return ev.error();
    LP_TRY(tx.commit());
    return summary;
}

namespace {

QList<LinkedTransaction> readTransactions(QSqlDatabase& db, const QString& where, const QVariantList& binds,
                                          bool withLink)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT t.id, t.store_id, t.register_id, t.sequence, t.business_day, t.begin_raw, t.begin_utc, "
                       "t.operator_id, "
                       "t.type, t.control, t.currency, t.total, t.exceptions, t.record_ref, t.import_id, t.loyalty_id, "
                       "t.kind, t.voided, t.time_source, t.time_written, t.zone_applied, t.notes_json, t.exponent%1 "
                       "FROM pos_transactions t %2 ORDER BY t.begin_utc")
            .arg(withLink ? QStringLiteral(", cp.how, cp.incident_id") : QString(), where));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    q.exec();
    QList<LinkedTransaction> out;
    while (q.next()) {
        LinkedTransaction t;
        t.id = q.value(0).toString();
        t.storeId = q.value(1).toString();
        t.registerId = q.value(2).toString();
        t.sequence = q.value(3).toString();
        t.businessDay = q.value(4).toString();
        t.beginRaw = q.value(5).toString();
        t.beginUtc = q.value(6).toString();
        t.operatorId = q.value(7).toString();
        t.type = q.value(8).toString();
        t.control = q.value(9).toString();
        t.currency = q.value(10).toString();
        t.total = q.value(11).toLongLong();
        t.exceptions = q.value(12).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        t.recordRef = q.value(13).toString();
        t.importId = q.value(14).toString();
        t.loyaltyId = q.value(15).toString();
        t.kind = q.value(16).toString();
        t.voided = q.value(17).toBool();
        t.timeSource = q.value(18).toString();
        t.timeWritten = q.value(19).toString();
        t.zoneApplied = q.value(20).toString();
        for (const QJsonValue& n : QJsonDocument::fromJson(q.value(21).toString().toUtf8()).array())
            t.notes << n.toString();
        t.exponent = q.value(22).toInt();
        if (withLink) {
            t.how = q.value(23).toString();
            t.incidentId = q.value(24).toString();
        }
        out << t;
    }
    q.finish();
    QSqlQuery l(db);
    l.prepare(QStringLiteral(
        "SELECT kind, item_id, description, quantity, unit_price, regular_price, amount, voided, tender_type, "
        "card_last4, entry_method, reason FROM pos_lines WHERE transaction_id = ? ORDER BY n"));
    for (LinkedTransaction& t : out) {
        l.addBindValue(t.id);
        l.exec();
        while (l.next()) {
            PosLineItem li;
            PosTransaction::parseKind(l.value(0).toString(), &li.kind);
            li.itemId = l.value(1).toString();
            li.description = l.value(2).toString();
            li.quantity = l.value(3).toDouble();
            li.unitPrice = l.value(4).toLongLong();
            li.regularPrice = l.value(5).toLongLong();
            li.amount = l.value(6).toLongLong();
            li.voided = l.value(7).toBool();
            li.tenderType = l.value(8).toString();
            li.cardLast4 = l.value(9).toString();
            li.entryMethod = l.value(10).toString();
            li.reason = l.value(11).toString();
            t.lines << li;
        }
    }
    return out;
}

} // namespace

Result<QList<LinkedTransaction>> PosService::link(const QString& caseId, int windowSeconds)
{
    LP_TRY(Permissions::require(m_db.session(), Action::LinkPos));
    if (windowSeconds < 1 || windowSeconds > 86400)
        return makeError(ErrorKind::Usage, tr("The window is 1–86400 seconds."));
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT i.id, i.store_id, i.register_id, i.detected_at, i.pos_refs_json FROM incidents i "
                             "JOIN case_incidents ci ON ci.incident_id = i.id WHERE ci.case_id = ?"));
    q.addBindValue(caseId);
    if (!q.exec())
        return failure(q.lastError().text());
    struct Inc
    {
        QString id, store, reg, detected;
        QJsonArray refs;
    };
    QList<Inc> incidents;
    while (q.next())
        incidents << Inc {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                          QJsonDocument::fromJson(q.value(4).toString().toUtf8()).array()};
    q.finish();
    if (incidents.isEmpty())
        return makeError(ErrorKind::NotFound, tr("Case %1 has no incidents to link POS records to.").arg(caseId));
    QList<QPair<QString, QPair<QString, QString>>> found; // transaction, (incident, how)
    for (const Inc& inc : incidents) {
        // 1. What the store said the incident is about.
        for (const QJsonValue& v : inc.refs) {
            const QJsonObject r = v.toObject();
            q.prepare(QStringLiteral("SELECT id FROM pos_transactions WHERE store_id = ? AND register_id = ? AND "
                                     "sequence = ? AND business_day = ?"));
            q.addBindValue(inc.store);
            q.addBindValue(r.value(QLatin1String("register")).toString());
            q.addBindValue(r.value(QLatin1String("sequence")).toString());
            q.addBindValue(r.value(QLatin1String("business_day")).toString());
            q.exec();
            while (q.next())
                found.append({q.value(0).toString(), {inc.id, QStringLiteral("reference")}});
        }
        // 2. Exception transactions at the incident's register (or anywhere in the store) within the window,
        //    compared in true time (register clock offsets are already applied on import).
        const QDateTime t = parseRfc3339(inc.detected);
        q.prepare(
            QStringLiteral("SELECT id FROM pos_transactions WHERE store_id = ? AND begin_utc >= ? AND begin_utc <= ? "
                           "AND exceptions != '' AND (? = '' OR register_id = ?)"));
        q.addBindValue(inc.store);
        q.addBindValue(toUtcString(t.addSecs(-windowSeconds)));
        q.addBindValue(toUtcString(t.addSecs(windowSeconds)));
        q.addBindValue(inc.reg);
        q.addBindValue(inc.reg);
        q.exec();
        while (q.next())
            found.append({q.value(0).toString(), {inc.id, QStringLiteral("window")}});
    }
    QStringList newlyLinked;
    CustodyRecorder custody(m_db);
    for (const auto& [txId, meta] : found) {
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO case_pos (case_id, transaction_id, incident_id, how, "
                                 "linked_at, linked_by) VALUES (?, ?, ?, ?, ?, ?)"));
        for (const QVariant& v : {QVariant(caseId), QVariant(txId), QVariant(meta.first), QVariant(meta.second),
                                  QVariant(utcNowString()), QVariant(m_db.session().userName)})
            q.addBindValue(v);
        if (!q.exec())
            return failure(q.lastError().text());
        if (q.numRowsAffected() == 0)
            continue;
        newlyLinked << txId;
        auto ev = custody.record(db, CustodyLog::caseChain(caseId), QStringLiteral("pos_linked"),
                                 QJsonObject {{QLatin1String("transaction_id"), txId},
                                              {QLatin1String("incident_id"), meta.first},
                                              {QLatin1String("how"), meta.second},
                                              {QLatin1String("window_seconds"), windowSeconds}});
        if (!ev)
            return ev.error();
    }
    LP_TRY(tx.commit());
    QList<LinkedTransaction> out;
    if (auto all = linked(caseId))
        for (const LinkedTransaction& t : *all)
            if (newlyLinked.contains(t.id))
                out << t;
    return out;
}

Status PosService::linkManually(const QString& caseId, const QString& transactionId, bool add)
{
    LP_TRY(Permissions::require(m_db.session(), Action::LinkPos));
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    QSqlQuery q(db);
    if (add) {
        q.prepare(QStringLiteral("SELECT 1 FROM pos_transactions WHERE id = ?"));
        q.addBindValue(transactionId);
        if (!q.exec() || !q.next())
            return makeError(ErrorKind::NotFound, tr("There is no POS transaction %1.").arg(transactionId));
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO case_pos (case_id, transaction_id, how, linked_at, linked_by) "
                                 "VALUES (?, ?, 'manual', ?, ?)"));
        q.addBindValue(caseId);
        q.addBindValue(transactionId);
        q.addBindValue(utcNowString());
        q.addBindValue(m_db.session().userName);
    } else {
        q.prepare(QStringLiteral("DELETE FROM case_pos WHERE case_id = ? AND transaction_id = ?"));
        q.addBindValue(caseId);
        q.addBindValue(transactionId);
    }
    if (!q.exec())
        return failure(q.lastError().text());
    auto ev = CustodyRecorder(m_db).record(db, CustodyLog::caseChain(caseId),
                                           add ? QStringLiteral("pos_linked") : QStringLiteral("pos_unlinked"),
                                           QJsonObject {{QLatin1String("transaction_id"), transactionId},
                                                        {QLatin1String("how"), QStringLiteral("manual")}});
    if (!ev)
        return ev.error();
    return tx.commit();
}

Result<QList<LinkedTransaction>> PosService::linked(const QString& caseId)
{
    LP_TRY(Permissions::require(m_db.session(), Action::ReadPos));
    QSqlDatabase db = m_db.connection();
    return readTransactions(db, QStringLiteral("JOIN case_pos cp ON cp.transaction_id = t.id WHERE cp.case_id = ?"),
                            {caseId}, true);
}

Result<LinkedTransaction> PosService::transaction(const QString& id)
{
    LP_TRY(Permissions::require(m_db.session(), Action::ReadPos));
    QSqlDatabase db = m_db.connection();
    auto rows = readTransactions(db, QStringLiteral("WHERE t.id = ?"), {id}, false);
    if (rows.isEmpty())
        return makeError(ErrorKind::NotFound, tr("There is no POS transaction %1.").arg(id));
    return rows.first();
}

QList<PosSeek> PosService::seeks(const QString& caseId, const LinkedTransaction& t)
{
    QList<PosSeek> out;
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT camera_id FROM registers WHERE store_id = ? AND id = ?"));
    q.addBindValue(t.storeId);
    q.addBindValue(t.registerId);
    if (!q.exec() || !q.next() || q.value(0).toString().isEmpty())
        return out;
    const QString camera = q.value(0).toString();
    q.finish();
    MediaLibrary media(m_db);
    auto rows = media.forCase(caseId);
    if (!rows)
        return out;
    const QDateTime begin = parseRfc3339(t.beginUtc);
    for (const MediaRow& m : *rows) {
        if (m.camera != camera || m.duration <= 0)
            continue;
        q.prepare(QStringLiteral("SELECT store_id FROM media WHERE id = ?"));
        q.addBindValue(m.id);
        if (!q.exec() || !q.next() || q.value(0).toString() != t.storeId)
            continue;
        const double seconds = media.trueTime(m, 0).msecsTo(begin) / 1000.0;
        if (seconds >= 0 && seconds <= m.duration)
            out << PosSeek {m.id, camera, seconds};
    }
    return out;
}

} // namespace lpdesk
