#include "TestSupport.h"

#include "crypto/Random.h"
#include "db/KeySlotFile.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace lpdesk;

class TestKeySlotFile : public QObject
{
    Q_OBJECT

    KeySlotFile makeFile(const SecureBytes& master)
    {
        KeySlotFile f;
        f.databaseId = randomUuid();
        for (const char* u : {"alice", "bob"}) {
            auto slot = KeySlotFile::makeSlot(QString::fromLatin1(u), test::secret(u), master, f.databaseId, 1, 5);
            f.slots.append(*slot);
        }
        return f;
    }

private Q_SLOTS:
    void unlockEachUser()
    {
        const SecureBytes master = randomSecret(32);
        KeySlotFile f = makeFile(master);
        auto parsed = KeySlotFile::parse(f.serialize());
        QVERIFY2(parsed, qPrintable(parsed.errorMessage()));
        for (const char* u : {"alice", "bob"}) {
            auto keys = parsed->unlock(QString::fromLatin1(u), test::secret(u));
            QVERIFY(keys);
            QVERIFY(keys->current.equals(master));
            QVERIFY(keys->next.isEmpty());
        }
    }

    void sameErrorForUnknownUserAndWrongPassphrase()
    {
        KeySlotFile f = makeFile(randomSecret(32));
        auto wrong = f.unlock(QStringLiteral("alice"), test::secret("bob"));
        auto unknown = f.unlock(QStringLiteral("carol"), test::secret("carol"));
        auto empty = f.unlock(QStringLiteral("alice"), SecureBytes());
        QVERIFY(!wrong && !unknown && !empty);
        QCOMPARE(wrong.error().kind, ErrorKind::Auth);
        QCOMPARE(wrong.errorMessage(), unknown.errorMessage());
        QCOMPARE(wrong.errorMessage(), empty.errorMessage());
    }

    // A slot copied under another user's name, or into another database, does not open.
    void slotsAreBoundToUserAndDatabase()
    {
        KeySlotFile f = makeFile(randomSecret(32));
        KeySlotFile swapped = f;
        swapped.slots[1].wrappedPrivateKey = f.slots[0].wrappedPrivateKey;
        swapped.slots[1].kdf = f.slots[0].kdf;
        QVERIFY(!swapped.unlock(QStringLiteral("bob"), test::secret("alice")));
        KeySlotFile moved = f;
        moved.databaseId = randomUuid();
        QVERIFY(!moved.unlock(QStringLiteral("alice"), test::secret("alice")));
    }

    void changePassphrase()
    {
        const SecureBytes master = randomSecret(32);
        KeySlotFile f = makeFile(master);
        QVERIFY(!f.changePassphrase(QStringLiteral("alice"), test::secret("nope"), test::secret("new"), 5));
        QVERIFY(f.changePassphrase(QStringLiteral("alice"), test::secret("alice"), test::secret("new"), 5));
        QVERIFY(!f.unlock(QStringLiteral("alice"), test::secret("alice")));
        QVERIFY(f.unlock(QStringLiteral("alice"), test::secret("new"))->current.equals(master));
        QVERIFY(f.unlock(QStringLiteral("bob"), test::secret("bob")));
    }

    // The slot's box (pin and the audit head its owner last saw, under their key) survives a passphrase change; the
    // pin field edited is named, and the box removed locks the slot rather than resetting it silently.
    void sealedPinAndHeadHoldThroughAPassphraseChange()
    {
        const SecureBytes master = randomSecret(32);
        KeySlotFile f;
        f.databaseId = randomUuid();
        const QString pin(64, QLatin1Char('a'));
        auto slot
            = KeySlotFile::makeSlot(QStringLiteral("alice"), test::secret("alice"), master, f.databaseId, 1, 5, pin);
        QVERIFY(slot);
        f.slots.append(*slot);
        auto keys = f.unlock(QStringLiteral("alice"), test::secret("alice"));
        QVERIFY(keys);
        QCOMPARE(keys->sealedAuditSeq, 0);
        QVERIFY(f.sealPinBox(QStringLiteral("alice"), keys->wrapKey, {}, 42, QStringLiteral("beef")));
        QVERIFY(f.changePassphrase(QStringLiteral("alice"), test::secret("alice"), test::secret("new"), 5));
        keys = f.unlock(QStringLiteral("alice"), test::secret("new"));
        QVERIFY(keys);
        QCOMPARE(keys->sealedAuditSeq, 42);
        QCOMPARE(keys->sealedAuditHash, QStringLiteral("beef"));

        KeySlotFile edited = f;
        edited.find(QStringLiteral("alice"))->caSha256 = QString(64, QLatin1Char('b'));
        const auto named = edited.unlock(QStringLiteral("alice"), test::secret("new"));
        QVERIFY(!named);
        QCOMPARE(named.error().kind, ErrorKind::Verification);
        QVERIFY(named.errorMessage().contains(pin.left(16)));
        KeySlotFile unboxed = f;
        unboxed.find(QStringLiteral("alice"))->caPinBox.clear();
        QCOMPARE(unboxed.unlock(QStringLiteral("alice"), test::secret("new")).error().kind, ErrorKind::Auth);
    }

