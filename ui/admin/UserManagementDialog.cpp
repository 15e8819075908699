#include "admin/UserManagementDialog.h"

#include "auth/Permissions.h"
#include "common/Background.h"
#include "common/LocaleText.h"
#include "common/PassphraseFields.h"
#include "common/Theme.h"
#include "common/Time.h"
#include "common/WindowSize.h"
#include "db/CaseDatabase.h"
#include "db/LegalGrants.h"
#include "db/PassphrasePolicy.h"
#include "db/RecipientKeyHistory.h"
#include "db/UserDirectory.h"

#include <QApplication>
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
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lpdesk {

namespace {

QComboBox* roleCombo(QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    for (Role r : {Role::Investigator, Role::Legal, Role::Admin, Role::Auditor})
        combo->addItem(roleDisplayName(r), roleName(r));
    return combo;
}

} // namespace

UserManagementDialog::UserManagementDialog(CaseDatabase& db, QWidget* parent)
    : QDialog(parent),
      m_db(db),
      m_table(new QTableWidget(0, 4, this)),
      m_message(new QLabel(this)),
      m_secondAdmin(new QCheckBox(tr("Granting the &legal role needs a second administrator"), this))
{
    setWindowTitle(tr("Users and roles"));
    setObjectName(QStringLiteral("userManagementDialog"));
    resizeToFit(this, QSize(640, 420));
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("Added"), tr("Legal grant")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("userMessage"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* add = new QPushButton(tr("&Add user…"), this);
    add->setObjectName(QStringLiteral("addUserButton"));
    auto* remove = new QPushButton(tr("&Remove…"), this);
    remove->setObjectName(QStringLiteral("removeUserButton"));
    auto* role = new QPushButton(tr("&Change role…"), this);
    auto* confirmRole = new QPushButton(tr("Con&firm legal grant"), this);
    confirmRole->setObjectName(QStringLiteral("confirmRoleButton"));
    confirmRole->setToolTip(tr("Confirm the legal role another administrator granted the selected person"));
    auto* restoreCrl = new QPushButton(tr("Restore re&vocation list…"), this);
    restoreCrl->setObjectName(QStringLiteral("restoreCrlButton"));
    restoreCrl->setToolTip(tr("Issue the revocation list again with every revocation the audit log records, after an "
                              "earlier list was put back in the database"));
    const bool admin = Permissions::allows(m_db.session().role, Action::ManageUsers);
    add->setEnabled(admin);
    remove->setEnabled(admin);
    role->setEnabled(admin);
    confirmRole->setEnabled(admin);
    restoreCrl->setEnabled(admin);
    m_secondAdmin->setObjectName(QStringLiteral("legalNeedsSecondAdmin"));
    m_secondAdmin->setToolTip(tr("When on, a person given the legal role cannot decide on releases until another "
                                 "administrator confirms the grant; every change of this setting is audited"));
    m_secondAdmin->setEnabled(admin);
    if (auto on = LegalGrants::needsSecondAdmin(m_db))
        m_secondAdmin->setChecked(*on);
    auto* row = new QHBoxLayout;
    row->addWidget(add);
    row->addWidget(remove);
    row->addWidget(role);
    row->addWidget(confirmRole);
    row->addStretch();
    row->addWidget(restoreCrl);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(row);
    layout->addWidget(m_secondAdmin);
    layout->addWidget(m_message);
    layout->addWidget(close);
    connect(add, &QPushButton::clicked, this, &UserManagementDialog::addUser);
    connect(remove, &QPushButton::clicked, this, &UserManagementDialog::removeUser);
    connect(role, &QPushButton::clicked, this, &UserManagementDialog::changeRole);
    connect(confirmRole, &QPushButton::clicked, this, &UserManagementDialog::confirmLegalGrant);
    connect(restoreCrl, &QPushButton::clicked, this, &UserManagementDialog::restoreRevocationList);
    connect(m_secondAdmin, &QCheckBox::clicked, this, &UserManagementDialog::setLegalNeedsSecondAdmin);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

void UserManagementDialog::reload()
{
    auto users = UserDirectory(m_db).list();
    m_table->setRowCount(0);
    if (!users) {
        m_message->setText(users.errorMessage());
        return;
    }
    auto pending = LegalGrants::pending(m_db);
    if (!pending)
        m_message->setText(pending.errorMessage());
    const QHash<QString, LegalGrants::Pending> grants = pending ? *pending : QHash<QString, LegalGrants::Pending>();
    for (const UserInfo& u : *users) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        m_table->setItem(r, 0, new QTableWidgetItem(u.name));
        m_table->setItem(r, 1, new QTableWidgetItem(roleDisplayName(u.role)));
        // A workstation event: the local time with its offset, in the language's date order (stored in UTC).
        auto* added = new QTableWidgetItem(shown::workstationTime(u.createdAt));
        added->setData(Qt::UserRole, u.createdAt);
        m_table->setItem(r, 2, added);
        const auto grant = grants.constFind(u.name);
        m_table->setItem(
            r, 3,
            new QTableWidgetItem(grant == grants.cend()
                                     ? QString()
                                     : tr("Granted by %1, awaits a second administrator").arg(grant->requestedBy)));
    }
}

QString UserManagementDialog::selectedUser() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_table->item(rows.first().row(), 0)->text();
}

void UserManagementDialog::addUser()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add user"));
    dialog.setObjectName(QStringLiteral("addUserDialog"));
    auto* name = new QLineEdit(&dialog);
    name->setObjectName(QStringLiteral("newUserName"));
    auto* role = roleCombo(&dialog);
    auto* pass = new PassphraseFields(&dialog);
    pass->setRule(PassphrasePolicy::of(m_db).describe());
    auto* nameProblem = new QLabel(&dialog);
    nameProblem->setObjectName(QStringLiteral("newUserNameProblem"));
    nameProblem->setWordWrap(true);
    nameProblem->hide();
    Theme::setStatus(nameProblem, Theme::Status::Alert);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("&Name:"), name);
    form->addRow(nameProblem);
    form->addRow(tr("R&ole:"), role);
    form->addRow(pass);
    form->addRow(new QLabel(tr("Tell the new user their passphrase in person; they can change it later.")));
    form->addRow(buttons);
    auto validate = [&] {
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(UserDirectory::validName(name->text()) && pass->isAcceptable());
    };
    // The live hint is core's own check (the same rule and words as the refusal on OK); it depends on the name.
    pass->setCheck([this, name](const SecureBytes& candidate) {
        return UserDirectory(m_db).checkNewPassphrase(name->text(), candidate);
    });
    connect(name, &QLineEdit::textChanged, &dialog, validate);
    connect(name, &QLineEdit::textChanged, pass, &PassphraseFields::recheck);
    connect(pass, &PassphraseFields::changed, &dialog, validate);
    // Core decides; a refused passphrase keeps the dialog open with everything typed and says which rule failed.
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        // A name already taken keeps everything typed too (the slot is made after the dialog closes).
        const Status free = UserDirectory(m_db).checkNewName(name->text());
        nameProblem->setText(free ? QString() : free.errorMessage());
        nameProblem->setVisible(!free);
        if (!free) {
            name->setFocus();
            return;
        }
        const Status allowed = UserDirectory(m_db).checkNewPassphrase(name->text(), pass->peek());
        pass->setProblem(allowed ? QString() : allowed.errorMessage());
        if (allowed)
            dialog.accept();
        else
            pass->first()->setFocus();
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    validate();
    if (dialog.exec() != QDialog::Accepted)
        return;
    Role r = Role::Investigator;
    parseRole(role->currentData().toString(), &r);
    auto secret = std::make_shared<SecureBytes>(pass->take());
    const QString userName = name->text();
    m_message->setText(tr("Creating a key slot for %1…").arg(userName));
    setEnabled(false);
    CaseDatabase* db = &m_db;
    runOnDatabase<std::shared_ptr<Result<QString>>>(
        m_db, this,
        [db, userName, r, secret](const std::atomic_bool&) {
            return std::make_shared<Result<QString>>(UserDirectory(*db).add(userName, r, *secret));
        },
        [this, userName](std::shared_ptr<Result<QString>> result) {
            setEnabled(true);
            m_message->setText(result->ok() ? tr("%1 was added.").arg(userName) : result->errorMessage());
            reload();
        });
}

