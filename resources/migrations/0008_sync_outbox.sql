-- The store sync's outbox (core/SyncOutbox). Every stock change the register makes (sale, refund, adjustment, count,
-- delivery) becomes a row here in the same transaction, by trigger, so no code path can forget it and a killed
-- register loses none. Changes that came from the online store (origin 'store': online orders) are not sent back.
ALTER TABLE stock_movements ADD COLUMN origin TEXT NOT NULL DEFAULT 'register' CHECK (origin IN ('register', 'store'));

-- A batch is what one request carries. It is written, with its rows, before the request leaves; its state says what
-- the store answered. 'unknown': the request left and no answer came (a timeout, a killed register) — the batch must
-- be checked on the store before anything is sent again, never simply resent. 'released': known not applied, its rows
-- wait again. 'rejected': the store refused it (stock below its safety buffer…); its rows stay with it until a
-- manager retries it from the sync log.
CREATE TABLE sync_batches (
    id             INTEGER PRIMARY KEY,
    kind           TEXT NOT NULL CHECK (kind IN ('stock_delta')),
    -- Unique per register and batch, carried in the request (the adjustment's reason) to find it on the store.
    marker         TEXT NOT NULL UNIQUE,
    state          TEXT NOT NULL CHECK (state IN ('prepared', 'applied', 'unknown', 'released', 'rejected')),
    prepared_at    TEXT NOT NULL,
    answered_at    TEXT,
    transaction_id TEXT,
    error          TEXT
);

CREATE TABLE sync_outbox (
    id                 INTEGER PRIMARY KEY,
    kind               TEXT NOT NULL CHECK (kind IN ('stock_delta')),
    stock_movement_id  INTEGER UNIQUE REFERENCES stock_movements(id),
    created_at         TEXT NOT NULL,
    batch_id           INTEGER REFERENCES sync_batches(id)
);
CREATE INDEX sync_outbox_waiting ON sync_outbox(batch_id, id);

-- The store counts stock in whole units: goods sold by weight keep their stock on the register only.
CREATE TRIGGER stock_movements_to_outbox AFTER INSERT ON stock_movements
WHEN NEW.origin = 'register' AND NEW.reason <> 'initial'
    AND NOT EXISTS (SELECT 1 FROM variants v JOIN products p ON p.id = v.product_id
                    WHERE v.id = NEW.variant_id AND p.sold_by_weight = 1)
BEGIN
    INSERT INTO sync_outbox(kind, stock_movement_id, created_at) VALUES ('stock_delta', NEW.id, NEW.occurred_at);
END;
