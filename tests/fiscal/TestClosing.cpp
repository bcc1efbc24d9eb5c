// Closures, duplicates, abandoned tickets, rights and training mode, as the journal records them.
#include "fiscal/Closing.h"
#include "fiscal/FiscalSettings.h"
#include "fiscal/JournalVerifier.h"
#include "sale/LineForScan.h"
#include "sale/ReceiptText.h"
#include "sale/SaleStore.h"
#include "storage/Settings.h"
#include "support/ResultCheck.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace caisse;

namespace {

QStringList words(const char* text)
{
    return QString::fromLatin1(text).split(u' ');
}

} // namespace

class TestClosing : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void dayLeftOpenIsClosedBeforeTheNextDaysFirstSale();
    void monthAndYearCloseAtTheirTurn();
    void closingTheDayNeedsAManager();
    void refundNeedsAManagersApproval();
    void reprintsAreDuplicatesCountedInTheClosure();
    void abandonedTicketLeavesATrace();
    void trainingTicketsStayOffTheBooks();
    void fiscalSettingsNeedTheRightAndAreJournaled();

private:
    void sellAt(const QString& isoTime, const QStringList& barcodes);
    QStringList types(const QString& chain) const;
    void verifyAll();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    test::ManualClock m_clock;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<SaleStore> m_store;
};

void TestClosing::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = Database::open(m_dir->filePath(QStringLiteral("caisse.db"))).value();
    test::addVectorsArticles(*m_db);
    m_catalog = std::make_unique<Catalog>(*m_db);
    m_store = std::make_unique<SaleStore>(*m_db, m_clock, QStringLiteral("R01"), Ed25519Key::generate().value());
}

void TestClosing::cleanup()
{
    m_store.reset();
    m_catalog.reset();
    m_db.reset();
    m_dir.reset();
}

void TestClosing::sellAt(const QString& isoTime, const QStringList& barcodes)
{
    m_clock.set(QDateTime::fromString(isoTime, Qt::ISODateWithMs));
    QVERIFY_RESULT(m_store->commit(test::cashSale(*m_catalog, barcodes), test::cashier()));
}

QStringList TestClosing::types(const QString& chain) const
{
    QStringList types;
    for (const auto& [type, data] : test::journalRecords(*m_db, chain))
        types << (type == QStringLiteral("EVENT") ? QString::number(data.value(QStringLiteral("code")).toInt()) : type);
    return types;
}

void TestClosing::verifyAll()
{
    const auto reports = JournalVerifier::verifyDatabase(*m_db, JournalVerifier::Signatures::Every);
    QVERIFY_RESULT(reports);
    for (const ChainReport& report : *reports)
        QVERIFY2(report.fault.isEmpty(), qPrintable(report.fault));
}

