-- What each online order holds, as the register took it in (core/OrderSync): what the customer is handed at a pickup
-- and what their purchases show. Shipping and handling are lines too, on the register's service items.
CREATE TABLE store_order_lines (
    store_order_id       INTEGER NOT NULL REFERENCES store_orders(store_order_id),
    line_no              INTEGER NOT NULL,
    variant_id           INTEGER NOT NULL REFERENCES variants(id),
    name                 TEXT NOT NULL,
    quantity             INTEGER NOT NULL,
    unit_price_minor     INTEGER NOT NULL,
    PRIMARY KEY (store_order_id, line_no)
);

ALTER TABLE store_orders ADD COLUMN customer_name TEXT NOT NULL DEFAULT '';
-- A pickup in store: handed over at the counter (by whom), then marked Completed on the online store by the sync
-- worker. The two steps are apart so that the counter never waits on the network.
ALTER TABLE store_orders ADD COLUMN handed_over_at TEXT;
ALTER TABLE store_orders ADD COLUMN handed_over_by TEXT;
ALTER TABLE store_orders ADD COLUMN completion_sent_at TEXT;
CREATE INDEX store_orders_to_complete ON store_orders(completion_sent_at) WHERE handed_over_at IS NOT NULL;
