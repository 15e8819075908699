#include "db/UserDirectory.h"

#include "auth/Permissions.h"
#include "common/Time.h"
#include "crypto/Random.h"
#include "crypto/Sha256.h"
#include "db/CaseDatabase.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace lpdesk {

UserDirectory::UserDirectory(CaseDatabase& db) : m_db(db)
{ }

bool UserDirectory::validName(const QString& name)
{
    static const QRegularExpression re(QStringLiteral(R"(^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}\z)"));
    return re.match(name).hasMatch();
}

Result<QList<UserInfo>> UserDirectory::list() const
{
    LP_TRY(Permissions::require(m_db.session(), Action::ListUsers));
    auto slots = m_db.readSlots();
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id, name, role, created_at, created_by FROM users WHERE removed_at IS NULL "
                               "ORDER BY name")))
        return failure(q.lastError().text());
    QList<UserInfo> out;
    while (q.next()) {
        UserInfo u;
        u.id = q.value(0).toString();
        u.name = q.value(1).toString();
        parseRole(q.value(2).toString(), &u.role);
        u.createdAt = q.value(3).toString();
        u.createdBy = q.value(4).toString();
        u.hasSlot = slots && slots->find(u.name);
        out.append(u);
    }
    return out;
}

Result<QString> UserDirectory::add(const QString& name, Role role, const SecureBytes& passphrase)
{
    LP_TRY(Permissions::require(m_db.session(), Action::ManageUsers));
    if (!validName(name))
        return makeError(ErrorKind::Usage, tr("User names are 1–64 letters, digits, '.', '_', '@' or '-'."));
    if (passphrase.isEmpty())
        return makeError(ErrorKind::Usage, tr("The passphrase must not be empty."));
    QSqlDatabase db = m_db.connection();
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT 1 FROM users WHERE name = ? AND removed_at IS NULL"));
        q.addBindValue(name);
        if (q.exec() && q.next())
            return failure(tr("There is already a user called %1.").arg(name));
    }
    // Slot first, then the user row: a kill in between leaves a slot that login refuses (no active user). The
    // row records the slot's public key: login and `db check` refuse any other slot under this name.
    QString slotKey;
    LP_TRY(m_db.updateSlots([&](KeySlotFile& f) -> Status {
        auto slot
            = KeySlotFile::makeSlot(name, passphrase, m_db.m_masterKey, f.databaseId, f.generation, m_db.kdfTargetMs());
        if (!slot)
            return slot.error();
        if (f.nextGeneration)
            return failure(tr("A master-key rotation is unfinished; reopen the database first."));
        f.remove(name);
        f.slots.append(*slot);
        slotKey = toHex(slot->publicKey);
        return {};
    }));
    const QString id = randomUuid();
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO users (id, name, role, created_at, created_by, slot_public_key) VALUES (?, ?, "
                       "?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(name);
    q.addBindValue(roleName(role));
    q.addBindValue(utcNowString());
    q.addBindValue(m_db.session().userName);
    q.addBindValue(slotKey);
    Status done = q.exec() ? Status() : failure(q.lastError().text());
    if (done)
        done = m_db.auditIn(db, QStringLiteral("user_added"),
                            QJsonObject {{QLatin1String("user"), name},
                                         {QLatin1String("role"), roleName(role)},
                                         {QLatin1String("slot_public_key"), slotKey}});
    if (done)
        done = tx.commit();
    if (!done) {
        (void)m_db.updateSlots([&](KeySlotFile& f) {
            f.remove(name);
            return Status();
        });
        return done.error();
    }
    return id;
}

Status UserDirectory::remove(const QString& name)
{
    LP_TRY(Permissions::require(m_db.session(), Action::ManageUsers));
    if (name == m_db.session().userName)
        return failure(tr("You cannot remove yourself; ask another administrator."));
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT role FROM users WHERE name = ? AND removed_at IS NULL"));
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return makeError(ErrorKind::NotFound, tr("There is no user called %1.").arg(name));
    q.finish();
    // Slot first: once it is gone the user cannot unlock, whatever happens next.
    LP_TRY(m_db.updateSlots([&](KeySlotFile& f) {
        f.remove(name);
        return Status();
    }));
    Transaction tx(db);
    q.prepare(QStringLiteral("UPDATE users SET removed_at = ? WHERE name = ? AND removed_at IS NULL"));
    q.addBindValue(utcNowString());
    q.addBindValue(name);
    if (!q.exec())
        return failure(q.lastError().text());
    LP_TRY(m_db.auditIn(db, QStringLiteral("user_removed"), QJsonObject {{QLatin1String("user"), name}}));
    return tx.commit();
}

Status UserDirectory::setRole(const QString& name, Role role)
{
    LP_TRY(Permissions::require(m_db.session(), Action::ManageUsers));
    if (name == m_db.session().userName && role != Role::Admin)
        return failure(tr("You cannot take away your own administrator role."));
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT role FROM users WHERE name = ? AND removed_at IS NULL"));
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return makeError(ErrorKind::NotFound, tr("There is no user called %1.").arg(name));
    const QString before = q.value(0).toString();
    q.finish();
    q.prepare(QStringLiteral("UPDATE users SET role = ? WHERE name = ? AND removed_at IS NULL"));
    q.addBindValue(roleName(role));
    q.addBindValue(name);
    if (!q.exec())
        return failure(q.lastError().text());
    LP_TRY(m_db.auditIn(db, QStringLiteral("role_changed"),
                        QJsonObject {{QLatin1String("user"), name},
                                     {QLatin1String("from"), before},
                                     {QLatin1String("to"), roleName(role)}}));
    return tx.commit();
}

Status UserDirectory::changeOwnPassphrase(const SecureBytes& oldPassphrase, const SecureBytes& newPassphrase)
{
    const QString me = m_db.session().userName;
    const int cost = m_db.kdfTargetMs();
    LP_TRY(
        m_db.updateSlots([&](KeySlotFile& f) { return f.changePassphrase(me, oldPassphrase, newPassphrase, cost); }));
    return m_db.audit(QStringLiteral("passphrase_changed"), QJsonObject {{QLatin1String("user"), me}});
}

} // namespace lpdesk
