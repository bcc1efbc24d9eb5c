#include "printer/UsbPrinter.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

#include <libusb.h>

Q_LOGGING_CATEGORY(lcUsbPrinter, "caisse.printer.usb")

namespace caisse {

namespace {

constexpr quint8 kPrinterClass = 0x07;
constexpr quint8 kEndpointIn = LIBUSB_ENDPOINT_IN;
constexpr unsigned kWriteTimeoutMs = 5'000;
constexpr unsigned kReadSliceMs = 100;
// Each write ends with three status questions (EscPosPrinter); their answers may come only after the job printed.
constexpr int kAnswerBytes = 3;
constexpr int kAnswerWaitMs = 4'000;

QList<UsbInterfaceDescription> describe(const libusb_config_descriptor& config)
{
    QList<UsbInterfaceDescription> interfaces;
    for (int n = 0; n < config.bNumInterfaces; ++n) {
        for (int a = 0; a < config.interface[n].num_altsetting; ++a) {
            const libusb_interface_descriptor& setting = config.interface[n].altsetting[a];
            UsbInterfaceDescription description {
                setting.bInterfaceNumber, setting.bAlternateSetting, setting.bInterfaceClass, {}};
            for (int e = 0; e < setting.bNumEndpoints; ++e) {
                const libusb_endpoint_descriptor& endpoint = setting.endpoint[e];
                if ((endpoint.bmAttributes & LIBUSB_TRANSFER_TYPE_MASK) == LIBUSB_TRANSFER_TYPE_BULK)
                    description.bulkEndpoints.append(endpoint.bEndpointAddress);
            }
            interfaces.append(description);
        }
    }
    return interfaces;
}

} // namespace

/** The libusb side, on the printer's own thread: every call here may block. */
class UsbPrinterLink final : public QObject
{
    Q_OBJECT

public:
    UsbPrinterLink(quint16 vendorId, quint16 productId)
        : m_vendorId(vendorId)
        , m_productId(productId)
    { }
    ~UsbPrinterLink() override { close(); }

    void open()
    {
        close();
        if (libusb_init(&m_context) != 0) {
            m_context = nullptr;
            emit lost(QStringLiteral("libusb cannot start"));
            return;
        }
        m_handle = libusb_open_device_with_vid_pid(m_context, m_vendorId, m_productId);
        if (!m_handle) {
            fail(QStringLiteral("USB printer %1:%2 not found or not allowed")
                     .arg(m_vendorId, 4, 16, QLatin1Char('0'))
                     .arg(m_productId, 4, 16, QLatin1Char('0')));
            return;
        }
        libusb_config_descriptor* config = nullptr;
        if (libusb_get_active_config_descriptor(libusb_get_device(m_handle), &config) != 0) {
            fail(QStringLiteral("no USB configuration"));
            return;
        }
        const auto endpoints = UsbPrinter::chooseEndpoints(describe(*config));
        libusb_free_config_descriptor(config);
        if (!endpoints) {
            fail(QStringLiteral("no printer-class interface with a bulk OUT endpoint"));
            return;
        }
        libusb_set_auto_detach_kernel_driver(m_handle, 1);
        if (const int claimed = libusb_claim_interface(m_handle, endpoints->interfaceNumber); claimed != 0) {
            // LIBUSB_ERROR_BUSY: another program (a CUPS backend, another register) holds the printer.
            fail(QString::fromLatin1(libusb_strerror(claimed)));
            return;
        }
        m_claimed = endpoints->interfaceNumber;
        if (endpoints->altSetting != 0)
            libusb_set_interface_alt_setting(m_handle, endpoints->interfaceNumber, endpoints->altSetting);
        m_endpoints = *endpoints;
        emit ready();
    }

    void write(const QByteArray& bytes)
    {
        if (!m_handle)
            return;
        qsizetype sent = 0;
        while (sent < bytes.size()) {
            int count = 0;
            const int result
                = libusb_bulk_transfer(m_handle, m_endpoints.out,
                                       reinterpret_cast<unsigned char*>(const_cast<char*>(bytes.constData() + sent)),
                                       static_cast<int>(bytes.size() - sent), &count, kWriteTimeoutMs);
            sent += count;
            if (result != 0 && result != LIBUSB_ERROR_TIMEOUT) {
                fail(QString::fromLatin1(libusb_strerror(result)));
                return;
            }
            if (result == LIBUSB_ERROR_TIMEOUT && count == 0) {
                fail(QStringLiteral("the printer takes no data"));
                return;
            }
        }
        readAnswers();
    }

