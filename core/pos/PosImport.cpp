// PosService::parseAndStore: a journal kept as encrypted evidence read into transactions, in one database
// transaction, step by step (PosJournalImport).
#include "pos/PosService.h"

#include "common/Time.h"
#include "crypto/LpencDevice.h"
#include "crypto/Random.h"
#include "custody/CustodyRecorder.h"
#include "db/CaseDatabase.h"
#include "db/SqlRow.h"
#include "db/WorkstationKeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <memory>
#include <optional>

namespace lpdesk {

namespace {

class PosJournalImport
{
public:
    PosJournalImport(CaseDatabase& db, PosService& service, const QString& evidenceId, const QString& storeHint,
                     PosImportOptions options, const std::atomic_bool* cancel)
        : m_db(db),
          m_service(service),
          m_sql(db.connection()),
          m_evidenceId(evidenceId),
          m_storeHint(storeHint),
          m_options(std::move(options)),
          m_cancel(cancel)
    { }

    Result<PosImportSummary> run()
    {
        LP_TRY(loadEvidence());
        LP_TRY(openJournal());
        PosReadOptions readOptions;
        LP_TRY(makeReadOptions(&readOptions));
        loadClockOffsets();
        loadPosStoreIds();
        loadKnownStores();
        m_summary.id = randomUuid();
        m_summary.evidenceId = m_evidenceId;
        m_tx.emplace(m_sql);
        LP_TRY(begin());
        Status read = PosJournalReader::read(
            m_options.format, *m_device, readOptions,
            [this](const PosTransaction& t, const QString& ref) { return store(t, ref); }, &m_rejects, m_cancel,
            &m_slashDates, &m_dateOrder);
        if (!read)
            return read.error(); // the transaction rolls back: no partial import
        LP_TRY(summarise());
        LP_TRY(recordImport());
        LP_TRY(m_tx->commit());
        return m_summary;
    }

private:
    // The journal's evidence row: not imported yet, and no import of the same bytes.
    Status loadEvidence()
    {
        QSqlQuery q(m_sql);
        q.prepare(QStringLiteral(
            "SELECT file, store_id, sha256, imported_at FROM evidence_files WHERE id = ? AND kind = 'pos_journal'"));
        q.addBindValue(m_evidenceId);
        if (!q.exec() || !q.next())
            return makeError(ErrorKind::NotFound, PosService::tr("There is no POS journal %1.").arg(m_evidenceId));
        {
            const SqlRow row(q);
            m_file = row.string("file");
            m_store = row.string("store_id").isEmpty() ? m_storeHint : row.string("store_id");
            m_sha = row.string("sha256");
            if (!row.isNull("imported_at"))
                return failure(PosService::tr("POS journal %1 was already imported.").arg(m_evidenceId));
        }
        q.finish();
        q.prepare(QStringLiteral("SELECT id, imported_at FROM pos_imports WHERE sha256 = ?"));
        q.addBindValue(m_sha);
        if (q.exec() && q.next()) {
            const SqlRow row(q);
            return makeError(ErrorKind::Usage,
                             PosService::tr("This journal (SHA-256 %1) was already imported on %2 (import %3).")
                                 .arg(m_sha.left(16), row.string("imported_at"), row.string("id")));
        }
        return {};
    }

    // The encrypted copy, opened for reading, and its format when the import did not say.
    Status openJournal()
    {
        auto key = WorkstationKeys::recipientKeyPair(m_sql);
        if (!key)
            return key.error();
        auto reader = LpencReader::open(m_db.mediaDirectory() + QLatin1Char('/') + m_file, *key);
        if (!reader)
            return reader.error();
        m_device = std::make_unique<LpencDevice>(std::move(*reader));
        QString& format = m_options.format;
        if (format.isEmpty() || format == QLatin1String("auto")) {
            auto detected = PosJournalReader::detectFormat(*m_device);
            if (!detected)
                return detected.error();
            format = *detected;
        }
        return {};
    }

