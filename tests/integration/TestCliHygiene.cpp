// What lpdesk-cli leaves behind in the system (issue 12): the files it writes are the user's alone although the
// calling shell's umask is 022 (the program sets 077 at start-up), and a passphrase given in LPDESK_PASSPHRASE is
// gone from the process environment once read — /proc/<pid>/environ of a `shell` waiting on its input holds neither
// the passphrase nor the variable.
#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace lpdesk;
using test::cli;

class TestCliHygiene : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    mode_t m_umask = 0;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QMap<QString, QString> env(const QString& user, const QString& pass) const
    {
        return {{QStringLiteral("LPDESK_USER"), user}, {QStringLiteral("LPDESK_PASSPHRASE"), pass}};
    }
    test::ProcessRun admin(const QStringList& args)
    {
        return cli(QStringList {QStringLiteral("--db"), m_db} + args,
                   env(QStringLiteral("admin"), QStringLiteral("admin pass")));
    }
    // Every file and folder under root that group or others may read, write or enter, with its mode.
    static QStringList openToOthers(const QString& root)
    {
        QStringList open;
        QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            struct stat st
            {
            };
            if (::lstat(QFile::encodeName(file).constData(), &st) == 0 && (st.st_mode & 077) != 0)
                open << QStringLiteral("%1 (%2)").arg(file).arg(st.st_mode & 0777, 3, 8, QLatin1Char('0'));
        }
        return open;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_umask = ::umask(022); // the children inherit it, as from a shell with the usual default
        m_db = path(QStringLiteral("work/cases.lpdb"));
        QVERIFY(QDir().mkpath(path(QStringLiteral("work"))));
        QVERIFY(QFile::setPermissions(path(QStringLiteral("work")),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                          | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
        const auto init = cli(
            {QStringLiteral("--db"), m_db, QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")},
            {{QStringLiteral("LPDESK_PASSPHRASE"), QStringLiteral("admin pass")}});
        QVERIFY2(init.exitCode == 0, qPrintable(init.describe()));
    }

    void cleanupTestCase() { ::umask(m_umask); }

    // The database, its key slots, anchors and media folder, a backup and what `key export-ca`, `audit export` and
    // `db anchor --export` write: mode 600 (folders 700), although the umask of the caller was 022.
    void filesAreTheUsersAlone()
    {
        const auto add = cli({QStringLiteral("--db"), m_db, QStringLiteral("user"), QStringLiteral("add"),
                              QStringLiteral("ivy"), QStringLiteral("--role"), QStringLiteral("investigator")},
                             {{QStringLiteral("LPDESK_USER"), QStringLiteral("admin")},
                              {QStringLiteral("LPDESK_PASSPHRASE"), QStringLiteral("admin pass")},
                              {QStringLiteral("LPDESK_NEW_PASSPHRASE"), QStringLiteral("ivy pass")}});
        QVERIFY2(add.exitCode == 0, qPrintable(add.describe()));
        const QString out = path(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(out));
        for (const QStringList& args :
             {QStringList {QStringLiteral("db"), QStringLiteral("backup"), out + QStringLiteral("/backup.lpdb")},
              QStringList {QStringLiteral("key"), QStringLiteral("export-ca"), out + QStringLiteral("/org-ca.pem")},
              QStringList {QStringLiteral("audit"), QStringLiteral("export"), out + QStringLiteral("/audit.pdf")},
              QStringList {QStringLiteral("db"), QStringLiteral("anchor"), QStringLiteral("--export"), out}}) {
            const auto r = admin(args);
            QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        }
        for (const QString& made : {m_db, m_db + QStringLiteral(".keys"), m_db + QStringLiteral(".anchors"),
                                    out + QStringLiteral("/backup.lpdb"), out + QStringLiteral("/org-ca.pem"),
                                    out + QStringLiteral("/audit.pdf")})
            QVERIFY2(QFile::exists(made), qPrintable(made));
        const QStringList open = openToOthers(path(QStringLiteral("work"))) + openToOthers(out + QStringLiteral("/"));
        // The folders this test made itself (with the umask 022) are not LP Desk's: only what is inside them counts.
        QVERIFY2(open.isEmpty(), qPrintable(open.join(QLatin1Char('\n'))));
    }

    // A `shell` unlocked from LPDESK_PASSPHRASE and waiting for its next line: its environment block (what
    // /proc/<pid>/environ shows, and what a child would inherit) no longer holds the passphrase or the variable.
    void passphraseLeavesTheEnvironment()
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("LPDESK_USER"), QStringLiteral("admin"));
        e.insert(QStringLiteral("LPDESK_PASSPHRASE"), QStringLiteral("admin pass"));
        e.insert(QStringLiteral("LPDESK_KDF_MS"), QStringLiteral("10"));
        p.setProcessEnvironment(e);
        p.start(test::cliPath(), {QStringLiteral("--db"), m_db, QStringLiteral("--json"), QStringLiteral("shell")});
        QVERIFY(p.waitForStarted());
        p.write("whoami\n");
        QByteArray said;
        while (!said.contains('\n') && p.waitForReadyRead(60000))
            said += p.readAllStandardOutput();
        QVERIFY2(said.contains("admin"), said.constData());
        QFile environ(QStringLiteral("/proc/%1/environ").arg(p.processId()));
        QVERIFY(environ.open(QIODevice::ReadOnly));
        const QByteArray block = environ.readAll();
        QVERIFY2(block.contains("LPDESK_USER=admin"), "the environment block was read");
        QVERIFY2(!block.contains("admin pass"), "the passphrase is still in the environment");
        QVERIFY2(!block.contains("LPDESK_PASSPHRASE"), "the variable is still in the environment");
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliHygiene)
#include "TestCliHygiene.moc"
