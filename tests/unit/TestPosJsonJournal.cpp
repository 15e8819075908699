// PosJsonJournal, LP Desk's JSON POS journal, read on its own: every field of a transaction lands where it belongs;
// amounts with decimal commas and thousands separators (strings) or as JSON numbers are exact; a transaction missing a
// field it needs is rejected with its number and line while the others are read; the streaming splitter keeps to the
// top-level "transactions" array whatever is nested around or inside it (braces in strings, escaped quotes, the same
// key deeper down); and a truncated, unbalanced, non-UTF-8 or mislabelled document stops the import.
#include "TestSupport.h"

#include "pos/PosJsonJournal.h"

#include <QBuffer>
#include <QTest>

using namespace lpdesk;

namespace {

struct Read
{
    QList<PosTransaction> transactions;
    QStringList refs;
    QList<PosReject> rejects;
    Status status;
};

Read readJson(const QByteArray& bytes, QChar decimal = QChar())
{
    Read r;
    QBuffer device;
    device.setData(bytes);
    device.open(QIODevice::ReadOnly);
    PosReadOptions options;
    options.zone = QTimeZone(QByteArray("Europe/Berlin"));
    options.decimal = decimal;
    r.status = PosJsonJournal().read(
        device, options,
        [&](const PosTransaction& t, const QString& ref) -> Status {
            r.transactions << t;
            r.refs << ref;
            return {};
        },
        &r.rejects, nullptr);
    return r;
}

// A journal around the given transaction objects (one per line).
QByteArray journal(const QList<QByteArray>& transactions, const QByteArray& store = "\"B-17\"")
{
    QByteArray j = "{\"format\": \"lpdesk-pos-json\", \"store_id\": " + store + ", \"transactions\": [\n";
    for (qsizetype i = 0; i < transactions.size(); ++i)
        j += transactions[i] + (i + 1 < transactions.size() ? ",\n" : "\n");
    return j + "]}\n";
}

QByteArray sale(const QByteArray& sequence, const QByteArray& total, const QByteArray& extra = {})
{
    return "{\"register\": \"3\", \"sequence\": " + sequence
        + ", \"begin\": \"2026-03-14T10:15:00+01:00\", \"currency\": \"EUR\", \"total\": " + total
        + ", \"lines\": [{\"kind\": \"sale\", \"item_id\": \"4006381333931\", \"description\": \"Stift\", "
          "\"quantity\": 1, \"amount\": "
        + total + "}]" + extra + "}";
}

} // namespace

class TestPosJsonJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFieldLandsWhereItBelongs()
    {
        const Read r = readJson(journal({R"({"register": "3", "sequence": 17, "business_day": "2026-03-14",
  "begin": "2026-03-14T10:15:00+01:00", "end": "2026-03-14T10:16:30+01:00", "operator": "op-9", "currency": "EUR",
  "total": "1.234,56", "loyalty_id": "L-55", "ext": {"till": {"drawer": 2}},
  "link": {"register": "1", "sequence": 4, "business_day": "2026-03-13"},
  "lines": [
    {"kind": "sale", "item_id": "4006381333931", "description": "Kaffee", "quantity": "0,5", "unit_price": 12.34,
     "regular_price": "13,00", "amount": "6,17", "reason": "markdown", "aisle": 7},
    {"kind": "discount", "amount": "-0,17"},
    {"kind": "tender", "tender_type": "credit", "card_last4": "4111 1111 1111 1234", "entry_method": "chip",
     "amount": "1.234,56"}]})"}),
                                QLatin1Char(','));
        QVERIFY2(r.status, qPrintable(r.status.errorMessage()));
        QVERIFY2(r.rejects.isEmpty(), qPrintable(r.rejects.value(0).reason));
        QCOMPARE(r.transactions.size(), 1);
        const PosTransaction& t = r.transactions.first();
        QCOMPARE(t.storeId, QStringLiteral("B-17"));
        QCOMPARE(t.registerId, QStringLiteral("3"));
        QCOMPARE(t.sequence, QStringLiteral("17")); // a JSON number, kept as its digits
        QCOMPARE(t.businessDay, QStringLiteral("2026-03-14"));
        QCOMPARE(t.begin, QStringLiteral("2026-03-14T10:15:00+01:00"));
        QCOMPARE(t.operatorId, QStringLiteral("op-9"));
        QCOMPARE(t.currency, QStringLiteral("EUR"));
        QCOMPARE(t.exponent, 2);
        QCOMPARE(t.total, qint64(123456));
        QCOMPARE(t.loyaltyId, QStringLiteral("L-55"));
        QCOMPARE(t.linkRegister, QStringLiteral("1"));
        QCOMPARE(t.linkSequence, QStringLiteral("4"));
        QCOMPARE(t.linkBusinessDay, QStringLiteral("2026-03-13"));
        QCOMPARE(t.extensions.value(QLatin1String("till")).toObject().value(QLatin1String("drawer")).toInt(), 2);
        QCOMPARE(t.lines.size(), 3);
        const PosLineItem& coffee = t.lines[0];
        QCOMPARE(coffee.kind, PosLineItem::Kind::Sale);
        QCOMPARE(coffee.itemId, QStringLiteral("4006381333931"));
        QCOMPARE(coffee.quantity, 0.5);
        QCOMPARE(coffee.unitPrice, qint64(1234)); // a JSON number: '.' whatever the journal's decimal mark
        QCOMPARE(coffee.regularPrice, qint64(1300));
        QCOMPARE(coffee.amount, qint64(617));
        QCOMPARE(coffee.reason, QStringLiteral("markdown"));
        QCOMPARE(coffee.extensions.value(QLatin1String("aisle")).toInt(), 7); // an unknown field, kept
        QCOMPARE(t.lines[1].kind, PosLineItem::Kind::Discount);
        QCOMPARE(t.lines[1].amount, qint64(-17));
        QCOMPARE(t.lines[2].kind, PosLineItem::Kind::Tender);
        QCOMPARE(t.lines[2].tenderType, QStringLiteral("credit"));
        QCOMPARE(t.lines[2].cardLast4, QStringLiteral("1234")); // never the card number
        QCOMPARE(t.lines[2].entryMethod, QStringLiteral("chip"));
        QCOMPARE(t.lines[2].amount, qint64(123456));
        QCOMPARE(r.refs.first(), QStringLiteral("transaction #1 (line 2)"));
    }

    void amountsAreExact_data()
    {
        QTest::addColumn<QByteArray>("total");
        QTest::addColumn<QChar>("decimal");
        QTest::addColumn<qint64>("cents");
        QTest::newRow("number") << QByteArray("12.34") << QChar() << qint64(1234);
        QTest::newRow("number, comma journal") << QByteArray("0.07") << QChar(QLatin1Char(',')) << qint64(7);
        QTest::newRow("number 0.1+0.2 trap") << QByteArray("0.3") << QChar() << qint64(30);
        QTest::newRow("string point") << QByteArray("\"1,234.50\"") << QChar(QLatin1Char('.')) << qint64(123450);
        QTest::newRow("string comma") << QByteArray("\"1.234,50\"") << QChar(QLatin1Char(',')) << qint64(123450);
        QTest::newRow("string comma negative") << QByteArray("\"-19,99\"") << QChar(QLatin1Char(',')) << qint64(-1999);
        QTest::newRow("large") << QByteArray("\"9.876.543,21\"") << QChar(QLatin1Char(',')) << qint64(987654321);
    }
    void amountsAreExact()
    {
        QFETCH(QByteArray, total);
        QFETCH(QChar, decimal);
        QFETCH(qint64, cents);
        const Read r = readJson(journal({sale("1", total)}), decimal);
        QVERIFY2(r.status, qPrintable(r.status.errorMessage()));
        QVERIFY2(r.rejects.isEmpty(), qPrintable(r.rejects.value(0).reason));
        QCOMPARE(r.transactions.size(), 1);
        QCOMPARE(r.transactions.first().total, cents);
        QCOMPARE(r.transactions.first().lines.first().amount, cents);
    }

    void aBadTransactionIsRejectedAndTheOthersRead_data()
    {
        QTest::addColumn<QByteArray>("bad");
        QTest::addColumn<QString>("why");
        QTest::newRow("no time") << QByteArray(R"({"register": "3", "sequence": 2, "total": 1, "lines": []})")
                                 << QStringLiteral("time");
        QTest::newRow("line without kind")
            << sale("2", "1").replace(R"("kind": "sale", )", "") << QStringLiteral("unknown line kind \"\"");
        QTest::newRow("unknown line kind") << sale("2", "1").replace(R"("kind": "sale")", R"("kind": "gift")")
                                           << QStringLiteral("unknown line kind \"gift\"");
        QTest::newRow("broken amount") << sale("2", "\"12,3x\"") << QStringLiteral("12,3x");
        QTest::newRow("broken quantity") << sale("2", "1").replace(R"("quantity": 1)", R"("quantity": "zwei")")
                                         << QStringLiteral("zwei");
        QTest::newRow("half a date") << QByteArray(R"({"register": "3", "sequence": 2, "date": "2026-03-14", )"
                                                   R"("total": 1, "lines": []})")
                                     << QStringLiteral("time");
        QTest::newRow("not JSON inside") << QByteArray(R"({"register": "3", "sequence": 2, "total": 1,})")
                                         << QStringLiteral("not a JSON object");
    }
    void aBadTransactionIsRejectedAndTheOthersRead()
    {
        QFETCH(QByteArray, bad);
        QFETCH(QString, why);
        const Read r = readJson(journal({sale("1", "1.5"), bad, sale("3", "2.5")}));
        QVERIFY2(r.status, qPrintable(r.status.errorMessage()));
        QCOMPARE(r.transactions.size(), 2);
        QCOMPARE(r.transactions[0].sequence, QStringLiteral("1"));
        QCOMPARE(r.transactions[1].sequence, QStringLiteral("3"));
        QCOMPARE(r.rejects.size(), 1);
        QCOMPARE(r.rejects.first().where, QStringLiteral("transaction #2 (line 3)"));
        QVERIFY2(r.rejects.first().reason.contains(why, Qt::CaseInsensitive), qPrintable(r.rejects.first().reason));
    }

    void nestingAroundAndInsideTransactions()
    {
        // Before the array: an object holding a "transactions" array of its own, and a string holding brackets.
        // Inside: braces, brackets and escaped quotes in strings, and deep extensions. After: more top-level keys.
        // (Plain literals: moc misreads this file's raw strings holding escaped quotes.)
        const QByteArray j
            = "{\"format\": \"lpdesk-pos-json\", \"note\": \"not [this] {one}\", \"store_id\": \"B-17\",\n"
              "  \"meta\": {\"transactions\": [{\"register\": \"9\", \"sequence\": 99}], \"deep\": [[[{\"x\": "
              "\"}\"}]]]},\n"
              "  \"transactions\": [\n    "
            + sale("1", "1",
                   ", \"ext\": {\"a\": {\"b\": {\"c\": [1, {\"d\": \"]}\\\"{[\"}]}}}, \"operator\": \"x}\\\"y\"")
            + ",\n    " + sale("2", "2").replace("Stift", "Heft {A4} [kariert] \\\"blau\\\"")
            + "\n  ],\n  \"after\": {\"transactions\": [{\"sequence\": 100}]}\n}";
        const Read r = readJson(j);
        QVERIFY2(r.status, qPrintable(r.status.errorMessage()));
        QVERIFY2(r.rejects.isEmpty(), qPrintable(r.rejects.value(0).reason));
        QCOMPARE(r.transactions.size(), 2);
        QCOMPARE(r.transactions[0].sequence, QStringLiteral("1"));
        QCOMPARE(r.transactions[0].operatorId, QStringLiteral("x}\"y"));
        QCOMPARE(r.transactions[0]
                     .extensions.value(QLatin1String("a"))
                     .toObject()
                     .value(QLatin1String("b"))
                     .toObject()
                     .value(QLatin1String("c"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QLatin1String("d"))
                     .toString(),
                 QStringLiteral("]}\"{["));
        QCOMPARE(r.transactions[1].lines.first().description, QStringLiteral("Heft {A4} [kariert] \"blau\""));
        QCOMPARE(r.refs[1], QStringLiteral("transaction #2 (line 5)"));
    }

    // Something in the transactions array that is not a transaction object is a record the import cannot take: it
    // is rejected with its place, never skipped without a word (a transaction wrapped in an array, a number).
    void elementsThatAreNotObjectsAreRejected()
    {
        const Read r = readJson(journal({sale("1", "1"), "[" + sale("2", "2") + "]", "42", "\"{}\"", sale("5", "5")}));
        QVERIFY2(r.status, qPrintable(r.status.errorMessage()));
        QCOMPARE(r.transactions.size(), 2);
        QStringList where;
        for (const PosReject& reject : r.rejects)
            where << reject.where + QLatin1String(": ") + reject.reason;
        QCOMPARE(where,
                 QStringList({QStringLiteral("transaction #2 (line 3): not a JSON object"),
                              QStringLiteral("transaction #3 (line 4): not a JSON object"),
                              QStringLiteral("transaction #4 (line 5): not a JSON object")}));
        QCOMPARE(r.transactions[1].sequence, QStringLiteral("5"));
        QCOMPARE(r.refs[1], QStringLiteral("transaction #5 (line 6)"));
    }

    void brokenDocumentsStopTheImport_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("why");
        const QByteArray good = journal({sale("1", "1")});
        QTest::newRow("truncated") << good.left(good.size() - 4) << QStringLiteral("ends early");
        QTest::newRow("truncated in a string") << good.left(good.indexOf("Stift") + 2) << QStringLiteral("ends early");
        QTest::newRow("unbalanced") << good + "]}" << QStringLiteral("unbalanced brackets");
        QTest::newRow("other format") << QByteArray(good).replace("lpdesk-pos-json", "other-pos-json")
                                      << QStringLiteral("format is not lpdesk-pos-json");
        QTest::newRow("not UTF-8") << QByteArray(good).replace("Stift",
                                                               "St\xff\xfe"
                                                               "ft")
                                   << QStringLiteral("not valid UTF-8");
        QTest::newRow("huge transaction")
            << journal({sale("1", "1", ", \"ext\": {\"pad\": \"" + QByteArray(2 * 1024 * 1024, 'x') + "\"}")})
            << QStringLiteral("a transaction larger than");
    }
    void brokenDocumentsStopTheImport()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, why);
        const Read r = readJson(json);
        QVERIFY(!r.status);
        QVERIFY2(r.status.errorMessage().contains(why), qPrintable(r.status.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestPosJsonJournal)
#include "TestPosJsonJournal.moc"
