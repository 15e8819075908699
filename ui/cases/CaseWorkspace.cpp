#include "cases/CaseWorkspace.h"

#include "auth/Permissions.h"
#include "cases/AddEvidenceDialog.h"
#include "cases/CaseService.h"
#include "cases/CustodyView.h"
#include "cases/DerivativeMaker.h"
#include "cases/MediaLibrary.h"
#include "cases/SyncReviewDialog.h"
#include "common/Background.h"
#include "common/CloseKeys.h"
#include "common/JobDialog.h"
#include "common/LocaleText.h"
#include "common/MediaWords.h"
#include "common/StateLabels.h"
#include "common/Time.h"
#include "common/WindowSize.h"
#include "custody/CustodyLog.h"
#include "db/CaseDatabase.h"
#include "player/DocumentPanel.h"
#include "player/PlayerWidget.h"
#include "pos/PosPanel.h"
#include "program/CaseChecklistPanel.h"
#include "program/FollowUpPanel.h"
#include "redact/RedactionEditor.h"
#include "releases/ReleaseBanner.h"
#include "releases/ReleaseRequestDialog.h"
#include "statements/StatementPanel.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lpdesk {

CaseWorkspace::CaseWorkspace(CaseDatabase& db, const QString& caseId, QWidget* parent)
    : QWidget(parent),
      m_db(db),
      m_caseId(caseId),
      m_header(new QLabel(this)),
      m_status(new QComboBox(this)),
      m_trimMode(new QComboBox(this)),
      m_incidents(new QListWidget(this)),
      m_media(new QTreeWidget(this)),
      m_details(new QTextBrowser(this)),
      m_player(new PlayerWidget(db, this)),
      m_custody(new CustodyView(db, this)),
      m_pos(new PosPanel(db, caseId, this)),
      m_statements(new StatementPanel(db, caseId, this)),
      m_followUps(new FollowUpPanel(db, caseId, this)),
      m_checklist(new CaseChecklistPanel(db, caseId, this)),
      m_tabs(new QTabWidget(this)),
      m_notes(new QListWidget(this)),
      m_noteEdit(new QLineEdit(this)),
      m_banner(new ReleaseBanner(this))
{
    setObjectName(QStringLiteral("caseWorkspace"));
    setWindowFlag(Qt::Window);
    resizeToFit(this, QSize(1400, 860));
    m_media->setObjectName(QStringLiteral("mediaTree"));
    m_details->setObjectName(QStringLiteral("mediaDetails"));
    m_media->setHeaderLabels({tr("Evidence"), tr("Duration"), tr("SHA-256")});
    m_media->header()->setStretchLastSection(true);
    for (const QString& s : CaseService::statuses())
        m_status->addItem(StateLabels::caseStatus(s), s);
    m_trimMode->setObjectName(QStringLiteral("trimMode"));
    m_trimMode->addItem(tr("Smart (frame-accurate)"), QStringLiteral("smart"));
    m_trimMode->addItem(tr("Copy (keyframes)"), QStringLiteral("copy"));
    m_trimMode->addItem(tr("Re-encode (H.264)"), QStringLiteral("reencode"));
    const bool writer = Permissions::allows(m_db.session().role, Action::ChangeCases);
    const Buttons buttons = createButtons(writer);
    layOut(buttons);
    connectButtons(buttons, writer);
    connectPanels();
    m_custody->setChain(CustodyLog::caseChain(m_caseId));
    reload();
}

// The side tabs: the case's details, POS, statements, police follow-up, checklist, custody and notes.
void CaseWorkspace::addSideTabs()
{
    m_tabs->addTab(m_details, tr("Details"));
    m_tabs->addTab(m_pos, tr("&POS"));
    m_tabs->addTab(m_statements, tr("&Statements"));
    m_tabs->addTab(m_followUps, tr("P&olice"));
    m_tabs->addTab(m_checklist, tr("Chec&klist"));
    m_tabs->addTab(m_custody, tr("Custody"));
    auto* notesPage = new QWidget(this);
    auto* nl = new QVBoxLayout(notesPage);
    nl->addWidget(m_notes, 1);
    nl->addWidget(m_noteEdit);
    m_tabs->addTab(notesPage, tr("Notes"));
}

QTreeWidgetItem* CaseWorkspace::itemFor(const QString& mediaId) const
{
    QList<QTreeWidgetItem*> stack;
    for (int i = 0; i < m_media->topLevelItemCount(); ++i)
        stack << m_media->topLevelItem(i);
    while (!stack.isEmpty()) {
        QTreeWidgetItem* it = stack.takeLast();
        if (it->data(0, Qt::UserRole).toString() == mediaId)
            return it;
        for (int i = 0; i < it->childCount(); ++i)
            stack << it->child(i);
    }
    return nullptr;
}

