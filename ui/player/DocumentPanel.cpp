#include "player/DocumentPanel.h"

#include "auth/Permissions.h"
#include "cases/EvidenceCopy.h"
#include "common/Background.h"
#include "common/CloseKeys.h"
#include "common/Theme.h"
#include "common/WindowSize.h"
#include "db/CaseDatabase.h"

#include <QDialog>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStringDecoder>
#include <QVBoxLayout>

namespace lpdesk {

namespace {

// What is read into memory for the in-app view; larger items are exported to be opened elsewhere.
constexpr qint64 MaxViewBytes = 32LL * 1024 * 1024;

QMimeType mimeOf(const MediaRow& media)
{
    // The part after the archive's "!" is the file itself.
    return QMimeDatabase().mimeTypeForFile(DocumentPanel::name(media).section(QLatin1Char('!'), -1),
                                           QMimeDatabase::MatchExtension);
}

bool isPicture(const QMimeType& mime)
{
    return QImageReader::supportedMimeTypes().contains(mime.name().toLatin1());
}

} // namespace

DocumentPanel::DocumentPanel(CaseDatabase& db, QWidget* parent)
    : QWidget(parent),
      m_db(db),
      m_text(new QLabel(this)),
      m_details(new QLabel(this)),
      m_status(new QLabel(this)),
      m_export(new QPushButton(tr("E&xport a copy…"), this)),
      m_view(new QPushButton(tr("&View"), this))
{
    setObjectName(QStringLiteral("documentPanel"));
    m_text->setObjectName(QStringLiteral("documentText"));
    m_details->setObjectName(QStringLiteral("documentDetails"));
    m_status->setObjectName(QStringLiteral("documentStatus"));
    for (QLabel* label : {m_text, m_details, m_status}) {
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignCenter);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    QFont big = m_text->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_text->setFont(big);
    Theme::setStatus(m_details, Theme::Status::Muted);
    m_export->setObjectName(QStringLiteral("exportCopyButton"));
    m_view->setObjectName(QStringLiteral("viewDocumentButton"));
    connect(m_export, &QPushButton::clicked, this, &DocumentPanel::chooseAndExport);
    connect(m_view, &QPushButton::clicked, this, &DocumentPanel::showView);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_view);
    buttons->addWidget(m_export);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_text);
    layout->addWidget(m_details);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addStretch();
}

void DocumentPanel::setMedia(const MediaRow& media, const QString& caseId)
{
    m_media = media;
    m_caseId = caseId;
    m_text->setText(sentence(media));
    m_text->setAccessibleName(m_text->text());
    m_details->setText(tr("Kept bit for bit as evidence. SHA-256 %1").arg(media.sha256));
    m_status->clear();
    Theme::setStatus(m_status, Theme::Status::Normal);
    // Core refuses the others too; the buttons say so before anyone tries.
    const Role role = m_db.session().role;
    m_export->setEnabled(Permissions::allows(role, Action::ExportPackage));
    m_export->setToolTip(m_export->isEnabled() ? tr("Write a plaintext copy to a file you choose; its SHA-256 is "
                                                    "checked against the master's and custody records the export")
                                               : tr("Your role may not export evidence."));
    m_view->setVisible(canView(media));
    m_view->setEnabled(Permissions::allows(role, Action::ViewEvidence));
}

QString DocumentPanel::text() const
{
    return m_text->text();
}

QString DocumentPanel::statusText() const
{
    return m_status->text();
}

void DocumentPanel::chooseAndExport()
{
    // No overwrite question: core never overwrites, it refuses an existing file and says so.
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export a copy"), name(m_media).section(QLatin1Char('!'), -1),
                                       QString(), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        exportCopyTo(path);
}

