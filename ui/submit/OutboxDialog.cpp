#include "submit/OutboxDialog.h"

#include "auth/Permissions.h"
#include "common/JobQueue.h"
#include "common/LocaleText.h"
#include "common/StateLabels.h"
#include "common/WindowSize.h"
#include "db/CaseDatabase.h"
#include "submit/SubmissionService.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>
#include <utility>

namespace lpdesk {

OutboxDialog::OutboxDialog(CaseDatabase& db, QWidget* parent)
    : QDialog(parent),
      m_db(db),
      m_list(new QTreeWidget(this)),
      m_send(new QPushButton(tr("&Send due now"), this)),
      m_cancel(new QPushButton(tr("&Cancel submission"), this)),
      m_result(new QLabel(this))
{
    setWindowTitle(tr("Outbox"));
    setObjectName(QStringLiteral("outboxDialog"));
    resizeToFit(this, QSize(980, 420));
    m_list->setObjectName(QStringLiteral("outboxList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("State"), tr("Agency"), tr("Uploaded"), tr("Attempts"), tr("Next attempt"),
                             tr("Receipt"), tr("Last message")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_cancel->setObjectName(QStringLiteral("cancelSubmissionButton"));
    const bool sender = Permissions::allows(m_db.session().role, Action::SubmitRelease);
    m_send->setEnabled(sender);
    m_cancel->setEnabled(false);
    auto* row = new QHBoxLayout;
    row->addWidget(m_send);
    row->addWidget(m_cancel);
    row->addStretch();
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(row);
    m_result->setObjectName(QStringLiteral("outboxResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    layout->addWidget(close);
    connect(m_send, &QPushButton::clicked, this, &OutboxDialog::sendDue);
    connect(m_cancel, &QPushButton::clicked, this, &OutboxDialog::cancelSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this, sender](QTreeWidgetItem* item) {
        const QString state = item ? item->data(0, Qt::UserRole + 1).toString() : QString();
        m_cancel->setEnabled(sender && (state == QLatin1String("queued") || state == QLatin1String("waiting")));
    });
    auto* timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &OutboxDialog::reload);
    timer->start(2000);
    reload();
}

void OutboxDialog::reload()
{
    const QString keep = m_list->currentItem() ? m_list->currentItem()->data(0, Qt::UserRole).toString() : QString();
    auto submissions = SubmissionService(m_db).list();
    m_list->clear();
    if (!submissions)
        return;
    for (const Submission& s : *submissions) {
        const int percent = s.packageSize > 0 ? static_cast<int>(s.uploaded * 100 / s.packageSize) : 0;
        auto* item = new QTreeWidgetItem(
            m_list,
            {StateLabels::submissionState(s.state), s.agencyId,
             tr("%1% of %2 KiB").arg(shown::integer(percent), shown::integer(s.packageSize / 1024)),
             QString::number(s.attempts), s.state == QLatin1String("waiting") ? s.nextAttemptAt : QString(),
             s.receipt.value(QLatin1String("report_number")).toString(),
             s.state == QLatin1String("delivered") ? QString() : s.lastError});
        item->setData(0, Qt::UserRole, s.id);
        item->setData(0, Qt::UserRole + 1, s.state);
        item->setToolTip(6, s.lastError);
        if (s.id == keep)
            m_list->setCurrentItem(item);
    }
}

QString OutboxDialog::sentText(int sent, int followUps)
{
    return tr("%n submission(s) sent; ", nullptr, sent) + tr("%n police follow-up(s) recorded.", nullptr, followUps);
}

QueuedJob* OutboxDialog::sendDue()
{
    CaseDatabase* db = &m_db;
    // Counted by the job (its thread) and read when it has finished.
    auto counts = std::make_shared<std::pair<int, int>>(0, 0);
    // A job of the queue: the outbox (and every other window) stays usable while it sends; Cancel is in the Jobs
    // panel, and its end is told there, in the status bar and here.
    QueuedJob* job
        = JobQueue::of(this, m_db)
              ->add(tr("Sending the outbox"),
                    [db, counts](const QueuedJob::ProgressFn& progress, const std::atomic_bool* cancel) -> Status {
                        auto done = SubmissionService(*db).runDue(
                            30,
                            [&](qint64 d, qint64 t, const QString& stage) {
                                const int scale = t > (1LL << 30) ? 1024 : 1;
                                progress(static_cast<int>(d / scale), static_cast<int>(std::max<qint64>(0, t / scale)),
                                         stage);
                            },
                            cancel, &counts->second);
                        if (!done)
                            return done.error();
                        for (const Submission& s : *done)
                            counts->first += s.state == QLatin1String("delivered") ? 1 : 0;
                        for (const Submission& s : *done)
                            if (s.state == QLatin1String("failed"))
                                return failure(tr("Submission to %1 failed: %2").arg(s.agencyId, s.lastError));
                        return {};
                    });
    job->setObjectName(QStringLiteral("sendOutboxJob"));
    m_result->setText(tr("Sending: see Jobs (Ctrl+J) for its progress."));
    connect(job, &QueuedJob::finished, this, [this, job, counts](bool ok) {
        reload();
        const QString said = sentText(counts->first, counts->second);
        if (ok)
            job->setDoneText(said);
        m_result->setText(ok ? said : job->text() + QLatin1Char('\n') + said);
    });
    return job;
}

void OutboxDialog::cancelSelected()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    if (Status s = SubmissionService(m_db).cancel(item->data(0, Qt::UserRole).toString()); !s)
        QMessageBox::warning(this, windowTitle(), s.errorMessage());
    reload();
}

} // namespace lpdesk
