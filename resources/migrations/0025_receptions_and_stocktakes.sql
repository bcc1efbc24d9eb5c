-- Goods received and stock counted (issue 19).
-- A reception is confirmed once: its uuid, made when the manager starts it, is unique, so confirming it again (a double
-- click, a retry after an error) adds nothing. Its lines become 'delivery' stock movements, and their cost prices the
-- products'.
CREATE TABLE receptions (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    supplier     TEXT NOT NULL,
    received_at  TEXT NOT NULL,
    operator     TEXT NOT NULL
);
CREATE TABLE reception_lines (
    reception_id      INTEGER NOT NULL REFERENCES receptions(id),
    line_no           INTEGER NOT NULL,
    variant_id        INTEGER NOT NULL REFERENCES variants(id),
    quantity_milli    INTEGER NOT NULL CHECK (quantity_milli > 0),
    -- Per piece, in minor units; NULL: not given, the product's cost stays as it was.
    cost_price_minor  INTEGER CHECK (cost_price_minor >= 0),
    PRIMARY KEY (reception_id, line_no)
) WITHOUT ROWID;

-- A stocktake's counts are written as they are scanned, so a count survives a restart or a crash. Each article keeps
-- when it was last counted: the sales and other movements up to then are in what the shelf held, those after are not,
-- which is how the variance is computed. One stocktake is open at a time.
CREATE TABLE stocktakes (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    -- '' counts the whole shop.
    category      TEXT NOT NULL DEFAULT '',
    started_at    TEXT NOT NULL,
    started_by    TEXT NOT NULL,
    closed_at     TEXT,
    closed_by     TEXT NOT NULL DEFAULT '',
    outcome       TEXT CHECK (outcome IN ('validated', 'abandoned')),
    CHECK ((closed_at IS NULL) = (outcome IS NULL))
);
CREATE UNIQUE INDEX stocktakes_one_open ON stocktakes(closed_at IS NULL) WHERE closed_at IS NULL;
CREATE TABLE stocktake_counts (
    stocktake_id   INTEGER NOT NULL REFERENCES stocktakes(id),
    variant_id     INTEGER NOT NULL REFERENCES variants(id),
    counted_milli  INTEGER NOT NULL CHECK (counted_milli >= 0),
    counted_at     TEXT NOT NULL,
    PRIMARY KEY (stocktake_id, variant_id)
) WITHOUT ROWID;
