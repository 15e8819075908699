#include "program/HoldsDialog.h"

#include "auth/Permissions.h"
#include "cases/CaseService.h"
#include "common/JobQueue.h"
#include "common/StateLabels.h"
#include "common/WindowSize.h"
#include "db/CaseDatabase.h"
#include "program/ProgramWords.h"
#include "program/RetentionPurge.h"
#include "retention/RetentionService.h"
#include "store/StoreDrop.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lpdesk {

namespace {
constexpr int HoldIdRole = Qt::UserRole;
constexpr int KindRole = Qt::UserRole + 1;
constexpr int TargetRole = Qt::UserRole + 2;
} // namespace

HoldsDialog::HoldsDialog(CaseDatabase& db, QWidget* parent)
    : QDialog(parent),
      m_db(db),
      m_tabs(new QTabWidget(this)),
      m_holds(new QTreeWidget(this)),
      m_showLifted(new QCheckBox(tr("Show &lifted holds too"), this)),
      m_holdKind(new QComboBox(this)),
      m_holdTarget(new QLineEdit(this)),
      m_holdReason(new QLineEdit(this)),
      m_place(new QPushButton(tr("&Place hold"), this)),
      m_lift(new QPushButton(tr("Lift selected &hold…"), this)),
      m_rules(new QTreeWidget(this)),
      m_ruleScope(new QComboBox(this)),
      m_ruleName(new QComboBox(this)),
      m_ruleDays(new QSpinBox(this)),
      m_ruleFrom(new QComboBox(this)),
      m_setRule(new QPushButton(tr("&Set rule"), this)),
      m_removeRule(new QPushButton(tr("&Remove selected rule"), this)),
      m_purge(new QPushButton(tr("P&urge expired evidence…"), this)),
      m_purgeResult(new QLabel(this))
{
    setObjectName(QStringLiteral("holdsDialog"));
    setWindowTitle(tr("Legal holds and retention"));
    resizeToFit(this, QSize(900, 600));
    m_tabs->addTab(createHoldsPage(), tr("Legal holds"));
    m_tabs->addTab(createRulesPage(), tr("Retention rules"));
    m_purge->setObjectName(QStringLiteral("purgeButton"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_purge, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    m_purgeResult->setObjectName(QStringLiteral("purgeResult"));
    m_purgeResult->setWordWrap(true);
    m_purgeResult->hide();
    layout->addWidget(m_purgeResult);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_purge, &QPushButton::clicked, this, [this] {
        QueuedJob* job = RetentionPurge::start(m_db, this);
        if (!job)
            return;
        // The purge runs in the Jobs panel; how it ended is told here too, and in the status bar.
        m_purgeResult->setText(tr("Purging: see Jobs (Ctrl+J) for its progress and Cancel."));
        m_purgeResult->show();
        connect(job, &QueuedJob::finished, this, [this, job](bool ok) {
            reload();
            m_purgeResult->setText(ok || job->state() == QueuedJob::State::Cancelled
                                       ? job->text()
                                       : tr("The purge failed: %1").arg(job->text()));
        });
    });
    reload();
}

QWidget* HoldsDialog::createHoldsPage()
{
    auto* page = new QWidget(this);
    m_holds->setObjectName(QStringLiteral("holdList"));
    m_holds->setRootIsDecorated(false);
    m_holds->setHeaderLabels({tr("On"), tr("Reason"), tr("Placed"), tr("Lifted")});
    m_holds->header()->setStretchLastSection(true);
    m_showLifted->setObjectName(QStringLiteral("showLiftedHolds"));
    m_holdKind->setObjectName(QStringLiteral("holdKind"));
    m_holdKind->addItem(ProgramWords::holdTarget(QStringLiteral("case")), QStringLiteral("case"));
    m_holdKind->addItem(ProgramWords::holdTarget(QStringLiteral("incident")), QStringLiteral("incident"));
    m_holdTarget->setObjectName(QStringLiteral("holdTarget"));
    m_holdTarget->setPlaceholderText(tr("Case reference (LPD-…) or incident id"));
    m_holdReason->setObjectName(QStringLiteral("holdReason"));
    m_holdReason->setPlaceholderText(tr("Why it must be kept (litigation, subpoena…)"));
    m_place->setObjectName(QStringLiteral("placeHold"));
    m_lift->setObjectName(QStringLiteral("liftHold"));
    auto* intro = new QLabel(tr("Nothing of a case or incident on legal hold is ever purged. Only legal or an "
                                "administrator can lift a hold, with a reason."),
                             page);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    auto* target = new QHBoxLayout;
    target->addWidget(m_holdKind);
    target->addWidget(m_holdTarget, 1);
    auto* targetLabel = new QLabel(tr("Hold &on:"), page); // a layout row gets no buddy: without one "&" shows
    targetLabel->setBuddy(m_holdKind);
    form->addRow(targetLabel, target);
    form->addRow(tr("Rea&son:"), m_holdReason);
    auto* row = new QHBoxLayout;
    row->addWidget(m_showLifted);
    row->addStretch();
    row->addWidget(m_lift);
    row->addWidget(m_place);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addWidget(m_holds, 1);
    layout->addLayout(form);
    layout->addLayout(row);
    auto report = [this](const Status& s) {
        if (!s && s.error().kind != ErrorKind::Cancelled)
            QMessageBox::warning(this, windowTitle(), s.errorMessage());
    };
    connect(m_showLifted, &QCheckBox::toggled, this, &HoldsDialog::reload);
    connect(m_holds, &QTreeWidget::currentItemChanged, this, &HoldsDialog::updateButtons);
    connect(m_place, &QPushButton::clicked, this, [this, report] { report(placeHold()); });
    connect(m_holdReason, &QLineEdit::returnPressed, m_place, &QPushButton::click);
    connect(m_lift, &QPushButton::clicked, this, [this, report] { report(liftSelected()); });
    return page;
}

QWidget* HoldsDialog::createRulesPage()
{
    auto* page = new QWidget(this);
    m_rules->setObjectName(QStringLiteral("retentionRules"));
    m_rules->setRootIsDecorated(false);
    m_rules->setHeaderLabels({tr("Applies to"), tr("Kept for"), tr("Counted from"), tr("Set")});
    m_rules->header()->setStretchLastSection(true);
    m_ruleScope->setObjectName(QStringLiteral("ruleScope"));
    m_ruleScope->addItem(tr("Incident type"), QStringLiteral("type"));
    m_ruleScope->addItem(tr("Evidence kind"), QStringLiteral("evidence"));
    m_ruleName->setObjectName(QStringLiteral("ruleName"));
    m_ruleDays->setObjectName(QStringLiteral("ruleDays"));
    m_ruleDays->setRange(1, 36500);
    m_ruleDays->setValue(365);
    m_ruleDays->setSuffix(tr(" days"));
    m_ruleFrom->setObjectName(QStringLiteral("ruleFrom"));
    for (const char* from : {"incident", "closure"})
        m_ruleFrom->addItem(ProgramWords::countedFrom(QLatin1String(from)), QLatin1String(from));
    m_setRule->setObjectName(QStringLiteral("setRule"));
    m_removeRule->setObjectName(QStringLiteral("removeRule"));
    auto* intro = new QLabel(tr("Expired evidence is purged only by Purge: its encrypted file is deleted and a "
                                "tombstone with its hash stays. Without a rule nothing is ever purged."),
                             page);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    auto* what = new QHBoxLayout;
    what->addWidget(m_ruleScope);
    what->addWidget(m_ruleName, 1);
    auto* whatLabel = new QLabel(tr("Rule &for:"), page); // a layout row gets no buddy: without one "&" shows
    whatLabel->setBuddy(m_ruleScope);
    form->addRow(whatLabel, what);
    auto* how = new QHBoxLayout;
    how->addWidget(m_ruleDays);
    how->addWidget(new QLabel(tr("from"), page));
    how->addWidget(m_ruleFrom, 1);
    auto* howLabel = new QLabel(tr("&Keep:"), page);
    howLabel->setBuddy(m_ruleDays);
    form->addRow(howLabel, how);
    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_removeRule);
    row->addWidget(m_setRule);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addWidget(m_rules, 1);
    layout->addLayout(form);
    layout->addLayout(row);
    auto report = [this](const Status& s) {
        if (!s && s.error().kind != ErrorKind::Cancelled)
            QMessageBox::warning(this, windowTitle(), s.errorMessage());
    };
    fillRuleNames();
    connect(m_ruleScope, &QComboBox::currentIndexChanged, this, &HoldsDialog::fillRuleNames);
    connect(m_rules, &QTreeWidget::currentItemChanged, this, &HoldsDialog::updateButtons);
    connect(m_setRule, &QPushButton::clicked, this, [this, report] { report(setRule()); });
    connect(m_removeRule, &QPushButton::clicked, this, [this, report] { report(removeSelectedRule()); });
    return page;
}

