-- Wrong PINs slow down, then stop, guessing at the counter: the refusals since the last right PIN, the time before
-- which no PIN of the operator is checked, and a lock-out that a manager lifts (core/access/OperatorStore).
ALTER TABLE operators ADD COLUMN failed_pins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE operators ADD COLUMN retry_after TEXT;
ALTER TABLE operators ADD COLUMN locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1));
