// Every edit of a redaction plan is a QUndoCommand on the plan the editor holds: adding and removing regions,
// setting or removing a keyframe (consecutive drags of one box merge into one undo step), region properties and
// audio mutes.
#pragma once

#include "redact/RedactionPlan.h"

#include <QObject>
#include <QUndoCommand>

namespace lpdesk {

// The plan being edited; views listen to changed().
class PlanDocument : public QObject
{
    Q_OBJECT
public:
    RedactionPlan plan;
    int indexOf(const QString& regionId) const;
    QString nextRegionId() const;
    void notify() { Q_EMIT changed(); }

Q_SIGNALS:
    void changed();
};

class AddRegionCommand : public QUndoCommand
{
public:
    AddRegionCommand(PlanDocument* doc, RedactionRegion region);
    void redo() override;
    void undo() override;

private:
    PlanDocument* m_doc;
    RedactionRegion m_region;
};

class RemoveRegionCommand : public QUndoCommand
{
public:
    RemoveRegionCommand(PlanDocument* doc, const QString& regionId);
    void redo() override;
    void undo() override;

private:
    PlanDocument* m_doc;
    RedactionRegion m_region;
    int m_index = -1;
};

class SetKeyframeCommand : public QUndoCommand
{
public:
    enum { Id = 4711 };
    // Steps with the same non-zero dragSerial (one mouse drag) merge into one undo step.
    SetKeyframeCommand(PlanDocument* doc, const QString& regionId, RedactionKeyframe keyframe, int dragSerial);
    void redo() override;
    void undo() override;
    int id() const override { return Id; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    PlanDocument* m_doc;
    QString m_region;
    RedactionKeyframe m_new;
    QList<RedactionKeyframe> m_before;
    int m_drag;
};

class RemoveKeyframeCommand : public QUndoCommand
{
public:
    RemoveKeyframeCommand(PlanDocument* doc, const QString& regionId, double t);
    void redo() override;
    void undo() override;

private:
    PlanDocument* m_doc;
    QString m_region;
    double m_t;
    QList<RedactionKeyframe> m_before;
};

class SetRegionPropertiesCommand : public QUndoCommand
{
public:
    SetRegionPropertiesCommand(PlanDocument* doc, const QString& regionId, RedactionRegion::Style style,
                               const QString& reason, const QString& reasonText);
    void redo() override;
    void undo() override;

private:
    void apply(RedactionRegion::Style style, const QString& reason, const QString& text);
    PlanDocument* m_doc;
    QString m_region;
    RedactionRegion::Style m_style, m_oldStyle = RedactionRegion::Style::Blur;
    QString m_reason, m_oldReason, m_text, m_oldText;
};

// Replaces one region's span as a whole: hold to the end, end it here on purpose, extend it to the start.
class SetRegionSpanCommand : public QUndoCommand
{
public:
    SetRegionSpanCommand(PlanDocument* doc, const QString& regionId, QList<RedactionKeyframe> keyframes, bool holdToEnd,
                         const QString& text);
    void redo() override;
    void undo() override;

private:
    PlanDocument* m_doc;
    QString m_region;
    QList<RedactionKeyframe> m_new, m_old;
    bool m_hold, m_oldHold = false;
};

// Replaces one region as a whole (keeps its place in the plan): a drawn box after the tracker followed it.
class ReplaceRegionCommand : public QUndoCommand
{
public:
    ReplaceRegionCommand(PlanDocument* doc, RedactionRegion region, const QString& text);
    void redo() override;
    void undo() override;

private:
    void apply(const RedactionRegion& region);
    PlanDocument* m_doc;
    RedactionRegion m_new, m_old;
};

class SetMutesCommand : public QUndoCommand
{
public:
    SetMutesCommand(PlanDocument* doc, QList<AudioMute> mutes, const QString& text);
    void redo() override;
    void undo() override;

private:
    PlanDocument* m_doc;
    QList<AudioMute> m_new, m_old;
};

} // namespace lpdesk
