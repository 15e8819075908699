// First run: explains what LP Desk keeps and where, then creates the encrypted case database and its first
// administrator. The scrypt tuning and key generation run off the UI thread.
#pragma once

#include "db/CaseDatabase.h"

#include <QWizard>

#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;

namespace lpdesk {

class PassphraseFields;

class FirstRunWizard : public QWizard
{
    Q_OBJECT
public:
    explicit FirstRunWizard(const QString& suggestedPath, QWidget* parent = nullptr);
    ~FirstRunWizard() override;

    std::unique_ptr<CaseDatabase> takeDatabase();
    QString databasePath() const;

protected:
    bool validateCurrentPage() override;

private:
    QWizardPage* wherePage();
    void startCreate();
    CaseDatabase::CreateOptions options() const;

    QLineEdit* m_path;
    QLineEdit* m_organisation;
    QLineEdit* m_workstation;
    QLineEdit* m_admin;
    PassphraseFields* m_passphrase;
    QLabel* m_status;
    QProgressBar* m_progress;
    bool m_creating = false;
    std::unique_ptr<CaseDatabase> m_db;
};

} // namespace lpdesk
