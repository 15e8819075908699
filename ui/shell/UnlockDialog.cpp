#include "shell/UnlockDialog.h"

#include "auth/CaConfirmation.h"
#include "common/Background.h"
#include "common/ScreenshotMode.h"
#include "common/Theme.h"
#include "common/WindowWatcher.h"
#include "db/ThreadConnectionGuard.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace lpdesk {

namespace {
struct Unlocked
{
    Result<std::unique_ptr<CaseDatabase>> opened = failure(QString());
    CaConfirmation::Need need;
};
using OpenResult = std::shared_ptr<Unlocked>;
} // namespace

UnlockDialog::UnlockDialog(const QString& databasePath, QWidget* parent)
    : QDialog(parent),
      m_path(databasePath),
      m_user(new QLineEdit(this)),
      m_passphrase(new QLineEdit(this)),
      m_message(new QLabel(this)),
      m_busy(new QProgressBar(this)),
      m_caPanel(new QGroupBox(tr("Confirm the organisation's CA certificate"), this)),
      m_caExplanation(new QLabel(m_caPanel)),
      m_caFingerprint(new QLineEdit(m_caPanel)),
      m_caFileSaid(new QLabel(m_caPanel)),
      m_caChoose(new QPushButton(tr("&Choose org-ca.pem…"), m_caPanel)),
      m_caConfirm(new QPushButton(tr("Confirm and un&lock"), m_caPanel))
{
    WindowWatcher::install();
    setWindowTitle(tr("Unlock LP Desk"));
    setObjectName(QStringLiteral("unlockDialog"));
    m_user->setObjectName(QStringLiteral("user"));
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_user->setText(QSettings().value(QStringLiteral("unlock/lastUser")).toString());
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    Theme::setStatus(m_message, Theme::Status::Alert);
    m_busy->setRange(0, 0);
    m_busy->setVisible(false);

    auto* intro = new QLabel(tr("Case database: %1").arg(ScreenshotMode::shownPath(databasePath)), this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("U&ser:"), m_user);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    auto* buttons = new QDialogButtonBox(this);
    m_unlockButton = buttons->addButton(tr("&Unlock"), QDialogButtonBox::AcceptRole);
    m_unlockButton->setObjectName(QStringLiteral("unlockButton"));
    m_unlockButton->setDefault(true);
    auto* other = buttons->addButton(tr("&Open another…"), QDialogButtonBox::ActionRole);
    auto* create = buttons->addButton(tr("&New database…"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_caPanel);
    layout->addWidget(m_busy);
    layout->addWidget(buttons);
    connect(m_unlockButton, &QPushButton::clicked, this, &UnlockDialog::unlock);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(other, &QPushButton::clicked, this, &UnlockDialog::openOtherRequested);
    connect(create, &QPushButton::clicked, this, &UnlockDialog::createNewRequested);
    m_caPanel->setObjectName(QStringLiteral("caPanel"));
    m_caExplanation->setObjectName(QStringLiteral("caExplanation"));
    m_caExplanation->setWordWrap(true);
    m_caFingerprint->setObjectName(QStringLiteral("caFingerprint"));
    m_caFingerprint->setPlaceholderText(tr("SHA-256 of org-ca.pem (64 hex digits)"));
    m_caFileSaid->setWordWrap(true);
    m_caFileSaid->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_caConfirm->setObjectName(QStringLiteral("caConfirm"));
    auto* caLayout = new QVBoxLayout(m_caPanel);
    caLayout->addWidget(m_caExplanation);
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caFingerprint, 1);
    caRow->addWidget(m_caChoose);
    caLayout->addLayout(caRow);
    caLayout->addWidget(m_caFileSaid);
    caLayout->addWidget(m_caConfirm, 0, Qt::AlignRight);
    m_caPanel->setVisible(false);
    connect(m_caChoose, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("The organisation's CA certificate"), QString(),
                                                          tr("Certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            useCaFile(file);
    });
    connect(m_caConfirm, &QPushButton::clicked, this, &UnlockDialog::confirmCaAndUnlock);
    if (m_user->text().isEmpty())
        m_user->setFocus();
    else
        m_passphrase->setFocus();
}

UnlockDialog::~UnlockDialog() = default;

