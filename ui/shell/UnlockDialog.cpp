#include "shell/UnlockDialog.h"

#include "common/Background.h"
#include "common/ScreenshotMode.h"
#include "common/Theme.h"
#include "common/WindowWatcher.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace lpdesk {

namespace {
using OpenResult = std::shared_ptr<Result<std::unique_ptr<CaseDatabase>>>;
}

UnlockDialog::UnlockDialog(const QString& databasePath, QWidget* parent)
    : QDialog(parent),
      m_path(databasePath),
      m_user(new QLineEdit(this)),
      m_passphrase(new QLineEdit(this)),
      m_message(new QLabel(this)),
      m_busy(new QProgressBar(this))
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
    form->addRow(tr("&User:"), m_user);
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
    layout->addWidget(m_busy);
    layout->addWidget(buttons);
    connect(m_unlockButton, &QPushButton::clicked, this, &UnlockDialog::unlock);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(other, &QPushButton::clicked, this, &UnlockDialog::openOtherRequested);
    connect(create, &QPushButton::clicked, this, &UnlockDialog::createNewRequested);
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
    m_user->setEnabled(!busy);
    m_passphrase->setEnabled(!busy);
}

void UnlockDialog::unlock()
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
        [path, user, pass]() {
            auto opened
                = std::make_shared<Result<std::unique_ptr<CaseDatabase>>>(CaseDatabase::open(path, user, *pass));
            // The database is not shared yet: this pool thread's connection goes now, the UI thread makes its own.
            if (opened->ok())
                opened->value()->releaseThreadConnection();
            return opened;
        },
        [this, user](OpenResult result) {
            setBusy(false);
            if (!result->ok()) {
                m_message->setText(result->errorMessage());
                m_passphrase->setFocus();
                return;
            }
            QSettings().setValue(QStringLiteral("unlock/lastUser"), user);
            m_db = std::move(result->value());
            accept();
        });
}

} // namespace lpdesk
