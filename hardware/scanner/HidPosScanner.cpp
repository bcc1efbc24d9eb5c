#include "scanner/HidPosScanner.h"

#include "device/DeviceFile.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace caisse {

HidPosScanner::HidPosScanner(QString device, QObject* parent)
    : BarcodeScanner(parent)
    , m_device(std::move(device))
{ }

std::optional<QString> HidPosScanner::findNode(const QString& sysRoot, quint16 vendorId, quint16 productId)
{
    // uevent: HID_ID=<bus>:<vendor>:<product>, each as hexadecimal.
    static const QRegularExpression hidId(QStringLiteral(R"(^HID_ID=[0-9A-Fa-f]+:([0-9A-Fa-f]+):([0-9A-Fa-f]+)$)"),
                                          QRegularExpression::MultilineOption);
    const QDir classDir(sysRoot + QStringLiteral("/class/hidraw"));
    for (const QString& node : classDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        QFile uevent(classDir.filePath(node + QStringLiteral("/device/uevent")));
        if (!uevent.open(QIODevice::ReadOnly))
            continue;
        const auto match = hidId.match(QString::fromLatin1(uevent.readAll()));
        if (!match.hasMatch() || match.captured(1).toUInt(nullptr, 16) != vendorId
            || match.captured(2).toUInt(nullptr, 16) != productId)
            continue;
        // A scanner often shows a keyboard interface beside its POS one: take the one declaring usage page 0x8C
        // (a short item 05 8C, or a long one 06 8C 00).
        QFile descriptor(classDir.filePath(node + QStringLiteral("/device/report_descriptor")));
        if (!descriptor.open(QIODevice::ReadOnly))
            continue;
        const QByteArray items = descriptor.readAll();
        if (items.contains(QByteArrayView("\x05\x8c", 2)) || items.contains(QByteArrayView("\x06\x8c\x00", 3)))
            return node;
    }
    return std::nullopt;
}

Result<void> HidPosScanner::openInput()
{
    static const QRegularExpression usbId(QStringLiteral(R"(^([0-9A-Fa-f]{4}):([0-9A-Fa-f]{4})$)"));
    QString path = m_device;
    if (const auto ids = usbId.match(m_device); ids.hasMatch()) {
        const auto found = findNode(m_sysRoot, static_cast<quint16>(ids.captured(1).toUInt(nullptr, 16)),
                                    static_cast<quint16>(ids.captured(2).toUInt(nullptr, 16)));
        if (!found)
            return failure(Error::Code::NotFound,
                           tr("%1 is not connected, or not in HID POS mode: plug it in, or scan the \"USB HID POS\" "
                              "code of its manual.")
                               .arg(name()));
        path = m_devRoot + u'/' + *found;
    }
    delete m_file;
    m_file = new DeviceFile(path, this);
    connect(m_file, &DeviceFile::received, this, [this](const QByteArray& bytes) {
        for (const ScanData& label : m_reports.feed(bytes))
            emit dataReceived(label);
    });
    connect(m_file, &DeviceFile::lost, this, &HidPosScanner::inputLost);
    if (auto opened = m_file->open(false); !opened)
        return failure(Error::Code::NotFound,
                       tr("%1 cannot be opened (%2): check the udev rules and that this user "
                          "is in the plugdev group.")
                           .arg(name(), opened.error().message));
    m_reports = {};
    return {};
}

void HidPosScanner::closeInput()
{
    if (m_file)
        m_file->close();
}

QString HidPosScanner::name() const
{
    return tr("The USB scanner %1").arg(m_device);
}

} // namespace caisse
