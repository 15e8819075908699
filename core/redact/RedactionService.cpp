#include "redact/RedactionService.h"

#include "auth/Permissions.h"
#include "cases/MediaLibrary.h"
#include "common/Time.h"
#include "crypto/Random.h"
#include "custody/CustodyLog.h"
#include "custody/CustodyRecorder.h"
#include "db/CaseDatabase.h"
#include "db/SqlRow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <openssl/crypto.h>

namespace lpdesk {

RedactionService::RedactionService(CaseDatabase& db) : m_db(db)
{ }

QStringList RedactionService::reasons()
{
    const QJsonArray configured
        = QJsonDocument::fromJson(m_db.setting(QStringLiteral("redaction_reasons")).toUtf8()).array();
    QStringList out;
    for (const QJsonValue& v : configured)
        out << v.toString();
    return out.isEmpty() ? RedactionPlan::defaultReasons() : out;
}

Status RedactionService::setReasons(const QStringList& list)
{
    static const QRegularExpression re(QStringLiteral("^[a-z_]{1,40}\\z"));
    for (const QString& r : list)
        if (!re.match(r).hasMatch())
            return makeError(ErrorKind::Usage,
                             tr("A reason code is 1–40 lowercase letters or '_' (got \"%1\").").arg(r.left(40)));
    QStringList withOther = list;
    if (!withOther.contains(QLatin1String("other")))
        withOther << QStringLiteral("other");
    return m_db.setSetting(
        QStringLiteral("redaction_reasons"),
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(withOther)).toJson(QJsonDocument::Compact)));
}

Result<RedactionPlan> RedactionService::parse(const QByteArray& json)
{
    return RedactionPlan::parse(json, reasons());
}

Result<QString> RedactionService::save(const QString& mediaId, const QString& caseId, const RedactionPlan& plan,
                                       const QString& planId)
{
    LP_TRY(Permissions::require(m_db.session(), Action::WorkOnEvidence));
    auto chosenCase = DerivativeMaker(m_db).resolveCase(mediaId, caseId);
    if (!chosenCase)
        return chosenCase.error();
    // Re-validate what is stored against the configured reasons (the editor may have been open a while).
    auto checked = RedactionPlan::parse(QJsonDocument(plan.toJson()).toJson(), reasons());
    if (!checked)
        return checked.error();
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    QSqlQuery q(db);
    QString id = planId;
    if (!id.isEmpty()) {
        q.prepare(QStringLiteral("SELECT rendered_media_id FROM redaction_plans WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return makeError(ErrorKind::NotFound, tr("There is no redaction plan %1.").arg(id));
        if (!SqlRow(q).isNull("rendered_media_id"))
            id.clear(); // rendered plans are frozen: save a new one
        q.finish();
    }
    const QString now = utcNowString();
    if (id.isEmpty()) {
        id = randomUuid();
        q.prepare(QStringLiteral("INSERT INTO redaction_plans (id, case_id, media_id, plan_json, sha256, created_at, "
                                 "created_by, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant& v :
             {QVariant(id), chosenCase->isEmpty() ? QVariant() : QVariant(*chosenCase), QVariant(mediaId),
              QVariant(QString::fromUtf8(plan.canonical())), QVariant(plan.sha256()), QVariant(now),
              QVariant(m_db.session().userName), QVariant(now)})
            q.addBindValue(v);
    } else {
        q.prepare(QStringLiteral("UPDATE redaction_plans SET plan_json = ?, sha256 = ?, updated_at = ? WHERE id = ?"));
        q.addBindValue(QString::fromUtf8(plan.canonical()));
        q.addBindValue(plan.sha256());
        q.addBindValue(now);
        q.addBindValue(id);
    }
    if (!q.exec())
        return failure(q.lastError().text());
    LP_TRY(m_db.auditIn(db, QStringLiteral("redaction_plan_saved"),
                        QJsonObject {{QLatin1String("plan_id"), id},
                                     {QLatin1String("media_id"), mediaId},
                                     {QLatin1String("sha256"), plan.sha256()}}));
    LP_TRY(tx.commit());
    return id;
}

Result<StoredPlan> RedactionService::load(const QString& planId)
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, case_id, media_id, plan_json, sha256, rendered_media_id, updated_at FROM "
                             "redaction_plans WHERE id = ?"));
    q.addBindValue(planId);
    if (!q.exec() || !q.next())
        return makeError(ErrorKind::NotFound, tr("There is no redaction plan %1.").arg(planId));
    const SqlRow row(q);
    auto plan = RedactionPlan::parse(row.string("plan_json").toUtf8(), reasons());
    if (!plan)
        return plan.error();
    return StoredPlan {row.string("id"),     row.string("case_id"),           row.string("media_id"),  *plan,
                       row.string("sha256"), row.string("rendered_media_id"), row.string("updated_at")};
}

