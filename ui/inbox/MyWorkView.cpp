#include "inbox/MyWorkView.h"

#include "common/LocaleText.h"
#include "common/StateLabels.h"
#include "common/Time.h"
#include "db/CaseDatabase.h"
#include "program/ProgramWords.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lpdesk {

namespace {

constexpr int WorkKindRole = Qt::UserRole;
constexpr int WorkIdRole = Qt::UserRole + 1;
constexpr int WorkCaseRole = Qt::UserRole + 2;

void rememberRow(QTreeWidgetItem* row, const QString& kind, const QString& id, const QString& caseId)
{
    row->setData(0, WorkKindRole, kind);
    row->setData(0, WorkIdRole, id);
    row->setData(0, WorkCaseRole, caseId);
}

QString workEventKey(const WorkEvent& e)
{
    return e.kind + u'/' + e.id + u'/' + e.at;
}

} // namespace

MyWorkView::MyWorkView(CaseDatabase& db, QWidget* parent)
    : QWidget(parent),
      m_db(db),
      m_summary(new QLabel(this)),
      m_items(new QTreeWidget(this)),
      m_eventsTitle(new QLabel(this)),
      m_events(new QTreeWidget(this)),
      m_open(new QPushButton(tr("&Open"), this)),
      m_markSeen(new QPushButton(tr("&Mark all seen"), this))
{
    setObjectName(QStringLiteral("myWork"));
    m_summary->setObjectName(QStringLiteral("myWorkSummary"));
    m_summary->setWordWrap(true);
    m_items->setObjectName(QStringLiteral("myWorkItems"));
    m_items->setAccessibleName(tr("What waits for you"));
    m_items->setHeaderLabels({tr("What"), tr("Case"), tr("Waiting"), tr("Since"), tr("Note")});
    m_items->setRootIsDecorated(false);
    m_items->setUniformRowHeights(true);
    m_items->setAllColumnsShowFocus(true);
    m_items->header()->setStretchLastSection(true);
    m_eventsTitle->setObjectName(QStringLiteral("myWorkEventsTitle"));
    m_events->setObjectName(QStringLiteral("myWorkNotifications"));
    m_events->setAccessibleName(tr("Notifications"));
    m_events->setHeaderLabels({tr("New"), tr("When"), tr("What happened")});
    m_events->setRootIsDecorated(false);
    m_events->setUniformRowHeights(true);
    m_events->setAllColumnsShowFocus(true);
    m_events->header()->setStretchLastSection(true);
    m_open->setObjectName(QStringLiteral("myWorkOpen"));
    m_markSeen->setObjectName(QStringLiteral("myWorkMarkSeen"));

    auto* title = new QLabel(tr("<h2>My work</h2>"), this);
    auto* eventsBox = new QWidget(this);
    auto* eventsLayout = new QVBoxLayout(eventsBox);
    eventsLayout->setContentsMargins(0, 0, 0, 0);
    eventsLayout->addWidget(m_eventsTitle);
    eventsLayout->addWidget(m_events, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_items);
    splitter->addWidget(eventsBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_markSeen);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);

    connect(m_items, &QTreeWidget::itemActivated, this, [this] { openCurrent(); }); // Enter and double-click
    connect(m_events, &QTreeWidget::itemActivated, this, [this] { openCurrent(); });
    // One current row across both lists, so that "Open" opens what was chosen last.
    connect(m_items, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* now) {
        if (now)
            m_events->setCurrentItem(nullptr);
    });
    connect(m_events, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* now) {
        if (now)
            m_items->setCurrentItem(nullptr);
    });
    connect(m_open, &QPushButton::clicked, this, &MyWorkView::openCurrent);
    connect(m_markSeen, &QPushButton::clicked, this, &MyWorkView::markAllSeen);
    reload();
}

QString MyWorkView::zoned(const QString& utc, const QString& timezone)
{
    const QDateTime t = parseRfc3339(utc);
    if (!t.isValid())
        return utc;
    const QTimeZone zone(timezone.toUtf8());
    return timezone.isEmpty() || !zone.isValid() ? shown::workstationTime(utc) : shown::dateTime(t, zone);
}

void MyWorkView::reload()
{
    QString currentKind;
    QString currentId;
    for (QTreeWidget* tree : {m_items, m_events})
        if (QTreeWidgetItem* c = tree->currentItem()) {
            currentKind = c->data(0, WorkKindRole).toString();
            currentId = c->data(0, WorkIdRole).toString();
        }
    auto loaded = MyWork(m_db).load();
    m_items->clear();
    m_events->clear();
    if (!loaded) {
        m_overview = WorkOverview();
        m_summary->setText(loaded.errorMessage());
        m_open->setEnabled(false);
        m_markSeen->setEnabled(false);
        Q_EMIT unseenChanged(0);
        return;
    }
    m_overview = *loaded;

    listItems();
    const QList<WorkEvent> fresh = listEvents();
    m_known.clear();
    for (const WorkEvent& e : m_overview.events)
        m_known << workEventKey(e);
    m_loaded = true;
    const int unseen = m_overview.unseen();
    m_eventsTitle->setText(unseen > 0 ? tr("<b>Notifications: %n new</b>", nullptr, unseen) : tr("Notifications"));
    m_markSeen->setEnabled(unseen > 0);
    m_open->setEnabled(!m_overview.items.isEmpty() || !m_overview.events.isEmpty());
    for (int c = 0; c < Note; ++c)
        m_items->resizeColumnToContents(c);
    m_events->resizeColumnToContents(0);
    m_events->resizeColumnToContents(1);
    if (!currentKind.isEmpty())
        select(currentKind, currentId);
    Q_EMIT unseenChanged(unseen);
    if (!fresh.isEmpty())
        Q_EMIT newEvents(fresh);
}

