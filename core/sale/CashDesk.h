#pragma once

#include "cash/CashDrawer.h"
#include "sale/ReceiptText.h"
#include "sale/SaleWriter.h"
#include "storage/RegisterProfile.h"

#include <QLocale>
#include <QObject>

namespace caisse {

/**
 * The drawer and the day's reports at the counter, without a screen: shifts opened with a float and closed with the
 * drawer counted (blind for cashiers when the manager wants it), cash in and out, the drawer opened without a sale,
 * the X report, the day's closure (Z) and its duplicate. Writes run on the database writer, each journaled; the reports
 * print on the receipt printer and show beside the ticket. The counter session owns it.
 */
class CashDesk : public QObject
{
    Q_OBJECT

public:
    CashDesk(Database& database, SaleWriter& writer, const Clock& clock, RegisterProfile profile, QLocale locale,
             QByteArray journalPublicKey, bool live, QObject* parent = nullptr);

    /** The coins and notes a count offers, of the register's currency. */
    QList<Denomination> denominations() const { return CashCount::denominationsOf(m_profile.currency); }
    QString formatMoney(qint64 minor) const;
    /** An amount as typed, in the register's currency and language. */
    Result<qint64> parseMoney(const QString& typed) const;

    /** The shift open at this register; none when there is none or it cannot be read (then said). */
    std::optional<Shift> currentShift();
    /** The float a new shift starts with: the drawer counted at the last close. */
    CashCount carriedFloat();
    /** What the open shift's drawer should hold; NotFound when no shift is open. */
    Result<ShiftExpectation> expectation();
    /** Whether closer counts without seeing what is expected: a cashier, when the manager set blind closes. */
    bool closesBlind(const Operator& closer) const;

    /** Opens a shift with its float; for the whole team, or for by alone. */
    Result<void> openShift(const CashCount& floatCount, bool forTheTeam, const Operator& by);
    /** Cash in or out with its reason (a manager's: Forbidden otherwise); the drawer opens once it is journaled. */
    Result<void> moveCash(CashMovementKind kind, const QString& typedAmount, const QString& reason, const Operator& by);
    /** The drawer opened without a sale, with its reason (a manager's: Forbidden otherwise), once journaled. */
    Result<void> openDrawer(const QString& reason, const Operator& by);
    /** Closes the open shift with the cash counted and the other methods' totals; shiftClosed says how it ended. */
    Result<void> closeShift(const CashCount& cash, const QMap<QString, qint64>& otherCounted, const Operator& by);
    /** A manager sets whether cashiers close their shift blind. */
    void setBlindClose(bool blind, const Operator& by);

    /** Closes today (Z), unless a shift is still open: shown, printed, and held by the journal. */
    void closeDay(const Operator& by);
    /** What the next Z would close, shown and printed; closes nothing (X). */
    void xReport();
    /** The last Z again, from the journal, as a duplicate. */
    void reprintLastZ();

signals:
    void info(const QString& text);
    void error(const QString& text);
    /** A report to show beside the ticket: an X, a Z or a Z's duplicate. */
    void shown(const QString& text, caisse::ReceiptText::ClosurePaper paper);
    /** A report for the receipt printer. */
    void printRequested(const QString& text);
    void drawerKickRequested();
    /** A shift opened or closed. */
    void shiftChanged();
    void shiftClosed(const caisse::ClosedShift& closed);

private:
    /** Refuses what training mode must not touch: the drawer's real money and the fiscal closures. */
    bool refusedInTraining();
    /** Renders a closure for paper and screen, and sends it to both. */
    void publish(const ClosureRecord& closure, const JournalEnd& end, ReceiptText::ClosurePaper paper);
    /** A write of the drawer on the writer's connection: said when it fails, done with its answer when it succeeds. */
    template <typename T, typename Done> void write(std::function<Result<T>(CashDrawer&)> job, Done done)
    {
        m_writer.run<Result<T>>(
            [&clock = m_clock, registerId = m_profile.registerId, job = std::move(job)](SaleStore& store) {
                CashDrawer drawer(store.database(), clock, registerId, store.technicalEvents());
                return job(drawer);
            },
            this,
            [this, done = std::move(done)](const Result<T>& written) {
                if (!written)
                    emit error(written.error().message);
                else if constexpr (std::is_void_v<T>)
                    done();
                else
                    done(*written);
            });
    }
    /** A drawer on the screen's connection, for reads. */
    CashDrawer reader();

    Database& m_database;
    SaleWriter& m_writer;
    const Clock& m_clock;
    RegisterProfile m_profile;
    QLocale m_locale;
    QByteArray m_publicKey;
    bool m_live;
    /** The screen's reads journal nothing; a drawer needs the register's technical events all the same. */
    TechnicalEvents m_readerEvents;
};

} // namespace caisse
