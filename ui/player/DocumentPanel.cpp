#include "player/DocumentPanel.h"

#include "common/Theme.h"
#include "inbox/IncidentInbox.h"

#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMimeDatabase>
#include <QVBoxLayout>

namespace lpdesk {

DocumentPanel::DocumentPanel(QWidget* parent) : QWidget(parent), m_text(new QLabel(this)), m_details(new QLabel(this))
{
    setObjectName(QStringLiteral("documentPanel"));
    m_text->setObjectName(QStringLiteral("documentText"));
    m_details->setObjectName(QStringLiteral("documentDetails"));
    for (QLabel* label : {m_text, m_details}) {
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignCenter);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    QFont big = m_text->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_text->setFont(big);
    Theme::setStatus(m_details, Theme::Status::Muted);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_text);
    layout->addWidget(m_details);
    layout->addStretch();
}

void DocumentPanel::setMedia(const MediaRow& media)
{
    m_text->setText(sentence(media));
    m_text->setAccessibleName(m_text->text());
    m_details->setText(tr("Kept bit for bit as evidence. SHA-256 %1").arg(media.sha256));
}

QString DocumentPanel::text() const
{
    return m_text->text();
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
    // The part after the archive's "!" is the file itself.
    const QString file = name(media).section(QLatin1Char('!'), -1);
    const QMimeType mime = QMimeDatabase().mimeTypeForFile(file, QMimeDatabase::MatchExtension);
    if (!mime.isDefault() && !mime.comment().isEmpty())
        return mime.comment();
    const QString suffix = QFileInfo(file).suffix();
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

} // namespace lpdesk
