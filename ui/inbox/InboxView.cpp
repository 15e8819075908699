#include "inbox/InboxView.h"

#include "common/Background.h"
#include "common/LocaleText.h"
#include "common/ScreenshotMode.h"
#include "common/StateLabels.h"
#include "common/Theme.h"
#include "common/Time.h"
#include "db/CaseDatabase.h"
#include "db/WorkstationKeys.h"
#include "inbox/IncidentTableModel.h"
#include "inbox/TriageRules.h"
#include "media/VideoDecoder.h"
#include "metrics/SopLibrary.h"
#include "police/PoliceRequests.h"
#include "program/ProceduresDialog.h"
#include "store/StoreDrop.h"
#include "store/StoreRegistry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace lpdesk {

namespace {
QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}
} // namespace

InboxView::InboxView(CaseDatabase& db, QWidget* parent)
    : QWidget(parent),
      m_db(db),
      m_model(new IncidentTableModel(db, this)),
      m_table(new QTableView(this)),
      m_detail(new QTextBrowser(this)),
      m_thumbnails(new QHBoxLayout),
      m_thumbnailBox(new QWidget(this)),
      m_status(new QLabel(this)),
      m_store(new QComboBox(this)),
      m_type(new QComboBox(this)),
      m_severity(new QSpinBox(this)),
      m_trigger(new QComboBox(this)),
      m_useSince(new QCheckBox(tr("From"), this)),
      m_since(new QDateEdit(QDate::currentDate().addDays(-30), this)),
      m_useUntil(new QCheckBox(tr("to"), this)),
      m_until(new QDateEdit(QDate::currentDate(), this)),
      m_hasMedia(new QCheckBox(tr("With clips"), this)),
      m_unread(new QCheckBox(tr("Unread"), this)),
      m_search(new QLineEdit(this)),
      m_searchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("inboxView"));
    m_table->setObjectName(QStringLiteral("incidentTable"));
    m_table->setAccessibleName(tr("Incidents"));
    m_search->setObjectName(QStringLiteral("inboxSearch"));
    m_status->setObjectName(QStringLiteral("inboxStatus"));
    m_useSince->setObjectName(QStringLiteral("inboxFrom"));
    m_since->setObjectName(QStringLiteral("inboxFromDate"));
    m_useUntil->setObjectName(QStringLiteral("inboxTo"));
    m_until->setObjectName(QStringLiteral("inboxToDate"));
    m_search->setPlaceholderText(tr("Search narratives, suspects, statements… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_type->addItem(tr("All types"), QString());
    for (const QString& t : StoreDrop::incidentTypes())
        m_type->addItem(StateLabels::incidentType(t), t);
    m_trigger->addItem(tr("All triggers"), QString());
    for (const QString& t : StoreDrop::triggers())
        m_trigger->addItem(StateLabels::trigger(t), t);
    m_severity->setAccessibleName(tr("Minimum severity"));
    m_severity->setRange(0, 5);
    m_severity->setSpecialValueText(tr("Any severity"));
    m_severity->setPrefix(tr("≥ "));
    m_since->setCalendarPopup(true);
    m_until->setCalendarPopup(true);
    // The language's date order, never a dashed day-month-year (QDateEdit's default is the short format).
    m_since->setDisplayFormat(shown::datePattern());
    m_until->setDisplayFormat(shown::datePattern());
    m_since->setEnabled(false);
    m_until->setEnabled(false);
    reloadStores();

    auto* filters = filterRows();
    setUpTable();
    layOut(filters);
    connectFilters();
    connect(m_model, &QAbstractItemModel::modelReset, this, &InboxView::modelReset);
    connectTable();
    // Ctrl+F belongs to the main window's View > Find action (which calls focusSearch): one owner per key.
    m_status->setText(m_model->lastError().isEmpty() ? tr("%n incident(s)", nullptr, m_model->rowCount())
                                                     : m_model->lastError());
    m_detail->setHtml(tr("<p>Select an incident to see its details.</p>"));
}

// The search row and the filter row (two rows: on one, the search box was squeezed to nothing by the other filters
// in longer languages — Spanish at 1280 px — and pushed the window past the screen).
QVBoxLayout* InboxView::filterRows()
{
    m_search->setToolTip(m_search->placeholderText());
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) + 48);
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_hasMedia);
    searchRow->addWidget(m_unread);
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_store);
    filterRow->addWidget(m_type);
    filterRow->addWidget(m_severity);
    filterRow->addWidget(m_trigger);
    filterRow->addWidget(m_useSince);
    filterRow->addWidget(m_since);
    filterRow->addWidget(m_useUntil);
    filterRow->addWidget(m_until);
    filterRow->addStretch();
    auto* filters = new QVBoxLayout;
    filters->addLayout(searchRow);
    filters->addLayout(filterRow);

    return filters;
}

