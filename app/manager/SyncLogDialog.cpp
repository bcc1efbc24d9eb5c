#include "manager/SyncLogDialog.h"

#include "base/Clock.h"
#include "storage/Database.h"
#include "storage/Settings.h"
#include "storesync/CatalogSync.h"
#include "storesync/OrderSync.h"
#include "storesync/Reconciliation.h"
#include "storesync/SyncOutbox.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace caisse {

SyncLogDialog::SyncLogDialog(Database& database, DatabaseWriter& writer, const Clock& clock, const SyncStatus& status,
                             std::optional<StoreConnection> connection, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_writer(writer)
    , m_clock(clock)
    , m_summaryLabel(new QLabel(this))
    , m_entriesTableWidget(new QTableWidget(0, 4, this))
    , m_retryPushButton(new QPushButton(tr("&Send the refused changes again"), this))
    , m_unknownPlainTextEdit(new QPlainTextEdit(this))
    , m_comparePushButton(new QPushButton(tr("&Compare with the online store (day end)"), this))
    , m_comparisonPlainTextEdit(new QPlainTextEdit(this))
    , m_pastOrdersPushButton(new QPushButton(tr("&Import all past orders…"), this))
    , m_matchPushButton(new QPushButton(tr("&Match products with the online store…"), this))
    , m_connection(std::move(connection))
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
    m_entriesTableWidget->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_entriesTableWidget->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
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
    layout->addWidget(new QLabel(tr("Articles created from online orders"), this));
    layout->addWidget(m_unknownPlainTextEdit);
    auto* storeButtons = new QHBoxLayout;
    storeButtons->addWidget(m_matchPushButton);
    storeButtons->addWidget(m_comparePushButton);
    storeButtons->addWidget(m_pastOrdersPushButton);
    storeButtons->addStretch();
    layout->addLayout(storeButtons);
    m_pastOrdersPushButton->setObjectName(QStringLiteral("pastOrdersPushButton"));
    connect(m_pastOrdersPushButton, &QPushButton::clicked, this, &SyncLogDialog::importPastOrders);
    m_matchPushButton->setObjectName(QStringLiteral("matchPushButton"));
    m_matchPushButton->setEnabled(m_connection.has_value());
    m_pastOrdersPushButton->setEnabled(m_connection.has_value());
    connect(m_matchPushButton, &QPushButton::clicked, this, &SyncLogDialog::matchProducts);
    layout->addWidget(m_comparisonPlainTextEdit);
    m_comparePushButton->setObjectName(QStringLiteral("comparePushButton"));
    m_comparePushButton->setEnabled(m_connection.has_value());
    m_comparisonPlainTextEdit->setObjectName(QStringLiteral("comparisonPlainTextEdit"));
    m_comparisonPlainTextEdit->setReadOnly(true);
    m_comparisonPlainTextEdit->setMaximumHeight(140);
    connect(m_comparePushButton, &QPushButton::clicked, this, &SyncLogDialog::compare);
    resize(900, 550);

    connect(m_entriesTableWidget, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_entriesTableWidget->currentRow();
        m_retryPushButton->setEnabled(
            row >= 0 && row < m_entries.size()
            && (m_entries[row].retryableBatchId > 0 || m_entries[row].retryableOpeningVariantId > 0));
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

std::optional<QString> SyncLogDialog::readRegisterId()
{
    const auto registerId = Settings(m_database).registerId();
    if (!registerId)
        m_comparisonPlainTextEdit->setPlainText(registerId.error().message);
    return registerId ? std::optional(*registerId) : std::nullopt;
}

void SyncLogDialog::compare()
{
    if (!m_connection)
        return;
    if (!m_client)
        m_client = new StoreClient(*m_connection, this);
    const auto registerId = readRegisterId();
    if (!registerId)
        return;
    m_comparePushButton->setEnabled(false);
    m_comparisonPlainTextEdit->setPlainText(tr("Reading the online store's stock…"));
    auto* reconciliation = new Reconciliation(m_database, m_clock, *registerId, *m_client, this);
    connect(reconciliation, &Reconciliation::finished, this,
            [this, reconciliation](const ReconciliationReport& report, const QString& problem) {
                reconciliation->deleteLater();
                m_comparePushButton->setEnabled(true);
                if (!problem.isEmpty()) {
                    m_comparisonPlainTextEdit->setPlainText(problem);
                    return;
                }
                QStringList lines;
                if (report.changesWaiting > 0)
                    lines << tr("%n change(s) still waiting to be sent: compare again once they are.", nullptr,
                                int(report.changesWaiting));
                lines << (report.ledgerOnStore == report.batchesApplied
                              ? tr("Every stock change sent was applied once: %n batch(es), as the online store "
                                   "counts them too.",
                                   nullptr, int(report.batchesApplied))
                              : tr("The register counts %1 batches applied, the online store %2: contact support.")
                                    .arg(report.batchesApplied)
                                    .arg(report.ledgerOnStore));
                lines << tr("%n online order(s) taken into the stock.", nullptr, int(report.ordersTaken));
                if (report.articlesCompared == 0)
                    lines << tr("No article is linked with the online store yet: match the products first.");
                else
                    lines << (report.differences.isEmpty() ? tr("Same stock on both sides for all %n article(s).",
                                                                nullptr, int(report.articlesCompared))
                                                           : tr("%n article(s) with a different stock:", nullptr,
                                                                int(report.differences.size())));
                for (const StockDifference& difference : report.differences)
                    lines << tr("%1: register %2, online store %3")
                                 .arg(difference.sku)
                                 .arg(difference.registerStock)
                                 .arg(difference.storeStock);
                m_comparisonPlainTextEdit->setPlainText(lines.join(u'\n'));
            });
    reconciliation->run();
}

void SyncLogDialog::matchProducts()
{
    if (!m_connection)
        return;
    if (!m_client)
        m_client = new StoreClient(*m_connection, this);
    const auto registerId = readRegisterId();
    if (!registerId)
        return;
    m_matchPushButton->setEnabled(false);
    m_comparisonPlainTextEdit->setPlainText(
        tr("Reading the online store's products… Those the register does not have are added as they come; the articles "
           "found on both sides are shown to you before they are linked. Sales can go on meanwhile."));
    auto* import = new ProductImport(m_database, m_clock, *registerId, *m_client, this);
    connect(import, &ProductImport::failed, this, [this, import](const QString& message) {
        import->deleteLater();
        m_matchPushButton->setEnabled(true);
        m_comparisonPlainTextEdit->setPlainText(message);
    });
    connect(import, &ProductImport::planned, this, [this, import](const ImportPlan& plan) {
        import->deleteLater();
        m_matchPushButton->setEnabled(true);
        qsizetype byBarcode = 0;
        QStringList lines;
        for (const ImportMatch& match : plan.matches) {
            byBarcode += match.matchedBy == u"barcode" ? 1 : 0;
            if (lines.size() < 50)
                lines << tr("%1 online = %2 at the register (by %3)")
                             .arg(match.store.sku, match.localSku,
                                  match.matchedBy == u"sku" ? tr("SKU") : tr("barcode"));
        }
        QString summary = tr("%Ln article(s) found on both sides", nullptr, int(plan.matches.size()));
        summary += tr(" (%Ln by barcode)", nullptr, int(byBarcode));
        qsizetype joining = 0;
        for (const QList<StoreVariant>& variants : plan.joining)
            joining += variants.size();
        if (joining > 0)
            summary += u'\n'
                + tr("%Ln variant(s) of those articles sold only online, added with them", nullptr, int(joining));
        summary += u'\n' + tr("%Ln product(s) sold only online, added to the register", nullptr, int(plan.created));
        summary += u'\n' + tr("%Ln article(s) already linked", nullptr, int(plan.alreadyLinked));
        if (!plan.note.isEmpty())
            summary += u'\n' + plan.note;
        m_comparisonPlainTextEdit->setPlainText(summary + u'\n' + lines.join(u'\n'));
        // Nothing to confirm when no article is on both sides: the matching is complete as it is.
        if (!plan.matches.isEmpty()
            && QMessageBox::question(this, tr("Match products"),
                                     summary + u'\n' + tr("Link the articles found on both sides now?"))
                != QMessageBox::Yes)
            return;
        saveMatching(plan);
    });
    import->plan();
}

SyncLogDialog::~SyncLogDialog()
{
    if (m_matchingThread)
        m_matchingThread->wait();
}

void SyncLogDialog::saveMatching(const ImportPlan& plan)
{
    // Thousands of matches take seconds to save: on a thread with its own connection, in short transactions, so that
    // neither this window nor the counter's sales wait for it.
    const auto registerId = readRegisterId();
    if (!registerId)
        return;
    m_matchPushButton->setEnabled(false);
    m_comparisonPlainTextEdit->setPlainText(tr("Linking the articles… Sales can go on meanwhile."));
    const QString path = m_database.path();
    m_matchingThread.reset(QThread::create([this, path, registerId = *registerId, plan] {
        auto database = Database::open(path);
        const Result<qint64> applied = database ? ProductImport::apply(**database, m_clock, registerId, plan)
                                                : Result<qint64>(std::unexpected(database.error()));
        QMetaObject::invokeMethod(
            this,
            [this, applied] {
                m_matchPushButton->setEnabled(true);
                if (applied)
                    emit syncRequested(); // the linked articles' changes, and the products to create, go now
                m_comparisonPlainTextEdit->setPlainText(
                    applied ? tr("%Ln article(s) linked with the online store.", nullptr, int(*applied))
                            : applied.error().message);
            },
            Qt::QueuedConnection);
    }));
    m_matchingThread->start();
}

void SyncLogDialog::importPastOrders()
{
    const auto answer = QMessageBox::warning(
        this, tr("Import all past orders"),
        tr("Every online order placed before the register was connected will lower the register's stock, as if "
           "sold today. If the stock was counted after those orders, the figures will be wrong. Import them?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    if (auto set = OrderSync::importPastOrders(m_database); !set) {
        m_summaryLabel->setText(set.error().message);
        return;
    }
    emit syncRequested();
}

void SyncLogDialog::retrySelected()
{
    const int row = m_entriesTableWidget->currentRow();
    if (row < 0 || row >= m_entries.size())
        return;
    const SyncLogEntry entry = m_entries[row];
    if (entry.retryableBatchId == 0 && entry.retryableOpeningVariantId == 0)
        return;
    // The register id only names new batches; releasing one needs none.
    DatabaseWriter::whenDone<Result<void>>(
        m_writer.run<Result<void>>(
            [&clock = m_clock, entry, why = tr("sent again by the manager")](Database& database) {
                return entry.retryableBatchId > 0
                    ? SyncOutbox(database, clock, {}).release(entry.retryableBatchId, why)
                    : CatalogSync::retryOpeningStock(database, entry.retryableOpeningVariantId);
            }),
        this, [this](const Result<void>& released) {
            if (!released) {
                m_summaryLabel->setText(released.error().message);
                return;
            }
            reload();
            emit syncRequested();
        });
}

} // namespace caisse