std::unique_ptr<CaseDatabase> UnlockDialog::takeDatabase()
{
    return std::move(m_db);
}

void UnlockDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_unlockButton->setEnabled(!busy);
    m_caConfirm->setEnabled(!busy);
    m_user->setEnabled(!busy);
    m_passphrase->setEnabled(!busy);
}

void UnlockDialog::useCaFile(const QString& pemPath)
{
    auto sha = CaConfirmation::fingerprintOfPemFile(pemPath);
    if (!sha) {
        m_caFileSaid->setText(sha.errorMessage());
        return;
    }
    m_caFingerprint->setText(*sha);
    m_caFileSaid->setText(tr("SHA-256 of %1:\n%2").arg(QFileInfo(pemPath).fileName(), *sha));
}

void UnlockDialog::showCaPanel(bool admin)
{
    const QString why = tr("Your key slot was made before LP Desk pinned each key slot to the organisation's CA "
                           "certificate, and no administrator's key slot vouches for the certificate now in this "
                           "database. LP Desk will not pin your slot on the database's word alone: someone with the "
                           "database key could have replaced the certificate.");
    if (admin)
        m_caExplanation->setText(why + QStringLiteral("\n\n")
                                 + tr("As an administrator you can confirm it: choose the org-ca.pem your organisation "
                                      "keeps outside this computer (its SHA-256 is computed and shown) or paste its "
                                      "fingerprint, enter your passphrase again, and confirm. The confirmation is "
                                      "recorded in the audit log."));
    else
        m_caExplanation->setText(why + QStringLiteral("\n\n")
                                 + tr("Ask an administrator to sign in and confirm the organisation's CA certificate "
                                      "(here, or with lpdesk-cli key confirm-ca); then unlock again."));
    for (QWidget* w : {static_cast<QWidget*>(m_caFingerprint), static_cast<QWidget*>(m_caChoose),
                       static_cast<QWidget*>(m_caConfirm), static_cast<QWidget*>(m_caFileSaid)})
        w->setVisible(admin);
    m_caPanel->setVisible(true);
}

void UnlockDialog::unlock()
{
    m_caPanel->setVisible(false);
    start(QString());
}

void UnlockDialog::confirmCaAndUnlock()
{
    const QString sha = CaConfirmation::normalizedFingerprint(m_caFingerprint->text());
    if (sha.isEmpty()) {
        m_message->setText(tr("Choose the org-ca.pem file or paste its SHA-256 fingerprint (64 hex digits)."));
        return;
    }
    start(sha);
}

void UnlockDialog::start(const QString& confirmCaSha256)
{
    const QString user = m_user->text().trimmed();
    if (user.isEmpty() || m_passphrase->text().isEmpty()) {
        m_message->setText(tr("Enter your user name and passphrase."));
        return;
    }
    QString text = m_passphrase->text();
    m_passphrase->clear();
    auto pass = std::make_shared<SecureBytes>(SecureBytes::fromPassphrase(text));
    m_message->setText(tr("Unlocking…"));
    setBusy(true);
    const QString path = m_path;
    runInBackground<OpenResult>(
        this,
        [path, user, pass, confirmCaSha256]() {
            auto out = std::make_shared<Unlocked>();
            out->opened = CaseDatabase::open(path, user, *pass, confirmCaSha256);
            // The database is not shared yet: this pool thread's connection goes with the job, the UI thread makes
            // its own.
            const ThreadConnectionGuard connection(out->opened.ok() ? out->opened.value().get() : nullptr);
            if (!out->opened.ok() && out->opened.error().kind == ErrorKind::Verification && confirmCaSha256.isEmpty())
                if (auto need = CaConfirmation::afterRefusal(path, user, *pass))
                    out->need = *need;
            return out;
        },
        [this, user](OpenResult result) {
            setBusy(false);
            if (!result->opened.ok()) {
                m_message->setText(result->opened.errorMessage());
                if (result->need.needed)
                    showCaPanel(result->need.admin);
                m_passphrase->setFocus();
                return;
            }
            QSettings().setValue(QStringLiteral("unlock/lastUser"), user);
            m_db = std::move(result->opened.value());
            accept();
        });
}

} // namespace lpdesk
