#include "firststart/FirstStartWizard.h"

#include "base/MoneyFormat.h"
#include "base/Quantity.h"
#include "device/UsbDevices.h"
#include "storage/Database.h"
#include "storage/Settings.h"
#include "storage/Transaction.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace caisse {

namespace {

constexpr int kTouchHeight = 44;

/** The wizard's pages, which refuse to go on until what they hold can be applied. */
class CheckedPage : public QWizardPage
{
public:
    using Check = std::function<bool()>;
    explicit CheckedPage(Check check)
        : m_check(std::move(check))
    { }
    bool validatePage() override { return m_check(); }

private:
    Check m_check;
};

} // namespace

FirstStartWizard::FirstStartWizard(QWidget* parent)
    : QWizard(parent)
    , m_countryComboBox(new QComboBox(this))
    , m_shopNameLineEdit(new QLineEdit(this))
    , m_addressLineEdit(new QLineEdit(this))
    , m_companyNumberLabel(new QLabel(this))
    , m_companyNumberLineEdit(new QLineEdit(this))
    , m_vatNumberLineEdit(new QLineEdit(this))
    , m_countryLabel(new QLabel(this))
    , m_registerLineEdit(new QLineEdit(QStringLiteral("R01"), this))
    , m_administratorLineEdit(new QLineEdit(this))
    , m_pinLineEdit(new QLineEdit(this))
    , m_pinAgainLineEdit(new QLineEdit(this))
    , m_registerMessageLabel(new QLabel(this))
    , m_printerComboBox(new QComboBox(this))
    , m_printerAddressLineEdit(new QLineEdit(this))
    , m_emptyCatalogRadioButton(new QRadioButton(tr("Start with an &empty catalog: add articles later"), this))
    , m_onlineStoreRadioButton(
          new QRadioButton(tr("Take the articles from my &online store (BigCommerce): connect it next"), this))
{
    setWindowTitle(tr("Set up the register"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    for (const auto& [field, name] : std::initializer_list<std::pair<QWidget*, const char*>> {
             {m_countryComboBox, "countryComboBox"},
             {m_shopNameLineEdit, "shopNameLineEdit"},
             {m_addressLineEdit, "addressLineEdit"},
             {m_companyNumberLineEdit, "companyNumberLineEdit"},
             {m_vatNumberLineEdit, "vatNumberLineEdit"},
             {m_registerLineEdit, "registerLineEdit"},
             {m_administratorLineEdit, "administratorLineEdit"},
             {m_pinLineEdit, "pinLineEdit"},
             {m_pinAgainLineEdit, "pinAgainLineEdit"},
             {m_printerComboBox, "printerComboBox"},
             {m_printerAddressLineEdit, "printerAddressLineEdit"},
             {m_emptyCatalogRadioButton, "emptyCatalogRadioButton"},
             {m_onlineStoreRadioButton, "onlineStoreRadioButton"}}) {
        field->setObjectName(QString::fromLatin1(name));
        field->setMinimumHeight(kTouchHeight);
    }
    m_registerMessageLabel->setObjectName(QStringLiteral("registerMessageLabel"));
    m_registerMessageLabel->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_registerMessageLabel->setWordWrap(true);
    setPage(ShopPage, shopPage());
    setPage(RegisterPage, registerPage());
    setPage(PrinterPage, printerPage());
    setPage(CatalogPage, catalogPage());
}

QWizardPage* FirstStartWizard::shopPage()
{
    auto* page = new CheckedPage([this] { return !m_shopNameLineEdit->text().trimmed().isEmpty(); });
    page->setTitle(tr("Your shop"));
    page->setSubTitle(tr("As every receipt will print it."));
    for (const Country& country : Country::all())
        m_countryComboBox->addItem(country.name, country.code);
    m_shopNameLineEdit->setPlaceholderText(tr("Required"));
    m_countryLabel->setObjectName(QStringLiteral("countryLabel"));
    m_countryLabel->setWordWrap(true);
    auto* form = new QFormLayout(page);
    form->addRow(tr("&Country:"), m_countryComboBox);
    form->addRow(tr("Shop &name:"), m_shopNameLineEdit);
    form->addRow(tr("&Address:"), m_addressLineEdit);
    form->addRow(m_companyNumberLabel, m_companyNumberLineEdit);
    form->addRow(tr("&VAT number:"), m_vatNumberLineEdit);
    form->addRow(m_countryLabel);
    m_companyNumberLabel->setBuddy(m_companyNumberLineEdit);
    connect(m_countryComboBox, &QComboBox::currentIndexChanged, this, &FirstStartWizard::showCountry);
    connect(m_shopNameLineEdit, &QLineEdit::textChanged, page, &QWizardPage::completeChanged);
    showCountry();
    return page;
}

void FirstStartWizard::showCountry()
{
    const Country country = Country::byCode(m_countryComboBox->currentData().toString());
    const QLocale locale;
    QStringList rates;
    for (const qint32 rate : country.vatRates)
        rates << formatRate(rate, locale);
    const Currency currency = Currency::fromCode(country.currency);
    m_companyNumberLabel->setText(tr("%1:").arg(country.companyNumberLabel));
    m_countryLabel->setText(tr("Prices in %1, VAT included. VAT rates: %2. %3")
                                .arg(country.currency, rates.join(QStringLiteral(", ")),
                                     country.cashRoundingStep > 0
                                         ? tr("Cash totals are rounded to %1.")
                                               .arg(MoneyFormat::format({country.cashRoundingStep, currency}, locale))
                                         : tr("Cash is not rounded.")));
}

QWizardPage* FirstStartWizard::registerPage()
{
    auto* page = new CheckedPage([this] {
        if (m_pinLineEdit->text() != m_pinAgainLineEdit->text()) {
            m_registerMessageLabel->setText(tr("The two PINs differ: type the same twice."));
            return false;
        }
        if (auto checked = ShopSetup::check(choices()); !checked) {
            m_registerMessageLabel->setText(checked.error().message);
            return false;
        }
        return true;
    });
    page->setTitle(tr("This register and its administrator"));
    page->setSubTitle(tr("The administrator sets the register up, adds the staff and closes the day. Keep the PIN "
                         "secret: it is the key to the register."));
    for (QLineEdit* pin : {m_pinLineEdit, m_pinAgainLineEdit}) {
        pin->setEchoMode(QLineEdit::Password);
        pin->setInputMethodHints(Qt::ImhDigitsOnly);
        pin->setMaxLength(8);
    }
    auto* form = new QFormLayout(page);
    form->addRow(tr("&Register number:"), m_registerLineEdit);
    form->addRow(tr("Administrator's &name:"), m_administratorLineEdit);
    form->addRow(tr("&PIN (4 to 8 digits):"), m_pinLineEdit);
    form->addRow(tr("PIN a&gain:"), m_pinAgainLineEdit);
    form->addRow(m_registerMessageLabel);
    return page;
}

QWizardPage* FirstStartWizard::printerPage()
{
    auto* page = new CheckedPage([this] {
        return m_printerComboBox->currentData().toInt() != static_cast<int>(DeviceConfiguration::Connection::Network)
            || m_printerAddressLineEdit->text().contains(u':');
    });
    page->setTitle(tr("Receipt printer"));
    page->setSubTitle(tr("The printers this computer sees. The hardware doctor (Manager menu) tests them and sets up "
                         "the scanner and the customer display."));
    m_printerComboBox->addItem(tr("No receipt printer (receipts on screen or by e-mail)"), -1);
    for (const UsbDeviceInfo& device : UsbDevices::list().value_or(QList<UsbDeviceInfo>()))
        if (device.printerClass || device.vendorSpecific) {
            m_printerComboBox->addItem(tr("USB: %1 %2").arg(device.vendorName, device.product),
                                       static_cast<int>(DeviceConfiguration::Connection::Usb));
            m_printerComboBox->setItemData(m_printerComboBox->count() - 1, device.id(), Qt::UserRole + 1);
        }
    for (const QString& file : QDir(QStringLiteral("/dev/usb")).entryList({QStringLiteral("lp*")}, QDir::System)) {
        m_printerComboBox->addItem(tr("Printer device /dev/usb/%1").arg(file),
                                   static_cast<int>(DeviceConfiguration::Connection::DeviceFile));
        m_printerComboBox->setItemData(m_printerComboBox->count() - 1, QStringLiteral("/dev/usb/") + file,
                                       Qt::UserRole + 1);
    }
    m_printerComboBox->addItem(tr("Network printer (Ethernet or Wi-Fi)"),
                               static_cast<int>(DeviceConfiguration::Connection::Network));
    m_printerAddressLineEdit->setPlaceholderText(QStringLiteral("192.168.1.50:9100"));
    m_printerAddressLineEdit->setEnabled(false);
    connect(m_printerComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_printerAddressLineEdit->setEnabled(m_printerComboBox->currentData().toInt()
                                             == static_cast<int>(DeviceConfiguration::Connection::Network));
    });
    auto* form = new QFormLayout(page);
    form->addRow(tr("&Printer:"), m_printerComboBox);
    form->addRow(tr("Network &address:"), m_printerAddressLineEdit);
    return page;
}

QWizardPage* FirstStartWizard::catalogPage()
{
    auto* page = new QWizardPage;
    page->setTitle(tr("Articles"));
    page->setSubTitle(tr("Until the catalog has articles, the counter sells with one key per VAT rate."));
    m_emptyCatalogRadioButton->setChecked(true);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_emptyCatalogRadioButton);
    layout->addWidget(m_onlineStoreRadioButton);
    layout->addStretch();
    return page;
}

