#include "terminal/CaisseApMessage.h"

namespace caisse {

namespace {

constexpr qsizetype kHeader = 5;

bool isTag(const QByteArray& tag)
{
    return tag.size() == 2 && std::all_of(tag.begin(), tag.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

} // namespace

void CaisseApMessage::set(const QByteArray& tag, const QByteArray& value)
{
    for (auto& field : m_fields) {
        if (field.first == tag) {
            field.second = value;
            return;
        }
    }
    m_fields.append({tag, value});
}

QByteArray CaisseApMessage::value(const QByteArray& tag) const
{
    for (const auto& field : m_fields) {
        if (field.first == tag)
            return field.second;
    }
    return {};
}

bool CaisseApMessage::contains(const QByteArray& tag) const
{
    return std::any_of(m_fields.begin(), m_fields.end(), [&](const auto& field) { return field.first == tag; });
}

QByteArray CaisseApMessage::encode() const
{
    QByteArray bytes;
    const auto append = [&](const std::pair<QByteArray, QByteArray>& field) {
        bytes += field.first + QByteArray::number(field.second.size()).rightJustified(3, '0') + field.second;
    };
    for (const auto& field : m_fields) {
        if (field.first == "CZ")
            append(field);
    }
    for (const auto& field : m_fields) {
        if (field.first != "CZ")
            append(field);
    }
    return bytes;
}

std::pair<CaisseApMessage::Parsed, CaisseApMessage> CaisseApMessage::parse(const QByteArray& bytes)
{
    CaisseApMessage message;
    qsizetype at = 0;
    while (at < bytes.size()) {
        if (bytes.size() - at < kHeader)
            return {Parsed::Incomplete, {}};
        const QByteArray tag = bytes.mid(at, 2);
        const QByteArray length = bytes.mid(at + 2, 3);
        bool number = false;
        const int size = length.toInt(&number);
        if (!isTag(tag) || !number || size < 0 || !std::all_of(length.begin(), length.end(), ::isdigit))
            return {Parsed::Invalid, {}};
        if (bytes.size() - at - kHeader < size)
            return {Parsed::Incomplete, {}};
        message.m_fields.append({tag, bytes.mid(at + kHeader, size)});
        at += kHeader + size;
    }
    if (message.m_fields.isEmpty())
        return {Parsed::Incomplete, {}};
    return {Parsed::Complete, message};
}

void CaisseApMessage::wipe()
{
    for (auto& field : m_fields)
        field.second.fill('\0');
    m_fields.clear();
}

} // namespace caisse