void TestClosing::dayLeftOpenIsClosedBeforeTheNextDaysFirstSale()
{
    // The vectors' day (sale of 20.48, the bowl brought back), left open; the next morning's first sale closes it.
    m_clock.set(QDateTime::fromString(QStringLiteral("2025-03-14T09:26:53.589Z"), Qt::ISODateWithMs));
    Ticket sale;
    const BarcodeParser parser;
    for (const char* code : {"4006381333931", "4006381333931", "96385074"})
        QVERIFY_RESULT(sale.addLine(*lineForScan(*m_catalog, QString::fromLatin1(code), parser, sale.currency())));
    QVERIFY_RESULT(sale.payCash(2048));
    const auto committed = m_store->commit(sale, test::cashier(QStringLiteral("op1")));
    QVERIFY_RESULT(committed);
    m_clock.set(QDateTime::fromString(QStringLiteral("2025-03-14T10:02:11.004Z"), Qt::ISODateWithMs));
    auto refund = m_store->prepareRefund(committed->uuid, {{2, 1000}});
    QVERIFY_RESULT(refund);
    QVERIFY_RESULT(refund->payCash(0));
    const auto refunded = m_store->commit(*refund, test::manager(QStringLiteral("op1")));
    QVERIFY_RESULT(refunded);
    QCOMPARE(types(QStringLiteral("R01")), words("GENESIS TICKET TICKET"));

    sellAt(QStringLiteral("2025-03-15T08:05:00.000Z"), {QStringLiteral("4006381333931")});
    const auto records = test::journalRecords(*m_db, QStringLiteral("R01"));
    QCOMPARE(types(QStringLiteral("R01")), words("GENESIS TICKET TICKET CLOSE_DAY TICKET"));

    QFile file(QStringLiteral(POS_TEST_DATA_DIR "/fiscal/chain_vectors.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject vector = QJsonDocument::fromJson(QJsonDocument::fromJson(file.readAll())
                                                           .object()
                                                           .value(QStringLiteral("records"))
                                                           .toArray()
                                                           .at(3)
                                                           .toObject()
                                                           .value(QStringLiteral("canonical_utf8"))
                                                           .toString()
                                                           .toUtf8())
                                   .object();
    QCOMPARE(vector.value(QStringLiteral("type")).toString(), QStringLiteral("CLOSE_DAY"));
    QJsonObject expected = vector.value(QStringLiteral("data")).toObject();
    // Our chain's hashes are ours, and our closures add the totals per payment method, the refunds (the bowl), the
    // discounts and the closure's number; the vectors' fields are the same.
    expected.insert(QStringLiteral("last_ticket_hash"), refunded->journalHash);
    expected.insert(
        QStringLiteral("payments"),
        QJsonArray {QJsonObject {{QStringLiteral("amount"), 798}, {QStringLiteral("method"), QStringLiteral("CASH")}}});
    expected.insert(QStringLiteral("refunds"),
                    QJsonObject {{QStringLiteral("count"), 1}, {QStringLiteral("ttc"), -1250}});
    expected.insert(QStringLiteral("discounts"), 0);
    expected.insert(QStringLiteral("number"), 1);
    QCOMPARE(records.at(3).second, expected);
    QCOMPARE(records.at(4).second.value(QStringLiteral("no")).toInt(), 3);
    verifyAll();
}

void TestClosing::monthAndYearCloseAtTheirTurn()
{
    sellAt(QStringLiteral("2025-12-30T10:00:00.000Z"), {QStringLiteral("4006381333931")});
    sellAt(QStringLiteral("2025-12-31T10:00:00.000Z"), {QStringLiteral("4006381333931"), QStringLiteral("96385074")});
    sellAt(QStringLiteral("2026-01-02T10:00:00.000Z"), {QStringLiteral("96385074")});
    QCOMPARE(types(QStringLiteral("R01")),
             words("GENESIS TICKET CLOSE_DAY TICKET CLOSE_DAY CLOSE_MONTH CLOSE_YEAR TICKET"));
    const auto records = test::journalRecords(*m_db, QStringLiteral("R01"));
    for (int seq : {5, 6}) {
        const QJsonObject closure = records.at(seq).second;
        QCOMPARE(closure.value(QStringLiteral("period")).toString(),
                 seq == 5 ? QStringLiteral("2025-12") : QStringLiteral("2025"));
        QCOMPARE(closure.value(QStringLiteral("tickets")).toInt(), 2);
        QCOMPARE(closure.value(QStringLiteral("first_ticket")).toInt(), 1);
        QCOMPARE(closure.value(QStringLiteral("last_ticket")).toInt(), 2);
        QCOMPARE(closure.value(QStringLiteral("total_ttc")).toInt(), 399 + 399 + 1250);
        QCOMPARE(closure.value(QStringLiteral("gt_perpetual")).toInt(), 2048);
        QCOMPARE(closure.value(QStringLiteral("vat")).toArray().size(), 2);
    }
    // Each closure is a technical event (50, 60 for the year) on the JET chain.
    QCOMPARE(types(QStringLiteral("R01-JET")), words("GENESIS 50 50 50 60"));
    verifyAll();
}

void TestClosing::closingTheDayNeedsAManager()
{
    sellAt(QStringLiteral("2026-11-23T10:00:00.000Z"), {QStringLiteral("4006381333931")});
    const auto refused = m_store->closing().closeToday(test::cashier());
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Forbidden);
    QCOMPARE(types(QStringLiteral("R01")).size(), 2);

    m_clock.set(QDateTime::fromString(QStringLiteral("2026-11-23T19:00:00.000Z"), Qt::ISODateWithMs));
    const auto closure = m_store->closing().closeToday(test::manager());
    QVERIFY_RESULT(closure);
    QCOMPARE(closure->period, QStringLiteral("2026-11-23"));
    QCOMPARE(closure->tickets, 1);
    // Closed twice the same day: the second closure has nothing in it, and says so.
    const auto empty = m_store->closing().closeToday(test::manager());
    QVERIFY_RESULT(empty);
    QCOMPARE(empty->tickets, 0);
    QVERIFY(!empty->firstTicket);
    QVERIFY(empty->toJson().value(QStringLiteral("first_ticket")).isNull());
    QCOMPARE(empty->grandTotal, 399);
    verifyAll();
}

