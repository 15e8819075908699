#include "releases/VerifyPackageDialog.h"

#include "common/Background.h"
#include "common/Theme.h"
#include "common/WindowSize.h"
#include "export/PackageVerifier.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <optional>

namespace lpdesk {

namespace {

struct Outcome
{
    std::optional<Result<PackageVerification>> result;
};

} // namespace

VerifyPackageDialog::VerifyPackageDialog(const QString& packagePath, QWidget* parent)
    : QDialog(parent),
      m_path(packagePath),
      m_ca(new QLineEdit(this)),
      m_verdict(new QLabel(this)),
      m_bar(new QProgressBar(this)),
      m_report(new QTextBrowser(this)),
      m_verify(new QPushButton(tr("&Verify"), this))
{
    setWindowTitle(tr("Verify package — %1").arg(QFileInfo(packagePath).fileName()));
    setObjectName(QStringLiteral("verifyPackageDialog"));
    resizeToFit(this, QSize(720, 480));
    m_ca->setObjectName(QStringLiteral("caFile"));
    m_ca->setPlaceholderText(tr("The organisation's CA certificate you were given (PEM); empty: the one inside"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Trusted CA certificate"), QString(),
                                                       tr("Certificates (*.pem *.crt)"));
        if (!f.isEmpty())
            m_ca->setText(f);
    });
    auto* row = new QHBoxLayout;
    row->addWidget(m_ca, 1);
    row->addWidget(browse);
    row->addWidget(m_verify);
    auto* form = new QFormLayout;
    form->addRow(tr("Package:"), new QLabel(packagePath.toHtmlEscaped(), this));
    auto* caLabel = new QLabel(tr("Trusted &CA:"), this); // a layout row gets no buddy: without one "&" shows
    caLabel->setBuddy(m_ca);
    form->addRow(caLabel, row);
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setWordWrap(true);
    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_verdict->setFont(big);
    m_report->setObjectName(QStringLiteral("verifyReport"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &VerifyPackageDialog::reject);
    connect(m_verify, &QPushButton::clicked, this, &VerifyPackageDialog::verify);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_verdict);
    layout->addWidget(m_bar);
    layout->addWidget(m_report, 1);
    layout->addWidget(buttons);
}

VerifyPackageDialog::~VerifyPackageDialog()
{
    m_cancel->store(true);
}

void VerifyPackageDialog::reject()
{
    if (m_running) {
        m_cancel->store(true); // Escape / Close cancels a running verification first
        return;
    }
    QDialog::reject();
}

void VerifyPackageDialog::verify()
{
    run({});
}

void VerifyPackageDialog::run(const QByteArray& password)
{
    if (m_running)
        return;
    QByteArray ca;
    if (!m_ca->text().trimmed().isEmpty()) {
        QFile f(m_ca->text().trimmed());
        if (!f.open(QIODevice::ReadOnly)) {
            m_verdict->setText(tr("Cannot read the CA certificate: %1").arg(f.errorString()));
            return;
        }
        ca = f.read(1 << 20);
    }
    m_running = true;
    m_cancel->store(false);
    m_verify->setEnabled(false);
    m_verdict->setText(tr("Verifying…"));
    m_bar->setRange(0, 1000);
    m_bar->setValue(0);
    QPointer<VerifyPackageDialog> self(this);
    const QString path = m_path;
    auto cancel = m_cancel;
    runInBackground<std::shared_ptr<Outcome>>(
        this,
        [path, ca, password, cancel, self]() {
            auto outcome = std::make_shared<Outcome>();
            QByteArray copy = password;
            SecureBytes secret = SecureBytes::takeFrom(copy);
            outcome->result.emplace(PackageVerifier::verify(
                path, ca, password.isEmpty() ? nullptr : &secret,
                [self](qint64 done, qint64 total) {
                    const int permille = total > 0 ? static_cast<int>(done * 1000 / total) : 0;
                    QMetaObject::invokeMethod(
                        qApp,
                        [self, permille] {
                            if (self)
                                self->m_bar->setValue(permille);
                        },
                        Qt::QueuedConnection);
                },
                cancel.get()));
            return outcome;
        },
        [this](std::shared_ptr<Outcome> outcome) {
            m_running = false;
            m_verify->setEnabled(true);
            if (!*outcome->result && outcome->result->error().kind == ErrorKind::Auth) {
                bool ok = false;
                const QString typed = !m_presetPassword.isEmpty()
                    ? std::exchange(m_presetPassword, QString())
                    : QInputDialog::getText(this, windowTitle(), tr("The package is encrypted. Its password:"),
                                            QLineEdit::Password, QString(), &ok);
                if (!typed.isEmpty()) {
                    QByteArray bytes = typed.toUtf8();
                    run(bytes);
                    bytes.fill('\0');
                    return;
                }
            }
            if (!*outcome->result) {
                m_verdict->setText(outcome->result->errorMessage());
                Theme::setStatus(m_verdict, Theme::Status::Alert);
                Q_EMIT verified(false);
                return;
            }
            showResult(**outcome->result);
        });
}

void VerifyPackageDialog::showResult(const PackageVerification& v)
{
    m_bar->setValue(1000);
    QString h;
    if (v.ok()) {
        m_verdict->setText(tr("Intact: every file, the signature and the custody chain check out."));
        Theme::setStatus(m_verdict, Theme::Status::Ok);
    } else {
        m_verdict->setText(tr("NOT intact: %n problem(s) found.", nullptr, static_cast<int>(v.problems.size())));
        Theme::setStatus(m_verdict, Theme::Status::Alert);
        h += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Problems").toHtmlEscaped());
        for (const QString& p : v.problems)
            h += QStringLiteral("<li>%1</li>").arg(p.toHtmlEscaped());
        h += QStringLiteral("</ul>");
    }
    h += QStringLiteral("<p>%1<br>%2<br>%3<br>%4</p>")
             .arg(tr("Package %1, case %2").arg(v.packageId, v.caseReference).toHtmlEscaped(),
                  tr("%1 files, %2 bytes, %3 custody events")
                      .arg(v.files)
                      .arg(v.bytes)
                      .arg(v.custodyEvents)
                      .toHtmlEscaped(),
                  tr("Signed by %1").arg(v.signer.isEmpty() ? tr("(no valid signature)") : v.signer).toHtmlEscaped(),
                  tr("Signing certificate SHA-256 %1").arg(v.signerFingerprint).toHtmlEscaped());
    if (!v.timestampedAt.isEmpty())
        h += QStringLiteral("<p>%1</p>")
                 .arg(
                     tr("Time-stamped %1 by %2 (RFC 3161)").arg(v.timestampedAt, v.timestampAuthority).toHtmlEscaped());
    QStringList notes = v.notes;
    if (v.wanted.contains(QLatin1String("ca")))
        notes << tr("Choose the CA certificate the sender gave you under Trusted CA and verify again to check who "
                    "made the package.");
    for (const QString& n : std::as_const(notes))
        h += QStringLiteral("<p style='%1'>%2</p>")
                 .arg(Theme::css(Theme::Status::Warning, m_report->palette()), n.toHtmlEscaped());
    m_report->setHtml(h);
    Q_EMIT verified(v.ok());
}

} // namespace lpdesk
