#pragma once

#include <QByteArray>
#include <QList>

#include <utility>

namespace caisse {

/**
 * A Caisse-AP (Concert V3) message: ASCII fields TAG(2) LENGTH(3) VALUE, the protocol version (CZ) first, the others
 * in any order (../shared/reference/hardware/NOTES.md, section 5; written from the protocol's field list, no code
 * copied). The protocol has no framing of its own over TCP: a message is complete when its last field is.
 */
class CaisseApMessage
{
public:
    enum class Parsed
    {
        Complete,
        /** The bytes end inside a field: more are coming. */
        Incomplete,
        Invalid,
    };

    void set(const QByteArray& tag, const QByteArray& value);
    QByteArray value(const QByteArray& tag) const;
    bool contains(const QByteArray& tag) const;
    QByteArray encode() const;
    static std::pair<Parsed, CaisseApMessage> parse(const QByteArray& bytes);
    /** Overwrites every value: the masked card number does not stay in memory once read. */
    void wipe();

private:
    QList<std::pair<QByteArray, QByteArray>> m_fields;
};

namespace caisse_ap {
inline constexpr char kVersion[] = "0300";
/** AE: what the terminal did. */
inline constexpr char kDone[] = "10";
inline constexpr char kNotDone[] = "01";
/** AF, when not done. */
inline constexpr char kRefused[] = "04";
inline constexpr char kForbidden[] = "05";
/** The customer or the cashier gave up at the terminal: "06" in some terminals' answers, "11" in others'. */
inline constexpr char kAbandonedAtTerminal[] = "06";
inline constexpr char kCardTimeout[] = "08";
inline constexpr char kBadRequest[] = "09";
inline constexpr char kAbandoned[] = "11";
} // namespace caisse_ap

} // namespace caisse
