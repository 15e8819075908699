// "Add evidence…" and files dropped on a case: where the files came from (required), the camera, the recording's
// start and its clock offset; the import runs as a job of the queue (progress and Cancel in the Jobs panel). Each file
// becomes a native master exhibit (and a working copy where the player needs one) through ExhibitImporter, the same
// core as the CLI.
#pragma once

#include <QDialog>
#include <QPointer>
#include <QStringList>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace lpdesk {

class CaseDatabase;
class QueuedJob;
struct ExhibitRequest;

class AddEvidenceDialog : public QDialog
{
    Q_OBJECT
public:
    AddEvidenceDialog(CaseDatabase& db, const QString& caseId, const QStringList& files, QWidget* parent = nullptr);

    void addFiles(const QStringList& files);
    QStringList files() const;
    QStringList importedIds() const { return m_imported; }
    QStringList notes() const { return m_notes; }
    QLineEdit* sourceEdit() const { return m_source; }
    QLineEdit* cameraEdit() const { return m_camera; }
    QLineEdit* startEdit() const { return m_start; }
    QDoubleSpinBox* frameRateBox() const { return m_fps; }
    QPushButton* importButton() const { return m_import; }

public Q_SLOTS:
    void startImport();

Q_SIGNALS:
    void imported(const QStringList& mediaIds);

private:
    void browse();
    void updateState();
    // The steps of startImport(): the request as the fields say (false, with the reason shown, when a field is
    // wrong), and the end of the job: what it took in leaves the list, the dialog closes when all of it went in.
    bool readRequest(ExhibitRequest& request);
    void importFinished(const QStringList& ids, const QStringList& notes, const QStringList& importedFiles,
                        QueuedJob* job, bool ok);

    CaseDatabase& m_db;
    QString m_caseId;
    QListWidget* m_files;
    QLineEdit* m_source;
    QLineEdit* m_camera;
    QLineEdit* m_start;
    QDoubleSpinBox* m_offset;
    QDoubleSpinBox* m_fps;
    QLabel* m_error;
    QPushButton* m_import;
    QStringList m_imported;
    QStringList m_notes;
    QPointer<QueuedJob> m_job; // the import running, while it runs
};

} // namespace lpdesk
