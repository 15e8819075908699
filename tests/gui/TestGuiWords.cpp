// Words, not codes, in what the admin and the investigator read (issue 13): every audit action core can write has a
// phrase (the codes are read from the sources, so a new one without a phrase fails here) and the audit log names
// cases, evidence and releases instead of showing their ids (kept in a tooltip); the users' "Added" and the stores'
// "Last pull" are times in the language's format with their offset, not RFC 3339 text; no date is a dashed
// day-month-year; the add-user dialog's live hint is core's rule and matches the refusal; an accepted suggestion
// leaves the list of tracks to review (undo brings it back); in Spanish at 1280×720 the POS tab, the suggestions'
// header and the inbox's search box show their whole text.
#include "StoreSimCase.h"

#include "admin/AuditLogDialog.h"
#include "admin/UserManagementDialog.h"
#include "cases/CaseWorkspace.h"
#include "cases/MediaLibrary.h"
#include "common/CustodyWords.h"
#include "common/LocaleText.h"
#include "common/Runtime.h"
#include "common/Time.h"
#include "custody/ChainReader.h"
#include "db/PassphrasePolicy.h"
#include "db/UserDirectory.h"
#include "inbox/InboxView.h"
#include "pos/PosPanel.h"
#include "redact/RedactionCommands.h"
#include "redact/RedactionEditor.h"
#include "redact/SuggestionPanel.h"
#include "shell/MainWindow.h"
#include "store/StoreRegistry.h"
#include "stores/StoresDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QUndoStack>

using namespace lpdesk;

