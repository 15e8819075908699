// Writes POS journals in the three formats stores send: ARTS POSLog XML (with a vendor extension namespace),
// CSV (one row per line item, LP Desk's default column names) and LP Desk POS JSON. Used by the store simulator
// and by tests that need hostile or huge journals.
#pragma once

#include "pos/PosTransaction.h"

#include <QByteArray>
#include <QList>

namespace lpdesk {

class PosJournalWriter
{
public:
    static QByteArray poslog(const QList<PosTransaction>& transactions);
    static QByteArray csv(const QList<PosTransaction>& transactions);
    static QByteArray json(const QString& storeId, const QString& businessDay,
                           const QList<PosTransaction>& transactions);
};

} // namespace lpdesk
