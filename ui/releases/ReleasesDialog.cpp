#include "releases/ReleasesDialog.h"

#include "cases/CaseService.h"
#include "cases/MediaLibrary.h"
#include "common/JobDialog.h"
#include "common/LocaleText.h"
#include "common/StateLabels.h"
#include "common/Time.h"
#include "custody/CustodyLog.h"
#include "custody/CustodyRecorder.h"
#include "db/CaseDatabase.h"
#include "export/ReleaseService.h"
#include "pos/PosService.h"
#include "redact/RedactionEditor.h"
#include "releases/ExportPackageDialog.h"
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

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

// Workstation events in the workstation's zone, with the offset, written the way the language writes dates.
QString when(const QString& utc)
{
    return shown::workstationTime(utc);
}

} // namespace

ReleasesDialog::ReleasesDialog(CaseDatabase& db, QWidget* parent)
    : QDialog(parent),
      m_db(db),
      m_list(new QTreeWidget(this)),
      m_pendingOnly(new QCheckBox(tr("&Pending only"), this)),
      m_details(new QTextBrowser(this)),
      m_note(new QPlainTextEdit(this)),
      m_contacts(new QCheckBox(tr("Release statement &contact details"), this)),
      m_anonymous(new QCheckBox(tr("Release the real &names of anonymous authors"), this)),
      m_customer(new QCheckBox(tr("Release customer &card digits and loyalty ids"), this)),
      m_approve(new QPushButton(tr("&Approve"), this)),
      m_reject(new QPushButton(tr("Re&ject"), this)),
      m_export(new QPushButton(tr("&Export package…"), this)),
      m_submit(new QPushButton(tr("&Submit to agency"), this)),
      m_redactions(new QPushButton(tr("Review &redactions side by side…"), this))
{
    setWindowTitle(tr("Releases"));
    setObjectName(QStringLiteral("releasesDialog"));
    resize(1000, 680);
    m_list->setObjectName(QStringLiteral("releaseList"));
    m_list->setHeaderLabels({tr("State"), tr("Case"), tr("Requested by"), tr("Requested"), tr("Items")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_details->setObjectName(QStringLiteral("releaseDetails"));
    m_note->setObjectName(QStringLiteral("decisionNote"));
    m_note->setPlaceholderText(tr("Reason for the decision (required)"));
    m_note->setMaximumHeight(70);
    m_note->setTabChangesFocus(true);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_approve->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_approve->setToolTip(tr("Approve (Ctrl+Enter)"));

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_pendingOnly);
    leftLayout->addWidget(m_list);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_details, 1);
    rightLayout->addWidget(m_redactions, 0, Qt::AlignLeft);
    rightLayout->addWidget(new QLabel(tr("Decision:"), right));
    rightLayout->addWidget(m_note);
    rightLayout->addWidget(m_contacts);
    rightLayout->addWidget(m_anonymous);
    rightLayout->addWidget(m_customer);
    auto* row = new QHBoxLayout;
    row->addWidget(m_approve);
    row->addWidget(m_reject);
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
    connect(m_approve, &QPushButton::clicked, this, &ReleasesDialog::approve);
    connect(m_reject, &QPushButton::clicked, this, &ReleasesDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &ReleasesDialog::exportPackage);
    connect(m_submit, &QPushButton::clicked, this, &ReleasesDialog::submitToAgency);
    m_submit->setObjectName(QStringLiteral("submitButton"));
    connect(m_redactions, &QPushButton::clicked, this, &ReleasesDialog::reviewRedactions);
    reload();
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
                                          when(r.requestedAt), shown::integer(r.items.size())});
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
    QString h;
    QString caseLine = r.caseId;
    if (auto c = CaseService(m_db).show(r.caseId))
        caseLine = QStringLiteral("%1 — %2").arg(c->reference, c->title);
    h += QStringLiteral("<h3>%1</h3>").arg(esc(caseLine));
    h += QStringLiteral("<p><b>%1</b> %2<br>").arg(esc(tr("State:")), esc(StateLabels::releaseState(r.state)));
    h += tr("Requested by %1 on %2").arg(esc(r.requestedBy), esc(when(r.requestedAt)));
    if (!r.recipient.isEmpty())
        h += QStringLiteral("<br>") + esc(tr("For: %1").arg(r.recipient));
    h += QStringLiteral("<br>") + esc(tr("Note: %1").arg(r.note));
    if (!r.decidedBy.isEmpty())
        h += QStringLiteral("<br>")
            + esc(tr("Decided by %1 on %2: %3").arg(r.decidedBy, when(r.decidedAt), r.decisionNote));
    if (!r.voidReason.isEmpty())
        h += QStringLiteral("<br><span style='color:#b00020'>%1</span>").arg(esc(tr("Void: %1").arg(r.voidReason)));
    if (!r.receipt.isEmpty()) {
        const QJsonObject receipt = r.receipt.value(QLatin1String("receipt")).toObject();
        h += QStringLiteral("<br><b>%1</b>")
                 .arg(esc(tr("Delivered to %1: report number %2, received %3")
                              .arg(r.receipt.value(QLatin1String("agency_id")).toString(),
                                   receipt.value(QLatin1String("report_number")).toString(),
                                   receipt.value(QLatin1String("received_at")).toString())));
    }
    if (!r.packageId.isEmpty())
        h += QStringLiteral("<br>") + esc(tr("Exported as package %1 on %2").arg(r.packageId, when(r.exportedAt)));
    h += QStringLiteral("</p>");
    const QString withheld = QStringLiteral("<span style='background:#fde2c4'>%1</span>");
    for (const ReleaseItem& item : r.items) {
        if (item.kind == QLatin1String("media")) {
            auto m = MediaLibrary(m_db).get(item.id);
            if (!m)
                continue;
            h += QStringLiteral("<p><b>%1</b><br>%2</p>")
                     .arg(esc(m->kind == QLatin1String("original")
                                  ? tr("Original clip, camera %1").arg(m->camera)
                                  : tr("%1 of a clip, camera %2").arg(m->operation, m->camera)),
                          esc(tr("%1 s, %2×%3, SHA-256 %4")
                                  .arg(shown::decimal(m->duration, 2))
                                  .arg(m->width)
                                  .arg(m->height)
                                  .arg(m->sha256)));
        } else if (item.kind == QLatin1String("statement")) {
            auto s = StatementService(m_db).get(item.id);
            if (!s)
                continue;
            QString who = esc(s->author);
            if (s->anonymous)
                who = withheld.arg(
                    esc(tr("%1 (anonymous; released as %2 unless names are allowed)").arg(s->author, s->pseudonym)));
            h += QStringLiteral("<p><b>%1</b> %2, %3<br>")
                     .arg(esc(tr("Statement v%1 by").arg(s->version)), who, esc(s->role));
            if (!s->contact.isEmpty())
                h += esc(tr("Contact:")) + QLatin1Char(' ')
                    + withheld.arg(esc(tr("%1 (withheld unless contacts are allowed)").arg(s->contact)))
                    + QStringLiteral("<br>");
            h += QStringLiteral("<i>%1</i></p>").arg(esc(s->text).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        } else if (item.kind == QLatin1String("pos")) {
            auto t = PosService(m_db).transaction(item.id);
            if (!t)
                continue;
            h += QStringLiteral("<p><b>%1</b> %2<br>")
                     .arg(esc(tr("POS register %1 #%2").arg(t->registerId, t->sequence)),
                          esc(tr("%1 %2 at %3").arg(t->currency).arg(shown::money(t->total)).arg(t->beginRaw)));
            for (const PosLineItem& l : t->lines) {
                if (!l.cardLast4.isEmpty())
                    h += withheld.arg(
                             esc(tr("card •••• %1 (withheld unless customer data is allowed)").arg(l.cardLast4)))
                        + QStringLiteral("<br>");
            }
            if (!t->loyaltyId.isEmpty())
                h += withheld.arg(esc(tr("loyalty id %1 (withheld unless customer data is allowed)").arg(t->loyaltyId)))
                    + QStringLiteral("<br>");
            h += QStringLiteral("</p>");
        }
    }
    h += QStringLiteral("<p style='color:#555'>%1</p>").arg(esc(tr("Content SHA-256 %1").arg(r.contentSha256)));
    // The case's chain of custody: verified, and its most recent events.
    QSqlDatabase conn = m_db.connection();
    const QString chain = CustodyLog::caseChain(r.caseId);
    if (auto report = CustodyRecorder::verify(conn, chain)) {
        h += QStringLiteral("<h4>%1</h4><p>%2</p>")
                 .arg(esc(tr("Chain of custody")),
                      report->ok() ? esc(tr("Intact: %n event(s), %1 signed checkpoint(s).", nullptr,
                                            static_cast<int>(report->chain.events))
                                             .arg(report->checkpoints))
                                   : QStringLiteral("<span style='color:#b00020'>%1</span>")
                                         .arg(esc(tr("BROKEN: %1").arg(report->chain.summary()))));
    }
    if (auto events = CustodyLog::events(conn, chain)) {
        h += QStringLiteral("<table cellspacing='0' cellpadding='2'>");
        const qsizetype from = std::max<qsizetype>(0, events->size() - 12);
        for (qsizetype i = from; i < events->size(); ++i) {
            const ChainEvent& e = events->at(i);
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                     .arg(e.seq)
                     .arg(esc(when(e.at)), esc(e.actor), esc(e.action));
        }
        h += QStringLiteral("</table>");
    }
    return h;
}

