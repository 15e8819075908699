#include "KpiCasesOracle.h"

#include "db/SqlRow.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace lpdesk::test {

namespace {

QDateTime utc(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

bool run(CaseDatabase& db, const QString& sql)
{
    QSqlDatabase c = db.connection();
    QSqlQuery q(c);
    if (!q.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

// fn(row) for each row of sql.
template<typename Fn> void eachRow(CaseDatabase& db, const QString& sql, Fn&& fn)
{
    QSqlDatabase c = db.connection();
    QSqlQuery q(c);
    if (!q.exec(sql))
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    const SqlRow row(q);
    while (q.next())
        fn(row);
}

struct CaseFacts
{
    QDateTime detected;
    QString anchor, store, type;
    QStringList incidents;
    bool needPos = false, hasSuspect = false;
    QDateTime reported;
};

QHash<QString, CaseFacts> readCases(CaseDatabase& db)
{
    QHash<QString, CaseFacts> cases;
    eachRow(db,
            QStringLiteral("SELECT ci.case_id, i.id, i.store_id, i.type, i.detected_at, i.register_id, "
                           "i.suspects_json FROM case_incidents ci JOIN incidents i ON i.id = ci.incident_id"),
            [&](const SqlRow& r) {
                CaseFacts& c = cases[r.string("case_id")];
                const QDateTime at = utc(r.string("detected_at"));
                const QString id = r.string("id");
                c.incidents << id;
                c.needPos = c.needPos || !r.string("register_id").isEmpty();
                const QString suspects = r.string("suspects_json").trimmed();
                c.hasSuspect = c.hasSuspect || (!suspects.isEmpty() && suspects != QLatin1String("[]"));
                if (!c.detected.isValid() || at < c.detected || (at == c.detected && id < c.anchor)) {
                    c.detected = at;
                    c.anchor = id;
                    c.store = r.string("store_id");
                    c.type = r.string("type");
                }
            });
    auto earliest = [&](const QString& sql) {
        eachRow(db, sql, [&](const SqlRow& r) {
            auto it = cases.find(r.string("case_id"));
            const QDateTime at = utc(r.string("at"));
            if (it != cases.end() && at.isValid() && (!it->reported.isValid() || at < it->reported))
                it->reported = at;
        });
    };
    earliest(QStringLiteral("SELECT case_id, exported_at AS at FROM releases WHERE state IN ('exported', "
                            "'submitted')"));
    earliest(QStringLiteral("SELECT r.case_id, s.updated_at AS at FROM submissions s JOIN releases r ON r.id = "
                            "s.release_id WHERE s.state = 'delivered'"));
    return cases;
}

QStringList missingOf(CaseDatabase& db, const QString& caseId, const CaseFacts& c)
{
    QStringList items {QStringLiteral("clip"), QStringLiteral("pos"), QStringLiteral("statement"),
                       QStringLiteral("suspect")};
    QHash<QString, QStringList> lists;
    eachRow(db, QStringLiteral("SELECT type, items_json FROM evidence_checklists"), [&](const SqlRow& r) {
        QStringList l;
        for (const QJsonValue& v : QJsonDocument::fromJson(r.string("items_json").toUtf8()).array())
            l << v.toString();
        lists.insert(r.string("type"), l);
    });
    items = lists.value(c.type, lists.value(QStringLiteral("*"), items));
    bool clip = false, pos = false, statement = false;
    eachRow(db,
            QStringLiteral("SELECT im.incident_id, i.detected_at, m.recorded_start, m.recorded_end FROM incident_media "
                           "im JOIN media m ON m.id = im.media_id JOIN incidents i ON i.id = im.incident_id WHERE "
                           "m.kind = 'original' AND m.purged_at IS NULL AND COALESCE(m.media_type, 'video') = "
                           "'video'"),
            [&](const SqlRow& r) {
                const QDateTime at = utc(r.string("detected_at"));
                clip = clip
                    || (c.incidents.contains(r.string("incident_id")) && utc(r.string("recorded_start")) <= at
                        && at <= utc(r.string("recorded_end")));
            });
    eachRow(db, QStringLiteral("SELECT case_id FROM case_pos"),
            [&](const SqlRow& r) { pos = pos || r.string("case_id") == caseId; });
    eachRow(db, QStringLiteral("SELECT case_id FROM statements WHERE signed_off_at IS NOT NULL"),
            [&](const SqlRow& r) { statement = statement || r.string("case_id") == caseId; });
    QStringList missing;
    for (const QString& item : items)
        if ((item == QLatin1String("clip") && !clip) || (item == QLatin1String("pos") && c.needPos && !pos)
            || (item == QLatin1String("statement") && !statement)
            || (item == QLatin1String("suspect") && !c.hasSuspect))
            missing << item;
    return missing;
}

} // namespace

QList<ExpectedCase> expectedCases(CaseDatabase& db, const QString& store, const QDate& from, const QDate& to)
{
    QHash<QString, QTimeZone> zones;
    eachRow(db, QStringLiteral("SELECT id, timezone FROM stores"),
            [&](const SqlRow& r) { zones.insert(r.string("id"), QTimeZone(r.string("timezone").toUtf8())); });
    QHash<QString, QString> status;
    eachRow(db, QStringLiteral("SELECT id, status FROM cases"),
            [&](const SqlRow& r) { status.insert(r.string("id"), r.string("status")); });
    QHash<QString, QList<QDateTime>> followups;
    eachRow(db, QStringLiteral("SELECT case_id, at FROM followups"),
            [&](const SqlRow& r) { followups[r.string("case_id")] << utc(r.string("at")); });
    const QHash<QString, CaseFacts> cases = readCases(db);
    QList<QPair<CaseFacts, ExpectedCase>> out;
    for (auto it = cases.constBegin(); it != cases.constEnd(); ++it) {
        const CaseFacts& c = it.value();
        ExpectedCase e;
        e.caseId = it.key();
        e.store = c.store;
        e.day = c.detected.toTimeZone(zones.value(c.store)).date();
        if ((!store.isEmpty() && e.store != store) || e.day < from || e.day > to)
            continue;
        e.closed = status.value(e.caseId) == QLatin1String("closed");
        if (c.reported.isValid()) {
            e.seconds = static_cast<double>(c.detected.msecsTo(c.reported)) / 1000.0;
            for (const QDateTime& at : followups.value(e.caseId))
                e.followed = e.followed || (at >= c.reported && at <= c.reported.addDays(30));
            e.missing = missingOf(db, e.caseId, c);
        }
        out << qMakePair(c, e);
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        return a.first.detected != b.first.detected ? a.first.detected < b.first.detected
                                                    : a.second.caseId < b.second.caseId;
    });
    QList<ExpectedCase> result;
    for (const auto& p : out)
        result << p.second;
    return result;
}

double nearestRankP90(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<qsizetype>(std::ceil(0.9 * static_cast<double>(values.size())));
    return values.at(std::max<qsizetype>(rank, 1) - 1);
}

bool seedStoreC(CaseDatabase& db)
{
    bool ok = run(db,
                  QStringLiteral("INSERT INTO stores (id, name, timezone, source_kind, location, created_at) VALUES "
                                 "('store-c', 'C', 'Asia/Tokyo', 'folder', '/c', '2025-01-01T00:00:00.000Z')"));
    for (int n = 1; ok && n <= 10; ++n) {
        const QDateTime at(QDate(2026, 1, 2 + n), QTime(1, 0), QTimeZone::utc()); // 10:00 in Tokyo
        const QString t = at.toString(Qt::ISODateWithMs);
        const QString inc = QStringLiteral("c-i%1").arg(n, 2, 10, QLatin1Char('0'));
        const QString id = QStringLiteral("k%1").arg(n, 2, 10, QLatin1Char('0'));
        const QString suspects = n == 4 ? QStringLiteral("[{\"build\":\"tall\"}]") : QStringLiteral("[]");
        ok = ok
            && run(db,
                   QStringLiteral("INSERT INTO incidents (id, store_id, type, severity, trigger, detected_at, "
                                  "detected_at_local, register_id, suspects_json, raw_json, raw_sha256, "
                                  "received_at, source) VALUES ('%1', 'store-c', 'shoplifting', 3, "
                                  "'staff_report', '%2', '%2', NULL, '%3', '{}', '', '%2', 'test')")
                       .arg(inc, t, suspects))
            && run(db,
                   QStringLiteral("INSERT INTO cases (id, number, title, status, created_at, created_by, "
                                  "updated_at, closed_at) VALUES ('%1', %2, 'case %2', '%3', '%4', 'ivy', '%4', "
                                  "%5)")
                       .arg(id)
                       .arg(100 + n)
                       .arg(n <= 5 ? QStringLiteral("closed") : QStringLiteral("open"), t,
                            n <= 5 ? QStringLiteral("'%1'").arg(at.addDays(20).toString(Qt::ISODateWithMs))
                                   : QStringLiteral("NULL")))
            && run(db, QStringLiteral("INSERT INTO case_incidents VALUES ('%1', '%2', '%3', 'ivy')").arg(id, inc, t))
            && run(db,
                   QStringLiteral("INSERT INTO releases (id, case_id, state, purpose, note, items_json, "
                                  "content_sha256, requested_by, requested_by_id, requested_at, decided_at, "
                                  "exported_at) VALUES ('rel-%1', '%1', 'exported', 'usb', 'n', '[]', '', 'ivy', "
                                  "'ivy', '%2', '%2', '%3')")
                       .arg(id, t, at.addSecs(3 * 3600 * n).toString(Qt::ISODateWithMs)));
    }
    for (const auto& [caseId, days] : {std::pair<const char*, int> {"k02", 10}, {"k03", 40}})
        ok = ok
            && run(db,
                   QStringLiteral("INSERT INTO followups (id, case_id, kind, at, created_at, created_by) VALUES "
                                  "('f-%1', '%1', 'arrest', '%2', '%2', 'ivy')")
                       .arg(QLatin1String(caseId),
                            QDateTime(QDate(2026, 1, 10), QTime(0, 0), QTimeZone::utc())
                                .addDays(days)
                                .toString(Qt::ISODateWithMs)));
    return ok
        && run(db,
               QStringLiteral("INSERT INTO statements (id, case_id, version, author, author_role, taken_at, text, "
                              "attestation, signed_off_at, signed_off_by, created_at, created_by) VALUES ('s-k04', "
                              "'k04', 1, 'Sam', 'staff', '2026-01-06T02:00:00.000Z', 'Seen.', 'true', "
                              "'2026-01-06T02:30:00.000Z', 'ivy', '2026-01-06T02:00:00.000Z', 'ivy')"));
}

} // namespace lpdesk::test
