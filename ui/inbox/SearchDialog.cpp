#include "inbox/SearchDialog.h"

#include "cases/CaseService.h"
#include "common/StateLabels.h"
#include "common/WindowSize.h"
#include "db/CaseDatabase.h"
#include "inbox/IncidentInbox.h"
#include "statements/StatementService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lpdesk {

namespace {
constexpr int KindRole = Qt::UserRole;
constexpr int HitIdRole = Qt::UserRole + 1;
constexpr int CaseRole = Qt::UserRole + 2;
} // namespace

SearchDialog::SearchDialog(CaseDatabase& db, QWidget* parent)
    : QDialog(parent),
      m_db(db),
      m_query(new QLineEdit(this)),
      m_results(new QTreeWidget(this)),
      m_preview(new QTextBrowser(this))
{
    setWindowTitle(tr("Search incidents and statements"));
    resizeToFit(this, QSize(980, 620));
    m_query->setObjectName(QStringLiteral("searchQuery"));
    m_query->setPlaceholderText(tr("Words to find (prefixes match: \"hood\" finds \"hooded\")"));
    m_query->setClearButtonEnabled(true);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setHeaderLabels({tr("Found in"), tr("Where"), tr("Match")});
    m_results->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_results->setRootIsDecorated(false);
    auto* go = new QPushButton(tr("&Search"), this);
    go->setDefault(true);
    auto* row = new QHBoxLayout;
    row->addWidget(m_query, 1);
    row->addWidget(go);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_results);
    split->addWidget(m_preview);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(split, 1);
    connect(go, &QPushButton::clicked, this, &SearchDialog::search);
    connect(m_query, &QLineEdit::returnPressed, this, &SearchDialog::search);
    connect(m_results, &QTreeWidget::currentItemChanged, this, &SearchDialog::preview);
    connect(m_results, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (item && item->data(0, KindRole).toString() == QLatin1String("statement"))
            Q_EMIT statementRequested(item->data(0, CaseRole).toString(), item->data(0, HitIdRole).toString());
    });
}

void SearchDialog::search()
{
    m_results->clear();
    m_preview->clear();
    const QString text = m_query->text();
    IncidentFilter f;
    f.text = text;
    auto incidents = IncidentInbox(m_db).list(f, IncidentSort::Newest, 0, 500);
    if (!incidents) {
        m_preview->setPlainText(incidents.errorMessage());
        return;
    }
    for (const IncidentRow& r : *incidents) {
        auto* item = new QTreeWidgetItem(m_results);
        item->setText(0, tr("incident"));
        item->setText(1, QStringLiteral("%1 · %2").arg(r.storeId, r.detectedAtLocal));
        item->setText(2, r.type);
        item->setData(0, KindRole, QStringLiteral("incident"));
        item->setData(0, HitIdRole, r.id);
    }
    auto statements = StatementService(m_db).search(text, 500);
    if (statements)
        for (const StatementHit& h : *statements) {
            auto* item = new QTreeWidgetItem(m_results);
            item->setText(0, tr("statement"));
            QString reference = h.caseId.left(8);
            if (auto c = CaseService(m_db).show(h.caseId))
                reference = c->reference;
            item->setText(1, tr("%1 · case %2").arg(h.author, reference));
            item->setText(2, h.snippet);
            item->setData(0, KindRole, QStringLiteral("statement"));
            item->setData(0, HitIdRole, h.statementId);
            item->setData(0, CaseRole, h.caseId);
        }
    if (m_results->topLevelItemCount() == 0)
        m_preview->setPlainText(tr("Nothing found."));
    else
        m_results->setCurrentItem(m_results->topLevelItem(0));
}

void SearchDialog::preview()
{
    QTreeWidgetItem* item = m_results->currentItem();
    if (!item)
        return;
    const QString id = item->data(0, HitIdRole).toString();
    if (item->data(0, KindRole).toString() == QLatin1String("incident")) {
        auto d = IncidentInbox(m_db).show(id);
        if (!d) {
            m_preview->setPlainText(d.errorMessage());
            return;
        }
        m_preview->setHtml(QStringLiteral("<h3>%1</h3><p>%2 · %3 · %4</p><p style='white-space:pre-wrap'>%5</p>")
                               .arg(StateLabels::incidentType(d->row.type).toHtmlEscaped(),
                                    d->row.storeId.toHtmlEscaped(), d->row.detectedAtLocal.toHtmlEscaped(),
                                    StateLabels::trigger(d->row.trigger).toHtmlEscaped(),
                                    d->narrative.toHtmlEscaped()));
        return;
    }
    auto s = StatementService(m_db).get(id);
    if (!s) {
        m_preview->setPlainText(s.errorMessage());
        return;
    }
    m_preview->setHtml(QStringLiteral("<h3>%1</h3><p>%2 · v%3 · %4</p><p style='white-space:pre-wrap'>%5</p><p>%6</p>")
                           .arg(s->author.toHtmlEscaped(), s->role.toHtmlEscaped())
                           .arg(s->version)
                           .arg(s->takenAt.toHtmlEscaped(), s->text.toHtmlEscaped(),
                                tr("Activate to open the case at this statement.").toHtmlEscaped()));
}

} // namespace lpdesk