SyncReviewDialog* CaseWorkspace::openSideBySide()
{
    QStringList ids;
    if (!m_player->mediaId().isEmpty())
        ids << m_player->mediaId();
    if (auto media = MediaLibrary(m_db).forCase(m_caseId))
        for (const MediaRow& m : *media)
            if (m.kind == QLatin1String("original") && m.codec != QLatin1String("png") && !ids.contains(m.id))
                ids << m.id;
    m_player->pause();
    auto* dialog = new SyncReviewDialog(m_db, m_caseId, ids.mid(0, SyncReviewDialog::MaxClips), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, m_custody, &CustodyView::reload); // the views it recorded
    dialog->show();
    return dialog;
}

AddEvidenceDialog* CaseWorkspace::addEvidence(const QStringList& files)
{
    auto* dialog = new AddEvidenceDialog(m_db, m_caseId, files, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddEvidenceDialog::imported, this, [this](const QStringList& ids) {
        reload();
        m_custody->reload();
        if (QTreeWidgetItem* it = ids.isEmpty() ? nullptr : itemFor(ids.first()))
            m_media->setCurrentItem(it);
    });
    dialog->open();
    return dialog;
}

void CaseWorkspace::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void CaseWorkspace::dropEvent(QDropEvent* event)
{
    QStringList files;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile())
            files << url.toLocalFile();
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    addEvidence(files);
}

QString CaseWorkspace::labelOf(const MediaRow& m)
{
    if (m.kind == QLatin1String("original") && !m.originalName.isEmpty())
        return tr("%1 (native master, %2)").arg(m.originalName, m.mediaType);
    // A derivative by what it is ("Trimmed copy, camera cam-entrance"), never by its operation's identifier.
    return m.kind == QLatin1String("original") ? tr("%1 (original)").arg(m.camera) : MediaWords::title(m);
}

void CaseWorkspace::reload()
{
    auto c = CaseService(m_db).show(m_caseId);
    if (!c) {
        m_header->setText(c.errorMessage());
        setWindowTitle(tr("Case not available"));
        return;
    }
    setWindowTitle(c->title.trimmed().isEmpty() ? tr("%1 (untitled case)").arg(c->reference)
                                                : tr("%1 — %2").arg(c->reference, c->title));
    m_header->setText(QStringLiteral("<b>%1</b><br>%2").arg(c->reference.toHtmlEscaped(), c->title.toHtmlEscaped()));
    m_status->setCurrentIndex(m_status->findData(c->status));
    m_incidents->clear();
    for (const QString& id : c->incidentIds) {
        auto d = IncidentInbox(m_db).show(id);
        auto* item = new QListWidgetItem(
            d ? tr("%1 at %2, %3")
                    .arg(StateLabels::incidentType(d->row.type),
                         d->row.storeName.isEmpty() ? d->row.storeId : d->row.storeName,
                         formatInZone(parseRfc3339(d->row.detectedAt), QTimeZone(d->row.timezone.toUtf8())))
              : tr("An incident that can no longer be read"),
            m_incidents);
        item->setData(Qt::UserRole, id);
        item->setToolTip(item->text());
    }
    m_notes->clear();
    for (const CaseNote& n : c->notes)
        m_notes->addItem(QStringLiteral("%1 — %2, %3").arg(n.text, n.createdBy, n.createdAt));
    const QString current = m_player->mediaId();
    QSignalBlocker block(m_media);
    m_media->clear();
    auto media = MediaLibrary(m_db).forCase(m_caseId);
    if (media) {
        QHash<QString, QTreeWidgetItem*> items;
        QList<MediaRow> pending = *media;
        // Parents before children (derivatives reference an earlier item).
        for (int pass = 0; pass < 8 && !pending.isEmpty(); ++pass) {
            QList<MediaRow> later;
            for (const MediaRow& m : pending) {
                QTreeWidgetItem* parent = m.parentId.isEmpty() ? nullptr : items.value(m.parentId);
                if (!m.parentId.isEmpty() && !parent) {
                    later << m;
                    continue;
                }
                const QString label = labelOf(m);
                auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_media);
                item->setText(0, label);
                item->setText(1,
                              DocumentPanel::isDocument(m)          ? tr("document")
                                  : m.codec == QLatin1String("png") ? tr("still")
                                                                    : formatClock(m.duration));
                item->setText(2, m.sha256);
                item->setData(0, Qt::UserRole, m.id);
                items.insert(m.id, item);
            }
            pending = later;
        }
        m_media->expandAll();
    }
    if (QTreeWidgetItem* it = itemFor(current))
        m_media->setCurrentItem(it);
    m_custody->reload();
    m_checklist->reload();
}

bool CaseWorkspace::openMedia(const QString& mediaId)
{
    if (mediaId == m_player->mediaId())
        return true;
    showLineage(mediaId);
    // A still shows as its picture, a document as what it is (name, size, type): never as a black video.
    const bool ok = m_player->open(mediaId, m_caseId);
    if (ok && m_player->isClip()) {
        // The trigger time of the first incident this item comes from.
        const QStringList incidents = MediaLibrary(m_db).incidentsOf(mediaId);
        if (!incidents.isEmpty())
            if (auto d = IncidentInbox(m_db).show(incidents.first()))
                m_player->setTrigger(parseRfc3339(d->row.detectedAt));
        m_custody->setItemFilter(QString());
    }
    m_custody->reload();
    return ok;
}

