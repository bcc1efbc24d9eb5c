#include "device/PosDevice.h"

namespace caisse {

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(caisse::PosDevice)

public:
    static QString outOfOrder() { return tr("The device is not ready for this: open, claim and enable it first."); }
    static QString notEnabled() { return tr("The device is not enabled."); }
};

} // namespace

Result<void> PosDevice::step(State from, State to, Result<void> (PosDevice::*action)())
{
    if (m_state != from)
        return failure(Error::Code::BusinessRule, Texts::outOfOrder());
    if (auto done = (this->*action)(); !done)
        return done;
    setState(to);
    return {};
}

Result<void> PosDevice::open()
{
    return step(State::Closed, State::Opened, &PosDevice::onOpen);
}

Result<void> PosDevice::claim()
{
    return step(State::Opened, State::Claimed, &PosDevice::onClaim);
}

Result<void> PosDevice::enable()
{
    return step(State::Claimed, State::Enabled, &PosDevice::onEnable);
}

Result<void> PosDevice::disable()
{
    if (m_state != State::Enabled)
        return failure(Error::Code::BusinessRule, Texts::notEnabled());
    onDisable();
    setState(State::Claimed);
    return {};
}

Result<void> PosDevice::release()
{
    if (m_state == State::Enabled)
        disable();
    if (m_state != State::Claimed)
        return failure(Error::Code::BusinessRule, Texts::outOfOrder());
    onRelease();
    setState(State::Opened);
    return {};
}

Result<void> PosDevice::close()
{
    if (m_state == State::Enabled || m_state == State::Claimed)
        release();
    if (m_state == State::Opened) {
        onClose();
        setState(State::Closed);
    }
    return {};
}

Result<void> PosDevice::start()
{
    if (auto opened = open(); !opened)
        return opened;
    if (auto claimed = claim(); !claimed)
        return claimed;
    return enable();
}

Result<void> PosDevice::requireEnabled() const
{
    if (m_state != State::Enabled)
        return failure(Error::Code::BusinessRule, Texts::notEnabled());
    return {};
}

void PosDevice::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace caisse