    // "é" typed as one code point (NFC) or as "e" + a combining accent (NFD, as some keyboards and pasted macOS file
    // names give it) opens the same slot, whichever form made it; a different word does not.
    void composedAndDecomposedAccentsOpenTheSameSlot()
    {
        const SecureBytes master = randomSecret(32);
        const QString composed = QStringLiteral("cr\u00E8me br\u00FBl\u00E9e au caf\u00E9");
        const QString decomposed = composed.normalized(QString::NormalizationForm_D);
        QVERIFY(composed.toUtf8() != decomposed.toUtf8());
        const auto bytesOf = [](const QString& text) {
            QString copy = text;
            return SecureBytes::fromPassphrase(copy);
        };
        for (const QString& made : {composed, decomposed}) {
            KeySlotFile f;
            f.databaseId = randomUuid();
            auto slot = KeySlotFile::makeSlot(QStringLiteral("alice"), bytesOf(made), master, f.databaseId, 1, 5);
            QVERIFY(slot);
            f.slots.append(*slot);
            for (const QString& typed : {composed, decomposed}) {
                auto keys = f.unlock(QStringLiteral("alice"), bytesOf(typed));
                QVERIFY2(keys, qPrintable(keys ? QString() : keys.errorMessage()));
                QVERIFY(keys->current.equals(master));
            }
            QVERIFY(!f.unlock(QStringLiteral("alice"), bytesOf(QStringLiteral("creme brulee au cafe"))));
            // Changed with the other form of the old passphrase, to a decomposed new one: the composed form opens it.
            const QString other = made == composed ? decomposed : composed;
            QVERIFY(f.changePassphrase(QStringLiteral("alice"), bytesOf(other),
                                       bytesOf(QStringLiteral("nouvelle cle\u0301 du de\u0301po\u0302t")), 5));
            QVERIFY(f.unlock(QStringLiteral("alice"), bytesOf(QStringLiteral("nouvelle cl\u00E9 du d\u00E9p\u00F4t"))));
        }
    }

    void rekeySteps()
    {
        const SecureBytes master = randomSecret(32);
        const SecureBytes next = randomSecret(32);
        KeySlotFile f = makeFile(master);
        QVERIFY(f.prepareRekey(next));
        auto parsed = KeySlotFile::parse(f.serialize());
        auto keys = parsed->unlock(QStringLiteral("bob"), test::secret("bob"));
        QVERIFY(keys->current.equals(master));
        QVERIFY(keys->next.equals(next));
        parsed->commitRekey();
        QCOMPARE(parsed->generation, 2);
        QVERIFY(parsed->unlock(QStringLiteral("alice"), test::secret("alice"))->current.equals(next));
    }

    void corruptFilesAreRefusedClearly_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const SecureBytes master = randomSecret(32);
        const QByteArray good = makeFile(master).serialize();
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not json") << QByteArray("garbage{");
        QTest::newRow("truncated") << good.left(good.size() / 2);
        QTest::newRow("other format") << QByteArray(R"({"format":"something","version":1})");
        QTest::newRow("future version") << QByteArray(good).replace("\"version\": 1", "\"version\": 9");
        QByteArray hostileKdf = good;
        hostileKdf.replace("\"log_n\": ", "\"log_n\": 3");
        QTest::newRow("hostile kdf cost") << hostileKdf;
        QJsonObject o = QJsonDocument::fromJson(good).object();
        QJsonArray slots = o.value(QLatin1String("slots")).toArray();
        QJsonObject s = slots[0].toObject();
        s.insert(QLatin1String("public_key"), QStringLiteral("AAAA"));
        slots[0] = s;
        o.insert(QLatin1String("slots"), slots);
        QTest::newRow("short key") << QJsonDocument(o).toJson();
        // A planted slot asking for 16 GiB of scrypt memory (r = 32, p = 4 at 2^17): refused before any work.
        {
            QJsonObject costly = QJsonDocument::fromJson(good).object();
            QJsonArray list = costly.value(QLatin1String("slots")).toArray();
            QJsonObject slot = list[0].toObject();
            QJsonObject kdf = slot.value(QLatin1String("kdf")).toObject();
            kdf.insert(QLatin1String("log_n"), 17);
            kdf.insert(QLatin1String("r"), 32);
            kdf.insert(QLatin1String("p"), 4);
            slot.insert(QLatin1String("kdf"), kdf);
            list[0] = slot;
            costly.insert(QLatin1String("slots"), list);
            QTest::newRow("huge kdf memory") << QJsonDocument(costly).toJson();
            slot = list[0].toObject();
            slot.insert(QLatin1String("kdf"),
                        QJsonDocument::fromJson(good)
                            .object()
                            .value(QLatin1String("slots"))
                            .toArray()[0]
                            .toObject()
                            .value(QLatin1String("kdf")));
            slot.insert(QLatin1String("sealed_signing_key"), QString::fromLatin1(QByteArray(3000, 'A')));
            list[0] = slot;
            costly.insert(QLatin1String("slots"), list);
            QTest::newRow("oversized signing key") << QJsonDocument(costly).toJson();
        }
        QTest::newRow("huge") << QByteArray(KeySlotFile::MaxFileSize + 1, ' ');
    }

    void corruptFilesAreRefusedClearly()
    {
        QFETCH(QByteArray, bytes);
        auto parsed = KeySlotFile::parse(bytes);
        QVERIFY(!parsed);
        QVERIFY2(parsed.errorMessage().contains(QLatin1String("key-slot file")), qPrintable(parsed.errorMessage()));
    }

    void savesAtomicallyWithOwnerOnlyPermissions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.keys"));
        KeySlotFile f = makeFile(randomSecret(32));
        QVERIFY(f.save(path));
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        auto loaded = KeySlotFile::load(path);
        QVERIFY(loaded);
        QCOMPARE(loaded->slots.size(), 2);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1); // no temporary left behind
    }
};

QTEST_GUILESS_MAIN(TestKeySlotFile)
#include "TestKeySlotFile.moc"
