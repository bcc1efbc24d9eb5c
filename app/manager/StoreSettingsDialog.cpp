#include "manager/StoreSettingsDialog.h"

#include "manager/ProductSelectionDialog.h"
#include "storage/SecretStore.h"
#include "storage/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace caisse {

StoreSettingsDialog::StoreSettingsDialog(Database& database, DatabaseWriter& writer, const Clock& clock,
                                         SecretStore& secrets, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_writer(writer)
    , m_settings(database, clock, secrets)
    , m_apiUrlLineEdit(new QLineEdit(this))
    , m_storeHashLineEdit(new QLineEdit(this))
    , m_tokenLineEdit(new QLineEdit(this))
    , m_recordComboBox(new QComboBox(this))
    , m_scopeComboBox(new QComboBox(this))
    , m_choosePushButton(new QPushButton(tr("C&hoose…"), this))
    , m_syncPricesCheckBox(
          new QCheckBox(tr("Prices follow the system of record (otherwise set once, at creation)"), this))
    , m_pushSalesCheckBox(
          new QCheckBox(tr("Also send counter sales as orders of the register's own sales channel"), this))
    , m_stateLabel(new QLabel(this))
    , m_testPushButton(new QPushButton(tr("&Test the connection"), this))
    , m_connectPushButton(new QPushButton(tr("&Connect"), this))
    , m_disconnectPushButton(new QPushButton(tr("&Disconnect"), this))
{
    setObjectName(QStringLiteral("storeSettingsDialog"));
    setWindowTitle(tr("Online store"));
    m_apiUrlLineEdit->setObjectName(QStringLiteral("apiUrlLineEdit"));
    m_storeHashLineEdit->setObjectName(QStringLiteral("storeHashLineEdit"));
    m_tokenLineEdit->setObjectName(QStringLiteral("tokenLineEdit"));
    m_tokenLineEdit->setEchoMode(QLineEdit::Password);
    m_recordComboBox->setObjectName(QStringLiteral("recordComboBox"));
    m_recordComboBox->addItem(tr("The register: its products are created online"),
                              int(StoreSettings::ProductRecord::Register));
    m_recordComboBox->addItem(tr("The online store: its products come into the register"),
                              int(StoreSettings::ProductRecord::OnlineStore));
    m_scopeComboBox->setObjectName(QStringLiteral("scopeComboBox"));
    m_scopeComboBox->addItem(tr("All products, new ones too"), int(StoreSettings::ProductScope::All));
    m_scopeComboBox->addItem(tr("Only the products selected"), int(StoreSettings::ProductScope::Selected));
    m_choosePushButton->setObjectName(QStringLiteral("choosePushButton"));
    m_syncPricesCheckBox->setObjectName(QStringLiteral("syncPricesCheckBox"));
    m_pushSalesCheckBox->setObjectName(QStringLiteral("pushSalesCheckBox"));
    m_pushSalesCheckBox->setToolTip(tr("Off by default: the online store's sales figures then count the shop's too. "
                                       "Stock is not moved twice: these orders hold no catalog item."));
    m_stateLabel->setObjectName(QStringLiteral("stateLabel"));
    m_stateLabel->setWordWrap(true);
    m_testPushButton->setObjectName(QStringLiteral("testPushButton"));
    m_connectPushButton->setObjectName(QStringLiteral("connectPushButton"));
    m_disconnectPushButton->setObjectName(QStringLiteral("disconnectPushButton"));

    const StoreSettings::Values saved = m_settings.values();
    m_apiUrlLineEdit->setText(saved.apiUrl.toString());
    m_storeHashLineEdit->setText(saved.storeHash);
    m_recordComboBox->setCurrentIndex(m_recordComboBox->findData(int(saved.productRecord)));
    m_scopeComboBox->setCurrentIndex(m_scopeComboBox->findData(int(saved.productScope)));
    m_syncPricesCheckBox->setChecked(saved.syncPrices);
    m_pushSalesCheckBox->setChecked(saved.pushSales);

    auto* form = new QFormLayout;
    form->addRow(tr("API address"), m_apiUrlLineEdit);
    form->addRow(tr("Store hash"), m_storeHashLineEdit);
    form->addRow(tr("API token"), m_tokenLineEdit);
    form->addRow(tr("System of record for products"), m_recordComboBox);
    auto* scopeRow = new QHBoxLayout;
    scopeRow->addWidget(m_scopeComboBox, 1);
    scopeRow->addWidget(m_choosePushButton);
    form->addRow(tr("Products synced"), scopeRow);
    form->addRow(m_syncPricesCheckBox);
    form->addRow(m_pushSalesCheckBox);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_testPushButton);
    buttons->addStretch(1);
    buttons->addWidget(m_disconnectPushButton);
    buttons->addWidget(m_connectPushButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_stateLabel);
    layout->addLayout(buttons);
    resize(620, 300);

    const auto chooseWhenSelected = [this] {
        m_choosePushButton->setEnabled(StoreSettings::ProductScope(m_scopeComboBox->currentData().toInt())
                                       == StoreSettings::ProductScope::Selected);
    };
    chooseWhenSelected();
    connect(m_scopeComboBox, &QComboBox::currentIndexChanged, this, chooseWhenSelected);
    connect(m_choosePushButton, &QPushButton::clicked, this, [this] {
        ProductSelectionDialog selection(m_database, m_writer, this);
        selection.exec();
    });
    connect(m_testPushButton, &QPushButton::clicked, this, &StoreSettingsDialog::test);
    connect(m_connectPushButton, &QPushButton::clicked, this, &StoreSettingsDialog::connectToStore);
    connect(m_disconnectPushButton, &QPushButton::clicked, this, &StoreSettingsDialog::disconnectFromStore);
    showState();
}

