#include "releases/ClipReviewPane.h"

#include "common/MediaWords.h"
#include "common/Theme.h"
#include "common/Time.h"
#include "crypto/Lpenc.h"
#include "media/VideoDecoder.h"
#include "player/VideoView.h"
#include "redact/RedactionService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QShortcut>
#include <QSlider>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lpdesk {

ClipReviewPane::ClipReviewPane(CaseDatabase& db, const QString& caseId, const MediaRow& item, QWidget* parent)
    : QWidget(parent),
      m_item(item),
      m_left(new VideoView(this)),
      m_right(new VideoView(this)),
      m_slider(new QSlider(Qt::Horizontal, this)),
      m_time(new QLabel(this)),
      m_error(new QLabel(this)),
      m_play(new QPushButton(tr("Play"), this)),
      m_timer(new QTimer(this)),
      m_regions(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("clipReview"));
    m_left->setObjectName(QStringLiteral("originalView"));
    m_right->setObjectName(QStringLiteral("redactedView"));
    m_slider->setObjectName(QStringLiteral("reviewSlider"));
    m_regions->setObjectName(QStringLiteral("reviewRegions"));
    m_error->setWordWrap(true);
    Theme::setStatus(m_error, Theme::Status::Alert);
    m_regions->setHeaderLabels({tr("Region"), tr("Reason"), tr("Style"), tr("Span")});
    m_regions->setRootIsDecorated(false);
    m_regions->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_regions->setMaximumHeight(130);

    MediaLibrary library(db);
    auto clip = library.openForViewing(item.id, caseId); // recorded in audit and custody
    if (clip)
        m_clip = std::move(*clip);
    else
        m_error->setText(clip.errorMessage());
    const bool redacted = item.operation == QLatin1String("redact") && !item.parentId.isEmpty();
    if (redacted && m_clip) {
        auto source = library.openForViewing(item.parentId, caseId);
        if (source)
            m_source = std::move(*source);
        else
            m_error->setText(tr("The clip this copy was made from cannot be shown: %1").arg(source.errorMessage()));
        const QByteArray json = QJsonDocument(item.operationParams.value(QLatin1String("plan")).toObject()).toJson();
        if (auto plan = RedactionPlan::parse(json, RedactionService(db).reasons()))
            m_plan = *plan;
        listRegions();
    }
    m_left->setExtraPainter([this](QPainter& p, const QRectF& rect) { paintOutlines(p, rect); });

    layOut();

    connect(m_slider, &QSlider::valueChanged, this, &ClipReviewPane::showFrame);
    connect(m_play, &QPushButton::clicked, this, &ClipReviewPane::togglePlay);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_frame + 1 >= frameCount())
            togglePlay();
        else
            showFrame(m_frame + 1);
    });
    auto* space = new QShortcut(QKeySequence(Qt::Key_Space), this);
    space->setContext(Qt::WidgetWithChildrenShortcut);
    space->setWhatsThis(tr("Play / pause both clips"));
    connect(space, &QShortcut::activated, this, &ClipReviewPane::togglePlay);
    if (m_clip) {
        m_slider->setRange(0, std::max(0, m_clip->frameCount() - 1));
        m_timer->setInterval(m_clip->frameRate() > 0 ? static_cast<int>(1000 / m_clip->frameRate()) : 66);
        showFrame(0);
    }
}

// The plan's regions, each with its reason, style and span.
void ClipReviewPane::listRegions()
{
    for (const RedactionRegion& r : m_plan.regions) {
        const QString why = r.reasonText.isEmpty()
            ? QString(r.reason).replace(QLatin1Char('_'), QLatin1Char(' '))
            : QStringLiteral("%1: %2").arg(QString(r.reason).replace(QLatin1Char('_'), QLatin1Char(' ')), r.reasonText);
        const QString span = r.holdToEnd ? tr("%1 – end of clip").arg(formatClock(r.start()))
                                         : tr("%1 – %2").arg(formatClock(r.start()), formatClock(r.end()));
        new QTreeWidgetItem(m_regions,
                            {r.label.isEmpty() ? r.id : QStringLiteral("%1 (%2)").arg(r.id, r.label), why,
                             MediaWords::regionStyle(RedactionRegion::styleName(r.style)), span});
    }
}

