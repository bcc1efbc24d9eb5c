#include "fiscal/CanonicalJson.h"

#include <QCborValue>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace caisse {

namespace {

void appendString(QByteArray& out, const QString& text)
{
    out += '"';
    for (const char byte : text.normalized(QString::NormalizationForm_C).toUtf8()) {
        const auto c = static_cast<unsigned char>(byte);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20)
                out += "\\u00" + QByteArray::number(c, 16).rightJustified(2, '0');
            else
                out += byte;
        }
    }
    out += '"';
}

bool append(QByteArray& out, const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        out += "null";
        return true;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        return true;
    case QJsonValue::Double: {
        const QCborValue number = QCborValue::fromJsonValue(value);
        if (!number.isInteger())
            return false;
        out += QByteArray::number(number.toInteger());
        return true;
    }
    case QJsonValue::String:
        appendString(out, value.toString());
        return true;
    case QJsonValue::Array: {
        out += '[';
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out += ',';
            if (!append(out, array.at(i)))
                return false;
        }
        out += ']';
        return true;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        QStringList keys = object.keys();
        // RFC 8785 sorts by UTF-16 code units, which is QString's own order.
        std::sort(keys.begin(), keys.end());
        out += '{';
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (i > 0)
                out += ',';
            appendString(out, keys[i]);
            out += ':';
            if (!append(out, object.value(keys[i])))
                return false;
        }
        out += '}';
        return true;
    }
    case QJsonValue::Undefined:
        break;
    }
    return false;
}

} // namespace

Result<QByteArray> CanonicalJson::serialize(const QJsonValue& value)
{
    QByteArray out;
    if (!append(out, value))
        return failure(Error::Code::InvalidInput,
                       tr("A fiscal record may hold only integers, text, booleans and null; it was not written."));
    return out;
}

} // namespace caisse
