#include "program/RetentionPurge.h"

#include "common/JobQueue.h"
#include "db/CaseDatabase.h"
#include "retention/RetentionService.h"

#include <QLocale>
#include <QMessageBox>

#include <memory>

namespace lpdesk {

QString RetentionPurge::kindLine(const QString& kind, int count, qint64 bytes)
{
    const QString size = QLocale().formattedDataSize(bytes);
    if (kind == QLatin1String("original"))
        return tr("%n original(s), %1", nullptr, count).arg(size);
    if (kind == QLatin1String("still"))
        return tr("%n still(s), %1", nullptr, count).arg(size);
    if (kind == QLatin1String("pos_journal"))
        return tr("%n POS journal(s), %1", nullptr, count).arg(size);
    return tr("%n derivative(s), %1", nullptr, count).arg(size);
}

QString RetentionPurge::refusalLine(const QString& refusal, int count)
{
    if (refusal == QLatin1String("case_held"))
        return tr("%n kept: case on legal hold", nullptr, count);
    if (refusal == QLatin1String("incident_held"))
        return tr("%n kept: incident on legal hold", nullptr, count);
    if (refusal == QLatin1String("case_open"))
        return tr("%n kept: case still open", nullptr, count);
    if (refusal == QLatin1String("pending_submission"))
        return tr("%n kept: in a submission still in the outbox", nullptr, count);
    return tr("%n kept: in a pending release", nullptr, count);
}

// What the confirmation states: how many items and bytes go, by evidence kind, and how many expired items stay and
// why.
QString RetentionPurge::summary(const PurgePlan& plan)
{
    QStringList lines {tr("Delete %n expired item(s) (%1) for good? Their records stay as tombstones with their "
                          "hashes; custody and the audit log record the purge.",
                          nullptr, plan.purgeable())
                           .arg(QLocale().formattedDataSize(plan.purgeableBytes()))};
    for (const QString& kind : RetentionService::evidenceKinds()) {
        qint64 bytes = 0;
        if (const int n = plan.purgeable(kind, &bytes))
            lines << QStringLiteral("• ") + kindLine(kind, n, bytes);
    }
    const QMap<QString, int> kept = plan.refusals();
    for (auto it = kept.cbegin(); it != kept.cend(); ++it)
        lines << QStringLiteral("• ") + refusalLine(it.key(), it.value());
    return lines.join(u'\n');
}

QueuedJob* RetentionPurge::start(CaseDatabase& db, QWidget* parent, bool askFirst)
{
    auto plan = RetentionService(db).plan();
    if (!plan) {
        QMessageBox::warning(parent, tr("Purge expired evidence"), plan.errorMessage());
        return nullptr;
    }
    const int count = plan->purgeable();
    const int kept = static_cast<int>(plan->items.size()) - count;
    if (count == 0) {
        if (askFirst)
            QMessageBox::information(parent, tr("Purge expired evidence"),
                                     tr("Nothing to purge. %n expired item(s) are kept (legal hold, open case or "
                                        "pending release).",
                                        nullptr, kept));
        return nullptr;
    }
    if (askFirst) {
        QMessageBox confirm(QMessageBox::Question, tr("Purge expired evidence"), summary(*plan),
                            QMessageBox::Yes | QMessageBox::Cancel, parent);
        confirm.setObjectName(QStringLiteral("purgeConfirmation"));
        confirm.setDefaultButton(QMessageBox::Cancel);
        if (confirm.exec() != QMessageBox::Yes)
            return nullptr;
    }
    CaseDatabase* database = &db;
    auto purged = std::make_shared<int>(0); // counted by the job (its thread), read when it has finished
    // A job of the window's queue: listed in the Jobs panel with Cancel, its end told in the status bar. The purge
    // commits item by item, so a cancelled one leaves what it has not reached, and every purged item's tombstone.
    QueuedJob* job = JobQueue::of(parent, db)
                         ->add(tr("Purging expired evidence"),
                               [database, purged](const QueuedJob::ProgressFn& progress,
                                                  const std::atomic_bool* cancel) -> Status {
                                   auto done = RetentionService(*database).purge([&](int d, int t) {
                                       progress(d, t, tr("%1 of %2 purged").arg(d).arg(t));
                                       return !cancel->load();
                                   });
                                   if (!done)
                                       return done.error();
                                   *purged = static_cast<int>(done->size());
                                   if (cancel->load())
                                       return makeError(ErrorKind::Cancelled,
                                                        tr("Cancelled after %n item(s) purged.", nullptr, *purged));
                                   return {};
                               });
    job->setObjectName(QStringLiteral("purgeJob"));
    QObject::connect(job, &QueuedJob::finished, job, [job, purged](bool ok) {
        if (ok)
            job->setDoneText(tr("%n expired item(s) purged.", nullptr, *purged));
    });
    return job;
}

} // namespace lpdesk
