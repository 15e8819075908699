// An evidence item that is neither a picture nor a video — a DVR export's ZIP as received, its README, the vendor's
// player program — kept bit for bit as an exhibit. It is shown as what it is (its name as received, size, type and
// SHA-256), never as an empty black video of 00:00:00.000 and 0×0.
#pragma once

#include <QWidget>

class QLabel;

namespace lpdesk {

struct MediaRow;

class DocumentPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DocumentPanel(QWidget* parent = nullptr);

    void setMedia(const MediaRow& media);
    QString text() const;

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

private:
    QLabel* m_text;
    QLabel* m_details;
};

} // namespace lpdesk
