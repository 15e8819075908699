#include "pos/PosLinkDialog.h"

#include "common/LocaleText.h"
#include "common/Theme.h"
#include "common/Time.h"
#include "common/WindowSize.h"
#include "db/CaseDatabase.h"
#include "pos/PosNearby.h"
#include "pos/PosPanel.h"
#include "store/StoreRegistry.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lpdesk {

namespace {
constexpr int TransactionRole = Qt::UserRole;
} // namespace

PosLinkDialog::PosLinkDialog(CaseDatabase& db, const QString& caseId, QWidget* parent)
    : QDialog(parent),
      m_db(db),
      m_caseId(caseId),
      m_window(new QSpinBox(this)),
      m_list(new QTreeWidget(this)),
      m_status(new QLabel(this)),
      m_link(new QPushButton(tr("&Link ticked"), this))
{
    setObjectName(QStringLiteral("posLinkDialog"));
    setWindowTitle(tr("Link a transaction"));
    resizeToFit(this, QSize(820, 480));
    m_window->setRange(10, 86400);
    m_window->setValue(1800);
    m_window->setSuffix(tr(" s"));
    m_list->setObjectName(QStringLiteral("posNearbyList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels(
        {tr("Time (store)"), tr("From the incident"), tr("Register"), tr("#"), tr("Total"), tr("Flags"), tr("Kind")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("posNearbyStatus"));
    m_link->setObjectName(QStringLiteral("posLinkTicked"));
    m_link->setEnabled(false);

    auto* top = new QHBoxLayout;
    auto* windowLabel = new QLabel(tr("Around each incident, &±"), this);
    windowLabel->setBuddy(m_window);
    top->addWidget(windowLabel);
    top->addWidget(m_window);
    top->addStretch();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_link, QDialogButtonBox::AcceptRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Tick the transactions that belong to the case. Times are corrected for the "
                                    "register's clock; linked ones are listed but cannot be ticked."),
                                 this));
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(m_window, &QSpinBox::valueChanged, this, &PosLinkDialog::reload);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_link, &QPushButton::clicked, this, &PosLinkDialog::linkTicked);
    connect(m_list, &QTreeWidget::itemChanged, this, [this] {
        int ticked = 0;
        for (int i = 0; i < m_list->topLevelItemCount(); ++i)
            ticked += m_list->topLevelItem(i)->checkState(0) == Qt::Checked ? 1 : 0;
        m_link->setEnabled(ticked > 0);
    });
    reload();
}

void PosLinkDialog::reload()
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    m_link->setEnabled(false);
    auto near = PosNearby(m_db).around(m_caseId, m_window->value());
    if (!near) {
        Theme::setStatus(m_status, Theme::Status::Alert);
        m_status->setText(near.errorMessage());
        return;
    }
    Theme::setStatus(m_status, Theme::Status::Normal);
    QHash<QString, QTimeZone> zones;
    for (const PosCandidate& c : *near) {
        const LinkedTransaction& t = c.transaction;
        if (!zones.contains(t.storeId)) {
            auto store = StoreRegistry(m_db).get(t.storeId);
            zones.insert(t.storeId, store ? QTimeZone(store->timezone.toUtf8()) : QTimeZone::utc());
        }
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, shown::dateTime(parseRfc3339(t.beginUtc), zones.value(t.storeId), false));
        const qint64 s = qRound64(c.secondsFromIncident);
        item->setText(1, s < 0 ? tr("%1 s before").arg(shown::integer(-s)) : tr("%1 s after").arg(shown::integer(s)));
        item->setText(2, t.registerId);
        item->setText(3, t.sequence);
        item->setText(4, QStringLiteral("%1 %2").arg(t.currency, shown::money(t.total, t.exponent)));
        QStringList flags;
        for (const QString& e : t.exceptions)
            flags << PosPanel::exceptionLabel(e);
        if (c.linked)
            flags.prepend(tr("linked"));
        item->setText(5, flags.join(QStringLiteral(", ")));
        item->setText(6, PosImportSummary::kindLabel(t.kind));
        item->setData(0, TransactionRole, t.id);
        item->setToolTip(0, tr("The register's clock said %1.").arg(t.beginRaw));
        if (c.linked) {
            item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable & ~Qt::ItemIsEnabled);
        } else {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(0, Qt::Unchecked);
        }
    }
    m_status->setText(near->isEmpty()
                          ? tr("No transaction of the incidents' stores within ±%1 s: widen the window, "
                               "or import the store's journal.")
                                .arg(m_window->value())
                          : tr("%n transaction(s) around the incidents.", nullptr, static_cast<int>(near->size())));
}

bool PosLinkDialog::tick(const QString& transactionId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        if (item->data(0, TransactionRole).toString() == transactionId && (item->flags() & Qt::ItemIsUserCheckable)) {
            item->setCheckState(0, Qt::Checked);
            return true;
        }
    }
    return false;
}

int PosLinkDialog::linkTicked()
{
    PosService pos(m_db);
    int done = 0;
    QStringList problems;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        if (item->checkState(0) != Qt::Checked)
            continue;
        const Status s = pos.linkManually(m_caseId, item->data(0, TransactionRole).toString(), true);
        if (s)
            ++done;
        else
            problems << s.errorMessage();
    }
    if (done > 0)
        Q_EMIT linked(done);
    if (!problems.isEmpty()) {
        reload();
        Theme::setStatus(m_status, Theme::Status::Alert);
        m_status->setText(problems.join(QLatin1Char('\n')));
        return done;
    }
    accept();
    return done;
}

} // namespace lpdesk