void InboxView::setUpTable()
{
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(IncidentTableModel::Urgent, Qt::DescendingOrder);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(22);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setColumnWidth(IncidentTableModel::Urgent, 70);
    m_table->setColumnWidth(IncidentTableModel::Detected, 205);
    m_table->setColumnWidth(IncidentTableModel::Store, 200);
    m_table->setColumnWidth(IncidentTableModel::Type, 170);
}

// The list beside the incident's detail and thumbnails, under the police-request banner and the filters.
void InboxView::layOut(QVBoxLayout* filters)
{
    m_detail->setObjectName(QStringLiteral("incidentDetail"));
    m_detail->setOpenLinks(false);
    m_thumbnailBox->setLayout(m_thumbnails);
    m_thumbnails->addStretch();
    auto* detailPane = new QWidget(this);
    auto* dl = new QVBoxLayout(detailPane);
    dl->setContentsMargins(0, 0, 0, 0);
    dl->addWidget(m_detail, 1);
    dl->addWidget(m_thumbnailBox);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(detailPane);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    // Police requests past their due date, and exigent disclosures legal has not signed yet.
    m_police = new QLabel(this);
    m_police->setObjectName(QStringLiteral("policeRequestBanner"));
    m_police->setWordWrap(true);
    m_police->setMargin(4);
    Theme::setBanner(m_police, true);
    refreshPoliceRequests();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_police);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);
}

// Enter or double-click opens the incident's case (or its first clip); a clip link in the detail plays it; the
// context menu makes a case of the selection or marks an incident unread.
void InboxView::connectTable()
{
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        const QString id = m_model->incidentId(index.row());
        if (id != m_current)
            showIncident(index);
        const QStringList cases = m_model->caseIdsOf(id);
        if (!cases.isEmpty())
            Q_EMIT openCaseRequested(cases.first());
        else if (!m_firstMedia.isEmpty())
            Q_EMIT openMediaRequested(id, m_firstMedia);
    });
    connect(m_detail, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == QLatin1String("media"))
            Q_EMIT openMediaRequested(m_current, url.path());
    });
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        QMenu menu(this);
        menu.addAction(tr("New case from selection…"), this,
                       [this] { Q_EMIT newCaseRequested(selectedIncidentIds()); });
        menu.addAction(tr("Mark unread"), this, [this] {
            const QModelIndex i = m_table->currentIndex();
            if (i.isValid() && IncidentInbox(m_db).markRead(m_model->incidentId(i.row()), false))
                m_model->setRead(i.row(), false);
        });
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
}

void InboxView::connectFilters()
{
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(300);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &InboxView::applyFilter);
    for (QComboBox* c : {m_store, m_type, m_trigger})
        connect(c, &QComboBox::currentIndexChanged, this, &InboxView::applyFilter);
    connect(m_severity, &QSpinBox::valueChanged, this, &InboxView::applyFilter);
    for (QCheckBox* c : {m_hasMedia, m_unread, m_useSince, m_useUntil})
        connect(c, &QCheckBox::toggled, this, &InboxView::applyFilter);
    connect(m_useSince, &QCheckBox::toggled, m_since, &QWidget::setEnabled);
    connect(m_useUntil, &QCheckBox::toggled, m_until, &QWidget::setEnabled);
    connect(m_since, &QDateEdit::dateChanged, this, &InboxView::applyFilter);
    connect(m_until, &QDateEdit::dateChanged, this, &InboxView::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showIncident(current); });
}

