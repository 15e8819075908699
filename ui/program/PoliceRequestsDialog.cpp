#include "program/PoliceRequestsDialog.h"

#include "auth/Permissions.h"
#include "cases/CaseService.h"
#include "common/Theme.h"
#include "common/Time.h"
#include "common/WindowSize.h"
#include "db/CaseDatabase.h"
#include "police/RequestTemplates.h"
#include "program/PoliceRequestForm.h"
#include "program/ProgramWords.h"
#include "program/RequestTemplatesDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace lpdesk {

namespace {

constexpr int RequestIdRole = Qt::UserRole;

Status cancelled()
{
    return makeError(ErrorKind::Cancelled, PoliceRequestsDialog::tr("Cancelled."));
}

QString askedInWords(const QJsonObject& asked)
{
    QStringList parts;
    auto list = [&asked](const char* key) {
        return asked.value(QLatin1String(key)).toVariant().toStringList().join(QStringLiteral(", "));
    };
    if (!list("incidents").isEmpty())
        parts << PoliceRequestsDialog::tr("incidents %1").arg(list("incidents"));
    if (!list("stores").isEmpty())
        parts << PoliceRequestsDialog::tr("stores %1").arg(list("stores"));
    const QString from = asked.value(QLatin1String("from")).toString(),
                  to = asked.value(QLatin1String("to")).toString();
    if (!from.isEmpty() || !to.isEmpty())
        parts
            << PoliceRequestsDialog::tr("footage from %1 to %2").arg(ProgramWords::time(from), ProgramWords::time(to));
    const QString text = asked.value(QLatin1String("text")).toString();
    if (!text.isEmpty())
        parts << text;
    return parts.join(QStringLiteral("; "));
}

} // namespace

PoliceRequestsDialog::PoliceRequestsDialog(CaseDatabase& db, QWidget* parent)
    : QDialog(parent),
      m_db(db),
      m_state(new QComboBox(this)),
      m_search(new QLineEdit(this)),
      m_list(new QTreeWidget(this)),
      m_details(new QTextBrowser(this)),
      m_add(new QPushButton(tr("&Add…"), this)),
      m_link(new QPushButton(tr("&Link to case…"), this)),
      m_attach(new QPushButton(tr("Add &documents…"), this)),
      m_close(new QPushButton(tr("&Close request…"), this)),
      m_signOff(new QPushButton(tr("&Sign off exigent disclosure…"), this)),
      m_letter(new QPushButton(tr("Response le&tter…"), this)),
      m_templates(new QPushButton(tr("Te&mplates…"), this))
{
    setObjectName(QStringLiteral("policeRequests"));
    setWindowTitle(tr("Police requests"));
    resizeToFit(this, QSize(1100, 680));
    m_state->setObjectName(QStringLiteral("policeRequestState"));
    m_state->addItem(tr("Open"), QStringLiteral("open"));
    m_state->addItem(tr("Overdue"), QStringLiteral("overdue"));
    m_state->addItem(tr("Awaiting legal sign-off"), QStringLiteral("signoff"));
    m_state->addItem(tr("Closed"), QStringLiteral("closed"));
    m_state->addItem(tr("All"), QStringLiteral("all"));
    m_search->setObjectName(QStringLiteral("policeRequestSearch"));
    m_search->setPlaceholderText(tr("Filter by agency, officer, reference or case"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("policeRequestList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Agency"), tr("Kind"), tr("Reference"), tr("Received"), tr("Due"), tr("Status")});
    m_list->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_list->header()->setStretchLastSection(true);
    m_list->setMinimumWidth(420);
    m_details->setObjectName(QStringLiteral("policeRequestDetails"));
    m_details->setOpenLinks(false);
    m_details->setMinimumWidth(300);
    m_add->setObjectName(QStringLiteral("addPoliceRequest"));
    m_link->setObjectName(QStringLiteral("linkPoliceRequest"));
    m_attach->setObjectName(QStringLiteral("attachPoliceRequest"));
    m_close->setObjectName(QStringLiteral("closePoliceRequest"));
    m_signOff->setObjectName(QStringLiteral("signOffPoliceRequest"));
    m_letter->setObjectName(QStringLiteral("letterPoliceRequest"));
    m_letter->setToolTip(tr("Write the letter that answers this request, from its template, with the releases that "
                            "fulfil it"));
    m_templates->setObjectName(QStringLiteral("policeRequestTemplates"));
    m_templates->setToolTip(tr("The templates a request is recorded from and its response letter written with; "
                               "administrators publish new versions"));

    connectSignals(layOut());
    reload();
}

