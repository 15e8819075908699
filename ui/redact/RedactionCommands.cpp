#include "redact/RedactionCommands.h"

#include "common/LocaleText.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace lpdesk {

namespace {
RedactionRegion* find(PlanDocument* doc, const QString& id)
{
    const int i = doc->indexOf(id);
    return i < 0 ? nullptr : &doc->plan.regions[i];
}
} // namespace

int PlanDocument::indexOf(const QString& regionId) const
{
    for (qsizetype i = 0; i < plan.regions.size(); ++i)
        if (plan.regions[i].id == regionId)
            return static_cast<int>(i);
    return -1;
}

QString PlanDocument::nextRegionId() const
{
    for (int n = static_cast<int>(plan.regions.size()) + 1;; ++n) {
        const QString id = QStringLiteral("r%1").arg(n);
        if (indexOf(id) < 0)
            return id;
    }
}

AddRegionCommand::AddRegionCommand(PlanDocument* doc, RedactionRegion region) : m_doc(doc), m_region(std::move(region))
{
    setText(QCoreApplication::translate("lpdesk::RedactionEditor", "add region %1").arg(m_region.id));
}

void AddRegionCommand::redo()
{
    m_doc->plan.regions.append(m_region);
    m_doc->notify();
}

void AddRegionCommand::undo()
{
    const int i = m_doc->indexOf(m_region.id);
    if (i >= 0)
        m_doc->plan.regions.removeAt(i);
    m_doc->notify();
}

RemoveRegionCommand::RemoveRegionCommand(PlanDocument* doc, const QString& regionId) : m_doc(doc)
{
    m_index = doc->indexOf(regionId);
    if (m_index >= 0)
        m_region = doc->plan.regions[m_index];
    setText(QCoreApplication::translate("lpdesk::RedactionEditor", "remove region %1").arg(regionId));
}

void RemoveRegionCommand::redo()
{
    if (m_index >= 0 && m_index < m_doc->plan.regions.size())
        m_doc->plan.regions.removeAt(m_index);
    m_doc->notify();
}

void RemoveRegionCommand::undo()
{
    if (m_index >= 0)
        m_doc->plan.regions.insert(std::min<qsizetype>(m_index, m_doc->plan.regions.size()), m_region);
    m_doc->notify();
}

SetKeyframeCommand::SetKeyframeCommand(PlanDocument* doc, const QString& regionId, RedactionKeyframe keyframe,
                                       int dragSerial)
    : m_doc(doc), m_region(regionId), m_new(keyframe), m_drag(dragSerial)
{
    if (RedactionRegion* r = find(doc, regionId))
        m_before = r->keyframes;
    setText(
        QCoreApplication::translate("lpdesk::RedactionEditor", "keyframe at %1 s").arg(shown::decimal(keyframe.t, 2)));
}

void SetKeyframeCommand::redo()
{
    RedactionRegion* r = find(m_doc, m_region);
    if (!r)
        return;
    QList<RedactionKeyframe> k = m_before;
    auto same = std::find_if(k.begin(), k.end(),
                             [this](const RedactionKeyframe& f) { return std::abs(f.t - m_new.t) < 1e-6; });
    if (same != k.end())
        *same = m_new;
    else
        k.insert(
            std::upper_bound(k.begin(), k.end(), m_new.t, [](double t, const RedactionKeyframe& f) { return t < f.t; }),
            m_new);
    r->keyframes = k;
    m_doc->notify();
}

void SetKeyframeCommand::undo()
{
    if (RedactionRegion* r = find(m_doc, m_region))
        r->keyframes = m_before;
    m_doc->notify();
}

bool SetKeyframeCommand::mergeWith(const QUndoCommand* other)
{
    const auto* o = static_cast<const SetKeyframeCommand*>(other);
    if (m_drag == 0 || o->m_drag != m_drag || o->m_region != m_region || std::abs(o->m_new.t - m_new.t) > 1e-6)
        return false;
    m_new = o->m_new; // keep m_before from the first step of the drag
    return true;
}

