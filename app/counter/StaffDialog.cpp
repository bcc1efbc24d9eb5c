#include "counter/StaffDialog.h"

#include "backoffice/DialogParts.h"
#include "storage/DatabaseWriter.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace caisse {

namespace {

const QList<Role> kRoles {Role::Cashier, Role::Manager, Role::Administrator};
const QList<Permission> kPermissions {Permission::Sell,
                                      Permission::Reprint,
                                      Permission::AbandonTicket,
                                      Permission::Refund,
                                      Permission::LargeDiscount,
                                      Permission::ManageCash,
                                      Permission::ManageStock,
                                      Permission::ViewReports,
                                      Permission::CloseDay,
                                      Permission::Archive,
                                      Permission::SetUpCounter,
                                      Permission::UnlockOperator,
                                      Permission::ManageOperators,
                                      Permission::ChangeSettings};

QString roleName(Role role)
{
    switch (role) {
    case Role::Cashier:
        return StaffDialog::tr("Cashier");
    case Role::Manager:
        return StaffDialog::tr("Manager");
    case Role::Administrator:
        return StaffDialog::tr("Administrator");
    }
    return {};
}

} // namespace

QString StaffDialog::describe(Permission permission)
{
    switch (permission) {
    case Permission::Sell:
        return tr("Sell");
    case Permission::Reprint:
        return tr("Reprint a receipt");
    case Permission::AbandonTicket:
        return tr("Give a ticket up");
    case Permission::Refund:
        return tr("Refund, take articles back");
    case Permission::LargeDiscount:
        return tr("Discount above the cashiers' limit");
    case Permission::ManageCash:
        return tr("Cash in and out, drawer without a sale");
    case Permission::ManageStock:
        return tr("Stock: adjust, receive, count");
    case Permission::ViewReports:
        return tr("Read the sales reports");
    case Permission::ManageProducts:
        return tr("Create and change products and prices");
    case Permission::CloseDay:
        return tr("Close the day (Z)");
    case Permission::Archive:
        return tr("Archive a month or a year");
    case Permission::SetUpCounter:
        return tr("Set up the counter (quick keys, limits)");
    case Permission::UnlockOperator:
        return tr("Unlock an operator");
    case Permission::ManageOperators:
        return tr("Manage the staff");
    case Permission::ChangeSettings:
        return tr("Change the shop's details");
    }
    return {};
}

StaffDialog::StaffDialog(CounterSession& session, Operator by, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_by(std::move(by))
    , m_staffTableWidget(new QTableWidget(0, 3, this))
    , m_rightsTableWidget(
          new QTableWidget(static_cast<int>(kPermissions.size()), static_cast<int>(kRoles.size()), this))
    , m_nameLineEdit(new QLineEdit(this))
    , m_roleComboBox(new QComboBox(this))
    , m_pinLineEdit(new QLineEdit(this))
    , m_savePushButton(new QPushButton(tr("&Save"), this))
    , m_activePushButton(new QPushButton(tr("&Deactivate"), this))
    , m_messageLabel(refusalLabel(this))
{
    setWindowTitle(tr("Staff"));
    m_staffTableWidget->setObjectName(QStringLiteral("staffTableWidget"));
    m_rightsTableWidget->setObjectName(QStringLiteral("rightsTableWidget"));
    m_nameLineEdit->setObjectName(QStringLiteral("nameLineEdit"));
    m_roleComboBox->setObjectName(QStringLiteral("roleComboBox"));
    m_pinLineEdit->setObjectName(QStringLiteral("pinLineEdit"));
    m_savePushButton->setObjectName(QStringLiteral("savePushButton"));
    m_activePushButton->setObjectName(QStringLiteral("activePushButton"));
    m_staffTableWidget->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("Status")});
    m_staffTableWidget->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_staffTableWidget->setSelectionMode(QAbstractItemView::SingleSelection);
    m_staffTableWidget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_staffTableWidget->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_staffTableWidget->verticalHeader()->hide();
    for (const Role role : kRoles)
        m_roleComboBox->addItem(roleName(role), static_cast<int>(role));
    m_pinLineEdit->setEchoMode(QLineEdit::Password);
    m_pinLineEdit->setPlaceholderText(tr("4 to 8 digits; empty keeps the PIN"));
    for (QWidget* field : std::initializer_list<QWidget*> {m_nameLineEdit, m_roleComboBox, m_pinLineEdit,
                                                           m_savePushButton, m_activePushButton})
        field->setMinimumHeight(kTouchHeight);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_nameLineEdit);
    form->addRow(tr("&Role:"), m_roleComboBox);
    form->addRow(tr("&PIN:"), m_pinLineEdit);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_savePushButton);
    actions->addWidget(m_activePushButton);
    auto* staffColumn = new QVBoxLayout;
    staffColumn->addWidget(m_staffTableWidget);
    staffColumn->addLayout(form);
    staffColumn->addLayout(actions);
    staffColumn->addWidget(m_messageLabel);
    auto* columns = new QHBoxLayout;
    columns->addLayout(staffColumn, 1);
    columns->addWidget(m_rightsTableWidget, 1);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_staffTableWidget, &QTableWidget::itemSelectionChanged, this, &StaffDialog::pick);
    connect(m_savePushButton, &QPushButton::clicked, this, &StaffDialog::save);
    connect(m_activePushButton, &QPushButton::clicked, this, &StaffDialog::toggleActive);
    showRights();
    showStaff();
    resize(1100, 560);
}

