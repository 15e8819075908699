// ISO 4217 minor units: how many decimals a currency's amounts have (EUR 2, JPY 0, KWD 3, CLF 4). POS amounts are
// kept as whole numbers of the transaction's own minor unit, with that unit's exponent beside them, so that a
// dinar amount written "1.250" stays 1250 fils; sums and comparisons across exponents convert first.
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace lpdesk {

class Currency
{
public:
    // What an unknown code (or one without a minor unit, like XAU) is taken to have: what LP Desk always assumed.
    static constexpr int DefaultExponent = 2;
    static constexpr int MaxExponent = 4; // CLF, UYW

    // The ISO 4217 minor unit of an active currency code; none for unknown codes and units without one.
    static std::optional<int> minorUnit(QStringView code);
    // The minor unit, or DefaultExponent.
    static int exponentOf(QStringView code);

    // `units` of 10^-from expressed in 10^-to. Going to fewer decimals rounds half to even on the exact value and
    // sets `inexact` when a digit was dropped.
    static qint64 rescale(qint64 units, int from, int to, bool* inexact = nullptr);
    // As a plain decimal in the C locale: (1250, 3) -> "1.250", (-5, 2) -> "-0.05", (1000, 0) -> "1000".
    static QString plain(qint64 units, int exponent);
    // Only for values that leave LP Desk as numbers (JSON for other systems); never summed.
    static double toDouble(qint64 units, int exponent);
    static qint64 power10(int exponent);
};

} // namespace lpdesk