void HoldsDialog::fillRuleNames()
{
    m_ruleName->clear();
    const bool evidence = m_ruleScope->currentData().toString() == QLatin1String("evidence");
    const QStringList names = evidence ? RetentionService::evidenceKinds() : StoreDrop::incidentTypes();
    for (const QString& n : names)
        m_ruleName->addItem(evidence ? ProgramWords::evidenceKind(n) : StateLabels::incidentType(n), n);
}

void HoldsDialog::reload()
{
    RetentionService retention(m_db);
    const Role role = m_db.session().role;
    m_holds->clear();
    if (Permissions::allows(role, Action::ReadHolds)) {
        // Cases by their reference, as people know them.
        QHash<QString, QString> references;
        if (Permissions::allows(role, Action::ReadCases))
            if (auto cases = CaseService(m_db).list())
                for (const CaseInfo& c : *cases)
                    references.insert(c.id, c.reference);
        if (auto holds = retention.holds(!m_showLifted->isChecked())) {
            for (const LegalHold& h : *holds) {
                const QString target
                    = h.targetKind == QLatin1String("case") ? references.value(h.targetId, h.targetId) : h.targetId;
                auto* item = new QTreeWidgetItem(
                    m_holds,
                    {tr("%1 %2").arg(ProgramWords::holdTarget(h.targetKind), target), h.reason,
                     tr("%1 by %2").arg(ProgramWords::time(h.heldAt), h.heldBy),
                     h.active() ? tr("in force")
                                : tr("%1 by %2: %3").arg(ProgramWords::time(h.liftedAt), h.liftedBy, h.liftReason)});
                item->setData(0, HoldIdRole, h.id);
                item->setData(0, KindRole, h.targetKind);
                item->setData(0, TargetRole, h.targetId);
                item->setData(1, HoldIdRole, h.active());
            }
        } else {
            new QTreeWidgetItem(m_holds, {holds.errorMessage()});
        }
        for (int c = 0; c < 3; ++c)
            m_holds->resizeColumnToContents(c);
    }
    m_rules->clear();
    if (Permissions::allows(role, Action::ReadRetention)) {
        if (auto rules = retention.rules()) {
            for (const RetentionRule& r : *rules) {
                const QString name = r.scope == QLatin1String("evidence") ? ProgramWords::evidenceKind(r.name)
                                                                          : StateLabels::incidentType(r.name);
                auto* item = new QTreeWidgetItem(m_rules,
                                                 {name, tr("%n day(s)", nullptr, r.days),
                                                  ProgramWords::countedFrom(r.countedFrom),
                                                  tr("%1 by %2").arg(ProgramWords::time(r.updatedAt), r.updatedBy)});
                item->setData(0, KindRole, r.scope);
                item->setData(0, TargetRole, r.name);
            }
        } else {
            new QTreeWidgetItem(m_rules, {rules.errorMessage()});
        }
        for (int c = 0; c < 3; ++c)
            m_rules->resizeColumnToContents(c);
    }
    updateButtons();
}

