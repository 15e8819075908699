#include "pos/PosTransaction.h"

namespace lpdesk {

QString PosTransaction::kindName(PosLineItem::Kind kind)
{
    switch (kind) {
    case PosLineItem::Kind::Sale:
        return QStringLiteral("sale");
    case PosLineItem::Kind::Return:
        return QStringLiteral("return");
    case PosLineItem::Kind::Tax:
        return QStringLiteral("tax");
    case PosLineItem::Kind::Tender:
        return QStringLiteral("tender");
    case PosLineItem::Kind::Discount:
        return QStringLiteral("discount");
    case PosLineItem::Kind::Other:
        return QStringLiteral("other");
    }
    return {};
}

bool PosTransaction::parseKind(const QString& name, PosLineItem::Kind* kind)
{
    for (auto k : {PosLineItem::Kind::Sale, PosLineItem::Kind::Return, PosLineItem::Kind::Tax,
                   PosLineItem::Kind::Tender, PosLineItem::Kind::Discount, PosLineItem::Kind::Other}) {
        if (kindName(k) == name) {
            *kind = k;
            return true;
        }
    }
    return false;
}

} // namespace lpdesk