Result<QList<StoredPlan>> RedactionService::plansFor(const QString& mediaId)
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM redaction_plans WHERE media_id = ? ORDER BY updated_at DESC"));
    q.addBindValue(mediaId);
    if (!q.exec())
        return failure(q.lastError().text());
    QStringList ids;
    const SqlRow row(q);
    while (q.next())
        ids << row.string("id");
    QList<StoredPlan> out;
    for (const QString& id : ids)
        if (auto p = load(id))
            out << *p;
    return out;
}

Result<QList<RegionEnding>> RedactionService::earlyEndings(const QString& mediaId, const RedactionPlan& plan)
{
    MediaLibrary library(m_db);
    auto media = library.get(mediaId);
    if (!media)
        return media.error();
    auto key = library.key();
    if (!key)
        return key.error();
    auto seconds = Redactor::frameSeconds(library.pathOf(*media), *key);
    if (!seconds)
        return seconds.error();
    return plan.earlyEndings(*seconds);
}

Result<DerivativeOutcome> RedactionService::render(const QString& planId, const Progress& progress,
                                                   const std::atomic_bool* cancel, bool endingsConfirmed,
                                                   const QList<int>& uncoveredConfirmed, RedactionMode mode)
{
    LP_TRY(Permissions::require(m_db.session(), Action::WorkOnEvidence));
    auto stored = load(planId);
    if (!stored)
        return stored.error();
    MediaLibrary library(m_db);
    auto media = library.get(stored->mediaId);
    if (!media)
        return media.error();
    auto key = library.key();
    if (!key)
        return key.error();
    auto result = Redactor::render(library.pathOf(*media), *key, stored->plan, progress, cancel, "veryfast", mode);
    if (!result)
        return result.error();
    result->endingsConfirmed = endingsConfirmed;
    QJsonObject renderJson = result->renderJson();
    renderJson.insert(QLatin1String("requested_mode"), Redactor::modeName(mode));
    result->renderedBy = m_db.session().userName;
    result->renderedAt = utcNowString();
    QJsonObject params {{QLatin1String("plan_id"), planId},
                        {QLatin1String("plan_sha256"), stored->sha256},
                        {QLatin1String("plan"), stored->plan.toJson()},
                        {QLatin1String("encoder"), result->encoder},
                        {QLatin1String("audio"), result->audio},
                        {QLatin1String("frames"), result->frames},
                        {QLatin1String("render"), renderJson},
                        {QLatin1String("redaction_log"), result->logJson()}};
    if (!uncoveredConfirmed.isEmpty()) {
        QJsonArray frames;
        for (int f : uncoveredConfirmed)
            frames.append(f);
        params.insert(QLatin1String("uncovered_detections"),
                      QJsonObject {{QLatin1String("frames"), frames},
                                   {QLatin1String("confirmed_by"), m_db.session().userName},
                                   {QLatin1String("confirmed_at"), result->renderedAt}});
    }
    auto outcome = DerivativeMaker(m_db).store(stored->mediaId, stored->caseId, QStringLiteral("redact"),
                                               QStringLiteral("redacted"), result->mp4, params, true);
    if (result->mp4.isDetached())
        OPENSSL_cleanse(result->mp4.data(), static_cast<std::size_t>(result->mp4.size()));
    if (!outcome)
        return outcome;
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE redaction_plans SET rendered_media_id = ? WHERE id = ?"));
    q.addBindValue(outcome->mediaId);
    q.addBindValue(planId);
    q.exec();
    return outcome;
}

} // namespace lpdesk
