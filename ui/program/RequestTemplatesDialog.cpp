#include "program/RequestTemplatesDialog.h"

#include "auth/Permissions.h"
#include "auth/Session.h"
#include "common/Theme.h"
#include "common/Time.h"
#include "common/WindowSize.h"
#include "db/CaseDatabase.h"
#include "police/PoliceRequests.h"
#include "program/ProgramWords.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTextCursor>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace lpdesk {

namespace {

constexpr int NameRole = Qt::UserRole;

void describe(QWidget* w, const QString& name, const QString& tip)
{
    w->setAccessibleName(name);
    w->setToolTip(tip);
}

} // namespace

RequestTemplatesDialog::RequestTemplatesDialog(CaseDatabase& db, QWidget* parent)
    : QDialog(parent),
      m_db(db),
      m_admin(Permissions::allows(db.session().role, Action::ManageRequestTemplates)),
      m_templates(new QTreeWidget(this)),
      m_title(new QLineEdit(this)),
      m_kind(new QComboBox(this)),
      m_dueDays(new QSpinBox(this)),
      m_legalBasis(new QPlainTextEdit(this)),
      m_asked(new QPlainTextEdit(this)),
      m_letter(new QPlainTextEdit(this)),
      m_placeholders(new QListWidget(this)),
      m_insert(new QPushButton(tr("Inse&rt"), this)),
      m_preview(new QPlainTextEdit(this)),
      m_unknown(new QLabel(this)),
      m_history(new QListWidget(this)),
      m_state(new QLabel(this)),
      m_publish(new QPushButton(tr("&Publish as new version…"), this)),
      m_new(new QPushButton(tr("&New template…"), this)),
      m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("requestTemplates"));
    setWindowTitle(tr("Police request templates[*]")); // [*]: marked while edits are not published

    setUpTemplateEditors();
    setUpLetterTools();
    connectSignals(layOut());
    reload();
    resizeToFit(this, QSize(1100, 760));
}

// The list and the fields of a template (read-only for everyone but an administrator).
void RequestTemplatesDialog::setUpTemplateEditors()
{
    m_templates->setObjectName(QStringLiteral("requestTemplateList"));
    m_templates->setRootIsDecorated(false);
    m_templates->setHeaderLabels({tr("Name"), tr("Version"), tr("Published"), tr("Title")});
    m_templates->header()->setStretchLastSection(true);
    describe(m_templates, tr("Request templates"),
             tr("Each template as it is in force: built in, or the latest version an administrator published"));
    m_title->setObjectName(QStringLiteral("templateTitle"));
    m_title->setMaxLength(200);
    describe(m_title, tr("Title"), tr("What the template is called where a request is recorded"));
    m_kind->setObjectName(QStringLiteral("templateKind"));
    for (const QString& k : PoliceRequests::kinds())
        m_kind->addItem(ProgramWords::requestKind(k), k);
    describe(m_kind, tr("Kind of request"), tr("The kind of police request this template is for"));
    m_dueDays->setObjectName(QStringLiteral("templateDueDays"));
    m_dueDays->setRange(0, RequestTemplates::MaxDueDays);
    m_dueDays->setSpecialValueText(tr("no due date"));
    m_dueDays->setSuffix(tr(" days"));
    describe(m_dueDays, tr("Due days"),
             tr("A request recorded from this template is due this many days after it was received"));
    m_legalBasis->setObjectName(QStringLiteral("templateLegalBasis"));
    describe(m_legalBasis, tr("Legal basis"), tr("The legal basis a request of this kind usually rests on"));
    m_asked->setObjectName(QStringLiteral("templateAsked"));
    describe(m_asked, tr("What is usually asked"), tr("What a request of this kind usually asks for, in words"));
    m_letter->setObjectName(QStringLiteral("templateLetter"));
    describe(m_letter, tr("Response letter"),
             tr("The letter that answers a request; {placeholders} are replaced with the request's own fields"));
    for (QPlainTextEdit* e : {m_legalBasis, m_asked, m_letter}) {
        e->setTabChangesFocus(true);
        e->setReadOnly(!m_admin);
    }
    m_legalBasis->setMaximumHeight(70);
    m_asked->setMaximumHeight(70);
    m_letter->setMinimumHeight(160);
    m_title->setReadOnly(!m_admin);
    m_kind->setEnabled(m_admin);
    m_dueDays->setReadOnly(!m_admin);
}

