-- Stock adjusted by a manager (issue 19): why (received, damaged, theft or loss, correction, return to supplier, own
-- use), a note, and who did it, kept on the movement itself; the movement reaches the online store through the outbox
-- as any other change does (migration 0008's trigger).
ALTER TABLE stock_movements ADD COLUMN detail TEXT NOT NULL DEFAULT '';
ALTER TABLE stock_movements ADD COLUMN note TEXT NOT NULL DEFAULT '';
ALTER TABLE stock_movements ADD COLUMN operator TEXT NOT NULL DEFAULT '';
