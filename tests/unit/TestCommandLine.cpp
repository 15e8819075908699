// lpdesk-cli's one argument parser (app/cli/CommandLine): what a usage text declares, and how arguments are read
// against it.
#include "CommandLine.h"

#include <QTest>

using namespace lpdesk;

namespace {

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// Parses `args` against `usage`; the error ("" when it parsed).
QString parseError(const QString& usage, const QStringList& args, CommandArgs* out = nullptr)
{
    CommandArgs local;
    QString error;
    if (!(out ? out : &local)->parse(args, ArgSpec::fromUsage(usage), &error))
        return error.isEmpty() ? QStringLiteral("(failed without a message)") : error;
    return {};
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void usageDeclaresOptionsAndPositionals_data()
    {
        QTest::addColumn<QString>("usage");
        QTest::addColumn<QStringList>("valueOptions");
        QTest::addColumn<QStringList>("switches");
        QTest::addColumn<int>("min");
        QTest::addColumn<int>("max");
        const QStringList none;
        QTest::newRow("trim") << "MEDIA --from T --to T [--mode copy|smart|reencode] [--case CASE]"
                              << QStringList {"case", "from", "mode", "to"} << none << 1 << 1;
        QTest::newRow("nested switch") << "NAME [--rekey [--recipient-out FILE]]" << QStringList {"recipient-out"}
                                       << QStringList {"rekey"} << 1 << 1;
        QTest::newRow("repeated positional") << "[STORE_ID...]" << none << none << 0 << ArgSpec::Unlimited;
        QTest::newRow("repeated after one") << "ID FILE..." << none << none << 2 << ArgSpec::Unlimited;
        QTest::newRow("list in one word") << "CASE TAG,TAG,..." << none << none << 2 << 2;
        QTest::newRow("repeated options")
            << "STORE [--add POS_ID]... [--remove POS_ID]..." << QStringList {"add", "remove"} << none << 1 << 1;
        QTest::newRow("alternatives") << "TYPE DAYS [--from incident|closure] | KIND DAYS --evidence [--from ...]"
                                      << QStringList {"from"} << QStringList {"evidence"} << 2 << 2;
        QTest::newRow("optional alternatives")
            << "[URL --ca PEM | --clear]" << QStringList {"ca"} << QStringList {"clear"} << 0 << 1;
        QTest::newRow("group") << "(FILE [--store ID] | --pulled)" << QStringList {"store"} << QStringList {"pulled"}
                               << 0 << 1;
        QTest::newRow("optional words") << "TYPE|* [clip] [pos] [statement]" << none << none << 1 << 4;
        QTest::newRow("value with dots") << "ID --url https://... (--ca PEM | --system-trust) [--allow FIELD,...]"
                                         << QStringList {"allow", "ca", "url"} << QStringList {"system-trust"} << 1
                                         << 1;
        QTest::newRow("nothing") << "" << none << none << 0 << 0;
    }

    void usageDeclaresOptionsAndPositionals()
    {
        QFETCH(QString, usage);
        QFETCH(QStringList, valueOptions);
        QFETCH(QStringList, switches);
        QFETCH(int, min);
        QFETCH(int, max);
        const ArgSpec spec = ArgSpec::fromUsage(usage);
        QCOMPARE(sorted(spec.valueOptions), valueOptions);
        QCOMPARE(sorted(spec.switches), switches);
        QCOMPARE(spec.minPositionals, min);
        QCOMPARE(spec.maxPositionals, max);
    }

    void readsOptionsAnywhere()
    {
        CommandArgs a;
        QCOMPARE(parseError(QStringLiteral("REQ --out FILE.zip [--encrypt]"),
                            {QStringLiteral("--encrypt"), QStringLiteral("R1"), QStringLiteral("--out"),
                             QStringLiteral("p.zip")},
                            &a),
                 QString());
        QCOMPARE(a.positionals(), QStringList {QStringLiteral("R1")});
        QCOMPARE(a.value(QStringLiteral("out")), QStringLiteral("p.zip"));
        QVERIFY(a.has(QStringLiteral("encrypt")));
        QVERIFY(a.has(QStringLiteral("out")));
        QVERIFY(!a.has(QStringLiteral("note")));
        QCOMPARE(a.value(QStringLiteral("note"), QStringLiteral("fallback")), QStringLiteral("fallback"));
    }

    void unknownOption()
    {
        QCOMPARE(parseError(QStringLiteral("CASE [--mask]"), {QStringLiteral("C1"), QStringLiteral("--masked")}),
                 QStringLiteral("unknown option --masked"));
        QCOMPARE(parseError(QStringLiteral("CASE [--mask]"), {QStringLiteral("--x=1"), QStringLiteral("C1")}),
                 QStringLiteral("unknown option --x"));
    }

    void missingValue()
    {
        const QString usage = QStringLiteral("REQ --note T [--include-contacts]");
        QCOMPARE(parseError(usage, {QStringLiteral("R1"), QStringLiteral("--note")}),
                 QStringLiteral("missing value for --note"));
        // The next option is not the note: `--note --include-contacts` forgot it.
        QCOMPARE(
            parseError(usage, {QStringLiteral("R1"), QStringLiteral("--note"), QStringLiteral("--include-contacts")}),
            QStringLiteral("missing value for --note"));
        // A value starting with -- goes with '='; a single dash (a negative number, "-") is a value.
        CommandArgs a;
        QCOMPARE(parseError(usage, {QStringLiteral("R1"), QStringLiteral("--note=--x")}, &a), QString());
        QCOMPARE(a.value(QStringLiteral("note")), QStringLiteral("--x"));
        CommandArgs b;
        QCOMPARE(parseError(QStringLiteral("STORE CAMERA|- SECONDS [--reason T]"),
                            {QStringLiteral("S1"), QStringLiteral("-"), QStringLiteral("-2.5"),
                             QStringLiteral("--reason"), QStringLiteral("-")},
                            &b),
                 QString());
        QCOMPARE(b.positionals(), (QStringList {QStringLiteral("S1"), QStringLiteral("-"), QStringLiteral("-2.5")}));
        QCOMPARE(b.value(QStringLiteral("reason")), QStringLiteral("-"));
    }

    void equalsForm()
    {
        CommandArgs a;
        QCOMPARE(parseError(QStringLiteral("REQ --note T"), {QStringLiteral("--note=a=b c"), QStringLiteral("R1")}, &a),
                 QString());
        QCOMPARE(a.value(QStringLiteral("note")), QStringLiteral("a=b c"));
        CommandArgs empty;
        QCOMPARE(parseError(QStringLiteral("REQ --note T"), {QStringLiteral("R1"), QStringLiteral("--note=")}, &empty),
                 QString());
        QVERIFY(empty.has(QStringLiteral("note")));
        QCOMPARE(empty.value(QStringLiteral("note"), QStringLiteral("unset")), QString());
        QCOMPARE(parseError(QStringLiteral("[--all]"), {QStringLiteral("--all=yes")}),
                 QStringLiteral("option --all takes no value"));
    }

    void repeatedOption()
    {
        CommandArgs a;
        QCOMPARE(parseError(QStringLiteral("CASE [--add TX...] [--window S]"),
                            {QStringLiteral("C1"), QStringLiteral("--add"), QStringLiteral("T1"),
                             QStringLiteral("--window"), QStringLiteral("60"), QStringLiteral("--add=T2"),
                             QStringLiteral("--window"), QStringLiteral("90")},
                            &a),
                 QString());
        QCOMPARE(a.values(QStringLiteral("add")), (QStringList {QStringLiteral("T1"), QStringLiteral("T2")}));
        QCOMPARE(a.value(QStringLiteral("window")), QStringLiteral("90")); // the last one given
        QCOMPARE(a.values(QStringLiteral("window")), (QStringList {QStringLiteral("60"), QStringLiteral("90")}));
    }

    void doubleDashEndsOptions()
    {
        CommandArgs a;
        QCOMPARE(parseError(QStringLiteral("TEXT... [--limit N]"),
                            {QStringLiteral("--limit"), QStringLiteral("5"), QStringLiteral("--"),
                             QStringLiteral("--limit"), QStringLiteral("--unknown")},
                            &a),
                 QString());
        QCOMPARE(a.value(QStringLiteral("limit")), QStringLiteral("5"));
        QCOMPARE(a.values(QStringLiteral("limit")).size(), 1);
        QCOMPARE(a.positionals(), (QStringList {QStringLiteral("--limit"), QStringLiteral("--unknown")}));
    }

    void positionalCount()
    {
        const QString wrong = QStringLiteral("wrong number of arguments");
        QCOMPARE(parseError(QStringLiteral("CASE ID"), {QStringLiteral("C1")}), wrong);
        QCOMPARE(
            parseError(QStringLiteral("CASE ID"), {QStringLiteral("C1"), QStringLiteral("I1"), QStringLiteral("x")}),
            wrong);
        QCOMPARE(parseError(QStringLiteral(""), {QStringLiteral("x")}), wrong);
        QCOMPARE(parseError(QStringLiteral("ID FILE..."), {QStringLiteral("R1")}), wrong);
        QStringList many {QStringLiteral("R1")};
        for (int i = 0; i < 500; ++i)
            many << QStringLiteral("f%1").arg(i);
        QCOMPARE(parseError(QStringLiteral("ID FILE..."), many), QString());
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "TestCommandLine.moc"
