// Keyboard-wedge scans told apart from typing by scripted timings, and a QWERTY scanner on an AZERTY keyboard.
#include "sale/WedgeScanDetector.h"

#include <QTest>

using namespace caisse;

class TestWedgeScanDetector : public QObject
{
    Q_OBJECT

private slots:
    void fastBurstEndingInEnterIsAScan();
    void humanTypingIsNotAScan();
    void shortBurstIsNotAScan();
    void slowCharacterSplitsTheBurst();
    void qwertyScannerOnAzertyIsRecognised();

private:
    struct Result
    {
        QStringList scans;
        QString typing;
    };
    static Result type(const QString& text, qint64 gapMs, WedgeScanDetector& detector, qint64 startMs = 0);
};

TestWedgeScanDetector::Result TestWedgeScanDetector::type(const QString& text, qint64 gapMs,
                                                          WedgeScanDetector& detector, qint64 startMs)
{
    Result result;
    qint64 time = startMs;
    for (const QChar c : text) {
        if (auto scan = detector.key(c, time))
            result.scans << *scan;
        time += gapMs;
    }
    result.typing = detector.takeTyping();
    return result;
}

void TestWedgeScanDetector::fastBurstEndingInEnterIsAScan()
{
    WedgeScanDetector detector;
    const Result result = type(QStringLiteral("3760001000016\r"), 8, detector);
    QCOMPARE(result.scans, QStringList {QStringLiteral("3760001000016")});
    QVERIFY(result.typing.isEmpty());
    QVERIFY(!detector.holding());
}

void TestWedgeScanDetector::humanTypingIsNotAScan()
{
    // 180 ms between keys: someone typing a barcode by hand, then Enter.
    WedgeScanDetector detector;
    const Result result = type(QStringLiteral("3760001000016\r"), 180, detector);
    QVERIFY(result.scans.isEmpty());
    QCOMPARE(result.typing, QStringLiteral("3760001000016\r"));
}

void TestWedgeScanDetector::shortBurstIsNotAScan()
{
    WedgeScanDetector detector;
    const Result result = type(QStringLiteral("12\r"), 5, detector);
    QVERIFY(result.scans.isEmpty());
    QCOMPARE(result.typing, QStringLiteral("12\r"));
}

void TestWedgeScanDetector::slowCharacterSplitsTheBurst()
{
    // A person types "a", then the scanner fires 200 ms later: the "a" is typing, the burst a scan.
    WedgeScanDetector detector;
    QVERIFY(!detector.key(u'a', 0));
    const Result result = type(QStringLiteral("96385074\r"), 10, detector, 200);
    QCOMPARE(result.scans, QStringList {QStringLiteral("96385074")});
    QCOMPARE(result.typing, QStringLiteral("a"));
}

void TestWedgeScanDetector::qwertyScannerOnAzertyIsRecognised()
{
    // 3760001000016 typed by a scanner set for QWERTY on a French keyboard.
    QCOMPARE(WedgeScanDetector::digitsFromAzertyRow(QStringLiteral("\"è-ààà&àààà&-")),
             std::optional<QString>(QStringLiteral("3760001000016")));
    QCOMPARE(WedgeScanDetector::digitsFromAzertyRow(QStringLiteral("(àà'")),
             std::optional<QString>(QStringLiteral("5004")));
    QVERIFY(!WedgeScanDetector::digitsFromAzertyRow(QStringLiteral("3760001000016")));
    QVERIFY(!WedgeScanDetector::digitsFromAzertyRow(QString()));
}

QTEST_GUILESS_MAIN(TestWedgeScanDetector)
#include "TestWedgeScanDetector.moc"
