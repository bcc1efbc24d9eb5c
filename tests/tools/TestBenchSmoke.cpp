// caisse-bench runs end to end on a small catalog and prints one JSON object with every key the issues ask for.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

class TestBenchSmoke : public QObject
{
    Q_OBJECT

private slots:
    void printsAllFigures();
};

void TestBenchSmoke::printsAllFigures()
{
    QProcess bench;
    bench.start(QStringLiteral(CAISSE_BENCH),
                {QStringLiteral("--products"), QStringLiteral("2000"), QStringLiteral("--samples"),
                 QStringLiteral("50"), QStringLiteral("--journal-records"), QStringLiteral("3000"),
                 QStringLiteral("--import-products"), QStringLiteral("500")});
    QVERIFY(bench.waitForFinished(120000));
    QVERIFY2(bench.exitCode() == 0, bench.readAllStandardError().constData());
    QJsonParseError error;
    const QJsonObject figures = QJsonDocument::fromJson(bench.readAllStandardOutput(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    for (const char* key : {"lookup_p99_ms", "commit_p99_ms", "cold_start_ms", "rss_mib", "journal_overhead_p99_ms",
                            "verify_1m_s", "card_overhead_ms", "receipt_encode_ms", "print_to_last_byte_ms",
                            "api_calls_per_1000_sales", "import_100k_s", "csv_import_100k_s"}) {
        QVERIFY2(figures.value(QLatin1String(key)).isDouble(), key);
        QVERIFY2(figures.value(QLatin1String(key)).toDouble() > 0, key);
    }
    QCOMPARE(figures.value(QStringLiteral("products")).toInt(), 2000);
}

QTEST_GUILESS_MAIN(TestBenchSmoke)
#include "TestBenchSmoke.moc"
