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

-- Products the manager selected for the online store, when only selected ones sync (core/StoreSettings).
ALTER TABLE products ADD COLUMN online_selected INTEGER NOT NULL DEFAULT 0 CHECK (online_selected IN (0, 1));
-- An article the register created online (core/ProductPush): the level its stock is to be set to, absolutely, before
-- any change of it is sent; NULL once set, or for articles matched or brought in from the store.
ALTER TABLE store_links ADD COLUMN opening_stock INTEGER;
-- Split stock (core/OnlineArticles): the shop's quantity is the register's, the online one is the store's, set by the
-- manager; neither side's sales move the other's.
ALTER TABLE variants ADD COLUMN split_stock INTEGER NOT NULL DEFAULT 0 CHECK (split_stock IN (0, 1));

-- The variants whose stock changes go to the online store: linked to it, their opening level set, one stock for
-- both sides (not split), and in the products synced. The others' changes wait in the outbox (a product sold only at the register never blocks a batch
-- with an SKU the store would refuse).
CREATE VIEW store_synced_variants AS
SELECT l.variant_id
FROM store_links l
JOIN variants v ON v.id = l.variant_id
JOIN products p ON p.id = v.product_id
WHERE l.opening_stock IS NULL
    AND v.split_stock = 0
    AND (p.online_selected = 1
         OR COALESCE((SELECT value FROM settings WHERE key = 'store_product_scope'), 'all') = 'all');

-- Counter sales pushed to the online store as orders of the register's own sales channel, when the manager chose to
-- (core/SalePush, off by default): each ticket once, found again by its external order id after a lost answer.
CREATE TABLE store_sale_pushes (
    ticket_uuid     TEXT PRIMARY KEY REFERENCES tickets(uuid),
    store_order_id  INTEGER NOT NULL,
    pushed_at       TEXT NOT NULL
) WITHOUT ROWID;

-- Product fields the register keeps for the online store (core/ProductDetails), synced both ways by the system of
-- record: not used at the counter, except the low-stock level. Weight in the store's unit, in thousandths; cost
-- price in minor units of the register's currency (NULL: not known).
ALTER TABLE products ADD COLUMN description TEXT NOT NULL DEFAULT '';
ALTER TABLE products ADD COLUMN cost_price_minor INTEGER;
ALTER TABLE products ADD COLUMN weight_milli INTEGER;
ALTER TABLE products ADD COLUMN low_stock_level INTEGER;
ALTER TABLE products ADD COLUMN page_title TEXT NOT NULL DEFAULT '';
ALTER TABLE products ADD COLUMN meta_description TEXT NOT NULL DEFAULT '';
ALTER TABLE products ADD COLUMN image_url TEXT NOT NULL DEFAULT '';
-- The product's updated_at last sent to the store when the register is the system of record (core/CatalogSync):
-- a product changed since is sent again. Set at the first matching, so that only later changes go.
ALTER TABLE products ADD COLUMN online_pushed_at TEXT;
