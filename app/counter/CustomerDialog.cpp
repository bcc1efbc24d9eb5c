#include "counter/CustomerDialog.h"

#include "base/Money.h"
#include "base/MoneyFormat.h"
#include "storage/Settings.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace caisse {

CustomerDialog::CustomerDialog(Database& database, const StoreConnection& connection, QLocale locale, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_locale(std::move(locale))
    , m_client(connection)
    , m_directory(m_client)
    , m_emailLineEdit(new QLineEdit(this))
    , m_searchPushButton(new QPushButton(tr("&Find"), this))
    , m_resultLabel(new QLabel(this))
    , m_firstNameLineEdit(new QLineEdit(this))
    , m_lastNameLineEdit(new QLineEdit(this))
    , m_createPushButton(new QPushButton(tr("C&reate the customer"), this))
    , m_purchasesPlainTextEdit(new QPlainTextEdit(this))
    , m_attachPushButton(new QPushButton(tr("&Attach to the ticket"), this))
{
    setObjectName(QStringLiteral("customerDialog"));
    setWindowTitle(tr("Customer"));
    m_emailLineEdit->setObjectName(QStringLiteral("emailLineEdit"));
    m_emailLineEdit->setPlaceholderText(tr("E-mail address"));
    m_searchPushButton->setObjectName(QStringLiteral("searchPushButton"));
    m_resultLabel->setObjectName(QStringLiteral("resultLabel"));
    m_resultLabel->setWordWrap(true);
    m_firstNameLineEdit->setObjectName(QStringLiteral("firstNameLineEdit"));
    m_lastNameLineEdit->setObjectName(QStringLiteral("lastNameLineEdit"));
    m_createPushButton->setObjectName(QStringLiteral("createPushButton"));
    m_purchasesPlainTextEdit->setObjectName(QStringLiteral("purchasesPlainTextEdit"));
    m_purchasesPlainTextEdit->setReadOnly(true);
    m_attachPushButton->setObjectName(QStringLiteral("attachPushButton"));
    m_attachPushButton->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    auto* search = new QHBoxLayout;
    search->addWidget(m_emailLineEdit, 1);
    search->addWidget(m_searchPushButton);
    layout->addLayout(search);
    layout->addWidget(m_resultLabel);
    auto* newCustomer = new QFormLayout;
    newCustomer->addRow(tr("First name"), m_firstNameLineEdit);
    newCustomer->addRow(tr("Last name"), m_lastNameLineEdit);
    layout->addLayout(newCustomer);
    layout->addWidget(m_createPushButton, 0, Qt::AlignLeft);
    layout->addWidget(new QLabel(tr("Purchases at the counter and online"), this));
    layout->addWidget(m_purchasesPlainTextEdit, 1);
    layout->addWidget(m_attachPushButton, 0, Qt::AlignRight);
    const auto setCreating = [this](bool creating) {
        m_firstNameLineEdit->setEnabled(creating);
        m_lastNameLineEdit->setEnabled(creating);
        m_createPushButton->setEnabled(creating);
    };
    setCreating(false);
    resize(520, 480);

    // Each e-mail starts afresh: nothing of the customer found before can be attached or created under another one.
    const auto forget = [this, setCreating] {
        m_customer = {};
        m_firstNameLineEdit->clear();
        m_lastNameLineEdit->clear();
        setCreating(false);
        m_purchasesPlainTextEdit->clear();
        m_attachPushButton->setEnabled(false);
    };
    connect(m_emailLineEdit, &QLineEdit::textEdited, this, forget);
    connect(m_searchPushButton, &QPushButton::clicked, this, [this, forget] {
        forget();
        if (!m_emailLineEdit->text().contains(u'@')) {
            m_resultLabel->setText(tr("Type the customer's e-mail address."));
            return;
        }
        m_resultLabel->setText(tr("Looking for the customer…"));
        m_directory.find(m_emailLineEdit->text());
    });
    connect(m_emailLineEdit, &QLineEdit::returnPressed, m_searchPushButton, &QPushButton::click);
    connect(&m_directory, &CustomerDirectory::found, this, [this, setCreating](const StoreCustomer& customer) {
        setCreating(false);
        show(customer);
    });
    connect(&m_directory, &CustomerDirectory::notFound, this, [this, setCreating](const QString& email) {
        m_resultLabel->setText(tr("No customer with %1: give their name to create them.").arg(email));
        // Orders placed as a guest carry the e-mail without an account: they are this person's purchases too.
        showPurchases(email);
        setCreating(true);
        m_firstNameLineEdit->setFocus();
    });
    connect(&m_directory, &CustomerDirectory::failed, this,
            [this](const QString& message) { m_resultLabel->setText(message); });
    connect(m_createPushButton, &QPushButton::clicked, this, [this] {
        if (m_firstNameLineEdit->text().trimmed().isEmpty() || m_lastNameLineEdit->text().trimmed().isEmpty()) {
            m_resultLabel->setText(tr("The online store needs a first and a last name."));
            return;
        }
        m_directory.create({0, m_firstNameLineEdit->text().trimmed(), m_lastNameLineEdit->text().trimmed(),
                            m_emailLineEdit->text().trimmed()});
    });
    connect(m_attachPushButton, &QPushButton::clicked, this, &QDialog::accept);
}

void CustomerDialog::show(const StoreCustomer& customer)
{
    m_customer = customer;
    m_resultLabel->setText(tr("%1 %2 (%3)").arg(customer.firstName, customer.lastName, customer.email));
    if (!showPurchases(customer.email))
        return;
    m_attachPushButton->setEnabled(true);
    m_attachPushButton->setFocus();
}

bool CustomerDialog::showPurchases(const QString& email)
{
    const auto currency = Settings(m_database).currency();
    if (!currency) {
        m_resultLabel->setText(currency.error().message);
        return false;
    }
    QStringList lines;
    for (const CustomerPurchase& purchase :
         CustomerDirectory::purchases(m_database, email).value_or(QList<CustomerPurchase>()))
        lines << tr("%1 — %2 %3 — %4")
                     .arg(m_locale.toString(purchase.at.toLocalTime(), QLocale::ShortFormat),
                          purchase.where == u"online" ? tr("online order") : tr("ticket"), purchase.reference,
                          MoneyFormat::format(Money {purchase.totalMinor, *currency}, m_locale));
    m_purchasesPlainTextEdit->setPlainText(lines.isEmpty() ? tr("No purchase yet.") : lines.join(u'\n'));
    return true;
}

} // namespace caisse
