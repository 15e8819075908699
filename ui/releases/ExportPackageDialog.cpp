#include "releases/ExportPackageDialog.h"

#include "common/JobQueue.h"
#include "common/PassphraseFields.h"
#include "common/WindowSize.h"
#include "db/CaseDatabase.h"
#include "export/PackageBuilder.h"
#include "export/PackagePassword.h"
#include "export/ReleaseService.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace lpdesk {

ExportPackageDialog::ExportPackageDialog(CaseDatabase& db, const QString& releaseId, QWidget* parent)
    : QDialog(parent),
      m_db(db),
      m_releaseId(releaseId),
      m_target(new QLineEdit(this)),
      m_encrypt(new QCheckBox(tr("&Encrypt the package with a password (AES-256)"), this)),
      m_password(new PassphraseFields(this)),
      m_passwordNote(new QLabel(this))
{
    setWindowTitle(tr("Export sealed package"));
    setObjectName(QStringLiteral("exportPackageDialog"));
    resizeToFit(this, QSize(560, 260));
    m_target->setObjectName(QStringLiteral("packageTarget"));
    m_target->setText(QDir::home().filePath(QStringLiteral("lpdesk-package-%1.zip").arg(releaseId.left(8))));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path
            = QFileDialog::getSaveFileName(this, tr("Package file"), m_target->text(), tr("ZIP packages (*.zip)"));
        if (!path.isEmpty())
            m_target->setText(path);
    });
    auto* row = new QHBoxLayout;
    row->addWidget(m_target, 1);
    row->addWidget(browse);
    // Core decides who may choose the password (the reviewer who approved the release); the dialog only asks.
    auto release = ReleaseService(db).show(releaseId);
    const QString reviewer = release ? release->decidedBy : QString();
    m_mayChoose = PackagePassword::mayChoose(db.session(), reviewer);
    m_password->setEnabled(false);
    connect(m_encrypt, &QCheckBox::toggled, m_password, &QWidget::setEnabled);
    m_passwordNote->setObjectName(QStringLiteral("packagePasswordNote"));
    if (m_mayChoose)
        m_passwordNote->setText(tr("Leave the password empty to have one generated (shown once), or type one of at "
                                   "least %1 characters. Hand it over separately (by phone, never with the package).")
                                    .arg(PackagePassword::MinChosenLength));
    else if (!reviewer.isEmpty())
        m_passwordNote->setText(tr("LP Desk generates the password and shows it once when the package is written. "
                                   "Only %1, the legal reviewer who approved this release, may choose one instead. "
                                   "Hand it over separately (by phone, never with the package).")
                                    .arg(reviewer));
    else
        m_passwordNote->setText(tr("LP Desk generates the password and shows it once when the package is written. "
                                   "Only the legal reviewer who approved the release may choose one instead. Hand it "
                                   "over separately (by phone, never with the package)."));
    m_passwordNote->setWordWrap(true);
    auto* form = new QFormLayout;
    auto* fileLabel = new QLabel(tr("&File:"), this); // a layout row gets no buddy: without one "&" shows
    fileLabel->setBuddy(m_target);
    form->addRow(fileLabel, row);
    form->addRow(QString(), m_encrypt);
    form->addRow(tr("Password:"), m_password);
    form->setRowVisible(m_password, m_mayChoose);
    form->addRow(QString(), m_passwordNote);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("E&xport"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportPackageDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
}

void ExportPackageDialog::accept()
{
    const QString path = m_target->text().trimmed();
    if (path.isEmpty())
        return;
    auto password = std::make_shared<std::optional<SecureBytes>>();
    auto generated = std::make_shared<QString>();
    if (m_encrypt->isChecked()) {
        if (!m_mayChoose)
            static_cast<void>(m_password->take()); // not offered: whatever the hidden fields hold is wiped, never used
        if (!m_mayChoose || (m_password->first()->text().isEmpty() && m_password->repeat()->text().isEmpty())) {
            password->emplace(PackagePassword::generate());
            *generated = QString::fromUtf8(password->value().view().data(), password->value().view().size());
        } else if (!m_password->isAcceptable()) {
            QMessageBox::information(this, windowTitle(), tr("Type the same password twice."));
            return;
        } else if (m_password->first()->text().size() < PackagePassword::MinChosenLength) {
            QMessageBox::information(this, windowTitle(),
                                     tr("A password you choose needs at least %1 characters; leave both fields "
                                        "empty to have one generated.")
                                         .arg(PackagePassword::MinChosenLength));
            return;
        } else {
            password->emplace(m_password->take());
        }
    }
    QueuedJob* job = startExport(path, password, generated);
    Q_EMIT exportStarted(job);
    // The dialog was for the inputs: the export goes on in the Jobs panel, and a pull or a render beside it.
    QDialog::accept();
}

QueuedJob* ExportPackageDialog::startExport(const QString& path,
                                            const std::shared_ptr<std::optional<SecureBytes>>& password,
                                            const std::shared_ptr<QString>& generated)
{
    CaseDatabase* db = &m_db;
    const QString releaseId = m_releaseId;
    QWidget* owner = parentWidget() ? parentWidget() : this;
    QueuedJob* job = JobQueue::of(owner, m_db)
                         ->add(tr("Exporting %1").arg(QFileInfo(path).fileName()),
                               [db, releaseId, path, password, generated](const QueuedJob::ProgressFn& progress,
                                                                          const std::atomic_bool* cancel) -> Status {
                                   ExportOptions options;
                                   options.outPath = path;
                                   options.password = password->has_value() ? &password->value() : nullptr;
                                   options.passwordChosen = password->has_value() && generated->isEmpty();
                                   options.cancel = cancel;
                                   options.progress = [&](qint64 done, qint64 total, const QString& stage) {
                                       const int scale = total > (1LL << 30) ? 1024 : 1;
                                       progress(static_cast<int>(done / scale),
                                                static_cast<int>(std::max<qint64>(1, total / scale)), stage);
                                   };
                                   auto result = PackageBuilder(*db).exportRelease(releaseId, options);
                                   password->reset(); // wiped as soon as the package no longer needs it
                                   if (!result)
                                       return result.error();
                                   return {};
                               });
    job->setObjectName(QStringLiteral("exportPackageJob"));
    job->setDoneText(tr("Package written to %1").arg(QDir::toNativeSeparators(path)));
    // The password is shown once the package is written, wherever the person is: the dialog may be gone by then.
    QPointer<QWidget> shownOver = parentWidget();
    const QString title = windowTitle();
    connect(job, &QueuedJob::finished, job, [generated, shownOver, title](bool ok) {
        if (ok && !generated->isEmpty()) {
            // Shown once: LP Desk keeps no copy.
            auto* box = new QMessageBox(QMessageBox::Information, title,
                                        tr("The package password (shown once; hand it over separately, never with "
                                           "the package):\n\n%1")
                                            .arg(*generated),
                                        QMessageBox::Ok, shownOver.data());
            box->setObjectName(QStringLiteral("generatedPasswordBox"));
            box->setTextInteractionFlags(Qt::TextSelectableByMouse);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        generated->fill(QLatin1Char('0'));
    });
    connect(job, &QueuedJob::finished, this, [this, path](bool ok) {
        if (!ok)
            return;
        m_written = path;
        Q_EMIT exported(path);
    });
    return job;
}

} // namespace lpdesk
