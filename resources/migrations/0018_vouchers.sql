-- Vouchers and gift cards (issue 17). A voucher is issued by the ticket that sells it or refunds into it; its balance is
-- the sum of its movements, each written with the ticket that moves it, in that ticket's transaction. A movement that
-- would take a balance below zero is refused here, so that two payments racing for the same voucher, on two
-- connections, cannot both take what only one may: SQLite runs their transactions one after the other.
CREATE TABLE vouchers (
    code        TEXT PRIMARY KEY,
    currency    TEXT NOT NULL,
    issued_at   TEXT NOT NULL,
    -- The last day it can be used, in the shop's calendar (YYYY-MM-DD).
    expires_on  TEXT NOT NULL,
    ticket_uuid TEXT NOT NULL REFERENCES tickets(uuid)
) WITHOUT ROWID;

CREATE TABLE voucher_movements (
    id           INTEGER PRIMARY KEY,
    code         TEXT NOT NULL REFERENCES vouchers(code),
    amount_minor INTEGER NOT NULL CHECK (amount_minor <> 0),
    ticket_uuid  TEXT NOT NULL REFERENCES tickets(uuid),
    occurred_at  TEXT NOT NULL
);
CREATE INDEX voucher_movements_by_code ON voucher_movements(code);

CREATE TRIGGER voucher_balance_never_negative BEFORE INSERT ON voucher_movements
WHEN (SELECT COALESCE(SUM(amount_minor), 0) FROM voucher_movements WHERE code = NEW.code) + NEW.amount_minor < 0
BEGIN SELECT RAISE(ABORT, 'voucher balance below zero'); END;
CREATE TRIGGER vouchers_are_immutable BEFORE UPDATE ON vouchers
BEGIN SELECT RAISE(ABORT, 'vouchers cannot be changed'); END;
CREATE TRIGGER vouchers_are_kept BEFORE DELETE ON vouchers
BEGIN SELECT RAISE(ABORT, 'vouchers cannot be deleted'); END;
CREATE TRIGGER voucher_movements_are_immutable BEFORE UPDATE ON voucher_movements
BEGIN SELECT RAISE(ABORT, 'voucher movements cannot be changed'); END;
CREATE TRIGGER voucher_movements_are_kept BEFORE DELETE ON voucher_movements
BEGIN SELECT RAISE(ABORT, 'voucher movements cannot be deleted'); END;

-- A voucher is a tender of its own: the payments' list of methods grows by one. SQLite changes a CHECK only by
-- building the table again; its guards and index come back with it.
CREATE TABLE payments_with_vouchers (
    ticket_id       INTEGER NOT NULL REFERENCES tickets(id),
    payment_no      INTEGER NOT NULL,
    method          TEXT NOT NULL CHECK (method IN ('cash', 'card', 'other', 'voucher')),
    amount_minor    INTEGER NOT NULL,
    tendered_minor  INTEGER NOT NULL,
    change_minor    INTEGER NOT NULL,
    reference       TEXT NOT NULL DEFAULT '',
    card_attempt_id TEXT REFERENCES card_attempts(id),
    PRIMARY KEY (ticket_id, payment_no)
) WITHOUT ROWID;
INSERT INTO payments_with_vouchers(ticket_id, payment_no, method, amount_minor, tendered_minor, change_minor, reference,
                                   card_attempt_id)
SELECT ticket_id, payment_no, method, amount_minor, tendered_minor, change_minor, reference, card_attempt_id
FROM payments;
DROP TABLE payments;
ALTER TABLE payments_with_vouchers RENAME TO payments;
CREATE UNIQUE INDEX payments_card_attempt_once ON payments(card_attempt_id) WHERE card_attempt_id IS NOT NULL;
CREATE TRIGGER payments_are_immutable BEFORE UPDATE ON payments
BEGIN SELECT RAISE(ABORT, 'committed tickets cannot be changed'); END;
CREATE TRIGGER payments_are_kept BEFORE DELETE ON payments
BEGIN SELECT RAISE(ABORT, 'committed tickets cannot be deleted'); END;
