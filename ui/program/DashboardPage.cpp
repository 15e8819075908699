#include "program/DashboardPage.h"

#include "program/DashboardBreakdowns.h"
#include "program/DashboardChart.h"

#include "common/Background.h"
#include "common/Theme.h"
#include "db/CaseDatabase.h"
#include "model/Currency.h"
#include "store/StoreRegistry.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <functional>

namespace lpdesk {

namespace {

QString duration(const std::optional<double>& s)
{
    return DashboardBreakdowns::duration(s);
}

QString percent(const std::optional<double>& r)
{
    return r ? QStringLiteral("%1 %").arg(*r * 100.0, 0, 'f', 1) : DashboardPage::tr("–");
}

QString csvField(QString s)
{
    if (s.contains(u',') || s.contains(u'"') || s.contains(u'\n'))
        s = u'"' + s.replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
    return s;
}

QString number(const std::optional<double>& v)
{
    return v ? QString::number(*v, 'g', 12) : QString();
}

} // namespace

DashboardPage::DashboardPage(CaseDatabase& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("dashboard"));
    setWindowTitle(tr("Dashboard"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(createFilters());
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("dashboardError"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    layout->addWidget(createEmptyHint());
    layout->addLayout(createFigures());
    m_breakdowns = new DashboardBreakdowns(this);
    layout->addWidget(m_breakdowns);
    layout->addWidget(createViews(), 1);
    layout->addLayout(createButtons());
    connect(m_refresh, &QPushButton::clicked, this, &DashboardPage::refresh);
    connect(m_by, &QComboBox::currentIndexChanged, this, &DashboardPage::refresh);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &DashboardPage::refresh);
    connect(m_rows, &QTableWidget::currentCellChanged, this, [this](int row) { showCasesOfRow(row); });
    refresh();
}

// Dates (store-local), store, grouping, Refresh and the busy bar.
QLayout* DashboardPage::createFilters()
{
    auto* filters = new QHBoxLayout;
    m_from = new QDateEdit(QDate::currentDate().addDays(-89), this);
    m_from->setObjectName(QStringLiteral("dashboardFrom"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_to = new QDateEdit(QDate::currentDate(), this);
    m_to->setObjectName(QStringLiteral("dashboardTo"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("dashboardScope"));
    // A store's entry names its time zone and can be long: the closed box shows what fits, the list shows all.
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scope->setMinimumContentsLength(16);
    m_scope->addItem(tr("All stores"), QString());
    if (auto stores = StoreRegistry(m_db).list()) {
        for (const StoreInfo& s : *stores)
            m_scope->addItem(tr("Store %1 (%2)").arg(s.id, s.timezone), QStringLiteral("store:") + s.id);
    }
    if (auto regions = KpiReporter(m_db).regions()) {
        for (const QString& r : *regions)
            m_scope->addItem(tr("Region %1").arg(r), QStringLiteral("region:") + r);
    }
    m_by = new QComboBox(this);
    m_by->setObjectName(QStringLiteral("dashboardBy"));
    for (const auto& [key, label] : {std::pair<QString, QString> {QStringLiteral("week"), tr("By week")},
                                     {QStringLiteral("day"), tr("By day")},
                                     {QStringLiteral("month"), tr("By month")},
                                     {QStringLiteral("quarter"), tr("By quarter")},
                                     {QStringLiteral("store"), tr("By store")},
                                     {QStringLiteral("region"), tr("By region")}})
        m_by->addItem(label, key);
    m_refresh = new QPushButton(tr("R&efresh"), this);
    m_refresh->setObjectName(QStringLiteral("dashboardRefresh"));
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("dashboardBusy"));
    m_busy->setRange(0, 0); // the KPI queries report no steps: a busy bar while they run
    m_busy->setFormat(tr("Computing…"));
    m_busy->setMaximumWidth(160);
    m_busy->hide();
    filters->addWidget(new QLabel(tr("From (store-local date):"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to:"), this));
    filters->addWidget(m_to);
    filters->addWidget(m_scope);
    filters->addWidget(m_by);
    filters->addWidget(m_refresh);
    filters->addWidget(m_busy);
    filters->addStretch();
    return filters;
}

// A range without incidents says where the data is, one click away.
QWidget* DashboardPage::createEmptyHint()
{
    m_empty = new QWidget(this);
    m_empty->setObjectName(QStringLiteral("dashboardEmpty"));
    m_emptyText = new QLabel(m_empty);
    m_emptyText->setObjectName(QStringLiteral("dashboardEmptyText"));
    m_emptyText->setWordWrap(true);
    Theme::setStatus(m_emptyText, Theme::Status::Warning);
    m_showNewest = new QPushButton(m_empty);
    m_showNewest->setObjectName(QStringLiteral("dashboardShowNewest"));
    m_showNewest->setToolTip(tr("Move the period to the 90 days that end with the newest incident"));
    m_showAll = new QPushButton(m_empty);
    m_showAll->setObjectName(QStringLiteral("dashboardShowAll"));
    m_showAll->setToolTip(tr("Widen the period to every incident in the database"));
    auto* emptyRow = new QHBoxLayout(m_empty);
    emptyRow->setContentsMargins(0, 0, 0, 0);
    emptyRow->addWidget(m_emptyText, 1);
    emptyRow->addWidget(m_showNewest);
    emptyRow->addWidget(m_showAll);
    m_empty->hide();
    connect(m_showAll, &QPushButton::clicked, this, [this] { setRange(m_oldest, m_newest); });
    connect(m_showNewest, &QPushButton::clicked, this, [this] { setRange(m_newest.addDays(-89), m_newest); });
    return m_empty;
}

QLayout* DashboardPage::createFigures()
{
    auto* figures = new QGridLayout;
    auto figure = [&](const QString& name, const QString& title, int row, int col) {
        auto* label = new QLabel(this);
        label->setObjectName(name);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        // Wrapped, titles and figures alike: in Spanish, or with many outcomes, one line each made the dialog
        // wider than a 1280-px screen.
        label->setWordWrap(true);
        auto* caption = new QLabel(title, this);
        caption->setWordWrap(true);
        figures->addWidget(caption, row, col * 2);
        figures->addWidget(label, row, col * 2 + 1);
        return label;
    };
    m_mttr = figure(QStringLiteral("kpiMttr"), tr("Time to report (median / p90):"), 0, 0);
    m_completeness = figure(QStringLiteral("kpiCompleteness"), tr("Evidence completeness:"), 0, 1);
    m_followup = figure(QStringLiteral("kpiFollowup"), tr("Police follow-up within 30 days:"), 0, 2);
    m_closure = figure(QStringLiteral("kpiClosure"), tr("Cases closed:"), 1, 0);
    m_repeat = figure(QStringLiteral("kpiRepeat"), tr("Repeat incidents (30 days):"), 1, 1);
    m_outcomes = figure(QStringLiteral("kpiOutcomes"), tr("Outcomes:"), 1, 2);
    return figures;
}

// The trend chart above; the groups table, the heat map and the cases of the selected group below.
QWidget* DashboardPage::createViews()
{
    auto* split = new QSplitter(Qt::Vertical, this);
    m_trend = new QChartView(split);
    m_trend->setObjectName(QStringLiteral("dashboardTrend"));
    m_trend->setRenderHint(QPainter::Antialiasing);
    m_trend->setMinimumHeight(180);
    auto* lower = new QSplitter(Qt::Horizontal, split);
    m_rows = new QTableWidget(lower);
    m_rows->setObjectName(QStringLiteral("dashboardRows"));
    m_rows->setAccessibleName(tr("Figures by group"));
    m_rows->setToolTip(tr("The figures for each store, region or period chosen above; select a row to list its "
                          "cases"));
    m_rows->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rows->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_heat = new QTableWidget(7, 24, lower);
    m_heat->setObjectName(QStringLiteral("dashboardHeat"));
    m_heat->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_heat->horizontalHeader()->setMinimumSectionSize(18);
    m_heat->horizontalHeader()->setDefaultSectionSize(24);
    QStringList days;
    for (int d = 1; d <= 7; ++d)
        days << QLocale().dayName(d, QLocale::ShortFormat);
    m_heat->setVerticalHeaderLabels(days);
    QStringList hours; // the store-local hour each column counts, from 0 (Qt's default headers start at 1)
    for (int h = 0; h < 24; ++h)
        hours << QString::number(h);
    m_heat->setHorizontalHeaderLabels(hours);
    m_heat->setToolTip(tr("Incidents by store-local hour (columns) and weekday (rows)"));
    m_cases = new QListWidget(lower);
    m_cases->setObjectName(QStringLiteral("dashboardCases"));
    m_cases->setToolTip(tr("The cases behind the selected row"));
    lower->setMinimumHeight(150); // the groups table shows a few rows whatever the chart takes
    return split;
}

QLayout* DashboardPage::createButtons()
{
    auto* buttons = new QHBoxLayout;
    auto* csv = new QPushButton(tr("Export fi&gures as CSV…"), this);
    auto* pdf = new QPushButton(tr("Export &dashboard as PDF…"), this);
    auto* close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("dashboardClose"));
    close->setToolTip(tr("Back to the inbox or home page (the dashboard stays one Ctrl+5 away)"));
    buttons->addWidget(csv);
    buttons->addWidget(pdf);
    buttons->addStretch();
    buttons->addWidget(close);

    connect(close, &QPushButton::clicked, this, &DashboardPage::closeRequested);
    // Asks where, writes, and says why when it could not.
    auto saveAs = [this](QPushButton* button, const QString& title, const QString& name, const QString& filter,
                         std::function<bool(const QString&, QString*)> write) {
        connect(button, &QPushButton::clicked, this, [this, title, name, filter, write] {
            const QString path = QFileDialog::getSaveFileName(this, title, name, filter);
            QString error;
            if (!path.isEmpty() && !write(path, &error))
                QMessageBox::warning(this, title, error);
        });
    };
    saveAs(csv, tr("Export figures"), QStringLiteral("kpi.csv"), tr("CSV files (*.csv)"),
           [this](const QString& path, QString* error) { return exportCsv(path, error); });
    saveAs(pdf, tr("Export dashboard"), QStringLiteral("dashboard.pdf"), tr("PDF files (*.pdf)"),
           [this](const QString& path, QString* error) { return exportPdf(path, error); });
    return buttons;
}

void DashboardPage::setRange(const QDate& from, const QDate& to)
{
    const QSignalBlocker a(m_from), b(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    refresh();
}

void DashboardPage::setGrouping(const QString& by)
{
    const int i = m_by->findData(by);
    if (i >= 0)
        m_by->setCurrentIndex(i); // refreshes
}

KpiFilter DashboardPage::filter() const
{
    KpiFilter f;
    f.from = m_from->date();
    f.to = m_to->date();
    const QString scope = m_scope->currentData().toString();
    if (scope.startsWith(QLatin1String("store:")))
        f.store = scope.mid(6);
    else if (scope.startsWith(QLatin1String("region:")))
        f.region = scope.mid(7);
    f.by = m_by->currentData().toString();
    return f;
}

// A computation still running goes on without this page: it holds the database open until it ends
// (runOnDatabase), so closing the window never waits for it.
DashboardPage::~DashboardPage() = default;

void DashboardPage::refresh()
{
    if (m_running) {
        m_again = true; // the filters changed under a running computation: compute again once it ends
        return;
    }
    m_running = true;
    m_busy->show();
    m_refresh->setEnabled(false);
    CaseDatabase* db = &m_db;
    const KpiFilter f = filter();
    const bool started = runOnDatabase<Computed>(
        m_db, this,
        [db, f](const std::atomic_bool&) -> Computed {
            Computed c {std::make_shared<Result<KpiReport>>(KpiReporter(*db).compute(f)), {}, {}};
            if (*c.report && (*c.report)->overall.incidents == 0 && (f.from.isValid() || f.to.isValid())) {
                // Where the data is: every day with an incident in this scope, whatever the dates.
                KpiFilter all = f;
                all.from = all.to = QDate();
                all.by = QStringLiteral("day");
                if (auto days = KpiReporter(*db).compute(all))
                    for (const KpiFigures& day : days->rows) {
                        const QDate d = QDate::fromString(day.key, Qt::ISODate);
                        if (!d.isValid() || day.incidents == 0)
                            continue;
                        if (!c.oldest.isValid() || d < c.oldest)
                            c.oldest = d;
                        if (!c.newest.isValid() || d > c.newest)
                            c.newest = d;
                    }
            }
            return c;
        },
        [this](Computed result) { computed(result); });
    if (!started)
        computed({std::make_shared<Result<KpiReport>>(failure(tr("The database is closing."))), {}, {}});
}

void DashboardPage::computed(const Computed& result)
{
    const auto& report = result.report;
    m_running = false;
    if (m_again) {
        m_again = false;
        refresh();
        return;
    }
    m_busy->hide();
    m_refresh->setEnabled(true);
    if (!*report) {
        m_error->setText(report->errorMessage());
        m_error->show();
        m_report = {};
    } else {
        m_error->hide();
        m_report = report->value();
    }
    showReport();
    showEmptyHint(result);
    Q_EMIT refreshed();
}

void DashboardPage::showEmptyHint(const Computed& result)
{
    m_oldest = result.oldest;
    m_newest = result.newest;
    const bool empty = *result.report && m_report.overall.incidents == 0;
    m_empty->setVisible(empty);
    if (!empty)
        return;
    const QString from = m_from->date().toString(Qt::ISODate);
    const QString to = m_to->date().toString(Qt::ISODate);
    const bool elsewhere = m_newest.isValid();
    m_emptyText->setText(elsewhere ? tr("No incidents between %1 and %2. The newest incident is on %3.")
                                         .arg(from, to, m_newest.toString(Qt::ISODate))
                                   : tr("No incidents between %1 and %2, nor at any other time for this choice of "
                                        "stores.")
                                         .arg(from, to));
    m_showNewest->setVisible(elsewhere);
    m_showAll->setVisible(elsewhere);
    if (elsewhere) {
        m_showNewest->setText(tr("Show the &90 days up to %1").arg(m_newest.toString(Qt::ISODate)));
        m_showAll->setText(
            tr("Show &all (%1 – %2)").arg(m_oldest.toString(Qt::ISODate), m_newest.toString(Qt::ISODate)));
    }
}

void DashboardPage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        styleChart();
}

void DashboardPage::styleChart()
{
    // Qt Charts paints with its own theme (white by default): it follows the page's palette, light or dark.
    QChart* chart = m_trend->chart();
    if (!chart)
        return;
    const QPalette p = palette();
    const QColor text = p.color(QPalette::Text);
    const QColor base = p.color(QPalette::Base);
    chart->setTheme(Theme::isDark(p) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(base);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    QColor grid = p.color(QPalette::Mid);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
    m_trend->setBackgroundBrush(p.color(QPalette::Window));
}

void DashboardPage::showReport()
{
    const KpiFigures& f = m_report.overall;
    m_mttr->setText(tr("%1 / %2 (%n reported case(s))", nullptr, static_cast<int>(f.reported))
                        .arg(duration(f.mttrMedian), duration(f.mttrP90)));
    m_completeness->setText(percent(f.evidenceCompleteness));
    m_followup->setText(percent(f.followupRate));
    m_closure->setText(tr("%1 of %n case(s)", nullptr, static_cast<int>(f.cases)).arg(percent(f.closureRate)));
    m_repeat->setText(tr("%1 of %n incident(s)", nullptr, static_cast<int>(f.incidents)).arg(percent(f.repeatRate)));
    m_outcomes->setText(tr("%1 arrests, %2 charged, %3 recoveries (%4)")
                            .arg(f.outcomes.value(QStringLiteral("arrest")))
                            .arg(f.outcomes.value(QStringLiteral("charged")))
                            .arg(f.outcomes.value(QStringLiteral("recovered")))
                            .arg(QLocale().toString(f.recoveredValue, 'f', 2)));

    m_breakdowns->showFigures(f);
    showChart();
    showRows();
    qint64 peak = 1;
    for (const auto& row : f.heat)
        for (qint64 v : row)
            peak = std::max(peak, v);
    for (int d = 0; d < 7; ++d)
        for (int h = 0; h < 24; ++h) {
            const qint64 v = f.heat[static_cast<size_t>(d)][static_cast<size_t>(h)];
            auto* item = new QTableWidgetItem(v ? QString::number(v) : QString());
            const Theme::Pair cell = Theme::heat(m_heat->palette(), static_cast<double>(v) / static_cast<double>(peak));
            item->setBackground(cell.background);
            item->setForeground(cell.text);
            m_heat->setItem(d, h, item);
        }
    m_cases->clear();
}

// Trend (or, grouped by store/region, comparison) of the rates and the MTTR median per group.
void DashboardPage::showChart()
{
    QChart* chart = DashboardChart::build(m_report, m_by->currentData().toString());
    QChart* old = m_trend->chart();
    m_trend->setChart(chart);
    delete old;
    styleChart();
}

// One row per group, with its loss in each currency.
void DashboardPage::showRows()
{
    const QStringList headers {
        tr("Group"),    tr("Incidents"), tr("Cases"),  tr("MTTR median"),   tr("MTTR p90"),
        tr("Complete"), tr("Follow-up"), tr("Closed"), tr("Repeat (30 d)"), tr("Loss from linked POS")};
    m_rows->clear();
    m_rows->setColumnCount(static_cast<int>(headers.size()));
    m_rows->setHorizontalHeaderLabels(headers);
    m_rows->setRowCount(static_cast<int>(m_report.rows.size()));
    for (int i = 0; i < m_report.rows.size(); ++i) {
        const KpiFigures& r = m_report.rows[i];
        const QStringList cells {r.key,
                                 QString::number(r.incidents),
                                 QString::number(r.cases),
                                 duration(r.mttrMedian),
                                 duration(r.mttrP90),
                                 percent(r.evidenceCompleteness),
                                 percent(r.followupRate),
                                 percent(r.closureRate),
                                 percent(r.repeatRate),
                                 DashboardBreakdowns::lossText(r.loss)};
        for (int c = 0; c < cells.size(); ++c)
            m_rows->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
    m_rows->resizeColumnsToContents();
    m_rows->resizeRowsToContents(); // a loss in two currencies takes two lines
}

void DashboardPage::showCasesOfRow(int row)
{
    m_cases->clear();
    if (row < 0 || row >= m_report.rows.size())
        return;
    for (const QString& id : m_report.rows[row].caseIds)
        m_cases->addItem(id);
}

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
                           number(r.mttrMedian),
                           number(r.mttrP90),
                           number(r.evidenceCompleteness),
                           number(r.followupRate),
                           number(r.closureRate),
                           number(r.repeatRate)};
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
