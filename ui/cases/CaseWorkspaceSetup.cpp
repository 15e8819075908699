// The case window's construction (split from CaseWorkspace.cpp, which holds its behaviour): its buttons, its
// layout and what each control does.
#include "cases/CaseWorkspace.h"

#include "auth/Permissions.h"
#include "cases/CaseService.h"
#include "cases/CustodyView.h"
#include "common/CloseKeys.h"
#include "common/ShortcutSheet.h"
#include "player/PlayerWidget.h"
#include "pos/PosPanel.h"
#include "program/FollowUpPanel.h"
#include "releases/ReleaseBanner.h"
#include "statements/StatementPanel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lpdesk {

CaseWorkspace::Buttons CaseWorkspace::createButtons(bool writer)
{
    Buttons b;
    b.trim = new QPushButton(tr("&Trim in→out"), this);
    b.trim->setObjectName(QStringLiteral("trimButton"));
    b.trim->setToolTip(tr("Make a derivative clip from the in point to the out point (Ctrl+T)"));
    b.still = new QPushButton(tr("E&xport still…"), this);
    b.still->setObjectName(QStringLiteral("exportStillButton"));
    b.redact = new QPushButton(tr("&Redact…"), this);
    b.redact->setObjectName(QStringLiteral("redactButton"));
    b.redact->setToolTip(tr("Hide bystanders, screens and card terminals in this clip (Ctrl+R)"));
    b.still->setToolTip(tr("Save the current frame as a PNG, recorded as a derivative (Ctrl+E)"));
    b.sideBySide = new QPushButton(tr("Side &by side…"), this);
    b.sideBySide->setObjectName(QStringLiteral("sideBySideButton"));
    b.sideBySide->setToolTip(tr("Review several clips of this case in sync by wall-clock time (Ctrl+Shift+S)"));
    b.release = new QPushButton(tr("Request re&lease…"), this);
    b.release->setObjectName(QStringLiteral("requestReleaseButton"));
    b.release->setToolTip(tr("Ask legal to release evidence of this case to the police (Ctrl+Shift+R)"));
    b.addEvidence = new QPushButton(tr("Add &evidence…"), this);
    b.addEvidence->setObjectName(QStringLiteral("addEvidenceButton"));
    b.addEvidence->setToolTip(tr("Bring in a DVR/VMS export, a phone video, a still or a document as a native "
                                 "master exhibit (or drop files on the case)"));
    b.addEvidence->setEnabled(writer);
    setAcceptDrops(writer);
    b.release->setEnabled(writer);
    b.trim->setEnabled(writer);
    b.still->setEnabled(writer);
    b.redact->setEnabled(writer);
    m_status->setEnabled(writer);
    m_noteEdit->setEnabled(writer);
    m_noteEdit->setPlaceholderText(tr("Add a note and press Enter"));
    return b;
}

void CaseWorkspace::layOut(const Buttons& b)
{
    m_header->setWordWrap(true); // a long case title must not widen the window
    m_tabs->setMinimumWidth(300); // the side tabs' button rows otherwise push a 1280-px screen over
    auto* left = new QWidget(this);
    auto* ll = new QVBoxLayout(left);
    ll->addWidget(m_header);
    ll->addWidget(m_status);
    ll->addWidget(new QLabel(tr("Incidents"), left));
    ll->addWidget(m_incidents, 1);
    ll->addWidget(new QLabel(tr("Evidence (derivatives under their source)"), left));
    ll->addWidget(m_media, 3);
    ll->addWidget(b.addEvidence);
    auto* center = new QWidget(this);
    auto* cl = new QVBoxLayout(center);
    cl->addWidget(m_player, 1);
    // Two rows: on one, the buttons alone made the window wider than a 1280-px screen.
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_trimMode);
    actions->addWidget(b.trim);
    actions->addWidget(b.still);
    actions->addStretch();
    cl->addLayout(actions);
    auto* more = new QHBoxLayout;
    more->addWidget(b.redact);
    more->addWidget(b.sideBySide);
    more->addStretch();
    more->addWidget(b.release);
    cl->addLayout(more);
    QTabWidget* tabs = m_tabs;
    addSideTabs();
    // Explicit minimums: a clip's info line or a long list entry must not make the window grow by itself.
    left->setMinimumWidth(220);
    center->setMinimumWidth(520);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(center);
    split->addWidget(tabs);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 5);
    split->setStretchFactor(2, 3);
    m_status->setObjectName(QStringLiteral("caseStatus"));
    // What the person just did, said in this window (a release requested), not behind it in the main window.
    m_banner->setObjectName(QStringLiteral("caseBanner"));
    m_banner->hide(); // one or two lines, wrapped to the window's width (ReleaseBanner)
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(split);
}