namespace {

// The action codes the sources write to the audit log: the literal strings in the action argument of every
// audit(action, details) and auditIn(db, action, details) call under core/, ui/ and app/ (both of a ternary).
QMap<QString, QString> auditCodesInSources(const QString& root)
{
    QMap<QString, QString> codes; // code -> the first file that writes it
    static const QRegularExpression call(QStringLiteral("\\b(audit|auditIn)\\("));
    static const QRegularExpression literal(QStringLiteral("\"([a-z0-9_]+)\""));
    for (const char* folder : {"core", "ui", "app"}) {
        QDirIterator it(root + QLatin1Char('/') + QLatin1String(folder), {QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QString s = QString::fromUtf8(file.readAll());
            for (auto m = call.globalMatch(s); m.hasNext();) {
                const auto match = m.next();
                // The call's arguments at the top level (strings skipped whole), up to its closing parenthesis.
                QStringList args {QString()};
                int depth = 1;
                for (qsizetype i = match.capturedEnd(); i < s.size() && depth > 0; ++i) {
                    const QChar c = s[i];
                    if (c == QLatin1Char('"')) {
                        const qsizetype end = s.indexOf(QLatin1Char('"'), i + 1);
                        args.last() += s.mid(i, end - i + 1);
                        i = end;
                        continue;
                    }
                    if (QStringLiteral("({[").contains(c))
                        ++depth;
                    else if (QStringLiteral(")}]").contains(c))
                        --depth;
                    if (depth == 1 && c == QLatin1Char(','))
                        args << QString();
                    else if (depth > 0)
                        args.last() += c;
                }
                const int index = match.captured(1) == QLatin1String("audit") ? 0 : 1;
                for (auto l = literal.globalMatch(args.value(index)); l.hasNext();) {
                    const QString code = l.next().captured(1);
                    if (!codes.contains(code))
                        codes.insert(code, QDir(root).relativeFilePath(path));
                }
            }
        }
    }
    return codes;
}

const QRegularExpression& rfc3339()
{
    static const QRegularExpression re(QStringLiteral("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d"));
    return re;
}

const QRegularExpression& offset()
{
    static const QRegularExpression re(QStringLiteral("\\d\\d:\\d\\d:\\d\\d [+-]\\d\\d:\\d\\d"));
    return re;
}

// "07-12-2026", "12-07-26": a dashed date that does not start with the year.
const QRegularExpression& dashedDate()
{
    static const QRegularExpression re(QStringLiteral("\\b\\d{1,2}-\\d{1,2}-\\d{2,4}\\b"));
    return re;
}

// Texts a widget shows that do not fit the room it has: a label's text (one line), a button's text with its margins,
// a line edit's placeholder beside its clear button, a tab's text, a table's header labels.
QStringList cutTexts(QWidget* root)
{
    QStringList out;
    const auto check = [&out](QWidget* w, const QString& what, const QString& text, int available) {
        const int needed = w->fontMetrics().horizontalAdvance(QString(text).remove(QLatin1Char('&')));
        if (!text.isEmpty() && needed > available)
            out << QStringLiteral("%1 %2 \"%3\": %4 px of text in %5 px")
                       .arg(QString::fromLatin1(w->metaObject()->className()), what, text)
                       .arg(needed)
                       .arg(available);
    };
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : std::as_const(widgets)) {
        if (!w->isVisible())
            continue;
        if (auto* label = qobject_cast<QLabel*>(w); label && !label->wordWrap() && label->textFormat() != Qt::RichText)
            check(w, label->objectName(), label->text(), label->contentsRect().width() - 2 * label->margin());
        if (auto* button = qobject_cast<QAbstractButton*>(w); button && !qobject_cast<QToolButton*>(w)) {
            // The button's own margins: its size hint less its text.
            const int text = w->fontMetrics().horizontalAdvance(QString(button->text()).remove(QLatin1Char('&')));
            check(w, button->objectName(), button->text(), button->width() - (button->sizeHint().width() - text));
        }
        if (auto* edit = qobject_cast<QLineEdit*>(w); edit && !edit->placeholderText().isEmpty()) {
            QStyleOptionFrame option;
            option.initFrom(edit);
            option.lineWidth = edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit);
            int available = edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit).width()
                - edit->textMargins().left() - edit->textMargins().right() - 4;
            for (QToolButton* side : edit->findChildren<QToolButton*>())
                available -= side->width() + 2;
            check(w, edit->objectName(), edit->placeholderText(), available);
        }
        if (auto* bar = qobject_cast<QTabBar*>(w))
            for (int i = 0; i < bar->count(); ++i)
                check(w, QStringLiteral("tab"), bar->tabText(i),
                      bar->tabRect(i).width() - 2 * bar->style()->pixelMetric(QStyle::PM_TabBarTabHSpace) / 2);
        if (auto* view = qobject_cast<QTableWidget*>(w); view && view->horizontalHeader()->isVisible()) {
            QHeaderView* header = view->horizontalHeader();
            const int margin = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin);
            for (int c = 0; c < view->columnCount(); ++c)
                if (!header->isSectionHidden(c) && view->horizontalHeaderItem(c))
                    check(w, QStringLiteral("column"), view->horizontalHeaderItem(c)->text(),
                          header->sectionSize(c) - margin);
        }
    }
    return out;
}

} // namespace

