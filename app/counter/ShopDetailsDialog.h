#pragma once

#include "base/Result.h"
#include "storage/ShopIdentity.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;

namespace caisse {

/**
 * The shop as its receipts print it (name, address, company and VAT numbers, closing words), changed by an
 * administrator after the first start. The change is tried when confirmed; a refusal is said and the dialog stays open.
 */
class ShopDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    using Apply = std::function<Result<void>(const ShopIdentity& shop)>;

    ShopDetailsDialog(const ShopIdentity& shop, Apply apply, QWidget* parent = nullptr);

private:
    void tryChange();

    Apply m_apply;
    QLineEdit* m_nameLineEdit;
    QLineEdit* m_addressLineEdit;
    QLineEdit* m_companyNumberLineEdit;
    QLineEdit* m_vatNumberLineEdit;
    QLineEdit* m_footerLineEdit;
    QLabel* m_messageLabel;
};

} // namespace caisse
