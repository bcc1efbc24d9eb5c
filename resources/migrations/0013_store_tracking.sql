-- How the online store tracks each linked product's stock, as its catalog says (inventory_tracking): by product, by
-- variant, or not at all. Inventory adjustments must name a product-tracked item by product_id and a variant-tracked
-- one by variant_id or sku (reference/inventory.v3.yml); an untracked product is never sent stock. Read by the stock
-- sync when a product first reaches a batch, and again when the store answers that its tracking changed.
CREATE TABLE store_tracking (
    store_product_id INTEGER PRIMARY KEY,
    tracking         TEXT NOT NULL CHECK (tracking IN ('product', 'variant', 'none')),
    read_at          TEXT NOT NULL
) WITHOUT ROWID;
