// The words of store drop v1 for what happened and what raised it: the incident types (DESIGN.md's taxonomy)
// and the triggers. Store drops are checked against them; triage weights, procedures and holds are keyed by them.
#pragma once

#include <QStringList>

namespace lpdesk::IncidentTaxonomy {

const QStringList& types();
const QStringList& triggers();

} // namespace lpdesk::IncidentTaxonomy