// The two clips side by side over the frame controls and the regions.
void ClipReviewPane::layOut()
{
    auto* views = new QSplitter(Qt::Horizontal, this);
    views->addWidget(m_left);
    views->addWidget(m_right);
    m_right->setVisible(m_source != nullptr);
    m_regions->setVisible(m_source != nullptr);
    auto* step = [this] {
        auto* row = new QHBoxLayout;
        auto* back = new QPushButton(tr("◀ Frame"), this);
        auto* forward = new QPushButton(tr("Frame ▶"), this);
        connect(back, &QPushButton::clicked, this, [this] { showFrame(m_frame - 1); });
        connect(forward, &QPushButton::clicked, this, [this] { showFrame(m_frame + 1); });
        row->addWidget(m_play);
        row->addWidget(back);
        row->addWidget(forward);
        row->addWidget(m_slider, 1);
        row->addWidget(m_time);
        return row;
    }();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_error);
    layout->addWidget(views, 1);
    layout->addLayout(step);
    layout->addWidget(m_regions);
    m_error->setVisible(!m_error->text().isEmpty());
}

ClipReviewPane::~ClipReviewPane() = default;

int ClipReviewPane::frameCount() const
{
    return m_clip ? m_clip->frameCount() : 0;
}

QString ClipReviewPane::errorText() const
{
    return m_error->text();
}

double ClipReviewPane::seconds() const
{
    return m_clip && m_frame >= 0 ? m_clip->frames()[m_frame].seconds : 0;
}

void ClipReviewPane::showFrame(int index)
{
    if (!m_clip || index < 0 || index >= m_clip->frameCount() || index == m_frame)
        return;
    auto image = m_clip->frameAt(index);
    if (!image) {
        m_error->setText(image.errorMessage());
        m_error->show();
        return;
    }
    m_frame = index;
    const double t = seconds();
    if (m_source) {
        // The redacted copy keeps its source's timestamps: the same time is the same moment.
        auto source = m_source->frameAt(m_source->frameIndexAt(t));
        if (source)
            m_left->setFrame(*source);
        m_left->setOverlay({tr("Original — regions outlined")});
        m_right->setFrame(*image);
        m_right->setOverlay({tr("Redacted — as it will leave")});
    } else {
        m_left->setFrame(*image);
        m_left->setOverlay({});
    }
    {
        const QSignalBlocker block(m_slider);
        m_slider->setValue(index);
    }
    m_time->setText(tr("%1 / %2 (frame %3 of %4)")
                        .arg(formatClock(t), formatClock(m_clip->duration()))
                        .arg(index + 1)
                        .arg(m_clip->frameCount()));
}

void ClipReviewPane::togglePlay()
{
    if (m_timer->isActive()) {
        m_timer->stop();
        m_play->setText(tr("Play"));
    } else {
        if (m_frame + 1 >= frameCount())
            showFrame(0);
        m_timer->start();
        m_play->setText(tr("Pause"));
    }
}

QList<QRectF> ClipReviewPane::outlinesShown() const
{
    QList<QRectF> out;
    if (!m_source)
        return out;
    for (const RedactionRegion& r : m_plan.regions)
        if (r.activeAt(seconds()))
            out << r.boxAt(seconds());
    return out;
}

void ClipReviewPane::paintOutlines(QPainter& p, const QRectF& rect)
{
    if (!m_source)
        return;
    const double t = seconds();
    for (const RedactionRegion& r : m_plan.regions) {
        if (!r.activeAt(t))
            continue;
        const QRectF b = r.boxAt(t);
        const QRectF w(rect.left() + b.left() * rect.width(), rect.top() + b.top() * rect.height(),
                       b.width() * rect.width(), b.height() * rect.height());
        p.setPen(QPen(QColor(255, 40, 40), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(w);
        p.drawText(w.topLeft() + QPointF(3, 14), QStringLiteral("%1: %2").arg(r.id, r.reason));
    }
}

StillView::StillView(CaseDatabase& db, const MediaRow& item, QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("stillView"));
    setMinimumSize(320, 180);
    MediaLibrary library(db);
    auto key = library.key();
    if (!key) {
        m_error = key.errorMessage();
        return;
    }
    auto reader = LpencReader::open(library.pathOf(item), *key);
    if (!reader) {
        m_error = reader.errorMessage();
        return;
    }
    if (item.plaintextSize <= 0 || item.plaintextSize > 256 * 1024 * 1024) {
        m_error = tr("The still is too large to show.");
        return;
    }
    QByteArray png(static_cast<qsizetype>(item.plaintextSize), Qt::Uninitialized);
    if ((*reader)->read(0, png.data(), png.size()) != png.size()) {
        m_error = tr("The still cannot be read.");
        return;
    }
    m_image = QImage::fromData(png, "PNG");
    if (m_image.isNull())
        m_error = tr("The still is not a readable picture.");
}

void StillView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), QColor(32, 32, 32));
    if (m_image.isNull()) {
        p.setPen(Qt::white);
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_error);
        return;
    }
    const QSizeF fit = QSizeF(m_image.size()).scaled(size(), Qt::KeepAspectRatio);
    p.drawImage(QRectF(QPointF((width() - fit.width()) / 2, (height() - fit.height()) / 2), fit), m_image);
}

} // namespace lpdesk
