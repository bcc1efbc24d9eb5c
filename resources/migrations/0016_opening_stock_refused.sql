-- The store's words when it refused an article's opening stock (an absolute level it answers 422 for, such as an item
-- whose tracking changed online). That article is held, shown in the sync log, and not sent again until a manager
-- asks; the others' levels are sent without it.
ALTER TABLE store_links ADD COLUMN opening_refused TEXT;
