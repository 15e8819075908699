// The line at the top of the case window that says what the person just did there ("Release requested: legal reviews
// it under Releases"). A word-wrapped QLabel asks for the height of its text wrapped to a quarter of 80 characters,
// four lines or more for one sentence, and a window that honours that hint wastes a fifth of a 720-px screen on it:
// this one asks for the height of its text at the width it is given, one line at 1280 px, two when narrower.
#pragma once

#include <QLabel>

namespace lpdesk {

class ReleaseBanner : public QLabel
{
    Q_OBJECT
public:
    explicit ReleaseBanner(QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    int availableWidth() const;
};

} // namespace lpdesk
