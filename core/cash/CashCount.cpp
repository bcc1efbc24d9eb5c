#include "cash/CashCount.h"

#include <QCoreApplication>

namespace caisse {

QList<Denomination> CashCount::denominationsOf(const Currency& currency)
{
    const auto list = [](std::initializer_list<qint64> coins, std::initializer_list<qint64> notes) {
        QList<Denomination> all;
        for (const qint64 coin : coins)
            all.append({coin, false});
        for (const qint64 note : notes)
            all.append({note, true});
        return all;
    };
    // The 500-euro note is no longer issued and shops refuse it; the Swiss 1,000-franc note is, and shops see it.
    if (currency.code() == u"EUR")
        return list({1, 2, 5, 10, 20, 50, 100, 200}, {500, 1000, 2000, 5000, 10000, 20000});
    if (currency.code() == u"CHF")
        return list({5, 10, 20, 50, 100, 200, 500}, {1000, 2000, 5000, 10000, 20000, 100000});
    // Canada withdrew its cent in 2013: cash is rounded to 5 cents.
    if (currency.code() == u"CAD")
        return list({5, 10, 25, 100, 200}, {500, 1000, 2000, 5000, 10000});
    return {};
}

void CashCount::set(qint64 denomination, int pieces)
{
    if (pieces > 0)
        m_pieces[denomination] = pieces;
    else
        m_pieces.erase(denomination);
}

int CashCount::pieces(qint64 denomination) const
{
    const auto found = m_pieces.find(denomination);
    return found == m_pieces.end() ? 0 : found->second;
}

qint64 CashCount::total() const
{
    qint64 sum = 0;
    for (const auto& [denomination, pieces] : m_pieces)
        sum += denomination * pieces;
    return sum;
}

QJsonObject CashCount::toJson() const
{
    QJsonObject json;
    for (const auto& [denomination, pieces] : m_pieces)
        json.insert(QString::number(denomination), pieces);
    return json;
}

Result<CashCount> CashCount::fromJson(const QJsonObject& json)
{
    CashCount count;
    for (auto it = json.begin(); it != json.end(); ++it) {
        bool number = false;
        const qint64 denomination = it.key().toLongLong(&number);
        if (!number || denomination <= 0 || !it.value().isDouble() || it.value().toInt() < 0)
            return failure(
                Error::Code::Corrupt,
                QCoreApplication::translate("caisse::CashCount", "A drawer count is not readable (%1).").arg(it.key()));
        count.set(denomination, it.value().toInt());
    }
    return count;
}

} // namespace caisse
