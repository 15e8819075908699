// Amounts in the currency's own minor unit: the ISO 4217 table, exact parsing and conversion (half to even only
// where a value is finer than the unit, never through a double), the transaction's exponent set once the journal
// has named its currency, and the places that show amounts (journal writer, report, package extract, NIBRS
// values) using that exponent. Databases from before keep their cents (migration 017).
#include "TestSupport.h"

#include "db/CaseDatabase.h"
#include "db/Migrations.h"
#include "db/UserDirectory.h"
#include "export/NibrsIncident.h"
#include "export/PackageContents.h"
#include "export/PackageDocuments.h"
#include "model/Currency.h"
#include "pos/PosJournalReader.h"
#include "pos/PosService.h"
#include "report/CaseReport.h"
#include "sim/PosJournalWriter.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lpdesk;

namespace {

PosTransaction transaction(const QString& currency)
{
    PosTransaction t;
    t.storeId = QStringLiteral("KW-0031");
    t.registerId = QStringLiteral("2");
    t.sequence = QStringLiteral("5202");
    t.begin = QStringLiteral("2026-03-14T09:09:59+03:00");
    t.currency = currency;
    t.exponent = PosJournalReader::ReadExponent;
    return t;
}

LinkedTransaction linked(const QString& currency, int exponent, qint64 amount)
{
    LinkedTransaction t;
    t.id = currency;
    t.storeId = QStringLiteral("S1");
    t.registerId = QStringLiteral("2");
    t.sequence = currency == QLatin1String("KWD") ? QStringLiteral("5202") : QStringLiteral("882");
    t.beginRaw = QStringLiteral("2026-03-14T09:09:59+03:00");
    t.beginUtc = QStringLiteral("2026-03-14T06:09:59.000Z");
    t.type = QStringLiteral("retail");
    t.kind = QStringLiteral("sale");
    t.currency = currency;
    t.exponent = exponent;
    t.total = amount;
    PosLineItem l;
    l.itemId = QStringLiteral("6291003000017");
    l.description = QStringLiteral("Khalas Dates 1kg");
    l.unitPrice = l.regularPrice = l.amount = amount;
    t.lines << l;
    return t;
}

} // namespace

class TestCurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void minorUnitsAreIso4217()
    {
        QCOMPARE(Currency::minorUnit(u"KWD"), std::optional<int>(3));
        QCOMPARE(Currency::minorUnit(u"BHD"), std::optional<int>(3));
        QCOMPARE(Currency::minorUnit(u"OMR"), std::optional<int>(3));
        QCOMPARE(Currency::minorUnit(u"JOD"), std::optional<int>(3));
        QCOMPARE(Currency::minorUnit(u"TND"), std::optional<int>(3));
        QCOMPARE(Currency::minorUnit(u"JPY"), std::optional<int>(0));
        QCOMPARE(Currency::minorUnit(u"KRW"), std::optional<int>(0));
        QCOMPARE(Currency::minorUnit(u"EUR"), std::optional<int>(2));
        QCOMPARE(Currency::minorUnit(u"USD"), std::optional<int>(2));
        QCOMPARE(Currency::minorUnit(u"CLF"), std::optional<int>(4));
        QCOMPARE(Currency::minorUnit(u" kwd"), std::optional<int>(3));
        QVERIFY(!Currency::minorUnit(u"XAU")); // gold has no minor unit
        QVERIFY(!Currency::minorUnit(u"ABC"));
        QCOMPARE(Currency::exponentOf(u"ABC"), 2);
        QCOMPARE(Currency::exponentOf(QString()), 2);
    }

    void rescaleIsExactOrRoundsHalfToEven_data()
    {
        QTest::addColumn<qint64>("units");
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<qint64>("expected");
        QTest::addColumn<bool>("inexact");
        QTest::newRow("2.780 EUR is 278 cents") << qint64(2780) << 3 << 2 << qint64(278) << false;
        QTest::newRow("2.785 half to even down") << qint64(2785) << 3 << 2 << qint64(278) << true;
        QTest::newRow("2.775 half to even up") << qint64(2775) << 3 << 2 << qint64(278) << true;
        QTest::newRow("2.786") << qint64(2786) << 3 << 2 << qint64(279) << true;
        QTest::newRow("negative") << qint64(-2785) << 3 << 2 << qint64(-278) << true;
        QTest::newRow("cents to fils") << qint64(278) << 2 << 3 << qint64(2780) << false;
        QTest::newRow("millionths to yen") << qint64(24175000000) << 6 << 0 << qint64(24175) << false;
        QTest::newRow("big") << qint64(123456789012340000) << 6 << 2 << qint64(12345678901234) << false;
    }
    void rescaleIsExactOrRoundsHalfToEven()
    {
        QFETCH(qint64, units);
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(qint64, expected);
        QFETCH(bool, inexact);
        bool was = !inexact;
        QCOMPARE(Currency::rescale(units, from, to, &was), expected);
        QCOMPARE(was, inexact);
    }

    void plainTextHasTheUnitsDecimals()
    {
        QCOMPARE(Currency::plain(1250, 3), QStringLiteral("1.250"));
        QCOMPARE(Currency::plain(-5, 2), QStringLiteral("-0.05"));
        QCOMPARE(Currency::plain(24175, 0), QStringLiteral("24175"));
        QCOMPARE(Currency::plain(12345, 4), QStringLiteral("1.2345"));
        QCOMPARE(Currency::plain(-8990, 3), QStringLiteral("-8.990"));
        QCOMPARE(Currency::toDouble(1250, 3), 1.25);
    }

    void amountsParseIntoAnyUnit()
    {
        bool rounded = true;
        QCOMPARE(*PosJournalReader::parseAmount(u"1.250", 3, QLatin1Char('.'), &rounded), qint64(1250));
        QVERIFY(!rounded);
        QCOMPARE(*PosJournalReader::parseAmount(u"1.299,500", 3, QLatin1Char(','), &rounded), qint64(1299500));
        QVERIFY(!rounded);
        QCOMPARE(*PosJournalReader::parseAmount(u"1,280", 0, QLatin1Char('.'), &rounded), qint64(1280));
        QVERIFY(!rounded);
        QCOMPARE(*PosJournalReader::parseAmount(u"2.785", 2, QLatin1Char('.'), &rounded), qint64(278));
        QVERIFY(rounded);
        // In millionths, digits beyond are kept as an odd last digit, so the one rounding later is exact.
        QCOMPARE(*PosJournalReader::parseAmount(u"2.7850001", 6, QLatin1Char('.'), &rounded), qint64(2785001));
        QVERIFY(rounded);
        QVERIFY(PosJournalReader::parseAmount(u"999999999999.99", 6));
        QVERIFY(!PosJournalReader::parseAmount(u"1234567890123", 6)); // would not fit
    }

    void finishPutsAmountsInTheCurrencysUnit_data()
    {
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("exponent");
        QTest::addColumn<qint64>("units");
        QTest::addColumn<bool>("noted");
        QTest::newRow("KWD 1.250") << "KWD"
                                   << "1.250" << 3 << qint64(1250) << false;
        QTest::newRow("KWD 0.875") << "KWD"
                                   << "0.875" << 3 << qint64(875) << false;
        QTest::newRow("EUR 2.780") << "EUR"
                                   << "2.780" << 2 << qint64(278) << false;
        QTest::newRow("EUR 2.785") << "EUR"
                                   << "2.785" << 2 << qint64(278) << true;
        QTest::newRow("EUR 2.7850001") << "EUR"
                                       << "2.7850001" << 2 << qint64(279) << true;
        QTest::newRow("JPY 24,175") << "JPY"
                                    << "24,175" << 0 << qint64(24175) << false;
        QTest::newRow("JPY 100.5") << "JPY"
                                   << "100.5" << 0 << qint64(100) << true;
        QTest::newRow("unknown currency") << "ZZZ"
                                          << "3.99" << 2 << qint64(399) << false;
    }
    void finishPutsAmountsInTheCurrencysUnit()
    {
        QFETCH(QString, currency);
        QFETCH(QString, text);
        QFETCH(int, exponent);
        QFETCH(qint64, units);
        QFETCH(bool, noted);
        PosTransaction t = transaction(currency);
        auto v = PosJournalReader::parseAmount(text, PosJournalReader::ReadExponent);
        QVERIFY2(v, qPrintable(v.errorMessage()));
        t.total = *v;
        PosLineItem l;
        l.unitPrice = l.regularPrice = l.amount = *v;
        t.lines << l;
        const PosReadOptions options;
        QVERIFY(PosJournalReader::finish(t, options));
        QCOMPARE(t.exponent, exponent);
        QCOMPARE(t.total, units);
        QCOMPARE(t.lines.first().amount, units);
        QCOMPARE(t.notes.size(), noted ? 4 : 0); // total, unit price, regular price, amount
        if (noted)
            QVERIFY2(t.notes.first().contains(text.left(5)) && t.notes.first().contains(QLatin1String("rounded")),
                     qPrintable(t.notes.first()));
    }

    void writtenJournalsReadBackExactly()
    {
        for (const auto& [currency, total] :
             {std::pair {"KWD", qint64(10375)}, std::pair {"JPY", qint64(24175)}, std::pair {"EUR", qint64(278)}}) {
            PosTransaction t = transaction(QString::fromLatin1(currency));
            t.exponent = Currency::exponentOf(t.currency);
            t.businessDay = QStringLiteral("2026-03-14");
            t.total = total;
            PosLineItem l;
            l.itemId = QStringLiteral("1");
            l.unitPrice = l.regularPrice = l.amount = total;
            t.lines << l;
            for (const QString& format : {QStringLiteral("poslog"), QStringLiteral("json")}) {
                QByteArray bytes = format == QLatin1String("poslog")
                    ? PosJournalWriter::poslog({t})
                    : PosJournalWriter::json(t.storeId, t.businessDay, {t});
                QBuffer buffer(&bytes);
                QVERIFY(buffer.open(QIODevice::ReadOnly));
                QList<PosTransaction> read;
                QList<PosReject> rejects;
                QVERIFY(PosJournalReader::read(
                    format, buffer, PosReadOptions(),
                    [&read](const PosTransaction& x, const QString&) -> Status {
                        read << x;
                        return {};
                    },
                    &rejects));
                QCOMPARE(rejects.size(), 0);
                QCOMPARE(read.size(), 1);
                QCOMPARE(read.first().exponent, t.exponent);
                QCOMPARE(read.first().total, total);
                QCOMPARE(read.first().lines.first().amount, total);
                QVERIFY(read.first().notes.isEmpty());
            }
        }
    }

    void reportPackageAndNibrsShowTheUnitsDigits()
    {
        PackageModel m;
        m.pos << linked(QStringLiteral("KWD"), 3, 1250) << linked(QStringLiteral("JPY"), 0, 24175)
              << linked(QStringLiteral("EUR"), 2, 278);
        const QByteArray csv = PackageDocuments::posCsv(m);
        QVERIFY2(csv.contains(",1.250,1.250,KWD,"), csv.constData());
        QVERIFY2(csv.contains(",24175,24175,JPY,"), csv.constData());
        QVERIFY2(csv.contains(",2.78,2.78,EUR,"), csv.constData());
        const QJsonArray json = QJsonDocument::fromJson(PackageDocuments::posJson(m)).array();
        QCOMPARE(json.at(0)[QLatin1String("total")].toString(), QStringLiteral("1.250"));
        QCOMPARE(json.at(0)[QLatin1String("exponent")].toInt(), 3);
        QCOMPARE(json.at(0)[QLatin1String("lines")][0][QLatin1String("amount")].toString(), QStringLiteral("1.250"));
        QCOMPARE(json.at(1)[QLatin1String("total")].toString(), QStringLiteral("24175"));
        const QString html = CaseReport::html(m);
        QVERIFY2(html.contains(QLatin1String("KWD 1.250")), qPrintable(html));
        QVERIFY(html.contains(QLatin1String("JPY 24175")));
        QVERIFY(html.contains(QLatin1String("EUR 2.78")));
        QVERIFY(!html.contains(QLatin1String("12.50")) && !html.contains(QLatin1String("241.75")));
        const QJsonArray property = NibrsIncident::build(m).value(QLatin1String("property")).toArray();
        QCOMPARE(property.size(), 3);
        QCOMPARE(property.at(0)[QLatin1String("value")].toDouble(), 1.25);
        QCOMPARE(property.at(1)[QLatin1String("value")].toDouble(), 24175.0);
        QCOMPARE(property.at(2)[QLatin1String("value")].toDouble(), 2.78);
    }

    void olderDatabasesKeepTheirCents()
    {
        // A database as LP Desk left it before the currency migration: no exponent column, amounts in cents. Only
        // migrations up to that one take part (later ones are not this test's business).
        int currency = 0;
        for (const Migration& m : Migrations::builtIn())
            if (m.name == QLatin1String("pos_currency_exponent"))
                currency = m.version;
        QVERIFY(currency > 0);
        QList<Migration> before, upToCurrency;
        for (const Migration& m : Migrations::builtIn()) {
            if (m.version < currency)
                before << m;
            if (m.version <= currency)
                upToCurrency << m;
        }
        QTemporaryDir dir;
        QString path;
        {
            auto db = test::createDatabase(dir.path());
            QVERIFY(db);
            path = db->path();
            QSqlDatabase c = db->connection();
            QSqlQuery q(c);
            // SQLite here has no DROP COLUMN: take the column out of the (still empty) table's definition.
            QVERIFY(q.exec(QStringLiteral("PRAGMA schema_version")) && q.next());
            const int schema = q.value(0).toInt();
            q.finish();
            QVERIFY(q.exec(QStringLiteral("PRAGMA writable_schema = ON")));
            QVERIFY2(q.exec(QStringLiteral("UPDATE sqlite_master SET sql = replace(sql, ', exponent INTEGER NOT NULL "
                                           "DEFAULT 2', '') WHERE name = 'pos_transactions'")),
                     qPrintable(q.lastError().text()));
            QCOMPARE(q.numRowsAffected(), 1);
            QVERIFY(q.exec(QStringLiteral("PRAGMA schema_version = %1").arg(schema + 1)));
            QVERIFY(q.exec(QStringLiteral("PRAGMA writable_schema = OFF")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(currency - 1)));
        }
        {
            // Opened as an LP Desk from before that migration would: the old schema, a row in cents.
            auto old
                = CaseDatabase::openWithMigrations(path, QStringLiteral("admin"), test::secret("admin-pass"), before);
            QVERIFY2(old, qPrintable(old.errorMessage()));
            QSqlDatabase c = (*old)->connection();
            QSqlQuery q(c);
            QVERIFY(!q.exec(QStringLiteral("SELECT exponent FROM pos_transactions")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
            QVERIFY2(q.exec(QStringLiteral(
                         "INSERT INTO pos_transactions (id, import_id, record_ref, store_id, register_id, sequence, "
                         "business_day, begin_raw, begin_utc, type, currency, total) VALUES ('old', 'i', 'line 2', "
                         "'S1', '1', '7', '2026-03-14', '2026-03-14T10:00:00+01:00', '2026-03-14T09:00:00.000Z', "
                         "'retail', 'KWD', 125)")),
                     qPrintable(q.lastError().text()));
        }
        auto db
            = CaseDatabase::openWithMigrations(path, QStringLiteral("admin"), test::secret("admin-pass"), upToCurrency);
        QVERIFY2(db, qPrintable(db.errorMessage()));
        QCOMPARE(test::scalar(**db, QStringLiteral("PRAGMA user_version")), qint64(currency));
        QCOMPARE(test::scalar(**db, QStringLiteral("SELECT exponent FROM pos_transactions WHERE id = 'old'")), 2);
        QVERIFY(UserDirectory(**db).add(QStringLiteral("ivy"), Role::Investigator, test::secret("ivy-pass")));
        db->reset();
        auto ivy
            = CaseDatabase::openWithMigrations(path, QStringLiteral("ivy"), test::secret("ivy-pass"), upToCurrency);
        QVERIFY2(ivy, qPrintable(ivy.errorMessage()));
        auto t = PosService(**ivy).transaction(QStringLiteral("old"));
        QVERIFY2(t, qPrintable(t.errorMessage()));
        QCOMPARE(t->exponent, 2);
        QCOMPARE(t->toJson().value(QLatin1String("total")).toString(), QStringLiteral("1.25"));
    }
};

QTEST_GUILESS_MAIN(TestCurrency)
#include "TestCurrency.moc"
