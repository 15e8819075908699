// CSV journals: one row per line item, RFC 4180 quoting, a column mapping per store, and what European exports
// look like — ';' or tab separators (detected from the header), decimal commas, thousands separators, local times
// ("14.03.2026 15:02:11", or the date and the time in two columns) in the store's timezone, the vendor's words for
// line kinds and voids.
#pragma once

#include "pos/PosJournalReader.h"

namespace lpdesk {

class PosCsvJournal : public PosJournalFormat
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::PosCsvJournal)

public:
    // The separator a header line uses (the most frequent of , ; tab | outside quotes).
    static QChar detectDelimiter(const QString& headerLine);
    // The header's column names, for the mapping dialog.
    static QStringList splitHeader(const QString& headerLine, QChar delimiter);
    Status read(QIODevice& device, const PosReadOptions& options, const Sink& sink, QList<PosReject>* rejects,
                const std::atomic_bool* cancel) override;
};

} // namespace lpdesk
