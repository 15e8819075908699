// `lpdesk-cli shell`: one unlock for a script of commands, one JSON line per command, each command's own exit code,
// quoting, refusals, and the idle timeout that locks the database.
#include "TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace lpdesk;
using test::cli;

class TestCliShell : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    QMap<QString, QString> env(const QString& user, const QString& pass) const
    {
        return {{QStringLiteral("LPDESK_USER"), user}, {QStringLiteral("LPDESK_PASSPHRASE"), pass}};
    }
    test::ProcessRun admin(const QStringList& args)
    {
        return cli(QStringList {QStringLiteral("--db"), m_db} + args,
                   env(QStringLiteral("admin"), QStringLiteral("admin pass")));
    }
    test::ProcessRun shell(const QString& user, const QString& pass, const QByteArray& script,
                           const QStringList& extra = {})
    {
        return cli(QStringList {QStringLiteral("--db"), m_db, QStringLiteral("--json"), QStringLiteral("shell")}
                       + extra,
                   env(user, pass), script);
    }
    static QList<QJsonObject> lines(const QByteArray& out)
    {
        QList<QJsonObject> result;
        for (const QByteArray& l : out.split('\n')) {
            if (l.trimmed().isEmpty())
                continue;
            QJsonParseError e {};
            const QJsonDocument d = QJsonDocument::fromJson(l, &e);
            if (e.error != QJsonParseError::NoError || !d.isObject())
                qWarning("not one JSON object per line: %s", l.constData());
            result << d.object();
        }
        return result;
    }
    int logins()
    {
        const auto r = admin({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("show")});
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.describe()));
        int n = 0;
        for (const QJsonValue v : QJsonDocument::fromJson(r.out).array())
            if (v.toObject().value(QLatin1String("action")).toString() == QLatin1String("login"))
                ++n;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("cases.lpdb"));
        const auto init = cli(
            {QStringLiteral("--db"), m_db, QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")},
            {{QStringLiteral("LPDESK_PASSPHRASE"), QStringLiteral("admin pass")}});
        QVERIFY2(init.exitCode == 0, qPrintable(init.describe()));
        const auto add = cli({QStringLiteral("--db"), m_db, QStringLiteral("user"), QStringLiteral("add"),
                              QStringLiteral("ivy"), QStringLiteral("--role"), QStringLiteral("investigator")},
                             {{QStringLiteral("LPDESK_USER"), QStringLiteral("admin")},
                              {QStringLiteral("LPDESK_PASSPHRASE"), QStringLiteral("admin pass")},
                              {QStringLiteral("LPDESK_NEW_PASSPHRASE"), QStringLiteral("ivy pass")}});
        QVERIFY2(add.exitCode == 0, qPrintable(add.describe()));
    }

    // 50 commands, one unlock: the audit log gains exactly one login, and every line has its own result.
    void fiftyCommandsUnlockOnce()
    {
        const int before = logins();
        QByteArray script = "# a script of an investigator's morning\n\n";
        for (int i = 0; i < 24; ++i)
            script += QByteArray("case new --title \"Shell case ") + QByteArray::number(i) + " (two words)\"\n";
        for (int i = 0; i < 24; ++i)
            script += "whoami\n";
        script += "user add mallory --role admin\n"; // an investigator may not: exit 3, the shell goes on
        script += "case list\n";
        const auto r = shell(QStringLiteral("ivy"), QStringLiteral("ivy pass"), script);
        const QList<QJsonObject> out = lines(r.out);
        QCOMPARE(out.size(), 50);
        QCOMPARE(r.exitCode, 3); // the last failure
        for (int i = 0; i < 24; ++i) {
            QCOMPARE(out[i].value(QLatin1String("exit")).toInt(), 0);
            QVERIFY(!out[i].value(QLatin1String("result")).toObject().value(QLatin1String("id")).toString().isEmpty());
        }
        for (int i = 24; i < 48; ++i) {
            QCOMPARE(out[i].value(QLatin1String("exit")).toInt(), 0);
            QVERIFY2(QJsonDocument(out[i]).toJson().contains("ivy"), QJsonDocument(out[i]).toJson().constData());
        }
        QCOMPARE(out[48].value(QLatin1String("exit")).toInt(), 3);
        QVERIFY(!out[48].value(QLatin1String("errors")).toArray().isEmpty());
        QCOMPARE(out[49].value(QLatin1String("exit")).toInt(), 0);
        const QJsonArray cases = out[49].value(QLatin1String("result")).toArray();
        QCOMPARE(cases.size(), 24);
        QVERIFY2(QJsonDocument(cases).toJson().contains("Shell case 7 (two words)"), "quoted title kept whole");
        QCOMPARE(out[0].value(QLatin1String("line")).toInt(), 3); // comment and blank line are not commands
        QCOMPARE(logins(), before + 2); // the shell's one unlock, plus the admin's own `audit show` just now
    }

    void eachLineKeepsItsExitCode()
    {
        const QByteArray script = "whoami\n"
                                  "no-such-command\n"
                                  "case new --title 'unterminated\n"
                                  "whoami --db /tmp/other.lpdb\n"
                                  "shell\n"
                                  "case show LPD-0000-9999\n"
                                  "whoami\n";
        const auto r = shell(QStringLiteral("ivy"), QStringLiteral("ivy pass"), script);
        const QList<QJsonObject> out = lines(r.out);
        QCOMPARE(out.size(), 7);
        const QList<int> expected {0, 2, 2, 2, 2, 1, 0};
        for (int i = 0; i < expected.size(); ++i)
            QVERIFY2(out[i].value(QLatin1String("exit")).toInt() == expected[i],
                     QJsonDocument(out[i]).toJson().constData());
        QCOMPARE(r.exitCode, 1); // the last failure
        QVERIFY(QJsonDocument(out[3]).toJson().contains("set once"));

        // --stop-on-error ends at the first failure with its code.
        const auto stopped
            = shell(QStringLiteral("ivy"), QStringLiteral("ivy pass"), script, {QStringLiteral("--stop-on-error")});
        QCOMPARE(lines(stopped.out).size(), 2);
        QCOMPARE(stopped.exitCode, 2);
    }

    // A command that writes a PDF runs inside the shell as it runs alone (the shell's process has the
    // QGuiApplication that Qt's text layout needs): `audit export` writes a PDF that poppler reads, with its pages.
    void pdfCommandRunsInTheShell()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("shell audit.pdf"));
        const QByteArray script = "whoami\naudit export '" + pdf.toUtf8() + "'\nwhoami\n";
        const auto r = shell(QStringLiteral("admin"), QStringLiteral("admin pass"), script);
        const QList<QJsonObject> out = lines(r.out);
        QCOMPARE(out.size(), 3);
        QVERIFY2(out[1].value(QLatin1String("exit")).toInt() == 0, QJsonDocument(out[1]).toJson().constData());
        QCOMPARE(r.exitCode, 0);
        QFile f(pdf);
        QVERIFY2(f.open(QIODevice::ReadOnly), "no PDF was written");
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        const test::ProcessRun info = test::run(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY2(info.exitCode == 0, qPrintable(info.describe()));
        QVERIFY2(info.out.contains("Pages:"), info.out.constData());
        const QString text = test::pdfText(pdf);
        QVERIFY2(text.contains(QLatin1String("Audit log")) && text.contains(QLatin1String("admin signed in")),
                 qPrintable(text));
    }

    void wrongPassphraseRefusesEveryCommand()
    {
        const auto r = shell(QStringLiteral("ivy"), QStringLiteral("wrong"), "whoami\ncase list\n");
        const QList<QJsonObject> out = lines(r.out);
        QCOMPARE(out.size(), 2);
        QCOMPARE(out[0].value(QLatin1String("exit")).toInt(), 3);
        QCOMPARE(out[1].value(QLatin1String("exit")).toInt(), 3);
        QCOMPARE(r.exitCode, 3);
    }

    // Text mode: plain output, no JSON framing; commands from a file.
    void textModeAndScriptFile()
    {
        const QString file = m_dir.filePath(QStringLiteral("script.txt"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("whoami\nwhoami\n");
        f.close();
        const auto r = cli({QStringLiteral("--db"), m_db, QStringLiteral("shell"), QStringLiteral("--file"), file},
                           env(QStringLiteral("ivy"), QStringLiteral("ivy pass")));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count("ivy"), 2);
        QVERIFY(!r.out.contains('{'));
        const auto missing = cli({QStringLiteral("--db"), m_db, QStringLiteral("shell"), QStringLiteral("--file"),
                                  m_dir.filePath(QStringLiteral("nope.txt"))},
                                 env(QStringLiteral("ivy"), QStringLiteral("ivy pass")));
        QCOMPARE(missing.exitCode, 1);
    }

    // No line for --idle-timeout seconds: the database is closed and the shell ends with exit 3, although its input
    // is still open.
    void idleTimeoutLocks()
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("LPDESK_USER"), QStringLiteral("ivy"));
        e.insert(QStringLiteral("LPDESK_PASSPHRASE"), QStringLiteral("ivy pass"));
        p.setProcessEnvironment(e);
        p.start(test::cliPath(),
                {QStringLiteral("--db"), m_db, QStringLiteral("--json"), QStringLiteral("shell"),
                 QStringLiteral("--idle-timeout"), QStringLiteral("1")});
        QVERIFY(p.waitForStarted());
        p.write("whoami\n");
        QVERIFY2(p.waitForFinished(60000), "the shell did not end on its idle timeout");
        QCOMPARE(p.exitCode(), 3);
        const QByteArray out = p.readAllStandardOutput();
        QCOMPARE(lines(out).size(), 1);
        QVERIFY(p.readAllStandardError().contains("locked"));
        p.close();
        // Audited as the GUI's idle lock is: one session_locked by ivy, reason idle.
        const auto audit = admin({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("show")});
        QCOMPARE(audit.exitCode, 0);
        int idleLocks = 0;
        for (const QJsonValue& v : QJsonDocument::fromJson(audit.out).array()) {
            const QJsonObject o = v.toObject();
            if (o.value(QLatin1String("action")).toString() == QLatin1String("session_locked")
                && o.value(QLatin1String("actor")).toString() == QLatin1String("ivy")
                && o.value(QLatin1String("details")).toObject().value(QLatin1String("reason")).toString()
                    == QLatin1String("idle"))
                ++idleLocks;
        }
        QCOMPARE(idleLocks, 1);

        // The organisation's limit bounds the shell as it bounds the GUI: --idle-timeout 0 ("never") becomes 60 s
        // under a 1-minute limit, and the shell says so once the database is unlocked.
        QCOMPARE(admin({QStringLiteral("settings"), QStringLiteral("idle-lock"), QStringLiteral("1")}).exitCode, 0);
        QProcess bounded;
        bounded.setProcessEnvironment(e);
        bounded.start(test::cliPath(),
                      {QStringLiteral("--db"), m_db, QStringLiteral("shell"), QStringLiteral("--idle-timeout"),
                       QStringLiteral("0")});
        QVERIFY(bounded.waitForStarted());
        bounded.write("whoami\n");
        QByteArray said;
        for (int i = 0; i < 300 && !said.contains("locks an idle session after 60 s"); ++i) {
            bounded.waitForReadyRead(100);
            said += bounded.readAllStandardError();
        }
        QVERIFY2(said.contains("locks an idle session after 60 s"), said.constData());
        bounded.kill();
        bounded.waitForFinished();
        QCOMPARE(admin({QStringLiteral("settings"), QStringLiteral("idle-lock"), QStringLiteral("15")}).exitCode, 0);

        const auto bad = shell(QStringLiteral("ivy"), QStringLiteral("ivy pass"), "whoami\n",
                               {QStringLiteral("--idle-timeout"), QStringLiteral("soon")});
        QCOMPARE(bad.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliShell)
#include "TestCliShell.moc"
