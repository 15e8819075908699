// The POS journal readers on journals shaped like the vendors' (tests/data/pos): namespaces, extensions, local
// times, decimal commas, kinds of transactions, voids, returns linked to their originals, card data masked; and the
// value rules on their own (exact amounts, quantities, times, separators).
#include "TestSupport.h"

#include "model/Currency.h"
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
    PosSlashDates slashDates; // the journal's dates written with slashes
    PosDateOrder order = PosDateOrder::Undecided; // the order they were read in
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
        &r.rejects, nullptr, &r.slashDates, &r.order);
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

PosReadOptions mapped(const char* zone, const QString& mappingFile)
{
    PosReadOptions o = zoned(zone);
    auto mapping = PosCsvMapping::fromJson(QJsonDocument::fromJson(fixture(mappingFile)).object());
    if (mapping)
        o.mapping = *mapping;
    return o;
}

// A CSV journal in LP Desk's own columns, one transaction per begin time (register 1, numbered from 1).
QByteArray ownCsv(const QStringList& begins)
{
    QByteArray csv = "store_id,register,sequence,business_day,begin,line_kind,item_id,description,quantity,unit_price,"
                     "amount,total\n";
    int n = 0;
    for (const QString& begin : begins) {
        const QByteArray head = "0412,1," + QByteArray::number(++n) + ",," + begin.toUtf8() + ",";
        csv += head + "sale,012000161155,PEPSI 12PK CAN,1,6.49,6.49,6.49\n";
        csv += head + "tender,,,,,6.49,6.49\n";
    }
    return csv;
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

    // Slash dates with 24-hour and 12-hour clocks: 12 AM is the hour after midnight, 12 PM the hour after noon;
    // two-digit years, hours outside 1–12 with AM/PM, an undecided order and dates that do not exist in the order
    // are refused with the reason.
    void slashTimes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("order");
        QTest::addColumn<QString>("local"); // yyyy-MM-ddTHH:mm:ss.zzz, empty when refused
        QTest::addColumn<QString>("why"); // part of the reason when refused
        QTest::newRow("US 1 PM") << "3/14/2026 1:05:09 PM"
                                 << "mdy"
                                 << "2026-03-14T13:05:09.000" << QString();
        QTest::newRow("US padded") << "03/14/2026 01:05:09 PM"
                                   << "mdy"
                                   << "2026-03-14T13:05:09.000" << QString();
        QTest::newRow("12 AM is midnight") << "03/14/2026 12:00:00 AM"
                                           << "mdy"
                                           << "2026-03-14T00:00:00.000" << QString();
        QTest::newRow("12:59:59 AM") << "3/14/2026 12:59:59 AM"
                                     << "mdy"
                                     << "2026-03-14T00:59:59.000" << QString();
        QTest::newRow("12 PM is noon") << "3/14/2026 12:00 PM"
                                       << "mdy"
                                       << "2026-03-14T12:00:00.000" << QString();
        QTest::newRow("12:30 pm") << "3/14/2026 12:30 pm"
                                  << "mdy"
                                  << "2026-03-14T12:30:00.000" << QString();
        QTest::newRow("11:59:59 PM") << "3/14/2026 11:59:59 PM"
                                     << "mdy"
                                     << "2026-03-14T23:59:59.000" << QString();
        QTest::newRow("1 a.m.") << "3/14/2026 1:00 a.m."
                                << "mdy"
                                << "2026-03-14T01:00:00.000" << QString();
        QTest::newRow("comma, no space") << "3/14/2026, 1:05PM"
                                         << "mdy"
                                         << "2026-03-14T13:05:00.000" << QString();
        QTest::newRow("US 24-hour") << "3/14/2026 13:05"
                                    << "mdy"
                                    << "2026-03-14T13:05:00.000" << QString();
        QTest::newRow("UK") << "14/03/2026 13:05"
                            << "dmy"
                            << "2026-03-14T13:05:00.000" << QString();
        QTest::newRow("UK milliseconds") << "14/03/2026 13:05:09.250"
                                         << "dmy"
                                         << "2026-03-14T13:05:09.250" << QString();
        QTest::newRow("UK 12 AM") << "14/03/2026 12:10 AM"
                                  << "dmy"
                                  << "2026-03-14T00:10:00.000" << QString();
        QTest::newRow("3/4 month first") << "3/4/2026 10:00"
                                         << "mdy"
                                         << "2026-03-04T10:00:00.000" << QString();
        QTest::newRow("3/4 day first") << "3/4/2026 10:00"
                                       << "dmy"
                                       << "2026-04-03T10:00:00.000" << QString();
        QTest::newRow("hour 0 with AM") << "3/14/2026 0:30 AM"
                                        << "mdy" << QString() << "12-hour";
        QTest::newRow("hour 13 with PM") << "3/14/2026 13:05 PM"
                                         << "mdy" << QString() << "12-hour";
        QTest::newRow("two-digit year US") << "3/14/26 1:05 PM"
                                           << "mdy" << QString() << "two-digit year";
        QTest::newRow("two-digit year UK") << "14/03/26 13:05"
                                           << "dmy" << QString() << "two-digit year";
        QTest::newRow("order not given") << "3/4/2026 10:00" << QString() << QString() << "the date order";
        QTest::newRow("no 14th month") << "14/03/2026 13:05"
                                       << "mdy" << QString() << "month first";
        QTest::newRow("no 31st of February") << "2/31/2026 10:00"
                                             << "mdy" << QString() << "month first";
        QTest::newRow("date only") << "3/14/2026"
                                   << "mdy" << QString() << "without a time";
        QTest::newRow("25 o'clock") << "3/14/2026 25:00"
                                    << "mdy" << QString() << "time of day";
        QTest::newRow("garbage after") << "3/14/2026 1:05 PM EST"
                                       << "mdy" << QString() << "not a date and time";
    }
    void slashTimes()
    {
        QFETCH(QString, text);
        QFETCH(QString, order);
        QFETCH(QString, local);
        QFETCH(QString, why);
        auto o = PosSlashDates::orderFromName(order);
        QVERIFY(o);
        const QTimeZone chicago(QByteArrayLiteral("America/Chicago"));
        bool isLocal = false;
        QString reason;
        const QDateTime t = PosJournalReader::parseTime(text, chicago, &isLocal, *o, &reason);
        if (local.isEmpty()) {
            QVERIFY2(!t.isValid(), qPrintable(t.toString(Qt::ISODateWithMs)));
            QVERIFY2(reason.contains(why), qPrintable(reason));
            return;
        }
        QVERIFY2(t.isValid(), qPrintable(reason));
        QVERIFY(isLocal);
        QCOMPARE(t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")), local);
        QCOMPARE(t.timeZone(), chicago);
        // Chicago: CST (-06:00) until 8 March 2026, CDT (-05:00) after.
        QCOMPARE(t.offsetFromUtc(), t.date() < QDate(2026, 3, 8) ? -6 * 3600 : -5 * 3600);
    }

    void slashBusinessDays()
    {
        QString why;
        QCOMPARE(PosJournalReader::parseDate(QStringLiteral("03/13/2026 12:00:00 AM"), PosDateOrder::MonthFirst),
                 QDate(2026, 3, 13));
        QCOMPARE(PosJournalReader::parseDate(QStringLiteral("3/4/2026"), PosDateOrder::MonthFirst), QDate(2026, 3, 4));
        QCOMPARE(PosJournalReader::parseDate(QStringLiteral("3/4/2026"), PosDateOrder::DayFirst), QDate(2026, 4, 3));
        QCOMPARE(PosJournalReader::parseDate(QStringLiteral("28/03/2026"), PosDateOrder::DayFirst), QDate(2026, 3, 28));
        QVERIFY(!PosJournalReader::parseDate(QStringLiteral("28/03/2026"), PosDateOrder::MonthFirst, &why).isValid());
        QVERIFY2(why.contains(QLatin1String("month first")), qPrintable(why));
        QVERIFY(!PosJournalReader::parseDate(QStringLiteral("3/13/26"), PosDateOrder::MonthFirst, &why).isValid());
        QVERIFY2(why.contains(QLatin1String("two-digit year")), qPrintable(why));
        QVERIFY(!PosJournalReader::parseDate(QStringLiteral("3/4/2026"), PosDateOrder::Undecided, &why).isValid());
        QVERIFY2(why.contains(QLatin1String("the date order")), qPrintable(why));
        // The forms that were read before are read as before.
        QCOMPARE(PosJournalReader::parseDate(QStringLiteral("2026-03-14")), QDate(2026, 3, 14));
        QCOMPARE(PosJournalReader::parseDate(QStringLiteral("14.03.2026")), QDate(2026, 3, 14));
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

    // A US store's export (NCR Counterpoint-shaped): MM/dd/yyyy hh:mm:ss AM/PM, business dates at 12:00:00 AM,
    // "$1,234.50". No order is given: the journal's dates (the 13th and 14th as second field) say month first.
    void usCounterpointCsv()
    {
        const Read r = readJournal(fixture(QStringLiteral("counterpoint-tickets.csv")), QStringLiteral("csv"),
                                   mapped("America/Chicago", QStringLiteral("counterpoint-mapping.json")));
        QVERIFY2(r.status, qPrintable(r.status.errorMessage()));
        QCOMPARE(r.rejects.size(), 0);
        QCOMPARE(r.transactions.size(), 10);
        QCOMPARE(r.order, PosDateOrder::MonthFirst);
        QVERIFY(r.slashDates.count() > 10);
        QCOMPARE(r.kinds.value(QStringLiteral("sale")), 5);
        QCOMPARE(r.kinds.value(QStringLiteral("return")), 1);
        QCOMPARE(r.kinds.value(QStringLiteral("void")), 1);
        QCOMPARE(r.kinds.value(QStringLiteral("no_sale")), 1);
        QCOMPARE(r.kinds.value(QStringLiteral("sign_on")), 1);
        QCOMPARE(r.kinds.value(QStringLiteral("sign_off")), 1);
        const struct
        {
            const char* sequence;
            const char* begin;
            const char* businessDay;
        } expected[] = {
            // Just after midnight, on the previous business date (a 24-hour store).
            {"9998", "2026-03-14T00:00:41-05:00", "2026-03-13"},  {"10000", "2026-03-14T06:58:12-05:00", "2026-03-14"},
            {"10002", "2026-03-14T12:30:00-05:00", "2026-03-14"}, {"10003", "2026-03-14T13:05:09-05:00", "2026-03-14"},
            {"10008", "2026-03-14T23:59:59-05:00", "2026-03-14"},
        };
        for (const auto& e : expected) {
            const PosTransaction* t = find(r, QString::fromLatin1(e.sequence));
            QVERIFY2(t, e.sequence);
            QCOMPARE(t->begin, QString::fromLatin1(e.begin));
            QCOMPARE(t->businessDay, QString::fromLatin1(e.businessDay));
            QCOMPARE(t->zoneApplied, QStringLiteral("America/Chicago"));
            QCOMPARE(t->currency, QStringLiteral("USD"));
        }
        const PosTransaction* kit = find(r, QStringLiteral("10002"));
        QCOMPARE(kit->total, qint64(133635)); // "$1,336.35"
        QCOMPARE(kit->lines.first().unitPrice, qint64(123450)); // "$1,234.50"
        QCOMPARE(kit->lines.last().cardLast4, QStringLiteral("1111"));
        const PosTransaction* refund = find(r, QStringLiteral("10004"));
        QCOMPARE(refund->total, qint64(-1512)); // "($15.12)"
        QCOMPARE(refund->linkSequence, QStringLiteral("9950"));
        QCOMPARE(refund->linkBusinessDay, QStringLiteral("2026-03-13"));
        QVERIFY(PosJournalReader::exceptionsOf(*refund).contains(QStringLiteral("return_other_day")));
    }

    // A UK EPOS export: dd/MM/yyyy HH:mm, "£1,299.99"; the 28th and 30th say day first. Two trading days either
    // side of the start of British Summer Time: +00:00, then +01:00.
    void ukEposCsv()
    {
        const Read r = readJournal(fixture(QStringLiteral("uk-epos-export.csv")), QStringLiteral("csv"),
                                   mapped("Europe/London", QStringLiteral("uk-epos-mapping.json")));
        QVERIFY2(r.status, qPrintable(r.status.errorMessage()));
        QCOMPARE(r.rejects.size(), 0);
        QCOMPARE(r.transactions.size(), 9);
        QCOMPARE(r.order, PosDateOrder::DayFirst);
        QCOMPARE(r.kinds.value(QStringLiteral("return")), 1);
        QCOMPARE(r.kinds.value(QStringLiteral("no_sale")), 1);
        const struct
        {
            const char* sequence;
            const char* begin;
            const char* businessDay;
        } expected[] = {
            {"5502", "2026-03-28T09:02:00+00:00", "2026-03-28"},
            {"5503", "2026-03-28T12:00:00+00:00", "2026-03-28"},
            {"5507", "2026-03-30T00:05:00+01:00", "2026-03-30"},
            {"5509", "2026-03-30T23:59:00+01:00", "2026-03-30"},
        };
        for (const auto& e : expected) {
            const PosTransaction* t = find(r, QString::fromLatin1(e.sequence));
            QVERIFY2(t, e.sequence);
            QCOMPARE(t->begin, QString::fromLatin1(e.begin));
            QCOMPARE(t->businessDay, QString::fromLatin1(e.businessDay));
        }
        QCOMPARE(find(r, QStringLiteral("5503"))->total, qint64(129999)); // "£1,299.99"
        QCOMPARE(find(r, QStringLiteral("5503"))->currency, QStringLiteral("GBP"));
    }

    // Every date could be either (3/4/2026: 3 March or 4 April): refused until the order is given, before a single
    // record reaches the sink; then read exactly, the offset of the day it turned out to be included.
    void ambiguousJournalNeedsTheOrder()
    {
        const QByteArray csv = ownCsv({QStringLiteral("3/4/2026 10:15 AM"), QStringLiteral("04/05/2026 12:00 AM"),
                                       QStringLiteral("12/11/2026 12:30 PM")});
        PosReadOptions o = zoned("America/New_York");
        const Read refused = readJournal(csv, QStringLiteral("csv"), o);
        QVERIFY(!refused.status);
        QCOMPARE(refused.status.error().kind, ErrorKind::Usage);
        QVERIFY2(refused.status.errorMessage().contains(QLatin1String("month first (3/14/2026"))
                     && refused.status.errorMessage().contains(QLatin1String("3/4/2026 10:15 AM")),
                 qPrintable(refused.status.errorMessage()));
        QVERIFY(refused.transactions.isEmpty());
        QVERIFY(refused.rejects.isEmpty());

        o.dateOrder = PosDateOrder::MonthFirst;
        const Read us = readJournal(csv, QStringLiteral("csv"), o);
        QVERIFY2(us.status, qPrintable(us.status.errorMessage()));
        QCOMPARE(us.rejects.size(), 0);
        QCOMPARE(us.order, PosDateOrder::MonthFirst);
        QCOMPARE(find(us, QStringLiteral("1"))->begin, QStringLiteral("2026-03-04T10:15:00-05:00")); // EST
        QCOMPARE(find(us, QStringLiteral("2"))->begin, QStringLiteral("2026-04-05T00:00:00-04:00")); // EDT
        QCOMPARE(find(us, QStringLiteral("3"))->begin, QStringLiteral("2026-12-11T12:30:00-05:00"));
        QCOMPARE(find(us, QStringLiteral("2"))->businessDay, QStringLiteral("2026-04-05"));

        o.dateOrder = PosDateOrder::DayFirst;
        const Read uk = readJournal(csv, QStringLiteral("csv"), o);
        QVERIFY2(uk.status, qPrintable(uk.status.errorMessage()));
        QCOMPARE(uk.rejects.size(), 0);
        QCOMPARE(find(uk, QStringLiteral("1"))->begin, QStringLiteral("2026-04-03T10:15:00-04:00"));
        QCOMPARE(find(uk, QStringLiteral("2"))->begin, QStringLiteral("2026-05-04T00:00:00-04:00"));
        QCOMPARE(find(uk, QStringLiteral("3"))->begin, QStringLiteral("2026-11-12T12:30:00-05:00"));
    }

    // One date that can only be day first and one that can only be month first: the journal is refused as a whole
    // (even though the contradiction is on its last row, no record was handed over). An order given by the person
    // importing wins: then the row that does not fit is a named reject.
    void contradictoryJournalIsRefused()
    {
        const QByteArray csv = ownCsv({QStringLiteral("03/14/2026 09:00 AM"), QStringLiteral("03/04/2026 10:00 AM"),
                                       QStringLiteral("15/03/2026 11:00")});
        PosReadOptions o = zoned("America/Chicago");
        const Read r = readJournal(csv, QStringLiteral("csv"), o);
        QVERIFY(!r.status);
        QVERIFY2(r.status.errorMessage().contains(QLatin1String("both orders"))
                     && r.status.errorMessage().contains(QLatin1String("\"15/03/2026 11:00\""))
                     && r.status.errorMessage().contains(QLatin1String("\"03/14/2026 09:00 AM\"")),
                 qPrintable(r.status.errorMessage()));
        QVERIFY(r.transactions.isEmpty());
        o.dateOrder = PosDateOrder::MonthFirst;
        const Read given = readJournal(csv, QStringLiteral("csv"), o);
        QVERIFY2(given.status, qPrintable(given.status.errorMessage()));
        QCOMPARE(given.transactions.size(), 2);
        QCOMPARE(given.rejects.size(), 1);
        QVERIFY2(given.rejects.first().reason.contains(QLatin1String("month first")),
                 qPrintable(given.rejects.first().reason));
    }

    void twoDigitYearsAreRejectedNotGuessed()
    {
        const Read r = readJournal(ownCsv({QStringLiteral("3/14/26 1:05 PM"), QStringLiteral("3/15/26 1:05 PM")}),
                                   QStringLiteral("csv"), zoned("America/Chicago"));
        QVERIFY2(r.status, qPrintable(r.status.errorMessage()));
        QCOMPARE(r.transactions.size(), 0);
        QCOMPARE(r.rejects.size(), 2);
        QVERIFY2(r.rejects.first().reason.contains(QLatin1String("two-digit year")),
                 qPrintable(r.rejects.first().reason));
    }

    // LP Desk POS JSON with slash dates, also when every slash is written with JSON's escape ("03\/14\/2026").
    void jsonJournalWithSlashDates()
    {
        const QByteArray json = R"({"format": "lpdesk-pos-json", "store_id": "0412", "transactions": [
  {"register": "2", "sequence": "1", "business_day": "03/13/2026", "begin": "03/14/2026 12:00:41 AM",
   "lines": [{"kind": "sale", "item_id": "1", "description": "PEPSI", "quantity": 1, "unit_price": "$6.49",
              "amount": "$6.49"}], "total": "$6.49"},
  {"register": "2", "sequence": "2", "business_day": "3/14/2026", "begin": "3/14/2026 12:30:00 PM",
   "lines": [], "total": "$1,234.50"}
]})";
        QByteArray escaped = json;
        escaped.replace("/", "\\/");
        for (const QByteArray& bytes : {json, escaped}) {
            const Read r = readJournal(bytes, QStringLiteral("json"), zoned("America/Chicago"));
            QVERIFY2(r.status, qPrintable(r.status.errorMessage()));
            QCOMPARE(r.rejects.size(), 0);
            QCOMPARE(r.order, PosDateOrder::MonthFirst);
            QCOMPARE(find(r, QStringLiteral("1"))->begin, QStringLiteral("2026-03-14T00:00:41-05:00"));
            QCOMPARE(find(r, QStringLiteral("1"))->businessDay, QStringLiteral("2026-03-13"));
            QCOMPARE(find(r, QStringLiteral("2"))->begin, QStringLiteral("2026-03-14T12:30:00-05:00"));
            QCOMPARE(find(r, QStringLiteral("2"))->total, qint64(123450));
        }
        // The same journal with only ambiguous dates is refused, JSON or not.
        QByteArray ambiguous = escaped;
        ambiguous.replace("03\\/13", "03\\/12").replace("03\\/14", "03\\/11").replace("3\\/14", "3\\/10");
        const Read refused = readJournal(ambiguous, QStringLiteral("json"), zoned("America/Chicago"));
        QVERIFY(!refused.status);
        QVERIFY2(refused.status.errorMessage().contains(QLatin1String("the date order")),
                 qPrintable(refused.status.errorMessage()));
        QVERIFY(refused.transactions.isEmpty());
    }

    // The only date that tells the order is on the journal's last row: the rows before it are read in that order
    // too, not rejected and not guessed.
    void lastRowDecidesForTheRowsBefore()
    {
        const Read r = readJournal(ownCsv({QStringLiteral("3/4/2026 9:00 AM"), QStringLiteral("3/5/2026 9:00 AM"),
                                           QStringLiteral("3/13/2026 9:00 AM")}),
                                   QStringLiteral("csv"), zoned("America/Chicago"));
        QVERIFY2(r.status, qPrintable(r.status.errorMessage()));
        QCOMPARE(r.rejects.size(), 0);
        QCOMPARE(r.order, PosDateOrder::MonthFirst);
        QCOMPARE(find(r, QStringLiteral("1"))->begin, QStringLiteral("2026-03-04T09:00:00-06:00"));
        QCOMPARE(find(r, QStringLiteral("2"))->begin, QStringLiteral("2026-03-05T09:00:00-06:00"));
        QCOMPARE(find(r, QStringLiteral("3"))->begin, QStringLiteral("2026-03-13T09:00:00-05:00"));
    }

    // The date and the time of a journal that writes them in two columns, made one local time.
    void joinDateAndTime_data()
    {
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("time");
        QTest::addColumn<QString>("joined"); // empty: refused
        QTest::addColumn<QString>("why"); // a word of the reason when refused
        QTest::newRow("dotted") << "07.12.2026"
                                << "14:03:27"
                                << "07.12.2026 14:03:27"
                                << "";
        QTest::newRow("US 12-hour PM") << "12/07/2026"
                                       << "2:03:27 PM"
                                       << "12/07/2026 14:03:27"
                                       << "";
        QTest::newRow("12 AM is after midnight") << "12/07/2026"
                                                 << "12:00:41 AM"
                                                 << "12/07/2026 00:00:41"
                                                 << "";
        QTest::newRow("12 PM is noon") << "12/07/2026"
                                       << "12:30 p.m."
                                       << "12/07/2026 12:30:00"
                                       << "";
        QTest::newRow("ISO date, seconds left out") << "2026-12-07"
                                                    << "9:05"
                                                    << "2026-12-07 09:05:00"
                                                    << "";
        QTest::newRow("compact date and time") << "20261207"
                                               << "140327"
                                               << "2026-12-07 14:03:27"
                                               << "";
        QTest::newRow("milliseconds") << "07.12.2026"
                                      << "14:03:27,250"
                                      << "07.12.2026 14:03:27.250"
                                      << "";
        QTest::newRow("date with midnight") << "12/07/2026 12:00:00 AM"
                                            << "2:03:27 PM"
                                            << "12/07/2026 14:03:27"
                                            << "";
        QTest::newRow("ISO date with midnight") << "2026-12-07T00:00:00"
                                                << "14:03"
                                                << "2026-12-07 14:03:00"
                                                << "";
        QTest::newRow("Access time column") << "07.12.2026"
                                            << "30.12.1899 14:03:27"
                                            << "07.12.2026 14:03:27"
                                            << "";
        QTest::newRow("no time") << "07.12.2026"
                                 << ""
                                 << ""
                                 << "time is empty";
        QTest::newRow("no date") << ""
                                 << "14:03:27"
                                 << ""
                                 << "date is empty";
        QTest::newRow("hour 25") << "07.12.2026"
                                 << "25:10:00"
                                 << ""
                                 << "25:10:00";
        QTest::newRow("13 PM") << "12/07/2026"
                               << "13:05 PM"
                               << ""
                               << "12-hour";
        QTest::newRow("words") << "07.12.2026"
                               << "noon"
                               << ""
                               << "not a time of day";
    }
    void joinDateAndTime()
    {
        QFETCH(QString, date);
        QFETCH(QString, time);
        QFETCH(QString, joined);
        QFETCH(QString, why);
        const auto r = PosJournalReader::joinDateAndTime(date, time);
        if (joined.isEmpty()) {
            QVERIFY(!r);
            QVERIFY2(r.errorMessage().contains(why), qPrintable(r.errorMessage()));
        } else {
            QVERIFY2(r, qPrintable(r.errorMessage()));
            QCOMPARE(*r, joined);
        }
    }

    // An Austrian till's export with Datum and Uhrzeit in two columns, ';' and decimal commas: local times in the
    // store's zone on both sides of the end of summer time, the business day derived from the date, the one row with
    // an impossible time a named reject.
    void austrianJournalWithDateAndTimeColumns()
    {
        const Read r = readJournal(fixture(QStringLiteral("kassenjournal-datum-uhrzeit.csv")), QStringLiteral("csv"),
                                   mapped("Europe/Vienna", QStringLiteral("kassenjournal-mapping.json")));
        QVERIFY2(r.status, qPrintable(r.status.errorMessage()));
        QCOMPARE(r.transactions.size(), 14);
        QCOMPARE(r.rejects.size(), 1);
        QCOMPARE(r.rejects.first().where, QStringLiteral("line 17"));
        QVERIFY2(r.rejects.first().reason.contains(QLatin1String("\"25:10:00\" is not a time of day")),
                 qPrintable(r.rejects.first().reason));
        QCOMPARE(r.kinds.value(QStringLiteral("sale")), 5);
        QCOMPARE(r.kinds.value(QStringLiteral("return")), 1);
        QCOMPARE(r.kinds.value(QStringLiteral("void")), 1);
        QCOMPARE(r.kinds.value(QStringLiteral("no_sale")), 1);
        QCOMPARE(r.kinds.value(QStringLiteral("till_open")), 1);
        QCOMPARE(r.kinds.value(QStringLiteral("till_close")), 1);
        QCOMPARE(r.kinds.value(QStringLiteral("sign_on")), 2);
        QCOMPARE(r.kinds.value(QStringLiteral("sign_off")), 2);
        QCOMPARE(r.voidedLines, 1);
        const struct
        {
            const char* sequence;
            const char* begin;
            const char* businessDay;
        } expected[] = {
            {"2041", "2026-10-24T07:58:03+02:00", "2026-10-24"}, // summer time
            {"2044", "2026-10-24T11:30:00+02:00", "2026-10-24"},
            {"2052", "2026-10-26T00:04:12+01:00", "2026-10-26"}, // after the change, just after midnight
            {"2055", "2026-10-26T18:30:59+01:00", "2026-10-26"},
        };
        for (const auto& e : expected) {
            const PosTransaction* t = find(r, QString::fromLatin1(e.sequence));
            QVERIFY2(t, e.sequence);
            QCOMPARE(t->begin, QString::fromLatin1(e.begin));
            QCOMPARE(t->businessDay, QString::fromLatin1(e.businessDay));
            QVERIFY(t->businessDayDerived);
            QCOMPARE(t->zoneApplied, QStringLiteral("Europe/Vienna"));
            QCOMPARE(t->timeSource, QStringLiteral("date+time"));
        }
        const PosTransaction* machine = find(r, QStringLiteral("2044"));
        QCOMPARE(machine->total, qint64(129900)); // "1.299,00"
        QCOMPARE(machine->currency, QStringLiteral("EUR"));
        QCOMPARE(machine->lines.last().cardLast4, QStringLiteral("7890"));
        QCOMPARE(find(r, QStringLiteral("2045"))->total, qint64(534)); // "5,34", the storno line not counted
        QCOMPARE(find(r, QStringLiteral("2047"))->total, qint64(-899));
    }

    // A US register's export with Date and Time in two columns, 12-hour times: 12/13 says month first for the whole
    // journal, 12/07 included.
    void usRegisterWithDateAndTimeColumns()
    {
        const Read r = readJournal(fixture(QStringLiteral("us-register-date-time.csv")), QStringLiteral("csv"),
                                   mapped("America/Chicago", QStringLiteral("us-register-mapping.json")));
        QVERIFY2(r.status, qPrintable(r.status.errorMessage()));
        QCOMPARE(r.rejects.size(), 0);
        QCOMPARE(r.transactions.size(), 9);
        QCOMPARE(r.order, PosDateOrder::MonthFirst);
        QCOMPARE(r.kinds.value(QStringLiteral("sale")), 4);
        QCOMPARE(r.kinds.value(QStringLiteral("return")), 1);
        QCOMPARE(r.kinds.value(QStringLiteral("void")), 1);
        QCOMPARE(r.kinds.value(QStringLiteral("no_sale")), 1);
        QCOMPARE(find(r, QStringLiteral("20101"))->begin, QStringLiteral("2026-12-07T00:00:41-06:00"));
        QCOMPARE(find(r, QStringLiteral("20103"))->begin, QStringLiteral("2026-12-07T12:30:00-06:00"));
        QCOMPARE(find(r, QStringLiteral("20104"))->begin, QStringLiteral("2026-12-07T14:03:27-06:00"));
        QCOMPARE(find(r, QStringLiteral("20109"))->begin, QStringLiteral("2026-12-13T23:59:59-06:00"));
        QCOMPARE(find(r, QStringLiteral("20109"))->businessDay, QStringLiteral("2026-12-13"));
        QCOMPARE(find(r, QStringLiteral("20103"))->total, qint64(133635)); // "$1,336.35"
        QCOMPARE(find(r, QStringLiteral("20105"))->total, qint64(-1512)); // "($15.12)"
    }

    // Without 12/13 every date could be either: refused, asking for the date order, before a record is handed over;
    // with the order given, read in it (7 December or 12 July, with that day's offset).
    void ambiguousDateColumnNeedsTheOrder()
    {
        QByteArray csv = fixture(QStringLiteral("us-register-date-time.csv"));
        csv.replace("12/13/2026", "12/12/2026");
        PosReadOptions o = mapped("America/Chicago", QStringLiteral("us-register-mapping.json"));
        const Read refused = readJournal(csv, QStringLiteral("csv"), o);
        QVERIFY(!refused.status);
        QCOMPARE(refused.status.error().kind, ErrorKind::Usage);
        QVERIFY2(refused.status.errorMessage().contains(QLatin1String("the date order"))
                     && refused.status.errorMessage().contains(QLatin1String("12/07/2026")),
                 qPrintable(refused.status.errorMessage()));
        QVERIFY(refused.transactions.isEmpty());
        o.dateOrder = PosDateOrder::MonthFirst;
        const Read us = readJournal(csv, QStringLiteral("csv"), o);
        QVERIFY2(us.status, qPrintable(us.status.errorMessage()));
        QCOMPARE(us.rejects.size(), 0);
        QCOMPARE(find(us, QStringLiteral("20104"))->begin, QStringLiteral("2026-12-07T14:03:27-06:00"));
        o.dateOrder = PosDateOrder::DayFirst;
        const Read uk = readJournal(csv, QStringLiteral("csv"), o);
        QVERIFY2(uk.status, qPrintable(uk.status.errorMessage()));
        QCOMPARE(find(uk, QStringLiteral("20104"))->begin, QStringLiteral("2026-07-12T14:03:27-05:00"));
        QCOMPARE(find(uk, QStringLiteral("20109"))->begin, QStringLiteral("2026-12-12T23:59:59-06:00"));
    }

    // A mapping with a date but no time (or neither and no begin) is refused; a journal that lacks the time column
    // the mapping names is refused naming both columns.
    void dateAndTimeMappingMustBeWhole()
    {
        QJsonObject json = QJsonDocument::fromJson(fixture(QStringLiteral("kassenjournal-mapping.json"))).object();
        QVERIFY(PosCsvMapping::fromJson(json));
        QCOMPARE(PosCsvMapping::missingField(json.keys()), QString());
        json.remove(QStringLiteral("time"));
        const auto noTime = PosCsvMapping::fromJson(json);
        QVERIFY(!noTime);
        QVERIFY2(noTime.errorMessage().contains(QLatin1String("\"date\" and \"time\"")),
                 qPrintable(noTime.errorMessage()));
        QCOMPARE(PosCsvMapping::missingField(json.keys()), QStringLiteral("begin"));

        QByteArray csv = fixture(QStringLiteral("kassenjournal-datum-uhrzeit.csv"));
        csv.replace("Uhrzeit", "Zeit");
        const Read r = readJournal(csv, QStringLiteral("csv"),
                                   mapped("Europe/Vienna", QStringLiteral("kassenjournal-mapping.json")));
        QVERIFY(!r.status);
        QVERIFY2(r.status.errorMessage().contains(QLatin1String("\"Datum\""))
                     && r.status.errorMessage().contains(QLatin1String("\"Uhrzeit\"")),
                 qPrintable(r.status.errorMessage()));
    }

    // LP Desk POS JSON with "date" and "time" instead of "begin", decimal commas in strings.
    void jsonJournalWithDateAndTimeFields()
    {
        const QByteArray json = R"({"format": "lpdesk-pos-json", "store_id": "W-03", "transactions": [
  {"register": "2", "sequence": "1", "date": "07.12.2026", "time": "14:03:27",
   "lines": [{"kind": "sale", "item_id": "1", "description": "Almdudler", "quantity": 1, "unit_price": "2,19",
              "amount": "2,19"}], "total": "1.302,19"},
  {"register": "2", "sequence": "2", "date": "07.12.2026", "time": "",
   "lines": [], "total": "0,00"}
]})";
        PosReadOptions o = zoned("Europe/Vienna");
        o.decimal = QLatin1Char(',');
        const Read r = readJournal(json, QStringLiteral("json"), o);
        QVERIFY2(r.status, qPrintable(r.status.errorMessage()));
        QCOMPARE(r.transactions.size(), 1);
        QCOMPARE(r.transactions.first().begin, QStringLiteral("2026-12-07T14:03:27+01:00"));
        QCOMPARE(r.transactions.first().timeSource, QStringLiteral("date+time"));
        QCOMPARE(r.transactions.first().total, qint64(130219));
        QCOMPARE(r.rejects.size(), 1);
        QVERIFY2(r.rejects.first().reason.contains(QLatin1String("time is empty")),
                 qPrintable(r.rejects.first().reason));
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
