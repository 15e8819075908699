#include "statements/StatementPanel.h"

#include "auth/Permissions.h"
#include "common/Theme.h"
#include "db/CaseDatabase.h"
#include "statements/StatementEditor.h"
#include "statements/StatementService.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace lpdesk {

StatementPanel::StatementPanel(CaseDatabase& db, const QString& caseId, QWidget* parent)
    : QWidget(parent),
      m_db(db),
      m_caseId(caseId),
      m_list(new QTreeWidget(this)),
      m_details(new QTextBrowser(this)),
      m_new(new QPushButton(tr("&New…"), this)),
      m_edit(new QPushButton(tr("E&dit…"), this)),
      m_sign(new QPushButton(tr("Si&gn off"), this)),
      m_save(new QPushButton(tr("Save &attachment…"), this))
{
    m_list->setObjectName(QStringLiteral("statementList"));
    m_list->setHeaderLabels({tr("Author"), tr("Role"), tr("Version"), tr("Taken"), tr("State")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_details->setObjectName(QStringLiteral("statementDetails"));
    m_new->setObjectName(QStringLiteral("newStatement"));
    m_edit->setObjectName(QStringLiteral("editStatement"));
    m_sign->setObjectName(QStringLiteral("signStatement"));
    m_new->setToolTip(tr("Record a statement (Ctrl+Shift+N)"));
    m_new->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)); // Ctrl+Shift+S is the case's side by side
    auto* bar = new QHBoxLayout;
    for (QPushButton* b : {m_new, m_edit, m_sign, m_save})
        bar->addWidget(b);
    bar->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_list, 2);
    layout->addWidget(m_details, 3);
    connect(m_new, &QPushButton::clicked, this, &StatementPanel::newStatement);
    connect(m_edit, &QPushButton::clicked, this, &StatementPanel::editSelected);
    connect(m_sign, &QPushButton::clicked, this, &StatementPanel::signSelected);
    connect(m_save, &QPushButton::clicked, this, &StatementPanel::saveAttachment);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        showStatement(item ? item->data(0, Qt::UserRole).toString() : QString());
        updateButtons();
    });
    connect(m_list, &QTreeWidget::itemActivated, this, &StatementPanel::editSelected);
    reload();
}

QString StatementPanel::currentId() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(0, Qt::UserRole).toString() : QString();
}

void StatementPanel::reload()
{
    const QString current = currentId();
    m_list->clear();
    auto rows = StatementService(m_db).list(m_caseId);
    if (!rows) {
        m_details->setPlainText(rows.errorMessage());
        updateButtons();
        return;
    }
    QHash<QString, QTreeWidgetItem*> items;
    for (const Statement& s : *rows) {
        QTreeWidgetItem* parent = items.value(s.previousId);
        auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_list);
        item->setText(0, s.anonymous ? tr("%1 (anonymous: %2)").arg(s.author, s.pseudonym) : s.author);
        item->setText(1, s.role);
        item->setText(2, QString::number(s.version));
        item->setText(3, s.takenAt);
        item->setText(4,
                      s.signedOff() ? (s.supersededBy.isEmpty() ? tr("signed off") : tr("signed off, corrected"))
                                    : tr("draft"));
        item->setData(0, Qt::UserRole, s.id);
        item->setData(0, Qt::UserRole + 1, s.signedOff());
        item->setData(0, Qt::UserRole + 2, s.supersededBy.isEmpty());
        items.insert(s.id, item);
    }
    m_list->expandAll();
    if (!current.isEmpty())
        select(current);
    updateButtons();
}

void StatementPanel::select(const QString& statementId)
{
    for (QTreeWidgetItemIterator it(m_list); *it; ++it)
        if ((*it)->data(0, Qt::UserRole).toString() == statementId) {
            m_list->setCurrentItem(*it);
            return;
        }
}

void StatementPanel::updateButtons()
{
    const bool writer = Permissions::allows(m_db.session().role, Action::RecordStatements);
    QTreeWidgetItem* item = m_list->currentItem();
    const bool signedOff = item && item->data(0, Qt::UserRole + 1).toBool();
    const bool newest = item && item->data(0, Qt::UserRole + 2).toBool();
    m_new->setEnabled(writer);
    m_edit->setEnabled(writer && item && newest);
    m_edit->setText(signedOff ? tr("&Correct…") : tr("E&dit…"));
    m_sign->setEnabled(writer && item && !signedOff);
    m_save->setEnabled(item != nullptr);
}

