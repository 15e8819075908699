#include "program/PoliceRequestForm.h"

#include "common/WindowSize.h"
#include "program/ProgramWords.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QTimeZone>
#include <QVBoxLayout>

namespace lpdesk {

namespace {

QStringList words(const QString& text)
{
    QStringList out;
    for (const QString& w : text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts))
        out << w;
    return out;
}

} // namespace

PoliceRequestForm::PoliceRequestForm(CaseDatabase& db, QWidget* parent)
    : QDialog(parent),
      m_db(db),
      m_template(new QComboBox(this)),
      m_kind(new QComboBox(this)),
      m_agency(new QLineEdit(this)),
      m_officer(new QLineEdit(this)),
      m_reference(new QLineEdit(this)),
      m_received(timeEdit(QStringLiteral("requestReceived"))),
      m_hasDue(new QCheckBox(tr("Due by:"), this)),
      m_due(timeEdit(QStringLiteral("requestDue"))),
      m_incidents(new QLineEdit(this)),
      m_stores(new QLineEdit(this)),
      m_hasRange(new QCheckBox(tr("Footage from:"), this)),
      m_from(timeEdit(QStringLiteral("requestFrom"))),
      m_to(timeEdit(QStringLiteral("requestTo"))),
      m_asks(new QPlainTextEdit(this)),
      m_basis(new QLineEdit(this)),
      m_notes(new QPlainTextEdit(this)),
      m_documents(new QListWidget(this))
{
    setObjectName(QStringLiteral("policeRequestForm"));
    setWindowTitle(tr("Record a police request"));
    resizeToFit(this, QSize(620, 700));
    loadTemplates();
    setUpFields();

    auto* range = new QHBoxLayout;
    range->addWidget(m_from, 1);
    range->addWidget(new QLabel(tr("to"), this));
    range->addWidget(m_to, 1);
    auto* docButtons = new QHBoxLayout;
    auto* addDoc = new QPushButton(tr("Add &document…"), this);
    auto* removeDoc = new QPushButton(tr("Remo&ve document"), this);
    docButtons->addWidget(addDoc);
    docButtons->addWidget(removeDoc);
    docButtons->addStretch();

    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Template:"), m_template);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Agency:"), m_agency);
    form->addRow(tr("&Officer:"), m_officer);
    form->addRow(tr("Re&ference:"), m_reference);
    form->addRow(tr("Re&ceived:"), m_received);
    form->addRow(m_hasDue, m_due);
    form->addRow(tr("&Incidents asked for:"), m_incidents);
    form->addRow(tr("&Stores asked for:"), m_stores);
    form->addRow(m_hasRange, range);
    form->addRow(tr("&What is asked:"), m_asks);
    form->addRow(tr("&Legal basis:"), m_basis);
    form->addRow(tr("&Notes:"), m_notes);
    form->addRow(tr("Documents:"), m_documents);
    form->addRow(QString(), docButtons);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* zone = new QLabel(
        tr("Times are in this workstation's time zone (%1).").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())),
        this);
    zone->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record request"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(zone);
    layout->addWidget(buttons);

    connectFields(addDoc, removeDoc, buttons);
}

// The template choice: "None", then every usable template with its version (and a refused one named).
void PoliceRequestForm::loadTemplates()
{
    m_template->setObjectName(QStringLiteral("requestTemplate"));
    m_template->addItem(tr("None"), QString());
    if (auto templates = RequestTemplates(m_db).all()) {
        for (const RequestTemplate& t : *templates) {
            if (!t.usable())
                continue; // no sound version: the template list names it, nothing here can use it
            m_templates << t;
            QString label
                = t.version == 0 ? tr("%1 (built in)").arg(t.title) : tr("%1 (version %2)").arg(t.title).arg(t.version);
            if (t.refusedVersion > 0)
                label = tr("%1 — version %2 REFUSED").arg(label).arg(t.refusedVersion);
            m_template->addItem(label, t.name);
            if (!t.problem.isEmpty())
                m_template->setItemData(m_template->count() - 1, t.problem, Qt::ToolTipRole);
        }
    }
    m_template->setToolTip(tr("Fills the kind, due date, legal basis and what is asked; the request remembers it"));
}

