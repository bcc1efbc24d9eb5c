#pragma once

#include <QString>

#include <optional>

namespace caisse {

/**
 * Tells a keyboard-wedge scanner from a person typing: a scanner types a burst of characters a few milliseconds apart
 * and ends it with its terminator (Enter or Tab); people type slower. Defaults after onScan.js
 * (../shared/reference/hardware/NOTES.md, section 4): at least 6 characters, at most 50 ms apart.
 */
class WedgeScanDetector
{
public:
    struct Settings
    {
        qint64 maxGapMs = 50;
        int minLength = 6;
        QString terminators = QStringLiteral("\r\t");
    };

    WedgeScanDetector();
    explicit WedgeScanDetector(Settings settings);

    /**
     * Takes one typed character and when it came (ms, any monotonic clock). Returns the scanned text when c ends a
     * scan; the characters of a scan never reach anything else.
     */
    std::optional<QString> key(QChar c, qint64 timeMs);
    /** The characters held back so far that turned out to be typing (to hand to the focused field). */
    QString takeTyping();
    /** Gives up the held characters (they were typing) and starts afresh. */
    void reset();
    /** True while characters are held back, waiting to know whether they are a scan. */
    bool holding() const { return !m_burst.isEmpty(); }
    /** When the held characters can be given up as typing: the time after which no scan can continue them. */
    qint64 releaseAtMs() const { return m_lastMs + m_settings.maxGapMs; }

    /**
     * A scanner set up for a QWERTY keyboard on a French AZERTY one types the digit row unshifted: "&é\"'(-è_çà" for
     * "1234567890". Returns the digits when text is only that, so the register can tell the technician.
     */
    static std::optional<QString> digitsFromAzertyRow(const QString& text);

private:
    Settings m_settings;
    QString m_burst;
    QString m_typing;
    qint64 m_lastMs = 0;
};

} // namespace caisse
