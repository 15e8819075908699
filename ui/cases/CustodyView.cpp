#include "cases/CustodyView.h"

#include "custody/ChainReader.h"
#include "db/CaseDatabase.h"

#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lpdesk {

CustodyView::CustodyView(CaseDatabase& db, QWidget* parent)
    : QWidget(parent), m_db(db), m_table(new QTableWidget(0, 5, this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("custodyView"));
    m_table->setObjectName(QStringLiteral("custodyTable"));
    m_table->setHorizontalHeaderLabels({tr("#"), tr("When (UTC)"), tr("Who"), tr("What"), tr("Details")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("custodyStatus"));
    auto* verifyButton = new QPushButton(tr("&Verify chain"), this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(verifyButton);
    layout->addWidget(m_status);
    connect(verifyButton, &QPushButton::clicked, this, &CustodyView::verify);
}

void CustodyView::setChain(const QString& chain)
{
    m_chain = chain;
    reload();
}

void CustodyView::setItemFilter(const QString& mediaId)
{
    m_filter = mediaId;
    reload();
}

int CustodyView::rowCount() const
{
    return m_table->rowCount();
}

void CustodyView::reload()
{
    m_table->setRowCount(0);
    if (m_chain.isEmpty())
        return;
    auto events = ChainReader(m_db).custodyEvents(m_chain);
    if (!events) {
        m_status->setText(events.errorMessage());
        return;
    }
    for (const ChainEvent& e : *events) {
        const QString details = QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact));
        if (!m_filter.isEmpty() && !details.contains(m_filter))
            continue;
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        const QStringList cells {QString::number(e.seq), e.at, e.actor, e.action, details};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_table->resizeColumnsToContents();
}

void CustodyView::verify()
{
    auto report = ChainReader(m_db).verifyCustody(m_chain);
    if (!report) {
        m_status->setText(report.errorMessage());
        return;
    }
    m_status->setText(
        report->ok() ? tr("Intact: %1").arg(report->summary())
                     : QStringLiteral("<span style='color:#b00020'>%1</span>").arg(report->summary().toHtmlEscaped()));
}

} // namespace lpdesk
