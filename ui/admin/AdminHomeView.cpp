#include "admin/AdminHomeView.h"

#include "auth/Permissions.h"
#include "common/Background.h"
#include "common/LocaleText.h"
#include "common/Time.h"
#include "custody/ChainReader.h"
#include "db/CaseDatabase.h"
#include "db/UserDirectory.h"
#include "store/StoreRegistry.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

namespace lpdesk {

namespace {

constexpr int MaxQuarantineRows = 50;
constexpr int MaxFailedLoginsShown = 3;

QTreeWidget* makeTree(const QString& name, const QString& title, const QStringList& headers, QWidget* parent)
{
    auto* tree = new QTreeWidget(parent);
    tree->setObjectName(name);
    tree->setAccessibleName(title); // several lists in one window: each says which it is
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->header()->setStretchLastSection(true);
    return tree;
}

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()), parent);
    label->setAccessibleName(text);
    return label;
}

// A stored UTC time in the store's zone (with the offset), else in the workstation's.
QString shownTime(const QString& utc, const QString& zoneId)
{
    const QDateTime at = parseRfc3339(utc);
    if (!at.isValid())
        return utc;
    const QTimeZone zone(zoneId.toUtf8());
    return shown::dateTime(at, zone.isValid() ? zone : QTimeZone::systemTimeZone());
}

} // namespace

// What the background check of the audit log found.
struct AdminHomeView::AuditFindings
{
    QString error; // the log could not be read
    bool verifies = false;
    qint64 events = 0;
    QString problem; // the first problem, in words
    QList<QPair<QString, QString>> failedLogins; // newest first: who, when (UTC as recorded)
    int failedTotal = 0;
};

AdminHomeView::AdminHomeView(CaseDatabase& db, QWidget* parent) : QWidget(parent), m_db(db), m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("adminHome"));
    const Role role = m_db.session().role;
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("<h2>Administration</h2>"), this);
    layout->addWidget(title);
    m_summary->setObjectName(QStringLiteral("adminSummary"));
    m_summary->setWordWrap(true);
    m_summary->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    layout->addWidget(m_summary);

    auto* buttons = new QHBoxLayout;
    if (Permissions::allows(role, Action::ListUsers)) {
        auto* users = new QPushButton(tr("&Users and roles…"), this);
        connect(users, &QPushButton::clicked, this, &AdminHomeView::usersRequested);
        buttons->addWidget(users);
    }
    auto* stores = new QPushButton(tr("St&ores…"), this);
    connect(stores, &QPushButton::clicked, this, &AdminHomeView::storesRequested);
    buttons->addWidget(stores);
    if (Permissions::allows(role, Action::ReadAudit)) {
        auto* audit = new QPushButton(tr("&Audit log…"), this);
        connect(audit, &QPushButton::clicked, this, &AdminHomeView::auditLogRequested);
        buttons->addWidget(audit);
    }
    buttons->addStretch();
    layout->addLayout(buttons);

    if (Permissions::allows(role, Action::ReadAudit)) {
        layout->addWidget(heading(tr("Audit log"), this));
        m_audit = new QLabel(this);
        m_audit->setObjectName(QStringLiteral("adminAudit"));
        m_audit->setWordWrap(true);
        m_audit->setTextFormat(Qt::PlainText);
        // The lists below stretch; these lines must not be squeezed to nothing on a small screen.
        m_audit->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
        layout->addWidget(m_audit);
    }
    if (Permissions::allows(role, Action::ListUsers)) {
        const QString title = tr("Users and their roles");
        layout->addWidget(heading(title, this));
        m_users = makeTree(QStringLiteral("adminUsers"), title, {tr("User"), tr("Role"), tr("Added"), tr("Added by")},
                           this);
        layout->addWidget(m_users, 2);
    }
    if (Permissions::allows(role, Action::SeeStores)) {
        const QString title = tr("Stores and their last pull");
        layout->addWidget(heading(title, this));
        m_stores = makeTree(QStringLiteral("adminStores"), title,
                            {tr("Store"), tr("Last pulled"), tr("Outcome"), tr("Incidents")}, this);
        layout->addWidget(m_stores, 2);
    }
    if (Permissions::allows(role, Action::ReadQuarantine)) {
        m_quarantineLabel = heading(tr("Quarantine"), this);
        layout->addWidget(m_quarantineLabel);
        m_quarantine = makeTree(QStringLiteral("adminQuarantine"), tr("Quarantine"),
                                {tr("Store"), tr("Item"), tr("When"), tr("Why it was refused")}, this);
        layout->addWidget(m_quarantine, 1);
    }
    reload();
}

AdminHomeView::~AdminHomeView() = default;

void AdminHomeView::reload()
{
    loadUsers();
    loadStores();
    loadQuarantine();
    checkAudit();
}

void AdminHomeView::loadUsers()
{
    if (!m_users)
        return;
    m_users->clear();
    auto users = UserDirectory(m_db).list();
    if (!users) {
        m_users->addTopLevelItem(new QTreeWidgetItem(QStringList {users.errorMessage()}));
        return;
    }
    for (const UserInfo& u : *users)
        m_users->addTopLevelItem(new QTreeWidgetItem(
            QStringList {u.name, roleDisplayName(u.role), shownTime(u.createdAt, QString()), u.createdBy}));
    for (int c = 0; c < m_users->columnCount() - 1; ++c)
        m_users->resizeColumnToContents(c);
}

