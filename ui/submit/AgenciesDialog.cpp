#include "submit/AgenciesDialog.h"

#include "agencies/AgencyRegistry.h"
#include "auth/Permissions.h"
#include "common/Background.h"
#include "common/Theme.h"
#include "common/WindowSize.h"
#include "db/CaseDatabase.h"
#include "submit/SubmissionService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

namespace lpdesk {

AgenciesDialog::AgenciesDialog(CaseDatabase& db, QWidget* parent)
    : QDialog(parent),
      m_db(db),
      m_list(new QTreeWidget(this)),
      m_status(new QLabel(this)),
      m_id(new QLineEdit(this)),
      m_name(new QLineEdit(this)),
      m_url(new QLineEdit(this)),
      m_ori(new QLineEdit(this)),
      m_caFile(new QLineEdit(this)),
      m_systemTrust(new QCheckBox(tr("Trust the system's certificate authorities (not recommended)"), this)),
      m_systemTrustWarning(new QLabel(this)),
      m_auth(new QComboBox(this)),
      m_apiKey(new QLineEdit(this)),
      m_tokenUrl(new QLineEdit(this)),
      m_jurisdiction(new QLineEdit(this)),
      m_header(new QLineEdit(QStringLiteral("X-Api-Key"), this)),
      m_profile(new QComboBox(this)),
      m_maxMb(new QSpinBox(this)),
      m_allow(new QLineEdit(this)),
      m_clientId(new QLineEdit(this)),
      m_clientSecret(new QLineEdit(this)),
      m_clientCert(new QLineEdit(this)),
      m_clientKey(new QLineEdit(this)),
      m_test(new QPushButton(tr("&Test connection"), this)),
      m_remove(new QPushButton(tr("&Remove"), this))
{
    setWindowTitle(tr("Agencies"));
    setObjectName(QStringLiteral("agenciesDialog"));
    resizeToFit(this, QSize(860, 560));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Id"), tr("Name"), tr("Address"), tr("Authentication"), tr("Profile"), tr("CA")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("agencyStatus"));
    const bool admin = Permissions::allows(m_db.session().role, Action::ManageAgencies);

    QGroupBox* form = buildAddForm(admin);
    auto* add = new QPushButton(tr("A&dd agency"), this); // below the scrolling form, always in view
    add->setEnabled(admin);
    connect(add, &QPushButton::clicked, this, &AgenciesDialog::addAgency);

    m_remove->setEnabled(admin);
    auto* row = new QHBoxLayout;
    row->addWidget(m_test);
    row->addWidget(m_remove);
    row->addStretch();
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addLayout(row);
    layout->addWidget(m_status);
    auto* scroll = new QScrollArea(this); // the form is long: it scrolls rather than pushing Close off-screen
    scroll->setWidget(form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll, 1);
    layout->addWidget(add, 0, Qt::AlignRight);
    layout->addWidget(close);
    connect(m_test, &QPushButton::clicked, this, &AgenciesDialog::testSelected);
    connect(m_remove, &QPushButton::clicked, this, &AgenciesDialog::removeSelected);
    reload();
}

// The add form's fields: hints, choices, and which of them the chosen authentication uses.
void AgenciesDialog::setUpFields()
{
    m_id->setPlaceholderText(tr("short id, e.g. cpd-19"));
    m_url->setPlaceholderText(QStringLiteral("https://reports.example.gov/api"));
    m_ori->setPlaceholderText(tr("for NIBRS reports, e.g. IL0160000 (optional)"));
    m_ori->setMaxLength(9);
    m_auth->addItem(tr("API key header"), QStringLiteral("apikey"));
    m_auth->addItem(tr("OAuth2 client credentials"), QStringLiteral("oauth2"));
    m_auth->addItem(tr("Mutual TLS (client certificate)"), QStringLiteral("mtls"));
    m_auth->addItem(tr("None"), QStringLiteral("none"));
    // Every option `lpdesk-cli agency add` has.
    m_jurisdiction->setPlaceholderText(tr("e.g. Cook County, IL"));
    m_profile->addItem(tr("LP Desk package (lpdesk-v1)"), QStringLiteral("lpdesk-v1"));
    m_profile->addItem(tr("NIBRS incident file (nibrs-file)"), QStringLiteral("nibrs-file"));
    m_maxMb->setRange(1, 1024 * 1024);
    m_maxMb->setValue(2048);
    m_maxMb->setSuffix(tr(" MiB"));
    m_allow->setPlaceholderText(tr("optional fields it may receive, e.g. narrative,suspects"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_tokenUrl->setPlaceholderText(QStringLiteral("https://login.example.gov/oauth/token"));
    m_clientCert->setPlaceholderText(tr("client certificate (PEM file)"));
    m_clientKey->setPlaceholderText(tr("its private key (PEM file, unencrypted)"));
    auto enableFor = [this] {
        const QString kind = m_auth->currentData().toString();
        m_apiKey->setEnabled(kind == QLatin1String("apikey"));
        m_header->setEnabled(kind == QLatin1String("apikey"));
        for (QLineEdit* e : {m_tokenUrl, m_clientId, m_clientSecret})
            e->setEnabled(kind == QLatin1String("oauth2"));
        for (QLineEdit* e : {m_clientCert, m_clientKey})
            e->setEnabled(kind == QLatin1String("mtls"));
    };
    connect(m_auth, &QComboBox::currentIndexChanged, this, enableFor);
    enableFor();
}

// The add form (admin only), in Tab order: where the agency is, how it is trusted and how we authenticate.
QGroupBox* AgenciesDialog::buildAddForm(bool admin)
{
    auto* form = new QGroupBox(tr("Add an agency"), this);
    form->setEnabled(admin);
    auto* fl = new QFormLayout(form);
    setUpFields();
    auto* browse = new QPushButton(tr("&Browse…"), form);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("The agency's CA certificate"), QString(),
                                                       tr("Certificates (*.pem *.crt)"));
        if (!f.isEmpty())
            m_caFile->setText(f);
    });
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    fl->addRow(tr("&Id:"), m_id);
    fl->addRow(tr("&Name:"), m_name);
    fl->addRow(tr("&Address:"), m_url);
    fl->addRow(tr("&ORI:"), m_ori);
    fl->addRow(tr("&Jurisdiction:"), m_jurisdiction);
    fl->addRow(tr("For&mat:"), m_profile);
    fl->addRow(tr("Si&ze limit:"), m_maxMb);
    fl->addRow(tr("Allo&wed fields:"), m_allow);
    auto* caLabel = new QLabel(tr("Pinned &CA:"), form); // a layout row gets no buddy: without one "&" shows
    caLabel->setBuddy(m_caFile);
    fl->addRow(caLabel, caRow);
    // No pinned CA only on an explicit choice, with the warning in view while it is ticked.
    m_systemTrust->setObjectName(QStringLiteral("agencySystemTrust"));
    m_systemTrustWarning->setObjectName(QStringLiteral("agencySystemTrustWarning"));
    m_systemTrustWarning->setWordWrap(true);
    m_systemTrustWarning->setText(tr("Without a pinned CA, anyone who gets a certificate for the agency's host from "
                                     "any authority this system trusts can receive its submissions."));
    Theme::setStatus(m_systemTrustWarning, Theme::Status::Warning);
    m_systemTrustWarning->setVisible(false);
    connect(m_systemTrust, &QCheckBox::toggled, this, [this, browse](bool on) {
        m_systemTrustWarning->setVisible(on);
        m_caFile->setEnabled(!on);
        browse->setEnabled(!on);
    });
    fl->addRow(QString(), m_systemTrust);
    fl->addRow(QString(), m_systemTrustWarning);
    fl->addRow(tr("Auth&entication:"), m_auth);
    fl->addRow(tr("API key &header:"), m_header);
    fl->addRow(tr("API &key:"), m_apiKey);
    fl->addRow(tr("Token &URL:"), m_tokenUrl);
    fl->addRow(tr("C&lient id:"), m_clientId);
    fl->addRow(tr("Client &secret:"), m_clientSecret);
    fl->addRow(tr("Client certi&ficate:"), m_clientCert);
    fl->addRow(tr("Client private ke&y:"), m_clientKey);
    return form;
}

