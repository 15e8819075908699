// A correction that fails part-way leaves nothing behind: the previous version's attachments are copied one by one,
// and when the query for a later one fails (forced at the StatementService::carryAttachment test hold point, which
// renames the attachments table inside the correction's own transaction) the copies already made are removed, no
// new statement row stays, and a second try succeeds.
#include "StoreSimCase.h"
#include "TestSupport.h"

#include "cases/CaseService.h"
#include "statements/StatementService.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lpdesk;

class TestStatementCorrectionFailure : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString file(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }

    static QStringList mediaFiles(const CaseDatabase& db)
    {
        return QDir(db.mediaDirectory()).entryList(QDir::Files, QDir::Name);
    }

private Q_SLOTS:
    void cleanup() { CaseDatabase::setTestHoldHandler({}); }

    void aFailedAttachmentQueryRemovesTheCopiesMade()
    {
        const QString path = test::createDatabaseWith(m_dir.filePath(QStringLiteral("db")),
                                                      {{QStringLiteral("ivy"), Role::Investigator}});
        QVERIFY(!path.isEmpty());
        std::unique_ptr<CaseDatabase> db = test::openAs(path, QStringLiteral("ivy"));
        QVERIFY(db);
        auto caseId = CaseService(*db).create(QStringLiteral("correction failure"), {});
        QVERIFY(caseId);

        StatementService statements(*db);
        StatementDraft d;
        d.author = QStringLiteral("Dana Whitfield");
        d.role = QStringLiteral("staff");
        d.text = QStringLiteral("The customer left by the side door at about 11:30.");
        d.attachFiles = {file(QStringLiteral("first.png"), QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(900, 'a')),
                         file(QStringLiteral("second.png"), QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(900, 'b'))};
        auto id = statements.add(*caseId, d);
        QVERIFY2(id, qPrintable(id.errorMessage()));
        QVERIFY(statements.signOff(*id));
        QCOMPARE(statements.get(*id)->attachments.size(), 2);
        const QStringList before = mediaFiles(*db);
        QCOMPARE(before.size(), 2);
        const qint64 rowsBefore = test::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM statements"));

        // The first attachment is copied; the query for the second fails.
        int reached = 0;
        CaseDatabase* dbp = db.get();
        CaseDatabase::setTestHoldHandler([&reached, dbp](const char* name) {
            if (QByteArray(name) != "StatementService::carryAttachment" || ++reached != 2)
                return;
            QSqlDatabase c = dbp->connection();
            QSqlQuery q(c);
            QVERIFY2(q.exec(QStringLiteral("ALTER TABLE statement_attachments RENAME TO statement_attachments_gone")),
                     qPrintable(q.lastError().text()));
        });
        StatementDraft fix = d;
        fix.attachFiles.clear();
        fix.text += QStringLiteral(" Correction: the front door.");
        auto failed = statements.correct(*id, fix);
        CaseDatabase::setTestHoldHandler({});
        QCOMPARE(reached, 2);
        QVERIFY(!failed);
        QCOMPARE(mediaFiles(*db), before); // no copy of the first attachment is left
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM statements")), rowsBefore);

        // The rename was rolled back with the correction; the same correction now goes through.
        auto v2 = statements.correct(*id, fix);
        QVERIFY2(v2, qPrintable(v2.errorMessage()));
        QCOMPARE(statements.get(*v2)->attachments.size(), 2);
        QCOMPARE(mediaFiles(*db).size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestStatementCorrectionFailure)
#include "TestStatementCorrectionFailure.moc"
