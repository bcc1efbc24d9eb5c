#include "counter/PriceChangeDialog.h"

#include "backoffice/DialogParts.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace caisse {

PriceChangeDialog::PriceChangeDialog(bool lineSelected, Apply apply, QWidget* parent)
    : QDialog(parent)
    , m_apply(std::move(apply))
    , m_changeComboBox(new QComboBox(this))
    , m_valueLineEdit(new QLineEdit(this))
    , m_reasonComboBox(new QComboBox(this))
    , m_messageLabel(refusalLabel(this))
{
    setWindowTitle(tr("Discount or price"));
    m_changeComboBox->setObjectName(QStringLiteral("changeComboBox"));
    m_valueLineEdit->setObjectName(QStringLiteral("valueLineEdit"));
    m_reasonComboBox->setObjectName(QStringLiteral("reasonComboBox"));
    using Change = CounterSession::PriceChange;
    if (lineSelected) {
        m_changeComboBox->addItem(tr("Discount on the line"), QVariant::fromValue(Change::LineDiscount));
        m_changeComboBox->addItem(tr("New price of the line"), QVariant::fromValue(Change::LinePrice));
    }
    m_changeComboBox->addItem(tr("Discount on the whole ticket"), QVariant::fromValue(Change::TicketDiscount));
    m_valueLineEdit->setPlaceholderText(tr("10 % or an amount"));
    // The usual reasons, one keystroke away; any other can be typed.
    m_reasonComboBox->setEditable(true);
    m_reasonComboBox->addItems({tr("Damaged packaging"), tr("Short best-before date"), tr("Loyal customer"),
                                tr("Staff purchase"), tr("Price match"), tr("Wrong shelf label")});
    m_reasonComboBox->setCurrentIndex(-1);
    m_reasonComboBox->lineEdit()->setPlaceholderText(tr("Reason"));
    for (QWidget* field : std::initializer_list<QWidget*> {m_changeComboBox, m_valueLineEdit, m_reasonComboBox})
        field->setMinimumHeight(kTouchHeight);

    auto* form = new QFormLayout;
    form->addRow(tr("&Change:"), m_changeComboBox);
    form->addRow(tr("&Discount or price:"), m_valueLineEdit);
    form->addRow(tr("&Reason:"), m_reasonComboBox);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_messageLabel);
    layout->addWidget(touchOkCancel(this, [this] { tryChange(); }));
    m_valueLineEdit->setFocus();
}

void PriceChangeDialog::tryChange()
{
    const auto change = m_changeComboBox->currentData().value<CounterSession::PriceChange>();
    if (auto applied = m_apply(change, m_valueLineEdit->text(), m_reasonComboBox->currentText()); !applied) {
        m_messageLabel->setText(applied.error().message);
        return;
    }
    accept();
}

} // namespace caisse
