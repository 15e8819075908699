// DashboardPage's exports: the figures as CSV, the whole page as PDF.
#include "program/DashboardPage.h"

#include "model/Currency.h"

#include <QDateEdit>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace lpdesk {

namespace {

QString csvField(QString s)
{
    if (s.contains(u',') || s.contains(u'"') || s.contains(u'\n'))
        s = u'"' + s.replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
    return s;
}

QString csvNumber(const std::optional<double>& v)
{
    return v ? QString::number(*v, 'g', 12) : QString();
}

} // namespace

bool DashboardPage::exportCsv(const QString& path, QString* error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    QString text = QStringLiteral("group,incidents,cases,reported,mttr_median_s,mttr_p90_s,evidence_completeness,"
                                  "followup_rate,closure_rate,repeat_incident_rate");
    // The loss from linked POS: two columns per currency of the period (never added across currencies), exact
    // decimals in the currency's own minor unit; empty where a group has no loss in that currency.
    QList<QPair<QString, int>> currencies;
    for (const KpiLoss& l : m_report.overall.loss) {
        currencies.append({l.currency, l.exponent});
        const QString code = l.currency.isEmpty() ? QStringLiteral("unknown") : l.currency;
        text += QStringLiteral(",loss_total_%1,loss_median_%1").arg(code);
    }
    text += u'\n';
    QList<KpiFigures> all = m_report.rows;
    all.prepend(m_report.overall);
    for (const KpiFigures& r : all) {
        QStringList cells {csvField(r.key.isEmpty() ? QStringLiteral("all") : r.key),
                           QString::number(r.incidents),
                           QString::number(r.cases),
                           QString::number(r.reported),
                           csvNumber(r.mttrMedian),
                           csvNumber(r.mttrP90),
                           csvNumber(r.evidenceCompleteness),
                           csvNumber(r.followupRate),
                           csvNumber(r.closureRate),
                           csvNumber(r.repeatRate)};
        for (const auto& [currency, exponent] : currencies) {
            const auto it
                = std::find_if(r.loss.begin(), r.loss.end(), [&](const KpiLoss& l) { return l.currency == currency; });
            cells << (it == r.loss.end() ? QString() : Currency::plain(it->total, exponent))
                  << (it == r.loss.end() ? QString() : Currency::plain(it->median, exponent));
        }
        text += cells.join(u',') + u'\n';
    }
    file.write(text.toUtf8());
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool DashboardPage::exportPdf(const QString& path, QString* error)
{
    QPdfWriter writer(path);
    writer.setTitle(
        tr("LP Desk dashboard %1 – %2").arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate)));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setResolution(96);
    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    const QRect page = painter.viewport();
    const double scale
        = std::min(static_cast<double>(page.width()) / width(), static_cast<double>(page.height()) / height());
    painter.scale(scale, scale);
    render(&painter);
    painter.end();
    return true;
}

} // namespace lpdesk
