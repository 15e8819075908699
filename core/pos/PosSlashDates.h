// Dates written with slashes, as US tills write them (3/14/2026, month first) and UK and most other tills
// (14/03/2026, day first). Which one a journal uses is decided once for the whole journal, never guessed per row:
// the person importing says so, or the journal's own dates do (a first field over 12 can only be a day, a second
// over 12 only a month). A journal whose dates say both, or none, is refused with the reason.
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QTime>

namespace lpdesk {

enum class PosDateOrder {
    Undecided, // not given: told by the journal's dates, or refused
    MonthFirst, // M/d/yyyy ("mdy")
    DayFirst, // d/M/yyyy ("dmy")
};

// A slash date and the time that may follow it (24-hour, or 12-hour with AM/PM).
struct PosSlashDateTime
{
    QDate date;
    QTime time;
    bool hasTime = false;
};

class PosSlashDates
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::PosSlashDates)

public:
    // "mdy", "dmy"; "auto" or empty = Undecided.
    static Result<PosDateOrder> orderFromName(const QString& name);
    static QString orderName(PosDateOrder order); // "mdy", "dmy" or empty
    static QString orderPattern(PosDateOrder order); // "M/d/yyyy", "d/M/yyyy"

    // True when the text starts like a slash date ("3/14…", "14/03/…"); read() then says what it is.
    static bool looksLikeSlashDate(QStringView text);
    // The text read in `order`: a date, optionally followed by a time ("3/14/2026 1:05:09 PM", "14/03/2026 13:05").
    // Refused, with the reason: a two-digit year (the century is not guessed), an undecided order, a date that does
    // not exist in that order, a 12-hour time outside 1–12.
    static Result<PosSlashDateTime> read(const QString& text, PosDateOrder order);

    // Every date field of a journal goes through here; only slash dates with four-digit years count.
    void observe(QStringView text);
    qint64 count() const { return m_count; }
    // The journal's order: Undecided when it has no slash dates; an error when its dates say both orders, or when
    // every one of them could be either (then the order must be given).
    Result<PosDateOrder> decide() const;
    // A date of the journal that can only be read in `order` (empty when there is none).
    QString example(PosDateOrder order) const;

private:
    qint64 m_count = 0;
    qint64 m_dayFirst = 0;
    qint64 m_monthFirst = 0;
    QString m_firstDayFirst;
    QString m_firstMonthFirst;
    QString m_firstAmbiguous;
};

} // namespace lpdesk
