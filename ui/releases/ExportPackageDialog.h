// Exporting an approved release: where to write the package, and optionally a password (typed twice) that
// encrypts every entry with AES-256 (opens in 7-Zip and similar tools). The export runs as a job with progress and
// cancel; a cancelled or failed export leaves no file behind.
#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;

namespace lpdesk {

class CaseDatabase;
class PassphraseFields;

class ExportPackageDialog : public QDialog
{
    Q_OBJECT
public:
    ExportPackageDialog(CaseDatabase& db, const QString& releaseId, QWidget* parent = nullptr);

    QLineEdit* target() const { return m_target; }
    QCheckBox* encrypt() const { return m_encrypt; }
    PassphraseFields* password() const { return m_password; }
    QString writtenPath() const { return m_written; }

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void exported(const QString& path);

private:
    CaseDatabase& m_db;
    QString m_releaseId;
    QLineEdit* m_target;
    QCheckBox* m_encrypt;
    PassphraseFields* m_password;
    QString m_written;
};

} // namespace lpdesk
