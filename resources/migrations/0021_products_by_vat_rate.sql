-- The counter's miscellaneous keys are one per VAT rate the catalog sells at: found by a few seeks in this index
-- (CounterSession::vatRates) rather than by reading a million products at every start.
CREATE INDEX products_by_vat_rate ON products(vat_rate_milli_percent) WHERE archived = 0;
