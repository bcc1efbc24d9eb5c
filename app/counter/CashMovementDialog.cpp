#include "counter/CashMovementDialog.h"

#include "backoffice/DialogParts.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace caisse {

CashMovementDialog::CashMovementDialog(Kind kind, Apply apply, QWidget* parent)
    : QDialog(parent)
    , m_apply(std::move(apply))
    , m_kindComboBox(new QComboBox(this))
    , m_amountLineEdit(new QLineEdit(this))
    , m_reasonComboBox(new QComboBox(this))
    , m_messageLabel(refusalLabel(this))
{
    setWindowTitle(tr("Cash drawer"));
    m_kindComboBox->setObjectName(QStringLiteral("kindComboBox"));
    m_amountLineEdit->setObjectName(QStringLiteral("amountLineEdit"));
    m_reasonComboBox->setObjectName(QStringLiteral("reasonComboBox"));
    m_kindComboBox->addItem(tr("Cash in"), QVariant::fromValue(Kind::CashIn));
    m_kindComboBox->addItem(tr("Cash out"), QVariant::fromValue(Kind::CashOut));
    m_kindComboBox->addItem(tr("Open the drawer without a sale"), QVariant::fromValue(Kind::NoSale));
    m_kindComboBox->setCurrentIndex(m_kindComboBox->findData(QVariant::fromValue(kind)));
    m_amountLineEdit->setPlaceholderText(tr("Amount"));
    m_reasonComboBox->setEditable(true);
    for (QWidget* field : std::initializer_list<QWidget*> {m_kindComboBox, m_amountLineEdit, m_reasonComboBox})
        field->setMinimumHeight(kTouchHeight);

    auto* form = new QFormLayout;
    form->addRow(tr("&Movement:"), m_kindComboBox);
    form->addRow(tr("&Amount:"), m_amountLineEdit);
    form->addRow(tr("&Reason:"), m_reasonComboBox);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_messageLabel);
    layout->addWidget(touchOkCancel(this, [this] { tryMove(); }));
    connect(m_kindComboBox, &QComboBox::currentIndexChanged, this,
            [this] { showReasonsOf(m_kindComboBox->currentData().value<Kind>()); });
    showReasonsOf(kind);
}

void CashMovementDialog::showReasonsOf(Kind kind)
{
    // The usual reasons of each movement, one keystroke away; any other can be typed.
    m_reasonComboBox->clear();
    switch (kind) {
    case Kind::CashIn:
        m_reasonComboBox->addItems({tr("Change from the bank"), tr("Float topped up")});
        break;
    case Kind::CashOut:
        m_reasonComboBox->addItems({tr("Bank deposit"), tr("Supplier paid in cash"), tr("Small expense")});
        break;
    case Kind::NoSale:
        m_reasonComboBox->addItems({tr("Change for a customer"), tr("Checking the drawer")});
        break;
    }
    m_reasonComboBox->setCurrentIndex(-1);
    m_reasonComboBox->lineEdit()->setPlaceholderText(tr("Reason"));
    m_amountLineEdit->setEnabled(kind != Kind::NoSale);
    if (kind == Kind::NoSale)
        m_amountLineEdit->clear();
}

void CashMovementDialog::tryMove()
{
    if (auto moved = m_apply(m_kindComboBox->currentData().value<Kind>(), m_amountLineEdit->text(),
                             m_reasonComboBox->currentText());
        !moved) {
        m_messageLabel->setText(moved.error().message);
        return;
    }
    accept();
}

} // namespace caisse
