#include "cases/CustodyView.h"

#include "common/CustodyWords.h"
#include "common/Theme.h"
#include "common/Time.h"
#include "custody/ChainReader.h"
#include "db/CaseDatabase.h"

#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace lpdesk {

CustodyView::CustodyView(CaseDatabase& db, QWidget* parent)
    : QWidget(parent), m_db(db), m_table(new QTableWidget(0, 5, this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("custodyView"));
    m_table->setObjectName(QStringLiteral("custodyTable"));
    m_table->setHorizontalHeaderLabels({tr("#"), tr("When"), tr("Who"), tr("What"), tr("Details")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("custodyStatus"));
    m_status->setTextFormat(Qt::PlainText);
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
        Theme::setStatus(m_status, Theme::Status::Alert);
        m_status->setText(events.errorMessage());
        return;
    }
    for (const ChainEvent& e : *events) {
        const QString details = QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact));
        if (!m_filter.isEmpty() && !details.contains(m_filter))
            continue;
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        // What happened in words; the exact event stays one hover away and in the custody export.
        const QDateTime at = parseRfc3339(e.at);
        const QStringList cells {QString::number(e.seq),
                                 at.isValid() ? formatInZone(at, QTimeZone::systemTimeZone()) : e.at, e.actor,
                                 CustodyWords::what(e), details};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setToolTip(c == 4 ? details : cells[c]);
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(4, std::min(m_table->columnWidth(4), 320)); // the raw details never widen the window
}

void CustodyView::verify()
{
    auto report = ChainReader(m_db).verifyCustody(m_chain);
    if (!report) {
        Theme::setStatus(m_status, Theme::Status::Alert);
        m_status->setText(report.errorMessage());
        return;
    }
    Theme::setStatus(m_status, report->ok() ? Theme::Status::Normal : Theme::Status::Alert);
    m_status->setText(report->ok() ? tr("Intact: %1").arg(report->summary()) : report->summary());
}

} // namespace lpdesk
