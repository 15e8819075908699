// Legal reviews a release the way it leaves, offscreen: the Releases list and the review window are not modal
// (the case window stays usable), the redacted clip plays beside its original with the region outlined in red
// and its reason listed, the still made from the redacted copy is a picture, and legal approves from the window.
#include "StoreSimCase.h"

#include "cases/CaseWorkspace.h"
#include "cases/DerivativeMaker.h"
#include "export/ReleaseService.h"
#include "inbox/IncidentInbox.h"
#include "player/VideoView.h"
#include "releases/ClipReviewPane.h"
#include "releases/ReleaseDecisionBox.h"
#include "releases/ReleaseRequestDialog.h"
#include "releases/ReleaseReviewWindow.h"
#include "releases/ReleasesDialog.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace lpdesk;

class TestGuiLegalReview : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QString m_case;
    QString m_original;
    QString m_redacted;
    QString m_release;

private Q_SLOTS:
    void initTestCase()
    {
        test::CaseOnClip made;
        std::unique_ptr<CaseDatabase> ivy
            = test::caseOnAPulledClip(m_dir.path(), QStringLiteral("Razors at the entrance"), &made);
        QVERIFY(ivy);
        m_path = ivy->path();
        m_case = made.caseId;
        m_original = made.mediaId;
        // A bystander's box, filled, for the whole clip.
        m_redacted = test::renderRedaction(*ivy, m_original, m_case,
                                           R"({"version":1,"regions":[{"id":"r1","style":"fill","reason":"bystander",
            "until_end":true,"keyframes":[{"t":0,"x":0.25,"y":0.25,"w":0.3,"h":0.4}]}]})");
        QVERIFY(!m_redacted.isEmpty());
        auto still = DerivativeMaker(*ivy).frame(m_redacted, 0.5, m_case, {});
        QVERIFY2(still, qPrintable(still.errorMessage()));
        ReleaseRequestSpec spec;
        spec.caseId = m_case;
        spec.mediaIds = {m_redacted, still->mediaId};
        spec.note = QStringLiteral("For Officer Ruiz");
        auto release = ReleaseService(*ivy).request(spec);
        QVERIFY2(release, qPrintable(release.errorMessage()));
        m_release = *release;
    }

    void requestPreselectsRedactedItemsNeverTheOriginal()
    {
        auto ivy = CaseDatabase::open(m_path, QStringLiteral("ivy"), test::secret("ivy-pass"));
        QVERIFY(ivy);
        ReleaseRequestDialog dialog(**ivy, m_case);
        QTreeWidget* items = dialog.items();
        int media = 0;
        for (int i = 0; i < items->topLevelItemCount(); ++i) {
            QTreeWidgetItem* item = items->topLevelItem(i);
            if (item->data(0, Qt::UserRole).toString() != QLatin1String("media"))
                continue;
            ++media;
            const QString id = item->data(0, Qt::UserRole + 1).toString();
            if (id == m_original) {
                QCOMPARE(item->checkState(0), Qt::Unchecked);
                QVERIFY(item->text(1).contains(QLatin1String("NOT REDACTED")));
            } else {
                QCOMPARE(item->checkState(0), Qt::Checked);
            }
            if (id == m_redacted)
                QVERIFY2(item->text(1).contains(QLatin1String("from the original clip")), qPrintable(item->text(1)));
            if (id != m_original && id != m_redacted) // the still
                QVERIFY2(item->text(1).contains(QLatin1String("from the redacted copy")), qPrintable(item->text(1)));
        }
        QCOMPARE(media, 3);
    }

    void legalSeesBothVideosAndApprovesWhileTheCaseStaysUsable()
    {
        auto lena = CaseDatabase::open(m_path, QStringLiteral("lena"), test::secret("lena-pass"));
        QVERIFY(lena);
        MainWindow window(std::move(*lena));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        CaseWorkspace* workspace = window.openCase(m_case);
        QVERIFY(workspace);
        ReleasesDialog* releases = window.showReleases();
        QVERIFY(releases->isVisible());
        QVERIFY(!releases->isModal());
        QVERIFY(releases->select(m_release));
        ReleaseReviewWindow* review = releases->openReview();
        QVERIFY(review);
        QVERIFY(QTest::qWaitForWindowExposed(review));
        // Nothing modal: the case window still takes input while legal decides.
        QCOMPARE(QApplication::activeModalWidget(), nullptr);
        QVERIFY(workspace->isVisible() && workspace->isEnabled());
        QCOMPARE(review->windowModality(), Qt::NonModal);

        // Summary, the redacted clip, the still.
        QCOMPARE(review->items()->count(), 3);
        ClipReviewPane* pane = review->firstRedactedClip();
        QVERIFY(pane);
        QVERIFY2(pane->errorText().isEmpty(), qPrintable(pane->errorText()));
        QVERIFY(pane->isVisible());
        QTRY_VERIFY(!pane->originalView()->frame().isNull());
        QVERIFY(!pane->redactedView()->frame().isNull());
        QVERIFY(pane->originalView()->isVisible() && pane->redactedView()->isVisible());
        pane->showFrame(10);
        QCOMPARE(pane->currentFrame(), 10);
        const QList<QRectF> outlines = pane->outlinesShown();
        QCOMPARE(outlines.size(), 1);
        QVERIFY(std::abs(outlines.first().x() - 0.25) < 1e-6);
        QCOMPARE(pane->regions()->topLevelItemCount(), 1);
        QVERIFY(pane->regions()->topLevelItem(0)->text(1).contains(QLatin1String("bystander")));

        // The outline is drawn on the original (red), the box is filled in the redacted copy (black), and the
        // original shows the picture there.
        auto pixelAt = [](VideoView* view, double x, double y) {
            const QRectF r = view->imageRect();
            const QImage shown = view->grab().toImage();
            return shown.pixelColor(static_cast<int>(r.left() + x * r.width()),
                                    static_cast<int>(r.top() + y * r.height()));
        };
        bool outlined = false;
        for (double dx = -0.02; dx <= 0.02; dx += 0.005) {
            const QColor edge = pixelAt(pane->originalView(), 0.25 + dx, 0.45);
            outlined = outlined || (edge.red() > 200 && edge.green() < 90 && edge.blue() < 90);
        }
        QVERIFY(outlined);
        QVERIFY(qGray(pixelAt(pane->redactedView(), 0.4, 0.45).rgb()) < 20);
        QVERIFY(qGray(pixelAt(pane->originalView(), 0.4, 0.45).rgb()) > 20);

        // The still is a picture.
        auto* still = review->findChild<StillView*>();
        QVERIFY(still);
        QVERIFY(!still->image().isNull());
        QCOMPARE(still->image().width(), 320);
        // Every item says what it was made from.
        QVERIFY(review->items()->item(2)->toolTip().contains(QLatin1String("redacted copy")));

        // Approve from the review window; the list follows.
        ReleaseDecisionBox* decision = review->decision();
        QVERIFY(decision->approveButton()->isEnabled());
        decision->note()->setPlainText(QStringLiteral("Bystander covered for the whole clip."));
        QTest::mouseClick(decision->approveButton(), Qt::LeftButton);
        QTRY_VERIFY(decision->approvalJob() == nullptr); // the approval runs as a job
        QCOMPARE(ReleaseService(window.database()).show(m_release)->state, QStringLiteral("approved"));
        QVERIFY(decision->outcome()->text().contains(QLatin1String("Approved")));
        QVERIFY(!decision->approveButton()->isEnabled());
        QVERIFY(workspace->isEnabled());
        // Ctrl+W closes the review (QKeySequence::Close alone is Ctrl+F4 here and left Ctrl+W dead).
        review->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(review));
        QTest::keyClick(review, Qt::Key_W, Qt::ControlModifier);
        QTRY_VERIFY(!review->isVisible());
        releases->close();
    }
};

QTEST_MAIN(TestGuiLegalReview)
#include "TestGuiLegalReview.moc"
