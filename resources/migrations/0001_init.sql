-- Caisse schema, version 1. Never edit a shipped migration: add the next file instead.
-- Money in integer minor units, quantities in thousandths, rates in thousandths of a percent (20 % = 20000),
-- times as UTC ISO-8601 text with milliseconds ('2026-11-23T15:27:15.123Z').

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE products (
    id                    INTEGER PRIMARY KEY,
    uuid                  TEXT NOT NULL UNIQUE,
    name                  TEXT NOT NULL,
    category              TEXT NOT NULL DEFAULT '',
    vat_rate_milli_percent INTEGER NOT NULL CHECK (vat_rate_milli_percent >= 0),
    tracks_stock          INTEGER NOT NULL DEFAULT 1 CHECK (tracks_stock IN (0, 1)),
    sold_by_weight        INTEGER NOT NULL DEFAULT 0 CHECK (sold_by_weight IN (0, 1)),
    archived              INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    updated_at            TEXT NOT NULL
);

-- Every product has at least one variant; a product without options has exactly one, with an empty option label.
CREATE TABLE variants (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    product_id     INTEGER NOT NULL REFERENCES products(id),
    sku            TEXT NOT NULL UNIQUE,
    option_label   TEXT NOT NULL DEFAULT '',
    -- VAT-inclusive, per piece or per kilogram for goods sold by weight.
    price_minor    INTEGER NOT NULL CHECK (price_minor >= 0),
    archived       INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
);
CREATE INDEX variants_by_product ON variants(product_id);

-- lookup_key: a GTIN as 14 digits (so EAN-8, UPC-A and EAN-13 meet), or an internal code as printed.
CREATE TABLE barcodes (
    lookup_key  TEXT PRIMARY KEY,
    variant_id  INTEGER NOT NULL REFERENCES variants(id)
) WITHOUT ROWID;
CREATE INDEX barcodes_by_variant ON barcodes(variant_id);

-- Stock is the sum of its movements: two writers add rows and never overwrite each other's level.
CREATE TABLE stock_movements (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    variant_id      INTEGER NOT NULL REFERENCES variants(id),
    quantity_milli  INTEGER NOT NULL,
    reason          TEXT NOT NULL CHECK (reason IN ('initial', 'sale', 'refund', 'adjustment', 'count', 'delivery')),
    ticket_uuid     TEXT,
    register_id     TEXT NOT NULL,
    occurred_at     TEXT NOT NULL
);
CREATE INDEX stock_movements_by_variant ON stock_movements(variant_id);

CREATE TABLE tickets (
    id                   INTEGER PRIMARY KEY,
    uuid                 TEXT NOT NULL UNIQUE,
    register_id          TEXT NOT NULL,
    number               INTEGER NOT NULL CHECK (number > 0),
    kind                 TEXT NOT NULL CHECK (kind IN ('sale', 'refund')),
    occurred_at          TEXT NOT NULL,
    operator             TEXT NOT NULL,
    currency             TEXT NOT NULL,
    ticket_discount_kind TEXT NOT NULL,
    ticket_discount_value INTEGER NOT NULL,
    ticket_discount_minor INTEGER NOT NULL,
    line_discounts_minor INTEGER NOT NULL,
    base_minor           INTEGER NOT NULL,
    vat_minor            INTEGER NOT NULL,
    total_minor          INTEGER NOT NULL,
    cash_rounding_minor  INTEGER NOT NULL DEFAULT 0,
    customer_ref         TEXT NOT NULL DEFAULT '',
    -- A correction is a new ticket that names the one it corrects.
    corrects_ticket_uuid TEXT REFERENCES tickets(uuid),
    UNIQUE (register_id, number)
);

