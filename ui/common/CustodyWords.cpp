#include "common/CustodyWords.h"

#include "common/StateLabels.h"

#include "common/Time.h"
#include "custody/HashChain.h"
#include "program/ProgramWords.h"

#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

namespace lpdesk {

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
    else if (a == QLatin1String("checkpoint"))
        out = tr("signed a custody checkpoint");
    else if (a == QLatin1String("followup_recorded")) {
        out = tr("recorded police follow-up: %1 on %2")
                  .arg(ProgramWords::followUpKind(s("kind")).toLower(), ProgramWords::time(s("at")));
        if (!s("agency_case").isEmpty())
            out += tr(" (agency case %1)").arg(s("agency_case"));
        if (d.contains(QLatin1String("amount")))
            out += tr(", %1 recovered").arg(QLocale().toString(d.value(QLatin1String("amount")).toDouble(), 'f', 2));
    } else if (a == QLatin1String("le_request_linked"))
        out = tr("linked a police request (%1) to the case").arg(ProgramWords::requestKind(s("kind")).toLower());
    else if (a == QLatin1String("exigent_signed_off"))
        out = d.value(QLatin1String("late")).toBool() ? tr("signed off an exigent disclosure (late)")
                                                      : tr("signed off an exigent disclosure");
    else if (a == QLatin1String("legal_hold_placed"))
        out = tr("placed a legal hold");
    else if (a == QLatin1String("legal_hold_lifted"))
        out = tr("lifted the legal hold");
    else if (a == QLatin1String("purged"))
        out = tr("purged expired evidence (%1, %2)")
                  .arg(s("media_id"), QLocale().formattedDataSize(d.value(QLatin1String("size")).toInteger()));
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
    const QString when = t.isValid() ? formatInZone(t, QTimeZone::systemTimeZone()) : e.at;
    return tr("%1 — %2 %3").arg(when, e.actor, what(e));
}

} // namespace lpdesk