void TestClosing::refundNeedsAManagersApproval()
{
    sellAt(QStringLiteral("2026-11-23T10:00:00.000Z"), {QStringLiteral("96385074")});
    const auto sale = m_store->loadByNumber(1);
    QVERIFY_RESULT(sale);
    auto refund = m_store->prepareRefund(sale->uuid, {{1, 1000}});
    QVERIFY_RESULT(refund);
    QVERIFY_RESULT(refund->payCash(0));
    const auto refused = m_store->commit(*refund, test::cashier(QStringLiteral("Camille")));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Forbidden);
    QVERIFY(refused.error().message.contains(QStringLiteral("Camille")));

    Operator approved = test::cashier(QStringLiteral("Camille"));
    approved.approved = Permission::Refund;
    approved.approvedBy = QStringLiteral("Dominique");
    QVERIFY_RESULT(m_store->commit(*refund, approved));
    const auto events = test::journalRecords(*m_db, QStringLiteral("R01-JET"));
    QCOMPARE(events.last().second.value(QStringLiteral("code")).toInt(), 190);
    QCOMPARE(events.last().second.value(QStringLiteral("details")).toObject().value(QStringLiteral("approved_by")),
             QJsonValue(QStringLiteral("Dominique")));
    // The approval was for that refund only.
    QVERIFY(!approved.may(Permission::CloseDay));
}

void TestClosing::reprintsAreDuplicatesCountedInTheClosure()
{
    sellAt(QStringLiteral("2026-11-23T10:00:00.000Z"), {QStringLiteral("4006381333931"), QStringLiteral("96385074")});
    const auto sale = m_store->loadByNumber(1);
    QVERIFY_RESULT(sale);
    QCOMPARE(m_store->recordDuplicate(sale->uuid, test::cashier()).value(), 1);
    QCOMPARE(m_store->recordDuplicate(sale->uuid, test::cashier()).value(), 2);

    const ShopIdentity shop {QStringLiteral("Épicerie"), {}, {}, {}, {}};
    const QLocale french(QLocale::French, QLocale::France);
    const QString original = ReceiptText::render(*sale, shop, french);
    const QString copy = ReceiptText::render(*sale, shop, french, 2);
    QVERIFY(original.contains(QStringLiteral("ORIGINAL")));
    QVERIFY(copy.contains(QStringLiteral("DUPLICATA 2")));
    QVERIFY(original.contains(QString::fromLatin1(sale->journalSignature.toBase64().left(8))));
    QVERIFY(original.contains(QStringLiteral("2 line")));
    // Apart from the mention, a duplicate is the original.
    QCOMPARE(QString(copy).replace(QStringLiteral("DUPLICATA 2"), QStringLiteral("ORIGINAL")), original);

    m_clock.set(QDateTime::fromString(QStringLiteral("2026-11-23T19:00:00.000Z"), Qt::ISODateWithMs));
    QCOMPARE(m_store->closing().closeToday(test::manager())->duplicatesPrinted, 2);
    verifyAll();
}

