#include "shell/ScreenshotTour.h"

#include "cases/CaseService.h"
#include "cases/CaseWorkspace.h"
#include "common/ScreenshotMode.h"
#include "inbox/InboxView.h"
#include "inbox/IncidentTableModel.h"
#include "shell/MainWindow.h"

#include <QDir>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>

namespace lpdesk {

namespace {
// Thumbnails and the first frame load in the background; this is ample on a laptop and costs nothing in a test.
constexpr int kSettleMs = 1500;
} // namespace

ScreenshotTour::ScreenshotTour(MainWindow& window, QString dir, QObject* parent)
    : QObject(parent), m_window(window), m_dir(std::move(dir))
{ }

void ScreenshotTour::start()
{
    ScreenshotMode::setOn(true);
    if (!QDir().mkpath(m_dir)) {
        Q_EMIT finished(makeError(ErrorKind::Failed, tr("Cannot create the folder %1.").arg(m_dir)));
        return;
    }
    m_window.show();
    if (InboxView* inbox = m_window.inbox(); inbox && inbox->model()->rowCount() > 0) {
        inbox->table()->setFocus();
        inbox->table()->setCurrentIndex(inbox->model()->index(0, 0));
    }
    QTimer::singleShot(kSettleMs, this, &ScreenshotTour::grabInbox);
}

bool ScreenshotTour::save(QWidget* w, const QString& name)
{
    const QString path = QDir(m_dir).filePath(name);
    if (!w->grab().save(path, "PNG"))
        return false;
    m_written << path;
    return true;
}

void ScreenshotTour::grabInbox()
{
    if (!save(&m_window, QStringLiteral("screenshot-inbox.png"))) {
        Q_EMIT finished(makeError(ErrorKind::Failed, tr("Cannot write the screenshots to %1.").arg(m_dir)));
        return;
    }
    openCase();
}

void ScreenshotTour::openCase()
{
    if (!m_window.inbox()) { // a role without cases
        Q_EMIT finished(Status {});
        return;
    }
    auto cases = CaseService(m_window.database()).list();
    if (!cases || cases->isEmpty()) {
        Q_EMIT finished(Status {});
        return;
    }
    CaseWorkspace* workspace = m_window.openCase(cases->first().id);
    m_case = workspace;
    if (workspace->mediaTree()->topLevelItemCount() > 0)
        workspace->mediaTree()->setCurrentItem(workspace->mediaTree()->topLevelItem(0));
    QTimer::singleShot(kSettleMs, this, &ScreenshotTour::grabCase);
}

void ScreenshotTour::grabCase()
{
    if (!m_case || !save(m_case, QStringLiteral("screenshot-case.png"))) {
        Q_EMIT finished(makeError(ErrorKind::Failed, tr("Cannot write the screenshots to %1.").arg(m_dir)));
        return;
    }
    Q_EMIT finished(Status {});
}

} // namespace lpdesk