// What waits for the person, under a title per kind.
void MyWorkView::listItems()
{
    QTreeWidgetItem* section = nullptr;
    for (const WorkItem& i : m_overview.items) {
        if (!section || section->data(0, WorkKindRole).toString() != i.kind) {
            section = new QTreeWidgetItem(m_items, {MyWork::sectionTitle(i.kind)});
            section->setData(0, WorkKindRole, i.kind);
            section->setFirstColumnSpanned(true);
            QFont bold = section->font(0);
            bold.setBold(true);
            section->setFont(0, bold);
            section->setFlags(Qt::ItemIsEnabled);
        }
        QString what = i.title;
        if (i.kind == QLatin1String("case"))
            what = tr("%1 (%2)").arg(i.title, StateLabels::caseStatus(i.status));
        else if (i.kind == QLatin1String("exigent_signoff") || i.kind == QLatin1String("police_overdue"))
            what = tr("%1: %2").arg(ProgramWords::requestKind(i.status), i.title);
        QString note = i.note;
        if (i.kind == QLatin1String("release_rejected"))
            note = tr("%1: %2").arg(i.by, i.note);
        else if (i.kind == QLatin1String("release_to_decide"))
            note = tr("%1: %2").arg(i.by, i.note);
        auto* row = new QTreeWidgetItem(m_items,
                                        {QStringLiteral("    ") + what, i.caseReference, MyWork::ageText(i.ageSeconds),
                                         zoned(i.since, i.timezone), note});
        row->setToolTip(4, note);
        rememberRow(row, i.kind, i.id, i.caseId);
    }
    if (m_overview.items.isEmpty())
        m_summary->setText(tr("Nothing waits for you."));
    else
        m_summary->setText(tr("%n thing(s) wait for you. Enter or double-click opens one.", nullptr,
                              static_cast<int>(m_overview.items.size())));
}

// The notifications, the unseen ones in bold; returns those new since the last reload.
QList<WorkEvent> MyWorkView::listEvents()
{
    QList<WorkEvent> fresh;
    for (const WorkEvent& e : m_overview.events) {
        auto* row = new QTreeWidgetItem(
            m_events, {e.seen ? QString() : tr("New"), shown::workstationTime(e.at), MyWork::eventText(e)});
        row->setToolTip(2, MyWork::eventText(e));
        rememberRow(row, e.kind, e.id, e.caseId);
        if (!e.seen) {
            QFont bold = row->font(2);
            bold.setBold(true);
            for (int c = 0; c < 3; ++c)
                row->setFont(c, bold);
            if (m_loaded && !m_known.contains(workEventKey(e)))
                fresh << e;
        }
    }
    return fresh;
}

bool MyWorkView::select(const QString& kind, const QString& id)
{
    for (QTreeWidget* tree : {m_items, m_events})
        for (int r = 0; r < tree->topLevelItemCount(); ++r) {
            QTreeWidgetItem* row = tree->topLevelItem(r);
            if (row->data(0, WorkKindRole).toString() == kind && row->data(0, WorkIdRole).toString() == id) {
                tree->setCurrentItem(row);
                return true;
            }
        }
    return false;
}

void MyWorkView::markAllSeen()
{
    if (m_overview.events.isEmpty())
        return;
    // Up to the newest event shown, not "now": news that arrived since the last reload stays unseen.
    if (Status marked = MyWork(m_db).markSeen(parseRfc3339(m_overview.events.first().at)); !marked)
        m_summary->setText(marked.errorMessage());
    reload();
}

void MyWorkView::openCurrent()
{
    QTreeWidgetItem* row = m_items->currentItem() ? m_items->currentItem() : m_events->currentItem();
    if (!row || row->data(0, WorkIdRole).toString().isEmpty())
        return;
    open(row->data(0, WorkKindRole).toString(), row->data(0, WorkIdRole).toString(),
         row->data(0, WorkCaseRole).toString());
}

void MyWorkView::open(const QString& kind, const QString& id, const QString& caseId)
{
    if (kind == QLatin1String("case"))
        Q_EMIT openCaseRequested(caseId);
    else if (kind == QLatin1String("release_to_decide"))
        Q_EMIT reviewReleaseRequested(id);
    else if (kind.startsWith(QLatin1String("release_")))
        Q_EMIT openReleaseRequested(id);
    else
        Q_EMIT openPoliceRequestRequested(id);
}

} // namespace lpdesk
