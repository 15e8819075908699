// Tools → Purge expired evidence: shows what the retention rules would purge (counts and sizes, and what is kept
// and why), asks for confirmation, then purges as a job of the queue (the Jobs panel shows its progress and Cancel).
#pragma once

#include <QCoreApplication>

class QWidget;

namespace lpdesk {

class CaseDatabase;
class QueuedJob;
struct PurgePlan;

class RetentionPurge
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::RetentionPurge)

public:
    // Returns the purge, a job of parent's queue (JobQueue::of), or nullptr when nothing was started (nothing to
    // purge, refused, or not confirmed).
    static QueuedJob* start(CaseDatabase& db, QWidget* parent, bool askFirst = true);
    // The confirmation's text: counts and sizes by evidence kind, and the expired items kept and why.
    static QString summary(const PurgePlan& plan);

private:
    static QString kindLine(const QString& kind, int count, qint64 bytes);
    static QString refusalLine(const QString& refusal, int count);
};

} // namespace lpdesk
