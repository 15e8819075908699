#include "redact/SuggestionPanel.h"

#include "common/Theme.h"
#include "common/Time.h"
#include "redact/RedactionCommands.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace lpdesk {

namespace {

constexpr int ThumbHeight = 48;
constexpr int ThumbsShown = 4;

QPixmap strip(const QList<QImage>& crops)
{
    QPixmap out((ThumbHeight + 2) * ThumbsShown, ThumbHeight);
    out.fill(Qt::transparent);
    QPainter p(&out);
    int x = 0;
    for (const QImage& c : crops.mid(0, ThumbsShown)) {
        const QImage s = c.scaled(ThumbHeight, ThumbHeight, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        p.drawImage(QPoint(x + (ThumbHeight - s.width()) / 2, (ThumbHeight - s.height()) / 2), s);
        x += ThumbHeight + 2;
    }
    return out;
}

QString kindText(detect::Kind kind)
{
    switch (kind) {
    case detect::Kind::Face:
        return SuggestionPanel::tr("Face");
    case detect::Kind::Person:
        return SuggestionPanel::tr("Person");
    case detect::Kind::Plate:
        return SuggestionPanel::tr("Possible plate");
    case detect::Kind::Region:
        return SuggestionPanel::tr("Tracked region");
    }
    return {};
}

} // namespace

SuggestionPanel::SuggestionPanel(PlanDocument* doc, QUndoStack* undo, QString userName, QWidget* parent)
    : QWidget(parent),
      m_doc(doc),
      m_undo(undo),
      m_user(std::move(userName)),
      m_table(new QTableWidget(0, 5, this)),
      m_summary(new QLabel(this)),
      m_showReviewed(new QCheckBox(tr("Show reviewed"), this))
{
    setObjectName(QStringLiteral("suggestionPanel"));
    m_table->setObjectName(QStringLiteral("suggestionTable"));
    m_table->setHorizontalHeaderLabels({tr("Track"), tr("Seen"), tr("Time range"), tr("Confidence"), tr("Status")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Columns as wide as their header and cells (in Spanish "Intervalo de tiempo" was cut at the default width); the
    // table scrolls sideways in a narrow panel rather than cutting a word.
    for (int c : {0, 2, 3})
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(ThumbHeight + 6);
    m_table->setIconSize(QSize((ThumbHeight + 2) * ThumbsShown, ThumbHeight));
    m_table->setToolTip(tr("Double-click a track to go to its first frame"));
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("suggestionSummary"));
    m_summary->setText(tr("No suggestions yet: run Find faces and people (Ctrl+Shift+F)."));
    m_showReviewed->setObjectName(QStringLiteral("showReviewedSuggestions"));
    m_showReviewed->setToolTip(tr("Also list the tracks already accepted or rejected, to change your mind"));
    connect(m_showReviewed, &QCheckBox::toggled, this, &SuggestionPanel::refreshStates);

    auto* acceptButton = new QPushButton(tr("Accept"), this);
    acceptButton->setObjectName(QStringLiteral("acceptSuggestion"));
    acceptButton->setToolTip(tr("Add the selected tracks to the plan (Ctrl+Shift+A)"));
    auto* rejectButton = new QPushButton(tr("Reject"), this);
    rejectButton->setObjectName(QStringLiteral("rejectSuggestion"));
    rejectButton->setToolTip(tr("Leave the selected tracks out of the plan (Ctrl+Shift+R)"));
    auto* acceptAllButton = new QPushButton(tr("Accept all"), this);
    acceptAllButton->setObjectName(QStringLiteral("acceptAllSuggestions"));
    acceptAllButton->setToolTip(tr("Add every track to the plan (Ctrl+Alt+A)"));
    auto* rejectAllButton = new QPushButton(tr("Reject all"), this);
    rejectAllButton->setObjectName(QStringLiteral("rejectAllSuggestions"));
    rejectAllButton->setToolTip(tr("Leave every track out of the plan (Ctrl+Alt+R)"));
    connect(acceptButton, &QPushButton::clicked, this, &SuggestionPanel::acceptSelected);
    connect(rejectButton, &QPushButton::clicked, this, &SuggestionPanel::rejectSelected);
    connect(acceptAllButton, &QPushButton::clicked, this, &SuggestionPanel::acceptAll);
    connect(rejectAllButton, &QPushButton::clicked, this, &SuggestionPanel::rejectAll);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (row >= 0 && row < m_suggestion.plan.regions.size())
            Q_EMIT jumpRequested(m_suggestion.plan.regions[row].start());
    });
    connect(m_doc, &PlanDocument::changed, this, &SuggestionPanel::refreshStates);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_showReviewed);
    layout->addWidget(m_table, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(acceptButton);
    buttons->addWidget(rejectButton);
    buttons->addWidget(acceptAllButton);
    buttons->addWidget(rejectAllButton);
    layout->addLayout(buttons);
}