// The filters over the list and the details, the actions under them; returns the dialog's buttons.
QDialogButtonBox* PoliceRequestsDialog::layOut()
{
    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show:"), this));
    filters->addWidget(m_state);
    filters->addWidget(m_search, 1);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_list);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* actions = new QHBoxLayout;
    for (QPushButton* b : {m_add, m_link, m_attach, m_close, m_signOff, m_letter})
        actions->addWidget(b);
    actions->addStretch();
    actions->addWidget(m_templates);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    layout->addLayout(actions);
    layout->addWidget(buttons);
    return buttons;
}

void PoliceRequestsDialog::connectSignals(QDialogButtonBox* buttons)
{
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_state, &QComboBox::currentIndexChanged, this, &PoliceRequestsDialog::reload);
    connect(m_search, &QLineEdit::textChanged, this, &PoliceRequestsDialog::reload);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &PoliceRequestsDialog::showSelected);
    connect(m_add, &QPushButton::clicked, this, &PoliceRequestsDialog::addRequest);
    connect(m_templates, &QPushButton::clicked, this, &PoliceRequestsDialog::showTemplates);
    auto report = [this](const Status& s) {
        if (!s && s.error().kind != ErrorKind::Cancelled)
            QMessageBox::warning(this, windowTitle(), s.errorMessage());
    };
    connect(m_link, &QPushButton::clicked, this, [this, report] { report(linkSelected()); });
    connect(m_attach, &QPushButton::clicked, this, [this, report] { report(attachToSelected()); });
    connect(m_close, &QPushButton::clicked, this, [this, report] { report(closeSelected()); });
    connect(m_signOff, &QPushButton::clicked, this, [this, report] { report(signOffSelected()); });
    connect(m_letter, &QPushButton::clicked, this, [this, report] { report(writeLetterSelected()); });
    connect(m_details, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == QLatin1String("document"))
            saveDocument(url.path(), url.fragment());
    });
}

void PoliceRequestsDialog::reload()
{
    const QString keep = selectedId();
    const QString state = m_state->currentData().toString();
    auto all = PoliceRequests(m_db).list(state == QLatin1String("overdue"));
    m_list->clear();
    m_requests.clear();
    if (!all) {
        m_details->setPlainText(all.errorMessage());
        updateButtons();
        return;
    }
    const QDateTime now = utcNow();
    const QString needle = m_search->text().trimmed();
    for (const PoliceRequest& r : *all) {
        if ((state == QLatin1String("open") && r.state != QLatin1String("open"))
            || (state == QLatin1String("closed") && r.state != QLatin1String("closed"))
            || (state == QLatin1String("signoff") && !r.needsSignoff()))
            continue;
        if (!needle.isEmpty()
            && !QStringList {r.agency, r.officer, r.reference, r.caseIds.join(u' '), r.id}.join(u' ').contains(
                needle, Qt::CaseInsensitive))
            continue;
        QStringList flags;
        if (r.overdue(now))
            flags << tr("OVERDUE");
        if (r.signoffOverdue(now))
            flags << tr("legal sign-off overdue (due %1)").arg(ProgramWords::time(r.signoffDueAt));
        else if (r.needsSignoff())
            flags << tr("legal sign-off pending (due %1)").arg(ProgramWords::time(r.signoffDueAt));
        else if (r.signedLate())
            flags << tr("signed off late");
        if (!r.fulfilledBy.isEmpty())
            flags << tr("fulfilled");
        const QString status = (r.state == QLatin1String("closed") ? tr("closed") : tr("open"))
            + (flags.isEmpty() ? QString() : QStringLiteral(" — ") + flags.join(QStringLiteral(", ")));
        auto* item = new QTreeWidgetItem(m_list,
                                         {r.agency, ProgramWords::requestKind(r.kind), r.reference,
                                          ProgramWords::time(r.receivedAt), ProgramWords::time(r.dueAt), status});
        item->setData(0, RequestIdRole, r.id);
        if (r.overdue(now) || r.needsSignoff())
            for (int c = 0; c < m_list->columnCount(); ++c)
                item->setForeground(c, Theme::alertText(m_list->palette()));
        m_requests << r;
    }
    for (int c = 0; c < m_list->columnCount() - 1; ++c)
        m_list->resizeColumnToContents(c);
    if (!keep.isEmpty())
        select(keep);
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    showSelected();
}

bool PoliceRequestsDialog::select(const QString& requestId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->data(0, RequestIdRole).toString() == requestId) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return true;
        }
    return false;
}

QString PoliceRequestsDialog::selectedId() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(0, RequestIdRole).toString() : QString();
}

