#include "inbox/IncidentTableModel.h"

#include "cases/CaseService.h"
#include "common/LocaleText.h"
#include "common/StateLabels.h"
#include "common/Theme.h"
#include "common/Time.h"
#include "inbox/TriageRules.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QTimeZone>

namespace lpdesk {

IncidentTableModel::IncidentTableModel(CaseDatabase& db, QObject* parent) : QAbstractTableModel(parent), m_db(db)
{
    refresh();
}

int IncidentTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int IncidentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Urgent:
        return tr("!");
    case Detected:
        return tr("Detected (store time)");
    case Store:
        return tr("Store");
    case Type:
        return tr("Type");
    case Severity:
        return tr("Severity");
    case Trigger:
        return tr("Trigger");
    case Media:
        return tr("Clips");
    case InCase:
        return tr("Case");
    }
    return {};
}

const IncidentRow* IncidentTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int page = row / PageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        IncidentInbox inbox(m_db);
        auto rows = inbox.list(m_filter, m_sort, page * PageSize, PageSize);
        if (!rows) {
            m_error = rows.errorMessage();
            return nullptr;
        }
        it = m_pages.insert(page, *rows);
        // Keep memory bounded when scrolling through a very long inbox.
        if (m_pages.size() > 50)
            for (auto p = m_pages.begin(); p != m_pages.end();)
                p = (p.key() != page && std::abs(p.key() - page) > 10) ? m_pages.erase(p) : std::next(p);
    }
    const int offset = row % PageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

QVariant IncidentTableModel::data(const QModelIndex& index, int role) const
{
    const IncidentRow* r = rowAt(index.row());
    if (!r)
        return {};
    switch (role) {
    case IncidentIdRole:
        return r->id;
    case UnreadRole:
        return !r->read;
    case PriorityRole:
        return r->priority;
    case CasesRole:
        return m_cases.value(r->id);
    case Qt::FontRole:
        if (!r->read) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Urgent && r->priority >= TriageRules::UrgentThreshold)
            return QBrush(Theme::alertText(QGuiApplication::palette()));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Urgent && r->priority >= TriageRules::UrgentThreshold)
            return tr("Urgent: %1 (priority %2)").arg(StateLabels::incidentType(r->type)).arg(r->priority);
        if (index.column() == Detected)
            return tr("%1 UTC").arg(r->detectedAt);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Urgent:
            return r->priority >= TriageRules::UrgentThreshold ? tr("URGENT") : QString();
        case Detected:
            return shown::dateTime(parseRfc3339(r->detectedAt), QTimeZone(r->timezone.toUtf8()), false);
        case Store:
            return r->storeName.isEmpty() ? r->storeId : r->storeName;
        case Type:
            return StateLabels::incidentType(r->type);
        case Severity:
            return r->severity;
        case Trigger:
            return StateLabels::trigger(r->trigger);
        case Media:
            return r->mediaMissing ? tr("%1 (%2 refused)").arg(r->mediaCount).arg(r->mediaMissing)
                                   : QString::number(r->mediaCount);
        case InCase:
            return m_cases.contains(r->id) ? tr("in case %1").arg(m_cases.value(r->id).join(QStringLiteral(", ")))
                                           : QString();
        }
        return {};
    default:
        return {};
    }
}

void IncidentTableModel::sort(int column, Qt::SortOrder order)
{
    switch (column) {
    case Urgent:
        m_sort = IncidentSort::Priority;
        break;
    case Detected:
        m_sort = order == Qt::AscendingOrder ? IncidentSort::Oldest : IncidentSort::Newest;
        break;
    case Store:
        m_sort = IncidentSort::Store;
        break;
    case Type:
        m_sort = IncidentSort::Type;
        break;
    case Severity:
        m_sort = IncidentSort::Severity;
        break;
    default:
        m_sort = IncidentSort::Priority;
    }
    refresh();
}

void IncidentTableModel::setFilter(const IncidentFilter& filter)
{
    m_filter = filter;
    refresh();
}

void IncidentTableModel::refresh()
{
    beginResetModel();
    m_pages.clear();
    m_error.clear();
    m_cases.clear();
    m_caseIds.clear();
    if (auto cases = CaseService(m_db).list()) // investigators and legal; others simply see no case column
        for (const CaseInfo& c : *cases)
            for (const QString& incident : c.incidentIds) {
                m_cases[incident] << c.reference;
                m_caseIds[incident] << c.id;
            }
    auto n = IncidentInbox(m_db).count(m_filter);
    m_count = n ? *n : 0;
    if (!n)
        m_error = n.errorMessage();
    endResetModel();
    if (!m_error.isEmpty())
        Q_EMIT errorOccurred(m_error);
}

QString IncidentTableModel::incidentId(int row) const
{
    const IncidentRow* r = rowAt(row);
    return r ? r->id : QString();
}

void IncidentTableModel::setRead(int row, bool read)
{
    const int page = row / PageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end() || row % PageSize >= it->size())
        return;
    (*it)[row % PageSize].read = read;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace lpdesk
