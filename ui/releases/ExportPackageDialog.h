// Exporting an approved release: where to write the package, and optionally a password that encrypts every entry
// with AES-256 (opens in 7-Zip and similar tools). The password is generated (shown once) unless the person is the one
// core lets choose it (PackagePassword::mayChoose: the legal reviewer who approved the release), who may type one
// twice; everyone else is told who chooses it. The export runs as a job with progress and cancel; a cancelled or
// failed export leaves no file behind.
#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
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
    // Whether the password fields are offered (core lets this person choose the password).
    bool passwordOffered() const { return m_mayChoose; }
    QLabel* passwordNote() const { return m_passwordNote; }
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
    QLabel* m_passwordNote;
    bool m_mayChoose = false;
    QString m_written;
};

} // namespace lpdesk
