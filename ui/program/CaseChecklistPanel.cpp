#include "program/CaseChecklistPanel.h"

#include "common/LocaleText.h"
#include "common/StateLabels.h"
#include "common/Theme.h"
#include "metrics/KpiReport.h"
#include "metrics/SopLibrary.h"
#include "program/ProceduresDialog.h"

#include <QLabel>
#include <QListWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace lpdesk {

namespace {

QString itemText(const QString& item)
{
    if (item == QLatin1String("clip"))
        return CaseChecklistPanel::tr("A clip that covers the moment of the incident");
    if (item == QLatin1String("pos"))
        return CaseChecklistPanel::tr("The POS transactions at the incident's register, linked");
    if (item == QLatin1String("statement"))
        return CaseChecklistPanel::tr("A signed statement");
    return CaseChecklistPanel::tr("A description of the suspect");
}

} // namespace

CaseChecklistPanel::CaseChecklistPanel(CaseDatabase& db, const QString& caseId, QWidget* parent)
    : QWidget(parent),
      m_db(db),
      m_caseId(caseId),
      m_state(new QLabel(this)),
      m_items(new QListWidget(this)),
      m_procedure(new QTextBrowser(this))
{
    m_state->setWordWrap(true);
    m_state->setObjectName(QStringLiteral("checklistState"));
    m_items->setObjectName(QStringLiteral("checklistItems"));
    m_items->setMaximumHeight(120);
    m_procedure->setObjectName(QStringLiteral("caseProcedure"));
    m_procedure->setOpenLinks(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_items);
    layout->addWidget(m_procedure, 1);
    reload();
}

void CaseChecklistPanel::reload()
{
    m_items->clear();
    auto list = KpiReporter(m_db).caseChecklist(m_caseId);
    if (!list) {
        m_state->setText(list.errorMessage().toHtmlEscaped());
        m_procedure->clear();
        return;
    }
    int missing = 0;
    for (const CaseChecklist::Item& i : list->items) {
        QString text = itemText(i.item);
        if (!i.needed)
            text = tr("%1 — not needed: no incident names a register").arg(text);
        auto* row = new QListWidgetItem(text, m_items);
        row->setData(Qt::UserRole, i.item);
        // Shown, not editable: the state follows from what the case holds.
        row->setFlags(Qt::ItemIsEnabled);
        row->setCheckState(i.done ? Qt::Checked : Qt::Unchecked);
        if (i.needed && !i.done)
            ++missing;
    }
    const QString type = StateLabels::incidentType(list->type);
    m_state->setText(list->complete ? tr("Evidence complete for %1.").arg(type)
                                    : tr("%n item(s) missing for %1.", nullptr, missing).arg(type));
    Theme::setStatus(m_state, list->complete ? Theme::Status::Ok : Theme::Status::Warning);
    // The version the case was worked under (in force when it was opened), and a word when a newer one applies now.
    QString html;
    if (list->newerProcedure) {
        const Sop& n = *list->newerProcedure;
        const QString published = n.version == 0 ? tr("the built-in one")
                                                 : tr("version %1, published by %2 at %3")
                                                       .arg(n.version)
                                                       .arg(n.createdBy, shown::workstationTime(n.createdAt));
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(tr("A newer procedure is in force now: %1 (%2). Below is the one in force when this case "
                            "was opened.")
                             .arg(n.title, published)
                             .toHtmlEscaped());
        if (const QString refused = procedureRefusal(n); !refused.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(refused.toHtmlEscaped());
    }
    if (!list->procedureProblem.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(list->procedureProblem.toHtmlEscaped());
    if (list->procedure)
        html += procedureHtml(*list->procedure);
    m_procedure->setHtml(html);
}

} // namespace lpdesk
