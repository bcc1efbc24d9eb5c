-- Card payments through the terminal (core/CardPaymentFlow). An attempt is written, durably, before its request
-- leaves for the terminal, and its outcome as soon as it arrives, so that after a crash or a lost connection the
-- register knows a payment was under way and never asks the customer's card twice without finding out.
-- Never a card number: at most its last four digits.
CREATE TABLE card_attempts (
    id                  TEXT PRIMARY KEY,
    register_id         TEXT NOT NULL,
    kind                TEXT NOT NULL CHECK (kind IN ('payment', 'refund')),
    amount_minor        INTEGER NOT NULL CHECK (amount_minor > 0),
    currency            TEXT NOT NULL,
    -- The ticket as it was when the payment started (Ticket::toJson), to record it once the payment is known.
    ticket              TEXT NOT NULL,
    operator            TEXT NOT NULL,
    started_at          TEXT NOT NULL,
    state               TEXT NOT NULL CHECK (state IN ('sent', 'approved', 'not_charged', 'unknown')),
    outcome             TEXT,
    authorisation_code  TEXT,
    card_last_four      TEXT CHECK (card_last_four IS NULL OR length(card_last_four) <= 4),
    message             TEXT,
    finished_at         TEXT,
    -- Who read the terminal's slip when the terminal's answer never came.
    confirmed_by        TEXT
);
CREATE INDEX card_attempts_open ON card_attempts(register_id, state);

-- The payment a card attempt became: at most one, whatever happens (a retried recording, a second register start).
ALTER TABLE payments ADD COLUMN card_attempt_id TEXT REFERENCES card_attempts(id);
CREATE UNIQUE INDEX payments_card_attempt_once ON payments(card_attempt_id) WHERE card_attempt_id IS NOT NULL;