void SuggestionPanel::setSuggestion(Suggestion suggestion)
{
    m_suggestion = std::move(suggestion);
    m_rejected = QList<bool>(m_suggestion.tracks.size(), false);
    m_regionIds.clear();
    // Ids that do not clash with what the plan already holds (an earlier run's accepted tracks, drawn boxes).
    QSet<QString> taken;
    for (const RedactionRegion& r : m_doc->plan.regions)
        taken.insert(r.id);
    for (const detect::Track& t : m_suggestion.tracks) {
        QString id;
        for (int n = 1; id.isEmpty() || taken.contains(id); ++n)
            id = QStringLiteral("%1-%2").arg(detect::kindName(t.kind)).arg(n);
        taken.insert(id);
        m_regionIds << id;
    }
    QSignalBlocker block(m_table);
    m_table->setRowCount(0);
    for (qsizetype i = 0; i < m_suggestion.tracks.size(); ++i) {
        const detect::Track& t = m_suggestion.tracks[i];
        const RedactionRegion& r = m_suggestion.plan.regions[i];
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* name = new QTableWidgetItem(QStringLiteral("%1 %2").arg(kindText(t.kind), m_regionIds[i]));
        name->setToolTip(r.label);
        m_table->setItem(row, 0, name);
        auto* seen = new QTableWidgetItem;
        seen->setData(Qt::DecorationRole, strip(m_suggestion.thumbnails.value(i)));
        m_table->setItem(row, 1, seen);
        m_table->setItem(row, 2,
                         new QTableWidgetItem(tr("%1 – %2 (detected in %n frames)", nullptr, t.detections)
                                                  .arg(formatClock(r.start()), formatClock(r.end()))));
        m_table->setItem(row, 3, new QTableWidgetItem(QString::number(static_cast<double>(t.confidence), 'f', 2)));
        m_table->setItem(row, 4, new QTableWidgetItem);
    }
    m_table->resizeColumnToContents(1);
    refreshStates();
}

SuggestionPanel::State SuggestionPanel::state(int row) const
{
    if (row < 0 || row >= m_regionIds.size())
        return State::Pending;
    if (m_doc->indexOf(m_regionIds[row]) >= 0)
        return State::Accepted;
    return m_rejected.value(row) ? State::Rejected : State::Pending;
}

void SuggestionPanel::refreshStates()
{
    int pending = 0, accepted = 0, rejected = 0;
    for (int row = 0; row < m_table->rowCount() && row < m_regionIds.size(); ++row) {
        QTableWidgetItem* item = m_table->item(row, 4);
        const State s = state(row);
        switch (s) {
        case State::Accepted:
            item->setText(tr("Accepted: in the plan"));
            item->setForeground(Theme::okText(m_table->palette()));
            ++accepted;
            break;
        case State::Rejected:
            item->setText(tr("Rejected"));
            item->setForeground(Theme::alertText(m_table->palette()));
            ++rejected;
            break;
        case State::Pending:
            item->setText(tr("To review"));
            item->setForeground(palette().color(QPalette::Text));
            ++pending;
            break;
        }
        // The list is of tracks to review: a reviewed one leaves it (and its selection) unless asked for.
        const bool hide = s != State::Pending && !m_showReviewed->isChecked();
        m_table->setRowHidden(row, hide);
        if (hide)
            for (int c = 0; c < m_table->columnCount(); ++c)
                if (QTableWidgetItem* cell = m_table->item(row, c))
                    cell->setSelected(false);
    }
    if (m_regionIds.isEmpty())
        return;
    QString text = pending > 0
        ? tr("%n track(s) to review: accept what must be hidden, reject what must not.", nullptr, pending)
        : tr("Every track is reviewed.");
    text += QLatin1Char(' ') + tr("Accepted: %1. Rejected: %2.").arg(accepted).arg(rejected);
    m_summary->setText(text);
}

QList<int> SuggestionPanel::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex& i : m_table->selectionModel()->selectedRows())
        rows << i.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

QList<int> SuggestionPanel::allRows() const
{
    QList<int> rows;
    for (int i = 0; i < count(); ++i)
        rows << i;
    return rows;
}

void SuggestionPanel::accept(const QList<int>& rows)
{
    QList<int> todo;
    for (int row : rows)
        if (row >= 0 && row < count() && state(row) != State::Accepted)
            todo << row;
    if (todo.isEmpty())
        return;
    const QString now = utcNowString();
    m_undo->beginMacro(tr("accept %n suggestions", nullptr, static_cast<int>(todo.size())));
    for (int row : todo) {
        RedactionRegion r = m_suggestion.plan.regions[row];
        r.id = m_regionIds[row];
        r.origin.acceptedBy = m_user;
        r.origin.acceptedAt = now;
        m_rejected[row] = false;
        m_undo->push(new AddRegionCommand(m_doc, r));
    }
    m_undo->endMacro();
}

void SuggestionPanel::reject(const QList<int>& rows)
{
    QList<int> inPlan;
    for (int row : rows) {
        if (row < 0 || row >= count())
            continue;
        m_rejected[row] = true;
        if (state(row) == State::Accepted)
            inPlan << row;
    }
    if (!inPlan.isEmpty()) {
        m_undo->beginMacro(tr("reject %n suggestions", nullptr, static_cast<int>(inPlan.size())));
        for (int row : inPlan)
            m_undo->push(new RemoveRegionCommand(m_doc, m_regionIds[row]));
        m_undo->endMacro();
    }
    refreshStates();
}

void SuggestionPanel::acceptSelected()
{
    accept(selectedRows());
}

void SuggestionPanel::rejectSelected()
{
    reject(selectedRows());
}

void SuggestionPanel::acceptAll()
{
    accept(allRows());
}

void SuggestionPanel::rejectAll()
{
    reject(allRows());
}

} // namespace lpdesk
