// The admin's forms against core, offscreen. The audit log dialog's filters (who, what, since when) keep exactly the
// events core holds for them — events written ten days ago by lpdesk-cli under libfaketime and today's. The agency
// form has a field for every option `lpdesk-cli agency add` documents (the option list is read from the CLI's own
// help, so a new option without a field fails here), and what is typed into it lands in core as entered (read back
// with `lpdesk-cli --json agency list` and the registry's secrets). The users dialog restores a revocation list that
// was put back, showing which serials come back and asking first; only an administrator may (core refuses others).
// It shows a legal grant that waits for a second administrator, and only another administrator confirms it there.
#include "StoreSimCase.h"

#include "admin/AuditLogDialog.h"
#include "admin/UserManagementDialog.h"
#include "agencies/AgencyRegistry.h"
#include "common/Time.h"
#include "custody/ChainReader.h"
#include "db/LegalGrants.h"
#include "db/UserDirectory.h"
#include "db/WorkstationKeys.h"
#include "store/StoreRegistry.h"
#include "stores/StoresDialog.h"
#include "submit/AgenciesDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace lpdesk;

class TestGuiAdminForms : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    // The rows the dialog shows: (who, action, time as stored).
    struct Row
    {
        QString who, action, at;
    };
    static QList<Row> rowsOf(AuditLogDialog& dialog)
    {
        QList<Row> out;
        QTableWidget* t = dialog.table();
        for (int r = 0; r < t->rowCount(); ++r)
            out << Row {t->item(r, 2)->text(), t->item(r, 3)->data(Qt::UserRole).toString(),
                        t->item(r, 1)->data(Qt::UserRole).toString()};
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QDir().mkpath(m_dir.filePath(QStringLiteral("db")));
        auto admin = test::createDatabase(m_dir.filePath(QStringLiteral("db")));
        QVERIFY(UserDirectory(*admin).add(QStringLiteral("ivy"), Role::Investigator, test::secret("ivy-pass")));
        m_path = admin->path();
    }

    // (e) who, what and since when, each and together, against core's audit chain.
    void auditLogFiltersKeepWhatCoreHolds()
    {
        // Ten days ago (libfaketime): ivy signs in, and someone fails to sign in as ivy.
        const auto past = [this](const char* pass) {
            return test::run(
                test::cliPath(), {QStringLiteral("whoami")},
                test::fakeTime(QStringLiteral("-10d"),
                               test::envAs(m_path, QStringLiteral("ivy"),
                                           {{QStringLiteral("LPDESK_PASSPHRASE"), QString::fromLatin1(pass)}})));
        };
        QCOMPARE(past("ivy-pass").exitCode, 0);
        QVERIFY(past("wrong").exitCode != 0);
        // Today: ivy and the admin sign in.
        QVERIFY(test::openAs(m_path, QStringLiteral("ivy")));
        auto admin = test::openAs(m_path, QStringLiteral("admin"));
        QVERIFY(admin);
        auto events = ChainReader(*admin).auditEvents();
        QVERIFY(events);
        const QDateTime since(QDate::currentDate().addDays(-3), QTime(0, 0), QTimeZone::systemTimeZone());
        auto expected = [&](const QString& who, const QString& action, bool recent) {
            int n = 0;
            for (const ChainEvent& e : *events)
                n += (who.isEmpty() || e.actor == who) && (action.isEmpty() || e.action == action)
                        && (!recent || parseRfc3339(e.at) >= since)
                    ? 1
                    : 0;
            return n;
        };
        // The fixture: old and new events of ivy, logins of two people.
        QVERIFY(expected(QStringLiteral("ivy"), QStringLiteral("login"), false) == 2);
        QVERIFY(expected(QStringLiteral("ivy"), QStringLiteral("login"), true) == 1);
        QVERIFY(expected(QString(), QStringLiteral("login"), true) >= 2);
        QVERIFY(expected(QString(), QString(), true) < static_cast<int>(events->size()));

        AuditLogDialog dialog(*admin);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.table()->rowCount(), static_cast<int>(events->size()));
        auto* useSince = dialog.findChild<QCheckBox*>();
        auto* sinceDate = dialog.findChild<QDateEdit*>();
        QVERIFY(useSince && sinceDate);

        // Who.
        dialog.userFilter()->setCurrentIndex(dialog.userFilter()->findData(QStringLiteral("ivy")));
        QCOMPARE(dialog.table()->rowCount(), expected(QStringLiteral("ivy"), QString(), false));
        for (const Row& r : rowsOf(dialog))
            QCOMPARE(r.who, QStringLiteral("ivy"));
        // What (with who).
        dialog.actionFilter()->setCurrentIndex(dialog.actionFilter()->findData(QStringLiteral("login")));
        QCOMPARE(dialog.table()->rowCount(), 2);
        for (const Row& r : rowsOf(dialog))
            QVERIFY(r.who == QLatin1String("ivy") && r.action == QLatin1String("login"));
        // Since when (with who and what): only today's sign-in is left.
        sinceDate->setDate(since.date());
        useSince->setChecked(true);
        QCOMPARE(dialog.table()->rowCount(), 1);
        QVERIFY(parseRfc3339(rowsOf(dialog).first().at) >= since);
        // What alone, then since alone.
        dialog.userFilter()->setCurrentIndex(0);
        useSince->setChecked(false);
        QCOMPARE(dialog.table()->rowCount(), expected(QString(), QStringLiteral("login"), false));
        for (const Row& r : rowsOf(dialog))
            QCOMPARE(r.action, QStringLiteral("login"));
        dialog.actionFilter()->setCurrentIndex(0);
        useSince->setChecked(true);
        QCOMPARE(dialog.table()->rowCount(), expected(QString(), QString(), true));
        for (const Row& r : rowsOf(dialog))
            QVERIFY2(parseRfc3339(r.at) >= since, qPrintable(r.at));
        useSince->setChecked(false);
        QCOMPARE(dialog.table()->rowCount(), static_cast<int>(events->size()));
    }

    // The details column says what happened in words (the PDF's wording, from core), not JSON with raw ids.
    void auditDetailsAreWords()
    {
        auto admin = test::openAs(m_path, QStringLiteral("admin"));
        QVERIFY(admin);
        QVERIFY(UserDirectory(*admin).add(QStringLiteral("otto"), Role::Investigator, test::secret("otto-pass-1234")));
        QVERIFY(UserDirectory(*admin).remove(QStringLiteral("otto")));
        AuditLogDialog dialog(*admin);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        static const QRegularExpression uuid(
            QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),
            QRegularExpression::CaseInsensitiveOption);
        QMap<QString, QStringList> detailsOf; // action → the details cells of its rows
        QTableWidget* t = dialog.table();
        for (int r = 0; r < t->rowCount(); ++r)
            detailsOf[t->item(r, 3)->data(Qt::UserRole).toString()] << t->item(r, 4)->text();
        const auto rowOf = [&detailsOf](const char* action, const char* start) {
            for (const QString& cell : detailsOf.value(QString::fromLatin1(action)))
                if (cell.startsWith(QLatin1String(start)))
                    return cell;
            return detailsOf.value(QString::fromLatin1(action)).join(QStringLiteral(" | "));
        };
        const QString revoked = rowOf("certificate_revoked", "revoked the certificate of otto (serial ");
        QVERIFY2(revoked.startsWith(QStringLiteral("revoked the certificate of otto (serial ")), qPrintable(revoked));
        const QString added = rowOf("user_added", "added the user otto as investigator");
        QCOMPARE(added, QStringLiteral("added the user otto as investigator"));
        for (const QString& cell : {revoked, added}) {
            QVERIFY2(!cell.contains(QLatin1Char('{')), qPrintable(cell));
            QVERIFY2(!uuid.match(cell).hasMatch(), qPrintable(cell));
        }
    }

    // The insider put an earlier revocation list back (raw SQL with the database key): the users dialog shows the
    // administrator which revoked serial comes back, and restores the list only when asked to; ivy's dialog offers no
    // such action and core refuses her anyway.
    void restoreRevocationListShowsTheSerialsAndAsks()
    {
        auto admin = test::openAs(m_path, QStringLiteral("admin"));
        QVERIFY(admin);
        QVERIFY(UserDirectory(*admin).add(QStringLiteral("rita"), Role::Investigator, test::secret("rita-pass-1234")));
        QSqlDatabase conn = admin->connection();
        auto before = WorkstationKeys::storedCrlPem(conn);
        QVERIFY(before && !before->isEmpty());
        QVERIFY(UserDirectory(*admin).remove(QStringLiteral("rita")));
        auto missingNow = WorkstationKeys::checkCrl(conn);
        QVERIFY(missingNow && !missingNow->rolledBack());
        const qint64 published = missingNow->storedNumber;
        QSqlQuery put(conn);
        put.prepare(QStringLiteral("UPDATE identity SET certificate = ? WHERE name = 'org_crl'"));
        put.addBindValue(QString::fromLatin1(*before));
        QVERIFY(put.exec());
        auto rolledBack = WorkstationKeys::checkCrl(conn);
        QVERIFY(rolledBack && rolledBack->missing.size() == 1);
        const QString serial = rolledBack->missing.first().certificate.serial;
        QCOMPARE(rolledBack->missing.first().user, QStringLiteral("rita"));
        QVERIFY(!WorkstationKeys::crlPem(conn));

        // Not an administrator: no button, and core refuses.
        {
            auto ivy = test::openAs(m_path, QStringLiteral("ivy"));
            QVERIFY(ivy);
            UserManagementDialog dialog(*ivy);
            QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("restoreCrlButton"))->isEnabled());
            auto refused = UserDirectory(*ivy).restoreRevocationList();
            QVERIFY(!refused);
            QCOMPARE(refused.error().kind, ErrorKind::Permission);
            QVERIFY(!UserDirectory(*ivy).revocationListRestorePlan());
        }

        UserManagementDialog dialog(*admin);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* button = dialog.findChild<QPushButton*>(QStringLiteral("restoreCrlButton"));
        auto* message = dialog.findChild<QLabel*>(QStringLiteral("userMessage"));
        QVERIFY(button && button->isEnabled() && message);
        // Answers the question the dialog asks (what it said kept in asked); "" when none was asked.
        const auto answer = [&](bool restore) {
            QString asked;
            QObject scope; // a question never asked: the pending answer goes with it
            QTimer::singleShot(0, &scope, [&asked, restore] {
                auto* question = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
                if (!question)
                    return;
                asked = question->objectName() + QLatin1Char('|') + question->text();
                auto* confirm = question->findChild<QPushButton*>(QStringLiteral("restoreCrlConfirm"));
                if (restore && confirm)
                    confirm->click();
                else
                    question->reject();
            });
            button->click();
            return asked;
        };
        // Declined: the question names rita's serial; nothing changes.
        const QString declined = answer(false);
        QVERIFY2(declined.startsWith(QLatin1String("restoreCrlQuestion|")), qPrintable(declined));
        QVERIFY2(declined.contains(serial) && declined.contains(QLatin1String("rita")), qPrintable(declined));
        QVERIFY2(declined.contains(QString::number(published + 1)), qPrintable(declined)); // the number it will get
        QVERIFY(!WorkstationKeys::crlPem(conn));
        QVERIFY2(message->text().contains(QLatin1String("not restored")), qPrintable(message->text()));
        // Confirmed: rita's serial is on the list again, numbered above the one published before.
        const QString confirmed = answer(true);
        QVERIFY2(confirmed.contains(serial), qPrintable(confirmed));
        conn = admin->connection();
        auto restored = WorkstationKeys::crlPem(conn);
        QVERIFY2(restored, qPrintable(restored.errorMessage()));
        auto entries = RevocationList::entries(*restored);
        QVERIFY(entries);
        bool listed = false;
        for (const RevokedCertificate& e : *entries)
            listed = listed || e.serial == serial;
        QVERIFY(listed);
        QCOMPARE(*RevocationList::number(*restored), published + 1);
        QVERIFY2(message->text().contains(QLatin1String("restored")), qPrintable(message->text()));
        // Nothing left to restore: no question, the dialog says so.
        QCOMPARE(answer(true), QString());
        QVERIFY2(message->text().contains(QLatin1String("Nothing to restore")), qPrintable(message->text()));
    }

    // (f) every CLI option has a field, and what is entered is what core keeps.
    // An HTTPS store without a pinned CA is added only with the system-trust box ticked (its warning in view); without
    // either the form stays open with what was typed and says why.
    void theStoreFormAsksForAPinnedCaOrAnExplicitChoice()
    {
        auto admin = test::openAs(m_path, QStringLiteral("admin"));
        QVERIFY(admin);
        StoresDialog stores(*admin);
        stores.show();
        QVERIFY(QTest::qWaitForWindowExposed(&stores));
        const QString url = QStringLiteral("https://127.0.0.1:9/drop/");
        QStringList seen;
        auto* timer = new QTimer(&stores);
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, timer, [&, timer] {
            auto* d = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            if (!d || !d->isVisible())
                return;
            timer->stop();
            const QList<QLineEdit*> edits = d->findChildren<QLineEdit*>();
            edits.value(0)->setText(QStringLiteral("edge-17"));
            d->findChildren<QRadioButton*>().value(1)->setChecked(true);
            edits.value(1)->setText(url);
            auto* trust = d->findChild<QCheckBox*>(QStringLiteral("storeSystemTrust"));
            auto* warning = d->findChild<QLabel*>(QStringLiteral("storeSystemTrustWarning"));
            auto* error = d->findChild<QLabel*>(QStringLiteral("addStoreError"));
            auto* ok = d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            seen << (warning->isVisibleTo(d) ? QStringLiteral("warning shown") : QStringLiteral("no warning"));
            QTest::mouseClick(ok, Qt::LeftButton);
            seen << (d->isVisible() ? QStringLiteral("open") : QStringLiteral("closed")) << edits.value(0)->text()
                 << edits.value(1)->text() << error->text();
            trust->setChecked(true);
            seen << (warning->isVisibleTo(d) ? QStringLiteral("warning shown") : QStringLiteral("no warning"));
            QTest::mouseClick(ok, Qt::LeftButton);
            seen << (d->isVisible() ? QStringLiteral("open") : QStringLiteral("closed"));
            if (d->isVisible())
                d->reject();
        });
        timer->start();
        stores.addStore();
        QCOMPARE(seen.size(), 7);
        QCOMPARE(seen[0], QStringLiteral("no warning"));
        QCOMPARE(seen[1], QStringLiteral("open"));
        QCOMPARE(seen[2], QStringLiteral("edge-17"));
        QCOMPARE(seen[3], url);
        QVERIFY2(seen[4].contains(QLatin1String("Trust the system's certificate authorities")), qPrintable(seen[4]));
        QCOMPARE(seen[5], QStringLiteral("warning shown"));
        QCOMPARE(seen[6], QStringLiteral("closed"));
        auto added = StoreRegistry(*admin).get(QStringLiteral("edge-17"));
        QVERIFY2(added, qPrintable(added.errorMessage()));
        QCOMPARE(added->connection.systemTrust, true);
        QVERIFY(added->connection.caPem.isEmpty());
    }

    void theAgencyFormHasEveryCliOptionAndItLandsInCore()
    {
        auto admin = test::openAs(m_path, QStringLiteral("admin"));
        QVERIFY(admin);
        AgenciesDialog dialog(*admin);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QMap<QString, QWidget*> fieldOf {
            {QStringLiteral("url"), dialog.urlField()},
            {QStringLiteral("name"), dialog.nameField()},
            {QStringLiteral("jurisdiction"), dialog.jurisdictionField()},
            {QStringLiteral("ca"), dialog.caFileField()},
            {QStringLiteral("system-trust"), dialog.systemTrustField()},
            {QStringLiteral("auth"), dialog.authField()},
            {QStringLiteral("header"), dialog.headerField()},
            {QStringLiteral("api-key-file"), dialog.apiKeyField()},
            {QStringLiteral("token-url"), dialog.tokenUrlField()},
            {QStringLiteral("client-id"), dialog.clientIdField()},
            {QStringLiteral("client-secret-file"), dialog.clientSecretField()},
            {QStringLiteral("client-cert"), dialog.clientCertField()},
            {QStringLiteral("client-key"), dialog.clientKeyField()},
            {QStringLiteral("profile"), dialog.profileField()},
            {QStringLiteral("max-mb"), dialog.maxMbField()},
            {QStringLiteral("allow"), dialog.allowField()},
            {QStringLiteral("ori"), dialog.oriField()},
        };
        // The options `agency add` documents, from its help.
        const test::ProcessRun help
            = test::cli({QStringLiteral("agency"), QStringLiteral("add"), QStringLiteral("--help")});
        const QString text = QString::fromUtf8(help.out + help.err);
        QStringList options;
        static const QRegularExpression option(QStringLiteral("--([a-z][a-z-]+)"));
        for (auto it = option.globalMatch(text); it.hasNext();)
            options << it.next().captured(1);
        options.removeDuplicates();
        options.removeAll(QStringLiteral("help"));
        options.sort();
        QVERIFY2(options.size() >= 10, qPrintable(text));
        QCOMPARE(options, fieldOf.keys());
        for (auto it = fieldOf.cbegin(); it != fieldOf.cend(); ++it) {
            QVERIFY2(it.value() && it.value()->isVisibleTo(&dialog), qPrintable(it.key()));
            QVERIFY2(it.value()->window() == &dialog, qPrintable(it.key()));
        }
        // Each authentication's fields open up with it.
        QComboBox* auth = dialog.authField();
        QCOMPARE(auth->findData(QStringLiteral("none")) >= 0 && auth->findData(QStringLiteral("apikey")) >= 0
                     && auth->findData(QStringLiteral("oauth2")) >= 0 && auth->findData(QStringLiteral("mtls")) >= 0,
                 true);
        QCOMPARE(dialog.profileField()->findData(QStringLiteral("lpdesk-v1")) >= 0
                     && dialog.profileField()->findData(QStringLiteral("nibrs-file")) >= 0,
                 true);

        QSqlDatabase c = admin->connection();
        const QString ca = m_dir.filePath(QStringLiteral("ca.pem"));
        QVERIFY(test::writeFile(ca, *WorkstationKeys::caCertificatePem(c)));
        const QString cert = m_dir.filePath(QStringLiteral("client.pem"));
        const QString key = m_dir.filePath(QStringLiteral("client.key"));
        const auto openssl = test::run(
            QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
             QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
             QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert, QStringLiteral("-subj"),
             QStringLiteral("/CN=lpdesk-test-client"), QStringLiteral("-days"), QStringLiteral("2")});
        QVERIFY2(openssl.exitCode == 0, qPrintable(openssl.describe()));

        // An API-key agency with every general field filled in.
        dialog.idField()->setText(QStringLiteral("cpd-19"));
        dialog.nameField()->setText(QStringLiteral("Chicago PD, 19th District"));
        dialog.urlField()->setText(QStringLiteral("https://reports.example.gov/api"));
        dialog.oriField()->setText(QStringLiteral("il0160000"));
        dialog.jurisdictionField()->setText(QStringLiteral("Cook County, IL"));
        dialog.profileField()->setCurrentIndex(dialog.profileField()->findData(QStringLiteral("nibrs-file")));
        dialog.maxMbField()->setValue(50);
        dialog.allowField()->setText(QStringLiteral("narrative, suspects"));
        dialog.caFileField()->setText(ca);
        auth->setCurrentIndex(auth->findData(QStringLiteral("apikey")));
        dialog.headerField()->setText(QStringLiteral("X-Agency-Key"));
        dialog.apiKeyField()->setText(QStringLiteral("key-19"));
        QVERIFY2(dialog.addAgency(), qPrintable(dialog.status()->text()));
        // OAuth2 and mutual TLS through the same form.
        dialog.idField()->setText(QStringLiteral("isp"));
        dialog.nameField()->setText(QStringLiteral("State Police"));
        dialog.oriField()->clear();
        dialog.jurisdictionField()->clear();
        dialog.allowField()->clear();
        dialog.caFileField()->clear();
        dialog.profileField()->setCurrentIndex(dialog.profileField()->findData(QStringLiteral("lpdesk-v1")));
        dialog.maxMbField()->setValue(4096);
        auth->setCurrentIndex(auth->findData(QStringLiteral("oauth2")));
        dialog.tokenUrlField()->setText(QStringLiteral("https://login.example.gov/oauth/token"));
        dialog.clientIdField()->setText(QStringLiteral("lpdesk-ws-1"));
        dialog.clientSecretField()->setText(QStringLiteral("s3cret"));
        // Neither a pinned CA nor the system-trust choice: refused with the reason, the form keeps its input.
        QVERIFY(!dialog.systemTrustWarning()->isVisibleTo(&dialog));
        QVERIFY(!dialog.addAgency());
        QVERIFY2(dialog.status()->text().contains(QLatin1String("Trust the system's certificate authorities")),
                 qPrintable(dialog.status()->text()));
        QCOMPARE(dialog.idField()->text(), QStringLiteral("isp"));
        QCOMPARE(dialog.clientSecretField()->text(), QStringLiteral("s3cret"));
        QCOMPARE(dialog.list()->topLevelItemCount(), 1);
        // Ticked: the warning is in view, the CA field is off, and core records the choice.
        dialog.systemTrustField()->setChecked(true);
        QVERIFY(dialog.systemTrustWarning()->isVisibleTo(&dialog));
        QVERIFY(!dialog.systemTrustWarning()->text().isEmpty());
        QVERIFY(!dialog.caFileField()->isEnabled());
        QVERIFY2(dialog.addAgency(), qPrintable(dialog.status()->text()));
        dialog.idField()->setText(QStringLiteral("sheriff"));
        dialog.nameField()->setText(QStringLiteral("County Sheriff"));
        auth->setCurrentIndex(auth->findData(QStringLiteral("mtls")));
        dialog.clientCertField()->setText(cert);
        dialog.clientKeyField()->setText(key);
        QVERIFY2(dialog.addAgency(), qPrintable(dialog.status()->text()));
        QCOMPARE(dialog.list()->topLevelItemCount(), 3);

        // What core keeps, read by another program.
        const test::ProcessRun listed
            = test::cliAs(m_path, QStringLiteral("admin"),
                          {QStringLiteral("--json"), QStringLiteral("agency"), QStringLiteral("list")});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));
        QHash<QString, QJsonObject> byId;
        for (const QJsonValue& v : QJsonDocument::fromJson(listed.out).array())
            byId.insert(v[QLatin1String("id")].toString(), v.toObject());
        QCOMPARE(byId.size(), 3);
        const QJsonObject cpd = byId.value(QStringLiteral("cpd-19"));
        QCOMPARE(cpd[QLatin1String("name")].toString(), QStringLiteral("Chicago PD, 19th District"));
        QCOMPARE(cpd[QLatin1String("base_url")].toString(), QStringLiteral("https://reports.example.gov/api"));
        QCOMPARE(cpd[QLatin1String("ori")].toString(), QStringLiteral("IL0160000"));
        QCOMPARE(cpd[QLatin1String("jurisdiction")].toString(), QStringLiteral("Cook County, IL"));
        QCOMPARE(cpd[QLatin1String("payload_profile")].toString(), QStringLiteral("nibrs-file"));
        QCOMPARE(cpd[QLatin1String("max_bytes")].toInteger(), qint64(50) * 1024 * 1024);
        QCOMPARE(cpd[QLatin1String("allowed_fields")].toArray(),
                 QJsonArray({QStringLiteral("narrative"), QStringLiteral("suspects")}));
        QCOMPARE(cpd[QLatin1String("pinned_ca")].toBool(), true);
        QCOMPARE(cpd[QLatin1String("system_trust")].toBool(), false);
        QCOMPARE(cpd[QLatin1String("auth")].toString(), QStringLiteral("apikey"));
        QCOMPARE(cpd[QLatin1String("api_key_header")].toString(), QStringLiteral("X-Agency-Key"));
        QCOMPARE(cpd[QLatin1String("has_secret")].toBool(), true);
        const QJsonObject isp = byId.value(QStringLiteral("isp"));
        QCOMPARE(isp[QLatin1String("auth")].toString(), QStringLiteral("oauth2"));
        QCOMPARE(isp[QLatin1String("token_url")].toString(), QStringLiteral("https://login.example.gov/oauth/token"));
        QCOMPARE(isp[QLatin1String("client_id")].toString(), QStringLiteral("lpdesk-ws-1"));
        QCOMPARE(isp[QLatin1String("payload_profile")].toString(), QStringLiteral("lpdesk-v1"));
        QCOMPARE(isp[QLatin1String("max_bytes")].toInteger(), qint64(4096) * 1024 * 1024);
        QCOMPARE(isp[QLatin1String("pinned_ca")].toBool(), false);
        QCOMPARE(isp[QLatin1String("system_trust")].toBool(), true);
        QCOMPARE(isp[QLatin1String("ori")].toString(), QString());
        QCOMPARE(byId.value(QStringLiteral("sheriff"))[QLatin1String("auth")].toString(), QStringLiteral("mtls"));
        AgencyRegistry registry(*admin);
        QCOMPARE(registry.secrets(QStringLiteral("cpd-19"))->apiKey.view().toByteArray(), QByteArray("key-19"));
        QCOMPARE(registry.secrets(QStringLiteral("isp"))->clientSecret.view().toByteArray(), QByteArray("s3cret"));
        QCOMPARE(registry.secrets(QStringLiteral("sheriff"))->clientCertPem.view().toByteArray(), test::readFile(cert));
        QCOMPARE(registry.secrets(QStringLiteral("sheriff"))->clientKeyPem.view().toByteArray(), test::readFile(key));
    }

    // A legal grant waiting for a second administrator: the users dialog shows it; the administrator who granted it
    // cannot confirm it there (core refuses); another administrator can, through the same core call as the CLI.
    void pendingLegalGrantIsConfirmedByAnotherAdministrator()
    {
        auto admin = test::openAs(m_path, QStringLiteral("admin"));
        QVERIFY(admin);
        QVERIFY(UserDirectory(*admin).add(QStringLiteral("beatrix"), Role::Admin, test::secret("beatrix-pass")));
        QVERIFY(UserDirectory(*admin).add(QStringLiteral("louis"), Role::Investigator, test::secret("louis-pass")));
        {
            // The setting is switched on in the users dialog, as an administrator would; core records it.
            UserManagementDialog dialog(*admin);
            auto* box = dialog.findChild<QCheckBox*>(QStringLiteral("legalNeedsSecondAdmin"));
            QVERIFY(box && box->isEnabled() && !box->isChecked());
            box->click();
            QVERIFY(box->isChecked());
            QCOMPARE(LegalGrants::needsSecondAdmin(*admin).value(), true);
            const QString said = dialog.findChild<QLabel*>(QStringLiteral("userMessage"))->text();
            QVERIFY2(said.contains(QLatin1String("second")), qPrintable(said));
        }
        {
            // An investigator sees it but cannot change it.
            auto louis = test::openAs(m_path, QStringLiteral("louis"));
            QVERIFY(louis);
            UserManagementDialog dialog(*louis);
            auto* box = dialog.findChild<QCheckBox*>(QStringLiteral("legalNeedsSecondAdmin"));
            QVERIFY(box && !box->isEnabled());
        }
        QVERIFY(UserDirectory(*admin).setRole(QStringLiteral("louis"), Role::Legal));
        const auto grantCell = [](UserManagementDialog& dialog, const QString& name) -> QTableWidgetItem* {
            auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("usersTable"));
            for (int r = 0; table && r < table->rowCount(); ++r)
                if (table->item(r, 0)->text() == name) {
                    table->selectRow(r);
                    return table->item(r, 3);
                }
            return nullptr;
        };
        {
            UserManagementDialog dialog(*admin);
            QTableWidgetItem* cell = grantCell(dialog, QStringLiteral("louis"));
            QVERIFY(cell);
            QVERIFY2(cell->text().contains(QLatin1String("admin")), qPrintable(cell->text()));
            dialog.findChild<QPushButton*>(QStringLiteral("confirmRoleButton"))->click();
            const QString said = dialog.findChild<QLabel*>(QStringLiteral("userMessage"))->text();
            QVERIFY2(said.contains(QLatin1String("another administrator")), qPrintable(said));
        }
        auto beatrix = test::openAs(m_path, QStringLiteral("beatrix"));
        QVERIFY(beatrix);
        UserManagementDialog dialog(*beatrix);
        QVERIFY(grantCell(dialog, QStringLiteral("louis")));
        dialog.findChild<QPushButton*>(QStringLiteral("confirmRoleButton"))->click();
        const QString said = dialog.findChild<QLabel*>(QStringLiteral("userMessage"))->text();
        QVERIFY2(said.contains(QLatin1String("confirmed")), qPrintable(said));
        QTableWidgetItem* cell = grantCell(dialog, QStringLiteral("louis"));
        QVERIFY(cell && cell->text().isEmpty());
        auto pending = LegalGrants::pending(*beatrix);
        QVERIFY(pending && pending->isEmpty());
    }
};

QTEST_MAIN(TestGuiAdminForms)
#include "TestGuiAdminForms.moc"