void CaseWorkspace::showLineage(const QString& mediaId)
{
    MediaLibrary library(m_db);
    QString html;
    QString id = mediaId;
    for (int depth = 0; !id.isEmpty() && depth < 16; ++depth) {
        auto m = library.get(id);
        if (!m)
            break;
        // In words first; the exact parameters stay in the lineage export and the package manifest.
        html += QStringLiteral("<h3>%1</h3><p>%2</p><table>")
                    .arg(MediaWords::title(*m).toHtmlEscaped(), MediaWords::lineage(m_db, *m).toHtmlEscaped());
        auto row = [&html](const QString& k, const QString& v) {
            html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(k.toHtmlEscaped(), v.toHtmlEscaped());
        };
        row(tr("SHA-256"), m->sha256);
        row(tr("Size"), locale().formattedDataSize(m->plaintextSize));
        html += QStringLiteral("</table>");
        id = m->parentId;
        if (!id.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(tr("made from:"));
    }
    m_details->setHtml(html);
}

ReleaseRequestDialog* CaseWorkspace::requestRelease()
{
    auto* dialog = new ReleaseRequestDialog(m_db, m_caseId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_custody->reload();
        m_banner->setText(tr("Release requested: legal reviews it under Releases (Ctrl+3)."));
        m_banner->setAccessibleName(m_banner->text());
        m_banner->show();
        Q_EMIT releaseRequested(dialog->requestId());
    });
    dialog->open();
    return dialog;
}

void CaseWorkspace::trimSelection()
{
    if (!m_player->isClip()) {
        QMessageBox::information(this, tr("Trim"), tr("Open a clip first."));
        return;
    }
    TrimRequest request;
    request.from = m_player->inPoint() >= 0 ? m_player->inPoint() : 0;
    request.to = m_player->outPoint() >= 0 ? m_player->outPoint() : m_player->currentSeconds();
    TrimRequest::parseMode(m_trimMode->currentData().toString(), &request.mode);
    if (request.to <= request.from) {
        QMessageBox::information(this, tr("Trim"), tr("Set an in point (I) and an out point (O) after it."));
        return;
    }
    runTrim(m_player->mediaId(), request);
}

void CaseWorkspace::offerReencode(const QString& mediaId, const TrimRequest& request, bool copyCuts)
{
    // Not a nested event loop: the answer arrives as a signal. The re-encode is for this trim only; the trim mode
    // chosen above stays as it was.
    auto* box = new QMessageBox(QMessageBox::Question, tr("Trim"),
                                tr("This clip cannot be cut exactly at the in and out points without re-encoding."),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("reencodeOffer"));
    QString text = tr("Re-encode the range from %1 to %2 to a new H.264 clip instead? The original is not changed.")
                       .arg(formatClock(request.from), formatClock(request.to));
    if (copyCuts)
        text += QLatin1Char(' ') + tr("Or choose \"Copy (keyframes)\" to cut losslessly at the nearest keyframes.");
    box->setInformativeText(text);
    QPushButton* reencode = box->addButton(tr("&Re-encode"), QMessageBox::AcceptRole);
    box->addButton(tr("&Don't trim"), QMessageBox::RejectRole);
    box->setDefaultButton(reencode);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, reencode, mediaId, request](QAbstractButton* b) {
        box->setObjectName(QString()); // answered
        if (b != reencode)
            return;
        TrimRequest again = request;
        again.mode = TrimRequest::Mode::Reencode;
        runTrim(mediaId, again);
    });
    box->open();
}

void CaseWorkspace::closeEvent(QCloseEvent* event)
{
    // The editors are windows of their own that would otherwise go with this one, unsaved work included.
    for (RedactionEditor* editor : findChildren<RedactionEditor*>()) {
        if (editor->isVisible() && !editor->close()) {
            event->ignore();
            editor->raise();
            editor->activateWindow();
            return;
        }
    }
    QWidget::closeEvent(event);
}

RedactionEditor* CaseWorkspace::openRedactionEditor()
{
    const QString mediaId = m_player->mediaId();
    if (!m_player->isClip()) {
        QMessageBox::information(this, tr("Redact"), tr("Open a clip first."));
        return nullptr;
    }
    m_player->pause();
    auto* editor = new RedactionEditor(m_db, m_caseId, mediaId, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &RedactionEditor::rendered, this, [this](const QString& id) {
        reload();
        if (QTreeWidgetItem* it = itemFor(id))
            m_media->setCurrentItem(it);
        Q_EMIT derivativeCreated(id);
    });
    editor->show();
    return editor;
}

void CaseWorkspace::exportStill()
{
    if (!m_player->isClip())
        return;
    const QString out
        = QFileDialog::getSaveFileName(this, tr("Export still"), QStringLiteral("still.png"), tr("PNG images (*.png)"));
    if (!out.isEmpty())
        exportStillTo(out);
}

} // namespace lpdesk