void PoliceRequestsDialog::showSelected()
{
    updateButtons();
    const QString id = selectedId();
    if (id.isEmpty()) {
        m_details->setHtml(tr("<p>No police request selected.</p>"));
        return;
    }
    auto r = PoliceRequests(m_db).show(id);
    if (!r) {
        m_details->setPlainText(r.errorMessage());
        return;
    }
    const QDateTime now = utcNow();
    auto row = [](const QString& label, const QString& value) {
        return QStringLiteral("<tr><td valign='top'><b>%1</b></td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    };
    QString html = QStringLiteral("<h3>%1 — %2</h3>")
                       .arg(ProgramWords::requestKind(r->kind).toHtmlEscaped(), r->agency.toHtmlEscaped());
    if (r->overdue(now))
        html += QStringLiteral("<p style='%1'><b>%2</b></p>")
                    .arg(Theme::css(Theme::Status::Alert, m_details->palette()),
                         tr("Overdue: it was due %1 and no release has fulfilled it.")
                             .arg(ProgramWords::time(r->dueAt))
                             .toHtmlEscaped());
    if (r->needsSignoff())
        html += QStringLiteral("<p style='%1'><b>%2</b></p>")
                    .arg(Theme::css(Theme::Status::Alert, m_details->palette()),
                         tr("Exigent disclosure: legal must sign it off by %1.")
                             .arg(ProgramWords::time(r->signoffDueAt))
                             .toHtmlEscaped());
    html += QStringLiteral("<table cellspacing='4'>");
    html += row(tr("Request"), r->id);
    html += row(tr("Officer"), r->officer);
    html += row(tr("Their reference"), r->reference);
    html += row(tr("Received"), ProgramWords::time(r->receivedAt));
    html += row(tr("Due"), r->dueAt.isEmpty() ? tr("no date given") : ProgramWords::time(r->dueAt));
    html += row(tr("Asks for"), askedInWords(r->asked));
    html += row(tr("Legal basis"), r->legalBasis);
    html += row(tr("Notes"), r->notes);
    html += row(tr("Cases"),
                r->caseIds.isEmpty() ? tr("not linked to a case yet") : r->caseIds.join(QStringLiteral(", ")));
    html += row(tr("Releases naming it"), r->releaseIds.join(QStringLiteral(", ")));
    html += row(tr("Fulfilled by"), r->fulfilledBy.join(QStringLiteral(", ")));
    if (r->kind == QLatin1String("exigent") && !r->signedOffAt.isEmpty())
        html += row(tr("Legal sign-off"),
                    tr("%1 at %2: %3").arg(r->signedOffBy, ProgramWords::time(r->signedOffAt), r->signoffNote));
    if (r->state == QLatin1String("closed"))
        html += row(tr("Closed"),
                    tr("by %1 at %2: %3").arg(r->closedBy, ProgramWords::time(r->closedAt), r->closeReason));
    html += row(tr("Recorded"), tr("by %1 at %2").arg(r->createdBy, ProgramWords::time(r->createdAt)));
    html += QStringLiteral("</table>");
    if (!r->documents.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Documents (encrypted; click to save a copy)"));
        for (const PoliceRequestDocument& d : r->documents) {
            QUrl url;
            url.setScheme(QStringLiteral("document"));
            url.setPath(d.id);
            url.setFragment(d.name);
            html += QStringLiteral("<li><a href='%1'>%2</a> — %3, SHA-256 %4</li>")
                        .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), d.name.toHtmlEscaped(),
                             QLocale().formattedDataSize(d.size), d.sha256.left(16) + QStringLiteral("…"));
        }
        html += QStringLiteral("</ul>");
    }
    m_details->setHtml(html);
}

void PoliceRequestsDialog::updateButtons()
{
    const Role role = m_db.session().role;
    const QString id = selectedId();
    const PoliceRequest* r = nullptr;
    for (const PoliceRequest& each : m_requests)
        if (each.id == id)
            r = &each;
    const bool writer = Permissions::allows(role, Action::RecordPoliceRequests);
    const bool open = r && r->state == QLatin1String("open");
    m_add->setEnabled(writer);
    m_link->setEnabled(writer && r);
    m_attach->setEnabled(writer && r);
    m_close->setEnabled(writer && open);
    m_signOff->setEnabled(Permissions::allows(role, Action::SignExigentDisclosure) && r && r->needsSignoff());
    m_letter->setEnabled(writer && r);
}

