#include "releases/ReleaseRequestDialog.h"

#include "agencies/AgencyRegistry.h"
#include "auth/Permissions.h"
#include "cases/MediaLibrary.h"
#include "common/LocaleText.h"
#include "common/MediaWords.h"
#include "common/Theme.h"
#include "common/WindowSize.h"
#include "db/CaseDatabase.h"
#include "export/ReleaseService.h"
#include "player/DocumentPanel.h"
#include "police/PoliceRequests.h"
#include "pos/PosService.h"
#include "program/ProgramWords.h"
#include "statements/StatementService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lpdesk {

namespace {
constexpr int KindRole = Qt::UserRole;
constexpr int IdRole = Qt::UserRole + 1;
constexpr int UnredactedRole = Qt::UserRole + 2; // unredacted, while a redacted copy of the recording exists
constexpr int ReasonRole = Qt::UserRole + 3; // why it is released anyway
} // namespace

ReleaseRequestDialog::ReleaseRequestDialog(CaseDatabase& db, const QString& caseId, QWidget* parent)
    : QDialog(parent),
      m_db(db),
      m_caseId(caseId),
      m_items(new QTreeWidget(this)),
      m_purpose(new QComboBox(this)),
      m_leRequest(new QComboBox(this)),
      m_recipient(new QLineEdit(this)),
      m_note(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Request a release"));
    setObjectName(QStringLiteral("releaseRequestDialog"));
    resizeToFit(this, QSize(640, 520));
    auto* intro = new QLabel(tr("Legal reviews what you tick here before anything leaves. Personal data (statement "
                                "contacts, names of anonymous witnesses, card digits) stays withheld unless legal "
                                "allows it."),
                             this);
    intro->setWordWrap(true);
    m_items->setObjectName(QStringLiteral("releaseItems"));
    m_items->setHeaderLabels({tr("Item"), tr("Details")});
    m_items->setRootIsDecorated(false);
    m_items->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_purpose->setObjectName(QStringLiteral("releasePurpose"));
    m_purpose->addItem(tr("USB or file hand-over"), QStringLiteral("usb"));
    if (auto agencies = AgencyRegistry(m_db).list())
        for (const AgencyProfile& a : *agencies)
            m_purpose->addItem(tr("Submit to %1").arg(a.name), QStringLiteral("agency:") + a.id);
    m_recipient->setPlaceholderText(tr("e.g. Officer J. Ruiz, Chicago PD 19th District"));
    m_note->setObjectName(QStringLiteral("releaseNote"));
    m_note->setPlaceholderText(tr("Why this release, and for whom (required)"));
    m_note->setTabChangesFocus(true);
    // The police request this release answers (open and linked to the case): its fulfilment is tracked by it.
    m_leRequest->setObjectName(QStringLiteral("releasePoliceRequest"));
    m_leRequest->addItem(tr("None"), QString());
    if (Permissions::allows(m_db.session().role, Action::ReadPoliceRequests))
        if (auto requests = PoliceRequests(m_db).list(false, m_caseId))
            for (const PoliceRequest& r : *requests)
                if (r.state == QLatin1String("open"))
                    m_leRequest->addItem(tr("%1 from %2 (%3)")
                                             .arg(ProgramWords::requestKind(r.kind), r.agency,
                                                  r.reference.isEmpty() ? r.id : r.reference),
                                         r.id);
    auto* form = new QFormLayout;
    form->addRow(tr("&Purpose:"), m_purpose);
    form->addRow(tr("Fulfils police re&quest:"), m_leRequest);
    form->addRow(tr("Re&cipient:"), m_recipient);
    form->addRow(tr("&Note for legal:"), m_note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Request release"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReleaseRequestDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_items, 1);
    layout->addLayout(form);
    layout->addWidget(buttons);
    load();
}

void ReleaseRequestDialog::load()
{
    loadMedia();
    // Ticking an unredacted item whose redacted copy exists is a decision: it takes a reason, kept in the note.
    connect(m_items, &QTreeWidget::itemChanged, this, &ReleaseRequestDialog::askWhyUnredacted);
    loadStatementsAndPos();
}

QTreeWidgetItem* ReleaseRequestDialog::addItem(const QString& kind, const QString& id, const QString& title,
                                               const QString& details, bool ticked)
{
    auto* item = new QTreeWidgetItem(m_items, {title, details});
    item->setData(0, KindRole, kind);
    item->setData(0, IdRole, id);
    item->setCheckState(0, ticked ? Qt::Checked : Qt::Unchecked);
    item->setToolTip(1, details);
    return item;
}

namespace {

// Whether a redaction lies on the way from m to its original (the root of its lineage, written to root).
bool redactedOnTheWay(CaseDatabase& db, const QHash<QString, MediaRow>& byId, const MediaRow& m, QString* root)
{
    bool redacted = false;
    MediaRow cur = m;
    for (int depth = 0; depth < 32; ++depth) {
        redacted = redacted || MediaWords::isRedacted(cur);
        if (cur.parentId.isEmpty())
            break;
        if (byId.contains(cur.parentId)) {
            cur = byId.value(cur.parentId);
        } else if (auto parent = MediaLibrary(db).get(cur.parentId)) {
            cur = *parent;
        } else {
            break;
        }
    }
    *root = cur.id;
    return redacted;
}

} // namespace

void ReleaseRequestDialog::loadMedia()
{
    auto media = MediaLibrary(m_db).forCase(m_caseId);
    if (!media)
        return;
    // Each item's original (the root of its lineage) and whether a redaction is on the way to it.
    QHash<QString, MediaRow> byId;
    for (const MediaRow& m : *media)
        byId.insert(m.id, m);
    QSet<QString> rootsWithRedaction;
    QHash<QString, bool> redactedItem;
    for (const MediaRow& m : *media) {
        QString root;
        const bool redacted = redactedOnTheWay(m_db, byId, m, &root);
        redactedItem.insert(m.id, redacted);
        if (redacted)
            rootsWithRedaction.insert(root);
    }
    for (const MediaRow& m : *media) {
        QString root;
        redactedOnTheWay(m_db, byId, m, &root);
        // Never pre-tick what shows what a redaction of the same recording hides.
        addMediaItem(m, !redactedItem.value(m.id) && rootsWithRedaction.contains(root));
    }
}

void ReleaseRequestDialog::addMediaItem(const MediaRow& m, bool unredactedAlternative)
{
    // A document (a DVR export's ZIP, its README) is what it is, not an "original clip".
    const bool document = DocumentPanel::isDocument(m);
    QString details = document ? DocumentPanel::sentence(m) : MediaWords::lineage(m_db, m);
    if (unredactedAlternative)
        details = tr("NOT REDACTED — a redacted copy exists. %1").arg(details);
    const QString title = document ? tr("Document: %1").arg(DocumentPanel::name(m)) : MediaWords::title(m);
    QTreeWidgetItem* item = addItem(QStringLiteral("media"), m.id, title, details, !unredactedAlternative);
    if (unredactedAlternative) {
        item->setData(0, UnredactedRole, true);
        item->setForeground(1, Theme::alertText(m_items->palette()));
    }
}

void ReleaseRequestDialog::askWhyUnredacted(QTreeWidgetItem* item, int column)
{
    if (column != 0 || !item->data(0, UnredactedRole).toBool())
        return;
    if (item->checkState(0) != Qt::Checked) {
        item->setData(0, ReasonRole, QString());
        return;
    }
    if (!item->data(0, ReasonRole).toString().isEmpty())
        return;
    bool ok = false;
    const QString why
        = QInputDialog::getText(this, tr("Release without redaction"),
                                tr("%1 has a redacted copy. Why must the unredacted item leave?").arg(item->text(0)),
                                QLineEdit::Normal, QString(), &ok)
              .trimmed();
    const QSignalBlocker block(m_items);
    if (!ok || why.isEmpty())
        item->setCheckState(0, Qt::Unchecked);
    else
        item->setData(0, ReasonRole, why);
}

void ReleaseRequestDialog::loadStatementsAndPos()
{
    if (auto statements = StatementService(m_db).list(m_caseId, true))
        for (const Statement& s : *statements)
            if (s.signedOff())
                addItem(QStringLiteral("statement"), s.id,
                        tr("Statement by %1 (version %2)").arg(s.author).arg(s.version),
                        s.anonymous ? tr("anonymous: released as %1").arg(s.pseudonym) : s.role);
    if (auto pos = PosService(m_db).linked(m_caseId))
        for (const LinkedTransaction& t : *pos)
            addItem(QStringLiteral("pos"), t.id, tr("POS register %1 #%2").arg(t.registerId, t.sequence),
                    tr("%1 %2, %3").arg(t.currency, shown::money(t.total, t.exponent), t.beginRaw));
}

void ReleaseRequestDialog::accept()
{
    ReleaseRequestSpec spec;
    spec.caseId = m_caseId;
    const QString purpose = m_purpose->currentData().toString();
    spec.purpose = purpose.section(QLatin1Char(':'), 0, 0);
    spec.agencyId = purpose.section(QLatin1Char(':'), 1);
    spec.recipient = m_recipient->text().trimmed();
    spec.note = m_note->toPlainText().trimmed();
    spec.leRequestId = m_leRequest->currentData().toString();
    QStringList unredacted;
    for (int i = 0; i < m_items->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_items->topLevelItem(i);
        if (item->checkState(0) != Qt::Checked)
            continue;
        const QString kind = item->data(0, KindRole).toString(), id = item->data(0, IdRole).toString();
        if (item->data(0, UnredactedRole).toBool())
            unredacted << tr("%1 released without redaction on purpose: %2")
                              .arg(item->text(0), item->data(0, ReasonRole).toString());
        (kind == QLatin1String("media")           ? spec.mediaIds
             : kind == QLatin1String("statement") ? spec.statementIds
                                                  : spec.posIds)
            << id;
    }
    if (spec.note.isEmpty()) {
        QMessageBox::information(this, windowTitle(), tr("Say in the note why and for whom the release is."));
        m_note->setFocus();
        return;
    }
    if (spec.mediaIds.isEmpty() && spec.statementIds.isEmpty() && spec.posIds.isEmpty()) {
        QMessageBox::information(this, windowTitle(), tr("Tick at least one item to release."));
        return;
    }
    if (!unredacted.isEmpty())
        spec.note += QStringLiteral("\n") + unredacted.join(QLatin1Char('\n'));
    auto id = ReleaseService(m_db).request(spec);
    if (!id) {
        QMessageBox::warning(this, windowTitle(), id.errorMessage());
        return;
    }
    m_requestId = *id;
    QDialog::accept();
}

} // namespace lpdesk
