#include "common/StateLabels.h"

namespace lpdesk {

namespace {

// A value this build does not know (a newer store or database) shows as stored, with spaces; in English every
// label reads like that.
QString asStored(const QString& value)
{
    return QString(value).replace(QLatin1Char('_'), QLatin1Char(' '));
}

} // namespace

QString StateLabels::caseStatus(const QString& value)
{
    if (value == QLatin1String("open"))
        return tr("open");
    if (value == QLatin1String("ready_for_review"))
        return tr("ready for review");
    if (value == QLatin1String("released"))
        return tr("released");
    if (value == QLatin1String("closed"))
        return tr("closed");
    return asStored(value);
}

QString StateLabels::releaseState(const QString& value)
{
    if (value == QLatin1String("pending"))
        return tr("pending");
    if (value == QLatin1String("approved"))
        return tr("approved");
    if (value == QLatin1String("rejected"))
        return tr("rejected");
    if (value == QLatin1String("void"))
        return tr("void");
    if (value == QLatin1String("exported"))
        return tr("exported");
    return asStored(value);
}

QString StateLabels::submissionState(const QString& value)
{
    if (value == QLatin1String("queued"))
        return tr("queued");
    if (value == QLatin1String("sending"))
        return tr("sending");
    if (value == QLatin1String("waiting"))
        return tr("waiting");
    if (value == QLatin1String("delivered"))
        return tr("delivered");
    if (value == QLatin1String("failed"))
        return tr("failed");
    if (value == QLatin1String("cancelled"))
        return tr("cancelled");
    return asStored(value);
}

QString StateLabels::incidentType(const QString& value)
{
    if (value == QLatin1String("shoplifting"))
        return tr("shoplifting");
    if (value == QLatin1String("organized_retail_crime"))
        return tr("organized retail crime");
    if (value == QLatin1String("robbery"))
        return tr("robbery");
    if (value == QLatin1String("burglary"))
        return tr("burglary");
    if (value == QLatin1String("assault"))
        return tr("assault");
    if (value == QLatin1String("threat"))
        return tr("threat");
    if (value == QLatin1String("fraud"))
        return tr("fraud");
    if (value == QLatin1String("return_fraud"))
        return tr("return fraud");
    if (value == QLatin1String("vandalism"))
        return tr("vandalism");
    if (value == QLatin1String("trespass"))
        return tr("trespass");
    if (value == QLatin1String("other"))
        return tr("other");
    return asStored(value);
}

QString StateLabels::trigger(const QString& value)
{
    if (value == QLatin1String("pos_exception"))
        return tr("pos exception");
    if (value == QLatin1String("door_sensor"))
        return tr("door sensor");
    if (value == QLatin1String("panic_button"))
        return tr("panic button");
    if (value == QLatin1String("staff_report"))
        return tr("staff report");
    if (value == QLatin1String("analytics"))
        return tr("analytics");
    if (value == QLatin1String("other"))
        return tr("other");
    return asStored(value);
}

} // namespace lpdesk
