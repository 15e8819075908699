#include "shell/FirstRunWizard.h"

#include "common/Background.h"
#include "common/PassphraseFields.h"
#include "common/ScreenshotMode.h"
#include "common/WindowWatcher.h"
#include "db/PassphrasePolicy.h"
#include "db/ThreadConnectionGuard.h"
#include "db/UserDirectory.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHostInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace lpdesk {

namespace {
using CreateResult = std::shared_ptr<Result<std::unique_ptr<CaseDatabase>>>;

// The last page completes only once the database exists, which keeps Finish disabled meanwhile.
class CreatingPage : public QWizardPage
{
public:
    explicit CreatingPage(std::function<bool()> done) : m_done(std::move(done)) { }
    bool isComplete() const override { return m_done(); }

private:
    std::function<bool()> m_done;
};
} // namespace

FirstRunWizard::FirstRunWizard(const QString& suggestedPath, QWidget* parent)
    : QWizard(parent),
      m_path(new QLineEdit(suggestedPath)),
      m_organisation(new QLineEdit),
      m_workstation(new QLineEdit(QHostInfo::localHostName())),
      m_admin(new QLineEdit),
      m_passphrase(new PassphraseFields),
      m_status(new QLabel),
      m_progress(new QProgressBar)
{
    WindowWatcher::install();
    setWindowTitle(tr("Set up LP Desk"));
    setObjectName(QStringLiteral("firstRunWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    m_path->setObjectName(QStringLiteral("databasePath"));
    m_organisation->setObjectName(QStringLiteral("organisation"));
    m_admin->setObjectName(QStringLiteral("adminName"));

    auto* welcome = new QWizardPage;
    welcome->setTitle(tr("Welcome to LP Desk"));
    auto* wl = new QVBoxLayout(welcome);
    auto* text = new QLabel(tr("LP Desk keeps every case — incidents, footage, POS records, statements and the chain "
                               "of custody — in one encrypted case database on this computer.\n\n"
                               "Each person who uses it gets their own passphrase and role (investigator, legal, "
                               "administrator, auditor). You are about to create the database and its first "
                               "administrator."));
    text->setWordWrap(true);
    wl->addWidget(text);
    addPage(welcome);

    addPage(wherePage());

    auto* admin = new QWizardPage;
    admin->setTitle(tr("First administrator"));
    auto* af = new QFormLayout(admin);
    af->addRow(tr("N&ame:"), m_admin);
    m_passphrase->setRule(PassphrasePolicy().describe());
    // The live hint is core's own check, with the same words as the refusal on Next.
    m_passphrase->setCheck([this](const SecureBytes& candidate) {
        return CaseDatabase::checkInitialPassphrase(m_admin->text(), candidate, options());
    });
    connect(m_admin, &QLineEdit::textChanged, m_passphrase, &PassphraseFields::recheck);
    af->addRow(m_passphrase);
    auto* warn = new QLabel(tr("There is no way to recover a forgotten passphrase. Add a second administrator "
                               "later so that the database can still be opened if one passphrase is lost."));
    warn->setWordWrap(true);
    af->addRow(warn);
    addPage(admin);

    auto* create = new CreatingPage([this] { return m_db != nullptr; });
    create->setTitle(tr("Creating the database"));
    create->setFinalPage(true);
    auto* cl = new QVBoxLayout(create);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("status"));
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    cl->addWidget(m_status);
    cl->addWidget(m_progress);
    addPage(create);
}

// Where the database goes, and for which organisation and workstation.
QWizardPage* FirstRunWizard::wherePage()
{
    auto* where = new QWizardPage;
    where->setTitle(tr("Where and for whom"));
    auto* browse = new QPushButton(tr("B&rowse…"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path);
    pathRow->addWidget(browse);
    auto* wf = new QFormLayout(where);
    auto* pathLabel = new QLabel(tr("&Database file:")); // a layout row gets no buddy: without one "&" shows
    pathLabel->setBuddy(m_path);
    wf->addRow(pathLabel, pathRow);
    wf->addRow(tr("&Organisation:"), m_organisation);
    wf->addRow(tr("&Workstation name:"), m_workstation);
    auto* note = new QLabel(tr("The organisation name appears on the certificate that signs packages for police."));
    note->setWordWrap(true);
    wf->addRow(note);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getSaveFileName(this, tr("New case database"), m_path->text(),
                                                       tr("LP Desk databases (*.lpdb)"));
        if (!f.isEmpty())
            m_path->setText(f);
    });
    return where;
}

FirstRunWizard::~FirstRunWizard() = default;

QString FirstRunWizard::databasePath() const
{
    return m_path->text();
}

std::unique_ptr<CaseDatabase> FirstRunWizard::takeDatabase()
{
    return std::move(m_db);
}

bool FirstRunWizard::validateCurrentPage()
{
    switch (currentId()) {
    case 1:
        if (QFileInfo::exists(m_path->text())) {
            m_status->setText(QString());
            currentPage()->setSubTitle(tr("%1 already exists; choose another file.").arg(m_path->text()));
            return false;
        }
        return !m_path->text().trimmed().isEmpty();
    case 2:
        if (!UserDirectory::validName(m_admin->text())) {
            currentPage()->setSubTitle(tr("Names are letters, digits, '.', '_', '@' or '-'."));
            return false;
        }
        if (!m_passphrase->isAcceptable()) {
            currentPage()->setSubTitle(tr("Enter the same passphrase twice."));
            return false;
        }
        if (Status allowed = CaseDatabase::checkInitialPassphrase(m_admin->text(), m_passphrase->peek(), options());
            !allowed) {
            m_passphrase->setProblem(allowed.errorMessage());
            currentPage()->setSubTitle(allowed.errorMessage());
            return false;
        }
        m_passphrase->setProblem(QString());
        startCreate();
        return true;
    case 3:
        return m_db != nullptr;
    default:
        return true;
    }
}

CaseDatabase::CreateOptions FirstRunWizard::options() const
{
    CaseDatabase::CreateOptions options;
    options.organisation = m_organisation->text();
    options.workstation = m_workstation->text();
    return options;
}

void FirstRunWizard::startCreate()
{
    if (m_creating)
        return;
    m_creating = true;
    m_status->setText(tr("Tuning the passphrase protection to this computer and generating keys…"));
    m_progress->setVisible(true);
    auto pass = std::make_shared<SecureBytes>(m_passphrase->take());
    const QString path = m_path->text();
    const QString admin = m_admin->text();
    const CaseDatabase::CreateOptions options = this->options();
    runInBackground<CreateResult>(
        this,
        [path, admin, pass, options]() {
            auto created = std::make_shared<Result<std::unique_ptr<CaseDatabase>>>(
                CaseDatabase::create(path, admin, *pass, options));
            // The database is not shared yet: this pool thread's connection goes with the job, the UI thread makes
            // its own.
            const ThreadConnectionGuard connection(created->ok() ? created->value().get() : nullptr);
            return created;
        },
        [this](CreateResult result) {
            m_creating = false;
            m_progress->setVisible(false);
            if (!result->ok()) {
                m_status->setText(tr("The database could not be created: %1").arg(result->errorMessage()));
                return;
            }
            m_db = std::move(result->value());
            m_status->setText(tr("Done. The database is ready at %1.").arg(ScreenshotMode::shownPath(m_db->path())));
            Q_EMIT currentPage()->completeChanged();
        });
}

} // namespace lpdesk
