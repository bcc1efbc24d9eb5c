-- Whether the register holds an online order's stock taken. The store takes it when the order is placed or only once
-- it is completed or shipped, and gives it back on a refund or a cancellation or not, as its inventory settings say
-- (GET /v3/settings/inventory): the order's status alone no longer tells. Until now a sale that stood had taken it.
ALTER TABLE store_orders ADD COLUMN stock_taken INTEGER NOT NULL DEFAULT 0 CHECK (stock_taken IN (0, 1));
UPDATE store_orders SET stock_taken = (state = 'closed');
