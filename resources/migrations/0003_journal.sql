-- The fiscal journal (../shared/reference/fiscal/DESIGN.md, "POSFR-J1"): append-only, one hash chain per register.
-- payload holds the exact canonical bytes that were hashed; hash = SHA-256(payload) in lowercase hex; sig is the
-- Ed25519 signature of the raw 32-byte hash, NULL until the register has a signing key. object_uuid links a record to
-- the ticket it journals; it is not part of the hashed payload, which never holds database ids.
CREATE TABLE journal (
    chain       TEXT NOT NULL,
    seq         INTEGER NOT NULL CHECK (seq >= 0),
    type        TEXT NOT NULL,
    ts_utc      TEXT NOT NULL,
    payload     BLOB NOT NULL,
    hash        TEXT NOT NULL,
    sig         BLOB,
    key_id      TEXT NOT NULL DEFAULT '',
    fmt         INTEGER NOT NULL,
    object_uuid TEXT,
    PRIMARY KEY (chain, seq)
) WITHOUT ROWID;
CREATE INDEX journal_by_type ON journal(chain, type, seq);
CREATE INDEX journal_by_object ON journal(object_uuid) WHERE object_uuid IS NOT NULL;

CREATE TRIGGER journal_is_immutable BEFORE UPDATE ON journal
BEGIN SELECT RAISE(ABORT, 'the fiscal journal cannot be changed'); END;
CREATE TRIGGER journal_is_kept BEFORE DELETE ON journal
BEGIN SELECT RAISE(ABORT, 'the fiscal journal cannot be deleted'); END;
