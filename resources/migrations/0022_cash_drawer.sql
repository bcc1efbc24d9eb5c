-- The cash drawer's day (issue 18): shifts opened with a float counted by denomination and closed with the drawer
-- counted, and the cash put in or taken out between. Each row is journaled as a technical event when it is written;
-- a closed shift and a movement are never changed or deleted.
CREATE TABLE shifts (
    id                  INTEGER PRIMARY KEY,
    register_id         TEXT NOT NULL,
    -- The operator the shift belongs to; empty for the whole team.
    owner               TEXT NOT NULL DEFAULT '',
    opened_at           TEXT NOT NULL,
    opened_by           TEXT NOT NULL,
    float_minor         INTEGER NOT NULL CHECK (float_minor >= 0),
    -- The pieces counted, by denomination in minor units: {"200": 5, "1000": 2}.
    float_count         TEXT NOT NULL,
    closed_at           TEXT,
    closed_by           TEXT,
    counted_count       TEXT,
    -- Per payment method, what the register expected and what was counted: [{"method", "expected", "counted"}].
    closing             TEXT,
    over_short_minor    INTEGER,
    blind               INTEGER CHECK (blind IN (0, 1)),
    CHECK ((closed_at IS NULL) = (over_short_minor IS NULL))
);
CREATE UNIQUE INDEX shifts_one_open_per_register ON shifts(register_id) WHERE closed_at IS NULL;
CREATE INDEX shifts_by_time ON shifts(register_id, opened_at);
CREATE TRIGGER shifts_closed_are_immutable BEFORE UPDATE ON shifts WHEN OLD.closed_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a closed shift cannot be changed'); END;
CREATE TRIGGER shifts_are_kept BEFORE DELETE ON shifts
BEGIN SELECT RAISE(ABORT, 'shifts cannot be deleted'); END;

CREATE TABLE cash_movements (
    id           INTEGER PRIMARY KEY,
    register_id  TEXT NOT NULL,
    shift_id     INTEGER REFERENCES shifts(id),
    -- 'in' and 'out' move cash; 'no_sale' is the drawer opened without a sale (amount 0).
    kind         TEXT NOT NULL CHECK (kind IN ('in', 'out', 'no_sale')),
    amount_minor INTEGER NOT NULL CHECK (amount_minor >= 0),
    reason       TEXT NOT NULL CHECK (reason <> ''),
    operator     TEXT NOT NULL,
    approved_by  TEXT NOT NULL DEFAULT '',
    occurred_at  TEXT NOT NULL
);
CREATE INDEX cash_movements_by_time ON cash_movements(register_id, occurred_at);
CREATE TRIGGER cash_movements_are_immutable BEFORE UPDATE ON cash_movements
BEGIN SELECT RAISE(ABORT, 'cash movements cannot be changed'); END;
CREATE TRIGGER cash_movements_are_kept BEFORE DELETE ON cash_movements
BEGIN SELECT RAISE(ABORT, 'cash movements cannot be deleted'); END;

-- What a shift expects in the drawer is the register's payments since it opened: found by time, not by reading every
-- ticket (the ticket history's day filter uses it too).
CREATE INDEX tickets_by_register_time ON tickets(register_id, occurred_at);