void UserManagementDialog::removeUser()
{
    const QString user = selectedUser();
    if (user.isEmpty())
        return;
    QMessageBox ask(QMessageBox::Question, tr("Remove user"),
                    tr("Remove %1? Their key slot is deleted, they can no longer unlock this database, and their "
                       "certificate is revoked.\n\nRotating the keys as well (recommended) gives the database a new "
                       "master key and the stores a new recipient key, so that nothing %1 may have copied opens the "
                       "database or what is pulled from now on. Every store must then be given the new recipient "
                       "key file.")
                        .arg(user),
                    QMessageBox::Cancel, this);
    ask.setObjectName(QStringLiteral("removeUserQuestion"));
    QPushButton* rekey = ask.addButton(tr("Remove and rotate keys"), QMessageBox::AcceptRole);
    rekey->setObjectName(QStringLiteral("removeAndRekeyButton"));
    QPushButton* only = ask.addButton(tr("Remove only"), QMessageBox::DestructiveRole);
    only->setObjectName(QStringLiteral("removeOnlyButton"));
    ask.setDefaultButton(rekey);
    ask.exec();
    if (ask.clickedButton() == rekey)
        removeSelected(true);
    else if (ask.clickedButton() == only)
        removeSelected(false);
}

void UserManagementDialog::removeSelected(bool rotateKeys)
{
    const QString user = selectedUser();
    if (user.isEmpty())
        return;
    auto removed = UserDirectory(m_db).remove(user);
    if (!removed) {
        m_message->setText(removed.errorMessage());
        reload();
        return;
    }
    if (!rotateKeys) {
        m_message->setText(tr("%1 was removed and their certificate revoked.").arg(user));
        reload();
        return;
    }
    // Rotation rewrites the whole database once; it takes about a second per hundred megabytes.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Status rotated = m_db.rekey();
    Result<QString> file = rotated ? RecipientKeyHistory(m_db).exportCurrent() : Result<QString>(rotated.error());
    QApplication::restoreOverrideCursor();
    if (!file)
        m_message->setText(tr("%1 was removed and their certificate revoked, but the key rotation failed: %2")
                               .arg(user, file.errorMessage()));
    else
        m_message->setText(tr("%1 was removed, their certificate revoked and the keys rotated. The new recipient key "
                              "is in %2: give that file to every store. Files encrypted to the old key stay "
                              "readable until they are re-encrypted (lpdesk-cli db reencrypt).")
                               .arg(user, *file));
    reload();
}