// After every reload: the count (and what a date filter hides), and the detail pane follows the filter.
void InboxView::modelReset()
{
    QString status
        = m_model->lastError().isEmpty() ? tr("%n incident(s)", nullptr, m_model->rowCount()) : m_model->lastError();
    // A date filter says what it hides (a default window can silently hide everything).
    const IncidentFilter& f = m_model->filter();
    if (m_model->lastError().isEmpty() && (f.since.isValid() || f.until.isValid())) {
        IncidentFilter all = f;
        all.since = all.until = QDateTime();
        if (auto n = IncidentInbox(m_db).count(all); n && *n > m_model->rowCount())
            status += tr(" — %n more hidden by the dates", nullptr, *n - m_model->rowCount());
    }
    m_status->setText(status);
    // The detail pane follows the filter: keep the incident shown only while the list still holds it.
    if (m_current.isEmpty())
        return;
    for (int row = 0; row < std::min(m_model->rowCount(), IncidentTableModel::PageSize); ++row)
        if (m_model->incidentId(row) == m_current) {
            m_table->selectRow(row);
            return;
        }
    m_current.clear();
    showIncident({});
    m_detail->setHtml(tr("<p>Select an incident to see its details.</p>"));
}

void InboxView::reloadStores()
{
    const QString current = m_store->currentData().toString();
    QSignalBlocker block(m_store);
    m_store->clear();
    m_store->addItem(tr("All stores"), QString());
    if (auto stores = StoreRegistry(m_db).list())
        for (const StoreInfo& s : *stores)
            m_store->addItem(s.name.isEmpty() ? s.id : s.name, s.id);
    const int i = m_store->findData(current);
    m_store->setCurrentIndex(i < 0 ? 0 : i);
}

void InboxView::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void InboxView::refresh()
{
    const QString keep = m_current;
    m_model->refresh();
    reloadStores();
    refreshPoliceRequests();
    Q_UNUSED(keep);
}

void InboxView::refreshPoliceRequests()
{
    auto all = PoliceRequests(m_db).list();
    QStringList lines;
    const QDateTime now = utcNow();
    if (all) {
        for (const PoliceRequest& r : *all) {
            if (r.overdue(now))
                lines << tr("Police request overdue: %1 %2 %3, due %4")
                             .arg(r.agency, r.kind, r.reference, shown::workstationTime(r.dueAt));
            else if (r.signoffOverdue(now))
                lines << tr("Exigent disclosure to %1: legal's sign-off is overdue (was due %2)")
                             .arg(r.agency, shown::workstationTime(r.signoffDueAt));
            else if (r.needsSignoff())
                lines << tr("Exigent disclosure to %1 awaits legal's sign-off (due %2)")
                             .arg(r.agency, shown::workstationTime(r.signoffDueAt));
        }
    }
    m_police->setText(lines.join(u'\n'));
    m_police->setVisible(!lines.isEmpty());
}

void InboxView::applyFilter()
{
    IncidentFilter f;
    f.storeId = m_store->currentData().toString();
    f.type = m_type->currentData().toString();
    f.minSeverity = m_severity->value();
    f.trigger = m_trigger->currentData().toString();
    if (m_useSince->isChecked())
        f.since = QDateTime(m_since->date(), QTime(0, 0), QTimeZone::utc());
    if (m_useUntil->isChecked())
        f.until = QDateTime(m_until->date().addDays(1), QTime(0, 0), QTimeZone::utc());
    f.hasMedia = m_hasMedia->isChecked() ? 1 : -1;
    f.unread = m_unread->isChecked() ? 1 : -1;
    f.text = m_search->text().trimmed();
    m_model->setFilter(f);
}

QStringList InboxView::selectedIncidentIds() const
{
    QStringList ids;
    for (const QModelIndex& i : m_table->selectionModel()->selectedRows())
        ids << m_model->incidentId(i.row());
    return ids;
}

