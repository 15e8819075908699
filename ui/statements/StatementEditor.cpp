#include "statements/StatementEditor.h"

#include "common/Theme.h"
#include "common/Time.h"
#include "common/WindowSize.h"
#include "db/CaseDatabase.h"
#include "statements/StatementService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lpdesk {

StatementEditor::StatementEditor(CaseDatabase& db, const QString& caseId, Mode mode, const QString& statementId,
                                 QWidget* parent)
    : QDialog(parent),
      m_db(db),
      m_caseId(caseId),
      m_mode(mode),
      m_statementId(statementId),
      m_author(new QLineEdit(this)),
      m_role(new QComboBox(this)),
      m_contact(new QLineEdit(this)),
      m_anonymous(new QCheckBox(
          tr("The author asked to stay a&nonymous towards the police (exports carry a pseudonym)"), this)),
      m_taken(new QDateTimeEdit(QDateTime::currentDateTime(), this)),
      m_text(new QPlainTextEdit(this)),
      m_attestation(new QLineEdit(StatementService::standardAttestation(), this)),
      m_attachments(new QListWidget(this)),
      m_error(new QLabel(this))
{
    setWindowTitle(mode == Mode::New             ? tr("New statement")
                       : mode == Mode::EditDraft ? tr("Edit draft statement")
                                                 : tr("Correct statement (new version)"));
    resizeToFit(this, QSize(720, 640));
    m_author->setObjectName(QStringLiteral("author"));
    m_text->setObjectName(QStringLiteral("statementText"));
    for (const QString& r : StatementService::roles())
        m_role->addItem(r, r);
    m_contact->setPlaceholderText(tr("phone, e-mail or address"));
    m_taken->setCalendarPopup(true);
    m_taken->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    Theme::setStatus(m_error, Theme::Status::Alert);
    m_error->setWordWrap(true);
    auto* pii = new QLabel(tr("<b>Personal data</b> — withheld from releases unless legal includes it"), this);
    Theme::setStatus(pii, Theme::Status::Warning);
    auto* attach = new QPushButton(tr("Attach &file…"), this);
    connect(attach, &QPushButton::clicked, this, [this] {
        for (const QString& p :
             QFileDialog::getOpenFileNames(this, tr("Attach"), QString(),
                                           tr("Photos and documents (*.png *.jpg *.jpeg *.pdf *.txt);;All files (*)")))
            addAttachment(p);
    });

    if (mode != Mode::New)
        loadStatement();

    layOut(pii, attach);
}

// The statement being edited or corrected, into the fields (its attachments kept as they are).
void StatementEditor::loadStatement()
{
    auto s = StatementService(m_db).get(m_statementId);
    if (s) {
        m_author->setText(s->author);
        m_role->setCurrentIndex(m_role->findData(s->role));
        m_contact->setText(s->contact);
        m_anonymous->setChecked(s->anonymous);
        m_taken->setDateTime(parseRfc3339(s->takenAt).toLocalTime());
        m_text->setPlainText(s->text);
        m_attestation->setText(s->attestation);
        for (const StatementAttachment& a : s->attachments) {
            auto* item
                = new QListWidgetItem(tr("%1 (kept; SHA-256 %2…)").arg(a.name, a.sha256.left(16)), m_attachments);
            item->setFlags(Qt::ItemIsEnabled);
        }
    } else {
        m_error->setText(s.errorMessage());
    }
    m_anonymous->setEnabled(false); // set when the statement is first recorded
}

void StatementEditor::layOut(QLabel* pii, QPushButton* attach)
{
    auto* form = new QFormLayout;
    form->addRow(tr("&Author:"), m_author);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Contact:"), m_contact);
    form->addRow(QString(), pii);
    form->addRow(QString(), m_anonymous);
    form->addRow(tr("Ta&ken at:"), m_taken);
    form->addRow(tr("Att&estation:"), m_attestation);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* saveDraft = buttons->addButton(tr("Save &draft"), QDialogButtonBox::ActionRole);
    saveDraft->setObjectName(QStringLiteral("saveDraft"));
    auto* sign = buttons->addButton(tr("Save and &sign off"), QDialogButtonBox::ActionRole);
    sign->setObjectName(QStringLiteral("saveAndSign"));
    sign->setToolTip(tr("After sign-off the statement cannot change; corrections become new versions."));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto* textLabel = new QLabel(tr("S&tatement:"), this);
    textLabel->setBuddy(m_text);
    layout->addWidget(textLabel);
    layout->addWidget(m_text, 1);
    layout->addWidget(new QLabel(tr("Attachments (stored encrypted, with their SHA-256):"), this));
    layout->addWidget(m_attachments);
    layout->addWidget(attach, 0, Qt::AlignLeft);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(saveDraft, &QPushButton::clicked, this, [this] {
        if (save(false))
            accept();
    });
    connect(sign, &QPushButton::clicked, this, [this] {
        if (save(true))
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void StatementEditor::addAttachment(const QString& path)
{
    auto* item = new QListWidgetItem(QFileInfo(path).fileName(), m_attachments);
    item->setData(Qt::UserRole, path);
    item->setToolTip(path);
}

bool StatementEditor::save(bool signOff)
{
    StatementDraft d;
    d.author = m_author->text();
    d.role = m_role->currentData().toString();
    d.contact = m_contact->text();
    d.anonymous = m_anonymous->isChecked();
    d.takenAt = toUtcString(m_taken->dateTime());
    d.text = m_text->toPlainText();
    d.attestation = m_attestation->text();
    for (int i = 0; i < m_attachments->count(); ++i)
        if (!m_attachments->item(i)->data(Qt::UserRole).toString().isEmpty())
            d.attachFiles << m_attachments->item(i)->data(Qt::UserRole).toString();
    if (signOff && m_confirm
        && QMessageBox::question(this, tr("Sign off"),
                                 tr("After sign-off this statement cannot be changed; a correction will be a new "
                                    "version. Sign off now?"))
            != QMessageBox::Yes)
        return false;
    StatementService statements(m_db);
    QString id = m_statementId;
    if (m_mode == Mode::New) {
        auto r = statements.add(m_caseId, d);
        if (!r) {
            m_error->setText(r.errorMessage());
            return false;
        }
        id = *r;
    } else if (m_mode == Mode::EditDraft) {
        if (Status s = statements.update(id, d); !s) {
            m_error->setText(s.errorMessage());
            return false;
        }
    } else {
        auto r = statements.correct(id, d);
        if (!r) {
            m_error->setText(r.errorMessage());
            return false;
        }
        id = *r;
    }
    // From here on the statement exists: the editor continues as an edit of that draft.
    m_mode = Mode::EditDraft;
    m_statementId = id;
    m_savedId = id;
    for (int i = 0; i < m_attachments->count(); ++i)
        m_attachments->item(i)->setData(Qt::UserRole, QString());
    if (signOff) {
        if (Status s = statements.signOff(id); !s) {
            m_error->setText(s.errorMessage());
            return false;
        }
    }
    return true;
}

} // namespace lpdesk
