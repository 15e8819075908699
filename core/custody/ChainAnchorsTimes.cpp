// ChainAnchors' check of the times events claim against the anchors' time-stamps. An event's time is its writer's
// word, so someone holding a removed person's key and the database key can append events (and a checkpoint) dated
// before the revocation. But whatever follows an anchored head was written after that anchor, whose time the TSA
// vouches for: an event after it that claims an earlier time was back-dated. So a back-dated forgery goes unnoticed
// only when no time-stamped anchor of its chain was written between the date it claims and the moment it was made.
#include "custody/ChainAnchors.h"

#include "common/Time.h"
#include "db/CaseDatabase.h"
#include "db/SqlRow.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

namespace lpdesk {

void ChainAnchors::verifyNothingBackdated(QSqlDatabase& db, DatabaseCheck& report, const QString& fileName,
                                          const QMap<QString, QMap<qint64, std::pair<QString, int>>>& anchored,
                                          const QHash<int, QDateTime>& stamps)
{
    // The anchor line's own time may differ from its token's by up to 10 minutes (verifyTimeStamp): so may events.
    constexpr qint64 toleranceSeconds = 600;
    for (auto chain = anchored.cbegin(); chain != anchored.cend(); ++chain) {
        const bool isAudit = chain.key() == QLatin1String("audit");
        const QString name = isAudit ? tr("audit chain") : tr("custody chain %1").arg(chain.key());
        QSqlQuery q(db);
        q.setForwardOnly(true);
        // Events between one anchored head and the next must be no older than the latest stamp anchored so far; the
        // text comparison finds candidates (times are UTC, RFC 3339), the parsed times decide.
        q.prepare(isAudit ? QStringLiteral("SELECT seq, at FROM audit_log WHERE chain = '' AND seq > ? AND seq <= ? "
                                           "AND at < ? ORDER BY seq")
                          : QStringLiteral("SELECT seq, at FROM custody_events WHERE chain = ? AND seq > ? AND "
                                           "seq <= ? AND at < ? ORDER BY seq"));
        QDateTime latest; // the latest time-stamp of an anchor of this chain at or below the current head
        int latestAnchor = 0;
        qint64 latestHead = 0;
        bool named = false;
        for (auto head = chain->cbegin(); head != chain->cend() && !named; ++head) {
            const auto next = std::next(head);
            const qint64 upTo = next == chain->cend() ? std::numeric_limits<qint64>::max() : next.key();
            const QDateTime stamp = stamps.value(head->second);
            if (stamp.isValid() && (!latest.isValid() || stamp > latest)) {
                latest = stamp;
                latestAnchor = head->second;
                latestHead = head.key();
            }
            if (!latest.isValid())
                continue;
            const QDateTime bound = latest.addSecs(-toleranceSeconds);
            int i = 0;
            if (!isAudit)
                q.bindValue(i++, chain.key());
            q.bindValue(i++, head.key());
            q.bindValue(i++, upTo);
            q.bindValue(i++, toUtcString(bound.addSecs(1)));
            if (!q.exec()) {
                report.problems << tr("%1: cannot read its events' times: %2").arg(name, q.lastError().text());
                break;
            }
            const SqlRow row(q);
            while (q.next()) {
                const QDateTime at = parseRfc3339(row.string("at"));
                if (at.isValid() && at >= bound)
                    continue;
                report.problems
                    << tr("%1: event %2 says it was made at %3, but it follows event %4, which %5 anchor %6 "
                          "anchored and the time-stamp authority dated %7: it was written later and "
                          "back-dated")
                           .arg(name)
                           .arg(row.int64("seq"))
                           .arg(row.string("at"))
                           .arg(latestHead)
                           .arg(fileName)
                           .arg(latestAnchor)
                           .arg(toUtcString(latest));
                named = true; // the first per chain: what follows it was moved with it
                break;
            }
            q.finish();
        }
    }
}

} // namespace lpdesk
