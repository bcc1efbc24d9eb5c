#include "counter/ReturnDialog.h"

#include "base/Quantity.h"
#include "sale/CounterSession.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace caisse {

ReturnDialog::ReturnDialog(CounterSession& session, const CommittedTicket& sold, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("returnDialog"));
    setWindowTitle(tr("Articles taken back from ticket %1").arg(sold.number));
    const QLocale& locale = session.locale();
    const QList<TicketLine>& lines = sold.ticket.lines();
    auto* table = new QTableWidget(static_cast<int>(lines.size()), 4, this);
    table->setObjectName(QStringLiteral("linesTableWidget"));
    table->setHorizontalHeaderLabels({tr("Article"), tr("Sold"), tr("Left to return"), tr("Returned now")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(48); // the quantity boxes are touch targets
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    const auto quantity = [&](const TicketLine& line, qint64 milli) {
        return line.soldByWeight ? tr("%1 kg").arg(formatQuantity(milli, locale)) : formatQuantity(milli, locale);
    };
    for (int row = 0; row < lines.size(); ++row) {
        const TicketLine& line = lines.at(row);
        // Lines are numbered from 1 as they were committed.
        const int lineNo = row + 1;
        const qint64 returnable = session.returnableQuantity(sold.uuid, lineNo);
        table->setItem(row, 0, new QTableWidgetItem(line.label));
        table->setItem(row, 1, new QTableWidgetItem(quantity(line, line.quantityMilli)));
        table->setItem(row, 2, new QTableWidgetItem(quantity(line, returnable)));
        auto* spin = new QSpinBox(table);
        spin->setObjectName(QStringLiteral("returnedSpinBox%1").arg(lineNo));
        spin->setMinimumHeight(44);
        // A weighed article comes back whole (what is left of its weight) or not at all.
        spin->setRange(0, line.soldByWeight ? (returnable > 0 ? 1 : 0) : static_cast<int>(returnable / 1000));
        if (line.soldByWeight)
            spin->setSuffix(tr(" × %1").arg(quantity(line, returnable)));
        table->setCellWidget(row, 3, spin);
        m_rows.append({lineNo, line.soldByWeight, returnable, spin});
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    // Everything that is left: the whole ticket voided by its counter-ticket.
    QPushButton* everything = buttons->addButton(tr("&Everything"), QDialogButtonBox::ActionRole);
    everything->setObjectName(QStringLiteral("everythingPushButton"));
    connect(everything, &QPushButton::clicked, this, [this] {
        for (const Row& row : m_rows)
            row.quantity->setValue(row.quantity->maximum());
    });
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Refund these articles"));
    for (QAbstractButton* button : buttons->buttons())
        button->setMinimumHeight(44);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("Sold on %1 by %2.")
                       .arg(locale.toString(sold.occurredAt.toLocalTime(), QLocale::ShortFormat), sold.operatorName),
                   this));
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    resize(760, 420);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QList<RefundRequest> ReturnDialog::requests() const
{
    QList<RefundRequest> requests;
    for (const Row& row : m_rows) {
        const int chosen = row.quantity->value();
        if (chosen > 0)
            requests.append({row.lineNo, row.soldByWeight ? row.returnableMilli : chosen * 1000LL});
    }
    return requests;
}

} // namespace caisse