// What the store sent besides the facts: suspect descriptions, POS references and staff statements.
static QString storeReportHtml(const IncidentDetail& d)
{
    QString html;
    if (!d.suspects.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(InboxView::tr("Suspect descriptions"));
        for (const QJsonValue& v : d.suspects) {
            const QJsonObject s = v.toObject();
            QStringList parts;
            for (const char* k : {"sex", "age_range", "height", "build", "clothing", "distinguishing"})
                if (!s.value(QLatin1String(k)).toString().isEmpty())
                    parts << s.value(QLatin1String(k)).toString();
            html += QStringLiteral("<li><b>%1</b>: %2</li>")
                        .arg(esc(s.value(QLatin1String("label")).toString()), esc(parts.join(QStringLiteral(", "))));
        }
        html += QStringLiteral("</ul>");
    }
    if (!d.posRefs.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(InboxView::tr("POS references"));
        for (const QJsonValue& v : d.posRefs) {
            const QJsonObject p = v.toObject();
            html += QStringLiteral("<li>%1</li>")
                        .arg(esc(InboxView::tr("Register %1, transaction %2, business day %3")
                                     .arg(p.value(QLatin1String("register")).toString(),
                                          p.value(QLatin1String("sequence")).toString(),
                                          p.value(QLatin1String("business_day")).toString())));
        }
        html += QStringLiteral("</ul>");
    }
    if (!d.statements.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3>").arg(InboxView::tr("Statements from the store"));
        for (const QJsonValue& v : d.statements)
            html += QStringLiteral("<p><i>%1:</i> %2</p>")
                        .arg(esc(v.toObject().value(QLatin1String("author_role")).toString()),
                             esc(v.toObject().value(QLatin1String("text")).toString()));
    }
    return html;
}

void InboxView::showIncident(const QModelIndex& index)
{
    while (QLayoutItem* item = m_thumbnails->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_thumbnails->addStretch();
    m_firstMedia.clear();
    if (!index.isValid())
        return;
    const QString id = m_model->incidentId(index.row());
    auto d = IncidentInbox(m_db).show(id);
    if (!d) {
        m_detail->setHtml(QStringLiteral("<p style='%1'>%2</p>")
                              .arg(Theme::css(Theme::Status::Alert, m_detail->palette()), esc(d.errorMessage())));
        return;
    }
    m_current = id;
    m_model->setRead(index.row(), true);
    const QTimeZone zone(d->row.timezone.toUtf8());
    const QDateTime utc = parseRfc3339(d->row.detectedAt);
    QString html;
    html += QStringLiteral("<h2>%1 %2</h2>")
                .arg(esc(StateLabels::incidentType(d->row.type).toUpper()),
                     d->row.priority >= TriageRules::UrgentThreshold
                         ? QStringLiteral("<span style='color:%1;background:%2'>&nbsp;%3&nbsp;</span>")
                               .arg(Theme::urgentBadge(palette()).text.name(),
                                    Theme::urgentBadge(palette()).background.name(), tr("URGENT"))
                         : QString());
    html += QStringLiteral("<table cellspacing=4>");
    auto row = [&html](const QString& k, const QString& v) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(k), v);
    };
    row(tr("Store"), esc(QStringLiteral("%1 (%2)").arg(d->row.storeName, d->row.storeId)));
    row(tr("Detected"), esc(shown::dateTime(utc, zone)));
    row(tr("UTC"), esc(toUtcString(utc)));
    row(tr("Severity"), QString::number(d->row.severity));
    if (const QStringList cases = m_model->casesOf(id); !cases.isEmpty())
        row(tr("Case"), QStringLiteral("<b>%1</b>").arg(esc(tr("in case %1").arg(cases.join(QStringLiteral(", "))))));
    row(tr("Trigger"), esc(StateLabels::trigger(d->row.trigger)));
    row(tr("Location"),
        esc(d->row.zone + (d->registerId.isEmpty() ? QString() : tr(", register %1").arg(d->registerId))
            + (d->camera.isEmpty() ? QString() : tr(", camera %1").arg(d->camera))));
    row(tr("Received"),
        esc(tr("%1 from %2", "received <time> from <source>")
                .arg(shown::dateTime(parseRfc3339(d->receivedAt), zone), ScreenshotMode::shownSource(d->source))));
    html += QStringLiteral("</table><h3>%1</h3><p>%2</p>").arg(tr("Narrative"), esc(d->narrative));
    html += storeReportHtml(*d);
    html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Clips"));
    QStringList mediaIds;
    for (const MediaRow& m : d->media) {
        html += QStringLiteral("<li><a href='media:%1'>%2</a> — %3 s, %4×%5, %6<br><small>SHA-256 %7</small></li>")
                    .arg(m.id, esc(m.camera))
                    .arg(shown::decimal(m.duration, 1))
                    .arg(m.width)
                    .arg(m.height)
                    .arg(esc(m.codec), m.sha256);
        mediaIds << m.id;
    }
    m_firstMedia = mediaIds.value(0);
    if (d->row.mediaMissing)
        html += QStringLiteral("<li style='%1'>%2</li>")
                    .arg(Theme::css(Theme::Status::Alert, m_detail->palette()),
                         tr("%n clip(s) were refused at ingest (see quarantine)", nullptr, d->row.mediaMissing));
    html += QStringLiteral("</ul>");
    // What to do now: the procedure for the incident's type, beside the incident.
    if (auto sop = SopLibrary(m_db).current(d->row.type))
        html += procedureHtml(*sop);
    else
        html += QStringLiteral("<p style='%1'>%2</p>")
                    .arg(Theme::css(Theme::Status::Alert, m_detail->palette()), esc(sop.errorMessage()));
    m_detail->setHtml(html);
    loadThumbnails(id, mediaIds);
}