RemoveKeyframeCommand::RemoveKeyframeCommand(PlanDocument* doc, const QString& regionId, double t)
    : m_doc(doc), m_region(regionId), m_t(t)
{
    if (RedactionRegion* r = find(doc, regionId))
        m_before = r->keyframes;
    setText(
        QCoreApplication::translate("lpdesk::RedactionEditor", "remove keyframe at %1 s").arg(shown::decimal(t, 2)));
}

void RemoveKeyframeCommand::redo()
{
    RedactionRegion* r = find(m_doc, m_region);
    if (!r)
        return;
    r->keyframes.removeIf([this](const RedactionKeyframe& f) { return std::abs(f.t - m_t) < 1e-6; });
    m_doc->notify();
}

void RemoveKeyframeCommand::undo()
{
    if (RedactionRegion* r = find(m_doc, m_region))
        r->keyframes = m_before;
    m_doc->notify();
}

SetRegionPropertiesCommand::SetRegionPropertiesCommand(PlanDocument* doc, const QString& regionId,
                                                       RedactionRegion::Style style, const QString& reason,
                                                       const QString& reasonText)
    : m_doc(doc), m_region(regionId), m_style(style), m_reason(reason), m_text(reasonText)
{
    if (RedactionRegion* r = find(doc, regionId)) {
        m_oldStyle = r->style;
        m_oldReason = r->reason;
        m_oldText = r->reasonText;
    }
    setText(QCoreApplication::translate("lpdesk::RedactionEditor", "change region %1").arg(regionId));
}

void SetRegionPropertiesCommand::apply(RedactionRegion::Style style, const QString& reason, const QString& text)
{
    if (RedactionRegion* r = find(m_doc, m_region)) {
        r->style = style;
        r->reason = reason;
        r->reasonText = text;
    }
    m_doc->notify();
}

void SetRegionPropertiesCommand::redo()
{
    apply(m_style, m_reason, m_text);
}

void SetRegionPropertiesCommand::undo()
{
    apply(m_oldStyle, m_oldReason, m_oldText);
}

SetMutesCommand::SetMutesCommand(PlanDocument* doc, QList<AudioMute> mutes, const QString& text)
    : m_doc(doc), m_new(std::move(mutes)), m_old(doc->plan.mutes)
{
    setText(text);
}

void SetMutesCommand::redo()
{
    m_doc->plan.mutes = m_new;
    m_doc->notify();
}

void SetMutesCommand::undo()
{
    m_doc->plan.mutes = m_old;
    m_doc->notify();
}

SetRegionSpanCommand::SetRegionSpanCommand(PlanDocument* doc, const QString& regionId,
                                           QList<RedactionKeyframe> keyframes, bool holdToEnd, const QString& text)
    : m_doc(doc), m_region(regionId), m_new(std::move(keyframes)), m_hold(holdToEnd)
{
    if (const RedactionRegion* r = find(doc, regionId)) {
        m_old = r->keyframes;
        m_oldHold = r->holdToEnd;
    }
    setText(text);
}

void SetRegionSpanCommand::redo()
{
    if (RedactionRegion* r = find(m_doc, m_region)) {
        r->keyframes = m_new;
        r->holdToEnd = m_hold;
    }
    m_doc->notify();
}

void SetRegionSpanCommand::undo()
{
    if (RedactionRegion* r = find(m_doc, m_region)) {
        r->keyframes = m_old;
        r->holdToEnd = m_oldHold;
    }
    m_doc->notify();
}

ReplaceRegionCommand::ReplaceRegionCommand(PlanDocument* doc, RedactionRegion region, const QString& text)
    : m_doc(doc), m_new(std::move(region))
{
    if (const RedactionRegion* r = find(doc, m_new.id))
        m_old = *r;
    setText(text);
}

void ReplaceRegionCommand::apply(const RedactionRegion& region)
{
    if (RedactionRegion* r = find(m_doc, region.id))
        *r = region;
    m_doc->notify();
}

void ReplaceRegionCommand::redo()
{
    apply(m_new);
}

void ReplaceRegionCommand::undo()
{
    apply(m_old);
}

} // namespace lpdesk
