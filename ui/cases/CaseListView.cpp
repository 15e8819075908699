#include "cases/CaseListView.h"

#include "auth/Permissions.h"
#include "cases/CaseService.h"
#include "common/LocaleText.h"
#include "common/StateLabels.h"
#include "db/CaseDatabase.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lpdesk {

CaseListView::CaseListView(CaseDatabase& db, QWidget* parent)
    : QWidget(parent), m_db(db), m_table(new QTableWidget(0, 5, this))
{
    setObjectName(QStringLiteral("caseList"));
    m_table->setObjectName(QStringLiteral("caseTable"));
    m_table->setHorizontalHeaderLabels({tr("Case"), tr("Title"), tr("Status"), tr("Incidents"), tr("Last change")});
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    auto* open = new QPushButton(tr("&Open case"), this);
    auto* create = new QPushButton(tr("&New case…"), this);
    create->setEnabled(Permissions::allows(db.session().role, Action::ChangeCases));
    auto* row = new QHBoxLayout;
    row->addWidget(create);
    row->addWidget(open);
    row->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_table, 1);
    auto emitOpen = [this] {
        const auto rows = m_table->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            Q_EMIT openCase(m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toString());
    };
    connect(open, &QPushButton::clicked, this, emitOpen);
    connect(m_table, &QTableWidget::activated, this, emitOpen); // Enter and double-click
    connect(create, &QPushButton::clicked, this, &CaseListView::newCaseRequested);
    reload();
}

void CaseListView::reload()
{
    m_table->setRowCount(0);
    auto cases = CaseService(m_db).list();
    if (!cases)
        return;
    for (const CaseInfo& c : *cases) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        const QStringList cells {c.reference, c.title, StateLabels::caseStatus(c.status),
                                 shown::integer(c.incidentIds.size()), shown::workstationTime(c.updatedAt)};
        for (int i = 0; i < cells.size(); ++i)
            m_table->setItem(r, i, new QTableWidgetItem(cells[i]));
        m_table->item(r, 0)->setData(Qt::UserRole, c.id);
    }
}

} // namespace lpdesk