void StatementPanel::showStatement(const QString& id)
{
    m_details->clear();
    if (id.isEmpty())
        return;
    auto s = StatementService(m_db).get(id);
    if (!s) {
        m_details->setPlainText(s.errorMessage());
        return;
    }
    QString html = QStringLiteral("<h3>%1</h3><table>").arg(s->author.toHtmlEscaped());
    auto row = [&html](const QString& k, const QString& v) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(k.toHtmlEscaped(), v);
    };
    row(tr("Role"), s->role.toHtmlEscaped());
    if (!s->contact.isEmpty())
        row(tr("Contact"),
            QStringLiteral("%1 <span style='%2'>[%3]</span>")
                .arg(s->contact.toHtmlEscaped(), Theme::css(Theme::Status::Warning, m_details->palette()),
                     tr("personal data")));
    if (s->anonymous)
        row(tr("Anonymous"), tr("yes — released as \"%1\"").arg(s->pseudonym.toHtmlEscaped()));
    row(tr("Taken"), s->takenAt.toHtmlEscaped());
    row(tr("Version"),
        s->previousId.isEmpty() ? QString::number(s->version)
                                : tr("%1 (corrects %2)").arg(s->version).arg(s->previousId));
    row(tr("Recorded"), tr("%1 by %2").arg(s->createdAt, s->createdBy).toHtmlEscaped());
    row(tr("State"),
        s->signedOff() ? tr("signed off %1 by %2; content SHA-256 %3")
                             .arg(s->signedOffAt, s->signedOffBy, s->contentSha256)
                             .toHtmlEscaped()
                       : tr("draft"));
    html += QStringLiteral("</table><p style='white-space:pre-wrap'>%1</p><p><i>%2</i></p>")
                .arg(s->text.toHtmlEscaped(), s->attestation.toHtmlEscaped());
    for (const StatementAttachment& a : s->attachments) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Attachment %1 (%2, %3 bytes, SHA-256 %4)")
                             .arg(a.name, a.mediaType)
                             .arg(a.size)
                             .arg(a.sha256)
                             .toHtmlEscaped());
        if (a.mediaType.startsWith(QLatin1String("image/")) && a.size < 32 * 1024 * 1024) {
            // Decrypted into memory for display only.
            if (auto bytes = StatementService(m_db).attachment(a.id)) {
                const QImage image = QImage::fromData(*bytes).scaledToWidth(360, Qt::SmoothTransformation);
                const QUrl url(QStringLiteral("lpdesk-attachment://%1").arg(a.id));
                m_details->document()->addResource(QTextDocument::ImageResource, url, image);
                html += QStringLiteral("<p><img src='%1'></p>").arg(url.toString());
            }
        }
    }
    m_details->setHtml(html);
}

StatementEditor* StatementPanel::editorForNew()
{
    return new StatementEditor(m_db, m_caseId, StatementEditor::Mode::New, QString(), this);
}

StatementEditor* StatementPanel::editorForSelection()
{
    QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return nullptr;
    const bool signedOff = item->data(0, Qt::UserRole + 1).toBool();
    return new StatementEditor(m_db, m_caseId,
                               signedOff ? StatementEditor::Mode::Correct : StatementEditor::Mode::EditDraft,
                               currentId(), this);
}

void StatementPanel::newStatement()
{
    StatementEditor* editor = editorForNew();
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor] {
        reload();
        select(editor->savedId());
        Q_EMIT changed();
    });
    editor->open();
}

void StatementPanel::editSelected()
{
    StatementEditor* editor = editorForSelection();
    if (!editor)
        return;
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor] {
        reload();
        select(editor->savedId());
        Q_EMIT changed();
    });
    editor->open();
}

void StatementPanel::signSelected()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Sign off"),
                              tr("After sign-off this statement cannot be changed; a correction will be a new version. "
                                 "Sign off now?"))
        != QMessageBox::Yes)
        return;
    if (Status s = StatementService(m_db).signOff(id); !s)
        QMessageBox::warning(this, tr("Sign off"), s.errorMessage());
    reload();
    Q_EMIT changed();
}

void StatementPanel::saveAttachment()
{
    auto s = StatementService(m_db).get(currentId());
    if (!s || s->attachments.isEmpty()) {
        QMessageBox::information(this, tr("Attachments"), tr("This statement has no attachments."));
        return;
    }
    QStringList names;
    for (const StatementAttachment& a : s->attachments)
        names << a.name;
    bool ok = true;
    const QString name = names.size() == 1
        ? names.first()
        : QInputDialog::getItem(this, tr("Save attachment"), tr("Attachment:"), names, 0, false, &ok);
    if (!ok)
        return;
    const StatementAttachment& a = s->attachments.at(names.indexOf(name));
    const QString out = QFileDialog::getSaveFileName(this, tr("Save attachment (decrypted)"), a.name);
    if (out.isEmpty())
        return;
    auto bytes = StatementService(m_db).attachment(a.id);
    if (!bytes) {
        QMessageBox::warning(this, tr("Save attachment"), bytes.errorMessage());
        return;
    }
    QSaveFile f(out);
    if (!f.open(QIODevice::WriteOnly) || f.write(*bytes) != bytes->size() || !f.commit())
        QMessageBox::warning(this, tr("Save attachment"), tr("Cannot write %1: %2").arg(out, f.errorString()));
}

} // namespace lpdesk
