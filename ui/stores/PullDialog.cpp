#include "stores/PullDialog.h"

#include "common/Background.h"
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
        m_cancelFlag->store(true);
        m_stageLabel->setText(tr("Cancelling… partial downloads are kept and resume at the next pull."));
        m_cancel->setEnabled(false);
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
}

PullDialog::~PullDialog()
{
    m_cancelFlag->store(true);
}

void PullDialog::reject()
{
    if (m_running) {
        m_cancelFlag->store(true);
        m_cancel->setEnabled(false);
        return; // closes when the worker has stopped
    }
    QDialog::reject();
}

void PullDialog::start()
{
    m_running = true;
    m_overall->setRange(0, 0);
    m_current->setRange(0, 0);
    m_stageLabel->setText(tr("Starting…"));
    CaseDatabase* db = &m_db;
    const QStringList stores = m_storeIds;
    auto cancel = m_cancelFlag;
    QPointer<PullDialog> self(this);
    const bool started = runOnDatabase<std::shared_ptr<Result<PullSummary>>>(
        m_db, this,
        [db, stores, cancel, self](const std::atomic_bool&) {
            auto result = std::make_shared<Result<PullSummary>>(PullService(*db).pull(
                stores,
                [self](const PullProgress& p) {
                    // Hop to the UI thread; drop the update if the dialog is gone.
                    QMetaObject::invokeMethod(
                        qApp,
                        [self, p] {
                            if (self)
                                self->onProgress(p);
                        },
                        Qt::QueuedConnection);
                },
                cancel.get()));
            return result;
        },
        [this](std::shared_ptr<Result<PullSummary>> result) { onDone(result); }, cancel);
    if (!started)
        onDone(std::make_shared<Result<PullSummary>>(failure(tr("The database is closing; nothing was pulled."))));
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