class TestGuiWords : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::PendingRelease m_world;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_world = test::longTitledCaseWithARelease(m_dir.filePath(QStringLiteral("world")));
        QVERIFY(!m_world.db.isEmpty());
        // ivy opens the clip of her case: an evidence_read event naming the clip (media_id) in the audit log.
        auto ivy = test::openAs(m_world.db, QStringLiteral("ivy"));
        QVERIFY(ivy);
        QVERIFY(MediaLibrary(*ivy).recordViewed(m_world.mediaId, m_world.caseId, QStringLiteral("clip")));
    }

    // (1) Every code core (and the GUI) can write has a phrase; the phrases are words, not codes.
    void everyAuditActionHasWords()
    {
        const QMap<QString, QString> codes = auditCodesInSources(test::sourceDir());
        qInfo("%d audit action codes in the sources", static_cast<int>(codes.size()));
        // The scan finds the calls of every shape: plain, on a connection, the ternary of a decision.
        for (const char* code : {"login", "evidence_read", "database_created", "release_approved", "release_rejected",
                                 "user_added", "passphrase_policy_changed"})
            QVERIFY2(codes.contains(QLatin1String(code)), code);
        QVERIFY(codes.size() > 60);
        const QStringList known = CustodyWords::auditActionCodes();
        QStringList missing;
        for (auto it = codes.cbegin(); it != codes.cend(); ++it) {
            const QString words = CustodyWords::auditAction(it.key());
            if (!known.contains(it.key()) || words.contains(QLatin1Char('_')))
                missing << QStringLiteral("%1 (written in %2): \"%3\"").arg(it.key(), it.value(), words);
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
        QCOMPARE(CustodyWords::auditAction(QStringLiteral("evidence_read")), QStringLiteral("Opened evidence"));
    }

    // (1) The audit log names what its events refer to; the ids are in the tooltips only.
    void auditLogNamesCasesEvidenceAndReleases()
    {
        auto admin = test::openAs(m_world.db, QStringLiteral("admin"));
        QVERIFY(admin);
        auto users = UserDirectory(*admin).list();
        QVERIFY(users);
        QStringList ids {m_world.caseId, m_world.mediaId, m_world.releaseId};
        for (const UserInfo& u : *users)
            ids << u.id;
        AuditLogDialog dialog(*admin);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTableWidget* t = dialog.table();
        QVERIFY(t->rowCount() > 5);
        int opened = -1, requested = -1;
        QStringList leaks;
        for (int r = 0; r < t->rowCount(); ++r) {
            const QString code = t->item(r, 3)->data(Qt::UserRole).toString();
            const QString what = t->item(r, 3)->text();
            const QString details = t->item(r, 4)->text();
            if (what.contains(QLatin1Char('_')) || what == QString(code).replace(QLatin1Char('_'), QLatin1Char(' ')))
                leaks << QStringLiteral("row %1: the action is a code: %2").arg(r).arg(what);
            for (const QString& id : std::as_const(ids))
                if (details.contains(id) || what.contains(id))
                    leaks << QStringLiteral("row %1 (%2): an id: %3").arg(r).arg(code, details);
            if (code == QLatin1String("evidence_read") && t->item(r, 4)->toolTip().contains(m_world.mediaId))
                opened = r;
            if (code == QLatin1String("release_requested"))
                requested = r;
        }
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
        QVERIFY(opened >= 0 && requested >= 0);
        // "Opened evidence" + the clip by what it is, in its case (number and title).
        QCOMPARE(t->item(opened, 3)->text(), QStringLiteral("Opened evidence"));
        const QString clip = t->item(opened, 4)->text();
        qInfo("evidence_read: %s | %s", qPrintable(t->item(opened, 3)->text()), qPrintable(clip));
        QVERIFY2(clip.startsWith(QLatin1String("Original clip, camera ")), qPrintable(clip));
        QVERIFY2(clip.contains(QLatin1String(", case LPD-")), qPrintable(clip));
        const QString release = t->item(requested, 4)->text();
        qInfo("release_requested: %s | %s", qPrintable(t->item(requested, 3)->text()), qPrintable(release));
        QVERIFY2(release.contains(QLatin1String("the release of LPD-"))
                     && release.contains(QStringLiteral("“A case title long enough")),
                 qPrintable(release));
        QVERIFY(t->item(requested, 4)->toolTip().contains(m_world.releaseId));
        // The action filter lists words too.
        for (int i = 1; i < dialog.actionFilter()->count(); ++i)
            QVERIFY2(
                !dialog.actionFilter()->itemText(i).contains(QLatin1Char('_'))
                    && dialog.actionFilter()->itemText(i)
                        != dialog.actionFilter()->itemData(i).toString().replace(QLatin1Char('_'), QLatin1Char(' ')),
                qPrintable(dialog.actionFilter()->itemText(i)));
        // A search finds the names shown.
        dialog.textFilter()->setText(QStringLiteral("A case title long enough"));
        QVERIFY(dialog.table()->rowCount() >= 1);
    }

    // (2) Users' "Added" and stores' "Last pull": the language's date, the time and the offset; not RFC 3339.
    void addedAndLastPullAreShownTimes()
    {
        auto admin = test::openAs(m_world.db, QStringLiteral("admin"));
        QVERIFY(admin);
        auto users = UserDirectory(*admin).list();
        QVERIFY(users && !users->isEmpty());
        UserManagementDialog dialog(*admin);
        auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("usersTable"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), static_cast<int>(users->size()));
        for (int r = 0; r < table->rowCount(); ++r) {
            const UserInfo& u = users->at(r);
            const QString added = table->item(r, 2)->text();
            qInfo("%s added: %s (stored %s)", qPrintable(u.name), qPrintable(added), qPrintable(u.createdAt));
            QVERIFY2(!rfc3339().match(added).hasMatch() && offset().match(added).hasMatch(), qPrintable(added));
            QCOMPARE(added, shown::workstationTime(u.createdAt));
        }
        auto stores = StoreRegistry(*admin).list();
        QVERIFY(stores && !stores->isEmpty());
        StoresDialog storesDialog(*admin);
        auto* pulls = storesDialog.findChild<QTableWidget*>();
        QVERIFY(pulls);
        QCOMPARE(pulls->rowCount(), static_cast<int>(stores->size()));
        for (int r = 0; r < pulls->rowCount(); ++r) {
            const StoreInfo& s = stores->at(r);
            QVERIFY(!s.lastPullAt.isEmpty());
            const QString pulled = pulls->item(r, 4)->text();
            qInfo("%s last pull: %s (stored %s, zone %s)", qPrintable(s.id), qPrintable(pulled),
                  qPrintable(s.lastPullAt), qPrintable(s.timezone));
            QVERIFY2(!rfc3339().match(pulled).hasMatch() && offset().match(pulled).hasMatch(), qPrintable(pulled));
            // The store's time, in its zone (as the admin's home shows it).
            QCOMPARE(pulled, shown::dateTime(parseRfc3339(s.lastPullAt), QTimeZone(s.timezone.toUtf8())));
        }
    }

    // (3) Languages that write dates dashed day first (Dutch, Chilean Spanish) get the month in words; the others
    // keep their order; the date fields follow.
    void noDashedDayMonthYear()
    {
        const QDateTime utc(QDate(2026, 12, 7), QTime(11, 12, 33), QTimeZone::utc());
        const QTimeZone chicago("America/Chicago");
        auto admin = test::openAs(m_world.db, QStringLiteral("admin"));
        QVERIFY(admin);
        QStringList dashed;
        for (const char* name : {"nl_NL", "es_CL", "es_ES", "en_US", "fr_FR"}) {
            QLocale::setDefault(QLocale(QLatin1String(name)));
            const QString text = shown::dateTime(utc, chicago);
            AuditLogDialog dialog(*admin);
            const QString field = dialog.sinceDate()->text();
            qInfo("%s: %s; date field %s", name, qPrintable(text), qPrintable(field));
            for (const QString& s : {text, field})
                if (dashedDate().match(s).hasMatch())
                    dashed << QStringLiteral("%1: %2").arg(QLatin1String(name), s);
            if (QLatin1String(name) == QLatin1String("es_ES"))
                QCOMPARE(text, QStringLiteral("7/12/2026 05:12:33 -06:00 (America/Chicago)"));
            if (QLatin1String(name) == QLatin1String("nl_NL"))
                QVERIFY2(text.startsWith(QLocale().toString(QDate(2026, 12, 7), QStringLiteral("d MMM yyyy"))),
                         qPrintable(text));
        }
        QLocale::setDefault(QLocale::c());
        QVERIFY2(dashed.isEmpty(), qPrintable(dashed.join(QLatin1Char('\n'))));
    }

    // (4) The add-user dialog: the live hint is core's rule for what is typed (its minimum, its common-password
    // list), and OK refuses with the very same words.
    void addUserHintIsCoresRule()
    {
        auto admin = test::openAs(m_world.db, QStringLiteral("admin"));
        QVERIFY(admin);
        const PassphrasePolicy policy = PassphrasePolicy::of(*admin);
        const QString tooShort
            = QString(policy.minimumLength() - 1, QLatin1Char('k')).replace(3, 2, QStringLiteral("7q"));
        struct Seen
        {
            QString typed, hint, refusal;
            bool open = false;
        };
        QList<Seen> seen;
        QString rule, goodHint;
        bool driven = false;
        UserManagementDialog users(*admin);
        users.show();
        QTimer::singleShot(0, &users, [&] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            if (!dialog || dialog->objectName() != QLatin1String("addUserDialog")) {
                if (dialog)
                    dialog->reject();
                return;
            }
            driven = true;
            auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("newUserName"));
            auto* pass = dialog->findChild<QLineEdit*>(QStringLiteral("passphrase"));
            auto* repeat = dialog->findChild<QLineEdit*>(QStringLiteral("passphraseRepeat"));
            auto* problem = dialog->findChild<QLabel*>(QStringLiteral("passphraseProblem"));
            QPushButton* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            rule = dialog->findChild<QLabel*>(QStringLiteral("passphraseRule"))->text();
            QTest::keyClicks(name, QStringLiteral("nora"));
            // Too short, common (on core's list), and a good one of ten characters.
            for (const QString& typed : {tooShort, QStringLiteral("password1"), QStringLiteral("tulip-gate")}) {
                pass->clear();
                repeat->clear();
                QTest::keyClicks(pass, typed);
                QTest::keyClicks(repeat, typed);
                const QString hint = dialog->findChild<QLabel*>(QStringLiteral("passphraseHint"))->text();
                if (typed == QLatin1String("tulip-gate")) {
                    goodHint = hint;
                    break;
                }
                ok->click();
                seen << Seen {typed, hint, problem->isVisible() ? problem->text() : QString(), dialog->isVisible()};
            }
            dialog->reject();
        });
        users.findChild<QPushButton*>(QStringLiteral("addUserButton"))->click();
        QVERIFY(driven);
        QVERIFY2(rule.contains(QString::number(policy.minimumLength())), qPrintable(rule));
        QCOMPARE(seen.size(), 2);
        const QStringList expected {policy.explain(PassphraseProblem::TooShort),
                                    policy.explain(PassphraseProblem::Common)};
        for (int i = 0; i < seen.size(); ++i) {
            qInfo("typed %s: hint \"%s\"; refusal \"%s\"", qPrintable(seen[i].typed), qPrintable(seen[i].hint),
                  qPrintable(seen[i].refusal));
            QVERIFY(seen[i].open);
            QCOMPARE(seen[i].refusal, expected[i]);
            QCOMPARE(seen[i].hint, seen[i].refusal);
        }
        QVERIFY2(seen[0].hint.contains(QString::number(policy.minimumLength())), qPrintable(seen[0].hint));
        // A passphrase core accepts gets no warning of another rule (such as "12 recommended").
        qInfo("typed tulip-gate: hint \"%s\"", qPrintable(goodHint));
        QCOMPARE(goodHint, QStringLiteral("The passphrases match."));
    }

    // (6) Accepting a track takes it out of the tracks to review; undo puts it back; "Show reviewed" lists it.
    void acceptedSuggestionLeavesThePendingList()
    {
        PlanDocument doc;
        QUndoStack undo;
        SuggestionPanel panel(&doc, &undo, QStringLiteral("ivy"));
        Suggestion s;
        for (int i = 0; i < 3; ++i) {
            detect::Track t;
            t.kind = detect::Kind::Face;
            t.confidence = 0.9f;
            t.detections = 10;
            for (int f = 0; f < 10; ++f)
                t.boxes << detect::TrackBox {f + 10 * i, QRectF(0.1, 0.1, 0.2, 0.2), 0.9f, true};
            s.tracks << t;
            RedactionRegion r;
            r.label = QStringLiteral("face %1").arg(i);
            r.reason = QStringLiteral("bystander");
            r.keyframes << RedactionKeyframe {i * 1.0, 0.1, 0.1, 0.2, 0.2}
                        << RedactionKeyframe {i + 0.9, 0.1, 0.1, 0.2, 0.2};
            s.plan.regions << r;
        }
        panel.setSuggestion(s);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTableWidget* t = panel.table();
        auto visibleRows = [t] {
            QList<int> rows;
            for (int r = 0; r < t->rowCount(); ++r)
                if (!t->isRowHidden(r))
                    rows << r;
            return rows;
        };
        QCOMPARE(visibleRows(), (QList<int> {0, 1, 2}));
        t->selectRow(1);
        panel.acceptSelected();
        QVERIFY(panel.state(1) == SuggestionPanel::State::Accepted);
        QCOMPARE(doc.plan.regions.size(), 1);
        QCOMPARE(visibleRows(), (QList<int> {0, 2}));
        QVERIFY(t->selectionModel()->selectedRows().isEmpty());
        auto* summary = panel.findChild<QLabel*>(QStringLiteral("suggestionSummary"));
        qInfo("after accepting: %s", qPrintable(summary->text()));
        QVERIFY2(summary->text().contains(QLatin1String("2 track(s) to review"))
                     || summary->text().contains(QLatin1String("2 tracks to review")),
                 qPrintable(summary->text()));
        // Undo: the track is to review again, back in the list.
        undo.undo();
        QVERIFY(panel.state(1) == SuggestionPanel::State::Pending);
        QCOMPARE(visibleRows(), (QList<int> {0, 1, 2}));
        // Reviewed ones, on demand, with their state.
        undo.redo();
        QCOMPARE(visibleRows(), (QList<int> {0, 2}));
        panel.showReviewed()->setChecked(true);
        QCOMPARE(visibleRows(), (QList<int> {0, 1, 2}));
        QCOMPARE(t->item(1, 4)->text(), QStringLiteral("Accepted: in the plan"));
    }

    // (5) In Spanish (LPDESK_LANG, as the application starts) at 1280×720: the POS tab, the suggestions' panel and
    // the inbox's search box show their whole texts. Last: it leaves the process in Spanish until it ends.
    void spanishTextsFit()
    {
        qputenv("LPDESK_LANG", "es");
        QVERIFY(Runtime::initialise(*QCoreApplication::instance()));
        QCOMPARE(QCoreApplication::translate("lpdesk::SuggestionPanel", "Accept all"), QStringLiteral("Aceptar todas"));
        QStringList cut;
        MainWindow window(test::openAs(m_world.db, QStringLiteral("ivy")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        qobject_cast<QStackedWidget*>(window.inbox()->parentWidget())->setCurrentWidget(window.inbox());
        QTest::qWait(50);
        QLineEdit* search = window.inbox()->findChild<QLineEdit*>(QStringLiteral("inboxSearch"));
        QVERIFY(search);
        qInfo("main window %dx%d, inbox search %d px", window.width(), window.height(), search->width());
        for (const QString& c : cutTexts(search))
            cut << QStringLiteral("inbox: ") + c;
        if (window.frameGeometry().width() > 1280)
            cut << QStringLiteral("main window: %1 px wide, wider than the screen").arg(window.frameGeometry().width());
        CaseWorkspace* workspace = window.openCase(m_world.caseId);
        QVERIFY(workspace);
        QWidget* caseWindow = workspace->window();
        caseWindow->show();
        QVERIFY(QTest::qWaitForWindowExposed(caseWindow));
        workspace->sideTabs()->setCurrentWidget(workspace->posPanel());
        QTest::qWait(50);
        qInfo("case window %dx%d, POS panel %d px", caseWindow->width(), caseWindow->height(),
              workspace->posPanel()->width());
        for (const QString& c : cutTexts(workspace->posPanel()))
            cut << QStringLiteral("POS: ") + c;
        const int tab = workspace->sideTabs()->indexOf(workspace->posPanel());
        QTabBar* bar = workspace->sideTabs()->tabBar();
        const int tabText = bar->fontMetrics().horizontalAdvance(bar->tabText(tab).remove(QLatin1Char('&')));
        if (tabText > bar->tabRect(tab).width())
            cut << QStringLiteral("POS tab: \"%1\" in %2 px").arg(bar->tabText(tab)).arg(bar->tabRect(tab).width());
        auto ivy = test::openAs(m_world.db, QStringLiteral("ivy"));
        QVERIFY(ivy);
        RedactionEditor editor(*ivy, m_world.caseId, m_world.mediaId);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto* tabs = editor.findChild<QTabWidget*>(QStringLiteral("redactionTabs"));
        QVERIFY(tabs);
        tabs->setCurrentWidget(editor.suggestions());
        QTest::qWait(50);
        qInfo("editor %dx%d, suggestions %d px", editor.width(), editor.height(), editor.suggestions()->width());
        for (const QString& c : cutTexts(editor.suggestions()))
            cut << QStringLiteral("Suggestions: ") + c;
        for (const QString& c : std::as_const(cut))
            qInfo("%s", qPrintable(c));
        QLocale::setDefault(QLocale::c());
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestGuiWords)
#include "TestGuiWords.moc"