void UserManagementDialog::changeRole()
{
    const QString user = selectedUser();
    if (user.isEmpty())
        return;
    QStringList names;
    for (Role r : {Role::Investigator, Role::Legal, Role::Admin, Role::Auditor})
        names << roleName(r);
    bool ok = false;
    const QString chosen
        = QInputDialog::getItem(this, tr("Change role"), tr("New role for %1:").arg(user), names, 0, false, &ok);
    if (!ok)
        return;
    Role r = Role::Investigator;
    parseRole(chosen, &r);
    auto changed = UserDirectory(m_db).setRole(user, r);
    m_message->setText(changed ? tr("%1 is now %2.").arg(user, roleDisplayName(r)) : changed.errorMessage());
    reload();
}

void UserManagementDialog::confirmLegalGrant()
{
    const QString user = selectedUser();
    if (user.isEmpty())
        return;
    // Core refuses the administrator who granted it and anyone who may not manage users.
    auto confirmed = LegalGrants::confirm(m_db, user);
    m_message->setText(confirmed ? tr("%1's legal role is confirmed.").arg(user) : confirmed.errorMessage());
    reload();
}

void UserManagementDialog::setLegalNeedsSecondAdmin(bool on)
{
    // Core checks the permission and audits the change; a refusal puts the box back as core holds it.
    auto set = LegalGrants::setNeedsSecondAdmin(m_db, on);
    if (!set) {
        m_message->setText(set.errorMessage());
        const QSignalBlocker block(m_secondAdmin);
        if (auto held = LegalGrants::needsSecondAdmin(m_db))
            m_secondAdmin->setChecked(*held);
        return;
    }
    m_message->setText(on ? tr("From now on, a legal role granted by one administrator waits for a second one.")
                          : tr("A legal role granted from now on takes effect at once."));
}

void UserManagementDialog::restoreRevocationList()
{
    // Core checks the permission and whether the audit log names a current certificate (a forged event).
    auto plan = UserDirectory(m_db).revocationListRestorePlan();
    if (!plan) {
        m_message->setText(plan.errorMessage());
        return;
    }
    if (!plan->needed()) {
        m_message->setText(tr("The revocation list already holds every revocation the audit log records, and its "
                              "number (%1) is the highest issued. Nothing to restore.")
                               .arg(shown::integer(plan->storedNumber)));
        return;
    }
    QStringList lines;
    for (const WorkstationKeys::MissingRevocation& m : plan->restored)
        lines << tr("%1 — %2, revoked %3")
                     .arg(m.certificate.serial, m.user.isEmpty() ? tr("unknown") : m.user,
                          shown::workstationTime(toUtcString(m.certificate.revokedAt)));
    QString text = plan->restored.isEmpty()
        ? tr("The revocation list in the database is number %1, but the audit log records that list number %2 was "
             "issued: an earlier list was put back.")
              .arg(shown::integer(plan->storedNumber), shown::integer(plan->highestIssued))
        : tr("The revocation list in the database lacks %n certificate(s) that the audit log records as revoked: an "
             "earlier list was put back. These will be revoked again:",
             nullptr, int(plan->restored.size()))
            + QStringLiteral("\n\n") + lines.join(QLatin1Char('\n'));
    text += QStringLiteral("\n\n")
        + tr("The list is signed again with the organisation CA as number %1 (above every number issued). Restore it?")
              .arg(shown::integer(plan->nextNumber()));
    QMessageBox ask(QMessageBox::Question, tr("Restore revocation list"), text, QMessageBox::Cancel, this);
    ask.setObjectName(QStringLiteral("restoreCrlQuestion"));
    QPushButton* restore = ask.addButton(tr("&Restore"), QMessageBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreCrlConfirm"));
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() != restore) {
        m_message->setText(tr("The revocation list was not restored."));
        return;
    }
    auto done = UserDirectory(m_db).restoreRevocationList();
    if (!done) {
        m_message->setText(done.errorMessage());
        return;
    }
    m_message->setText(tr("The revocation list was restored: %n certificate(s) revoked again; it is now number %1.",
                          nullptr, int(done->restored.size()))
                           .arg(shown::integer(done->newNumber)));
}

} // namespace lpdesk
