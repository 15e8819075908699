#include "common/CustodyWords.h"

#include "common/LocaleText.h"
#include "common/StateLabels.h"

#include "common/Time.h"
#include "custody/HashChain.h"
#include "program/ProgramWords.h"

#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

namespace lpdesk {

namespace {

struct AuditPhrase
{
    const char* code;
    const char* words;
};

// Every action code core writes to the audit log, in words (translated through CustodyWords).
const AuditPhrase AuditPhrases[] = {
    {"agency_added", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Added an agency")},
    {"agency_removed", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Removed an agency")},
    {"anchor_written", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Wrote an audit anchor")},
    {"audit_log_exported", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Exported the audit log")},
    {"backup", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Backed up the database")},
    {"ca_key_moved_to_admin_slots",
     QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Moved the CA key into the administrators' key slots")},
    {"ca_certificate_confirmed",
     QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Confirmed the organisation's CA certificate by its fingerprint")},
    {"case_created", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Opened a case")},
    {"certificate_revoked", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Revoked a certificate")},
    {"clock_offset_changed", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Corrected a camera's clock")},
    {"copy_exported", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Exported a copy of an item")},
    {"csv_mapping_set", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Set the POS CSV column mapping")},
    {"custody_checkpoints_personal",
     QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Began sealing custody with each person's own key")},
    {"database_created", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Created the case database")},
    {"derivative_created", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Made a copy of evidence")},
    {"evidence_acquired", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Added evidence")},
    {"evidence_checklist_changed", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Changed the evidence checklist")},
    {"evidence_purged", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Purged evidence")},
    {"evidence_read", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Opened evidence")},
    {"exigent_signed_off", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Signed off an exigent disclosure")},
    {"exported", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Exported a release package")},
    {"followup_recorded", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Recorded police follow-up")},
    {"key_slot_ca_pinned", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Pinned a key slot to the organisation CA")},
    {"kpi_rollups_rebuilt", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Recomputed the KPI rollups from the records")},
    {"le_document_opened", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Opened a police request document")},
    {"le_letter_written", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Wrote a police request letter")},
    {"le_request_added", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Recorded a police request")},
    {"le_request_closed", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Closed a police request")},
    {"le_request_documents_added", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Added documents to a police request")},
    {"le_request_linked", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Linked a police request to a case")},
    {"le_template_published", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Published a police letter template")},
    {"legal_hold_lifted", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Lifted a legal hold")},
    {"legal_hold_placed", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Placed a legal hold")},
    {"login", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Signed in")},
    {"login_failed", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Failed to sign in")},
    {"media_reencrypted", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Re-encrypted evidence files")},
    {"passphrase_changed", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Changed a passphrase")},
    {"passphrase_policy_changed", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Changed the passphrase policy")},
    {"personal_certificate_issued", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Issued a personal certificate")},
    {"pull", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Pulled incidents from the stores")},
    {"recipient_key_exported", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Exported the recipient key")},
    {"recipient_key_rotated", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Rotated the recipient key")},
    {"recipient_rotations_signed",
     QT_TRANSLATE_NOOP("lpdesk::CustodyWords",
                       "Began requiring an administrator's signature on recipient key rotations")},
    {"redaction_plan_saved", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Saved a redaction plan")},
    {"redaction_region_tracked", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Tracked a redaction region")},
    {"redaction_suggested", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Suggested redactions")},
    {"rekey_completed", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Rotated the database keys")},
    {"rekey_started", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Started rotating the database keys")},
    {"release_approved", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Approved a release")},
    {"release_rejected", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Rejected a release")},
    {"release_requested", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Requested a release")},
    {"release_voided", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Voided a release")},
    {"retention_purge_run", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Ran the retention purge")},
    {"retention_removed", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Removed a retention rule")},
    {"retention_set", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Set a retention rule")},
    {"revocation_list_restored", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Restored the revocation list")},
    {"role_changed", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Changed a user's role")},
    {"session_locked", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Locked the workstation")},
    {"settings_changed", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Changed a setting")},
    {"slot_key_recorded", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Recorded a key slot's public key")},
    {"sop_published", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Published a procedure")},
    {"statement_attachment_opened", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Opened a statement attachment")},
    {"status_changed", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Changed a case's status")},
    {"still_exported", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Exported a still")},
    {"store_added", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Added a store")},
    {"store_pos_id_added", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Added a store's POS store id")},
    {"store_pos_id_removed", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Removed a store's POS store id")},
    {"store_region_changed", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Changed a store's region")},
    {"store_removed", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Removed a store")},
    {"store_settings_differ", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Kept the store's settings over a drop's")},
    {"store_uses_retired_key",
     QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Pulled from a store that uses a retired key")},
    {"submission_blocked",
     QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Stopped a submission: what legal approved no longer holds")},
    {"submission_cancelled", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Cancelled a submission")},
    {"submission_failed", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "A submission failed")},
    {"submission_queued", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Queued a submission")},
    {"submitted", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Submitted a release to an agency")},
    {"system_trust_kept",
     QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Kept a profile on the system's certificate authorities (upgrade)")},
    {"user_added", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Added a user")},
    {"user_removed", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Removed a user")},
    {"workstation_key_not_rotated", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Could not rotate the workstation key")},
    {"workstation_key_rotated", QT_TRANSLATE_NOOP("lpdesk::CustodyWords", "Rotated the workstation key")},
};

// The program's events in a case's custody: police follow-up and requests, exigent sign-offs, holds and purges.
// Empty for any other action.
QString programWhat(const QString& a, const QJsonObject& d)
{
    auto s = [&d](const char* key) { return d.value(QLatin1String(key)).toVariant().toString(); };
    QString out;
    if (a == QLatin1String("followup_recorded")) {
        out = CustodyWords::tr("recorded police follow-up: %1 on %2")
                  .arg(ProgramWords::followUpKind(s("kind")).toLower(), ProgramWords::time(s("at")));
        if (!s("agency_case").isEmpty())
            out += CustodyWords::tr(" (agency case %1)").arg(s("agency_case"));
        if (d.contains(QLatin1String("amount")))
            out += CustodyWords::tr(", %1 recovered")
                       .arg(QLocale().toString(d.value(QLatin1String("amount")).toDouble(), 'f', 2));
    } else if (a == QLatin1String("le_request_linked"))
        out = CustodyWords::tr("linked a police request (%1) to the case")
                  .arg(ProgramWords::requestKind(s("kind")).toLower());
    else if (a == QLatin1String("exigent_signed_off"))
        out = d.value(QLatin1String("late")).toBool() ? CustodyWords::tr("signed off an exigent disclosure (late)")
                                                      : CustodyWords::tr("signed off an exigent disclosure");
    else if (a == QLatin1String("legal_hold_placed"))
        out = CustodyWords::tr("placed a legal hold");
    else if (a == QLatin1String("legal_hold_lifted"))
        out = CustodyWords::tr("lifted the legal hold");
    else if (a == QLatin1String("purged"))
        out = CustodyWords::tr("purged expired evidence (%1, %2)")
                  .arg(d.contains(QLatin1String("media_id")) ? s("media_id") : s("evidence_file_id"),
                       QLocale().formattedDataSize(d.value(QLatin1String("size")).toInteger()));
    return out;
}

} // namespace

QString CustodyWords::what(const ChainEvent& e)
{
    const QJsonObject& d = e.details;
    auto s = [&d](const char* key) { return d.value(QLatin1String(key)).toVariant().toString(); };
    const QString a = e.action;
    QString out;
    if (a == QLatin1String("received"))
        out = tr("received the evidence from the store");
    else if (a == QLatin1String("viewed"))
        out = s("what").isEmpty() ? tr("viewed it") : tr("viewed %1").arg(s("what"));
    else if (a == QLatin1String("trimmed"))
        out = tr("made a trimmed copy");
    else if (a == QLatin1String("redacted"))
        out = tr("made a redacted copy");
    else if (a == QLatin1String("still_made"))
        out = tr("took a still");
    else if (a == QLatin1String("still_exported"))
        out = tr("exported a still to a file");
    else if (a == QLatin1String("copy_exported"))
        out = tr("exported a copy to %1 (SHA-256 %2)").arg(s("to"), s("sha256"));
    else if (a == QLatin1String("case_opened") || a == QLatin1String("case_created"))
        out = tr("opened the case");
    else if (a == QLatin1String("incident_linked"))
        out = tr("added an incident to the case");
    else if (a == QLatin1String("incident_unlinked"))
        out = tr("removed an incident from the case");
    else if (a == QLatin1String("case_linked"))
        out = tr("put the incident in a case");
    else if (a == QLatin1String("status_changed"))
        out = tr("set the case status to %1").arg(StateLabels::caseStatus(s("status")));
    else if (a == QLatin1String("note_added"))
        out = tr("added a note");
    else if (a == QLatin1String("marker_added"))
        out = tr("bookmarked a moment");
    else if (a == QLatin1String("clock_offset_changed"))
        out = tr("corrected a camera's clock");
    else if (a == QLatin1String("pos_imported"))
        out = tr("imported a POS journal");
    else if (a == QLatin1String("pos_linked"))
        out = tr("linked POS records to the case");
    else if (a == QLatin1String("release_requested"))
        out = tr("asked legal to release evidence");
    else if (a == QLatin1String("release_approved"))
        out = tr("approved the release");
    else if (a == QLatin1String("release_rejected"))
        out = tr("rejected the release");
    else if (a == QLatin1String("exported"))
        out = tr("exported the release package");
    else if (a == QLatin1String("submitted"))
        out = tr("submitted the release to an agency");
    else if (a == QLatin1String("store_settings_differ"))
        out = tr("pulled from a store whose drop says another time zone or clock offset (%1, %2 s); LP Desk kept "
                 "its own")
                  .arg(s("drop_timezone"))
                  .arg(d.value(QLatin1String("drop_clock_offset")).toDouble());
    else if (a == QLatin1String("submission_blocked"))
        out = tr("stopped a submission before it was sent: what legal approved no longer holds");
    else if (a == QLatin1String("checkpoint"))
        out = tr("signed a custody checkpoint");
    else if (QString program = programWhat(a, d); !program.isEmpty())
        out = program;
    else if (a.startsWith(QLatin1String("statement")))
        out = tr("worked on a statement (%1)").arg(QString(a).replace(QLatin1Char('_'), QLatin1Char(' ')));
    else
        out = QString(a).replace(QLatin1Char('_'), QLatin1Char(' '));
    const QString note = s("note").isEmpty() ? s("reason") : s("note");
    if (!note.isEmpty())
        out += QStringLiteral(": ") + note;
    return out;
}

QString CustodyWords::sentence(const ChainEvent& e)
{
    const QDateTime t = parseRfc3339(e.at);
    const QString when = t.isValid() ? shown::dateTime(t, QTimeZone::systemTimeZone()) : e.at;
    return tr("%1 — %2 %3").arg(when, e.actor, what(e));
}

QString CustodyWords::auditAction(const QString& code)
{
    for (const AuditPhrase& p : AuditPhrases)
        if (code == QLatin1String(p.code))
            return tr(p.words);
    return tr("Other action (%1)").arg(code);
}

QStringList CustodyWords::auditActionCodes()
{
    QStringList out;
    for (const AuditPhrase& p : AuditPhrases)
        out << QString::fromLatin1(p.code);
    return out;
}

} // namespace lpdesk
