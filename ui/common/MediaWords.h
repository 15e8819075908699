// Evidence items in words: what an item is and what it was made from ("Redacted copy (2 regions: bystander,
// minor) of the original clip from cam-entrance, by ivy at 15:07"), instead of ids and parameter JSON.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace lpdesk {

class CaseDatabase;
struct MediaRow;

class MediaWords
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::MediaWords)

public:
    // Short name: "Original clip, cam-entrance", "Redacted copy, cam-entrance", "Still, cam-entrance".
    static QString title(const MediaRow& media);
    // What was done to make it, and from what (follows the lineage to the original).
    static QString lineage(CaseDatabase& db, const MediaRow& media);
    // A redaction region's style as a person says it: "blurred", "pixelated", "filled" (stored: blur, pixelate, fill).
    static QString regionStyle(const QString& style);
    static bool isRedacted(const MediaRow& media);
    static bool isStill(const MediaRow& media);
};

} // namespace lpdesk
