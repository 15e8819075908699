// Assisted redaction in the editor: find faces and people (a job), track a drawn region (a job), and the check
// before rendering for faces a detector found where no region covers them.
#include "redact/RedactionEditor.h"

#include "common/JobDialog.h"
#include "common/JobQueue.h"
#include "common/Time.h"
#include "db/CaseDatabase.h"
#include "detect/SuggestionService.h"
#include "player/PlayerWidget.h"
#include "player/VideoView.h"
#include "redact/SuggestionPanel.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace lpdesk {

namespace {

// "3–40, 77, 90–92": runs of consecutive frames.
QString frameRuns(const QList<int>& frames)
{
    QStringList runs;
    for (qsizetype i = 0; i < frames.size();) {
        qsizetype j = i;
        while (j + 1 < frames.size() && frames[j + 1] == frames[j] + 1)
            ++j;
        runs << (i == j ? QString::number(frames[i]) : QStringLiteral("%1–%2").arg(frames[i]).arg(frames[j]));
        i = j + 1;
    }
    return runs.join(QStringLiteral(", "));
}

} // namespace

void RedactionEditor::findFacesAndPeople()
{
    m_player->pause();
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("findOptions"));
    dialog->setWindowTitle(tr("Find faces and people"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto* faces = new QCheckBox(tr("&Faces"), dialog);
    faces->setChecked(true);
    auto* people = new QCheckBox(tr("&People (whole bodies, slower)"), dialog);
    people->setChecked(true);
    auto* plates = new QCheckBox(tr("P&ossible number plates (low confidence)"), dialog);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Find"));
    auto* layout = new QVBoxLayout(dialog);
    auto* help = new QLabel(tr("The whole clip is searched; every track found is listed for you to accept or reject. "
                               "Nothing is added to the plan until you accept it."),
                            dialog);
    help->setWordWrap(true);
    layout->addWidget(help);
    layout->addWidget(faces);
    layout->addWidget(people);
    layout->addWidget(plates);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this, dialog, faces, people, plates] {
        QList<detect::Kind> kinds;
        if (faces->isChecked())
            kinds << detect::Kind::Face;
        if (people->isChecked())
            kinds << detect::Kind::Person;
        if (plates->isChecked())
            kinds << detect::Kind::Plate;
        dialog->accept();
        if (!kinds.isEmpty())
            findSuggestions(kinds);
    });
    dialog->open();
}

QueuedJob* RedactionEditor::findSuggestions(const QList<detect::Kind>& kinds)
{
    m_player->pause();
    CaseDatabase* db = &m_db;
    const QString mediaId = m_mediaId;
    const QString caseId = m_caseId;
    detect::Options options;
    options.kinds = kinds;
    SuggestionStyle style;
    style.reason = m_reasons.contains(QStringLiteral("bystander")) ? QStringLiteral("bystander") : m_reasons.value(0);
    style.thumbnails = 4;
    auto result = std::make_shared<Suggestion>();
    // A job of the queue, not a modal dialog: the editor stays usable while the clip is searched, Cancel is in the
    // Jobs panel, and the Suggestions tab fills when the search ends.
    QueuedJob* job = JobQueue::of(this, m_db)
                         ->add(tr("Finding faces and people"),
                               [db, mediaId, caseId, options, style, result](const QueuedJob::ProgressFn& progress,
                                                                             const std::atomic_bool* cancel) -> Status {
                                   auto found = SuggestionService(*db).suggest(
                                       mediaId, caseId, options, style,
                                       [&](int done, int total) {
                                           progress(done, total, tr("Frame %1 of %2").arg(done).arg(total));
                                       },
                                       cancel);
                                   if (!found)
                                       return found.error();
                                   *result = std::move(*found);
                                   return {};
                               });
    job->setObjectName(QStringLiteral("findSuggestionsJob"));
    m_status->setText(tr("Finding faces and people: see Jobs (Ctrl+J) for its progress."));
    connect(job, &QueuedJob::finished, this, [this, result, job](bool ok) {
        if (!ok) {
            m_status->setText(tr("Finding faces and people stopped: %1 The plan is unchanged.").arg(job->text()));
            return;
        }
        m_suggestions->setSuggestion(std::move(*result));
        m_tabs->setCurrentWidget(m_suggestions);
        const QString said = tr("%n tracks found: review them in Suggestions.", nullptr, m_suggestions->count());
        job->setDoneText(said);
        m_status->setText(said);
        Q_EMIT suggestionsReady(m_suggestions->count());
    });
    return job;
}

