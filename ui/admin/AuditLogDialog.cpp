#include "admin/AuditLogDialog.h"

#include "common/CustodyWords.h"
#include "common/LocaleText.h"
#include "common/MediaWords.h"
#include "common/Time.h"
#include "common/WindowSize.h"
#include "custody/ChainReader.h"
#include "db/CaseDatabase.h"
#include "inbox/IncidentInbox.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
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
    m_since->setDisplayFormat(shown::datePattern());
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
    // Without names the log still reads (with ids): the events matter more than their labels.
    auto names = ChainReader(m_db).auditNames();
    m_names = names ? *names : AuditNames();
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
    QList<QPair<QString, QString>> sortedActions; // (words, code), sorted by the words shown
    for (const QString& a : std::as_const(actions))
        sortedActions.append({CustodyWords::auditAction(a), a});
    std::sort(sortedActions.begin(), sortedActions.end(),
              [](const auto& x, const auto& y) { return x.first.localeAwareCompare(y.first) < 0; });
    for (const auto& [words, code] : std::as_const(sortedActions))
        m_action->addItem(words, code);
    applyFilter();
}

QString AuditLogDialog::nameOf(const QString& id) const
{
    if (id.isEmpty())
        return {};
    if (auto c = m_names.cases.constFind(id); c != m_names.cases.cend())
        return tr("case %1 “%2”").arg(c->reference, c->title);
    if (auto m = m_names.media.constFind(id); m != m_names.media.cend()) {
        MediaRow row;
        row.kind = m->kind;
        row.operation = m->operation;
        row.camera = m->camera;
        row.codec = m->codec;
        const QString name = m->originalName.isEmpty() ? MediaWords::title(row) : m->originalName;
        const QString reference = m_names.cases.value(m->caseId).reference;
        return reference.isEmpty() ? name : tr("%1, case %2").arg(name, reference);
    }
    if (auto r = m_names.releases.constFind(id); r != m_names.releases.cend()) {
        const QString reference = m_names.cases.value(r->caseId).reference;
        return r->recipient.isEmpty() ? tr("the release of %1").arg(reference)
                                      : tr("the release of %1 to %2").arg(reference, r->recipient);
    }
    if (auto u = m_names.users.constFind(id); u != m_names.users.cend())
        return *u;
    if (auto i = m_names.incidents.constFind(id); i != m_names.incidents.cend()) {
        const QDateTime at = parseRfc3339(i->detectedAt);
        return tr("the incident at %1 on %2")
            .arg(i->store, at.isValid() ? shown::dateTime(at, QTimeZone(i->zone.toUtf8()), false) : i->detectedAt);
    }
    return {};
}

QString AuditLogDialog::detailsOf(const ChainEvent& e, QStringList* ids) const
{
    QString text = AuditLogReport::what(e);
    // Core's generic wording starts with the action's code ("release requested: case id …"); the "What" column
    // already says it in words.
    const QString code = QString(e.action).replace(QLatin1Char('_'), QLatin1Char(' '));
    if (text == code)
        text.clear();
    else if (text.startsWith(code + QStringLiteral(": ")))
        text.remove(0, code.size() + 2);
    QStringList named; // objects the sentence does not mention
    const auto name = [&](const QString& key, const QString& id) {
        const QString n = nameOf(id);
        if (n.isEmpty())
            return;
        ids->append(QStringLiteral("%1: %2").arg(key, id));
        // Core's generic wording is "media id <uuid>": the name replaces the key and the id together.
        const QString pair = QString(key).replace(QLatin1Char('_'), QLatin1Char(' ')) + QLatin1Char(' ') + id;
        if (text.contains(pair))
            text.replace(pair, n);
        else if (text.contains(id))
            text.replace(id, n);
        else if (!named.contains(n))
            named << n;
    };
    for (auto it = e.details.constBegin(); it != e.details.constEnd(); ++it) {
        if (it.value().isString())
            name(it.key(), it.value().toString());
        else if (it.value().isArray())
            for (const QJsonValue& v : it.value().toArray())
                name(it.key(), v.toString());
    }
    if (named.isEmpty())
        return text;
    // "Opened evidence | Original clip, camera cam-entrance, case LPD-2026-0001 (looked at clip)".
    return text.isEmpty() ? named.join(QStringLiteral(", "))
                          : tr("%1 (%2)").arg(named.join(QStringLiteral(", ")), text);
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
    AuditFilter filter = currentFilter();
    // The search also finds the names shown (a file, a case title), which core's wording does not hold.
    const QString search = filter.text;
    filter.text.clear();
    m_table->setRowCount(0);
    for (const ChainEvent& e : std::as_const(m_events)) {
        if (!filter.matches(e))
            continue;
        // In words, as the PDF says it (core's wording) with names for ids; the CSV keeps the recorded JSON.
        QStringList ids;
        const QString details = detailsOf(e, &ids);
        const QString what = CustodyWords::auditAction(e.action);
        if (!search.isEmpty() && !details.contains(search, Qt::CaseInsensitive)
            && !what.contains(search, Qt::CaseInsensitive) && !currentFilter().matches(e))
            continue;
        const QString recorded = QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact));
        const QDateTime at = parseRfc3339(e.at);
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells {QString::number(e.seq), at.isValid() ? shown::workstationTime(e.at) : e.at, e.actor,
                                 what, details};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, c == 1 ? e.at : c == 3 ? e.action : c == 4 ? recorded : cells[c]);
            m_table->setItem(row, c, item);
        }
        m_table->item(row, 3)->setToolTip(e.action);
        m_table->item(row, 4)->setToolTip(ids.isEmpty() ? details
                                                        : details + QLatin1Char('\n') + ids.join(QLatin1Char('\n')));
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
