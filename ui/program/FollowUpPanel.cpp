#include "program/FollowUpPanel.h"

#include "auth/Permissions.h"
#include "common/JobQueue.h"
#include "common/Time.h"
#include "db/CaseDatabase.h"
#include "police/FollowUps.h"
#include "police/PoliceRequests.h"
#include "program/ProgramWords.h"
#include "submit/AgencyStatus.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lpdesk {

FollowUpPanel::FollowUpPanel(CaseDatabase& db, const QString& caseId, QWidget* parent)
    : QWidget(parent),
      m_db(db),
      m_caseId(caseId),
      m_list(new QTreeWidget(this)),
      m_requests(new QLabel(this)),
      m_kind(new QComboBox(this)),
      m_at(new QDateTimeEdit(QDateTime::currentDateTime(), this)),
      m_agencyCase(new QLineEdit(this)),
      m_officer(new QLineEdit(this)),
      m_amount(new QLineEdit(this)),
      m_note(new QLineEdit(this)),
      m_record(new QPushButton(tr("Record &follow-up"), this)),
      m_check(new QPushButton(tr("Check for police follow-&up"), this)),
      m_checkResult(new QLabel(this))
{
    setObjectName(QStringLiteral("followUpPanel"));
    m_list->setObjectName(QStringLiteral("followUpList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("When"), tr("What"), tr("Details")});
    m_list->header()->setStretchLastSection(true);
    m_requests->setObjectName(QStringLiteral("caseRequests"));
    m_requests->setWordWrap(true);
    m_kind->setObjectName(QStringLiteral("followUpKind"));
    for (const QString& k : FollowUps::kinds())
        m_kind->addItem(ProgramWords::followUpKind(k), k);
    m_at->setObjectName(QStringLiteral("followUpAt"));
    m_at->setCalendarPopup(true);
    m_at->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_agencyCase->setObjectName(QStringLiteral("followUpAgencyCase"));
    m_agencyCase->setPlaceholderText(tr("The agency's case number"));
    m_officer->setObjectName(QStringLiteral("followUpOfficer"));
    m_amount->setObjectName(QStringLiteral("followUpAmount"));
    m_amount->setPlaceholderText(tr("Value recovered, if any"));
    m_note->setObjectName(QStringLiteral("followUpNote"));
    m_record->setObjectName(QStringLiteral("recordFollowUp"));
    const bool writer = Permissions::allows(m_db.session().role, Action::RecordFollowUps);
    for (QWidget* w :
         std::initializer_list<QWidget*> {m_kind, m_at, m_agencyCase, m_officer, m_amount, m_note, m_record})
        w->setEnabled(writer);
    m_check->setObjectName(QStringLiteral("checkAgencyFollowUp"));
    m_check->setToolTip(tr("Ask the agencies this case was submitted to what they did, and record it"));
    m_check->setEnabled(writer);
    m_checkResult->setObjectName(QStringLiteral("agencyFollowUpResult"));
    m_checkResult->setWordWrap(true);
    m_checkResult->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&What:"), m_kind);
    form->addRow(tr("W&hen:"), m_at);
    form->addRow(tr("Agency &case:"), m_agencyCase);
    form->addRow(tr("Off&icer:"), m_officer);
    form->addRow(tr("Reco&vered:"), m_amount);
    form->addRow(tr("&Note:"), m_note);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_requests);
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_check);
    buttons->addStretch();
    buttons->addWidget(m_record);
    layout->addLayout(buttons);
    layout->addWidget(m_checkResult);

    connect(m_record, &QPushButton::clicked, this, [this] {
        const Status done = record();
        if (!done)
            QMessageBox::warning(this, tr("Police follow-up"), done.errorMessage());
    });
    connect(m_note, &QLineEdit::returnPressed, m_record, &QPushButton::click);
    connect(m_check, &QPushButton::clicked, this, &FollowUpPanel::checkAgencyFollowUp);
    reload();
}

