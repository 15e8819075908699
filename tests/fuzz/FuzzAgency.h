// The fuzz target for an agency's answers as a delivery step reads them (AgencyOutcome::fromAnswer), kept out of
// lpdesk_fuzz.cpp so that file does not grow.
#pragma once

#include <QByteArray>
#include <QList>

namespace lpdesk {

// Seed answers: retries with and without Retry-After (seconds, an HTTP-date, a huge number), final 4xx answers, a
// network error and a refused TLS certificate.
QList<QByteArray> agencyAnswerSeeds();
// Runs input through AgencyOutcome::fromAnswer and checks the outcome's rules. Returns the rule broken (nullptr:
// none); *accepted: the input was an answer (its status line parsed) and reached fromAnswer.
const char* checkAgencyAnswer(const QByteArray& input, bool* accepted);

} // namespace lpdesk
