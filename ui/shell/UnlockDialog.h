// Unlock an existing case database: user name and passphrase. The key derivation runs off the UI thread;
// a failure says the same thing for an unknown user and a wrong passphrase. A key slot from before CA pinning that no
// administrator vouches for is explained in words; an administrator confirms the organisation CA here (its org-ca.pem
// or the fingerprint) and unlocks through the same core path as `lpdesk-cli key confirm-ca`.
#pragma once

#include "db/CaseDatabase.h"

#include <QDialog>

#include <memory>

class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace lpdesk {

class UnlockDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UnlockDialog(const QString& databasePath, QWidget* parent = nullptr);
    ~UnlockDialog() override;

    std::unique_ptr<CaseDatabase> takeDatabase();
    QString databasePath() const { return m_path; }

    // The CA confirmation panel (shown after such a refusal), for tests and accessibility tools.
    QGroupBox* caPanel() const { return m_caPanel; }
    QLabel* caExplanation() const { return m_caExplanation; }
    QLineEdit* caFingerprint() const { return m_caFingerprint; }
    QPushButton* caConfirmButton() const { return m_caConfirm; }
    QPushButton* caChooseButton() const { return m_caChoose; }
    // What "Choose org-ca.pem…" does with the file picked: computes and shows its SHA-256.
    void useCaFile(const QString& pemPath);

Q_SIGNALS:
    void createNewRequested();
    void openOtherRequested();

private:
    void unlock();
    void confirmCaAndUnlock();
    void start(const QString& confirmCaSha256);
    void setBusy(bool busy);
    void showCaPanel(bool admin);

    QString m_path;
    QLineEdit* m_user;
    QLineEdit* m_passphrase;
    QLabel* m_message;
    QProgressBar* m_busy;
    QPushButton* m_unlockButton;
    QGroupBox* m_caPanel;
    QLabel* m_caExplanation;
    QLineEdit* m_caFingerprint;
    QLabel* m_caFileSaid;
    QPushButton* m_caChoose;
    QPushButton* m_caConfirm;
    std::unique_ptr<CaseDatabase> m_db;
};

} // namespace lpdesk
