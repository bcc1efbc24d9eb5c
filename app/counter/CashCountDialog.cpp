#include "counter/CashCountDialog.h"

#include "backoffice/DialogParts.h"
#include "sale/Payment.h"
#include "sale/ReceiptText.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace caisse {

namespace {

constexpr int kMostPieces = 9'999;

} // namespace

CashCountDialog::CashCountDialog(const QList<Denomination>& denominations, const CashCount& initial, Format format,
                                 Parse parse, QWidget* parent)
    : QDialog(parent)
    , m_denominations(denominations)
    , m_format(std::move(format))
    , m_parse(std::move(parse))
    , m_totalLabel(new QLabel(this))
    , m_messageLabel(refusalLabel(this))
{
    m_totalLabel->setObjectName(QStringLiteral("totalLabel"));
    m_totalLabel->setStyleSheet(QStringLiteral("font-size: 22pt; font-weight: bold;"));
    m_totalLabel->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    auto* grid = new QGridLayout;
    if (m_denominations.isEmpty()) {
        m_totalLineEdit = new QLineEdit(initial.isEmpty() ? QString() : m_format(initial.total()), this);
        m_totalLineEdit->setObjectName(QStringLiteral("cashTotalLineEdit"));
        m_totalLineEdit->setMinimumHeight(kTouchHeight);
        grid->addWidget(new QLabel(tr("Cash in the drawer:"), this), 0, 0);
        grid->addWidget(m_totalLineEdit, 0, 1);
        connect(m_totalLineEdit, &QLineEdit::textChanged, this, &CashCountDialog::updateTotal);
    }
    int coinRow = 0;
    int noteRow = 0;
    for (const Denomination& denomination : m_denominations) {
        auto* pieces = new QSpinBox(this);
        pieces->setObjectName(QStringLiteral("pieces%1").arg(denomination.minor));
        pieces->setRange(0, kMostPieces);
        pieces->setValue(initial.pieces(denomination.minor));
        pieces->setMinimumHeight(kTouchHeight);
        pieces->setMinimumWidth(110);
        auto* label = new QLabel(m_format(denomination.minor), this);
        label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        label->setBuddy(pieces);
        int& row = denomination.note ? noteRow : coinRow;
        const int column = denomination.note ? 2 : 0;
        grid->addWidget(label, row, column);
        grid->addWidget(pieces, row, column + 1);
        ++row;
        m_pieces.append(pieces);
        connect(pieces, &QSpinBox::valueChanged, this, &CashCountDialog::updateTotal);
    }
    grid->setColumnMinimumWidth(2, 120);
    layout->addLayout(grid);
    layout->addWidget(m_totalLabel);
    layout->addWidget(m_messageLabel);
    layout->addWidget(touchOkCancel(this, [this] { checkAndAccept(); }));
}

CashCountDialog* CashCountDialog::opening(const QList<Denomination>& denominations, const CashCount& carried,
                                          Format format, Parse parse, QWidget* parent)
{
    auto* dialog = new CashCountDialog(denominations, carried, std::move(format), std::move(parse), parent);
    dialog->setWindowTitle(tr("Open a shift: count the float"));
    dialog->m_teamCheckBox = new QCheckBox(tr("The whole &team's shift (anyone may sell from this drawer)"), dialog);
    dialog->m_teamCheckBox->setObjectName(QStringLiteral("teamCheckBox"));
    dialog->m_teamCheckBox->setChecked(true);
    auto* layout = qobject_cast<QVBoxLayout*>(dialog->layout());
    layout->insertWidget(0,
                         new QLabel(carried.isEmpty() ? tr("Count the coins and notes in the drawer.")
                                                      : tr("The last close left this in the drawer: check it."),
                                    dialog));
    layout->insertWidget(layout->count() - 2, dialog->m_teamCheckBox);
    dialog->updateTotal();
    return dialog;
}

CashCountDialog* CashCountDialog::closing(const QList<Denomination>& denominations, const ShiftExpectation& expected,
                                          bool blind, Format format, Parse parse, QWidget* parent)
{
    auto* dialog = new CashCountDialog(denominations, CashCount(), std::move(format), std::move(parse), parent);
    dialog->setWindowTitle(tr("Close the shift: count the drawer"));
    auto* layout = qobject_cast<QVBoxLayout*>(dialog->layout());
    layout->insertWidget(0,
                         new QLabel(blind ? tr("Count the coins and notes in the drawer. The manager compares "
                                               "your count with the register's.")
                                          : tr("Count the coins and notes in the drawer."),
                                    dialog));
    if (!blind)
        dialog->m_expectedCash = expected.expectedCash();
    auto* others = new QFormLayout;
    for (const MethodCount& method : expected.methods) {
        if (method.method == u"cash")
            continue;
        auto* counted = new QLineEdit(blind ? QString() : dialog->m_format(method.expected), dialog);
        counted->setObjectName(QStringLiteral("counted_%1").arg(method.method));
        counted->setMinimumHeight(kTouchHeight);
        counted->setPlaceholderText(tr("The terminal's or the vouchers' total"));
        const QString label
            = ReceiptText::paymentLabel(paymentMethodFromKey(method.method).value_or(PaymentMethod::Other));
        others->addRow(blind ? label : tr("%1 (expected %2)").arg(label, dialog->m_format(method.expected)), counted);
        dialog->m_otherMethods.append({method.method, counted});
    }
    layout->insertLayout(layout->count() - 3, others);
    dialog->updateTotal();
    return dialog;
}

CashCount CashCountDialog::count() const
{
    CashCount count;
    if (m_totalLineEdit) {
        // Counted as one total: a single "piece" worth the whole amount.
        if (const auto total = m_parse(m_totalLineEdit->text()); total && *total > 0)
            count.set(*total, 1);
        return count;
    }
    for (qsizetype i = 0; i < m_denominations.size(); ++i)
        count.set(m_denominations[i].minor, m_pieces[i]->value());
    return count;
}

Result<QMap<QString, qint64>> CashCountDialog::otherCounted() const
{
    QMap<QString, qint64> counted;
    for (const auto& [method, field] : m_otherMethods) {
        if (field->text().trimmed().isEmpty())
            continue;
        const auto amount = m_parse(field->text());
        if (!amount)
            return std::unexpected(amount.error());
        counted.insert(method, *amount);
    }
    return counted;
}

bool CashCountDialog::forTheTeam() const
{
    return !m_teamCheckBox || m_teamCheckBox->isChecked();
}

void CashCountDialog::updateTotal()
{
    const qint64 total = count().total();
    QString text = tr("Counted: %1").arg(m_format(total));
    if (m_expectedCash) {
        const qint64 difference = total - *m_expectedCash;
        text += u'\n' + tr("Expected: %1").arg(m_format(*m_expectedCash)) + u'\n'
            + (difference == 0      ? tr("The drawer is right.")
                   : difference > 0 ? tr("Over by %1").arg(m_format(difference))
                                    : tr("Short by %1").arg(m_format(-difference)));
    }
    m_totalLabel->setText(text);
}

void CashCountDialog::checkAndAccept()
{
    if (m_totalLineEdit && !m_totalLineEdit->text().trimmed().isEmpty() && !m_parse(m_totalLineEdit->text())) {
        m_messageLabel->setText(tr("The cash total is not an amount."));
        return;
    }
    if (const auto others = otherCounted(); !others) {
        m_messageLabel->setText(others.error().message);
        return;
    }
    accept();
}

} // namespace caisse