    Status makeReadOptions(PosReadOptions* readOptions)
    {
        readOptions->mapping = m_service.csvMapping(m_store);
        if (!m_options.timezone.isEmpty())
            readOptions->zone = QTimeZone(m_options.timezone.toUtf8());
        readOptions->delimiter = m_options.delimiter == QLatin1String("tab") ? QLatin1Char('\t')
            : m_options.delimiter.isEmpty()                                  ? QChar()
                                                                             : m_options.delimiter.at(0);
        readOptions->decimal = m_options.decimal.isEmpty() ? QChar() : m_options.decimal.at(0);
        if (auto order = PosSlashDates::orderFromName(m_options.dateOrder); order)
            readOptions->dateOrder = *order;
        else
            return order.error();
        readOptions->storeZone = [this](const QString& storeId) { return storeZone(storeId); };
        return {};
    }

    // The zone of a store a local time may need (what the store's manifest says; a store only registered, never
    // pulled, has no zone LP Desk can trust).
    QTimeZone storeZone(const QString& storeId)
    {
        const QString id = storeId.isEmpty() ? m_store : m_posIdStores.value(storeId, storeId);
        if (!m_zones.contains(id)) {
            QSqlQuery z(m_sql);
            z.prepare(QStringLiteral(
                "SELECT timezone FROM stores WHERE id = ? AND (manifest_json IS NOT NULL OR timezone != 'UTC')"));
            z.addBindValue(id);
            m_zones.insert(id, z.exec() && z.next() ? QTimeZone(SqlRow(z).string("timezone").toUtf8()) : QTimeZone());
        }
        return m_zones.value(id);
    }

    // The ids stores' own POS systems write for them (StoreRegistry::addPosId), and the store each is.
    void loadPosStoreIds()
    {
        QSqlQuery q(m_sql);
        if (!q.exec(QStringLiteral("SELECT pos_id, store_id FROM store_pos_ids")))
            return;
        const SqlRow row(q);
        while (q.next())
            m_posIdStores.insert(row.string("pos_id"), row.string("store_id"));
    }

    // LP Desk's stores: a journal imported without a store must name one of them (or one of their POS store ids).
    void loadKnownStores()
    {
        QSqlQuery q(m_sql);
        if (!q.exec(QStringLiteral("SELECT id FROM stores")))
            return;
        const SqlRow row(q);
        while (q.next())
            m_knownStores.insert(row.string("id"));
    }

    // Register clock offsets of the store (for begin_utc).
    void loadClockOffsets()
    {
        QSqlQuery q(m_sql);
        q.prepare(QStringLiteral("SELECT id, clock_offset FROM registers WHERE store_id = ?"));
        q.addBindValue(m_store);
        q.exec();
        const SqlRow row(q);
        while (q.next())
            m_offsets.insert(row.string("id"), row.real("clock_offset"));
    }

