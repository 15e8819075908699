#include "program/ProceduresDialog.h"

#include "auth/Permissions.h"
#include "auth/Session.h"
#include "common/LocaleText.h"
#include "common/StateLabels.h"
#include "common/Theme.h"
#include "common/WindowSize.h"
#include "db/CaseDatabase.h"
#include "metrics/SopLibrary.h"
#include "program/RequestTemplatesDialog.h"
#include "store/StoreDrop.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lpdesk {

namespace {

QString versionText(const Sop& s)
{
    return s.version == 0 ? ProceduresDialog::tr("built in")
                          : ProceduresDialog::tr("version %1, published by %2 at %3")
                                .arg(s.version)
                                .arg(s.createdBy, shown::workstationTime(s.createdAt));
}

} // namespace

QString procedureRefusal(const Sop& s)
{
    if (s.refusedVersion == 0)
        return {};
    return ProceduresDialog::tr("Version %1 is REFUSED: %2 Version %3 stands in for it.")
        .arg(s.refusedVersion)
        .arg(s.problem)
        .arg(s.version);
}

QString procedureHtml(const Sop& s)
{
    auto para = [](const QString& label, const QString& text) {
        return QStringLiteral("<p><b>%1</b><br>%2</p>")
            .arg(label.toHtmlEscaped(), text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    };
    // A damaged newest version is never shown: say so above the one that stands in for it.
    const QString refused = procedureRefusal(s);
    return (refused.isEmpty() ? QString() : QStringLiteral("<p><b>%1</b></p>").arg(refused.toHtmlEscaped()))
        + QStringLiteral("<h3>%1</h3><p><small>%2</small></p>")
              .arg(ProceduresDialog::tr("Procedure: %1").arg(s.title).toHtmlEscaped(), versionText(s).toHtmlEscaped())
        + para(ProceduresDialog::tr("Immediate actions"), s.immediate)
        + para(ProceduresDialog::tr("Reporting"), s.reporting)
        + para(ProceduresDialog::tr("Evidence to preserve"), s.preserve);
}

ProceduresDialog::ProceduresDialog(CaseDatabase& db, QWidget* parent)
    : QDialog(parent),
      m_db(db),
      m_type(new QComboBox(this)),
      m_title(new QLineEdit(this)),
      m_immediate(new QPlainTextEdit(this)),
      m_reporting(new QPlainTextEdit(this)),
      m_preserve(new QPlainTextEdit(this)),
      m_versions(new QListWidget(this)),
      m_state(new QLabel(this)),
      m_publish(new QPushButton(tr("&Publish as a new version"), this)),
      m_requestTemplates(new QPushButton(tr("Re&quest templates…"), this))
{
    setWindowTitle(tr("Procedures"));
    m_type->setObjectName(QStringLiteral("sopType"));
    m_type->addItem(tr("Any incident (general)"), QStringLiteral("*"));
    for (const QString& t : StoreDrop::incidentTypes())
        m_type->addItem(StateLabels::incidentType(t), t);
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText); // names and titles come from the database
    m_state->setObjectName(QStringLiteral("sopState"));
    m_versions->setObjectName(QStringLiteral("sopVersions"));
    m_versions->setMaximumHeight(110);
    const bool admin = Permissions::allows(m_db.session().role, Action::ManageSops);
    for (QPlainTextEdit* e : {m_immediate, m_reporting, m_preserve}) {
        e->setReadOnly(!admin);
        e->setTabChangesFocus(true);
        e->setMinimumHeight(70);
    }
    m_title->setReadOnly(!admin);
    m_title->setMaxLength(200);
    m_publish->setEnabled(admin);
    m_publish->setObjectName(QStringLiteral("sopPublish"));
    m_publish->setToolTip(admin ? tr("Adds a version; earlier versions stay as they were")
                                : tr("Only an administrator publishes procedures"));

    m_requestTemplates->setObjectName(QStringLiteral("openRequestTemplates"));
    m_requestTemplates->setToolTip(tr("The templates of police requests and of the letters that answer them"));

    auto* form = new QFormLayout;
    form->addRow(tr("Incident &type:"), m_type);
    form->addRow(tr("T&itle:"), m_title);
    form->addRow(tr("I&mmediate actions:"), m_immediate);
    form->addRow(tr("&Reporting:"), m_reporting);
    form->addRow(tr("&Evidence to preserve:"), m_preserve);
    form->addRow(tr("Versions:"), m_versions);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_publish, QDialogButtonBox::ActionRole);
    buttons->addButton(m_requestTemplates, QDialogButtonBox::ActionRole);
    connect(m_requestTemplates, &QPushButton::clicked, this, &ProceduresDialog::showRequestTemplates);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_publish, &QPushButton::clicked, this, [this] {
        const Status st = publish();
        if (!st && st.error().kind != ErrorKind::Cancelled)
            QMessageBox::warning(this, tr("Procedures"), st.errorMessage());
    });
    connect(m_type, &QComboBox::currentIndexChanged, this, &ProceduresDialog::showType);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_state);
    layout->addWidget(buttons);
    showType();
    resizeToFit(this, QSize(720, 640));
}

