-- Who works at the register and what their role allows (core/Operators.h). A PIN is kept only as a scrypt hash with
-- its own salt and cost, "scrypt$N$r$p$salt$hash" in base64, so the cost can be raised without breaking older PINs.
CREATE TABLE operators (
    name       TEXT PRIMARY KEY,
    role       TEXT NOT NULL CHECK (role IN ('cashier', 'manager', 'administrator')),
    pin_hash   TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- Tickets rung up in training mode: numbered and journaled on their own chain, never counted as sales.
ALTER TABLE tickets ADD COLUMN training INTEGER NOT NULL DEFAULT 0 CHECK (training IN (0, 1));
