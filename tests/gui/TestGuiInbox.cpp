// The inbox in the real main window (offscreen): pull through the pull dialog, urgent incidents first, filters and
// search, the detail pane with store-local time and clip thumbnails, and paging with 100,000 incidents.
#include "StoreSimCase.h"

#include "inbox/InboxView.h"
#include "inbox/IncidentTableModel.h"
#include "shell/MainWindow.h"
#include "sim/StoreSimulator.h"
#include "stores/PullDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

using namespace lpdesk;

class TestGuiInbox : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

private Q_SLOTS:
    void initTestCase()
    {
        const SimulatorOptions o = test::smallDrop(2, 6, 2);
        m_path = test::simulateStores(m_dir.path(), {{QStringLiteral("ivy"), Role::Investigator}}, o).db;
        QVERIFY(!m_path.isEmpty());
    }

    void pullThroughTheDialogThenTriage()
    {
        MainWindow window(test::openAs(m_path, QStringLiteral("ivy")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.findChild<QWidget*>(QStringLiteral("emptyState"))->isVisible());
        QVERIFY(window.findChild<QAction*>(QStringLiteral("actionPull"))->isEnabled());
        window.pullNow();
        auto* dialog = window.findChild<PullDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 60000);
        QCOMPARE(dialog->summary().newIncidents(), 12);
        dialog->accept();

        InboxView* inbox = window.inbox();
        QTRY_VERIFY(inbox->isVisible());
        IncidentTableModel* model = inbox->model();
        QCOMPARE(model->rowCount(), 12);
        // Urgent (assault, robbery) sort first and carry the badge; everything starts unread.
        QCOMPARE(model->data(model->index(0, IncidentTableModel::Urgent), Qt::DisplayRole).toString(),
                 QStringLiteral("URGENT"));
        QVERIFY(model->data(model->index(0, 0), IncidentTableModel::UnreadRole).toBool());
        for (int r = 1; r < model->rowCount(); ++r)
            QVERIFY(model->data(model->index(r - 1, 0), IncidentTableModel::PriorityRole).toInt()
                    >= model->data(model->index(r, 0), IncidentTableModel::PriorityRole).toInt());

        // Filter by type with the combo box, then search for a word only some narratives contain.
        const QList<QComboBox*> combos = inbox->findChildren<QComboBox*>();
        QComboBox* type = nullptr;
        for (QComboBox* c : combos)
            if (c->itemData(1).toString() == QLatin1String("shoplifting"))
                type = c;
        QVERIFY(type);
        type->setCurrentIndex(type->findData(QStringLiteral("robbery")));
        QTRY_COMPARE(model->rowCount(), 1);
        type->setCurrentIndex(0);
        QTRY_COMPARE(model->rowCount(), 12);
        auto* search = inbox->findChild<QLineEdit*>(QStringLiteral("inboxSearch"));
        QTest::keyClicks(search, QStringLiteral("panic"));
        QTRY_VERIFY(model->rowCount() >= 1 && model->rowCount() < 12);
        search->clear();
        QTRY_COMPARE(model->rowCount(), 12);

        // Open the first incident: store-local time with its offset, UTC, thumbnails decoded off the UI thread.
        QTableView* table = inbox->table();
        table->setFocus();
        table->setCurrentIndex(model->index(0, 1));
        auto* detail = inbox->findChild<QTextBrowser*>(QStringLiteral("incidentDetail"));
        QTRY_VERIFY(detail->toPlainText().contains(QLatin1String("UTC")));
        QVERIFY(detail->toPlainText().contains(
            QRegularExpression(QStringLiteral("[+-]\\d\\d:\\d\\d \\((America|Europe)/"))));
        QVERIFY(!model->data(model->index(0, 0), IncidentTableModel::UnreadRole).toBool());
        QTRY_VERIFY_WITH_TIMEOUT(
            !inbox->findChildren<QToolButton*>(QStringLiteral("thumbnail")).isEmpty()
                && !inbox->findChildren<QToolButton*>(QStringLiteral("thumbnail")).first()->icon().isNull(),
            20000);
        const QString dir = qEnvironmentVariable("LPDESK_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            window.grab().save(dir + QStringLiteral("/inbox.png"));
        }
    }

    // A lazy model: 100,000 incidents cost a count and the pages actually looked at.
    void hundredThousandIncidentsArePaged()
    {
        auto db = test::openAs(m_path, QStringLiteral("ivy"));
        {
            QSqlDatabase c = db->connection();
            Transaction tx(c);
            QSqlQuery q(c);
            q.prepare(QStringLiteral(
                "INSERT INTO incidents (id, store_id, type, severity, trigger, detected_at, detected_at_local, "
                "raw_json, raw_sha256, priority, received_at, source) VALUES (?, 'chicago-lakeview-017', "
                "'shoplifting', ?, 'door_sensor', ?, ?, '{}', '', ?, '2026-01-01T00:00:00Z', 'bulk')"));
            for (int i = 0; i < 100000; ++i) {
                const QString t = QStringLiteral("2025-%1-%2T10:00:00Z")
                                      .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                                      .arg(1 + i % 28, 2, 10, QLatin1Char('0'));
                q.addBindValue(QStringLiteral("bulk-%1").arg(i, 6, 10, QLatin1Char('0')));
                q.addBindValue(1 + i % 5);
                q.addBindValue(t);
                q.addBindValue(t);
                q.addBindValue((1 + i % 5) * 10);
                QVERIFY(q.exec());
            }
            QVERIFY(tx.commit());
        }
        IncidentTableModel model(*db);
        QCOMPARE(model.rowCount(), 100012);
        QCOMPARE(model.pagesLoaded(), 0);
        QVERIFY(!model.incidentId(99990).isEmpty());
        QVERIFY(!model.incidentId(50).isEmpty());
        QCOMPARE(model.pagesLoaded(), 2);
        QTableView view;
        view.setModel(&model);
        view.resize(800, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.scrollToBottom();
        QApplication::processEvents();
        QVERIFY2(model.pagesLoaded() <= 4, qPrintable(QString::number(model.pagesLoaded())));
        // Re-sorting and refreshing drop the cache instead of loading everything.
        model.sort(IncidentTableModel::Detected, Qt::AscendingOrder);
        QCOMPARE(model.pagesLoaded(), 0);
        QCOMPARE(model.rowCount(), 100012);
    }
};

QTEST_MAIN(TestGuiInbox)
#include "TestGuiInbox.moc"
