// POS journals and statements end to end on store-sim drops: the three journal formats import through a pull
// and line up with the simulated incidents; a refund-fraud incident links to its refund and nothing else; with a
// camera 73 s fast the seek lands on the right frame; hostile journals leave nothing behind and never read local
// files; statements are immutable once signed off and corrections are new versions, both in custody; the CLI
// surface (pos import/link/list, statement add/list/sign/correct, search) does the same through the same services;
// a document taken into an incident reads in the inbox as in the evidence library (type and original name too).
#include "TestSupport.h"

#include "cases/CaseService.h"
#include "cases/ExhibitImporter.h"
#include "cases/MediaLibrary.h"
#include "common/Time.h"
#include "custody/CustodyLog.h"
#include "custody/CustodyRecorder.h"
#include "db/UserDirectory.h"
#include "db/WorkstationKeys.h"
#include "inbox/IncidentInbox.h"
#include "media/VideoDecoder.h"
#include "pos/PosService.h"
#include "sim/StoreSimulator.h"
#include "statements/StatementService.h"
#include "store/PullService.h"
#include "store/StoreRegistry.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lpdesk;

class TestPosStatements : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CaseDatabase> m_db;
    QString m_path;
    QString m_dropDir;
    QStringList m_stores;
    static constexpr int ClipSeconds = 8;

    QMap<QString, QString> env(const QString& user = QStringLiteral("ivy")) const { return test::envAs(m_path, user); }

    qint64 count(const QString& sql) { return test::scalar(*m_db, sql); }

    QString file(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }

    // An incident of the given type at the store, with its detail.
    IncidentDetail incidentOfType(const QString& store, const QString& type)
    {
        IncidentFilter f;
        f.storeId = store;
        f.type = type;
        auto rows = IncidentInbox(*m_db).list(f, IncidentSort::Newest, 0, 10);
        if (!rows || rows->isEmpty())
            return {};
        return *IncidentInbox(*m_db).show(rows->first().id);
    }

    QList<qint64> footprint() { return test::posFootprint(*m_db); }

    void expectRefused(const QString& path, const QString& format, const QString& expectedWords)
    {
        const QList<qint64> before = footprint();
        auto r = PosService(*m_db).importFile(path, m_stores.first(), format);
        QVERIFY2(!r, qPrintable(path));
        QVERIFY2(r.errorMessage().contains(expectedWords, Qt::CaseInsensitive), qPrintable(r.errorMessage()));
        QCOMPARE(footprint(), before);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QDir().mkpath(m_dir.filePath(QStringLiteral("db")));
        auto admin = test::createDatabase(m_dir.filePath(QStringLiteral("db")));
        QVERIFY(admin);
        QVERIFY(UserDirectory(*admin).add(QStringLiteral("ivy"), Role::Investigator, test::secret("ivy-pass")));
        QVERIFY(UserDirectory(*admin).add(QStringLiteral("lena"), Role::Legal, test::secret("lena-pass")));
        SimulatorOptions o;
        o.outDir = m_dir.filePath(QStringLiteral("drop"));
        {
            QSqlDatabase c = admin->connection();
            o.recipientPublicKey = *WorkstationKeys::recipientPublicKey(c);
        }
        o.stores = 3; // POSLog, CSV and JSON journals
        o.incidentsPerStore = 8; // the first store gets fraud and return fraud
        o.clipSeconds = ClipSeconds;
        o.width = 320;
        o.height = 180;
        auto sim = StoreSimulator::run(o);
        QVERIFY(sim);
        m_stores = sim->storeIds;
        m_dropDir = o.outDir;
        for (const QString& id : m_stores) {
            StoreConnection sc;
            sc.kind = QStringLiteral("folder");
            sc.location = o.outDir + QLatin1Char('/') + id;
            QVERIFY(StoreRegistry(*admin).add(id, sc));
        }
        m_path = admin->path();
        admin.reset();
        auto opened = CaseDatabase::open(m_path, QStringLiteral("ivy"), test::secret("ivy-pass"));
        QVERIFY(opened);
        m_db = std::move(opened.value());
        auto summary = PullService(*m_db).pull({});
        QVERIFY(summary);
        QVERIFY2(summary->complete(), qPrintable(summary->posFailures.join(QLatin1Char('\n'))));
        QCOMPARE(summary->posImported, 3);
    }

    void threeFormatsImportWithTheirOrigins()
    {
        QSqlDatabase c = m_db->connection();
        QSqlQuery q(c);
        QVERIFY(q.exec(QStringLiteral(
            "SELECT p.format, p.transactions, p.rejected, p.sha256, e.sha256, e.name, p.store_id, p.id "
            "FROM pos_imports p JOIN evidence_files e ON e.id = p.evidence_file_id ORDER BY p.store_id")));
        QStringList formats;
        while (q.next()) {
            formats << q.value(0).toString();
            QCOMPARE(q.value(2).toInt(), 0);
            // The encrypted original is the store's file, byte for byte.
            const QString dropFile
                = m_dropDir + QLatin1Char('/') + q.value(6).toString() + QLatin1Char('/') + q.value(5).toString();
            QCOMPARE(q.value(3).toString(), test::sha256OfFile(dropFile));
            QCOMPARE(q.value(4).toString(), q.value(3).toString());
            // Count the journal's transactions independently of the importer.
            QFile f(dropFile);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray raw = f.readAll();
            int expected = 0;
            if (q.value(0).toString() == QLatin1String("poslog"))
                expected = static_cast<int>(raw.count("<Transaction>"));
            else if (q.value(0).toString() == QLatin1String("json"))
                expected = static_cast<int>(
                    QJsonDocument::fromJson(raw).object().value(QLatin1String("transactions")).toArray().size());
            else {
                QSet<QByteArray> keys; // one row per line item: register + sequence identify the transaction
                const QList<QByteArray> lines = raw.split('\n');
                const QList<QByteArray> header = lines.first().split(',');
                const auto reg = header.indexOf("register"), seq = header.indexOf("sequence");
                QVERIFY(reg >= 0 && seq >= 0);
                for (qsizetype i = 1; i < lines.size(); ++i)
                    if (!lines[i].isEmpty()) {
                        const QList<QByteArray> cells = lines[i].split(',');
                        keys.insert(cells[reg] + '/' + cells[seq]);
                    }
                expected = static_cast<int>(keys.size());
            }
            QVERIFY(expected > 100);
            QCOMPARE(q.value(1).toInt(), expected);
            // Every transaction says where in which import it came from.
            QSqlQuery r(c);
            r.prepare(QStringLiteral("SELECT COUNT(*) FROM pos_transactions WHERE import_id = ? AND record_ref != ''"));
            r.addBindValue(q.value(7));
            QVERIFY(r.exec() && r.next());
            QCOMPARE(r.value(0).toInt(), expected);
        }
        formats.sort();
        QCOMPARE(formats, (QStringList {QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("poslog")}));
        // Vendor extensions are kept (the simulator writes some into every format).
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM pos_transactions WHERE extensions_json != '{}'")) > 0);
        // The import is in the journal's custody chain.
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM custody_events WHERE event LIKE '%pos_imported%'")) == 3);
        // Importing the same journal again is refused, and nothing is duplicated.
        const QString first = m_dropDir + QLatin1Char('/') + m_stores.first() + QStringLiteral("/pos/");
        const QString journal = QDir(first).entryList(QDir::Files).first();
        expectRefused(first + journal, QStringLiteral("auto"), QStringLiteral("already imported"));
    }

    void refundFraudLinksToItsRefundAndNothingElse()
    {
        for (const QString& type : {QStringLiteral("return_fraud"), QStringLiteral("fraud")}) {
            const IncidentDetail inc = incidentOfType(m_stores.first(), type);
            QVERIFY2(!inc.row.id.isEmpty(), qPrintable(type));
            QCOMPARE(inc.posRefs.size(), 1);
            const QJsonObject ref = inc.posRefs.first().toObject();
            auto caseId = CaseService(*m_db).create(type + QStringLiteral(" case"), {inc.row.id});
            QVERIFY(caseId);
            auto linked = PosService(*m_db).link(*caseId); // the default ±120 s window
            QVERIFY2(linked, qPrintable(linked.errorMessage()));
            QCOMPARE(linked->size(), 1);
            const LinkedTransaction& t = linked->first();
            QCOMPARE(t.registerId, ref.value(QLatin1String("register")).toString());
            QCOMPARE(t.sequence, ref.value(QLatin1String("sequence")).toString());
            QCOMPARE(t.registerId, inc.registerId);
            if (type == QLatin1String("return_fraud"))
                QVERIFY2(t.exceptions.contains(QStringLiteral("refund_without_receipt"))
                             || t.exceptions.contains(QStringLiteral("return_other_day")),
                         qPrintable(t.exceptions.join(QLatin1Char(','))));
            else
                QVERIFY2(t.exceptions.contains(QStringLiteral("price_override"))
                             && t.exceptions.contains(QStringLiteral("manual_card_entry")),
                         qPrintable(t.exceptions.join(QLatin1Char(','))));
            // Linking again adds nothing; the link is in the case's custody chain.
            QCOMPARE(PosService(*m_db).link(*caseId)->size(), 0);
            QSqlDatabase c = m_db->connection();
            auto events = CustodyLog::events(c, CustodyLog::caseChain(*caseId));
            QVERIFY(events);
            int links = 0;
            for (const ChainEvent& e : *events)
                links += e.eventText.contains("\"pos_linked\"") ? 1 : 0;
            QCOMPARE(links, 1);
            // Manual unlink and link, also in custody.
            QVERIFY(PosService(*m_db).linkManually(*caseId, t.id, false));
            QCOMPARE(PosService(*m_db).linked(*caseId)->size(), 0);
            QVERIFY(PosService(*m_db).linkManually(*caseId, t.id, true));
            QCOMPARE(PosService(*m_db).linked(*caseId)->size(), 1);
            QVERIFY(!PosService(*m_db).linkManually(*caseId, QStringLiteral("no-such-tx"), true));
        }
    }

    void fastCameraSeekLandsOnTheTransactionFrame()
    {
        // The first store's POS incidents are at register 2 (register clock +2 s) under cam-reg2 (+73 s).
        const IncidentDetail inc = incidentOfType(m_stores.first(), QStringLiteral("return_fraud"));
        QCOMPARE(inc.camera, QStringLiteral("cam-reg2"));
        auto caseId = CaseService(*m_db).create(QStringLiteral("seek"), {inc.row.id});
        QVERIFY(caseId);
        QCOMPARE(PosService(*m_db).link(*caseId)->size(), 1);
        const LinkedTransaction t = PosService(*m_db).linked(*caseId)->first();
        // The register wrote its own clock; begin_utc is true time = detected − 2 s.
        QCOMPARE(parseRfc3339(t.beginUtc).toMSecsSinceEpoch(),
                 parseRfc3339(inc.row.detectedAt).toMSecsSinceEpoch() - 2000);
        QCOMPARE(parseRfc3339(t.beginRaw).toMSecsSinceEpoch(), parseRfc3339(t.beginUtc).toMSecsSinceEpoch() + 2000);
        const QList<PosSeek> seeks = PosService(*m_db).seeks(*caseId, t);
        QCOMPARE(seeks.size(), 1);
        // The clip covers detected ± 4 s in true time, so the refund is 2 s in. Without the 73 s correction the
        // transaction would fall outside the clip altogether.
        QVERIFY2(qAbs(seeks.first().seconds - (ClipSeconds / 2.0 - 2.0)) < 0.001,
                 qPrintable(QString::number(seeks.first().seconds)));
        MediaLibrary media(*m_db);
        auto row = media.get(seeks.first().mediaId);
        QVERIFY(row);
        QCOMPARE(media.cameraOffset(*row), 73.0);
        QCOMPARE(media.trueTime(*row, seeks.first().seconds).toMSecsSinceEpoch(),
                 parseRfc3339(t.beginUtc).toMSecsSinceEpoch());
        // Decoding at the seek lands on the frame whose presentation time is that moment.
        auto decoder = media.openForViewing(row->id, *caseId);
        QVERIFY(decoder);
        const int index = (*decoder)->frameIndexAt(seeks.first().seconds);
        QCOMPARE(index, qRound(seeks.first().seconds * row->fps));
        QVERIFY(qAbs((*decoder)->frames().at(index).seconds - seeks.first().seconds) < 0.5 / row->fps);
        auto image = (*decoder)->frameAt(index);
        QVERIFY(image && !image->isNull());
    }

    void hostileJournalsLeaveNothingBehind()
    {
        QFile passwd(QStringLiteral("/etc/passwd"));
        QVERIFY(passwd.exists());
        const QByteArray ns = "xmlns=\"http://www.nrf-arts.org/IXRetail/namespace/\"";
        const QByteArray tx
            = "<Transaction><RetailStoreID>S</RetailStoreID><WorkstationID>1</WorkstationID><SequenceNumber>1</"
              "SequenceNumber>"
              "<BusinessDayDate>2026-03-14</BusinessDayDate><BeginDateTime>2026-03-14T10:00:00Z</BeginDateTime>"
              "<RetailTransaction><Total "
              "TotalType=\"TransactionGrandAmount\">1.00</Total></RetailTransaction></Transaction>";
        // Broken XML: a clear error with the line, nothing imported (not even the transactions before it).
        expectRefused(
            file(QStringLiteral("broken.xml"),
                 "<?xml version=\"1.0\"?>\n<POSLog " + ns + ">\n" + tx + "\n" + tx + "\n<Transaction><Retail"),
            QStringLiteral("poslog"), QStringLiteral("line"));
        // Billion laughs.
        QByteArray laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE POSLog [\n<!ENTITY lol \"lol\">\n";
        for (int i = 1; i < 10; ++i)
            laughs += QStringLiteral("<!ENTITY lol%1 \"%2\">\n")
                          .arg(i)
                          .arg(QString(QStringLiteral("&lol%1;").arg(i == 1 ? QString() : QString::number(i - 1)))
                                   .repeated(10))
                          .toUtf8();
        laughs += "]>\n<POSLog " + ns + "><Transaction><OperatorID>&lol9;</OperatorID></Transaction></POSLog>\n";
        expectRefused(file(QStringLiteral("laughs.xml"), laughs), QStringLiteral("poslog"), QStringLiteral("DTD"));
        // External entity pointing at a local file: refused, and the file's content is nowhere in the database.
        const QByteArray xxe
            = "<?xml version=\"1.0\"?>\n<!DOCTYPE POSLog [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<POSLog " + ns
            + "><Transaction><RetailStoreID>S</RetailStoreID><OperatorID>&x;</OperatorID></Transaction></POSLog>\n";
        expectRefused(file(QStringLiteral("xxe.xml"), xxe), QStringLiteral("auto"), QStringLiteral("DTD"));
        // …and without a DTD an undeclared entity is refused too.
        expectRefused(file(QStringLiteral("entity.xml"),
                           "<?xml version=\"1.0\"?>\n<POSLog " + ns
                               + "><Transaction><OperatorID>&x;</OperatorID></Transaction></POSLog>"),
                      QStringLiteral("poslog"), QStringLiteral("entity"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM pos_transactions WHERE operator_id LIKE '%root:%' OR "
                                      "extensions_json LIKE '%root:%'")),
                 0);
        // Wrong encoding: Latin-1 bytes in a UTF-8 document, and a UTF-8 JSON journal with broken bytes.
        expectRefused(file(QStringLiteral("latin1.xml"),
                           "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<POSLog " + ns + ">" + tx
                               + "<Transaction><OperatorID>Jos\xe9</OperatorID></Transaction></POSLog>"),
                      QStringLiteral("poslog"), QStringLiteral("line"));
        expectRefused(
            file(QStringLiteral("bad.json"),
                 "{\"format\":\"lpdesk-pos-json\",\"store_id\":\"S\",\"transactions\":[{\"register\":\"1\xff\xfe\"}]}"),
            QStringLiteral("json"), QStringLiteral("UTF-8"));
        // CSV with the wrong columns: a clear error naming what is missing.
        expectRefused(file(QStringLiteral("wrong.csv"), "when,till,amount\n2026-03-14T10:00:00Z,1,2.00\n"),
                      QStringLiteral("csv"), QStringLiteral("column"));
        // 10^6 line items in one transaction: that record is rejected with where it is; the rest imports.
        {
            const QString path = m_dir.filePath(QStringLiteral("million.xml"));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("<?xml version=\"1.0\"?>\n<POSLog " + ns + ">\n" + tx + "\n");
            f.write("<Transaction><RetailStoreID>S</RetailStoreID><WorkstationID>1</WorkstationID><SequenceNumber>2</"
                    "SequenceNumber>"
                    "<BusinessDayDate>2026-03-14</BusinessDayDate><BeginDateTime>2026-03-14T10:01:00Z</"
                    "BeginDateTime><RetailTransaction>\n");
            const QByteArray item
                = "<LineItem><Sale><ItemID>1</ItemID><ExtendedAmount>0.01</ExtendedAmount></Sale></LineItem>\n";
            QByteArray block;
            for (int i = 0; i < 10000; ++i)
                block += item;
            for (int i = 0; i < 100; ++i)
                f.write(block);
            f.write("</RetailTransaction></Transaction>\n");
            f.write(QByteArray(tx).replace("<SequenceNumber>1<", "<SequenceNumber>3<") + "\n</POSLog>\n");
            f.close();
            auto r = PosService(*m_db).importFile(path, QStringLiteral("S"), QStringLiteral("poslog"));
            QVERIFY2(r, qPrintable(r.errorMessage()));
            QCOMPARE(r->transactions, 2);
            QCOMPARE(r->rejected, 1);
            QVERIFY2(r->rejects.first().reason.contains(QStringLiteral("10000")),
                     qPrintable(r->rejects.first().reason));
            QVERIFY2(r->rejects.first().where.contains(QStringLiteral("line 4")), qPrintable(r->rejects.first().where));
        }
        // A CSV with one bad row: that row is rejected with its line number, the others import.
        {
            const QString csv = QStringLiteral(
                "store_id,register,sequence,business_day,begin,end,operator,type,control,currency,total,kind,item_id,"
                "description,"
                "quantity,unit_price,regular_price,amount,void,tender_type,card_last4,entry_method,reason,link_"
                "register,"
                "link_sequence,link_business_day,loyalty_id\n"
                "S,1,10,2026-03-14,2026-03-14T11:00:00Z,,E1,retail,,USD,5.00,sale,A1,Tea,1,5.00,5.00,5.00,0,,,,,,,,\n"
                "S,1,11,2026-03-14,not-a-time,,E1,retail,,USD,5.00,sale,A1,Tea,1,5.00,5.00,5.00,0,,,,,,,,\n"
                "S,1,12,2026-03-14,2026-03-14T11:02:00Z,,E1,retail,,USD,5.00,sale,A1,Tea,1,5.00,5.00,5.00,0,,,,,,,,\n");
            auto r = PosService(*m_db).importFile(file(QStringLiteral("onebad.csv"), csv.toUtf8()), QStringLiteral("S"),
                                                  QStringLiteral("csv"));
            QVERIFY2(r, qPrintable(r.errorMessage()));
            QCOMPARE(r->transactions, 2);
            QCOMPARE(r->rejected, 1);
            QVERIFY2(r->rejects.first().where.contains(QStringLiteral("line 3")), qPrintable(r->rejects.first().where));
        }
    }

    void signedStatementsAreImmutableAndCorrectionsAreVersions()
    {
        auto caseId = CaseService(*m_db).create(QStringLiteral("statements"), {});
        QVERIFY(caseId);
        StatementService statements(*m_db);
        const QByteArray photo = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(5000, 'p');
        StatementDraft d;
        d.author = QStringLiteral("Dana Whitfield");
        d.role = QStringLiteral("staff");
        d.contact = QStringLiteral("+1 312 555 0100");
        d.text
            = QStringLiteral("I saw the customer hand the refund slip to the cashier at register 2 without a receipt.");
        d.attachFiles = {file(QStringLiteral("receipt-photo.png"), photo)};
        auto id = statements.add(*caseId, d);
        QVERIFY2(id, qPrintable(id.errorMessage()));
        // Drafts can change.
        d.text += QStringLiteral(" It was about 11:27.");
        d.attachFiles.clear();
        QVERIFY(statements.update(*id, d));
        QVERIFY(statements.signOff(*id));
        const Statement v1 = *statements.get(*id);
        QVERIFY(v1.signedOff());
        QCOMPARE(v1.attachments.size(), 1);
        QCOMPARE(v1.attachments.first().mediaType, QStringLiteral("image/png"));
        // Attachments are stored encrypted: the photo's bytes are nowhere in the media folder in the clear.
        QDirIterator it(m_db->mediaDirectory(), QDir::Files);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(!f.readAll().contains(QByteArray(64, 'p')));
        }
        QCOMPARE(*statements.attachment(v1.attachments.first().id), photo);

        // After sign-off: no edit, no second sign-off, no removal — and not even a hand-written UPDATE.
        auto edited = statements.update(*id, d);
        QVERIFY(!edited);
        QCOMPARE(edited.error().kind, ErrorKind::Permission);
        QVERIFY(!statements.signOff(*id));
        QVERIFY(!statements.removeDraft(*id));
        {
            QSqlDatabase c = m_db->connection();
            QSqlQuery q(c);
            QVERIFY(!q.exec(QStringLiteral("UPDATE statements SET text = 'rewritten' WHERE id = '%1'").arg(*id)));
            QVERIFY(!q.exec(QStringLiteral("DELETE FROM statement_attachments WHERE statement_id = '%1'").arg(*id)));
            QVERIFY(!q.exec(QStringLiteral("DELETE FROM statements WHERE id = '%1'").arg(*id)));
        }
        QCOMPARE(statements.get(*id)->text, v1.text);

        // A correction is a new version pointing to the old; both stay.
        StatementDraft fix = d;
        fix.text = v1.text + QStringLiteral(" Correction: it was register 1.");
        auto v2id = statements.correct(*id, fix);
        QVERIFY2(v2id, qPrintable(v2id.errorMessage()));
        QVERIFY(statements.signOff(*v2id));
        const Statement v2 = *statements.get(*v2id);
        QCOMPARE(v2.version, 2);
        QCOMPARE(v2.previousId, *id);
        QCOMPARE(v2.attachments.size(), 1); // carried over, same hash
        QCOMPARE(v2.attachments.first().sha256, v1.attachments.first().sha256);
        QCOMPARE(statements.get(*id)->supersededBy, *v2id);
        QVERIFY(!statements.correct(*id, fix)); // only the newest version can be corrected
        QCOMPARE(statements.list(*caseId)->size(), 2);
        QCOMPARE(statements.list(*caseId, true)->size(), 1);

        // Both versions are in custody, each with its content hash.
        QSqlDatabase c = m_db->connection();
        auto events = CustodyLog::events(c, CustodyLog::caseChain(*caseId));
        QVERIFY(events);
        QStringList signedHashes;
        for (const ChainEvent& e : *events) {
            const QJsonObject o = QJsonDocument::fromJson(e.eventText).object();
            if (o.value(QLatin1String("action")).toString() == QLatin1String("statement_signed"))
                signedHashes
                    << o.value(QLatin1String("details")).toObject().value(QLatin1String("content_sha256")).toString();
        }
        QCOMPARE(signedHashes, (QStringList {v1.contentSha256, v2.contentSha256}));
        QVERIFY(v1.contentSha256 != v2.contentSha256);
        QVERIFY(CustodyRecorder::verify(c, CustodyLog::caseChain(*caseId))->ok());
        // Custody carries hashes, not the witness's name or contact.
        for (const ChainEvent& e : *events)
            QVERIFY(!e.eventText.contains("Whitfield") && !e.eventText.contains("555 0100"));

        // Search finds the statement.
        auto hits = statements.search(QStringLiteral("refund slip"));
        QVERIFY(hits);
        QCOMPARE(hits->size(), 2);

        // Legal reads but does not write.
        auto legal = CaseDatabase::open(m_path, QStringLiteral("lena"), test::secret("lena-pass"));
        QVERIFY(legal);
        QCOMPARE(StatementService(**legal).list(*caseId)->size(), 2);
        auto refused = StatementService(**legal).add(*caseId, d);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Permission);
    }

    void anonymousAuthorsArePseudonymousWhenMasked()
    {
        auto caseId = CaseService(*m_db).create(QStringLiteral("anonymous"), {});
        StatementDraft d;
        d.author = QStringLiteral("Marco Ruiz");
        d.role = QStringLiteral("witness");
        d.contact = QStringLiteral("marco@example.org");
        d.anonymous = true;
        d.text = QStringLiteral("A second customer kept watch by the door.");
        auto a = StatementService(*m_db).add(*caseId, d);
        d.author = QStringLiteral("Jane Roe");
        auto b = StatementService(*m_db).add(*caseId, d);
        QVERIFY(a && b);
        const Statement sa = *StatementService(*m_db).get(*a);
        const Statement sb = *StatementService(*m_db).get(*b);
        QCOMPARE(sa.pseudonym, QStringLiteral("Witness A"));
        QCOMPARE(sb.pseudonym, QStringLiteral("Witness B"));
        const QByteArray masked = QJsonDocument(sa.toJson(true)).toJson();
        QVERIFY(!masked.contains("Marco") && !masked.contains("marco@example.org"));
        QVERIFY(masked.contains("Witness A"));
        QVERIFY(QJsonDocument(sa.toJson(false)).toJson().contains("Marco Ruiz"));
        QVERIFY(StatementService(*m_db).signOff(*a));
        d.author = QStringLiteral("Marco Ruiz");
        auto v2 = StatementService(*m_db).correct(*a, d);
        QVERIFY(v2);
        QCOMPARE(StatementService(*m_db).get(*v2)->pseudonym, QStringLiteral("Witness A")); // kept across versions
    }

    void cliSurface()
    {
        // pos list: the linked transaction with its position in the clip.
        const IncidentDetail inc = incidentOfType(m_stores.first(), QStringLiteral("return_fraud"));
        auto made = test::cli({QStringLiteral("case"), QStringLiteral("new"), QStringLiteral("--title"),
                               QStringLiteral("cli"), QStringLiteral("--incident"), inc.row.id},
                              env());
        QCOMPARE(made.exitCode, 0);
        const QString caseId = QString::fromUtf8(made.out).trimmed();
        auto link = test::cli({QStringLiteral("--json"), QStringLiteral("pos"), QStringLiteral("link"), caseId}, env());
        QVERIFY2(link.exitCode == 0, qPrintable(link.describe()));
        QCOMPARE(QJsonDocument::fromJson(link.out).array().size(), 1);
        auto list = test::cli({QStringLiteral("--json"), QStringLiteral("pos"), QStringLiteral("list"), caseId}, env());
        QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
        const QJsonArray rows = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(rows.size(), 1);
        const QJsonObject t = rows.first().toObject();
        QVERIFY(!t.value(QLatin1String("id")).toString().isEmpty());
        QVERIFY(t.value(QLatin1String("lines")).toArray().size() >= 2);
        const QJsonArray positions = t.value(QLatin1String("media_positions")).toArray();
        QCOMPARE(positions.size(), 1);
        QVERIFY(qAbs(positions.first()[QLatin1String("seconds")].toDouble() - (ClipSeconds / 2.0 - 2.0)) < 0.001);
        // Masking withholds card digits and loyalty ids.
        auto masked = test::cli(
            {QStringLiteral("--json"), QStringLiteral("pos"), QStringLiteral("list"), caseId, QStringLiteral("--mask")},
            env());
        QVERIFY(!masked.out.contains("\"card_last4\": \"1") && !masked.out.contains("loyalty_id\": \"L"));

        // pos import --json prints what it took.
        const QString csv = file(
            QStringLiteral("cli.csv"),
            "store_id,register,sequence,business_day,begin,end,operator,type,control,currency,total,kind,item_id,"
            "description,"
            "quantity,unit_price,regular_price,amount,void,tender_type,card_last4,entry_method,reason,link_register,"
            "link_sequence,link_business_day,loyalty_id\n"
            "T,1,10,2026-03-15,2026-03-15T11:00:00Z,,E1,retail,,USD,5.00,sale,A1,Tea,1,5.00,5.00,5.00,0,,,,,,,,\n");
        auto imported = test::cli({QStringLiteral("--json"), QStringLiteral("pos"), QStringLiteral("import"), csv,
                                   QStringLiteral("--store"), QStringLiteral("T")},
                                  env());
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
        const QJsonObject summary = QJsonDocument::fromJson(imported.out).object();
        QCOMPARE(summary.value(QLatin1String("transactions")).toInt(), 1);
        QCOMPARE(summary.value(QLatin1String("rejected")).toInt(), 0);
        QVERIFY(!summary.value(QLatin1String("id")).toString().isEmpty());
        auto again = test::cli(
            {QStringLiteral("pos"), QStringLiteral("import"), csv, QStringLiteral("--store"), QStringLiteral("T")},
            env());
        QCOMPARE(again.exitCode, 2);

        // statement add --sign, then an edit is refused (3) and a correction is a new version.
        const QString text
            = file(QStringLiteral("statement.txt"),
                   "The cashier processed the refund without a receipt; the customer left by the north door.");
        auto added = test::cli({QStringLiteral("statement"), QStringLiteral("add"), caseId, QStringLiteral("--author"),
                                QStringLiteral("Sam Okafor"), QStringLiteral("--role"), QStringLiteral("security"),
                                QStringLiteral("--text-file"), text, QStringLiteral("--sign")},
                               env());
        QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
        const QString sid = QString::fromUtf8(added.out).trimmed();
        auto edit = test::cli(
            {QStringLiteral("statement"), QStringLiteral("edit"), sid, QStringLiteral("--text-file"), text}, env());
        QCOMPARE(edit.exitCode, 3);
        auto corrected = test::cli({QStringLiteral("statement"), QStringLiteral("correct"), sid,
                                    QStringLiteral("--author"), QStringLiteral("Sam Okafor-Ng")},
                                   env());
        QVERIFY2(corrected.exitCode == 0, qPrintable(corrected.describe()));
        auto listed = test::cli({QStringLiteral("--json"), QStringLiteral("statement"), QStringLiteral("list"), caseId},
                                env(QStringLiteral("lena")));
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));
        const QJsonArray versions = QJsonDocument::fromJson(listed.out).array();
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions[1][QLatin1String("previous_id")].toString(), sid);
        QCOMPARE(versions[0][QLatin1String("signed_off")].toBool(), true);
        QCOMPARE(versions[1][QLatin1String("signed_off")].toBool(), false);
        auto legalAdd
            = test::cli({QStringLiteral("statement"), QStringLiteral("add"), caseId, QStringLiteral("--author"),
                         QStringLiteral("X"), QStringLiteral("--text-file"), text},
                        env(QStringLiteral("lena")));
        QCOMPARE(legalAdd.exitCode, 3);

        // search covers statements as well as incidents.
        auto search
            = test::cli({QStringLiteral("--json"), QStringLiteral("search"), QStringLiteral("north door")}, env());
        QVERIFY2(search.exitCode == 0, qPrintable(search.describe()));
        bool found = false;
        for (const QJsonValue& v : QJsonDocument::fromJson(search.out).array())
            found = found
                || (v[QLatin1String("kind")].toString() == QLatin1String("statement")
                    && v[QLatin1String("case_id")].toString() == caseId);
        QVERIFY(found);
    }

    // A document taken into an incident (not a case) is among the incident's media as the evidence library reads it,
    // its type and original name too: the inbox and the library read media rows through one mapping.
    void anIncidentsExhibitReadsAsInTheLibrary()
    {
        const QString incident = incidentOfType(m_stores.first(), QStringLiteral("fraud")).row.id;
        QVERIFY(!incident.isEmpty());
        ExhibitRequest request;
        request.incidentId = incident;
        request.source = QStringLiteral("store manager, by e-mail");
        auto imported
            = ExhibitImporter(*m_db).importFile(file(QStringLiteral("till.pdf"), "%PDF-1.4\n%%EOF\n"), request);
        QVERIFY2(imported && imported->size() == 1, qPrintable(imported.errorMessage()));
        auto shown = IncidentInbox(*m_db).show(incident);
        QVERIFY(shown);
        auto library = MediaLibrary(*m_db).get(imported->first().mediaId);
        QVERIFY(library);
        const auto item = std::find_if(shown->media.cbegin(), shown->media.cend(),
                                       [&](const MediaRow& m) { return m.id == library->id; });
        QVERIFY(item != shown->media.cend());
        QCOMPARE(QStringList({item->mediaType, item->originalName, item->sha256, item->file}),
                 QStringList({QStringLiteral("document"), QStringLiteral("till.pdf"), library->sha256, library->file}));
    }
};

QTEST_GUILESS_MAIN(TestPosStatements)
#include "TestPosStatements.moc"
