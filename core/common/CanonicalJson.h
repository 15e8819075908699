// Canonical JSON (RFC 8785 style: sorted keys, no whitespace, minimal string escaping, shortest numbers):
// the exact bytes that hash chains and signatures cover, reproducible by `json.dumps(sort_keys=True,
// separators=(",", ":"), ensure_ascii=False)` for the values LP Desk writes.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

namespace lpdesk {

QByteArray canonicalJson(const QJsonValue& value);
inline QByteArray canonicalJson(const QJsonObject& object)
{
    return canonicalJson(QJsonValue(object));
}

} // namespace lpdesk
