-- What an admin typed in the directory forms and the message templates, kept until it is
-- saved or discarded (a restart or a crash loses nothing). Apart from admin_drafts on purpose:
-- those are guide edits, listed as such and sent to the server as guides.
CREATE TABLE admin_forms (
    key TEXT PRIMARY KEY,
    body TEXT NOT NULL,
    saved_at TEXT NOT NULL
)
