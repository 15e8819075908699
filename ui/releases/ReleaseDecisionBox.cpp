#include "releases/ReleaseDecisionBox.h"

#include "auth/Permissions.h"
#include "auth/Session.h"
#include "db/CaseDatabase.h"
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
      m_customer(new QCheckBox(tr("Release customer &card digits and loyalty ids"), this)),
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
    if (!releaseId.isEmpty())
        if (auto r = ReleaseService(m_db).show(releaseId))
            canDecide = r->state == QLatin1String("pending")
                && Permissions::allows(m_db.session().role, Action::DecideRelease);
    for (QWidget* w :
         std::initializer_list<QWidget*> {m_note, m_contacts, m_anonymous, m_customer, m_approve, m_reject})
        w->setEnabled(canDecide);
}

bool ReleaseDecisionBox::decide(bool approving)
{
    const QString note = m_note->toPlainText().trimmed();
    if (m_id.isEmpty())
        return false;
    if (note.isEmpty()) {
        m_outcome->setText(tr("Give the reason for your decision in the note."));
        m_note->setFocus();
        return false;
    }
    PiiDecision pii;
    pii.contacts = m_contacts->isChecked();
    pii.anonymousNames = m_anonymous->isChecked();
    pii.customerData = m_customer->isChecked();
    const Status done
        = approving ? ReleaseService(m_db).approve(m_id, note, pii) : ReleaseService(m_db).reject(m_id, note);
    if (!done) {
        m_outcome->setText(done.errorMessage());
        return false;
    }
    m_note->clear();
    for (QCheckBox* b : {m_contacts, m_anonymous, m_customer})
        b->setChecked(false);
    const QString id = m_id;
    setRelease(id);
    m_outcome->setText(approving ? tr("Approved. The investigator can now export the package.")
                                 : tr("Rejected. The investigator is told why."));
    Q_EMIT decided(id, approving);
    return true;
}

} // namespace lpdesk