void RedactionEditor::trackSelectedRegion()
{
    const int i = m_doc->indexOf(m_selected);
    const QRectF box = i < 0 ? QRectF() : currentBox(m_selected);
    const QImage frame = m_player->view()->frame();
    if (box.isEmpty() || frame.isNull()) {
        m_status->setText(tr("Select a region (or draw a box) on this frame first, then track it."));
        return;
    }
    m_player->pause();
    CaseDatabase* db = &m_db;
    const QString mediaId = m_mediaId;
    const QString caseId = m_caseId;
    const QString regionId = m_selected;
    const double seconds = now();
    const QRectF pixels(box.x() * frame.width(), box.y() * frame.height(), box.width() * frame.width(),
                        box.height() * frame.height());
    SuggestionStyle style;
    style.reason = m_doc->plan.regions[i].reason;
    auto result = std::make_shared<Suggestion>();
    auto* job = new JobDialog(
        *db, tr("Tracking region %1").arg(regionId),
        [db, mediaId, caseId, seconds, pixels, style, result](const JobDialog::ProgressFn& progress,
                                                              const std::atomic_bool* cancel) -> Status {
            auto followed = SuggestionService(*db).follow(
                mediaId, caseId, seconds, pixels, detect::Options(), style,
                [&](int done, int total) { progress(done, total, QString()); }, cancel);
            if (!followed)
                return followed.error();
            *result = std::move(*followed);
            return {};
        },
        this);
    job->setObjectName(QStringLiteral("trackRegionJob"));
    job->setAttribute(Qt::WA_DeleteOnClose);
    connect(job, &JobDialog::finished, this, [this, result, job, regionId](bool ok) {
        const int index = m_doc->indexOf(regionId);
        if (!ok || index < 0 || result->plan.regions.isEmpty()) {
            if (!ok)
                m_status->setText(
                    tr("Tracking stopped: %1 The region is unchanged.").arg(job->result().errorMessage()));
            return;
        }
        RedactionRegion region = m_doc->plan.regions[index];
        const RedactionRegion& tracked = result->plan.regions.first();
        region.keyframes = tracked.keyframes;
        region.origin = tracked.origin; // a person's box, followed by the tracker
        region.origin.acceptedBy = m_db.session().userName;
        region.origin.acceptedAt = utcNowString();
        m_undo->push(new ReplaceRegionCommand(m_doc, region, tr("track %1").arg(regionId)));
        m_status->setText(tr("Region %1 now follows the tracked box (%2 – %3, %4 keyframes); check it and adjust "
                             "where it drifts.")
                              .arg(regionId, formatClock(region.start()), formatClock(region.end()))
                              .arg(region.keyframes.size()));
        Q_EMIT regionTracked(regionId);
        job->accept();
    });
    job->open();
    job->start();
}

void RedactionEditor::checkUncovered(bool endingsConfirmed)
{
    const QList<int> frames
        = SuggestionService::uncoveredFrames(m_suggestions->tracks(), m_doc->plan, m_player->frameSeconds());
    if (frames.isEmpty()) {
        startRender(endingsConfirmed, {});
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Faces without a region"),
                                tr("A face or person was detected in %n frames where no region covers it:", nullptr,
                                   static_cast<int>(frames.size())),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("uncoveredDetectionsWarning"));
    box->setInformativeText(tr("Frames %1.").arg(frameRuns(frames)) + QLatin1Char('\n') + QLatin1Char('\n')
                            + tr("Render anyway only if these are not people to hide (for example, a rejected false "
                                 "detection). Your confirmation and the frames are kept with the redacted copy."));
    auto* go = box->addButton(tr("Render anyway"), QMessageBox::AcceptRole);
    go->setObjectName(QStringLiteral("renderAnywayUncovered"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, go, frames, endingsConfirmed](QAbstractButton* b) {
        if (b == go)
            startRender(endingsConfirmed, frames);
        else
            m_status->setText(
                tr("Not rendered: accept the tracks or draw regions over the faces in the frames listed."));
        box->close();
    });
    box->open();
    Q_EMIT uncoveredDetectionsShown(frames);
}

} // namespace lpdesk
