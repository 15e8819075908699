// The generated USB package password (issue 12): WinZip AE-2 spends only 1,000 PBKDF2 iterations on it, so the
// password itself carries the strength. Judged from its output, not from the generator's code: the shape (26
// Crockford base32 symbols in groups of five), every symbol of the alphabet in every position (5 bits each, 130 in
// all, ≥ 128), no repeats, and the bits of a position independent of its neighbour's.
#include "crypto/SecureBytes.h"
#include "export/PackagePassword.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <array>
#include <cstring>

using namespace lpdesk;

namespace {

constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int kSymbols = 26;

QByteArray symbolsOf(const SecureBytes& password)
{
    QByteArray s = QByteArray(password.constChar(), password.isize());
    s.replace('-', QByteArray());
    return s;
}

} // namespace

class TestPackagePassword : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shapeAndStrength()
    {
        static const QRegularExpression shape(
            QStringLiteral("^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){4}-[0-9A-HJKMNP-TV-Z]\\z"));
        const SecureBytes password = PackagePassword::generate();
        const QString text = QString::fromLatin1(password.constChar(), password.isize());
        QVERIFY2(shape.match(text).hasMatch(), qPrintable(text));
        // 26 symbols of 32: 130 bits when every symbol is used evenly in every position (the next test).
    }

    void everySymbolInEveryPositionEvenly()
    {
        constexpr int kSamples = 4000;
        std::array<std::array<int, 32>, kSymbols> counts {};
        QSet<QByteArray> seen;
        int sameAsNeighbour = 0;
        for (int n = 0; n < kSamples; ++n) {
            const QByteArray s = symbolsOf(PackagePassword::generate());
            QCOMPARE(s.size(), kSymbols);
            QVERIFY2(!seen.contains(s), "a generated password repeated");
            seen.insert(s);
            for (int i = 0; i < kSymbols; ++i) {
                const char* at = std::strchr(kAlphabet, s[i]);
                QVERIFY(at && *at);
                ++counts[i][at - kAlphabet];
                if (i > 0 && s[i] == s[i - 1])
                    ++sameAsNeighbour;
            }
        }
        // 4000 draws of 32 equally likely symbols: 125 expected per cell; a cell outside 60..200 (over 6 sigma)
        // means a symbol is missing or favoured, i.e. fewer than 5 bits in that position.
        for (int i = 0; i < kSymbols; ++i)
            for (int k = 0; k < 32; ++k)
                QVERIFY2(counts[i][k] > 60 && counts[i][k] < 200,
                         qPrintable(QStringLiteral("position %1, symbol %2: %3 of %4")
                                        .arg(i)
                                        .arg(QLatin1Char(kAlphabet[k]))
                                        .arg(counts[i][k])
                                        .arg(kSamples)));
        // Neighbours equal 1 time in 32 when independent: 4000 × 25 / 32 = 3125 expected.
        QVERIFY2(sameAsNeighbour > 2800 && sameAsNeighbour < 3450, qPrintable(QString::number(sameAsNeighbour)));
    }
};

QTEST_GUILESS_MAIN(TestPackagePassword)
#include "TestPackagePassword.moc"
