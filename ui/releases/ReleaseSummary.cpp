#include "releases/ReleaseSummary.h"

#include "cases/CaseService.h"
#include "cases/MediaLibrary.h"
#include "common/CustodyWords.h"
#include "common/LocaleText.h"
#include "common/MediaWords.h"
#include "common/StateLabels.h"
#include "common/Theme.h"
#include "common/Time.h"
#include "custody/ChainReader.h"
#include "custody/CustodyLog.h"
#include "db/CaseDatabase.h"
#include "export/ReleaseService.h"
#include "player/DocumentPanel.h"
#include "pos/PosService.h"
#include "statements/StatementService.h"

#include <QLocale>
#include <QSqlDatabase>
#include <QTimeZone>

namespace lpdesk {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

// POS transactions as a table, one line each: the transaction's number,
// register, time at the store and amount; the customer data each holds
// (withheld unless legal allows it) is added to `customer` when given.
QString posTable(CaseDatabase& db, const QString& heading, const QStringList& ids, const QString& withheld,
                 QString* customer)
{
    if (ids.isEmpty())
        return {};
    QString rows;
    for (const QString& id : ids) {
        auto t = PosService(db).transaction(id);
        if (!t) {
            rows += QStringLiteral("<tr><td colspan='4'>%1</td></tr>")
                        .arg(esc(ReleaseSummary::tr("A POS transaction that cannot be read.")));
            continue;
        }
        // The time at the store: the zone the import applied, or the offset the
        // register wrote.
        QTimeZone zone(t->zoneApplied.toUtf8());
        if (!zone.isValid()) {
            const QDateTime written = QDateTime::fromString(t->beginRaw, Qt::ISODateWithMs);
            zone = written.isValid() ? QTimeZone(written.offsetFromUtc()) : QTimeZone::utc();
        }
        const QDateTime begin = parseRfc3339(t->beginUtc);
        const QString time = begin.isValid() ? shown::dateTime(begin, zone, false) : t->beginRaw;
        const QString amount = QStringLiteral("%1 %2").arg(t->currency, shown::money(t->total, t->exponent));
        const QString number = t->voided ? ReleaseSummary::tr("#%1 (voided)").arg(t->sequence)
                                         : ReleaseSummary::tr("#%1").arg(t->sequence);
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td "
                               "align='right'>%4</td></tr>")
                    .arg(esc(number), esc(t->registerId), esc(time), esc(amount));
        if (!customer)
            continue;
        for (const PosLineItem& l : t->lines)
            if (!l.cardLast4.isEmpty())
                *customer += withheld.arg(esc(ReleaseSummary::tr("#%1: card •••• %2 (withheld unless customer data "
                                                                 "is allowed)")
                                                  .arg(t->sequence, l.cardLast4)))
                    + QStringLiteral("<br>");
        if (!t->loyaltyId.isEmpty())
            *customer += withheld.arg(esc(ReleaseSummary::tr("#%1: loyalty id %2 (withheld unless customer data is "
                                                             "allowed)")
                                              .arg(t->sequence, t->loyaltyId)))
                + QStringLiteral("<br>");
    }
    return QStringLiteral("<h4>%1</h4><table cellspacing='0' "
                          "cellpadding='3'><tr><th align='left'>%2</th>"
                          "<th align='left'>%3</th><th align='left'>%4</th><th "
                          "align='right'>%5</th></tr>%6</table>")
        .arg(esc(heading), esc(ReleaseSummary::tr("Transaction")), esc(ReleaseSummary::tr("Register")),
             esc(ReleaseSummary::tr("Time at the store")), esc(ReleaseSummary::tr("Amount")), rows);
}

