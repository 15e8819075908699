// Streaming readers for POS journals — ARTS POSLog XML, CSV (with a column mapping) and LP Desk POS JSON — that
// hand over one transaction at a time, so a 500 MB journal imports in bounded memory. Hostile input: XML with a
// DTD (external entities, entity-expansion bombs) is refused outright; encoding errors and broken syntax stop the
// import with the line number; a bad record is rejected with where it is and why, and the rest goes on.
#pragma once

#include "common/Result.h"
#include "pos/PosTransaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

#include <atomic>
#include <functional>

class QIODevice;

namespace lpdesk {

struct PosReject
{
    QString where;
    QString reason;
};

// Which CSV column holds which field (LP Desk's names are the defaults).
struct PosCsvMapping
{
    QHash<QString, QString> columns; // field -> header in the file
    static PosCsvMapping standard();
    static Result<PosCsvMapping> fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
    static QStringList requiredFields();
};

class PosJournalReader
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::PosJournalReader)

public:
    static constexpr int MaxLinesPerTransaction = 10000;
    static constexpr qint64 MaxRecordBytes = 1024 * 1024;
    using Sink = std::function<Status(const PosTransaction&, const QString& recordRef)>;

    // poslog, csv or json, from the first bytes (the device is rewound).
    static Result<QString> detectFormat(QIODevice& device);
    static Status read(const QString& format, QIODevice& device, const PosCsvMapping& mapping, const Sink& sink,
                       QList<PosReject>* rejects, const std::atomic_bool* cancel = nullptr);

    static Result<qint64> parseMoney(QStringView text);
    static QStringList exceptionsOf(const PosTransaction& t);

private:
    static Status readPoslog(QIODevice& device, const Sink& sink, QList<PosReject>* rejects,
                             const std::atomic_bool* cancel);
    static Status readCsv(QIODevice& device, const PosCsvMapping& mapping, const Sink& sink, QList<PosReject>* rejects,
                          const std::atomic_bool* cancel);
    static Status readJson(QIODevice& device, const Sink& sink, QList<PosReject>* rejects,
                           const std::atomic_bool* cancel);
};

} // namespace lpdesk