// The placeholders, the preview, the history and the buttons.
void RequestTemplatesDialog::setUpLetterTools()
{
    m_placeholders->setObjectName(QStringLiteral("templatePlaceholders"));
    for (const QString& p : RequestTemplates::placeholders()) {
        auto* item = new QListWidgetItem(QLatin1Char('{') + p + QLatin1Char('}'), m_placeholders);
        item->setData(NameRole, p);
    }
    m_placeholders->setMaximumWidth(160);
    describe(m_placeholders, tr("Placeholders"),
             tr("The fields of a request a letter may use; double-click one to insert it at the cursor"));
    m_insert->setObjectName(QStringLiteral("insertPlaceholder"));
    describe(m_insert, tr("Insert placeholder"), tr("Inserts the selected placeholder at the cursor in the letter"));
    m_insert->setEnabled(m_admin);
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_preview->setReadOnly(true);
    describe(m_preview, tr("Letter preview"), tr("The letter as it reads for a request with sample values"));
    m_unknown->setObjectName(QStringLiteral("templateUnknownPlaceholders"));
    m_unknown->setWordWrap(true);
    m_unknown->setTextFormat(Qt::PlainText);
    Theme::setStatus(m_unknown, Theme::Status::Warning);
    m_history->setObjectName(QStringLiteral("templateHistory"));
    m_history->setMaximumHeight(110);
    describe(m_history, tr("History"), tr("Every version of the selected template, newest first"));
    m_state->setObjectName(QStringLiteral("templateState"));
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText); // names and messages come from the database
    m_publish->setObjectName(QStringLiteral("publishTemplate"));
    describe(m_publish, tr("Publish as new version"),
             m_admin ? tr("Adds a version of the selected template; earlier versions stay as they were")
                     : tr("Only an administrator publishes request templates"));
    m_new->setObjectName(QStringLiteral("newTemplate"));
    describe(m_new, tr("New template"),
             m_admin ? tr("Starts a template under a new name from the fields shown")
                     : tr("Only an administrator adds request templates"));
    m_close->setObjectName(QStringLiteral("closeTemplates"));
    describe(m_close, tr("Close"), tr("Closes the templates; asks first about changes not published"));
}

// The list on the left, the template on the right; returns the dialog's buttons.
QDialogButtonBox* RequestTemplatesDialog::layOut()
{
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_templates, 1);
    leftLayout->addWidget(m_new, 0, Qt::AlignLeft);

    auto* right = new QWidget(this);
    auto* form = new QFormLayout;
    form->addRow(tr("T&itle:"), m_title);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Due:"), m_dueDays);
    form->addRow(tr("&Legal basis:"), m_legalBasis);
    form->addRow(tr("What is usually &asked:"), m_asked);
    auto* placeholderColumn = new QVBoxLayout;
    placeholderColumn->addWidget(new QLabel(tr("Placeholders:"), this));
    placeholderColumn->addWidget(m_placeholders, 1);
    placeholderColumn->addWidget(m_insert);
    auto* letterRow = new QHBoxLayout;
    letterRow->addWidget(m_letter, 1);
    letterRow->addLayout(placeholderColumn);
    auto* letterLabel = new QLabel(tr("Response le&tter:"), this);
    letterLabel->setBuddy(m_letter); // a row of a layout takes no buddy of its own
    form->addRow(letterLabel, letterRow);
    form->addRow(tr("Preview:"), m_preview);
    form->addRow(QString(), m_unknown);
    form->addRow(tr("&History:"), m_history);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(form, 1);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({440, 660}); // the list shows name, version and who published it when
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_publish, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_state);
    layout->addWidget(buttons);
    return buttons;
}

