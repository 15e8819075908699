#include "releases/ReleaseDecisionBox.h"

#include "auth/Permissions.h"
#include "auth/Session.h"
#include "common/JobQueue.h"
#include "db/CaseDatabase.h"
#include "db/TimestampSettings.h"
#include "export/ReleaseService.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lpdesk {

ReleaseDecisionBox::ReleaseDecisionBox(CaseDatabase& db, QWidget* parent)
    : QWidget(parent),
      m_db(db),
      m_note(new QPlainTextEdit(this)),
      m_contacts(new QCheckBox(tr("Release statement &contact details"), this)),
      m_anonymous(new QCheckBox(tr("Release the real &names of anonymous authors"), this)),
      m_customer(new QCheckBox(tr("Release customer card &digits and loyalty ids"), this)),
      m_approve(new QPushButton(tr("&Approve"), this)),
      m_reject(new QPushButton(tr("Re&ject"), this)),
      m_outcome(new QLabel(this))
{
    m_note->setObjectName(QStringLiteral("decisionNote"));
    m_note->setPlaceholderText(tr("Reason for the decision (required)"));
    m_note->setMaximumHeight(70);
    m_note->setTabChangesFocus(true);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    m_approve->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_approve->setToolTip(tr("Approve (Ctrl+Enter)"));
    m_outcome->setObjectName(QStringLiteral("decisionOutcome"));
    m_outcome->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Decision:"), this));
    layout->addWidget(m_note);
    layout->addWidget(m_contacts);
    layout->addWidget(m_anonymous);
    layout->addWidget(m_customer);
    auto* row = new QHBoxLayout;
    row->addWidget(m_approve);
    row->addWidget(m_reject);
    row->addWidget(m_outcome, 1);
    layout->addLayout(row);
    connect(m_approve, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decide(false); });
    setRelease({});
}

void ReleaseDecisionBox::setRelease(const QString& releaseId)
{
    if (releaseId != m_id)
        m_outcome->clear();
    m_id = releaseId;
    bool canDecide = false;
    if (!releaseId.isEmpty() && !m_job)
        if (auto r = ReleaseService(m_db).show(releaseId))
            canDecide = r->state == QLatin1String("pending")
                && Permissions::allows(m_db.session().role, Action::DecideRelease);
    setFieldsEnabled(canDecide);
}

QueuedJob* ReleaseDecisionBox::approvalJob() const
{
    return m_job.data();
}

void ReleaseDecisionBox::setFieldsEnabled(bool enabled)
{
    for (QWidget* w :
         std::initializer_list<QWidget*> {m_note, m_contacts, m_anonymous, m_customer, m_approve, m_reject})
        w->setEnabled(enabled);
}

bool ReleaseDecisionBox::decide(bool approving)
{
    const QString note = m_note->toPlainText().trimmed();
    if (m_id.isEmpty() || m_job)
        return false;
    if (note.isEmpty()) {
        m_outcome->setText(tr("Give the reason for your decision in the note."));
        m_note->setFocus();
        return false;
    }
    const QString id = m_id;
    if (!approving) {
        finish(id, false, ReleaseService(m_db).reject(id, note));
        return true;
    }
    PiiDecision pii;
    pii.contacts = m_contacts->isChecked();
    pii.anonymousNames = m_anonymous->isChecked();
    pii.customerData = m_customer->isChecked();
    // The approval is signed, time-stamped by the TSA when one is configured (a network round trip that may take
    // long) and written, all on a worker thread, as a job of the queue (not a modal dialog): Cancel in the Jobs panel
    // aborts the TSA request and nothing is written.
    CaseDatabase* db = &m_db;
    const QUrl tsa = TimestampSettings::configured(m_db).url;
    const QString working = tsa.isEmpty()
        ? tr("Signing the approval…")
        : tr("Signing the approval and waiting for the time-stamp from %1…").arg(tsa.toDisplayString());
    QueuedJob* job = JobQueue::of(this, m_db)
                         ->add(tr("Approving the release"),
                               [db, id, note, pii, working](const QueuedJob::ProgressFn& progress,
                                                            const std::atomic_bool* cancel) -> Status {
                                   progress(0, 0, working);
                                   return ReleaseService(*db).approve(id, note, pii, cancel);
                               });
    job->setObjectName(QStringLiteral("approvalJob"));
    job->setDoneText(tr("Approved. The investigator can now export the package."));
    m_job = job;
    setFieldsEnabled(false);
    m_outcome->setText(tr("Approving: see Jobs (Ctrl+J) for its progress."));
    connect(job, &QueuedJob::finished, this, [this, job, id] {
        m_job.clear();
        // Cancelled while it waited for its turn, too: said as a cancel.
        const bool cancelled = job->state() == QueuedJob::State::Cancelled;
        finish(id, true, cancelled ? Status(makeError(ErrorKind::Cancelled, job->text())) : job->result());
    });
    return true;
}

void ReleaseDecisionBox::finish(const QString& releaseId, bool approved, const Status& done)
{
    setRelease(releaseId);
    if (!done) {
        m_outcome->setText(done.error().kind == ErrorKind::Cancelled
                               ? tr("Cancelled. The release was not approved; it is still pending.")
                               : done.errorMessage());
        return;
    }
    m_note->clear();
    for (QCheckBox* b : {m_contacts, m_anonymous, m_customer})
        b->setChecked(false);
    m_outcome->setText(approved ? tr("Approved. The investigator can now export the package.")
                                : tr("Rejected. The investigator is told why."));
    Q_EMIT decided(releaseId, approved);
}

} // namespace lpdesk
