#include "counter/ShopDetailsDialog.h"

#include "backoffice/DialogParts.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace caisse {

ShopDetailsDialog::ShopDetailsDialog(const ShopIdentity& shop, Apply apply, QWidget* parent)
    : QDialog(parent)
    , m_apply(std::move(apply))
    , m_nameLineEdit(new QLineEdit(shop.name, this))
    , m_addressLineEdit(new QLineEdit(shop.address, this))
    , m_companyNumberLineEdit(new QLineEdit(shop.siret, this))
    , m_vatNumberLineEdit(new QLineEdit(shop.vatNumber, this))
    , m_footerLineEdit(new QLineEdit(shop.receiptFooter, this))
    , m_messageLabel(refusalLabel(this))
{
    setWindowTitle(tr("The shop's details"));
    m_nameLineEdit->setObjectName(QStringLiteral("shopNameLineEdit"));
    m_addressLineEdit->setObjectName(QStringLiteral("addressLineEdit"));
    m_companyNumberLineEdit->setObjectName(QStringLiteral("companyNumberLineEdit"));
    m_vatNumberLineEdit->setObjectName(QStringLiteral("vatNumberLineEdit"));
    m_footerLineEdit->setObjectName(QStringLiteral("footerLineEdit"));
    auto* form = new QFormLayout;
    form->addRow(tr("Shop &name:"), m_nameLineEdit);
    form->addRow(tr("&Address:"), m_addressLineEdit);
    form->addRow(tr("&Company number:"), m_companyNumberLineEdit);
    form->addRow(tr("&VAT number:"), m_vatNumberLineEdit);
    form->addRow(tr("&Receipt's closing words:"), m_footerLineEdit);
    for (QLineEdit* field :
         {m_nameLineEdit, m_addressLineEdit, m_companyNumberLineEdit, m_vatNumberLineEdit, m_footerLineEdit}) {
        field->setMinimumHeight(kTouchHeight);
        field->setMinimumWidth(360);
    }
    auto* note = new QLabel(tr("Receipts and the fiscal journal print these: each change is journaled."), this);
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_messageLabel);
    layout->addWidget(touchOkCancel(this, [this] { tryChange(); }));
}

void ShopDetailsDialog::tryChange()
{
    const ShopIdentity shop {m_nameLineEdit->text(), m_addressLineEdit->text(), m_companyNumberLineEdit->text(),
                             m_vatNumberLineEdit->text(), m_footerLineEdit->text()};
    if (auto changed = m_apply(shop); !changed) {
        m_messageLabel->setText(changed.error().message);
        return;
    }
    accept();
}

} // namespace caisse
