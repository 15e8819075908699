// Verifying a sealed package offline (menu, or drop a .zip onto the main window): the same checks as
// `lpdesk-cli verify` — structure, signature against a chosen CA (or, with a warning, the one inside), every
// file's hash, coverage, custody chain — with progress and cancel; asks for the password of an encrypted package.
#pragma once

#include <QDialog>

#include <atomic>
#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTextBrowser;

namespace lpdesk {

struct PackageVerification;

class VerifyPackageDialog : public QDialog
{
    Q_OBJECT
public:
    explicit VerifyPackageDialog(const QString& packagePath, QWidget* parent = nullptr);
    ~VerifyPackageDialog() override;

    QLineEdit* caFile() const { return m_ca; }
    QTextBrowser* report() const { return m_report; }
    QLabel* verdict() const { return m_verdict; }
    bool isRunning() const { return m_running; }
    // For an encrypted package: used instead of asking (tests, scripted use).
    void setPassword(const QString& password) { m_presetPassword = password; }

public Q_SLOTS:
    void verify();

Q_SIGNALS:
    void verified(bool ok);

protected:
    void reject() override;

private:
    void run(const QByteArray& password);
    void showResult(const PackageVerification& v);

    QString m_path;
    QLineEdit* m_ca;
    QLabel* m_verdict;
    QProgressBar* m_bar;
    QTextBrowser* m_report;
    QPushButton* m_verify;
    QString m_presetPassword;
    bool m_running = false;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
};

} // namespace lpdesk