// Names (for tests and accessibility), hints, and what starts disabled until its box is ticked.
void PoliceRequestForm::setUpFields()
{
    m_kind->setObjectName(QStringLiteral("requestKind"));
    for (const QString& k : PoliceRequests::kinds())
        m_kind->addItem(ProgramWords::requestKind(k), k);
    m_agency->setObjectName(QStringLiteral("requestAgency"));
    m_agency->setPlaceholderText(tr("e.g. Lakeview Police Department"));
    m_officer->setObjectName(QStringLiteral("requestOfficer"));
    m_reference->setObjectName(QStringLiteral("requestReference"));
    m_reference->setPlaceholderText(tr("Their case or subpoena number"));
    m_hasDue->setObjectName(QStringLiteral("requestHasDue"));
    m_due->setEnabled(false);
    m_due->setDateTime(QDateTime::currentDateTime().addDays(14));
    m_incidents->setObjectName(QStringLiteral("requestIncidents"));
    m_incidents->setPlaceholderText(tr("Incident ids, separated by commas"));
    m_stores->setObjectName(QStringLiteral("requestStores"));
    m_stores->setPlaceholderText(tr("Store ids, separated by commas"));
    m_hasRange->setObjectName(QStringLiteral("requestHasRange"));
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    m_asks->setObjectName(QStringLiteral("requestAsks"));
    m_asks->setPlaceholderText(tr("What they ask for, in their words"));
    m_asks->setTabChangesFocus(true);
    m_basis->setObjectName(QStringLiteral("requestBasis"));
    m_basis->setPlaceholderText(tr("e.g. subpoena under state law, exigent circumstances"));
    m_notes->setObjectName(QStringLiteral("requestNotes"));
    m_notes->setTabChangesFocus(true);
    m_documents->setObjectName(QStringLiteral("requestDocuments"));
    m_documents->setToolTip(tr("Documents the police sent: encrypted like evidence when the request is recorded"));
    m_asks->setMinimumHeight(60);
    m_notes->setMinimumHeight(50);
    m_documents->setMinimumHeight(50);
}

void PoliceRequestForm::connectFields(QPushButton* addDoc, QPushButton* removeDoc, QDialogButtonBox* buttons)
{
    connect(m_template, &QComboBox::currentIndexChanged, this, &PoliceRequestForm::applyTemplate);
    // A template is for one kind: choosing another kind drops it (what it filled in stays, editable).
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_applied.name.isEmpty() && m_kind->currentData().toString() != m_applied.kind) {
            m_applied = {};
            const QSignalBlocker block(m_template);
            m_template->setCurrentIndex(0);
        }
    });
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    connect(m_hasRange, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_hasRange, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(addDoc, &QPushButton::clicked, this,
            [this] { addDocuments(QFileDialog::getOpenFileNames(this, tr("Documents from the police"))); });
    connect(removeDoc, &QPushButton::clicked, this, [this] { delete m_documents->currentItem(); });
    connect(buttons, &QDialogButtonBox::accepted, this, &PoliceRequestForm::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QDateTimeEdit* PoliceRequestForm::timeEdit(const QString& name)
{
    auto* edit = new QDateTimeEdit(QDateTime::currentDateTime(), this);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    return edit;
}

void PoliceRequestForm::applyTemplate()
{
    const QString name = m_template->currentData().toString();
    const RequestTemplate previous = m_applied;
    m_applied = {};
    for (const RequestTemplate& t : m_templates)
        if (t.name == name)
            m_applied = t;
    if (m_applied.name.isEmpty())
        return;
    {
        const QSignalBlocker block(m_kind);
        m_kind->setCurrentIndex(m_kind->findData(m_applied.kind));
    }
    // Only what is empty or still what the previous template put there: nothing typed by hand is overwritten.
    if (m_basis->text().trimmed().isEmpty() || m_basis->text() == previous.legalBasis)
        m_basis->setText(m_applied.legalBasis);
    if (m_asks->toPlainText().trimmed().isEmpty() || m_asks->toPlainText() == previous.asked)
        m_asks->setPlainText(m_applied.asked);
    if (m_applied.dueDays > 0) {
        m_hasDue->setChecked(true);
        m_due->setDateTime(m_received->dateTime().addDays(m_applied.dueDays));
    }
}

void PoliceRequestForm::addDocuments(const QStringList& files)
{
    for (const QString& f : files) {
        auto* item = new QListWidgetItem(QFileInfo(f).fileName(), m_documents);
        item->setData(Qt::UserRole, f);
        item->setToolTip(f);
    }
}

PoliceRequestSpec PoliceRequestForm::spec() const
{
    PoliceRequestSpec s;
    s.templateName = m_applied.name;
    s.kind = m_kind->currentData().toString();
    s.agency = m_agency->text().trimmed();
    s.officer = m_officer->text().trimmed();
    s.reference = m_reference->text().trimmed();
    s.receivedAt = m_received->dateTime().toUTC();
    if (m_hasDue->isChecked())
        s.dueAt = m_due->dateTime().toUTC();
    s.incidents = words(m_incidents->text());
    s.stores = words(m_stores->text());
    if (m_hasRange->isChecked()) {
        s.from = m_from->dateTime().toUTC();
        s.to = m_to->dateTime().toUTC();
    }
    s.askedText = m_asks->toPlainText().trimmed();
    s.legalBasis = m_basis->text().trimmed();
    s.notes = m_notes->toPlainText().trimmed();
    for (int i = 0; i < m_documents->count(); ++i)
        s.documents << m_documents->item(i)->data(Qt::UserRole).toString();
    return s;
}

void PoliceRequestForm::accept()
{
    const PoliceRequestSpec s = spec();
    if (s.agency.isEmpty()) {
        QMessageBox::information(this, windowTitle(), tr("Say which agency sent the request."));
        m_agency->setFocus();
        return;
    }
    auto id = PoliceRequests(m_db).add(s);
    if (!id) {
        // Nothing is lost: the form stays open with everything typed in it.
        QMessageBox::warning(this, windowTitle(), id.errorMessage());
        return;
    }
    m_requestId = *id;
    QDialog::accept();
}

} // namespace lpdesk
