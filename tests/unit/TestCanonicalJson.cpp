#include "TestSupport.h"

#include "common/CanonicalJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace lpdesk;

class TestCanonicalJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sortedCompactEscaped()
    {
        const QJsonObject o {{QLatin1String("b"), 1},
                             {QLatin1String("a"), QStringLiteral("x\"y\\z\n\t\u0001é")},
                             {QLatin1String("c"), QJsonArray {true, false, QJsonValue()}},
                             {QLatin1String("d"), 1.5},
                             {QLatin1String("e"), QJsonObject {{QLatin1String("z"), 0}, {QLatin1String("y"), -3}}}};
        QCOMPARE(canonicalJson(o),
                 QByteArray("{\"a\":\"x\\\"y\\\\z\\n\\t\\u0001\xc3\xa9\",\"b\":1,\"c\":[true,false,null],\"d\":1.5,"
                            "\"e\":{\"y\":-3,\"z\":0}}"));
    }

    // An independent implementation (Python's json module) produces the same bytes, so police or auditors can
    // re-hash custody events without LP Desk.
    void matchesPythonJsonDumps()
    {
        const QJsonObject o {{QLatin1String("seq"), 42},
                             {QLatin1String("at"), QStringLiteral("2026-03-14T14:02:11.000Z")},
                             {QLatin1String("details"),
                              QJsonObject {{QLatin1String("note"), QStringLiteral("Zoë «quoted» \"x\"\r\n")},
                                           {QLatin1String("size"), 1234567890123LL}}},
                             {QLatin1String("list"), QJsonArray {1, 2.25, QStringLiteral("€")}}};
        const QByteArray input = QJsonDocument(o).toJson();
        auto r = test::run(QStringLiteral("python3"),
                           {QStringLiteral("-c"),
                            QStringLiteral("import json,sys; sys.stdout.buffer.write(json.dumps(json.load(sys.stdin), "
                                           "sort_keys=True, separators=(',',':'), ensure_ascii=False).encode())")},
                           {}, input);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(canonicalJson(o), r.out);
    }
};

QTEST_GUILESS_MAIN(TestCanonicalJson)
#include "TestCanonicalJson.moc"
