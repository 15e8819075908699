// lpdesk-cli: `my-work`, what waits for the signed-in person and their notifications (core/inbox/MyWork), the
// same list the GUI's home page shows.
#include "Cli.h"

#include "common/Time.h"
#include "db/CaseDatabase.h"
#include "inbox/MyWork.h"

namespace lpdesk {

namespace {

int cmdMyWork(Cli& cli, const CommandArgs& a)
{
    LP_CLI_DB(cli, db);
    MyWork work(db);
    // The list as it was before marking, so that what was news is still flagged unseen in this very output.
    auto overview = work.load();
    if (!overview)
        return cli.fail(overview.error());
    if (a.has(QStringLiteral("mark-seen")) && !overview->events.isEmpty())
        if (Status marked = work.markSeen(parseRfc3339(overview->events.first().at)); !marked)
            return cli.fail(marked.error());
    if (cli.json()) {
        cli.printJson(overview->toJson());
        return ExitOk;
    }
    QString section;
    for (const WorkItem& i : overview->items) {
        if (i.kind != section) {
            section = i.kind;
            cli.out(MyWork::sectionTitle(section) + u':');
        }
        QString line = QStringLiteral("  %1  %2  %3  %4")
                           .arg(i.id, i.caseReference.isEmpty() ? i.status : i.caseReference,
                                MyWork::ageText(i.ageSeconds), i.title);
        if (!i.note.isEmpty() && i.kind == QLatin1String("release_rejected"))
            line += QStringLiteral("  — ") + Cli::tr("%1: %2").arg(i.by, i.note);
        cli.out(line);
    }
    if (overview->items.isEmpty())
        cli.out(Cli::tr("Nothing waits for you."));
    cli.out(Cli::tr("Notifications: %1 unseen").arg(overview->unseen()));
    for (const WorkEvent& e : overview->events)
        cli.out(QStringLiteral("  %1 %2  %3")
                    .arg(e.seen ? QStringLiteral(" ") : QStringLiteral("*"), e.at, MyWork::eventText(e)));
    return ExitOk;
}

} // namespace

void registerWorkCommands(QList<Command>& c)
{
    c << Command {QStringLiteral("my-work"), QStringLiteral("[--mark-seen]"),
                  Cli::tr("what waits for you (open cases, release requests, decisions to make, exigent sign-offs, "
                          "overdue police requests) and your notifications; --mark-seen marks them seen"),
                  cmdMyWork};
}

} // namespace lpdesk
