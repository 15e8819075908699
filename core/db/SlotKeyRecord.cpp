#include "db/SlotKeyRecord.h"

#include "db/AuditEventCache.h"

#include <QJsonObject>

namespace lpdesk {

Result<SlotKeyRecord> SlotKeyRecord::read(QSqlDatabase& db)
{
    auto events = AuditEventCache::matching(db, AuditEventCache::SlotKeys);
    if (!events)
        return events.error();
    SlotKeyRecord out;
    auto text
        = [](const QJsonObject& details, const char* key) { return details.value(QLatin1String(key)).toString(); };
    for (const AuditEventCache::Event& e : std::as_const(*events)) {
        const QString action = e.event.value(QLatin1String("action")).toString();
        const QJsonObject details = e.event.value(QLatin1String("details")).toObject();
        const QString user = text(details, "user");
        if (action == QLatin1String("database_created")) {
            // Only the chain's first event creates the database (a later one was appended by someone else).
            if (e.seq != 1)
                continue;
            out.m_complete = details.value(QLatin1String("slot_keys_in_events")).toBool();
            if (!text(details, "admin_slot_public_key").isEmpty())
                out.m_keys.insert(text(details, "admin"), {text(details, "admin_slot_public_key"), e.seq});
        } else if (action == QLatin1String("user_added")) {
            // A person added again starts over; one added before keys were recorded is recorded at first use.
            out.m_keys.remove(user);
            if (!text(details, "slot_public_key").isEmpty())
                out.m_keys.insert(user, {text(details, "slot_public_key"), e.seq});
        } else if (action == QLatin1String("user_removed")) {
            out.m_keys.remove(user);
        } else if (action == QLatin1String("personal_certificate_issued")) {
            // Never forgotten (not even by a user_added or user_removed, which anyone can append): every slot under
            // this name must yield a key the organisation CA certified for it. Adding a person again issues one.
            out.m_certified.insert(user, e.seq);
        } else if (action == QLatin1String("slot_key_recorded")) {
            // The first use counts; a later record (appended by whoever holds the database key) changes nothing.
            if (!out.m_keys.contains(user) && !text(details, "slot_public_key").isEmpty())
                out.m_keys.insert(user, {text(details, "slot_public_key"), e.seq});
        }
    }
    return out;
}

SlotKeyRecord::Judgement SlotKeyRecord::judge(const QString& user, const QString& slotKey, const QString& rowKey) const
{
    const auto it = m_keys.constFind(user);
    if (it != m_keys.constEnd()) {
        if (it->key != slotKey)
            return {Verdict::Planted, it->seq};
        return {rowKey == slotKey ? Verdict::Holds : Verdict::Restore, it->seq};
    }
    if (m_complete)
        return {Verdict::Unrecorded, 0};
    if (rowKey.isEmpty())
        return {Verdict::FirstUse, 0};
    return {rowKey == slotKey ? Verdict::Holds : Verdict::DiffersFromRow, 0};
}

QString SlotKeyRecord::problem(const QString& user, const Judgement& j)
{
    switch (j.verdict) {
    case Verdict::Holds:
    case Verdict::FirstUse:
        return {};
    case Verdict::Restore:
        return tr("the users table no longer records the key slot of %1 as audit event %2 does: the column was "
                  "cleared or changed; it is recorded again at %1's next sign-in")
            .arg(user)
            .arg(j.seq);
    case Verdict::Planted:
        return tr("key slot for %1 differs from the one the audit log records for that user (audit event %2); it "
                  "was replaced or planted")
            .arg(user)
            .arg(j.seq);
    case Verdict::Unrecorded:
        return tr("key slot for %1: the audit log records every key slot of this database, but none for %1; it "
                  "was planted")
            .arg(user);
    case Verdict::DiffersFromRow:
        return tr("key slot for %1 differs from the one recorded for that user; it was replaced").arg(user);
    }
    return {};
}

} // namespace lpdesk
