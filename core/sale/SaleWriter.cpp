#include "sale/SaleWriter.h"

namespace caisse {

SaleWriter::SaleWriter(DatabaseWriter& writer, const Clock& clock, QString registerId,
                       std::optional<Ed25519Key> journalKey, SaleStore::Mode mode)
    : m_writer(writer)
    , m_clock(clock)
    , m_registerId(std::move(registerId))
    , m_journalKey(std::move(journalKey))
    , m_mode(mode)
{ }

} // namespace caisse
