// Exporting an approved release: where to write the package, and optionally a password that encrypts every entry
// with AES-256 (opens in 7-Zip and similar tools). The password is generated (shown once) unless the person is the one
// core lets choose it (PackagePassword::mayChoose: the legal reviewer who approved the release), who may type one
// twice; everyone else is told who chooses it. The dialog takes the inputs only: the export runs as a job of the
// queue (JobQueue: progress and Cancel in the Jobs panel, its end told in the status bar) and a cancelled or failed
// export leaves no file behind.
#pragma once

#include "crypto/SecureBytes.h"

#include <QDialog>

#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace lpdesk {

class CaseDatabase;
class PassphraseFields;
class QueuedJob;

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
    // The export was queued (the dialog closes); its end is the job's finished().
    void exportStarted(QueuedJob* job);
    // The package was written (only while the dialog still exists).
    void exported(const QString& path);

private:
    QueuedJob* startExport(const QString& path, const std::shared_ptr<std::optional<SecureBytes>>& password,
                           const std::shared_ptr<QString>& generated);

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
