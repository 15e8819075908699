// The POS journal readers on journals shaped like the vendors' (tests/data/pos): namespaces, extensions, local
// times, decimal commas, kinds of transactions, voids, returns linked to their originals, card data masked; and the
// value rules on their own (exact amounts, quantities, times, separators).
#include "TestSupport.h"

#include "pos/Currency.h"
#include "pos/PosCsvJournal.h"
#include "pos/PosJournalReader.h"
#include "pos/PoslogJournal.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace lpdesk;

namespace {

struct Read
{
    QList<PosTransaction> transactions;
    QList<PosReject> rejects;
    Status status;
    QMap<QString, int> kinds;
    int voidedLines = 0;
};

Read readJournal(const QByteArray& bytes, const QString& format, const PosReadOptions& options)
{
    Read r;
    QBuffer device;
    device.setData(bytes);
    device.open(QIODevice::ReadOnly);
    r.status = PosJournalReader::read(
        format, device, options,
        [&](const PosTransaction& t, const QString&) -> Status {
            r.transactions << t;
            ++r.kinds[t.kind];
            for (const PosLineItem& l : t.lines)
                r.voidedLines += l.voided ? 1 : 0;
            return {};
        },
        &r.rejects);
    return r;
}

QByteArray fixture(const QString& name)
{
    QFile f(test::sourceDir() + QStringLiteral("/tests/data/pos/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

PosReadOptions zoned(const char* zone)
{
    PosReadOptions o;
    o.zone = QTimeZone(QByteArray(zone));
    return o;
}

const PosTransaction* find(const Read& r, const QString& sequence)
{
    for (const PosTransaction& t : r.transactions)
        if (t.sequence == sequence)
            return &t;
    return nullptr;
}

} // namespace

class TestPosJournalReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void amountsAreExactDecimals_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("decimal");
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<bool>("rounded");
        QTest::newRow("two decimals") << "12.34"
                                      << "." << qint64(1234) << false;
        QTest::newRow("three, trailing zero") << "2.780"
                                              << "." << qint64(278) << false;
        QTest::newRow("four zeros") << "150.0000"
                                    << "." << qint64(15000) << false;
        QTest::newRow("no decimals") << "7"
                                     << "." << qint64(700) << false;
        QTest::newRow("one decimal") << "0.5"
                                     << "." << qint64(50) << false;
        QTest::newRow("negative") << "-3.99"
                                  << "." << qint64(-399) << false;
        QTest::newRow("trailing minus") << "3.99-"
                                        << "." << qint64(-399) << false;
        QTest::newRow("parentheses") << "(3.99)"
                                     << "." << qint64(-399) << false;
        QTest::newRow("thousands comma") << "1,299.00"
                                         << "." << qint64(129900) << false;
        QTest::newRow("decimal comma") << "1,99"
                                       << "," << qint64(199) << false;
        QTest::newRow("german thousands") << "1.299,00"
                                          << "," << qint64(129900) << false;
        QTest::newRow("space thousands") << "1 299,00"
                                         << "," << qint64(129900) << false;
        QTest::newRow("swiss") << "1'299.50"
                               << "." << qint64(129950) << false;
        QTest::newRow("euro sign") << "12,50 €"
                                   << "," << qint64(1250) << false;
        // Half to even on the exact digits, never through a double (0.125 is exact; 1.005 is not as a double).
        QTest::newRow("half even down") << "0.125"
                                        << "." << qint64(12) << true;
        QTest::newRow("half even up") << "0.135"
                                      << "." << qint64(14) << true;
        QTest::newRow("1.005") << "1.005"
                               << "." << qint64(100) << true;
        QTest::newRow("1.0051") << "1.0051"
                                << "." << qint64(101) << true;
        QTest::newRow("fuel price") << "1.899"
                                    << "." << qint64(190) << true;
        QTest::newRow("big") << "123456789012.34"
                             << "." << qint64(12345678901234) << false;
    }
    void amountsAreExactDecimals()
    {
        QFETCH(QString, text);
        QFETCH(QString, decimal);
        QFETCH(qint64, cents);
        QFETCH(bool, rounded);
        bool wasRounded = !rounded;
        auto v = PosJournalReader::parseMoney(text, decimal.at(0), &wasRounded);
        QVERIFY2(v, qPrintable(v.errorMessage()));
        QCOMPARE(*v, cents);
        QCOMPARE(wasRounded, rounded);
    }

    void brokenAmountsAreNamed()
    {
        for (const char* bad : {"12.3O", "1,9,9", "12.34.56", "", "-", "abc", "1.2345678901234567", "12,34.5"}) {
            auto v = PosJournalReader::parseMoney(QString::fromLatin1(bad), QLatin1Char(','));
            QVERIFY2(!v, bad);
            QVERIFY(v.errorMessage().contains(QStringLiteral("not an amount")));
        }
        QVERIFY(!PosJournalReader::parseMoney(u"12.34.56", QLatin1Char('.')));
        QVERIFY(!PosJournalReader::parseMoney(u"12,34,5", QLatin1Char('.')));
    }

    void quantitiesMayBeFractionalOrNegative()
    {
        QCOMPARE(*PosJournalReader::parseQuantity(u"0.350"), 0.35);
        QCOMPARE(*PosJournalReader::parseQuantity(u"0,734", QLatin1Char(',')), 0.734);
        QCOMPARE(*PosJournalReader::parseQuantity(u"-1"), -1.0);
        QVERIFY(!PosJournalReader::parseQuantity(u"two"));
    }

    void timesWithAndWithoutOffsets()
    {
        const QTimeZone berlin(QByteArrayLiteral("Europe/Berlin"));
        bool local = true;
        QDateTime t = PosJournalReader::parseTime(QStringLiteral("2026-03-14T10:15:02-05:00"), berlin, &local);
        QVERIFY(!local);
        QCOMPARE(t.toUTC(), QDateTime(QDate(2026, 3, 14), QTime(15, 15, 2), Qt::UTC));
        t = PosJournalReader::parseTime(QStringLiteral("2026-03-14T10:15:02"), berlin, &local);
        QVERIFY(local);
        QCOMPARE(t.toUTC(), QDateTime(QDate(2026, 3, 14), QTime(9, 15, 2), Qt::UTC));
        t = PosJournalReader::parseTime(QStringLiteral("14.03.2026 10:15:02"), berlin, &local);
        QCOMPARE(t.toUTC(), QDateTime(QDate(2026, 3, 14), QTime(9, 15, 2), Qt::UTC));
        // Summer time in Berlin is +02:00.
        t = PosJournalReader::parseTime(QStringLiteral("2026-07-01 12:00:00"), berlin, &local);
        QCOMPARE(t.toUTC(), QDateTime(QDate(2026, 7, 1), QTime(10, 0), Qt::UTC));
        // A local time and no zone: invalid, and says it was local.
        t = PosJournalReader::parseTime(QStringLiteral("2026-03-14T10:15:02"), QTimeZone(), &local);
        QVERIFY(!t.isValid());
        QVERIFY(local);
    }

    void cardNumbersAreMasked()
    {
        QCOMPARE(PosJournalReader::maskCardNumbers(QStringLiteral("PAN 4111 1111 1111 1111 ok")),
                 QStringLiteral("PAN ••••1111 ok"));
        QCOMPARE(PosJournalReader::maskCardNumbers(QStringLiteral("auth 123456")), QStringLiteral("auth 123456"));
        QCOMPARE(PosJournalReader::last4(QStringLiteral("************4242")), QStringLiteral("4242"));
    }

    void namespacesAcceptedAndRefused()
    {
        const QByteArray tx = "<Transaction><RetailStoreID>S</RetailStoreID><WorkstationID>1</WorkstationID>"
                              "<SequenceNumber>1</SequenceNumber><EndDateTime>2026-03-14T10:00:00Z</EndDateTime>"
                              "</Transaction>";
        for (const char* ns : {" xmlns=\"http://www.nrf-arts.org/IXRetail/namespace/\"",
                               " xmlns=\"http://www.nrf-arts.org/IXRetail/v6.0.0/poslog\"", "",
                               " xmlns:p=\"http://www.nrf-arts.org/IXRetail/v6.0.0/poslog\""}) {
            QByteArray doc = "<POSLog" + QByteArray(ns) + ">" + tx + "</POSLog>";
            if (QByteArray(ns).contains("xmlns:p"))
                doc = "<p:POSLog" + QByteArray(ns) + ">" + QByteArray(tx).replace("<", "<p:").replace("<p:/", "</p:")
                    + "</p:POSLog>";
            const Read r = readJournal(doc, QStringLiteral("poslog"), {});
            QVERIFY2(r.status, qPrintable(r.status.errorMessage() + QLatin1Char(' ') + QString::fromLatin1(ns)));
            QCOMPARE(r.transactions.size(), 1);
            QCOMPARE(r.transactions.first().timeSource, QStringLiteral("EndDateTime"));
            QCOMPARE(r.transactions.first().businessDay, QStringLiteral("2026-03-14")); // derived
            QVERIFY(r.transactions.first().businessDayDerived);
        }
        const Read wrong
            = readJournal("<POSLog xmlns=\"urn:someone-else\">" + tx + "</POSLog>", QStringLiteral("poslog"), {});
        QVERIFY(!wrong.status);
        QVERIFY2(wrong.status.errorMessage().contains(QStringLiteral("urn:someone-else")),
                 qPrintable(wrong.status.errorMessage()));
    }

    void ncrAcs()
    {
        const Read r = readJournal(fixture(QStringLiteral("ncr-acs-poslog.xml")), QStringLiteral("poslog"),
                                   zoned("America/Chicago"));
        QVERIFY2(r.status, qPrintable(r.status.errorMessage()));
        QCOMPARE(r.transactions.size() + r.rejects.size(), 80);
        QCOMPARE(r.rejects.size(), 1);
        QVERIFY2(r.rejects.first().reason.contains(QStringLiteral("WorkstationID")),
                 qPrintable(r.rejects.first().reason));
        QCOMPARE(r.kinds.value(QStringLiteral("sign_on")), 2);
        QCOMPARE(r.kinds.value(QStringLiteral("sign_off")), 2);
        QCOMPARE(r.kinds.value(QStringLiteral("no_sale")), 4);
        QCOMPARE(r.kinds.value(QStringLiteral("void")), 4);
        QVERIFY(r.voidedLines > 0);
        const PosTransaction* t = find(r, QStringLiteral("4102"));
        QVERIFY(t);
        QCOMPARE(t->storeId, QStringLiteral("2301"));
        QCOMPARE(t->timeSource, QStringLiteral("EndDateTime"));
        QCOMPARE(t->zoneApplied, QStringLiteral("America/Chicago"));
        QVERIFY2(t->begin.endsWith(QStringLiteral("-05:00")), qPrintable(t->begin)); // CDT from March 8th
        QCOMPARE(t->operatorId, QStringLiteral("1042"));
        // Loyalty lines are kept as what they are, never as sales; the account id is the transaction's loyalty id.
        bool loyalty = false;
        for (const PosTransaction& x : r.transactions)
            for (const PosLineItem& l : x.lines)
                if (l.kind == PosLineItem::Kind::Other && l.description == QLatin1String("LoyaltyMembership")) {
                    loyalty = true;
                    QVERIFY(x.loyaltyId.startsWith(QLatin1Char('7')));
                }
        QVERIFY(loyalty);
        // The grand total, not the gross or the tax; vendor extensions kept.
        for (const PosTransaction& x : r.transactions)
            if (x.kind == QLatin1String("sale")) {
                QCOMPARE(QString::number(x.total),
                         QString::number(*PosJournalReader::parseMoney(
                             x.extensions.value(QLatin1String("Total:TransactionGrandAmount")).toString())));
                QVERIFY(x.extensions.contains(QStringLiteral("acs:TenderTime")));
                break;
            }
    }

    void futura()
    {
        PosReadOptions o;
        o.storeZone = [](const QString& store) {
            return store == QLatin1String("FIL-0417") ? QTimeZone(QByteArrayLiteral("Europe/Berlin")) : QTimeZone();
        };
        const Read r = readJournal(fixture(QStringLiteral("futura-poslog6.xml")), QStringLiteral("poslog"), o);
        QVERIFY2(r.status, qPrintable(r.status.errorMessage()));
        QCOMPARE(r.rejects.size(), 0);
        QCOMPARE(r.transactions.size(), 70);
        QCOMPARE(r.kinds.value(QStringLiteral("till_open")), 1);
        QCOMPARE(r.kinds.value(QStringLiteral("till_close")), 1);
        QCOMPARE(r.kinds.value(QStringLiteral("sign_on")), 1);
        QCOMPARE(r.kinds.value(QStringLiteral("no_sale")), 2);
        QCOMPARE(r.kinds.value(QStringLiteral("void")), 2); // transaction-level posStorno
        QVERIFY(r.kinds.value(QStringLiteral("return")) >= 5);
        QVERIFY(r.voidedLines > 0); // line-level posStorno
        bool weighed = false, negative = false, linked = false;
        for (const PosTransaction& t : r.transactions) {
            QCOMPARE(t.storeId, QStringLiteral("FIL-0417"));
            QCOMPARE(t.zoneApplied, QStringLiteral("Europe/Berlin"));
            QVERIFY(t.businessDayDerived);
            QCOMPARE(t.businessDay, QStringLiteral("2026-03-14"));
            QVERIFY2(t.begin.endsWith(QStringLiteral("+01:00")), qPrintable(t.begin));
            if (t.type == PosTransaction::Type::Retail)
                QCOMPARE(t.currency, QStringLiteral("EUR"));
            for (const PosLineItem& l : t.lines) {
                weighed = weighed || (l.quantity > 0 && l.quantity < 1);
                negative = negative || l.quantity < 0;
            }
            if (t.kind == QLatin1String("return")) {
                QVERIFY(!t.linkSequence.isEmpty());
                QCOMPARE(t.linkRegister, QStringLiteral("02"));
                QCOMPARE(t.linkBusinessDay, QStringLiteral("2026-03-14"));
                linked = true;
            }
        }
        QVERIFY(weighed && negative && linked);
        // "2.780" is 2.78, exactly.
        bool cheese = false;
        for (const PosTransaction& t : r.transactions)
            for (const PosLineItem& l : t.lines)
                if (l.itemId == QLatin1String("300042")) {
                    QCOMPARE(l.regularPrice, qint64(278));
                    cheese = true;
                }
        QVERIFY(cheese);
        // Three decimals that are whole cents are exact: no transaction says it was rounded.
        for (const PosTransaction& t : r.transactions) {
            QCOMPARE(t.exponent, 2);
            QVERIFY2(t.notes.isEmpty(), qPrintable(t.notes.join(QLatin1Char('\n'))));
        }
        // The card number in the vendor extension is masked to its last four.
        for (const PosTransaction& t : r.transactions)
            for (const PosLineItem& l : t.lines)
                if (l.extensions.contains(QStringLiteral("fu:Kartennummer")))
                    QVERIFY(l.extensions.value(QStringLiteral("fu:Kartennummer"))
                                .toString()
                                .startsWith(QStringLiteral("••••")));
    }

    void futuraAmountFinerThanCentsIsRoundedWithANote()
    {
        // "2.785" EUR is not a whole number of cents: rounded half to even, and the transaction says so.
        QByteArray bytes = fixture(QStringLiteral("futura-poslog6.xml"));
        QVERIFY(bytes.contains(">2.780<"));
        bytes.replace(">2.780<", ">2.785<");
        const Read r = readJournal(bytes, QStringLiteral("poslog"), zoned("Europe/Berlin"));
        QVERIFY2(r.status, qPrintable(r.status.errorMessage()));
        QCOMPARE(r.transactions.size(), 70);
        int noted = 0;
        for (const PosTransaction& t : r.transactions) {
            bool cheese = false;
            for (const PosLineItem& l : t.lines)
                if (l.itemId == QLatin1String("300042")) {
                    QCOMPARE(l.regularPrice, qint64(278));
                    cheese = true;
                }
            QCOMPARE(t.notes.isEmpty(), !cheese);
            if (cheese) {
                ++noted;
                QVERIFY2(t.notes.first().contains(QLatin1String("2.785"))
                             && t.notes.first().contains(QLatin1String("rounded to 2.78")),
                         qPrintable(t.notes.first()));
            }
        }
        QVERIFY(noted > 0);
    }

    void kuwaitiDinarsAreExact()
    {
        const Read r = readJournal(fixture(QStringLiteral("ncr-acs-kwd-poslog.xml")), QStringLiteral("poslog"),
                                   zoned("Asia/Kuwait"));
        QVERIFY2(r.status, qPrintable(r.status.errorMessage()));
        QCOMPARE(r.rejects.size(), 0);
        QCOMPARE(r.transactions.size(), 24);
        QCOMPARE(r.kinds.value(QStringLiteral("sign_on")), 1);
        QCOMPARE(r.kinds.value(QStringLiteral("no_sale")), 1);
        QCOMPARE(r.kinds.value(QStringLiteral("return")), 1);
        const PosTransaction* dates = find(r, QStringLiteral("5202"));
        QVERIFY(dates);
        QCOMPARE(dates->total, qint64(1250)); // 1.250 KWD, in fils
        QCOMPARE(dates->lines.first().amount, qint64(1250));
        QCOMPARE(dates->begin, QStringLiteral("2026-03-14T09:09:59+03:00"));
        int finerThanCents = 0;
        for (const PosTransaction& t : r.transactions) {
            QCOMPARE(t.currency, QStringLiteral("KWD"));
            QCOMPARE(t.exponent, 3);
            QVERIFY2(t.notes.isEmpty(), qPrintable(t.notes.join(QLatin1Char('\n'))));
            if (t.type == PosTransaction::Type::Control)
                continue;
            // The journal's own grand total, to the fils, and the lines add up to it.
            QCOMPARE(Currency::plain(t.total, t.exponent),
                     t.extensions.value(QStringLiteral("Total:TransactionGrandAmount")).toString());
            qint64 sum = 0;
            for (const PosLineItem& l : t.lines)
                if (!l.voided && (l.kind == PosLineItem::Kind::Sale || l.kind == PosLineItem::Kind::Return))
                    sum += l.amount;
            QCOMPARE(sum, t.total);
            finerThanCents += t.total % 10 != 0 ? 1 : 0;
        }
        QVERIFY(finerThanCents > 5);
    }

    void japaneseYenHaveNoDecimals()
    {
        PosReadOptions o = zoned("Asia/Tokyo");
        auto mapping
            = PosCsvMapping::fromJson(QJsonDocument::fromJson(fixture(QStringLiteral("tokyo-mapping.json"))).object());
        QVERIFY2(mapping, qPrintable(mapping.errorMessage()));
        o.mapping = *mapping;
        const Read r = readJournal(fixture(QStringLiteral("tokyo-register.csv")), QStringLiteral("csv"), o);
        QVERIFY2(r.status, qPrintable(r.status.errorMessage()));
        QCOMPARE(r.rejects.size(), 0);
        QCOMPARE(r.transactions.size(), 12);
        QCOMPARE(r.kinds.value(QStringLiteral("no_sale")), 1);
        const PosTransaction* console = find(r, QStringLiteral("882"));
        QVERIFY(console);
        QCOMPARE(console->total, qint64(24175)); // 21,978 + 10 % tax, in yen
        QCOMPARE(console->lines.first().unitPrice, qint64(21978));
        for (const PosTransaction& t : r.transactions) {
            QCOMPARE(t.currency, QStringLiteral("JPY"));
            QCOMPARE(t.exponent, 0);
            QVERIFY(t.notes.isEmpty());
            QVERIFY2(t.begin.endsWith(QLatin1String("+09:00")), qPrintable(t.begin));
        }
    }

    void futuraWithoutAZoneNamesEveryReject()
    {
        const Read r = readJournal(fixture(QStringLiteral("futura-poslog6.xml")), QStringLiteral("poslog"), {});
        QVERIFY(r.status);
        QCOMPARE(r.transactions.size(), 0);
        QCOMPARE(r.rejects.size(), 70);
        QVERIFY2(r.rejects.first().reason.contains(QStringLiteral("no UTC offset")),
                 qPrintable(r.rejects.first().reason));
        QVERIFY(r.rejects.first().where.contains(QStringLiteral("Transaction #1")));
    }

    void xstore()
    {
        const Read r = readJournal(fixture(QStringLiteral("xstore-poslog.xml")), QStringLiteral("poslog"), {});
        QVERIFY2(r.status, qPrintable(r.status.errorMessage()));
        QCOMPARE(r.transactions.size() + r.rejects.size(), 80);
        QCOMPARE(r.rejects.size(), 1);
        QVERIFY2(r.rejects.first().reason.contains(QStringLiteral("not an amount")),
                 qPrintable(r.rejects.first().reason));
        QCOMPARE(r.kinds.value(QStringLiteral("void")), 4); // two post-voids, two cancelled
        QCOMPARE(r.kinds.value(QStringLiteral("no_sale")), 2);
        QCOMPARE(r.kinds.value(QStringLiteral("price_override")), 1);
        QCOMPARE(r.kinds.value(QStringLiteral("till_close")), 1);
        QCOMPARE(r.kinds.value(QStringLiteral("sign_on")), 1);
        int linkedReturns = 0, unlinkedReturns = 0;
        for (const PosTransaction& t : r.transactions) {
            QVERIFY(t.zoneApplied.isEmpty()); // offsets written
            QVERIFY(t.begin.endsWith(QStringLiteral("-04:00")));
            const QByteArray ext = QJsonDocument(t.extensions).toJson();
            for (const PosLineItem& l : t.lines) {
                const QByteArray lext = QJsonDocument(l.extensions).toJson();
                QVERIFY2(!lext.contains("4111111111111111") && !lext.contains("0928"), lext.constData());
                if (l.kind == PosLineItem::Kind::Tender)
                    QCOMPARE(l.cardLast4.size(), 4);
            }
            QVERIFY(!ext.contains("4111111111111111"));
            if (t.kind == QLatin1String("return"))
                ++(t.linkSequence.isEmpty() ? unlinkedReturns : linkedReturns);
        }
        QVERIFY(linkedReturns > 0 && unlinkedReturns > 0);
    }

    void germanCsv()
    {
        PosReadOptions o = zoned("Europe/Berlin");
        auto mapping
            = PosCsvMapping::fromJson(QJsonDocument::fromJson(fixture(QStringLiteral("kasse-mapping.json"))).object());
        QVERIFY2(mapping, qPrintable(mapping.errorMessage()));
        o.mapping = *mapping;
        const QByteArray bytes = fixture(QStringLiteral("kasse-export.csv"));
        QCOMPARE(PosCsvJournal::detectDelimiter(QString::fromUtf8(bytes.left(400))), QLatin1Char(';'));
        const Read r = readJournal(bytes, QStringLiteral("csv"), o);
        QVERIFY2(r.status, qPrintable(r.status.errorMessage()));
        QCOMPARE(r.transactions.size() + r.rejects.size(), 80);
        QCOMPARE(r.rejects.size(), 1);
        QVERIFY2(r.rejects.first().reason.contains(QStringLiteral("1,9,9")), qPrintable(r.rejects.first().reason));
        QVERIFY(r.rejects.first().where.startsWith(QStringLiteral("line ")));
        QCOMPARE(r.kinds.value(QStringLiteral("till_open")), 1);
        QCOMPARE(r.kinds.value(QStringLiteral("till_close")), 1);
        QCOMPARE(r.kinds.value(QStringLiteral("sign_on")), 1);
        QCOMPARE(r.kinds.value(QStringLiteral("sign_off")), 1);
        QCOMPARE(r.kinds.value(QStringLiteral("no_sale")), 2);
        QCOMPARE(r.kinds.value(QStringLiteral("price_override")), 1);
        QCOMPARE(r.kinds.value(QStringLiteral("void")), 2);
        QVERIFY(r.kinds.value(QStringLiteral("return")) > 0);
        bool drill = false;
        for (const PosTransaction& t : r.transactions) {
            QCOMPARE(t.storeId, QStringLiteral("B-012"));
            QCOMPARE(t.currency, QStringLiteral("EUR"));
            QVERIFY2(t.begin.endsWith(QStringLiteral("+01:00")), qPrintable(t.begin));
            QCOMPARE(t.businessDay, QStringLiteral("2026-03-14"));
            for (const PosLineItem& l : t.lines) {
                if (l.itemId == QLatin1String("4047247424301")) {
                    QCOMPARE(l.unitPrice, qint64(129900)); // "1.299,00"
                    drill = true;
                }
                if (l.kind == PosLineItem::Kind::Tender && l.tenderType == QLatin1String("debit"))
                    QCOMPARE(l.cardLast4.size(), 4);
            }
            if (t.kind == QLatin1String("return")) {
                QVERIFY(!t.linkSequence.isEmpty());
                QCOMPARE(t.linkBusinessDay, QStringLiteral("2026-03-14"));
            }
        }
        QVERIFY(drill);
    }
};

QTEST_GUILESS_MAIN(TestPosJournalReader)
#include "TestPosJournalReader.moc"
