#include "releases/ReleasesDialog.h"

#include "auth/Permissions.h"
#include "cases/CaseService.h"
#include "cases/MediaLibrary.h"
#include "common/JobQueue.h"
#include "common/LocaleText.h"
#include "common/StateLabels.h"
#include "common/Theme.h"
#include "common/Time.h"
#include "common/WindowSize.h"
#include "custody/ChainReader.h"
#include "custody/CustodyLog.h"
#include "db/CaseDatabase.h"
#include "export/ReleaseService.h"
#include "pos/PosService.h"
#include "releases/ExportPackageDialog.h"
#include "releases/ReleaseDecisionBox.h"
#include "releases/ReleaseReviewWindow.h"
#include "releases/ReleaseSummary.h"
#include "statements/StatementService.h"
#include "submit/SubmissionService.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QSqlDatabase>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lpdesk {

ReleasesDialog::ReleasesDialog(CaseDatabase& db, QWidget* parent)
    : QDialog(parent),
      m_db(db),
      m_list(new QTreeWidget(this)),
      m_pendingOnly(new QCheckBox(tr("&Pending only"), this)),
      m_details(new QTextBrowser(this)),
      m_decision(new ReleaseDecisionBox(db, this)),
      m_export(new QPushButton(tr("&Export package…"), this)),
      m_submit(new QPushButton(tr("&Submit to agency"), this)),
      m_review(new QPushButton(tr("Open &review (players, stills, custody)…"), this))
{
    setWindowTitle(tr("Releases"));
    setObjectName(QStringLiteral("releasesDialog"));
    resizeToFit(this, QSize(1000, 680));
    m_list->setObjectName(QStringLiteral("releaseList"));
    m_list->setHeaderLabels({tr("State"), tr("Case"), tr("Requested by"), tr("Requested"), tr("Items")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_details->setObjectName(QStringLiteral("releaseDetails"));
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_review->setObjectName(QStringLiteral("reviewButton"));
    setModal(false); // legal keeps the case open beside it

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_pendingOnly);
    leftLayout->addWidget(m_list);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_details, 1);
    rightLayout->addWidget(m_review, 0, Qt::AlignLeft);
    rightLayout->addWidget(m_decision);
    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_submit);
    row->addWidget(m_export);
    rightLayout->addLayout(row);
    auto* split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 2);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(close);

    connect(m_pendingOnly, &QCheckBox::toggled, this, &ReleasesDialog::reload);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ReleasesDialog::showCurrent);
    connect(m_decision, &ReleaseDecisionBox::decided, this, [this](const QString& id) {
        // The list is rebuilt (the release moves); the decision's confirmation stays in view.
        const QString said = m_decision->outcome()->text();
        reload();
        select(id);
        m_decision->outcome()->setText(said);
        Q_EMIT releaseChanged(id);
    });
    connect(m_list, &QTreeWidget::itemActivated, this, &ReleasesDialog::openReview);
    connect(m_export, &QPushButton::clicked, this, &ReleasesDialog::exportPackage);
    connect(m_submit, &QPushButton::clicked, this, &ReleasesDialog::submitToAgency);
    m_submit->setObjectName(QStringLiteral("submitButton"));
    connect(m_review, &QPushButton::clicked, this, &ReleasesDialog::openReview);
    reload();
}

QPlainTextEdit* ReleasesDialog::decisionNote() const
{
    return m_decision->note();
}
QCheckBox* ReleasesDialog::includeContacts() const
{
    return m_decision->contacts();
}
QPushButton* ReleasesDialog::approveButton() const
{
    return m_decision->approveButton();
}
QPushButton* ReleasesDialog::rejectButton() const
{
    return m_decision->rejectButton();
}

QString ReleasesDialog::currentId() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

bool ReleasesDialog::select(const QString& releaseId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->data(0, Qt::UserRole).toString() == releaseId) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return true;
        }
    return false;
}

void ReleasesDialog::reload()
{
    const QString keep = currentId();
    m_list->clear();
    auto releases = ReleaseService(m_db).list(m_pendingOnly->isChecked());
    if (!releases) {
        m_details->setPlainText(releases.errorMessage());
        return;
    }
    QList<Release> sorted = *releases;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Release& a, const Release& b) {
        return (a.state == QLatin1String("pending")) > (b.state == QLatin1String("pending"));
    });
    for (const Release& r : sorted) {
        QString reference = r.caseId.left(8);
        if (auto c = CaseService(m_db).show(r.caseId))
            reference = c->reference;
        auto* item = new QTreeWidgetItem(m_list,
                                         {StateLabels::releaseState(r.state), reference, r.requestedBy,
                                          ReleaseSummary::when(r.requestedAt), shown::integer(r.items.size())});
        item->setData(0, Qt::UserRole, r.id);
    }
    if (!keep.isEmpty() && select(keep))
        return;
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    else
        showCurrent();
}

