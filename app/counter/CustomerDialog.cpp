#include "counter/CustomerDialog.h"

#include "base/Clock.h"
#include "base/Money.h"
#include "base/MoneyFormat.h"
#include "storage/Settings.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace caisse {

CustomerDialog::CustomerDialog(Database& database, DatabaseWriter& writer, const Clock& clock,
                               const std::optional<StoreConnection>& connection, QLocale locale, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_writer(writer)
    , m_clock(clock)
    , m_locale(std::move(locale))
    , m_customers(database)
    , m_emailLineEdit(new QLineEdit(this))
    , m_searchPushButton(new QPushButton(tr("&Find"), this))
    , m_foundListWidget(new QListWidget(this))
    , m_resultLabel(new QLabel(this))
    , m_firstNameLineEdit(new QLineEdit(this))
    , m_lastNameLineEdit(new QLineEdit(this))
    , m_phoneLineEdit(new QLineEdit(this))
    , m_createPushButton(new QPushButton(tr("C&reate the customer"), this))
    , m_purchasesPlainTextEdit(new QPlainTextEdit(this))
    , m_attachPushButton(new QPushButton(tr("&Attach to the ticket"), this))
{
    if (connection) {
        m_client = std::make_unique<StoreClient>(*connection);
        m_directory = std::make_unique<CustomerDirectory>(*m_client);
    }
    setObjectName(QStringLiteral("customerDialog"));
    setWindowTitle(tr("Customer"));
    m_emailLineEdit->setObjectName(QStringLiteral("emailLineEdit"));
    m_emailLineEdit->setPlaceholderText(tr("Name, e-mail address or phone"));
    m_searchPushButton->setObjectName(QStringLiteral("searchPushButton"));
    m_foundListWidget->setObjectName(QStringLiteral("foundListWidget"));
    m_foundListWidget->setStyleSheet(QStringLiteral("QListWidget::item { padding: 8px 4px; }"));
    m_resultLabel->setObjectName(QStringLiteral("resultLabel"));
    m_resultLabel->setWordWrap(true);
    m_firstNameLineEdit->setObjectName(QStringLiteral("firstNameLineEdit"));
    m_lastNameLineEdit->setObjectName(QStringLiteral("lastNameLineEdit"));
    m_phoneLineEdit->setObjectName(QStringLiteral("phoneLineEdit"));
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
    layout->addWidget(m_foundListWidget, 1);
    layout->addWidget(m_resultLabel);
    auto* newCustomer = new QFormLayout;
    newCustomer->addRow(tr("First name"), m_firstNameLineEdit);
    newCustomer->addRow(tr("Last name"), m_lastNameLineEdit);
    newCustomer->addRow(tr("Phone"), m_phoneLineEdit);
    layout->addLayout(newCustomer);
    layout->addWidget(m_createPushButton, 0, Qt::AlignLeft);
    layout->addWidget(new QLabel(tr("Purchases at the counter and online"), this));
    layout->addWidget(m_purchasesPlainTextEdit, 1);
    layout->addWidget(m_attachPushButton, 0, Qt::AlignRight);
    setCreating(false);
    resize(560, 620);

    // Each search starts afresh: nothing of the customer found before can be attached or created under another one.
    connect(m_emailLineEdit, &QLineEdit::textEdited, this, [this](const QString& text) {
        forget();
        m_found = m_customers.search(text).value_or(QList<Customer>());
        m_foundListWidget->clear();
        for (const Customer& customer : m_found)
            m_foundListWidget->addItem(customer.displayName());
    });
    connect(m_foundListWidget, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_found.size())
            show(m_found.at(row));
    });
    connect(m_searchPushButton, &QPushButton::clicked, this, &CustomerDialog::find);
    connect(m_emailLineEdit, &QLineEdit::returnPressed, m_searchPushButton, &QPushButton::click);
    if (m_directory) {
        connect(m_directory.get(), &CustomerDirectory::found, this, &CustomerDialog::keep);
        connect(m_directory.get(), &CustomerDirectory::notFound, this, [this](const QString& email) {
            m_resultLabel->setText(tr("No customer with %1: give their name to create them.").arg(email));
            // Orders placed as a guest carry the e-mail without an account: they are this person's purchases too.
            showPurchases(email);
            setCreating(true);
            m_firstNameLineEdit->setFocus();
        });
        connect(m_directory.get(), &CustomerDirectory::failed, this,
                [this](const QString& message) { m_resultLabel->setText(message); });
    }
    connect(m_createPushButton, &QPushButton::clicked, this, &CustomerDialog::create);
    connect(m_attachPushButton, &QPushButton::clicked, this, &QDialog::accept);
}

void CustomerDialog::forget()
{
    m_customer = {};
    m_firstNameLineEdit->clear();
    m_lastNameLineEdit->clear();
    m_phoneLineEdit->clear();
    setCreating(false);
    m_purchasesPlainTextEdit->clear();
    m_attachPushButton->setEnabled(false);
}

