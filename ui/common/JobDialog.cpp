#include "common/JobDialog.h"

#include "common/Background.h"
#include "common/WindowSize.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace lpdesk {

JobDialog::JobDialog(const QString& title, Work work, QWidget* parent)
    : QDialog(parent), m_work(std::move(work)), m_text(new QLabel(this)), m_bar(new QProgressBar(this))
{
    setWindowTitle(title);
    setObjectName(QStringLiteral("jobDialog"));
    resizeToFit(this, QSize(460, 140));
    m_text->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("jobText"));
    auto* buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setEnabled(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_bar);
    layout->addWidget(buttons);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancelFlag->store(true);
        m_cancel->setEnabled(false);
        m_text->setText(tr("Cancelling…"));
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
}

JobDialog::JobDialog(CaseDatabase& db, const QString& title, Work work, QWidget* parent)
    : JobDialog(title, std::move(work), parent)
{
    m_db = &db;
}

JobDialog::~JobDialog()
{
    m_cancelFlag->store(true);
}

void JobDialog::reject()
{
    if (m_running) {
        m_cancelFlag->store(true);
        m_cancel->setEnabled(false);
        return;
    }
    QDialog::reject();
}

void JobDialog::start()
{
    m_running = true;
    m_bar->setRange(0, 0);
    m_text->setText(m_workingText.isEmpty() ? tr("Working…") : m_workingText);
    auto cancel = m_cancelFlag;
    QPointer<JobDialog> self(this);
    Work work = m_work;
    auto run = [work, cancel, self]() {
        ProgressFn progress = [self](int done, int total, const QString& text) {
            QMetaObject::invokeMethod(
                qApp,
                [self, done, total, text] {
                    if (!self)
                        return;
                    self->m_bar->setRange(0, std::max(1, total));
                    self->m_bar->setValue(done);
                    if (!text.isEmpty())
                        self->m_text->setText(text);
                },
                Qt::QueuedConnection);
        };
        return std::make_shared<Status>(work(progress, cancel.get()));
    };
    auto finished = [this](std::shared_ptr<Status> status) { done(*status); };
    if (!m_db) {
        runInBackground<std::shared_ptr<Status>>(this, std::move(run), std::move(finished));
        return;
    }
    // The job's own cancel flag is the one the database sets when it closes.
    if (!runOnDatabase<std::shared_ptr<Status>>(
            *m_db, this, [run](const std::atomic_bool&) { return run(); }, std::move(finished), m_cancelFlag))
        done(failure(tr("The database is closing; the job was not started.")));
}

void JobDialog::done(const Status& status)
{
    m_running = false;
    m_result = status;
    m_cancel->setEnabled(false);
    m_close->setEnabled(true);
    m_close->setDefault(true);
    m_bar->setRange(0, 1);
    m_bar->setValue(1);
    m_text->setText(status.ok() ? tr("Done.") : status.errorMessage());
    Q_EMIT finished(status.ok());
}

} // namespace lpdesk