void HoldsDialog::updateButtons()
{
    const Role role = m_db.session().role;
    const bool place = Permissions::allows(role, Action::PlaceHold);
    for (QWidget* w : std::initializer_list<QWidget*> {m_holdKind, m_holdTarget, m_holdReason, m_place})
        w->setEnabled(place);
    const QTreeWidgetItem* hold = m_holds->currentItem();
    m_lift->setEnabled(Permissions::allows(role, Action::LiftHold) && hold && hold->data(1, HoldIdRole).toBool());
    const bool rules = Permissions::allows(role, Action::SetRetention);
    for (QWidget* w : std::initializer_list<QWidget*> {m_ruleScope, m_ruleName, m_ruleDays, m_ruleFrom, m_setRule})
        w->setEnabled(rules);
    m_removeRule->setEnabled(rules && m_rules->currentItem()
                             && !m_rules->currentItem()->data(0, KindRole).toString().isEmpty());
    m_purge->setEnabled(Permissions::allows(role, Action::PurgeEvidence));
}

Status HoldsDialog::placeHold()
{
    const QString target = m_holdTarget->text().trimmed(), reason = m_holdReason->text().trimmed();
    if (target.isEmpty())
        return makeError(ErrorKind::Usage, tr("Say which case or incident to hold."));
    if (reason.isEmpty())
        return makeError(ErrorKind::Usage, tr("A legal hold needs a reason."));
    auto id = RetentionService(m_db).hold(m_holdKind->currentData().toString(), target, reason);
    if (!id)
        return id.error();
    m_holdTarget->clear();
    m_holdReason->clear();
    reload();
    return {};
}

Status HoldsDialog::liftSelected(const QString& reasonIn)
{
    const QTreeWidgetItem* item = m_holds->currentItem();
    if (!item || item->data(0, HoldIdRole).toString().isEmpty())
        return makeError(ErrorKind::Usage, tr("Select the hold to lift."));
    QString reason = reasonIn;
    if (reason.isEmpty()) {
        bool ok = false;
        reason
            = QInputDialog::getText(this, tr("Lift legal hold"), tr("Why may %1 be purged again?").arg(item->text(0)),
                                    QLineEdit::Normal, QString(), &ok)
                  .trimmed();
        if (!ok || reason.isEmpty())
            return makeError(ErrorKind::Cancelled, tr("Cancelled."));
    }
    const Status done = RetentionService(m_db).unhold(item->data(0, KindRole).toString(),
                                                      item->data(0, TargetRole).toString(), reason);
    reload();
    return done;
}

Status HoldsDialog::setRule()
{
    const QString name = m_ruleName->currentData().toString();
    const Status done = RetentionService(m_db).setRule(m_ruleScope->currentData().toString(),
                                                       name.isEmpty() ? m_ruleName->currentText().trimmed() : name,
                                                       m_ruleDays->value(), m_ruleFrom->currentData().toString());
    reload();
    return done;
}

Status HoldsDialog::removeSelectedRule()
{
    const QTreeWidgetItem* item = m_rules->currentItem();
    if (!item)
        return makeError(ErrorKind::Usage, tr("Select the rule to remove."));
    const Status done
        = RetentionService(m_db).removeRule(item->data(0, KindRole).toString(), item->data(0, TargetRole).toString());
    reload();
    return done;
}

} // namespace lpdesk
