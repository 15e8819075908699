#include "program/RetentionPurge.h"

#include "common/JobDialog.h"
#include "db/CaseDatabase.h"
#include "retention/RetentionService.h"

#include <QLocale>
#include <QMessageBox>

namespace lpdesk {

JobDialog* RetentionPurge::start(CaseDatabase& db, QWidget* parent, bool askFirst)
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
    const QString question = tr("Delete %n expired item(s) (%1) for good? Their records stay as tombstones with "
                                "their hashes; custody and the audit log record the purge.",
                                nullptr, count)
                                 .arg(QLocale().formattedDataSize(plan->purgeableBytes()))
        + u'\n' + tr("%n expired item(s) are kept (legal hold, open case or pending release).", nullptr, kept);
    if (askFirst
        && QMessageBox::question(parent, tr("Purge expired evidence"), question, QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel)
            != QMessageBox::Yes)
        return nullptr;
    CaseDatabase* database = &db;
    auto* job = new JobDialog(
        *database, tr("Purging expired evidence"),
        [database](const JobDialog::ProgressFn& progress, const std::atomic_bool* cancel) -> Status {
            auto done = RetentionService(*database).purge([&](int d, int t) {
                progress(d, t, tr("%1 of %2 purged").arg(d).arg(t));
                return !cancel->load();
            });
            if (!done)
                return done.error();
            return {};
        },
        parent);
    job->setObjectName(QStringLiteral("purgeJob"));
    job->setAttribute(Qt::WA_DeleteOnClose);
    job->start();
    return job;
}

} // namespace lpdesk
