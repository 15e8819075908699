// Legal's review of one release, in a window of its own (never modal: the case and the inbox stay usable):
// every item of the release in a list; a clip plays beside the clip it was made from with the redaction regions
// outlined and their reasons listed; stills are pictures; the summary page shows the statements and POS records
// as they will leave and the custody chain in words; the decision is taken at the bottom.
#pragma once

#include <QWidget>

class QListWidget;
class QStackedWidget;
class QTextBrowser;

namespace lpdesk {

class CaseDatabase;
struct MediaRow;
class ClipReviewPane;
class ReleaseDecisionBox;

class ReleaseReviewWindow : public QWidget
{
    Q_OBJECT
public:
    ReleaseReviewWindow(CaseDatabase& db, const QString& releaseId, QWidget* parent = nullptr);

    QString releaseId() const { return m_id; }
    QListWidget* items() const { return m_items; }
    ReleaseDecisionBox* decision() const { return m_decision; }
    QTextBrowser* summary() const { return m_summary; }
    // The pane of the first clip in the release that is a redacted copy (nullptr when there is none).
    ClipReviewPane* firstRedactedClip() const;
    void reload();

Q_SIGNALS:
    void decided(const QString& releaseId, bool approved);

private:
    // The steps of the constructor: the list of items beside their pages, the decision below; a page for each
    // media item; the first redacted clip shown.
    void layOut();
    void addMediaPage(const MediaRow& m, const QString& caseId);
    void openOnFirstRedactedClip();

    CaseDatabase& m_db;
    QString m_id;
    QListWidget* m_items;
    QStackedWidget* m_pages;
    QTextBrowser* m_summary;
    ReleaseDecisionBox* m_decision;
};

} // namespace lpdesk