CREATE TABLE ticket_lines (
    ticket_id              INTEGER NOT NULL REFERENCES tickets(id),
    line_no                INTEGER NOT NULL,
    variant_id             INTEGER REFERENCES variants(id),
    sku                    TEXT NOT NULL,
    label                  TEXT NOT NULL,
    quantity_milli         INTEGER NOT NULL,
    unit_price_minor       INTEGER NOT NULL,
    vat_rate_milli_percent INTEGER NOT NULL,
    sold_by_weight         INTEGER NOT NULL,
    discount_kind          TEXT NOT NULL,
    discount_value         INTEGER NOT NULL,
    gross_minor            INTEGER NOT NULL,
    line_discount_minor    INTEGER NOT NULL,
    ticket_discount_share_minor INTEGER NOT NULL,
    total_minor            INTEGER NOT NULL,
    refund_of_ticket_uuid  TEXT,
    refund_of_line_no      INTEGER,
    PRIMARY KEY (ticket_id, line_no)
) WITHOUT ROWID;
CREATE INDEX ticket_lines_by_refunded_line ON ticket_lines(refund_of_ticket_uuid, refund_of_line_no)
    WHERE refund_of_ticket_uuid IS NOT NULL;

CREATE TABLE ticket_vat (
    ticket_id              INTEGER NOT NULL REFERENCES tickets(id),
    vat_rate_milli_percent INTEGER NOT NULL,
    base_minor             INTEGER NOT NULL,
    vat_minor              INTEGER NOT NULL,
    total_minor            INTEGER NOT NULL,
    PRIMARY KEY (ticket_id, vat_rate_milli_percent)
) WITHOUT ROWID;

CREATE TABLE payments (
    ticket_id      INTEGER NOT NULL REFERENCES tickets(id),
    payment_no     INTEGER NOT NULL,
    method         TEXT NOT NULL CHECK (method IN ('cash', 'card', 'other')),
    amount_minor   INTEGER NOT NULL,
    tendered_minor INTEGER NOT NULL,
    change_minor   INTEGER NOT NULL,
    reference      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (ticket_id, payment_no)
) WITHOUT ROWID;

-- Committed sales are never changed: a correction is a new ticket. These guards hold even for a hand-written UPDATE.
CREATE TRIGGER tickets_are_immutable BEFORE UPDATE ON tickets
BEGIN SELECT RAISE(ABORT, 'committed tickets cannot be changed'); END;
CREATE TRIGGER tickets_are_kept BEFORE DELETE ON tickets
BEGIN SELECT RAISE(ABORT, 'committed tickets cannot be deleted'); END;
CREATE TRIGGER ticket_lines_are_immutable BEFORE UPDATE ON ticket_lines
BEGIN SELECT RAISE(ABORT, 'committed tickets cannot be changed'); END;
CREATE TRIGGER ticket_lines_are_kept BEFORE DELETE ON ticket_lines
BEGIN SELECT RAISE(ABORT, 'committed tickets cannot be deleted'); END;
CREATE TRIGGER ticket_vat_is_immutable BEFORE UPDATE ON ticket_vat
BEGIN SELECT RAISE(ABORT, 'committed tickets cannot be changed'); END;
CREATE TRIGGER ticket_vat_is_kept BEFORE DELETE ON ticket_vat
BEGIN SELECT RAISE(ABORT, 'committed tickets cannot be deleted'); END;
CREATE TRIGGER payments_are_immutable BEFORE UPDATE ON payments
BEGIN SELECT RAISE(ABORT, 'committed tickets cannot be changed'); END;
CREATE TRIGGER payments_are_kept BEFORE DELETE ON payments
BEGIN SELECT RAISE(ABORT, 'committed tickets cannot be deleted'); END;
CREATE TRIGGER stock_movements_are_immutable BEFORE UPDATE ON stock_movements
BEGIN SELECT RAISE(ABORT, 'stock movements cannot be changed: add a correcting movement'); END;
CREATE TRIGGER stock_movements_are_kept BEFORE DELETE ON stock_movements
BEGIN SELECT RAISE(ABORT, 'stock movements cannot be deleted: add a correcting movement'); END;
