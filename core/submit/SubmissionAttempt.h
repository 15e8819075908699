// One attempt at delivering a submission (SubmissionService::deliver), step by step: load what earlier attempts
// learnt, connect to the agency, create the submission, upload the package and the small documents with tus,
// complete and keep the receipt. Every step saves what it learnt before the next, so that an attempt interrupted
// anywhere resumes where it stopped. A step that cannot go on returns an error: ErrorKind::Failed for a transient
// problem (retried with backoff, or after the agency's Retry-After, kept in retryAfter()), Usage for a final one,
// Cancelled when the person cancelled. Internal to core/submit.
#pragma once

#include "submit/AgencyClient.h"
#include "submit/SubmissionService.h"

#include <QJsonArray>

namespace lpdesk {

struct SubmissionService::Attempt
{
    Attempt(SubmissionService& service, CaseDatabase& db, const QString& id, const Progress& progress,
            const std::atomic_bool* cancel);
    ~Attempt(); // wipes the create request's body (it carries the package password)
    Attempt(const Attempt&) = delete;
    Attempt& operator=(const Attempt&) = delete;

    Status run();
    int retryAfter() const { return client.retryAfter(); }
    // The release or the agency no longer allows sending it (run() returned why).
    bool blocked() const { return m_blocked; }

private:
    Status load();
    Status blockedBy(const Error& e);
    Status create();
    Status uploadPackage();
    Status uploadExtras();
    Status complete();
    Status checkReceipt(const QJsonObject& receipt);
    Status keepReceipt(const QJsonObject& receipt);
    Status saveExtra(qsizetype i, QLatin1String field, const QJsonValue& value);

    SubmissionService& service;
    CaseDatabase& db;
    const QString id;
    const Progress& progress;
    const std::atomic_bool* cancel;
    AgencyClient client;

    QString remoteId, uploadUrl, completeUrl, location, packageFile, packageSha, releaseId, agencyId;
    qint64 size = 0, uploaded = 0, bytesSent = 0;
    QByteArray payload;
    QJsonArray extras; // small documents after the package: name, sha256, content (base64), location, uploaded
    bool m_blocked = false;
};

} // namespace lpdesk
