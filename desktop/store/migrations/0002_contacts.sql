-- Contact registration: the contact being timed (one row, rewritten on every change, so a
-- running timer survives a crash) and the local log of finished registrations (the "I dag"
-- panel, corrections and undo of the last one).
CREATE TABLE running_contact (
    slot INTEGER PRIMARY KEY CHECK (slot = 1),
    data TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE registration_log (
    id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    finished_at TEXT NOT NULL,
    local_day TEXT NOT NULL,
    active_seconds INTEGER NOT NULL,
    payload TEXT NOT NULL
);
CREATE INDEX ix_registration_log_day ON registration_log (local_day);
CREATE INDEX ix_registration_log_finished ON registration_log (finished_at);