// The release's POS transactions, then those linked to the case that the
// request leaves out (legal sees both).
QString posSection(CaseDatabase& db, const Release& r, const QStringList& released, const QString& withheld)
{
    QStringList left;
    if (auto linked = PosService(db).linked(r.caseId))
        for (const LinkedTransaction& t : *linked)
            if (!released.contains(t.id))
                left << t.id;
    QString customer;
    QString h = posTable(
        db, ReleaseSummary::tr("POS transactions in this release (%n)", nullptr, static_cast<int>(released.size())),
        released, withheld, &customer);
    if (!customer.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(customer);
    h += posTable(db,
                  ReleaseSummary::tr("POS transactions linked to the case but not in this release (%n)", nullptr,
                                     static_cast<int>(left.size())),
                  left, withheld, nullptr);
    return h;
}

// The summary, part by part, as ReleaseSummary::html() puts it together.

// Who asked for the release, for whom, and what became of it.
QString requestSection(CaseDatabase& db, const Release& r, const QString& alert)
{
    QString h;
    QString caseLine = ReleaseSummary::tr("A case that cannot be read");
    if (auto c = CaseService(db).show(r.caseId))
        caseLine = QStringLiteral("%1 — %2").arg(c->reference, c->title);
    h += QStringLiteral("<h3>%1</h3>").arg(esc(caseLine));
    h += QStringLiteral("<p><b>%1</b> %2<br>")
             .arg(esc(ReleaseSummary::tr("State:")), esc(StateLabels::releaseState(r.state)));
    h += ReleaseSummary::tr("Requested by %1 on %2").arg(esc(r.requestedBy), esc(ReleaseSummary::when(r.requestedAt)));
    if (!r.recipient.isEmpty())
        h += QStringLiteral("<br>") + esc(ReleaseSummary::tr("For: %1").arg(r.recipient));
    h += QStringLiteral("<br>") + esc(ReleaseSummary::tr("Note: %1").arg(r.note));
    if (!r.decidedBy.isEmpty())
        h += QStringLiteral("<br>")
            + esc(ReleaseSummary::tr("Decided by %1 on %2: %3")
                      .arg(r.decidedBy, ReleaseSummary::when(r.decidedAt), r.decisionNote));
    if (!r.voidReason.isEmpty())
        h += QStringLiteral("<br><span style='%1'>%2</span>")
                 .arg(alert, esc(ReleaseSummary::tr("Void: %1").arg(r.voidReason)));
    if (!r.receipt.isEmpty()) {
        const QJsonObject receipt = r.receipt.value(QLatin1String("receipt")).toObject();
        h += QStringLiteral("<br><b>%1</b>")
                 .arg(esc(ReleaseSummary::tr("Delivered to %1: report number %2, received %3")
                              .arg(r.receipt.value(QLatin1String("agency_id")).toString(),
                                   receipt.value(QLatin1String("report_number")).toString(),
                                   receipt.value(QLatin1String("received_at")).toString())));
    }
    if (!r.packageId.isEmpty())
        h += QStringLiteral("<br>")
            + esc(ReleaseSummary::tr("Exported as package %1 on %2")
                      .arg(r.packageId, ReleaseSummary::when(r.exportedAt)));
    h += QStringLiteral("</p>");
    return h;
}

QString mediaEntry(CaseDatabase& db, const MediaRow& m, const QString& muted)
{
    if (DocumentPanel::isDocument(m)) {
        // A file kept as received (a DVR export's ZIP, its README): no
        // duration, no picture size.
        return QStringLiteral("<p><b>%1</b><br><span style='%2'>%3</span></p>")
            .arg(esc(ReleaseSummary::tr("Document: %1").arg(DocumentPanel::name(m))), muted,
                 esc(ReleaseSummary::tr("%1, %2, SHA-256 %3")
                         .arg(DocumentPanel::type(m), QLocale().formattedDataSize(m.plaintextSize),
                              DocumentPanel::shaPrefix(m))));
    }
    const QString size = MediaWords::isStill(m)
        ? ReleaseSummary::tr("picture %1×%2")
              .arg(m.operationParams.value(QLatin1String("width")).toInt())
              .arg(m.operationParams.value(QLatin1String("height")).toInt())
        : ReleaseSummary::tr("%1, %2×%3").arg(formatClock(m.duration)).arg(m.width).arg(m.height);
    return QStringLiteral("<p><b>%1</b><br>%2<br><span style='%3'>%4</span></p>")
        .arg(esc(MediaWords::title(m)), esc(MediaWords::lineage(db, m)), muted,
             esc(ReleaseSummary::tr("%1, SHA-256 %2").arg(size, m.sha256)));
}

// withheld: how to show what is withheld unless the release allows it ("%1" for the text).
QString statementEntry(const Statement& s, const QString& withheld)
{
    QString h;
    QString who = esc(s.author);
    if (s.anonymous)
        who = withheld.arg(esc(
            ReleaseSummary::tr("%1 (anonymous; released as %2 unless names are allowed)").arg(s.author, s.pseudonym)));
    h += QStringLiteral("<p><b>%1</b> %2, %3<br>")
             .arg(esc(ReleaseSummary::tr("Statement v%1 by").arg(s.version)), who, esc(s.role));
    if (!s.contact.isEmpty())
        h += esc(ReleaseSummary::tr("Contact:")) + QLatin1Char(' ')
            + withheld.arg(esc(ReleaseSummary::tr("%1 (withheld unless contacts are allowed)").arg(s.contact)))
            + QStringLiteral("<br>");
    h += QStringLiteral("<i>%1</i></p>").arg(esc(s.text).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    return h;
}

// The case's chain of custody: verified, and its most recent events.
QString custodySection(CaseDatabase& db, const Release& r, const QString& alert)
{
    QString h;
    const QString chain = CustodyLog::caseChain(r.caseId);
    ChainReader custody(db);
    if (auto report = custody.verifyCustody(chain)) {
        h += QStringLiteral("<h4>%1</h4><p>%2</p>")
                 .arg(esc(ReleaseSummary::tr("Chain of custody")),
                      report->ok()
                          ? esc(ReleaseSummary::tr("Intact: %n event(s), %1 signed checkpoint(s).", nullptr,
                                                   static_cast<int>(report->chain.events))
                                    .arg(report->checkpoints))
                          : QStringLiteral("<span style='%1'>%2</span>")
                                .arg(alert, esc(ReleaseSummary::tr("BROKEN: %1").arg(report->chain.summary()))));
    }
    if (auto events = custody.custodyEvents(chain)) {
        h += QStringLiteral("<ul>");
        const qsizetype from = std::max<qsizetype>(0, events->size() - 12);
        for (qsizetype i = from; i < events->size(); ++i)
            h += QStringLiteral("<li>%1</li>").arg(esc(CustodyWords::sentence(events->at(i))));
        h += QStringLiteral("</ul>");
    }
    return h;
}

} // namespace

QString ReleaseSummary::when(const QString& utc)
{
    const QDateTime t = parseRfc3339(utc);
    return t.isValid() ? formatInZone(t, QTimeZone::systemTimeZone()) : utc;
}

QString ReleaseSummary::html(CaseDatabase& db, const Release& r, const QPalette& palette)
{
    const QString alert = Theme::css(Theme::Status::Alert, palette);
    const QString muted = Theme::css(Theme::Status::Muted, palette);
    QString h = requestSection(db, r, alert);
    const QString withheld = QStringLiteral("<span style='%1'>%2</span>")
                                 .arg(Theme::css(Theme::warningBanner(palette)), QStringLiteral("%1"));
    QStringList pos; // listed together after the media and statements
    for (const ReleaseItem& item : r.items) {
        if (item.kind == QLatin1String("media")) {
            if (auto m = MediaLibrary(db).get(item.id))
                h += mediaEntry(db, *m, muted);
        } else if (item.kind == QLatin1String("statement")) {
            if (auto s = StatementService(db).get(item.id))
                h += statementEntry(*s, withheld);
        } else if (item.kind == QLatin1String("pos")) {
            pos << item.id;
        }
    }
    h += posSection(db, r, pos, withheld);
    h += QStringLiteral("<p style='%1'>%2</p>").arg(muted, esc(tr("Content SHA-256 %1").arg(r.contentSha256)));
    h += custodySection(db, r, alert);
    return h;
}

} // namespace lpdesk
