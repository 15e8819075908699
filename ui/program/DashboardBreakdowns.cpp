#include "program/DashboardBreakdowns.h"

#include "common/LocaleText.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lpdesk {

namespace {

// "robbery 1, shoplifting 3" (by name, as `kpi` prints them), or a dash.
QString counts(const QMap<QString, qint64>& map)
{
    QStringList parts;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it)
        parts << DashboardBreakdowns::tr("%1 %2").arg(it.key(), shown::integer(it.value()));
    return parts.isEmpty() ? DashboardBreakdowns::tr("–") : parts.join(QStringLiteral(", "));
}

QTableWidget* table(const QString& name, const QStringList& headers, QWidget* parent)
{
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    // A few rows: the groups table and the chart below get the height.
    t->setMinimumHeight(80);
    t->setMaximumHeight(130);
    return t;
}

void fill(QTableWidget* t, const QList<QStringList>& rows)
{
    t->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows[r].size(); ++c) {
            auto* item = new QTableWidgetItem(rows[r][c]);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            t->setItem(r, c, item);
        }
    t->resizeColumnsToContents();
}

} // namespace

DashboardBreakdowns::DashboardBreakdowns(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* times = new QGroupBox(tr("Breakdowns"), this);
    auto* form = new QFormLayout(times);
    auto label = [&](const QString& name, const QString& title) {
        auto* l = new QLabel(times);
        l->setObjectName(name);
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(title, l);
        return l;
    };
    m_medians = label(QStringLiteral("kpiMedians"), tr("From detection (medians):"));
    m_byType = label(QStringLiteral("kpiByType"), tr("Incidents by type:"));
    m_byTrigger = label(QStringLiteral("kpiByTrigger"), tr("Incidents by trigger:"));
    layout->addWidget(times, 2);

    auto* repeats = new QGroupBox(tr("Top repeat stores (30 days)"), this);
    m_repeatStores = table(QStringLiteral("dashboardRepeatStores"), {tr("Store"), tr("Repeat incidents")}, repeats);
    (new QVBoxLayout(repeats))->addWidget(m_repeatStores);
    layout->addWidget(repeats, 1);

    auto* loss = new QGroupBox(tr("Loss from linked POS"), this);
    loss->setToolTip(tr("The value of the POS transactions linked to the cases, in each transaction's currency; "
                        "amounts in different currencies are never added together."));
    m_loss = table(QStringLiteral("dashboardLoss"),
                   {tr("Currency"), tr("Total"), tr("Median per case"), tr("Cases"), tr("Transactions")}, loss);
    (new QVBoxLayout(loss))->addWidget(m_loss);
    layout->addWidget(loss, 2);
}

QString DashboardBreakdowns::duration(const std::optional<double>& s)
{
    if (!s)
        return tr("–");
    const qint64 v = qRound64(*s);
    return tr("%1 h %2 min").arg(v / 3600).arg((v % 3600) / 60);
}

QString DashboardBreakdowns::lossText(const QList<KpiLoss>& loss)
{
    QStringList parts;
    for (const KpiLoss& l : loss)
        parts << tr("%1 %2 (median %3)")
                     .arg(l.currency.isEmpty() ? tr("(no currency)") : l.currency, shown::money(l.total, l.exponent),
                          shown::money(l.median, l.exponent));
    return parts.isEmpty() ? tr("–") : parts.join(u'\n');
}

void DashboardBreakdowns::showFigures(const KpiFigures& f)
{
    m_medians->setText(tr("to report %1 (p90 %2), to case %3, to legal's decision %4, to close %5")
                           .arg(duration(f.mttrMedian), duration(f.mttrP90), duration(f.toCaseMedian),
                                duration(f.toDecisionMedian), duration(f.toCloseMedian)));
    m_byType->setText(counts(f.byType));
    m_byTrigger->setText(counts(f.byTrigger));
    QList<QStringList> repeatRows;
    for (const auto& [store, repeats] : f.topRepeatStores())
        repeatRows << QStringList {store, shown::integer(repeats)};
    fill(m_repeatStores, repeatRows);
    QList<QStringList> lossRows;
    for (const KpiLoss& l : f.loss)
        lossRows << QStringList {l.currency.isEmpty() ? tr("(no currency)") : l.currency,
                                 shown::money(l.total, l.exponent), shown::money(l.median, l.exponent),
                                 shown::integer(l.cases), shown::integer(l.transactions)};
    fill(m_loss, lossRows);
}

} // namespace lpdesk
