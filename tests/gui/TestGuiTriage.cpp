// Triage in the real main window, offscreen: an incident already in a case says "in case LPD-…" (in the list and in
// the detail pane) and a second case for it is only opened after a warning; Enter and double-click open an incident
// (its clip, or its case when it has one) and a case from the case list; the detail pane follows the filter (an
// incident the filter hides is not shown); a date filter says how many incidents it hides. Each check is against
// core (CaseService, IncidentInbox), never against figures written into the test.
#include "StoreSimCase.h"

#include "cases/CaseListView.h"
#include "cases/CaseService.h"
#include "cases/CaseWorkspace.h"
#include "inbox/InboxView.h"
#include "inbox/IncidentInbox.h"
#include "inbox/IncidentTableModel.h"
#include "player/PlayerWidget.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include <functional>

using namespace lpdesk;

class TestGuiTriage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QString m_inCase; // an incident the first case holds
    QString m_firstCase;
    QString m_free; // an incident with a clip and no case
    int m_total = 0;

    // What "New case" asked while `action` ran: the warning's text (answered with `reply`) and whether it asked for a
    // title (given `title`, or cancelled when it is empty).
    struct Asked
    {
        QString warning;
        bool title = false;
    };
    static Asked newCaseAnswering(QMessageBox::StandardButton reply, const QString& title,
                                  const std::function<void()>& action)
    {
        Asked asked;
        QTimer poll;
        QWidget* answered = nullptr;
        QObject::connect(&poll, &QTimer::timeout, [&] {
            QWidget* modal = QApplication::activeModalWidget();
            if (!modal || modal == answered || !modal->isVisible())
                return;
            answered = modal;
            if (auto* box = qobject_cast<QMessageBox*>(modal)) {
                asked.warning = box->text();
                box->button(reply)->click();
            } else if (auto* input = qobject_cast<QInputDialog*>(modal)) {
                asked.title = true;
                input->setTextValue(title);
                title.isEmpty() ? input->reject() : input->accept();
            }
        });
        poll.start(20);
        action();
        poll.stop();
        return asked;
    }

    static int rowOf(IncidentTableModel* model, const QString& incidentId)
    {
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->incidentId(r) == incidentId)
                return r;
        return -1;
    }

    static QAction* actionWith(QWidget* window, const QKeySequence& keys)
    {
        for (QAction* a : window->findChildren<QAction*>())
            if (a->shortcut() == keys)
                return a;
        return nullptr;
    }

    static PlayerWidget* clipWindow()
    {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* p = qobject_cast<PlayerWidget*>(w); p && p->isVisible())
                return p;
        return nullptr;
    }

    static void closeOpenedWindows(MainWindow& window)
    {
        for (CaseWorkspace* w : window.findChildren<CaseWorkspace*>())
            w->close();
        while (PlayerWidget* p = clipWindow())
            p->close();
        QApplication::processEvents();
    }

    static void doubleClick(QAbstractItemView* view, const QModelIndex& index)
    {
        view->scrollTo(index);
        // A real double-click is a click and a second press; QTest::mouseDClick alone (Qt 6.4) sends only the second.
        const QPoint at = view->visualRect(index).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto ivy = test::simulateAndPull(m_dir.path(), {{QStringLiteral("ivy"), Role::Investigator}},
                                         test::smallDrop(1, 6, 2));
        QVERIFY(ivy);
        m_path = ivy->path();
        auto rows = IncidentInbox(*ivy).list({}, IncidentSort::Oldest, 0, 100);
        QVERIFY(rows && rows->size() >= 3);
        m_total = static_cast<int>(rows->size());
        for (const IncidentRow& r : *rows) {
            if (r.mediaCount == 0)
                continue;
            if (m_inCase.isEmpty())
                m_inCase = r.id;
            else if (m_free.isEmpty())
                m_free = r.id;
        }
        QVERIFY(!m_inCase.isEmpty() && !m_free.isEmpty());
        auto id = CaseService(*ivy).create(QStringLiteral("Already here"), {m_inCase});
        QVERIFY(id);
        m_firstCase = *id;
    }

    // (a) "in case LPD-…" on the incident, and a warning before a second case takes it.
    void anIncidentInACaseSaysSoAndASecondCaseWarns()
    {
        MainWindow window(test::openAs(m_path, QStringLiteral("ivy")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        CaseDatabase& core = window.database();
        const QString reference = CaseService(core).show(m_firstCase)->reference;
        QVERIFY(reference.startsWith(QLatin1String("LPD-")));
        InboxView* inbox = window.inbox();
        IncidentTableModel* model = inbox->model();
        int row = rowOf(model, m_inCase);
        QVERIFY(row >= 0);
        QCOMPARE(model->data(model->index(row, IncidentTableModel::InCase), Qt::DisplayRole).toString(),
                 QStringLiteral("in case %1").arg(reference));
        QCOMPARE(
            model->data(model->index(rowOf(model, m_free), IncidentTableModel::InCase), Qt::DisplayRole).toString(),
            QString());
        inbox->table()->setCurrentIndex(model->index(row, IncidentTableModel::Detected));
        auto* detail = inbox->findChild<QTextBrowser*>(QStringLiteral("incidentDetail"));
        QTRY_VERIFY2(detail->toPlainText().contains(QStringLiteral("in case %1").arg(reference)),
                     qPrintable(detail->toPlainText()));

        // New case from it: the warning names the case; "No" creates nothing.
        QAction* newCase = window.findChild<QAction*>(QStringLiteral("actionNewCase"));
        QVERIFY(newCase && newCase->isEnabled());
        Asked asked = newCaseAnswering(QMessageBox::No, QString(), [&] { newCase->trigger(); });
        QVERIFY2(asked.warning.contains(QStringLiteral("already in case %1").arg(reference)),
                 qPrintable(asked.warning));
        QVERIFY(!asked.title);
        QCOMPARE(CaseService(core).list()->size(), 1);

        // "Yes" and a title: a second case of the same incident, on purpose; the row names both cases.
        asked = newCaseAnswering(QMessageBox::Yes, QStringLiteral("A series of thefts"), [&] { newCase->trigger(); });
        QVERIFY(!asked.warning.isEmpty() && asked.title);
        auto cases = CaseService(core).list();
        QVERIFY(cases);
        QCOMPARE(cases->size(), 2);
        QString second;
        for (const CaseInfo& c : *cases)
            if (c.title == QLatin1String("A series of thefts")) {
                QCOMPARE(c.incidentIds, QStringList {m_inCase});
                second = c.reference;
            }
        QVERIFY(!second.isEmpty());
        row = rowOf(model, m_inCase);
        const QString inCase = model->data(model->index(row, IncidentTableModel::InCase), Qt::DisplayRole).toString();
        QVERIFY2(inCase.contains(reference) && inCase.contains(second), qPrintable(inCase));

        // An incident in no case: no warning, straight to the title.
        inbox->table()->setCurrentIndex(model->index(rowOf(model, m_free), IncidentTableModel::Detected));
        asked = newCaseAnswering(QMessageBox::No, QStringLiteral("Fresh case"), [&] { newCase->trigger(); });
        QVERIFY2(asked.warning.isEmpty(), qPrintable(asked.warning));
        QVERIFY(asked.title);
        QCOMPARE(CaseService(core).list()->size(), 3);
        closeOpenedWindows(window);
    }

    // (b) Enter and double-click: on an incident in a case its case opens, on one without its clip; on a case row the
    // case opens.
    void enterAndDoubleClickOpenIncidentsAndCases()
    {
        MainWindow window(test::openAs(m_path, QStringLiteral("ivy")));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        CaseDatabase& core = window.database();
        InboxView* inbox = window.inbox();
        // ivy's first page is My work when something waits for her; the inbox is one click (Ctrl+1) away.
        window.pages()->setCurrentWidget(inbox);
        IncidentTableModel* model = inbox->model();
        QTableView* table = inbox->table();
        QTRY_VERIFY(table->isVisible());
        const QString caseOfIncident = model->caseIdsOf(m_inCase).value(0);
        QVERIFY(!caseOfIncident.isEmpty());
        // An incident in no case opens its first clip: take the free one out of the case made above, if any.
        auto freeDetail = IncidentInbox(core).show(m_free);
        QVERIFY(freeDetail && !freeDetail->media.isEmpty());
        const QString clip = freeDetail->media.first().id;
        for (const QString& c : model->caseIdsOf(m_free))
            QVERIFY(CaseService(core).removeIncident(c, m_free));
        model->refresh();
        QVERIFY(model->caseIdsOf(m_free).isEmpty());

        auto openedCases = [&window] {
            QStringList ids;
            for (CaseWorkspace* w : window.findChildren<CaseWorkspace*>())
                if (w->isVisible())
                    ids << w->caseId();
            return ids;
        };
        const QModelIndex inCaseIndex = model->index(rowOf(model, m_inCase), IncidentTableModel::Type);
        const QModelIndex freeIndex = model->index(rowOf(model, m_free), IncidentTableModel::Type);

        // Enter on the incident in a case: its case.
        table->setFocus();
        table->setCurrentIndex(inCaseIndex);
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_COMPARE(openedCases(), QStringList {caseOfIncident});
        closeOpenedWindows(window);
        // Double-click on it: its case again.
        doubleClick(table, inCaseIndex);
        QTRY_COMPARE(openedCases(), QStringList {caseOfIncident});
        closeOpenedWindows(window);
        // Enter on the incident in no case: its clip in a player window.
        table->setFocus();
        table->setCurrentIndex(freeIndex);
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_VERIFY(clipWindow() != nullptr);
        QCOMPARE(clipWindow()->mediaId(), clip);
        QVERIFY(openedCases().isEmpty());
        closeOpenedWindows(window);
        // Double-click on it: the clip again.
        doubleClick(table, freeIndex);
        QTRY_VERIFY(clipWindow() != nullptr);
        QCOMPARE(clipWindow()->mediaId(), clip);
        closeOpenedWindows(window);

        // The case list (Ctrl+2): Enter and double-click on a row open that case.
        QAction* casesPage = actionWith(&window, QKeySequence(Qt::CTRL | Qt::Key_2));
        QVERIFY(casesPage);
        casesPage->trigger();
        auto* caseTable = window.caseList()->findChild<QTableWidget*>(QStringLiteral("caseTable"));
        QTRY_VERIFY(caseTable->isVisible());
        QVERIFY(caseTable->rowCount() >= 2);
        for (int row : {0, 1}) {
            const QString id = caseTable->item(row, 0)->data(Qt::UserRole).toString();
            caseTable->setFocus();
            caseTable->setCurrentCell(row, 1);
            QTest::keyClick(caseTable, Qt::Key_Return);
            QTRY_COMPARE(openedCases(), QStringList {id});
            closeOpenedWindows(window);
            doubleClick(caseTable, caseTable->model()->index(row, 1));
            QTRY_COMPARE(openedCases(), QStringList {id});
            closeOpenedWindows(window);
        }
    }

    // (c) The detail pane shows only an incident the list still holds.
    void theDetailPaneFollowsTheFilter()
    {
        MainWindow window(test::openAs(m_path, QStringLiteral("ivy")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        CaseDatabase& core = window.database();
        InboxView* inbox = window.inbox();
        IncidentTableModel* model = inbox->model();
        auto* detail = inbox->findChild<QTextBrowser*>(QStringLiteral("incidentDetail"));
        auto shownIncident = IncidentInbox(core).show(m_inCase);
        QVERIFY(shownIncident);
        const QString narrative = shownIncident->narrative.left(40);
        QVERIFY(!narrative.isEmpty());
        inbox->table()->setCurrentIndex(model->index(rowOf(model, m_inCase), IncidentTableModel::Detected));
        QTRY_VERIFY(detail->toPlainText().contains(narrative));
        QCOMPARE(inbox->currentIncidentId(), m_inCase);

        QComboBox* type = nullptr;
        for (QComboBox* c : inbox->findChildren<QComboBox*>())
            if (c->findData(QStringLiteral("shoplifting")) >= 0)
                type = c;
        QVERIFY(type);
        // A filter that keeps the incident keeps it in the pane.
        type->setCurrentIndex(type->findData(shownIncident->row.type));
        QVERIFY(rowOf(model, m_inCase) >= 0);
        QCOMPARE(inbox->currentIncidentId(), m_inCase);
        QVERIFY(detail->toPlainText().contains(narrative));
        // A filter that hides it empties the pane.
        int other = -1;
        for (int i = 1; i < type->count() && other < 0; ++i)
            if (type->itemData(i).toString() != shownIncident->row.type)
                other = i;
        type->setCurrentIndex(other);
        QCOMPARE(rowOf(model, m_inCase), -1);
        QVERIFY2(!detail->toPlainText().contains(narrative), qPrintable(detail->toPlainText()));
        QVERIFY(inbox->currentIncidentId().isEmpty());
        QVERIFY(detail->toPlainText().contains(QLatin1String("Select an incident")));
        // The same with the text search: back to all types, select it, search for what it does not say.
        type->setCurrentIndex(0);
        inbox->table()->setCurrentIndex(model->index(rowOf(model, m_inCase), IncidentTableModel::Detected));
        QTRY_VERIFY(detail->toPlainText().contains(narrative));
        auto* search = inbox->findChild<QLineEdit*>(QStringLiteral("inboxSearch"));
        QTest::keyClicks(search, QStringLiteral("zzzqqq"));
        QTRY_COMPARE(model->rowCount(), 0);
        QVERIFY(!detail->toPlainText().contains(narrative));
        QVERIFY(inbox->currentIncidentId().isEmpty());
    }

    // (d) A date filter says how many incidents it hides.
    void aDateFilterSaysHowManyItHides()
    {
        MainWindow window(test::openAs(m_path, QStringLiteral("ivy")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        CaseDatabase& core = window.database();
        InboxView* inbox = window.inbox();
        auto* status = inbox->findChild<QLabel*>(QStringLiteral("inboxStatus"));
        auto* from = inbox->findChild<QCheckBox*>(QStringLiteral("inboxFrom"));
        auto* fromDate = inbox->findChild<QDateEdit*>(QStringLiteral("inboxFromDate"));
        auto* to = inbox->findChild<QCheckBox*>(QStringLiteral("inboxTo"));
        auto* toDate = inbox->findChild<QDateEdit*>(QStringLiteral("inboxToDate"));
        QVERIFY(status && from && fromDate && to && toDate);
        QCOMPARE(inbox->model()->rowCount(), m_total);
        QVERIFY(!status->text().contains(QLatin1String("hidden")));
        auto hiddenBy = [&core, this](const QDateTime& since, const QDateTime& until) {
            IncidentFilter f;
            f.since = since;
            f.until = until;
            return m_total - *IncidentInbox(core).count(f);
        };

        // Ticking "From" with its default 30-day window (the store's incidents are older): it says what it hides.
        QTest::mouseClick(from, Qt::LeftButton);
        QVERIFY(from->isChecked());
        int hidden = hiddenBy(QDateTime(fromDate->date(), QTime(0, 0), QTimeZone::utc()), {});
        QVERIFY2(hidden > 0, "the simulated incidents are older than 30 days");
        QCOMPARE(inbox->model()->rowCount(), m_total - hidden);
        QVERIFY2(status->text().contains(QStringLiteral("%1 more hidden by the dates").arg(hidden)),
                 qPrintable(status->text()));

        // A "From" before every incident hides nothing and says nothing about hiding.
        fromDate->setDate(QDate(2000, 1, 1));
        QCOMPARE(inbox->model()->rowCount(), m_total);
        QVERIFY2(!status->text().contains(QLatin1String("hidden")), qPrintable(status->text()));

        // "to" before every incident: all hidden, and said.
        toDate->setDate(QDate(2000, 1, 2));
        QTest::mouseClick(to, Qt::LeftButton);
        hidden = hiddenBy(QDateTime(QDate(2000, 1, 1), QTime(0, 0), QTimeZone::utc()),
                          QDateTime(QDate(2000, 1, 3), QTime(0, 0), QTimeZone::utc()));
        QCOMPARE(hidden, m_total);
        QCOMPARE(inbox->model()->rowCount(), 0);
        QVERIFY2(status->text().contains(QStringLiteral("%1 more hidden by the dates").arg(m_total)),
                 qPrintable(status->text()));

        // Unticking both shows everything again.
        QTest::mouseClick(to, Qt::LeftButton);
        QTest::mouseClick(from, Qt::LeftButton);
        QCOMPARE(inbox->model()->rowCount(), m_total);
        QVERIFY(!status->text().contains(QLatin1String("hidden")));
    }
};

QTEST_MAIN(TestGuiTriage)
#include "TestGuiTriage.moc"