void FollowUpPanel::reload()
{
    m_list->clear();
    if (!Permissions::allows(m_db.session().role, Action::ReadFollowUps)) {
        m_requests->setText(Permissions::require(m_db.session(), Action::ReadFollowUps).errorMessage());
        return;
    }
    if (auto list = FollowUps(m_db).list(m_caseId)) {
        for (const FollowUp& f : *list) {
            QStringList details;
            if (!f.agencyCase.isEmpty())
                details << tr("agency case %1").arg(f.agencyCase);
            if (!f.officer.isEmpty())
                details << tr("officer %1").arg(f.officer);
            if (f.amount)
                details << tr("recovered %1").arg(QLocale().toString(*f.amount, 'f', 2));
            if (!f.note.isEmpty())
                details << f.note;
            if (f.source == QLatin1String("agency"))
                details << tr("from the agency's response");
            auto* item = new QTreeWidgetItem(
                m_list,
                {ProgramWords::time(f.at), ProgramWords::followUpKind(f.kind), details.join(QStringLiteral("; "))});
            item->setToolTip(2, tr("Recorded by %1 at %2").arg(f.createdBy, ProgramWords::time(f.createdAt)));
        }
        m_list->resizeColumnToContents(0);
        m_list->resizeColumnToContents(1);
    } else {
        m_requests->setText(list.errorMessage());
        return;
    }
    QStringList lines;
    if (Permissions::allows(m_db.session().role, Action::ReadPoliceRequests))
        if (auto requests = PoliceRequests(m_db).list(false, m_caseId)) {
            const QDateTime now = utcNow();
            for (const PoliceRequest& r : *requests)
                lines << tr("%1 from %2 (%3)%4")
                             .arg(ProgramWords::requestKind(r.kind), r.agency,
                                  r.reference.isEmpty() ? r.id : r.reference,
                                  r.overdue(now) ? tr(" — OVERDUE") : QString());
        }
    m_requests->setText(lines.isEmpty() ? tr("No police request names this case.")
                                        : tr("Police requests: %1").arg(lines.join(QStringLiteral("; "))));
}

Status FollowUpPanel::record()
{
    FollowUpSpec s;
    s.caseId = m_caseId;
    s.kind = m_kind->currentData().toString();
    s.at = m_at->dateTime().toUTC();
    s.agencyCase = m_agencyCase->text().trimmed();
    s.officer = m_officer->text().trimmed();
    s.note = m_note->text().trimmed();
    if (!m_amount->text().trimmed().isEmpty()) {
        bool ok = false;
        const double v = QLocale().toDouble(m_amount->text().trimmed(), &ok);
        if (!ok)
            return makeError(ErrorKind::Usage, tr("The value recovered is a number, e.g. 49.99."));
        s.amount = v;
    }
    auto id = FollowUps(m_db).add(s);
    if (!id)
        return id.error();
    m_amount->clear();
    m_note->clear();
    reload();
    Q_EMIT followUpRecorded(*id);
    return {};
}

} // namespace lpdesk

namespace lpdesk {

namespace {

// What a check recorded, in words: one line per follow-up, then what could not be read.
QString checkedText(const AgencyStatus::Collected& collected)
{
    QStringList lines;
    for (const AgencyStatus::Recorded& r : collected.followUps) {
        QString line = FollowUpPanel::tr("%1 on %2, from %3")
                           .arg(ProgramWords::followUpKind(r.kind), ProgramWords::time(r.at), r.agencyId);
        if (!r.agencyCase.isEmpty())
            line += FollowUpPanel::tr(", agency case %1").arg(r.agencyCase);
        if (!r.officer.isEmpty())
            line += FollowUpPanel::tr(", officer %1").arg(r.officer);
        lines << line;
    }
    if (lines.isEmpty())
        lines << (collected.asked == 0 && collected.problems.isEmpty()
                      ? FollowUpPanel::tr("Nothing new: no agency has a status for this case's submissions yet.")
                      : FollowUpPanel::tr("Nothing new from the agencies."));
    else
        lines.prepend(
            FollowUpPanel::tr("%n new police follow-up(s) recorded:", nullptr, int(collected.followUps.size())));
    for (const QString& p : collected.problems)
        lines << FollowUpPanel::tr("Could not read the agency's status of %1").arg(p);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QueuedJob* FollowUpPanel::checkAgencyFollowUp()
{
    CaseDatabase* db = &m_db;
    const QString caseId = m_caseId;
    auto collected = std::make_shared<AgencyStatus::Collected>();
    // A job of the queue, not a modal dialog: progress and Cancel are in the Jobs panel; what it recorded (or why it
    // stopped) is said here, in the status bar and in the panel.
    QueuedJob* job = JobQueue::of(this, m_db)
                         ->add(tr("Checking for police follow-up"),
                               [db, caseId, collected](const QueuedJob::ProgressFn& progress,
                                                       const std::atomic_bool* cancel) -> Status {
                                   progress(0, 0, tr("Asking the agencies…"));
                                   auto got = AgencyStatus(*db).collectForCase(
                                       caseId,
                                       [&](int done, int total) {
                                           progress(done, total,
                                                    tr("Asking agency %1 of %2").arg(done + 1).arg(std::max(1, total)));
                                       },
                                       cancel);
                                   db->releaseThreadConnection();
                                   if (!got)
                                       return got.error();
                                   *collected = *got;
                                   return {};
                               });
    job->setObjectName(QStringLiteral("followUpJob"));
    m_checkResult->setText(tr("Asking the agencies: see Jobs (Ctrl+J) for its progress."));
    connect(job, &QueuedJob::finished, this, [this, job, collected](bool ok) {
        reload();
        const QString said = ok ? checkedText(*collected) : job->text();
        if (ok)
            job->setDoneText(said.section(QLatin1Char('\n'), 0, 0));
        m_checkResult->setText(said);
        Q_EMIT agencyChecked(ok);
    });
    return job;
}

} // namespace lpdesk