QString ReleasesDialog::describe(const Release& r)
{
    return ReleaseSummary::html(m_db, r, m_details->palette());
}

void ReleasesDialog::showCurrent()
{
    const QString id = currentId();
    const Session& me = m_db.session();
    bool pending = false, exportable = false, submittable = false;
    if (id.isEmpty()) {
        m_details->setHtml(
            QStringLiteral("<p>%1</p>")
                .arg(tr("No releases yet. Investigators request them from a case (Ctrl+Shift+R).").toHtmlEscaped()));
    } else if (auto r = ReleaseService(m_db).show(id)) {
        m_details->setHtml(describe(*r));
        pending = r->state == QLatin1String("pending");
        exportable = r->state == QLatin1String("approved") || r->state == QLatin1String("exported");
        submittable = r->state == QLatin1String("approved") && r->purpose == QLatin1String("agency");
        if (pending && Permissions::allows(me.role, Action::DecideRelease) && r->requestedBy == me.userName)
            m_details->append(
                QStringLiteral("<p style='%1'>%2</p>")
                    .arg(Theme::css(Theme::Status::Alert, m_details->palette()),
                         tr("You asked for this release: another member of legal decides it.").toHtmlEscaped()));
    } else {
        m_details->setPlainText(r.errorMessage());
    }
    m_decision->setRelease(id);
    m_export->setEnabled(exportable && Permissions::allows(me.role, Action::ExportPackage));
    m_review->setEnabled(!id.isEmpty());
    m_submit->setEnabled(submittable && Permissions::allows(me.role, Action::SubmitRelease));
}

void ReleasesDialog::approve()
{
    m_decision->decide(true);
}

void ReleasesDialog::reject()
{
    // Escape closes the dialog; the Reject button (and its shortcut) decides.
    QDialog::reject();
}

void ReleasesDialog::exportPackage()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    auto* dialog = new ExportPackageDialog(m_db, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The dialog closes as the export starts; the list follows the job's end.
    connect(dialog, &ExportPackageDialog::exportStarted, this,
            [this, id](QueuedJob* job) { connect(job, &QueuedJob::finished, this, [this, id] { releaseEnded(id); }); });
    dialog->open();
}

void ReleasesDialog::releaseEnded(const QString& id)
{
    reload();
    select(id);
    Q_EMIT releaseChanged(id);
}

void ReleasesDialog::submitToAgency()
{
    auto r = ReleaseService(m_db).show(currentId());
    if (!r)
        return;
    CaseDatabase* db = &m_db;
    const QString id = r->id, agency = r->agencyId;
    auto reportNumber = std::make_shared<QString>();
    // A job of the queue: the list stays usable, and the submission's end is told even after it has closed.
    QueuedJob* job
        = JobQueue::of(this, m_db)
              ->add(tr("Submitting to %1").arg(agency),
                    [db, id, agency, reportNumber](const QueuedJob::ProgressFn& progress,
                                                   const std::atomic_bool* cancel) -> Status {
                        auto report = [&](qint64 d, qint64 t, const QString& stage) {
                            const int scale = t > (1LL << 30) ? 1024 : 1;
                            progress(static_cast<int>(d / scale), static_cast<int>(std::max<qint64>(0, t / scale)),
                                     stage);
                        };
                        SubmissionService service(*db);
                        auto queued = service.queue(id, agency, report, cancel);
                        if (!queued)
                            return queued.error();
                        auto s = service.deliver(*queued, 30, report, cancel);
                        if (!s)
                            return s.error();
                        if (s->state == QLatin1String("failed"))
                            return failure(s->lastError);
                        if (s->state != QLatin1String("delivered"))
                            return failure(
                                tr("Not delivered yet (%1); it stays in the outbox and is retried.").arg(s->lastError));
                        *reportNumber = s->receipt.value(QLatin1String("report_number")).toString();
                        return {};
                    });
    job->setObjectName(QStringLiteral("submitJob"));
    connect(job, &QueuedJob::finished, this, [this, id, job, agency, reportNumber](bool ok) {
        if (ok)
            job->setDoneText(reportNumber->isEmpty() ? tr("Delivered to %1.").arg(agency)
                                                     : tr("Delivered to %1: report %2.").arg(agency, *reportNumber));
        releaseEnded(id);
    });
}

ReleaseReviewWindow* ReleasesDialog::openReview()
{
    const QString id = currentId();
    if (id.isEmpty())
        return nullptr;
    // A window of its own (parented to the main window's level, not to this list), never modal.
    auto* window = new ReleaseReviewWindow(m_db, id, parentWidget());
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(window, &ReleaseReviewWindow::decided, this, [this, id] {
        reload();
        select(id);
        Q_EMIT releaseChanged(id);
    });
    window->show();
    window->raise();
    return window;
}

} // namespace lpdesk
