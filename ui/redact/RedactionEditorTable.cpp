// The redaction editor's table of regions and the timeline's lanes, rebuilt from the plan after every change.
#include "redact/RedactionEditor.h"

#include "common/Theme.h"
#include "common/Time.h"
#include "player/PlayerWidget.h"
#include "player/TimelineWidget.h"
#include "redact/RedactionCommands.h"

#include <QComboBox>
#include <QInputDialog>
#include <QListWidget>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QUndoStack>

namespace lpdesk {

void RedactionEditor::refreshTable()
{
    QSignalBlocker block(m_regions);
    m_regions->setRowCount(0);
    for (const RedactionRegion& r : m_doc->plan.regions) {
        const int row = m_regions->rowCount();
        m_regions->insertRow(row);
        auto* show = new QTableWidgetItem;
        show->setCheckState(r.visible ? Qt::Checked : Qt::Unchecked);
        m_regions->setItem(row, 0, show);
        m_regions->setItem(row, 1, new QTableWidgetItem(r.id));
        auto* style = new QComboBox(m_regions);
        for (auto s : {RedactionRegion::Style::Blur, RedactionRegion::Style::Pixelate, RedactionRegion::Style::Fill})
            style->addItem(RedactionRegion::styleName(s), static_cast<int>(s));
        style->setCurrentIndex(static_cast<int>(r.style));
        auto* reason = new QComboBox(m_regions);
        for (const QString& code : m_reasons)
            reason->addItem(QString(code).replace(QLatin1Char('_'), QLatin1Char(' ')), code);
        reason->setCurrentIndex(std::max(0, reason->findData(r.reason)));
        const QString id = r.id;
        connect(style, &QComboBox::activated, this, [this, id, style, reason] {
            const int i = m_doc->indexOf(id);
            if (i >= 0)
                m_undo->push(new SetRegionPropertiesCommand(
                    m_doc, id, static_cast<RedactionRegion::Style>(style->currentData().toInt()),
                    reason->currentData().toString(), m_doc->plan.regions[i].reasonText));
        });
        connect(reason, &QComboBox::activated, this, [this, id, style, reason] {
            QString text;
            if (reason->currentData().toString() == QLatin1String("other"))
                text = QInputDialog::getText(this, tr("Reason"), tr("Why is this hidden?"));
            m_undo->push(new SetRegionPropertiesCommand(
                m_doc, id, static_cast<RedactionRegion::Style>(style->currentData().toInt()),
                reason->currentData().toString(), text));
        });
        m_regions->setCellWidget(row, 2, style);
        m_regions->setCellWidget(row, 3, reason);
        m_regions->setItem(
            row, 4,
            new QTableWidgetItem(
                r.holdToEnd ? tr("%1 – end of clip (%2 keyframes)").arg(formatClock(r.start())).arg(r.keyframes.size())
                            : tr("%1 – %2, ends before the clip (%3 keyframes)")
                                  .arg(formatClock(r.start()), formatClock(r.end()))
                                  .arg(r.keyframes.size())));
        if (!r.holdToEnd && r.end() < m_player->duration() - 1e-6)
            m_regions->item(row, 4)->setForeground(Theme::alertText(m_regions->palette()));
        if (r.id == m_selected)
            m_regions->selectRow(row);
    }
    QList<TimelineWidget::Span> spans;
    for (const RedactionRegion& r : m_doc->plan.regions) {
        // The lane says which region it is and why it is hidden, as the table does.
        const QString why = !r.reasonText.isEmpty() ? r.reasonText : QString(r.reason).replace(QLatin1Char('_'), u' ');
        const QString name = r.label.isEmpty() ? r.id : tr("%1 · %2").arg(r.id, r.label);
        TimelineWidget::Span span {
            why.isEmpty() ? name : tr("%1 (%2)").arg(name, why), r.start(), r.end(), r.holdToEnd, {}, {}};
        for (const RedactionKeyframe& k : r.keyframes)
            span.keyframes << k.t;
        if (r.id == m_selected)
            span.color = QColor(255, 200, 0);
        spans << span;
    }
    m_player->timeline()->setSpans(spans);
    m_mutes->clear();
    for (const AudioMute& m : m_doc->plan.mutes)
        m_mutes->addItem(QStringLiteral("%1 – %2: %3").arg(formatClock(m.from), formatClock(m.to), m.reason));
}

} // namespace lpdesk
