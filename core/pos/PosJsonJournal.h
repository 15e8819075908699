// LP Desk POS JSON (`"format": "lpdesk-pos-json"`): a small streaming splitter finds the `transactions` array and
// parses one element at a time, so a large journal never sits in memory whole. Amounts may be JSON numbers or
// strings (decimal commas and thousands separators as the import options say); times may be local, and a
// transaction's time may be written as "date" and "time" instead of "begin".
#pragma once

#include "pos/PosJournalReader.h"

namespace lpdesk {

class PosJsonJournal : public PosJournalFormat
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::PosJsonJournal)

public:
    Status read(QIODevice& device, const PosReadOptions& options, const Sink& sink, QList<PosReject>* rejects,
                const std::atomic_bool* cancel) override;
};

} // namespace lpdesk
