#include "model/IncidentTaxonomy.h"

namespace lpdesk::IncidentTaxonomy {

const QStringList& types()
{
    static const QStringList types {QStringLiteral("shoplifting"), QStringLiteral("organized_retail_crime"),
                                    QStringLiteral("robbery"),     QStringLiteral("burglary"),
                                    QStringLiteral("assault"),     QStringLiteral("threat"),
                                    QStringLiteral("fraud"),       QStringLiteral("return_fraud"),
                                    QStringLiteral("vandalism"),   QStringLiteral("trespass"),
                                    QStringLiteral("other")};
    return types;
}

const QStringList& triggers()
{
    static const QStringList t {QStringLiteral("pos_exception"), QStringLiteral("door_sensor"),
                                QStringLiteral("panic_button"),  QStringLiteral("staff_report"),
                                QStringLiteral("analytics"),     QStringLiteral("other")};
    return t;
}

} // namespace lpdesk::IncidentTaxonomy
