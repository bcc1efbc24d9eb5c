#pragma once

#include "printer/EscPosPrinter.h"

class QTcpSocket;

namespace caisse {

/** An ESC/POS printer on the network: raw TCP, port 9100, two-way so that real-time status works. */
class NetworkPrinter final : public EscPosPrinter
{
    Q_OBJECT

public:
    NetworkPrinter(QString host, quint16 port, QObject* parent = nullptr);

protected:
    void openLink() override;
    bool linkOpen() const override;
    void write(const QByteArray& bytes) override;
    void closeLink() override;

private:
    QString m_host;
    quint16 m_port;
    QTcpSocket* m_socket;
};

} // namespace caisse