StoreSettingsDialog::~StoreSettingsDialog() = default;

StoreSettings::Values StoreSettingsDialog::entered() const
{
    return {QUrl(m_apiUrlLineEdit->text().trimmed()),
            m_storeHashLineEdit->text().trimmed(),
            StoreSettings::ProductRecord(m_recordComboBox->currentData().toInt()),
            StoreSettings::ProductScope(m_scopeComboBox->currentData().toInt()),
            m_syncPricesCheckBox->isChecked(),
            m_pushSalesCheckBox->isChecked()};
}

void StoreSettingsDialog::showState()
{
    const bool connected = m_settings.isConnected();
    m_tokenLineEdit->setPlaceholderText(m_settings.hasToken() ? tr("Saved in the keychain: leave empty to keep it")
                                                              : tr("The API account's access token"));
    // Choosing the other side as the catalog's owner on a live connection would let both create the same products.
    m_recordComboBox->setEnabled(!connected);
    m_recordComboBox->setToolTip(connected ? tr("Disconnect first to change it.") : QString());
    m_disconnectPushButton->setEnabled(connected);
    m_connectPushButton->setText(connected ? tr("&Save") : tr("&Connect"));
    m_stateLabel->setText(connected ? tr("Connected: the register syncs with the online store.")
                                    : tr("Not connected: the register sells on its own."));
}

void StoreSettingsDialog::test()
{
    const StoreSettings::Values values = entered();
    QString token = m_tokenLineEdit->text();
    if (token.isEmpty())
        token = QString::fromUtf8(m_settings.token().value_or(QByteArray()));
    const auto currency = Settings(m_database).currency();
    if (!currency) {
        m_stateLabel->setText(currency.error().message);
        return;
    }
    m_testClient = std::make_unique<StoreClient>(StoreConnection {values.apiUrl, values.storeHash, token});
    m_testPushButton->setEnabled(false);
    m_stateLabel->setText(tr("Asking the online store…"));
    StoreSettings::test(*m_testClient, currency->code(), [this](bool, const QString& sentence) {
        m_testPushButton->setEnabled(true);
        m_stateLabel->setText(sentence);
    });
}

void StoreSettingsDialog::connectToStore()
{
    const StoreSettings::Values values = entered();
    if (!m_settings.isConnected() && m_settings.changesProductRecord(values.productRecord)
        && QMessageBox::warning(
               this, tr("System of record for products"),
               tr("The system of record for products changes. Products made on either side since the last "
                  "connection may end up twice: the register matches products by SKU, then barcode, before creating "
                  "any, but products without either are created again. Check the matching in the sync log after "
                  "connecting. Connect?"),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
        return;
    const QByteArray token = m_tokenLineEdit->text().toUtf8();
    if (token.isEmpty()) {
        finishConnecting(values);
        return;
    }
    m_connectPushButton->setEnabled(false);
    m_stateLabel->setText(tr("Saving the token in the keychain…"));
    m_settings.saveToken(token, this, [this, values](const Result<void>& saved) {
        m_connectPushButton->setEnabled(true);
        if (!saved) {
            m_stateLabel->setText(saved.error().message);
            return;
        }
        m_tokenLineEdit->clear();
        finishConnecting(values);
    });
}

void StoreSettingsDialog::finishConnecting(const StoreSettings::Values& values)
{
    if (auto saved = m_settings.connect(values); !saved) {
        m_stateLabel->setText(saved.error().message);
        return;
    }
    m_tokenLineEdit->clear();
    showState();
    emit connectionChanged(m_settings.connection());
}

void StoreSettingsDialog::disconnectFromStore()
{
    if (auto done = m_settings.disconnect(); !done) {
        m_stateLabel->setText(done.error().message);
        return;
    }
    showState();
    emit connectionChanged(std::nullopt);
}

} // namespace caisse
