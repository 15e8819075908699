#include "shell/ScreenshotTour.h"

#include "cases/CaseService.h"
#include "cases/CaseWorkspace.h"
#include "common/ScreenshotMode.h"
#include "inbox/InboxView.h"
#include "inbox/IncidentTableModel.h"
#include "inbox/MyWorkView.h"
#include "shell/MainWindow.h"

#include <QDir>
#include <QImage>
#include <QStackedWidget>
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
    m_window.resize(Width, Height);
    m_window.show();
    MyWorkView* myWork = m_window.myWork();
    if (myWork && (myWork->itemCount() > 0 || myWork->unseen() > 0)) {
        m_window.showMyWork();
        if (myWork->items()->topLevelItemCount() > 0)
            myWork->items()->setCurrentItem(myWork->items()->topLevelItem(0));
        QTimer::singleShot(kSettleMs, this, &ScreenshotTour::grabMyWork);
        return;
    }
    showInbox();
}

bool ScreenshotTour::save(QWidget* w, const QString& name)
{
    const QString path = QDir(m_dir).filePath(name);
    QImage image = w->grab().toImage();
    image.setText(QStringLiteral("Software"), QStringLiteral("LP Desk screenshot mode"));
    if (!image.save(path, "PNG")) {
        Q_EMIT finished(makeError(ErrorKind::Failed, tr("Cannot write the screenshots to %1.").arg(m_dir)));
        return false;
    }
    m_written << path;
    return true;
}

void ScreenshotTour::grabMyWork()
{
    if (save(&m_window, QStringLiteral("screenshot-my-work.png")))
        showInbox();
}

void ScreenshotTour::showInbox()
{
    if (InboxView* inbox = m_window.inbox()) {
        m_window.pages()->setCurrentWidget(inbox);
        if (inbox->model()->rowCount() > 0) {
            inbox->table()->setFocus();
            inbox->table()->setCurrentIndex(inbox->model()->index(0, 0));
        }
    }
    QTimer::singleShot(kSettleMs, this, &ScreenshotTour::grabInbox);
}

void ScreenshotTour::grabInbox()
{
    if (save(&m_window, QStringLiteral("screenshot-inbox.png")))
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
    workspace->resize(Width, Height);
    if (workspace->mediaTree()->topLevelItemCount() > 0)
        workspace->mediaTree()->setCurrentItem(workspace->mediaTree()->topLevelItem(0));
    QTimer::singleShot(kSettleMs, this, &ScreenshotTour::grabCase);
}

void ScreenshotTour::grabCase()
{
    if (!m_case) // closed before it was taken
        Q_EMIT finished(makeError(ErrorKind::Failed, tr("Cannot write the screenshots to %1.").arg(m_dir)));
    else if (save(m_case, QStringLiteral("screenshot-case.png")))
        Q_EMIT finished(Status {});
}

} // namespace lpdesk
