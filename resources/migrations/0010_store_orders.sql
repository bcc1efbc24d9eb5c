-- Online orders as the register took them in (core/OrderSync). The order's stock movements (origin 'store', so they
-- are never sent back) are written in the same transaction as its row here, so an order lowers the register's stock
-- once, however often it is read again; a voided order gives its stock back once, by the same rule.
CREATE TABLE store_orders (
    store_order_id  INTEGER PRIMARY KEY,
    status_id       INTEGER NOT NULL,
    -- 'closed' (a sale that stands) or 'voided' (cancelled or declined), as the integration maps BigCommerce statuses.
    state           TEXT NOT NULL CHECK (state IN ('closed', 'voided')),
    customer_email  TEXT NOT NULL DEFAULT '',
    total_minor     INTEGER NOT NULL DEFAULT 0,
    date_modified   TEXT NOT NULL,
    imported_at     TEXT NOT NULL
);

-- Lines whose article the register does not know: listed for the manager, nothing moved.
CREATE TABLE store_order_unknown_lines (
    store_order_id  INTEGER NOT NULL REFERENCES store_orders(store_order_id),
    sku             TEXT NOT NULL,
    name            TEXT NOT NULL,
    quantity        INTEGER NOT NULL
);
