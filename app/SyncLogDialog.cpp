#include "SyncLogDialog.h"

#include "Clock.h"
#include "SyncOutbox.h"

#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace caisse {

SyncLogDialog::SyncLogDialog(Database& database, const SyncStatus& status, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_summaryLabel(new QLabel(this))
    , m_entriesTableWidget(new QTableWidget(0, 4, this))
    , m_retryPushButton(new QPushButton(tr("&Send the refused changes again"), this))
    , m_unknownPlainTextEdit(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("syncLogDialog"));
    setWindowTitle(tr("Online store sync log"));
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);
    const QLocale locale;
    QString summary = tr("%n change(s) waiting for the online store.", nullptr, int(status.waiting));
    summary += u' '
        + (status.lastSuccess.isValid()
               ? tr("Last complete sync: %1.")
                     .arg(locale.toString(status.lastSuccess.toLocalTime(), QLocale::ShortFormat))
               : tr("No complete sync yet."));
    if (!status.problem.isEmpty())
        summary += u' ' + status.problem;
    m_summaryLabel->setText(summary);
    m_entriesTableWidget->setObjectName(QStringLiteral("entriesTableWidget"));
    m_entriesTableWidget->setHorizontalHeaderLabels({tr("When"), tr("What"), tr("Outcome"), tr("Why")});
    m_entriesTableWidget->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_entriesTableWidget->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_entriesTableWidget->verticalHeader()->hide();
    m_entriesTableWidget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_entriesTableWidget->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_entriesTableWidget->setSelectionMode(QAbstractItemView::SingleSelection);
    m_retryPushButton->setObjectName(QStringLiteral("retryPushButton"));
    m_retryPushButton->setEnabled(false);
    m_unknownPlainTextEdit->setObjectName(QStringLiteral("unknownPlainTextEdit"));
    m_unknownPlainTextEdit->setReadOnly(true);
    m_unknownPlainTextEdit->setMaximumHeight(100);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_entriesTableWidget, 1);
    layout->addWidget(m_retryPushButton, 0, Qt::AlignLeft);
    layout->addWidget(new QLabel(tr("Online order lines the register does not sell"), this));
    layout->addWidget(m_unknownPlainTextEdit);
    resize(900, 550);

    connect(m_entriesTableWidget, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_entriesTableWidget->currentRow();
        m_retryPushButton->setEnabled(row >= 0 && row < m_entries.size() && m_entries[row].retryableBatchId > 0);
    });
    connect(m_retryPushButton, &QPushButton::clicked, this, &SyncLogDialog::retrySelected);
    reload();
}

void SyncLogDialog::reload()
{
    const auto entries = SyncLog(m_database).entries();
    m_entries = entries.value_or(QList<SyncLogEntry>());
    m_entriesTableWidget->setRowCount(0);
    const QLocale locale;
    for (const SyncLogEntry& entry : std::as_const(m_entries)) {
        const int row = m_entriesTableWidget->rowCount();
        m_entriesTableWidget->insertRow(row);
        const QString what = entry.kind == u"order" ? tr("Order %1").arg(entry.reference)
                                                    : tr("Stock changes %1").arg(entry.reference);
        const QStringList cells {locale.toString(entry.at.toLocalTime(), QLocale::ShortFormat), what, entry.outcome,
                                 entry.error};
        for (int column = 0; column < cells.size(); ++column)
            m_entriesTableWidget->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_unknownPlainTextEdit->setPlainText(SyncLog(m_database).unknownOrderLines().value_or(QStringList()).join(u'\n'));
    m_retryPushButton->setEnabled(false);
}

void SyncLogDialog::retrySelected()
{
    const int row = m_entriesTableWidget->currentRow();
    if (row < 0 || row >= m_entries.size() || m_entries[row].retryableBatchId == 0)
        return;
    const SystemClock clock;
    // The register id only names new batches; releasing one needs none.
    if (auto released
        = SyncOutbox(m_database, clock, {}).release(m_entries[row].retryableBatchId, tr("sent again by the manager"));
        !released) {
        m_summaryLabel->setText(released.error().message);
        return;
    }
    reload();
    emit retryRequested();
}

} // namespace caisse
