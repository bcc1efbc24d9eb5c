-- Search as you type at the counter, by name, SKU or barcode, accents and case ignored ("creme" finds "Crème brûlée"),
-- words in any order, on a million articles: SQLite's FTS5, one row per sellable variant (rowid = variants.id). The
-- triggers keep it in step with every writer of the catalog (the counter, the back office, the store sync, imports).
CREATE VIEW catalog_search_rows AS
SELECT v.id AS variant_id,
       trim(p.name || ' ' || v.option_label) AS label,
       v.sku || ' ' || coalesce((SELECT group_concat(ltrim(b.lookup_key, '0'), ' ') FROM barcodes b
                                 WHERE b.variant_id = v.id), '') AS codes
FROM variants v JOIN products p ON p.id = v.product_id
WHERE v.archived = 0 AND p.archived = 0;

CREATE VIRTUAL TABLE catalog_search USING fts5(label, codes, tokenize = 'unicode61 remove_diacritics 2',
                                               prefix = '1 2 3');

INSERT INTO catalog_search(rowid, label, codes) SELECT variant_id, label, codes FROM catalog_search_rows;

CREATE TRIGGER catalog_search_variant_added AFTER INSERT ON variants BEGIN
    INSERT INTO catalog_search(rowid, label, codes)
    SELECT variant_id, label, codes FROM catalog_search_rows WHERE variant_id = NEW.id;
END;

CREATE TRIGGER catalog_search_variant_changed AFTER UPDATE OF sku, option_label, archived ON variants BEGIN
    DELETE FROM catalog_search WHERE rowid = OLD.id;
    INSERT INTO catalog_search(rowid, label, codes)
    SELECT variant_id, label, codes FROM catalog_search_rows WHERE variant_id = NEW.id;
END;

CREATE TRIGGER catalog_search_product_changed AFTER UPDATE OF name, archived ON products BEGIN
    DELETE FROM catalog_search WHERE rowid IN (SELECT id FROM variants WHERE product_id = NEW.id);
    INSERT INTO catalog_search(rowid, label, codes)
    SELECT r.variant_id, r.label, r.codes FROM catalog_search_rows r JOIN variants v ON v.id = r.variant_id
    WHERE v.product_id = NEW.id;
END;

CREATE TRIGGER catalog_search_barcode_added AFTER INSERT ON barcodes BEGIN
    DELETE FROM catalog_search WHERE rowid = NEW.variant_id;
    INSERT INTO catalog_search(rowid, label, codes)
    SELECT variant_id, label, codes FROM catalog_search_rows WHERE variant_id = NEW.variant_id;
END;

CREATE TRIGGER catalog_search_barcode_removed AFTER DELETE ON barcodes BEGIN
    DELETE FROM catalog_search WHERE rowid = OLD.variant_id;
    INSERT INTO catalog_search(rowid, label, codes)
    SELECT variant_id, label, codes FROM catalog_search_rows WHERE variant_id = OLD.variant_id;
END;