// The buttons and their keys.
void CaseWorkspace::connectButtons(const Buttons& b, bool writer)
{
    connect(b.trim, &QPushButton::clicked, this, &CaseWorkspace::trimSelection);
    connect(b.still, &QPushButton::clicked, this, &CaseWorkspace::exportStill);
    connect(b.redact, &QPushButton::clicked, this, &CaseWorkspace::openRedactionEditor);
    auto* redactKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), this);
    redactKey->setWhatsThis(tr("Redact the clip"));
    connect(redactKey, &QShortcut::activated, this, &CaseWorkspace::openRedactionEditor);
    auto* trimKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_T), this);
    trimKey->setWhatsThis(tr("Trim to the in/out points"));
    connect(trimKey, &QShortcut::activated, this, &CaseWorkspace::trimSelection);
    connect(b.release, &QPushButton::clicked, this, &CaseWorkspace::requestRelease);
    auto* releaseKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), this);
    releaseKey->setWhatsThis(tr("Request a release"));
    connect(releaseKey, &QShortcut::activated, this, [this, release = b.release] {
        if (release->isEnabled())
            requestRelease();
    });
    connect(b.sideBySide, &QPushButton::clicked, this, &CaseWorkspace::openSideBySide);
    connect(b.addEvidence, &QPushButton::clicked, this, [this] { addEvidence(); });
    auto* sideBySideKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this);
    sideBySideKey->setWhatsThis(tr("Side by side"));
    connect(sideBySideKey, &QShortcut::activated, this, &CaseWorkspace::openSideBySide);
    auto* stillKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), this);
    installCloseKeys(this, tr("Close the case window"));
    ShortcutSheet::install(this);
    stillKey->setWhatsThis(tr("Export a still"));
    connect(stillKey, &QShortcut::activated, this, &CaseWorkspace::exportStill);
    // Trims, stills and redactions are made from clips: a still or a document in the player makes none of them.
    connect(m_player, &PlayerWidget::mediaOpened, this,
            [this, writer, trim = b.trim, still = b.still, redact = b.redact] {
                for (QPushButton* button : {trim, still, redact})
                    button->setEnabled(writer && m_player->isClip());
            });
}

// The evidence tree, the status, the notes and the side panels.
void CaseWorkspace::connectPanels()
{
    connect(m_media, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item)
            openMedia(item->data(0, Qt::UserRole).toString());
    });
    connect(m_status, &QComboBox::activated, this, [this] {
        auto done = CaseService(m_db).setStatus(m_caseId, m_status->currentData().toString());
        if (!done)
            QMessageBox::warning(this, tr("Status"), done.errorMessage());
        m_custody->reload();
        if (done)
            Q_EMIT caseChanged(m_caseId);
    });
    connect(m_followUps, &FollowUpPanel::followUpRecorded, m_custody, &CustodyView::reload);
    connect(m_noteEdit, &QLineEdit::returnPressed, this, [this] {
        auto done = CaseService(m_db).addNote(m_caseId, m_noteEdit->text());
        if (done)
            m_noteEdit->clear();
        reload();
    });
    connect(m_pos, &PosPanel::seekRequested, this, [this](const QString& mediaId, double seconds) {
        if (QTreeWidgetItem* it = itemFor(mediaId))
            m_media->setCurrentItem(it);
        if (m_player->mediaId() == mediaId) {
            m_player->pause();
            m_player->seekSeconds(seconds);
        }
    });
    connect(m_pos, &PosPanel::linksChanged, this, [this] {
        m_player->reloadMarkers();
        m_custody->reload();
    });
    connect(m_statements, &StatementPanel::changed, m_custody, &CustodyView::reload);
}

} // namespace lpdesk
