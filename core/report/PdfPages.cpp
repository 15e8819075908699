#include "report/PdfPages.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace lpdesk {

Result<QByteArray> PdfPages::render(const QString& html, const PdfPageSetup& setup)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return failure(tr("A PDF needs a QGuiApplication."));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageOrientation(setup.landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
        pdf.setResolution(150);
        pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        pdf.setTitle(setup.title);
        pdf.setCreator(setup.creator);
        // PDF/A-1b for archives: every font embedded, XMP metadata with the title and creator, an sRGB output
        // intent, no transparency.
        pdf.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        QTextDocument doc;
        doc.documentLayout()->setPaintDevice(&pdf);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(9);
        // No ligatures: hashes and ids are copied out of these documents, and a joined "ff" glyph reads back as
        // U+FB00. Scripts that need shaping (Arabic, Devanagari…) are still shaped.
        font.setStyleStrategy(QFont::PreferNoShaping);
        doc.setDefaultFont(font);
        for (auto it = setup.images.constBegin(); it != setup.images.constEnd(); ++it)
            doc.addResource(QTextDocument::ImageResource, QUrl(it.key()), it.value());
        doc.setHtml(html);
        QPainter painter;
        if (!painter.begin(&pdf))
            return failure(tr("Cannot start the PDF."));
        const int width = pdf.width();
        const int band = pdf.resolution() / 3; // header and footer bands, 1/3 inch each
        const int body = pdf.height() - 2 * band;
        doc.setPageSize(QSizeF(width, body));
        const int pages = doc.pageCount();
        QFont small(font);
        small.setPointSizeF(7.5);
        for (int i = 0; i < pages; ++i) {
            if (i > 0)
                pdf.newPage();
            painter.save();
            painter.translate(0, band - i * body);
            doc.drawContents(&painter, QRectF(0, i * body, width, body));
            painter.restore();
            painter.setFont(small);
            painter.setPen(Qt::darkGray);
            painter.drawText(QRect(0, 0, width, band), Qt::AlignLeft | Qt::AlignTop, setup.header);
            const QString footer
                = setup.footer ? setup.footer(i + 1, pages) : tr("Page %1 of %2").arg(i + 1).arg(pages);
            painter.drawText(QRect(0, pdf.height() - band, width, band), Qt::AlignRight | Qt::AlignBottom, footer);
        }
        painter.end();
    }
    return buffer.data();
}

} // namespace lpdesk