void TestClosing::abandonedTicketLeavesATrace()
{
    const Ticket rungUp = test::cashSale(*m_catalog, {QStringLiteral("4006381333931"), QStringLiteral("96385074")});
    QVERIFY_RESULT(m_store->abandon(rungUp, test::cashier(QStringLiteral("Camille"))));
    QVERIFY_RESULT(m_store->abandon(Ticket(), test::cashier()));
    const auto records = test::journalRecords(*m_db, QStringLiteral("R01"));
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.last().first, QStringLiteral("TICKET_ABANDONED"));
    QCOMPARE(records.last().second.value(QStringLiteral("lines")).toArray().size(), 2);
    QCOMPARE(records.last().second.value(QStringLiteral("total_ttc")).toInt(), 1649);
    QCOMPARE(records.last().second.value(QStringLiteral("operator")).toString(), QStringLiteral("Camille"));
    verifyAll();
}

void TestClosing::trainingTicketsStayOffTheBooks()
{
    SaleStore training(*m_db, m_clock, QStringLiteral("R01"), Ed25519Key::generate().value(),
                       SaleStore::Mode::Training);
    const qint64 bowl = m_catalog->findByLookupKey(*BarcodeParser::lookupKeyOf(QStringLiteral("96385074")))->variantId;
    const qint64 stockBefore = m_catalog->stockLevelMilli(bowl).value();
    const auto trained = training.commit(test::cashSale(*m_catalog, {QStringLiteral("96385074")}), test::cashier());
    QVERIFY_RESULT(trained);
    QVERIFY(trained->training);
    QCOMPARE(trained->number, 1);
    QCOMPARE(trained->registerId, QStringLiteral("R01-TRAINING"));
    QVERIFY(ReceiptText::render(*training.load(trained->uuid), {}, QLocale::c())
                .contains(QStringLiteral("TRAINING - NOT A VALID RECEIPT")));
    QCOMPARE(m_catalog->stockLevelMilli(bowl).value(), stockBefore);

    sellAt(QStringLiteral("2026-11-23T10:00:00.000Z"), {QStringLiteral("96385074")});
    QCOMPARE(m_store->loadByNumber(1)->training, false);
    QCOMPARE(types(QStringLiteral("R01")), words("GENESIS TICKET"));
    QCOMPARE(types(QStringLiteral("R01-TRAINING")), words("GENESIS TICKET"));
    verifyAll();
}

void TestClosing::fiscalSettingsNeedTheRightAndAreJournaled()
{
    Settings settings(*m_db);
    FiscalSettings fiscalSettings(*m_db, m_store->technicalEvents());
    const auto refused
        = fiscalSettings.change(QStringLiteral("shop_siret"), QStringLiteral("98765432100017"), test::manager());
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Forbidden);
    QVERIFY(settings.shop()->siret.isEmpty());

    const Operator owner {QStringLiteral("Dominique"), Role::Administrator, std::nullopt, {}};
    QVERIFY_RESULT(fiscalSettings.change(QStringLiteral("shop_siret"), QStringLiteral("98765432100017"), owner));
    QCOMPARE(settings.shop()->siret, QStringLiteral("98765432100017"));
    // Not around the journal: a plain write of a fiscal setting is refused once the journal has begun.
    const auto direct = settings.setValue(QStringLiteral("shop_siret"), QStringLiteral("11111111100011"));
    QVERIFY(!direct);
    QCOMPARE(direct.error().code, Error::Code::Forbidden);
    QCOMPARE(settings.shop()->siret, QStringLiteral("98765432100017"));
    const auto records = test::journalRecords(*m_db, QStringLiteral("R01-JET"));
    QCOMPARE(records.last().second.value(QStringLiteral("code")).toInt(), 270);
    const QJsonObject details = records.last().second.value(QStringLiteral("details")).toObject();
    QCOMPARE(details.value(QStringLiteral("key")).toString(), QStringLiteral("shop_siret"));
    QCOMPARE(details.value(QStringLiteral("to")).toString(), QStringLiteral("98765432100017"));
    QCOMPARE(records.last().second.value(QStringLiteral("operator")).toString(), QStringLiteral("Dominique"));
    verifyAll();
}

QTEST_GUILESS_MAIN(TestClosing)
#include "TestClosing.moc"
