-- Which online-store item each register variant is (core/ProductImport): found by SKU or barcode at the first
-- connection, or created from the store's. A store variant is linked to one register variant at most, so running the
-- import again never creates a second copy of anything.
CREATE TABLE store_links (
    variant_id        INTEGER PRIMARY KEY REFERENCES variants(id),
    store_product_id  INTEGER NOT NULL,
    store_variant_id  INTEGER NOT NULL UNIQUE,
    matched_by        TEXT NOT NULL CHECK (matched_by IN ('sku', 'barcode', 'created')),
    linked_at         TEXT NOT NULL
);
