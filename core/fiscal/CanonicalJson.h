#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace caisse {

/**
 * The one byte form of a fiscal record (RFC 8785 restricted as ../shared/reference/fiscal/DESIGN.md proposes): UTF-8,
 * object keys sorted, no white space, strings in Unicode NFC, and integers only. The same record always gives the same
 * bytes, so its hash can be checked by anyone, with any JSON tool, years later.
 */
class CanonicalJson
{
    Q_DECLARE_TR_FUNCTIONS(caisse::CanonicalJson)

public:
    /** Fails on a floating point number anywhere in value: money, rates and quantities must be integers. */
    static Result<QByteArray> serialize(const QJsonValue& value);
};

} // namespace caisse