bool DocumentPanel::exportCopyTo(const QString& path)
{
    CaseDatabase* db = &m_db;
    const QString mediaId = m_media.id;
    const QString caseId = m_caseId;
    m_export->setEnabled(false);
    m_status->setText(tr("Exporting a copy to %1…").arg(path));
    Theme::setStatus(m_status, Theme::Status::Normal);
    // Off the UI thread: a DVR export may be gigabytes. Lock and sign-out cancel it, and the partial file goes.
    const bool started = runOnDatabase<std::shared_ptr<Result<ExportedCopy>>>(
        m_db, this,
        [db, mediaId, caseId, path](const std::atomic_bool& cancel) {
            return std::make_shared<Result<ExportedCopy>>(EvidenceCopy(*db).write(mediaId, path, caseId, &cancel));
        },
        [this](std::shared_ptr<Result<ExportedCopy>> copy) {
            m_export->setEnabled(true);
            if (!copy->ok()) {
                m_status->setText(tr("No copy was exported: %1").arg(copy->errorMessage()));
                Theme::setStatus(m_status, Theme::Status::Alert);
                Q_EMIT exportFinished(false);
                return;
            }
            m_status->setText(tr("Exported a copy to %1; its SHA-256 matches the master's (%2…).")
                                  .arg(copy->value().path, copy->value().sha256.left(16)));
            Theme::setStatus(m_status, Theme::Status::Ok);
            Q_EMIT exportFinished(true);
        });
    if (!started) {
        m_export->setEnabled(true);
        m_status->setText(tr("No copy was exported: the database is closing."));
        Theme::setStatus(m_status, Theme::Status::Alert);
    }
    return started;
}

QWidget* DocumentPanel::showView()
{
    auto bytes = EvidenceCopy(m_db).readForViewing(m_media.id, m_caseId, MaxViewBytes);
    if (!bytes) {
        QMessageBox::warning(this, tr("View"), bytes.errorMessage());
        return nullptr;
    }
    auto* window = new QDialog(this);
    window->setObjectName(QStringLiteral("documentView"));
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowTitle(name(m_media));
    auto* layout = new QVBoxLayout(window);
    const QMimeType mime = mimeOf(m_media);
    if (isPicture(mime)) {
        auto* picture = new QLabel;
        picture->setObjectName(QStringLiteral("documentPicture"));
        picture->setPixmap(QPixmap::fromImage(QImage::fromData(*bytes)));
        auto* scroll = new QScrollArea(window);
        scroll->setWidget(picture);
        layout->addWidget(scroll);
    } else {
        auto* text = new QPlainTextEdit(window);
        text->setObjectName(QStringLiteral("documentPlainText"));
        text->setReadOnly(true);
        QStringDecoder utf8(QStringDecoder::Utf8);
        text->setPlainText(utf8.decode(*bytes));
        layout->addWidget(text);
    }
    installCloseKeys(window, tr("Close the document view"));
    resizeToFit(window, QSize(900, 700));
    window->show();
    return window;
}

bool DocumentPanel::isDocument(const MediaRow& media)
{
    return media.mediaType == QLatin1String("document");
}

QString DocumentPanel::name(const MediaRow& media)
{
    return media.originalName.isEmpty() ? media.file : media.originalName;
}

QString DocumentPanel::type(const MediaRow& media)
{
    const QMimeType mime = mimeOf(media);
    if (!mime.isDefault() && !mime.comment().isEmpty())
        return mime.comment();
    const QString suffix = QFileInfo(name(media).section(QLatin1Char('!'), -1)).suffix();
    return suffix.isEmpty() ? tr("unknown type") : tr("%1 file").arg(suffix.toUpper());
}

QString DocumentPanel::sentence(const MediaRow& media)
{
    return tr("Document: %1, %2, %3 — not a picture or video")
        .arg(name(media), QLocale().formattedDataSize(media.plaintextSize), type(media));
}

QString DocumentPanel::shaPrefix(const MediaRow& media)
{
    return media.sha256.left(16) + QStringLiteral("…");
}

bool DocumentPanel::canView(const MediaRow& media)
{
    const QMimeType mime = mimeOf(media);
    return media.plaintextSize <= MaxViewBytes && (mime.inherits(QStringLiteral("text/plain")) || isPicture(mime));
}

} // namespace lpdesk
