-- A bulk writer of the catalog (Catalog::addProducts: imports, the store's first sync) fills the search index itself, in
-- one statement once its rows are written. Through the triggers, FTS5 flushes its pending terms at the end of each
-- row's trigger statement, and a 300,000-article import spent most of its time there. The flag is set and cleared inside
-- the writer's own transaction: no other connection ever sees it set, and a rollback clears it.
CREATE TABLE catalog_search_paused (paused INTEGER NOT NULL CHECK (paused IN (0, 1)));
INSERT INTO catalog_search_paused VALUES (0);

DROP TRIGGER catalog_search_variant_added;
CREATE TRIGGER catalog_search_variant_added AFTER INSERT ON variants
WHEN (SELECT paused FROM catalog_search_paused) = 0 BEGIN
    INSERT INTO catalog_search(rowid, label, codes)
    SELECT variant_id, label, codes FROM catalog_search_rows WHERE variant_id = NEW.id;
END;

DROP TRIGGER catalog_search_barcode_added;
CREATE TRIGGER catalog_search_barcode_added AFTER INSERT ON barcodes
WHEN (SELECT paused FROM catalog_search_paused) = 0 BEGIN
    DELETE FROM catalog_search WHERE rowid = NEW.variant_id;
    INSERT INTO catalog_search(rowid, label, codes)
    SELECT variant_id, label, codes FROM catalog_search_rows WHERE variant_id = NEW.variant_id;
END;
