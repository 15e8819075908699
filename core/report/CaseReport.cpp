#include "report/CaseReport.h"

#include "common/Time.h"
#include "export/CaseReportRenderer.h"
#include "model/Currency.h"
#include "report/PdfPages.h"

#include <QJsonArray>

#include <algorithm>

namespace lpdesk {

namespace {

// HTML-escaped (not "esc": PackageDocuments has one, and unity builds may put both files in one batch).
QString enc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString row(const QStringList& cells, bool header = false)
{
    QString r = QStringLiteral("<tr>");
    for (const QString& c : cells)
        r += header ? QStringLiteral("<th>%1</th>").arg(c) : QStringLiteral("<td>%1</td>").arg(c);
    return r + QStringLiteral("</tr>");
}

struct TimelineEntry
{
    QDateTime utc;
    QString store;
    QString what;
};

} // namespace

QString CaseReport::html(const PackageModel& m)
{
    QString h = QStringLiteral("<html><body style='font-size:9pt'>");
    h += summarySection(m);
    h += incidentsSection(m);
    h += timelineSection(m);
    h += stillsSection(m);
    h += posSection(m);
    h += statementsSection(m);
    h += redactionSection(m);
    h += filesAndCustodySection(m);
    h += QStringLiteral("</body></html>");
    return h;
}

// The case, the package and the release it was made for.
QString CaseReport::summarySection(const PackageModel& m)
{
    const Release& r = m.release;
    QString h;
    h += QStringLiteral("<h1>%1</h1><h2>%2</h2>").arg(enc(tr("Case report %1").arg(m.caseReference)), enc(m.caseTitle));
    h += QStringLiteral("<table cellpadding='2'>");
    h += row({tr("Package"), enc(m.packageId)});
    h += row({tr("Created"), enc(tr("%1 by %2").arg(m.createdAt, m.createdBy))});
    h += row({tr("Organisation"), enc(m.organisation)});
    h += row({tr("Released for"),
              enc(r.purpose + (r.recipient.isEmpty() ? QString() : QStringLiteral(" — ") + r.recipient))});
    h += row({tr("Requested"), enc(tr("%1 on %2: %3").arg(r.requestedBy, r.requestedAt, r.note))});
    h += row({tr("Approved"), enc(tr("%1 on %2: %3").arg(r.decidedBy, r.decidedAt, r.decisionNote))});
    h += row({tr("Case status"), enc(m.caseStatus)});
    h += QStringLiteral("</table>");
    return h;
}

// The incidents, with their narrative and suspects.
QString CaseReport::incidentsSection(const PackageModel& m)
{
    QString h;
    h += QStringLiteral("<h2>%1</h2><table border='1' cellspacing='0' cellpadding='3' width='100%'>")
             .arg(enc(tr("Incidents")));
    h += row({tr("Store"), tr("Type"), tr("Severity"), tr("Detected (store time)"), tr("Narrative and suspects")},
             true);
    for (const IncidentDetail& d : m.incidents) {
        QStringList suspects;
        for (const QJsonValue& v : d.suspects) {
            QStringList parts;
            const QJsonObject o = v.toObject();
            for (auto it = o.constBegin(); it != o.constEnd(); ++it)
                if (it.value().isString())
                    parts << QStringLiteral("%1: %2").arg(it.key(), it.value().toString());
            suspects << parts.join(QStringLiteral(", "));
        }
        h += row({enc(m.storeNames.value(d.row.storeId)), enc(d.row.type), QString::number(d.row.severity),
                  enc(d.row.detectedAtLocal),
                  enc(d.narrative)
                      + (suspects.isEmpty()
                             ? QString()
                             : QStringLiteral("<br><i>%1</i>").arg(enc(suspects.join(QStringLiteral("; ")))))});
    }
    h += QStringLiteral("</table>");
    return h;
}

// Incidents, POS transactions and statements in order, each in its store's own time.
QString CaseReport::timelineSection(const PackageModel& m)
{
    QString h;
    // Timeline in each store's own time, with its offset.
    QList<TimelineEntry> timeline;
    for (const IncidentDetail& d : m.incidents)
        timeline << TimelineEntry {parseRfc3339(d.row.detectedAt), d.row.storeId,
                                   tr("Incident detected: %1 (%2)").arg(d.row.type, d.row.trigger)};
    for (const LinkedTransaction& t : m.pos)
        timeline << TimelineEntry {parseRfc3339(t.beginUtc), t.storeId,
                                   tr("POS register %1 #%2, %3 %4 %5 (register clock %6)")
                                       .arg(t.registerId, t.sequence, t.currency, Currency::plain(t.total, t.exponent),
                                            t.exceptions.join(QStringLiteral(", ")), t.beginRaw)};
    for (const Statement& s : m.statements)
        timeline << TimelineEntry {parseRfc3339(s.takenAt), QString(),
                                   tr("Statement taken from %1 (%2)").arg(s.author, s.role)};
    std::sort(timeline.begin(), timeline.end(),
              [](const TimelineEntry& a, const TimelineEntry& b) { return a.utc < b.utc; });
    h += QStringLiteral("<h2>%1</h2><table border='1' cellspacing='0' cellpadding='3' width='100%'>")
             .arg(enc(tr("Timeline")));
    h += row({tr("Time"), tr("Event")}, true);
    for (const TimelineEntry& e : timeline)
        h += row({enc(e.store.isEmpty() ? toUtcString(e.utc) : formatInZone(e.utc, m.zoneOf(e.store))), enc(e.what)});
    h += QStringLiteral("</table>");
    return h;
}

// The stills, with their exhibit and description.
QString CaseReport::stillsSection(const PackageModel& m)
{
    QString h;
    if (!m.stills.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2>").arg(enc(tr("Stills")));
        for (const PackageFile& f : m.files)
            if (m.stills.contains(f.path))
                h += QStringLiteral("<p><img src='still://%1' width='420'><br>%2 — %3</p>")
                         .arg(enc(f.path), enc(f.exhibit), enc(f.description));
    }
    return h;
}

// The POS extract: every linked transaction, line by line.
QString CaseReport::posSection(const PackageModel& m)
{
    QString h;
    if (!m.pos.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2>").arg(enc(tr("POS extract")));
        for (const LinkedTransaction& t : m.pos) {
            h += QStringLiteral("<p><b>%1</b></p><table border='1' cellspacing='0' cellpadding='2' width='100%'>")
                     .arg(enc(tr("Store %1, register %2, transaction %3, %4 (true %5), operator %6, flags: %7")
                                  .arg(t.storeId, t.registerId, t.sequence, t.beginRaw,
                                       formatInZone(parseRfc3339(t.beginUtc), m.zoneOf(t.storeId)), t.operatorId,
                                       t.exceptions.isEmpty() ? tr("none") : t.exceptions.join(QStringLiteral(", ")))));
            h += row({tr("Line"), tr("Item"), tr("Qty"), tr("Price"), tr("Amount"), tr("Tender / note")}, true);
            int n = 0;
            for (const PosLineItem& l : t.lines) {
                QString note = l.tenderType;
                if (!l.cardLast4.isEmpty())
                    note += QStringLiteral(" ")
                        + (m.release.pii.customerData ? tr("card •••• %1").arg(l.cardLast4)
                                                      : tr("card number withheld"));
                if (!l.entryMethod.isEmpty())
                    note += QStringLiteral(" (%1)").arg(l.entryMethod);
                if (l.voided)
                    note += QStringLiteral(" ") + tr("VOIDED");
                h += row({QString::number(++n) + QLatin1Char(' ') + PosTransaction::kindName(l.kind),
                          enc(l.itemId + QLatin1Char(' ') + l.description),
                          l.quantity == 0 ? QString() : QString::number(l.quantity),
                          Currency::plain(l.unitPrice, t.exponent), Currency::plain(l.amount, t.exponent), enc(note)});
            }
            h += row({tr("Total"), QString(), QString(), QString(),
                      enc(t.currency + QLatin1Char(' ') + Currency::plain(t.total, t.exponent)), QString()});
            h += QStringLiteral("</table>");
        }
    }
    return h;
}

// The released statements, in full.
QString CaseReport::statementsSection(const PackageModel& m)
{
    QString h;
    if (!m.statements.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2>").arg(enc(tr("Statements")));
        int n = 0;
        for (const Statement& s : m.statements) {
            h += QStringLiteral("<h3>S%1 — %2 (%3), %4</h3>")
                     .arg(++n, 2, 10, QLatin1Char('0'))
                     .arg(enc(s.author), enc(s.role), enc(s.takenAt));
            h += QStringLiteral("<p>%1</p>")
                     .arg(enc(tr("Contact: %1. Version %2, signed off by %3 on %4.")
                                  .arg(s.contact.isEmpty() ? tr("withheld") : s.contact)
                                  .arg(s.version)
                                  .arg(s.signedOffBy, s.signedOffAt)));
            h += QStringLiteral("<p>%1</p><p><i>%2</i></p>")
                     .arg(enc(s.text).replace(QLatin1Char('\n'), QStringLiteral("<br>")), enc(s.attestation));
        }
    }
    return h;
}

// The redaction log of every redacted derivative: regions, reasons, mutes, uncovered detections.
QString CaseReport::redactionSection(const PackageModel& m)
{
    QString h;
    h += QStringLiteral("<h2>%1</h2>").arg(enc(tr("Redaction log")));
    bool anyRedaction = false;
    for (const PackageFile& f : m.files) {
        if (f.operation != QLatin1String("redact"))
            continue;
        anyRedaction = true;
        h += QStringLiteral("<p><b>%1</b> %2</p><table border='1' cellspacing='0' cellpadding='2' width='100%'>")
                 .arg(enc(f.exhibit),
                      enc(tr("%1 (plan SHA-256 %2)")
                              .arg(f.description, f.parameters.value(QLatin1String("plan_sha256")).toString())));
        h += row({tr("Region"), tr("Style"), tr("Reason"), tr("From–to (s)"), tr("Frames"), tr("Origin")}, true);
        for (const QJsonValue& v : f.parameters.value(QLatin1String("redaction_log")).toArray()) {
            const QJsonObject e = v.toObject();
            const QString reason = e.value(QLatin1String("reason")).toString()
                + (e.value(QLatin1String("reason_text")).toString().isEmpty()
                       ? QString()
                       : QStringLiteral(": ") + e.value(QLatin1String("reason_text")).toString());
            h += row({enc(e.value(QLatin1String("region")).toString()), enc(e.value(QLatin1String("style")).toString()),
                      enc(reason),
                      QStringLiteral("%1–%2")
                          .arg(e.value(QLatin1String("from")).toDouble(), 0, 'f', 2)
                          .arg(e.value(QLatin1String("to")).toDouble(), 0, 'f', 2),
                      QString::number(e.value(QLatin1String("frames")).toInt()),
                      enc(e.value(QLatin1String("origin"))
                              .toObject()
                              .value(QLatin1String("description"))
                              .toString(tr("origin not recorded")))});
        }
        for (const QJsonValue& v :
             f.parameters.value(QLatin1String("plan")).toObject().value(QLatin1String("audio_mutes")).toArray()) {
            const QJsonObject mute = v.toObject();
            h += row({tr("audio"), tr("muted"), enc(mute.value(QLatin1String("reason")).toString()),
                      QStringLiteral("%1–%2")
                          .arg(mute.value(QLatin1String("from")).toDouble(), 0, 'f', 2)
                          .arg(mute.value(QLatin1String("to")).toDouble(), 0, 'f', 2),
                      QString(), QString()});
        }
        h += QStringLiteral("</table>");
        const QJsonObject uncovered = f.parameters.value(QLatin1String("uncovered_detections")).toObject();
        if (!uncovered.isEmpty()) {
            QStringList frames;
            for (const QJsonValue& v : uncovered.value(QLatin1String("frames")).toArray())
                frames << QString::number(v.toInt());
            h += QStringLiteral("<p>%1</p>")
                     .arg(enc(tr("Rendered although a detector found a face no region covers in frames %1 "
                                 "(confirmed by %2 at %3).")
                                  .arg(frames.join(QStringLiteral(", ")),
                                       uncovered.value(QLatin1String("confirmed_by")).toString(),
                                       uncovered.value(QLatin1String("confirmed_at")).toString())));
        }
    }
    if (!anyRedaction)
        h += QStringLiteral("<p>%1</p>").arg(enc(tr("No redacted derivatives in this package.")));
    return h;
}

// The hash of every file, the custody table and the approval.
QString CaseReport::filesAndCustodySection(const PackageModel& m)
{
    const Release& r = m.release;
    QString h;
    h += QStringLiteral("<h2>%1</h2><table border='1' cellspacing='0' cellpadding='2' width='100%'>")
             .arg(enc(tr("Files and their SHA-256")));
    h += row({tr("Exhibit"), tr("File"), tr("Bytes"), tr("SHA-256")}, true);
    for (const PackageFile& f : m.files)
        h += row({enc(f.exhibit), enc(f.path), QString::number(f.size),
                  QStringLiteral("<span style='font-size:7pt'>%1</span>").arg(enc(f.sha256))});
    h += QStringLiteral("</table><p>%1</p>")
             .arg(enc(tr("The package's own documents are listed with their hashes in SHA256SUMS and in the signed "
                         "manifest.json.")));

    h += QStringLiteral("<h2>%1</h2><table border='1' cellspacing='0' cellpadding='2' width='100%'>")
             .arg(enc(tr("Chain of custody")));
    h += row({tr("#"), tr("Time (UTC)"), tr("Who"), tr("What"), tr("Hash")}, true);
    for (const ChainEvent& e : m.custody)
        h += row({QString::number(e.seq), enc(e.at), enc(e.actor), enc(e.action),
                  QStringLiteral("<span style='font-size:7pt'>%1</span>").arg(enc(e.hash.left(16)))});
    h += QStringLiteral("</table>");
    h += QStringLiteral("<h2>%1</h2><p>%2</p>")
             .arg(enc(tr("Approval")),
                  enc(tr("Approved for release by %1 (legal) on %2. Reason: %3. The approval covers the content with "
                         "SHA-256 %4.")
                          .arg(r.decidedBy, r.decidedAt, r.decisionNote, r.contentSha256)));
    return h;
}

Result<QByteArray> CaseReport::pdf(const PackageModel& m)
{
    PdfPageSetup setup;
    setup.title = tr("Case report %1 — package %2").arg(m.caseReference, m.packageId);
    setup.creator = QStringLiteral("LP Desk %1").arg(m.toolVersion);
    setup.header = tr("LP Desk package %1 · %2").arg(m.packageId, m.caseReference);
    setup.footer
        = [&m](int page, int pages) { return tr("Package %1 · page %2 of %3").arg(m.packageId).arg(page).arg(pages); };
    for (auto it = m.stills.constBegin(); it != m.stills.constEnd(); ++it)
        setup.images.insert(QStringLiteral("still://") + it.key(), it.value());
    return PdfPages::render(html(m), setup);
}

void CaseReport::install()
{
    CaseReportRenderer::install(&CaseReport::pdf);
}

} // namespace lpdesk