Status PoliceRequestsDialog::writeLetterSelected(const QString& pathIn)
{
    const QString id = selectedId();
    if (id.isEmpty())
        return makeError(ErrorKind::Usage, tr("Select a police request first."));
    QString path = pathIn;
    if (path.isEmpty()) {
        QString reference;
        for (const PoliceRequest& r : m_requests)
            if (r.id == id)
                reference = r.reference;
        static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
        const QString suggested
            = tr("letter-%1.txt")
                  .arg(QString(reference.isEmpty() ? id.left(8) : reference).replace(unsafe, QStringLiteral("-")));
        path = QFileDialog::getSaveFileName(this, tr("Save the response letter"), suggested, tr("Text files (*.txt)"));
        if (path.isEmpty())
            return cancelled();
    }
    auto letter = RequestTemplates(m_db).letter(id);
    if (!letter)
        return letter.error();
    QSaveFile f(path);
    const QByteArray bytes = letter->text.toUtf8();
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return failure(tr("Cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

PoliceRequestForm* PoliceRequestsDialog::addRequest()
{
    auto* form = new PoliceRequestForm(m_db, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &QDialog::accepted, this, [this, form] {
        const QString id = form->requestId();
        m_state->setCurrentIndex(m_state->findData(QStringLiteral("all")));
        m_search->clear();
        reload();
        select(id);
    });
    form->open();
    return form;
}

RequestTemplatesDialog* PoliceRequestsDialog::showTemplates()
{
    return RequestTemplatesDialog::openOver(m_db, this);
}

Status PoliceRequestsDialog::linkSelected(const QString& caseIdIn)
{
    const QString id = selectedId();
    if (id.isEmpty())
        return makeError(ErrorKind::Usage, tr("Select a police request first."));
    QString caseId = caseIdIn;
    if (caseId.isEmpty()) {
        auto cases = CaseService(m_db).list();
        if (!cases)
            return cases.error();
        QStringList labels;
        for (const CaseInfo& c : *cases)
            labels << tr("%1 — %2").arg(c.reference, c.title);
        bool ok = false;
        const QString chosen = QInputDialog::getItem(this, tr("Link to case"), tr("The case this request concerns:"),
                                                     labels, 0, false, &ok);
        if (!ok || chosen.isEmpty())
            return cancelled();
        caseId = cases->at(labels.indexOf(chosen)).id;
    }
    const Status done = PoliceRequests(m_db).link(id, caseId);
    reload();
    return done;
}

Status PoliceRequestsDialog::attachToSelected(const QStringList& filesIn)
{
    const QString id = selectedId();
    if (id.isEmpty())
        return makeError(ErrorKind::Usage, tr("Select a police request first."));
    const QStringList files
        = filesIn.isEmpty() ? QFileDialog::getOpenFileNames(this, tr("Documents from the police")) : filesIn;
    if (files.isEmpty())
        return cancelled();
    const Status done = PoliceRequests(m_db).attach(id, files);
    reload();
    return done;
}

Status PoliceRequestsDialog::closeSelected(const QString& reasonIn)
{
    const QString id = selectedId();
    if (id.isEmpty())
        return makeError(ErrorKind::Usage, tr("Select a police request first."));
    QString reason = reasonIn;
    if (reason.isEmpty()) {
        bool ok = false;
        reason
            = QInputDialog::getText(this, tr("Close request"), tr("Why is it closed (fulfilled, withdrawn, refused…)?"),
                                    QLineEdit::Normal, QString(), &ok)
                  .trimmed();
        if (!ok || reason.isEmpty())
            return cancelled();
    }
    const Status done = PoliceRequests(m_db).close(id, reason);
    reload();
    return done;
}

Status PoliceRequestsDialog::signOffSelected(const QString& noteIn)
{
    const QString id = selectedId();
    if (id.isEmpty())
        return makeError(ErrorKind::Usage, tr("Select a police request first."));
    QString note = noteIn;
    if (note.isEmpty()) {
        bool ok = false;
        note = QInputDialog::getText(this, tr("Sign off exigent disclosure"),
                                     tr("Legal's review of the disclosure made without process:"), QLineEdit::Normal,
                                     QString(), &ok)
                   .trimmed();
        if (!ok || note.isEmpty())
            return cancelled();
    }
    const Status done = PoliceRequests(m_db).signOff(id, note);
    reload();
    return done;
}

void PoliceRequestsDialog::saveDocument(const QString& documentId, const QString& name)
{
    if (!Permissions::allows(m_db.session().role, Action::OpenPoliceDocuments)) {
        QMessageBox::information(this, windowTitle(),
                                 Permissions::require(m_db.session(), Action::OpenPoliceDocuments).errorMessage());
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a copy of the document"), name);
    if (path.isEmpty())
        return;
    auto bytes = PoliceRequests(m_db).document(documentId);
    QSaveFile f(path);
    if (!bytes || !f.open(QIODevice::WriteOnly) || f.write(*bytes) != bytes->size() || !f.commit())
        QMessageBox::warning(this, windowTitle(), bytes ? f.errorString() : bytes.errorMessage());
}

} // namespace lpdesk
