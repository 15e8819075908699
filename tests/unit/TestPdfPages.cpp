// PdfPages, the A4 PDF/A writer behind the case report and the audit log export, checked with tools LP Desk did not
// write: pdftotext reads back what a reader copies out of the file, qpdf checks its structure.
#include "TestSupport.h"

#include "report/PdfPages.h"

#include <QTemporaryDir>
#include <QTest>

using namespace lpdesk;

class TestPdfPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Hashes and package ids are copied out of a report into other tools; a font that joins "ff" or "fi" into one
    // ligature glyph makes the copied text a different string (pdftotext and PDF viewers give back U+FB00).
    void hexAndWordsCopyOutLetterForLetter()
    {
        const QString hash = QStringLiteral("26c1bedd2ff7a53e0ffa9b1fff01dfe2e9cafe0ffice3fl1ffl2ffi3f");
        const QString words = QStringLiteral("office affluent afflict difficult flat fish");
        PdfPageSetup setup;
        setup.title = QStringLiteral("ligatures");
        setup.creator = QStringLiteral("TestPdfPages");
        setup.header = QStringLiteral("header ") + hash;
        setup.footer = [&](int page, int pages) {
            return QStringLiteral("Package %1 · page %2 of %3").arg(hash).arg(page).arg(pages);
        };
        QString html
            = QStringLiteral("<p><b>Head hash %1</b></p><p>%2</p><table><tr><td>%1</td></tr></table>").arg(hash, words);
        // A second page, so the footer is drawn twice.
        for (int i = 0; i < 120; ++i)
            html += QStringLiteral("<p>line %1 %2</p>").arg(i).arg(words);
        auto pdf = PdfPages::render(html, setup);
        QVERIFY2(pdf, qPrintable(pdf.error().message));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ligatures.pdf"));
        QVERIFY(test::writeFile(path, *pdf));
        const auto check = test::run(QStringLiteral("qpdf"), {QStringLiteral("--check"), path});
        QVERIFY2(check.exitCode == 0, qPrintable(check.describe()));
        const QString out = test::pdfText(path);
        QVERIFY(!QTest::currentTestFailed()); // pdftotext read it
        for (QChar c : out)
            QVERIFY2(c.unicode() < 0xFB00 || c.unicode() > 0xFB06,
                     qPrintable(QStringLiteral("a ligature U+%1 in:\n%2")
                                    .arg(c.unicode(), 4, 16, QLatin1Char('0'))
                                    .arg(out.left(800))));
        const qsizetype pages = out.count(QLatin1Char('\f'));
        QVERIFY(pages >= 2);
        QCOMPARE(out.count(QStringLiteral("Package %1").arg(hash)), pages);
        QCOMPARE(out.count(QStringLiteral("header %1").arg(hash)), pages);
        QVERIFY2(out.contains(QStringLiteral("Head hash %1").arg(hash)), qPrintable(out.left(600)));
        QVERIFY(out.contains(words));
    }
};

QTEST_MAIN(TestPdfPages)
#include "TestPdfPages.moc"
