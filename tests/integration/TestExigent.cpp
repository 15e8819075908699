// Exigent disclosures through lpdesk-cli (issue 15): legal signs off after the fact within 48 hours of receiving the
// request, or within the time the organisation set (`settings exigent-signoff HOURS`). Until signed the request is
// flagged — in `le-request list`/`show` and in legal's `my-work` — and, past its deadline, flagged overdue; the
// sign-off clears the flag, and a sign-off after the deadline stays marked late (in the request, its custody and
// the audit log). Every command runs with its clock frozen (libfaketime), so the deadlines are checked at known
// times; the expected deadlines are worked out here from the received time.
#include "KpiHistory.h"
#include "TestSupport.h"

#include "db/UserDirectory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace lpdesk;

namespace {

const QDateTime T0(QDate(2026, 5, 4), QTime(10, 0), QTimeZone::utc());

QString fake(const QDateTime& at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString stamp(const QDateTime& at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

} // namespace

class TestExigent : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CaseDatabase> m_admin;

    test::ProcessRun at(const QDateTime& when, const QString& user, const QStringList& args) const
    {
        return test::cli(args, test::fakeTime(fake(when), test::envAs(m_admin->path(), user)));
    }
    QJsonDocument json(const QDateTime& when, const QString& user, const QStringList& args) const
    {
        const test::ProcessRun r = at(when, user, QStringList {QStringLiteral("--json")} + args);
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.describe()));
        return QJsonDocument::fromJson(r.out);
    }
    QString addExigent(const QDateTime& when, const QString& agency) const
    {
        const test::ProcessRun r = at(when, QStringLiteral("ivy"),
                                      {QStringLiteral("le-request"), QStringLiteral("add"), QStringLiteral("--kind"),
                                       QStringLiteral("exigent"), QStringLiteral("--agency"), agency,
                                       QStringLiteral("--asks"), QStringLiteral("footage of the car park, now")});
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.describe()));
        return QString::fromUtf8(r.out).trimmed();
    }
    QJsonObject shown(const QDateTime& when, const QString& id) const
    {
        return json(when, QStringLiteral("lee"), {QStringLiteral("le-request"), QStringLiteral("show"), id}).object();
    }
    QString listed(const QDateTime& when, const QString& id) const
    {
        const test::ProcessRun r
            = at(when, QStringLiteral("lee"), {QStringLiteral("le-request"), QStringLiteral("list")});
        for (const QByteArray& line : r.out.split('\n'))
            if (line.startsWith(id.toUtf8()))
                return QString::fromUtf8(line);
        return {};
    }
    bool inLegalsWork(const QDateTime& when, const QString& id) const
    {
        const QJsonArray items
            = json(when, QStringLiteral("lee"), {QStringLiteral("my-work")}).object()[QLatin1String("items")].toArray();
        for (const QJsonValue& v : items)
            if (v[QLatin1String("kind")].toString() == QLatin1String("exigent_signoff")
                && v[QLatin1String("id")].toString() == id)
                return true;
        return false;
    }
    // The `late` of the exigent_signed_off event for request id in the custody of case c1; null when absent.
    QJsonValue custodyLate(const QDateTime& when, const QString& id) const
    {
        const QJsonArray events = json(when, QStringLiteral("lee"),
                                       {QStringLiteral("custody"), QStringLiteral("show"), QStringLiteral("c1")})
                                      .array();
        for (const QJsonValue& e : events)
            if (e[QLatin1String("action")].toString() == QLatin1String("exigent_signed_off")
                && e[QLatin1String("details")][QLatin1String("request_id")].toString() == id)
                return e[QLatin1String("details")][QLatin1String("late")];
        return QJsonValue::Null;
    }
    int sign(const QDateTime& when, const QString& id) const
    {
        return at(when, QStringLiteral("lee"),
                  {QStringLiteral("le-request"), QStringLiteral("sign"), id, QStringLiteral("--note"),
                   QStringLiteral("Life at risk; disclosure proportionate.")})
            .exitCode;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_admin = test::createDatabase(m_dir.path());
        QVERIFY(m_admin);
        UserDirectory users(*m_admin);
        QVERIFY(users.add(QStringLiteral("ivy"), Role::Investigator, test::secret("ivy-pass")));
        QVERIFY(users.add(QStringLiteral("lee"), Role::Legal, test::secret("lee-pass")));
        QVERIFY(test::buildKpiHistory(*m_admin)); // cases c1…c4
        QVERIFY(!test::fakeTime(QStringLiteral("+0")).isEmpty());
    }

    // 48 hours by default: flagged pending, then overdue; signed after the deadline it stays marked late.
    void signedLate()
    {
        const QString id = addExigent(T0, QStringLiteral("County Sheriff"));
        QVERIFY(!id.isEmpty());
        QCOMPARE(at(T0, QStringLiteral("ivy"),
                    {QStringLiteral("le-request"), QStringLiteral("link"), id, QStringLiteral("c1")})
                     .exitCode,
                 0);
        const QDateTime deadline = T0.addSecs(48 * 3600);
        QJsonObject r = shown(T0, id);
        QCOMPARE(r[QLatin1String("received_at")].toString(), stamp(T0));
        QCOMPARE(r[QLatin1String("signoff_due_at")].toString(), stamp(deadline));

        // An hour before the deadline: awaiting sign-off, not overdue; in legal's work.
        const QDateTime before = deadline.addSecs(-3600);
        r = shown(before, id);
        QVERIFY(r[QLatin1String("needs_signoff")].toBool());
        QVERIFY(!r[QLatin1String("signoff_overdue")].toBool());
        QVERIFY2(listed(before, id).contains(QLatin1String("EXIGENT: legal sign-off pending")),
                 qPrintable(listed(before, id)));
        QVERIFY(inLegalsWork(before, id));

        // An hour after it: overdue, and the list says so.
        const QDateTime after = deadline.addSecs(3600);
        r = shown(after, id);
        QVERIFY(r[QLatin1String("needs_signoff")].toBool());
        QVERIFY(r[QLatin1String("signoff_overdue")].toBool());
        QVERIFY2(listed(after, id).contains(QLatin1String("EXIGENT: legal sign-off overdue")),
                 qPrintable(listed(after, id)));
        QVERIFY(inLegalsWork(after, id));

        // Only legal signs; signed now, the flag goes, the lateness stays.
        QCOMPARE(at(after, QStringLiteral("ivy"),
                    {QStringLiteral("le-request"), QStringLiteral("sign"), id, QStringLiteral("--note"),
                     QStringLiteral("x")})
                     .exitCode,
                 3);
        QCOMPARE(sign(after, id), 0);
        const QDateTime later = after.addSecs(600);
        r = shown(later, id);
        QVERIFY(!r[QLatin1String("needs_signoff")].toBool());
        QVERIFY(!r[QLatin1String("signoff_overdue")].toBool());
        QCOMPARE(r[QLatin1String("signed_off_at")].toString(), stamp(after));
        QCOMPARE(r[QLatin1String("signoff_late")].toBool(), true);
        QVERIFY2(listed(later, id).contains(QLatin1String("EXIGENT: signed off late")), qPrintable(listed(later, id)));
        QVERIFY(!listed(later, id).contains(QLatin1String("pending")));
        QVERIFY(!inLegalsWork(later, id));
        QCOMPARE(custodyLate(later, id), QJsonValue(true));
        QCOMPARE(sign(later, id), 2); // signed once
    }

    // Signed exactly at the deadline is in time: nothing late anywhere.
    void signedInTime()
    {
        const QDateTime received = T0.addSecs(7 * 24 * 3600);
        const QString id = addExigent(received, QStringLiteral("State Police"));
        QVERIFY(!id.isEmpty());
        QCOMPARE(at(received, QStringLiteral("ivy"),
                    {QStringLiteral("le-request"), QStringLiteral("link"), id, QStringLiteral("c1")})
                     .exitCode,
                 0);
        const QDateTime deadline = received.addSecs(48 * 3600);
        QCOMPARE(sign(deadline, id), 0);
        const QJsonObject r = shown(deadline.addSecs(3600), id);
        QVERIFY(!r[QLatin1String("needs_signoff")].toBool());
        QCOMPARE(r[QLatin1String("signoff_late")].toBool(), false);
        QCOMPARE(custodyLate(deadline, id), QJsonValue(false));
        const QString line = listed(deadline.addSecs(3600), id);
        QVERIFY2(!line.contains(QLatin1String("EXIGENT")), qPrintable(line));
        QVERIFY(!inLegalsWork(deadline, id));
    }

    // The organisation sets its own time (admin only, 1 to 720 hours); it applies to requests recorded after it.
    void configuredTime()
    {
        const QDateTime when = T0.addSecs(14 * 24 * 3600);
        const QString earlier = addExigent(when, QStringLiteral("Before the setting"));
        QCOMPARE(at(when, QStringLiteral("ivy"),
                    {QStringLiteral("settings"), QStringLiteral("exigent-signoff"), QStringLiteral("12")})
                     .exitCode,
                 3);
        for (const char* bad : {"0", "721", "twelve"})
            QCOMPARE(at(when, QStringLiteral("admin"),
                        {QStringLiteral("settings"), QStringLiteral("exigent-signoff"), QLatin1String(bad)})
                         .exitCode,
                     2);
        QCOMPARE(json(when, QStringLiteral("admin"), {QStringLiteral("settings"), QStringLiteral("exigent-signoff")})
                     .object()[QLatin1String("hours")]
                     .toInt(),
                 48);
        QCOMPARE(json(when, QStringLiteral("admin"),
                      {QStringLiteral("settings"), QStringLiteral("exigent-signoff"), QStringLiteral("12")})
                     .object()[QLatin1String("hours")]
                     .toInt(),
                 12);
        const QString id = addExigent(when, QStringLiteral("After the setting"));
        QCOMPARE(shown(when, id)[QLatin1String("signoff_due_at")].toString(), stamp(when.addSecs(12 * 3600)));
        QCOMPARE(shown(when, earlier)[QLatin1String("signoff_due_at")].toString(), stamp(when.addSecs(48 * 3600)));
        const QDateTime thirteen = when.addSecs(13 * 3600);
        QVERIFY(shown(thirteen, id)[QLatin1String("signoff_overdue")].toBool());
        QVERIFY(!shown(thirteen, earlier)[QLatin1String("signoff_overdue")].toBool());
        QCOMPARE(sign(thirteen, id), 0);
        QVERIFY(shown(thirteen, id)[QLatin1String("signoff_late")].toBool());
        // The setting is audited.
        QVERIFY(at(thirteen, QStringLiteral("admin"), {QStringLiteral("audit"), QStringLiteral("show")})
                    .out.contains("exigent_signoff_hours"));
    }
};

QTEST_GUILESS_MAIN(TestExigent)
#include "TestExigent.moc"
