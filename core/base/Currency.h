#pragma once

#include <QString>

namespace caisse {

/** An ISO 4217 currency and the number of decimals of its minor unit (2 for EUR, 0 for XPF, 3 for TND). */
class Currency
{
public:
    /** Unknown codes get the ISO default of 2 decimals. */
    static Currency fromCode(const QString& isoCode);

    QString code() const { return m_code; }
    int exponent() const { return m_exponent; }
    /** The ISO 4217 numeric code ("978" for EUR), as card terminals want it; empty when this build does not know it. */
    QString numericCode() const;
    qint64 minorPerMajor() const;

    friend bool operator==(const Currency&, const Currency&) = default;

private:
    Currency(QString code, int exponent);

    QString m_code;
    int m_exponent;
};

} // namespace caisse
