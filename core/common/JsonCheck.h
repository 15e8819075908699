// Strict JSON validation helpers for input from stores, agencies and files: exact key sets, types, patterns,
// lengths and ranges, with a message that names the offending field. Mirrors the JSON Schemas in
// resources/schemas (Debian 12 has no C++ JSON Schema validator; a test cross-checks with python3-jsonschema).
#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace lpdesk {

class JsonCheck
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::JsonCheck)

public:
    explicit JsonCheck(QString context) : m_context(std::move(context)) { }

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    void fail(const QString& field, const QString& why);

    // Only these keys may appear; the required ones must.
    bool keys(const QJsonObject& o, const QString& path, const QStringList& required, const QStringList& optional);
    QString string(const QJsonObject& o, const QString& key, const QString& path, const QRegularExpression* pattern,
                   int maxLength, bool required = true);
    qint64 integer(const QJsonObject& o, const QString& key, const QString& path, qint64 min, qint64 max,
                   bool required = true);
    double number(const QJsonObject& o, const QString& key, const QString& path, double min, double max,
                  bool required = true);
    QJsonArray array(const QJsonObject& o, const QString& key, const QString& path, int maxItems, bool required = true);
    QJsonObject object(const QJsonObject& o, const QString& key, const QString& path, bool required = true);
    QString oneOf(const QJsonObject& o, const QString& key, const QString& path, const QStringList& allowed,
                  bool required = true);

    static const QRegularExpression& uuidPattern();
    static const QRegularExpression& rfc3339Pattern();
    static const QRegularExpression& datePattern();
    static const QRegularExpression& hex64Pattern();

private:
    QString m_context;
    QString m_error;
};

} // namespace lpdesk