void RequestTemplatesDialog::connectSignals(QDialogButtonBox* buttons)
{
    connect(buttons, &QDialogButtonBox::rejected, this, &RequestTemplatesDialog::reject);
    connect(m_templates, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* now, QTreeWidgetItem* before) {
        if (m_loading)
            return;
        if (!before || before == now)
            return showSelected();
        if (!settleEdits()) {
            const QSignalBlocker block(m_templates);
            m_templates->setCurrentItem(before);
            return;
        }
        showSelected();
    });
    auto report = [this](const Status& s) {
        if (!s && s.error().kind != ErrorKind::Cancelled)
            QMessageBox::warning(this, tr("Police request templates"), s.errorMessage());
    };
    connect(m_publish, &QPushButton::clicked, this, [this, report] {
        QMessageBox question(
            QMessageBox::Question, tr("Police request templates"),
            tr("Publish the fields shown as a new version of the request template %1?").arg(m_shown.name),
            QMessageBox::Cancel, this);
        question.setObjectName(QStringLiteral("publishTemplateQuestion"));
        question.setInformativeText(tr("Requests recorded and letters written from now on use it; earlier versions "
                                       "stay as they were, in the history."));
        auto* go = question.addButton(tr("&Publish"), QMessageBox::AcceptRole);
        go->setObjectName(QStringLiteral("publishTemplateConfirm"));
        question.setDefaultButton(QMessageBox::Cancel);
        question.exec();
        if (question.clickedButton() == go)
            report(publish());
    });
    connect(m_new, &QPushButton::clicked, this, [this, report] { report(newTemplate()); });
    auto insertSelected = [this] {
        if (const QListWidgetItem* item = m_placeholders->currentItem())
            insertPlaceholder(item->data(NameRole).toString());
    };
    connect(m_insert, &QPushButton::clicked, this, insertSelected);
    connect(m_placeholders, &QListWidget::itemActivated, this, insertSelected);
    connect(m_letter, &QPlainTextEdit::textChanged, this, &RequestTemplatesDialog::updatePreview);
    for (QPlainTextEdit* e : {m_legalBasis, m_asked})
        connect(e, &QPlainTextEdit::textChanged, this, &RequestTemplatesDialog::updatePreview);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &RequestTemplatesDialog::updatePreview);
    connect(m_dueDays, &QSpinBox::valueChanged, this, &RequestTemplatesDialog::updatePreview);
    connect(m_title, &QLineEdit::textChanged, this, &RequestTemplatesDialog::updateButtons);
}

