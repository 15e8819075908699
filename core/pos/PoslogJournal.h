// ARTS POSLog XML as the vendors write it: the IXRetail namespace, the POSLog 6.0 namespace or none; vendor
// extension namespaces (NCR ACS `acs:`, Futura `fu:`, Xstore `dtv:`, …) kept as extensions, with the few vendor
// spellings that matter to an investigator understood (storno, loyalty ids); store ids from RetailStoreID or
// BusinessUnit/UnitID; journal-level RetailStoreID/BusinessDayDate as defaults for every transaction.
#pragma once

#include "pos/PosJournalReader.h"

namespace lpdesk {

class PoslogJournal : public PosJournalFormat
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::PoslogJournal)

public:
    static bool isArtsNamespace(QStringView uri);
    Status read(QIODevice& device, const PosReadOptions& options, const Sink& sink, QList<PosReject>* rejects,
                const std::atomic_bool* cancel) override;
};

} // namespace lpdesk
