#pragma once

#include "storesync/ImportMatch.h"
#include "storesync/StoreVariant.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace caisse {

/** What reading the store's catalog found: the matches wait for the manager's confirmation. */
struct ImportPlan
{
    QList<ImportMatch> matches;
    /** Store products the register did not have, added (and linked) while the catalog was read. */
    qint64 created = 0;
    /** Online variants of articles found on both sides, each list one product's: added with the confirmed matches. */
    QList<QList<StoreVariant>> joining;
    qint64 alreadyLinked = 0;
    /** When the reading began: the store's later changes come in by modification date from then on. */
    QDateTime readAt;
    /** Why some products were not created, in words; empty when all were. */
    QString note;
};

} // namespace caisse
