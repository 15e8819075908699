// Statements by staff, witnesses and investigators. A statement starts as a draft the investigator may edit; once
// signed off it is immutable (the service refuses and database triggers abort any UPDATE/DELETE), and a correction
// is a new version pointing to the previous one. Attachments (photos, PDFs) are stored encrypted with their
// SHA-256. The contact is PII; an author who asked to stay anonymous towards the police gets a pseudonym that every
// version keeps. Every step is a custody event on the case with the content hash of the version concerned.
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace lpdesk {

class CaseDatabase;

struct StatementAttachment
{
    QString id;
    QString name;
    QString mediaType;
    QString sha256;
    qint64 size = 0;
};

struct StatementDraft
{
    QString author;
    QString role = QStringLiteral("witness"); // staff, witness, investigator, security, manager
    QString contact; // PII
    bool anonymous = false;
    QString takenAt; // RFC 3339; now when empty
    QString text;
    QString attestation; // the standard line when empty
    QStringList attachFiles; // paths to attach (added to whatever the statement already has)
};

struct Statement
{
    QString id;
    QString caseId;
    int version = 1;
    QString previousId;
    QString supersededBy; // the next version's id, if any
    QString author;
    QString role;
    QString contact;
    bool anonymous = false;
    QString pseudonym;
    QString takenAt;
    QString text;
    QString attestation;
    QString signedOffAt;
    QString signedOffBy;
    QString contentSha256; // set at sign-off
    QString createdAt;
    QString createdBy;
    QList<StatementAttachment> attachments;

    bool signedOff() const { return !signedOffAt.isEmpty(); }
    // What a release carries: with masking, the contact is withheld and an anonymous author is the pseudonym.
    QJsonObject toJson(bool maskPii = false) const;
    // The canonical content hashed at sign-off (everything but the sign-off itself).
    QJsonObject content() const;
};

struct StatementHit
{
    QString statementId;
    QString caseId;
    QString author;
    QString snippet;
};

class StatementService
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::StatementService)

public:
    static constexpr qint64 MaxAttachmentBytes = 512ll * 1024 * 1024;
    static constexpr int MaxTextChars = 200000;
    static QStringList roles();
    static QString standardAttestation();

    explicit StatementService(CaseDatabase& db);

    Result<QString> add(const QString& caseId, const StatementDraft& draft);
    // Drafts only; a signed-off statement needs correct().
    Status update(const QString& statementId, const StatementDraft& draft);
    Status signOff(const QString& statementId);
    // A new draft version of a signed-off statement (the newest version), with the changes in `draft`.
    Result<QString> correct(const QString& statementId, const StatementDraft& draft);
    Status removeDraft(const QString& statementId);

    Result<QList<Statement>> list(const QString& caseId, bool currentOnly = false);
    Result<Statement> get(const QString& statementId);
    // Decrypts an attachment for viewing or export (audited).
    Result<QByteArray> attachment(const QString& attachmentId);

    Result<QList<StatementHit>> search(const QString& text, int limit = 200);

private:
    Status requireWriter() const;
    Status requireReader() const;
    CaseDatabase& m_db;
};

} // namespace lpdesk
