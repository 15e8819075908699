// A case database whose window has gone while background jobs still use it (they did not stop within the window's
// wait): it closes, on the UI thread, as soon as its last job has ended, and never under a job.
#pragma once

#include <QObject>

#include <memory>

namespace lpdesk {

class CaseDatabase;

class ClosingDatabase : public QObject
{
    Q_OBJECT
public:
    // Stops db's jobs (they are cancelled) and closes it once none runs: at once when none does.
    static void closeWhenIdle(std::unique_ptr<CaseDatabase> db);
    // Databases still waiting for their jobs (tests, and a log line at exit).
    static int waiting();

private:
    explicit ClosingDatabase(std::unique_ptr<CaseDatabase> db);
    ~ClosingDatabase() override;

    std::unique_ptr<CaseDatabase> m_db;
};

} // namespace lpdesk