    void close()
    {
        if (m_handle) {
            if (m_claimed >= 0)
                libusb_release_interface(m_handle, m_claimed);
            libusb_close(m_handle);
        }
        m_handle = nullptr;
        m_claimed = -1;
        if (m_context)
            libusb_exit(m_context);
        m_context = nullptr;
    }

signals:
    void ready();
    void received(const QByteArray& bytes);
    void lost(const QString& reason);

private:
    void readAnswers()
    {
        if (!m_endpoints.in)
            return;
        QByteArray answers;
        QElapsedTimer waited;
        waited.start();
        while (answers.size() < kAnswerBytes && waited.elapsed() < kAnswerWaitMs) {
            unsigned char buffer[64];
            int count = 0;
            const int result
                = libusb_bulk_transfer(m_handle, *m_endpoints.in, buffer, sizeof buffer, &count, kReadSliceMs);
            if (result != 0 && result != LIBUSB_ERROR_TIMEOUT) {
                fail(QString::fromLatin1(libusb_strerror(result)));
                return;
            }
            answers.append(reinterpret_cast<const char*>(buffer), count);
        }
        if (!answers.isEmpty())
            emit received(answers);
    }

    void fail(const QString& reason)
    {
        qCWarning(lcUsbPrinter) << reason;
        close();
        emit lost(reason);
    }

    quint16 m_vendorId;
    quint16 m_productId;
    libusb_context* m_context = nullptr;
    libusb_device_handle* m_handle = nullptr;
    int m_claimed = -1;
    UsbPrinterEndpoints m_endpoints;
};

UsbPrinter::UsbPrinter(quint16 vendorId, quint16 productId, QObject* parent)
    : EscPosPrinter(parent)
    , m_link(new UsbPrinterLink(vendorId, productId))
{
    m_link->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_link, &QObject::deleteLater);
    connect(m_link, &UsbPrinterLink::ready, this, [this] {
        m_open = true;
        linkReady();
    });
    connect(m_link, &UsbPrinterLink::received, this, &UsbPrinter::received);
    connect(m_link, &UsbPrinterLink::lost, this, [this](const QString& reason) {
        m_open = false;
        linkLost(reason);
    });
    m_thread.setObjectName(QStringLiteral("usb-printer"));
    m_thread.start();
}

UsbPrinter::~UsbPrinter()
{
    m_thread.quit();
    m_thread.wait();
}

std::optional<UsbPrinterEndpoints> UsbPrinter::chooseEndpoints(const QList<UsbInterfaceDescription>& interfaces)
{
    // The first printer-class setting with a bulk OUT endpoint; its first bulk IN, when it has one, carries status.
    for (const UsbInterfaceDescription& setting : interfaces) {
        if (setting.interfaceClass != kPrinterClass)
            continue;
        UsbPrinterEndpoints chosen {setting.number, setting.altSetting, 0, std::nullopt};
        for (const quint8 address : setting.bulkEndpoints) {
            if ((address & kEndpointIn) != 0 && !chosen.in)
                chosen.in = address;
            else if ((address & kEndpointIn) == 0 && chosen.out == 0)
                chosen.out = address;
        }
        if (chosen.out != 0)
            return chosen;
    }
    return std::nullopt;
}

void UsbPrinter::openLink()
{
    QMetaObject::invokeMethod(m_link, &UsbPrinterLink::open, Qt::QueuedConnection);
}

bool UsbPrinter::linkOpen() const
{
    return m_open;
}

void UsbPrinter::write(const QByteArray& bytes)
{
    QMetaObject::invokeMethod(
        m_link, [link = m_link, bytes] { link->write(bytes); }, Qt::QueuedConnection);
}

void UsbPrinter::closeLink()
{
    m_open = false;
    QMetaObject::invokeMethod(m_link, &UsbPrinterLink::close, Qt::QueuedConnection);
}

} // namespace caisse

#include "UsbPrinter.moc"
