// PdfPages: an HTML document laid out on A4 pages of a PDF/A-1b file (every font embedded), with a header line and
// "page i of n" in a footer on every page. The case report and the audit log export share it. Needs a
// QGuiApplication (the CLI runs one on the offscreen platform).
#pragma once

#include <QCoreApplication>

#include "common/Result.h"

#include <QImage>
#include <QMap>
#include <QString>

#include <functional>

namespace lpdesk {

struct PdfPageSetup
{
    QString title; // document metadata
    QString creator;
    QString header; // top left of every page
    std::function<QString(int page, int pages)> footer; // bottom right of every page (1-based page)
    QMap<QString, QImage> images; // resources the HTML refers to by URL
    bool landscape = false;
};

class PdfPages
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::PdfPages)

public:
    static Result<QByteArray> render(const QString& html, const PdfPageSetup& setup);
};

} // namespace lpdesk
