#include "admin/AuditLogDialog.h"

#include "custody/ChainReader.h"
#include "db/CaseDatabase.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lpdesk {

AuditLogDialog::AuditLogDialog(CaseDatabase& db, QWidget* parent)
    : QDialog(parent), m_db(db), m_table(new QTableWidget(0, 5, this)), m_status(new QLabel(this))
{
    setWindowTitle(tr("Audit log"));
    resize(900, 520);
    m_table->setHorizontalHeaderLabels({tr("#"), tr("When (UTC)"), tr("Who"), tr("What"), tr("Details")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* verifyButton = buttons->addButton(tr("&Verify chain"), QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(verifyButton, &QPushButton::clicked, this, &AuditLogDialog::verify);
    reload();
}

void AuditLogDialog::reload()
{
    auto events = ChainReader(m_db).auditEvents();
    if (!events) {
        m_status->setText(events.errorMessage());
        return;
    }
    m_table->setRowCount(static_cast<int>(events->size()));
    int row = 0;
    for (auto it = events->crbegin(); it != events->crend(); ++it, ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(QString::number(it->seq)));
        m_table->setItem(row, 1, new QTableWidgetItem(it->at));
        m_table->setItem(row, 2, new QTableWidgetItem(it->actor));
        m_table->setItem(row, 3, new QTableWidgetItem(it->action));
        m_table->setItem(
            row, 4, new QTableWidgetItem(QString::fromUtf8(QJsonDocument(it->details).toJson(QJsonDocument::Compact))));
    }
    m_table->resizeColumnsToContents();
}

void AuditLogDialog::verify()
{
    auto report = ChainReader(m_db).verifyAudit();
    if (!report) {
        m_status->setText(report.errorMessage());
        return;
    }
    m_status->setText(report->ok() ? tr("The audit chain is intact: %1 events.").arg(report->chain.events)
                                   : report->chain.summary() + QLatin1Char('\n')
                              + report->anchorProblems.join(QLatin1Char('\n')));
}

} // namespace lpdesk
