#include "catalog/BarcodeBars.h"

#include "catalog/BarcodeParser.h"

#include <algorithm>
#include <array>

namespace caisse {

namespace {

/** Number set A, as seven modules per digit; set C is its complement and set B set C read backwards. */
constexpr std::array<const char*, 10> kSetA {"0001101", "0011001", "0010011", "0111101", "0100011",
                                             "0110001", "0101111", "0111011", "0110111", "0001011"};
/** Which left-half digits of an EAN-13 take set B ('B') rather than set A, by its first digit. */
constexpr std::array<const char*, 10> kParity {"AAAAAA", "AABABB", "AABBAB", "AABBBA", "ABAABB",
                                               "ABBAAB", "ABBBAA", "ABABAB", "ABABBA", "ABBABA"};

void append(QList<bool>& modules, const char* pattern)
{
    for (const char* module = pattern; *module != '\0'; ++module)
        modules.append(*module == '1');
}

void appendDigit(QList<bool>& modules, int digit, char set)
{
    QList<bool> a;
    append(a, kSetA.at(std::size_t(digit)));
    if (set == 'A') {
        modules.append(a);
        return;
    }
    QList<bool> c;
    for (const bool module : a)
        c.append(!module);
    if (set == 'B')
        std::ranges::reverse(c);
    modules.append(c);
}

} // namespace

QList<bool> eanModules(const QString& printed)
{
    const QString digits = printed.size() == 12 ? u'0' + printed : printed;
    if ((digits.size() != 13 && digits.size() != 8) || !std::ranges::all_of(digits, [](QChar c) { return c.isDigit(); })
        || !BarcodeParser::hasValidCheckDigit(digits))
        return {};
    const auto digit = [&digits](qsizetype at) {
        return digits.at(at).digitValue();
    };
    QList<bool> modules;
    append(modules, "101");
    const qsizetype half = digits.size() == 13 ? 7 : 4;
    const qsizetype first = digits.size() == 13 ? 1 : 0;
    for (qsizetype at = first; at < half; ++at)
        appendDigit(modules, digit(at), digits.size() == 13 ? kParity.at(std::size_t(digit(0)))[at - 1] : 'A');
    append(modules, "01010");
    for (qsizetype at = half; at < digits.size(); ++at)
        appendDigit(modules, digit(at), 'C');
    append(modules, "101");
    return modules;
}

} // namespace caisse