void ReleasesDialog::showCurrent()
{
    const QString id = currentId();
    const Session& me = m_db.session();
    bool pending = false, exportable = false, hasRedactions = false, submittable = false;
    if (id.isEmpty()) {
        m_details->setHtml(
            QStringLiteral("<p>%1</p>")
                .arg(esc(tr("No releases yet. Investigators request them from a case (Ctrl+Shift+R)."))));
    } else if (auto r = ReleaseService(m_db).show(id)) {
        m_details->setHtml(describe(*r));
        pending = r->state == QLatin1String("pending");
        exportable = r->state == QLatin1String("approved") || r->state == QLatin1String("exported");
        submittable = r->state == QLatin1String("approved") && r->purpose == QLatin1String("agency");
        for (const ReleaseItem& item : r->items)
            if (item.kind == QLatin1String("media"))
                if (auto m = MediaLibrary(m_db).get(item.id); m && m->operation == QLatin1String("redact"))
                    hasRedactions = true;
        if (pending && me.role == Role::Legal && r->requestedBy == me.userName)
            m_details->append(QStringLiteral("<p style='color:#b00020'>%1</p>")
                                  .arg(esc(tr("You asked for this release: another member of legal decides it."))));
    } else {
        m_details->setPlainText(r.errorMessage());
    }
    const bool canDecide = pending && me.role == Role::Legal;
    for (QWidget* w :
         std::initializer_list<QWidget*> {m_note, m_contacts, m_anonymous, m_customer, m_approve, m_reject})
        w->setEnabled(canDecide);
    m_export->setEnabled(exportable && (me.role == Role::Investigator || me.role == Role::Legal));
    m_redactions->setEnabled(hasRedactions);
    m_submit->setEnabled(submittable && (me.role == Role::Investigator || me.role == Role::Legal));
}

