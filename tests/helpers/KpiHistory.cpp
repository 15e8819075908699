#include "KpiHistory.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace lpdesk::test {

namespace {

class HistoryWriter
{
public:
    explicit HistoryWriter(CaseDatabase& db) : m_db(&db) { }

    bool sql(const QString& statement)
    {
        QSqlDatabase db = m_db->connection();
        QSqlQuery q(db);
        if (!q.exec(statement)) {
            qWarning("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
            return false;
        }
        return true;
    }
    bool incident(const char* id, const char* store, const char* type, const char* trigger, const char* at,
                  const char* reg = nullptr, const char* suspects = "[]")
    {
        return sql(QStringLiteral("INSERT INTO incidents (id, store_id, type, severity, trigger, detected_at, "
                                  "detected_at_local, register_id, suspects_json, raw_json, raw_sha256, received_at, "
                                  "source) VALUES ('%1', '%2', '%3', 3, '%4', '%5', '%5', %6, '%7', '{}', '', '%5', "
                                  "'test')")
                       .arg(QLatin1String(id), QLatin1String(store), QLatin1String(type), QLatin1String(trigger),
                            QLatin1String(at),
                            reg ? QStringLiteral("'%1'").arg(QLatin1String(reg)) : QStringLiteral("NULL"),
                            QLatin1String(suspects)));
    }
    bool caseRow(const char* id, int number, const char* status, const char* created, const char* closed,
                 const QStringList& incidents)
    {
        bool ok
            = sql(QStringLiteral("INSERT INTO cases (id, number, title, status, created_at, created_by, updated_at, "
                                 "closed_at) VALUES ('%1', %2, 'case %2', '%3', '%4', 'ivy', '%4', %5)")
                      .arg(QLatin1String(id))
                      .arg(number)
                      .arg(QLatin1String(status), QLatin1String(created),
                           closed ? QStringLiteral("'%1'").arg(QLatin1String(closed)) : QStringLiteral("NULL")));
        for (const QString& i : incidents)
            ok = ok
                && sql(QStringLiteral("INSERT INTO case_incidents VALUES ('%1', '%2', '%3', 'ivy')")
                           .arg(QLatin1String(id), i, QLatin1String(created)));
        return ok;
    }
    bool media(const char* id, const char* kind, const char* parent, const char* caseId, const char* start,
               const char* end, const char* incidentId)
    {
        const QString file = QStringLiteral("%1.lpenc").arg(QLatin1String(id));
        QFile f(m_db->mediaDirectory() + u'/' + file);
        if (!QDir().mkpath(m_db->mediaDirectory()) || !f.open(QIODevice::WriteOnly) || f.write("encrypted") != 9)
            return false;
        bool ok = sql(
            QStringLiteral("INSERT INTO media (id, kind, parent_id, operation, case_id, sha256, plaintext_size, file, "
                           "file_size, recorded_start, recorded_end, created_at) VALUES ('%1', '%2', %3, %4, %5, "
                           "'%6', 9, '%7', 9, %8, %9, '2026-01-01T00:00:00.000Z')")
                .arg(QLatin1String(id), QLatin1String(kind),
                     parent ? QStringLiteral("'%1'").arg(QLatin1String(parent)) : QStringLiteral("NULL"),
                     parent ? QStringLiteral("'trim'") : QStringLiteral("NULL"),
                     caseId ? QStringLiteral("'%1'").arg(QLatin1String(caseId)) : QStringLiteral("NULL"),
                     QString(QLatin1String(id)).repeated(8).left(64), file,
                     start ? QStringLiteral("'%1'").arg(QLatin1String(start)) : QStringLiteral("NULL"),
                     end ? QStringLiteral("'%1'").arg(QLatin1String(end)) : QStringLiteral("NULL")));
        if (incidentId)
            ok = ok
                && sql(QStringLiteral("INSERT INTO incident_media VALUES ('%1', '%2')")
                           .arg(QLatin1String(incidentId), QLatin1String(id)));
        return ok;
    }

private:
    CaseDatabase* m_db;
};

} // namespace

#define CHECK(x)                                                                                                       \
    if (!(x))                                                                                                          \
    return false

bool buildKpiHistory(CaseDatabase& db)
{
    HistoryWriter w(db);
    // The hand-built history (January 2026: no daylight saving in either zone; Chicago UTC−6, Madrid UTC+1).
    for (const char* s : {"INSERT INTO stores (id, name, timezone, source_kind, location, created_at) VALUES "
                          "('store-a', 'A', 'America/Chicago', 'folder', '/a', '2025-01-01T00:00:00.000Z')",
                          "INSERT INTO stores (id, name, timezone, source_kind, location, created_at) VALUES "
                          "('store-b', 'B', 'Europe/Madrid', 'folder', '/b', '2025-01-01T00:00:00.000Z')"})
        CHECK(w.sql(QLatin1String(s)));
    CHECK(w.incident("a1", "store-a", "shoplifting", "pos_exception", "2026-01-05T16:00:00.000Z", "r1",
                     "[{\"build\":\"slim\"}]"));
    CHECK(w.incident("a2", "store-a", "shoplifting", "staff_report", "2026-01-20T18:00:00.000Z"));
    // 21:00 on 31 December in Chicago: outside January, but it makes a4 a repeat.
    CHECK(w.incident("a3", "store-a", "robbery", "panic_button", "2026-01-01T03:00:00.000Z"));
    CHECK(w.incident("a4", "store-a", "robbery", "panic_button", "2026-01-10T15:00:00.000Z"));
    // 00:30 on 1 February in Madrid: outside January.
    CHECK(w.incident("b1", "store-b", "assault", "staff_report", "2026-01-31T23:30:00.000Z"));
    CHECK(w.incident("b2", "store-b", "shoplifting", "analytics", "2026-01-31T22:30:00.000Z"));
    // 91 days before b2: not a repeat, even over 90 days.
    CHECK(w.incident("b3", "store-b", "shoplifting", "analytics", "2025-11-01T22:30:00.000Z"));

    CHECK(w.caseRow("c1", 1, "closed", "2026-01-05T17:00:00.000Z", "2026-01-25T16:00:00.000Z",
                    {QStringLiteral("a1"), QStringLiteral("a2")}));
    CHECK(w.caseRow("c2", 2, "open", "2026-01-10T17:00:00.000Z", nullptr, {QStringLiteral("a4")}));
    CHECK(w.caseRow("c3", 3, "closed", "2026-02-01T00:30:00.000Z", "2026-02-02T22:30:00.000Z", {QStringLiteral("b2")}));
    CHECK(w.caseRow("c4", 4, "open", "2026-02-01T01:30:00.000Z", nullptr, {QStringLiteral("b1")}));
    // c1 is complete: a clip covering a1, a POS link (a1 has a register), a signed statement, a suspect.
    CHECK(w.media("m1", "original", nullptr, nullptr, "2026-01-05T15:59:00.000Z", "2026-01-05T16:02:00.000Z", "a1"));
    CHECK(w.media("m3", "derivative", "m1", "c1", nullptr, nullptr, nullptr));
    CHECK(w.media("m2", "original", nullptr, nullptr, "2026-01-10T15:10:00.000Z", "2026-01-10T15:12:00.000Z", "a4"));
    CHECK(w.media("m4", "original", nullptr, nullptr, "2025-11-01T22:29:00.000Z", "2025-11-01T22:31:00.000Z", "b3"));
    CHECK(w.sql(QStringLiteral(
        "INSERT INTO evidence_files (id, kind, name, sha256, size, file, received_at) VALUES ('ef', 'pos_journal', "
        "'j', '00', 1, 'ef.lpenc', '2026-01-05T00:00:00.000Z')")));
    CHECK(w.sql(QStringLiteral(
        "INSERT INTO pos_imports (id, evidence_file_id, format, sha256, transactions, line_items, rejected, "
        "imported_at, imported_by) VALUES ('pi', 'ef', 'csv', '00', 5, 1, 0, '2026-01-05T00:00:00.000Z', 'ivy')")));
    // Linked POS, the loss in each store's currency: c1 a USD 49.99 refund and a USD 25.00 voided sale that c2 shares
    // (counted once in a total), c2 a no-sale too (no loss), c3 a EUR 30.50 refund written negative, c4 (February)
    // EUR 10.00. January: USD 74.99 over c1 (74.99) and c2 (25.00), median 50.00 (49.995 half to even); EUR 30.50.
    for (const char* t : {"'t1', 'store-a', 'r1', '17', '2026-01-05T15:59:30.000Z', 'USD', 4999, 'return', 0",
                          "'t2', 'store-a', 'r1', '18', '2026-01-05T16:01:00.000Z', 'USD', 2500, 'void', 1",
                          "'t3', 'store-a', 'r2', '40', '2026-01-10T15:01:00.000Z', 'USD', 0, 'no_sale', 0",
                          "'t4', 'store-b', 'r7', '9', '2026-01-31T22:31:00.000Z', 'EUR', -3050, 'return', 0",
                          "'t5', 'store-b', 'r7', '12', '2026-01-31T23:31:00.000Z', 'EUR', 1000, 'sale', 0"})
        CHECK(w.sql(QStringLiteral("INSERT INTO pos_transactions (id, store_id, register_id, sequence, begin_utc, "
                                   "currency, total, kind, voided, import_id, record_ref, business_day, begin_raw, "
                                   "type) VALUES (%1, 'pi', 'line', '2026-01-05', 'x', 'sale')")
                        .arg(QLatin1String(t))));
    for (const char* link : {"'c1', 't1', 'a1', 'window'", "'c1', 't2', 'a1', 'window'", "'c2', 't2', 'a4', 'manual'",
                             "'c2', 't3', 'a4', 'manual'", "'c3', 't4', 'b2', 'manual'", "'c4', 't5', 'b1', 'manual'"})
        CHECK(w.sql(QStringLiteral("INSERT INTO case_pos (case_id, transaction_id, incident_id, how, linked_at, "
                                   "linked_by) VALUES (%1, '2026-01-05T18:00:00.000Z', 'ivy')")
                        .arg(QLatin1String(link))));
    CHECK(w.sql(QStringLiteral(
        "INSERT INTO statements (id, case_id, version, author, author_role, taken_at, text, attestation, "
        "signed_off_at, signed_off_by, created_at, created_by) VALUES ('s1', 'c1', 1, 'Pat', 'staff', "
        "'2026-01-05T18:00:00.000Z', 'I saw it.', 'true', '2026-01-05T18:30:00.000Z', 'ivy', "
        "'2026-01-05T18:00:00.000Z', 'ivy')")));
    // Releases: c1 exported 24 h after a1 (legal decided after 12 h); c2 exported 36 h after a4 (decided after
    // 6 h, no clip covering nothing else → incomplete); c3 never released.
    for (const char* s :
         {"INSERT INTO releases (id, case_id, state, purpose, note, items_json, content_sha256, requested_by, "
          "requested_by_id, requested_at, decided_at, exported_at) VALUES ('r1', 'c1', 'exported', 'usb', 'n', "
          "'[]', '', 'ivy', 'ivy', '2026-01-06T00:00:00.000Z', '2026-01-06T04:00:00.000Z', "
          "'2026-01-06T16:00:00.000Z')",
          "INSERT INTO releases (id, case_id, state, purpose, note, items_json, content_sha256, requested_by, "
          "requested_by_id, requested_at, decided_at, exported_at) VALUES ('r2', 'c2', 'exported', 'usb', 'n', "
          "'[]', '', 'ivy', 'ivy', '2026-01-10T18:00:00.000Z', '2026-01-10T21:00:00.000Z', "
          "'2026-01-12T03:00:00.000Z')"})
        CHECK(w.sql(QLatin1String(s)));
    return true;
}

} // namespace lpdesk::test