    // The statements every transaction uses, and the pos_imports row (the transactions reference it; its counts
    // are updated at the end).
    Status begin()
    {
        m_dup.prepare(QStringLiteral("SELECT 1 FROM pos_transactions WHERE store_id = ? AND register_id = ? AND "
                                     "business_day = ? AND sequence = ?"));
        m_insertTx.prepare(QStringLiteral(
            "INSERT INTO pos_transactions (id, import_id, record_ref, store_id, register_id, sequence, business_day, "
            "begin_raw, end_raw, "
            "begin_utc, operator_id, type, control, currency, total, link_register, link_sequence, "
            "link_business_day, "
            "loyalty_id, exceptions, extensions_json, kind, voided, time_source, time_written, zone_applied, "
            "business_day_derived, notes_json, exponent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        m_insertLine.prepare(
            QStringLiteral("INSERT INTO pos_lines (transaction_id, n, kind, item_id, description, quantity, "
                           "unit_price, regular_price, amount, voided, "
                           "tender_type, card_last4, entry_method, reason, extensions_json) VALUES (?, ?, "
                           "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        QSqlQuery q(m_sql);
        q.prepare(QStringLiteral(
            "INSERT INTO pos_imports (id, evidence_file_id, store_id, format, sha256, transactions, line_items, "
            "rejected, imported_at, imported_by) VALUES (?, ?, ?, ?, ?, 0, 0, 0, ?, ?)"));
        for (const QVariant& v :
             {QVariant(m_summary.id), QVariant(m_evidenceId), m_store.isEmpty() ? QVariant() : QVariant(m_store),
              QVariant(m_options.format), QVariant(m_sha), QVariant(utcNowString()), QVariant(m_db.session().userName)})
            q.addBindValue(v);
        if (!q.exec())
            return failure(q.lastError().text());
        return {};
    }

    // One transaction of the journal: refused when it belongs to another store, skipped when an overlapping journal
    // brought it already, else stored with its lines and counted. The journal's store id may be one the store's own
    // POS system writes (a POS store id an administrator gave the store).
    Status store(const PosTransaction& t, const QString& ref)
    {
        const QString journalStore = t.storeId;
        const QString mapped = m_posIdStores.value(journalStore, journalStore);
        if (!m_store.isEmpty() && !journalStore.isEmpty() && mapped != m_store) {
            if (mapped != journalStore) {
                m_rejects.append({ref,
                                  PosService::tr("belongs to store %1 (POS store id %2), not %3")
                                      .arg(mapped, journalStore, m_store)});
            } else {
                m_rejects.append({ref, PosService::tr("belongs to store %1, not %2").arg(journalStore, m_store)});
                m_unknownStores.insert(journalStore);
            }
            return {};
        }
        if (m_store.isEmpty() && !m_knownStores.contains(mapped)) {
            // Filed under an id no store has, the transactions would belong to no store at all: refused whole, once
            // the journal has been read, naming every such id (refuseUnknownStores).
            m_storesNotKnown.insert(journalStore);
            ++m_notFiled;
            return {};
        }
        const QString txStore = m_store.isEmpty() ? mapped : m_store;
        if (mapped != journalStore)
            m_mappedStores.insert(journalStore, mapped);
        auto duplicate = isDuplicate(txStore, t);
        if (!duplicate)
            return duplicate.error();
        if (*duplicate) {
            m_rejects.append(
                {ref,
                 PosService::tr("already imported (register %1, #%2, %3)").arg(t.registerId, t.sequence, t.businessDay),
                 true});
            return {};
        }
        const QString id = randomUuid();
        LP_TRY(insertTransaction(id, txStore, t, ref));
        LP_TRY(insertLines(id, t));
        ++m_summary.transactions;
        m_summary.lineItems += static_cast<int>(t.lines.size());
        ++m_summary.kinds[t.kind];
        for (const PosLineItem& l : t.lines)
            m_summary.voidedLines += l.voided ? 1 : 0;
        if (!t.zoneApplied.isEmpty())
            m_zonesApplied.insert(t.zoneApplied);
        m_derivedDays += t.businessDayDerived ? 1 : 0;
        m_rounded += t.notes.isEmpty() ? 0 : 1;
        return {};
    }

    // The same transaction from an overlapping journal is not imported twice.
    Result<bool> isDuplicate(const QString& txStore, const PosTransaction& t)
    {
        m_dup.addBindValue(txStore);
        m_dup.addBindValue(t.registerId);
        m_dup.addBindValue(t.businessDay);
        m_dup.addBindValue(t.sequence);
        if (!m_dup.exec())
            return failure(m_dup.lastError().text());
        const bool found = m_dup.next();
        m_dup.finish();
        return found;
    }

    Status insertTransaction(const QString& id, const QString& txStore, const PosTransaction& t, const QString& ref)
    {
        const QDateTime begin
            = parseRfc3339(t.begin).addMSecs(static_cast<qint64>(-m_offsets.value(t.registerId, 0) * 1000));
        for (const QVariant& v :
             {QVariant(id),
              QVariant(m_summary.id),
              QVariant(ref),
              QVariant(txStore),
              QVariant(t.registerId),
              QVariant(t.sequence),
              QVariant(t.businessDay),
              QVariant(t.begin),
              QVariant(t.end),
              QVariant(toUtcString(begin)),
              QVariant(t.operatorId),
              QVariant(t.type == PosTransaction::Type::Control ? QStringLiteral("control") : QStringLiteral("retail")),
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
              QVariant(
                  QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(t.notes)).toJson(QJsonDocument::Compact))),
              QVariant(t.exponent)})
            m_insertTx.addBindValue(v);
        if (!m_insertTx.exec())
            return failure(m_insertTx.lastError().text());
        return {};
    }

    Status insertLines(const QString& id, const PosTransaction& t)
    {
        for (qsizetype n = 0; n < t.lines.size(); ++n) {
            const PosLineItem& l = t.lines[n];
            for (const QVariant& v :
                 {QVariant(id), QVariant(static_cast<int>(n)), QVariant(PosTransaction::kindName(l.kind)),
                  QVariant(l.itemId), QVariant(l.description), QVariant(l.quantity), QVariant(l.unitPrice),
                  QVariant(l.regularPrice), QVariant(l.amount), QVariant(l.voided ? 1 : 0), QVariant(l.tenderType),
                  QVariant(l.cardLast4), QVariant(l.entryMethod), QVariant(l.reason),
                  QVariant(QString::fromUtf8(QJsonDocument(l.extensions).toJson(QJsonDocument::Compact)))})
                m_insertLine.addBindValue(v);
            if (!m_insertLine.exec())
                return failure(m_insertLine.lastError().text());
        }
        return {};
    }

    // A journal imported without a store whose store ids are not LP Desk's: nothing is kept (the transaction rolls
    // back), and the error names the ids so that the CLI and the import dialog can offer them as the store to choose.
    Status refuseUnknownStores() const
    {
        if (m_storesNotKnown.isEmpty())
            return {};
        QStringList ids = m_storesNotKnown.values();
        ids.removeAll(QString());
        ids.sort();
        QStringList parts;
        if (ids.size() == 1)
            parts << PosService::tr("the journal names its store %1, which is neither a store of LP Desk nor a POS "
                                    "store id of one")
                         .arg(ids.constFirst());
        else if (!ids.isEmpty())
            parts << PosService::tr("the journal names the stores %1, which are neither stores of LP Desk nor POS "
                                    "store ids of one")
                         .arg(ids.join(QStringLiteral(", ")));
        if (m_storesNotKnown.contains(QString()))
            parts << PosService::tr("transactions of the journal name no store");
        const QString fix = ids.isEmpty()
            ? PosService::tr("Choose the store the journal comes from, then import it again.")
            : PosService::tr("Choose the store to file the journal under, or have an administrator add %1 to that "
                             "store's POS store ids (Stores menu, Stores…, select the store, \"POS store ids…\"); "
                             "then import it again.")
                  .arg(ids.constFirst());
        Error e = makeError(ErrorKind::Usage,
                            PosService::tr("Nothing was imported: %1. %2").arg(parts.join(QStringLiteral("; ")), fix));
        e.reason = PosService::unknownStoresReason(ids);
        return e;
    }

    // Rejects counted, a mostly broken journal refused, one of stores LP Desk does not know refused, and the notes on
    // how times and dates were read.
    Status summarise()
    {
        for (const PosReject& r : std::as_const(m_rejects))
            ++(r.duplicate ? m_summary.duplicates : m_summary.rejected);
        m_summary.rejects = m_rejects.mid(0, 1000);
        const QString unknown = unknownStoresHint();
        LP_TRY(refuseMostlyBroken(unknown));
        LP_TRY(refuseUnknownStores());
        if (!unknown.isEmpty())
            m_summary.notes << unknown;
        for (auto it = m_mappedStores.constBegin(); it != m_mappedStores.constEnd(); ++it)
            m_summary.notes << PosService::tr("Transactions written for store %1 were imported as store %2's (a POS "
                                              "store id of %2).")
                                   .arg(it.key(), it.value());
        for (const QString& zone : std::as_const(m_zonesApplied))
            m_summary.notes << PosService::tr("Times without a UTC offset were taken in the timezone %1.").arg(zone);
        noteDateOrder();
        if (m_derivedDays > 0)
            m_summary.notes << PosService::tr(
                "%n transaction(s) had no business day; it was taken from the transaction's date.", nullptr,
                m_derivedDays);
        if (m_rounded > 0)
            m_summary.notes << PosService::tr(
                "%n transaction(s) have amounts with more decimals than their currency has, rounded to its "
                "minor unit; each says which in its notes, and the journal keeps the exact values.",
                nullptr, m_rounded);
        return {};
    }

    // A journal that is mostly broken is not "imported with some rejects": it is the wrong journal, the wrong
    // mapping or the wrong timezone, and keeping its remains would mislead. Nothing is kept (the transaction rolls
    // back), and the message names the first rejects.
    Status refuseMostlyBroken(const QString& hint) const
    {
        const int seen = m_summary.transactions + m_notFiled + m_summary.rejected;
        if (!(m_summary.rejected > 0 && m_summary.rejected * 100 > seen * PosImportSummary::FailPercent))
            return {};
        QStringList first;
        for (const PosReject& r : std::as_const(m_rejects))
            if (!r.duplicate && first.size() < 3)
                first << PosService::tr("%1: %2").arg(r.where, r.reason);
        return failure(PosService::tr("Import failed: %1 of %2 transactions in the journal were rejected (more than "
                                      "half), so nothing was imported. First rejects: %3")
                           .arg(m_summary.rejected)
                           .arg(seen)
                           .arg(first.join(QStringLiteral("; ")))
                       + (hint.isEmpty() ? QString() : QStringLiteral(". ") + hint));
    }

    // Journals name the store by the POS system's own id (NCR's RetailStoreID, Futura's UnitID), which is often not
    // LP Desk's: how an administrator tells LP Desk which store that is, in the GUI and with lpdesk-cli.
    QString unknownStoresHint() const
    {
        if (m_unknownStores.isEmpty())
            return {};
        QStringList ids = m_unknownStores.values();
        ids.sort();
        const QString first = ids.constFirst();
        return PosService::tr("The journal names its store %1. If that is the POS system's id for store %2, an "
                              "administrator adds it to the store's POS store ids (Stores menu, Stores…, select %2, "
                              "\"POS store ids…\"; or \"lpdesk-cli store pos-id %2 --add %3\"), then the journal "
                              "imports.")
            .arg(ids.join(QStringLiteral(", ")), m_store, first);
    }

    void noteDateOrder()
    {
        if (m_slashDates.count() == 0 || m_dateOrder == PosDateOrder::Undecided)
            return;
        const QString how = m_dateOrder == PosDateOrder::MonthFirst ? PosService::tr("month first (M/d/yyyy)")
                                                                    : PosService::tr("day first (d/M/yyyy)");
        if (!m_options.dateOrder.isEmpty()) {
            m_summary.notes << PosService::tr("Dates written with slashes were read %1, as the import said.").arg(how);
            return;
        }
        m_summary.notes << PosService::tr(
                               "Dates written with slashes were read %1, as the journal's own dates show (\"%2\").")
                               .arg(how, m_slashDates.example(m_dateOrder));
        // The import record keeps the order the journal's dates decided.
        m_options.dateOrder = PosSlashDates::orderName(m_dateOrder);
        m_options.dateOrderFromJournal = true;
    }

    // The import's counts, rejects and options on its row, the journal marked imported, and custody.
    Status recordImport()
    {
        QJsonArray rejectJson;
        for (const PosReject& r : m_summary.rejects)
            rejectJson.append(QJsonObject {{QLatin1String("where"), r.where},
                                           {QLatin1String("reason"), r.reason},
                                           {QLatin1String("duplicate"), r.duplicate}});
        QJsonObject kindsJson = m_summary.toJson().value(QLatin1String("kinds")).toObject();
        QSqlQuery q(m_sql);
        q.prepare(QStringLiteral("UPDATE pos_imports SET transactions = ?, line_items = ?, rejected = ?, "
                                 "rejects_json = ?, options_json = ?, kinds_json = ? WHERE id = ?"));
        q.addBindValue(m_summary.transactions);
        q.addBindValue(m_summary.lineItems);
        q.addBindValue(m_summary.rejected);
        q.addBindValue(QString::fromUtf8(QJsonDocument(rejectJson).toJson(QJsonDocument::Compact)));
        q.addBindValue(QString::fromUtf8(QJsonDocument(m_options.toJson()).toJson(QJsonDocument::Compact)));
        q.addBindValue(QString::fromUtf8(QJsonDocument(kindsJson).toJson(QJsonDocument::Compact)));
        q.addBindValue(m_summary.id);
        if (!q.exec())
            return failure(q.lastError().text());
        q.prepare(QStringLiteral("UPDATE evidence_files SET imported_at = ? WHERE id = ?"));
        q.addBindValue(utcNowString());
        q.addBindValue(m_evidenceId);
        q.exec();
        QJsonObject details {{QLatin1String("import_id"), m_summary.id},
                             {QLatin1String("format"), m_options.format},
                             {QLatin1String("sha256"), m_sha},
                             {QLatin1String("transactions"), m_summary.transactions},
                             {QLatin1String("line_items"), m_summary.lineItems},
                             {QLatin1String("rejected"), m_summary.rejected},
                             {QLatin1String("kinds"), kindsJson}};
        if (!m_mappedStores.isEmpty()) {
            QJsonObject mapped; // journal store id -> LP Desk store, where a POS store id was used
            for (auto it = m_mappedStores.constBegin(); it != m_mappedStores.constEnd(); ++it)
                mapped.insert(it.key(), it.value());
            details.insert(QLatin1String("store_ids_mapped"), mapped);
        }
        auto ev = CustodyRecorder(m_db).record(m_sql, QStringLiteral("evidence:") + m_evidenceId,
                                               QStringLiteral("pos_imported"), details);
        if (!ev)
            return ev.error();
        return {};
    }

    CaseDatabase& m_db;
    PosService& m_service;
    QSqlDatabase m_sql;
    const QString m_evidenceId, m_storeHint;
    PosImportOptions m_options;
    const std::atomic_bool* m_cancel;

    QString m_file, m_store, m_sha;
    std::unique_ptr<LpencDevice> m_device;
    QHash<QString, QTimeZone> m_zones;
    QHash<QString, double> m_offsets;
    QHash<QString, QString> m_posIdStores; // POS store id -> LP Desk store
    QMap<QString, QString> m_mappedStores; // the POS store ids this journal used, and their store
    QSet<QString> m_unknownStores; // store ids of transactions refused as another store's
    QSet<QString> m_knownStores; // LP Desk's store ids
    QSet<QString> m_storesNotKnown; // without a store: the journal's store ids that are no store's (or empty)
    int m_notFiled = 0; // transactions of those ids
    std::optional<Transaction> m_tx; // before the statements: they are finalised before it rolls back
    QSqlQuery m_insertTx {m_sql}, m_insertLine {m_sql}, m_dup {m_sql};

    PosImportSummary m_summary;
    QList<PosReject> m_rejects;
    QSet<QString> m_zonesApplied;
    int m_derivedDays = 0, m_rounded = 0;
    PosSlashDates m_slashDates;
    PosDateOrder m_dateOrder = PosDateOrder::Undecided;
};

} // namespace

Result<PosImportSummary> PosService::parseAndStore(const QString& evidenceId, const QString& storeHint,
                                                   PosImportOptions options, const std::atomic_bool* cancel)
{
    return PosJournalImport(m_db, *this, evidenceId, storeHint, std::move(options), cancel).run();
}

} // namespace lpdesk