void ReleasesDialog::approve()
{
    decide(true);
}

void ReleasesDialog::reject()
{
    // Escape closes the dialog; the Reject button (and its shortcut) decides.
    if (sender() != m_reject) {
        QDialog::reject();
        return;
    }
    decide(false);
}

void ReleasesDialog::decide(bool approving)
{
    const QString id = currentId();
    const QString note = m_note->toPlainText().trimmed();
    if (id.isEmpty())
        return;
    if (note.isEmpty()) {
        QMessageBox::information(this, windowTitle(), tr("Give the reason for your decision in the note."));
        m_note->setFocus();
        return;
    }
    PiiDecision pii;
    pii.contacts = m_contacts->isChecked();
    pii.anonymousNames = m_anonymous->isChecked();
    pii.customerData = m_customer->isChecked();
    const Status done = approving ? ReleaseService(m_db).approve(id, note, pii) : ReleaseService(m_db).reject(id, note);
    if (!done) {
        QMessageBox::warning(this, windowTitle(), done.errorMessage());
        return;
    }
    m_note->clear();
    for (QCheckBox* b : {m_contacts, m_anonymous, m_customer})
        b->setChecked(false);
    reload();
    select(id);
}

void ReleasesDialog::exportPackage()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    auto* dialog = new ExportPackageDialog(m_db, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, id] {
        reload();
        select(id);
    });
    dialog->open();
}

void ReleasesDialog::submitToAgency()
{
    auto r = ReleaseService(m_db).show(currentId());
    if (!r)
        return;
    CaseDatabase* db = &m_db;
    const QString id = r->id, agency = r->agencyId;
    auto* job = new JobDialog(
        tr("Submitting to %1").arg(agency),
        [db, id, agency](const JobDialog::ProgressFn& progress, const std::atomic_bool* cancel) -> Status {
            auto report = [&](qint64 d, qint64 t, const QString& stage) {
                const int scale = t > (1LL << 30) ? 1024 : 1;
                progress(static_cast<int>(d / scale), static_cast<int>(std::max<qint64>(0, t / scale)), stage);
            };
            SubmissionService service(*db);
            auto queued = service.queue(id, agency, report, cancel);
            if (!queued) {
                db->releaseThreadConnection();
                return queued.error();
            }
            auto s = service.deliver(*queued, 30, report, cancel);
            db->releaseThreadConnection();
            if (!s)
                return s.error();
            if (s->state == QLatin1String("failed"))
                return failure(s->lastError);
            if (s->state != QLatin1String("delivered"))
                return failure(tr("Not delivered yet (%1); it stays in the outbox and is retried.").arg(s->lastError));
            return {};
        },
        this);
    job->setAttribute(Qt::WA_DeleteOnClose);
    connect(job, &JobDialog::finished, this, [this, id] {
        reload();
        select(id);
    });
    job->open();
    job->start();
}

void ReleasesDialog::reviewRedactions()
{
    auto r = ReleaseService(m_db).show(currentId());
    if (!r)
        return;
    for (const ReleaseItem& item : r->items) {
        auto m = MediaLibrary(m_db).get(item.id);
        if (!m || m->operation != QLatin1String("redact") || m->parentId.isEmpty())
            continue;
        auto* window = new QDialog(this);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->setWindowTitle(tr("Redaction review — camera %1").arg(m->camera));
        window->resize(1200, 700);
        auto* editor = new RedactionEditor(m_db, r->caseId, m->parentId, window);
        editor->setReviewMode(true);
        auto* layout = new QVBoxLayout(window);
        layout->addWidget(editor);
        window->open();
        return; // one at a time: the first redaction in the release
    }
}

} // namespace lpdesk