void InboxView::loadThumbnails(const QString& incidentId, const QStringList& mediaIds)
{
    // The key is read here, on the UI thread; the jobs never touch the database (it may be closed by a sign-out or
    // a lock while they run), and the key is wiped when the last job's copy of the pointer goes.
    std::shared_ptr<const X25519KeyPair> key;
    if (!mediaIds.isEmpty()) {
        QSqlDatabase conn = m_db.connection();
        if (auto pair = WorkstationKeys::recipientKeyPair(conn))
            key = std::make_shared<const X25519KeyPair>(std::move(*pair));
    }
    for (const QString& mediaId : mediaIds) {
        auto* button = new QToolButton(m_thumbnailBox);
        button->setObjectName(QStringLiteral("thumbnail"));
        button->setText(tr("loading…"));
        button->setFixedSize(168, 100);
        button->setToolTip(tr("Open this clip in the player"));
        button->setAccessibleName(tr("Clip %1").arg(m_thumbnails->count())); // its text gives way to a picture
        m_thumbnails->insertWidget(m_thumbnails->count() - 1, button);
        connect(button, &QToolButton::clicked, this,
                [this, incidentId, mediaId] { Q_EMIT openMediaRequested(incidentId, mediaId); });
        const QString path = m_db.mediaDirectory() + QLatin1Char('/') + mediaId + QStringLiteral(".lpenc");
        QPointer<QToolButton> target(button);
        runInBackground<QImage>(
            button,
            [key, path]() -> QImage {
                if (!key)
                    return {};
                auto dec = VideoDecoder::open(path, *key);
                if (!dec)
                    return {};
                auto frame = (*dec)->frameAt((*dec)->frameCount() / 2);
                return frame ? frame->scaled(160, 90, Qt::KeepAspectRatio, Qt::SmoothTransformation) : QImage();
            },
            [target](QImage image) {
                if (!target)
                    return;
                if (image.isNull()) {
                    target->setText(tr("no preview"));
                    return;
                }
                target->setIcon(QPixmap::fromImage(image));
                target->setIconSize(image.size());
                target->setText(QString());
            });
    }
}

} // namespace lpdesk
