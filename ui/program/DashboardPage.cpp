#include "program/DashboardPage.h"

#include "program/DashboardBreakdowns.h"
#include "program/DashboardChart.h"
#include "program/DashboardComparison.h"
#include "program/DashboardDrillDown.h"

#include "common/Background.h"
#include "common/Theme.h"
#include "db/CaseDatabase.h"
#include "store/StoreRegistry.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <functional>
#include <iterator>

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
    connect(m_rows, &QTableWidget::currentCellChanged, this, &DashboardPage::showCasesOfCell);
    connect(m_comparison, &DashboardComparison::dimensionChanged, this, &DashboardPage::refresh);
    connect(m_drill, &DashboardDrillDown::openCaseRequested, this, &DashboardPage::openCaseRequested);
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
    // A click on a figure, or Enter or Space on it once Tab reached it, lists the cases behind it (eventFilter).
    const std::pair<QLabel*, QString> names[] = {{m_mttr, tr("Time to report")},
                                                 {m_completeness, tr("Evidence completeness")},
                                                 {m_followup, tr("Police follow-up within 30 days")},
                                                 {m_closure, tr("Cases closed")},
                                                 {m_repeat, tr("Repeat incidents (30 days)")}};
    for (const auto& [label, name] : names) {
        label->installEventFilter(this);
        label->setCursor(Qt::PointingHandCursor);
        label->setFocusPolicy(Qt::StrongFocus); // after the interaction flags, which set ClickFocus
        label->setAccessibleName(name);
        label->setAccessibleDescription(tr("Press Enter or Space to list the cases behind this figure"));
        label->setToolTip(tr("Click, or press Enter or Space, to list the cases behind this figure"));
    }
    return figures;
}

// The trend chart and the store comparison above; the groups table, the heat map and the cases behind the figure
// clicked below.
QWidget* DashboardPage::createViews()
{
    auto* split = new QSplitter(Qt::Vertical, this);
    m_charts = new QTabWidget(split);
    m_charts->setObjectName(QStringLiteral("dashboardCharts"));
    m_trend = new QChartView(m_charts);
    m_trend->setObjectName(QStringLiteral("dashboardTrend"));
    m_trend->setRenderHint(QPainter::Antialiasing);
    m_trend->setMinimumHeight(180);
    m_comparison = new DashboardComparison(m_charts);
    m_charts->addTab(m_trend, tr("Trend"));
    m_charts->addTab(m_comparison, tr("Store comparison"));
    auto* lower = new QSplitter(Qt::Horizontal, split);
    m_rows = new QTableWidget(lower);
    m_rows->setObjectName(QStringLiteral("dashboardRows"));
    m_rows->setAccessibleName(tr("Figures by group"));
    m_rows->setToolTip(tr("The figures for each store, region or period chosen above; select a figure to list the "
                          "cases behind it"));
    m_rows->setSelectionBehavior(QAbstractItemView::SelectItems);
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
    m_drill = new DashboardDrillDown(lower);
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
    const QString comparedBy = m_comparison->dimension();
    const bool started = runOnDatabase<Computed>(
        m_db, this,
        [db, f, comparedBy](const std::atomic_bool&) -> Computed {
            Computed c {std::make_shared<Result<KpiReport>>(KpiReporter(*db).compute(f)), {}, {}, {}};
            // The comparison: every store (or region) of the period side by side, the program-wide figure beside.
            KpiFilter across = f;
            across.store.clear();
            across.by = comparedBy;
            if (auto compared = KpiReporter(*db).compute(across))
                c.comparison = *compared;
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
        computed({std::make_shared<Result<KpiReport>>(failure(tr("The database is closing."))), {}, {}, {}});
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
    m_comparison->setReport(result.comparison);
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
    DashboardChart::style(m_trend, palette());
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
    m_drill->clear();
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

// The cases behind one cell of the groups table: the figure of its column for the group of its row.
void DashboardPage::showCasesOfCell(int row, int column)
{
    if (row < 0 || row >= m_report.rows.size()) {
        m_drill->clear();
        return;
    }
    static const char* const kpis[]
        = {"cases", "cases", "cases", "mttr", "mttr_p90", "completeness", "followup", "closure", "repeat", "cases"};
    const char* kpi = column >= 0 && column < int(std::size(kpis)) ? kpis[column] : "cases";
    m_drill->showCases(m_db, filter(), QLatin1String(kpi), m_report.rows[row].key);
}

// A click on one of the figures above, or Enter or Space on the one that has the focus, lists the cases behind it,
// over the whole filter; the figure with the focus is framed.
bool DashboardPage::eventFilter(QObject* watched, QEvent* event)
{
    const std::pair<QLabel*, const char*> figures[] = {{m_mttr, "mttr_p90"},
                                                       {m_completeness, "completeness"},
                                                       {m_followup, "followup"},
                                                       {m_closure, "closure"},
                                                       {m_repeat, "repeat"}};
    for (const auto& [label, kpi] : figures) {
        if (watched != label)
            continue;
        bool activated = event->type() == QEvent::MouseButtonRelease;
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent*>(event)->key();
            activated = key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Space;
        }
        if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut)
            label->setFrameShape(event->type() == QEvent::FocusIn ? QFrame::Box : QFrame::NoFrame);
        if (activated) {
            m_drill->showCases(m_db, filter(), QLatin1String(kpi), QString());
            if (event->type() == QEvent::KeyPress)
                return true; // the label's text control has no use for it
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace lpdesk
