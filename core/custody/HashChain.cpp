#include "custody/HashChain.h"

#include "common/CanonicalJson.h"
#include "common/Time.h"
#include "crypto/Sha256.h"
#include "db/SqlRow.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace lpdesk {

QString ChainReport::summary() const
{
    if (ok())
        return QCoreApplication::translate("lpdesk::HashChain", "chain %1: %2 events, intact (head %3)")
            .arg(chain.isEmpty() ? QStringLiteral("audit") : chain)
            .arg(events)
            .arg(headHash.left(16));
    QStringList lines;
    for (const ChainProblem& p : problems)
        lines << QCoreApplication::translate("lpdesk::HashChain", "chain %1, event %2: %3")
                     .arg(chain.isEmpty() ? QStringLiteral("audit") : chain)
                     .arg(p.seq)
                     .arg(p.what);
    return lines.join(QLatin1Char('\n'));
}

QString HashChain::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QByteArray HashChain::link(const QString& prevHashHex, const QByteArray& eventText)
{
    Sha256 h;
    h.addData(fromHexStrict(prevHashHex, 32));
    h.addData(eventText);
    return h.result();
}

namespace {

// An event as stored (seq, event, prev_hash, hash, at, actor, action). The event text is hashed as the UTF-8 of the
// stored text, exactly as append() wrote it.
ChainEvent storedEvent(const SqlRow& row, const QString& chain)
{
    ChainEvent e;
    e.chain = chain;
    e.seq = row.int64("seq");
    e.eventText = row.string("event").toUtf8();
    e.prevHash = row.string("prev_hash");
    e.hash = row.string("hash");
    e.at = row.string("at");
    e.actor = row.string("actor");
    e.action = row.string("action");
    return e;
}

} // namespace

HashChain::HashChain(QString table, QString chain) : m_table(std::move(table)), m_chain(std::move(chain))
{ }

Result<ChainEvent> HashChain::head(QSqlDatabase& db) const
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT seq, hash FROM %1 WHERE chain = ? ORDER BY seq DESC LIMIT 1").arg(m_table));
    q.addBindValue(m_chain);
    if (!q.exec())
        return failure(q.lastError().text());
    ChainEvent e;
    e.chain = m_chain;
    if (q.next()) {
        const SqlRow row(q);
        e.seq = row.int64("seq");
        e.hash = row.string("hash");
    } else {
        e.hash = genesisHash();
    }
    return e;
}

Result<ChainEvent> HashChain::append(QSqlDatabase& db, const QString& actor, const QString& action,
                                     const QJsonObject& details) const
{
    auto last = head(db);
    if (!last)
        return last.error();
    ChainEvent e;
    e.seq = last->seq + 1;
    e.chain = m_chain;
    e.at = utcNowString();
    e.actor = actor;
    e.action = action;
    e.details = details;
    QJsonObject event {{QLatin1String("seq"), e.seq},
                       {QLatin1String("at"), e.at},
                       {QLatin1String("actor"), actor},
                       {QLatin1String("action"), action},
                       {QLatin1String("details"), details}};
    if (!m_chain.isEmpty())
        event.insert(QLatin1String("chain"), m_chain);
    e.eventText = canonicalJson(event);
    e.prevHash = last->hash;
    e.hash = toHex(link(e.prevHash, e.eventText));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO %1 (chain, seq, event, prev_hash, hash, at, actor, action) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(m_table));
    q.addBindValue(m_chain);
    q.addBindValue(e.seq);
    q.addBindValue(QString::fromUtf8(e.eventText));
    q.addBindValue(e.prevHash);
    q.addBindValue(e.hash);
    q.addBindValue(e.at);
    q.addBindValue(actor);
    q.addBindValue(action);
    if (!q.exec())
        return failure(tr("Could not record the event: %1").arg(q.lastError().text()));
    return e;
}

Result<QList<ChainEvent>> HashChain::events(QSqlDatabase& db, qint64 afterSeq, int limit) const
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, event, prev_hash, hash, at, actor, action FROM %1 "
                             "WHERE chain = ? AND seq > ? ORDER BY seq LIMIT ?")
                  .arg(m_table));
    q.addBindValue(m_chain);
    q.addBindValue(afterSeq);
    q.addBindValue(limit);
    if (!q.exec())
        return failure(q.lastError().text());
    QList<ChainEvent> out;
    const SqlRow row(q);
    while (q.next()) {
        ChainEvent e = storedEvent(row, m_chain);
        e.details = QJsonDocument::fromJson(e.eventText).object().value(QLatin1String("details")).toObject();
        out.append(e);
    }
    return out;
}

ChainReport HashChain::verifyEvents(const QString& chain, const QList<ChainEvent>& events)
{
    ChainReport report;
    report.chain = chain;
    report.events = events.size();
    QString expectedPrev = genesisHash();
    qint64 expectedSeq = 1;
    for (const ChainEvent& e : events) {
        if (e.seq > expectedSeq) {
            report.problems.append(
                {expectedSeq,
                 e.seq - expectedSeq == 1
                     ? tr("missing (deleted)")
                     : tr("%1 events up to %2 are missing (deleted)").arg(e.seq - expectedSeq).arg(e.seq - 1)});
        } else if (e.seq < expectedSeq) {
            report.problems.append({e.seq, tr("duplicate or out-of-order sequence number")});
        }
        QJsonParseError pe;
        const QJsonObject ev = QJsonDocument::fromJson(e.eventText, &pe).object();
        if (pe.error != QJsonParseError::NoError) {
            report.problems.append({e.seq, tr("event text is not valid JSON (edited)")});
        } else {
            if (ev.value(QLatin1String("seq")).toInteger(-1) != e.seq)
                report.problems.append({e.seq,
                                        tr("event says it is number %1: events were reordered")
                                            .arg(ev.value(QLatin1String("seq")).toInteger(-1))});
            if (ev.value(QLatin1String("action")).toString() != e.action
                || ev.value(QLatin1String("actor")).toString() != e.actor
                || ev.value(QLatin1String("at")).toString() != e.at)
                report.problems.append({e.seq, tr("indexed columns differ from the hashed event (edited)")});
            if (!chain.isEmpty() && ev.value(QLatin1String("chain")).toString() != chain)
                report.problems.append({e.seq, tr("event belongs to another chain (moved)")});
        }
        if (e.prevHash != expectedPrev)
            report.problems.append({e.seq,
                                    tr("link to the previous event is broken (an earlier event was deleted, "
                                       "edited or reordered)")});
        if (fromHexStrict(e.prevHash, 32).isEmpty() || toHex(link(e.prevHash, e.eventText)) != e.hash)
            report.problems.append({e.seq, tr("contents were edited (hash mismatch)")});
        expectedPrev = e.hash;
        expectedSeq = std::max(expectedSeq, e.seq + 1);
    }
    report.headHash = events.isEmpty() ? genesisHash() : events.last().hash;
    return report;
}

Result<ChainReport> HashChain::verify(QSqlDatabase& db) const
{
    // Read in seq order by rowid-independent ordering; reading everything is fine: chains are small text.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, event, prev_hash, hash, at, actor, action FROM %1 WHERE chain = ? "
                             "ORDER BY seq")
                  .arg(m_table));
    q.addBindValue(m_chain);
    if (!q.exec())
        return failure(q.lastError().text());
    QList<ChainEvent> all;
    const SqlRow row(q);
    while (q.next())
        all.append(storedEvent(row, m_chain));
    return verifyEvents(m_chain, all);
}

} // namespace lpdesk
