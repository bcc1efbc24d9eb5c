// caisse-verify PATH: checks a register's fiscal journal (its database), an archive folder, or a chain of records in
// the reference vectors' JSON form. Exit 0 when intact, 1 naming the first bad record, 2 when PATH cannot be read.
#include "base/Localization.h"
#include "fiscal/FiscalArchive.h"
#include "fiscal/JournalVerifier.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace caisse;

namespace {

void print(const QString& line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
}

/** The reference vectors' form: {"pk_hex": ..., "records": [{"seq", "canonical_utf8", "sha256", "ed25519_sig_b64"}]}.
 */
QList<ChainReport> verifyVectors(const QJsonObject& vectors, JournalVerifier::Signatures signatures,
                                 const QByteArray& expectedKey)
{
    const QJsonArray records = vectors.value(QStringLiteral("records")).toArray();
    const QString chain = QJsonDocument::fromJson(
                              records.first().toObject().value(QStringLiteral("canonical_utf8")).toString().toUtf8())
                              .object()
                              .value(QStringLiteral("chain"))
                              .toString();
    JournalVerifier verifier(chain, signatures, expectedKey);
    Result<void> checked;
    for (const QJsonValue& value : records) {
        const QJsonObject record = value.toObject();
        checked = verifier.add(
            {record.value(QStringLiteral("seq")).toInteger(),
             record.value(QStringLiteral("canonical_utf8")).toString().toUtf8(),
             record.value(QStringLiteral("sha256")).toString(),
             QByteArray::fromBase64(record.value(QStringLiteral("ed25519_sig_b64")).toString().toLatin1())});
        if (!checked)
            break;
    }
    return {verifier.report(checked ? verifier.finish() : std::unexpected(checked.error()))};
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("caisse-verify"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CAISSE_VERSION));
    installTranslations(QLocale::system());

    QCommandLineParser options;
    options.setApplicationDescription(QCoreApplication::translate(
        "caisse-verify",
        "Checks the fiscal journal of a Caisse register: a database, an archive folder, or a chain of records "
        "in JSON. Exit status 0: intact; 1: a fault was found (the first bad record is named); 2: unreadable."));
    options.addHelpOption();
    options.addVersionOption();
    const QCommandLineOption every(
        QStringLiteral("every-signature"),
        QCoreApplication::translate("caisse-verify",
                                    "Check the signature of every record, not only of the chain's anchors (slower)."));
    const QCommandLineOption publicKey(
        QStringLiteral("public-key"),
        QCoreApplication::translate("caisse-verify",
                                    "The register's public key (hex), as printed on its closures and archives: "
                                    "a journal signed with another key is refused."),
        QStringLiteral("HEX"));
    options.addOptions({every, publicKey});
    options.addPositionalArgument(
        QStringLiteral("PATH"),
        QCoreApplication::translate("caisse-verify", "caisse.db, its folder, an archive folder, or a .json chain"));
    options.process(app);
    if (options.positionalArguments().size() != 1)
        options.showHelp(2);

    const auto signatures
        = options.isSet(every) ? JournalVerifier::Signatures::Every : JournalVerifier::Signatures::Anchors;
    const QByteArray expectedKey = QByteArray::fromHex(options.value(publicKey).toLatin1());
    QString path = options.positionalArguments().first();
    const QFileInfo info(path);
    QList<ChainReport> reports;
    if (info.isDir() && QFileInfo::exists(QDir(path).filePath(QStringLiteral("manifest.json")))) {
        reports.append(FiscalArchive::verify(path, signatures, expectedKey));
    } else if (info.suffix() == QStringLiteral("json")) {
        QFile file(path);
        const QJsonObject vectors
            = file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
        if (vectors.value(QStringLiteral("records")).toArray().isEmpty()) {
            print(QCoreApplication::translate("caisse-verify", "%1 is not a chain of records.").arg(path));
            return 2;
        }
        reports = verifyVectors(vectors, signatures, expectedKey);
    } else {
        if (info.isDir())
            path = QDir(path).filePath(QStringLiteral("caisse.db"));
        auto database = Database::open(path, Database::Access::ReadOnly);
        if (!database) {
            print(database.error().message);
            return 2;
        }
        auto verified = JournalVerifier::verifyDatabase(**database, signatures, expectedKey);
        if (!verified) {
            print(verified.error().message);
            return 2;
        }
        reports = *verified;
    }

    bool intact = true;
    for (const ChainReport& report : reports) {
        // Printed every time, so that an auditor compares it with the key on the register's closures and archives.
        print(report.publicKey.isEmpty()
                  ? QCoreApplication::translate("caisse-verify", "%1: NOT SIGNED: no key vouches for this chain")
                        .arg(report.chain)
                  : QCoreApplication::translate("caisse-verify", "%1: public key trusted %2")
                        .arg(report.chain, report.publicKey));
        if (!report.note.isEmpty())
            print(QCoreApplication::translate("caisse-verify", "%1: note: %2").arg(report.chain, report.note));
        if (report.fault.isEmpty()) {
            print(QCoreApplication::translate("caisse-verify", "%1: %2 records, intact; last record %3, hash %4")
                      .arg(report.chain)
                      .arg(report.records)
                      .arg(report.lastSeq)
                      .arg(report.lastHash));
        } else {
            intact = false;
            print(QCoreApplication::translate("caisse-verify", "%1: FAULT: %2").arg(report.chain, report.fault));
        }
    }
    return intact ? 0 : 1;
}
