// Database engine benchmark: 100k inserts in one transaction, 20k primary-key lookups, 2k indexed range queries.
// Built twice from this file: against SQLCipher (keyed with a raw 256-bit key, the settings LP Desk uses) and
// against Debian's plain SQLite. run_bench_db.py runs both in the same session and prints the ratio.
#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>

namespace {

double seconds(std::chrono::steady_clock::time_point a, std::chrono::steady_clock::time_point b)
{
    return std::chrono::duration<double>(b - a).count();
}

void check(int rc, sqlite3* db, const char* what)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
        std::fprintf(stderr, "%s: %s\n", what, sqlite3_errmsg(db));
        std::exit(1);
    }
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s DBFILE [ROWS]\n", argv[0]);
        return 2;
    }
    const int rows = argc > 2 ? std::atoi(argv[2]) : 100000;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        std::remove((std::string(argv[1]) + suffix).c_str());
    sqlite3* db = nullptr;
    check(sqlite3_open(argv[1], &db), db, "open");
#ifdef LPDESK_BENCH_SQLCIPHER
    const char* key = "x'2DD29CA851E7B56E4697B0E1F08507293D761A05CE4D1B628663F411A8086D99'";
    check(sqlite3_key(db, key, static_cast<int>(std::strlen(key))), db, "key");
    // The same page size LP Desk uses (SqlCipherDriver).
    check(sqlite3_exec(db, "PRAGMA cipher_page_size = 4096;", nullptr, nullptr, nullptr), db, "page size");
    const char* engine = "sqlcipher";
#else
    const char* engine = "sqlite";
#endif
    check(sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;", nullptr, nullptr, nullptr), db,
          "pragma");
    check(sqlite3_exec(db,
                       "CREATE TABLE incidents (id TEXT PRIMARY KEY, store_id TEXT, type TEXT, severity INTEGER, "
                       "detected_at TEXT, narrative TEXT);"
                       "CREATE INDEX incidents_store_time ON incidents (store_id, detected_at);",
                       nullptr, nullptr, nullptr),
          db, "schema");
    std::mt19937 rng(42);
    auto t0 = std::chrono::steady_clock::now();
    check(sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr), db, "begin");
    sqlite3_stmt* ins = nullptr;
    check(sqlite3_prepare_v2(db, "INSERT INTO incidents VALUES (?, ?, ?, ?, ?, ?)", -1, &ins, nullptr), db, "prep");
    char id[64], store[32], when[40];
    const std::string narrative(300, 'n');
    for (int i = 0; i < rows; ++i) {
        std::snprintf(id, sizeof id, "inc-%08d-%08x", i, static_cast<unsigned>(rng()));
        std::snprintf(store, sizeof store, "store-%03u", static_cast<unsigned>(rng() % 60));
        std::snprintf(when, sizeof when, "2026-%02u-%02uT%02u:%02u:00Z", 1 + static_cast<unsigned>(rng() % 12),
                      1 + static_cast<unsigned>(rng() % 28), static_cast<unsigned>(rng() % 24),
                      static_cast<unsigned>(rng() % 60));
        sqlite3_bind_text(ins, 1, id, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(ins, 2, store, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(ins, 3, "shoplifting", -1, SQLITE_STATIC);
        sqlite3_bind_int(ins, 4, 1 + static_cast<int>(rng() % 5));
        sqlite3_bind_text(ins, 5, when, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(ins, 6, narrative.c_str(), static_cast<int>(narrative.size()), SQLITE_STATIC);
        check(sqlite3_step(ins), db, "insert");
        sqlite3_reset(ins);
    }
    sqlite3_finalize(ins);
    check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db, "commit");
    auto t1 = std::chrono::steady_clock::now();

    // Indexed access: 20k primary-key lookups and 2k one-day range queries on (store_id, detected_at).
    sqlite3_stmt* byId = nullptr;
    check(
        sqlite3_prepare_v2(db, "SELECT severity FROM incidents WHERE id >= ? ORDER BY id LIMIT 1", -1, &byId, nullptr),
        db, "prep id");
    long long found = 0;
    std::mt19937 rng2(7);
    for (int i = 0; i < 20000; ++i) {
        std::snprintf(id, sizeof id, "inc-%08d-", static_cast<int>(rng2() % static_cast<unsigned>(rows)));
        sqlite3_bind_text(byId, 1, id, -1, SQLITE_TRANSIENT);
        if (sqlite3_step(byId) == SQLITE_ROW)
            found += 1;
        sqlite3_reset(byId);
    }
    sqlite3_finalize(byId);
    sqlite3_stmt* q = nullptr;
    check(sqlite3_prepare_v2(db,
                             "SELECT count(*), max(severity) FROM incidents WHERE store_id = ? AND detected_at "
                             "BETWEEN ? AND ?",
                             -1, &q, nullptr),
          db, "prep query");
    for (int i = 0; i < 2000; ++i) {
        std::snprintf(store, sizeof store, "store-%03u", static_cast<unsigned>(rng2() % 60));
        const unsigned month = 1 + static_cast<unsigned>(rng2() % 12), day = 1 + static_cast<unsigned>(rng2() % 28);
        char from[40], to[40];
        std::snprintf(from, sizeof from, "2026-%02u-%02uT00:00:00Z", month, day);
        std::snprintf(to, sizeof to, "2026-%02u-%02uT23:59:59Z", month, day);
        sqlite3_bind_text(q, 1, store, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(q, 2, from, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(q, 3, to, -1, SQLITE_TRANSIENT);
        if (sqlite3_step(q) == SQLITE_ROW)
            found += sqlite3_column_int64(q, 0);
        sqlite3_reset(q);
    }
    sqlite3_finalize(q);
    auto t2 = std::chrono::steady_clock::now();
    sqlite3_close(db);
    std::printf("{\"engine\":\"%s\",\"rows\":%d,\"insert_s\":%.4f,\"query_s\":%.4f,\"found\":%lld}\n", engine, rows,
                seconds(t0, t1), seconds(t1, t2), found);
    return 0;
}