RequestTemplatesDialog* RequestTemplatesDialog::openOver(CaseDatabase& db, QWidget* parent)
{
    auto* dialog = new RequestTemplatesDialog(db, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QHash<QString, QString> RequestTemplatesDialog::sampleValues()
{
    const QDateTime received = utcNow().addDays(-2);
    return {{QStringLiteral("agency"), tr("Lakeview Police Department")},
            {QStringLiteral("officer"), tr("Det. Alex Sample")},
            {QStringLiteral("reference"), tr("LPD-2024-0042")},
            {QStringLiteral("kind"), RequestTemplates::kindName(QStringLiteral("subpoena"))},
            {QStringLiteral("request_id"), QStringLiteral("3f2a9c1e")},
            {QStringLiteral("received"), ProgramWords::time(toUtcString(received))},
            {QStringLiteral("due"), ProgramWords::time(toUtcString(received.addDays(14)))},
            {QStringLiteral("legal_basis"), tr("(the request's legal basis)")},
            {QStringLiteral("asked"), tr("Incidents: INC-0007\nStores: 0412")},
            {QStringLiteral("cases"), tr("CASE-0031")},
            {QStringLiteral("releases"),
             tr("- Release 5d1e, delivered on %1: 2 items, content SHA-256 …; package …, manifest SHA-256 …")
                 .arg(ProgramWords::time(toUtcString(received.addDays(1))))},
            {QStringLiteral("released_at"), ProgramWords::time(toUtcString(received.addDays(1)))},
            {QStringLiteral("today"), QDate::currentDate().toString(Qt::ISODate)},
            {QStringLiteral("author"), tr("(you)")}};
}

void RequestTemplatesDialog::reload()
{
    const QString keep = selectedName();
    QList<RequestTemplate> pending;
    for (const RequestTemplate& t : std::as_const(m_current))
        if (t.version < 0)
            pending << t;
    auto all = RequestTemplates(m_db).all();
    m_current = all ? *all : QList<RequestTemplate>();
    for (const RequestTemplate& p : std::as_const(pending)) {
        bool published = false;
        for (const RequestTemplate& t : std::as_const(m_current))
            published = published || t.name == p.name;
        if (!published)
            m_current << p;
    }
    {
        const QSignalBlocker block(m_templates);
        m_templates->clear();
        for (const RequestTemplate& t : std::as_const(m_current)) {
            QString version = t.version < 0 ? tr("new, not published")
                : t.version == 0            ? tr("built in")
                                            : tr("version %1").arg(t.version);
            if (!t.usable())
                version = tr("version %1 REFUSED").arg(t.refusedVersion);
            else if (t.refusedVersion > 0)
                version = tr("%1 (version %2 REFUSED)").arg(version).arg(t.refusedVersion);
            const QString published
                = t.version > 0 ? tr("by %1 at %2").arg(t.createdBy, ProgramWords::time(t.createdAt)) : QString();
            auto* item = new QTreeWidgetItem(m_templates, {t.name, version, published, t.title});
            item->setData(0, NameRole, t.name);
            if (!t.problem.isEmpty()) {
                item->setToolTip(1, t.problem);
                item->setForeground(1, Theme::alertText(m_templates->palette()));
            }
        }
        for (int c = 0; c < m_templates->columnCount() - 1; ++c)
            m_templates->resizeColumnToContents(c);
    }
    if (!all) {
        m_state->setText(all.errorMessage());
        Theme::setStatus(m_state, Theme::Status::Alert);
    }
    m_loading = true;
    if (keep.isEmpty() || !select(keep))
        m_templates->setCurrentItem(m_templates->topLevelItem(0));
    m_loading = false;
    showSelected();
}

bool RequestTemplatesDialog::select(const QString& name)
{
    for (int i = 0; i < m_templates->topLevelItemCount(); ++i)
        if (m_templates->topLevelItem(i)->data(0, NameRole).toString() == name) {
            m_templates->setCurrentItem(m_templates->topLevelItem(i));
            return m_templates->currentItem() == m_templates->topLevelItem(i);
        }
    return false;
}

QString RequestTemplatesDialog::selectedName() const
{
    const QTreeWidgetItem* item = m_templates->currentItem();
    return item ? item->data(0, NameRole).toString() : QString();
}

void RequestTemplatesDialog::showSelected()
{
    const QString name = selectedName();
    m_history->clear();
    RequestTemplate shown;
    for (const RequestTemplate& t : std::as_const(m_current))
        if (t.name == name)
            shown = t;
    showTemplate(shown);
    if (shown.version < 0) {
        m_history->addItem(tr("Not published yet"));
        return;
    }
    if (name.isEmpty())
        return;
    auto versions = RequestTemplates(m_db).history(name);
    if (!versions) {
        m_history->addItem(versions.errorMessage());
        return;
    }
    for (const RequestTemplate& v : *versions) {
        const QString when = v.version == 0
            ? tr("built in")
            : tr("version %1, published by %2 at %3").arg(v.version).arg(v.createdBy, ProgramWords::time(v.createdAt));
        auto* item = new QListWidgetItem(v.problem.isEmpty() ? tr("%1 — %2").arg(when, v.title)
                                                             : tr("%1 — REFUSED: %2").arg(when, v.problem),
                                         m_history);
        item->setToolTip(tr("SHA-256 %1").arg(v.sha256));
        if (!v.problem.isEmpty())
            item->setForeground(Theme::alertText(m_history->palette()));
    }
}

void RequestTemplatesDialog::showTemplate(const RequestTemplate& t)
{
    m_loading = true;
    m_shown = t;
    m_title->setText(t.title);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(t.kind)));
    m_dueDays->setValue(t.dueDays);
    m_legalBasis->setPlainText(t.legalBasis);
    m_asked->setPlainText(t.asked);
    m_letter->setPlainText(t.letter); // a fresh undo history: undo stops at what the template says
    if (!t.usable() && t.version > 0)
        m_shown.kind = m_kind->currentData().toString(); // no sound version: the empty form shown is not an edit
    m_loading = false;
    if (t.name.isEmpty())
        m_state->clear();
    else if (t.version < 0)
        m_state->setText(tr("New template %1: nothing is stored until it is published.").arg(t.name));
    else if (t.version == 0)
        m_state->setText(tr("%1: LP Desk's built-in template is in force.").arg(t.name));
    else
        m_state->setText(tr("%1: version %2 is in force (SHA-256 %3).").arg(t.name).arg(t.version).arg(t.sha256));
    Theme::setStatus(m_state, Theme::Status::Normal);
    if (!t.problem.isEmpty()) {
        // A damaged version is never used; say what stands in for it and how it is put right.
        const QString instead = !t.usable() ? tr("No sound version is left: the template cannot be used.")
            : t.version == 0                ? tr("LP Desk's built-in template stands in for it.")
                                            : tr("Version %1 stands in for it.").arg(t.version);
        m_state->setText(tr("%1: version %2 is REFUSED: %3 %4 Publish a new version to replace it.")
                             .arg(t.name)
                             .arg(t.refusedVersion)
                             .arg(t.problem, instead));
        Theme::setStatus(m_state, Theme::Status::Alert);
    }
    updatePreview();
}