void CustomerDialog::setCreating(bool creating)
{
    m_firstNameLineEdit->setEnabled(creating);
    m_lastNameLineEdit->setEnabled(creating);
    m_phoneLineEdit->setEnabled(creating);
    m_createPushButton->setEnabled(creating);
}

void CustomerDialog::find()
{
    forget();
    const QString typed = m_emailLineEdit->text().trimmed();
    if (typed.isEmpty()) {
        m_resultLabel->setText(tr("Type the customer's name, e-mail address or phone."));
        return;
    }
    if (typed.contains(u'@')) {
        if (const auto here = m_customers.byEmail(typed); here && *here) {
            show(**here);
            return;
        }
        if (m_directory) {
            m_resultLabel->setText(tr("Looking for the customer…"));
            m_directory->find(typed);
            return;
        }
        m_resultLabel->setText(
            tr("No customer with %1 at this register: give their name to create them. They are linked to the online "
               "store once it is reachable.")
                .arg(typed));
        showPurchases(typed);
    } else if (m_found.isEmpty()) {
        m_resultLabel->setText(tr("No customer found: give their name, e-mail or phone to create them."));
    } else {
        m_foundListWidget->setCurrentRow(0);
        return;
    }
    setCreating(true);
    m_firstNameLineEdit->setFocus();
}

void CustomerDialog::create()
{
    const QString typed = m_emailLineEdit->text().trimmed();
    Customer customer;
    customer.firstName = m_firstNameLineEdit->text();
    customer.lastName = m_lastNameLineEdit->text();
    customer.email = typed.contains(u'@') ? typed : QString();
    customer.phone = m_phoneLineEdit->text();
    if (m_directory && !customer.email.isEmpty()) {
        if (customer.firstName.trimmed().isEmpty() || customer.lastName.trimmed().isEmpty()) {
            m_resultLabel->setText(tr("The online store needs a first and a last name."));
            return;
        }
        m_phone = customer.phone;
        m_directory->create({0, customer.firstName.trimmed(), customer.lastName.trimmed(), customer.email});
        return;
    }
    m_createPushButton->setEnabled(false);
    DatabaseWriter::whenDone<Result<Customer>>(
        m_writer.run<Result<Customer>>(
            [customer, at = m_clock.nowUtc()](Database& database) { return Customers(database).add(customer, at); }),
        this, [this](const Result<Customer>& added) {
            m_createPushButton->setEnabled(true);
            if (!added) {
                m_resultLabel->setText(added.error().message);
                return;
            }
            setCreating(false);
            show(*added);
        });
}

void CustomerDialog::keep(const StoreCustomer& online)
{
    Customer customer {0, online.firstName, online.lastName, online.email, std::exchange(m_phone, {}), online.id};
    DatabaseWriter::whenDone<Result<Customer>>(
        m_writer.run<Result<Customer>>([customer, at = m_clock.nowUtc()](Database& database) -> Result<Customer> {
            Customers customers(database);
            const auto here = customers.byEmail(customer.email);
            if (!here)
                return std::unexpected(here.error());
            if (*here)
                return **here;
            auto added = customers.add(customer, at);
            if (added && customer.storeCustomerId)
                if (auto linked = customers.link(added->id, *customer.storeCustomerId, at); !linked)
                    return std::unexpected(linked.error());
            return added;
        }),
        this, [this, online](const Result<Customer>& kept) {
            setCreating(false);
            // Attached even when it could not be kept here: the online store has them, the sync links them later.
            show(kept ? *kept : Customer {0, online.firstName, online.lastName, online.email, {}, online.id});
            if (!kept)
                m_resultLabel->setText(kept.error().message);
        });
}

void CustomerDialog::show(const Customer& customer)
{
    m_customer = customer;
    m_resultLabel->setText(customer.displayName());
    if (!showPurchases(customer.reference()))
        return;
    m_attachPushButton->setEnabled(true);
    m_attachPushButton->setFocus();
}

bool CustomerDialog::showPurchases(const QString& reference)
{
    const auto currency = Settings(m_database).currency();
    if (!currency) {
        m_resultLabel->setText(currency.error().message);
        return false;
    }
    QStringList lines;
    for (const CustomerPurchase& purchase :
         CustomerDirectory::purchases(m_database, reference).value_or(QList<CustomerPurchase>()))
        lines << tr("%1 — %2 %3 — %4")
                     .arg(m_locale.toString(purchase.at.toLocalTime(), QLocale::ShortFormat),
                          purchase.where == u"online" ? tr("online order") : tr("ticket"), purchase.reference,
                          MoneyFormat::format(Money {purchase.totalMinor, *currency}, m_locale));
    m_purchasesPlainTextEdit->setPlainText(lines.isEmpty() ? tr("No purchase yet.") : lines.join(u'\n'));
    return true;
}

} // namespace caisse
