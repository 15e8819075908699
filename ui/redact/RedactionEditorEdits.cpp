// The redaction editor's edits of the selected region and of the audio, each pushed as an undo command: delete a
// keyframe or the region, step between keyframes, nudge the box, hold to the end, end here, extend to the start, mute.
#include "redact/RedactionEditor.h"

#include "common/Time.h"
#include "player/PlayerWidget.h"
#include "redact/RedactionCommands.h"

#include <QInputDialog>
#include <QLabel>
#include <QUndoStack>

#include <algorithm>
#include <cmath>

namespace lpdesk {

void RedactionEditor::deleteSelection()
{
    if (m_selected.isEmpty())
        return;
    const int i = m_doc->indexOf(m_selected);
    if (i < 0)
        return;
    const RedactionRegion& r = m_doc->plan.regions[i];
    const double t = now();
    const bool onKeyframe = r.keyframes.size() > 1
        && std::any_of(r.keyframes.cbegin(), r.keyframes.cend(),
                       [t](const RedactionKeyframe& k) { return std::abs(k.t - t) < 1e-3; });
    if (onKeyframe) {
        for (const RedactionKeyframe& k : r.keyframes)
            if (std::abs(k.t - t) < 1e-3)
                m_undo->push(new RemoveKeyframeCommand(m_doc, m_selected, k.t));
    } else {
        m_undo->push(new RemoveRegionCommand(m_doc, m_selected));
        m_selected.clear();
    }
}

void RedactionEditor::nextKeyframe(int direction)
{
    const int i = m_doc->indexOf(m_selected);
    if (i < 0)
        return;
    const double t = now();
    const auto& kfs = m_doc->plan.regions[i].keyframes;
    if (direction > 0) {
        for (const RedactionKeyframe& k : kfs)
            if (k.t > t + 1e-3) {
                m_player->seekSeconds(k.t);
                return;
            }
    } else {
        for (auto it = kfs.crbegin(); it != kfs.crend(); ++it)
            if (it->t < t - 1e-3) {
                m_player->seekSeconds(it->t);
                return;
            }
    }
}

void RedactionEditor::nudge(double dx, double dy)
{
    const QRectF b = currentBox(m_selected);
    if (!b.isEmpty())
        setKeyframe(m_selected, b.translated(dx, dy), 0);
}

void RedactionEditor::muteInOut()
{
    const double in = m_player->inPoint();
    const double out = m_player->outPoint();
    if (in < 0 || out <= in) {
        m_status->setText(tr("Set an in point (I) and an out point (O) in the player first."));
        return;
    }
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Mute audio"), tr("Why is the audio muted from %1 to %2?").arg(formatClock(in), formatClock(out)),
        QLineEdit::Normal, tr("bystander name spoken"), &ok);
    if (!ok || reason.trimmed().isEmpty())
        return;
    QList<AudioMute> mutes = m_doc->plan.mutes;
    mutes << AudioMute {in, out, reason};
    m_undo->push(new SetMutesCommand(m_doc, mutes, tr("mute audio")));
}

void RedactionEditor::holdToEnd()
{
    const int i = m_doc->indexOf(m_selected);
    if (i < 0)
        return;
    const RedactionRegion& r = m_doc->plan.regions[i];
    m_undo->push(new SetRegionSpanCommand(m_doc, r.id, r.keyframes, true, tr("hold %1 to the end").arg(r.id)));
}

void RedactionEditor::endHere()
{
    const int i = m_doc->indexOf(m_selected);
    if (i < 0)
        return;
    const RedactionRegion& r = m_doc->plan.regions[i];
    const double t = now();
    if (t < r.start() - 1e-9) {
        m_status->setText(tr("Region %1 starts later than this frame; go to where it should end.").arg(r.id));
        return;
    }
    QList<RedactionKeyframe> kept;
    for (const RedactionKeyframe& k : r.keyframes)
        if (k.t < t - 1e-3)
            kept << k;
    const QRectF box = r.boxAt(t).isEmpty() ? r.keyframes.last().rect() : r.boxAt(t);
    kept << RedactionKeyframe {t, box.x(), box.y(), box.width(), box.height()};
    m_undo->push(new SetRegionSpanCommand(m_doc, r.id, kept, false, tr("end %1 here").arg(r.id)));
    m_status->setText(tr("Region %1 now ends at %2; the frames after it are not covered.").arg(r.id, formatClock(t)));
}

void RedactionEditor::extendToStart()
{
    const int i = m_doc->indexOf(m_selected);
    if (i < 0)
        return;
    const RedactionRegion& r = m_doc->plan.regions[i];
    if (r.keyframes.isEmpty() || r.start() <= 1e-9)
        return;
    QList<RedactionKeyframe> kfs = r.keyframes;
    RedactionKeyframe first = kfs.first();
    first.t = 0;
    kfs.prepend(first);
    m_undo->push(new SetRegionSpanCommand(m_doc, r.id, kfs, r.holdToEnd, tr("extend %1 to the start").arg(r.id)));
}

} // namespace lpdesk
