// Unlock an existing case database: user name and passphrase. The key derivation runs off the UI thread;
// a failure says the same thing for an unknown user and a wrong passphrase.
#pragma once

#include "db/CaseDatabase.h"

#include <QDialog>

#include <memory>

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

Q_SIGNALS:
    void createNewRequested();
    void openOtherRequested();

private:
    void unlock();
    void setBusy(bool busy);

    QString m_path;
    QLineEdit* m_user;
    QLineEdit* m_passphrase;
    QLabel* m_message;
    QProgressBar* m_busy;
    QPushButton* m_unlockButton;
    std::unique_ptr<CaseDatabase> m_db;
};

} // namespace lpdesk
