#include "stores/PullDialog.h"

#include "common/JobQueue.h"
#include "common/LocaleText.h"
#include "common/Theme.h"
#include "common/WindowSize.h"
#include "db/CaseDatabase.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace lpdesk {

PullDialog::PullDialog(CaseDatabase& db, QStringList storeIds, QWidget* parent)
    : QDialog(parent),
      m_db(db),
      m_storeIds(std::move(storeIds)),
      m_storeLabel(new QLabel(this)),
      m_stageLabel(new QLabel(this)),
      m_overall(new QProgressBar(this)),
      m_current(new QProgressBar(this)),
      m_summaryView(new QTextBrowser(this))
{
    setWindowTitle(tr("Pull from stores"));
    setObjectName(QStringLiteral("pullDialog"));
    resizeToFit(this, QSize(620, 420));
    m_stageLabel->setWordWrap(true);
    m_stageLabel->setObjectName(QStringLiteral("stage"));
    m_overall->setObjectName(QStringLiteral("overallProgress"));
    m_current->setObjectName(QStringLiteral("currentProgress"));
    m_summaryView->setObjectName(QStringLiteral("summary"));
    m_summaryView->setVisible(false);
    auto* buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setEnabled(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Stores"), this));
    layout->addWidget(m_overall);
    layout->addWidget(m_storeLabel);
    layout->addWidget(m_current);
    layout->addWidget(m_stageLabel);
    layout->addWidget(m_summaryView, 1);
    layout->addWidget(buttons);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
        m_stageLabel->setText(tr("Cancelling… partial downloads are kept and resume at the next pull."));
        m_cancel->setEnabled(false);
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
}

// What a pull's job row says about a store's progress, in thousandths of the whole pull.
static void reportToQueue(const QueuedJob::ProgressFn& progress, const PullProgress& p)
{
    const int count = std::max(1, p.storeCount);
    const int within = p.total > 0 ? static_cast<int>(p.done * 1000 / p.total) : 0;
    progress(std::min(count, p.storeIndex) * 1000 + within, count * 1000,
             p.storeId.isEmpty() ? p.stage : QStringLiteral("%1: %2").arg(p.storeId, p.stage));
}

void PullDialog::start()
{
    m_running = true;
    m_overall->setRange(0, 0);
    m_current->setRange(0, 0);
    m_stageLabel->setText(tr("Waiting for another job to end…"));
    CaseDatabase* db = &m_db;
    const QStringList stores = m_storeIds;
    QPointer<PullDialog> self(this);
    auto out = std::make_shared<std::shared_ptr<Result<PullSummary>>>();
    m_job = JobQueue::of(this, m_db)
                ->add(tr("Pull from stores"),
                      [db, stores, self, out](const QueuedJob::ProgressFn& progress,
                                              const std::atomic_bool* cancel) -> Status {
                          *out = std::make_shared<Result<PullSummary>>(PullService(*db).pull(
                              stores,
                              [self, progress](const PullProgress& p) {
                                  reportToQueue(progress, p);
                                  // Hop to the UI thread; drop the update if the dialog is gone.
                                  QMetaObject::invokeMethod(
                                      qApp,
                                      [self, p] {
                                          if (self)
                                              self->onProgress(p);
                                      },
                                      Qt::QueuedConnection);
                              },
                              cancel));
                          const Result<PullSummary>& pulled = **out;
                          if (!pulled)
                              return pulled.error();
                          // A store that failed fails the job: said in the Jobs panel, never only in a closed dialog.
                          QStringList errors;
                          for (const StorePullResult& r : pulled->stores)
                              if (!r.error.isEmpty())
                                  errors << QStringLiteral("%1: %2").arg(r.storeId, r.error);
                          if (!errors.isEmpty())
                              return failure(errors.join(QLatin1Char('\n')));
                          if (pulled->cancelled())
                              return failure(tr("Cancelled; partial downloads are kept and resume at the next pull."));
                          return {};
                      });
    connect(m_job, &QueuedJob::started, this, [this] { m_stageLabel->setText(tr("Starting…")); });
    connect(m_job, &QueuedJob::finished, this, [this, out] {
        if (*out) {
            if ((*out)->ok())
                m_job->setDoneText(
                    tr("%n new incident(s), %1 new clip(s), %2 quarantined", nullptr, (*out)->value().newIncidents())
                        .arg((*out)->value().newMedia())
                        .arg((*out)->value().quarantined()));
            onDone(*out);
        } else {
            onDone(std::make_shared<Result<PullSummary>>(m_job->result().error())); // never started
        }
    });
}

void PullDialog::onProgress(const PullProgress& p)
{
    m_overall->setRange(0, p.storeCount);
    m_overall->setValue(p.storeIndex);
    m_storeLabel->setText(tr("Store %1 of %2: %3").arg(p.storeIndex + 1).arg(p.storeCount).arg(p.storeId));
    m_stageLabel->setText(p.stage);
    if (p.total > 0) {
        // Progress bars take int: scale bytes to per-mille.
        m_current->setRange(0, 1000);
        m_current->setValue(static_cast<int>(p.done * 1000 / p.total));
    } else {
        m_current->setRange(0, 0);
    }
}

void PullDialog::onDone(const std::shared_ptr<Result<PullSummary>>& result)
{
    m_running = false;
    m_cancel->setEnabled(false);
    m_close->setEnabled(true);
    m_close->setDefault(true);
    m_current->setRange(0, 1);
    m_current->setValue(1);
    m_summaryView->setVisible(true);
    if (!result->ok()) {
        m_overall->setRange(0, 1);
        m_stageLabel->setText(result->errorMessage());
        m_summaryView->setHtml(QStringLiteral("<p style='%1'>%2</p>")
                                   .arg(Theme::css(Theme::Status::Alert, m_summaryView->palette()),
                                        result->errorMessage().toHtmlEscaped()));
        Q_EMIT finished(false);
        return;
    }
    m_summary = result->value();
    m_overall->setRange(0, std::max<int>(1, static_cast<int>(m_summary.stores.size())));
    m_overall->setValue(static_cast<int>(m_summary.stores.size()));
    m_stageLabel->setText(m_summary.cancelled() ? tr("Cancelled.") : tr("Done."));
    QString html
        = QStringLiteral("<p><b>%1</b></p><ul>")
              .arg(tr("%n new incident(s), %1 new clip(s) (%2 MB), %3 quarantined", nullptr, m_summary.newIncidents())
                       .arg(m_summary.newMedia())
                       .arg(shown::decimal(static_cast<double>(m_summary.mediaBytes()) / 1e6, 1))
                       .arg(m_summary.quarantined()));
    const QPalette palette = m_summaryView->palette();
    for (const StorePullResult& r : m_summary.stores) {
        html += QStringLiteral("<li>%1: ").arg(r.storeId.toHtmlEscaped())
            + tr("%1 incidents, %2 clips, %3 POS journals, %4 quarantined")
                  .arg(r.newIncidents)
                  .arg(r.newMedia)
                  .arg(r.posJournals)
                  .arg(r.quarantined);
        if (!r.error.isEmpty())
            html += QStringLiteral("<br><span style='%1'>%2</span>")
                        .arg(Theme::css(Theme::Status::Alert, palette), r.error.toHtmlEscaped());
        if (r.cancelled)
            html += QStringLiteral(" — ") + tr("cancelled");
        // A drop that says another time zone or clock offset: shown, audited, not applied.
        for (const QString& d : r.differences)
            html += QStringLiteral("<br><span style='%1'>%2</span>")
                        .arg(Theme::css(Theme::Status::Warning, palette), d.toHtmlEscaped());
        html += QStringLiteral("</li>");
    }
    html += QStringLiteral("</ul>");
    if (m_summary.posImported > 0)
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("POS: %n journal(s) imported, %1 transactions", nullptr, m_summary.posImported)
                             .arg(m_summary.posTransactions));
    for (const QString& f : m_summary.posFailures)
        html += QStringLiteral("<p style='%1'>%2</p>")
                    .arg(Theme::css(Theme::Status::Alert, palette),
                         tr("POS journal not imported: %1").arg(f).toHtmlEscaped());
    m_summaryView->setHtml(html);
    Q_EMIT finished(m_summary.complete());
}

} // namespace lpdesk
