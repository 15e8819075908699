// ChainAnchors: the append-only anchor file beside the database ("<database>.anchors"). Each line is one anchor:
// the heads (seq + hash) of the audit chain and of every custody chain, signed (CMS) by the acting person's own
// key and time-stamped by the configured RFC 3161 authority, hash-linked to the line before it. Written at every
// release export and submission (and the package carries it), at least daily (on unlock) and by `db anchor`.
// `db check` proves every chain still extends every anchored head: truncation and rewrite are named (exit 4), as
// are a missing file, a broken link, a gap and cut-off last lines. Someone holding the database key can rewrite
// rows and re-hash a chain, but not make the new heads match what was anchored (and time-stamped) before, nor append
// events dated before a time-stamped anchor of their chain.
#pragma once

#include <QCoreApplication>

#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <atomic>

namespace lpdesk {

class CaseDatabase;
struct DatabaseCheck;

struct Anchor
{
    int number = 0; // line number, from 1
    QString at; // RFC 3339, UTC
    QByteArray body; // canonical JSON: what the signature and the time-stamp cover (anchor.json in a package)
    QByteArray signature; // CMS detached signature by the acting person (DER)
    QByteArray token; // RFC 3161 TimeStampResp over body (DER); empty without a TSA
    QString note; // why there is no token, when there is none
    qint64 auditSeq = 0;
    int custodyChains = 0;
};

class ChainAnchors
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::ChainAnchors)

public:
    static constexpr qint64 DailySeconds = 24 * 60 * 60;
    static constexpr qint64 MaxFileBytes = 256LL * 1024 * 1024;

    static QString pathFor(const QString& databasePath) { return databasePath + QStringLiteral(".anchors"); }

    explicit ChainAnchors(CaseDatabase& db) : m_db(db) { }

    // Appends an anchor now. reason: "release", "submission", "daily", "manual", "created". With a TSA configured
    // the token is required (the call fails without one) unless tokenOptional, when the line records why not.
    Result<Anchor> write(const QString& reason, bool tokenOptional = false, const std::atomic_bool* cancel = nullptr);
    // Writes a "daily" anchor when the last one is older than 24 h (or there is none). Returns whether it wrote.
    Result<bool> writeIfStale();
    // For `db check`: the file exists, every line links to the one before, is numbered without a gap, is signed
    // by a certificate of the organisation CA, its token (if any) verifies and was made when the line says, and
    // every anchored head is still in its chain with the same hash.
    void verify(QSqlDatabase& db, DatabaseCheck& report);

private:
    struct FileCheck;
    // The steps of verify(): each line, its time-stamp, the heads it anchors, the last anchor the database and the
    // audit log record, and every anchored head still in its chain.
    void verifyLine(FileCheck& check, int lineNo, const QByteArray& raw);
    void verifyTimeStamp(FileCheck& check, int n, const QJsonObject& line, const QByteArray& canonicalBody);
    void anchorHead(FileCheck& check, int n, const QString& chain, qint64 seq, const QString& hash);
    void verifyLastWritten(QSqlDatabase& db, const FileCheck& check);
    void verifyAnchoredHeads(QSqlDatabase& db, const FileCheck& check);
    // No event after an anchored head claims a time before that anchor's time-stamp (stamps: anchor number -> the
    // TSA's time, for tokens that verify): an event written later and back-dated is named (ChainAnchorsTimes.cpp).
    static void verifyNothingBackdated(QSqlDatabase& db, DatabaseCheck& report, const QString& fileName,
                                       const QMap<QString, QMap<qint64, std::pair<QString, int>>>& anchored,
                                       const QHash<int, QDateTime>& stamps);
    CaseDatabase& m_db;
};

} // namespace lpdesk
