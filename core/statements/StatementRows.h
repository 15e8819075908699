// StatementService's own: one statement as stored, read back with its attachments. Shared by
// StatementService.cpp (writing) and StatementReading.cpp (reading).
#pragma once

#include "statements/StatementService.h"

class QSqlDatabase;

namespace lpdesk::statementrows {

// The statement `id` with its attachments; NotFound when there is none.
Result<Statement> read(QSqlDatabase& db, const QString& id);

} // namespace lpdesk::statementrows
