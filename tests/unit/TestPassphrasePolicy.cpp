// The passphrase policy (NIST SP 800-63B): each rule refuses what it should and names itself, a good passphrase
// passes, and an administrator's higher minimum applies to adding users and changing a passphrase.
#include "TestSupport.h"

#include "custody/ChainReader.h"
#include "db/PassphrasePolicy.h"
#include "db/UserDirectory.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace lpdesk;

Q_DECLARE_METATYPE(lpdesk::PassphraseProblem)

class TestPassphrasePolicy : public QObject
{
    Q_OBJECT

    static QStringList ivyAtAcme()
    {
        return PassphrasePolicy::contextWords(QStringLiteral("ivy"), QStringLiteral("Acme Retail Co"));
    }

private Q_SLOTS:
    void theListIsCompiledIn()
    {
        // Openwall's password.lst has 3,546 entries; a missing resource would silently accept "password1".
        QVERIFY2(PassphrasePolicy::commonListSize() > 3000,
                 qPrintable(QString::number(PassphrasePolicy::commonListSize())));
    }

    void rules_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<PassphraseProblem>("problem");
        QTest::newRow("empty") << QString() << PassphraseProblem::TooShort;
        QTest::newRow("too short") << QStringLiteral("abc") << PassphraseProblem::TooShort;
        QTest::newRow("seven") << QStringLiteral("Tr0ub4d") << PassphraseProblem::TooShort;
        // Counted in characters, not bytes: eight accented letters are eight.
        QTest::newRow("eight accented") << QStringLiteral("éàüñçøåß") << PassphraseProblem::None;
        QTest::newRow("too long") << QString(257, QLatin1Char('x')).replace(0, 3, QStringLiteral("abc"))
                                  << PassphraseProblem::TooLong;
        QTest::newRow("zero-width space")
            << QStringLiteral("copper\u200Bkettle at dawn") << PassphraseProblem::Invisible;
        QTest::newRow("direction mark") << QStringLiteral("\u200Fcopper kettle at dawn")
                                        << PassphraseProblem::Invisible;
        QTest::newRow("byte order mark") << QStringLiteral("\uFEFFcopper kettle at dawn")
                                         << PassphraseProblem::Invisible;
        QTest::newRow("tab") << QStringLiteral("copper\tkettle at dawn") << PassphraseProblem::Invisible;
        QTest::newRow("escape") << QStringLiteral("copper kettle\u001B[A") << PassphraseProblem::Invisible;
        // Counted as the slot derives it (NFC): seven letters typed with combining accents are seven, not nine.
        QTest::newRow("decomposed seven") << QStringLiteral("a\u0301bcde\u0301fg") << PassphraseProblem::TooShort;
        // Combining accents are visible letters: allowed.
        QTest::newRow("decomposed accents")
            << QStringLiteral("cafe\u0301 cre\u0300me bru\u0302le\u0301e") << PassphraseProblem::None;
        QTest::newRow("common") << QStringLiteral("password") << PassphraseProblem::Common;
        QTest::newRow("common upper case") << QStringLiteral("PASSWORD") << PassphraseProblem::Common;
        QTest::newRow("common with digits") << QStringLiteral("Password123!") << PassphraseProblem::Common;
        QTest::newRow("common look-alikes") << QStringLiteral("p@ssw0rd") << PassphraseProblem::Common;
        QTest::newRow("look-alikes then padding") << QStringLiteral("P@ssw0rd1") << PassphraseProblem::Common;
        QTest::newRow("look-alikes then digits") << QStringLiteral("M0nkey123") << PassphraseProblem::Common;
        QTest::newRow("common sunshine") << QStringLiteral("sunshine") << PassphraseProblem::Common;
        QTest::newRow("user name with digits") << QStringLiteral("ivy12345") << PassphraseProblem::Personal;
        QTest::newRow("user name dressed") << QStringLiteral("Ivy-2024!!") << PassphraseProblem::Personal;
        QTest::newRow("product name") << QStringLiteral("LPDesk2026") << PassphraseProblem::Personal;
        QTest::newRow("product name spaced") << QStringLiteral("lp desk 99") << PassphraseProblem::Personal;
        QTest::newRow("organisation") << QStringLiteral("AcmeRetail1") << PassphraseProblem::Personal;
        QTest::newRow("organisation word") << QStringLiteral("retail#2026") << PassphraseProblem::Personal;
        QTest::newRow("repetition") << QStringLiteral("aaaaaaaaaa") << PassphraseProblem::Repetitive;
        QTest::newRow("repeated piece") << QStringLiteral("xyzxyzxyz") << PassphraseProblem::Repetitive;
        QTest::newRow("two characters") << QStringLiteral("abababba") << PassphraseProblem::Repetitive;
        QTest::newRow("sequence") << QStringLiteral("defghijklm") << PassphraseProblem::Repetitive;
        QTest::newRow("sequence down") << QStringLiteral("98765432") << PassphraseProblem::Repetitive;
        QTest::newRow("keyboard row") << QStringLiteral("azertyuiop") << PassphraseProblem::Repetitive;
        QTest::newRow("good words") << QStringLiteral("copper kettle at dawn") << PassphraseProblem::None;
        QTest::newRow("name plus own words") << QStringLiteral("ivy walks the aisles") << PassphraseProblem::None;
        QTest::newRow("test fixtures stay valid") << QStringLiteral("ivy-pass") << PassphraseProblem::None;
        QTest::newRow("longest") << QString(256, QLatin1Char('k')).replace(0, 8, QStringLiteral("quiet ha"))
                                 << PassphraseProblem::None;
    }

    void rules()
    {
        QFETCH(QString, passphrase);
        QFETCH(PassphraseProblem, problem);
        const PassphrasePolicy policy;
        QString copy = passphrase;
        const SecureBytes bytes = SecureBytes::fromPassphrase(copy);
        QCOMPARE(static_cast<int>(policy.problemWith(bytes, ivyAtAcme())), static_cast<int>(problem));
        const Status checked = policy.check(bytes, ivyAtAcme());
        QCOMPARE(checked.ok(), problem == PassphraseProblem::None);
        if (!checked) {
            QCOMPARE(checked.error().kind, ErrorKind::Usage);
            QCOMPARE(checked.errorMessage(), policy.explain(problem));
        }
    }

    // Bytes from a passphrase file in Latin-1 ("café" as E9) are not UTF-8: a person could not type them again.
    void bytesThatAreNotUtf8AreRefused()
    {
        const QByteArray latin1("copper kettle caf\xe9 at dawn");
        const SecureBytes bytes(latin1.constData(), std::size_t(latin1.size()));
        QCOMPARE(static_cast<int>(PassphrasePolicy().problemWith(bytes, ivyAtAcme())),
                 static_cast<int>(PassphraseProblem::Invisible));
    }

    void messagesSayWhichRuleFailed()
    {
        const PassphrasePolicy policy(12);
        QVERIFY(policy.explain(PassphraseProblem::TooShort).contains(QLatin1String("at least 12 characters")));
        QVERIFY(policy.explain(PassphraseProblem::Common).contains(QLatin1String("common")));
        QVERIFY(policy.explain(PassphraseProblem::Personal).contains(QLatin1String("user name")));
        QVERIFY(policy.explain(PassphraseProblem::Repetitive).contains(QLatin1String("repetition")));
        QVERIFY(policy.describe().contains(QLatin1String("At least 12 characters")));
        // The minimum never goes below NIST's 8 nor above 64, whatever is asked.
        QCOMPARE(PassphrasePolicy(3).minimumLength(), 8);
        QCOMPARE(PassphrasePolicy(500).minimumLength(), 64);
    }

    void creatingADatabaseAppliesIt()
    {
        QTemporaryDir dir;
        CaseDatabase::CreateOptions options;
        options.organisation = QStringLiteral("Acme Retail Co");
        options.kdfTargetMs = 10;
        const QString path = dir.filePath(QStringLiteral("weak.lpdb"));
        auto weak = CaseDatabase::create(path, QStringLiteral("admin"), test::secret("admin123"), options);
        QVERIFY(!weak);
        QCOMPARE(weak.error().kind, ErrorKind::Usage);
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + QStringLiteral(".keys")));
        QVERIFY(CaseDatabase::create(path, QStringLiteral("admin"), test::secret("admin-pass"), options));
    }

    void administratorRaisesTheMinimum()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir.path());
        QVERIFY(db);
        UserDirectory users(*db);
        QCOMPARE(PassphrasePolicy::of(*db).minimumLength(), 8);
        QVERIFY(users.add(QStringLiteral("ivy"), Role::Investigator, test::secret("ivy-pass")));

        // Out of range: refused, nothing stored.
        const Status low = PassphrasePolicy::setMinimumLength(*db, 6);
        QVERIFY(!low);
        QCOMPARE(low.error().kind, ErrorKind::Usage);
        QVERIFY(PassphrasePolicy::setMinimumLength(*db, 14));
        QCOMPARE(PassphrasePolicy::of(*db).minimumLength(), 14);
        auto events = ChainReader(*db).auditEvents();
        QVERIFY(events);
        QCOMPARE(events->last().action, QStringLiteral("passphrase_policy_changed"));
        QCOMPARE(events->last().details.value(QLatin1String("minimum_length")).toInt(), 14);
        QCOMPARE(events->last().details.value(QLatin1String("previous_minimum_length")).toInt(), 8);

        // Adding a user and changing one's passphrase now need 14 characters.
        auto shortOne = users.add(QStringLiteral("lena"), Role::Legal, test::secret("lena-pass"));
        QVERIFY(!shortOne);
        QCOMPARE(shortOne.error().kind, ErrorKind::Usage);
        QVERIFY2(shortOne.errorMessage().contains(QLatin1String("at least 14")), qPrintable(shortOne.errorMessage()));
        QCOMPARE(users.list()->size(), 2);
        QVERIFY(users.add(QStringLiteral("lena"), Role::Legal, test::secret("lena reads every page")));
        const Status changed = users.changeOwnPassphrase(test::secret("admin-pass"), test::secret("admin-pass2"));
        QVERIFY(!changed);
        QVERIFY(CaseDatabase::open(db->path(), QStringLiteral("admin"), test::secret("admin-pass")));
        QVERIFY(users.changeOwnPassphrase(test::secret("admin-pass"), test::secret("the admin keeps bees")));

        // Unlocking is never checked against the policy: ivy's 8-character passphrase still opens.
        auto ivy = CaseDatabase::open(db->path(), QStringLiteral("ivy"), test::secret("ivy-pass"));
        QVERIFY(ivy);
        // Only administrators change the policy.
        const Status denied = PassphrasePolicy::setMinimumLength(**ivy, 20);
        QVERIFY(!denied);
        QCOMPARE(denied.error().kind, ErrorKind::Permission);
        QCOMPARE(PassphrasePolicy::of(**ivy).minimumLength(), 14);
    }
};

QTEST_GUILESS_MAIN(TestPassphrasePolicy)
#include "TestPassphrasePolicy.moc"