void ProceduresDialog::showType()
{
    const QString type = m_type->currentData().toString();
    SopLibrary sops(m_db);
    auto s = sops.current(type);
    auto versions = sops.history(type);
    m_versions->clear();
    const bool admin = Permissions::allows(m_db.session().role, Action::ManageSops);
    if (versions)
        for (const Sop& v : *versions)
            if (v.type == type)
                m_versions->addItem(v.problem.isEmpty()
                                        ? tr("%1 — %2").arg(v.title, versionText(v))
                                        : tr("%1 — %2 — REFUSED: %3").arg(v.title, versionText(v), v.problem));
    // A damaged version (ErrorKind::Verification) leaves the type without a procedure; an admin puts it right by
    // publishing a new version, so the form stays open for that.
    const bool damaged = !s && s.error().kind == ErrorKind::Verification;
    if (!s) {
        // Nothing of another type stays in the fields, and nothing can be published from them.
        m_state->setText(damaged ? tr("No procedure is in force: %1 No sound version is left. Publish a new version "
                                      "to replace it.")
                                       .arg(s.errorMessage())
                                 : s.errorMessage());
        Theme::setStatus(m_state, Theme::Status::Alert);
        m_title->clear();
        m_immediate->clear();
        m_reporting->clear();
        m_preserve->clear();
        m_publish->setEnabled(damaged && admin);
        return;
    }
    Theme::setStatus(m_state, s->refusedVersion > 0 ? Theme::Status::Alert : Theme::Status::Normal);
    m_publish->setEnabled(admin);
    m_title->setText(s->title);
    m_immediate->setPlainText(s->immediate);
    m_reporting->setPlainText(s->reporting);
    m_preserve->setPlainText(s->preserve);
    const bool inherited = s->type != type;
    QString state = inherited ? tr("No procedure of its own: the general one applies (%1).").arg(versionText(*s))
                              : tr("In force: %1.").arg(versionText(*s));
    if (s->refusedVersion > 0)
        state = tr("Version %1 is REFUSED: %2 %3 Publish a new version to replace it.")
                    .arg(s->refusedVersion)
                    .arg(s->problem, state);
    m_state->setText(state);
}

RequestTemplatesDialog* ProceduresDialog::showRequestTemplates()
{
    return RequestTemplatesDialog::openOver(m_db, this);
}

Status ProceduresDialog::publish()
{
    // A first general procedure takes the place of the built-in procedures of every type without its own: say
    // which before it does.
    const QString type = m_type->currentData().toString();
    auto replaced = SopLibrary(m_db).builtInsReplacedBy(type);
    if (!replaced)
        return replaced.error();
    if (!replaced->isEmpty()) {
        QStringList names;
        for (const QString& t : *replaced)
            names << StateLabels::incidentType(t);
        QMessageBox question(QMessageBox::Warning, tr("Procedures"),
                             tr("The general procedure will replace LP Desk's built-in procedures for: %1.")
                                 .arg(names.join(QStringLiteral(", "))),
                             QMessageBox::Cancel, this);
        question.setObjectName(QStringLiteral("replaceBuiltInsQuestion"));
        question.setInformativeText(tr("Those types have no procedure of their own. Publish one for a type first "
                                       "to keep a procedure written for it."));
        auto* go = question.addButton(tr("&Replace them"), QMessageBox::AcceptRole);
        go->setObjectName(QStringLiteral("replaceBuiltInsConfirm"));
        question.setDefaultButton(QMessageBox::Cancel);
        question.exec();
        if (question.clickedButton() != go)
            return makeError(ErrorKind::Cancelled, tr("Nothing was published."));
    }
    auto s = SopLibrary(m_db).publish(type, m_title->text(), m_immediate->toPlainText(), m_reporting->toPlainText(),
                                      m_preserve->toPlainText());
    if (!s)
        return s.error();
    showType();
    m_state->setText(tr("Published version %1.").arg(s->version) + QLatin1Char(' ') + m_state->text());
    return {};
}

} // namespace lpdesk
