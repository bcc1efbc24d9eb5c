#pragma once

#include "base/Result.h"

#include <optional>

namespace caisse {

class Database;

/**
 * BEGIN IMMEDIATE ... COMMIT, rolled back when it goes out of scope uncommitted. IMMEDIATE takes the write lock at
 * the start, so two registers' writers queue instead of failing half-way.
 */
class Transaction
{
public:
    static Result<Transaction> begin(Database& database);
    /** A transaction of its own when none is open on this connection yet; none when one is. */
    static Result<std::optional<Transaction>> beginUnlessOpen(Database& database);
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    ~Transaction();

    /** Once this returns success, the data is on disk. */
    Result<void> commit();

private:
    explicit Transaction(Database* database);
    Database* m_database;
};

} // namespace caisse
