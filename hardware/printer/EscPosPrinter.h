#pragma once

#include "printer/ReceiptPrinter.h"

#include <QTimer>

namespace caisse {

/**
 * An ESC/POS printer on a two-way link, whatever carries the bytes (network, device file). Before each job the
 * printer is asked its status (DLE EOT 1, 2, 4) and nothing is sent to a printer that cannot print; after the job the
 * same questions travel behind it, so their answer comes once the printer has gone through the job: the job counts as
 * printed only if the printer still could print then. No answer in time: the printer is unreachable.
 */
class EscPosPrinter : public ReceiptPrinter
{
    Q_OBJECT

public:
    void print(qint64 id, const QByteArray& job) override;
    void queryStatus() override;
    void setReplyTimeoutMs(int timeout) { m_replyTimeoutMs = timeout; }

protected:
    explicit EscPosPrinter(QObject* parent = nullptr);

    /** Enabling asks the printer its status at once, so that the cashier sees it before the first receipt. */
    Result<void> onEnable() override;
    void onDisable() override;

    /** Opens the link if it is not open; calls linkReady() once bytes can be written, or linkLost() on failure. */
    virtual void openLink() = 0;
    virtual bool linkOpen() const = 0;
    virtual void write(const QByteArray& bytes) = 0;
    virtual void closeLink() = 0;

    void linkReady();
    void received(const QByteArray& bytes);
    void linkLost(const QString& reason);

private:
    enum class Phase
    {
        Idle,
        StatusOnly,
        StatusBefore,
        StatusAfter,
    };
    void begin(Phase phase);
    void ask();
    void stop(QStringView reason, const PrinterStatus& status);
    void done(const PrinterStatus& status);

    QTimer m_timer;
    int m_replyTimeoutMs = 3'000;
    Phase m_phase = Phase::Idle;
    qint64 m_jobId = 0;
    QByteArray m_job;
    QByteArray m_replies;
};

} // namespace caisse