RequestTemplate RequestTemplatesDialog::edited() const
{
    RequestTemplate t;
    t.name = m_shown.name;
    t.kind = m_kind->currentData().toString();
    t.title = m_title->text();
    t.dueDays = m_dueDays->value();
    t.legalBasis = m_legalBasis->toPlainText();
    t.asked = m_asked->toPlainText();
    t.letter = m_letter->toPlainText();
    return t;
}

bool RequestTemplatesDialog::hasUnsavedEdits() const
{
    if (m_shown.name.isEmpty())
        return false;
    if (m_shown.version < 0)
        return true;
    const RequestTemplate t = edited();
    return t.kind != m_shown.kind || t.title != m_shown.title || t.dueDays != m_shown.dueDays
        || t.legalBasis != m_shown.legalBasis || t.asked != m_shown.asked || t.letter != m_shown.letter;
}

void RequestTemplatesDialog::updatePreview()
{
    if (m_loading)
        return;
    QHash<QString, QString> values = sampleValues();
    const QString kind = m_kind->currentData().toString();
    values.insert(QStringLiteral("kind"), RequestTemplates::kindName(kind));
    if (!m_legalBasis->toPlainText().trimmed().isEmpty())
        values.insert(QStringLiteral("legal_basis"), m_legalBasis->toPlainText().trimmed());
    if (m_dueDays->value() == 0)
        values.insert(QStringLiteral("due"), tr("(no due date)"));
    m_preview->setPlainText(RequestTemplates::render(m_letter->toPlainText(), values));
    const QStringList unknown = RequestTemplates::unknownPlaceholders(m_letter->toPlainText());
    m_unknown->setText(
        unknown.isEmpty()
            ? QString()
            : tr("Not a field of a request, so publishing refuses it: {%1}").arg(unknown.join(QStringLiteral("}, {"))));
    m_unknown->setVisible(!unknown.isEmpty());
    updateButtons();
}

void RequestTemplatesDialog::updateButtons()
{
    m_publish->setEnabled(m_admin && !m_shown.name.isEmpty());
    m_new->setEnabled(m_admin);
    m_insert->setEnabled(m_admin);
    setWindowModified(hasUnsavedEdits());
}

