#pragma once

#include "setup/DeviceConfiguration.h"
#include "shop/ShopSetup.h"

#include <QWizard>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace caisse {

class Database;

/**
 * The assistant a register opens on its first start outside the demo: the shop and its country (which sets the
 * currency, the VAT rates, cash rounding and the receipt's closing words), this register and its first administrator,
 * the receipt printer the machine has (or none), and where the articles will come from. Nothing is written before the
 * last page is confirmed; apply() then writes the settings and the printer in one go.
 */
class FirstStartWizard : public QWizard
{
    Q_OBJECT

public:
    enum Page
    {
        ShopPage,
        RegisterPage,
        PrinterPage,
        CatalogPage,
    };

    explicit FirstStartWizard(QWidget* parent = nullptr);

    ShopSetupChoices choices() const;
    /** The manager chose to connect the online store once the counter opens. */
    bool connectsOnlineStore() const;
    /** Writes the shop's settings and the receipt printer chosen. */
    Result<void> apply(Database& database) const;

private:
    QWizardPage* shopPage();
    QWizardPage* registerPage();
    QWizardPage* printerPage();
    QWizardPage* catalogPage();
    void showCountry();

    QComboBox* m_countryComboBox;
    QLineEdit* m_shopNameLineEdit;
    QLineEdit* m_addressLineEdit;
    QLabel* m_companyNumberLabel;
    QLineEdit* m_companyNumberLineEdit;
    QLineEdit* m_vatNumberLineEdit;
    QLabel* m_countryLabel;
    QLineEdit* m_registerLineEdit;
    QLineEdit* m_administratorLineEdit;
    QLineEdit* m_pinLineEdit;
    QLineEdit* m_pinAgainLineEdit;
    QLabel* m_registerMessageLabel;
    QComboBox* m_printerComboBox;
    QLineEdit* m_printerAddressLineEdit;
    QRadioButton* m_emptyCatalogRadioButton;
    QRadioButton* m_onlineStoreRadioButton;
};

} // namespace caisse
