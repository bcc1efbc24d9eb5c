-- Staff who leave (issue 19): an operator is deactivated, never deleted, so that their tickets keep their name and the
-- journal its meaning; a deactivated operator cannot log in nor approve.
ALTER TABLE operators ADD COLUMN active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1));
