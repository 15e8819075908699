#include "program/ProgramWords.h"

#include "common/StateLabels.h"
#include "common/Time.h"

#include <QDateTime>
#include <QTimeZone>

namespace lpdesk {

QString ProgramWords::requestKind(const QString& v)
{
    if (v == QLatin1String("subpoena"))
        return tr("Subpoena");
    if (v == QLatin1String("court_order"))
        return tr("Court order");
    if (v == QLatin1String("warrant"))
        return tr("Warrant");
    if (v == QLatin1String("exigent"))
        return tr("Exigent request");
    if (v == QLatin1String("informal"))
        return tr("Informal request");
    return v;
}

QString ProgramWords::followUpKind(const QString& v)
{
    if (v == QLatin1String("contact"))
        return tr("Police contact");
    if (v == QLatin1String("arrest"))
        return tr("Arrest made");
    if (v == QLatin1String("charged"))
        return tr("Charges filed");
    if (v == QLatin1String("recovered"))
        return tr("Goods recovered");
    if (v == QLatin1String("closed"))
        return tr("Closed by the police");
    return v;
}

QString ProgramWords::holdTarget(const QString& v)
{
    if (v == QLatin1String("case"))
        return tr("Case");
    if (v == QLatin1String("incident"))
        return tr("Incident");
    return v;
}

QString ProgramWords::countedFrom(const QString& v)
{
    if (v == QLatin1String("incident"))
        return tr("the incident");
    if (v == QLatin1String("closure"))
        return tr("the case's closure");
    return v;
}

QString ProgramWords::evidenceKind(const QString& v)
{
    if (v == QLatin1String("original"))
        return tr("Original recordings");
    if (v == QLatin1String("derivative"))
        return tr("Derivatives (trims, redactions)");
    if (v == QLatin1String("still"))
        return tr("Stills");
    if (v == QLatin1String("pos_journal"))
        return tr("POS journals (imported originals)");
    return StateLabels::incidentType(v);
}

QString ProgramWords::time(const QString& utc)
{
    if (utc.isEmpty())
        return {};
    const QDateTime t = parseRfc3339(utc);
    return t.isValid() ? formatInZone(t, QTimeZone::systemTimeZone()) : utc;
}

} // namespace lpdesk
