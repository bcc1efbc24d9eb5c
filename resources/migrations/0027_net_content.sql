-- What a prepacked article holds, in thousandths of a kilogram or of a litre: its shelf label shows the price per
-- kilogram or litre next to its price, as French unit-pricing rules ask of goods sold prepacked.
ALTER TABLE products ADD COLUMN net_content_milli INTEGER CHECK (net_content_milli > 0);
ALTER TABLE products ADD COLUMN net_content_unit TEXT CHECK (net_content_unit IN ('kg', 'l'));
