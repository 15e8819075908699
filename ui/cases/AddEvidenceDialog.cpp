#include "cases/AddEvidenceDialog.h"

#include "common/WindowSize.h"

#include "cases/ExhibitImporter.h"
#include "common/JobQueue.h"
#include "common/Time.h"
#include "db/CaseDatabase.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>

namespace lpdesk {

AddEvidenceDialog::AddEvidenceDialog(CaseDatabase& db, const QString& caseId, const QStringList& files, QWidget* parent)
    : QDialog(parent),
      m_db(db),
      m_caseId(caseId),
      m_files(new QListWidget(this)),
      m_source(new QLineEdit(this)),
      m_camera(new QLineEdit(this)),
      m_start(new QLineEdit(this)),
      m_offset(new QDoubleSpinBox(this)),
      m_fps(new QDoubleSpinBox(this)),
      m_error(new QLabel(this)),
      m_import(new QPushButton(tr("&Import"), this))
{
    setObjectName(QStringLiteral("addEvidenceDialog"));
    setWindowTitle(tr("Add evidence"));
    resizeToFit(this, QSize(640, 460));
    m_files->setObjectName(QStringLiteral("evidenceFiles"));
    m_source->setObjectName(QStringLiteral("evidenceSource"));
    m_source->setPlaceholderText(tr("e.g. DVR export on USB stick from the store manager, 4 Dec"));
    m_camera->setObjectName(QStringLiteral("evidenceCamera"));
    m_camera->setPlaceholderText(tr("optional, e.g. ch01 or phone of J. Doe"));
    m_start->setObjectName(QStringLiteral("evidenceStart"));
    m_start->setPlaceholderText(tr("from the file, or e.g. 2026-12-04T14:02:11-05:00"));
    m_offset->setRange(-366.0 * 86400, 366.0 * 86400);
    m_offset->setDecimals(3);
    m_offset->setSuffix(tr(" s"));
    m_offset->setToolTip(tr("How many seconds the recorder's clock was ahead of true time"));
    m_fps->setObjectName(QStringLiteral("evidenceFrameRate"));
    m_fps->setRange(0, 1000);
    m_fps->setDecimals(3);
    m_fps->setSpecialValueText(tr("from the stream"));
    m_fps->setToolTip(tr("Frame rate of raw .h264/.h265 streams, which carry no timestamps"));
    m_error->setObjectName(QStringLiteral("evidenceError"));
    m_error->setWordWrap(true);
    m_import->setObjectName(QStringLiteral("importEvidenceButton"));
    m_import->setDefault(true);

    auto* browseButton = new QPushButton(tr("Add &files…"), this);
    auto* removeButton = new QPushButton(tr("&Remove"), this);
    auto* fileButtons = new QHBoxLayout;
    fileButtons->addWidget(browseButton);
    fileButtons->addWidget(removeButton);
    fileButtons->addStretch();
    auto* form = new QFormLayout;
    form->addRow(tr("&Source:"), m_source);
    form->addRow(tr("&Camera:"), m_camera);
    form->addRow(tr("Recording s&tart:"), m_start);
    form->addRow(tr("Clock &offset:"), m_offset);
    form->addRow(tr("Fra&me rate:"), m_fps);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    auto* layout = new QVBoxLayout(this);
    // Wrapped: on one line this text alone made the dialog 1,700 px wide (2,100 in Spanish).
    auto* intro = new QLabel(tr("Each file is kept bit for bit as a native master exhibit (encrypted), with its "
                                "SHA-256 and who, when and where from in the chain of custody. Video the player "
                                "cannot use directly gets an MP4 working copy; ZIP exports are unpacked; anything "
                                "unreadable is kept as a document."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_files, 1);
    layout->addLayout(fileButtons);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_error->setText(QString());

    connect(browseButton, &QPushButton::clicked, this, &AddEvidenceDialog::browse);
    connect(removeButton, &QPushButton::clicked, this, [this] {
        qDeleteAll(m_files->selectedItems());
        updateState();
    });
    connect(m_source, &QLineEdit::textChanged, this, &AddEvidenceDialog::updateState);
    connect(m_import, &QPushButton::clicked, this, &AddEvidenceDialog::startImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    addFiles(files);
}

void AddEvidenceDialog::addFiles(const QStringList& files)
{
    for (const QString& f : files)
        if (!this->files().contains(f))
            m_files->addItem(f);
    updateState();
}

QStringList AddEvidenceDialog::files() const
{
    QStringList out;
    for (int i = 0; i < m_files->count(); ++i)
        out << m_files->item(i)->text();
    return out;
}

void AddEvidenceDialog::browse()
{
    addFiles(QFileDialog::getOpenFileNames(this, tr("Add evidence")));
}

void AddEvidenceDialog::updateState()
{
    // Not twice at once: the files stay listed until the running import has taken them in.
    m_import->setEnabled(!m_job && m_files->count() > 0 && !m_source->text().trimmed().isEmpty());
}

namespace {

// What a run of imports took in: written by the job's worker, read when the job has finished.
struct ImportTally
{
    QStringList ids, notes, files;
};

// The files one after another, on the job's thread; stops at the first that fails.
Status importEach(CaseDatabase& db, const ExhibitRequest& request, const QStringList& list,
                  const QueuedJob::ProgressFn& progress, const std::atomic_bool* cancel, ImportTally& tally)
{
    ExhibitImporter importer(db);
    for (const QString& file : list) {
        auto done = importer.importFile(
            file, request,
            [&](const QString& what, qint64 d, qint64 t) {
                progress(t > 0 ? static_cast<int>(d * 1000 / t) : 1000, 1000,
                         AddEvidenceDialog::tr("%1 (%2 of %3)").arg(what).arg(list.indexOf(file) + 1).arg(list.size()));
            },
            cancel);
        if (!done)
            return makeError(done.error().kind,
                             AddEvidenceDialog::tr("%1: %2 (%n file(s) before it were "
                                                   "imported)",
                                                   nullptr, static_cast<int>(tally.ids.size()))
                                 .arg(QFileInfo(file).fileName(), done.error().message));
        for (const ImportedExhibit& e : *done) {
            tally.ids << e.mediaId;
            tally.notes << e.notes;
        }
        tally.files << file;
    }
    return {};
}

} // namespace

bool AddEvidenceDialog::readRequest(ExhibitRequest& request)
{
    request.caseId = m_caseId;
    request.source = m_source->text().trimmed();
    request.camera = m_camera->text().trimmed();
    if (!m_start->text().trimmed().isEmpty()) {
        request.start = parseRfc3339(m_start->text().trimmed());
        if (!request.start.isValid()) {
            m_error->setText(tr("The start time is not an RFC 3339 time with an offset."));
            return false;
        }
    }
    if (m_offset->value() != 0)
        request.clockOffset = m_offset->value();
    request.fps = m_fps->value();
    return true;
}

void AddEvidenceDialog::startImport()
{
    ExhibitRequest request;
    if (!readRequest(request))
        return;
    const QStringList list = files();
    if (Status s = ExhibitImporter(m_db).check(list, request); !s) {
        m_error->setText(s.errorMessage());
        return;
    }
    m_error->clear();
    CaseDatabase* db = &m_db;
    auto tally = std::make_shared<ImportTally>();
    // A job of the queue, not a modal dialog: progress and Cancel are in the Jobs panel; the dialog keeps the
    // fields, says how the import ended, and closes when everything went in.
    QueuedJob* job
        = JobQueue::of(this, m_db)
              ->add(tr("Importing %n file(s)", nullptr, static_cast<int>(list.size())),
                    [db, request, list, tally](const QueuedJob::ProgressFn& progress, const std::atomic_bool* cancel) {
                        return importEach(*db, request, list, progress, cancel, *tally);
                    });
    job->setObjectName(QStringLiteral("addEvidenceJob"));
    m_job = job;
    updateState();
    connect(job, &QueuedJob::finished, this, [this, tally, job](bool ok) {
        m_job = nullptr;
        if (ok)
            job->setDoneText(tr("%n file(s) imported.", nullptr, static_cast<int>(tally->files.size())));
        importFinished(tally->ids, tally->notes, tally->files, job, ok);
    });
}

void AddEvidenceDialog::importFinished(const QStringList& ids, const QStringList& notes,
                                       const QStringList& importedFiles, QueuedJob* job, bool ok)
{
    m_imported = ids;
    m_notes = notes;
    // Files already taken in leave the list, so that importing again (with the frame rate the failed one asked
    // for, say) does not make a second master of them; the reason stays beside the fields to correct.
    for (int i = m_files->count() - 1; i >= 0; --i)
        if (importedFiles.contains(m_files->item(i)->text()))
            delete m_files->takeItem(i);
    updateState();
    if (!ids.isEmpty())
        Q_EMIT imported(ids);
    if (!ok) {
        m_error->setText(job->text());
        return;
    }
    m_error->clear();
    accept();
}

} // namespace lpdesk
