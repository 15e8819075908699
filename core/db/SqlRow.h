// The current row of a query's result, read by column name instead of by position: a SELECT whose columns are
// reordered, added or renamed then cannot silently fill a field from the wrong column (issue 18).
#pragma once

#include <QSet>
#include <QStringList>
#include <QVariant>

class QSqlQuery;

namespace lpdesk {

// Made once per query, after exec() and before (or after) the first next(); it reads whatever row the query is on.
// The names are SQLite's result column names: a plain column keeps its own name without the table prefix
// ("s.name" is "name"), so an expression, or a second column of the same name, needs an alias ("AS media_count").
//
// A name that is not in the result, or that is there twice, is a bug in the code that reads it:
// - in builds with test hooks (every build the tests run, -DLPDESK_TEST_HOOKS=ON) it stops the program with
//   qFatal, naming the column, the query and the columns there are, so the test that runs the query fails;
// - in the programs the package ships it is logged once per query and name (qCritical) and reads as a null
//   QVariant (an empty string, 0, false), as an unknown position did before, so that one wrong field does not take
//   the case database down in front of the investigator.
// missingColumnIsFatal() says which: it is defined in db/TestHooks.cpp, compiled both ways (core/CMakeLists.txt).
class SqlRow
{
public:
    explicit SqlRow(const QSqlQuery& query);
    Q_DISABLE_COPY_MOVE(SqlRow)

    QVariant value(const char* column) const;
    QString string(const char* column) const { return value(column).toString(); }
    int integer(const char* column) const { return value(column).toInt(); }
    qint64 int64(const char* column) const { return value(column).toLongLong(); }
    double real(const char* column) const { return value(column).toDouble(); }
    bool boolean(const char* column) const { return value(column).toBool(); }
    bool isNull(const char* column) const { return value(column).isNull(); }

    // The column's position in the result, or -1 (reported as above) when it is missing or ambiguous.
    int indexOf(const char* column) const;
    const QStringList& columns() const { return m_columns; }

    static bool missingColumnIsFatal();

private:
    void report(const char* column, int found) const;

    const QSqlQuery& m_query;
    QStringList m_columns;
    mutable QSet<QString> m_reported;
};

} // namespace lpdesk