QString AgenciesDialog::selectedId() const
{
    return m_list->currentItem() ? m_list->currentItem()->text(0) : QString();
}

void AgenciesDialog::reload()
{
    m_list->clear();
    auto agencies = AgencyRegistry(m_db).list();
    if (!agencies) {
        m_status->setText(agencies.errorMessage());
        return;
    }
    for (const AgencyProfile& p : *agencies)
        new QTreeWidgetItem(m_list,
                            {p.id, p.name, p.baseUrl, p.auth, p.payloadProfile,
                             !p.caPem.isEmpty()  ? tr("pinned")
                                 : p.systemTrust ? tr("system (not pinned)")
                                                 : tr("none (refused)")});
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
}

bool AgenciesDialog::addAgency()
{
    AgencyProfile p;
    p.id = m_id->text().trimmed();
    p.name = m_name->text().trimmed().isEmpty() ? p.id : m_name->text().trimmed();
    p.baseUrl = m_url->text().trimmed();
    p.ori = m_ori->text().trimmed().toUpper();
    p.auth = m_auth->currentData().toString();
    p.apiKeyHeader = m_header->text().trimmed().isEmpty() ? QStringLiteral("X-Api-Key") : m_header->text().trimmed();
    p.jurisdiction = m_jurisdiction->text().trimmed();
    p.payloadProfile = m_profile->currentData().toString();
    p.maxBytes = static_cast<qint64>(m_maxMb->value()) * 1024 * 1024;
    p.allowedFields = m_allow->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString& f : p.allowedFields)
        f = f.trimmed();
    p.systemTrust = m_systemTrust->isChecked();
    if (!p.systemTrust && m_caFile->text().trimmed().isEmpty()) {
        m_status->setText(tr("Choose the agency's CA certificate (Pinned CA), or tick \"Trust the system's certificate "
                             "authorities\" if it has none you can pin (not recommended)."));
        return false;
    }
    if (!p.systemTrust) {
        QFile f(m_caFile->text().trimmed());
        if (!f.open(QIODevice::ReadOnly) || f.size() > 64 * 1024) {
            m_status->setText(tr("Cannot read the CA certificate %1.").arg(f.fileName()));
            return false;
        }
        p.caPem = f.readAll();
    }
    p.tokenUrl = m_tokenUrl->text().trimmed();
    p.clientId = m_clientId->text().trimmed();
    AgencySecrets s;
    QByteArray typed = m_apiKey->text().toUtf8();
    s.apiKey = AgencySecrets::take(typed);
    typed = m_clientSecret->text().toUtf8();
    s.clientSecret = AgencySecrets::take(typed);
    for (const auto& [field, target] :
         {std::pair<QLineEdit*, SecureBytes*> {m_clientCert, &s.clientCertPem}, {m_clientKey, &s.clientKeyPem}})
        if (!field->text().trimmed().isEmpty()) {
            QFile f(field->text().trimmed());
            if (!f.open(QIODevice::ReadOnly) || f.size() > 64 * 1024) {
                m_status->setText(tr("Cannot read %1.").arg(f.fileName()));
                return false;
            }
            QByteArray read = f.readAll();
            *target = AgencySecrets::take(read);
        }
    const Status added = AgencyRegistry(m_db).add(p, s);
    if (!added) {
        m_status->setText(added.errorMessage());
        return false;
    }
    m_apiKey->clear();
    m_clientSecret->clear();
    m_status->setText(p.systemTrust ? tr("Agency %1 added. It trusts the system's certificate authorities, not a "
                                         "pinned CA.")
                                          .arg(p.id)
                                    : tr("Agency %1 added.").arg(p.id));
    reload();
    return true;
}

void AgenciesDialog::testSelected()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    m_status->setText(tr("Connecting to %1…").arg(id));
    m_test->setEnabled(false);
    CaseDatabase* db = &m_db;
    runOnDatabase<std::shared_ptr<Result<QString>>>(
        m_db, this,
        [db, id](const std::atomic_bool&) {
            return std::make_shared<Result<QString>>(SubmissionService(*db).testConnection(id));
        },
        [this](std::shared_ptr<Result<QString>> r) {
            m_test->setEnabled(true);
            m_status->setText(*r ? **r : r->errorMessage());
            Q_EMIT tested(bool(*r));
        });
}

void AgenciesDialog::removeSelected()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    const Status s = AgencyRegistry(m_db).remove(id);
    m_status->setText(s ? tr("Agency %1 removed.").arg(id) : s.errorMessage());
    reload();
}

} // namespace lpdesk
