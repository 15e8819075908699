// "My work" through lpdesk-cli with real users: ivy (investigator) opens two cases and asks for two releases, lena
// (legal) sees them waiting, oldest first with their age, approves one and rejects the other with a note; ivy's
// list then holds the rejected request with legal's note to rework and two unseen notifications, which
// `--mark-seen` marks seen in the case database (per user: lena's marker is her own). An exigent disclosure waits
// for legal's sign-off; an overdue police request shows for every role that may read police requests and as a
// notification; the auditor sees only that, the admin nothing, another investigator none of ivy's work.
#include "TestSupport.h"

#include "db/UserDirectory.h"

#include <QDateTime>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace lpdesk;

namespace {

QList<QJsonObject> ofKind(const QJsonArray& rows, const QString& kind)
{
    QList<QJsonObject> out;
    for (const QJsonValue& v : rows)
        if (v.toObject()[QLatin1String("kind")].toString() == kind)
            out << v.toObject();
    return out;
}

QStringList kindsOf(const QJsonArray& rows)
{
    QStringList out;
    for (const QJsonValue& v : rows)
        if (!out.contains(v.toObject()[QLatin1String("kind")].toString()))
            out << v.toObject()[QLatin1String("kind")].toString();
    return out;
}

} // namespace

class TestMyWork : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CaseDatabase> m_admin;
    QString m_caseA;
    QString m_caseB;
    QString m_releaseA;
    QString m_releaseB;
    QString m_overdue;
    QString m_exigent;

    QMap<QString, QString> env(const QString& user) const { return test::envAs(m_admin->path(), user); }
    test::ProcessRun as(const QString& user, const QStringList& args) const { return test::cli(args, env(user)); }
    QString created(const QString& user, const QStringList& args) const
    {
        const test::ProcessRun r = as(user, args);
        if (r.exitCode != 0) {
            qWarning("%s", qPrintable(r.describe()));
            return {};
        }
        return QString::fromUtf8(r.out).trimmed();
    }
    QJsonObject myWork(const QString& user, const QStringList& extra = {}) const
    {
        const test::ProcessRun r = as(user, QStringList {QStringLiteral("--json"), QStringLiteral("my-work")} + extra);
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.describe()));
        return QJsonDocument::fromJson(r.out).object();
    }
    QString newCase(const QString& title)
    {
        const QString id = created(QStringLiteral("ivy"),
                                   {QStringLiteral("case"), QStringLiteral("new"), QStringLiteral("--title"), title});
        if (id.isEmpty())
            return {};
        // A still from the store manager's phone, imported as a native master exhibit of the case.
        QImage still(64, 48, QImage::Format_RGB32);
        still.fill(QColor(20, 90, 160));
        const QString png = m_dir.filePath(title + QStringLiteral(".png"));
        if (!still.save(png))
            return {};
        const test::ProcessRun imported
            = as(QStringLiteral("ivy"),
                 {QStringLiteral("media"), QStringLiteral("import"), png, QStringLiteral("--case"), id,
                  QStringLiteral("--source"), QStringLiteral("manager's phone")});
        if (imported.exitCode != 0) {
            qWarning("%s", qPrintable(imported.describe()));
            return {};
        }
        return id;
    }
    QString requestRelease(const QString& caseId, const QString& note, const QString& recipient = {})
    {
        QStringList args {QStringLiteral("release"),
                          QStringLiteral("request"),
                          caseId,
                          QStringLiteral("--all"),
                          QStringLiteral("--purpose"),
                          QStringLiteral("usb"),
                          QStringLiteral("--note"),
                          note};
        if (!recipient.isEmpty())
            args << QStringLiteral("--recipient") << recipient;
        return created(QStringLiteral("ivy"), args);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QDir().mkpath(m_dir.filePath(QStringLiteral("db")));
        m_admin = test::createDatabase(m_dir.filePath(QStringLiteral("db")));
        QVERIFY(m_admin);
        UserDirectory users(*m_admin);
        QVERIFY(users.add(QStringLiteral("ivy"), Role::Investigator, test::secret("ivy-pass")));
        QVERIFY(users.add(QStringLiteral("ian"), Role::Investigator, test::secret("ian-pass")));
        QVERIFY(users.add(QStringLiteral("lena"), Role::Legal, test::secret("lena-pass")));
        QVERIFY(users.add(QStringLiteral("aud"), Role::Auditor, test::secret("aud-pass")));
    }

    void investigatorAsksLegalWaits()
    {
        m_caseA = newCase(QStringLiteral("Gift card fraud"));
        m_caseB = newCase(QStringLiteral("Razor blades"));
        QVERIFY(!m_caseA.isEmpty() && !m_caseB.isEmpty());
        m_releaseA = requestRelease(m_caseA, QStringLiteral("for the detective"),
                                    QStringLiteral("Det. K. Moss, 19th District"));
        QTest::qWait(20); // requested_at has milliseconds: the order is the order of asking
        m_releaseB = requestRelease(m_caseB, QStringLiteral("for the prosecutor"));
        QVERIFY(!m_releaseA.isEmpty() && !m_releaseB.isEmpty());

        const QJsonObject ivy = myWork(QStringLiteral("ivy"));
        QCOMPARE(ivy[QLatin1String("user")].toString(), QStringLiteral("ivy"));
        QCOMPARE(kindsOf(ivy[QLatin1String("items")].toArray()),
                 (QStringList {QStringLiteral("case"), QStringLiteral("release_waiting")}));
        const auto cases = ofKind(ivy[QLatin1String("items")].toArray(), QStringLiteral("case"));
        QCOMPARE(cases.size(), 2);
        QCOMPARE(cases[0][QLatin1String("id")].toString(), m_caseA);
        QCOMPARE(cases[0][QLatin1String("status")].toString(), QStringLiteral("open"));
        QVERIFY(cases[0][QLatin1String("case_reference")].toString().startsWith(QLatin1String("LPD-")));
        QVERIFY(cases[0][QLatin1String("age_s")].toInteger(-1) >= 0);
        const auto waiting = ofKind(ivy[QLatin1String("items")].toArray(), QStringLiteral("release_waiting"));
        QCOMPARE(waiting.size(), 2);
        QCOMPARE(waiting[0][QLatin1String("id")].toString(), m_releaseA);
        QCOMPARE(waiting[0][QLatin1String("note")].toString(), QStringLiteral("for the detective"));
        QCOMPARE(ivy[QLatin1String("events")].toArray().size(), 0);

        // Legal: both wait for a decision, oldest first, each with its age counted from the request.
        const QJsonObject lena = myWork(QStringLiteral("lena"));
        const auto toDecide = ofKind(lena[QLatin1String("items")].toArray(), QStringLiteral("release_to_decide"));
        QCOMPARE(toDecide.size(), 2);
        QCOMPARE(toDecide[0][QLatin1String("id")].toString(), m_releaseA);
        QCOMPARE(toDecide[1][QLatin1String("id")].toString(), m_releaseB);
        QCOMPARE(toDecide[0][QLatin1String("by")].toString(), QStringLiteral("ivy"));
        const QDateTime requested
            = QDateTime::fromString(toDecide[0][QLatin1String("since")].toString(), Qt::ISODateWithMs);
        QVERIFY(requested.isValid());
        const qint64 age = toDecide[0][QLatin1String("age_s")].toInteger(-1);
        QVERIFY2(age >= 0 && age <= requested.secsTo(QDateTime::currentDateTimeUtc()) + 1,
                 qPrintable(QString::number(age)));
        QVERIFY(toDecide[0][QLatin1String("age_s")].toInteger() >= toDecide[1][QLatin1String("age_s")].toInteger());
        QVERIFY(ofKind(lena[QLatin1String("items")].toArray(), QStringLiteral("case")).isEmpty());

        // Another investigator sees none of ivy's cases or requests.
        QCOMPARE(myWork(QStringLiteral("ian"))[QLatin1String("items")].toArray().size(), 0);
    }

    void legalDecidesInvestigatorIsTold()
    {
        QCOMPARE(as(QStringLiteral("lena"),
                    {QStringLiteral("release"), QStringLiteral("approve"), m_releaseA, QStringLiteral("--note"),
                     QStringLiteral("Fine to go")})
                     .exitCode,
                 0);
        QCOMPARE(as(QStringLiteral("lena"),
                    {QStringLiteral("release"), QStringLiteral("reject"), m_releaseB, QStringLiteral("--note"),
                     QStringLiteral("Blur the other shoppers first")})
                     .exitCode,
                 0);

        QJsonObject ivy = myWork(QStringLiteral("ivy"));
        QJsonArray items = ivy[QLatin1String("items")].toArray();
        QVERIFY(ofKind(items, QStringLiteral("release_waiting")).isEmpty());
        const auto rework = ofKind(items, QStringLiteral("release_rejected"));
        QCOMPARE(rework.size(), 1);
        QCOMPARE(rework[0][QLatin1String("id")].toString(), m_releaseB);
        QCOMPARE(rework[0][QLatin1String("case_id")].toString(), m_caseB);
        QCOMPARE(rework[0][QLatin1String("note")].toString(), QStringLiteral("Blur the other shoppers first"));
        QCOMPARE(rework[0][QLatin1String("by")].toString(), QStringLiteral("lena"));
        // Two notifications, newest first, both unseen.
        QJsonArray events = ivy[QLatin1String("events")].toArray();
        QCOMPARE(events.size(), 2);
        QCOMPARE(ivy[QLatin1String("unseen")].toInt(), 2);
        QCOMPARE(events[0].toObject()[QLatin1String("kind")].toString(), QStringLiteral("release_rejected"));
        QCOMPARE(events[0].toObject()[QLatin1String("id")].toString(), m_releaseB);
        QCOMPARE(events[0].toObject()[QLatin1String("note")].toString(),
                 QStringLiteral("Blur the other shoppers first"));
        QCOMPARE(events[1].toObject()[QLatin1String("kind")].toString(), QStringLiteral("release_approved"));
        QCOMPARE(events[1].toObject()[QLatin1String("id")].toString(), m_releaseA);
        // Each notice says where its release goes: two releases of one case must not read as the same notice twice.
        QCOMPARE(events[1].toObject()[QLatin1String("to")].toString(), QStringLiteral("Det. K. Moss, 19th District"));
        QVERIFY(events[0].toObject()[QLatin1String("to")].isNull());
        for (const QJsonValue& e : events)
            QCOMPARE(e.toObject()[QLatin1String("seen")].toBool(true), false);
        // The text form says the same, unseen ones starred.
        const test::ProcessRun text = as(QStringLiteral("ivy"), {QStringLiteral("my-work")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("Blur the other shoppers first") && text.out.contains("Notifications: 2 unseen")
                     && text.out.contains("approved the release of ") && text.out.contains(" to Det. K. Moss"),
                 qPrintable(text.describe()));

        // Marked seen: the output still flags what was news, the next look has none; the marker is in the database.
        ivy = myWork(QStringLiteral("ivy"), {QStringLiteral("--mark-seen")});
        QCOMPARE(ivy[QLatin1String("unseen")].toInt(), 2);
        ivy = myWork(QStringLiteral("ivy"));
        QCOMPARE(ivy[QLatin1String("unseen")].toInt(), 0);
        events = ivy[QLatin1String("events")].toArray();
        QCOMPARE(events.size(), 2);
        for (const QJsonValue& e : events)
            QVERIFY(e.toObject()[QLatin1String("seen")].toBool());
        QCOMPARE(ivy[QLatin1String("seen_up_to")].toString(), events[0].toObject()[QLatin1String("at")].toString());
        QCOMPARE(test::scalar(*m_admin,
                              QStringLiteral("SELECT count(*) FROM work_seen w JOIN users u ON u.id = "
                                             "w.user_id WHERE u.name = 'ivy'")),
                 1);
        // Legal has no notifications of ivy's.
        QCOMPARE(myWork(QStringLiteral("lena"))[QLatin1String("events")].toArray().size(), 0);

        // Reworked: asking again for the case takes the rejected request off the list; legal has it to decide.
        const QString again = requestRelease(m_caseB, QStringLiteral("faces blurred"));
        QVERIFY(!again.isEmpty());
        items = myWork(QStringLiteral("ivy"))[QLatin1String("items")].toArray();
        QVERIFY(ofKind(items, QStringLiteral("release_rejected")).isEmpty());
        QCOMPARE(ofKind(items, QStringLiteral("release_waiting")).size(), 1);
        const auto toDecide = ofKind(myWork(QStringLiteral("lena"))[QLatin1String("items")].toArray(),
                                     QStringLiteral("release_to_decide"));
        QCOMPARE(toDecide.size(), 1);
        QCOMPARE(toDecide[0][QLatin1String("id")].toString(), again);
    }

    void policeRequestsByRole()
    {
        m_overdue = created(QStringLiteral("ivy"),
                            {QStringLiteral("le-request"), QStringLiteral("add"), QStringLiteral("--kind"),
                             QStringLiteral("subpoena"), QStringLiteral("--agency"), QStringLiteral("Chicago PD"),
                             QStringLiteral("--reference"), QStringLiteral("SP-2026-114"), QStringLiteral("--received"),
                             QStringLiteral("2026-01-07"), QStringLiteral("--due"), QStringLiteral("2026-01-21"),
                             QStringLiteral("--basis"), QStringLiteral("Subpoena duces tecum")});
        m_exigent = created(QStringLiteral("ivy"),
                            {QStringLiteral("le-request"), QStringLiteral("add"), QStringLiteral("--kind"),
                             QStringLiteral("exigent"), QStringLiteral("--agency"), QStringLiteral("Evanston PD")});
        QVERIFY(!m_overdue.isEmpty() && !m_exigent.isEmpty());

        // Legal: the exigent disclosure to sign, then the overdue request; a notification for the overdue one.
        QJsonObject lena = myWork(QStringLiteral("lena"));
        QJsonArray items = lena[QLatin1String("items")].toArray();
        const auto signoff = ofKind(items, QStringLiteral("exigent_signoff"));
        QCOMPARE(signoff.size(), 1);
        QCOMPARE(signoff[0][QLatin1String("id")].toString(), m_exigent);
        auto overdue = ofKind(items, QStringLiteral("police_overdue"));
        QCOMPARE(overdue.size(), 1);
        QCOMPARE(overdue[0][QLatin1String("id")].toString(), m_overdue);
        QCOMPARE(overdue[0][QLatin1String("since")].toString(), QStringLiteral("2026-01-21T00:00:00.000Z"));
        QVERIFY(overdue[0][QLatin1String("age_s")].toInteger() > 0);
        QVERIFY(overdue[0][QLatin1String("title")].toString().contains(QLatin1String("SP-2026-114")));
        QCOMPARE(kindsOf(items),
                 (QStringList {QStringLiteral("release_to_decide"), QStringLiteral("exigent_signoff"),
                               QStringLiteral("police_overdue")}));
        QJsonArray events = lena[QLatin1String("events")].toArray();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].toObject()[QLatin1String("kind")].toString(), QStringLiteral("police_overdue"));
        QVERIFY(!events[0].toObject()[QLatin1String("seen")].toBool(true));

        // ivy: the overdue request (she may read police requests) is news after her earlier marking; no sign-off.
        QJsonObject ivy = myWork(QStringLiteral("ivy"));
        QCOMPARE(ofKind(ivy[QLatin1String("items")].toArray(), QStringLiteral("police_overdue")).size(), 1);
        QVERIFY(ofKind(ivy[QLatin1String("items")].toArray(), QStringLiteral("exigent_signoff")).isEmpty());
        QCOMPARE(ivy[QLatin1String("unseen")].toInt(), 1);
        QCOMPARE(ofKind(ivy[QLatin1String("events")].toArray(), QStringLiteral("police_overdue")).size(), 1);

        // The auditor reads police requests and nothing else here; the admin has nothing.
        const QJsonObject aud = myWork(QStringLiteral("aud"));
        QCOMPARE(aud[QLatin1String("role")].toString(), QStringLiteral("auditor"));
        QCOMPARE(kindsOf(aud[QLatin1String("items")].toArray()), QStringList {QStringLiteral("police_overdue")});
        QCOMPARE(kindsOf(aud[QLatin1String("events")].toArray()), QStringList {QStringLiteral("police_overdue")});
        const test::ProcessRun admin
            = as(QStringLiteral("admin"), {QStringLiteral("--json"), QStringLiteral("my-work")});
        QCOMPARE(admin.exitCode, 0);
        const QJsonObject adminWork = QJsonDocument::fromJson(admin.out).object();
        QCOMPARE(adminWork[QLatin1String("items")].toArray().size(), 0);
        QCOMPARE(adminWork[QLatin1String("events")].toArray().size(), 0);

        // Signing the exigent disclosure and closing the overdue request take them off legal's list.
        QCOMPARE(as(QStringLiteral("lena"),
                    {QStringLiteral("le-request"), QStringLiteral("sign"), m_exigent, QStringLiteral("--note"),
                     QStringLiteral("Justified: threat to life")})
                     .exitCode,
                 0);
        QCOMPARE(as(QStringLiteral("ivy"),
                    {QStringLiteral("le-request"), QStringLiteral("close"), m_overdue, QStringLiteral("--reason"),
                     QStringLiteral("Withdrawn by the agency")})
                     .exitCode,
                 0);
        items = myWork(QStringLiteral("lena"))[QLatin1String("items")].toArray();
        QCOMPARE(kindsOf(items), QStringList {QStringLiteral("release_to_decide")});
        // Usage errors are exit 2.
        QCOMPARE(as(QStringLiteral("ivy"), {QStringLiteral("my-work"), QStringLiteral("--bogus")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestMyWork)
#include "TestMyWork.moc"
