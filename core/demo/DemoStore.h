#pragma once

#include "base/Clock.h"
#include "base/Result.h"

#include <QCoreApplication>

namespace caisse {

class Database;
class OperatorStore;

/**
 * The demo shop a first start creates: a French grocery and general store with its catalog
 * (resources/demo/catalog.csv), opening stock, and a shop identity for receipts. Sales start from nothing.
 */
class DemoStore
{
    Q_DECLARE_TR_FUNCTIONS(caisse::DemoStore)

public:
    /** True when the database has no shop yet: a first start. */
    static bool isEmpty(Database& database);
    /** Seeds the demo shop in one transaction: all of it or, on an error, nothing. Returns the number of products. */
    static Result<int> seed(Database& database, const Clock& clock);
    /**
     * The demo shop's operators, when the register has none: Dominique, administrator (PIN 2222), and Camille,
     * cashier (PIN 1111). Their creation is journaled like any change of rights.
     */
    static Result<void> seedOperators(OperatorStore& operators);
    /** True for the demo shop, whose operators' PINs are public. */
    static bool isDemo(Database& database);
    static QString loginHint();
};

} // namespace caisse
