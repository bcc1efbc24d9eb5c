-- A linked product's fields as the register and the store last agreed on them: when the register sent them, created
-- the product online, or took the product from the store (matching, an online order). When the register is the
-- system of record, only the fields that differ from these are sent again: a field the register never changed (an
-- online weight, a price set online for an article that came from an order) is never written over.
CREATE TABLE store_product_baseline (
    product_id             INTEGER PRIMARY KEY REFERENCES products(id),
    name                   TEXT NOT NULL,
    tracking               TEXT NOT NULL,
    -- The only variant's price; none for a product of several variants (their prices are not sent with it).
    price_minor            INTEGER,
    vat_rate_milli_percent INTEGER NOT NULL,
    description            TEXT NOT NULL,
    cost_price_minor       INTEGER,
    weight_milli           INTEGER,
    low_stock_level        INTEGER,
    page_title             TEXT NOT NULL,
    meta_description       TEXT NOT NULL,
    image_url              TEXT NOT NULL
);

-- Products sent or taken up to now agree as they are; those with a change still to send have no baseline and send
-- every field once, as before.
INSERT INTO store_product_baseline
SELECT p.id, p.name,
       CASE WHEN NOT p.tracks_stock THEN 'none'
            WHEN (SELECT count(*) FROM variants v JOIN store_links l ON l.variant_id = v.id WHERE v.product_id = p.id) > 1
            THEN 'variant' ELSE 'product' END,
       CASE WHEN (SELECT count(*) FROM variants v JOIN store_links l ON l.variant_id = v.id WHERE v.product_id = p.id) = 1
            THEN (SELECT min(v.price_minor) FROM variants v JOIN store_links l ON l.variant_id = v.id
                  WHERE v.product_id = p.id) END,
       p.vat_rate_milli_percent, p.description, p.cost_price_minor, p.weight_milli, p.low_stock_level, p.page_title,
       p.meta_description, p.image_url
FROM products p
WHERE p.online_pushed_at IS NOT NULL AND p.online_pushed_at >= p.updated_at
  AND EXISTS (SELECT 1 FROM variants v JOIN store_links l ON l.variant_id = v.id WHERE v.product_id = p.id);
