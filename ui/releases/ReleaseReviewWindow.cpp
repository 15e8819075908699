#include "releases/ReleaseReviewWindow.h"

#include "cases/CaseService.h"
#include "cases/MediaLibrary.h"
#include "common/CloseKeys.h"
#include "common/MediaWords.h"
#include "common/ShortcutSheet.h"
#include "common/WindowSize.h"
#include "db/CaseDatabase.h"
#include "export/ReleaseService.h"
#include "player/DocumentPanel.h"
#include "releases/ClipReviewPane.h"
#include "releases/ReleaseDecisionBox.h"
#include "releases/ReleaseSummary.h"

#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace lpdesk {

ReleaseReviewWindow::ReleaseReviewWindow(CaseDatabase& db, const QString& releaseId, QWidget* parent)
    : QWidget(parent, Qt::Window),
      m_db(db),
      m_id(releaseId),
      m_items(new QListWidget(this)),
      m_pages(new QStackedWidget(this)),
      m_summary(new QTextBrowser(this)),
      m_decision(new ReleaseDecisionBox(db, this))
{
    layOut();
    auto r = ReleaseService(db).show(releaseId);
    if (!r) {
        m_summary->setPlainText(r.errorMessage());
        m_items->addItem(tr("Summary"));
        m_pages->addWidget(m_summary);
        return;
    }
    QString caseName = tr("a case that cannot be read");
    if (auto c = CaseService(db).show(r->caseId))
        caseName = QStringLiteral("%1 — %2").arg(c->reference, c->title);
    setWindowTitle(tr("Release review: %1").arg(caseName));
    m_items->addItem(tr("Summary, statements, POS and custody"));
    m_pages->addWidget(m_summary);
    for (const ReleaseItem& item : r->items) {
        if (item.kind != QLatin1String("media"))
            continue;
        if (auto m = MediaLibrary(db).get(item.id))
            addMediaPage(*m, r->caseId);
    }
    reload();
    openOnFirstRedactedClip();
}

void ReleaseReviewWindow::layOut()
{
    setObjectName(QStringLiteral("releaseReview"));
    setWindowModality(Qt::NonModal);
    m_items->setObjectName(QStringLiteral("reviewItems"));
    m_items->setAccessibleName(tr("Items to review"));
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_items);
    split->addWidget(m_pages);
    split->setStretchFactor(1, 4);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_decision);
    connect(m_items, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_decision, &ReleaseDecisionBox::decided, this, [this](const QString& id, bool approved) {
        reload();
        Q_EMIT decided(id, approved);
    });
    installCloseKeys(this, tr("Close the review"));
    ShortcutSheet::install(this);
    resizeToFit(this, QSize(1200, 680));
}

void ReleaseReviewWindow::addMediaPage(const MediaRow& m, const QString& caseId)
{
    auto* page = new QWidget(m_pages);
    auto* pl = new QVBoxLayout(page);
    if (DocumentPanel::isDocument(m)) {
        // Nothing to play: what the file is, its size and hash (its bytes leave as they were received).
        auto* row = new QListWidgetItem(tr("Document: %1").arg(DocumentPanel::name(m)), m_items);
        row->setToolTip(DocumentPanel::sentence(m));
        auto* panel = new DocumentPanel(m_db, page); // legal may read it here or export a copy
        panel->setMedia(m, caseId);
        pl->addWidget(panel, 1);
        m_pages->addWidget(page);
        return;
    }
    auto* row = new QListWidgetItem(MediaWords::title(m), m_items);
    row->setToolTip(MediaWords::lineage(m_db, m));
    auto* lineage = new QLabel(MediaWords::lineage(m_db, m), page);
    lineage->setWordWrap(true);
    pl->addWidget(lineage);
    if (MediaWords::isStill(m))
        pl->addWidget(new StillView(m_db, m, page), 1);
    else
        pl->addWidget(new ClipReviewPane(m_db, caseId, m, page), 1);
    m_pages->addWidget(page);
}

// Open on the first redacted clip: that is what legal has to look at.
void ReleaseReviewWindow::openOnFirstRedactedClip()
{
    m_items->setCurrentRow(0);
    for (int i = 0; i < m_pages->count(); ++i)
        if (auto* pane = m_pages->widget(i)->findChild<ClipReviewPane*>(); pane && pane->isSideBySide()) {
            m_items->setCurrentRow(i);
            break;
        }
}

ClipReviewPane* ReleaseReviewWindow::firstRedactedClip() const
{
    for (ClipReviewPane* pane : findChildren<ClipReviewPane*>())
        if (pane->isSideBySide())
            return pane;
    return nullptr;
}

void ReleaseReviewWindow::reload()
{
    if (auto r = ReleaseService(m_db).show(m_id))
        m_summary->setHtml(ReleaseSummary::html(m_db, *r, m_summary->palette()));
    m_decision->setRelease(m_id);
}

} // namespace lpdesk