void StaffDialog::showRights()
{
    QStringList roles;
    for (const Role role : kRoles)
        roles << roleName(role);
    m_rightsTableWidget->setHorizontalHeaderLabels(roles);
    QStringList permissions;
    for (const Permission permission : kPermissions)
        permissions << describe(permission);
    m_rightsTableWidget->setVerticalHeaderLabels(permissions);
    m_rightsTableWidget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rightsTableWidget->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int row = 0; row < kPermissions.size(); ++row)
        for (int column = 0; column < kRoles.size(); ++column) {
            const Operator someone {QString(), kRoles[column], std::nullopt, {}};
            auto* cell = new QTableWidgetItem(someone.may(kPermissions[row]) ? QStringLiteral("✓") : QString());
            cell->setTextAlignment(Qt::AlignCenter);
            m_rightsTableWidget->setItem(row, column, cell);
        }
}

void StaffDialog::showStaff()
{
    const QList<OperatorStore::Member> staff = m_session.staff();
    m_staffTableWidget->setRowCount(static_cast<int>(staff.size()));
    for (int row = 0; row < staff.size(); ++row) {
        const OperatorStore::Member& member = staff[row];
        m_staffTableWidget->setItem(row, 0, new QTableWidgetItem(member.person.name));
        m_staffTableWidget->setItem(row, 1, new QTableWidgetItem(roleName(member.person.role)));
        m_staffTableWidget->setItem(row, 2, new QTableWidgetItem(member.active ? tr("Active") : tr("Deactivated")));
        m_staffTableWidget->item(row, 0)->setData(Qt::UserRole, member.active);
        m_staffTableWidget->item(row, 1)->setData(Qt::UserRole, static_cast<int>(member.person.role));
    }
    pick();
}

void StaffDialog::pick()
{
    const int row = m_staffTableWidget->currentRow();
    const bool picked = row >= 0 && m_staffTableWidget->item(row, 0);
    m_activePushButton->setEnabled(picked);
    if (!picked)
        return;
    m_nameLineEdit->setText(m_staffTableWidget->item(row, 0)->text());
    m_roleComboBox->setCurrentIndex(m_roleComboBox->findData(m_staffTableWidget->item(row, 1)->data(Qt::UserRole)));
    m_pinLineEdit->clear();
    m_activePushButton->setText(m_staffTableWidget->item(row, 0)->data(Qt::UserRole).toBool() ? tr("&Deactivate")
                                                                                              : tr("Re&activate"));
}

void StaffDialog::save()
{
    const QString name = m_nameLineEdit->text().trimmed();
    answer(m_session.saveOperator(name, static_cast<Role>(m_roleComboBox->currentData().toInt()), m_pinLineEdit->text(),
                                  m_by),
           tr("%1 is saved.").arg(name));
    m_pinLineEdit->clear();
}

void StaffDialog::toggleActive()
{
    const int row = m_staffTableWidget->currentRow();
    if (row < 0)
        return;
    const QString name = m_staffTableWidget->item(row, 0)->text();
    const bool active = !m_staffTableWidget->item(row, 0)->data(Qt::UserRole).toBool();
    answer(m_session.setOperatorActive(name, active, m_by),
           active ? tr("%1 may log in again.").arg(name)
                  : tr("%1 is deactivated: they can no longer log in; their tickets keep their name.").arg(name));
}

void StaffDialog::answer(QFuture<Result<void>> done, const QString& success)
{
    DatabaseWriter::whenDone<Result<void>>(std::move(done), this, [this, success](const Result<void>& written) {
        m_messageLabel->setStyleSheet(written ? QStringLiteral("color: #1b5e20; font-weight: bold;")
                                              : QStringLiteral("color: #b00020; font-weight: bold;"));
        m_messageLabel->setText(written ? success : written.error().message);
        if (written)
            showStaff();
    });
}

} // namespace caisse
