#include "pos/PosSlashDates.h"

#include <QRegularExpression>

namespace lpdesk {

Result<PosDateOrder> PosSlashDates::orderFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n.isEmpty() || n == QLatin1String("auto"))
        return PosDateOrder::Undecided;
    if (n == QLatin1String("mdy"))
        return PosDateOrder::MonthFirst;
    if (n == QLatin1String("dmy"))
        return PosDateOrder::DayFirst;
    return makeError(ErrorKind::Usage,
                     tr("The date order is mdy (month first: 3/14/2026), dmy (day first: 14/3/2026) or auto."));
}

QString PosSlashDates::orderName(PosDateOrder order)
{
    switch (order) {
    case PosDateOrder::MonthFirst:
        return QStringLiteral("mdy");
    case PosDateOrder::DayFirst:
        return QStringLiteral("dmy");
    case PosDateOrder::Undecided:
        break;
    }
    return {};
}

QString PosSlashDates::orderPattern(PosDateOrder order)
{
    switch (order) {
    case PosDateOrder::MonthFirst:
        return QStringLiteral("M/d/yyyy");
    case PosDateOrder::DayFirst:
        return QStringLiteral("d/M/yyyy");
    case PosDateOrder::Undecided:
        break;
    }
    return {};
}

bool PosSlashDates::looksLikeSlashDate(QStringView text)
{
    text = text.trimmed();
    qsizetype digits = 0;
    while (digits < text.size() && digits < 3 && text[digits].isDigit())
        ++digits;
    return digits >= 1 && digits <= 2 && digits < text.size() && text[digits] == QLatin1Char('/');
}

Result<PosSlashDateTime> PosSlashDates::read(const QString& raw, PosDateOrder order)
{
    // Date, then optionally a time: "3/14/2026", "3/14/2026 1:05:09 PM", "14/03/2026 13:05", "3/14/2026, 1:05 p.m.".
    static const QRegularExpression form(QStringLiteral(
        R"(^(\d{1,2})/(\d{1,2})/(\d{1,4})(?:(?:[ T]+|,\s*)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)"
        R"(\s*(?:([AaPp])\.?[Mm]\.?)?)?\z)"));
    const QString text = raw.trimmed();
    const QString shown = text.left(40);
    const auto m = form.match(text);
    if (!m.hasMatch())
        return failure(tr("\"%1\" is not a date and time").arg(shown));
    if (m.capturedLength(3) == 2)
        return failure(tr("the date \"%1\" has a two-digit year; only four-digit years are read (the century is not "
                          "guessed)")
                           .arg(shown));
    if (m.capturedLength(3) != 4)
        return failure(tr("\"%1\" is not a date (the year needs four digits)").arg(shown));
    if (order == PosDateOrder::Undecided)
        return failure(tr("the date \"%1\" could be month first or day first and the import does not say which "
                          "(choose the date order: month first or day first)")
                           .arg(shown));
    const int first = m.captured(1).toInt();
    const int second = m.captured(2).toInt();
    const bool monthFirst = order == PosDateOrder::MonthFirst;
    PosSlashDateTime out;
    out.date = QDate(m.captured(3).toInt(), monthFirst ? first : second, monthFirst ? second : first);
    if (!out.date.isValid())
        return failure(tr("\"%1\" is not a date read %2 (%3)")
                           .arg(shown, monthFirst ? tr("month first") : tr("day first"), orderPattern(order)));
    if (!m.hasCaptured(4))
        return out;
    int hour = m.captured(4).toInt();
    if (m.hasCaptured(8)) {
        // 12-hour clock: 12:xx AM is just after midnight, 12:xx PM just after noon; there is no hour 0 or 13.
        if (hour < 1 || hour > 12)
            return failure(tr("\"%1\" is not a 12-hour time: with AM or PM the hour is 1 to 12").arg(shown));
        const bool pm = m.captured(8).compare(QLatin1String("p"), Qt::CaseInsensitive) == 0;
        hour = hour % 12 + (pm ? 12 : 0);
    }
    out.time = QTime(hour, m.captured(5).toInt(), m.captured(6).toInt(),
                     m.captured(7).left(3).leftJustified(3, QLatin1Char('0')).toInt());
    if (!out.time.isValid())
        return failure(tr("\"%1\" is not a time of day").arg(shown));
    out.hasTime = true;
    return out;
}

void PosSlashDates::observe(QStringView text)
{
    if (!looksLikeSlashDate(text))
        return;
    static const QRegularExpression date(QStringLiteral(R"(^(\d{1,2})/(\d{1,2})/\d{4}(?!\d))"));
    const auto m = date.match(text.trimmed().toString());
    if (!m.hasMatch())
        return; // two-digit years and the like: refused by read(), and no evidence either way
    ++m_count;
    const int first = m.captured(1).toInt();
    const int second = m.captured(2).toInt();
    const auto isMonth = [](int v) { return v >= 1 && v <= 12; };
    const QString shown = text.trimmed().left(40).toString();
    if (first > 12 && isMonth(second)) {
        if (m_dayFirst++ == 0)
            m_firstDayFirst = shown;
    } else if (second > 12 && isMonth(first)) {
        if (m_monthFirst++ == 0)
            m_firstMonthFirst = shown;
    } else if (isMonth(first) && isMonth(second) && m_firstAmbiguous.isEmpty()) {
        m_firstAmbiguous = shown;
    }
}

Result<PosDateOrder> PosSlashDates::decide() const
{
    if (m_dayFirst > 0 && m_monthFirst > 0)
        return failure(
            tr("The journal writes its dates with slashes in both orders: \"%1\" can only be day first "
               "(d/M/yyyy) and \"%2\" only month first (M/d/yyyy); of its dates, %3 can only be day first and %4 "
               "only month first. "
               "A journal has one order, so this one cannot be read as it is.")
                .arg(m_firstDayFirst, m_firstMonthFirst)
                .arg(m_dayFirst)
                .arg(m_monthFirst));
    if (m_dayFirst > 0)
        return PosDateOrder::DayFirst;
    if (m_monthFirst > 0)
        return PosDateOrder::MonthFirst;
    if (!m_firstAmbiguous.isEmpty())
        return makeError(ErrorKind::Usage,
                         tr("Every date the journal writes with slashes (such as \"%1\"; %2 in all) could be month "
                            "first or day first, and LP Desk does not guess. Choose the date order: month first "
                            "(3/14/2026, as US tills write) or day first (14/3/2026, as UK tills write).")
                             .arg(m_firstAmbiguous)
                             .arg(m_count));
    return PosDateOrder::Undecided;
}

QString PosSlashDates::example(PosDateOrder order) const
{
    return order == PosDateOrder::DayFirst  ? m_firstDayFirst
        : order == PosDateOrder::MonthFirst ? m_firstMonthFirst
                                            : QString();
}

} // namespace lpdesk
