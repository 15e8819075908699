// A case window's jobs (split from CaseWorkspace.cpp): trims and stills run as jobs of the queue, not in a modal
// dialog, so the case window and a pull beside it go on while a trim renders; the window's banner says how each
// ended.
#include "cases/CaseWorkspace.h"

#include "cases/DerivativeMaker.h"
#include "common/JobQueue.h"
#include "common/Time.h"
#include "media/Trimmer.h"
#include "player/PlayerWidget.h"

#include <QLabel>
#include <QTreeWidget>

namespace lpdesk {

void CaseWorkspace::runTrim(const QString& mediaId, const TrimRequest& request)
{
    m_player->pause();
    CaseDatabase* db = &m_db;
    const QString caseId = m_caseId;
    auto created = std::make_shared<QString>();
    auto notLossless = std::make_shared<bool>(false); // a smart trim this stream cannot do without re-encoding
    auto copyCuts = std::make_shared<bool>(false); // ... that a keyframe-aligned copy can still cut
    // A job of the queue, not a modal dialog: the case window, and a pull beside it, go on while it renders.
    const QString title = tr("Trimming %1 to %2").arg(formatClock(request.from), formatClock(request.to));
    QueuedJob* job
        = JobQueue::of(this, m_db)
              ->add(title,
                    [db, mediaId, request, caseId, created, notLossless,
                     copyCuts](const QueuedJob::ProgressFn& progress, const std::atomic_bool* cancel) -> Status {
                        auto done = DerivativeMaker(*db).trim(
                            mediaId, request, caseId, [&](int d, int t) { progress(d, t, QString()); }, cancel);
                        if (!done) {
                            // By core's reason, not its (translated) words.
                            const QString& why = done.error().reason;
                            *notLossless = request.mode == TrimRequest::Mode::Smart
                                && why.startsWith(QLatin1String("trim.reencode"));
                            *copyCuts = why == QLatin1String("trim.reencode_or_copy");
                            return done.error();
                        }
                        *created = done->mediaId;
                        return {};
                    });
    showJobBanner(tr("%1: see Jobs (Ctrl+J) for its progress.").arg(title));
    connect(job, &QueuedJob::finished, this, [this, created, job, notLossless, copyCuts, mediaId, request](bool ok) {
        // Core's reason names command-line options; the offer below says it in this window's words.
        showJobBanner(*notLossless ? QString() : tr("%1 — %2").arg(job->title(), job->text()));
        if (*notLossless)
            offerReencode(mediaId, request, *copyCuts);
        if (!ok)
            return;
        reload();
        if (QTreeWidgetItem* it = itemFor(*created))
            m_media->setCurrentItem(it);
        Q_EMIT derivativeCreated(*created);
    });
}

void CaseWorkspace::showJobBanner(const QString& text)
{
    m_banner->setText(text);
    m_banner->setAccessibleName(text);
    m_banner->setVisible(!text.isEmpty());
}

bool CaseWorkspace::exportStillTo(const QString& path)
{
    if (!m_player->isClip())
        return false;
    // Finding and decoding the frame of a long clip takes a while: a job, so that the window keeps answering.
    const double seconds = m_player->currentSeconds();
    QueuedJob* job = JobQueue::of(this, m_db)
                         ->add(tr("Still at %1").arg(formatClock(seconds)),
                               [db = &m_db, mediaId = m_player->mediaId(), seconds, caseId = m_caseId,
                                path](const QueuedJob::ProgressFn&, const std::atomic_bool*) -> Status {
                                   auto done = DerivativeMaker(*db).frame(mediaId, seconds, caseId, path);
                                   return done ? Status() : Status(done.error());
                               });
    connect(job, &QueuedJob::finished, this, [this, job](bool ok) {
        // A still that could not be made says why here, and in the Jobs panel.
        showJobBanner(ok ? QString() : tr("%1 — %2").arg(job->title(), job->text()));
        reload();
        Q_EMIT stillExported(ok);
    });
    return true;
}

} // namespace lpdesk
