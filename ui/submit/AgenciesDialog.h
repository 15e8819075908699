// Agency profiles (Tools → Agencies): where submissions go and how the workstation authenticates. Administrators
// add and remove them (the pinned CA and the secrets are read from files and kept in the encrypted database);
// anyone who submits can test the connection (TLS with the pinned CA, an HTTP answer).
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace lpdesk {

class CaseDatabase;

class AgenciesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AgenciesDialog(CaseDatabase& db, QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    QLabel* status() const { return m_status; }
    // The add form (admin only): fields exposed for tests.
    QLineEdit* idField() const { return m_id; }
    QLineEdit* nameField() const { return m_name; }
    QLineEdit* urlField() const { return m_url; }
    QLineEdit* oriField() const { return m_ori; }
    QLineEdit* caFileField() const { return m_caFile; }
    QCheckBox* systemTrustField() const { return m_systemTrust; }
    QLabel* systemTrustWarning() const { return m_systemTrustWarning; }
    QComboBox* authField() const { return m_auth; }
    QLineEdit* apiKeyField() const { return m_apiKey; }
    QLineEdit* tokenUrlField() const { return m_tokenUrl; }
    QLineEdit* clientIdField() const { return m_clientId; }
    QLineEdit* clientSecretField() const { return m_clientSecret; }
    QLineEdit* clientCertField() const { return m_clientCert; }
    QLineEdit* clientKeyField() const { return m_clientKey; }
    QLineEdit* jurisdictionField() const { return m_jurisdiction; }
    QLineEdit* headerField() const { return m_header; }
    QComboBox* profileField() const { return m_profile; }
    QSpinBox* maxMbField() const { return m_maxMb; }
    QLineEdit* allowField() const { return m_allow; }

public Q_SLOTS:
    void reload();
    bool addAgency();
    void testSelected();
    void removeSelected();

Q_SIGNALS:
    void tested(bool ok);

private:
    QString selectedId() const;
    void setUpFields();
    QGroupBox* buildAddForm(bool admin);

    CaseDatabase& m_db;
    QTreeWidget* m_list;
    QLabel* m_status;
    QLineEdit* m_id;
    QLineEdit* m_name;
    QLineEdit* m_url;
    QLineEdit* m_ori;
    QLineEdit* m_caFile;
    QCheckBox* m_systemTrust;
    QLabel* m_systemTrustWarning;
    QComboBox* m_auth;
    QLineEdit* m_apiKey;
    QLineEdit* m_tokenUrl;
    QLineEdit* m_jurisdiction;
    QLineEdit* m_header;
    QComboBox* m_profile;
    QSpinBox* m_maxMb;
    QLineEdit* m_allow;
    QLineEdit* m_clientId;
    QLineEdit* m_clientSecret;
    QLineEdit* m_clientCert;
    QLineEdit* m_clientKey;
    QPushButton* m_test;
    QPushButton* m_remove;
};

} // namespace lpdesk
