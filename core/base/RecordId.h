#pragma once

#include <QString>

namespace caisse {

/**
 * A new identifier for a stored record (product, ticket, stock movement…): an RFC 9562 version 7 UUID, whose first
 * 48 bits are the Unix time in milliseconds and the next 12 a counter, so identifiers made one after the other sort
 * one after the other. Rows keyed by them are appended at the end of their unique index instead of scattered through
 * it, which keeps a 100,000-product import and a long day of sales from rewriting index pages at random. Written here
 * because Qt offers version 7 only from 6.9 (QUuid::createUuidV7); the random part comes from a generator seeded by
 * the system, as QUuid's does.
 */
QString newRecordId();

} // namespace caisse
