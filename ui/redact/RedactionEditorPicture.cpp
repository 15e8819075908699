// The redaction editor's picture: the live preview (the same code as the renderer), the boxes drawn over the frame,
// the side-by-side review, and drawing, moving and resizing a box with the mouse (each change a keyframe).
#include "redact/RedactionEditor.h"

#include "common/Theme.h"
#include "common/Time.h"
#include "db/CaseDatabase.h"
#include "player/PlayerWidget.h"
#include "player/VideoView.h"
#include "redact/RedactionEffects.h"

#include <QCheckBox>
#include <QMouseEvent>
#include <QPainter>
#include <QStackedWidget>
#include <QUndoStack>

#include <algorithm>
#include <cmath>

namespace lpdesk {

QList<RedactionBox> RedactionEditor::activeBoxes(double t, bool visibleOnly) const
{
    QList<RedactionBox> boxes;
    for (const RedactionRegion& r : m_doc->plan.regions)
        if ((!visibleOnly || r.visible) && r.activeAt(t))
            boxes << RedactionBox {r.boxAt(t), static_cast<int>(r.style)};
    return boxes;
}

void RedactionEditor::refreshView()
{
    const QImage frame = m_player->view()->frame();
    if (frame.isNull())
        return;
    if (m_stack->currentIndex() == 1) {
        QImage redacted = frame.copy();
        RedactionEffects::apply(redacted, activeBoxes(now(), false));
        m_reviewLeft->setFrame(frame);
        m_reviewLeft->setOverlay({tr("Original")});
        m_reviewRight->setFrame(redacted);
        m_reviewRight->setOverlay({tr("Redacted")});
        return;
    }
    m_previewImage = QImage();
    if (m_preview->isChecked()) {
        m_previewImage = frame.copy();
        RedactionEffects::apply(m_previewImage, activeBoxes(now(), true));
    }
    m_player->view()->update();
}

void RedactionEditor::paintOverlay(QPainter& p, const QRectF& r)
{
    if (!m_previewImage.isNull())
        p.drawImage(r, m_previewImage);
    auto toWidget = [&r](const QRectF& b) {
        return QRectF(r.left() + b.left() * r.width(), r.top() + b.top() * r.height(), b.width() * r.width(),
                      b.height() * r.height());
    };
    const double t = now();
    for (const RedactionRegion& region : m_doc->plan.regions) {
        if (!region.visible)
            continue;
        const QRectF box = currentBox(region.id);
        if (box.isEmpty())
            continue;
        const QRectF w = toWidget(box);
        const bool selected = region.id == m_selected;
        if (!region.activeAt(t)) { // ghost of the selected region outside its span
            p.setPen(QPen(QColor(200, 200, 200), 1, Qt::DotLine));
            p.setBrush(Qt::NoBrush);
            p.drawRect(w);
            continue;
        }
        const bool onKeyframe = std::any_of(region.keyframes.cbegin(), region.keyframes.cend(),
                                            [t](const RedactionKeyframe& k) { return std::abs(k.t - t) < 1e-3; });
        p.setPen(QPen(selected ? QColor(255, 200, 0) : QColor(0, 200, 255), selected ? 3 : 2,
                      onKeyframe ? Qt::SolidLine : Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(w);
        p.fillRect(QRectF(w.bottomRight() - QPointF(6, 6), QSizeF(6, 6)), p.pen().color());
        Theme::drawLabelOverVideo(p, w.topLeft() + QPointF(2, 2), region.id);
    }
    if (m_drag == Drag::Create && !m_dragBox.isEmpty()) {
        p.setPen(QPen(QColor(255, 200, 0), 2));
        p.drawRect(toWidget(m_dragBox));
    }
}

QRectF RedactionEditor::currentBox(const QString& regionId) const
{
    const int i = m_doc->indexOf(regionId);
    if (i < 0)
        return {};
    const RedactionRegion& r = m_doc->plan.regions[i];
    if (r.activeAt(now()))
        return r.boxAt(now());
    // Outside its span the selected region offers its nearest keyframe's box, to extend it with a new keyframe.
    if (r.id == m_selected && !r.keyframes.isEmpty())
        return now() < r.start() ? r.keyframes.first().rect() : r.keyframes.last().rect();
    return {};
}

void RedactionEditor::setKeyframe(const QString& regionId, const QRectF& box, int dragSerial)
{
    QRectF b = box.normalized().intersected(QRectF(0, 0, 1, 1));
    if (b.width() < 0.005 || b.height() < 0.005)
        return;
    m_undo->push(new SetKeyframeCommand(m_doc, regionId, RedactionKeyframe {now(), b.x(), b.y(), b.width(), b.height()},
                                        dragSerial));
}

bool RedactionEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_player->view() || m_player->view()->zoom() > 1.0)
        return QWidget::eventFilter(watched, event);
    auto* view = m_player->view();
    if (event->type() == QEvent::MouseButtonPress) {
        auto* e = static_cast<QMouseEvent*>(event);
        if (e->button() != Qt::LeftButton)
            return false;
        m_player->pause();
        const QPointF p = view->toImage(e->position());
        m_dragStart = p;
        ++m_dragSerial;
        // Inside the selected box's corner: resize; inside a box: move; elsewhere: draw a new one.
        QList<const RedactionRegion*> order;
        for (const RedactionRegion& r : m_doc->plan.regions)
            if (r.id == m_selected)
                order.prepend(&r); // the selected region wins where boxes overlap
            else
                order.append(&r);
        for (const RedactionRegion* rp : order) {
            const RedactionRegion& r = *rp;
            const QRectF b = r.visible ? currentBox(r.id) : QRectF();
            if (b.isEmpty())
                continue;
            if (QRectF(b.bottomRight() - QPointF(0.02, 0.02), QSizeF(0.04, 0.04)).contains(p)) {
                selectRegion(r.id);
                m_drag = Drag::Resize;
                m_dragBox = b;
                return true;
            }
            if (b.contains(p)) {
                selectRegion(r.id);
                m_drag = Drag::Move;
                m_dragBox = b;
                return true;
            }
        }
        m_drag = Drag::Create;
        m_dragBox = QRectF(p, p);
        return true;
    }
    if (event->type() == QEvent::MouseMove && m_drag != Drag::None) {
        const QPointF p = view->toImage(static_cast<QMouseEvent*>(event)->position());
        if (m_drag == Drag::Create) {
            m_dragBox = QRectF(m_dragStart, p).normalized();
            view->update();
        } else if (m_drag == Drag::Move) {
            setKeyframe(m_selected, m_dragBox.translated(p - m_dragStart), m_dragSerial);
        } else {
            setKeyframe(m_selected, QRectF(m_dragBox.topLeft(), p), m_dragSerial);
        }
        return true;
    }
    if (event->type() == QEvent::MouseButtonRelease && m_drag != Drag::None) {
        if (m_drag == Drag::Create) {
            const QRectF box = m_dragBox.normalized().intersected(QRectF(0, 0, 1, 1));
            if (box.width() >= 0.01 && box.height() >= 0.01) {
                RedactionRegion region;
                region.id = m_doc->nextRegionId();
                region.style = RedactionRegion::Style::Blur;
                region.reason = m_reasons.value(0, QStringLiteral("bystander"));
                region.holdToEnd = true; // a region ends only on purpose (End here)
                region.keyframes << RedactionKeyframe {now(), box.x(), box.y(), box.width(), box.height()};
                region.origin.source = QStringLiteral("person");
                region.origin.acceptedBy = m_db.session().userName;
                region.origin.acceptedAt = utcNowString();
                m_undo->push(new AddRegionCommand(m_doc, region));
                selectRegion(region.id);
            }
        }
        m_drag = Drag::None;
        m_dragBox = {};
        refreshView();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace lpdesk
