// lpdesk-cli: `kpi cases`, the cases behind one KPI figure — what the dashboard lists when a number is clicked.
// Registered by registerProgramCommands, right after `kpi` (CommandsProgram.cpp), with the same filters.
#include "Cli.h"

#include "db/CaseDatabase.h"
#include "metrics/KpiCasesBehind.h"

namespace lpdesk {

namespace {

// "36h00m", as `kpi` prints times.
QString hoursMinutes(double s)
{
    const qint64 v = qRound64(s);
    return QStringLiteral("%1h%2m").arg(v / 3600).arg((v % 3600) / 60, 2, 10, QLatin1Char('0'));
}

// The figure itself: seconds for the MTTR, a count of cases, else a rate.
QString figureText(const KpiCaseList& list)
{
    if (!list.value)
        return QStringLiteral("-");
    if (list.kpi == QLatin1String("mttr") || list.kpi == QLatin1String("mttr_p90"))
        return hoursMinutes(*list.value);
    if (list.kpi == QLatin1String("cases"))
        return QString::number(list.population);
    return QStringLiteral("%1%").arg(*list.value * 100.0, 0, 'f', 1);
}

void printCaseLine(Cli& cli, const KpiCaseList& list, const KpiCaseLine& line)
{
    QStringList what;
    if (line.seconds)
        what << hoursMinutes(*line.seconds);
    if (list.kpi == QLatin1String("completeness"))
        what << (line.missing.isEmpty() ? Cli::tr("complete")
                                        : Cli::tr("missing: %1").arg(line.missing.join(QStringLiteral(", "))));
    else if (list.kpi == QLatin1String("mttr_p90") && line.counted)
        what << Cli::tr("at or above p90");
    else if (list.kpi == QLatin1String("followup"))
        what << (line.counted ? Cli::tr("followed up") : Cli::tr("no follow-up within 30 days"));
    else if (list.kpi == QLatin1String("closure"))
        what << (line.counted ? Cli::tr("closed") : Cli::tr("open"));
    else if (list.kpi == QLatin1String("repeat"))
        what << Cli::tr("incident %1 repeats within 30 days").arg(line.incidentId);
    cli.out(QStringLiteral("%1  %2  %3  %4  %5")
                .arg((line.caseId.isEmpty() ? QStringLiteral("-") : line.caseId).leftJustified(10),
                     line.store.leftJustified(10), line.day.toString(Qt::ISODate), line.type.leftJustified(14),
                     what.join(QStringLiteral("; "))));
}

int cmdKpiCases(Cli& cli, const CommandArgs& a)
{
    KpiFilter f;
    if (const QString wrong = readKpiFilter(a, &f); !wrong.isEmpty())
        return cli.usage(wrong);
    if (a.has(QStringLiteral("period"))) {
        if (a.has(QStringLiteral("from")) || a.has(QStringLiteral("to")))
            return cli.usage(Cli::tr("give --period or --from/--to, not both"));
        if (!KpiCasesBehind::periodDates(a.value(QStringLiteral("period")), &f.from, &f.to))
            return cli.usage(Cli::tr("--period takes a day, week, month or quarter: 2026-03-14, 2026-W11, 2026-03 "
                                     "or 2026-Q1"));
    }
    LP_CLI_DB(cli, db);
    auto list = KpiCasesBehind(db).list(f, a.value(QStringLiteral("kpi")), a.value(QStringLiteral("group")));
    if (!list)
        return cli.fail(list.error());
    if (cli.json()) {
        cli.printJson(list->toJson());
        return ExitOk;
    }
    cli.out(
        Cli::tr("%1%2: %3 (%4 of %5 counted)")
            .arg(list->kpi, list->group.isEmpty() ? QString() : QStringLiteral(" ") + list->group, figureText(*list))
            .arg(list->counted)
            .arg(list->population));
    for (const KpiCaseLine& line : list->lines)
        printCaseLine(cli, *list, line);
    return ExitOk;
}

} // namespace

QString readKpiFilter(const CommandArgs& a, KpiFilter* f)
{
    for (const auto& [flag, date] :
         {std::pair<QString, QDate*> {QStringLiteral("from"), &f->from}, {QStringLiteral("to"), &f->to}}) {
        if (!a.has(flag))
            continue;
        *date = QDate::fromString(a.value(flag), Qt::ISODate);
        if (!date->isValid())
            return Cli::tr("--%1 takes a date, YYYY-MM-DD (the store's local date)").arg(flag);
    }
    f->store = a.value(QStringLiteral("store"));
    f->region = a.value(QStringLiteral("region"));
    f->by = a.value(QStringLiteral("by"));
    if (!f->store.isEmpty() && !f->region.isEmpty())
        return Cli::tr("give --store or --region, not both");
    return {};
}

void registerKpiCaseCommands(QList<Command>& c)
{
    c << Command {QStringLiteral("kpi cases"),
                  QStringLiteral("--kpi cases|mttr|mttr_p90|completeness|followup|closure|repeat [--from D --to D] "
                                 "[--period P] [--store S | --region R] [--by day|week|month|quarter|store|region] "
                                 "[--group KEY]"),
                  Cli::tr("the cases behind one KPI figure (of the whole filter, or of one --by group): times to "
                          "report, missing checklist items, follow-up, closure; repeat: the repeat incidents"),
                  cmdKpiCases};
}

} // namespace lpdesk
