-- Tickets put aside at the counter (a customer fetching a forgotten article). Not sales: they are removed when resumed.
CREATE TABLE parked_tickets (
    id         INTEGER PRIMARY KEY,
    parked_at  TEXT NOT NULL,
    label      TEXT NOT NULL,
    ticket     TEXT NOT NULL
);