void AdminHomeView::loadStores()
{
    int incidents = 0;
    int storeCount = 0;
    QString error;
    if (m_stores)
        m_stores->clear();
    auto stores = StoreRegistry(m_db).list();
    if (stores) {
        storeCount = static_cast<int>(stores->size());
        for (const StoreInfo& s : *stores) {
            incidents += s.incidents;
            if (!m_stores)
                continue;
            const QString name = s.name.isEmpty() ? s.id : tr("%1 (%2)").arg(s.name, s.id);
            const QString pulled = s.lastPullAt.isEmpty() ? tr("never") : shownTime(s.lastPullAt, s.timezone);
            QString outcome = s.lastPullStatus;
            if (!s.lastError.isEmpty())
                outcome = outcome.isEmpty() ? s.lastError : tr("%1: %2").arg(outcome, s.lastError);
            m_stores->addTopLevelItem(
                new QTreeWidgetItem(QStringList {name, pulled, outcome, QString::number(s.incidents)}));
        }
        if (m_stores)
            for (int c = 0; c < m_stores->columnCount() - 1; ++c)
                m_stores->resizeColumnToContents(c);
    } else {
        error = stores.errorMessage();
    }
    // What the database holds, counted per store: this role reads no incidents, but must never be told there are
    // none when there are.
    if (!error.isEmpty())
        m_summary->setText(error);
    else if (storeCount == 0)
        m_summary->setText(tr("No store is registered yet. Add one under Stores → Add store…; investigators then "
                              "pull its incidents."));
    else
        m_summary->setText(tr("Incidents in this database: %1, from %n store(s). Investigators and legal work on "
                              "them; below is what you look after.",
                              nullptr, storeCount)
                               .arg(incidents));
}

void AdminHomeView::loadQuarantine()
{
    if (!m_quarantine)
        return;
    m_quarantine->clear();
    auto entries = StoreRegistry(m_db).quarantine();
    if (!entries) {
        m_quarantineLabel->setText(entries.errorMessage());
        return;
    }
    const int total = static_cast<int>(entries->size());
    m_quarantineLabel->setText(
        QStringLiteral("<b>%1</b>").arg(tr("Quarantine: %n item(s) refused by pulls", nullptr, total).toHtmlEscaped()));
    // Newest first, the last ones only: the Stores dialog has the whole list.
    for (int i = total - 1; i >= 0 && total - i <= MaxQuarantineRows; --i) {
        const QuarantineEntry& q = entries->at(i);
        m_quarantine->addTopLevelItem(
            new QTreeWidgetItem(QStringList {q.storeId, q.item, shownTime(q.at, QString()), q.reason}));
    }
    for (int c = 0; c < m_quarantine->columnCount() - 1; ++c)
        m_quarantine->resizeColumnToContents(c);
    m_quarantine->setVisible(total > 0);
}

void AdminHomeView::checkAudit()
{
    if (!m_audit || m_auditRunning)
        return;
    m_audit->setText(tr("Verifying the audit log's chain…"));
    CaseDatabase* db = &m_db;
    // The database stays open until this job has ended (runOnDatabase): nothing here waits for it.
    m_auditRunning = runOnDatabase<std::shared_ptr<AuditFindings>>(
        m_db, this,
        [db](const std::atomic_bool&) {
            auto out = std::make_shared<AuditFindings>();
            ChainReader reader(*db);
            auto report = reader.verifyAudit();
            if (!report) {
                out->error = report.errorMessage();
                return out;
            }
            out->verifies = report->ok();
            out->events = report->chain.events;
            if (!report->chain.problems.isEmpty())
                out->problem = report->chain.summary();
            else if (!report->anchorProblems.isEmpty())
                out->problem = report->anchorProblems.first();
            auto events = reader.auditEvents();
            if (events) {
                for (qsizetype i = events->size() - 1; i >= 0; --i) {
                    if (events->at(i).action != QLatin1String("login_failed"))
                        continue;
                    ++out->failedTotal;
                    if (out->failedLogins.size() < MaxFailedLoginsShown) {
                        const QJsonObject& d = events->at(i).details;
                        out->failedLogins << qMakePair(d.value(QLatin1String("user")).toString(),
                                                       d.value(QLatin1String("attempted_at")).toString());
                    }
                }
            }
            return out;
        },
        [this](std::shared_ptr<AuditFindings> f) {
            m_auditRunning = false;
            QStringList lines;
            if (!f->error.isEmpty())
                lines << f->error;
            else if (f->verifies)
                lines << tr("The audit log's chain verifies (%n event(s)).", nullptr, static_cast<int>(f->events));
            else
                lines << tr("The audit log's chain does NOT verify: %1").arg(f->problem);
            if (f->failedTotal == 0)
                lines << tr("No failed sign-ins recorded.");
            else {
                // In the workstation's time with its offset, as every other time on this page.
                QStringList latest;
                for (const auto& [user, at] : std::as_const(f->failedLogins))
                    latest << tr("a failed sign-in as %1 at %2").arg(user, shownTime(at, QString()));
                lines << tr("%n failed sign-in(s) recorded; the latest:", nullptr, f->failedTotal) + QLatin1Char(' ')
                        + latest.join(QStringLiteral("; "));
            }
            m_audit->setText(lines.join(QLatin1Char('\n')));
            Q_EMIT auditChecked();
        });
}

} // namespace lpdesk
