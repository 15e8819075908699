// What `lpdesk-cli kpi` prints beyond each group's figures, shown on the dashboard page: the times from detection
// (to report — median and p90 —, to case, to legal's decision, to close: medians), incidents by type and by trigger,
// the stores with the most repeat incidents within 30 days, and the loss the linked POS transactions record, one row
// per currency (amounts in different currencies are never added together).
#pragma once

#include "metrics/KpiReport.h"

#include <QWidget>

#include <optional>

class QLabel;
class QTableWidget;

namespace lpdesk {

class DashboardBreakdowns : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardBreakdowns(QWidget* parent = nullptr);

    void showFigures(const KpiFigures& overall);
    // "30 h 0 min", or a dash when nothing was counted.
    static QString duration(const std::optional<double>& seconds);
    // "USD 74.99 (median 50.00)" per currency, one per line; a dash when no linked transaction records a loss.
    static QString lossText(const QList<KpiLoss>& loss);

private:
    QLabel* m_medians;
    QLabel* m_byType;
    QLabel* m_byTrigger;
    QTableWidget* m_repeatStores;
    QTableWidget* m_loss;
};

} // namespace lpdesk
