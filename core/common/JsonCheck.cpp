#include "common/JsonCheck.h"

#include <QCoreApplication>

#include <cmath>

namespace lpdesk {

namespace {
QString join(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}
} // namespace

void JsonCheck::fail(const QString& field, const QString& why)
{
    if (m_error.isEmpty())
        m_error = tr("%1: field \"%2\" %3").arg(m_context, field, why);
}

bool JsonCheck::keys(const QJsonObject& o, const QString& path, const QStringList& required,
                     const QStringList& optional)
{
    for (const QString& k : required)
        if (!o.contains(k)) {
            fail(join(path, k), tr("is missing"));
            return false;
        }
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        if (!required.contains(it.key()) && !optional.contains(it.key())) {
            fail(join(path, it.key().left(60)), tr("is not allowed"));
            return false;
        }
    return true;
}

QString JsonCheck::string(const QJsonObject& o, const QString& key, const QString& path,
                          const QRegularExpression* pattern, int maxLength, bool required)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined()) {
        if (required)
            fail(join(path, key), tr("is missing"));
        return {};
    }
    if (!v.isString()) {
        fail(join(path, key), tr("must be a string"));
        return {};
    }
    const QString s = v.toString();
    if (s.size() > maxLength) {
        fail(join(path, key), tr("is longer than %1 characters").arg(maxLength));
        return {};
    }
    if (pattern && !pattern->match(s).hasMatch()) {
        fail(join(path, key), tr("has an invalid value"));
        return {};
    }
    return s;
}

qint64 JsonCheck::integer(const QJsonObject& o, const QString& key, const QString& path, qint64 min, qint64 max,
                          bool required)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined()) {
        if (required)
            fail(join(path, key), tr("is missing"));
        return min;
    }
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || d != std::floor(d)) {
        fail(join(path, key), tr("must be an integer"));
        return min;
    }
    if (d < static_cast<double>(min) || d > static_cast<double>(max)) {
        fail(join(path, key), tr("is out of range (%1…%2)").arg(min).arg(max));
        return min;
    }
    return static_cast<qint64>(d);
}

double JsonCheck::number(const QJsonObject& o, const QString& key, const QString& path, double min, double max,
                         bool required)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined()) {
        if (required)
            fail(join(path, key), tr("is missing"));
        return 0;
    }
    if (!v.isDouble() || !std::isfinite(v.toDouble())) {
        fail(join(path, key), tr("must be a number"));
        return 0;
    }
    const double d = v.toDouble();
    if (d < min || d > max) {
        fail(join(path, key), tr("is out of range"));
        return 0;
    }
    return d;
}

QJsonArray JsonCheck::array(const QJsonObject& o, const QString& key, const QString& path, int maxItems, bool required)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined()) {
        if (required)
            fail(join(path, key), tr("is missing"));
        return {};
    }
    if (!v.isArray()) {
        fail(join(path, key), tr("must be an array"));
        return {};
    }
    const QJsonArray a = v.toArray();
    if (a.size() > maxItems) {
        fail(join(path, key), tr("has more than %1 items").arg(maxItems));
        return {};
    }
    return a;
}

QJsonObject JsonCheck::object(const QJsonObject& o, const QString& key, const QString& path, bool required)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined()) {
        if (required)
            fail(join(path, key), tr("is missing"));
        return {};
    }
    if (!v.isObject()) {
        fail(join(path, key), tr("must be an object"));
        return {};
    }
    return v.toObject();
}

QString JsonCheck::oneOf(const QJsonObject& o, const QString& key, const QString& path, const QStringList& allowed,
                         bool required)
{
    const QString s = string(o, key, path, nullptr, 100, required);
    if (!s.isNull() && !allowed.contains(s)) {
        fail(join(path, key), tr("must be one of: %1").arg(allowed.join(QStringLiteral(", "))));
        return {};
    }
    return s;
}

const QRegularExpression& JsonCheck::uuidPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\z"));
    return re;
}

const QRegularExpression& JsonCheck::rfc3339Pattern()
{
    static const QRegularExpression re(QStringLiteral(
        R"(^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})\z)"));
    return re;
}

const QRegularExpression& JsonCheck::datePattern()
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}\\z"));
    return re;
}

const QRegularExpression& JsonCheck::hex64Pattern()
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}\\z"));
    return re;
}

} // namespace lpdesk
