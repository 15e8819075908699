// An evidence item that is neither a picture nor a video — a DVR export's ZIP as received, its README, the vendor's
// player program — kept bit for bit as an exhibit. It is shown as what it is (its name as received, size, type and
// SHA-256), never as an empty black video of 00:00:00.000 and 0×0. An investigator or legal may export a copy on
// purpose (decrypted to the chosen file, checked against the master's SHA-256, recorded in custody) and read a text
// or a picture here without a copy.
#pragma once

#include "inbox/IncidentInbox.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace lpdesk {

class CaseDatabase;

class DocumentPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DocumentPanel(CaseDatabase& db, QWidget* parent = nullptr);

    void setMedia(const MediaRow& media, const QString& caseId = {});
    QString text() const;
    QPushButton* exportButton() const { return m_export; }
    QPushButton* viewButton() const { return m_view; }
    // What the last export said ("Exported a copy to …, SHA-256 checked" or why not).
    QString statusText() const;

    // What the importer kept as a document (core media type "document": FFmpeg could not read it as media).
    static bool isDocument(const MediaRow& media);
    // The file's name as received ("export.zip!README.txt" for a file unpacked from an archive).
    static QString name(const MediaRow& media);
    // Its type in words ("ZIP archive", "plain text document"), from the name's extension, or "unknown type".
    static QString type(const MediaRow& media);
    // "Document: README.txt, 1.2 KB, plain text document — not a picture or video".
    static QString sentence(const MediaRow& media);
    // The start of its SHA-256, enough to match it against the full hash in a report or a manifest.
    static QString shaPrefix(const MediaRow& media);
    // Text and pictures open in LP Desk's own view; anything else is exported to be opened elsewhere.
    static bool canView(const MediaRow& media);

public Q_SLOTS:
    // Writes the copy in the background (the button asks where first); exportFinished follows.
    bool exportCopyTo(const QString& path);
    // The in-app view of a text or a picture (a window of this one), or nullptr with the reason in a message.
    QWidget* showView();

Q_SIGNALS:
    void exportFinished(bool ok);

private:
    void chooseAndExport();

    CaseDatabase& m_db;
    MediaRow m_media;
    QString m_caseId;
    QLabel* m_text;
    QLabel* m_details;
    QLabel* m_status;
    QPushButton* m_export;
    QPushButton* m_view;
};

} // namespace lpdesk