ShopSetupChoices FirstStartWizard::choices() const
{
    return {{m_shopNameLineEdit->text().trimmed(), m_addressLineEdit->text().trimmed(),
             m_companyNumberLineEdit->text().trimmed(), m_vatNumberLineEdit->text().trimmed(), QString()},
            Country::byCode(m_countryComboBox->currentData().toString()),
            m_registerLineEdit->text().trimmed(),
            m_administratorLineEdit->text().trimmed(),
            m_pinLineEdit->text()};
}

bool FirstStartWizard::connectsOnlineStore() const
{
    return m_onlineStoreRadioButton->isChecked();
}

Result<void> FirstStartWizard::apply(Database& database) const
{
    auto transaction = Transaction::begin(database);
    if (!transaction)
        return std::unexpected(transaction.error());
    if (auto applied = ShopSetup::applySettings(database, choices()); !applied)
        return applied;
    if (const int connection = m_printerComboBox->currentData().toInt(); connection >= 0) {
        Settings settings(database);
        const auto kind = static_cast<DeviceConfiguration::Connection>(connection);
        const QString address = kind == DeviceConfiguration::Connection::Network
            ? m_printerAddressLineEdit->text().trimmed()
            : m_printerComboBox->currentData(Qt::UserRole + 1).toString();
        if (auto assigned = DeviceConfiguration(settings).assignReceiptPrinter(kind, address); !assigned)
            return assigned;
    }
    return transaction->commit();
}

} // namespace caisse
