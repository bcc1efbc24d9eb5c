#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace caisse {

/**
 * What a shop's country sets at the register: its currency, the VAT rates it sells at, the smallest coin cash is
 * rounded to, what its company number is called and the receipt's closing words. The four countries of our first
 * market; every value can be changed later by a manager (the fiscal ones through the journaled path).
 */
struct Country
{
    Q_DECLARE_TR_FUNCTIONS(caisse::Country)

public:
    /** "FR", "BE", "CH", "CA-QC". */
    QString code;
    QString name;
    QString currency;
    /** In thousandths of a percent, highest first. */
    QList<qint32> vatRates;
    /** In minor units; 0: cash is not rounded. */
    qint64 cashRoundingStep = 0;
    /** "SIRET", "BCE number", "UID", "NEQ". */
    QString companyNumberLabel;
    QString receiptFooter;

    static QList<Country> all();
    /** France when the code is none of ours. */
    static Country byCode(const QString& code);
};

} // namespace caisse
