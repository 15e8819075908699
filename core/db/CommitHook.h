// Work every Transaction::commit() does first, inside the transaction it completes: the KPI rollups (metrics'
// KpiRollup::flush turns what the triggers marked into rollup rows). A failure rolls the whole transaction back.
// db may not depend on metrics, so metrics installs it (KpiRollup::install).
#pragma once

#include "common/Result.h"

#include <QSqlDatabase>

namespace lpdesk {

using BeforeCommit = Status (*)(QSqlDatabase&);
void setBeforeCommit(BeforeCommit hook);

} // namespace lpdesk
