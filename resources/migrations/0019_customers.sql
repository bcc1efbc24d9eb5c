-- The register's own customer directory (issue 17): found and created at the counter, offline too. A customer with an
-- e-mail is linked to the online store's customer with that e-mail (found there, or created once) by the store sync
-- when it is connected; the e-mail is unique on the store, so it is unique here.
CREATE TABLE customers (
    id                INTEGER PRIMARY KEY,
    first_name        TEXT NOT NULL,
    last_name         TEXT NOT NULL,
    -- Lower case; NULL when the customer gave none.
    email             TEXT,
    phone             TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL,
    store_customer_id INTEGER,
    linked_at         TEXT
);
CREATE UNIQUE INDEX customers_by_email ON customers(email) WHERE email IS NOT NULL;
CREATE INDEX customers_to_link ON customers(id) WHERE email IS NOT NULL AND store_customer_id IS NULL;
