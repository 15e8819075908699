#include "auth/CaConfirmation.h"

#include "auth/Session.h"
#include "db/CaseDatabaseInternal.h"
#include "db/KeySlotFile.h"
#include "db/WorkstationKeys.h"

#include <sqlite3.h>

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace lpdesk {

Result<CaConfirmation::Need> CaConfirmation::afterRefusal(const QString& databasePath, const QString& user,
                                                          const SecureBytes& passphrase)
{
    const QString path = QFileInfo(databasePath).absoluteFilePath();
    auto slots = KeySlotFile::load(KeySlotFile::pathFor(path));
    if (!slots)
        return slots.error();
    const KeySlot* mine = slots->find(user);
    Need need;
    if (!mine || !mine->caSha256.isEmpty())
        return need; // pinned already: the refusal is about something a confirmation does not settle
    auto keys = slots->unlock(user, passphrase);
    if (!keys)
        return keys.error();
    need.needed = true;
    caseDbInternal::RawHandle h = caseDbInternal::openRaw(path, keys->current, false);
    if (!h.driver && !keys->next.isEmpty())
        h = caseDbInternal::openRaw(path, keys->next, false);
    if (!h.driver)
        return failure(tr("Cannot open %1: %2").arg(path, h.error));
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(h.driver->connection(), "SELECT role FROM users WHERE name = ? AND removed_at IS NULL", -1,
                           &stmt, nullptr)
        != SQLITE_OK)
        return failure(tr("Cannot read the users of %1.").arg(path));
    const QByteArray name = user.toUtf8();
    sqlite3_bind_text(stmt, 1, name.constData(), static_cast<int>(name.size()), SQLITE_TRANSIENT);
    Role role = Role::Auditor;
    if (sqlite3_step(stmt) == SQLITE_ROW)
        need.admin = parseRole(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0))), &role)
            && role == Role::Admin;
    sqlite3_finalize(stmt);
    return need;
}

Result<QString> CaConfirmation::fingerprintOfPemFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > 1024 * 1024)
        return failure(tr("Cannot read %1 (or it is over 1 MiB).").arg(path));
    const QString sha = WorkstationKeys::certificateFingerprint(f.readAll());
    if (sha.size() != 64)
        return makeError(ErrorKind::Usage, tr("%1 holds no PEM certificate.").arg(path));
    return sha;
}

QString CaConfirmation::normalizedFingerprint(const QString& text)
{
    QString hex = text.trimmed().toLower();
    hex.remove(QRegularExpression(QStringLiteral("[\\s:]")));
    static const QRegularExpression hex64(QStringLiteral("^[0-9a-f]{64}\\z"));
    return hex64.match(hex).hasMatch() ? hex : QString();
}

} // namespace lpdesk
