-- Receipts sent by e-mail (issue 17): written here with the request, durably, and sent by the mail outbox whenever
-- the shop's SMTP server answers; a message is marked sent once the server accepted it, and never sent again.
CREATE TABLE mail_outbox (
    id          INTEGER PRIMARY KEY,
    ticket_uuid TEXT REFERENCES tickets(uuid),
    recipient   TEXT NOT NULL,
    subject     TEXT NOT NULL,
    body        TEXT NOT NULL,
    queued_at   TEXT NOT NULL,
    attempts    INTEGER NOT NULL DEFAULT 0,
    last_error  TEXT NOT NULL DEFAULT '',
    sent_at     TEXT
);
CREATE INDEX mail_outbox_waiting ON mail_outbox(id) WHERE sent_at IS NULL;