void RequestTemplatesDialog::insertPlaceholder(const QString& name)
{
    if (m_letter->isReadOnly() || !RequestTemplates::placeholders().contains(name))
        return;
    // An edit block of its own: one step on the letter's undo stack, not merged into the typing before it.
    QTextCursor cursor = m_letter->textCursor();
    cursor.beginEditBlock();
    cursor.insertText(QLatin1Char('{') + name + QLatin1Char('}'));
    cursor.endEditBlock();
    m_letter->setTextCursor(cursor);
    m_letter->setFocus();
}

Status RequestTemplatesDialog::publish()
{
    auto t = RequestTemplates(m_db).publish(edited());
    if (!t) {
        m_state->setText(t.errorMessage());
        Theme::setStatus(m_state, Theme::Status::Alert);
        return t.error();
    }
    for (RequestTemplate& each : m_current)
        if (each.name == t->name)
            each = *t;
    m_shown = *t;
    reload();
    m_state->setText(tr("Published version %1 of %2 (SHA-256 %3).").arg(t->version).arg(t->name, t->sha256));
    Theme::setStatus(m_state, Theme::Status::Ok);
    return {};
}

Status RequestTemplatesDialog::newTemplate(const QString& nameIn)
{
    LP_TRY(Permissions::require(m_db.session(), Action::ManageRequestTemplates));
    if (!settleEdits())
        return makeError(ErrorKind::Cancelled, tr("Cancelled."));
    QString name = nameIn.trimmed();
    if (name.isEmpty()) {
        bool ok = false;
        name = QInputDialog::getText(this, tr("New request template"),
                                     tr("Name of the new template (lowercase letters, digits, '-' and '_'):"),
                                     QLineEdit::Normal, QString(), &ok)
                   .trimmed();
        if (!ok || name.isEmpty())
            return makeError(ErrorKind::Cancelled, tr("Cancelled."));
    }
    LP_TRY(RequestTemplates::checkName(name));
    for (const RequestTemplate& t : std::as_const(m_current))
        if (t.name == name) {
            select(name);
            return makeError(ErrorKind::Usage,
                             tr("There is already a request template %1: publish a new version of it.").arg(name));
        }
    RequestTemplate t = edited();
    t.name = name;
    t.version = -1;
    m_current << t;
    auto* item = new QTreeWidgetItem(m_templates, {t.name, tr("new, not published"), QString(), t.title});
    item->setData(0, NameRole, t.name);
    m_loading = true; // the edits were settled above
    m_templates->setCurrentItem(item);
    m_loading = false;
    showSelected();
    m_title->setFocus();
    m_title->selectAll();
    return {};
}

bool RequestTemplatesDialog::settleEdits()
{
    if (!hasUnsavedEdits())
        return true;
    QMessageBox question(QMessageBox::Question, tr("Police request templates"),
                         tr("The request template %1 has changes that are not published.").arg(m_shown.name),
                         QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    question.setObjectName(QStringLiteral("unsavedTemplateQuestion"));
    question.setInformativeText(tr("Publish them as a new version, discard them, or go back to them?"));
    question.button(QMessageBox::Save)->setText(tr("&Publish"));
    question.setDefaultButton(QMessageBox::Cancel);
    question.exec();
    if (question.clickedButton() == question.button(QMessageBox::Save)) {
        const Status st = publish();
        if (!st)
            QMessageBox::warning(this, tr("Police request templates"), st.errorMessage());
        return bool(st);
    }
    if (question.clickedButton() != question.button(QMessageBox::Discard))
        return false;
    if (m_shown.version < 0) {
        const QString name = m_shown.name;
        m_current.erase(std::remove_if(m_current.begin(), m_current.end(),
                                       [&name](const RequestTemplate& t) { return t.name == name; }),
                        m_current.end());
        const QSignalBlocker block(m_templates);
        for (int i = 0; i < m_templates->topLevelItemCount(); ++i)
            if (m_templates->topLevelItem(i)->data(0, NameRole).toString() == name)
                delete m_templates->takeTopLevelItem(i--);
        m_shown = {};
    } else {
        showTemplate(m_shown);
    }
    return true;
}

void RequestTemplatesDialog::reject()
{
    if (settleEdits())
        QDialog::reject();
}

} // namespace lpdesk
