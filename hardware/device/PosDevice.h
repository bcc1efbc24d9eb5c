#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QObject>

namespace caisse {

/**
 * A point-of-sale device with UnifiedPOS's life cycle: open (find it), claim (take it for this register alone),
 * enable (start working), then disable, release and close. Each step needs the one before; a step out of order fails
 * with a sentence instead of reaching the hardware. Drivers override the steps they need.
 */
class PosDevice : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Closed,
        Opened,
        Claimed,
        Enabled,
    };
    Q_ENUM(State)

    using QObject::QObject;

    Result<void> open();
    Result<void> claim();
    Result<void> enable();
    Result<void> disable();
    Result<void> release();
    Result<void> close();
    /** open, claim and enable in turn, as a register does at start. */
    Result<void> start();
    State state() const { return m_state; }

signals:
    void stateChanged(caisse::PosDevice::State state);

protected:
    virtual Result<void> onOpen() { return {}; }
    virtual Result<void> onClaim() { return {}; }
    virtual Result<void> onEnable() { return {}; }
    virtual void onDisable() { }
    virtual void onRelease() { }
    virtual void onClose() { }
    /** Fails unless the device is enabled: what output and input need. */
    Result<void> requireEnabled() const;

private:
    Result<void> step(State from, State to, Result<void> (PosDevice::*action)());
    void setState(State state);

    State m_state = State::Closed;
};

} // namespace caisse
