#include "db/SqlRow.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace lpdesk {

SqlRow::SqlRow(const QSqlQuery& query) : m_query(query)
{
    // The names are read once: record() builds a QSqlRecord (a QSqlField per column) on every call.
    const QSqlRecord record = query.record();
    m_columns.reserve(record.count());
    for (int i = 0; i < record.count(); ++i)
        m_columns << record.fieldName(i);
}

int SqlRow::indexOf(const char* column) const
{
    // A scan of a dozen names costs less than the QVariant it leads to, and unlike QSqlRecord::indexOf it sees a
    // name that is there twice (SELECT a.id, b.id), which would otherwise read whichever comes first.
    const QLatin1String name(column);
    int index = -1, found = 0;
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).compare(name, Qt::CaseInsensitive) == 0) {
            index = i;
            ++found;
        }
    }
    if (found == 1)
        return index;
    report(column, found);
    return -1;
}

QVariant SqlRow::value(const char* column) const
{
    const int index = indexOf(column);
    return index < 0 ? QVariant() : m_query.value(index);
}

void SqlRow::report(const char* column, int found) const
{
    const QString name = QString::fromLatin1(column);
    const QString problem = found == 0 ? QStringLiteral("is not in the result")
                                       : QStringLiteral("is in the result %1 times (give each an alias)").arg(found);
    const QString message = QStringLiteral("SqlRow: column '%1' %2 of \"%3\" (columns: %4)")
                                .arg(name, problem, m_query.lastQuery(), m_columns.join(QStringLiteral(", ")));
    if (missingColumnIsFatal())
        qFatal("%s", qPrintable(message));
    if (!m_reported.contains(name)) {
        m_reported.insert(name);
        qCritical("%s", qPrintable(message));
    }
}

} // namespace lpdesk
