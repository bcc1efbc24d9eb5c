-- Receipts waiting for the printer (core/PrintQueue): kept until the printer says it printed them, so that a printer
-- out of paper, with its cover open or switched off loses none; retried when it comes back.
CREATE TABLE print_jobs (
    id           INTEGER PRIMARY KEY,
    created_at   TEXT NOT NULL,
    ticket_uuid  TEXT,
    -- 0 for the original, n for "DUPLICATA n".
    copy         INTEGER NOT NULL DEFAULT 0,
    bytes        BLOB NOT NULL,
    state        TEXT NOT NULL CHECK (state IN ('queued', 'printed')),
    attempts     INTEGER NOT NULL DEFAULT 0,
    last_error   TEXT,
    printed_at   TEXT
);
CREATE INDEX print_jobs_queued ON print_jobs(state, id);
