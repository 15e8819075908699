#include "admin/AuditLogDialog.h"

#include "common/Time.h"
#include "common/WindowSize.h"
#include "custody/ChainReader.h"
#include "db/CaseDatabase.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace lpdesk {

namespace {
QString csvField(QString s)
{
    // Quoted, quotes doubled; a leading = + - @ is defused so a spreadsheet never runs it as a formula.
    if (!s.isEmpty() && QStringLiteral("=+-@").contains(s.front()))
        s.prepend(QLatin1Char('\''));
    return QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}
} // namespace

AuditLogDialog::AuditLogDialog(CaseDatabase& db, QWidget* parent)
    : QDialog(parent),
      m_db(db),
      m_table(new QTableWidget(0, 5, this)),
      m_user(new QComboBox(this)),
      m_action(new QComboBox(this)),
      m_text(new QLineEdit(this)),
      m_useSince(new QCheckBox(tr("Since"), this)),
      m_since(new QDateEdit(QDate::currentDate().addDays(-7), this)),
      m_status(new QLabel(this))
{
    setWindowTitle(tr("Audit log"));
    setObjectName(QStringLiteral("auditLogDialog"));
    resizeToFit(this, QSize(900, 520));
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setHorizontalHeaderLabels({tr("#"), tr("When"), tr("Who"), tr("What"), tr("Details")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_status->setWordWrap(true);
    m_user->setObjectName(QStringLiteral("auditUser"));
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_text->setObjectName(QStringLiteral("auditText"));
    m_text->setPlaceholderText(tr("Search the details"));
    m_text->setClearButtonEnabled(true);
    m_since->setCalendarPopup(true);
    m_since->setEnabled(false);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_user);
    filters->addWidget(m_action);
    filters->addWidget(m_useSince);
    filters->addWidget(m_since);
    filters->addWidget(m_text, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* verifyButton = buttons->addButton(tr("&Verify chain"), QDialogButtonBox::ActionRole);
    auto* csvButton = buttons->addButton(tr("Export &CSV…"), QDialogButtonBox::ActionRole);
    auto* pdfButton = buttons->addButton(tr("Export &PDF…"), QDialogButtonBox::ActionRole);
    pdfButton->setObjectName(QStringLiteral("auditPdfButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(verifyButton, &QPushButton::clicked, this, &AuditLogDialog::verify);
    connect(csvButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the audit log"), QStringLiteral("audit.csv"),
                                                          tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    connect(pdfButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the audit log"), QStringLiteral("audit.pdf"),
                                                          tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            exportPdf(path);
    });
    for (QComboBox* c : {m_user, m_action})
        connect(c, &QComboBox::currentIndexChanged, this, &AuditLogDialog::applyFilter);
    connect(m_text, &QLineEdit::textChanged, this, &AuditLogDialog::applyFilter);
    connect(m_useSince, &QCheckBox::toggled, m_since, &QWidget::setEnabled);
    connect(m_useSince, &QCheckBox::toggled, this, &AuditLogDialog::applyFilter);
    connect(m_since, &QDateEdit::dateChanged, this, &AuditLogDialog::applyFilter);
    reload();
}

void AuditLogDialog::reload()
{
    auto events = ChainReader(m_db).auditEvents();
    if (!events) {
        m_status->setText(events.errorMessage());
        return;
    }
    m_events.clear();
    QSet<QString> users, actions;
    for (auto it = events->crbegin(); it != events->crend(); ++it) {
        m_events << *it;
        users.insert(it->actor);
        actions.insert(it->action);
    }
    const QSignalBlocker blockUser(m_user);
    const QSignalBlocker blockAction(m_action);
    m_user->clear();
    m_user->addItem(tr("Everyone"), QString());
    QStringList sortedUsers = users.values();
    sortedUsers.sort();
    for (const QString& u : sortedUsers)
        m_user->addItem(u, u);
    m_action->clear();
    m_action->addItem(tr("Every action"), QString());
    QStringList sortedActions = actions.values();
    sortedActions.sort();
    for (const QString& a : sortedActions)
        m_action->addItem(QString(a).replace(QLatin1Char('_'), QLatin1Char(' ')), a);
    applyFilter();
}

AuditFilter AuditLogDialog::currentFilter() const
{
    AuditFilter f;
    f.user = m_user->currentData().toString();
    f.action = m_action->currentData().toString();
    f.text = m_text->text().trimmed();
    if (m_useSince->isChecked())
        f.since = QDateTime(m_since->date(), QTime(0, 0), QTimeZone::systemTimeZone());
    return f;
}

void AuditLogDialog::applyFilter()
{
    const AuditFilter filter = currentFilter();
    m_table->setRowCount(0);
    for (const ChainEvent& e : std::as_const(m_events)) {
        if (!filter.matches(e))
            continue;
        // In words, as the PDF says it (one wording in core); the CSV keeps the recorded details as JSON.
        const QString details = AuditLogReport::what(e);
        const QString recorded = QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact));
        const QDateTime at = parseRfc3339(e.at);
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells {QString::number(e.seq),
                                 at.isValid() ? formatInZone(at, QTimeZone::systemTimeZone()) : e.at, e.actor,
                                 QString(e.action).replace(QLatin1Char('_'), QLatin1Char(' ')), details};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, c == 1 ? e.at : c == 3 ? e.action : c == 4 ? recorded : cells[c]);
            m_table->setItem(row, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(4, std::min(m_table->columnWidth(4), 400));
    m_status->setText(
        tr("%1 of %n event(s) shown.", nullptr, static_cast<int>(m_events.size())).arg(m_table->rowCount()));
}

bool AuditLogDialog::exportCsv(const QString& path)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        m_status->setText(tr("Cannot write %1: %2").arg(path, f.errorString()));
        return false;
    }
    QByteArray csv = "seq,at_utc,user,action,details\r\n";
    for (int r = 0; r < m_table->rowCount(); ++r) {
        QStringList fields;
        for (int c = 0; c < 5; ++c)
            fields << csvField(m_table->item(r, c)->data(Qt::UserRole).toString());
        csv += fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    if (f.write(csv) != csv.size() || !f.commit()) {
        m_status->setText(tr("Cannot write %1: %2").arg(path, f.errorString()));
        return false;
    }
    (void)m_db.audit(QStringLiteral("audit_log_exported"),
                     QJsonObject {{QLatin1String("to"), path}, {QLatin1String("rows"), m_table->rowCount()}});
    m_status->setText(tr("%n event(s) written to %1.", nullptr, m_table->rowCount()).arg(path));
    return true;
}

bool AuditLogDialog::exportPdf(const QString& path)
{
    auto written = AuditLogReport::writePdf(m_db, currentFilter(), path);
    if (!written) {
        m_status->setText(written.errorMessage());
        return false;
    }
    m_status->setText(tr("%n event(s) written to %1.", nullptr, *written).arg(path));
    return true;
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
