// POS journals as evidence and their link to cases. An import keeps the journal encrypted (with its SHA-256) and
// parses it from that encrypted copy; every transaction remembers the import and the record it came from; the
// whole import is one database transaction, so a journal that turns out to be broken leaves nothing behind.
// Register clock offsets are applied on import (begin_utc). Linking picks, per incident of a case, the
// transactions it references and the exception transactions at the incident's register within a window.
#pragma once

#include "common/Result.h"
#include "pos/PosJournalReader.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>

#include <atomic>
#include <optional>

namespace lpdesk {

class CaseDatabase;

// How a journal is read where it does not say: format, the timezone of local times (default: the store's), the
// order of dates written with slashes (default: what the journal's dates say), and for CSV the separator and the
// decimal mark (default: detected; ',' decimals with ';' separators).
struct PosImportOptions
{
    QString format = QStringLiteral("auto");
    QString timezone; // IANA id; empty = the store's zone from the store registry
    QString delimiter; // ",", ";", "tab", "|"; empty = detect
    QString decimal; // "." or ","; empty = by the separator
    QString dateOrder; // "mdy" or "dmy"; empty = from the journal's dates
    bool dateOrderFromJournal = false; // after an import: the journal's dates decided dateOrder
    static Result<PosImportOptions> make(const QString& format, const QString& timezone, const QString& delimiter,
                                         const QString& decimal, const QString& dateOrder = QString());
    QJsonObject toJson() const;
};

struct PosImportSummary
{
    QString id;
    QString evidenceId;
    int transactions = 0;
    int lineItems = 0;
    int rejected = 0; // broken records (duplicates not counted)
    int duplicates = 0; // already imported from an overlapping journal
    int voidedLines = 0;
    QMap<QString, int> kinds; // sale, return, void, no_sale, sign_on, …
    QStringList notes; // local times and the zone they took, derived business days, rounded amounts
    QList<PosReject> rejects; // the first 1000
    QJsonObject toJson() const;
    // "120 sales, 8 returns, 5 voided, …" in the investigator's words.
    QString kindsText() const;
    static QString kindLabel(const QString& kind);
    // More than half of the journal's records are broken: the import fails and keeps nothing.
    static constexpr int FailPercent = 50;
};

struct LinkedTransaction
{
    QString id;
    QString storeId;
    QString registerId;
    QString sequence;
    QString businessDay;
    QString beginRaw;
    QString beginUtc;
    QString operatorId;
    QString type;
    QString control;
    QString kind;
    bool voided = false;
    QString timeSource;
    QString timeWritten;
    QString zoneApplied;
    QStringList notes;
    QString currency;
    int exponent = 2; // decimals of the currency's minor unit that total and the line amounts count in
    qint64 total = 0;
    QStringList exceptions;
    QString recordRef;
    QString importId;
    QString how;
    QString incidentId;
    QString loyaltyId;
    QList<PosLineItem> lines;
    QJsonObject toJson(bool maskCustomerData = false) const;
};

// Where a transaction happens in a clip of the case: seconds from the clip's first frame, in true time (the
// register's and the camera's clock offsets both applied).
struct PosSeek
{
    QString mediaId;
    QString camera;
    double seconds = 0;
};

class PosService
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::PosService)

public:
    explicit PosService(CaseDatabase& db);

    Result<PosImportSummary> importFile(const QString& path, const QString& storeId, const QString& format,
                                        const std::atomic_bool* cancel = nullptr);
    Result<PosImportSummary> importFile(const QString& path, const QString& storeId, const PosImportOptions& options,
                                        const std::atomic_bool* cancel = nullptr);
    Result<PosImportSummary> importEvidence(const QString& evidenceId, const QString& format = QStringLiteral("auto"),
                                            const std::atomic_bool* cancel = nullptr);
    // Journals pulled from stores and not imported yet. A journal that fails stays pending, with its error in
    // `failures`; the others are imported.
    QList<PosImportSummary> importPending(QStringList* failures);

    Status setCsvMapping(const QString& storeId, const PosCsvMapping& mapping);
    PosCsvMapping csvMapping(const QString& storeId);

    // An import without a store of a journal that names stores LP Desk does not know is refused (ErrorKind::Usage);
    // the error's reason carries the ids, so that the CLI and the import dialog can offer them as the store.
    static QString unknownStoresReason(const QStringList& journalStoreIds);
    // The journal's unknown store ids when `error` is that refusal (possibly none: the journal named no store);
    // std::nullopt for any other error.
    static std::optional<QStringList> unknownStoresOf(const Error& error);

    // Returns the transactions newly linked.
    Result<QList<LinkedTransaction>> link(const QString& caseId, int windowSeconds = 120);
    Status linkManually(const QString& caseId, const QString& transactionId, bool link);
    Result<QList<LinkedTransaction>> linked(const QString& caseId);
    Result<LinkedTransaction> transaction(const QString& id);
    // Clips of the case from the camera over the transaction's register that cover its start.
    QList<PosSeek> seeks(const QString& caseId, const LinkedTransaction& transaction);

private:
    Result<PosImportSummary> parseAndStore(const QString& evidenceId, const QString& storeHint,
                                           PosImportOptions options, const std::atomic_bool* cancel);
    CaseDatabase& m_db;
};

} // namespace lpdesk
